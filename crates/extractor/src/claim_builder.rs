//! Claims are built here and nowhere else: a [`SentenceCtx`] holds what every
//! claim of one sentence shares (the document, the text and its normalised
//! form, the sentence, its evidence and headline status), maps token and byte
//! ranges back to the original text, and fills a claim's common fields
//! (speaker, camp, event, date, scope, place, trace, evidence) in
//! [`SentenceCtx::claim`].

use std::cell::OnceCell;
use std::sync::Arc;

use crosscheck_model::{Claim, ClaimKind, Scope, Span, Speaker};
use crosscheck_rules::Rules;
use crosscheck_text::Normalized;

use crate::analysis::Sentence;
use crate::attribution::Resolved;
use crate::context::{DocContext, event_of, report_order, time_of};
use crate::lines::{ends_without_mark, fold_whitespace, is_folded};

/// One sentence being read, with what every claim of it shares.
pub(crate) struct SentenceCtx<'a> {
    pub rules: &'a Rules,
    /// Whether claims keep their trace.
    pub explain: bool,
    /// The index the claims carry.
    pub doc: u32,
    /// The document's full text, as given.
    pub original: &'a str,
    pub normalized: &'a Normalized,
    pub s: &'a Sentence<'a>,
    pub ctx: &'a DocContext,
    /// The sentence in the original text.
    pub evidence: Span,
    /// Whether the sentence is the article's headline.
    headline: bool,
    /// The folded sentence, made once, and only for sentences that hold a
    /// claim; and whether it was folded already as written.
    text: OnceCell<(Arc<str>, bool)>,
}

/// Who a claim is credited to, and how that was decided.
pub(crate) struct Attribution {
    pub speaker: Option<Speaker>,
    pub camp: Option<Arc<str>>,
    pub how: String,
}

/// Where a figure's incident happened and the scope of its count.
pub(crate) struct Placing {
    pub place: Option<String>,
    pub scope: Scope,
    pub how: String,
}

/// What is particular to one claim; the rest comes from the sentence.
pub(crate) struct Parts {
    /// The claim's words in the original text.
    pub span: Span,
    pub kind: ClaimKind,
    pub who: Attribution,
    /// The tokens its date and its event are read at; a day after the
    /// claim is looked for from `time_after` (a figure's end).
    pub time_at: usize,
    pub time_after: usize,
    pub event_at: usize,
    /// A figure's place and scope; a statement has none and is the event's.
    pub placing: Option<Placing>,
    /// How the claim itself was found, first in its trace.
    pub how: Vec<String>,
}

