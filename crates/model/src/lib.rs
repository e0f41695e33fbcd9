//! The vocabulary shared by every crosscheck crate.
//!
//! Nothing here reads files, prints, or knows about rule syntax or output
//! formats: these are plain values that the extractor produces, the claim
//! graph compares and the reporter renders.

mod chunked;
mod claim;
mod diagnostic;
mod document;
mod document_list;
mod finding;
mod findings;
mod interval;
mod order;
mod record;
mod span;

pub use chunked::Chunked;
pub use claim::{
    Claim, ClaimId, ClaimKind, FIGURE_TEMPLATE, Polarity, Proposition, Quantity, STATEMENT_TEMPLATE, Scope, Speaker,
    Term, TimeRange, UNBOUND_SLOT,
};
pub use diagnostic::{Diagnostic, Severity};
pub use document::{DocumentMeta, Language};
pub use document_list::{DocumentList, DocumentRef};
pub use finding::{Finding, FindingKind};
pub use findings::{FindingRef, Findings, Reason};
pub use interval::{Interval, Qualifier};
pub use order::{permute, sort_in_place_by};
pub use record::{ClaimRecord, ClaimRef, Figure, PropositionRef, RecordKind, Records, Sym, Symbols, TermRef};
pub use span::Span;

/// A date on the civil calendar, as articles give them.
pub type Date = jiff::civil::Date;
