//! Who said it: reporting-verb frames, "according to" phrases, relayed
//! speech, carry-over of the previous speaker, and resolving a speaker phrase
//! to an actor and a camp.

use crosscheck_rules::{ActorId, ActorKind, CampId, Match, Position, Rules, Tag};
use crosscheck_text::{LetterBag, TokenKind};

use crate::analysis::Sentence;
use crate::lines::is_alphanumeric;

/// A resolved speaker.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    /// Normalised byte range of the speaker phrase as shown.
    pub range: (usize, usize),
    /// Normalised byte range of the whole phrase that was resolved, which
    /// may run past what is shown ("وزارة الصحة في البلاد").
    pub phrase: (usize, usize),
    pub actor: Option<ActorId>,
    pub camp: Option<CampId>,
    pub how: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The frame governs what comes before it: "..., the ministry said."
    Before,
    /// The frame governs what follows: "قالت أرمينيا إن ...".
    After,
}

#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// First token of the verb or phrase.
    pub at: usize,
    /// Token after the frame, speaker phrase included.
    pub end: usize,
    pub scope: Scope,
    pub speaker: Option<Resolved>,
}

const MAX_SPEAKER_TOKENS: usize = 14;

/// Whether `tag` names a party of a known camp: a listed actor, or a cue of
/// a camp that is no catch-all ("hospital", "the army" name no one).
pub(crate) fn names_known_party(rules: &Rules, tag: &Tag) -> bool {
    match tag {
        Tag::Actor(_) => true,
        Tag::CampCue(c) => !rules.camp(*c).fallback,
        _ => false,
    }
}

/// The camp a party's name says it is of: a listed actor's, or a camp
/// cue's; `None` for any other tag.
pub(crate) fn tag_camp(rules: &Rules, tag: &Tag) -> Option<CampId> {
    match *tag {
        Tag::Actor(x) => Some(rules.actor(x).camp),
        Tag::CampCue(c) => Some(c),
        _ => None,
    }
}

pub(crate) fn is_time(tag: &Tag) -> bool {
    matches!(tag, Tag::RelativeDay(_) | Tag::Weekday(_) | Tag::Earlier | Tag::Later)
}

/// A hyphen inside a word ("Hamas-run", "Nagorno-Karabakh"), not a dash.
pub(crate) fn is_inner_hyphen(s: &Sentence, k: usize) -> bool {
    s.is_punct(k, &['-']) && k > 0 && k + 1 < s.len() && s.glued(k - 1, k) && s.glued(k, k + 1)
}

fn stops_speaker(s: &Sentence, k: usize) -> bool {
    // Digits glued to a word are part of a name: "M23", "G5".
    if s.kind(k) == TokenKind::Number {
        return !(k > 0 && s.kind(k - 1) == TokenKind::Word && s.glued(k - 1, k));
    }
    if s.kind(k) == TokenKind::Punct {
        return !(s.is_punct(k, &['\'', '.', '&']) || is_inner_hyphen(s, k)) || s.is_quote(k);
    }
    if s.grammar.is_object_noun(s.word(k)) {
        return true;
    }
    if kin_of_the_dead(s, k) {
        return false;
    }
    s.has_at(k, |t| {
        matches!(
            t,
            Tag::Complementizer
                | Tag::SpeakerStop
                | Tag::Reporting
                | Tag::Metric { .. }
                | Tag::Qualifier { .. }
                | Tag::AccordingTo
                | Tag::Relay
                | Tag::Vague { .. }
                // "نفت أرمينيا مزاعم أذربيجان", "اعتبرت يريفان الإعلان ...": the object
                // of a denial is not its speaker.
                | Tag::Allegation
                | Tag::BackReference
        ) || is_time(t)
    })
}

/// "..., but said ...", "..., but later said ...": a verb right after a
/// clause break, time words aside.
fn verb_after_break(s: &Sentence, verb: usize) -> bool {
    let lead = before_adverbials(s, verb);
    lead > 0 && s.has_at(lead - 1, |t| matches!(t, Tag::ClauseBreak))
}

/// «لكن عائلات الضحايا نفت ذلك», «إلا أن شهود عيان نفوا ذلك»: words right
/// after a clause break (which may end on a complementizer) are the
/// subject of the verb after them, known party or not.
fn subject_after_break(s: &Sentence, k: usize) -> bool {
    let break_at = |j: usize| s.covered_by(j, |t| matches!(t, Tag::ClauseBreak));
    k > 0 && (break_at(k - 1) || k > 1 && s.has_at(k - 1, |t| matches!(t, Tag::Complementizer)) && break_at(k - 2))
}

/// «عائلات الضحايا», «ذوو القتلى»: a definite word for the dead right after a
/// plain noun it completes names who speak, not what they count.
fn kin_of_the_dead(s: &Sentence, k: usize) -> bool {
    k > 0
        && s.kind(k - 1) == TokenKind::Word
        && !s.has_at(k - 1, |t| matches!(t, Tag::Metric { .. } | Tag::Reporting | Tag::Complementizer))
        && s.forms(k).iter().any(|f| f.definite)
        && s.has_at(k, |t| matches!(t, Tag::Metric { .. }))
}

fn has_person(s: &Sentence, rules: &Rules, from: usize, to: usize) -> bool {
    let named = (from..to).any(|k| {
        s.starts(k)
            .iter()
            .any(|m| m.end() <= to && matches!(m.tag, Tag::Actor(a) if rules.actor(a).kind == ActorKind::Person))
    });
    named || similar_person(s, rules, from, to).is_some()
}

/// A speaker phrase starting at `from` and running forward to a stop. A comma
/// ends it unless a known person's name follows (apposition:
/// "وزير الخارجية الروسي، سيرغي لافروف").
pub(crate) fn phrase_forward(s: &Sentence, rules: &Rules, from: usize, claims: &[usize]) -> (usize, usize) {
    let n = s.len();
    let mut start = from;
    while start < n && s.is_punct(start, &['-', '—', ',', '،']) {
        start += 1;
    }
    let mut k = start;
    while k < n && k - start < MAX_SPEAKER_TOKENS {
        if s.is_punct(k, &[',', '،']) {
            match past_comma(s, rules, (start, k), claims) {
                Some(after) => {
                    k = after;
                    continue;
                }
                None => break,
            }
        }
        // "X نقلا عن Y", "X, citing Y": the phrase holds both; `resolve` lets a
        // known source Y speak, else X.
        if s.has_at(k, |t| matches!(t, Tag::Relay)) {
            let m = s.find_at(k, |t| matches!(t, Tag::Relay)).map_or(k + 1, |m| m.end());
            let inner = phrase_forward(s, rules, m, claims);
            return if k > start && inner.1 > inner.0 { (start, inner.1) } else { inner };
        }
        if k > start
            && let Some((after, goes_on)) = parenthesis_in_name(s, k)
        {
            k = after;
            if goes_on {
                continue;
            }
            break;
        }
        // «سنتكوم», "الحركة الشعبية - شمال": a short name in quotation marks
        // is part of the phrase, not a quotation.
        if let Some(close) = quoted_name(s, k).or_else(|| if k == start { affiliated_quoted_name(s, k) } else { None })
        {
            k = close + 1;
            continue;
        }
        // «قالت حصيلة لـ هيومن رايتس ووتش», «أفادت حصيلة أعدتها الأمم المتحدة»:
        // a toll a party drew up speaks with the party's voice.
        if k == start
            && let Some(party) = tally_owner(s, k)
        {
            k = party;
            continue;
        }
        if k > start && reports_after_subject(s, rules, start, k) {
            break;
        }
        // A claim's own words ("سقوط مدينة شوشا") end the speaker's name; a
        // party's name is read whole, whatever words it holds («التحالف الذي
        // تقوده السعودية»).
        if (stops_speaker(s, k) || (k > start && claims.contains(&k)))
            && !(k > start && s.covered_by(k, |t| matches!(t, Tag::CampCue(_) | Tag::Actor(_))))
        {
            break;
        }
        k += 1;
    }
    (start, k)
}

/// Where a speaker's name from `start` goes on after the comma at `k`, if
/// it does: over a person's name, or an office the speaker holds ("X, the
/// army's spokesman," / «X، الناطق باسم الجيش،»).
fn past_comma(s: &Sentence, rules: &Rules, (start, k): (usize, usize), claims: &[usize]) -> Option<usize> {
    let mut seg_end = k + 1;
    while seg_end < s.len()
        && !s.is_punct(seg_end, &[',', '،'])
        && !stops_speaker(s, seg_end)
        && !claims.contains(&seg_end)
    {
        seg_end += 1;
    }
    if seg_end > k + 1 && has_person(s, rules, k + 1, seg_end) {
        return Some(seg_end);
    }
    if k > start { office_apposition(s, k) } else { None }
}

/// «وأكد مسؤول أبخازي التقارير»: a word for reports at `k` after a subject
/// from `start` naming a party is what was confirmed, unless it is a word
/// of a longer name.
fn reports_after_subject(s: &Sentence, rules: &Rules, start: usize, k: usize) -> bool {
    let inside_a_name = || {
        (start..k).any(|j| s.starts(j).iter().any(|m| m.end() > k && matches!(m.tag, Tag::CampCue(_) | Tag::Actor(_))))
    };
    s.has_at(k, |t| matches!(t, Tag::Hearsay)) && !inside_a_name() && {
        let r = resolve(s, rules, (start, k), "");
        r.actor.is_some() || r.camp.is_some()
    }
}

/// How many words after a word for a toll the party that drew it up may be named.
const TALLY_OWNER_REACH: usize = 3;

/// Where the party that drew up the toll named at `k` is named, if it is.
fn tally_owner(s: &Sentence, k: usize) -> Option<usize> {
    if !s.has_at(k, |t| matches!(t, Tag::Total)) {
        return None;
    }
    (k + 1..(k + 1 + TALLY_OWNER_REACH).min(s.len()))
        .find(|&j| s.has_at(j, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_))))
}

/// Words an apposition after a speaker's name may hold.
const APPOSITION_WORDS: usize = 12;

/// The comma (or clause end) closing an apposition that the comma at
/// `comma` opens with a noun of an office: ", the army's spokesman,",
/// «، الناطق باسم “عملية …”،». Quotation marks inside it are part of it;
/// a complementizer or a reporting verb ends the search.
fn office_apposition(s: &Sentence, comma: usize) -> Option<usize> {
    // «X، وهو ضابط في الجيش،»: a pronoun that takes the name up may open it.
    let title = (comma + 1..(comma + 3).min(s.len())).find(|&k| {
        s.kind(k) == TokenKind::Word && !s.grammar.is_article(s.word(k)) && !s.has_at(k, |t| matches!(t, Tag::Pronoun))
    })?;
    // «المسؤول في الجيش»: the title may carry the article or a clitic.
    if !s.forms(title).iter().any(|f| s.grammar.is_office_title(f.text)) {
        return None;
    }
    // It closes at a comma, or at the end of the sentence ("..., said X, the spokesman.").
    let limit = (comma + 1 + APPOSITION_WORDS).min(s.len());
    for k in title + 1..limit {
        if s.has_at(k, |t| matches!(t, Tag::Complementizer | Tag::Reporting | Tag::DenialVerb)) {
            return None;
        }
        // "X, the group's spokesman: «...»": a colon closes it too, and so does
        // a quotation longer than a name (the speech itself).
        let speech = s.is_quote(k) && k + 1 < s.len() && s.quoted[k + 1] && short_quotation(s, k).is_none();
        if s.is_punct(k, &[',', '،', ':']) || speech {
            return Some(k);
        }
        if s.is_punct(k, &['.', '!', '?', ';', '\u{61f}', '\u{61b}']) {
            return (k + 1 == s.len()).then_some(k);
        }
    }
    (limit == s.len()).then_some(limit)
}

/// The comma closing a relative aside that the comma at `comma` opens:
/// ", who leads the unit,", «، التي تشنها قوات كييف،». `None` when the
/// token after `comma` is no relative pronoun or the aside does not close.
pub(crate) fn relative_aside(s: &Sentence, comma: usize) -> Option<usize> {
    if comma + 1 >= s.len() || !s.is_punct(comma, &[',', '،']) || !s.grammar.is_relative_pronoun(s.word(comma + 1)) {
        return None;
    }
    (comma + 2..(comma + APPOSITION_WORDS).min(s.len()))
        .take_while(|&k| !s.has_at(k, |t| matches!(t, Tag::Complementizer | Tag::DenialVerb)))
        .find(|&k| s.is_punct(k, &[',', '،']))
}

/// How many words a name set off by commas after a speaker may hold.
const NAME_APPOSITION_WORDS: usize = 4;

/// The comma closing a short run of words that opens with the comma at
/// `comma` (", John Smith,"): at most [`NAME_APPOSITION_WORDS`] words.
fn set_off_by_commas(s: &Sentence, comma: usize) -> Option<usize> {
    if comma >= s.len() || !s.is_punct(comma, &[',', '،']) {
        return None;
    }
    (comma + 1..(comma + 2 + NAME_APPOSITION_WORDS).min(s.len()))
        .take_while(|&k| s.kind(k) == TokenKind::Word || s.is_punct(k, &[',', '،']))
        .find(|&k| s.is_punct(k, &[',', '،']))
}

/// «صرح رئيس جمهورية X، فلان الفلاني، أن ...», "said the head of X, John
/// Smith, that ...": a short run of words between commas right before a
/// complementizer names the speaker again. The token after the closing comma.
pub(crate) fn name_apposition(s: &Sentence, comma: usize) -> Option<usize> {
    let close = set_off_by_commas(s, comma)?;
    let words = (comma + 1..close).all(|k| {
        s.kind(k) == TokenKind::Word
            && !s
                .has_at(k, |t| matches!(t, Tag::Complementizer | Tag::Reporting | Tag::DenialVerb | Tag::Metric { .. }))
    });
    let complementizer_after = close + 1 < s.len() && s.has_at(close + 1, |t| matches!(t, Tag::Complementizer));
    (close > comma + 1 && words && complementizer_after).then_some(close + 1)
}

/// «نفى المتحدث باسم القوات، العقيد فلان، وقوع ...», "the forces'
/// spokesman, Colonel X, denied": the name set off by commas right after a
/// speaker phrase, whatever follows it. The office and the name are one
/// person, whom later sentences may call by either.
pub(crate) fn apposed_name(s: &Sentence, speaker: &Resolved) -> Option<(usize, usize)> {
    let comma = s.tokens.iter().position(|t| t.start >= speaker.phrase.1)?;
    let close = set_off_by_commas(s, comma)?;
    let name = (comma + 1..close).all(|k| is_name_word(s, k));
    (close > comma + 1 && name).then_some((comma + 1, close))
}

/// Whether token `k` may be a word of a person's name set off by commas:
/// no speech, figure, date, pointer or claim.
pub(crate) fn is_name_word(s: &Sentence, k: usize) -> bool {
    s.kind(k) == TokenKind::Word
        && !s.has_at(k, |t| {
            matches!(
                t,
                Tag::Complementizer
                    | Tag::Reporting
                    | Tag::DenialVerb
                    | Tag::Metric { .. }
                    | Tag::Number(_)
                    | Tag::Weekday(_)
                    | Tag::RelativeDay(_)
                    | Tag::Month
                    | Tag::FunctionWord
                    | Tag::SpeakerStop
                    | Tag::Pronoun
                    | Tag::Allegation
                    | Tag::Hearsay
                    | Tag::Continuation
            )
        })
}

/// Where the words after a speaker phrase at `end` begin: past a relative
/// aside («نفى X، الناطق باسم العملية، التي تشنها قوات كييف، ...», neither
/// speaker nor object) and past a name set off by commas.
fn after_speaker_asides(s: &Sentence, mut end: usize) -> usize {
    while let Some(close) = relative_aside(s, end) {
        end = close;
    }
    name_apposition(s, end).unwrap_or(end)
}

/// Words a name in quotation marks may hold; a longer quotation is speech.
const QUOTED_NAME_WORDS: usize = 4;

/// The closing quotation mark of a short name quoted at `open`: only words
/// (and inner hyphens) between the marks, naming a party the packs know.
fn quoted_name(s: &Sentence, open: usize) -> Option<usize> {
    let close = short_quotation(s, open)?;
    // A name the packs know, from its first word: a quoted phrase («العدوان
    // الشامل من باكو») is no speaker, whatever it names.
    s.has_at(open + 1, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_))).then_some(close)
}

/// Whether token `k` stands inside a short quotation, as a quoted name
/// does («روجها “مرصد الساحل السوري”»), not inside quoted speech.
pub(crate) fn in_short_quotation(s: &Sentence, k: usize) -> bool {
    let Some(open) = (0..k).rev().take_while(|&j| s.quoted[j] || s.is_quote(j)).find(|&j| s.is_quote(j)) else {
        return false;
    };
    short_quotation(s, open).is_some_and(|close| k < close)
}

/// The closing quotation mark of a quotation opened at `open` that holds
/// a few words and inner hyphens only, at least one word: what a quoted
/// name may look like.
fn short_quotation(s: &Sentence, open: usize) -> Option<usize> {
    if !s.is_quote(open) || open + 1 >= s.len() || !s.quoted[open + 1] {
        return None;
    }
    let close = (open + 1..(open + QUOTED_NAME_WORDS + 2).min(s.len())).find(|&j| s.is_quote(j))?;
    let words = (open + 1..close).filter(|&j| s.kind(j) == TokenKind::Word).count();
    let plain = (open + 1..close).all(|j| s.kind(j) == TokenKind::Word || s.is_punct(j, &['-']));
    (words > 0 && plain).then_some(close)
}

/// The words of a short quoted name whose closing mark stands right before
/// `to`, past auxiliaries.
fn quoted_name_before(s: &Sentence, to: usize) -> Option<(usize, usize)> {
    let close = auxiliaries_start(s, 0, to).checked_sub(1).filter(|&c| s.is_quote(c))?;
    let open = (close.saturating_sub(QUOTED_NAME_WORDS + 1)..close).rev().find(|&j| s.is_quote(j))?;
    (short_quotation(s, open) == Some(close)).then_some((open + 1, close))
}

/// How far after a quoted name the party it belongs to may be named.
const AFFILIATION_REACH: usize = 3;

/// The closing quotation mark of a short quoted name the packs do not know
/// that opens a speaker phrase and is followed by the party it belongs to:
/// «ذكرت “شعبة الإعلام الحربي” التابعة لقوات حفتر», "said the 'Media Cell'
/// of the Iraqi army".
fn affiliated_quoted_name(s: &Sentence, open: usize) -> Option<usize> {
    let close = short_quotation(s, open)?;
    let party = |j: usize| s.has_at(j, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)));
    let after = close + 1..(close + 1 + AFFILIATION_REACH).min(s.len());
    after.take_while(|&j| s.kind(j) == TokenKind::Word && !stops_speaker(s, j)).any(party).then_some(close)
}

/// A speaker phrase ending just before `to`, running backward to a stop.
/// Whether the word at `k` is the definite genitive of an institution word
/// right before it that has no article of its own («جيش الاحتلال», «قوات
/// الاحتلال», "the army of the occupation"): the two are one name.
pub(crate) fn in_construct(s: &Sentence, rules: &Rules, k: usize) -> bool {
    k > 0
        && s.kind(k - 1) == TokenKind::Word
        && s.grammar.has_article_prefix(s.word(k))
        && !s.grammar.has_article_prefix(s.word(k - 1))
        && s.has_at(k - 1, |t| matches!(t, Tag::CampCue(c) if rules.camp(*c).fallback))
}

