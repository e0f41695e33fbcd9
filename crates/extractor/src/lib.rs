//! Extraction: one article in, its attributed claims and diagnostics out.
//!
//! Extraction is per document and pure: it reads nothing but the text and
//! metadata it is given, keeps nothing between documents, and never prints.
//! The extractor knows nothing about other articles, comparison, or output
//! formats.

mod analysis;
mod attribution;
mod claim_builder;
mod context;
mod denial_links;
mod denials;
mod doc_state;
mod figures;
mod gate;
mod lines;
mod propositions;
mod quantity_claims;
mod statements;

use std::sync::OnceLock;

use crosscheck_model::{Claim, Diagnostic, DocumentMeta, Language, Severity, Span};
use crosscheck_rules::{Lexicon, Rules};
use crosscheck_text::{Normalized, normalize, sentences_with_case};

use crate::analysis::{Sentence, SentenceBuffers};
use crate::attribution::{Earlier, frames, quoted_frames};
use crate::claim_builder::SentenceCtx;
use crate::context::DocContext;
use crate::denial_links::read_denials;
use crate::doc_state::{DocState, WORDED_REACH, settle_pending};
use crate::figures::{Figure, Written, find_figures, quantify};
pub use crate::gate::{Gated, Reading, SentenceGate};
use crate::lines::ends_without_mark;
use crate::lines::number_lines;
pub use crate::lines::{fold_whitespace, line_col};
use crate::propositions::{AnchorIndex, anchor_index, find_propositions, find_terms};
use crate::quantity_claims::read_quantities;
use crate::statements::{read_propositions, read_refutations, read_terms};

/// What extraction found in one document.
#[derive(Debug, Default)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub diagnostics: Vec<Diagnostic>,
    /// The language used, from the metadata or detected.
    pub language: Option<Language>,
    pub sentences: usize,
}

/// Compiled rules plus the per-language sentence gates. Build once, share
/// across threads.
#[derive(Debug)]
pub struct Extractor<'r> {
    rules: &'r Rules,
    /// Per language of the rules, its indexes, each built on first use.
    languages: Vec<(String, LanguageIndexes)>,
    /// Keep each claim's trace (how it was found); off, claims carry none.
    explain: bool,
}

/// What reading a language's articles needs beyond its lexicon, each part
/// built the first time an article of the language needs it: a run over
/// articles of one language never builds the others'.
#[derive(Debug, Default)]
struct LanguageIndexes {
    /// The sentence gate; `None` when its words do not compile.
    gate: OnceLock<Option<SentenceGate>>,
    /// Anchor word → proposition wordings.
    anchors: OnceLock<AnchorIndex>,
}

impl<'r> Extractor<'r> {
    pub fn new(rules: &'r Rules) -> Self {
        let languages = rules.languages.keys().map(|code| (code.clone(), LanguageIndexes::default())).collect();
        Self { rules, languages, explain: true }
    }

    /// The lexicon of language `code` and its indexes.
    fn language(&self, code: &str) -> Option<(&Lexicon, &LanguageIndexes)> {
        let indexes = self.languages.iter().find(|(c, _)| c == code).map(|(_, ix)| ix)?;
        Some((self.rules.lexicon(code)?, indexes))
    }

    fn wordings(&self, code: &str) -> &[crosscheck_rules::Pattern] {
        self.rules.patterns.get(code).map_or(&[][..], Vec::as_slice)
    }

    /// The sentence gate of language `code`.
    fn gate(&self, code: &str) -> Option<&SentenceGate> {
        let (lexicon, ix) = self.language(code)?;
        ix.gate.get_or_init(|| SentenceGate::new(lexicon, self.wordings(code))).as_ref()
    }

    /// The proposition wordings of language `code` by anchor word.
    fn anchors(&self, code: &str) -> Option<&AnchorIndex> {
        let (_, ix) = self.language(code)?;
        Some(ix.anchors.get_or_init(|| anchor_index(self.wordings(code))))
    }

