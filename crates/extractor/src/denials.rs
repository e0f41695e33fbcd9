//! Denials read as acts, whatever they deny: a denial verb with its object
//! ("نفت أرمينيا مزاعم أذربيجان", "Yerevan refuted this", "denied Russia's
//! claim that ...") or a verdict on something said ("هذه الادعاءات لا علاقة
//! لها بالحقيقة", "the announcement is false information").
//!
//! This module reads the words of one sentence; linking a denial to the claim
//! it answers (an earlier statement of the party its object names, or of
//! another camp) is done in `lib.rs`, which holds the document's state.

use crosscheck_rules::{Lexicon, Tag};
use crosscheck_text::TokenKind;

use crate::analysis::Sentence;
use crate::attribution::{self, Frame};

/// How far after a toll named as a denial's object a comma still ends it.
const POINTER_COMMA_REACH: usize = 6;
/// How far into a denial's object "any" opens a toll of no one ("denied suffering any casualties").
const ANY_TOLL_REACH: usize = 6;
/// How many words may stand before the word for losses in an object that
/// denies any losses: «وقوع», «تكبد قواته», "any civilian".
const LOSS_WORD_REACH: usize = 2;
/// How far before a denial verb a pointer at what it denies may stand
/// ("وهو تصريح نفى صحته"), and how far when nothing follows the verb.
const POINTER_REACH: usize = 3;
const OBJECTLESS_POINTER_REACH: usize = 6;
/// How far a denial's object runs, in tokens.
const OBJECT_REACH: usize = 24;
/// How far back a verdict looks for what it judges.
const VERDICT_REACH: usize = 30;
/// How many words a speech verb may follow "what" by and still be inside it
/// ("what the Azerbaijani defence ministry announced").
const FREE_RELATIVE_REACH: usize = 5;
/// How far before a quoted denial verb its first-person subject may stand
/// ("we categorically deny").
const FIRST_PERSON_REACH: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// "نفى", "refuted": the object follows the verb and its subject.
    Verb,
    /// "معلومات مضللة", "baseless": the object is what the verdict is about.
    Verdict,
    /// "لم تسجل أي خسائر", "were not affected": denies a toll given just before.
    NoLosses,
    /// "there was no clash", «لم تقع أي اشتباكات»: denies an attack said just before.
    NoEvent,
}

/// One denial act in a sentence, in token positions.
#[derive(Debug, Clone)]
pub(crate) struct DenialAct {
    pub trigger: Trigger,
    /// The denial word or phrase.
    pub word: (usize, usize),
    /// What is denied: the object phrase (for a verdict, its subject).
    pub object: (usize, usize),
    /// A word in or beside the object that points back at a statement
    /// ("this", "هذه الادعاءات", "الإعلان"), or an allegation word ("مزاعم").
    pub back_reference: Option<(usize, usize)>,
    /// A complementizer in the object: "denied Russia's claim that ...".
    pub content: Option<usize>,
    /// A first-person denial in a quotation ("«ننفي ...»", "\"We deny ...\""):
    /// the quoted speaker denies.
    pub quoted: bool,
}

impl DenialAct {
    /// The tokens the denial claim covers.
    pub fn span(&self) -> (usize, usize) {
        (self.word.0.min(self.object.0), self.word.1.max(self.object.1))
    }
}

/// A denial verb in a quotation is the quoted speaker's own when it carries
/// the first person ("ننفي") or a first-person subject stands just before it
/// in the same quotation, with no negation between ("we strongly deny", not
/// "we do not deny").
fn first_person_denial(s: &Sentence, k: usize) -> bool {
    let mut subject = s.has_at(k, |t| matches!(t, Tag::FirstPerson));
    for j in (k.saturating_sub(FIRST_PERSON_REACH)..k).rev() {
        if !s.quoted[j] || s.kind(j) == TokenKind::Punct {
            break;
        }
        if s.has_at(j, |t| matches!(t, Tag::Negation)) {
            return false;
        }
        if s.has_at(j, |t| matches!(t, Tag::FirstPerson)) {
            subject = true;
            break;
        }
    }
    subject
}

/// How many words may stand between a negation and the verb it negates:
/// "did not confirm or deny".
const NEGATED_VERB_REACH: usize = 3;

/// Whether the denial verb at `k` is negated: a negation a few words before
/// it, with no punctuation, verdict, clause break or complementizer between
/// ("it is not true and denied" is two denials).
pub(crate) fn negated_verb(s: &Sentence, k: usize) -> bool {
    // A denial phrase that opens on its negation ("no truth to") is the phrase's own.
    if s.has_at(k, |t| matches!(t, Tag::Negation)) {
        return false;
    }
    if k > 0 && s.grammar.is_disjunction(s.word(k - 1)) && negated_alternative(s, k - 1) {
        return true;
    }
    for j in (k.saturating_sub(NEGATED_VERB_REACH + 1)..k).rev() {
        if s.kind(j) == TokenKind::Punct
            || s.covered_by(j, |t| {
                matches!(
                    t,
                    Tag::Refutation | Tag::DenialVerb | Tag::ClauseBreak | Tag::Complementizer | Tag::NotNegation
                )
            })
        {
            return false;
        }
        if s.has_at(j, |t| matches!(t, Tag::Negation)) {
            return true;
        }
    }
    false
}

/// «بيان كذب فيه أو أكد ...», "a statement denying or confirming ...": a
/// denial verb that "or" joins to a speech verb is one of two alternatives
/// named, neither made.
fn or_confirmed(s: &Sentence, verb_end: usize) -> bool {
    let mut j = verb_end;
    if j < s.len() && s.grammar.is_resumptive_pronoun(s.word(j)) {
        j += 1;
    }
    j + 1 < s.len() && s.grammar.is_disjunction(s.word(j)) && s.has_at(j + 1, |t| matches!(t, Tag::Reporting))
}

/// "there were no casualties", "there was no clash", "had not conducted
/// airstrikes": a denial that losses or an attack happened, opening at `k`.
fn no_losses_or_event(s: &Sentence, k: usize) -> Option<DenialAct> {
    let (trigger, word) = match s.find_at(k, |t| matches!(t, Tag::NoLosses | Tag::NoEvent)) {
        Some(m) if matches!(m.tag, Tag::NoEvent) => (Trigger::NoEvent, (m.start, m.end())),
        Some(m) => (Trigger::NoLosses, (m.start, m.end())),
        None => match negated_result(s, k).or_else(|| harm_to_no_one(s, k)) {
            Some(end) => (Trigger::NoLosses, (k, end)),
            None => (Trigger::NoEvent, (k, negated_perpetration(s, k)?)),
        },
    };
    Some(DenialAct { trigger, word, object: (word.0, word.0), back_reference: None, content: None, quoted: false })
}

/// "generally reject claims", «عادة ما تنفي»: an adverb of habit one or two
/// words before a denial or speech verb ("ما" may stand between in Arabic)
/// makes it a habit, not an act.
fn habitual(s: &Sentence, k: usize) -> bool {
    // «وعادة»: the adverb may carry a clitic.
    let habit = |j: usize| s.forms(j).iter().any(|f| s.grammar.is_habitual_adverb(f.text));
    (k.saturating_sub(2)..k).any(|j| s.kind(j) == TokenKind::Word && habit(j))
}

/// Whether the speech verb of frame `f` follows an adverb of habit: «وكثيرا
/// ما ادعى الانفصاليون ...», "the rebels have often claimed ...": what a
/// party tends to say is no claim of one event, though a denial right
/// after it may answer it as a standing accusation.
pub(crate) fn says_by_habit(s: &Sentence, f: &Frame) -> bool {
    (f.at..f.end).any(|k| s.has_at(k, |t| matches!(t, Tag::Reporting)) && habitual(s, k))
}

/// How many words may stand between a negation and a word for evidence:
/// "had no evidence", «لا يملك أي دليل».
const EVIDENCE_REACH: usize = 3;