/// The end of a name the packs know that starts before token `i` and runs
/// past it ("States" in "the United States").
fn name_around(s: &Sentence, i: usize) -> Option<usize> {
    let name = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    if !s.covered_by(i, name) {
        return None;
    }
    let mut end = None;
    for k in i.saturating_sub(MAX_SPEAKER_TOKENS)..i {
        let starts = s.starts(k);
        // Longest first: when the longest match ends by `i`, none runs past it.
        if starts.first().is_none_or(|m| m.end() <= i) {
            continue;
        }
        for m in starts.iter().filter(|m| name(&m.tag) && m.end() > i) {
            end = end.max(Some(m.end()));
        }
    }
    end
}

fn phrase_backward(s: &Sentence, to: usize) -> (usize, usize) {
    // "The Sudan Founding Alliance — a coalition that includes ... — denied":
    // an aside between dashes right before the verb is read over; the
    // subject ends before it.
    // ("... — has denied": an auxiliary may stand between the aside and the verb.)
    let aux = to > 0 && s.grammar.is_subject_auxiliary(s.word(to - 1));
    if let Some(open) = dashed_aside_before(s, to).or_else(|| aux.then(|| dashed_aside_before(s, to - 1)).flatten()) {
        return phrase_backward(s, open);
    }
    let mut k = to;
    while k > 0 && to - k < MAX_SPEAKER_TOKENS {
        let j = k - 1;
        // "issued a statement on Sunday and said": the last word of a longer
        // stop ends the phrase as its first does.
        // "Rebel fighters said": a word that counts people only after a
        // number ("30 fighters") is a noun of the phrase without one.
        let counted = j > 0 && s.kind(j - 1) == TokenKind::Number;
        let boundary_word = s.kind(j) == TokenKind::Word
            && !kin_of_the_dead(s, j)
            && (s.has_at(j, |t| match t {
                Tag::Metric { position: Position::After, .. } => counted,
                _ => matches!(
                    t,
                    Tag::Complementizer
                        | Tag::SpeakerStop
                        | Tag::Reporting
                        | Tag::Metric { .. }
                        | Tag::ClauseBreak
                        // «سارعت باكستان إلى نفي»: the verb of haste before the subject.
                        | Tag::Haste
                ),
                // «في حين», «غير أن»: the last word of a clause break ends the phrase too.
            }) || s.covered_by(j, |t| matches!(t, Tag::SpeakerStop | Tag::ClauseBreak)));
        // "The X Front (XF) said", "X (South) has denied": an acronym in
        // parentheses closing the name, auxiliaries after it.
        // "The Syrian Democratic Forces (SDF) commander X said": the
        // acronym after a known party's name, a title after it.
        let auxiliaries_after =
            (k..to).all(|i| s.kind(i) == TokenKind::Word && s.grammar.is_subject_auxiliary(s.word(i)));
        if let Some(open) = parenthesized_before(s, k)
            && (auxiliaries_after || gloss_inside_name(s, open, k) || {
                let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
                let other_party = |i: usize| s.has_at(i, party) && !s.grammar.is_office_title(s.word(i));
                s.ending_at(open, party).is_some() && !(k..to).any(other_party)
            })
        {
            k = open;
            continue;
        }
        if (boundary_word && name_around(s, j).is_none()) || (s.kind(j) != TokenKind::Word && stops_speaker(s, j)) {
            break;
        }
        k = j;
    }
    (k, to)
}

/// A short group of words in parentheses opening at `k` in a speaker's
/// name: where it ends, and whether the name goes on after it. "قالت جبهة
/// ... (XF) إن": an acronym in parentheses closes the name; «وزير الاندماج
/// (المناطق الانفصالية) في جورجيا»: a gloss inside it does not.
fn parenthesis_in_name(s: &Sentence, k: usize) -> Option<(usize, bool)> {
    let close = (k + 2..(k + 5).min(s.len())).find(|&j| s.kind(j) != TokenKind::Word)?;
    (parenthesized_before(s, close + 1) == Some(k)).then(|| (close + 1, gloss_inside_name(s, k, close + 1)))
}

/// «وزير الاندماج (المناطق الانفصالية) في جورجيا», "the deputy minister
/// (acting) of Georgia": a gloss in parentheses between a word of a name
/// and a preposition that goes on with it is inside the name. `open` is the
/// gloss's opening parenthesis, `after` the token after its closing one.
fn gloss_inside_name(s: &Sentence, open: usize, after: usize) -> bool {
    open > 0
        && s.kind(open - 1) == TokenKind::Word
        && after + 1 < s.len()
        && s.kind(after) == TokenKind::Word
        && s.grammar.is_name_preposition(s.word(after))
        && s.covered_by(after + 1, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_) | Tag::Place(_)))
}

/// The opening parenthesis of a short parenthesized group of words ending
/// right before `to`: "(TPLF)", "(RSF)".
fn parenthesized_before(s: &Sentence, to: usize) -> Option<usize> {
    if to < 3 || !s.is_punct(to - 1, &[')']) {
        return None;
    }
    let open = (to.saturating_sub(5)..to - 1).rev().find(|&j| s.kind(j) != TokenKind::Word)?;
    (open + 1 < to - 1 && s.is_punct(open, &['('])).then_some(open)
}

/// The token where time words right before `to` begin: "X late Monday
/// reported" has X for subject, not "Monday".
fn before_adverbials(s: &Sentence, mut to: usize) -> usize {
    // "was quick to deny", "moved to deny", «سارعت إلى نفي»: a verb of
    // haste before the verb leaves the subject before it.
    if let Some(m) = s.ending_at(to, |t| matches!(t, Tag::Haste)) {
        to = m.start;
    }
    // "on Saturday strongly rejected": an adverb of manner stands nearest the verb.
    while to > 0 && s.grammar.is_manner_adverb(s.word(to - 1)) {
        to -= 1;
    }
    while let Some(m) = s.ending_at(to, is_time) {
        to = m.start;
        // "late Monday", "on Tuesday": one stop word that leads the time phrase.
        let leads = |n: &Match| matches!(n.tag, Tag::SpeakerStop) && n.end() <= m.end();
        if to > 0 && s.starts(to - 1).iter().any(leads) {
            to -= 1;
        }
    }
    to
}

/// How many tokens an aside between dashes may hold.
const DASHED_ASIDE_TOKENS: usize = 24;

/// Whether `k` is a dash standing apart from the words around it ("—", "–",
/// or " - "), not a hyphen inside a word.
fn is_dash(s: &Sentence, k: usize) -> bool {
    s.is_punct(k, &['—', '–']) || s.is_punct(k, &['-']) && !is_inner_hyphen(s, k)
}

/// The opening dash of an aside that a dash right before `to` closes, with
/// no sentence mark, quotation or speech verb inside it.
fn dashed_aside_before(s: &Sentence, to: usize) -> Option<usize> {
    let close = to.checked_sub(1).filter(|&c| is_dash(s, c))?;
    (close.saturating_sub(DASHED_ASIDE_TOKENS)..close)
        .rev()
        .take_while(|&k| {
            !s.is_punct(k, &['.', ';', '؛', '?', '!', ':'])
                && !s.is_quote(k)
                && !s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::Complementizer))
        })
        .find(|&k| is_dash(s, k))
        .filter(|&open| open > 0 && open + 1 < close)
}

/// Whether only punctuation and adverbials (stops, time words) follow `from`.
/// How many words an addressee closing a sentence may hold ("told the BBC").
const ADDRESSEE_WORDS: usize = 2;

/// As many after a verb of telling, whose object is whom it told: "told
/// Voice of America", "told the BBC's Somali service" ("cast doubt on
/// India's assertion" is no addressee).
const TOLD_WORDS: usize = 5;

/// Whether only a few words, then the sentence's end, follow `from`, with
/// no figure, speech word or clause among them.
fn only_an_addressee(s: &Sentence, from: usize) -> bool {
    let words: Vec<usize> = (from..s.len()).filter(|&k| s.kind(k) != TokenKind::Punct).collect();
    let told = from > 0 && s.grammar.is_addressee_verb(s.word(from - 1));
    !words.is_empty()
        && words.len() <= if told { TOLD_WORDS } else { ADDRESSEE_WORDS }
        && words.iter().all(|&k| {
            s.kind(k) == TokenKind::Word
                && !s.has_at(k, |t| matches!(t, Tag::Complementizer | Tag::Reporting | Tag::Metric { .. }))
                // "a claim Baku called lies": a verdict is what the verb says.
                && !s.covered_by(k, |t| matches!(t, Tag::Refutation))
        })
}

/// Whether a comma at `from` opens an adjunct that closes the sentence
/// with no figure, quotation or clause of speech: "..., security sources
/// said, in an attack claimed by the group." A speech verb followed by a
/// passive's agent ("claimed by") is a participle, not speech.
fn only_an_adjunct(s: &Sentence, from: usize) -> bool {
    if from >= s.len() || !s.is_punct(from, &[',', '،']) {
        return false;
    }
    // "..., the army said, adding that ...": the participle goes on with
    // the speaker; what came before the verb is still its statement.
    if from + 1 < s.len() && s.has_at(from + 1, |t| matches!(t, Tag::Continuation)) {
        return true;
    }
    (from + 1..s.len()).all(|k| {
        let passive = k + 1 < s.len() && s.has_at(k + 1, |t| matches!(t, Tag::PassiveAgent));
        s.kind(k) != TokenKind::Number
            && !s.is_quote(k)
            && !s.has_at(k, |t| matches!(t, Tag::Complementizer | Tag::Metric { .. } | Tag::DenialVerb))
            && (passive || !s.has_at(k, |t| matches!(t, Tag::Reporting)))
    })
}

/// "..., the Gaza government said on Saturday, while the army said ...":
/// after a comma, a verb whose clause a break ends right after it (time
/// words aside) closes the words before it.
fn ends_before_a_break(s: &Sentence, from: usize) -> bool {
    let mut k = from;
    while let Some(m) = s.starts(k).iter().find(|m| is_time(&m.tag) || matches!(m.tag, Tag::SpeakerStop)) {
        k = m.end();
    }
    if k < s.len() && s.is_punct(k, &[',', '،']) {
        k += 1;
    }
    k < s.len() && s.has_at(k, |t| matches!(t, Tag::ClauseBreak))
}

fn only_trailing_matter(s: &Sentence, from: usize) -> bool {
    let mut k = from;
    while k < s.len() {
        if s.kind(k) == TokenKind::Punct {
            k += 1;
            continue;
        }
        // '..., the army said, as reported by Reuters.': a source that
        // passes the words on closes the sentence; so does the source a
        // report cites ('..., Reuters reported, citing medical sources.').
        if let Some(m) = s.find_at(k, |t| matches!(t, Tag::AccordingTo | Tag::RelayAside | Tag::Relay)) {
            return passes_on_to_the_end(s, m.end());
        }
        // «..., حسبما قال مسؤول لإذاعة صوت أمريكا»: whom the words were said
        // to closes the sentence too.
        if addressee_prefix(s, k) {
            return passes_on_to_the_end(s, k);
        }
        match s.starts(k).iter().find(|m| matches!(m.tag, Tag::SpeakerStop) || is_time(&m.tag)) {
            Some(m) => k = m.end(),
            None => return false,
        }
    }
    true
}

/// Whether word `k` opens with a preposition of address written onto it
/// («لإذاعة»): the party the words were said to.
fn addressee_prefix(s: &Sentence, k: usize) -> bool {
    let word = s.word(k);
    s.kind(k) == TokenKind::Word
        && s.forms(k).iter().any(|f| {
            // A noun after it, not a particle («لا» is no «ل» before «ا»).
            f.text.len() < word.len()
                && f.text.chars().nth(2).is_some()
                && word.strip_suffix(f.text).is_some_and(|p| s.grammar.is_addressee_preposition(p))
        })
}

/// Whether the tokens from `k` to the end are a short name and closing
/// marks: what a source that passes words on ("as reported by ...") names.
fn passes_on_to_the_end(s: &Sentence, k: usize) -> bool {
    let words = (k..s.len()).filter(|&j| s.kind(j) == TokenKind::Word).count();
    (1..=MAX_SPEAKER_TOKENS).contains(&words)
        && (k..s.len()).all(|j| {
            s.kind(j) != TokenKind::Number
                && !s.is_quote(j)
                && !s.has_at(j, |t| matches!(t, Tag::Reporting | Tag::Complementizer | Tag::Metric { .. }))
        })
}

fn skip_adverbials(s: &Sentence, mut k: usize) -> usize {
    let mut aside = false;
    while k < s.len() {
        if let Some(m) = s.starts(k).iter().find(|m| is_time(&m.tag)) {
            k = m.end();
        } else if s.is_punct(k, &[',', '،']) && k + 1 < s.len() && s.has_at(k + 1, is_time) {
            aside = true;
            k += 1;
        } else {
            break;
        }
    }
    // «، الخميس الماضي، فصائل»: a word of the time aside after its time
    // word, up to the comma that closes it.
    if aside && k + 1 < s.len() && s.kind(k) == TokenKind::Word && s.is_punct(k + 1, &[',', '،']) {
        k += 2;
    }
    k
}

/// Whether the period before `b` closes an initialism ("U.S.", "U.N."):
/// glued to a one-letter word that a glued period precedes.
fn initialism_ends(s: &Sentence, a: usize, b: usize) -> bool {
    b >= a + 4
        && s.is_punct(b - 1, &['.'])
        && s.kind(b - 2) == TokenKind::Word
        && s.word(b - 2).chars().count() == 1
        && s.is_punct(b - 3, &['.'])
        && s.glued(b - 3, b - 2)
        && s.glued(b - 2, b - 1)
}

fn trim(s: &Sentence, (mut a, mut b): (usize, usize)) -> (usize, usize) {
    // ", and the spokesman said": the conjunction joins clauses, it names no one.
    while a < b && (s.kind(a) == TokenKind::Punct || (a + 1 < b && s.grammar.is_conjunction(s.word(a)))) {
        a += 1;
    }
    while b > a && s.kind(b - 1) == TokenKind::Punct {
        // A closing acronym keeps its parentheses: "The X Front (XF)".
        if parenthesized_before(s, b).is_some_and(|open| open > a) {
            break;
        }
        // "The U.S. said": an initialism keeps its last period.
        if initialism_ends(s, a, b) {
            break;
        }
        b -= 1;
    }
    // "There was no immediate comment from X and a local official denied":
    // a clause with a negation names no one; the subject is what follows
    // the last conjunction after the negation («منظمة غير حكومية», with no
    // conjunction after its negation, stays whole).
    let negation = (a..b).find(|&k| s.negates_at(k));
    if let Some(j) = negation.and_then(|k| (k + 1..b).rev().find(|&j| s.grammar.is_conjunction(s.word(j)))) {
        a = j + 1;
    }
    (a, b)
}

/// What the sentences before leave a sentence's speakers: the last
/// speaker, whether it spoke in the sentence just before, and the earlier
/// full mentions short forms may point back to.
pub(crate) struct Earlier<'a> {
    pub previous: Option<&'a Resolved>,
    pub previous_fresh: bool,
    pub mentions: &'a [Resolved],
    /// The last speaker who spoke in a statement ("said in a statement",
    /// «في بيان»): whose "the statement" a later sentence quotes.
    pub issuer: Option<&'a Resolved>,
    /// The sentence is the article's headline.
    pub headline: bool,
}

/// The tags a frame, or a reason to read past a speech word, starts at:
/// what [`no_speech_at`] and [`frames`] look for at a token.
fn opens_frame(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Metric { .. }
            | Tag::RelayAside
            | Tag::DenialVerb
            | Tag::Agentless
            | Tag::Allegation
            | Tag::Reporting
            | Tag::AccordingTo
            | Tag::RelayVerb
            | Tag::Relay
    )
}

/// Whether the word at `i` is a verb of naming after "what", with at most a
/// pronoun between.
fn names_after_what(s: &Sentence, i: usize) -> bool {
    let naming = s.has_at(i, |t| matches!(t, Tag::FunctionWord));
    let j = if i > 0 && s.has_at(i - 1, |t| matches!(t, Tag::Pronoun)) { i - 1 } else { i };
    naming && j > 0 && s.grammar.is_free_relative(s.word(j - 1))
}

/// Whether a qualifier that starts before token `i` covers it ("an estimated").
fn inside_a_longer_qualifier(s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(MAX_QUALIFIER_LEAD)..i)
        .any(|j| s.starts(j).iter().any(|m| matches!(m.tag, Tag::Qualifier { .. }) && m.end() > i))
}

/// How many tokens a qualifier may run before a speech word it holds.
const MAX_QUALIFIER_LEAD: usize = 4;

/// Where to read on when the word at `i` opens no speech frame though it
/// may look like one.
fn no_speech_at(s: &Sentence, i: usize) -> Option<usize> {
    // "what it described as air attacks", «ما وصفتها بهجمات»: a verb of
    // naming after "what" names; it reports nothing.
    if names_after_what(s, i) {
        return Some(i + 1);
    }
    // "an estimated 3.2 million": a speech word inside a qualifier is the
    // qualifier's. Alone it still speaks: "the ministry estimated 100 dead".
    if inside_a_longer_qualifier(s, i) {
        return Some(i + 1);
    }
    // "the United States denied": a speech word inside a name the packs know
    // is the name's.
    if let Some(end) = name_around(s, i) {
        return Some(end);
    }
    // "the attack claimed the lives of five": a speech word opening a longer
    // casualty phrase is that phrase's.
    if let Some(m) = s.starts(i).iter().find(|m| matches!(m.tag, Tag::Metric { .. }) && m.len > 1) {
        return Some(m.end());
    }
    // "in a statement carried by RT", «وأوردته قناة X»: the outlet passes the
    // statement on; whoever made it still speaks.
    if let Some(aside) = s.find_at(i, |t| matches!(t, Tag::RelayAside)) {
        return Some(aside.end());
    }
    // «لا صحة لتقارير ...», "no truth to reports": a denial phrase that opens
    // with a negation has no subject of its own; the speaker around it says it.
    let phrase = s.find_at(i, |t| matches!(t, Tag::DenialVerb)).filter(|m| m.len > 1);
    phrase.filter(|_| s.has_at(i, |t| matches!(t, Tag::Negation))).map(|m| m.end())
}

/// How far after a verb of passing words on ("نقل", "quoted") its source
/// ("عن", "as saying") or what was said must start.
const RELAY_SOURCE_REACH: usize = 24;

/// «ونقل الجيش الجثة إلى المستشفى», "carried": a verb of passing words on
/// with no source, "that" or quotation after it in its sentence carries
/// something else.
fn carries_no_words(s: &Sentence, m: Match) -> bool {
    s.has_at(m.start, |t| matches!(t, Tag::RelayVerb))
        && !(m.start + 1..(m.start + 1 + RELAY_SOURCE_REACH).min(s.len()))
            .take_while(|&k| !s.is_punct(k, &['.', '!', '?']) && !s.has_at(k, |t| matches!(t, Tag::ClauseBreak)))
            .any(|k| s.is_quote(k) || s.has_at(k, |t| matches!(t, Tag::RelayVia | Tag::Complementizer | Tag::Relay)))
}

/// Whether the reporting word at `i` is used as no verb: "the reported death
/// toll" (an adjective after an article), "had been warned" (a passive, no
/// speaker for subject), "untrue reports" (a noun after a verdict),
/// "contrary to reports" (a noun after a preposition).
fn no_verb_at(s: &Sentence, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // "the Kabul-declared toll", "a Moscow-reported figure": a speech word
    // joined by a hyphen to the word before is part of an adjective.
    let compound = i >= 2 && s.is_punct(i - 1, &['-']) && s.glued(i - 2, i - 1) && s.glued(i - 1, i);
    // "the claim was denied by the rebels": a passive denial names its
    // denier; "the claim was later denied" names none.
    let mut before = i - 1;
    while before > 0 && s.grammar.is_manner_adverb(s.word(before)) {
        before -= 1;
    }
    // ("has been disputed": the auxiliary may open the verb's own phrase.)
    let auxiliary = |k: usize| s.has_at(k, |t| matches!(t, Tag::PassiveAuxiliary));
    let passive = (auxiliary(before) || auxiliary(i)) && !denial_with_agent(s, i);
    compound
        || passive
        || s.has_at(i - 1, |t| matches!(t, Tag::Determiner))
        || s.ending_at(i, |t| matches!(t, Tag::Refutation)).is_some()
        // "was quick to deny": the verb after a verb of haste is one.
        || s.grammar.is_preposition(s.word(i - 1)) && s.ending_at(i, |t| matches!(t, Tag::Haste)).is_none()
}

