//! Extraction: one article in, its attributed claims and diagnostics out.
//!
//! Extraction is per document and pure: it reads nothing but the text and
//! metadata it is given, keeps nothing between documents, and never prints.
//! The extractor knows nothing about other articles, comparison, or output
//! formats.

mod analysis;
mod attribution;
mod context;
mod denials;
mod figures;
mod gate;
mod propositions;

use crosscheck_model::{
    Claim, ClaimKind, Diagnostic, DocumentMeta, FIGURE_TEMPLATE, Language, Polarity, Proposition, Quantity,
    STATEMENT_TEMPLATE, Scope, Severity, Span, Speaker, Term,
};
use crosscheck_rules::{Lexicon, Rules, SlotKind, Tag};
use crosscheck_text::{Normalized, normalize, sentences_with_case};

use crate::analysis::{Sentence, SentenceBuffers};
use crate::attribution::{Resolved, frames, governing, phrase_forward, resolve};
use crate::context::{DocContext, event_of, last_place, last_place_before, last_region, place_of, scope_of, time_of};
use crate::denials::{DenialScan, Trigger, find_denials};
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
    /// Per language: whether a sentence may hold a denial.
    denial_scans: Vec<(String, DenialScan)>,
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
        let denial_scans =
            rules.languages.iter().map(|(code, lexicon)| (code.clone(), DenialScan::new(lexicon))).collect();
        Self { rules, gates, anchors, denial_scans, explain: true }
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
        let ranges: Vec<(usize, usize)> = sentences_with_case(body, &was_upper, &lexicon.segmentation)
            .into_iter()
            .map(|range| (range.0 + body_norm_start, range.1 + body_norm_start))
            .collect();
        let scan = self.denial_scans.iter().find(|(c, _)| c == language.as_str()).map(|(_, d)| d);
        let may_deny = |i: usize| ranges.get(i).is_some_and(|r| scan.is_none_or(|d| d.may_deny(&text[r.0..r.1])));
        let mut deny_next = may_deny(0);
        for (i, &range) in ranges.iter().enumerate() {
            // A statement is kept for denials only when one may stand in this sentence or the next.
            state.deny_here = deny_next;
            deny_next = may_deny(i + 1);
            // A denial with words of its own may answer a statement two sentences back.
            state.deny_next = deny_next || may_deny(i + 2);
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
        settle_pending(&mut state, &mut out, true, self.explain);
        if !state.dropped.is_empty() {
            let mut i = 0;
            out.claims.retain(|_| {
                i += 1;
                !state.dropped.contains(&(i - 1))
            });
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
        let propositions = find_propositions(s, lexicon, rules, anchors, normalized);
        let terms = find_terms(s);
        let claim_starts: Vec<usize> =
            propositions.iter().map(|m| m.wording_start).chain(terms.iter().map(|m| m.start)).collect();
        let fresh = state.speaker_sentence.is_some_and(|k| k + 1 == state.sentence);
        let frames =
            frames(s, rules, lexicon.subject_first, state.speaker.as_ref(), fresh, &state.mentions, &claim_starts);
        let figures = find_figures(s, &token_original);
        let (quantities, unlinked) = quantify(s, rules, &figures, state.metric);
        let evidence = to_original(s.range);
        let headline = is_headline(original, evidence, state.sentence);
        // The folded sentence is made once, and only for sentences that hold a claim.
        let text = std::cell::OnceCell::new();
        let text =
            || -> String { text.get_or_init(|| fold_whitespace(&original[evidence.start..evidence.end])).clone() };
        // The metrics of this sentence's figures so far.
        let mut metrics_here: Vec<u16> = Vec::new();
        let first_claim = out.claims.len();
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
            let side = q.side.and_then(|hint| match hint {
                SideHint::Own => speaker_camp.and_then(|c| rules.camps[c].side.clone()),
                // "X said it had killed 300": the enemy of a speaker whose enemy is
                // not known is still nobody else's count.
                SideHint::Enemy => speaker_camp.and_then(|c| rules.camps[c].enemy.clone()).or_else(|| {
                    speaker.map(|r| {
                        let who = r.actor.map_or_else(
                            || normalize_key(&s.text[r.range.0..r.range.1]),
                            |a| rules.actors[a as usize].id.clone(),
                        );
                        format!("enemy of {who}")
                    })
                }),
                SideHint::Camp(c) => rules.camps[c].side.clone(),
            });
            if matches!(q.figure.written, Written::Implicit(_)) {
                state.implicit.push(out.claims.len());
            }
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
        self.read_statements(
            doc,
            original,
            normalized,
            s,
            lexicon,
            ctx,
            &frames,
            (propositions, terms),
            first_claim,
            state,
            out,
        );
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
        // Full mentions with a camp, for short forms later ("the ministry"):
        // each distinct phrase once, at its latest mention, and only the most
        // recent ones, so that a long article costs no more per sentence than
        // a short one.
        for r in frames.iter().filter_map(|f| f.speaker.as_ref()).filter(|r| r.actor.is_some() || r.camp.is_some()) {
            let text = &s.text[r.phrase.0..r.phrase.1];
            state
                .mentions
                .retain(|m| m.actor != r.actor || m.camp != r.camp || s.text[m.phrase.0..m.phrase.1] != *text);
            if state.mentions.len() == MENTIONS_KEPT {
                state.mentions.remove(0);
            }
            state.mentions.push(r.clone());
        }
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
        first_claim: usize,
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
        let mut under_denial: Vec<(usize, usize, usize)> = Vec::new();
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
                    (_, Some(SlotValue::LocalityAnaphor)) => state.place.clone().unwrap_or_else(|| "unknown".into()),
                    (_, Some(SlotValue::Named(k))) => {
                        // The name as written: its last letters are no clitic.
                        lexicon.canonical_place_name(s.word(k))
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
            let kind = ClaimKind::Proposition(Proposition {
                id,
                template: template.id.clone(),
                slots,
                polarity: m.polarity,
                target: None,
            });
            let claim = base(m.start, m.end, speaker, frame.is_some() || hearsay.is_some(), kind, vec![m.how.clone()]);
            out.claims.push(claim);
            state.last_proposition = Some((out.claims.len() - 1, state.sentence));
            if m.start != m.wording_start {
                // Under a denial verb: the words may be another party's claim the denial reports.
                under_denial.push((out.claims.len() - 1, m.wording_start, m.end));
            }
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
            // A camp's "false information" after its own denial ("Armenia denies
            // Azerbaijani accusations ... absolutely false information") agrees
            // with the denial: it rejects the other camp's words, not its own.
            let refuter = frame.and_then(|f| f.speaker.as_ref()).and_then(|r| r.camp);
            let own = refuter.filter(|&c| !rules.camps[c].fallback).map(|c| rules.camp_id(c));
            if target.polarity == Polarity::Denies && own.is_some() && own == out.claims[index].camp.as_deref() {
                continue;
            }
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
        self.read_denials(s, rules, (original, normalized), frames, (first_claim, &under_denial), &base, state, out);
        // "The Tigray People's Liberation Front": a term inside a capitalised
        // name, or inside a listed actor's name, is part of the name.
        let capital =
            |k: usize| s.kind(k) == crosscheck_text::TokenKind::Word && normalized.was_uppercase(s.tokens[k].start);
        let in_name = |m: &crosscheck_rules::Match| {
            let beside = (m.start > 0 && capital(m.start - 1)) || (m.end() < s.len() && capital(m.end()));
            ((m.start..m.end()).all(capital) && beside)
                || (m.start.saturating_sub(8)..=m.start)
                    .any(|k| s.starts(k).iter().any(|a| matches!(a.tag, Tag::Actor(_)) && a.end() >= m.end()))
        };
        for m in terms {
            let Tag::Term(t) = m.tag else { continue };
            if in_name(&m) {
                continue;
            }
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

    /// Denials read as acts (`denials.rs`), each linked to the claim it
    /// answers: a claim inside its object ("denied Russia's claim that it
    /// killed 600"), else the latest statement of the party its object names,
    /// else of another camp. A statement that holds no claim becomes an open
    /// `statement` claim of its speaker so the two pair up.
    #[allow(clippy::too_many_arguments)]
    fn read_denials(
        &self,
        s: &Sentence,
        rules: &Rules,
        (original, normalized): (&str, &Normalized),
        frames: &[attribution::Frame],
        (first_claim, under_denial): (usize, &[(usize, usize, usize)]),
        base: &MakeClaim,
        state: &mut DocState,
        out: &mut Extraction,
    ) {
        let bytes = |a: usize, b: usize| -> Span {
            let (x, y) = normalized.original_range(s.tokens[a].start, s.tokens[b - 1].end);
            Span::new(x, y)
        };
        let key = |r: &Resolved| -> String {
            r.actor
                .map_or_else(|| normalize_key(&s.text[r.range.0..r.range.1]), |a| rules.actors[a as usize].id.clone())
        };
        let is_denial = |c: &Claim| c.proposition().is_some_and(|p| p.polarity == Polarity::Denies);
        // The statements of this sentence: what each speech frame governs.
        state.units.retain(|u| u.sentence + WORDED_REACH >= state.sentence);
        settle_pending(state, out, false, self.explain);
        if !state.deny_here && !state.deny_next && state.pending.is_empty() {
            return;
        }
        let sentence_claims = first_claim..out.claims.len();
        for (i, f) in frames.iter().enumerate() {
            let Some(speaker) = f.speaker.as_ref() else { continue };
            // Only a denial in this sentence or the next can answer these.
            let mut clauses = false;
            let (a, b) = match f.scope {
                attribution::Scope::After => {
                    let next = frames.get(i + 1).map_or(s.len(), |g| g.at.max(f.end));
                    let mut b = f.end;
                    loop {
                        while b < next && !s.has_at(b, |t| matches!(t, Tag::ClauseBreak)) {
                            b += 1;
                        }
                        // "announced that its soldier was killed while «repelling an
                        // attack»": a clause the speaker is quoted in is still its statement.
                        let mut c = b + 1;
                        while c < next && !s.has_at(c, |t| matches!(t, Tag::ClauseBreak)) {
                            c += 1;
                        }
                        if b < next && b > f.end && (b + 1..c).any(|k| s.quoted[k]) {
                            clauses = true;
                            b = c;
                        } else {
                            break;
                        }
                    }
                    (f.end, b)
                }
                attribution::Scope::Before => (if i > 0 { frames[i - 1].end.min(f.at) } else { 0 }, f.at),
            };
            let (mut a, mut b) = trim_punct(s, a, b);
            // ... but a quotation it runs into ends with its closing mark.
            if clauses && b < s.len() && s.is_quote(b) && s.quoted[b - 1] {
                b += 1;
            }
            // The statement is the clause, not the "that" before it.
            // ... nor the "في بيان" left of the speaker phrase.
            while a < b {
                if let Some(m) = s.find_at(a, |t| matches!(t, Tag::SpeakerStop | Tag::Complementizer)) {
                    a = m.end();
                } else if s.kind(a) == crosscheck_text::TokenKind::Punct {
                    a += 1;
                } else {
                    break;
                }
            }
            // "..., which Kyiv denied", "، وهو ما نفته": the pointer a denial
            // right after the statement uses is no part of it.
            let denied_next = (b..(b + 3).min(s.len())).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb)));
            if denied_next && let Some(m) = s.ending_at(b, |t| matches!(t, Tag::BackReference)).filter(|m| m.start > a)
            {
                b = m.start;
                while b > a && s.kind(b - 1) == crosscheck_text::TokenKind::Punct {
                    b -= 1;
                }
            }
            if a >= b {
                continue;
            }
            let span = bytes(a, b);
            let inside = |c: &Claim| c.span.start >= span.start && c.span.end <= span.end;
            let propositions: Vec<usize> = sentence_claims
                .clone()
                .filter(|&c| out.claims[c].proposition().is_some_and(|p| p.target.is_none()) && inside(&out.claims[c]))
                .collect();
            let figures: Vec<usize> = sentence_claims
                .clone()
                .filter(|&c| {
                    out.claims[c].quantity().is_some_and(|q| q.value.is_some())
                        && !state.implicit.contains(&c)
                        && inside(&out.claims[c])
                })
                .collect();
            let denial = (f.at..f.end.max(f.at + 1)).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb)))
                || propositions.iter().any(|&c| is_denial(&out.claims[c]));
            let how = s.how(|| format!("open statement: the words \"{}\" govern", s.words(f.at, f.end)));
            let statement = base(a, b, Some(speaker), true, statement_kind(), vec![how]);
            state.units.push(Unit {
                sentence: state.sentence,
                span,
                camp: speaker.camp,
                speaker: key(speaker),
                propositions,
                figures,
                words: content_words(s, a, b),
                statement: Some(statement),
                emitted: None,
                denial,
                clauses,
            });
        }
        // A denial that came before what it answers ("X denied Y's claims ...
        // Y said ..."): the later statement that shares most words with its object.
        for p in &mut state.pending {
            for unit in &state.units {
                if unit.sentence != state.sentence
                    || unit.denial
                    || unit.camp == rules.camp_index("media")
                    || unit.speaker == p.denier
                    || !p.camp_fits(unit.camp, rules)
                {
                    continue;
                }
                let score = overlap(&p.words, &unit.words);
                if score.0 > 0 && p.best.as_ref().is_none_or(|b| score > b.score) {
                    let claim = match unit.propositions.last().copied().or(unit.emitted) {
                        Some(c) => Later::Claim(c),
                        None => match &unit.statement {
                            Some(st) => Later::Statement(Box::new(st.clone())),
                            None => continue,
                        },
                    };
                    p.best = Some(Best { score, claim });
                }
            }
        }
        if !state.deny_here {
            return;
        }
        let frame_end = |k: usize| frames.iter().find(|f| f.at <= k && k < f.end).map(|f| f.end);
        let media = rules.camp_index("media");
        // A catch-all camp (`other`) says nothing about who sides with whom.
        let real = |c: Option<usize>| c.filter(|&c| !rules.camps[c].fallback);
        for act in find_denials(s, frame_end) {
            let (a, b) = act.span();
            if a >= b {
                continue;
            }
            let act_span = bytes(a, b);
            let frame = match act.trigger {
                // "X said: «ننفي ...»": the speaker the quotation is credited to.
                Trigger::Verb if act.quoted => governing(frames, act.word.0, act.word.1)
                    .filter(|g| !s.quoted[g.at])
                    .and_then(|g| frames.iter().find(|f| f.at == g.at)),
                // "said there was no truth to ...": a denial phrase that is no speech
                // verb is said by the speaker governing it.
                Trigger::Verb => {
                    frames.iter().find(|f| f.at <= act.word.0 && act.word.0 < f.end.max(f.at + 1)).or_else(|| {
                        governing(frames, act.word.0, act.word.1).and_then(|g| frames.iter().find(|f| f.at == g.at))
                    })
                }
                // "اعتبرت الإعلان «معلومات خاطئة»": a back-referring noun is not the judge.
                Trigger::Verdict | Trigger::NoLosses => {
                    let judges: Vec<attribution::Frame> = frames
                        .iter()
                        .filter(|f| {
                            !(f.at..f.end.max(f.at + 1))
                                .any(|k| s.has_at(k, |t| matches!(t, Tag::BackReference | Tag::Allegation)))
                        })
                        .cloned()
                        .collect();
                    governing(&judges, act.word.0, act.word.1).and_then(|g| frames.iter().find(|f| f.at == g.at))
                }
            };
            // A denial nobody makes is nobody's denial.
            let Some(denier) = frame.and_then(|f| f.speaker.as_ref()) else { continue };
            let denier_key = key(denier);
            // The party whose claim is denied, when the object names one: the
            // speaker of a speech verb in it ("ما ذكرته سلطات باكو"), else an actor or
            // camp word ("مزاعم أذربيجان", "Russia's claim").
            let head_end = act.content.unwrap_or(act.object.1);
            let inner = frames.iter().find(|f| {
                f.at >= act.object.0
                    && f.at < head_end
                    // "the reports of Armenia": a noun that doubles as a speech verb is no speech.
                    && !(f.at.saturating_sub(1)..f.end)
                        .any(|k| s.has_at(k, |t| matches!(t, Tag::BackReference | Tag::Allegation | Tag::Hearsay)))
                    && !s.has_at(f.at, |t| matches!(t, Tag::DenialVerb))
                    && f.speaker.as_ref().is_some_and(|r| {
                        r.camp.is_some() && (real(r.camp) != real(denier.camp) || key(r) != denier_key)
                    })
            });
            // The owner's words end where its resolved name ends, not where the
            // speaker phrase ran to ("ما ذكرته باكو بشأن ...").
            let mut owner: Option<(Resolved, usize, usize)> = inner.and_then(|f| {
                let r = f.speaker.clone()?;
                let end = (f.at..f.end).find(|&k| s.tokens[k].end >= r.range.1).map_or(f.end, |k| k + 1);
                Some((r, f.at, end))
            });
            // The party named beside a pointer or a hearsay word, within a few
            // words: "مزاعم أذربيجان", "Russia's claim", "the statement of the
            // Azerbaijani ministry", "the Azerbaijani reports".
            let party_near = |(b0, b1): (usize, usize)| {
                let from = b0.saturating_sub(3).max(act.object.0.min(b0));
                // A pointer before the verb ("تصريح نفى صحته مسؤولون"): its party
                // stands before the verb too; after it comes the denier.
                let limit = if b1 <= act.word.0 { act.word.0 } else { head_end.max(b1) };
                let to = (b1 + 4).min(limit);
                (from..to).filter(|&k| !s.quoted[k] || s.quoted[b0]).find_map(|k| {
                    let m = s.find_at(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)))?;
                    // "ادعاء الجيش الإسرائيلي": the party runs over the words that name it.
                    let mut end = m.end();
                    while let Some(next) = s.find_at(end, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)))
                        && !s.has_at(end, |t| matches!(t, Tag::Hearsay | Tag::Allegation | Tag::BackReference))
                    {
                        end = next.end();
                    }
                    let mut r = resolve(s, rules, (m.start, end), "the party whose claim is denied");
                    r.range = s.byte_range(m.start, end);
                    let differs = match (real(r.camp), real(denier.camp)) {
                        (Some(o), Some(d)) => o != d,
                        _ => r.camp.is_some() && key(&r) != denier_key,
                    };
                    // "reports" names the media in general, not a party.
                    (differs && r.camp != media).then_some((r, m.start.min(b0), end.max(b1)))
                })
            };
            if owner.is_none()
                && let Some(pointer) = act.back_reference
            {
                owner = party_near(pointer);
            }
            // "denied reports that ...": what reports say is the media's voice,
            // unless the reports are a party's ("the Azerbaijani reports").
            if owner.is_none()
                // "نفى الجيش أنباء عن ...": the speaker phrase may have run over it.
                && let Some(m) = (act.word.1.min(act.object.0)..head_end)
                    .find_map(|k| s.find_at(k, |t| matches!(t, Tag::Hearsay)))
            {
                owner = party_near((m.start, m.end())).or_else(|| {
                    let r = Resolved {
                        range: s.byte_range(m.start, m.end()),
                        phrase: s.byte_range(m.start, m.end()),
                        actor: None,
                        camp: media,
                        how: "the denied statement is attributed to reports: the media's voice".into(),
                    };
                    Some((r, m.start, m.end()))
                });
            }
            // What the owner said, when the object spells it out.
            let content: Option<(usize, usize)> = match (&owner, act.content) {
                (_, Some(c)) if c + 1 < act.object.1 => Some((c + 1, act.object.1)),
                (Some((_, _, end)), None) if act.object.1 > end + 1 => Some((*end, act.object.1)),
                _ => None,
            };
            // "Ukraine denied Russia's claim that its forces took X": the wording
            // under the verb is Russia's assertion, reported; the denial is Ukraine's.
            // Reports nobody owns stay inside the speaker's denial ("نفت ... الأنباء عن سقوط").
            if let (Some((r, _, _)), Some((ca, cb))) = (&owner, content)
                && r.camp != media
            {
                let verb_at = bytes(act.word.0, act.word.1).start;
                for &(c, ws, we) in under_denial {
                    if ws < ca || we > cb || out.claims[c].span.start != verb_at {
                        continue;
                    }
                    let (x, y) = normalized.original_range(r.range.0, r.range.1);
                    let span = bytes(ws, we);
                    let claim = &mut out.claims[c];
                    claim.span = span;
                    claim.quote = fold_whitespace(&original[span.start..span.end]);
                    claim.line = line_of(original, span.start) as u32;
                    claim.speaker = Some(Speaker {
                        text: fold_whitespace(&original[x..y]),
                        span: Span::new(x, y),
                        actor: r.actor.map(|a| rules.actors[a as usize].id.clone()),
                    });
                    claim.camp = r.camp.map(|k| rules.camp_id(k).to_owned());
                    if let ClaimKind::Proposition(p) = &mut claim.kind {
                        p.polarity = p.polarity.flip();
                    }
                    if self.explain {
                        claim.trace.push(format!("the denial reports it: the assertion of its owner; {}", r.how));
                    }
                }
            }
            // A wording already read as denied here ("نفت ... سقوط شوشا") is this denial.
            let consumed =
                sentence_claims.clone().chain(first_claim.max(sentence_claims.end)..out.claims.len()).any(|c| {
                    let c = &out.claims[c];
                    is_denial(c) && c.span.start < act_span.end && act_span.start < c.span.end
                });
            if consumed {
                continue;
            }
            let mut target: Option<(usize, String)> = None;
            let mut forward: Option<Pending> = None;
            if let Some((ca, cb)) = content {
                let span = bytes(ca, cb);
                let inside = |c: &Claim| c.span.start >= span.start && c.span.end <= span.end;
                let pick = sentence_claims
                    .clone()
                    .filter(|&c| out.claims[c].proposition().is_some_and(|p| p.target.is_none()))
                    .chain(sentence_claims.clone().filter(|&c| {
                        out.claims[c].quantity().is_some_and(|q| q.value.is_some()) && !state.implicit.contains(&c)
                    }))
                    .find(|&c| inside(&out.claims[c]));
                if let Some(c) = pick {
                    // Hearsay stays with its owner.
                    if let Some((r, _, _)) = &owner {
                        let (x, y) = normalized.original_range(r.range.0, r.range.1);
                        let claim = &mut out.claims[c];
                        claim.speaker = Some(Speaker {
                            text: fold_whitespace(&original[x..y]),
                            span: Span::new(x, y),
                            actor: r.actor.map(|a| rules.actors[a as usize].id.clone()),
                        });
                        claim.camp = r.camp.map(|k| rules.camp_id(k).to_owned());
                        if self.explain {
                            claim
                                .trace
                                .push(format!("speaker: the claim a denial reports, credited to its owner: {}", r.how));
                        }
                    }
                    target = Some((c, "the claim inside the denied words".into()));
                } else if let Some((r, _, _)) = &owner
                    && let words = content_words(s, ca, cb)
                    && let Some(u) = state.units.iter().rposition(|u| {
                        u.span.start < act_span.start
                            && !u.denial
                            && u.camp == r.camp
                            && u.camp != media
                            && u.speaker != denier_key
                            && u.words.iter().any(|w| words.contains(w))
                    })
                {
                    // The owner said it before, in words of its own: that statement is the one denied.
                    let unit = &mut state.units[u];
                    let chosen = unit.propositions.last().copied().or_else(|| unit.figures.last().copied());
                    target = match chosen.or(unit.emitted) {
                        Some(c) => Some((c, "the earlier statement of the party the denial names".into())),
                        None => unit.statement.take().map(|claim| {
                            out.claims.push(claim);
                            unit.emitted = Some(out.claims.len() - 1);
                            (out.claims.len() - 1, "the earlier statement of the party the denial names".into())
                        }),
                    };
                } else if let Some((r, oa, _)) = &owner {
                    let how = s.how(|| format!("open statement of \"{}\", reported by the denial", s.words(*oa, cb)));
                    out.claims.push(base(*oa, cb, Some(r), true, statement_kind(), vec![how]));
                    let emitted = out.claims.len() - 1;
                    // Later denials ("هذه معلومات مضللة") answer the same statement.
                    state.units.retain(|u| !(u.sentence == state.sentence && u.span.start >= bytes(*oa, cb).start));
                    state.units.push(Unit {
                        sentence: state.sentence,
                        span: bytes(*oa, cb),
                        camp: r.camp,
                        speaker: key(r),
                        propositions: Vec::new(),
                        figures: Vec::new(),
                        words: Vec::new(),
                        statement: None,
                        emitted: Some(emitted),
                        denial: false,
                        clauses: false,
                    });
                    target = Some((emitted, "the statement the denial reports".into()));
                    forward = Some(Pending {
                        sentence: state.sentence,
                        denial: None,
                        claim: None,
                        reported: Some(emitted),
                        owner: Some(r.camp),
                        denier: denier_key.clone(),
                        denier_camp: real(denier.camp),
                        words: content_words(s, ca, cb),
                        best: None,
                    });
                }
            }
            if target.is_none() {
                // A bare object points back ("these claims", "the announcement",
                // "مزاعم أذربيجان"); an object with words of its own ("مسؤوليته عن
                // الهجوم على المستشفى") answers only a statement that shares one.
                let object_words = content_words(s, act.object.0, act.object.1);
                let bare = own_words(s, act.object.0, act.object.1).is_empty();
                // "No losses" answers a toll, nothing else.
                let no_losses = act.trigger == Trigger::NoLosses;
                let evidence = act.back_reference.is_some() || owner.is_some() || no_losses;
                if bare && !evidence {
                    continue;
                }
                let unit = state.units.iter().rposition(|u| {
                    u.span.start < act_span.start
                        && (!bare || u.sentence + UNIT_REACH >= state.sentence)
                        && (bare || u.words.iter().any(|w| object_words.contains(w)))
                        && (!no_losses || !u.figures.is_empty())
                        && !u.denial
                        && u.camp != media
                        && u.speaker != denier_key
                        && match (owner.as_ref(), real(denier.camp)) {
                            // The party the object names: its camp, or for a catch-all camp its own words.
                            (Some((o, _, _)), _) if real(o.camp).is_some() => u.camp == o.camp,
                            (Some((o, _, _)), _) => {
                                u.camp == o.camp && o.actor.is_some_and(|a| u.speaker == rules.actors[a as usize].id)
                            }
                            (None, Some(d)) => real(u.camp).is_some_and(|c| c != d),
                            // A denier of no known camp answers only a party that has one.
                            (None, None) => u.camp.is_some(),
                        }
                });
                let Some(u) = unit else {
                    // "denied shelling the school. ... Baku accused it of shelling the school":
                    // a worded denial of a real camp may answer a statement made after it.
                    if !bare && !no_losses && owner.is_none() && real(denier.camp).is_some() {
                        let how = s.how(|| {
                            format!(
                                "denial \"{}\" of \"{}\" by {}: nothing said before answers it",
                                s.words(act.word.0, act.word.1),
                                s.words(act.object.0, act.object.1),
                                &s.text[denier.range.0..denier.range.1],
                            )
                        });
                        let mut kind = statement_kind();
                        if let ClaimKind::Proposition(p) = &mut kind {
                            p.polarity = Polarity::Denies;
                        }
                        state.pending.push(Pending {
                            sentence: state.sentence,
                            denial: None,
                            claim: Some(Box::new(base(a, b, Some(denier), true, kind, vec![how]))),
                            reported: None,
                            owner: None,
                            denier: denier_key.clone(),
                            denier_camp: real(denier.camp),
                            words: object_words,
                            best: None,
                        });
                    }
                    continue;
                };
                let unit = &mut state.units[u];
                // "the announcement", "the statement": what was announced, a
                // proposition before a figure, and the whole statement when it
                // says more than its figure ("killed while repelling an attack").
                let announced = act
                    .back_reference
                    .is_some_and(|(b0, b1)| (b0..b1).any(|k| s.has_at(k, |t| matches!(t, Tag::SpeechNoun))))
                    && unit.clauses;
                let chosen = if no_losses {
                    unit.figures.last().copied()
                } else {
                    unit.propositions
                        .last()
                        .copied()
                        .or_else(|| if bare && !announced { unit.figures.last().copied() } else { None })
                };
                if no_losses && chosen.is_none() {
                    continue;
                }
                target = match chosen {
                    Some(c) => Some((c, "the latest claim of the party it answers".into())),
                    None => match unit.emitted {
                        Some(c) => Some((c, "the statement of the party it answers".into())),
                        None => unit.statement.take().map(|claim| {
                            out.claims.push(claim);
                            unit.emitted = Some(out.claims.len() - 1);
                            (out.claims.len() - 1, "the statement of the party it answers".into())
                        }),
                    },
                };
            }
            let Some((t, why)) = target else { continue };
            let target_claim = &out.claims[t];
            let Some(kind) = denial_kind(target_claim) else { continue };
            let how = s.how(|| {
                format!(
                    "denial \"{}\" of \"{}\" by {}: links to {} \"{}\" (bytes {}-{})",
                    s.words(act.word.0, act.word.1),
                    s.words(act.object.0, act.object.1),
                    &s.text[denier.range.0..denier.range.1],
                    why,
                    target_claim.quote,
                    target_claim.span.start,
                    target_claim.span.end
                )
            });
            out.claims.push(base(a, b, Some(denier), true, kind, vec![how]));
            if let Some(mut p) = forward {
                p.denial = Some(out.claims.len() - 1);
                state.pending.push(p);
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
    /// Claims (indexes into the extraction) whose figure is a self-counting
    /// noun ("a soldier"): an incident's report, not a toll a denial targets.
    implicit: Vec<usize>,
    /// The statements of the last few sentences, for denials to answer.
    units: Vec<Unit>,
    /// Denials waiting for a later statement they may answer.
    pending: Vec<Pending>,
    /// Claims to drop when the document is done: statements a denial
    /// reported and then found said in full later.
    dropped: Vec<usize>,
    /// Whether this sentence, and one of the next two, may hold a denial.
    deny_here: bool,
    deny_next: bool,
}