    /// Whether claims keep their trace. Traces cost memory on large corpora,
    /// so callers that will not show them turn them off.
    pub fn with_explain(mut self, explain: bool) -> Self {
        self.explain = explain;
        self
    }

    pub fn rules(&self) -> &Rules {
        self.rules
    }

    /// Every number written in `text` (digits, number words, scales), in
    /// order, as the figure reader reads them: "ستة آلاف وخمسمائة" is 6500.
    /// Whether a number counts people is not asked here. Empty when the
    /// language has no pack.
    pub fn read_numbers(&self, language: &str, text: &str) -> Vec<u64> {
        let Some(lexicon) = self.rules.lexicon(language) else { return Vec::new() };
        let normalized = normalize(text);
        let folded = normalized.as_str();
        let sentence = Sentence::new(folded, (0, folded.len()), lexicon, false, SentenceBuffers::default());
        let mut numbers = Vec::new();
        let mut i = 0;
        while i < sentence.len() {
            match figures::stated_figure(&sentence, i) {
                Some(f) => {
                    if let Written::Stated(v) = f.written {
                        numbers.push(v);
                    }
                    i = f.end;
                }
                None => i += 1,
            }
        }
        numbers
    }

    /// Extracts the claims of one document. `doc` is the index the claims
    /// will carry; `original` is the document's full text.
    pub fn extract(&self, doc: u32, meta: &DocumentMeta, original: &str) -> Extraction {
        self.extract_body(doc, meta, original, 0)
    }

    /// Like [`Extractor::extract`], ignoring the first `body_start` bytes
    /// (front matter) while keeping offsets into the whole text.
    pub fn extract_body(&self, doc: u32, meta: &DocumentMeta, original: &str, body_start: usize) -> Extraction {
        let mut out = Extraction::default();
        let language = meta.language.clone().or_else(|| detect_language(&original[body_start..]));
        out.language = language.clone();
        let (lexicon, gate) = match self.language_rules(language.as_ref()) {
            Ok(found) => found,
            Err((severity, message)) => {
                out.diagnostics.push(note(meta, severity, &message));
                return out;
            }
        };
        let normalized = normalize(original);
        let ctx = DocContext::new(meta, self.rules);
        let input = DocInput { doc, meta, original, normalized: &normalized, lexicon, ctx: &ctx };
        let ranges = sentence_ranges(&normalized, body_start, lexicon);
        self.read_sentences(&input, gate, &ranges, &mut out);
        out.claims.sort_by_key(|c| (c.span.start, c.span.end));
        number_lines(original, &mut out);
        out
    }

    /// The language pack and sentence gate of `language`, or the diagnostic
    /// that says why the article is not read.
    fn language_rules(&self, language: Option<&Language>) -> Result<(&Lexicon, &SentenceGate), (Severity, String)> {
        let Some(language) = language else {
            let message = "could not tell the article's language; give it in index.yaml or front matter";
            return Err((Severity::Warning, message.to_owned()));
        };
        match (self.rules.lexicon(language.as_str()), self.gate(language.as_str())) {
            (Some(lexicon), Some(gate)) => Ok((lexicon, gate)),
            // Nothing of the article can be used: an error, so the run says so in its exit code.
            _ => Err((
                Severity::Error,
                format!(
                    "no rule pack for language `{language}`: nothing extracted, the article is skipped \
                     (give its language in index.yaml or front matter if it was detected wrongly)"
                ),
            )),
        }
    }

