//! Extraction: one article in, its attributed claims and diagnostics out.
//!
//! Extraction is per document and pure: it reads nothing but the text and
//! metadata it is given, keeps nothing between documents, and never prints.
//! The extractor knows nothing about other articles, comparison, or output
//! formats.

mod analysis;
mod attribution;
mod context;
mod figures;
mod gate;
mod propositions;

use crosscheck_model::{
    Claim, ClaimKind, Diagnostic, DocumentMeta, Language, Proposition, Quantity, Scope, Severity, Span, Speaker, Term,
};
use crosscheck_rules::{Lexicon, Rules, SlotKind, Tag};
use crosscheck_text::{Normalized, normalize, sentences_with_case};

use crate::analysis::{Sentence, SentenceBuffers};
use crate::attribution::{Resolved, frames, governing, phrase_forward, resolve};
use crate::context::{DocContext, event_of, last_place, last_place_before, last_region, place_of, scope_of, time_of};
use crate::figures::{SideHint, Written, find_figures, quantify};
pub use crate::gate::{Gated, SentenceGate};
use crate::propositions::{
    AnchorIndex, Hearsay, SlotValue, anchor_index, find_propositions, find_refutations, find_terms,
};

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
    gates: Vec<(String, SentenceGate)>,
    /// Per language: anchor word → proposition wordings.
    anchors: Vec<(String, AnchorIndex)>,
    /// Keep each claim's trace (how it was found); off, claims carry none.
    explain: bool,
}

