//! When a claim was made, what event it is about, and where.

use crosscheck_model::{Date, DocumentMeta, Scope, TimeRange};
use crosscheck_rules::{EventId, Match, Rules, Tag};
use crosscheck_text::{Normalized, TokenKind};
use jiff::ToSpan;

use crate::analysis::Sentence;

/// What the article tells about every claim in it.
#[derive(Debug, Clone)]
pub(crate) struct DocContext {
    pub published: Option<Date>,
    /// An event the article's metadata names directly.
    pub event: Option<EventId>,
    /// The conflict family (`karabakh`) whose events years and dates select.
    pub family: Option<String>,
    /// The article's conflict as written, used as the event when no rule names one.
    pub conflict: Option<String>,
}

impl DocContext {
    pub fn new(meta: &DocumentMeta, rules: &Rules) -> Self {
        let conflict = meta.conflict.clone();
        let event = conflict.as_deref().and_then(|c| rules.events.iter().position(|e| e.id == c)).map(EventId::new);
        let family = match (event, conflict.as_deref()) {
            (Some(e), _) => Some(rules.event_at(e).conflict.clone()),
            (None, Some(c)) => rules
                .events
                .iter()
                .find(|e| e.conflict == c || c.starts_with(&format!("{}-", e.conflict)))
                .map(|e| e.conflict.clone()),
            (None, None) => None,
        };
        Self { published: meta.published, event, family, conflict }
    }
}

/// How far before a figure a word of change may stand and make it the latest count.
const LATER_REACH: usize = 24;

fn shift(date: Date, days: i32) -> Date {
    date.checked_add(days.days()).unwrap_or(date)
}

/// Whether the text marks the claim at token `at` as reported earlier than
/// the article's news ("initially", «في وقت سابق»), and whether as what a
/// count has risen or fallen to ("the toll rose to 60", «ارتفع ... إلى 60»),
/// with or without a date for either.
pub(crate) fn report_order(s: &Sentence, at: usize) -> (bool, bool) {
    let earlier = s.any_before(at, |t| matches!(t, Tag::Earlier));
    // "rose to", and "later", «في وقت لاحق»: a report after the others. Most
    // sentences hold no such word at all: the walk back is then spared.
    let marks_later = |t: &Tag| matches!(t, Tag::Change | Tag::Later);
    let later = s.any_before(at, marks_later)
        && (at.saturating_sub(LATER_REACH)..at)
            .rev()
            .take_while(|&k| !s.is_punct(k, &['.', ';', '\u{61b}', '!', '?', '\u{61f}']))
            .any(|k| s.has_at(k, marks_later));
    (earlier, later)
}

/// The day the claim at token `at` was made: a time word before it in the
/// sentence fixes the day, else one after its last token `after` in its own
/// clause ([`day_after`]); otherwise the article's date stands, marked as not
/// explicit, so figures set side by side in one article compare as given
/// together.
pub(crate) fn time_of(s: &Sentence, (at, after): (usize, usize), ctx: &DocContext) -> (Option<TimeRange>, String) {
    let Some(published) = ctx.published else {
        return (None, "no publication date".into());
    };
    let mut fixed: Option<(Date, String)> = None;
    for k in (0..at).rev() {
        let Some(m) = s.find_at(k, is_day) else {
            continue;
        };
        // "أول أمس" is one phrase: a word inside a longer one waits for its start.
        if (k.saturating_sub(3)..k).any(|j| s.find_at(j, is_day).is_some_and(|m| m.end() > k)) {
            continue;
        }
        if m.end() > at {
            continue;
        }
        let Some(date) = day_named(s, m, published) else { continue };
        fixed = Some((date, s.how(|| format!("\"{}\" puts it on {date}", s.words(m.start, m.end())))));
        break;
    }
    if fixed.is_none() {
        fixed = day_after(s, after, published);
    }
    match fixed {
        Some((date, how)) => (Some(TimeRange { earliest: date, latest: date, explicit: true }), how),
        None => (
            Some(TimeRange { earliest: published, latest: published, explicit: false }),
            s.how(|| format!("no time word: the article's date, {published}")),
        ),
    }
}

fn is_day(t: &Tag) -> bool {
    matches!(t, Tag::RelativeDay(_) | Tag::Weekday(_))
}

