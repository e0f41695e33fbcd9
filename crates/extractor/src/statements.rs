//! The claims of a sentence's statements: propositions with their polarity,
//! refutations of the statement just before, and framing terms.

use crosscheck_model::{ClaimKind, Polarity, Proposition, Term};
use crosscheck_rules::{Lexicon, Match, SlotKind, Tag};
use crosscheck_text::TokenKind;

use crate::Extraction;
use crate::attribution::{Frame, Resolved, governing, phrase_forward, reports_confirmed_by_party, resolve};
use crate::claim_builder::{Parts, SentenceCtx};
use crate::context::time_of;
use crate::denials::says_by_habit;
use crate::doc_state::DocState;
use crate::propositions::{Hearsay, PropositionMatch, SlotContext, SlotValue, find_refutations};

/// The parts of a statement's claim at tokens `[a, b)`: its speaker, whether
/// a speech frame governs it, its kind and how it was found.
pub(crate) fn statement_parts(
    cx: &SentenceCtx,
    (a, b): (usize, usize),
    (speaker, framed): (Option<&Resolved>, bool),
    kind: ClaimKind,
    how: Vec<String>,
) -> Parts {
    Parts {
        span: cx.token_span(a, b),
        kind,
        who: cx.attribution(speaker, framed),
        time_at: a,
        time_after: a,
        event_at: a,
        placing: None,
        how,
    }
}

/// The locality a wording names in its own words (a listed place or a name
/// after a locality word), as bound in its proposition.
fn named_locality(m: &PropositionMatch, proposition: &Proposition) -> Option<String> {
    let named = m
        .slots
        .iter()
        .any(|(kind, value)| *kind == SlotKind::City && matches!(value, SlotValue::Named(..) | SlotValue::Place(_)));
    let name = SlotKind::City.name();
    named.then(|| proposition.slots.iter().find(|(slot, _)| slot == name).and_then(|(_, v)| v.clone())).flatten()
}

/// Adds the sentence's propositions. Returns those under a denial verb
/// (claim index, wording's first token, end): their words may be another
/// party's claim the denial reports. `None` when the language has no
/// proposition wordings, and so no statements to read.
pub(crate) fn read_propositions(
    cx: &SentenceCtx,
    (lexicon, frames): (&Lexicon, &[Frame]),
    propositions: Vec<PropositionMatch>,
    state: &mut DocState,
    out: &mut Extraction,
) -> Option<Vec<(usize, usize, usize)>> {
    let (s, rules) = (cx.s, cx.rules);
    let patterns = rules.patterns.get(&lexicon.code)?;
    let mut under_denial: Vec<(usize, usize, usize)> = Vec::new();
    let day = |at: usize| time_of(s, (at, at), cx.ctx).0.map(|t| t.latest.to_string());
    for m in propositions {
        let template = rules.template(patterns[m.pattern].proposition);
        let frame = governing(s, frames, m.start, m.end);
        // «وكثيرا ما ادعى الانفصاليون إسقاط طائرات», "the rebels have often
        // claimed ...": what a party tends to say is no claim of one event,
        // to be set beside the claims of one under a template.
        if frame.is_some_and(|f| says_by_habit(s, f)) {
            continue;
        }
        let Some(hearsay) = hearsay_speaker(cx, &m) else { continue };
        let speaker = hearsay.as_ref().or(frame.and_then(|f| f.speaker.as_ref()));
        let slots = SlotContext {
            rules,
            lexicon,
            speaker_side: speaker.and_then(|r| r.camp).and_then(|c| rules.camp(c).side.clone()),
            place: state.place.as_deref(),
            region: state.region.as_deref(),
            day: &|| day(m.start),
        };
        let proposition = slots.bind(s, &m, template);
        // "the eastern town of Kalembe ... still controlled the town": a
        // locality a wording names is the one "the town" means next.
        if let Some(place) = named_locality(&m, &proposition) {
            state.place = Some(place);
        }
        let kind = ClaimKind::Proposition(proposition);
        let framed = frame.is_some() || hearsay.is_some();
        out.claims.push(cx.claim(statement_parts(cx, (m.start, m.end), (speaker, framed), kind, vec![m.how.clone()])));
        state.last_proposition = Some((out.claims.len() - 1, state.sentence));
        if m.start != m.wording_start {
            under_denial.push((out.claims.len() - 1, m.wording_start, m.end));
        }
    }
    Some(under_denial)
}