/// "had no evidence of", «لا يملك أدلة على», «بعدم وجود دليل على»: a
/// negation and a word for evidence a few words after it, in one clause,
/// deny what follows, as "no evidence of" does. The token after the word
/// for evidence, if the negation at `k` opens such a phrase.
fn negated_evidence(s: &Sentence, k: usize) -> Option<usize> {
    if !s.negates_at(k) {
        return None;
    }
    // «ليس لديه "أي مؤشر" على»: quotation marks may stand between.
    let open =
        |j: usize| (s.kind(j) != TokenKind::Punct || s.is_quote(j)) && !s.has_at(j, |t| matches!(t, Tag::ClauseBreak));
    (k..(k + EVIDENCE_REACH + 2).min(s.len()))
        .take_while(|&j| open(j))
        .find_map(|j| s.find_at(j, |t| matches!(t, Tag::EvidenceNoun)))
        .map(|m| m.end())
}

/// How many words may stand between a negation and a verb of an outcome,
/// and between the verb and the word for losses («لم يسفر الحادث عن سقوط
/// قتلى»: the subject, a preposition and a noun).
const RESULT_REACH: usize = 4;

/// "did not result in any casualties", «لم يسفر الهجوم عن سقوط قتلى», and
/// "caused no casualties": a negation before a verb of an outcome, or right
/// after one, and a word for losses a few words on, in one clause, say no
/// one was hurt. The token after the word for losses, if one opens at `k`.
fn negated_result(s: &Sentence, k: usize) -> Option<usize> {
    // «لم يسفر الهجوم إلا عن 3 قتلى», "did not cause more than 3 casualties": a figure
    // or an exception after the verb counts the losses it had.
    let open = |j: usize| {
        s.kind(j) == TokenKind::Word
            && !s.has_at(j, |t| matches!(t, Tag::ClauseBreak | Tag::Number(_)))
            && !s.grammar.is_exceptive(s.word(j))
    };
    let within = |from: usize| (from..(from + RESULT_REACH + 1).min(s.len())).take_while(|&j| open(j));
    let loss_after = |from: usize| within(from).find_map(|j| s.find_at(j, |t| matches!(t, Tag::LossNoun)));
    if s.negates_at(k) {
        let verb = within(k + 1).find_map(|j| s.find_at(j, |t| matches!(t, Tag::ResultVerb)))?;
        return Some(loss_after(verb.end())?.end());
    }
    let verb = s.find_at(k, |t| matches!(t, Tag::ResultVerb))?;
    if verb.end() < s.len() && s.negates_at(verb.end()) {
        return Some(loss_after(verb.end() + 1)?.end());
    }
    None
}

/// Whether token `j` goes on with the clause before it: a word, no mark
/// and no clause break.
fn in_clause(s: &Sentence, j: usize) -> bool {
    s.kind(j) != TokenKind::Punct && !s.has_at(j, |t| matches!(t, Tag::ClauseBreak))
}

/// "did not kill anyone", «لم يصب أحد», «لم يسفر عن إصابة أحد», and
/// "hurting no one", "killing nobody": a word of harm under a negation with
/// a word for anyone right after it, or a word of harm followed by no one,
/// say no one was hurt. The token after the word for anyone, if one of
/// these opens at `k`.
fn harm_to_no_one(s: &Sentence, k: usize) -> Option<usize> {
    let open = |j: usize| in_clause(s, j);
    let harm = |j: usize| s.find_at(j, |t| matches!(t, Tag::Metric { .. }));
    let anyone_at =
        |j: usize| (j < s.len() && is_anyone(s, j)).then(|| s.find_at(j, |t| matches!(t, Tag::Anyone))).flatten();
    // ("did not deny killing anyone" is a denial verb's to read.)
    if s.negates_at(k) && !s.has_at(k, |t| matches!(t, Tag::DenialVerb)) {
        let word = (k + 1..(k + RESULT_REACH + 1).min(s.len())).take_while(|&j| open(j)).find_map(harm)?;
        return anyone_at(word.end()).map(|m| m.end());
    }
    // "hurting no one", "killing nobody": a word for anyone that negates.
    anyone_at(harm(k)?.end()).filter(|m| s.negates_at(m.start)).map(|m| m.end())
}

/// "refuted this, claiming that ...": after a pointer, a comma ends the
/// object; after a toll, a comma far from it ends only the words saying
/// which toll ("the toll announced after the strike on the school, which
/// officials say ..."). Where the object ends, given its end `to`.
fn end_at_comma_after_pointer(s: &Sentence, (b0, b1): (usize, usize), to: usize) -> usize {
    let reach = match s.covered_by(b0, |t| matches!(t, Tag::FigureReference)) {
        true => POINTER_COMMA_REACH,
        false => s.len(),
    };
    let Some(comma) = (b1..to.min(b1 + reach)).find(|&j| s.is_punct(j, &[',', '،'])) else {
        return to;
    };
    // («اتهامات الرئيس البيلاروسي، ألكسندر لوكاشينكو، لكييف»: a name set
    // off by commas after the owner is part of the owner.)
    match apposed_name_after(s, comma) {
        Some(end) if end <= to => {
            (past_closing_comma(s, end, to)..to).find(|&j| s.is_punct(j, &[',', '،'])).unwrap_or(to)
        }
        _ => comma,
    }
}

/// The token after a name set off by commas that ends at `end`: past its
/// closing comma, when one stands there before `limit`.
pub(crate) fn past_closing_comma(s: &Sentence, end: usize, limit: usize) -> usize {
    end + usize::from(end < limit && s.is_punct(end, &[',', '،']))
}

/// «رفضت الهند هذا العرض», "rejected this offer": whether the pointer
/// `(b0, b1)`, before the object's end `to`, is a bare pointer word before
/// a noun for no claim and no party: a thing refused, nothing said.
fn points_at_a_thing(s: &Sentence, (b0, b1): (usize, usize), to: usize) -> bool {
    let said = |j: usize| {
        s.covered_by(j, |t| {
            matches!(
                t,
                Tag::Allegation
                    | Tag::Hearsay
                    | Tag::SpeechNoun
                    | Tag::FigureReference
                    | Tag::Refutation
                    | Tag::Actor(_)
                    | Tag::CampCue(_)
                    | Tag::Independent
            )
        })
    };
    b1 == b0 + 1 && !said(b0) && b1 < to && s.kind(b1) == TokenKind::Word && !said(b1)
}

/// Most words of a name set off by a comma.
const APPOSED_NAME_WORDS: usize = 4;

/// Where a person's name set off by the comma at `comma` ends (its closing
/// comma, or the sentence's end): "the Belarusian president, Alexander
/// Lukashenko, ...". Only plain words: no speech, no figure, no claim.
pub(crate) fn apposed_name_after(s: &Sentence, comma: usize) -> Option<usize> {
    let plain = |j: usize| attribution::is_name_word(s, j);
    let end = (comma + 1..s.len()).take_while(|&j| plain(j)).last()? + 1;
    let closed = end == s.len() || s.is_punct(end, &[',', '،', '.']);
    let named = (comma + 1..end).any(|j| s.covered_by(j, |t| matches!(t, Tag::Actor(_)))) || end - comma > 2;
    (closed && end - comma - 1 <= APPOSED_NAME_WORDS && named).then_some(end)
}

/// «زعمت كذبا», "claimed falsely": a denial verb's letters right after a
/// speech verb are an adverb of how the claim was made, no denial by its
/// speaker (a speech verb is not followed by another verb).
fn adverb_of_a_claim(s: &Sentence, k: usize) -> bool {
    k > 0
        && s.kind(k - 1) == TokenKind::Word
        && s.has_at(k - 1, |t| matches!(t, Tag::Reporting))
        // ("The United States denied": a name's last word is no verb;
        // «وأكد نافيا ذلك»: a participle of denial goes on with the speaker.)
        && !s.covered_by(k - 1, |t| matches!(t, Tag::DenialVerb | Tag::Actor(_) | Tag::CampCue(_) | Tag::Place(_)))
        && !s.has_at(k, |t| matches!(t, Tag::Continuation))
}