/// The day the day word `m` names, counted from the publication date: a
/// weekday is the most recent such day on or before it. None when a word of
/// the future follows it ("Friday next").
fn day_named(s: &Sentence, m: Match, published: Date) -> Option<Date> {
    if m.end() < s.len() && s.has_at(m.end(), |t| matches!(t, Tag::Future)) {
        return None;
    }
    match m.tag {
        Tag::RelativeDay(days) => Some(shift(published, days)),
        Tag::Weekday(day) => {
            let back = (published.weekday().to_monday_zero_offset() - day.to_monday_zero_offset()).rem_euclid(7);
            Some(shift(published, -i32::from(back)))
        }
        _ => None,
    }
}

/// How far after a claim its day may be named.
const DAY_AFTER_REACH: usize = 12;

/// "3 soldiers were killed near Tartar on Friday", «مقتل 4 جنود قرب ترتر
/// الجمعة»: with no day before it, a day named after the claim in its own
/// clause (no punctuation, speech, clause break or other number between)
/// dates it.
fn day_after(s: &Sentence, at: usize, published: Date) -> Option<(Date, String)> {
    let stops = |k: usize| {
        matches!(s.kind(k), TokenKind::Punct | TokenKind::Number)
            || s.has_at(k, |t| {
                matches!(
                    t,
                    Tag::Reporting
                        | Tag::DenialVerb
                        | Tag::ClauseBreak
                        | Tag::Complementizer
                        | Tag::Future
                        | Tag::Number(_)
                )
            })
    };
    let end = (at + 1 + DAY_AFTER_REACH).min(s.len());
    let m = (at + 1..end).take_while(|&k| !stops(k)).find_map(|k| s.find_at(k, is_day))?;
    let date = day_named(s, m, published)?;
    Some((date, s.how(|| format!("\"{}\" after it puts it on {date}", s.words(m.start, m.end())))))
}

/// The event of the claim at token `at`: the nearest event cue or year
/// before it in the sentence, else the article's event, else the event of
/// the article's conflict whose window holds the claim's date.
pub(crate) fn event_of(
    s: &Sentence,
    at: usize,
    rules: &Rules,
    ctx: &DocContext,
    time: Option<&TimeRange>,
) -> (Option<String>, String) {
    // Only a cue or a year (digits) can name an event.
    let may_name = |k: usize| s.kind(k) == TokenKind::Number || s.has_at(k, |t| matches!(t, Tag::EventCue(_)));
    for k in (0..at).rev().filter(|&k| may_name(k)) {
        if let Some(found) = event_at(s, k, rules, ctx) {
            return found;
        }
    }
    // "قتل 7 آلاف جندي في الحرب التي اندلعت عام 2020": a cue right after the
    // figure, in the same clause, when none stands before it.
    for k in at..(at + EVENT_CUE_AFTER).min(s.len()) {
        if s.is_punct(k, &[',', '،', ';', '؛', '.']) {
            break;
        }
        // The figure's own number is no year of it ("around 2,000 people").
        if k == at && s.kind(k) == TokenKind::Number || !may_name(k) {
            continue;
        }
        if let Some(found) = event_at(s, k, rules, ctx) {
            return found;
        }
    }
    if let Some(e) = ctx.event {
        let id = rules.event_at(e).id.clone();
        return (Some(id.clone()), s.how(|| format!("event `{id}` from the article's metadata")));
    }
    if let (Some(family), Some(time)) = (&ctx.family, time)
        && let Some(event) = rules.events.iter().find(|e| &e.conflict == family && e.contains(time.latest))
    {
        return (Some(event.id.clone()), s.how(|| format!("event `{}` holds the claim's date", event.id)));
    }
    match &ctx.conflict {
        Some(c) => (Some(c.clone()), s.how(|| format!("no named event: the article's conflict `{c}`"))),
        None => (None, "no event".into()),
    }
}

/// How far after a figure an event cue or year may stand.
const EVENT_CUE_AFTER: usize = 10;