/// Builds a claim of the sentence being read: token range, speaker, whether a
/// speech frame governs it, kind, trace.
type MakeClaim<'a> = dyn Fn(usize, usize, Option<&Resolved>, bool, ClaimKind, Vec<String>) -> Claim + 'a;

/// How many sentences back a denial looks for what it answers.
/// How many distinct earlier speaker mentions a short form ("the ministry") is
/// looked up among.
const MENTIONS_KEPT: usize = 256;

const UNIT_REACH: usize = 1;
/// How far back a denial whose object has words of its own looks: a shared
/// word is evidence enough over a sentence in between.
const WORDED_REACH: usize = 2;

/// What one speech frame governs in one sentence, kept for denials.
#[derive(Debug)]
struct Unit {
    sentence: usize,
    span: Span,
    camp: Option<usize>,
    /// The speaker's actor id or folded words.
    speaker: String,
    propositions: Vec<usize>,
    figures: Vec<usize>,
    /// Its content words, for denials whose object has words of its own.
    words: Vec<String>,
    /// The open statement, not yet a claim: it becomes one only when denied.
    statement: Option<Claim>,
    emitted: Option<usize>,
    /// The frame is itself a denial.
    denial: bool,
    /// The statement runs over a clause break: it says more than a figure.
    clauses: bool,
}

