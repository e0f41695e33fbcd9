//! The records of the JSON Lines stream besides its claims: what `compare`
//! needs to give the report `report` gives, from the claims alone.
//!
//! A stream (`claims --format jsonl`) is one JSON object a line. A claim
//! line is an element of the JSON report's `claims`; every other line
//! starts with the key `record`:
//!
//! - `run`: the stream's version, the engine and rules version, and what
//!   the report takes from the rules (which actors are people, which camps
//!   catch every other speaker);
//! - `article`: one per article read (or skipped after reading), with its
//!   metadata, sentence count and claim count;
//! - `problem`: one per problem with the input, and whether it skipped an
//!   article.

use std::io::{self, Write};

use crosscheck_model::{Date, Diagnostic, DocumentMeta, Language, Severity};
use serde::{Deserialize, Serialize};

use crate::json::JsonDate;

/// Bumped whenever a record's field changes meaning or disappears.
pub const STREAM_VERSION: u32 = 1;

/// How a record line starts, as written: the key `record` first.
pub const RECORD_PREFIX: &str = "{\"record\":";

/// The run record: written once at the head of every stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunRecord {
    pub record: String,
    pub version: u32,
    /// The engine's version ([`crate::RULES_VERSION`]).
    pub engine: String,
    /// A hash of the rule packs' texts ([`rules_hash`]).
    pub rules: String,
    /// The actor ids that are people, sorted.
    pub people: Vec<String>,
    /// The camps that take any speaker no other camp claims.
    pub catch_all_camps: Vec<String>,
    /// The camps that pass on what others say and are no party.
    #[serde(default)]
    pub relay_camps: Vec<String>,
    /// The propositions only one value of which holds for one event.
    #[serde(default)]
    pub exclusive_propositions: Vec<String>,
    /// The propositions of incidents a war repeats day after day.
    #[serde(default)]
    pub recurring_propositions: Vec<String>,
}

impl RunRecord {
    pub fn new(
        rules: String,
        people: Vec<String>,
        (catch_all_camps, relay_camps): (Vec<String>, Vec<String>),
        (exclusive_propositions, recurring_propositions): (Vec<String>, Vec<String>),
    ) -> Self {
        Self {
            record: "run".to_owned(),
            version: STREAM_VERSION,
            engine: crate::RULES_VERSION.to_owned(),
            rules,
            people,
            catch_all_camps,
            relay_camps,
            exclusive_propositions,
            recurring_propositions,
        }
    }
}

/// An article record as written.
#[derive(Debug, Serialize)]
struct ArticleOut<'a> {
    record: &'static str,
    path: &'a str,
    indexes: &'static str,
    language: Option<&'a str>,
    published: Option<JsonDate>,
    outlet: Option<&'a str>,
    conflict: Option<&'a str>,
    sentences: usize,
    claims: usize,
    read: bool,
}

/// An article record read back.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    pub record: String,
    pub path: String,
    /// Which text the claims' spans index: `file`, `extracted_text` or `feed_item`.
    pub indexes: String,
    pub language: Option<String>,
    pub published: Option<Date>,
    pub outlet: Option<String>,
    pub conflict: Option<String>,
    /// Sentences read.
    pub sentences: usize,
    /// How many claim lines the article has in the stream.
    pub claims: usize,
    /// Whether the article counts as read (else as skipped: nothing could be read from it).
    pub read: bool,
}

impl ArticleRecord {
    /// Its meta, made of its own strings.
    pub fn into_meta(self) -> DocumentMeta {
        DocumentMeta {
            path: self.path,
            language: self.language.map(Language),
            published: self.published,
            outlet: self.outlet,
            conflict: self.conflict,
        }
    }

    pub fn meta(&self) -> DocumentMeta {
        DocumentMeta {
            path: self.path.clone(),
            language: self.language.clone().map(Language),
            published: self.published,
            outlet: self.outlet.clone(),
            conflict: self.conflict.clone(),
        }
    }
}

/// A problem record, written and read.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemRecord {
    pub record: String,
    pub severity: String,
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// The problem skipped an input (a file, a feed line, a missing path): it counts as a skipped article.
    pub skipped: bool,
}

impl ProblemRecord {
    pub fn new(d: &Diagnostic, skipped: bool) -> Self {
        Self {
            record: "problem".to_owned(),
            severity: severity_name(d.severity).to_owned(),
            path: d.path.clone(),
            line: d.line_col.map(|l| l.0),
            column: d.line_col.map(|l| l.1),
            message: d.message.clone(),
            skipped,
        }
    }

    /// The diagnostic, or `None` for an unknown severity.
    pub fn diagnostic(&self) -> Option<Diagnostic> {
        let severity = match self.severity.as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "note" => Severity::Note,
            _ => return None,
        };
        let line_col = match (self.line, self.column) {
            (Some(l), Some(c)) => Some((l, c)),
            _ => None,
        };
        Some(Diagnostic { severity, path: self.path.clone(), span: None, line_col, message: self.message.clone() })
    }
}