/// A word for anyone at token `k`; "يوم الأحد" (Sunday) has its letters
/// after an article.
fn is_anyone(s: &Sentence, k: usize) -> bool {
    s.has_at(k, |t| matches!(t, Tag::Anyone)) && !s.grammar.has_definite_prefix(s.word(k))
}

/// Whether sentence `s` holds a word that may open a denial act. A verb of
/// an outcome or of carrying out an attack, a word for evidence and a word
/// for anyone open one only under a negation, so without one they are none.
pub(crate) fn may_deny(s: &Sentence) -> bool {
    let needs_negation =
        |t: &Tag| matches!(t, Tag::ResultVerb | Tag::PerpetrationVerb | Tag::EvidenceNoun | Tag::Anyone);
    // (A word for anyone counts only where `is_anyone` says it stands.)
    s.holds(|t| is_denial_word(t) && !needs_negation(t))
        || s.holds(|t| matches!(t, Tag::Negation))
            && (s.holds(|t| needs_negation(t) && !matches!(t, Tag::Anyone)) || (0..s.len()).any(|k| is_anyone(s, k)))
}

/// How many words may stand between a negation and a verb of carrying out
/// an attack ("did not", «لم»), and between the verb and the incident word
/// ("any", "the", an adjective).
const PERPETRATION_REACH: usize = 3;

/// "had not conducted airstrikes", «لم تشن أي غارة», "never launched an
/// attack": a negation, a verb of carrying out an attack and a word of an
/// incident, in one clause, say the attack did not happen. The token after
/// the incident word, if the negation at `k` opens one.
fn negated_perpetration(s: &Sentence, k: usize) -> Option<usize> {
    // («نفى الجيش تنفيذ الهجوم» denies who did it, not that it happened: a
    // denial verb read as a negation is left to the verb.)
    if !s.negates_at(k) || s.has_at(k, |t| matches!(t, Tag::DenialVerb)) {
        return None;
    }
    let within = |from: usize| (from..(from + PERPETRATION_REACH + 1).min(s.len())).take_while(|&j| in_clause(s, j));
    let verb = within(k + 1).find_map(|j| s.find_at(j, |t| matches!(t, Tag::PerpetrationVerb)))?;
    let incident = within(verb.end()).find_map(|j| s.find_at(j, |t| matches!(t, Tag::IncidentWord)))?;
    Some(incident.end())
}

/// How far back a negation may stand before "or" and the denial verb:
/// «لم يؤكد اللواء فلان، قائد الجيش في الولاية، أو ينفي».
const NEGATED_ALTERNATIVE_REACH: usize = 16;

/// Whether the alternative before the disjunction at `or` is negated, in the
/// same clause: "did not confirm or deny", «لم يؤكد ... أو ينفي».
fn negated_alternative(s: &Sentence, or: usize) -> bool {
    (or.saturating_sub(NEGATED_ALTERNATIVE_REACH)..or)
        .rev()
        .take_while(|&j| {
            !s.is_punct(j, &['.', ';', '\u{61b}', ':', '!', '?', '\u{61f}'])
                && !s.covered_by(j, |t| matches!(t, Tag::ClauseBreak | Tag::Complementizer | Tag::DenialVerb))
        })
        .any(|j| s.has_at(j, |t| matches!(t, Tag::Negation)))
}

fn is_back_reference(t: &Tag) -> bool {
    matches!(t, Tag::BackReference | Tag::Allegation)
}

/// Ends an object: a full stop, a clause break ("but"), or a comma or a
/// conjunction followed by a new speech verb ("refuted this, claiming that
/// ...", "refuted the claims and said ...").
fn ends_object(s: &Sentence, k: usize) -> bool {
    if opens_a_charge(s, k) {
        return false;
    }
    if s.is_punct(k, &['.', ';', '؛', '?', '؟', '!', ':'])
        || s.has_at(k, |t| matches!(t, Tag::ClauseBreak | Tag::AccordingTo | Tag::Relay | Tag::DenialVerb))
        // «نفى التقارير مؤكدا أن ...»: a participle goes on with the denier's own
        // words, unless it says what reports right before it say ("reports saying").
        || (k > 0 && s.has_at(k, |t| matches!(t, Tag::Continuation)) && !s.is_quote(k - 1) && !says_what_reports_say(s, k))
    {
        return true;
    }
    let speech =
        |j: usize| j < s.len() && s.has_at(j, |t| matches!(t, Tag::Reporting | Tag::Continuation | Tag::DenialVerb));
    // "refuted the claims of the army and claimed that ...": a conjunction
    // before a speech verb starts the speaker's next clause, written apart or
    // onto the verb («واكد»).
    // «ما وصفته بـ»: after "what" the verb only says what the object was called.
    let after_what = |j: usize| j > 0 && s.has_at(j - 1, |t| matches!(t, Tag::FunctionWord));
    let conjoined =
        |j: usize| speech(j) && !after_what(j) && s.grammar.after_conjunction(s.word(j)).any(|rest| s.is_form(j, rest));
    (s.is_punct(k, &[',', '،']) || s.grammar.is_conjunction(s.word(k))) && speech(k + 1)
        || conjoined(k)
        || trailing_attribution(s, k)
}

/// How far after a word opening a clause of time its speech verb may stand:
/// «بعد أن اتهمه», "after the Houthi rebels blamed".
const CHARGE_REACH: usize = 4;

/// "denied any role in the strikes, after the rebels blamed it", «نفى ...،
/// بعدما حمله الحوثيون مسؤوليتها»: a comma or the word at `k` opening a
/// clause of time whose verb is one of accusing goes on with the object:
/// the charge it tells of is what the denial answers. ("after an official
/// said nine were killed" only tells when.)
fn opens_a_charge(s: &Sentence, k: usize) -> bool {
    let at = if s.is_punct(k, &[',', '،']) { k + 1 } else { k };
    at < s.len()
        && s.kind(at) == TokenKind::Word
        && s.grammar.is_after_subordinator(s.word(at))
        && (at + 1..(at + 1 + CHARGE_REACH).min(s.len()))
            .take_while(|&j| s.kind(j) != TokenKind::Punct)
            .any(|j| s.has_at(j, |t| matches!(t, Tag::AccusationVerb)))
}

/// How many tokens a trailing attribution may hold before and after its verb.
const ATTRIBUTION_REACH: usize = 8;

/// "denied losing the camp, a news site reported.": a comma before a
/// speaker and its verb that end the sentence says who reported the
/// denial; it is no part of what is denied.
fn trailing_attribution(s: &Sentence, k: usize) -> bool {
    // "rejected, late on Monday, reports of ...": a dated aside, and a noun
    // for reports, are no attribution.
    if !s.is_punct(k, &[',', '،']) || s.dated_aside_after(k).is_some() {
        return false;
    }
    // «نفت ...، ما أعلنته قوات ...»: "what" after the comma opens the object.
    if k + 1 < s.len()
        && (s.has_at(k + 1, |t| matches!(t, Tag::FunctionWord)) || s.grammar.is_relative_pronoun(s.word(k + 1)))
    {
        return false;
    }
    let n = s.len();
    let words_after = |j: usize| (j + 1..n).filter(|&i| s.kind(i) != TokenKind::Punct).count();
    // "..., Interfax reports.": a word for reports that ends the sentence is its verb.
    let verb = (k + 2..(k + 2 + ATTRIBUTION_REACH).min(n)).find(|&j| {
        s.has_at(j, |t| matches!(t, Tag::Reporting))
            && (words_after(j) == 0
                || !s.has_at(j, |t| matches!(t, Tag::Hearsay | Tag::Allegation | Tag::BackReference)))
    });
    verb.is_some_and(|v| {
        words_after(v) <= ATTRIBUTION_REACH
            && (k + 1..n).all(|j| !s.has_at(j, |t| matches!(t, Tag::Complementizer | Tag::DenialVerb)))
    })
}