/// Whether a word that may continue a speaker's words is used of an action
/// going on: "continued to engage", "added to the tension", where a
/// preposition follows instead of what was said.
fn aspectual(s: &Sentence, m: Match) -> bool {
    // "fighting continued around the town": a clash goes on, no one speaks.
    let of_an_event = m.start > 0 && s.has_at(m.start - 1, |t| matches!(t, Tag::EventWord | Tag::IncidentWord));
    m.end() < s.len()
        && s.has_at(m.start, |t| matches!(t, Tag::Continuation))
        && (s.grammar.is_preposition(s.word(m.end())) || of_an_event)
}

/// "claims by the rebels of capturing the base", «ادعاءات من قوات الدعم السريع
/// بالسيطرة على ...»: a word for claims, then (over a short preposition) a
/// named party, speaks for that party; what follows is its claim.
fn claims_of_a_party(s: &Sentence, rules: &Rules, i: usize) -> Option<Frame> {
    let allegation = s.find_at(i, |t| matches!(t, Tag::Allegation))?;
    let party = |k: usize| s.find_at(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)));
    let next = allegation.end();
    let short = |k: usize| {
        k < s.len()
            && s.kind(k) == TokenKind::Word
            && (s.grammar.is_preposition(s.word(k)) || s.word(k).chars().count() <= 2)
    };
    // Over "by", «من» and an article: "claims by the Rapid Support Forces".
    let mut k = next;
    if short(k) {
        k += 1;
    }
    if k < s.len() && s.grammar.is_article(s.word(k)) {
        k += 1;
    }
    let name = party(k).filter(|_| k <= next + 2)?;
    // "US claims Syria strike, denies ...": a word that is also a verb of
    // saying, with the party right after it, is the verb and the party its object.
    if k == next && s.has_at(i, |t| matches!(t, Tag::Reporting)) {
        return None;
    }
    let end = name_end(s, name, s.len());
    // The claims must say something: "claims by X of/that ...", not
    // "X's claims, saying ..." where a participle goes on with the denier.
    let says = end < s.len()
        && s.kind(end) == TokenKind::Word
        && !s.has_at(end, |t| matches!(t, Tag::Reporting | Tag::Continuation | Tag::DenialVerb | Tag::ClauseBreak));
    if !says {
        return None;
    }
    let speaker = resolve(s, rules, (name.start, end), "the party whose claims these are");
    // Only a party of a known camp: "claims by officials" names no one.
    let known = speaker.actor.is_some() || speaker.camp.is_some_and(|c| !rules.camp(c).fallback);
    known.then_some(Frame { at: i, end, scope: Scope::After, speaker: Some(speaker) })
}

/// Finds the speech frames of a sentence.
/// `claims` are the first tokens of the sentence's claim wordings, which no
/// speaker phrase runs into.
/// What a speech word's frame is read with: the language's word order and
/// the speakers before it.
struct Around<'a> {
    subject_first: bool,
    previous: Option<&'a Resolved>,
    local_first: bool,
    earlier: &'a [Resolved],
}

/// The frame of the speech word `m`, its speaker's short forms resolved.
fn speech_frame(s: &Sentence, rules: &Rules, m: Match, around: &Around, claims: &[usize]) -> Option<Frame> {
    let Around { subject_first, previous, local_first, earlier } = *around;
    let frame = match m.tag {
        Tag::AccordingTo | Tag::Relay => according_to(s, rules, m, claims),
        // "after claims saying that ...": the claims speak, not the last speaker.
        // ("a report posted on ..." is no speech: only a participle in -ing.)
        _ if subject_first => quoted_as_saying(s, rules, m)
            .or_else(|| passive_denier(s, rules, m, claims))
            .or_else(|| {
                let participle = s.has_at(m.start, |t| matches!(t, Tag::Continuation));
                participle.then(|| reports_saying(s, rules, m, skip_adverbials(s, m.end()))).flatten()
            })
            .or_else(|| verb_subject_first(s, rules, m, (previous, local_first), claims)),
        _ => verb_first(s, rules, m, (previous, local_first), claims),
    };
    // Nobody refutes himself: a denier is not the speaker just before.
    let denies = is_denial_verb(s, m.start);
    frame.map(|mut f| {
        let previous = previous.filter(|_| !denies);
        f.speaker = f.speaker.map(|sp| back_reference(s, rules, sp, f.at, (previous, earlier)));
        f
    })
}

/// The subject of a passive whose auxiliary is at `aux`: the words right
/// before it, or a name and the aside after it ("Maysam Barazandeh, the
/// governor of Hirmand, was quoted").
fn passive_subject(s: &Sentence, aux: usize) -> (usize, usize) {
    let plain = trim(s, phrase_backward(s, aux));
    if plain.0 < plain.1 || aux < 2 || !s.is_punct(aux - 1, &[',', '،']) {
        return plain;
    }
    let open = (aux.saturating_sub(MAX_SPEAKER_TOKENS)..aux - 1).rev().find(|&k| s.is_punct(k, &[',', '،']));
    match open.map(|open| (phrase_backward(s, open).0, open)) {
        Some((name, open)) if name < open => trim(s, (name, aux - 1)),
        _ => plain,
    }
}

/// How far before "as saying" the verb that quotes may stand.
const QUOTED_AS_REACH: usize = 12;

/// "AFP quoted separatist spokesman X as saying ...": the one quoted,
/// between the verb of quoting and "as saying", speaks; the outlet before
/// the verb only passes the words on.
fn quoted_as_saying(s: &Sentence, rules: &Rules, m: Match) -> Option<Frame> {
    let via = s.ending_at(m.end(), |t| matches!(t, Tag::RelayVia))?;
    let verb = (via.start.saturating_sub(QUOTED_AS_REACH)..via.start)
        .rev()
        .take_while(|&k| !s.is_punct(k, &['.', ';', ':']) && !s.has_at(k, |t| matches!(t, Tag::Reporting)))
        .find_map(|k| s.find_at(k, |t| matches!(t, Tag::RelayVerb)))?;
    // "X was quoted by Fars as saying": the passive's subject is quoted.
    let passive = verb.start > 0
        && s.has_at(verb.start - 1, |t| matches!(t, Tag::PassiveAuxiliary))
        && s.has_at(verb.end(), |t| matches!(t, Tag::PassiveAgent));
    let quoted = match passive {
        true => passive_subject(s, verb.start - 1),
        false => trim(s, (verb.end(), via.start)),
    };
    (quoted.0 < quoted.1).then(|| Frame {
        at: verb.start,
        end: via.end(),
        scope: Scope::After,
        speaker: Some(resolve(s, rules, quoted, "quoted by a report \"as saying\"")),
    })
}

/// «ونقلت عن مصادر رسمية، نفيها قيام ...», «نفى X ...؛ ليسجل نفيه ...»: the
/// pronoun on a noun of denial is the sentence's last denier, else its last
/// speaker; the words after the noun are what is denied. With no speaker
/// before it in the sentence, the words before the noun name the denier
/// («وجددت الوزارة نفيها») and this gives no frame.
fn possessed_denial(s: &Sentence, m: Match, before: &[Frame]) -> Option<Frame> {
    if !s.has_at(m.start, |t| matches!(t, Tag::PossessedDenial)) {
        return None;
    }
    let spoke = |f: &&Frame| f.speaker.is_some();
    let denier = before.iter().rev().filter(spoke).find(|f| (f.at..f.end).any(|k| is_denial_verb(s, k)));
    let frame = denier.or_else(|| before.iter().rev().find(spoke))?;
    Some(Frame { at: m.start, end: m.end(), scope: Scope::After, speaker: frame.speaker.clone() })
}

/// '..., the army said, as reported by Reuters': a source named right after
/// a speaker who closed the clause only passes the words on.
fn relays_last(s: &Sentence, m: Match, last: Option<&Frame>) -> bool {
    matches!(m.tag, Tag::AccordingTo) && right_after_a_closed_clause(s, m, last)
}

/// Whether phrase `m` comes right after `last`, a speaker who closed the
/// clause before it, with only punctuation between.
fn right_after_a_closed_clause(s: &Sentence, m: Match, last: Option<&Frame>) -> bool {
    last.is_some_and(|f| {
        f.scope == Scope::Before
            && f.speaker.is_some()
            && f.end <= m.start
            && (f.end..m.start).all(|k| s.kind(k) == TokenKind::Punct && !s.is_quote(k))
    })
}

/// Adds the frame speech phrase `m` opens, unless it only passes on the
/// last one's words ('..., the army said, as reported by Reuters'); a source
/// the last one cites ('..., Reuters reported, citing medical sources')
/// becomes its speaker.
fn add_frame(s: &Sentence, m: Match, frame: Frame, out: &mut Vec<Frame>) {
    if passes_on_the_sentence(s, &frame, out) {
        return;
    }
    if cited_by_last(s, m, out.last()) {
        if let (Some(last), Some(speaker)) = (out.last_mut(), frame.speaker) {
            last.speaker = Some(speaker);
            last.end = frame.end;
        }
    } else if !relays_last(s, m, out.last()) {
        out.push(frame);
    }
}

/// "Russia's Defence Ministry denied on Monday that ..., the Interfax news
/// agency reported.": a report that closes a sentence whose last speech
/// verb has a subject of a known party only passes that party's words on.
fn passes_on_the_sentence(s: &Sentence, frame: &Frame, out: &[Frame]) -> bool {
    let Some(last) = out.last() else { return false };
    let placed = last.speaker.as_ref().is_some_and(|r| r.camp.is_some() || r.actor.is_some());
    // The reporter is named before its verb ("the agency reported"): a verb
    // that opens the clause («كما ذكرت X», "as X said") may say whose the
    // content is.
    let reporter_first = frame.at < frame.end && !s.has_at(frame.at, |t| matches!(t, Tag::Reporting));
    frame.scope == Scope::Before
        && last.scope == Scope::After
        && placed
        && reporter_first
        && last.end <= frame.at
        && only_trailing_matter(s, frame.end)
        && (last.at..last.end).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb)))
}

/// '..., Reuters reported, citing medical sources': a source cited right
/// after a speaker who closed the clause is the one whose words they are.
fn cited_by_last(s: &Sentence, m: Match, last: Option<&Frame>) -> bool {
    matches!(m.tag, Tag::Relay) && right_after_a_closed_clause(s, m, last)
}

/// «قالت إن بعض وسائل الإعلام نقلت خبرا ...، مضيفة "ننفي ..."», "the
/// ministry said some media reported ..., adding ...": a participle after
/// a comma goes on with the speaker of the clause whose "that" holds the
/// later speakers, not with the latest of them.
fn clause_speaker<'f>(s: &Sentence, out: &'f [Frame]) -> Option<&'f Resolved> {
    let speaking = |f: &&Frame| f.speaker.is_some() && !opens_on_claims(s, f);
    let first = out.iter().find(speaking)?;
    let last = out.iter().rev().find(speaking)?;
    // (Not past a clause break: «أعلنت أرمينيا أن ...، إلا أن باكو شددت ...،
    // واصفة» goes on with Baku.)
    let nested = (first.end..last.at).any(|k| s.has_at(k, |t| matches!(t, Tag::Complementizer)))
        && !(first.end..last.at).any(|k| s.covered_by(k, |t| matches!(t, Tag::ClauseBreak)));
    if nested { first.speaker.as_ref() } else { last.speaker.as_ref() }
}

/// The sentence's latest speaker so far. "Allegations by the Ukrainian side
/// that … are untrue, the ministry said": the owner of claims the sentence
/// reports is no speaker "the ministry" can refer back to.
fn latest_speaker<'f>(s: &Sentence, out: &'f [Frame]) -> Option<&'f Resolved> {
    out.iter().rev().filter(|f| !opens_on_claims(s, f)).find_map(|f| f.speaker.as_ref())
}

/// Whether frame `f` is a party's claims («اتهامات حكومة الوفاق», "claims by
/// the rebels"), whose party no later participle goes on with. A word for
/// claims that is also the sentence's verb of saying («وزعم فلان، ...،
/// مؤكدا») opens the speaker's own words.
fn opens_on_claims(s: &Sentence, f: &Frame) -> bool {
    s.has_at(f.at, |t| matches!(t, Tag::Allegation))
        && !(f.scope == Scope::After && s.has_at(f.at, |t| matches!(t, Tag::Reporting)) && speaker_right_after(s, f))
}

/// Whether the speaker of frame `f` stands right after its verb.
fn speaker_right_after(s: &Sentence, f: &Frame) -> bool {
    f.speaker.as_ref().is_some_and(|r| tokens_in(s, r.range).0 == f.at + 1)
}

pub(crate) fn frames(
    s: &Sentence,
    rules: &Rules,
    subject_first: bool,
    before: &Earlier,
    claims: &[usize],
) -> Vec<Frame> {
    let Earlier { previous, previous_fresh, mentions: earlier, issuer, headline } = *before;
    let mut out: Vec<Frame> = headline.then(|| colon_attribution(s, rules)).flatten().into_iter().collect();
    let n = s.len();
    let mut i = out.last().map_or(0, |f| f.end);
    while i < n {
        // Speech verbs inside a quotation belong to the quoted words, unless
        // a denial verb opens it: «المتحدث، "نفى صحة ادعاء ..."» quotes the report.
        if s.quoted[i] && !opens_quoted_report(s, i) {
            i += 1;
            continue;
        }
        // No frame opens where no phrase that may open one starts: only a name
        // the token stands inside moves on past it (what `no_speech_at` would say).
        if !s.has_at(i, opens_frame) {
            let in_qualifier = || s.covered_by(i, |t| matches!(t, Tag::Qualifier { .. }));
            i = if !s.covered(i) || in_qualifier() { i + 1 } else { name_around(s, i).unwrap_or(i + 1) };
            continue;
        }
        // A subject-less verb continues this sentence's latest speaker, else
        // the actor the sentence opened with, else the last sentence's speaker.
        let local = if participle_after_comma(s, i) { clause_speaker(s, &out) } else { latest_speaker(s, &out) };
        let local_first = local.is_some();
        let previous = local.or(previous);
        if let Some(next) = no_speech_at(s, i) {
            i = next;
            continue;
        }
        if let Some(frame) = agentless(s, rules, i).or_else(|| claims_of_a_party(s, rules, i)) {
            i = frame.end;
            if !agentless_inside_speech(s, &frame, &out) {
                out.push(frame);
            }
            continue;
        }
        let Some(m) = s
            .starts(i)
            .iter()
            .find(|m| matches!(m.tag, Tag::Reporting | Tag::AccordingTo | Tag::RelayVerb | Tag::Relay))
            .copied()
        else {
            i += 1;
            continue;
        };
        // «كانت تقوم بنقل منظومات»: a verb of passing words on behind a
        // clitic only a noun takes is a noun. («بزعم» still reports a claim.)
        let relays_nothing = matches!(m.tag, Tag::RelayVerb)
            && s.grammar.after_noun_prefix(s.word(i)).any(|rest| s.is_form(i, rest))
            || carries_no_words(s, m);
        if relays_nothing || matches!(m.tag, Tag::Reporting) && (no_verb_at(s, i) || aspectual(s, m)) {
            i = m.end();
            continue;
        }
        // "the statement added", «وأوضح البيان»: the statement's issuer,
        // though another party spoke since.
        let previous = if !local_first && statement_subject(s, m) { issuer.or(previous) } else { previous };
        let around = Around { subject_first, previous, local_first, earlier };
        if let Some(frame) = possessed_denial(s, m, &out).or_else(|| speech_frame(s, rules, m, &around, claims)) {
            i = frame.end.max(m.end());
            add_frame(s, m, frame, &mut out);
        } else {
            i = m.end();
        }
    }
    if out.is_empty()
        && previous_fresh
        && let Some(frame) = continued(s, previous)
    {
        out.push(frame);
    }
    out
}

/// A speech verb inside a quotation with a party of its own for subject:
/// '"The army claims it killed 90 of our fighters; one died," the rebels
/// said.' What follows the verb, up to the end of its clause, is that
/// party's claim as the quoted speaker relays it.
#[derive(Debug, Clone)]
pub(crate) struct QuotedFrame {
    pub frame: Frame,
    /// The token where the relayed clause ends.
    pub until: usize,
}

/// The quoted speech frames of a sentence (see [`QuotedFrame`]). They are
/// kept apart from [`frames`]: no later frame carries their speaker.
pub(crate) fn quoted_frames(s: &Sentence, rules: &Rules, subject_first: bool, claims: &[usize]) -> Vec<QuotedFrame> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let verb = s.quoted[i]
            .then(|| s.starts(i).iter().find(|m| matches!(m.tag, Tag::Reporting)).copied())
            .flatten()
            .filter(|m| !is_denial_verb(s, m.start) && !no_verb_at(s, m.start) && !aspectual(s, *m));
        let Some(m) = verb else {
            i += 1;
            continue;
        };
        let frame = if subject_first {
            verb_subject_first(s, rules, m, (None, false), claims)
        } else {
            verb_first(s, rules, m, (None, false), claims)
        };
        let named_inside = |f: &Frame| {
            f.speaker.as_ref().is_some_and(|r| {
                let (a, b) = tokens_in(s, r.phrase);
                (r.actor.is_some() || r.camp.is_some()) && a < b && (a..b).all(|k| s.quoted[k])
            })
        };
        match frame.filter(|f| f.scope == Scope::After && named_inside(f)) {
            Some(frame) => {
                let until = (frame.end..s.len()).find(|&k| ends_relayed_clause(s, k)).unwrap_or(s.len());
                i = frame.end.max(m.end());
                out.push(QuotedFrame { frame, until });
            }
            None => i = m.end(),
        }
    }
    out
}

/// Where a clause relayed inside a quotation ends: at the quotation's close,
/// a sentence mark or a clause break ("but", «لكن»).
fn ends_relayed_clause(s: &Sentence, k: usize) -> bool {
    !s.quoted[k]
        || s.is_quote(k)
        || s.is_punct(k, &['.', ';', '؛', '?', '!', ':'])
        || s.has_at(k, |t| matches!(t, Tag::ClauseBreak))
}

/// The quoted frame that relays the claim at tokens `[start, end)`.
pub(crate) fn relaying(quoted: &[QuotedFrame], start: usize, end: usize) -> Option<&Frame> {
    quoted.iter().filter(|q| q.frame.end <= start && end <= q.until).max_by_key(|q| q.frame.at).map(|q| &q.frame)
}

/// Whether the word at `i` is a denial verb in the third person that opens a
/// quotation: the quotation repeats a report of the denial, not the
/// denier's own speech («قال إن المتحدث "نفى صحة ادعاء فاغنر"»).
pub(crate) fn opens_quoted_report(s: &Sentence, i: usize) -> bool {
    i > 0
        && s.is_quote(i - 1)
        && !s.quoted[i - 1]
        && s.has_at(i, |t| matches!(t, Tag::DenialVerb))
        && !s.has_at(i, |t| matches!(t, Tag::FirstPerson))
}

