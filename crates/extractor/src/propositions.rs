//! Propositions ("Shusha has been taken") and their polarity, and the
//! framing terms camps use for the same thing.

use crosscheck_model::{Polarity, Proposition};
use crosscheck_rules::{CampId, Element, Lexicon, Match, Pattern, PlaceId, PropositionDef, Rules, SlotKind, Tag};
use crosscheck_text::{Normalized, TokenKind};
use rustc_hash::FxHashMap;

use crate::analysis::Sentence;
use crate::context;

/// What a slot was bound to in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SlotValue {
    Place(PlaceId),
    /// "الإقليم", "the region": the region the article last named.
    RegionAnaphor,
    /// "المدينة", "the town": the locality the article last named.
    LocalityAnaphor,
    /// An unlisted proper noun after a locality word ("مدينة كنجة", "the
    /// town of Hadrut"): its first token and its count of tokens, two when
    /// a word of direction begins it ("the province of North Kivu").
    Named(usize, usize),
    /// A camp word: the camp's side.
    Camp(CampId),
    /// "لها", "its own": the speaker's side.
    Own,
}

/// Who a reported statement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hearsay {
    /// "أنباء", "reports": the media's voice; token range of the word.
    Reports(usize, usize),
    /// "مزاعم", "accusations": whoever the words around name; token range to resolve.
    Allegation(usize, usize),
}

#[derive(Debug, Clone)]
pub(crate) struct PropositionMatch {
    pub pattern: usize,
    /// First token of the claim, a denial verb before the wording included.
    pub start: usize,
    /// First token of the wording itself.
    pub wording_start: usize,
    pub end: usize,
    pub slots: Vec<(SlotKind, SlotValue)>,
    pub polarity: Polarity,
    /// A phrase that attributes the statement to reports or to an accusation.
    pub hearsay: Option<Hearsay>,
    pub how: String,
}

const DENIAL_REACH: usize = 12;
const HEARSAY_REACH: usize = 8;
const BLOCKER_REACH: usize = 3;

pub(crate) fn is_clause_punct(s: &Sentence, k: usize) -> bool {
    // "a U.S. helicopter": a full stop glued to a word inside the sentence
    // ends an abbreviation (segmentation did not end the sentence there).
    let abbreviation = s.is_punct(k, &['.']) && k > 0 && k + 1 < s.len() && s.glued(k - 1, k);
    s.is_punct(k, &[',', '،', ';', '؛', ':', '.', '?', '؟', '!']) && !abbreviation
}

struct Matcher<'a> {
    s: &'a Sentence<'a>,
    rules: &'a Rules,
    /// Whether the letter at a byte of the sentence was written in upper case.
    normalized: &'a Normalized,
    /// The ids of the wording words each token's forms are:
    /// `ids[id_index[i]..id_index[i + 1]]`.
    ids: &'a [u32],
    id_index: &'a [usize],
}

