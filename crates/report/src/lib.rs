//! Rendering: the same report as a terminal table, a Markdown table ready to
//! paste into a write-up, or the versioned JSON report other tools read.
//!
//! The reporter only renders what it is given. It decides nothing about
//! claims or conflicts, and reads no file but the temporary one its claim
//! store writes (`spill`).

mod claimreview;
mod csv;
mod graph;
mod html;
mod json;
mod json_line;
mod markdown;
pub mod spill;
pub mod spread;
pub mod stream;
mod table;

use std::io::{self, Write};

use std::borrow::Cow;

use crosscheck_model::{
    Claim, ClaimId, ClaimRef, Diagnostic, DocumentList, Figure, FindingKind, FindingRef, Findings, RecordKind, Records,
    Severity, Span,
};

pub use graph::{GraphFormat, write_graph};
pub use json::{ClaimReadError, JSON_VERSION, JsonClaimIn, JsonReport};
pub use table::visible;

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

/// Where a report's claims are read from in full: a slice of them, or a
/// file they were written to as they were read (only the compact
/// [`Records`] stay in memory then).
pub trait ClaimStore: Sync + std::fmt::Debug {
    /// Claim `id` in full. A store that reads a file it wrote itself
    /// panics when the file can no longer be read.
    fn claim(&self, id: ClaimId) -> Cow<'_, Claim>;

    /// Every claim, in order, handed to `each` (owned when the store reads
    /// it from elsewhere).
    fn each(&self, each: &mut dyn FnMut(ClaimId, Cow<'_, Claim>) -> io::Result<()>) -> io::Result<()>;
}

impl ClaimStore for [Claim] {
    fn claim(&self, id: ClaimId) -> Cow<'_, Claim> {
        Cow::Borrowed(&self[id.index()])
    }

    fn each(&self, each: &mut dyn FnMut(ClaimId, Cow<'_, Claim>) -> io::Result<()>) -> io::Result<()> {
        self.iter().enumerate().try_for_each(|(i, c)| each(ClaimId(i as u32), Cow::Borrowed(c)))
    }
}

impl ClaimStore for Vec<Claim> {
    fn claim(&self, id: ClaimId) -> Cow<'_, Claim> {
        self.as_slice().claim(id)
    }

    fn each(&self, each: &mut dyn FnMut(ClaimId, Cow<'_, Claim>) -> io::Result<()>) -> io::Result<()> {
        self.as_slice().each(each)
    }
}

/// Everything a renderer needs.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub docs: &'a DocumentList,
    /// The claims in full, read as they are rendered.
    pub claims: &'a dyn ClaimStore,
    /// The claims' compact records, in the same order: what the summary and
    /// the spreads read.
    pub records: &'a Records,
    pub findings: &'a Findings,
    pub summary: &'a Summary,
    /// Include how each claim was found.
    pub explain: bool,
    /// Per document, which text its claims' spans index: `file` (the
    /// file's bytes), `extracted_text` (a saved page's text, as `crosscheck
    /// text` prints it) or `feed_item` (a feed item's text). Missing: `file`.
    pub indexes: &'a [&'static str],
    /// The actor ids that are people (sorted), for ClaimReview's `Person`
    /// authors; every other speaker is an `Organization`.
    pub people: &'a [String],
}

