//! The comparisons over the claim graph: where sources disagree.
//!
//! Comparison walks each event's claims and reports numeric conflicts,
//! assertions against denials (by proposition and by a denial's link to what
//! it denies) and framing. Sources are the claim graph's, so a speaker spelt
//! two ways is one source. The comparison knows nothing about text extraction
//! or output formats; it reads claim fields only.

mod compare;
mod denial;

pub use compare::{CompareOptions, Corpus, compare, compare_records, compare_with};
