//! The claim graph and the comparisons over it.
//!
//! Nodes are articles, claims, sources (speakers merged across spellings),
//! camps, outlets and events; edges say which claim stands in which article,
//! who made it, which camp the source belongs to, and which event it is
//! about. Comparison walks each event's claims and reports where sources
//! disagree. The graph knows nothing about text extraction or output formats.

mod compare;
mod denial;
mod graph;

pub use compare::{CompareOptions, compare, compare_with, describe};
pub use graph::{ClaimGraph, Edge, Node, SourceId};