impl Matcher<'_> {
    /// Whether token `i` can be one of the words `alternatives` (ids), once
    /// clitics are peeled off: compared as ids, not as text.
    fn word(&self, i: usize, alternatives: &[u32]) -> bool {
        i < self.s.len() && self.ids[self.id_index[i]..self.id_index[i + 1]].iter().any(|id| alternatives.contains(id))
    }

    fn slot(&self, i: usize, kind: SlotKind) -> Option<(Match, SlotValue)> {
        if i >= self.s.len() {
            return None;
        }
        self.s
            .starts(i)
            .iter()
            .find_map(|m| {
                let value = match (kind, m.tag) {
                    (SlotKind::City, Tag::Place(p)) if self.rules.place(p).kind.is_locality() => SlotValue::Place(p),
                    (SlotKind::Region, Tag::Place(p)) if !self.rules.place(p).kind.is_locality() => SlotValue::Place(p),
                    (SlotKind::Place, Tag::Place(p)) => SlotValue::Place(p),
                    (SlotKind::Region | SlotKind::Place, Tag::RegionAnaphor) => SlotValue::RegionAnaphor,
                    (SlotKind::Side, Tag::CampCue(c)) if self.rules.camp(c).side.is_some() => SlotValue::Camp(c),
                    (SlotKind::Side, Tag::OwnReference) => SlotValue::Own,
                    (SlotKind::City | SlotKind::Place, Tag::LocalityAnaphor) => SlotValue::LocalityAnaphor,
                    (SlotKind::Day, _) => return None,
                    _ => return None,
                };
                Some((*m, value))
            })
            .or_else(|| self.named_place(i, kind))
    }

    /// Whether slot `kind` may be filled at token `i`: a phrase starts
    /// there, or a word stands right after a locality word. Cheaper than
    /// [`Matcher::slot`], and never false where it would fill the slot.
    fn may_fill(&self, i: usize, kind: SlotKind) -> bool {
        !self.s.starts(i).is_empty() || self.after_locality_noun(i, kind)
    }

    /// Whether token `i` is a word right after a locality word (or its "of"),
    /// in a slot a named place may fill.
    fn after_locality_noun(&self, i: usize, kind: SlotKind) -> bool {
        matches!(kind, SlotKind::City | SlotKind::Place) && context::after_locality_noun(self.s, i)
    }

    /// A named place in slot `kind` at token `i` (see [`context::named_place`]).
    fn named_place(&self, i: usize, kind: SlotKind) -> Option<(Match, SlotValue)> {
        if !matches!(kind, SlotKind::City | SlotKind::Place) {
            return None;
        }
        let len = context::named_place(self.s, self.normalized, i)?;
        Some((Match { start: i, len, tag: Tag::LocalityNoun }, SlotValue::Named(i, len)))
    }

    /// Matches `elements` from token `i`; returns the end token. The tokens a
    /// gap skipped are recorded in `skipped`.
    fn run_tracking(
        &self,
        elements: &[Step],
        i: usize,
        slots: &mut Vec<(SlotKind, SlotValue)>,
        skipped: &mut Vec<usize>,
    ) -> Option<usize> {
        let Some((first, rest)) = elements.split_first() else { return Some(i) };
        match first {
            Step::Word(alternatives) => {
                // Quotation marks inside a wording do not break it: a "stampede" occurred.
                if i > 0 && i < self.s.len() && self.s.is_quote(i) {
                    return self.run_tracking(elements, i + 1, slots, skipped);
                }
                if self.word(i, alternatives) { self.run_tracking(rest, i + 1, slots, skipped) } else { None }
            }
            Step::Optional(alternatives) => {
                if self.word(i, alternatives)
                    && let Some(end) = self.run_tracking(rest, i + 1, slots, skipped)
                {
                    return Some(end);
                }
                self.run_tracking(rest, i, slots, skipped)
            }
            Step::Any => {
                if i < self.s.len() && self.s.kind(i) == TokenKind::Word {
                    self.run_tracking(rest, i + 1, slots, skipped)
                } else {
                    None
                }
            }
            Step::Gap(max) => {
                for skip in 0..=usize::from(*max) {
                    let j = i + skip;
                    // ", اليوم الخميس،": the commas of a dated aside break no clause.
                    let aside =
                        |k: usize| self.s.dated_aside_after(k).is_some() || self.s.dated_aside_before(k).is_some();
                    if j > self.s.len() || (skip > 0 && is_clause_punct(self.s, j - 1) && !aside(j - 1)) {
                        break;
                    }
                    // "Turkey said Kurdish forces shelled": a speech verb in the
                    // gap starts another's clause; what stood before it is no agent.
                    if skip > 0 && self.s.has_at(j - 1, |t| matches!(t, Tag::Reporting | Tag::DenialVerb)) {
                        break;
                    }
                    let mark = slots.len();
                    let skipped_mark = skipped.len();
                    skipped.extend(i..j);
                    if let Some(end) = self.run_tracking(rest, j, slots, skipped) {
                        return Some(end);
                    }
                    slots.truncate(mark);
                    skipped.truncate(skipped_mark);
                }
                None
            }
            Step::Slot(kind) => {
                let (m, value) = self.slot(i, *kind)?;
                slots.push((*kind, value));
                let end = self.run_tracking(rest, m.end(), slots, skipped);
                if end.is_none() {
                    slots.pop();
                }
                end
            }
        }
    }
}