    /// Reads each sentence at `ranges` that the gate lets through, then
    /// settles the denials still waiting and drops the statements they
    /// replaced.
    fn read_sentences(&self, input: &DocInput, gate: &SentenceGate, ranges: &[(usize, usize)], out: &mut Extraction) {
        let text = input.normalized.as_str();
        let layout = Layout::of(gate, text, ranges);
        let mut lattices = Lattices::new(text, ranges, input.lexicon, self.explain);
        let mut words = DenialWords { gate, text, ranges, known: vec![None; ranges.len()] };
        let mut state = DocState::default();
        for i in 0..ranges.len() {
            state.sentence = layout.index[i];
            out.sentences += 1;
            match layout.gated[i] {
                Gated::Read => {}
                // A headline verdict may answer what the body goes on to report.
                Gated::Refutation if state.answers_a_statement() || state.sentence == 0 => {}
                Gated::Refutation | Gated::Stop => continue,
            }
            layout.denials_of(i, (&mut lattices, &mut words), &mut state);
            let mut sentence = lattices.take(i);
            let conflict = input.ctx.conflict.as_deref();
            sentence.settle_conflict_cues(|c| self.rules.camp(c).cues_count_in(conflict));
            self.read_sentence(input, &sentence, &mut state, out);
            lattices.give_back(sentence);
        }
        settle_pending(&mut state, out, true, self.explain);
        if !state.dropped.is_empty() {
            let mut i = 0;
            out.claims.retain(|_| {
                i += 1;
                !state.dropped.contains(&(i - 1))
            });
        }
        quantity_claims::resolve_unnamed_enemies(&mut out.claims, self.rules, self.explain);
    }

    /// Reads one sentence: its figures, statements and denials become claims.
    fn read_sentence(&self, input: &DocInput, s: &Sentence, state: &mut DocState, out: &mut Extraction) {
        let (rules, lexicon) = (self.rules, input.lexicon);
        let cx = SentenceCtx::new(
            (rules, self.explain, input.doc),
            (input.original, input.normalized),
            s,
            input.ctx,
            state.sentence,
        );
        let token_original = |i: usize| {
            let span = cx.token_span(i, i + 1);
            input.original[span.start..span.end].to_owned()
        };
        let empty = AnchorIndex::default();
        let anchors = self.anchors(&lexicon.code).unwrap_or(&empty);
        let propositions = find_propositions(s, lexicon, rules, anchors, input.normalized);
        let terms = find_terms(s);
        // A term in construct with the word before it («جيش الاحتلال») is
        // part of that name, not a claim that ends a speaker's name.
        let claim_starts: Vec<usize> = propositions
            .iter()
            .map(|m| m.wording_start)
            .chain(terms.iter().map(|m| m.start).filter(|&k| !attribution::in_construct(s, rules, k)))
            .collect();
        let fresh = state.speaker_sentence.is_some_and(|k| k + 1 == state.sentence);
        let headline = state.sentence == 0 && ends_without_mark(&s.text[s.range.0..s.range.1]);
        let earlier = Earlier {
            previous: state.speaker.as_ref(),
            previous_fresh: fresh,
            mentions: &state.mentions,
            issuer: state.issuer.as_ref(),
            headline,
        };
        let frames = frames(s, rules, lexicon.subject_first, &earlier, &claim_starts);
        let quoted = quoted_frames(s, rules, lexicon.subject_first, &claim_starts);
        let mut figures = find_figures(s, &token_original);
        // "the toll has risen to 80, two senior officials said": a number in
        // the words that name a speaker counts the speakers.
        figures.retain(|f| !frames.iter().any(|fr| fr.speaker.is_some() && (fr.at..fr.end).contains(&f.start)));
        // Most sentences hold no figure: nothing to tie to a trigger.
        let (quantities, unlinked) =
            if figures.is_empty() { Default::default() } else { quantify(s, rules, &figures, state.metric) };
        let first_claim = out.claims.len();
        read_quantities(&cx, (&frames, &quoted), quantities, state, out);
        if let Some(under_denial) = read_propositions(&cx, (lexicon, &frames), propositions, state, out) {
            read_refutations(&cx, &frames, state, out);
            read_denials(&cx, &frames, (first_claim, &under_denial), state, out);
            read_terms(&cx, &frames, terms, out);
        }
        note_unlinked(input.meta, &cx, &unlinked, out);
        state.remember(s, rules, &frames);
    }
}

