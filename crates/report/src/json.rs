//! The JSON report: its own wire types, versioned, so internal changes do
//! not silently change what other tools read.

use std::io::{self, Write};

use crosscheck_model::{Claim, ClaimId, ClaimKind, Date, Finding};
use serde::Serialize;

use crate::Report;

/// Bumped whenever a field changes meaning or disappears.
pub const JSON_VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub summary: JsonSummary<'a>,
    pub claims: JsonClaims<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<JsonFinding<'a>>>,
}

#[derive(Debug, Serialize)]
pub struct JsonSummary<'a> {
    pub articles_read: usize,
    pub articles_skipped: usize,
    pub sentences: usize,
    pub claims: usize,
    pub contradictions: usize,
    pub problems: Vec<JsonProblem<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonProblem<'a> {
    pub severity: &'static str,
    pub path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: &'a str,
}

#[derive(Debug, Serialize)]
pub struct JsonClaim<'a> {
    pub id: JsonId,
    pub path: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub quote: &'a str,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub camp: Option<&'a str>,
    pub event: Option<&'a str>,
    pub place: Option<&'a str>,
    pub date_earliest: Option<JsonDate>,
    pub date_latest: Option<JsonDate>,
    pub kind: &'static str,
    #[serde(flatten)]
    pub detail: JsonDetail<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<&'a [String]>,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum JsonDetail<'a> {
    Quantity {
        metric: &'a str,
        value: Option<u64>,
        qualifier: &'static str,
        low: u64,
        high: Option<u64>,
        population: Option<&'a str>,
    },
    Proposition {
        proposition: &'a str,
        polarity: &'static str,
        /// For a denial linked to what it denies: the byte span of that claim
        /// in the same file, and its id when the report holds it.
        #[serde(skip_serializing_if = "Option::is_none")]
        denies_span: Option<[usize; 2]>,
        #[serde(skip_serializing_if = "Option::is_none")]
        denies: Option<JsonId>,
    },
    Term {
        frame: &'a str,
        topic: &'a str,
    },
}

#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    pub kind: &'static str,
    pub event: Option<&'a str>,
    pub subject: &'a str,
    pub population: Option<&'a str>,
    pub place: Option<&'a str>,
    /// Each side's claims, one per source.
    pub sides: [JsonIds<'a>; 2],
    /// How many claims each side holds, every mention counted.
    pub mentions: [usize; 2],
    pub pairs: JsonPairs<'a>,
    pub reason: &'a str,
}

fn claim<'a>(id: ClaimId, c: &'a Claim, path: &'a str, explain: bool, denies: Option<ClaimId>) -> JsonClaim<'a> {
    let detail = match &c.kind {
        ClaimKind::Quantity(q) => JsonDetail::Quantity {
            metric: &q.metric,
            value: q.value,
            qualifier: q.qualifier.as_str(),
            low: q.interval.low,
            high: q.interval.high,
            population: q.population.as_deref(),
        },
        ClaimKind::Proposition(p) => JsonDetail::Proposition {
            proposition: &p.id,
            polarity: p.polarity.as_str(),
            denies_span: p.target.map(|t| [t.start, t.end]),
            denies: denies.map(JsonId),
        },
        ClaimKind::Term(t) => JsonDetail::Term { frame: &t.frame, topic: &t.topic },
    };
    JsonClaim {
        id: JsonId(id),
        path,
        start: c.span.start,
        end: c.span.end,
        line: c.line,
        quote: &c.quote,
        text: &c.text,
        speaker: c.speaker.as_ref().map(|s| s.text.as_str()),
        actor: c.speaker.as_ref().and_then(|s| s.actor.as_deref()),
        camp: c.camp.as_deref(),
        event: c.event.as_deref(),
        place: c.place.as_deref(),
        date_earliest: c.time.map(|t| JsonDate(t.earliest)),
        date_latest: c.time.map(|t| JsonDate(t.latest)),
        kind: c.kind_name(),
        detail,
        explain: explain.then_some(c.trace.as_slice()),
    }
}

/// The report's claims, each made a [`JsonClaim`] only as it is written:
/// a report of half a million claims would otherwise hold a second copy of
/// every claim's fields while it is written.
#[derive(Debug, Clone, Copy)]
pub struct JsonClaims<'a>(&'a Report<'a>);