/// "the province, which lies on the border", "the city that lies 50km
/// west", "the town lies 50 km away": a verdict's word right after a
/// relative pronoun, or a single word right before a number, is a verb of
/// its clause, no verdict. (After "that" it may be either: «بأنها كاذبة».)
fn verdict_word_as_verb(s: &Sentence, m: &crosscheck_rules::Match) -> bool {
    let after_relative = m.start > 0
        && s.grammar.is_relative_pronoun(s.word(m.start - 1))
        && !s.has_at(m.start, |t| matches!(t, Tag::DenialVerb));
    let before_number = m.len == 1
        && m.end() < s.len()
        && (s.kind(m.end()) == TokenKind::Number || s.word(m.end()).starts_with(|c: char| c.is_ascii_digit()));
    after_relative || before_number
}

/// Whether a verdict's word matched by `m` is no verdict where it stands:
/// a verb of its clause, or an adjective of a noun.
pub(crate) fn no_verdict(s: &Sentence, m: &crosscheck_rules::Match) -> bool {
    verdict_word_as_verb(s, m) || verdict_word_as_attribute(s, m)
}

/// How many words after a verdict's word may lead to the noun it
/// qualifies ("fake Ukrainian army uniforms").
const ATTRIBUTE_REACH: usize = 3;

/// "carried false passports", «سجلوا فيديو مزيفا»: a one-word verdict that
/// qualifies a noun judges nothing. Where adjectives come first, that is
/// one with a content word after it and no word for a claim in the words
/// that follow; where they follow their noun, one right after an
/// indefinite common noun. Never after a copula, an adverb, "as", a
/// pronoun or a word for claims ("the report was fake", "called the report
/// fake"), where it is said of something.
fn verdict_word_as_attribute(s: &Sentence, m: &crosscheck_rules::Match) -> bool {
    let g = s.grammar;
    if m.len != 1 {
        return false;
    }
    let (claim_word, content) = (|k: usize| names_a_claim(s, k), |k: usize| content_word(s, k));
    let said_of = m.start == 0 || {
        let (k, w) = (m.start - 1, s.word(m.start - 1));
        s.kind(k) != TokenKind::Word
            || g.is_negated_auxiliary(w)
            || g.is_manner_adverb(w)
            || g.is_conjunction(w)
            || claim_word(k)
            || s.has_at(k, |t| matches!(t, Tag::Pronoun | Tag::DenialComplement | Tag::Complementizer))
    };
    if said_of {
        return false;
    }
    if g.adjectives_before_nouns() {
        return m.end() < s.len()
            && content(m.end())
            && !(m.end()..(m.end() + ATTRIBUTE_REACH).min(s.len())).take_while(|&k| content(k)).any(claim_word);
    }
    // «سجلت فيديو مزيفا», «حملوا وثائق مزورة»: after its noun, an indefinite
    // verdict's word qualifies an indefinite common noun (no definite article
    // written onto it, no name the packs know); a definite subject takes it
    // as a predicate («التقرير مزيف»), and a definite word after a noun is
    // its complement («لاختلاق الأكاذيب»).
    // («أن الأنباء عن سيطرة أذربيجان على جبرائيل كاذبة»: a clause that names
    // the reports it judges makes it a predicate, after a name or not.)
    let noun = m.start - 1;
    let indefinite = |k: usize| !g.has_definite_prefix(s.word(k));
    let clause_names_a_claim = (m.start.saturating_sub(VERDICT_REACH)..m.start)
        .rev()
        .take_while(|&k| s.kind(k) == TokenKind::Word && !s.has_at(k, |t| matches!(t, Tag::Complementizer)))
        .any(claim_word);
    content(noun) && indefinite(noun) && indefinite(m.start) && !s.covered_by(noun, |_| true) && !clause_names_a_claim
}

/// Whether token `k` is, or lies inside, a word for a claim or a verdict.
fn names_a_claim(s: &Sentence, k: usize) -> bool {
    s.covered_by(k, |t| {
        matches!(
            t,
            Tag::Hearsay
                | Tag::Allegation
                | Tag::SpeechNoun
                | Tag::BackReference
                | Tag::Refutation
                | Tag::Metric { .. }
        )
    })
}

/// Whether token `k` is a word of content: no word of a closed class, of
/// speech, of denial or of time.
fn content_word(s: &Sentence, k: usize) -> bool {
    let (g, w) = (s.grammar, s.word(k));
    let closed_class = g.is_conjunction(w)
        || g.is_disjunction(w)
        || g.is_preposition(w)
        || g.is_relative_pronoun(w)
        || g.is_negated_auxiliary(w);
    s.kind(k) == TokenKind::Word
        && !closed_class
        && !s.has_at(k, |t| {
            matches!(
                t,
                Tag::FunctionWord
                    | Tag::Complementizer
                    | Tag::ClauseBreak
                    | Tag::Reporting
                    | Tag::DenialVerb
                    | Tag::Weekday(_)
                    | Tag::RelativeDay(_)
                    | Tag::Month
            )
        })
}

/// "reports saying ...", «تقارير تزعم»: a participle right after reports or
/// claims that are no pointer says what they say.
fn says_what_reports_say(s: &Sentence, k: usize) -> bool {
    let reports = s.covered_by(k - 1, |t| matches!(t, Tag::Hearsay | Tag::Allegation));
    reports && !s.covered_by(k - 1, |t| matches!(t, Tag::BackReference))
}

/// The denial acts of a sentence. `frame_end` gives, for a verb at token k,
/// the token after its speaker phrase, so the object starts after the subject
/// in verb-first order ("نفت الوزارة ... ما ذكرته").
pub(crate) fn find_denials(s: &Sentence, frame_end: impl Fn(usize) -> Option<usize>) -> Vec<DenialAct> {
    let n = s.len();
    let mut out = Vec::new();
    let mut k = 0;
    while k < n {
        // A verdict: "لا علاقة لها بالحقيقة", "معلومات مضللة", "not true".
        if let Some(m) = s.find_at(k, |t| matches!(t, Tag::Refutation)) {
            // "has not denied it": a negated verdict judges nothing; "the
            // province, which lies on the border": a verdict's word right
            // after a relative pronoun is the clause's verb.
            if negated_verb(s, m.start) || no_verdict(s, &m) {
                k = m.end();
                continue;
            }
            let (act, next) = verdict_act(s, m);
            out.extend(act);
            k = next;
            continue;
        }
        if let Some(act) = no_losses_or_event(s, k) {
            k = act.word.1;
            out.push(act);
            continue;
        }
        if let Some(m) = s.find_at(k, |t| matches!(t, Tag::Anonymity)) {
            k = m.end();
            continue;
        }
        let verb_end = s.find_at(k, |t| matches!(t, Tag::DenialVerb)).map(|m| m.end());
        if let Some(verb_end) = verb_end.or_else(|| negated_evidence(s, k)) {
            // "did not confirm or deny", «لم تنف»: a negated denial denies nothing.
            let reported = attribution::opens_quoted_report(s, k);
            if (s.quoted[k] && !first_person_denial(s, k) && !reported)
                || negated_verb(s, k)
                || adverb_of_a_claim(s, k)
                || habitual(s, k)
                || or_confirmed(s, verb_end)
            {
                k = verb_end;
                continue;
            }
            let (act, next) = verb_act(s, k, verb_end, &frame_end);
            // "denied remarks attributed to him": the denier's own words, denied.
            let own_words_denied = act.as_ref().is_some_and(|a| {
                (a.object.0..a.object.1).any(|j| s.has_at(j, |t| matches!(t, Tag::AttributedToDenier)))
            });
            if own_words_denied {
                k = next;
                continue;
            }
            if !repeats(out.last(), k, act.as_ref()) {
                out.extend(act);
            }
            k = next;
            continue;
        }
        k += 1;
    }
    out
}