/// An event cue or a year of the article's conflict at token `k`.
fn event_at(s: &Sentence, k: usize, rules: &Rules, ctx: &DocContext) -> Option<(Option<String>, String)> {
    if let Some(m) = s.find_at(k, |t| matches!(t, Tag::EventCue(_)))
        && let Tag::EventCue(e) = m.tag
    {
        let event = &rules.event_at(e);
        let how = s.how(|| format!("event `{}` from \"{}\"", event.id, s.words(m.start, m.end())));
        return Some((Some(event.id.clone()), how));
    }
    if s.kind(k) != TokenKind::Number || s.word(k).len() != 4 {
        return None;
    }
    // "more than 2,000 civilians": a hedged number, or one that counts
    // people or things, is a count, not a year.
    let hedged = k > 0 && s.covered_by(k - 1, |t| matches!(t, Tag::Qualifier { .. }));
    let counts = k + 1 < s.len() && s.has_at(k + 1, |t| matches!(t, Tag::Population { .. } | Tag::Unit));
    if hedged || counts {
        return None;
    }
    let year = s.word(k).parse::<i16>().ok()?;
    let event = ctx.family.as_ref().and_then(|family| {
        rules.events.iter().find(|e| &e.conflict == family && e.start.year() <= year && year <= e.end.year())
    });
    if let Some(event) = event {
        return Some((Some(event.id.clone()), s.how(|| format!("event `{}` from the year {year}", event.id))));
    }
    // "the 157 dead of the previous attack in March 2019", in an article of
    // 2020: a figure of an earlier year that no event holds is background.
    let published = ctx.published?.year();
    let base = ctx.conflict.as_deref()?;
    (EARLIEST_YEAR..published).contains(&year).then(|| {
        let id = format!("{base} ({year})");
        let how = s.how(|| format!("event `{id}`: the year {year}, before the article's"));
        (Some(id), how)
    })
}

/// Four digits before this are no year of a conflict the packs can read.
const EARLIEST_YEAR: i16 = 1900;

const PLACE_AFTER: usize = 12;
const PLACE_BEFORE: usize = 6;

/// The locality nearest the claim in its sentence, if any.
pub(crate) fn place_of(s: &Sentence, rules: &Rules, (start, end): (usize, usize)) -> Option<String> {
    s.all(|t| matches!(t, Tag::Place(p) if rules.place(*p).kind.is_locality()))
        .into_iter()
        .filter_map(|m| {
            let distance = if m.start >= end {
                (m.start - end <= PLACE_AFTER).then_some(m.start - end)
            } else if m.end() <= start {
                (start - m.end() <= PLACE_BEFORE).then_some(start - m.end())
            } else {
                Some(0)
            }?;
            let Tag::Place(p) = m.tag else { return None };
            Some((distance, p))
        })
        .min()
        .map(|(_, p)| rules.place(p).id.clone())
}

/// Whether the figure at `[start, end)` counts one incident or a whole event:
/// the nearest incident or event word in the sentence decides; without one,
/// the previous claim's scope in the article carries on.
pub(crate) fn scope_of(s: &Sentence, (start, end): (usize, usize), previous: Scope) -> (Scope, String) {
    let words = s.all(|t| matches!(t, Tag::IncidentWord | Tag::EventWord));
    let nearest = words
        .iter()
        .map(|m| {
            let distance = if m.start >= end {
                m.start - end
            } else if m.end() <= start {
                start - m.end()
            } else {
                0
            };
            (distance, m)
        })
        .min_by_key(|(d, m)| (*d, m.start));
    match nearest {
        Some((_, m)) => {
            let scope = if matches!(m.tag, Tag::IncidentWord) { Scope::Incident } else { Scope::Event };
            (scope, s.how(|| format!("scope {} from \"{}\"", scope_name(scope), s.words(m.start, m.end()))))
        }
        None => (previous, s.how(|| format!("scope {} carried from the article", scope_name(previous)))),
    }
}

fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::Event => "event",
        Scope::Incident => "incident",
    }
}

/// The last locality named in the sentence, for later incident claims that
/// name none ("the attack" after "a strike on Barda").
pub(crate) fn last_place(s: &Sentence, rules: &Rules) -> Option<String> {
    s.all(|t| matches!(t, Tag::Place(p) if rules.place(*p).kind.is_locality())).last().and_then(|m| match m.tag {
        Tag::Place(p) => Some(rules.place(p).id.clone()),
        _ => None,
    })
}

/// The last region or country named in the sentence.
pub(crate) fn last_region(s: &Sentence, rules: &Rules) -> Option<String> {
    s.all(|t| matches!(t, Tag::Place(p) if !rules.place(*p).kind.is_locality())).last().and_then(|m| match m.tag {
        Tag::Place(p) => Some(rules.place(p).id.clone()),
        _ => None,
    })
}

/// The last locality named in the sentence before token `at`.
pub(crate) fn last_place_before(s: &Sentence, rules: &Rules, at: usize) -> Option<String> {
    s.all(|t| matches!(t, Tag::Place(p) if rules.place(*p).kind.is_locality()))
        .into_iter()
        .rfind(|m| m.end() <= at)
        .and_then(|m| match m.tag {
            Tag::Place(p) => Some(rules.place(p).id.clone()),
            _ => None,
        })
}

