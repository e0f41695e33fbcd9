//! Rendering: the same report as a terminal table, a Markdown table ready to
//! paste into a write-up, or the versioned JSON report other tools read.
//!
//! The reporter only renders what it is given. It reads no files and decides
//! nothing about claims or conflicts.

mod json;
mod markdown;
mod table;

use std::io::{self, Write};

use crosscheck_model::{Claim, ClaimId, Diagnostic, DocumentMeta, Finding, FindingKind, Severity};

pub use json::{ClaimReadError, JSON_VERSION, JsonClaimIn, JsonReport};

/// What a run read and skipped.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub articles_read: usize,
    /// Inputs that could not be read at all: files, missing paths, empty directories.
    pub articles_skipped: usize,
    pub sentences: usize,
    /// Every problem with the input, skipped or not (a bad index entry skips nothing).
    pub skipped: Vec<Diagnostic>,
}

impl Summary {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.skipped.iter().filter(|d| d.severity == Severity::Error)
    }
}

/// Everything a renderer needs.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub docs: &'a [DocumentMeta],
    pub claims: &'a [Claim],
    pub findings: &'a [Finding],
    pub summary: &'a Summary,
    /// Include how each claim was found.
    pub explain: bool,
}

impl Report<'_> {
    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.index()]
    }

    pub fn doc_path(&self, claim: &Claim) -> &str {
        self.docs.get(claim.doc as usize).map_or("?", |d| d.path.as_str())
    }

    /// The file name of a claim's article, for compact tables.
    pub fn doc_name(&self, claim: &Claim) -> &str {
        let path = self.doc_path(claim);
        path.rsplit(['/', '\\']).next().unwrap_or(path)
    }

    pub fn count(&self, kind: FindingKind) -> usize {
        self.findings.iter().filter(|f| f.kind == kind).count()
    }

    /// One line saying what was read and found.
    pub fn summary_line(&self) -> String {
        let s = self.summary;
        let mut parts = vec![
            format!("{} article{} read", s.articles_read, plural(s.articles_read)),
            format!("{} skipped", s.articles_skipped),
            format!("{} claim{}", self.claims.len(), plural(self.claims.len())),
        ];
        let kinds = [
            FindingKind::NumericConflict,
            FindingKind::AssertionDenial,
            FindingKind::Framing,
            FindingKind::Correction,
            FindingKind::Revision,
            FindingKind::Update,
            FindingKind::Discrepancy,
        ];
        for kind in kinds {
            let n = self.count(kind);
            if n > 0 {
                let name = kind.as_str().replace('_', " ");
                let name = match (n, kind) {
                    (1, _) => name,
                    (_, FindingKind::Discrepancy) => "discrepancies".to_owned(),
                    _ => format!("{name}s"),
                };
                parts.push(format!("{n} {name}"));
            }
        }
        parts.join(", ")
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A claim's figure or statement in a few words: "at least 200 killed".
pub fn figure(claim: &Claim) -> String {
    if let Some(q) = claim.quantity() {
        let more = if q.increment { " more" } else { "" };
        let mut s = format!("{}{more} {}", crosscheck_graph::describe(q), q.metric);
        match (&q.population, q.subset) {
            (Some(p), true) => s.push_str(&format!(" ({p}, part of a total)")),
            (Some(p), false) => s.push_str(&format!(" ({p})")),
            (None, true) => s.push_str(" (part of a total)"),
            (None, false) => {}
        }
        return s;
    }
    if let Some(p) = claim.proposition() {
        return format!("{} {}", p.polarity.as_str(), p.id);
    }
    if let Some(t) = claim.term() {
        return format!("calls it {}", t.frame);
    }
    String::new()
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table { width: u16 },
    Markdown,
    Json,
}

/// Renders findings (with the claims they cite) in `format`.
pub fn write_findings(out: &mut dyn Write, report: &Report, format: Format) -> io::Result<()> {
    match format {
        Format::Table { width } => table::findings(out, report, width),
        Format::Markdown => markdown::findings(out, report),
        Format::Json => json::write(out, report, true),
    }
}

/// Renders every claim in `format`.
pub fn write_claims(out: &mut dyn Write, report: &Report, format: Format) -> io::Result<()> {
    match format {
        Format::Table { width } => table::claims(out, report, width),
        Format::Markdown => markdown::claims(out, report),
        Format::Json => json::write(out, report, false),
    }
}

/// Writes one claim as a JSON line (for streaming).
pub fn write_claim_jsonl(out: &mut dyn Write, id: ClaimId, claim: &Claim, path: &str, explain: bool) -> io::Result<()> {
    json::write_line(out, id, claim, path, explain)
}