impl<'a> SentenceCtx<'a> {
    /// The context of sentence number `index` of the document.
    pub fn new(
        (rules, explain, doc): (&'a Rules, bool, u32),
        (original, normalized): (&'a str, &'a Normalized),
        s: &'a Sentence<'a>,
        ctx: &'a DocContext,
        index: usize,
    ) -> Self {
        let (a, b) = normalized.original_range(s.range.0, s.range.1);
        let evidence = Span::new(a, b);
        let headline = is_headline(original, evidence, index);
        Self { rules, explain, doc, original, normalized, s, ctx, evidence, headline, text: OnceCell::new() }
    }

    /// The original bytes of normalised byte range `(a, b)`.
    pub fn byte_span(&self, (a, b): (usize, usize)) -> Span {
        let (x, y) = self.normalized.original_range(a, b);
        Span::new(x, y)
    }

    /// The original bytes of tokens `[a, b)`.
    pub fn token_span(&self, a: usize, b: usize) -> Span {
        self.byte_span(self.s.byte_range(a, b))
    }

    /// The first token of the sentence at or after `start`, a byte of the
    /// original text (claims' spans count those, tokens the folded text's).
    pub fn token_at(&self, start: usize) -> Option<usize> {
        (0..self.s.len()).find(|&k| self.token_span(k, k + 1).start >= start)
    }

    /// The words at `span` of the original text, whitespace folded. Words
    /// of a sentence written folded, neither starting nor ending on a
    /// space, are folded as written: they are copied without a second scan.
    pub fn quote(&self, span: Span) -> String {
        let words = &self.original[span.start..span.end];
        let inside = self.evidence.start <= span.start && span.end <= self.evidence.end;
        if inside && self.sentence().1 && !words.starts_with(' ') && !words.ends_with(' ') {
            return words.to_owned();
        }
        fold_whitespace(words)
    }

    /// The folded sentence, and whether it was written folded.
    fn sentence(&self) -> &(Arc<str>, bool) {
        self.text.get_or_init(|| {
            let written = &self.original[self.evidence.start..self.evidence.end];
            if is_folded(written) { (written.into(), true) } else { (fold_whitespace(written).into(), false) }
        })
    }

    /// A claim's speaker and camp: the phrase resolved, else nobody when a
    /// speech frame governs it, else the article's own voice.
    pub fn attribution(&self, speaker: Option<&Resolved>, framed: bool) -> Attribution {
        match speaker {
            Some(r) => {
                let span = self.byte_span(r.range);
                let actor = r.actor.map(|a| self.rules.actor(a).id.as_str().into());
                let camp = r.camp.map(|c| self.rules.camp_id(c).into());
                let how = if self.explain { format!("speaker: {}", r.how) } else { String::new() };
                Attribution { speaker: Some(Speaker { text: self.quote(span), span, actor }), camp, how }
            }
            None if framed => Attribution {
                speaker: None,
                camp: None,
                how: "speaker: a reporting verb with no subject and no earlier speaker".into(),
            },
            None => Attribution {
                speaker: None,
                camp: Some("media".into()),
                how: "speaker: nobody is quoted, so the article's own voice".into(),
            },
        }
    }

    /// Credits an existing claim to `r`, keeping the rest of it.
    pub fn credit(&self, claim: &mut Claim, r: &Resolved) {
        let who = self.attribution(Some(r), true);
        claim.speaker = who.speaker;
        claim.camp = who.camp;
    }

    /// The claim of this sentence made of `parts`.
    pub fn claim(&self, parts: Parts) -> Claim {
        let Parts { span, kind, who, time_at, time_after, event_at, placing, how } = parts;
        let (time, time_how) = time_of(self.s, (time_at, time_after), self.ctx);
        // Read before the figure itself, not its span: in "the toll rose to
        // 60" the change word stands between the trigger and the figure.
        let (earlier_report, later_report) = report_order(self.s, event_at);
        let (event, event_how) = event_of(self.s, event_at, self.rules, self.ctx, time.as_ref());
        let (place, scope, scope_how) = match placing {
            Some(p) => (p.place, p.scope, Some(p.how)),
            None => (None, Scope::Event, None),
        };
        let trace = if self.explain {
            let mut trace = how;
            trace.extend([who.how, time_how, event_how]);
            trace.extend(scope_how);
            trace
        } else {
            Vec::new()
        };
        let window = evidence_of(self.original, self.evidence, span);
        Claim {
            doc: self.doc,
            span,
            quote: self.quote(span),
            // Numbered in one pass over the text once the document is read.
            line: 0,
            evidence: window.unwrap_or(self.evidence),
            text: window.map_or_else(|| Arc::clone(&self.sentence().0), |e| self.quote(e).into()),
            speaker: who.speaker,
            camp: who.camp,
            event: event.map(Into::into),
            place: place.map(Into::into),
            time,
            earlier_report,
            later_report,
            scope,
            headline: self.headline,
            kind,
            trace,
        }
    }
}

/// Whether the sentence at `evidence` is the article's headline: its first
/// sentence, ending without a full stop (a title restates the body).
fn is_headline(original: &str, evidence: Span, sentence: usize) -> bool {
    sentence == 0 && ends_without_mark(&original[evidence.start..evidence.end])
}

/// The most evidence a claim carries. A sentence longer than this (text
/// with no sentence ends is cut only at the segmenter's limit) gives each
/// claim a window of it around the claim's own words instead.
const MAX_EVIDENCE_BYTES: usize = 1024;

/// The window of a long sentence that a claim keeps as its evidence: about
/// [`MAX_EVIDENCE_BYTES`] around the claim's span, cut between words. `None`
/// when the whole sentence fits.
fn evidence_of(original: &str, sentence: Span, claim: Span) -> Option<Span> {
    if sentence.end - sentence.start <= MAX_EVIDENCE_BYTES {
        return None;
    }
    let margin = MAX_EVIDENCE_BYTES.saturating_sub(claim.end - claim.start) / 2;
    let mut a = claim.start.saturating_sub(margin).max(sentence.start).min(claim.start);
    let mut b = (claim.end + margin).min(sentence.end).max(claim.end);
    while !original.is_char_boundary(a) {
        a += 1;
    }
    while !original.is_char_boundary(b) {
        b -= 1;
    }
    if a > sentence.start
        && let Some(i) = original[a..claim.start].find(char::is_whitespace)
    {
        let rest = &original[a + i..claim.start];
        a = claim.start - rest.trim_start().len();
    }
    if b < sentence.end
        && let Some(i) = original[claim.end..b].rfind(char::is_whitespace)
    {
        b = claim.end + original[claim.end..claim.end + i].trim_end().len();
    }
    Some(Span::new(a, b))
}