/// How many sentences of prose after a subhead may give the denial it announces.
const SUBHEAD_REACH: usize = 3;

/// The most words a caption or subhead has.
const MAX_CAPTION_WORDS: usize = 8;

/// Whether a sentence is a caption or a subhead: a few words that end on a
/// letter or digit, with no sentence mark.
fn is_caption(sentence: &str) -> bool {
    ends_without_mark(sentence) && sentence.split_whitespace().count() <= MAX_CAPTION_WORDS
}

/// Whether a sentence starting at byte `at` opens its line: a caption or
/// subhead stands alone on one; the last words of a headline after "..",
/// "X announces .. Y denies", are a sentence of that headline.
fn starts_a_line(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches([' ', '\t']).chars().next_back().is_none_or(|c| c == '\n' || c == '\r')
}

/// What the gate tells of a document's sentences, and where each stands.
struct Layout {
    /// Whether to read each sentence.
    gated: Vec<Gated>,
    /// Whether each is a caption or subhead.
    caption: Vec<bool>,
    /// The number of each among the sentences of prose: a caption or
    /// subhead between two of them keeps them neighbours, and sentences are
    /// counted gated or not ("denied it" answers the sentence before).
    index: Vec<usize>,
}

impl Layout {
    fn of(gate: &SentenceGate, text: &str, ranges: &[(usize, usize)]) -> Self {
        let gated = ranges.iter().map(|r| gate.read(&text[r.0..r.1])).collect();
        let caption: Vec<bool> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| i > 0 && starts_a_line(text, r.0) && is_caption(&text[r.0..r.1]))
            .collect();
        let index = caption
            .iter()
            .scan(0usize, |prose, &c| {
                let at = if c { prose.saturating_sub(1) } else { *prose };
                *prose += usize::from(!c);
                Some(at)
            })
            .collect();
        Self { gated, caption, index }
    }

    fn next_prose(&self, i: usize) -> Option<usize> {
        (i + 1..self.caption.len()).find(|&k| !self.caption[k])
    }

    /// Sets what sentence `i` is read for denials with. Its statements are
    /// kept for denials only when a denial word stands (as letters) in it or
    /// in one of the next two sentences of prose, and a denial act may stand
    /// in a sentence they stay kept for (a denial with words of its own may
    /// answer a statement two sentences back): there a denial verb, verdict
    /// or "no losses" stands, not only their letters. It is searched for
    /// denial acts only when it holds one of those. Each question is asked
    /// only when the answers before it leave it open.
    fn denials_of(&self, i: usize, (lattices, words): (&mut Lattices, &mut DenialWords), state: &mut DocState) {
        let mut reach = (i..self.index.len()).take_while(|&k| self.index[k] <= self.index[i] + WORDED_REACH);
        let act_at = |k: usize, lattices: &mut Lattices, words: &mut DenialWords| match self.gated[k] {
            Gated::Stop => false,
            Gated::Read => lattices.denies(k) && words.at(k),
            // Read only after a statement: its lattice is made only when a denial word stands.
            Gated::Refutation => words.at(k) && lattices.denies(k),
        };
        let answered = reach.any(|k| act_at(k, lattices, words));
        let next = self.next_prose(i);
        let near = |words: &mut DenialWords| {
            words.at(i)
                || next.is_some_and(|n| words.at(n))
                || next.and_then(|n| self.next_prose(n)).is_some_and(|n| words.at(n))
        };
        state.answerable = answered && near(words);
        state.deny_here = lattices.denies(i) && words.at(i);
        // A subhead announcing a denial that the next sentences give in full.
        state.subhead_of_denial = state.deny_here
            && self.caption[i]
            && (i + 1..self.index.len())
                .take_while(|&k| self.index[k] <= self.index[i] + SUBHEAD_REACH)
                .any(|k| !self.caption[k] && act_at(k, lattices, words));
    }
}