/// Whether a match of `pred` ends within `reach` tokens before `start`.
fn ends_before(s: &Sentence, start: usize, reach: usize, pred: impl Fn(&Tag) -> bool) -> Option<Match> {
    (start.saturating_sub(reach)..=start).rev().find_map(|end| s.ending_at(end, &pred))
}

/// "the downing, if confirmed, would be the first", «هذا الإعلان – في حال
/// تأكده – الأول من نوعه بشأن إسقاط ...»: a wording beside a conditional
/// hedge says what would be so, not what is.
fn hedged(s: &Sentence, start: usize, end: usize) -> bool {
    const BEFORE: usize = 12;
    const AFTER: usize = 4;
    let to = (end + AFTER).min(s.len());
    (start.saturating_sub(BEFORE)..to).any(|k| s.has_at(k, |t| matches!(t, Tag::Hedge)))
}

/// «هجوم غير مسبوق», «الهجوم غير المسبوق»: a negation that may qualify a
/// noun (`adjectival_negations`) denies nothing unless it stands between a
/// definite subject and an indefinite word, «القوات غير موجودة».
pub(crate) fn qualifies_a_noun(s: &Sentence, k: usize) -> bool {
    let definite = |j: usize| s.kind(j) == TokenKind::Word && s.grammar.has_definite_prefix(s.word(j));
    let predicate = k > 0 && definite(k - 1) && k + 1 < s.len() && !definite(k + 1);
    s.grammar.is_adjectival_negation(s.word(k)) && !predicate
}

/// Whether a wording opens on a speech verb of its own ("اتهمت ... {side}
/// بقصف"): it starts a new clause, which a denial before it does not govern
/// («نفت باكستان هذه الاتهامات واتهمت القوات الهندية بقصف ...»).
fn opens_on_speech(s: &Sentence, start: usize) -> bool {
    s.has_at(start, |t| matches!(t, Tag::Reporting)) && !s.has_at(start, |t| matches!(t, Tag::DenialVerb))
}

/// Whether the refusal verb at `k` refuses to speak ("declined to comment
/// on", «رفض التعليق على») of what stands before `start`.
fn declines_to_comment(s: &Sentence, k: usize, start: usize) -> bool {
    let Some(verb) = s.find_at(k, |t| matches!(t, Tag::RefusalVerb)) else {
        return false;
    };
    (verb.end()..(verb.end() + 2).min(start)).any(|j| s.grammar.is_comment_word(s.word(j)))
}

/// A denial verb earlier in the same clause.
fn denial_before(s: &Sentence, start: usize) -> Option<usize> {
    let from = start.saturating_sub(DENIAL_REACH);
    let mut k = start;
    while k > from {
        k -= 1;
        if is_clause_punct(s, k) {
            match s.dated_aside_before(k).or_else(|| dated_tail_of_denial(s, k)) {
                Some(open) => {
                    k = open;
                    continue;
                }
                None => return None,
            }
        }
        if s.has_at(k, |t| matches!(t, Tag::ClauseBreak)) {
            return None;
        }
        if s.has_at(k, |t| matches!(t, Tag::DenialVerb)) || verdict_on_a_clause(s, k) {
            return Some(k);
        }
        if s.has_at(k, |t| matches!(t, Tag::Reporting)) {
            return None;
        }
    }
    None
}

/// «روجوا كذبة كبيرة بأنهم سيطروا», "spread the lie that they took": a
/// verdict right before "that", or one word of it, judges the clause it opens.
/// ("a lie, and that ...", «كذبة وأن ...»: a conjunction joins another
/// clause, which the verdict does not judge.)
fn verdict_on_a_clause(s: &Sentence, k: usize) -> bool {
    let joined = |j: usize| crate::figures::joined_by_a_conjunction(s, j);
    let that = |j: usize| j < s.len() && s.has_at(j, |t| matches!(t, Tag::Complementizer)) && !joined(j);
    s.find_at(k, |t| matches!(t, Tag::Refutation)).is_some_and(|m| {
        let word_between = m.end() + 1 < s.len() && s.kind(m.end()) == TokenKind::Word && !joined(m.end());
        that(m.end()) || (word_between && that(m.end() + 1))
    })
}