/// Where the subject before the verb at `verb` ends: at the verb, or before
/// the opening quotation mark (and its comma) of a quoted report
/// («X، "نفى صحة ..."»).
fn subject_end(s: &Sentence, verb: usize) -> usize {
    match opens_quoted_report(s, verb) {
        true if verb >= 2 && s.is_punct(verb - 2, &[',', '،']) => verb - 2,
        true => verb - 1,
        false => verb,
    }
}

/// How many tokens a headline's party before its colon may hold.
const COLON_PARTY_TOKENS: usize = 6;

/// «أرمينيا: باكو تنشر معلومات كاذبة», "Pentagon: no US troops were hurt": a
/// headline that opens on a party and a colon gives the party's words.
fn colon_attribution(s: &Sentence, rules: &Rules) -> Option<Frame> {
    let colon = (1..s.len().min(COLON_PARTY_TOKENS + 1)).find(|&k| s.is_punct(k, &[':']))?;
    let plain = (0..colon).all(|k| {
        !s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::Metric { .. } | Tag::DenialVerb | Tag::Refutation))
            && !s.word(k).chars().any(|c| c.is_numeric())
    });
    let speaker = resolve(s, rules, (0, colon), "a headline's party before its colon");
    // "Iraq: 84 killed in attacks" names the topic; a person or a body
    // speaks, and so does a party whose headline judges or denies, and a
    // party that is no state ("Saudi-led coalition: Scores of Houthis
    // killed"): an armed group or an alliance is no place to report on.
    let judges = (colon..s.len()).any(|k| s.has_at(k, |t| matches!(t, Tag::DenialVerb | Tag::Refutation)));
    let party = |c: CampId| {
        let camp = rules.camp(c);
        !camp.fallback && !camp.state && !camp.country && !camp.relays
    };
    let placed = speaker.actor.is_some()
        || judges && speaker.camp.is_some_and(|c| !rules.camp(c).fallback)
        || speaker.camp.is_some_and(party);
    (plain && placed).then_some(Frame { at: 0, end: colon + 1, scope: Scope::After, speaker: Some(speaker) })
}

/// A sentence with no frame of its own that news prose gives to the speaker
/// of the sentence just before: a quotation paragraph after '"…," he said.',
/// and a sentence opening on the figure just given ("This number includes…",
/// "وهذه الحصيلة تشمل…").
fn continued(s: &Sentence, previous: Option<&Resolved>) -> Option<Frame> {
    let previous = previous.filter(|p| p.actor.is_some() || p.camp.is_some())?;
    let words: Vec<usize> = (0..s.len()).filter(|&k| s.kind(k) == TokenKind::Word).collect();
    let first = *words.first()?;
    let quotation = s.is_quote(0) && words.iter().all(|&k| s.quoted[k]);
    let opening = first <= 1 && s.has_at(first, |t| matches!(t, Tag::Anaphora));
    let why = match (quotation, opening) {
        (true, _) => "a quotation with no speaker of its own: the previous sentence's speaker goes on",
        (_, true) => "the sentence opens on the figure just given: the previous sentence's speaker goes on",
        _ => return None,
    };
    let speaker = Resolved { how: why.into(), ..previous.clone() };
    Some(Frame { at: 0, end: 0, scope: Scope::After, speaker: Some(speaker) })
}

/// "The Red Cross said an attack was reported and 25 were killed": a
/// report with no agent inside what a named speaker says is that
/// speaker's word, and opens no frame.
fn agentless_inside_speech(s: &Sentence, frame: &Frame, out: &[Frame]) -> bool {
    let inside = out.last().is_some_and(|f| f.scope == Scope::After && f.speaker.is_some());
    inside && s.has_at(frame.at, |t| matches!(t, Tag::Agentless))
}

/// "it was reported", "أفيد بـ": reporting with no agent is the outlet's
/// own voice, unless a source follows ("was reported by the ministry").
fn agentless(s: &Sentence, rules: &Rules, i: usize) -> Option<Frame> {
    let m = s.find_at(i, |t| matches!(t, Tag::Agentless))?;
    let sourced = (m.start..=m.end()).any(|k| s.has_at(k, |t| matches!(t, Tag::AccordingTo | Tag::Relay)));
    if sourced {
        return None;
    }
    let end = skip_adverbials(s, m.end());
    let scope = if m.start > 0 && only_trailing_matter(s, end) { Scope::Before } else { Scope::After };
    let speaker = Resolved {
        range: s.byte_range(m.start, m.end()),
        phrase: s.byte_range(m.start, m.end()),
        actor: None,
        camp: rules.camp_index("media"),
        how: s.how(|| format!("\"{}\" reports with no agent: the outlet's own voice", s.words(m.start, m.end()))),
    };
    Some(Frame { at: m.start, end, scope, speaker: Some(speaker) })
}

/// Whether a resolved speaker has a camp of its own, not a fallback one.
fn firm(rules: &Rules, r: &Resolved) -> bool {
    r.actor.is_some() || r.camp.is_some_and(|c| !rules.camp(c).fallback)
}

/// The tokens of a sentence whose bytes lie in `range`.
pub(crate) fn tokens_in(s: &Sentence, range: (usize, usize)) -> (usize, usize) {
    let a = (0..s.len()).find(|&k| s.byte_range(k, k + 1).0 >= range.0).unwrap_or(s.len());
    let b = (a..s.len()).find(|&k| s.byte_range(k, k + 1).1 > range.1).unwrap_or(s.len());
    (a, b)
}

/// A speaker phrase that names no camp of its own may point back:
/// "the former" / "الأولى" and "the latter" / "الأخيرة" to the parties just
/// named, and a short form ("the ministry", "إدارة الجمهورية") to an earlier
/// full mention whose words hold all of its words.
fn back_reference(
    s: &Sentence,
    rules: &Rules,
    speaker: Resolved,
    at: usize,
    (previous, earlier): (Option<&Resolved>, &[Resolved]),
) -> Resolved {
    if firm(rules, &speaker) {
        return speaker;
    }
    let (a, b) = tokens_in(s, speaker.phrase);
    if a >= b {
        return speaker;
    }
    if let Some(r) = former_or_latter(s, rules, &speaker, ((a, b), at), previous) {
        return r;
    }
    if let Some(r) = country_reference(s, rules, &speaker, (a, b), previous) {
        return r;
    }
    let content: Vec<usize> =
        (a..b).filter(|&k| s.kind(k) == TokenKind::Word && !s.has_at(k, |t| matches!(t, Tag::Determiner))).collect();
    // "X, the spokesman of the movement": a long phrase ending on a short
    // form of a party named earlier in the sentence speaks for that party.
    if b - a > 4
        && let Some(&last) = content.last().filter(|&&k| k + 1 == b)
    {
        return named_earlier_in_sentence(s, rules, &speaker, (&[last], a)).unwrap_or(speaker);
    }
    if content.is_empty() || b - a > 4 {
        return speaker;
    }
    // The previous speaker first: the nearer context decides.
    if let Some(r) = previous_reference(s, rules, &speaker, (&content, (a, b)), previous) {
        return r;
    }
    if let Some(r) = named_earlier_in_sentence(s, rules, &speaker, (&content, a)) {
        return r;
    }
    short_form(s, &speaker, (&content, (a, b)), earlier).unwrap_or(speaker)
}

/// Words before a party's name that may belong to it: «تنظيم القاعدة».
const NAME_LEAD: usize = 2;

/// A short form of a party named earlier in the same sentence, speaker or
/// not: «تبنى تنظيم القاعدة الهجوم الذي أسفر حسب التنظيم عن مقتل 14»,
/// "the Shabaab group claimed the attack, which killed 40, according to the
/// group". Every content word stands in the party's name or just before it.
fn named_earlier_in_sentence(
    s: &Sentence,
    rules: &Rules,
    speaker: &Resolved,
    (content, a): (&[usize], usize),
) -> Option<Resolved> {
    if content.len() > 2 {
        return None;
    }
    let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    let holds = |from: usize, to: usize, k: usize| {
        (from..to).any(|j| s.forms(k).iter().any(|f| s.forms(j).iter().any(|g| g.text == f.text)))
    };
    let (from, end) = (0..a).rev().filter(|&k| !s.quoted[k]).find_map(|k| {
        let m = s.find_at(k, party)?;
        let end = name_end(s, m, a);
        let from = m.start.saturating_sub(NAME_LEAD);
        content.iter().all(|&c| holds(from, end, c)).then_some((from, end))
    })?;
    let from = (from..end).find(|&j| s.covered_by(j, party) || content.iter().any(|&c| holds(j, j + 1, c)))?;
    let named = resolve(s, rules, (from, end), "a short form of a party named earlier in the sentence");
    named.camp.is_some().then(|| Resolved {
        range: speaker.range,
        phrase: speaker.phrase,
        how: named.how.clone(),
        ..named
    })
}

/// "the former" / "الأولى", "the latter" / "الأخيرة" at the end of the
/// phrase at tokens `(a, b)`: the first or last party named in the sentence
/// before the frame at `at`, else the previous speaker. `None` when the
/// phrase says neither; the speaker unchanged when nobody fits.
fn former_or_latter(
    s: &Sentence,
    rules: &Rules,
    speaker: &Resolved,
    ((a, b), at): ((usize, usize), usize),
    previous: Option<&Resolved>,
) -> Option<Resolved> {
    // The phrase ends with the word ("and the latter", "وقالت الأولى").
    let ends_with = |t: Tag| (a..b).any(|k| s.starts(k).iter().any(|m| m.tag == t && m.end() == b));
    let former = ends_with(Tag::Former);
    let latter = ends_with(Tag::Latter);
    if !(former || latter) {
        return None;
    }
    // The parties named in this sentence before the frame, in order.
    let named: Vec<Resolved> = (0..at.min(a))
        .filter_map(|k| {
            let m = s
                .starts(k)
                .iter()
                .find(|m| m.end() <= at.min(a) && matches!(m.tag, Tag::Actor(_) | Tag::CampCue(_)))?;
            let r = resolve(s, rules, (m.start, m.end()), "");
            firm(rules, &r).then_some(r)
        })
        .collect();
    let pick = if former { named.first() } else { named.last() };
    let word = if former { "the former" } else { "the latter" };
    let Some(r) = pick.or(previous) else { return Some(speaker.clone()) };
    let name = s.text[r.range.0..r.range.1].to_owned();
    Some(Resolved {
        range: speaker.range,
        phrase: speaker.phrase,
        actor: r.actor,
        camp: r.camp,
        how: s.how(|| format!("\"{}\" is {word} of the parties just named: \"{name}\"", s.words(a, b))),
    })
}

/// "the country's health ministry", "وزارة الصحة في البلاد": the country
/// named last before the phrase in this sentence, else the previous speaker's.
fn country_reference(
    s: &Sentence,
    rules: &Rules,
    speaker: &Resolved,
    (a, b): (usize, usize),
    previous: Option<&Resolved>,
) -> Option<Resolved> {
    if !(a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::CountryReference))) {
        return None;
    }
    let country = |r: &Resolved| r.camp.is_some_and(|c| rules.camp(c).country);
    let named = (0..a).rev().find_map(|k| {
        let m = s.starts(k).iter().find(|m| m.end() <= a && matches!(m.tag, Tag::CampCue(_) | Tag::Actor(_)))?;
        let r = resolve(s, rules, (m.start, m.end()), "");
        country(&r).then_some(r)
    });
    let r = named.or_else(|| previous.filter(|p| country(p)).cloned())?;
    let name = s.text[r.range.0..r.range.1].to_owned();
    Some(Resolved {
        range: speaker.range,
        phrase: speaker.phrase,
        actor: None,
        camp: r.camp,
        how: s.how(|| format!("\"{}\" speaks for the country just named: \"{name}\"", s.words(a, b))),
    })
}

/// A short form of an earlier full mention: every word of it stands there.
fn short_form(
    s: &Sentence,
    speaker: &Resolved,
    (content, (a, b)): (&[usize], (usize, usize)),
    earlier: &[Resolved],
) -> Option<Resolved> {
    let holds_all = |r: &&Resolved| {
        // "Mohamed Abdi, an official ...": a name's last word may carry the apposition's comma.
        // Read afresh for each question, not collected: most mentions fail the first.
        let words = || {
            s.text[r.phrase.0..r.phrase.1]
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !is_alphanumeric(c)))
                .filter(|w| !w.is_empty())
        };
        words().nth(content.len()).is_some()
            && content.iter().all(|&k| {
                words().any(|w| {
                    s.forms(k).iter().any(|f| {
                        w == f.text || (w.ends_with(f.text) && w.len() - f.text.len() <= 4 && f.text.len() >= 4)
                    })
                })
            })
    };
    // Only when the earlier names it could shorten all have one camp: "the
    // defence ministry" after both sides' defence ministries is no one's.
    let found = earlier.iter().rev().find(holds_all);
    let unambiguous = |r: &Resolved| earlier.iter().filter(holds_all).all(|o| o.camp == r.camp);
    let r = found.filter(|r| unambiguous(r))?;
    let name = s.text[r.range.0..r.range.1].to_owned();
    Some(Resolved {
        range: speaker.range,
        phrase: speaker.phrase,
        actor: r.actor,
        camp: r.camp,
        how: s.how(|| format!("\"{}\" is a short form of the earlier \"{name}\"", s.words(a, b))),
    })
}

/// The words of a phrase as written, split at spaces.
fn words_of<'t>(s: &Sentence<'t>, (from, to): (usize, usize)) -> Vec<&'t str> {
    s.text[from..to].split_whitespace().collect()
}

/// Whether a form of token `k` that `keep` accepts is one of `words`.
fn form_among(s: &Sentence, k: usize, words: &[&str], keep: impl Fn(&str) -> bool) -> bool {
    s.forms(k).iter().any(|f| keep(f.text) && words.contains(&f.text))
}

/// A definite phrase that points at the previous speaker: by its head word,
/// or as an institution of the country that spoke.
fn previous_reference(
    s: &Sentence,
    rules: &Rules,
    speaker: &Resolved,
    (content, (a, b)): (&[usize], (usize, usize)),
    previous: Option<&Resolved>,
) -> Option<Resolved> {
    // A definite noun phrase whose head (its first or last word) stands in the
    // previous speaker's name: "the news agency" after "the X Press Agency".
    // Definite by an article, or in Arabic by any of its words ("وزارة الدفاع").
    let definite =
        s.has_at(a, |t| matches!(t, Tag::Determiner)) || content.iter().any(|&k| s.forms(k).iter().any(|f| f.definite));
    let prev = previous.filter(|p| firm(rules, p))?;
    if !definite || content.len() > 3 {
        return None;
    }
    let prev_words = words_of(s, prev.phrase);
    let in_prev = |k: usize| form_among(s, k, &prev_words, |f| f.len() >= 4);
    let head = [content[0], content[content.len() - 1]];
    if head.iter().any(|&k| in_prev(k)) {
        let name = s.text[prev.range.0..prev.range.1].to_owned();
        return Some(Resolved {
            how: s.how(|| format!("\"{}\" refers back to the previous speaker \"{name}\"", s.words(a, b))),
            range: speaker.range,
            phrase: speaker.phrase,
            ..prev.clone()
        });
    }
    // An institution with no nationality after a country spoke ("Yerevan
    // denied it, and the defence ministry said") is that country's.
    // The institution word is the phrase's head, its first or last word:
    // "the defence ministry", "وزارة الدفاع", not "بيانات الجيش الرسمية".
    let cue_at = |k: usize| s.has_at(k, |t| matches!(t, Tag::CampCue(c) if rules.camp(*c).fallback));
    let institution = speaker.camp.is_some_and(|c| rules.camp(c).fallback) && head.iter().any(|&k| cue_at(k));
    let country = prev.camp.is_some_and(|c| rules.camp(c).country);
    if institution && country {
        let name = s.text[prev.range.0..prev.range.1].to_owned();
        return Some(Resolved {
            how: s.how(|| {
                format!("\"{}\" is an institution of the country that spoke before: \"{name}\"", s.words(a, b))
            }),
            range: speaker.range,
            phrase: speaker.phrase,
            actor: None,
            camp: prev.camp,
        });
    }
    None
}

fn according_to(s: &Sentence, rules: &Rules, m: Match, claims: &[usize]) -> Option<Frame> {
    // "X was quoted by Fars as saying": the passive's subject is quoted, and
    // the party after the relay only passes the words on.
    if matches!(m.tag, Tag::Relay) && m.start > 0 && s.has_at(m.start - 1, |t| matches!(t, Tag::PassiveAuxiliary)) {
        let quoted = passive_subject(s, m.start - 1);
        let speaker = resolve(s, rules, quoted, "quoted, in the passive, by a party that relays it");
        return (quoted.0 < quoted.1).then(|| Frame {
            at: quoted.0,
            end: m.end(),
            scope: Scope::After,
            speaker: Some(speaker),
        });
    }
    let mut phrase = trim(s, phrase_forward(s, rules, m.end(), claims));
    // «حسب الرواية الإسرائيلية», "according to the account of the army": the
    // account is the party's; the party speaks.
    // ("according to a statement from the ministry": past its article too.)
    let mut from = m.end();
    if from + 1 < s.len()
        && s.grammar.is_article(s.word(from))
        && s.has_at(from + 1, |t| matches!(t, Tag::BackReference | Tag::SpeechNoun))
    {
        from += 1;
    }
    let start = from;
    while from < s.len()
        && (s.has_at(from, |t| matches!(t, Tag::BackReference | Tag::SpeechNoun))
            || (from > start && s.grammar.is_preposition(s.word(from))))
    {
        from = s.find_at(from, |_| true).map_or(from + 1, |x| x.end().max(from + 1));
    }
    // (With the article read over, only a party after a preposition: "a
    // statement from X", not "a statement released by X".)
    let past_preposition = from > start + 1 && s.grammar.is_preposition(s.word(from - 1));
    if from > start && (start == m.end() || past_preposition) {
        let owned = trim(s, phrase_forward(s, rules, from, claims));
        if owned.0 < owned.1 && resolve(s, rules, owned, "").camp.is_some() {
            phrase = owned;
        }
    }
    // "حسب بيانه", "according to its statement": the statement of someone
    // named elsewhere names no one.
    let only_statement = (phrase.0..phrase.1)
        .all(|k| s.has_at(k, |t| matches!(t, Tag::SpeechNoun | Tag::OwnReference)) || s.grammar.is_article(s.word(k)));
    if phrase.0 >= phrase.1 || only_statement {
        return None;
    }
    // "..., according to X." looks back; "According to X, ..." looks forward.
    let scope = if m.start > 0 && only_trailing_matter(s, phrase.1) { Scope::Before } else { Scope::After };
    let speaker = resolve(s, rules, phrase, "named after \"according to\"");
    Some(Frame { at: m.start, end: phrase.1, scope, speaker: Some(speaker) })
}

/// «وكان رئيس الأركان قد أعلن ...»: an auxiliary right before a verb-first
/// verb means its subject was written before them; the words after the verb
/// are its object.
fn subject_before_auxiliary(s: &Sentence, rules: &Rules, m: Match) -> Option<Frame> {
    if m.start == 0 || !s.grammar.is_subject_auxiliary(s.word(m.start - 1)) {
        return None;
    }
    let mut back = trim(s, skip_auxiliaries(s, trim(s, phrase_backward(s, m.start - 1))));
    // «وكان "حزب الله" قد أعلن»: a quoted name before the auxiliary; «وكان
    // مسؤول الحزب، ملا كريم شكور، قد اتهم»: a subject set off by a comma.
    if back.0 >= back.1 {
        let fronted = |comma: usize| Some(trim(s, skip_auxiliaries(s, fronted_subject(s, comma))));
        back = quoted_name_before(s, m.start - 1)
            .or_else(|| (m.start >= 2 && s.is_punct(m.start - 2, &[',', '،'])).then(|| fronted(m.start - 2)).flatten())
            .filter(|b| b.0 < b.1)?;
    }
    let speaker = resolve(s, rules, back, "subject before the auxiliary and its verb");
    (speaker.actor.is_some() || speaker.camp.is_some()).then(|| Frame {
        at: back.0,
        end: skip_adverbials(s, m.end()).max(m.end()),
        scope: Scope::After,
        speaker: Some(speaker),
    })
}