/// Whether one of the denial words stands (as letters) in each sentence:
/// the gate's denial scan, made only of the sentences a question needs.
struct DenialWords<'a> {
    gate: &'a SentenceGate,
    text: &'a str,
    ranges: &'a [(usize, usize)],
    known: Vec<Option<bool>>,
}

impl DenialWords<'_> {
    fn at(&mut self, i: usize) -> bool {
        let (gate, (a, b)) = (self.gate, self.ranges[i]);
        let sentence = &self.text[a..b];
        *self.known[i].get_or_insert_with(|| gate.may_deny(sentence))
    }
}

/// The token lattices of a document's sentences, each made once: at its
/// turn, or earlier when a sentence before it asks whether a denial stands
/// in it. Their storage passes from one sentence to the next.
struct Lattices<'t> {
    text: &'t str,
    ranges: &'t [(usize, usize)],
    lexicon: &'t Lexicon,
    explain: bool,
    ahead: Vec<(usize, Sentence<'t>)>,
    spare: Vec<SentenceBuffers<'t>>,
}

impl<'t> Lattices<'t> {
    fn new(text: &'t str, ranges: &'t [(usize, usize)], lexicon: &'t Lexicon, explain: bool) -> Self {
        Self { text, ranges, lexicon, explain, ahead: Vec::new(), spare: Vec::new() }
    }

    fn make(&mut self, range: (usize, usize)) -> Sentence<'t> {
        let buffers = self.spare.pop().unwrap_or_else(|| SentenceBuffers::with_room(range.1 - range.0));
        Sentence::new(self.text, range, self.lexicon, self.explain, buffers)
    }

    /// Whether a denial's words (a denial verb, a verdict, "no losses", a
    /// verb of carrying out an attack that may be negated) stand in
    /// sentence `i`: without them it holds no denial act.
    fn denies(&mut self, i: usize) -> bool {
        let at = match self.ahead.iter().position(|(k, _)| *k == i) {
            Some(at) => at,
            None => {
                let s = self.make(self.ranges[i]);
                self.ahead.push((i, s));
                self.ahead.len() - 1
            }
        };
        denials::may_deny(&self.ahead[at].1)
    }

    /// Sentence `i`, to read now.
    fn take(&mut self, i: usize) -> Sentence<'t> {
        match self.ahead.iter().position(|(k, _)| *k == i) {
            Some(at) => self.ahead.swap_remove(at).1,
            None => self.make(self.ranges[i]),
        }
    }

    fn give_back(&mut self, s: Sentence<'t>) {
        self.spare.push(s.into_buffers());
    }
}

/// One document being read: what every sentence of it shares.
struct DocInput<'a> {
    doc: u32,
    meta: &'a DocumentMeta,
    original: &'a str,
    normalized: &'a Normalized,
    lexicon: &'a Lexicon,
    ctx: &'a DocContext,
}

/// The normalised byte ranges of the sentences of the body, the text after
/// the first `body_start` bytes of the original.
fn sentence_ranges(normalized: &Normalized, body_start: usize, lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let body_norm_start = first_norm_offset_at_or_after(normalized, body_start);
    let body = &normalized.as_str()[body_norm_start..];
    let was_upper = |i: usize| normalized.was_uppercase(body_norm_start + i);
    sentences_with_case(body, &was_upper, &lexicon.segmentation)
        .into_iter()
        .map(|range| (range.0 + body_norm_start, range.1 + body_norm_start))
        .collect()
}

/// A note for each figure of the sentence tied to no metric.
fn note_unlinked(meta: &DocumentMeta, cx: &SentenceCtx, unlinked: &[Figure], out: &mut Extraction) {
    for f in unlinked {
        let span = cx.token_span(f.start, f.end);
        let figure = &cx.original[span.start..span.end];
        out.diagnostics.push(Diagnostic {
            severity: Severity::Note,
            path: meta.path.clone(),
            span: Some(span),
            line_col: None,
            message: format!("figure \"{figure}\" is tied to no metric: no trigger word near it"),
        });
    }
}