/// «نفى الجيش مساء الجمعة، سيطرة ...»: a comma that closes the day of a
/// denial, said right after its verb and subject, ends no clause. Returns
/// the token after the day, where the walk back goes on.
fn dated_tail_of_denial(s: &Sentence, comma: usize) -> Option<usize> {
    const DAY_WORDS: usize = 2;
    const SUBJECT_WORDS: usize = 4;
    if !s.is_punct(comma, &[',', '،']) {
        return None;
    }
    let dated = |k: usize| s.has_at(k, |t| matches!(t, Tag::RelativeDay(_) | Tag::Weekday(_) | Tag::Month));
    let day = (comma.saturating_sub(DAY_WORDS)..comma).find(|&k| dated(k))?;
    let from = day.saturating_sub(SUBJECT_WORDS + 1);
    for k in (from..day).rev() {
        if s.kind(k) != TokenKind::Word || s.has_at(k, |t| matches!(t, Tag::ClauseBreak)) {
            return None;
        }
        if s.has_at(k, |t| matches!(t, Tag::DenialVerb)) {
            return Some(comma);
        }
        if s.has_at(k, |t| matches!(t, Tag::Reporting)) {
            return None;
        }
    }
    None
}

fn hearsay_at(s: &Sentence, k: usize) -> Option<Hearsay> {
    if let Some(m) = s.find_at(k, |t| matches!(t, Tag::Hearsay)) {
        return Some(Hearsay::Reports(k, m.end()));
    }
    // "India's statement that ...": a speech noun before "that" reports a claim too.
    let statement_that = || {
        s.find_at(k, |t| matches!(t, Tag::SpeechNoun))
            .filter(|m| m.end() < s.len() && s.has_at(m.end(), |t| matches!(t, Tag::Complementizer)))
    };
    let m = s.find_at(k, |t| matches!(t, Tag::Allegation)).or_else(statement_that)?;
    if claims_as_verb(s, k) {
        return None;
    }
    // "Azerbaijan's claims": the owner may stand just before, but not over
    // a speech verb ("Armenia said claims by Baku that ...": Baku's claims).
    let mut a = k;
    while a > k.saturating_sub(2)
        && !s.has_at(a - 1, |t| matches!(t, Tag::Reporting | Tag::DenialVerb | Tag::Complementizer))
        && (s.kind(a - 1) != TokenKind::Punct || s.is_punct(a - 1, &['\'']))
    {
        a -= 1;
    }
    Some(Hearsay::Allegation(a, m.end()))
}

/// "Ansar al-Sharia claims that ...": a word for claims that is also a
/// speech verb, right after a party's name of several words or a person's
/// and before a complementizer, is the party's verb, not hearsay.
fn claims_as_verb(s: &Sentence, k: usize) -> bool {
    let named = (k.saturating_sub(8)..k).any(|st| {
        s.starts(st)
            .iter()
            .any(|m| m.end() == k && (matches!(m.tag, Tag::Actor(_)) || matches!(m.tag, Tag::CampCue(_)) && m.len > 1))
    });
    named
        && s.has_at(k, |t| matches!(t, Tag::Reporting))
        && k + 1 < s.len()
        && s.has_at(k + 1, |t| matches!(t, Tag::Complementizer))
}

/// "ethnic cleansing accusations": a hearsay word right after the statement.
fn hearsay_after(s: &Sentence, end: usize) -> Option<Hearsay> {
    // "holds the town amid reports that ...": reports after a preposition
    // open what follows, not what went before.
    let opens = |k: usize| k > 0 && s.grammar.is_preposition(s.word(k - 1));
    (end..(end + 2).min(s.len())).filter(|&k| !opens(k)).find_map(|k| hearsay_at(s, k))
}