/// A verb-first subject holds one party: a second party of another known
/// camp right after the first one's name is the verb's object («اتهم الجيش
/// السوداني قوات الدعم السريع بـ...», "accused Armenia Azerbaijan of").
fn second_party_ends(s: &Sentence, rules: &Rules, (a, b): (usize, usize)) -> (usize, usize) {
    let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    // "Saudi media", «وسائل إعلام سعودية»: a nationality after the media describes it.
    let media = rules.camp_index("media");
    let known = |c: Option<CampId>| c.filter(|&c| !rules.camp(c).fallback && Some(c) != media);
    let Some(first) = (a..b).find_map(|k| s.find_at(k, party)) else { return (a, b) };
    let camp_of = |m: &Match| known(resolve(s, rules, (m.start, m.end()), "").camp);
    let mut camp = camp_of(&first);
    let mut end = first.end();
    // «اتهمت وزارة الدفاع الباكستانية القوات الأفغانية بـ...»: a noun of no
    // known camp («القوات», «الجيش») before a country's adjective opens the
    // object too; the country is the party read next.
    let known_party = |t: &Tag| known(tag_camp(rules, t)).is_some();
    let country_after_noun = |k: usize| {
        let noun_end = s.find_at(k, party).map_or(k + 1, |m| m.end());
        let noun =
            s.kind(k) == TokenKind::Word && !s.covered_by(k, known_party) && !s.grammar.is_name_preposition(s.word(k));
        (noun && noun_end < b)
            .then(|| s.find_at(noun_end, party))
            .flatten()
            .filter(|m| camp_of(m).is_some_and(|c| rules.camp(c).country))
    };
    while end < b
        && let Some(next) = country_after_noun(end).or_else(|| s.find_at(end, party))
    {
        let next_camp = camp_of(&next);
        // "Turkey and Azerbaijan denied", «نفت تركيا وأذربيجان»: joined, both speak.
        let g = s.grammar;
        let joined = g.is_conjunction(s.word(end.saturating_sub(1)))
            || g.after_conjunction(s.word(next.start)).any(|rest| s.is_form(next.start, rest));
        // «اللواء الليبي خليفة حفتر», "the Libyan general Khalifa Haftar": a
        // person named right after a nationality is the speaker, whatever
        // the nationality's camp.
        let person = matches!(next.tag, Tag::Actor(x) if rules.actor(x).kind == ActorKind::Person)
            && next.start <= end + 1
            && (end..next.start).all(|k| s.kind(k) == TokenKind::Word);
        if person {
            camp = next_camp;
            end = next.end();
            continue;
        }
        match (camp, next_camp) {
            (Some(c), Some(n)) if c != n && !joined => return (a, end),
            (None, Some(n)) => camp = Some(n),
            _ => {}
        }
        end = next.end();
    }
    (a, b)
}

/// "قال X إن ...", "نقلت وكالة عن X", and the subject-before-verb order
/// "وزارة الدفاع كانت قد أعلنت".
fn verb_first(
    s: &Sentence,
    rules: &Rules,
    m: Match,
    (previous, previous_is_local): (Option<&Resolved>, bool),
    claims: &[usize],
) -> Option<Frame> {
    if let Some(frame) = subject_before_auxiliary(s, rules, m) {
        return Some(frame);
    }
    let from = speaker_after_verb(s, m);
    let raw = before_denied_reports(s, rules, m, second_party_ends(s, rules, phrase_forward(s, rules, from, claims)));
    let phrase = trim(s, raw);
    // «X، الناطق باسم “العملية”، …»: a quotation closing the phrase is the phrase's.
    let closed = (phrase.1..raw.1).take_while(|&k| s.is_quote(k)).last().map_or(phrase.1, |k| k + 1);
    let mut end = after_speaker_asides(s, skip_adverbials(s, closed));
    // «الجبهة، التي اتهمت الحكومة ...»: after a relative pronoun whose
    // antecedent is a party, the party after the verb is the object.
    if let Some(frame) = antecedent_frame(s, rules, m, (end.max(m.end()), Scope::After)) {
        return Some(frame);
    }
    if previous_is_local && participle_after_comma(s, m.start) {
        // «وهو ما نفته إسلام آباد، واصفة ...»: after a denial, the denier's.
        let speaker = denier_before_participle(s, rules, m.start, false).or_else(|| carry(previous));
        return Some(Frame { at: m.start, end: end.max(m.end()), scope: Scope::After, speaker });
    }
    if subject_after_verb(s, rules, m, phrase) {
        let speaker = resolve(s, rules, phrase, "subject after the reporting verb");
        let speaker = anaphoric_subject(s, rules, (m, speaker), previous);
        // '«…» قالت الشرطة في بيان': a verb right after a closing quotation speaks it.
        let after_quote = m.start >= 2 && s.is_quote(m.start - 1) && s.quoted[m.start - 2];
        let scope = if after_quote || only_trailing_matter(s, end) { Scope::Before } else { Scope::After };
        return Some(Frame { at: m.start, end, scope, speaker: Some(speaker) });
    }
    if let Some(frame) = reports_saying(s, rules, m, end) {
        return Some(frame);
    }
    // Subject before the verb, back to the clause start; a participle
    // («قائلا», «مضيفا») has none there: the words before it are its
    // clause's object, and its speaker is the clause's.
    let participle = s.has_at(m.start, |t| matches!(t, Tag::Continuation));
    let lead = subject_end(s, m.start);
    let mut back = if participle { (m.start, m.start) } else { trim(s, phrase_backward(s, lead)) };
    // «أعلن X الحرب ضد الجيش وقال»: the words back to a preposition before a
    // verb with a conjunction written onto it are an object; the verb goes on
    // with the clause's subject.
    // «إسرائيل تؤكد غارة على لبنان وتنفي ...»: so are the words right after a
    // verb of telling.
    let joined = s.grammar.after_conjunction(s.word(m.start)).any(|rest| s.is_form(m.start, rest));
    let after_telling = back.0 > 0 && s.ending_at(back.0, |t| matches!(t, Tag::Reporting)).is_some();
    if joined && (is_object_start(s, back.0) || after_telling) {
        back = (m.start, m.start);
    }
    let (back, lead) = if participle { (back, lead) } else { fronted_back(s, back, lead) };
    // «وكان شهود عيان تحدثوا»: an auxiliary before the words marks them as the
    // verb's subject, known party or not.
    let auxiliary = |k: usize| s.grammar.is_subject_auxiliary(s.word(k));
    // The words before a quoted report are the one it reports, known party or not.
    let marked = back.0 < back.1
        && (auxiliary(back.0)
            || (back.0 > 0 && auxiliary(back.0 - 1))
            || lead != m.start
            || subject_after_break(s, back.0));
    let back = joined_subject(s, issuer_of_statement(s, trim(s, skip_auxiliaries(s, back))));
    if back.0 < back.1 {
        let speaker = resolve(s, rules, back, "subject before the reporting verb");
        if speaker.actor.is_some() || speaker.camp.is_some() || marked {
            end = end.max(m.end());
            return Some(Frame { at: back.0.min(m.start), end, scope: Scope::After, speaker: Some(speaker) });
        }
    }
    // «جبهة الساحل كذبت المزاعم التركية مؤكدة أن ...»: a participle after a
    // denial goes on with the denier, not with the party whose claims it denied.
    if participle && let Some(denier) = denier_before_participle(s, rules, m.start, false) {
        return Some(Frame { at: m.start, end: end.max(m.end()), scope: Scope::After, speaker: Some(denier) });
    }
    let carried = if previous_is_local {
        clause_party(s, rules, m.start).or_else(|| carry(previous))
    } else {
        clause_party(s, rules, m.start).or_else(|| sentence_subject(s, rules, m.start)).or_else(|| carry(previous))
    };
    Some(Frame { at: m.start, end: end.max(m.end()), scope: Scope::After, speaker: carried })
}

/// How far after a resumptive pronoun and the party after it what the party
/// said may start («في وقت أكدت فيه وسائل إعلامية دولية مقتل 18»).
const SAID_AFTER_REACH: usize = 8;

/// Where the speaker after the verb `m` starts: "نقلت وكالة “إنترفاكس” عن
/// X" has the real speaker after "عن".
fn speaker_after_verb(s: &Sentence, m: Match) -> usize {
    let mut from = skip_adverbials(s, m.end());
    // «التي ينفي فيها الحزب»: the pronoun takes up the antecedent; the subject follows.
    // So after "what" («ما أعلنت عنه الوزارة»), and after a noun the clause
    // describes with no relative pronoun when a party is named next («في وقت
    // أكدت فيه وسائل إعلام»; «وقال فيه في إجابة ...» has no subject there).
    let relative = m.start > 0
        && (s.grammar.is_relative_pronoun(s.word(m.start - 1)) || s.grammar.is_free_relative(s.word(m.start - 1)));
    // (And when what the party said follows, or what it denied: «خسائر كشف
    // عنها الحوثيون أمس» only says whose the losses are; «في وقت نفت فيه
    // طهران هذه المزاعم» denies.)
    let said_after = || {
        (from + 2..(from + 2 + SAID_AFTER_REACH).min(s.len()))
            .take_while(|&k| !s.is_punct(k, &['.', '!', '?']))
            .any(|k| s.has_at(k, |t| matches!(t, Tag::Complementizer | Tag::Metric { .. })))
    };
    let party_next = from + 1 < s.len()
        && s.covered_by(from + 1, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)))
        && (said_after() || is_denial_verb(s, m.start));
    if from < s.len() && s.grammar.is_resumptive_pronoun(s.word(from)) && (relative || party_next) {
        from += 1;
    }
    // «نفى ذلك المتحدث فلان», «نفت ذلك وزارة الدفاع»: a pointer right after a
    // denial verb and before a party is its object; the party is the subject
    // (`object_pointers`: «هذه» in «نفت هذه القوات» is "these").
    let party_at = |k: usize| k < s.len() && s.covered_by(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)));
    if is_denial_verb(s, m.start) && from < s.len() && s.grammar.is_object_pointer(s.word(from)) && party_at(from + 1) {
        from += 1;
    }
    let relay = matches!(m.tag, Tag::RelayVerb) || s.has_at(m.start, |t| matches!(t, Tag::RelayVerb));
    if !relay {
        return from;
    }
    // «نقلت قناة المسيرة عن مقتل ثلاثة»: what comes after "from" is what was
    // reported, not a source; the relaying party speaks.
    // (A source is followed by what it said: «عن موقع داعم للحركة قوله، إن ...».)
    let via = (from..(from + 8).min(s.len())).find(|&k| s.has_at(k, |t| matches!(t, Tag::RelayVia)));
    match via {
        Some(k) if reports_an_event(s, from, k) => from,
        Some(k) => k + 1,
        None => from,
    }
}

/// Whether "from" at `via`, after a relaying party's words from `from`,
/// opens a casualty word that nothing said follows: the party reports the
/// event itself.
fn reports_an_event(s: &Sentence, from: usize, via: usize) -> bool {
    let reach = (via + 1 + RELAY_SOURCE_REACH).min(s.len());
    via + 1 < s.len()
        && s.has_at(via + 1, |t| matches!(t, Tag::Metric { .. }))
        && (from..via).all(|k| s.kind(k) == TokenKind::Word && !s.has_at(k, |t| matches!(t, Tag::ResultVerb)))
        && !(via + 1..reach).any(|k| s.has_at(k, |t| matches!(t, Tag::Complementizer)))
}

/// «ورود مزاعم تقول إن ...», «أنباء تفيد بأن ...»: a speech verb right after
/// a word for reports or claims has that word for subject.
fn reports_saying(s: &Sentence, rules: &Rules, m: Match, end: usize) -> Option<Frame> {
    let noun = m.start.checked_sub(1)?;
    if s.kind(noun) != TokenKind::Word || !s.has_at(noun, |t| matches!(t, Tag::Hearsay | Tag::Allegation)) {
        return None;
    }
    // «نفى المصدر هذه المزاعم مؤكدا أن ...»: claims a denial has just named
    // are its object, and the verb goes on with the denier.
    if denial_verb_before(s, noun).is_some() || reports_confirmed_by_party(s, rules, noun) {
        return None;
    }
    // "official reports saying": the words before the noun may place it;
    // claims nobody is named for are the media's voice, as reports are.
    let how = "a word for reports right before the speech verb";
    let phrase = trim(s, phrase_backward(s, m.start));
    let placed =
        (phrase.0 < noun && phrase.1 == m.start).then(|| resolve(s, rules, phrase, how)).filter(|r| r.camp.is_some());
    let speaker = placed.unwrap_or_else(|| {
        let mut r = resolve(s, rules, (noun, m.start), how);
        r.camp = r.camp.or_else(|| rules.camp_index("media"));
        r
    });
    Some(Frame { at: noun, end: end.max(m.end()), scope: Scope::After, speaker: Some(speaker) })
}

/// How far before a word for reports the speech verb it is the object of may stand.
const CONFIRMED_REPORTS_REACH: usize = 12;

/// «وأكد مسؤول أبخازي الخبر قائلا ...»: a word for reports after a speech
/// verb and a subject naming a party, in one clause, is what the party
/// confirmed, not a voice of its own.
pub(crate) fn reports_confirmed_by_party(s: &Sentence, rules: &Rules, noun: usize) -> bool {
    let Some(verb) = (noun.saturating_sub(CONFIRMED_REPORTS_REACH)..noun)
        .rev()
        .take_while(|&k| s.kind(k) != TokenKind::Punct && !s.has_at(k, |t| matches!(t, Tag::Complementizer)))
        .find(|&k| s.has_at(k, |t| matches!(t, Tag::Reporting)))
    else {
        return false;
    };
    let subject = trim(s, (verb + 1, noun));
    subject.0 < subject.1 && {
        let r = resolve(s, rules, subject, "");
        r.actor.is_some() || r.camp.is_some()
    }
}

/// «نفت الوكالة ...، واصفة الصور بأنها مفبركة»: a participle after a comma
/// goes on with the clause's speaker; the words after it are its object.
fn participle_after_comma(s: &Sentence, at: usize) -> bool {
    at > 0 && s.is_punct(at - 1, &[',', '،']) && s.has_at(at, |t| matches!(t, Tag::Continuation))
}

/// The subject of a denial verb earlier in the clause of a participle at
/// `at`: before the verb («X كذبت ... مؤكدة»), else right after it («نفت X
/// ... مؤكدة»). `None` when no denial verb stands there or it names no one.
fn denier_before_participle(s: &Sentence, rules: &Rules, at: usize, subject_first: bool) -> Option<Resolved> {
    let denial = denial_verb_before(s, at)?;
    let verb_end = s.find_at(denial, |t| matches!(t, Tag::DenialVerb)).map_or(denial + 1, |v| v.end());
    let after = trim(s, second_party_ends(s, rules, phrase_forward(s, rules, verb_end, &[])));
    let before = skip_auxiliaries(s, trim(s, phrase_backward(s, before_adverbials(s, denial))));
    let usable = |p: (usize, usize)| p.0 < p.1 && p.1 <= at && !is_pronoun(s, p);
    let how = "a participle after a denial: the denial's subject";
    let named = |p: (usize, usize)| {
        let r = resolve(s, rules, p, how);
        (r.actor.is_some() || r.camp.is_some()).then_some(r)
    };
    // The verb first, then its subject; a subject before the verb otherwise.
    // A language that puts the subject first has it before the verb only:
    // "Residents contested the army account, saying ...".
    let order: &[(usize, usize)] = if subject_first { &[before] } else { &[after, before] };
    let usable_at = || order.iter().copied().filter(|&p| usable(p));
    usable_at().find_map(named).or_else(|| usable_at().next().map(|p| resolve(s, rules, p, how)))
}

/// Whether `phrase`, the words after the verb `m`, is its subject.
fn subject_after_verb(s: &Sentence, rules: &Rules, m: Match, phrase: (usize, usize)) -> bool {
    let names_someone = |p: (usize, usize)| {
        let r = resolve(s, rules, p, "");
        r.actor.is_some() || r.camp.is_some()
    };
    // "قالت إنها أحصت ...": after "إنها" the verb's subject is the pronoun;
    // words after it that name no one are its object.
    let after_complementizer = m.start > 0 && s.has_at(m.start - 1, |t| matches!(t, Tag::Complementizer));
    // «شككت في الرواية»: a phrase opening with a preposition is the verb's object.
    let prepositional = phrase.0 < phrase.1 && s.grammar.is_preposition(s.word(phrase.0));
    // «أن أردوغان كذّب أمس مضمون البيان»: a party named right before the
    // verb is its subject when the words after it name no one.
    let named_before = || {
        let back = trim(s, phrase_backward(s, m.start));
        back.0 < back.1 && !is_pronoun(s, back) && names_someone(back)
    };
    // «أن الحكومة التركية، اتهمت الحزب ...»: a party set off by a comma
    // before the verb, from the clause's start, is its subject, whoever
    // the words after it name. A participle after a comma has none.
    let fronted = || {
        m.start >= 2
            && s.is_punct(m.start - 1, &[',', '،'])
            && !s.has_at(m.start, |t| matches!(t, Tag::Continuation))
            && {
                let back = trim(s, fronted_clause_subject(s, m.start - 1));
                back.0 < back.1 && !is_pronoun(s, back) && names_someone(back)
            }
    };
    // «غير أن موسكو نفت قصفها مطار تبليسي»: a party right after "that" or a
    // clause break and before the verb is its subject, whoever the words
    // after the verb name.
    // (A verb of passing words on has its source after it, not its subject.)
    let relay = s.has_at(m.start, |t| matches!(t, Tag::RelayVerb));
    let after_that = || {
        let back = trim(s, phrase_backward(s, m.start));
        back.0 < back.1 && !is_pronoun(s, back) && subject_after_break(s, back.0) && names_someone(back)
    };
    phrase.0 < phrase.1
        && !is_pronoun(s, phrase)
        && !prepositional
        && (!after_complementizer || names_someone(phrase))
        && (names_someone(phrase) || !named_before())
        && !fronted()
        && (relay || !after_that())
}

/// Where a party's name that starts with the camp or actor word `m` ends:
/// over the camp and actor words that follow it («الجيش الإسرائيلي», not the
/// generic «الجيش»), before `until` and before a word that points back at a
/// statement ("claims", «ادعاء»).
pub(crate) fn name_end(s: &Sentence, m: Match, until: usize) -> usize {
    let mut end = m.end();
    while end < until
        && let Some(next) = s.find_at(end, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)))
        && !s.has_at(end, |t| matches!(t, Tag::Hearsay | Tag::Allegation | Tag::BackReference))
    {
        end = next.end();
    }
    end
}

/// How far before a verb with no subject of its own a clause break may open
/// its clause.
const CLAUSE_PARTY_REACH: usize = 5;

/// «إلا أن أوكرانيا سارعت إلى نفي ذلك», "but Kyiv was quick to deny it": a
/// party named right after a clause break is the subject of the verb that
/// follows in its clause, not the speaker of the clause before.
fn clause_party(s: &Sentence, rules: &Rules, verb: usize) -> Option<Resolved> {
    let from = verb.saturating_sub(CLAUSE_PARTY_REACH);
    let brk = (from..verb).rev().find_map(|k| s.find_at(k, |t| matches!(t, Tag::ClauseBreak)))?;
    let named = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    let m = (brk.end()..(brk.end() + 2).min(verb)).find_map(|k| s.find_at(k, named))?;
    if (m.end()..verb).any(|k| s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::AccordingTo))) {
        return None;
    }
    let end = name_end(s, m, verb);
    let speaker = resolve(s, rules, (m.start, end), "the party named after a clause break");
    (speaker.actor.is_some() || speaker.camp.is_some()).then_some(speaker)
}