/// How many sentences after a denial the statement it answers may come: a
/// denial naming whose claims it denies ("denied Israel's claims") waits
/// longer than one that names nobody.
const FORWARD_REACH: usize = 5;
const FORWARD_REACH_UNNAMED: usize = 2;

/// A denial whose statement may come later in the article.
#[derive(Debug)]
struct Pending {
    sentence: usize,
    /// The denial, already a claim (linked for now to the statement it reports) ...
    denial: Option<usize>,
    /// ... or not yet one: it becomes one only when a later statement answers it.
    claim: Option<Box<Claim>>,
    /// The statement the denial reported, dropped when the owner's own words are found.
    reported: Option<usize>,
    /// The camp the denial's object names.
    owner: Option<Option<usize>>,
    denier: String,
    denier_camp: Option<usize>,
    words: Vec<String>,
    best: Option<Best>,
}

impl Pending {
    fn camp_fits(&self, camp: Option<usize>, rules: &Rules) -> bool {
        match self.owner {
            Some(owner) => camp == owner,
            None => camp.filter(|&c| !rules.camps[c].fallback).is_some_and(|c| Some(c) != self.denier_camp),
        }
    }
}

#[derive(Debug)]
struct Best {
    /// Words shared exactly, then by their stem.
    score: (usize, usize),
    claim: Later,
}