impl Report<'_> {
    /// Claim `id` in full.
    pub fn claim(&self, id: ClaimId) -> Cow<'_, Claim> {
        let mut claim = self.claims.claim(id);
        // A stream's claims are numbered by document only in their records.
        let doc = self.records.get(id).doc();
        if claim.doc != doc {
            claim.to_mut().doc = doc;
        }
        claim
    }

    /// Every claim in full, in order, handed to `each`.
    pub fn each_claim(&self, each: &mut dyn FnMut(ClaimId, &Claim) -> io::Result<()>) -> io::Result<()> {
        self.claims.each(&mut |id, mut claim| {
            // A stream's claims are numbered by document only in their records.
            let doc = self.records.get(id).doc();
            if claim.doc != doc {
                claim.to_mut().doc = doc;
            }
            each(id, &claim)
        })
    }

    /// How many claims the report holds.
    pub fn claim_count(&self) -> usize {
        self.records.len()
    }

    pub fn doc_path(&self, claim: &Claim) -> &str {
        self.path_of(claim.doc)
    }

    /// The path of document `doc`.
    pub fn path_of(&self, doc: u32) -> &str {
        self.docs.path(doc as usize).unwrap_or("?")
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
            format!("{} claim{}", self.claim_count(), plural(self.claim_count())),
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

/// The day a claim was made, as the tables print it: its earliest day, or
/// "date unknown".
pub(crate) fn day_said(claim: &Claim) -> String {
    claim.time.map(|t| t.earliest.to_string()).unwrap_or_else(|| "date unknown".to_owned())
}

/// A claim's figure or statement in a few words: "at least 200 killed".
pub fn figure(claim: &Claim) -> String {
    if let Some(q) = claim.quantity() {
        let figure = Figure {
            metric: &q.metric,
            value: q.value,
            qualifier: q.qualifier,
            interval: q.interval,
            population: q.population.as_deref(),
            side: q.side.as_deref(),
            increment: q.increment,
            subset: q.subset,
        };
        return figure_words(&figure);
    }
    if let Some(p) = claim.proposition() {
        return format!("{} {}", p.polarity.as_str(), p.id);
    }
    if let Some(t) = claim.term() {
        return format!("calls it {}", t.frame);
    }
    String::new()
}

/// A figure in a few words: "at least 200 killed (civilians)".
fn figure_words(q: &Figure) -> String {
    let more = if q.increment { " more" } else { "" };
    let mut s = format!("{}{more} {}", q.describe(), q.metric);
    match (q.population, q.subset) {
        (Some(p), true) => s.push_str(&format!(" ({p}, part of a total)")),
        (Some(p), false) => s.push_str(&format!(" ({p})")),
        (None, true) => s.push_str(" (part of a total)"),
        (None, false) => {}
    }
    s
}

/// [`figure`], read from a claim's record.
fn record_figure(claim: ClaimRef) -> String {
    if let Some(q) = claim.quantity() {
        return figure_words(&q);
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
    /// A terminal table `width` columns wide, finding kinds in colour when
    /// `colour` is set (the caller decides: a terminal, no `NO_COLOR`).
    Table {
        width: u16,
        colour: bool,
    },
    Markdown,
    Json,
    /// RFC 4180 CSV, with a byte order mark first when `bom` is set.
    Csv {
        bom: bool,
    },
    /// schema.org `ClaimReview` drafts as JSON-LD (findings only).
    ClaimReview,
    /// One self-contained HTML page (findings only).
    Html,
}

/// Renders findings (with the claims they cite) in `format`.
pub fn write_findings(out: &mut dyn Write, report: &Report, format: Format) -> io::Result<()> {
    match format {
        Format::Table { width, colour } => table::findings(out, report, width, colour),
        Format::Markdown => markdown::findings(out, report),
        Format::Json => json::write(out, report, true),
        Format::Csv { bom } => csv::findings(out, report, bom),
        Format::ClaimReview => claimreview::write(out, report),
        Format::Html => html::write(out, report),
    }
}

/// Renders every claim in `format`. ClaimReview and HTML render findings:
/// they write what [`write_findings`] writes.
pub fn write_claims(out: &mut dyn Write, report: &Report, format: Format) -> io::Result<()> {
    match format {
        Format::Table { width, .. } => table::claims(out, report, width),
        Format::Markdown => markdown::claims(out, report),
        Format::Json => json::write(out, report, false),
        Format::Csv { bom } => csv::claims(out, report, bom),
        Format::ClaimReview | Format::Html => write_findings(out, report, format),
    }
}

/// The version of the rules and engine that claims' keys are derived
/// with: a new release may read the same words differently.
pub const RULES_VERSION: &str = env!("CARGO_PKG_VERSION");

/// 16 hex digits of the SHA-256 of `parts`, each ended by a NUL byte.
fn short_hash(parts: &[&[u8]]) -> String {
    hex_of(sha2::Sha256::default(), parts)
}

/// 16 hex digits of the SHA-256 of what `hasher` has read and `parts`,
/// each ended by a NUL byte.
fn hex_of(mut hasher: sha2::Sha256, parts: &[&[u8]]) -> String {
    use sha2::Digest;
    for part in parts {
        hasher.update(part);
        hasher.update([0u8]);
    }
    let digest = hasher.finalize();
    // Written digit by digit: a `format!` per byte cost more than the hash
    // on a run's every claim.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut key = String::with_capacity(16);
    for &b in digest.iter().take(8) {
        key.push(char::from(HEX[usize::from(b >> 4)]));
        key.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
    key
}

/// What a claim says in one word: its metric, proposition or frame.
fn subject(claim: &Claim) -> &str {
    match &claim.kind {
        crosscheck_model::ClaimKind::Quantity(q) => &q.metric,
        crosscheck_model::ClaimKind::Proposition(p) => &p.id,
        crosscheck_model::ClaimKind::Term(t) => &t.frame,
    }
}

/// A claim's stable key: derived from its article's path, its span, what
/// it is (kind and metric, proposition or frame) and [`RULES_VERSION`],
/// so it survives reruns and reordering of the input, unlike the `c17` id.
pub fn claim_key(path: &str, claim: &Claim) -> String {
    key_of(path, claim.span, claim.kind_name(), subject(claim))
}

fn key_of(path: &str, span: Span, kind: &str, subject: &str) -> String {
    let (mut start, mut end) = ([0u8; 20], [0u8; 20]);
    let rest = [
        decimal(span.start as u64, &mut start),
        decimal(span.end as u64, &mut end),
        kind.as_bytes(),
        subject.as_bytes(),
    ];
    hex_of(KEY_PREFIX.with(|prefix| prefix.borrow_mut().after(path)), &rest)
}

thread_local! {
    /// The hasher that has read the first parts of the keys of an article's
    /// claims, the rules version and the path (see [`KeyPrefix`]).
    static KEY_PREFIX: std::cell::RefCell<KeyPrefix> = const { std::cell::RefCell::new(KeyPrefix(None)) };
}

/// A SHA-256 hasher that has read the rules version and a path, each
/// ended by a NUL byte, kept for the next key of the same article: when
/// they fill SHA-256's first 64-byte block (a path of 58 bytes or more),
/// that block is compressed once per article instead of once per claim.
/// A clone of it reads on as a new hasher would, so keys do not change.
#[derive(Debug)]
struct KeyPrefix(Option<(String, sha2::Sha256)>);

impl KeyPrefix {
    /// A hasher that has read the rules version and `path`.
    fn after(&mut self, path: &str) -> sha2::Sha256 {
        use sha2::Digest;
        if let Some((kept, hasher)) = &self.0
            && kept == path
        {
            return hasher.clone();
        }
        let mut hasher = sha2::Sha256::new();
        for part in [RULES_VERSION.as_bytes(), path.as_bytes()] {
            hasher.update(part);
            hasher.update([0u8]);
        }
        self.0 = Some((path.to_owned(), hasher.clone()));
        hasher
    }
}

/// `n` in decimal, written into the end of `digits`.
pub(crate) fn decimal(mut n: u64, digits: &mut [u8; 20]) -> &[u8] {
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &digits[at..];
        }
    }
}

impl Report<'_> {
    /// The stable key of the claim with this id (see [`claim_key`]), read
    /// from its record.
    pub fn key(&self, id: ClaimId) -> String {
        let c = self.records.get(id);
        let (kind, subject) = match (c.kind(), c.quantity(), c.proposition(), c.term()) {
            (RecordKind::Quantity, Some(q), _, _) => ("quantity", q.metric),
            (RecordKind::Proposition, _, Some(p), _) => ("proposition", p.id),
            (_, _, _, Some(t)) => ("term", t.frame),
            _ => ("", ""),
        };
        key_of(self.path_of(c.doc()), c.span(), kind, subject)
    }

    /// A finding's stable key: its kind, event, subject, population and
    /// place, and what each side says (figure, speaker, camp), the two sides
    /// in sorted order, so that neither which mention came first nor which
    /// side is listed first changes it.
    pub fn finding_key(&self, f: FindingRef) -> String {
        let mut sides: Vec<String> = f
            .sides
            .iter()
            .map(|side| {
                let mut said: Vec<String> = side
                    .iter()
                    .map(|&id| {
                        let c = self.records.get(id);
                        let who = c.speaker().map_or("", |text| c.actor().unwrap_or(text));
                        format!("{}\u{1f}{who}\u{1f}{}", record_figure(c), c.camp().unwrap_or(""))
                    })
                    .collect();
                said.sort();
                said.dedup();
                said.join("\u{1e}")
            })
            .collect();
        sides.sort();
        short_hash(&[
            RULES_VERSION.as_bytes(),
            f.kind.as_str().as_bytes(),
            f.event.unwrap_or("").as_bytes(),
            f.subject.as_bytes(),
            f.population.unwrap_or("").as_bytes(),
            f.place.unwrap_or("").as_bytes(),
            sides[0].as_bytes(),
            sides[1].as_bytes(),
        ])
    }

    /// Which text a claim's span indexes (see [`Report::indexes`]).
    pub fn indexes(&self, claim: &Claim) -> &'static str {
        self.indexes.get(claim.doc as usize).copied().unwrap_or("file")
    }

    /// Whether a claim's speaker is a person (by its actor).
    pub fn speaker_is_person(&self, claim: &Claim) -> bool {
        claim
            .speaker
            .as_ref()
            .and_then(|s| s.actor.as_deref())
            .is_some_and(|a| self.people.binary_search_by(|p| p.as_str().cmp(a)).is_ok())
    }

    /// A claim's article as a link target: its URL when the path is one.
    pub fn doc_url(&self, claim: &Claim) -> Option<&str> {
        let path = self.doc_path(claim);
        (path.starts_with("https://") || path.starts_with("http://")).then_some(path)
    }
}