/// "وكانت مجموعة «X» الحقوقية، قالت": a fronted subject set off by a comma,
/// quotation marks and all, when nothing but auxiliaries stands between the
/// comma and the verb («وكانت الوزارة، قد أعلنت»). Returns the subject and
/// where it leads to the verb; `(back, lead)` when there is none.
fn fronted_back(s: &Sentence, back: (usize, usize), lead: usize) -> ((usize, usize), usize) {
    let only_auxiliaries = (back.0..back.1).all(|k| s.grammar.is_subject_auxiliary(s.word(k)));
    let lead = if only_auxiliaries { back.0.min(lead) } else { lead };
    let back = if back.0 < back.1 && lead == back.0 { (lead, lead) } else { back };
    if back.0 < back.1 || lead < 2 || !s.is_punct(lead - 1, &[',', '،']) {
        return (back, lead);
    }
    let fronted = fronted_subject(s, lead - 1);
    // «أفاد مراسلنا أن الشرطة، اتهمت ...»: back to a complementizer.
    let fronted = if fronted.0 < fronted.1 { fronted } else { trim(s, fronted_clause_subject(s, lead - 1)) };
    (fronted, lead)
}

/// The words before a comma back to the start of the sentence, over
/// quotation marks, when nothing in them ends a speaker's name.
fn fronted_subject(s: &Sentence, comma: usize) -> (usize, usize) {
    let mut k = comma;
    let mut apposition = false;
    while k > 0 && comma - k < MAX_SPEAKER_TOKENS {
        let j = k - 1;
        if s.is_quote(j) {
            k = j;
            continue;
        }
        // «وكان مسؤول الحزب في حمرين، ملا كريم شكور، قد اتهم»: a name set off
        // by commas inside a subject an auxiliary opens.
        if s.is_punct(j, &[',', '،']) {
            apposition = true;
            k = j;
            continue;
        }
        // «وكان»: the auxiliary opens the subject, at the start of the
        // sentence or with a conjunction written onto it (a clause of a
        // paragraph joined to the line before).
        if s.kind(j) == TokenKind::Word && s.grammar.is_subject_auxiliary(s.word(j)) {
            let joined = s.grammar.after_conjunction(s.word(j)).any(|rest| s.is_form(j, rest));
            return if j == 0 || joined { (j, comma) } else { (comma, comma) };
        }
        if s.kind(j) != TokenKind::Word || stops_speaker(s, j) {
            return (comma, comma);
        }
        k = j;
    }
    if k == 0 && !apposition { (0, comma) } else { (comma, comma) }
}

/// The words before a comma back to the start of the sentence or to a
/// complementizer («يذكر أن X، اتهمت ...»), when nothing else in them ends
/// a speaker's name.
fn fronted_clause_subject(s: &Sentence, comma: usize) -> (usize, usize) {
    let mut k = comma;
    while k > 0 && comma - k < MAX_SPEAKER_TOKENS {
        let j = k - 1;
        if s.has_at(j, |t| matches!(t, Tag::Complementizer)) {
            return (k, comma);
        }
        if s.kind(j) != TokenKind::Word || stops_speaker(s, j) {
            return (comma, comma);
        }
        k = j;
    }
    if k == 0 { (0, comma) } else { (comma, comma) }
}

fn carry(previous: Option<&Resolved>) -> Option<Resolved> {
    previous.map(|p| Resolved { how: "no subject: the previous speaker carries over".into(), ..p.clone() })
}

/// Whether the words at token `k` follow a preposition or a speaker stop
/// ("against", «ضد»): they are an object, never a speaker.
fn is_object_start(s: &Sentence, k: usize) -> bool {
    k > 0 && (s.grammar.is_preposition(s.word(k - 1)) || s.has_at(k - 1, |t| matches!(t, Tag::SpeakerStop)))
}

/// The actor a sentence opened with, for a later verb with no subject of its
/// own: "نشرت أرمينيا صورا ... قالت إنها", "Pashinyan expressed ..., and said".
fn sentence_subject(s: &Sentence, rules: &Rules, before: usize) -> Option<Resolved> {
    // "declared war against the army": the army is an object, not the subject.
    (0..before).filter(|&k| !s.quoted[k] && !is_object_start(s, k)).find_map(|k| {
        let m = s.starts(k).iter().find(|m| matches!(m.tag, Tag::Actor(_) | Tag::CampCue(_)) && m.end() <= before)?;
        let end = name_end(s, *m, before);
        Some(resolve(s, rules, (m.start, end), "no subject of its own: the party the sentence opened with"))
    })
}

/// What a subject-first verb whose subject starts at `subject` and whose
/// frame ends at `end` governs: the words after it, or those before.
fn subject_first_scope(s: &Sentence, subject: usize, end: usize) -> Scope {
    // '"…," the ministry said in a statement shared with X.': a subject right
    // after a closing quotation speaks the quotation.
    let after_quote = subject >= 2 && s.is_quote(subject - 1) && s.quoted[subject - 2];
    // "..., two officials told Reuters.": after a comma, a verb with only a
    // short addressee after it closes the sentence it attributes.
    let after_comma = subject >= 1 && s.is_punct(subject - 1, &[',', '،']);
    let closes = only_trailing_matter(s, end)
        || after_comma && (only_an_addressee(s, end) || only_an_adjunct(s, end) || ends_before_a_break(s, end));
    if after_quote || closes { Scope::Before } else { Scope::After }
}

/// The speaker of a participle ("..., saying") or of a verb right after a
/// clause break, with no subject of its own at `at`.
fn continued_speaker(
    s: &Sentence,
    rules: &Rules,
    (at, participle, after_break): (usize, bool, bool),
    (previous, previous_is_local): (Option<&Resolved>, bool),
) -> Option<Resolved> {
    // "Al-Shabaab claimed the attack, saying ...": with no speaker before it
    // in the sentence, a participle goes on with the party the sentence
    // opened with, not with the last sentence's speaker.
    let opener = || opening_subject(s, rules, at).filter(|_| participle && !previous_is_local);
    // "Iraqi officials denied US claims that ..., saying instead ...": a
    // participle after a denial goes on with the denier, not with the party
    // whose claims it denied.
    let denier = || denier_before_participle(s, rules, at, true).filter(|_| participle);
    denier()
        .or_else(opener)
        .or_else(|| carry(previous))
        .or_else(|| if after_break { sentence_subject(s, rules, at) } else { None })
}

/// How many words may stand before the party a sentence opens with ("On
/// Sunday, the group ...").
const OPENING_REACH: usize = 3;

/// The party a sentence opens with, as its subject, when it stands among
/// the sentence's first words.
fn opening_subject(s: &Sentence, rules: &Rules, before: usize) -> Option<Resolved> {
    let first = (0..before.min(OPENING_REACH + 1))
        .find(|&k| s.starts(k).iter().any(|m| matches!(m.tag, Tag::Actor(_) | Tag::CampCue(_))))?;
    sentence_subject(s, rules, before).filter(|r| tokens_in(s, r.range).0 == first)
}

/// «رفضت الوزارة تقارير عن ...»: after a denial verb, reports that follow a
/// subject naming someone are its object. «نفت بعض التقارير ...»: reports
/// after words that name no one are the subject, and deny.
fn before_denied_reports(s: &Sentence, rules: &Rules, m: Match, (a, b): (usize, usize)) -> (usize, usize) {
    if !is_denial_verb(s, m.start) {
        return (a, b);
    }
    let Some(k) = (a + 1..b).find(|&k| s.has_at(k, |t| matches!(t, Tag::Hearsay))) else {
        return before_denied_words(s, rules, m, (a, b));
    };
    let subject = resolve(s, rules, trim(s, (a, k)), "");
    if subject.actor.is_some() || subject.camp.is_some() { (a, k) } else { (a, b) }
}

/// «نفت وزارة الدفاع الأرمينية استخدام قنابل عنقودية»: after a denial verb,
/// a subject that is a party's name ends with it; the words after the name,
/// unless they name a person, are what is denied. (A subject that opens on
/// an office, «نفى المتحدث باسم الجيش فلان ...», may go on with a name no
/// pack lists.)
fn before_denied_words(s: &Sentence, rules: &Rules, verb: Match, (a, b): (usize, usize)) -> (usize, usize) {
    // «وهو ما نفته الحكومة الأرمينية بشكل قاطع»: what a relative word before
    // the verb stands for is denied; the words after the name are the denier's.
    let relative_before = verb.start > 0 && {
        let w = s.word(verb.start - 1);
        s.grammar.is_free_relative(w) || s.grammar.is_relative_pronoun(w)
    };
    if relative_before {
        return (a, b);
    }
    let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    let (_, to) = trim(s, (a, b));
    let Some(name) = s.find_at(a, party).filter(|m| m.end() <= to) else { return (a, b) };
    let end = name_end(s, name, to);
    // ("the spokesman", «وزارة» alone: an office of the catch-all camp is
    // no party's name; "the embassy in Damascus": a name goes on over a
    // preposition, and «قوات حكومة الوفاق الوطني» over a definite word.)
    let party_named = resolve(s, rules, (a, end), "").camp.is_some_and(|c| !rules.camp(c).fallback);
    let words_after = (end..to).all(|k| s.kind(k) == TokenKind::Word)
        && end < to
        && !s.has_at(end, |t| matches!(t, Tag::FunctionWord))
        && !s.forms(end).iter().any(|f| f.definite)
        && !s.grammar.is_preposition(s.word(end))
        && !s.grammar.is_locative_preposition(s.word(end));
    if party_named && words_after && !has_person(s, rules, end, to) { (a, end) } else { (a, b) }
}

/// "..., with Amnesty International reporting that": a preposition opens
/// an absolute phrase whose noun is the verb's subject.
fn without_leading_preposition(s: &Sentence, (a, b): (usize, usize)) -> (usize, usize) {
    if b > a + 1 && s.kind(a) == TokenKind::Word && s.grammar.is_preposition(s.word(a)) { (a + 1, b) } else { (a, b) }
}

/// Where the auxiliaries right before `to` start, no further back than
/// `from`: "has" in "X has claimed", «قد» in «وكان "X" قد أعلن», and "has
/// however" in "X has however denied" (adverbs after an auxiliary).
fn auxiliaries_start(s: &Sentence, from: usize, mut to: usize) -> usize {
    let mut past_adverbs = to;
    // "has however denied", "have often claimed": adverbs after an auxiliary.
    let adverb = |w: &str| s.grammar.is_manner_adverb(w) || s.grammar.is_habitual_adverb(w);
    while past_adverbs > from && adverb(s.word(past_adverbs - 1)) {
        past_adverbs -= 1;
    }
    if past_adverbs > from && s.grammar.is_subject_auxiliary(s.word(past_adverbs - 1)) {
        to = past_adverbs;
    }
    while to > from && s.grammar.is_subject_auxiliary(s.word(to - 1)) {
        to -= 1;
    }
    to
}

/// Drops auxiliaries around a fronted subject: "وكانت وزارة الدفاع ... قد أعلنت".
fn skip_auxiliaries(s: &Sentence, (mut a, b): (usize, usize)) -> (usize, usize) {
    let b = auxiliaries_start(s, a, b);
    while a < b && s.grammar.is_subject_auxiliary(s.word(a)) {
        a += 1;
    }
    (a, b)
}

/// How many words a name before its title may hold ("Shahidullah Shahid").
const NAME_BEFORE_TITLE_WORDS: usize = 4;

/// "Ihsanullah Ihsan, a spokesman for the Pakistani Taliban said": a name
/// opening the sentence, set off by a comma before a subject that holds an
/// office's title, is the subject's too (the comma after the title is
/// often left out). The name's words are words no list knows. The speaker
/// read from the title is shown with the name, and the name's words are a
/// mention later short forms ("Shahid said") point back to.
fn with_name_before(s: &Sentence, rules: &Rules, speaker: Resolved, (a, b): (usize, usize)) -> Resolved {
    if a < 2 || !s.is_punct(a - 1, &[',']) || !(a..b).any(|k| s.grammar.is_office_title(s.word(k))) {
        return speaker;
    }
    // Not when the title pointed back to a speaker named before, nor when it
    // names no party of its own: a short title ("the government
    // spokesman") may still be read as a short form of one.
    if speaker.phrase != s.byte_range(a, b) || !firm(rules, &speaker) {
        return speaker;
    }
    let name = |k: usize| s.kind(k) == TokenKind::Word && s.starts(k).is_empty() && !s.covered(k);
    match (0..a - 1).rev().take_while(|&k| name(k)).last() {
        Some(0) if a - 1 <= NAME_BEFORE_TITLE_WORDS => {
            let start = s.byte_range(0, 1).0;
            Resolved { range: (start, speaker.range.1), phrase: (start, speaker.phrase.1), ..speaker }
        }
        _ => speaker,
    }
}

/// The words of the subject of a verb at `at` that its subject precedes,
/// past time words, auxiliaries, a statement issued, and an object of a
/// verb of telling before it.
fn subject_words_before(s: &Sentence, at: usize) -> (usize, usize) {
    let back = skip_auxiliaries(s, trim(s, phrase_backward(s, before_adverbials(s, at))));
    joined_subject(s, issuer_of_statement(s, back))
}

/// «الجيش السوري يعلن إسقاط طائرتين وإسرائيل تنفي», "X announces the
/// downing of two jets and Israel denies": words that run back to a verb
/// of telling are its object; a party joined to them by a conjunction is
/// the subject of the verb after it, and the object is no part of it.
fn joined_subject(s: &Sentence, (a, b): (usize, usize)) -> (usize, usize) {
    let party = |k: usize| s.has_at(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)));
    // The verb's own subject stands before it: after a verb that opens its
    // clause («وقال ضباط بالجيش والشرطة ...») the words are its subject.
    let told = a >= 2
        && s.has_at(a - 1, |t| matches!(t, Tag::Reporting))
        && s.covered_by(a - 2, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)));
    if !told {
        return (a, b);
    }
    let conjunction = |k: usize| s.kind(k) == TokenKind::Word && s.grammar.is_conjunction(s.word(k));
    let joined = |k: usize| s.grammar.after_conjunction(s.word(k)).any(|rest| s.is_form(k, rest));
    (a + 1..b).find(|&k| party(k) && (joined(k) || conjunction(k - 1))).map_or((a, b), |k| (k, b))
}

/// Words a verb of issuing may stand before its statement: "issued its
/// own statement".
const ISSUED_NOUN_WORDS: usize = 3;

/// "The ministry later issued a statement denying ...", «وأصدرت الوزارة
/// لاحقا بيانا نفت فيه»: a verb of issuing and the statement it issued,
/// in the words before a verb of telling, are not the speaker; the party
/// that issued it is, before the verb in English, after it in Arabic, with
/// a time word between or none.
fn issuer_of_statement(s: &Sentence, (a, b): (usize, usize)) -> (usize, usize) {
    let issued = |k: usize| s.has_at(k, |t| matches!(t, Tag::SpeechNoun)) && !s.forms(k).iter().any(|f| f.definite);
    if b <= a || !issued(b - 1) {
        return (a, b);
    }
    // "a statement", "its own statement", "a joint statement": the words
    // between the verb and the noun name no party.
    let plain =
        |k: usize| s.kind(k) == TokenKind::Word && !s.has_at(k, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_)));
    let words_before = (b - 1 - a).min(ISSUED_NOUN_WORDS);
    let issuing = (b - 1 - words_before..b - 1)
        .rev()
        .take_while(|&k| plain(k))
        .find_map(|k| s.ending_at(k + 1, |t| matches!(t, Tag::Issuing)));
    // "X issued a statement": the subject before the verb, past a time word.
    // ("The army put out a statement": "put" may end the phrase before it.)
    if let Some(verb) = issuing.filter(|v| v.end() > a) {
        let to = before_adverbials(s, verb.start);
        if to > a {
            return skip_auxiliaries(s, trim(s, (a, to)));
        }
        if let Some(subject) = subject_before_time_word(s, to, a) {
            return subject;
        }
    }
    // «أصدرت الوزارة لاحقا بيانا»: the subject after the verb.
    match s.starts(a).iter().find(|m| matches!(m.tag, Tag::Issuing)) {
        Some(verb) if verb.end() < b - 1 => {
            let subject = trim(s, (verb.end(), before_adverbials(s, b - 1)));
            let named =
                (subject.0..subject.1).any(|k| s.kind(k) == TokenKind::Word && !s.grammar.is_article(s.word(k)));
            if named { subject } else { (a, b) }
        }
        _ => (a, b),
    }
}

/// The subject before `to`, where a time word or a verb ended a speaker
/// phrase at `a`, past a one-word aside: "X later issued", "X, however,
/// issued".
fn subject_before_time_word(s: &Sentence, mut to: usize, a: usize) -> Option<(usize, usize)> {
    let aside = to >= 3
        && s.is_punct(to - 1, &[',', '،'])
        && s.is_punct(to - 3, &[',', '،'])
        && s.kind(to - 2) == TokenKind::Word
        && s.has_at(to - 2, |t| matches!(t, Tag::SpeakerStop));
    if aside {
        to -= 3;
    }
    let subject = skip_auxiliaries(s, trim(s, phrase_backward(s, to)));
    (to < a && subject.0 < subject.1).then_some(subject)
}

/// "Armenia said", "..., the ministry said.", "..., said a spokesman", and
/// "X, a rights group, said".
fn verb_subject_first(
    s: &Sentence,
    rules: &Rules,
    m: Match,
    (previous, previous_is_local): (Option<&Resolved>, bool),
    claims: &[usize],
) -> Option<Frame> {
    let back = subject_words_before(s, m.start);
    let after_verb = skip_adverbials(s, m.end());
    // "..., saying 760 were wounded": a participle speaks for the clause's
    // speaker; so does a verb right after a clause break ("..., but said
    // there was no damage"), whose words after it are what was said.
    let continuation = s.has_at(m.start, |t| matches!(t, Tag::Continuation));
    let after_break = verb_after_break(s, m.start);
    if (continuation || after_break) && back.0 >= back.1 {
        let speaker = continued_speaker(s, rules, (m.start, continuation, after_break), (previous, previous_is_local));
        return Some(Frame { at: m.start, end: after_verb, scope: Scope::After, speaker });
    }
    let scope_after_verb = |end: usize| subject_first_scope(s, back.0, end);
    let is_conjunction = |k: usize| s.grammar.is_conjunction(s.word(k));
    let conjunction_only = back.1 == back.0 + 1 && is_conjunction(back.0);
    // "X accused Y of Z and said ...": the words back to the first verb are
    // its object; the second verb's subject is the first one's.
    let second_verb = back.1 > back.0 + 1
        && is_conjunction(back.1 - 1)
        && back.0 > 0
        && s.has_at(back.0 - 1, |t| matches!(t, Tag::Reporting));
    if let Some(speaker) =
        denier_of_joined_verb(s, rules, back, previous).or_else(|| statement_denier(s, m, back, previous))
    {
        return Some(Frame { at: m.start, end: after_verb, scope: scope_after_verb(after_verb), speaker });
    }
    if second_verb {
        let speaker = previous.map(|p| Resolved {
            how: "a second verb joined by a conjunction: the first verb's subject".into(),
            ..p.clone()
        });
        return Some(Frame { at: m.start, end: after_verb, scope: scope_after_verb(after_verb), speaker });
    }
    // "declared war against the army and said": the words back to a
    // preposition are its object, and the joined verb has the sentence's subject.
    let object_then_conjunction = back.1 > back.0 + 1 && is_conjunction(back.1 - 1) && is_object_start(s, back.0);
    if conjunction_only || object_then_conjunction {
        let speaker = sentence_subject(s, rules, back.0).or_else(|| carry(previous));
        return Some(Frame { at: m.start, end: after_verb, scope: scope_after_verb(after_verb), speaker });
    }
    if back.0 >= back.1
        && let Some(frame) = antecedent_frame(s, rules, m, (after_verb, scope_after_verb(after_verb)))
    {
        return Some(frame);
    }
    // "the general Khalifa Haftar who launched the campaign, denied": the
    // subject stands before the relative clause.
    if let Some(frame) = subject_before_relative(s, rules, m, (after_verb, scope_after_verb(after_verb))) {
        return Some(frame);
    }
    let back = after_denied_pointer(s, rules, m, without_leading_preposition(s, back));
    if back.0 < back.1 {
        if is_pronoun(s, back) {
            let carried = accused_denier(s, rules, m, back, claims).or_else(|| {
                previous
                    .map(|p| Resolved { how: "pronoun subject: the previous speaker carries over".into(), ..p.clone() })
            });
            return Some(Frame { at: back.0, end: after_verb, scope: scope_after_verb(after_verb), speaker: carried });
        }
        let speaker = resolve(s, rules, back, "subject before the reporting verb");
        let speaker = with_name_before(s, rules, anaphoric_subject(s, rules, (m, speaker), previous), back);
        return Some(Frame {
            at: back.0,
            end: after_verb,
            scope: scope_after_verb(after_verb),
            speaker: Some(speaker),
        });
    }
    inverted_or_apposition(s, rules, m, (after_verb, scope_after_verb(after_verb)), claims)
}