#[derive(Debug)]
enum Later {
    Claim(usize),
    Statement(Box<Claim>),
}

/// The words two lists share: exactly, and by a common beginning of five
/// letters or more ("مسؤولية" / "مسؤولة", "responsibility" / "responsible").
fn overlap(a: &[String], b: &[String]) -> (usize, usize) {
    let exact = a.iter().filter(|w| b.contains(w)).count();
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    let stems = a
        .iter()
        .filter(|w| !b.contains(w) && w.chars().count() >= 6)
        .filter(|w| b.iter().any(|v| v.chars().count() >= 5 && stem(v) == stem(w)))
        .count();
    (exact, stems)
}

/// Links each waiting denial whose time is up (or all, at the end of the
/// document) to the best later statement found for it.
fn settle_pending(state: &mut DocState, out: &mut Extraction, all: bool, explain: bool) {
    let now = state.sentence;
    let (due, keep): (Vec<Pending>, Vec<Pending>) = std::mem::take(&mut state.pending).into_iter().partition(|p| {
        let reach = if p.owner.is_some() { FORWARD_REACH } else { FORWARD_REACH_UNNAMED };
        all || p.sentence + reach < now
    });
    state.pending = keep;
    for p in due {
        let Some(best) = p.best else { continue };
        let t = match best.claim {
            Later::Claim(c) => c,
            Later::Statement(st) => {
                match out.claims.iter().position(|c| c.span == st.span && c.proposition().is_some()) {
                    Some(c) => c,
                    None => {
                        out.claims.push(*st);
                        out.claims.len() - 1
                    }
                }
            }
        };
        let target = &out.claims[t];
        let Some(kind) = denial_kind(target) else { continue };
        let note = format!(
            "a later statement is what its object names: links to \"{}\" (bytes {}-{})",
            target.quote, target.span.start, target.span.end
        );
        let d = match (p.denial, p.claim) {
            (Some(d), _) => d,
            (None, Some(claim)) => {
                out.claims.push(*claim);
                out.claims.len() - 1
            }
            (None, None) => continue,
        };
        if let Some(r) = p.reported {
            // Other denials of the reported statement ("... هذه معلومات مضللة")
            // follow it to the owner's own words.
            let reported = Some(out.claims[r].span);
            for c in out.claims.iter_mut() {
                if c.proposition().is_some_and(|q| q.target == reported) {
                    c.kind = kind.clone();
                }
            }
            state.dropped.push(r);
        }
        out.claims[d].kind = kind;
        if explain {
            out.claims[d].trace.push(note);
        }
    }
}

