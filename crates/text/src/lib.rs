//! Text handling below the level of meaning: folding spelling variants with
//! an offset map back to the original bytes, sentence segmentation that
//! survives hard wraps and quotations, and tokens.
//!
//! This crate knows nothing about claims or rules.

mod letters;
mod normalize;
mod segment;
mod token;

pub use letters::LetterBag;
pub use normalize::{Normalized, is_format_control, normalize, normalize_word};
pub use segment::{QuotationMarks, Segmentation, sentences, sentences_with_case};
pub use token::{Token, TokenKind, is_word_char, tokenize};