/// Who a statement is attributed to by a hearsay word: the media for
/// reports, the party an accusation names. `None` when an accusation names
/// nobody: an accusation nobody owns is nobody's assertion.
fn hearsay_speaker(cx: &SentenceCtx, m: &PropositionMatch) -> Option<Option<Resolved>> {
    let (s, rules) = (cx.s, cx.rules);
    match m.hearsay {
        // «وأكد مسؤول أبخازي الخبر»: the reports are the speaker's own now.
        Some(Hearsay::Reports(a, _)) if reports_confirmed_by_party(s, rules, a) => Some(None),
        Some(Hearsay::Reports(a, b)) => Some(Some(Resolved {
            range: s.byte_range(a, b),
            phrase: s.byte_range(a, b),
            actor: None,
            camp: rules.camp_index("media"),
            how: "the statement is attributed to reports: the media's voice".into(),
        })),
        Some(Hearsay::Allegation(a, b)) => {
            let (_, end) = phrase_forward(s, rules, b, &[]);
            let end = if b <= m.start { end.min(m.start).max(b) } else { end.max(b) };
            let r = resolve(s, rules, (a, end), "the statement is attributed to an accusation");
            r.camp.is_some().then_some(Some(r))
        }
        None => Some(None),
    }
}

/// Adds a denial for each refutation ("false", "لا أساس لها") of the
/// proposition made in this sentence or the one before.
pub(crate) fn read_refutations(cx: &SentenceCtx, frames: &[Frame], state: &DocState, out: &mut Extraction) {
    let (s, rules) = (cx.s, cx.rules);
    let mut refuted: Vec<usize> = Vec::new();
    for r in find_refutations(s) {
        let Some((index, said_in)) = state.last_proposition else { continue };
        // "لا أساس لها وزائفة": two refutations of one statement are one denial.
        if refuted.contains(&index) {
            continue;
        }
        refuted.push(index);
        if !state.answers_a_statement() || out.claims[index].span.start >= cx.token_span(r.start, r.start + 1).start {
            continue;
        }
        let Some(target) = out.claims[index].proposition().cloned() else { continue };
        // "Armenia said claims by Baku that ... were false": the party whose
        // claims are judged is not the judge.
        let judges: Vec<Frame> = frames
            .iter()
            .filter(|f| !s.has_at(f.at, |t| matches!(t, Tag::Allegation | Tag::Hearsay | Tag::BackReference)))
            .cloned()
            .collect();
        let frame = governing(s, &judges, r.start, r.end());
        // A verdict no speaker voices is the article's own word: it answers no one.
        if frame.is_none() {
            continue;
        }
        let governing_at = frame.map_or(0, |f| f.at);
        let statement_end = out.claims[index].span.end;
        if said_in == state.sentence && same_speaker_goes_on(s, cx, frames, governing_at, (statement_end, r.start)) {
            continue;
        }
        // A camp's "false information" after its own denial ("Armenia denies
        // Azerbaijani accusations ... absolutely false information") agrees
        // with the denial: it rejects the other camp's words, not its own.
        let refuter = frame.and_then(|f| f.speaker.as_ref()).and_then(|r| r.camp);
        let own = refuter.filter(|&c| !rules.camp(c).fallback).map(|c| rules.camp_id(c));
        // A refuter of no known camp after a denial most likely agrees with it
        // ("the ministry denied ... its spokesman said the claim was not true").
        if target.polarity == Polarity::Denies && (own.is_none() || own == out.claims[index].camp.as_deref()) {
            continue;
        }
        // «مؤكدا أن الأخبار التي تناقلتها مواقع المعارضة عارية عن الصحة», "the
        // reports were false": a verdict on reports after a denial judges the
        // reports, and agrees with the denial.
        if target.polarity == Polarity::Denies && judges_reports(s, r.start) {
            continue;
        }
        // "X said the rebels attacked ... X called it fake news": no one refutes himself.
        let refuter_key =
            frame.and_then(|f| f.speaker.as_ref()).map(|r| crate::normalize_key(&s.text[r.range.0..r.range.1]));
        let owner_key = out.claims[index].speaker.as_ref().map(|sp| crate::normalize_key(&sp.text));
        let compatible = own.is_none() || own == out.claims[index].camp.as_deref();
        if let (Some(a), Some(b)) = (&refuter_key, &owner_key)
            && crate::same_speaker(a, b, compatible, s.grammar)
        {
            continue;
        }
        let how = s.how(|| {
            format!(
                "\"{}\" rejects the statement \"{}\" made just before",
                s.words(r.start, r.end()),
                out.claims[index].quote
            )
        });
        // A wording with a slot the text leaves open pairs only through a
        // target: the refutation names the claim it answers.
        let answered = target.has_unbound_slot().then_some(out.claims[index].span).or(target.target);
        let kind = ClaimKind::Proposition(Proposition { polarity: target.polarity.flip(), target: answered, ..target });
        let speaker = frame.and_then(|f| f.speaker.as_ref());
        out.claims.push(cx.claim(statement_parts(cx, (r.start, r.end()), (speaker, frame.is_some()), kind, vec![how])));
    }
}

