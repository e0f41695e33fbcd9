//! The JSON report: its own wire types, versioned, so internal changes do
//! not silently change what other tools read.

use std::io::{self, Write};

use crosscheck_model::{
    Claim, ClaimId, ClaimKind, Date, FindingRef, Interval, Polarity, Proposition, Qualifier, Quantity, Reason, Records,
    Scope, Span, Speaker, Term, TimeRange,
};
use serde::{Deserialize, Serialize};

use crate::{ClaimArticle, Report};

/// Bumped whenever a field changes meaning or disappears. Version 2: the
/// `range` qualifier, and every field comparison decides on (`scope`,
/// `headline`, `date_explicit`, `earlier_report`, `later_report`, `side`,
/// `increment`, `subset`).
pub const JSON_VERSION: u32 = 2;

#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub summary: JsonSummary<'a>,
    pub claims: JsonClaims<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<JsonFindings<'a>>,
    /// Per event, metric and population, the lowest and highest bound
    /// given (with the `report` command only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spreads: Option<Vec<JsonSpread<'a>>>,
}

/// One end of a spread, with who gave it and when.
#[derive(Debug, Serialize)]
pub struct JsonBound<'a> {
    pub value: u64,
    pub claim: JsonId,
    pub key: String,
    pub speaker: Option<&'a str>,
    pub camp: Option<&'a str>,
    pub date: Option<JsonDate>,
    pub path: &'a str,
}

/// The figures given for one event, metric and population.
#[derive(Debug, Serialize)]
pub struct JsonSpread<'a> {
    pub event: &'a str,
    pub metric: &'a str,
    pub population: Option<&'a str>,
    pub low: JsonBound<'a>,
    pub high: JsonBound<'a>,
    pub sources: usize,
    pub claims: usize,
}

fn bound<'a>(report: &'a Report<'a>, b: crate::spread::SpreadBound) -> JsonBound<'a> {
    let c = report.records.get(b.claim);
    JsonBound {
        value: b.value,
        claim: JsonId(b.claim),
        key: report.key(b.claim),
        speaker: c.speaker(),
        camp: c.camp(),
        date: c.time().map(|t| JsonDate(t.earliest)),
        path: report.path_of(c.doc()),
    }
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
    /// Derived from the article's path, the span, the claim's subject and
    /// the rules version: the same across reruns and input orders.
    pub key: String,
    pub path: &'a str,
    /// Which text `start` and `end` index: `file`, `extracted_text` or `feed_item`.
    pub indexes: &'static str,
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
    /// The day comes from a time word in the text, not the article's date alone.
    pub date_explicit: Option<bool>,
    /// The text marks the claim as reported earlier ("initially").
    pub earlier_report: Option<bool>,
    /// The text marks the claim as what a count has risen or fallen to ("rose to").
    pub later_report: Option<bool>,
    /// `event` (a whole event's count) or `incident` (one strike, one blast).
    pub scope: &'static str,
    /// The claim stands in the article's headline.
    pub headline: bool,
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
        /// Whose people are counted, when the text says so.
        side: Option<&'a str>,
        /// An addition to an earlier count ("16 more"), not a total.
        increment: bool,
        /// Part of a total given beside it ("including 5 children").
        subset: bool,
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
    /// Derived from the finding's kind, subject and its claims' keys.
    pub key: String,
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
    pub reason: Reason<'a>,
}

fn claim<'a>(
    id: ClaimId,
    c: &'a Claim,
    ClaimArticle { path, indexes }: ClaimArticle<'a>,
    explain: bool,
    denies: Option<ClaimId>,
) -> JsonClaim<'a> {
    let detail = match &c.kind {
        ClaimKind::Quantity(q) => JsonDetail::Quantity {
            metric: &q.metric,
            value: q.value,
            qualifier: q.qualifier.as_str(),
            low: q.interval.low,
            high: q.interval.high,
            population: q.population.as_deref(),
            side: q.side.as_deref(),
            increment: q.increment,
            subset: q.subset,
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
        key: crate::claim_key(path, c),
        path,
        indexes,
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
        date_explicit: c.time.map(|t| t.explicit),
        // Null for an undated claim the text does not mark either way.
        earlier_report: (c.time.is_some() || c.earlier_report).then_some(c.earlier_report),
        later_report: (c.time.is_some() || c.later_report).then_some(c.later_report),
        scope: match c.scope {
            Scope::Event => "event",
            Scope::Incident => "incident",
        },
        headline: c.headline,
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
        use serde::ser::{Error, SerializeSeq};
        let report = self.0;
        let mut seq = serializer.serialize_seq(Some(report.claim_count()))?;
        // The serializer's error, kept while the store's loop is stopped with an I/O error.
        let mut failed: Option<S::Error> = None;
        let read = report.each_claim(&mut |id, c| {
            let at = ClaimArticle { path: report.doc_path(c), indexes: report.indexes(c) };
            let json = claim(id, c, at, report.explain, target_in(report.records, id.index()));
            seq.serialize_element(&json).map_err(|e| {
                failed = Some(e);
                io::Error::other("the JSON claims could not be written")
            })
        });
        if let Some(e) = failed {
            return Err(e);
        }
        read.map_err(S::Error::custom)?;
        seq.end()
    }
}