/// The denial act of the verdict matched by `m`, and the token to read on from.
fn verdict_act(s: &Sentence, m: crosscheck_rules::Match) -> (Option<DenialAct>, usize) {
    // "said it was untrue reports that ...": a verdict that leads what it
    // judges reads its object forward, as a denial verb does.
    let mut object = verdict_subject(s, m.start);
    // "A claim by the rebels that they took the town is false": the verdict
    // judges the claim its "that" clause belongs to.
    let claim_clause = claim_before_clause(s, object);
    if let Some((noun_start, _)) = claim_clause {
        object.0 = noun_start;
    }
    // "claims ... are absolutely false": the copula and its adverb belong to
    // the verdict, not to what it judges.
    // «...، هو عار عن الصحة»: so do the pronoun that takes the subject up and its comma.
    while object.1 > object.0 + 1 && {
        let (k, w) = (object.1 - 1, s.word(object.1 - 1));
        s.kind(k) == TokenKind::Word
            && (s.grammar.is_negated_auxiliary(w)
                || s.grammar.is_manner_adverb(w)
                || s.has_at(k, |t| matches!(t, Tag::Pronoun)))
            || s.is_punct(k, &[',', '،'])
    } {
        object.1 -= 1;
    }
    // «بأنها “مفبركة”»: the mark that opens a quoted verdict is no object.
    if (object.0..object.1).all(|k| s.is_quote(k)) {
        object.0 = object.1;
    }
    // A denial verb inside the phrase ("نفت ذلك") is a verb with its object.
    // «كذب بين», «كذب محض»: a lie, not a verb, when no pointer follows it.
    let verb = s.find_at(m.start, |t| matches!(t, Tag::DenialVerb)).filter(|v| {
        v.end() < m.end()
            && (v.end()..m.end()).all(|k| s.covered_by(k, |t| matches!(t, Tag::BackReference | Tag::FunctionWord)))
    });
    // "denied it was involved in ...": a pointer the clause goes on after is its subject.
    let goes_on = m.end() < s.len()
        && s.kind(m.end()) == TokenKind::Word
        && !s.grammar.is_conjunction(s.word(m.end()))
        && verb.is_some();
    if verdict_leads(s, object, m.end()) || opens_clause(s, m.end()) || goes_on {
        // "described as untrue, reports that ...": the object starts after the comma.
        let from = past_comma(s, m.end());
        return verb_act(s, m.start, m.end(), &|_| Some(from));
    }
    let trigger = if verb.is_some() { Trigger::Verb } else { Trigger::Verdict };
    // "denied it", «نفت ذلك»: the words after the verb are what is denied,
    // not the words before it, which name the denier.
    let object = verb.map_or(object, |v| (v.end(), m.end()));
    // «قال إنها معلومات مضللة»: a verdict right after "that it" judges what
    // was said; so does one in quotation marks («بأنها “مفبركة”»).
    let lead = if m.start > 0 && s.is_quote(m.start - 1) { m.start - 1 } else { m.start };
    let that_it = (object.0 >= object.1 && lead > 0 && s.has_at(lead - 1, |t| matches!(t, Tag::Complementizer)))
        .then(|| (lead - 1, lead))
        .or_else(|| called_it(s, object))
        .or_else(|| pointer_before_caller(s, object));
    let back_reference = find_back_reference(s, object.0, m.end().max(object.1))
        .or_else(|| (m.start..m.end()).find_map(|j| s.find_at(j, is_back_reference).map(|b| (b.start, b.end()))))
        .or_else(|| verb.map(|v| (v.end(), m.end())))
        .or(that_it);
    let content = claim_clause.map(|(_, that)| that);
    let act = DenialAct { trigger, word: (m.start, m.end()), object, back_reference, content, quoted: false };
    (Some(act), m.end())
}

/// "called it a fabrication", "described them as lies": a verdict whose
/// subject is only a pronoun right after a speech verb judges what was said.
fn called_it(s: &Sentence, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let pronoun_only = a < b
        && (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::Pronoun)))
        && (a..b).all(|k| s.covered_by(k, |t| matches!(t, Tag::Pronoun | Tag::FunctionWord)));
    (pronoun_only && a > 0 && s.has_at(a - 1, |t| matches!(t, Tag::Reporting))).then_some((a, b))
}

/// "a claim the army called lies", "which the ministry described as false":
/// a verdict with nothing before it but the speech verb that calls it
/// judges the pointer before that verb's subject.
fn pointer_before_caller(s: &Sentence, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let empty = (a..b).all(|k| s.covered_by(k, |t| matches!(t, Tag::FunctionWord)));
    let mut verb = a;
    while verb > 0
        && s.covered_by(verb - 1, |t| matches!(t, Tag::FunctionWord))
        && !s.has_at(verb - 1, |t| matches!(t, Tag::Reporting))
    {
        verb -= 1;
    }
    if !empty || verb == 0 || !s.has_at(verb - 1, |t| matches!(t, Tag::Reporting)) {
        return None;
    }
    let verb = verb - 1;
    find_back_reference(s, verb.saturating_sub(OBJECTLESS_POINTER_REACH), verb)
}

/// How far before a "that" clause the word for a claim may stand ("a claim
/// by Yemen's Houthi group on Saturday that ...").
const CLAIM_NOUN_REACH: usize = 10;
/// The fewest words a "that" clause holds to be a claim's content.
const MIN_CLAUSE_WORDS: usize = 2;

/// When the verdict subject `from..at` is a "that" clause whose
/// "that" follows a word for claims or reports, the start of that noun
/// phrase and the "that": "the rebels' claim that ...", «ادعاء الجيش أن».
fn claim_before_clause(s: &Sentence, (from, at): (usize, usize)) -> Option<(usize, usize)> {
    let that = from.checked_sub(1).filter(|&t| s.has_at(t, |t| matches!(t, Tag::Complementizer)))?;
    // «واصفا الأنباء بأنها عارية عن الصحة»: with no clause after "that", the
    // verdict judges the pointer, as before.
    let clause_words = (from..at).filter(|&k| s.kind(k) != TokenKind::Punct).count();
    if clause_words < MIN_CLAUSE_WORDS {
        return None;
    }
    // ("the Tigray People's Liberation Front (TPLF) claim that": a name's
    // initials in brackets are part of it.)
    let inside_phrase = |k: usize| {
        s.kind(k) != TokenKind::Punct
            || k > 0 && s.is_punct(k, &['\'', '.']) && s.glued(k - 1, k)
            || s.is_punct(k, &['(', ')'])
    };
    // "Claims by the rebels": the noun, not the verb "claims".
    let claims_noun = |k: usize| s.covered_by(k, |t| matches!(t, Tag::Allegation | Tag::Hearsay));
    let stops = |k: usize| s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::ClauseBreak)) && !claims_noun(k);
    let noun = (that.saturating_sub(CLAIM_NOUN_REACH)..that)
        .rev()
        .take_while(|&k| inside_phrase(k) && !stops(k))
        .find(|&k| claims_noun(k))?;
    let mut start = noun;
    while start > 0
        && inside_phrase(start - 1)
        && !stops(start - 1)
        && !s.has_at(start - 1, |t| matches!(t, Tag::Complementizer))
    {
        start -= 1;
    }
    Some((start, that))
}

/// «ننفي هذا الكلام نفيا قاطعا»: a denial word at `k`, right after the
/// previous denial's object and with a word or none after it, repeats the
/// same denial.
fn repeats(previous: Option<&DenialAct>, k: usize, act: Option<&DenialAct>) -> bool {
    previous.is_some_and(|prev| prev.trigger != Trigger::Verdict && prev.object.1 == k)
        && act.is_some_and(|a| a.object.1 <= a.object.0 + 1)
}