/// "He accused the army of targeting civilians on the pretext that fighters
/// hid there, although this is not true": a verdict at `verdict` in a later
/// clause of the sentence of a statement ending at byte `end`, governed by a
/// frame at `governing_at` before that end and with no one else speaking
/// between them, goes on in the same speaker's words. (A
/// verdict on reported claims, "called Armenian accusations of ethnic
/// cleansing, an insult", or in the statement's own clause, "claims by Baku
/// that ... were false", judges them.)
fn same_speaker_goes_on(
    s: &crate::Sentence,
    cx: &SentenceCtx,
    frames: &[Frame],
    governing_at: usize,
    (end, verdict): (usize, usize),
) -> bool {
    let after = cx.token_at(end).unwrap_or(s.len());
    // "..., but this is not true, Armenia's ministry said": a speaker named
    // after the verdict is another's.
    if governing_at >= after {
        return false;
    }
    let later_clause = (after..verdict)
        .any(|k| crate::propositions::is_clause_punct(s, k) || s.has_at(k, |t| matches!(t, Tag::ClauseBreak)));
    let reported = (0..after).any(|k| s.has_at(k, |t| matches!(t, Tag::Allegation | Tag::Hearsay | Tag::SpeechNoun)));
    later_clause && !reported && !frames.iter().any(|f| (after..verdict).contains(&f.at))
}

/// Whether the verdict at `at` has reports or claims for its subject: a
/// word of hearsay or of allegation earlier in its clause.
fn judges_reports(s: &crate::Sentence, at: usize) -> bool {
    const REACH: usize = 10;
    (at.saturating_sub(REACH)..at)
        .rev()
        .take_while(|&k| !crate::propositions::is_clause_punct(s, k))
        .any(|k| s.has_at(k, |t| matches!(t, Tag::Hearsay | Tag::Allegation)))
}

/// Adds the sentence's framing terms, except those inside a name.
pub(crate) fn read_terms(cx: &SentenceCtx, frames: &[Frame], terms: Vec<Match>, out: &mut Extraction) {
    let (s, rules) = (cx.s, cx.rules);
    // "The Tigray People's Liberation Front": a term inside a capitalised
    // name, or inside a listed actor's name, is part of the name.
    let capital = |k: usize| s.kind(k) == TokenKind::Word && cx.normalized.was_uppercase(s.tokens[k].start);
    let in_name = |m: &Match| {
        let beside = (m.start > 0 && capital(m.start - 1)) || (m.end() < s.len() && capital(m.end()));
        ((m.start..m.end()).all(capital) && beside)
            || (m.start.saturating_sub(8)..=m.start).any(|k| {
                s.starts(k).iter().any(|a| {
                    // A party's name of several words («جبهة تحرير تيجراي») holds the term.
                    let name = matches!(a.tag, Tag::Actor(_)) || matches!(a.tag, Tag::CampCue(_)) && a.len > 1;
                    name && a.end() >= m.end() && (a.start < m.start || a.end() > m.end())
                })
            })
    };
    for m in terms {
        let Tag::Term(t) = m.tag else { continue };
        if in_name(&m) {
            continue;
        }
        let term = &rules.term(t);
        let frame = governing(s, frames, m.start, m.end());
        let kind = ClaimKind::Term(Term { frame: term.frame.clone(), topic: term.topic.clone() });
        let how = s.how(|| format!("framing term for `{}`: frame `{}`", term.topic, term.frame));
        let speaker = frame.and_then(|f| f.speaker.as_ref());
        out.claims.push(cx.claim(statement_parts(cx, (m.start, m.end()), (speaker, frame.is_some()), kind, vec![how])));
    }
}