/// "An official said the SDF's statement was disinformation and denied the
/// claims": a statement cannot deny; a denial verb joined after a clause
/// about one (`back`, ending on the conjunction) goes on with the speaker
/// who said it.
fn statement_denier(
    s: &Sentence,
    m: Match,
    back: (usize, usize),
    previous: Option<&Resolved>,
) -> Option<Option<Resolved>> {
    let about_a_statement = back.1 > back.0 + 1
        && s.kind(back.1 - 1) == TokenKind::Word
        && s.grammar.is_conjunction(s.word(back.1 - 1))
        && (back.0..back.1)
            .any(|k| s.has_at(k, |t| matches!(t, Tag::SpeechNoun | Tag::Allegation | Tag::Hearsay | Tag::Refutation)));
    let p = previous.filter(|_| about_a_statement && is_denial_verb(s, m.start))?;
    let how = "a denial verb joined after a clause about a statement: the speaker who said it".into();
    Some(Some(Resolved { how, ..p.clone() }))
}

/// "Seleka accuses Mr Bozize of failing to honour the deal - a charge he
/// denies", "X blamed Y for the attack, which it denies": a pronoun that
/// denies right after a pointer is the party the sentence accused.
fn accused_denier(s: &Sentence, rules: &Rules, m: Match, back: (usize, usize), claims: &[usize]) -> Option<Resolved> {
    let pronoun = back.1 - 1;
    let pointer = pronoun > 0 && s.covered_by(pronoun - 1, |t| matches!(t, Tag::BackReference | Tag::Allegation));
    if !pointer || !is_denial_verb(s, m.start) {
        return None;
    }
    let verb = (0..pronoun).rev().find_map(|k| s.find_at(k, |t| matches!(t, Tag::AccusationVerb)))?;
    let (a, b) = trim(s, phrase_forward(s, rules, verb.end(), claims));
    // "accuses Mr Bozize of failing ...": the accused ends at "of".
    let b = (a + 1..b).find(|&k| s.grammar.is_preposition(s.word(k))).unwrap_or(b);
    let accused = trim(s, (a, b));
    (accused.0 < accused.1 && accused.1 <= pronoun)
        .then(|| resolve(s, rules, accused, "a pronoun denying a charge: the party accused"))
}

/// "a claim the army denied", "which the ministry rejected": before a denial
/// verb, or a verb a verdict follows, the words after a pointer are its subject; the pointer and what
/// stands before it are what is denied. Only when those words name someone,
/// so a name holding such a word ("the information ministry") stays whole.
fn after_denied_pointer(s: &Sentence, rules: &Rules, m: Match, back: (usize, usize)) -> (usize, usize) {
    // "a claim the army called lies": a verb that calls it a verdict denies
    // too. (Most frames have no denial verb: the walk is taken after that test.)
    let verdict_follows = || {
        let after = (m.end()..s.len()).find(|&k| !s.covered_by(k, |t| matches!(t, Tag::FunctionWord)));
        after.is_some_and(|k| s.find_at(k, |t| matches!(t, Tag::Refutation)).is_some())
    };
    if !is_denial_verb(s, m.start) && !verdict_follows() {
        return back;
    }
    let pointer_end = (back.0..back.1)
        .rev()
        .filter_map(|j| s.find_at(j, |t| matches!(t, Tag::Allegation | Tag::BackReference)))
        .map(|p| p.end())
        .find(|&end| end < back.1);
    let Some(from) = pointer_end else { return back };
    let names = |p: (usize, usize)| {
        let r = resolve(s, rules, p, "");
        r.actor.is_some() || r.camp.is_some()
    };
    let subject = trim(s, (from, back.1));
    if subject.0 < subject.1 && names(subject) && !names(trim(s, (back.0, from))) { subject } else { back }
}

/// "a claim denied by the Afghan government", "allegations that were
/// rejected by Moscow": the party after a passive denial's agent word is the
/// denier, and what is denied stands before the verb.
fn passive_denier(s: &Sentence, rules: &Rules, m: Match, claims: &[usize]) -> Option<Frame> {
    if !denial_with_agent(s, m.start) {
        return None;
    }
    let agent = s.find_at(m.end(), |t| matches!(t, Tag::PassiveAgent))?;
    let phrase = trim(s, phrase_forward(s, rules, agent.end(), claims));
    if phrase.0 >= phrase.1 {
        return None;
    }
    let speaker = resolve(s, rules, phrase, "the agent of a passive denial");
    // ", a claim denied by X": the apposition after the comma is the frame's
    // own, not part of what was claimed before it.
    let at = (m.start.saturating_sub(PASSIVE_APPOSITION_REACH)..m.start)
        .rev()
        .find(|&k| s.kind(k) != TokenKind::Word)
        .filter(|&k| s.is_punct(k, &[',', '،']))
        .map_or(m.start, |comma| comma + 1);
    Some(Frame { at, end: phrase.1, scope: Scope::Before, speaker: Some(speaker) })
}

/// How many words ", a claim that was denied by" may hold before its verb.
const PASSIVE_APPOSITION_REACH: usize = 5;

/// Whether the denial verb at `i` has a passive's agent word right after it.
fn denial_with_agent(s: &Sentence, i: usize) -> bool {
    is_denial_verb(s, i)
        && s.find_at(i, |t| matches!(t, Tag::Reporting))
            .is_some_and(|m| m.end() < s.len() && s.has_at(m.end(), |t| matches!(t, Tag::PassiveAgent)))
}

/// How far before its verb a subject's relative clause may open.
const RELATIVE_REACH: usize = 24;

/// "X who launched the campaign, denied ...", "the spokesman who spoke to
/// reporters denied ...": a relative clause between a subject and its verb;
/// the subject is the party named right before the relative pronoun.
fn subject_before_relative(s: &Sentence, rules: &Rules, m: Match, (end, scope): (usize, Scope)) -> Option<Frame> {
    let stops = |k: usize| {
        s.is_punct(k, &['.', ';', '؛', ':', '?', '!'])
            || s.is_quote(k)
            || s.has_at(k, |t| matches!(t, Tag::ClauseBreak))
    };
    let r = (m.start.saturating_sub(RELATIVE_REACH)..m.start.saturating_sub(1))
        .rev()
        .take_while(|&k| !stops(k) && !s.has_at(k, |t| matches!(t, Tag::Complementizer)))
        .find(|&k| s.kind(k) == TokenKind::Word && s.grammar.is_relative_pronoun(s.word(k)))?;
    // "X, which denied": a relative pronoun right before the verb is the
    // antecedent case; "which Yerevan denied": the clause has a subject of its own.
    // "which the army denied": an article may open the clause's own subject.
    let subject_at = if r + 2 < s.len() && s.grammar.is_article(s.word(r + 1)) { r + 2 } else { r + 1 };
    let own_subject = s.covered_by(subject_at, |t| matches!(t, Tag::Actor(_) | Tag::CampCue(_) | Tag::Pronoun));
    if before_adverbials(s, m.start) <= r + 1 || own_subject {
        return None;
    }
    let close = if r > 0 && s.is_punct(r - 1, &[',', '،']) { r - 1 } else { r };
    let back = trim(s, phrase_backward(s, close));
    if back.0 >= back.1 || is_pronoun(s, back) {
        return None;
    }
    let speaker = resolve(s, rules, back, "subject before a relative clause and its verb");
    (speaker.actor.is_some() || speaker.camp.is_some()).then_some(Frame {
        at: back.0,
        end,
        scope,
        speaker: Some(speaker),
    })
}

/// "The army rejected the rebels' claims of heavy losses and put its dead at
/// 13": a speech verb joined by a conjunction to a denial verb before it
/// speaks for the denial's subject, not for the party whose claims were
/// denied. `back` is the phrase before the speech verb, ending on the
/// conjunction. `None` when no such denial verb stands in it.
const JOINED_DENIAL_REACH: usize = 16;

/// The nearest denial verb before token `at` in its clause, out of quotations.
fn denial_verb_before(s: &Sentence, at: usize) -> Option<usize> {
    (at.saturating_sub(JOINED_DENIAL_REACH)..at)
        .rev()
        .take_while(|&k| !s.is_punct(k, &['.', ';', '؛', ':']) && !s.has_at(k, |t| matches!(t, Tag::ClauseBreak)))
        .find(|&k| !s.quoted[k] && is_denial_verb(s, k))
}

/// Whether a denial verb starts at token `k`: nobody refutes himself, so its
/// speaker is never the one just before.
fn is_denial_verb(s: &Sentence, k: usize) -> bool {
    s.has_at(k, |t| matches!(t, Tag::DenialVerb))
}

fn denier_of_joined_verb(
    s: &Sentence,
    rules: &Rules,
    back: (usize, usize),
    previous: Option<&Resolved>,
) -> Option<Option<Resolved>> {
    if back.1 <= back.0 || !s.grammar.is_conjunction(s.word(back.1 - 1)) {
        return None;
    }
    // "rebel claims of ... and said": the words back to the denial verb may
    // hold another speech word, read as a noun.
    let denial = denial_verb_before(s, back.1 - 1)?;
    let subject = skip_auxiliaries(s, trim(s, phrase_backward(s, before_adverbials(s, denial))));
    if subject.0 >= subject.1 || is_pronoun(s, subject) {
        return Some(carry(previous));
    }
    let how = "a verb joined to a denial verb by a conjunction: the denial's subject";
    Some(Some(anaphoric(s, rules, resolve(s, rules, subject, how), previous)))
}

/// "Yerevan, which denied the reports, ...", «يريفان، التي نفت التقارير»: a
/// verb right after a relative pronoun speaks for the pronoun's antecedent,
/// the phrase before the comma that opens the aside.
fn antecedent_frame(s: &Sentence, rules: &Rules, m: Match, (end, scope): (usize, Scope)) -> Option<Frame> {
    // "which has rejected": auxiliaries stand between.
    let at = auxiliaries_start(s, 0, before_adverbials(s, m.start));
    if at < 2 || !s.grammar.is_relative_pronoun(s.word(at - 1)) {
        return None;
    }
    // "the government, which said" and "the government who said" alike.
    let close = if s.is_punct(at - 2, &[',', '،']) { at - 2 } else { at - 1 };
    // «نفت المصادر الروسية الأنباء التي تحدثت عن ...»: reports right before
    // the pronoun are what it stands for, not the party named before them.
    if close == at - 1 && s.covered_by(at - 2, |t| matches!(t, Tag::Hearsay | Tag::Allegation)) {
        return None;
    }
    let back = trim(s, phrase_backward(s, close));
    if back.0 >= back.1 || is_pronoun(s, back) {
        return None;
    }
    // The antecedent is the party named last before the comma, with the
    // names and articles right before it ("remarks from India's air force
    // chief, who claimed": India's chief, not the remarks).
    let party = |t: &Tag| matches!(t, Tag::Actor(_) | Tag::CampCue(_));
    let last = (back.0..back.1).rev().find(|&k| s.starts(k).iter().any(|m| m.end() <= back.1 && party(&m.tag)))?;
    let mut start = last;
    loop {
        if start > back.0 && (s.covered_by(start - 1, party) || s.grammar.is_article(s.word(start - 1))) {
            start -= 1;
        // «وزارة الصحة السودانية»: a definite noun between two names joins them.
        } else if start > back.0 + 1
            && s.grammar.has_definite_prefix(s.word(start - 1))
            && s.covered_by(start - 2, party)
        {
            start -= 2;
        } else {
            break;
        }
    }
    let speaker = resolve(s, rules, (start, back.1), "the antecedent of a relative pronoun before the verb");
    (speaker.actor.is_some() || speaker.camp.is_some()).then_some(Frame {
        at: m.start,
        end,
        scope,
        speaker: Some(speaker),
    })
}

/// A subject after the verb or before an apposition, when none stands right
/// before the verb: '"...," said a spokesman for the ministry.', "Emergency
/// Lawyers, a rights group ..., said". `scope_after` is the scope of a frame
/// that ends after the verb, at `after_verb`.
fn inverted_or_apposition(
    s: &Sentence,
    rules: &Rules,
    m: Match,
    (after_verb, scope_after): (usize, Scope),
    claims: &[usize],
) -> Option<Frame> {
    // Inverted: '"...," said a spokesman for the ministry.' Only after a quotation:
    // elsewhere the words after the verb are its object ("denounced what he called").
    let after_quotation = (m.start >= 1 && s.is_quote(m.start - 1))
        || (m.start >= 2 && s.is_punct(m.start - 1, &[',']) && s.is_quote(m.start - 2));
    let forward = trim(s, phrase_forward(s, rules, after_verb, claims));
    // "..., says human rights ombudsman.": the speaker closes the sentence.
    // A denial verb is not inverted so: in "X, a spokesman, denied any
    // losses on Tuesday." the words after it are what is denied.
    let closes_sentence = forward.0 < forward.1
        && only_trailing_matter(s, forward.1)
        && !s.has_at(m.start, |t| matches!(t, Tag::DenialVerb));
    // '"...," X, a former teacher, told Reuters.': the words after "told"
    // are the one spoken to.
    let spoken_to = s.grammar.is_addressee_verb(s.word(m.start));
    let (after_verb, scope_after) = if spoken_to && closes_sentence {
        (skip_adverbials(s, forward.1), Scope::Before)
    } else {
        (after_verb, scope_after)
    };
    if (after_quotation || closes_sentence)
        && !spoken_to
        && forward.0 < forward.1
        && !s.has_at(forward.0, |t| matches!(t, Tag::Complementizer))
    {
        let speaker = resolve(s, rules, forward, "subject after the reporting verb (inverted)");
        let end = skip_adverbials(s, forward.1);
        return Some(Frame { at: m.start, end, scope: Scope::Before, speaker: Some(speaker) });
    }
    // Apposition: "Emergency Lawyers, a rights group ..., said", "X, a
    // militant group, has claimed".
    let verb = auxiliaries_start(s, 0, m.start);
    if verb >= 2 && s.is_punct(verb - 1, &[',']) {
        let comma = (0..verb - 1).rev().find(|&k| s.is_punct(k, &[',']));
        // Words, not marks: "Civil Military Operations (CMO) chief and
        // spokesman for the brigade" is as long with its acronym as without.
        let words = |c: usize| (c..verb).filter(|&k| s.kind(k) != TokenKind::Punct).count();
        if let Some(c) = comma
            && words(c) <= 13
        {
            let head = trim(s, phrase_backward(s, c));
            if head.0 < head.1 {
                // The apposition ("a rights group", "spokesman for the ministry") tells the camp.
                let mut speaker = resolve(s, rules, (head.0, verb - 1), "subject before an apposition");
                speaker.range = s.byte_range(head.0, head.1);
                return Some(Frame { at: head.0, end: after_verb, scope: scope_after, speaker: Some(speaker) });
            }
        }
    }
    spoken_to.then(|| subject_before_comma(s, rules, m, (after_verb, scope_after))).flatten()
}

/// '"...," the spokesman for the long-named operation, told Reuters.': the
/// words back to the comma before the verb are its subject when the verb's
/// object is the one spoken to and no shorter apposition stands before it.
fn subject_before_comma(s: &Sentence, rules: &Rules, m: Match, (end, scope): (usize, Scope)) -> Option<Frame> {
    if m.start < 2 || !s.is_punct(m.start - 1, &[',']) {
        return None;
    }
    // The whole apposition back to the comma before it, when it is short
    // enough to name a speaker: a longer one is cut, and a cut name misleads.
    let comma = (0..m.start - 1).rev().find(|&k| s.is_punct(k, &[',', '.', ';', '؛']) || s.is_quote(k));
    let head = trim(s, (comma.map_or(0, |c| c + 1), m.start - 1));
    (head.0 < head.1 && head.1 - head.0 <= MAX_SPEAKER_TOKENS).then(|| {
        let speaker = resolve(s, rules, head, "subject before the comma of a verb of telling");
        Frame { at: head.0, end, scope, speaker: Some(speaker) }
    })
}

/// Whether the subject is a pronoun: "he said", and "... what he called".
fn is_pronoun(s: &Sentence, (a, b): (usize, usize)) -> bool {
    b > a && s.has_at(b - 1, |t| matches!(t, Tag::Pronoun))
}

/// Whether the verb at `m` has a definite word for a statement right after
/// it («وأوضح البيان») or right before it ("the statement said").
fn statement_subject(s: &Sentence, m: Match) -> bool {
    let statement = |k: usize| {
        k < s.len()
            && s.has_at(k, |t| matches!(t, Tag::SpeechNoun))
            && (s.forms(k).iter().any(|f| f.definite) || (k > 0 && s.has_at(k - 1, |t| matches!(t, Tag::Determiner))))
    };
    statement(skip_adverbials(s, m.end())) || (m.start > 0 && statement(m.start - 1))
}

/// Whether a speaker phrase is a definite word for a statement ("the
/// statement", «البيان»): something issued, not someone.
pub(crate) fn names_a_statement(s: &Sentence, phrase: (usize, usize)) -> bool {
    let (a, b) = tokens_in(s, phrase);
    let speech = (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::SpeechNoun)));
    speech && a < b && (s.has_at(a, |t| matches!(t, Tag::Determiner)) || s.forms(a).iter().any(|f| f.definite))
}

/// The subject of the verb `m` read against the previous speaker. "The
/// ministry said ... The army denied it": nobody refutes himself, so a
/// denier is not the speaker before it; but a statement that denies ("The
/// statement contradicts ...", «ونفى البيان») is its issuer's.
fn anaphoric_subject(
    s: &Sentence,
    rules: &Rules,
    (m, speaker): (Match, Resolved),
    previous: Option<&Resolved>,
) -> Resolved {
    let denies = is_denial_verb(s, m.start);
    let issued = names_a_statement(s, speaker.phrase);
    anaphoric(s, rules, speaker, previous.filter(|_| !denies || issued))
}