/// The report's findings, each made a [`JsonFinding`] (with its key) only as
/// it is written.
#[derive(Debug, Clone, Copy)]
pub struct JsonFindings<'a>(&'a Report<'a>);

impl Serialize for JsonFindings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(report.findings.iter().map(|f| finding(report, f)))
    }
}

/// The claim a denial at `i` is linked to: same document, the target's span.
/// A document's claims stand together, so only they are searched.
fn target_in(claims: &Records, i: usize) -> Option<ClaimId> {
    let c = claims.get(ClaimId(i as u32));
    let t = c.proposition()?.target?;
    let same_doc = |j: &usize| claims.get(ClaimId(*j as u32)).doc() == c.doc();
    let before = (0..i).rev().take_while(same_doc);
    let after = (i + 1..claims.len()).take_while(same_doc);
    before.chain(after).find(|&j| claims.get(ClaimId(j as u32)).span() == t).map(|j| ClaimId(j as u32))
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

fn finding<'a>(report: &Report, f: FindingRef<'a>) -> JsonFinding<'a> {
    JsonFinding {
        key: report.finding_key(f),
        kind: f.kind.as_str(),
        event: f.event,
        subject: f.subject,
        population: f.population,
        place: f.place,
        sides: [JsonIds(f.sides[0]), JsonIds(f.sides[1])],
        mentions: f.mentions,
        pairs: JsonPairs(f.pairs),
        reason: f.reason,
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
            claims: report.claim_count(),
            contradictions: report.findings.iter().filter(|f| f.kind.is_contradiction()).count(),
            problems,
        },
        claims: JsonClaims(report),
        findings: with_findings.then_some(JsonFindings(report)),
        spreads: with_findings.then(|| {
            crate::spread::spreads(report)
                .into_iter()
                .map(|s| JsonSpread {
                    event: s.event,
                    metric: s.metric,
                    population: s.population,
                    low: bound(report, s.low),
                    high: bound(report, s.high),
                    sources: s.sources,
                    claims: s.claims,
                })
                .collect()
        }),
    }
}

pub(crate) fn write(out: &mut dyn Write, report: &Report, with_findings: bool) -> io::Result<()> {
    // Buffered here, so that the serializer's many small writes are not calls through `dyn Write`.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, &build(report, with_findings))?;
    writeln!(buffered)?;
    buffered.flush()
}

pub(crate) fn write_line(
    out: &mut dyn Write,
    id: ClaimId,
    c: &Claim,
    article: ClaimArticle,
    explain: bool,
) -> io::Result<()> {
    // One write per line, the bytes serde_json would write (see `json_line`).
    let mut line = Vec::with_capacity(1024);
    crate::json_line::write_claim(&mut line, &claim(id, c, article, explain, None));
    line.push(b'\n');
    out.write_all(&line)
}

/// A claim as serde_json writes it, for the tests of the direct writer.
#[cfg(test)]
pub(crate) fn claim_for_test(c: &Claim, explain: bool, denies: Option<ClaimId>) -> (Vec<u8>, Vec<u8>) {
    let json = claim(ClaimId(41), c, ClaimArticle { path: "dir/a \"b\".txt", indexes: "file" }, explain, denies);
    let mut ours = Vec::new();
    crate::json_line::write_claim(&mut ours, &json);
    (ours, serde_json::to_vec(&json).unwrap_or_default())
}