/// Whether token `i` is a word right after a locality word (or its "of").
pub(crate) fn after_locality_noun(s: &Sentence, i: usize) -> bool {
    if s.kind(i) != TokenKind::Word {
        return false;
    }
    let noun = |k: usize| s.has_at(k, |t| matches!(t, Tag::LocalityNoun));
    (i >= 1 && noun(i - 1)) || (i >= 2 && noun(i - 2) && s.kind(i - 1) == TokenKind::Word)
}

/// "مدينة كنجة", "the village of Talish": a word no pack lists, right after
/// a locality word (or its "of"), names a place. Its length in tokens.
pub(crate) fn named_place(s: &Sentence, normalized: &Normalized, i: usize) -> Option<usize> {
    // In a script with capitals a name has one ("the town in ..." names no town).
    let name_cased =
        |k: usize| !s.word(k).chars().any(char::is_lowercase) || normalized.was_uppercase(s.tokens[k].start);
    // "two other towns – Pokrovsk and Vovchansk", "the villages, Talish and
    // Madagiz": a name set off after the locality word, where a capital
    // marks it (a script without capitals tells no name from a clause there).
    let apposed = i >= 2
        && s.is_punct(i - 1, &[',', ':', '\u{2013}', '\u{2014}', '-'])
        && s.has_at(i - 2, |t| matches!(t, Tag::LocalityNoun))
        && normalized.was_uppercase(s.tokens[i].start);
    if !(after_locality_noun(s, i) || apposed) || s.quoted[i] != s.quoted[i.saturating_sub(1)] || !name_cased(i) {
        return None;
    }
    // «ولاية وسط دارفور», "the province of North Kivu": a word of
    // direction and the name after it are one name, whatever else the
    // word of direction may be («وسط» is also "amid").
    let next = i + 1;
    let compass_name = s.grammar.is_compass_word(s.word(i))
        && next < s.len()
        && s.kind(next) == TokenKind::Word
        && s.quoted[next] == s.quoted[i]
        && !s.grammar.is_not_place_name(s.word(next))
        && name_cased(next);
    // A word the packs know as anything (a metric, a camp, a verb) is no name.
    if !compass_name && (!s.starts(i).is_empty() || s.grammar.is_not_place_name(s.word(i))) {
        return None;
    }
    Some(if compass_name { 2 } else { 1 })
}

/// The localities tokens `[a, b)` name: a listed one by its id, an unlisted
/// name after a locality word («بلدة فانك», "the town of Vank") by its
/// folded form.
pub(crate) fn localities_in(
    s: &Sentence,
    rules: &Rules,
    normalized: &Normalized,
    (a, b): (usize, usize),
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Most sentences name no place at all: one look at the matches spares
    // the walk.
    if !s.holds(|t| matches!(t, Tag::Place(_) | Tag::LocalityNoun)) {
        return out;
    }
    let mut k = a;
    while k < b.min(s.len()) {
        let listed =
            s.find_at(k, |t| matches!(t, Tag::Place(p) if rules.place(*p).kind.is_locality())).filter(|m| m.end() <= b);
        let (name, len) = match listed {
            Some(m) => match m.tag {
                Tag::Place(p) => (Some(rules.place(p).id.clone()), m.end() - m.start),
                _ => (None, 1),
            },
            None => match named_place(s, normalized, k).filter(|len| k + len <= b) {
                Some(len) => (
                    (k..k + len)
                        .filter_map(|j| s.forms(j).last().map(|f| f.text.to_owned()))
                        .reduce(|x, y| format!("{x} {y}")),
                    len,
                ),
                None => (None, 1),
            },
        };
        // «محافظة دير الزور», "Deir al-Zor province": a province holds towns
        // the other party may name, so it rules none out.
        if let Some(name) = name.filter(|n| !out.contains(n) && !province_beside(s, k, k + len)) {
            out.push(name);
        }
        k += len.max(1);
    }
    out
}

/// Whether a word for a province stands right before tokens `[a, b)` (or
/// before its "of") or right after them.
fn province_beside(s: &Sentence, a: usize, b: usize) -> bool {
    let province = |k: usize| {
        k < s.len() && s.kind(k) == TokenKind::Word && s.forms(k).iter().any(|f| s.grammar.is_province_noun(f.text))
    };
    // ("Kharkiv region": after the name, the word as written; «بريف حمص»
    // after a town opens another place.)
    let province_after = b < s.len()
        && s.kind(b) == TokenKind::Word
        && s.forms(b).first().is_some_and(|f| s.grammar.is_province_noun(f.text));
    (a >= 1 && province(a - 1)) || (a >= 2 && s.kind(a - 1) == TokenKind::Word && province(a - 2)) || province_after
}