fn hearsay_before(s: &Sentence, start: usize) -> Option<Hearsay> {
    let mut from = start.saturating_sub(HEARSAY_REACH);
    let mut k = start;
    while k > from {
        k -= 1;
        if is_clause_punct(s, k) {
            return None;
        }
        if let Some(h) = hearsay_at(s, k) {
            return Some(h);
        }
        // "the claims of the Defence Ministry of the Republic of X that ...": the
        // claims stand before their owner's name, however long, and "that".
        if s.has_at(k, |t| matches!(t, Tag::Complementizer)) {
            from = from.min(k.saturating_sub(HEARSAY_REACH));
        }
    }
    None
}

/// One element of a wording, as [`Element`], its words as ids of the
/// language's [`AnchorIndex`].
#[derive(Debug)]
enum Step {
    Word(Box<[u32]>),
    Optional(Box<[u32]>),
    Any,
    Gap(u8),
    Slot(SlotKind),
}

/// The words of a language's wordings, each with an id and the wordings it
/// anchors (indexes into the language's patterns), and each wording's
/// elements with their words as ids: a token's forms are looked up once a
/// sentence, and a wording's words compared with them as numbers. Built
/// once per extractor.
#[derive(Debug, Default)]
pub(crate) struct AnchorIndex {
    words: FxHashMap<String, (u32, Vec<usize>)>,
    /// A bit per [`AnchorIndex::bit`] of each word: most forms of a
    /// sentence are no wording's word, and a clear bit says so without hashing them.
    seen: Vec<u64>,
    steps: Vec<Vec<Step>>,
}

impl AnchorIndex {
    /// Bits in `seen`: a few per word, so few other words share one.
    const BITS: usize = 1 << 14;

    /// A word's bit, from its length and three of its bytes; `None` for the empty word.
    fn bit(word: &str) -> Option<usize> {
        let b = word.as_bytes();
        let n = b.len();
        let last = u64::from(*b.last()?);
        let x = n as u64 | last << 16 | u64::from(b[n / 2]) << 24 | u64::from(b[(n - 1) / 3]) << 32;
        Some((x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::BITS.trailing_zeros())) as usize)
    }

    /// The id of `word` and the wordings it anchors.
    fn get(&self, word: &str) -> Option<&(u32, Vec<usize>)> {
        match Self::bit(word) {
            Some(bit) if self.seen.get(bit / 64).is_none_or(|w| w >> (bit % 64) & 1 == 0) => None,
            _ => self.words.get(word),
        }
    }

    /// The id of `word`, a new one for a word not seen before.
    fn id_of(&mut self, word: &str) -> u32 {
        if let Some(bit) = Self::bit(word) {
            self.seen[bit / 64] |= 1 << (bit % 64);
        }
        let next = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.words.entry(word.to_owned()).or_insert_with(|| (next, Vec::new())).0
    }

    /// Whether each word of wording `index` stands in a sentence whose
    /// words' ids are the bits of `present`: a wording matches nowhere else.
    fn all_words_stand(&self, index: usize, present: &[u64]) -> bool {
        let stands = |id: u32| present.get(id as usize / 64).is_some_and(|w| w >> (id % 64) & 1 == 1);
        self.steps.get(index).is_none_or(|steps| {
            steps.iter().all(|step| match step {
                Step::Word(words) => words.iter().any(|&w| stands(w)),
                _ => true,
            })
        })
    }

    fn ids_of(&mut self, words: &[String]) -> Box<[u32]> {
        words.iter().map(|w| self.id_of(w)).collect()
    }
}

pub(crate) fn anchor_index(patterns: &[Pattern]) -> AnchorIndex {
    let mut index = AnchorIndex { seen: vec![0; AnchorIndex::BITS / 64], ..AnchorIndex::default() };
    for (i, pattern) in patterns.iter().enumerate() {
        for anchor in pattern.anchors() {
            index.id_of(anchor);
            if let Some((_, wordings)) = index.words.get_mut(anchor.as_str()) {
                wordings.push(i);
            }
        }
        let steps = pattern
            .elements
            .iter()
            .map(|e| match e {
                Element::Word(words) => Step::Word(index.ids_of(words)),
                Element::Optional(words) => Step::Optional(index.ids_of(words)),
                Element::Any => Step::Any,
                Element::Gap(max) => Step::Gap(*max),
                Element::Slot(kind) => Step::Slot(*kind),
            })
            .collect();
        index.steps.push(steps);
    }
    index
}