/// The claim that denies `target`: its proposition with the opposite
/// polarity, or a denied figure.
fn denial_kind(target: &Claim) -> Option<ClaimKind> {
    match &target.kind {
        ClaimKind::Proposition(p) => Some(ClaimKind::Proposition(Proposition {
            polarity: p.polarity.flip(),
            target: Some(target.span),
            ..p.clone()
        })),
        ClaimKind::Quantity(q) => Some(ClaimKind::Proposition(Proposition {
            id: format!("{FIGURE_TEMPLATE}:{}", q.metric),
            template: FIGURE_TEMPLATE.into(),
            slots: Vec::new(),
            polarity: Polarity::Denies,
            target: Some(target.span),
        })),
        ClaimKind::Term(_) => None,
    }
}

fn statement_kind() -> ClaimKind {
    ClaimKind::Proposition(Proposition {
        id: STATEMENT_TEMPLATE.into(),
        template: STATEMENT_TEMPLATE.into(),
        slots: Vec::new(),
        polarity: Polarity::Asserts,
        target: None,
    })
}

/// The words of tokens `[a, b)` that carry content: four letters or more,
/// clitics peeled off, and not a name, a speech verb or a pointer back.
fn content_words(s: &Sentence, a: usize, b: usize) -> Vec<String> {
    words_of(s, a, b, false)
}

