//! The claim graph.
//!
//! Nodes are articles, claims, sources (speakers merged across spellings),
//! camps, outlets and events; edges say which claim stands in which article,
//! who made it, which camp the source belongs to, and which event it is
//! about. The graph knows nothing about text extraction, comparison or output
//! formats: comparison reads its sources, the reporter writes it out.

mod graph;

pub use graph::{ClaimGraph, Edge, Node, SourceId, Sources};