/// The wordings whose anchor word stands in the sentence and whose every
/// word stands somewhere in it (only they can match), each with the tokens
/// its anchor stands at, by wording, then by token; and, from the same
/// lookups, the ids of the wording words each token can be, as [`Matcher`]
/// reads them.
fn look_up(s: &Sentence, anchors: &AnchorIndex) -> (Vec<(usize, usize)>, Vec<u32>, Vec<usize>) {
    let mut found: Vec<(&[usize], usize)> = Vec::new();
    // About one wording word a token: room for that, so the list does not grow step by step.
    let (mut ids, mut id_index) = (Vec::with_capacity(s.len()), Vec::with_capacity(s.len() + 1));
    for i in 0..s.len() {
        id_index.push(ids.len());
        for (id, list) in s.forms(i).iter().filter_map(|f| anchors.get(f.text)) {
            ids.push(*id);
            if !list.is_empty() {
                found.push((list, i));
            }
        }
    }
    id_index.push(ids.len());
    let mut anchored: Vec<(usize, usize)> = Vec::new();
    if found.is_empty() {
        return (anchored, ids, id_index);
    }
    let mut present = vec![0u64; anchors.words.len().div_ceil(64)];
    for &id in &ids {
        present[id as usize / 64] |= 1 << (id % 64);
    }
    // Each wording asked once: 1 when all its words stand, 2 when one does not.
    let mut known = vec![0u8; anchors.steps.len()];
    for (list, i) in found {
        for &index in list {
            let all = match known.get(index).copied() {
                Some(0) => {
                    let all = anchors.all_words_stand(index, &present);
                    known[index] = if all { 1 } else { 2 };
                    all
                }
                k => k != Some(2),
            };
            if all {
                anchored.push((index, i));
            }
        }
    }
    anchored.sort_unstable();
    anchored.dedup();
    (anchored, ids, id_index)
}

/// Finds the propositions of a sentence, with their polarity.
pub(crate) fn find_propositions(
    s: &Sentence,
    lexicon: &Lexicon,
    rules: &Rules,
    anchors: &AnchorIndex,
    normalized: &Normalized,
) -> Vec<PropositionMatch> {
    let Some(patterns) = rules.patterns.get(&lexicon.code) else { return Vec::new() };
    let mut found: Vec<PropositionMatch> = Vec::new();
    let (anchored, ids, id_index) = look_up(s, anchors);
    let matcher = Matcher { s, rules, normalized, ids: &ids, id_index: &id_index };
    // One pair of buffers for every try: a try that fails leaves them empty.
    let (mut slots, mut skipped) = (Vec::new(), Vec::new());
    for group in anchored.chunk_by(|a, b| a.0 == b.0) {
        let index = group[0].0;
        let pattern = &patterns[index];
        let Some(steps) = anchors.steps.get(index) else { continue };
        // A wording that opens with a word can only start where that word
        // stands; its anchor is that word, so these are the tokens found above.
        let starts = matches!(steps.first(), Some(Step::Word(_))).then_some(group);
        // Elements only move forward, so a match from a token after the
        // anchor's last stand never reaches its anchor.
        let last_anchor = group[group.len() - 1].1;
        let opening_slot = match steps.first() {
            Some(Step::Slot(kind)) => Some(*kind),
            _ => None,
        };
        let mut i = 0;
        while i <= last_anchor {
            if opening_slot.is_some_and(|kind| !matcher.may_fill(i, kind)) {
                i += 1;
                continue;
            }
            if let Some(at) = starts
                && at.binary_search_by_key(&i, |&(_, t)| t).is_err()
            {
                i = match at.iter().find(|&&(_, t)| t > i) {
                    Some(&(_, t)) => t,
                    None => break,
                };
                continue;
            }
            slots.clear();
            skipped.clear();
            let Some(end) = matcher.run_tracking(steps, i, &mut slots, &mut skipped).filter(|&e| e > i) else {
                i += 1;
                continue;
            };
            if !inside_name(s, i)
                && let Some(m) = judge(s, (pattern, index), (i, end), std::mem::take(&mut slots), &skipped)
            {
                found.push(m);
            }
            i = end;
        }
    }
    // One claim per proposition and place in the text: the earliest, longest wording wins.
    let literal_words =
        |m: &PropositionMatch| patterns[m.pattern].elements.iter().filter(|e| matches!(e, Element::Word(_))).count();
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), std::cmp::Reverse(literal_words(m)), m.pattern));
    let mut kept: Vec<PropositionMatch> = Vec::new();
    for m in found {
        let proposition = patterns[m.pattern].proposition;
        let overlaps =
            kept.iter().any(|k| patterns[k.pattern].proposition == proposition && k.start < m.end && m.start < k.end);
        if !overlaps {
            kept.push(m);
        }
    }
    kept
}