/// «نفى ما تداولته وسائل إعلام أوكرانية نقلا عن مسؤول ... حول ...»: a relay
/// word at `to` after reports or claims in the object `from..to` names the
/// source they cite, part of what they said, not the denier's.
fn cited_by_reports(s: &Sentence, from: usize, to: usize) -> bool {
    s.has_at(to, |t| matches!(t, Tag::Relay))
        && (from..to).any(|j| s.has_at(j, |t| matches!(t, Tag::Publishing | Tag::Hearsay | Tag::Allegation)))
}

/// The pointer a denial verb denies, and whether a comma stands right after
/// the denier. `verb` is where the verb's auxiliaries start, the verb and
/// its end; `object` the words read as its object.
fn denied_pointer(
    s: &Sentence,
    (verb_start, k, word_end): (usize, usize, usize),
    (from, to): (usize, usize),
) -> (Option<(usize, usize)>, bool) {
    // "a claim that the ministry denied.": with nothing after the verb, what
    // it denies stands before its subject.
    let reach = if to == from { OBJECTLESS_POINTER_REACH } else { POINTER_REACH };
    let before = verb_start.saturating_sub(reach);
    // "..., which Yerevan denied, calling the claims misleading": with a
    // comma right after the denier, the pointer before the verb is what it
    // denies; the words after the comma are a clause of their own.
    // («في غضون ذلك، نفت ...», "After that, ... denied": a pointer with a
    // comma right after it is a connective, no object.)
    let pointer_before =
        find_back_reference(s, before, k).filter(|&(_, b1)| b1 >= s.len() || !s.is_punct(b1, &[',', '،']));
    let comma_after = from < s.len() && s.is_punct(from, &[',', '،']);
    let pointer = pointer_before
        .filter(|_| comma_after)
        .or_else(|| find_back_reference(s, from, to))
        .or_else(|| find_back_reference(s, k + 1, word_end))
        // («نفى ذلك العقيد فلان»: the pointer between the verb and its subject.)
        .or_else(|| {
            s.find_at(word_end, |t| matches!(t, Tag::BackReference))
                .filter(|b| b.end() == word_end + 1 && from > b.end() && s.grammar.is_object_pointer(s.word(word_end)))
                .map(|b| (b.start, b.end()))
        })
        .or(pointer_before);
    (pointer, comma_after)
}

/// «الجماعة التي رفضت السلام مع الحكومة»: a verb of refusal right after a
/// relative pronoun has its antecedent for subject; a word after it that
/// names no party is its object, not its subject.
fn refusal_of_an_antecedent(s: &Sentence, k: usize, word_end: usize) -> bool {
    k > 0
        && s.grammar.is_relative_pronoun(s.word(k - 1))
        && s.has_at(k, |t| matches!(t, Tag::RefusalVerb))
        && word_end < s.len()
        && !s.covered_by(word_end, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)))
}

/// How far after the pointer a participle names may stand the verdict it
/// calls it ("calling it pure propaganda", "terming the reports false").
const NAMED_VERDICT_REACH: usize = 4;

/// Where the object of the denial verb at `k` (a passive one when
/// `passive`), read from `from` to `to`, ends: before what the denier calls it.
fn object_end(s: &Sentence, (k, passive): (usize, bool), from: usize, mut to: usize) -> usize {
    let n = s.len();
    // "dismissed the report as absurd": what the object is called is no part
    // of it; "denied that it served as a mediator" keeps its clause whole.
    // "rejecting as lies a story that ...": an object after the complement
    // stays; "a claim dismissed by X as absurd" (`passive`) has its object
    // before the verb.
    let first = if passive { from } else { from + 1 };
    if let Some(complement) = object_complement(s, k, (first, to)) {
        to = complement;
    }
    // "denied the report calling it propaganda", "terming the reports
    // false": a participle with a pronoun or pointer after it and a verdict
    // right after that is the denier's word on the object, no part of it
    // ("reports saying they abandoned two vehicles" keeps what they say).
    let names_it = |j: usize| {
        s.has_at(j, |t| matches!(t, Tag::Continuation))
            && j + 1 < n
            && s.covered_by(j + 1, |t| matches!(t, Tag::Pronoun | Tag::BackReference))
            && (j + 2..(j + 2 + NAMED_VERDICT_REACH).min(n)).any(|k| s.has_at(k, |t| matches!(t, Tag::Refutation)))
    };
    if let Some(j) = (first..to).find(|&j| names_it(j)) {
        to = j;
    }
    // «ننفي ...»: the closing quotation mark is not what is denied.
    while to > from && s.is_quote(to - 1) {
        to -= 1;
    }
    to
}

/// How many words an aside on the denier may hold.
const DENIER_ASIDE_WORDS: usize = 5;

/// The comma closing an aside that the comma at `open`, right after the
/// denier, opens: a few words that describe the denier («، غير المعترف بها
/// دوليا،», «، في بيان،»), with no speech, denial, or clause of their own.
fn aside_on_the_denier(s: &Sentence, open: usize) -> Option<usize> {
    if open >= s.len() || !s.is_punct(open, &[',', '،']) {
        return None;
    }
    let to = (open + DENIER_ASIDE_WORDS + 2).min(s.len());
    let close = (open + 1..to).find(|&k| s.kind(k) == TokenKind::Punct)?;
    let plain = |k: usize| {
        s.kind(k) == TokenKind::Word
            && !s.has_at(k, |t| {
                matches!(
                    t,
                    Tag::Reporting
                        | Tag::Continuation
                        | Tag::DenialVerb
                        | Tag::Refutation
                        | Tag::ClauseBreak
                        | Tag::Complementizer
                        | Tag::BackReference
                        | Tag::Allegation
                        | Tag::Hearsay
                )
            })
    };
    (s.is_punct(close, &[',', '،']) && close > open + 1 && (open + 1..close).all(plain)).then_some(close)
}