/// A claim as the JSON report or the JSON Lines stream writes it, read back:
/// every field comparison decides on, so that comparing claims read back
/// gives the findings of comparing them in memory.
#[derive(Debug, Clone, Deserialize)]
pub struct JsonClaimIn {
    /// The claim's id in the run that wrote it (`c17`).
    #[serde(default)]
    pub id: Option<String>,
    pub path: String,
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub quote: String,
    pub text: String,
    pub speaker: Option<String>,
    pub actor: Option<String>,
    pub camp: Option<String>,
    pub event: Option<String>,
    pub place: Option<String>,
    pub date_earliest: Option<Date>,
    pub date_latest: Option<Date>,
    #[serde(default)]
    pub date_explicit: Option<bool>,
    #[serde(default)]
    pub earlier_report: Option<bool>,
    #[serde(default)]
    pub later_report: Option<bool>,
    pub scope: String,
    #[serde(default)]
    pub headline: bool,
    pub kind: String,
    pub metric: Option<String>,
    pub value: Option<u64>,
    pub qualifier: Option<String>,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub population: Option<String>,
    pub side: Option<String>,
    #[serde(default)]
    pub increment: bool,
    #[serde(default)]
    pub subset: bool,
    pub proposition: Option<String>,
    pub polarity: Option<String>,
    /// For a denial: the byte span of the claim it denies, in the same article.
    #[serde(default)]
    pub denies_span: Option<[usize; 2]>,
    pub frame: Option<String>,
    pub topic: Option<String>,
    /// How the claim was found, when it was written with `--explain`.
    #[serde(default)]
    pub explain: Option<Vec<String>>,
}

/// Why a claim read back from JSON cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimReadError(pub String);

impl std::fmt::Display for ClaimReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ClaimReadError {}

impl JsonClaimIn {
    /// The claim, as read from document `doc` of the reader's numbering.
    pub fn into_claim(self, doc: u32) -> Result<Claim, ClaimReadError> {
        let kind = self.kind()?;
        let scope = match self.scope.as_str() {
            "event" => Scope::Event,
            "incident" => Scope::Incident,
            other => return Err(ClaimReadError(format!("unknown scope `{other}`"))),
        };
        let time = self.time();
        let span = Span::new(self.start, self.end);
        Ok(Claim {
            doc,
            span,
            quote: self.quote,
            line: self.line,
            evidence: span,
            text: self.text.into(),
            speaker: self.speaker.map(|text| Speaker { text, span, actor: self.actor.map(Into::into) }),
            camp: self.camp.map(Into::into),
            event: self.event.map(Into::into),
            place: self.place.map(Into::into),
            time,
            earlier_report: self.earlier_report.unwrap_or(false),
            later_report: self.later_report.unwrap_or(false),
            scope,
            headline: self.headline,
            kind,
            trace: self.explain.unwrap_or_default(),
        })
    }

    /// What the claim states: a figure, a proposition or a term, from the
    /// fields its kind needs.
    fn kind(&self) -> Result<ClaimKind, ClaimReadError> {
        let missing = |field: &str| ClaimReadError(format!("a {} claim without `{field}`", self.kind));
        let kind = match self.kind.as_str() {
            "quantity" => {
                let qualifier = self.qualifier.as_deref().ok_or_else(|| missing("qualifier"))?;
                let qualifier = Qualifier::parse(qualifier)
                    .ok_or_else(|| ClaimReadError(format!("unknown qualifier `{qualifier}`")))?;
                let low = self.low.ok_or_else(|| missing("low"))?;
                if self.high.is_some_and(|h| h < low) {
                    return Err(ClaimReadError(format!("interval {low}..{:?} is empty", self.high)));
                }
                ClaimKind::Quantity(Quantity {
                    metric: self.metric.clone().ok_or_else(|| missing("metric"))?,
                    value: self.value,
                    qualifier,
                    interval: Interval::new(low, self.high),
                    population: self.population.clone(),
                    side: self.side.clone(),
                    increment: self.increment,
                    subset: self.subset,
                })
            }
            "proposition" => {
                let id = self.proposition.clone().ok_or_else(|| missing("proposition"))?;
                let polarity = match self.polarity.as_deref() {
                    Some("asserts") => Polarity::Asserts,
                    Some("denies") => Polarity::Denies,
                    _ => return Err(missing("polarity")),
                };
                let template = id.split(':').next().unwrap_or_default().to_owned();
                let target = self.denies_span.map(|[start, end]| Span::new(start, end));
                ClaimKind::Proposition(Proposition { id, template, slots: Vec::new(), polarity, target })
            }
            "term" => ClaimKind::Term(Term {
                frame: self.frame.clone().ok_or_else(|| missing("frame"))?,
                topic: self.topic.clone().ok_or_else(|| missing("topic"))?,
            }),
            other => return Err(ClaimReadError(format!("unknown claim kind `{other}`"))),
        };
        Ok(kind)
    }

    /// When the claim was made, if both its days are given.
    fn time(&self) -> Option<TimeRange> {
        match (self.date_earliest, self.date_latest) {
            (Some(earliest), Some(latest)) => {
                Some(TimeRange { earliest, latest, explicit: self.date_explicit.unwrap_or(false) })
            }
            _ => None,
        }
    }
}