/// Whether token `i` stands inside a party's name of several words, after
/// its first: «هيئة تحرير الشام», "the Tigray People's Liberation Front"
/// liberate nothing.
fn inside_name(s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(8)..i).any(|k| {
        s.starts(k).iter().any(|m| matches!(m.tag, Tag::CampCue(_) | Tag::Actor(_)) && m.len > 1 && m.end() > i)
    })
}

/// The proposition wording `pattern` (number `index`) states at tokens
/// `[wording_start, end)`: its polarity under a negation or a denial verb,
/// and who it is attributed to. `None` when a blocker stands before it.
fn judge(
    s: &Sentence,
    (pattern, index): (&Pattern, usize),
    (wording_start, end): (usize, usize),
    slots: Vec<(SlotKind, SlotValue)>,
    skipped: &[usize],
) -> Option<PropositionMatch> {
    // («عملية عسكرية للسيطرة على ...»: a blocker may be the wording's own
    // first word, with the preposition of purpose written onto it.)
    let purpose = s.has_at(wording_start, |t| matches!(t, Tag::Blocker))
        && s.grammar.has_preposition_prefix(s.word(wording_start));
    if ends_before(s, wording_start, BLOCKER_REACH, |t| matches!(t, Tag::Blocker)).is_some()
        || purpose
        || hedged(s, wording_start, end)
    {
        return None;
    }
    let mut start = wording_start;
    let mut polarity = pattern.polarity;
    let mut hearsay = hearsay_before(s, start).or_else(|| hearsay_after(s, end));
    let mut how = s.how(|| format!("wording \"{}\" ({})", pattern.source, pattern.polarity.as_str()));
    let negation_at = |k: usize| {
        s.has_at(k, |t| matches!(t, Tag::Negation))
            && !s.has_at(k, |t| matches!(t, Tag::NotNegation))
            && !qualifies_a_noun(s, k)
    };
    // "had not been notified", "لم يتم": auxiliaries may stand between.
    let is_auxiliary = |k: usize| s.grammar.is_negated_auxiliary(s.word(k));
    let mut negation_end = start;
    while negation_end > 0 && start - negation_end < 2 && is_auxiliary(negation_end - 1) {
        negation_end -= 1;
    }
    let negation_before = s.ending_at(negation_end, |t| matches!(t, Tag::Negation)).filter(|m| negation_at(m.start));
    if let Some(m) = negation_before {
        polarity = polarity.flip();
        how += &s.how(|| format!("; negated by \"{}\"", s.words(m.start, m.end())));
    } else if let Some(k) = denial_before(s, start).filter(|_| !opens_on_speech(s, start)) {
        // "has neither confirmed nor denied its forces shot down a plane":
        // under a negated denial the wording is neither said nor denied;
        // nor under a refusal to speak of it, «رفض التعليق على إسقاط ...».
        if crate::denials::negated_verb(s, k) || declines_to_comment(s, k, start) {
            return None;
        }
        // "denies being behind the downing of the aircraft", «نفت مسؤوليتها
        // عن إسقاط الطائرة»: a denial of one's part, not that it happened; it
        // answers a statement that blames the denier, read with the denials.
        // ("rejected accusations of ethnic cleansing" denies what it names.)
        let agency = |t: &Tag| matches!(t, Tag::Responsibility);
        let charge = |t: &Tag| matches!(t, Tag::Allegation | Tag::Hearsay);
        if (k + 1..start).any(|j| s.has_at(j, agency) && !s.has_at(j, charge)) {
            return None;
        }
        polarity = polarity.flip();
        // "نفت ... مزاعم بأن": the claims denied are the speaker's denial, not reports.
        hearsay = None;
        how += &s.how(|| format!("; under the denial verb \"{}\"", s.word(k)));
        // The denial verb carries the claim as much as the wording does.
        start = k;
    } else if let Some(&k) = skipped.iter().find(|&&k| s.has_at(k, |t| matches!(t, Tag::DenialVerb)) || negation_at(k))
    {
        // "Armenia's ministry denied ... shelling cities": the wording spans the denial.
        polarity = polarity.flip();
        hearsay = None;
        how += &s.how(|| format!("; \"{}\" inside the wording negates it", s.word(k)));
    }
    Some(PropositionMatch { pattern: index, start, wording_start, end, slots, polarity, hearsay, how })
}