/// The denial act of the denial verb at token `k`, ending at `word_end`, and
/// the token to read on from.
fn verb_act(
    s: &Sentence,
    k: usize,
    word_end: usize,
    frame_end: &impl Fn(usize) -> Option<usize>,
) -> (Option<DenialAct>, usize) {
    let n = s.len();
    // "استنكرت الادعاءات": a denial phrase may hold its own object.
    let relative_subject = refusal_of_an_antecedent(s, k, word_end);
    let mut from = if relative_subject { word_end } else { frame_end(k).unwrap_or(word_end).max(word_end) };
    // «نفت وزارة الدفاع، غير المعترف بها دوليا، صحة ...»: an aside on the
    // denier, between commas, is no part of what is denied.
    if let Some(close) = aside_on_the_denier(s, from) {
        from = close + 1;
    }
    let mut to = from;
    while to < n && to - from < OBJECT_REACH && (!ends_object(s, to) || cited_by_reports(s, from, to)) {
        // "denied, on Sunday, reports ...": a dated aside is read over.
        to = s.dated_aside_after(to).map_or(to + 1, |close| close + 1);
    }
    let passive = word_end < n && s.has_at(word_end, |t| matches!(t, Tag::PassiveAgent));
    to = object_end(s, (k, passive), from, to);
    // "وهو تصريح نفى صحته": a back-reference may stand just before the verb,
    // or before its auxiliaries ("a toll that has been rejected by ...").
    let mut verb_start = k;
    while verb_start > 0
        && s.kind(verb_start - 1) == TokenKind::Word
        && (s.has_at(verb_start - 1, |t| matches!(t, Tag::PassiveAuxiliary))
            || s.grammar.is_subject_auxiliary(s.word(verb_start - 1)))
    {
        verb_start -= 1;
    }
    let (back_reference, comma_after) = denied_pointer(s, (verb_start, k, word_end), (from, to));
    // «وهي مزاعم تنفيها الحركة التي يتزعمها فلان»: with the pointer before the
    // verb, a relative clause after the denier describes the denier; nothing
    // after it is denied.
    // (So does a comma right after the denier.)
    if back_reference.is_some_and(|(b0, _)| b0 < k)
        && from < n
        && (s.grammar.is_relative_pronoun(s.word(from)) || comma_after)
    {
        to = from;
    }
    if let Some(pointer) = back_reference.filter(|&(b0, _)| b0 >= from) {
        to = end_at_comma_after_pointer(s, pointer, to);
    }
    // «نفت مزاعم إعلامية أفادت بـ»: what a speech verb right after a word for
    // claims governs is what is denied.
    let claims_verb = |j: usize| {
        s.has_at(j, |t| matches!(t, Tag::Reporting))
            && !s.has_at(j, |t| matches!(t, Tag::Hearsay | Tag::Allegation | Tag::BackReference))
            && (j.saturating_sub(2).max(from)..j).any(|i| s.has_at(i, |t| matches!(t, Tag::Hearsay | Tag::Allegation)))
    };
    let content = (from..to).find(|&j| s.has_at(j, |t| matches!(t, Tag::Complementizer)) || claims_verb(j));
    // "rejected what Baku claimed": what a party said is denied, not refused.
    // «رافضا الإدلاء بمزيد من التفاصيل», "refusing to comment": a speech
    // verb as the very object is declining to speak.
    let hearsay = (k + 1..to).any(|j| {
        s.has_at(j, |t| matches!(t, Tag::Hearsay)) || j > from && s.has_at(j, |t| matches!(t, Tag::Reporting))
    });
    // "رفضت الانسحاب", "rejected the proposal": refusing is no denial. ("As
    // per the report, Bangkok has rejected mediation efforts": nor is it
    // when the pointer stands before the verb and an object follows it.)
    // ("The accusation was rejected by ...": a passive's subject is its object.)
    // («رفضت الهند هذا العرض», "rejected this offer": a thing refused.)
    let pointed = back_reference
        .is_some_and(|(b0, b1)| (b0 > k || to == from || passive) && !(b0 > k && points_at_a_thing(s, (b0, b1), to)));
    // «رفض التعليق على ذلك»: refusing to comment on what was said denies none of it.
    let declines = (word_end..to.min(from + 2)).any(|j| s.grammar.is_comment_word(s.word(j)));
    // «التي رفضت السلام مع الحكومة أن ...»: a clause after a noun refused
    // is no content of the refusal; a rejection's clause opens its object.
    let content_opens =
        content.is_some_and(|c| !relative_subject || (from..c).all(|j| s.grammar.is_manner_adverb(s.word(j))));
    if s.has_at(k, |t| matches!(t, Tag::RefusalVerb)) && (declines || !pointed && !content_opens && !hearsay) {
        return (None, to.max(word_end));
    }
    // "denied any casualties", «نفى سقوط أي قتلى»: a denial that anyone was
    // counted at all says there were no losses.
    let trigger = if denies_any_toll(s, from, to) { Trigger::NoLosses } else { Trigger::Verb };
    let act =
        DenialAct { trigger, word: (k, word_end), object: (from, to), back_reference, content, quoted: s.quoted[k] };
    (Some(act), to.max(word_end))
}

/// Whether a denial's object `from..to` opens on a toll of no one in
/// particular: "any" before a casualty word, and no figure.
fn denies_any_toll(s: &Sentence, from: usize, to: usize) -> bool {
    let counted = (from..to).any(|j| s.kind(j) == TokenKind::Number);
    let loss = |m: usize| s.has_at(m, |t| matches!(t, Tag::Metric { .. } | Tag::LossNoun));
    let any_toll = (from..to.min(from + ANY_TOLL_REACH))
        .any(|j| s.grammar.is_uncounting_determiner(s.word(j)) && (j + 1..(j + 3).min(to)).any(loss));
    any_toll && !counted || names_only_losses(s, from, to)
}

/// "denied the deaths", «نفت سقوط قتلى», «نفت وقوع خسائر بشرية جراء
/// غاراتها», "denied civilian casualties in the strike": an object whose
/// third word at most (articles aside) is a word for losses, with no figure
/// and no clause after it, denies that there were any.
fn names_only_losses(s: &Sentence, from: usize, to: usize) -> bool {
    // Words for the losses themselves ("deaths", «قتلى»), not for a count
    // of them ("the toll", which points at a figure) nor for what was taken.
    let Some(loss) = (from..to).find_map(|j| s.find_at(j, |t| matches!(t, Tag::LossNoun))) else {
        return false;
    };
    let before = (from..loss.start).filter(|&j| !s.grammar.is_article(s.word(j))).count();
    before <= LOSS_WORD_REACH
        // "denied responsibility for the deaths", "denied reports of
        // casualties": who caused them, or what was said of them, is denied.
        && (from..loss.start).all(|j| {
            s.kind(j) == TokenKind::Word
                && !s.has_at(j, |t| {
                    matches!(t, Tag::Responsibility | Tag::Hearsay | Tag::Allegation | Tag::BackReference)
                })
        })
        && (from..to).all(|j| s.kind(j) != TokenKind::Number && !s.has_at(j, |t| matches!(t, Tag::Number(_))))
        && !(loss.end()..to).any(|j| s.has_at(j, |t| matches!(t, Tag::Complementizer | Tag::Reporting)))
}

/// Whether a verdict ending at `end`, with the words before it in its clause
/// `subject`, stands before what it judges: nothing in `subject` points back,
/// and a report, a claim or a "that" clause follows it.
fn verdict_leads(s: &Sentence, subject: (usize, usize), end: usize) -> bool {
    // "it is untrue reports that ...": a pronoun and its verb judge nothing before.
    let empty =
        |m: crosscheck_rules::Match| (m.start..m.end()).all(|j| s.has_at(j, |t| matches!(t, Tag::FunctionWord)));
    let judged_before = (subject.0..subject.1).any(|j| {
        s.find_at(j, is_back_reference).is_some_and(|m| !empty(m)) || s.has_at(j, |t| matches!(t, Tag::Hearsay))
    });
    // "described as untrue, reports that ...": a comma may stand between.
    let end = past_comma(s, end);
    let leads = end < s.len()
        && (s.has_at(end, |t| matches!(t, Tag::Complementizer))
            || s.find_at(end, |t| matches!(t, Tag::Hearsay | Tag::Allegation))
                .is_some_and(|m| tells_content(s, m.end())));
    // «حملة أكاذيب وشائعات مضللة», "lies and rumours": a word for reports
    // joined to the verdict is one more verdict, not what it judges.
    let joined = end < s.len() && s.grammar.after_conjunction(s.word(end)).any(|rest| s.is_form(end, rest));
    !judged_before && leads && !joined
}

/// How far after a word for reports the clause telling what they say may open.
const REPORT_CONTENT_REACH: usize = 4;

/// Whether what a word for reports ending at `k` tells follows it: "false
/// reports that ...", "of ...", "saying ...", not "false rumors are
/// irresponsible", where the reports are the subject of what is said of
/// them.
fn tells_content(s: &Sentence, k: usize) -> bool {
    let told_next = k < s.len()
        && (s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::Continuation))
            || s.kind(k) == TokenKind::Word && s.grammar.is_preposition(s.word(k))
            || s.is_punct(k, &[':', '«', '"', '“']));
    // "reports circulating online that ...": a few words may stand before the clause.
    told_next
        || (k..(k + REPORT_CONTENT_REACH).min(s.len()))
            .any(|j| s.has_at(j, |t| matches!(t, Tag::Complementizer | Tag::TopicMarker)))
}

/// The token after a comma at `k` that words follow, else `k`.
fn past_comma(s: &Sentence, k: usize) -> usize {
    // "It is not true (that 200 were killed)": an opening parenthesis too.
    if k + 1 < s.len() && s.is_punct(k, &[',', '،', '(']) { k + 1 } else { k }
}