impl<'r> Extractor<'r> {
    pub fn new(rules: &'r Rules) -> Self {
        let gates = rules
            .languages
            .iter()
            .filter_map(|(code, lexicon)| {
                let wordings = rules.patterns.get(code).map_or(&[][..], Vec::as_slice);
                Some((code.clone(), SentenceGate::new(lexicon, wordings)?))
            })
            .collect();
        let anchors = rules.patterns.iter().map(|(code, patterns)| (code.clone(), anchor_index(patterns))).collect();
        Self { rules, gates, anchors, explain: true }
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
        let Some(language) = language else {
            out.diagnostics.push(note(
                meta,
                Severity::Warning,
                "could not tell the article's language; give it in index.yaml or front matter",
            ));
            return out;
        };
        let (Some(lexicon), Some(gate)) = (
            self.rules.lexicon(language.as_str()),
            self.gates.iter().find(|(c, _)| c == language.as_str()).map(|(_, g)| g),
        ) else {
            // Nothing of the article can be used: an error, so the run says so in its exit code.
            let message = format!(
                "no rule pack for language `{language}`: nothing extracted, the article is skipped \
                 (give its language in index.yaml or front matter if it was detected wrongly)"
            );
            out.diagnostics.push(note(meta, Severity::Error, &message));
            return out;
        };
        let normalized = normalize(original);
        let body_norm_start = first_norm_offset_at_or_after(&normalized, body_start);
        let ctx = DocContext::new(meta, self.rules);
        let mut state = DocState::default();
        let mut buffers = SentenceBuffers::default();
        let text = normalized.as_str();
        let body = &text[body_norm_start..];
        let was_upper = |i: usize| normalized.was_uppercase(body_norm_start + i);
        for range in sentences_with_case(body, &was_upper) {
            let range = (range.0 + body_norm_start, range.1 + body_norm_start);
            // Sentences are counted in the text, gated or not: "denied it" answers the sentence before.
            state.sentence = out.sentences;
            out.sentences += 1;
            match gate.read(&text[range.0..range.1]) {
                Gated::Read => {}
                Gated::Refutation if state.answers_a_statement() => {}
                Gated::Refutation | Gated::Stop => continue,
            }
            let sentence = Sentence::new(text, range, lexicon, self.explain, std::mem::take(&mut buffers));
            self.read_sentence(doc, meta, original, &normalized, &sentence, lexicon, &ctx, &mut state, &mut out);
            buffers = sentence.into_buffers();
        }
        out.claims.sort_by_key(|c| (c.span.start, c.span.end));
        number_lines(original, &mut out);
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn read_sentence(
        &self,
        doc: u32,
        meta: &DocumentMeta,
        original: &str,
        normalized: &Normalized,
        s: &Sentence,
        lexicon: &Lexicon,
        ctx: &DocContext,
        state: &mut DocState,
        out: &mut Extraction,
    ) {
        let rules = self.rules;
        let to_original = |(a, b): (usize, usize)| {
            let (s, e) = normalized.original_range(a, b);
            Span::new(s, e)
        };
        let token_original = |i: usize| {
            let span = to_original((s.tokens[i].start, s.tokens[i].end));
            original[span.start..span.end].to_owned()
        };
        let empty = AnchorIndex::default();
        let anchors = self.anchors.iter().find(|(c, _)| *c == lexicon.code).map_or(&empty, |(_, a)| a);
        let propositions = find_propositions(s, lexicon, rules, anchors);
        let terms = find_terms(s);
        let claim_starts: Vec<usize> =
            propositions.iter().map(|m| m.wording_start).chain(terms.iter().map(|m| m.start)).collect();
        let fresh = state.speaker_sentence.is_some_and(|k| k + 1 == state.sentence);
        let frames =
            frames(s, rules, lexicon.subject_first, state.speaker.as_ref(), fresh, &state.mentions, &claim_starts);
        let figures = find_figures(s, &token_original, lexicon.subject_first);
        let (quantities, unlinked) = quantify(s, rules, &figures, state.metric);
        let evidence = to_original(s.range);
        let headline = is_headline(original, evidence, state.sentence);
        // The folded sentence is made once, and only for sentences that hold a claim.
        let text = std::cell::OnceCell::new();
        let text =
            || -> String { text.get_or_init(|| fold_whitespace(&original[evidence.start..evidence.end])).clone() };
        // The metrics of this sentence's figures so far.
        let mut metrics_here: Vec<u16> = Vec::new();
        for q in quantities {
            let frame = governing(&frames, q.span.0, q.span.1);
            let speaker = frame.and_then(|f| f.speaker.as_ref());
            let (speaker_out, camp, speaker_how) = self.speaker_fields(original, normalized, speaker, frame.is_some());
            let (time, time_how) = time_of(s, q.span.0, ctx);
            let (event, event_how) = event_of(s, q.figure.start, rules, ctx, time.as_ref());
            let (scope, scope_how) = scope_of(s, q.span, state.scope);
            state.scope = scope;
            // One soldier killed is a single death, never a war's toll.
            let (scope, scope_how) = if q.figure.single && !q.subset {
                (Scope::Incident, s.how(|| "scope incident: one person counted by a noun".into()))
            } else {
                (scope, scope_how)
            };
            let own_place = place_of(s, rules, q.span);
            // An incident's place: the claim's own, else the last one named
            // earlier in its sentence ("shelled Ganja with rockets, killing 9"),
            // else the last one the article named.
            let place = match (&own_place, scope) {
                (Some(_), _) => own_place.clone(),
                (None, Scope::Incident) => last_place_before(s, rules, q.span.0).or_else(|| state.place.clone()),
                (None, Scope::Event) => None,
            };
            let scope = if place.is_some() { Scope::Incident } else { scope };
            let speaker_camp = speaker.and_then(|r| r.camp);
            // A state no conflict pack gives a side counts its own people as its side:
            // "600 Ukrainian servicemen", "Russia conceded 89 troops had died".
            let side_of_camp = |c: usize| {
                let camp = &rules.camps[c];
                camp.side.clone().or_else(|| camp.state.then(|| camp.id.clone()))
            };
            let side = q.side.and_then(|hint| match hint {
                SideHint::Own => speaker_camp.and_then(side_of_camp),
                SideHint::Enemy => speaker_camp.and_then(|c| rules.camps[c].enemy.clone()),
                SideHint::Camp(c) => side_of_camp(c),
            });
            let (value, metric) = match q.figure.written {
                Written::Stated(v) | Written::Implicit(v) | Written::Range { low: v, .. } => {
                    (Some(v), rules.metrics[q.metric as usize].id.clone())
                }
                Written::Vague { .. } => (None, rules.metrics[q.metric as usize].id.clone()),
            };
            state.metric = Some(q.metric);
            // "another 21", "33 آخرون": an addition only after a figure of the same metric and
            // population, and not when "others" sets it apart from another metric's figure just
            // before ("قتل 7 وأصيب 33 آخرون").
            let counted = (q.metric, q.population);
            let set_apart = metrics_here.iter().any(|&m| m != q.metric);
            let increment = q.increment
                || q.others
                    && !set_apart
                    && state
                        .counted
                        .iter()
                        .any(|&(m, p)| m == q.metric && (p == q.population || q.population.is_none()));
            metrics_here.push(q.metric);
            if !state.counted.contains(&counted) {
                state.counted.push(counted);
            }
            // A figure inside a denial belongs to whoever the denial says made it, never to the denier.
            let denial = frame
                .and_then(|f| (f.at.min(q.span.0)..q.span.0).find(|&k| s.has_at(k, |t| matches!(t, Tag::DenialVerb))));
            let (speaker_out, camp, speaker_how) = if let Some(denial) = denial {
                self.denied_figure_owner(original, normalized, s, (q.span.0, denial), speaker)
            } else {
                (speaker_out, camp, speaker_how)
            };
            let span = to_original(s.byte_range(q.span.0, q.span.1));
            out.claims.push(Claim {
                doc,
                span,
                quote: fold_whitespace(&original[span.start..span.end]),
                // Numbered in one pass over the text once the document is read.
                line: 0,
                evidence: evidence_of(original, evidence, span).unwrap_or(evidence),
                text: evidence_of(original, evidence, span)
                    .map_or_else(text, |e| fold_whitespace(&original[e.start..e.end])),
                speaker: speaker_out,
                camp,
                event,
                place,
                time,
                scope,
                headline,
                kind: ClaimKind::Quantity(Quantity {
                    metric,
                    value,
                    qualifier: q.qualifier,
                    interval: q.interval,
                    population: q.population.map(|p| rules.populations[p as usize].id.clone()),
                    side,
                    increment,
                    subset: q.subset,
                }),
                trace: if self.explain { vec![q.how, speaker_how, time_how, event_how, scope_how] } else { Vec::new() },
            });
        }
        self.read_statements(doc, original, normalized, s, lexicon, ctx, &frames, (propositions, terms), state, out);
        for f in unlinked {
            let span = to_original(s.byte_range(f.start, f.end));
            let figure = &original[span.start..span.end];
            out.diagnostics.push(Diagnostic {
                severity: Severity::Note,
                path: meta.path.clone(),
                span: Some(span),
                line_col: None,
                message: format!("figure \"{figure}\" is tied to no metric: no trigger word near it"),
            });
        }
        // "وأضاف" in the next sentence continues the main speaker: the first one here.
        if let Some(main) = frames.iter().find_map(|f| f.speaker.clone()) {
            state.speaker = Some(main);
            state.speaker_sentence = Some(state.sentence);
        }
        // Full mentions with a camp, for short forms later ("the ministry").
        let named = frames.iter().filter_map(|f| f.speaker.as_ref());
        state.mentions.extend(named.filter(|r| r.actor.is_some() || r.camp.is_some()).cloned());
        if let Some(place) = last_place(s, rules) {
            state.place = Some(place);
        }
        if let Some(region) = last_region(s, rules) {
            state.region = Some(region);
        }
    }

    /// Propositions, refutations and framing terms of one sentence.
    #[allow(clippy::too_many_arguments)]
    fn read_statements(
        &self,
        doc: u32,
        original: &str,
        normalized: &Normalized,
        s: &Sentence,
        lexicon: &Lexicon,
        ctx: &DocContext,
        frames: &[attribution::Frame],
        (propositions, terms): (Vec<propositions::PropositionMatch>, Vec<crosscheck_rules::Match>),
        state: &mut DocState,
        out: &mut Extraction,
    ) {
        let rules = self.rules;
        let evidence = {
            let (a, b) = normalized.original_range(s.range.0, s.range.1);
            Span::new(a, b)
        };
        let state_sentence = state.sentence;
        // The folded sentence is made once, and only for sentences that hold a claim.
        let text = std::cell::OnceCell::new();
        let text =
            || -> String { text.get_or_init(|| fold_whitespace(&original[evidence.start..evidence.end])).clone() };
        let base = |start: usize,
                    end: usize,
                    speaker: Option<&Resolved>,
                    framed: bool,
                    kind: ClaimKind,
                    mut trace: Vec<String>| {
            let (a, b) = normalized.original_range(s.tokens[start].start, s.tokens[end - 1].end);
            let span = Span::new(a, b);
            let (speaker_out, camp, speaker_how) = self.speaker_fields(original, normalized, speaker, framed);
            let (time, time_how) = time_of(s, start, ctx);
            let (event, event_how) = event_of(s, start, rules, ctx, time.as_ref());
            trace.extend([speaker_how, time_how, event_how]);
            Claim {
                doc,
                span,
                quote: fold_whitespace(&original[a..b]),
                line: 0,
                evidence: evidence_of(original, evidence, span).unwrap_or(evidence),
                text: evidence_of(original, evidence, span)
                    .map_or_else(text, |e| fold_whitespace(&original[e.start..e.end])),
                speaker: speaker_out,
                camp,
                event,
                place: None,
                time,
                scope: Scope::Event,
                headline: is_headline(original, evidence, state_sentence),
                kind,
                trace: if self.explain { trace } else { Vec::new() },
            }
        };
        let Some(patterns) = rules.patterns.get(&lexicon.code) else { return };
        for m in propositions {
            let pattern = &patterns[m.pattern];
            let template = &rules.propositions[pattern.proposition as usize];
            let frame = governing(frames, m.start, m.end);
            let hearsay = match m.hearsay {
                Some(Hearsay::Reports(a, b)) => Some(Resolved {
                    range: s.byte_range(a, b),
                    phrase: s.byte_range(a, b),
                    actor: None,
                    camp: rules.camp_index("media"),
                    how: "the statement is attributed to reports: the media's voice".into(),
                }),
                Some(Hearsay::Allegation(a, b)) => {
                    let (_, end) = phrase_forward(s, rules, b, &[]);
                    let end = if b <= m.start { end.min(m.start).max(b) } else { end.max(b) };
                    let r = resolve(s, rules, (a, end), "the statement is attributed to an accusation");
                    // An accusation nobody owns is nobody's assertion.
                    if r.camp.is_none() {
                        continue;
                    }
                    Some(r)
                }
                None => None,
            };
            let speaker = hearsay.as_ref().or(frame.and_then(|f| f.speaker.as_ref()));
            let speaker_side = speaker.and_then(|r| r.camp).and_then(|c| rules.camps[c].side.clone());
            let value = |kind: SlotKind| -> String {
                let bound = m.slots.iter().find(|(k, _)| *k == kind).map(|(_, v)| *v);
                match (kind, bound) {
                    (_, Some(SlotValue::Place(p))) => rules.places[p as usize].id.clone(),
                    (_, Some(SlotValue::Camp(c))) => rules.camps[c].side.clone().unwrap_or_default(),
                    (_, Some(SlotValue::Own)) | (SlotKind::Side, None) => {
                        speaker_side.clone().unwrap_or_else(|| "unknown".into())
                    }
                    (_, Some(SlotValue::RegionAnaphor)) | (SlotKind::Region | SlotKind::Place, None) => {
                        state.region.clone().unwrap_or_else(|| "region".into())
                    }
                    (SlotKind::City, None) => "unknown".into(),
                    (SlotKind::Day, _) => {
                        time_of(s, m.start, ctx).0.map_or_else(|| "undated".into(), |t| t.latest.to_string())
                    }
                }
            };
            let slots: Vec<(String, String)> =
                template.slots.iter().map(|&k| (k.name().to_owned(), value(k))).collect();
            let mut id = template.id.clone();
            for (_, v) in &slots {
                id.push(':');
                id.push_str(v);
            }
            let kind =
                ClaimKind::Proposition(Proposition { id, template: template.id.clone(), slots, polarity: m.polarity });
            let claim = base(m.start, m.end, speaker, frame.is_some() || hearsay.is_some(), kind, vec![m.how.clone()]);
            out.claims.push(claim);
            state.last_proposition = Some((out.claims.len() - 1, state.sentence));
        }
        let mut refuted: Vec<usize> = Vec::new();
        for r in find_refutations(s) {
            let Some((index, _)) = state.last_proposition else { continue };
            // "لا أساس لها وزائفة": two refutations of one statement are one denial.
            if refuted.contains(&index) {
                continue;
            }
            refuted.push(index);
            if !state.answers_a_statement()
                || out.claims[index].span.start
                    >= normalized.original_range(s.tokens[r.start].start, s.tokens[r.start].end).0
            {
                continue;
            }
            let Some(target) = out.claims[index].proposition().cloned() else { continue };
            let frame = governing(frames, r.start, r.end());
            let how = s.how(|| {
                format!(
                    "\"{}\" rejects the statement \"{}\" made just before",
                    s.words(r.start, r.end()),
                    out.claims[index].quote
                )
            });
            let kind = ClaimKind::Proposition(Proposition { polarity: target.polarity.flip(), ..target });
            let claim =
                base(r.start, r.end(), frame.and_then(|f| f.speaker.as_ref()), frame.is_some(), kind, vec![how]);
            out.claims.push(claim);
        }
        for m in terms {
            let Tag::Term(t) = m.tag else { continue };
            let term = &rules.terms[t as usize];
            let frame = governing(frames, m.start, m.end());
            let kind = ClaimKind::Term(Term { frame: term.frame.clone(), topic: term.topic.clone() });
            let how = s.how(|| format!("framing term for `{}`: frame `{}`", term.topic, term.frame));
            out.claims.push(base(
                m.start,
                m.end(),
                frame.and_then(|f| f.speaker.as_ref()),
                frame.is_some(),
                kind,
                vec![how],
            ));
        }
    }

    /// Who made a figure that a denial quotes: the party its object names
    /// ("Russia's claim that…", "مزاعم أذربيجان"), else nobody (camp unknown).
    fn denied_figure_owner(
        &self,
        original: &str,
        normalized: &Normalized,
        s: &Sentence,
        (figure, denial): (usize, usize),
        denier: Option<&Resolved>,
    ) -> (Option<Speaker>, Option<String>, String) {
        let owner = allegation_owner(s, self.rules, denial, figure, denier);
        match owner {
            Some(r) => {
                let (speaker, camp, how) = self.speaker_fields(original, normalized, Some(&r), true);
                (speaker, camp, format!("{how}; the figure stands inside a denial and is the denied party's"))
            }
            None => {
                (None, None, "speaker: the figure stands inside a denial, and the text names nobody who gave it".into())
            }
        }
    }

    fn speaker_fields(
        &self,
        original: &str,
        normalized: &Normalized,
        speaker: Option<&Resolved>,
        framed: bool,
    ) -> (Option<Speaker>, Option<String>, String) {
        match speaker {
            Some(r) => {
                let (s, e) = normalized.original_range(r.range.0, r.range.1);
                let text = fold_whitespace(&original[s..e]);
                let actor = r.actor.map(|a| self.rules.actors[a as usize].id.clone());
                let camp = r.camp.map(|c| self.rules.camp_id(c).to_owned());
                let how = if self.explain { format!("speaker: {}", r.how) } else { String::new() };
                (Some(Speaker { text, span: Span::new(s, e), actor }), camp, how)
            }
            None if framed => (None, None, "speaker: a reporting verb with no subject and no earlier speaker".into()),
            None => (None, Some("media".to_owned()), "speaker: nobody is quoted, so the article's own voice".into()),
        }
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
    find_figures(&s, &token_original, lexicon.subject_first)
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

/// What carries from one sentence to the next within a document.
#[derive(Debug)]
struct DocState {
    speaker: Option<Resolved>,
    metric: Option<u16>,
    scope: Scope,
    /// The last locality the article named.
    place: Option<String>,
    /// The last region the article named, for "the region".
    region: Option<String>,
    /// The last proposition claim and the sentence it stands in, for refutations.
    last_proposition: Option<(usize, usize)>,
    /// The index of the sentence being read, in the document.
    sentence: usize,
    /// Each (metric, population) a figure has counted so far.
    counted: Vec<(u16, Option<u16>)>,
    /// Every speaker so far that an actor or camp was found for.
    mentions: Vec<Resolved>,
    /// The sentence `speaker` was last set in.
    speaker_sentence: Option<usize>,
}

impl DocState {
    /// Whether a refutation in the current sentence could answer a statement:
    /// one was made in this sentence or the one just before.
    fn answers_a_statement(&self) -> bool {
        self.last_proposition.is_some_and(|(_, sentence)| sentence + 1 >= self.sentence)
    }
}

impl Default for DocState {
    fn default() -> Self {
        Self {
            speaker: None,
            mentions: Vec::new(),
            speaker_sentence: None,
            metric: None,
            scope: Scope::Event,
            place: None,
            region: None,
            last_proposition: None,
            sentence: 0,
            counted: Vec::new(),
        }
    }
}

/// How many tokens from an allegation word its owner may stand: "Russia's claim".
const OWNER_REACH: usize = 4;

/// The party named as the owner of the claim a denial rejects: "Russia's
/// claim", "Russian claims", "مزاعم أذربيجان", between the denial at token
/// `denial` and what it quotes at `figure`.
fn allegation_owner(
    s: &Sentence,
    rules: &Rules,
    denial: usize,
    figure: usize,
    denier: Option<&Resolved>,
) -> Option<Resolved> {
    let allegation = (denial..figure).find_map(|k| s.find_at(k, |t| matches!(t, Tag::Allegation)))?;
    // The denier may stand between the verb and the allegation ("نفت أرمينيا مزاعم ..."): not its owner.
    let after_denier = denier.map_or(denial + 1, |d| {
        (denial + 1..allegation.start).find(|&k| s.tokens[k].start >= d.range.1).unwrap_or(allegation.start)
    });
    let before = (allegation.start.saturating_sub(OWNER_REACH).max(denial + 1).max(after_denier), allegation.start);
    let after = (allegation.end(), (allegation.end() + OWNER_REACH).min(figure));
    [after, before]
        .into_iter()
        .filter(|(a, b)| a < b)
        .map(|range| resolve(s, rules, range, "the owner of the claim the denial quotes"))
        .find(|r| r.camp.is_some())
}

/// Whether the sentence at `evidence` is the article's headline: its first
/// sentence, ending without a full stop (a title restates the body).
fn is_headline(original: &str, evidence: Span, sentence: usize) -> bool {
    sentence == 0
        && original[evidence.start..evidence.end].trim_end().chars().next_back().is_some_and(|c| c.is_alphanumeric())
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

/// Gives each claim its line, and each diagnostic with a span its line and
/// column, in one pass over the text: counting from the start of the text
/// for each of them would cost the text's length per claim.
fn number_lines(original: &str, out: &mut Extraction) {
    enum Target {
        Claim(usize),
        Diagnostic(usize),
    }
    let mut targets: Vec<(usize, Target)> =
        out.claims.iter().enumerate().map(|(i, c)| (c.span.start, Target::Claim(i))).collect();
    targets.extend(
        out.diagnostics
            .iter()
            .enumerate()
            .filter(|(_, d)| d.line_col.is_none())
            .filter_map(|(i, d)| Some((d.span?.start, Target::Diagnostic(i)))),
    );
    targets.sort_by_key(|(offset, _)| *offset);
    let (mut at, mut line, mut col) = (0usize, 1usize, 1usize);
    for (offset, target) in targets {
        let offset = offset.min(original.len());
        if offset > at {
            let stretch = &original.as_bytes()[at..offset];
            match memchr::memrchr(b'\n', stretch) {
                Some(last) => {
                    line += memchr::memchr_iter(b'\n', stretch).count();
                    col = 1 + count_chars(&stretch[last + 1..]);
                }
                None => col += count_chars(stretch),
            }
            at = offset;
        }
        match target {
            Target::Claim(i) => out.claims[i].line = line as u32,
            Target::Diagnostic(i) => out.diagnostics[i].line_col = Some((line, col)),
        }
    }
}

/// Characters in a stretch of UTF-8 bytes (continuation bytes are not counted).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = line_of(text, offset);
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The 1-based line of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &text.as_bytes()[..offset.min(text.len())]).count() + 1
}

/// Collapses runs of whitespace (hard wraps included) to one space.
pub fn fold_whitespace(text: &str) -> String {
    if is_folded(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    // Invisible controls (a bidi override, a zero-width space) stay in the
    // span, never in the text shown.
    let visible = |c: &char| !crosscheck_text::is_format_control(*c);
    for word in text.split_whitespace().filter(|w| w.chars().any(|c| visible(&c))) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(visible));
    }
    out
}

/// Whether `text` is already folded: single ASCII spaces between words, none
/// at the ends, and no byte that could start other whitespace or a format
/// control (the lead bytes of U+0085, U+00A0, U+00AD, the U+1680–U+3000
/// spaces and controls, U+FEFF; Arabic letters use none) and no U+061C.
fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    let mut prev = 0u8;
    for &b in bytes {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // 0xEF leads U+FEFF and U+FFF9..; 0xD8 0x9C is U+061C.
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => return false,
            0x9C if prev == 0xD8 => return false,
            _ => after_space = false,
        }
        prev = b;
    }
    !after_space || bytes.is_empty()
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

#[cfg(test)]
mod tests {
    use super::fold_whitespace;

    #[test]
    fn folding_whitespace_agrees_with_splitting_on_it() {
        let cases = [
            "",
            " ",
            "one",
            "one two",
            "one  two",
            " one two",
            "one two ",
            "one\ntwo",
            "one\r\ntwo\t three",
            "قال المتحدث\nإن 12 مدنيا",
            "a\u{a0}b",
            "a\u{2009}b\u{3000}c\u{1680}d\u{85}e",
            "“quoted” – dash",
        ];
        for text in cases {
            let reference = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(fold_whitespace(text), reference, "{text:?}");
        }
    }
}