/// A bare definite noun with no camp of its own ("الوزارة", "the group")
/// refers back to the previous speaker, as news prose uses it.
fn anaphoric(s: &Sentence, rules: &Rules, speaker: Resolved, previous: Option<&Resolved>) -> Resolved {
    let Some(prev) = previous else { return speaker };
    // A noun that names a camp ("الانفصاليون", "the separatists") is that camp.
    if speaker.actor.is_some() || speaker.camp.is_some_and(|c| !rules.camp(c).fallback) {
        return speaker;
    }
    // Only a noun that can speak (an institution word, a fallback camp's cue)
    // or what a speaker issued ("the statement"): "the fighting went on" is no one.
    let (a, b) = tokens_in(s, speaker.phrase);
    // "the statement", "the previous update", "البيان سالف الذكر": what the
    // previous speaker issued, whatever words follow.
    if names_a_statement(s, speaker.phrase) {
        let phrase = s.words(a, b);
        return Resolved { how: s.how(|| format!("\"{phrase}\" is what the previous speaker issued")), ..prev.clone() };
    }
    let words: Vec<&str> = s.text[speaker.phrase.0..speaker.phrase.1].split_whitespace().collect();
    // "the militant group", «الجماعة المسلحة»: one word describing a group word.
    let group_at = |k: usize| s.starts(k).iter().any(|m| matches!(m.tag, Tag::Independent) && m.len == 1);
    let describes = |k: usize| !s.covered_by(k, |t| matches!(t, Tag::Independent));
    let described_group = b == a + words.len()
        && match words.as_slice() {
            [the, _, w] => s.grammar.is_definite_article(the) && group_at(a + 2) && describes(a + 1) && w.len() >= 3,
            [w, adj] => {
                s.grammar.has_article_prefix(w) && s.grammar.has_article_prefix(adj) && group_at(a) && describes(a + 1)
            }
            _ => false,
        };
    let bare_definite = described_group
        || match words.as_slice() {
            [w] => s.grammar.has_article_prefix(w) && w.chars().count() >= 4,
            [the, w] => s.grammar.is_definite_article(the) && w.chars().count() >= 3,
            _ => false,
        };
    // "the military" after a speaker of no known camp ("the X Front said
    // ..."): nothing ties the two; the noun's own camp says more. A group
    // word with a word describing it has none of its own.
    if (speaker.camp.is_none() && !described_group) || previous.is_some_and(|p| p.camp.is_none()) {
        return speaker;
    }
    // "the army" after an armed group is not the group; "the group" is.
    // "the ministry" after "the health ministry spokesman" of the catch-all
    // camp is that ministry; "the government" after "the group" is not
    // ("The group said ..., while the government said ...").
    let named_before = || {
        let prev_words = words_of(s, prev.phrase);
        (a..b).any(|k| form_among(s, k, &prev_words, |f| !s.grammar.is_article(f) && f.chars().count() >= 3))
    };
    // "the spokesman" after "Yerima said" may be the same person.
    let office = || (a..b).any(|k| s.forms(k).iter().any(|f| s.grammar.is_office_title(f.text)));
    let state = prev.camp.is_some_and(|c| {
        rules.camp(c).country || rules.camp(c).state || rules.camp(c).fallback && (named_before() || office())
    });
    let group_word = (a..b).any(|k| s.has_at(k, |t| matches!(t, Tag::Independent)));
    if !bare_definite || !(state || group_word) {
        return speaker;
    }
    let how = s.how(|| {
        let name = &s.text[prev.range.0..prev.range.1];
        format!("\"{}\" refers back to the previous speaker \"{name}\"", words.join(" "))
    });
    Resolved { how, ..prev.clone() }
}

/// The actor a phrase's matches name: a person before a party, then the
/// longest and last name, leaving out names inside a longer party's name
/// («الانفصاليون الموالون لروسيا», "Port Sudan"), which only modify it.
fn best_actor(rules: &Rules, matches: &[Match]) -> Option<(ActorId, Match)> {
    let inside_longer_cue = |m: &Match| {
        matches
            .iter()
            .any(|c| matches!(c.tag, Tag::CampCue(_)) && c.len > m.len && c.start <= m.start && m.end() <= c.end())
    };
    matches
        .iter()
        .filter(|m| !inside_longer_cue(m))
        .filter_map(|m| match m.tag {
            Tag::Actor(x) => Some((rules.actor(x).kind == ActorKind::Person, m.len, std::cmp::Reverse(m.start), x, *m)),
            _ => None,
        })
        .max_by_key(|&(person, len, start, _, _)| (person, len, start))
        .map(|(_, _, _, x, m)| (x, m))
}

/// Resolves a speaker phrase to an actor and a camp.
///
/// A known person named in the phrase wins, then the longest known actor,
/// then a person whose name is spelled differently (string similarity).
/// Without an actor, camp cues decide: a camp that overrides another wins,
/// then the longest cue, then the last; fallback camps count only alone.
pub(crate) fn resolve(s: &Sentence, rules: &Rules, (a, b): (usize, usize), how: &str) -> Resolved {
    s.resolved((a, b), || resolve_anew(s, rules, (a, b), how))
}

/// Whether match `m` of speaker phrase `[a, b)` names someone other than
/// the speaker. A name right before an attached hyphen only modifies the
/// head: "Armenia-backed separatists" are not Armenia ("Hamas-run ministry"
/// is a ministry). «المؤسسة المدعومة أمريكياً», "the militia backed by Iran":
/// nor is a backer named right after a participle of backing ("the
/// US-backed foundation": the backer stands before its hyphen). "the
/// coalition fighting the Houthis", "a spokesman for the operation against
/// | the separatists": nor is a party the speaker fights, even when the
/// phrase was cut right after the word of fighting; "in the fighting,
/// Yerevan refuted this": a noun of fighting, or a comma between, names no
/// one fought.
fn names_another(s: &Sentence, (a, b): (usize, usize), m: &Match) -> bool {
    let backing = |k: usize| s.grammar.is_backing_word(s.word(k)) && !(k > 0 && is_inner_hyphen(s, k - 1));
    let opposing = |k: usize| {
        s.grammar.is_opposing_word(s.word(k)) && !(k > 0 && s.has_at(k - 1, |t| matches!(t, Tag::Determiner)))
    };
    // (Only a party's name can be one fought; most matches are other words.)
    let party = matches!(m.tag, Tag::Actor(_) | Tag::CampCue(_));
    let fought = party
        && (m.start.saturating_sub(2)..m.start)
            .any(|k| opposing(k) && (k + 1..m.start).all(|j| s.kind(j) != TokenKind::Punct));
    let backed = (m.start.saturating_sub(2).max(a)..m.start).any(backing);
    m.end() < b && is_inner_hyphen(s, m.end()) || backed || fought
}

/// [`resolve`], worked out.
fn resolve_anew(s: &Sentence, rules: &Rules, (a, b): (usize, usize), how: &str) -> Resolved {
    let matches: Vec<Match> = (a..b)
        .flat_map(|k| s.starts(k).iter().copied())
        .filter(|m| m.end() <= b && !names_another(s, (a, b), m))
        .collect();
    // A relayed source ("X نقلا عن Y") is shown whole, never cut after the relay.
    let relayed = matches.iter().any(|m| matches!(m.tag, Tag::Relay));
    let is_person = |x: ActorId| rules.actor(x).kind == ActorKind::Person;
    if let Some((x, m)) = best_actor(rules, &matches) {
        let actor = rules.actor(x);
        // Show the phrase up to the name that decided it, not the words after
        // it ("وزارة الدفاع الأذرية إيقاف ..."), unless the name only modifies
        // the head ("Armenia's foreign ministry").
        let possessive = m.end() < b && s.is_punct(m.end(), &['\'']);
        let head = is_person(x) || (m.start == a && !possessive);
        // A person named by role and name ("أمين المظالم ... غيغام ستيبانيان") keeps both.
        let last = matches.iter().filter(|n| n.tag == m.tag).map(|n| n.end()).max().unwrap_or(m.end());
        let range = if head && !relayed { s.byte_range(a, closing_paren(s, a, last)) } else { s.byte_range(a, b) };
        return Resolved {
            range,
            phrase: s.byte_range(a, b),
            actor: Some(x),
            camp: Some(actor.camp),
            how: s.how(|| format!("{how}; actor `{}` by name, camp `{}`", actor.id, rules.camp_id(actor.camp))),
        };
    }
    if let Some((x, score, end)) = similar_person(s, rules, a, b) {
        let actor = rules.actor(x);
        return Resolved {
            range: s.byte_range(a, end),
            phrase: s.byte_range(a, b),
            actor: Some(x),
            camp: Some(actor.camp),
            how: s.how(|| {
                format!(
                    "{how}; actor `{}` by a similar spelling ({score:.2}), camp `{}`",
                    actor.id,
                    rules.camp_id(actor.camp)
                )
            }),
        };
    }
    let (matches, envoy) = envoy_matches(s, (a, b), matches);
    let (camp, cue_end) = match camp_from_cues(s, rules, &matches) {
        Some((c, end)) => (Some(c), end),
        None => (None, b),
    };
    // "X, the spokesman for ...": an office set off by a comma is shown whole.
    let apposition = (a..cue_end.min(b)).any(|k| s.is_punct(k, &[',', '،']));
    // «وزارة الدفاع», «وزارة الصحة»: a catch-all camp's word heads a name
    // whose definite words after it tell one body from another; they are
    // part of it.
    let mut cue_end = cue_end;
    if camp.is_some_and(|c| rules.camp(c).fallback) {
        while cue_end < b && is_name_word(s, cue_end) && s.grammar.has_article_prefix(s.word(cue_end)) {
            cue_end += 1;
        }
    }
    let range = if relayed || apposition || envoy {
        s.byte_range(a, b)
    } else if parenthesized_before(s, b) == Some(cue_end) {
        // "The Southern Command (SC) said": the acronym that closes the phrase is the name's.
        s.byte_range(a, b)
    } else {
        s.byte_range(a, closing_paren(s, a, cue_end.max(a + 1)))
    };
    let how = s.how(|| match camp {
        Some(c) => format!("{how}; camp `{}` from the words of the phrase", rules.camp_id(c)),
        None => format!("{how}; no actor or camp words: camp unknown"),
    });
    Resolved { range, phrase: s.byte_range(a, b), actor: None, camp, how }
}

/// "Iraq's U.N. ambassador", «سفير العراق لدى الأمم المتحدة», "the UN
/// envoy for Sudan": an envoy speaks for the party that sent him, named
/// right after his title («العراق», «العراقي») or as the owner before it
/// ("Iraq's"), not for the one he is sent to. With an envoy's title in
/// the phrase, the sender's name is the only one a camp is read from;
/// with no sender named, names after the title are where he is sent.
fn envoy_matches(s: &Sentence, (a, b): (usize, usize), matches: Vec<Match>) -> (Vec<Match>, bool) {
    let Some(title) = (a..b).find(|&k| s.kind(k) == TokenKind::Word && s.grammar.is_envoy_title(s.word(k))) else {
        return (matches, false);
    };
    let named = |m: &Match| matches!(m.tag, Tag::CampCue(_) | Tag::Actor(_));
    let sender =
        |m: &Match| m.start == title + 1 || (m.end() <= title && m.end() < s.len() && s.is_punct(m.end(), &['\'']));
    let matches = if matches.iter().any(|m| named(m) && sender(m)) {
        matches.into_iter().filter(|m| !named(m) || sender(m)).collect()
    } else {
        matches.into_iter().filter(|m| !named(m) || m.start < title).collect()
    };
    (matches, true)
}

/// "The Government of National Accord (GNA) said": a name that decides
/// the speaker inside parentheses is shown with the parenthesis closed.
fn closing_paren(s: &Sentence, a: usize, end: usize) -> usize {
    let open = (a..end).filter(|&k| s.is_punct(k, &['('])).count();
    let closed = (a..end).filter(|&k| s.is_punct(k, &[')'])).count();
    if open > closed && end < s.len() && s.is_punct(end, &[')']) { end + 1 } else { end }
}

const SIMILARITY: f64 = 0.8;

/// The fewest letters a word and a name must each have to be told alike by spelling.
const MIN_SIMILAR_LETTERS: usize = 6;

fn similar_person(s: &Sentence, rules: &Rules, a: usize, b: usize) -> Option<(ActorId, f64, usize)> {
    let mut best: Option<(ActorId, f64, usize)> = None;
    for k in a..b {
        let word = s.word(k);
        // Words the rules know (titles, camp words) and definite nouns are no one's name.
        if s.kind(k) != TokenKind::Word || !s.starts(k).is_empty() || s.grammar.has_article_prefix(word) {
            continue;
        }
        // A misspelt name ends its phrase or nearly ("أمينة المظالم
        // أوفانيسيان", "أوفانيسيان لاحقا"); a word that two more words or a
        // party's word follow is a title or a noun ("Senior military
        // commander ...").
        let two_words_follow = k + 2 < b && s.kind(k + 1) == TokenKind::Word && s.kind(k + 2) == TokenKind::Word;
        // "Senior officials": a word before a party's word modifies it.
        let cue_follows = k + 1 < b && s.has_at(k + 1, |t| matches!(t, Tag::CampCue(_) | Tag::Actor(_)));
        if two_words_follow || cue_follows {
            continue;
        }
        let letters = LetterBag::new(word);
        let len = letters.len();
        if len < MIN_SIMILAR_LETTERS {
            continue;
        }
        // Lengths alone bound the distance from below: only names whose
        // length is within a fifth of the word's can score high enough.
        for &(x, n) in rules.names_near(len) {
            let name = &rules.actors[x].name_words[n];
            // A short name ("Anar") is too near too many words ("Ansar") to be told by its spelling.
            if name.letters.len() < MIN_SIMILAR_LETTERS {
                continue;
            }
            // The edit distance is at least the letters one word lacks; when even
            // that bound scores below the threshold, the true score does too.
            let longer = len.max(name.letters.len()) as f64;
            if 1.0 - letters.distance_bound(&name.letters) as f64 / longer < SIMILARITY {
                continue;
            }
            let score = strsim::normalized_levenshtein(word, &name.text);
            if score >= SIMILARITY && best.is_none_or(|(_, sc, _)| score > sc) {
                best = Some((ActorId::new(x), score, k + 1));
            }
        }
    }
    best
}

/// A camp's cue in a speaker phrase: its camp, length and first token.
type Cue = (CampId, usize, usize);

/// Whether the cue at `start` stands in a phrase of place: after "in",
/// «في», or one word after it ("in rural Damascus", «في ريف دمشق»).
fn in_place(s: &Sentence, start: usize) -> bool {
    (1..=2).any(|d| {
        start >= d
            && s.grammar.is_locative_preposition(s.word(start - d))
            && (start - d + 1..start).all(|k| s.kind(k) == TokenKind::Word)
    })
}

/// "the US command in Afghanistan", «القيادة الأمريكية في العراق»: a state
/// in a phrase of place, with a firm party named before it, says where the
/// speaker is. The cues without such places, and where the last place ends
/// (it stays in the words shown).
fn without_places(s: &Sentence, rules: &Rules, cues: Vec<Cue>) -> (Vec<Cue>, Option<usize>) {
    let located = |&(c, _, start): &Cue| {
        rules.camp(c).country
            && in_place(s, start)
            // (A gloss in parentheses names no party: "the Minister (breakaway regions) in Georgia".)
            && cues.iter().any(|&(c, _, st)| {
                st + 1 < start && !rules.camp(c).fallback && (st..start).all(|k| !s.is_punct(k, &['(', ')']))
            })
    };
    let (places, kept): (Vec<Cue>, Vec<Cue>) = cues.iter().partition(|cue| located(cue));
    (kept, places.iter().map(|&(_, len, start)| start + len).max())
}

/// "Pakistani and Indian officials", «مسؤولون باكستانيون وهنود»: two states
/// joined by a conjunction speak together, for neither of them (not "a
/// site in Damascus, and Israel denies").
fn joins_states(s: &Sentence, rules: &Rules, cues: &[Cue]) -> bool {
    let joined = |&(a, len, start): &Cue, &(b, _, next): &Cue| {
        let end = start + len;
        a != b
            && !in_place(s, start)
            && rules.camp(a).country
            && rules.camp(b).country
            && (next == end + 1 && s.grammar.is_conjunction(s.word(end))
                || next == end && s.grammar.after_conjunction(s.word(next)).next().is_some())
    };
    cues.iter().any(|a| cues.iter().any(|b| joined(a, b)))
}

/// The camp the cues of a phrase point to, and the token after the last cue.
fn camp_from_cues(s: &Sentence, rules: &Rules, matches: &[Match]) -> Option<(CampId, usize)> {
    let cues: Vec<Cue> = matches
        .iter()
        .filter_map(|m| match m.tag {
            Tag::CampCue(c) => Some((c, m.len, m.start)),
            _ => None,
        })
        .collect();
    let (cues, place_end) = without_places(s, rules, cues);
    // "a Sudanese medical group", "Ukrainian rebels": a nationality does not
    // make an independent speaker the state's.
    let independent = matches.iter().any(|m| matches!(m.tag, Tag::Independent));
    // "Hamas's media office": a cue inside a longer one ("media" in "media
    // office") is a word of that one, not a camp of its own.
    let inside_longer = |&(_, len, start): &(CampId, usize, usize)| {
        cues.iter().any(|&(_, l, st)| l > len && st <= start && start + len <= st + l)
    };
    let cues: Vec<(CampId, usize, usize)> = cues
        .iter()
        .copied()
        .filter(|cue| !inside_longer(cue))
        .filter(|&(c, _, _)| !(independent && rules.camp(c).country))
        .collect();
    if joins_states(s, rules, &cues) {
        return None;
    }
    let any_firm = cues.iter().any(|&(c, _, _)| !rules.camp(c).fallback);
    let wins = |o: CampId, c: CampId| {
        rules.camp(o).overrides.contains(&c) || (rules.camp(o).overrides_states && rules.camp(c).state)
    };
    let overridden = |c: CampId| cues.iter().any(|&(o, _, _)| o != c && wins(o, c));
    let camp = cues
        .iter()
        .filter(|&&(c, _, _)| !(overridden(c) || any_firm && rules.camp(c).fallback))
        .max_by_key(|&&(_, len, start)| (len, start))
        .map(|&(c, _, _)| c)?;
    let last_end = matches
        .iter()
        .filter(|m| matches!(m.tag, Tag::CampCue(c) if cues.iter().any(|&(k, _, _)| k == c)))
        .map(|m| m.end())
        .max()?;
    Some((camp, last_end.max(place_end.unwrap_or(0))))
}

/// The frame that governs tokens `[start, end)`: the nearest frame before
/// whose scope runs forward, or the nearest after whose scope runs back.
/// How many words may open a governed clause before its claim ("it has").
const CLAUSE_OPENING: usize = 3;

pub(crate) fn governing<'f>(s: &Sentence, frames: &'f [Frame], start: usize, end: usize) -> Option<&'f Frame> {
    let before = frames.iter().filter(|f| f.scope == Scope::After && f.at <= start).max_by_key(|f| f.at);
    let after = frames.iter().filter(|f| f.scope == Scope::Before && f.at >= end).min_by_key(|f| f.at);
    match (before, after) {
        (Some(b), Some(a)) => {
            let db = start.saturating_sub(b.end);
            let da = a.at.saturating_sub(end);
            // "X is claiming that it has seized Y, Reuters reports": a claim
            // that opens the clause a speech verb governs is that speaker's;
            // the source after it only passes it on.
            let nearer_after = da < db && db > CLAUSE_OPENING;
            // «أعلنت القوات ... مقتل قيادي، فيما أصيب ثلاثة أطفال ...، بحسب مصدر
            // طبي»: a clause a break opens is the source's that closes it.
            let broken = |from: usize, to: usize| (from..to).any(|k| s.has_at(k, |t| matches!(t, Tag::ClauseBreak)));
            let own_clause = broken(b.end, start) && !broken(end, a.at);
            Some(if nearer_after || own_clause { a } else { b })
        }
        (b, a) => b.or(a),
    }
}