/// "denied that any soldiers died", "denied that 70 soldiers died": a
/// pointer that is also a complementizer, with words after it, opens a clause.
fn opens_clause(s: &Sentence, end: usize) -> bool {
    // "denied that and said ...": a conjunction after "that" makes it a pointer.
    end > 0
        && end < s.len()
        && matches!(s.kind(end), TokenKind::Word | TokenKind::Number)
        && !s.grammar.is_conjunction(s.word(end))
        && s.has_at(end - 1, |t| matches!(t, Tag::Complementizer))
}

fn find_back_reference(s: &Sentence, from: usize, to: usize) -> Option<(usize, usize)> {
    (from..to.min(s.len())).find_map(|j| s.find_at(j, is_back_reference).map(|m| (m.start, m.end())))
}

/// The words a verdict judges: back from the verdict to the start of its
/// clause (a complementizer, a speech verb, a clause mark), over quotation
/// marks.
fn verdict_subject(s: &Sentence, at: usize) -> (usize, usize) {
    let mut from = at;
    while from > 0 && at - from < VERDICT_REACH {
        let j = from - 1;
        // «كل ما تذيعه باكو حول ...، هو عار عن الصحة»: a pronoun after a comma
        // takes up the subject before the comma.
        let resumed = s.is_punct(j, &[',', '،']) && from < at && s.has_at(from, |t| matches!(t, Tag::Pronoun));
        // "the U.S. aircraft carrier": a full stop inside the sentence ends an abbreviation.
        // "the embassy's convoy": nor does a possessive's apostrophe.
        let abbreviation = s.is_punct(j, &['.', '\'', '’']) && j > 0 && s.glued(j - 1, j);
        let punct_ends = s.kind(j) == TokenKind::Punct && !s.is_quote(j) && !resumed && !abbreviation;
        // "these claims were lies": an allegation word is the subject, not a speech verb.
        // «الأنباء التي تحدثت عن ... عارية عن الصحة»: a speech verb in a
        // relative clause on a word for reports belongs to the subject.
        let speech_in_relative = |v: usize| {
            v >= 2
                && s.has_at(v, |t| matches!(t, Tag::Reporting))
                && s.grammar.is_relative_pronoun(s.word(v - 1))
                && s.has_at(v - 2, |t| matches!(t, Tag::Hearsay | Tag::Allegation))
        };
        let word_ends = || {
            // "the reports which claimed that ...": its "that" too.
            let in_relative = speech_in_relative(j)
                || (j >= 1 && s.has_at(j, |t| matches!(t, Tag::Complementizer)) && speech_in_relative(j - 1));
            // "said reports of the fall were false": "reports" is the noun here.
            let report_noun = s.has_at(j, |t| matches!(t, Tag::Hearsay));
            s.has_at(j, |t| matches!(t, Tag::Complementizer | Tag::Reporting | Tag::ClauseBreak))
                && !s.covered_by(j, is_back_reference)
                && !in_relative
                && !report_noun
                && what_before_speech(s, j).is_none()
        };
        // "described the claims as false", «وصف ... التقارير بأنها كاذبة»: the
        // verdict after "as" judges the words before "as", back to the verb.
        // «وأكدت الصين بأنها أنباء كاذبة»: an "as" that is also "that" after
        // a verb and its subject alone judges what was said.
        if s.has_at(j, |t| matches!(t, Tag::DenialComplement)) {
            let subject = verdict_subject(s, j).0;
            let that = s.has_at(j, |t| matches!(t, Tag::Complementizer));
            if !that || names_what_is_judged(s, subject, j) {
                return (subject, j);
            }
        }
        if punct_ends || word_ends() {
            // Unless the break lies inside a subject that "what" opens.
            let Some(what) = what_clause_over(s, j, at) else { break };
            from = what;
            continue;
        }
        from = j;
    }
    (from, at)
}

/// The "as" in `[first, to)` that ends a denial's object at verb `k`, what
/// the object is called coming after it. «تقارير تفيد بأنها قصفت»: an "as"
/// that is also "that" is "as" only before a verdict.
fn object_complement(s: &Sentence, k: usize, (first, to): (usize, usize)) -> Option<usize> {
    let called = |j: usize| {
        !s.has_at(j, |t| matches!(t, Tag::Complementizer))
            || (j + 1..(j + 4).min(s.len())).any(|i| s.has_at(i, |t| matches!(t, Tag::Refutation)))
    };
    (first..to)
        .find(|&j| s.has_at(j, |t| matches!(t, Tag::DenialComplement)) && called(j))
        .filter(|&complement| !(k..complement).any(|j| s.has_at(j, |t| matches!(t, Tag::Complementizer))))
}

/// Whether words `[a, b)` spell out something said or counted: a figure,
/// or reports or claims with what they say after them («تقارير عن مقتل»,
/// «ادعاءات إيران باستهدافها مقرا»). A bare pointer («هذه التقارير
/// الهندية», «الأنباء») only points back at what was said.
fn names_what_is_judged(s: &Sentence, a: usize, b: usize) -> bool {
    let said = |k: usize| s.has_at(k, |t| matches!(t, Tag::Hearsay | Tag::Allegation)) && k + 2 < b;
    (a..b).any(|k| s.kind(k) == TokenKind::Number || s.has_at(k, |t| matches!(t, Tag::Metric { .. })) || said(k))
}

/// "what Baku announced was baseless", «إن ما أعلنته باكو لا أساس له»: a
/// speech verb at `j` a few words after "what" is inside the subject; what
/// it said is what the verdict judges. The "what" that opens it.
fn what_before_speech(s: &Sentence, j: usize) -> Option<usize> {
    if !s.has_at(j, |t| matches!(t, Tag::Reporting)) {
        return None;
    }
    (j.saturating_sub(FREE_RELATIVE_REACH)..j)
        .rev()
        .take_while(|&i| s.kind(i) != TokenKind::Punct && !s.has_at(i, |t| matches!(t, Tag::Reporting)))
        .find(|&i| s.grammar.is_free_relative(s.word(i)))
}

/// «إن ما أعلنته الوزارة، لوسائل الإعلام، بأن ... قتل 60، لا أساس له»: a
/// subject opened by "what" and a speech verb runs on over the commas and
/// the "that" of what was said; the start of that subject, if the break at
/// `j` lies inside one.
fn what_clause_over(s: &Sentence, j: usize, at: usize) -> Option<usize> {
    if !(s.is_punct(j, &[',', '،']) || s.has_at(j, |t| matches!(t, Tag::Complementizer))) {
        return None;
    }
    for i in (at.saturating_sub(VERDICT_REACH)..j).rev() {
        if s.kind(i) == TokenKind::Punct && !s.is_punct(i, &[',', '،']) {
            return None;
        }
        if s.has_at(i, |t| matches!(t, Tag::Reporting)) {
            return what_before_speech(s, i);
        }
    }
    None
}

/// The words that say a sentence may hold a denial act: the longest word of
/// each denial verb, verdict or "no losses" phrase. The sentence gate looks
/// for them as substrings in the same pass as its own words, so it may say
/// yes where the lexicon reads nothing (a clitic, a longer word), never no
/// where it reads a denial. Statements are kept for denials only around
/// sentences it says yes to.
pub(crate) fn denial_words(lexicon: &Lexicon) -> Vec<String> {
    lexicon.longest_words(is_denial_word)
}

/// Whether a phrase tagged so may open a denial act.
pub(crate) fn is_denial_word(t: &Tag) -> bool {
    matches!(
        t,
        Tag::DenialVerb
            | Tag::Refutation
            | Tag::NoLosses
            | Tag::NoEvent
            | Tag::PerpetrationVerb
            | Tag::ResultVerb
            | Tag::Anyone
            | Tag::EvidenceNoun
    )
}