pub(crate) fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn line<T: Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut buffer = Vec::with_capacity(256);
    serde_json::to_writer(&mut buffer, value)?;
    buffer.push(b'\n');
    out.write_all(&buffer)
}

/// Writes the run record.
pub fn write_run_jsonl(out: &mut dyn Write, run: &RunRecord) -> io::Result<()> {
    line(out, run)
}

/// What reading one article gave, as its article record tells it.
#[derive(Debug, Clone, Copy)]
pub struct ArticleReading {
    /// Which text the claims' spans index: `file`, `extracted_text` or `feed_item`.
    pub indexes: &'static str,
    /// Sentences read.
    pub sentences: usize,
    /// How many claim lines follow the record.
    pub claims: usize,
    /// Whether the article counts as read (else as skipped: nothing could be read from it).
    pub read: bool,
}

/// Writes an article record.
pub fn write_article_jsonl(out: &mut dyn Write, meta: &DocumentMeta, reading: ArticleReading) -> io::Result<()> {
    let ArticleReading { indexes, sentences, claims, read } = reading;
    line(
        out,
        &ArticleOut {
            record: "article",
            path: &meta.path,
            indexes,
            language: meta.language.as_ref().map(Language::as_str),
            published: meta.published.map(JsonDate),
            outlet: meta.outlet.as_deref(),
            conflict: meta.conflict.as_deref(),
            sentences,
            claims,
            read,
        },
    )
}

/// Writes a problem record.
pub fn write_problem_jsonl(out: &mut dyn Write, d: &Diagnostic, skipped: bool) -> io::Result<()> {
    line(out, &ProblemRecord::new(d, skipped))
}

/// A record line read back.
#[derive(Debug, Clone)]
pub enum RecordIn {
    Run(RunRecord),
    Article(ArticleRecord),
    Problem(ProblemRecord),
}

#[derive(Deserialize)]
struct Kind {
    record: String,
}

/// Reads a record line (one that starts with [`RECORD_PREFIX`]).
pub fn read_record(line: &str) -> Result<RecordIn, String> {
    let kind: Kind = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let record = match kind.record.as_str() {
        "run" => RecordIn::Run(serde_json::from_str(line).map_err(|e| e.to_string())?),
        "article" => RecordIn::Article(serde_json::from_str(line).map_err(|e| e.to_string())?),
        "problem" => RecordIn::Problem(serde_json::from_str(line).map_err(|e| e.to_string())?),
        other => return Err(format!("unknown record `{other}`")),
    };
    Ok(record)
}

/// The version of a set of rule packs: 16 hex digits of a hash (64-bit
/// FNV-1a) of each pack's path (relative to the rule directory) and text, in
/// path order. Every run that writes a stream computes it over all the packs,
/// so it is a fast hash, not a cryptographic one: it tells rule sets apart,
/// it does not defend against a forged one.
pub fn rules_hash<'a>(packs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes.iter().chain(&[0u8]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
        }
    };
    for (path, text) in packs {
        eat(path.as_bytes());
        eat(text.as_bytes());
    }
    format!("{hash:016x}")
}

/// The order in which a report lists problems: by path (component by
/// component, as directories are walked), then line, column, severity and
/// message, so that it does not depend on how the input was split or read.
pub fn problem_order(a: &Diagnostic, b: &Diagnostic) -> std::cmp::Ordering {
    std::path::Path::new(&a.path)
        .cmp(std::path::Path::new(&b.path))
        .then_with(|| a.line_col.cmp(&b.line_col))
        .then_with(|| a.severity.cmp(&b.severity))
        .then_with(|| a.message.cmp(&b.message))
}

/// The order of articles in a report read from a stream: by path, component
/// by component, as a directory is walked.
pub fn article_order(a: &str, b: &str) -> std::cmp::Ordering {
    std::path::Path::new(a).cmp(std::path::Path::new(b))
}

#[cfg(test)]
mod tests {
    use super::rules_hash;

    #[test]
    fn the_rules_hash_changes_with_any_path_or_text_and_not_otherwise() {
        let base = rules_hash([("a.yaml", "x: 1"), ("b.yaml", "y: 2")]);
        assert_eq!(base.len(), 16);
        assert_eq!(base, rules_hash([("a.yaml", "x: 1"), ("b.yaml", "y: 2")]));
        assert_ne!(base, rules_hash([("a.yaml", "x: 2"), ("b.yaml", "y: 2")]));
        assert_ne!(base, rules_hash([("c.yaml", "x: 1"), ("b.yaml", "y: 2")]));
        // The boundary between path and text counts.
        assert_ne!(rules_hash([("ab", "c")]), rules_hash([("a", "bc")]));
    }
}