/// Framing terms in a sentence: the longest term at each place.
pub(crate) fn find_terms(s: &Sentence) -> Vec<Match> {
    let mut out: Vec<Match> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        match s.find_at(i, |t| matches!(t, Tag::Term(_))) {
            Some(m) => {
                if !inside_name(s, m.start) {
                    out.push(m);
                }
                i = m.end();
            }
            None => i += 1,
        }
    }
    out
}

/// Refutations ("ذلك لا يتوافق مع الواقع") in a sentence.
pub(crate) fn find_refutations(s: &Sentence) -> Vec<Match> {
    let mut found = s.all(|t| matches!(t, Tag::Refutation));
    found.retain(|m| !crate::denials::no_verdict(s, m));
    found
}

/// What a proposition's slots fall back on beyond its own words: the
/// speaker's side, the last locality and region the article named, and the
/// day the statement is about.
pub(crate) struct SlotContext<'a> {
    pub rules: &'a Rules,
    pub lexicon: &'a Lexicon,
    pub speaker_side: Option<String>,
    pub place: Option<&'a str>,
    pub region: Option<&'a str>,
    /// The statement's day, read only for a template that has a day slot.
    pub day: &'a dyn Fn() -> Option<String>,
}

impl SlotContext<'_> {
    /// The value of the slot of `kind`, bound in the text or from the
    /// context; `None` when neither binds it.
    fn value(&self, s: &Sentence, m: &PropositionMatch, kind: SlotKind) -> Option<String> {
        let rules = self.rules;
        let bound = m.slots.iter().find(|(k, _)| *k == kind).map(|(_, v)| *v);
        match (kind, bound) {
            (_, Some(SlotValue::Place(p))) => Some(rules.place(p).id.clone()),
            (_, Some(SlotValue::Camp(c))) => rules.camp(c).side.clone(),
            (_, Some(SlotValue::Own)) | (SlotKind::Side, None) => self.speaker_side.clone(),
            (_, Some(SlotValue::LocalityAnaphor)) => self.place.map(str::to_owned),
            (_, Some(SlotValue::Named(k, len))) => {
                // The name as written: its last letters are no clitic.
                let words: Vec<String> = (k..k + len).map(|t| self.lexicon.canonical_place_name(s.word(t))).collect();
                Some(words.join(" "))
            }
            (_, Some(SlotValue::RegionAnaphor)) | (SlotKind::Region | SlotKind::Place, None) => {
                self.region.map(str::to_owned)
            }
            (SlotKind::City, None) => None,
            (SlotKind::Day, _) => (self.day)(),
        }
    }

    /// The proposition a match states: its template's slots bound, and its id
    /// the template's followed by each slot's value.
    pub fn bind(&self, s: &Sentence, m: &PropositionMatch, template: &PropositionDef) -> Proposition {
        let slots: Vec<(String, Option<String>)> =
            template.slots.iter().map(|&k| (k.name().to_owned(), self.value(s, m, k))).collect();
        let id = Proposition::id_of(&template.id, &slots);
        Proposition { id, template: template.id.clone(), slots, polarity: m.polarity, target: None }
    }
}