/// The figures the figure reader finds in `text`, read as one sentence of
/// `language`, before any is tied to a metric: each figure's byte range in
/// `text` and its count (none for a vague one such as "hundreds"). Extraction
/// does not call this; it is the reader's entry point for fuzzing and for
/// tests of the reader alone. An unknown language has no figures.
pub fn read_figures(rules: &Rules, language: &str, text: &str) -> Vec<(Span, Option<u64>)> {
    let Some(lexicon) = rules.lexicon(language) else { return Vec::new() };
    let normalized = normalize(text);
    let folded = normalized.as_str();
    let s = Sentence::new(folded, (0, folded.len()), lexicon, false, SentenceBuffers::default());
    let token_original = |i: usize| {
        let (a, b) = normalized.original_range(s.tokens[i].start, s.tokens[i].end);
        text[a..b].to_owned()
    };
    find_figures(&s, &token_original)
        .into_iter()
        .map(|f| {
            let (a, b) = s.byte_range(f.start, f.end);
            let (a, b) = normalized.original_range(a, b);
            let count = match f.written {
                Written::Stated(v) | Written::Implicit(v) | Written::Range { low: v, .. } => Some(v),
                Written::Vague { .. } => None,
            };
            (Span::new(a, b), count)
        })
        .collect()
}

/// The first offset in the normalised text that maps at or after
/// `original_offset` in the original (where the body starts after front matter).
fn first_norm_offset_at_or_after(normalized: &Normalized, original_offset: usize) -> usize {
    if original_offset == 0 {
        return 0;
    }
    let text = normalized.as_str();
    let mut lo = 0;
    let mut hi = text.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        if normalized.original_range(mid, mid + 1).0 < original_offset { lo = mid + 1 } else { hi = mid }
    }
    while lo < text.len() && !text.is_char_boundary(lo) {
        lo += 1;
    }
    lo
}

fn note(meta: &DocumentMeta, severity: Severity, message: &str) -> Diagnostic {
    Diagnostic { severity, path: meta.path.clone(), span: None, line_col: None, message: message.to_owned() }
}

/// A phrase's words joined by single spaces: a speaker's key when no actor is known.
pub(crate) fn normalize_key(text: &str) -> String {
    // Text folded already (no whitespace but single spaces between words) is its own key.
    if lines::is_folded(text) {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two speaker keys name one speaker: the same key, or, when their
/// camps may be one party's, the same last word ("Colonel Didier Badjeck"
/// and "colonel Badjeck").
/// A title ("MNDAA spokesman", "junta spokesman") names no one.
pub(crate) fn same_speaker(a: &str, b: &str, compatible_camps: bool, grammar: &crosscheck_rules::Grammar) -> bool {
    let last = |k: &str| k.split_whitespace().last().map(str::to_lowercase);
    let name = |w: &String| w.chars().count() > 2 && !grammar.is_office_title(w);
    a == b || (compatible_camps && last(a).is_some_and(|w| name(&w)) && last(a) == last(b))
}

/// Detects the language of an article's text (ISO 639-1 where known).
pub fn detect_language(text: &str) -> Option<Language> {
    let sample: String = text.chars().take(4000).collect();
    let info = whatlang::detect(&sample)?;
    let code = match info.lang() {
        whatlang::Lang::Ara => "ar",
        whatlang::Lang::Eng => "en",
        whatlang::Lang::Rus => "ru",
        whatlang::Lang::Fra => "fr",
        whatlang::Lang::Deu => "de",
        whatlang::Lang::Spa => "es",
        whatlang::Lang::Tur => "tr",
        whatlang::Lang::Ukr => "uk",
        whatlang::Lang::Pes => "fa",
        whatlang::Lang::Heb => "he",
        other => other.code(),
    };
    Some(Language::new(code))
}