/// The article a claim line names: its path, and which of its texts the
/// claim's span indexes (`file`, `extracted_text` or `feed_item`).
#[derive(Debug, Clone, Copy)]
pub struct ClaimArticle<'a> {
    pub path: &'a str,
    pub indexes: &'static str,
}

/// Writes one claim as a JSON line (for streaming).
pub fn write_claim_jsonl(
    out: &mut dyn Write,
    id: ClaimId,
    claim: &Claim,
    article: ClaimArticle,
    explain: bool,
) -> io::Result<()> {
    json::write_line(out, id, claim, article, explain)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key made with the kept hasher of its article is the hash of all
    /// its parts, whatever the path's length and the order articles come in.
    #[test]
    fn keys_are_the_hash_of_all_their_parts() {
        let long = "archive/2024/03/15/a-rather-long-article-slug-that-fills-a-block.txt";
        let mut keys = Vec::new();
        for path in ["a.txt", long, long, "a.txt", long, &"x".repeat(57), &"x".repeat(58), &"x".repeat(200)] {
            for (start, end, subject) in [(0, 7, "killed"), (1234, 98765, "city_captured:x")] {
                let (a, b) = (start.to_string(), end.to_string());
                let parts: [&[u8]; 6] = [
                    RULES_VERSION.as_bytes(),
                    path.as_bytes(),
                    a.as_bytes(),
                    b.as_bytes(),
                    b"quantity",
                    subject.as_bytes(),
                ];
                let key = key_of(path, Span::new(start, end), "quantity", subject);
                assert_eq!(key, short_hash(&parts), "{path} {start}");
                keys.push(key);
            }
        }
        assert_eq!(keys[2], keys[4]);
        assert_ne!(keys[0], keys[2]);
    }
}