impl Serialize for JsonClaims<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(
            report.claims.iter().enumerate().map(|(i, c)| {
                claim(ClaimId(i as u32), c, report.doc_path(c), report.explain, target_in(report.claims, i))
            }),
        )
    }
}

/// The claim a denial at `i` is linked to: same document, the target's span.
/// A document's claims stand together, so only they are searched.
fn target_in(claims: &[Claim], i: usize) -> Option<ClaimId> {
    let c = &claims[i];
    let t = c.proposition()?.target?;
    let same_doc = |j: &usize| claims[*j].doc == c.doc;
    let before = (0..i).rev().take_while(same_doc);
    let after = (i + 1..claims.len()).take_while(same_doc);
    before.chain(after).find(|&j| claims[j].span == t).map(|j| ClaimId(j as u32))
}

/// A day as the report writes it (`2023-09-20`), serialised without allocating.
#[derive(Debug, Clone, Copy)]
pub struct JsonDate(pub Date);

impl Serialize for JsonDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// A claim id as the report writes it (`c17`), serialised without allocating:
/// findings can cite tens of thousands of claims.
#[derive(Debug, Clone, Copy)]
pub struct JsonId(pub ClaimId);

impl Serialize for JsonId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// The claims on one side of a finding.
#[derive(Debug, Clone, Copy)]
pub struct JsonIds<'a>(pub &'a [ClaimId]);

impl Serialize for JsonIds<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|&id| JsonId(id)))
    }
}

/// A finding's claim pairs, as two-element arrays.
#[derive(Debug, Clone, Copy)]
pub struct JsonPairs<'a>(pub &'a [(ClaimId, ClaimId)]);

impl Serialize for JsonPairs<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|&(a, b)| [JsonId(a), JsonId(b)]))
    }
}

fn finding(f: &Finding) -> JsonFinding<'_> {
    JsonFinding {
        kind: f.kind.as_str(),
        event: f.event.as_deref(),
        subject: &f.subject,
        population: f.population.as_deref(),
        place: f.place.as_deref(),
        sides: [JsonIds(&f.sides[0]), JsonIds(&f.sides[1])],
        mentions: f.mentions,
        pairs: JsonPairs(&f.pairs),
        reason: &f.reason,
    }
}

/// Builds the wire report.
pub fn build<'a>(report: &'a Report<'a>, with_findings: bool) -> JsonReport<'a> {
    let problems = report
        .summary
        .skipped
        .iter()
        .map(|d| JsonProblem {
            severity: match d.severity {
                crosscheck_model::Severity::Error => "error",
                crosscheck_model::Severity::Warning => "warning",
                crosscheck_model::Severity::Note => "note",
            },
            path: &d.path,
            line: d.line_col.map(|l| l.0),
            column: d.line_col.map(|l| l.1),
            message: &d.message,
        })
        .collect();
    JsonReport {
        version: JSON_VERSION,
        summary: JsonSummary {
            articles_read: report.summary.articles_read,
            articles_skipped: report.summary.articles_skipped,
            sentences: report.summary.sentences,
            claims: report.claims.len(),
            contradictions: report.findings.iter().filter(|f| f.kind.is_contradiction()).count(),
            problems,
        },
        claims: JsonClaims(report),
        findings: with_findings.then(|| report.findings.iter().map(finding).collect()),
    }
}

pub(crate) fn write(out: &mut dyn Write, report: &Report, with_findings: bool) -> io::Result<()> {
    // Buffered here, so that the serializer's many small writes are not calls through `dyn Write`.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, &build(report, with_findings))?;
    writeln!(buffered)?;
    buffered.flush()
}

pub(crate) fn write_line(out: &mut dyn Write, id: ClaimId, c: &Claim, path: &str, explain: bool) -> io::Result<()> {
    // One write per line: the serializer's many small writes would each go through `dyn Write`.
    let mut line = Vec::with_capacity(1024);
    serde_json::to_writer(&mut line, &claim(id, c, path, explain, None))?;
    line.push(b'\n');
    out.write_all(&line)
}