/// The content words of tokens `[a, b)` that are not names either: what an
/// object says beyond pointing at someone's claim.
fn own_words(s: &Sentence, a: usize, b: usize) -> Vec<String> {
    words_of(s, a, b, true)
}

fn words_of(s: &Sentence, a: usize, b: usize, skip_names: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in a..b.min(s.len()) {
        if s.kind(k) != crosscheck_text::TokenKind::Word
            || (skip_names && s.covered_by(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_))))
            || s.covered_by(k, |t| {
                matches!(
                    t,
                    Tag::BackReference
                        | Tag::Allegation
                        | Tag::Reporting
                        | Tag::DenialVerb
                        | Tag::Refutation
                        | Tag::Complementizer
                        | Tag::SpeakerStop
                        | Tag::FunctionWord
                )
            })
        {
            continue;
        }
        let Some(form) = s.forms(k).last() else { continue };
        if form.text.chars().count() >= 4 && !out.iter().any(|w| w == form.text) {
            out.push(form.text.to_owned());
        }
    }
    out
}

fn normalize_key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops punctuation at both ends of a token range.
fn trim_punct(s: &Sentence, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && s.kind(a) == crosscheck_text::TokenKind::Punct {
        a += 1;
    }
    while b > a && s.kind(b - 1) == crosscheck_text::TokenKind::Punct {
        b -= 1;
    }
    (a, b)
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
            implicit: Vec::new(),
            units: Vec::new(),
            pending: Vec::new(),
            dropped: Vec::new(),
            deny_here: true,
            deny_next: true,
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
