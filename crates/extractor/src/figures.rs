//! Figures in a sentence ("أكثر من 10 آلاف", "مدنييْن", "hundreds"), the
//! metric each one counts, its qualifier and its population.

use crosscheck_model::{Interval, Qualifier};
use crosscheck_rules::{CampId, GrammaticalNumber, Match, MetricId, PopulationId, Position, Rules, Tag};
use crosscheck_text::TokenKind;

use crate::analysis::Sentence;

/// How a figure was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    /// Digits or number words.
    Stated(u64),
    /// An order of magnitude ("مئات", "dozens").
    Vague { low: u64, high: Option<u64> },
    /// A singular or dual noun that counts itself ("مدنيا قتل", "مدنييْن").
    Implicit(u64),
    /// Two figures that bound the count: "between 100 and 300", "100-300".
    Range { low: u64, high: u64 },
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Figure {
    /// Token range of the number expression.
    pub start: usize,
    pub end: usize,
    pub written: Written,
    /// For implicit figures, the population of the counting noun.
    pub population: Option<PopulationId>,
    /// The largest scale word in it ("آلاف": 1000), 1 when none.
    pub scale: u64,
    /// One person counted by a noun ("a soldier", "أحد جنودها"): a single
    /// death or wound, an incident's toll.
    pub single: bool,
}

/// A figure tied to a metric.
#[derive(Debug, Clone)]
pub(crate) struct Quantified {
    pub figure: Figure,
    pub metric: MetricId,
    /// Token range of the trigger (or of the word that refers back to one).
    pub trigger: (usize, usize),
    pub qualifier: Qualifier,
    pub interval: Interval,
    pub population: Option<PopulationId>,
    pub side: Option<SideHint>,
    /// Token range of everything that carries the claim.
    pub span: (usize, usize),
    pub how: String,
    /// An addition to an earlier count ("16 more").
    pub increment: bool,
    /// "another", "آخرين": an addition when an earlier figure of the same kind came before.
    pub others: bool,
    /// Part of a total given beside it ("including 5 children").
    pub subset: bool,
}

const LARGEST_YEAR: f64 = 2100.0;
const SMALLEST_YEAR: f64 = 1800.0;

fn is_population(tag: &Tag) -> bool {
    matches!(tag, Tag::Population { .. })
}

fn is_metric(tag: &Tag) -> bool {
    matches!(tag, Tag::Metric { .. })
}

fn is_scale(tag: &Tag) -> bool {
    matches!(tag, Tag::Scale(_))
}

fn is_qualifier(tag: &Tag) -> bool {
    matches!(tag, Tag::Qualifier { .. })
}

/// Finds the figures of a sentence. `original` gives a token's original text,
/// where diacritics still tell a dual ("مدنييْن") from a plural.
pub(crate) fn find_figures(s: &Sentence, original: &dyn Fn(usize) -> String) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let n = s.len();
    let mut i = 0;
    while i < n {
        // Every figure starts at digits or at a phrase of the packs that counts.
        let counts = |t: &Tag| matches!(t, Tag::OneOf | Tag::Number(_) | Tag::Vague { .. } | Tag::Population { .. });
        if s.kind(i) != TokenKind::Number && !s.has_at(i, counts) {
            i += 1;
            continue;
        }
        if let Some(figure) = one_of(s, i) {
            i = figure.end;
            out.push(figure);
            continue;
        }
        if let Some(figure) = stated_figure(s, i) {
            i = figure.end;
            if !is_not_a_count(s, &figure, original) {
                out.push(figure);
            }
            continue;
        }
        if s.kind(i) == TokenKind::Word {
            let after_number = i > 0 && out.last().is_some_and(|f| f.end == i);
            if let Some(m) = s.find_at(i, |t| matches!(t, Tag::Vague { .. }))
                && !after_number
                && let Tag::Vague { low, high } = m.tag
            {
                out.push(Figure {
                    start: i,
                    end: m.end(),
                    written: Written::Vague { low, high },
                    population: None,
                    scale: 1,
                    single: false,
                });
                i = m.end();
                continue;
            }
            if !after_number && let Some(mut figure) = implicit_figure(s, i, original) {
                // "مدني واحد": the noun and the number after it are one figure.
                if figure.written == Written::Implicit(1)
                    && let Some(one) = number_word_at(s, figure.end).filter(|p| p.value == 1)
                {
                    figure.end = one.end;
                    figure.written = Written::Stated(1);
                    figure.single = false;
                }
                i = figure.end;
                if !negated_single(s, &figure) {
                    out.push(figure);
                }
                continue;
            }
        }
        i += 1;
    }
    join_ranges(s, out)
}

/// How far before a single noun a negation may stand and still count it
/// out: «لم يكن هناك حتى مقاتل واحد».
const NEGATION_BEFORE_SINGLE: usize = 4;

/// Whether a noun that counts one ("مقاتل واحد", «جندي») stands under a
/// negation of its clause: «لم يقتل جندي», «ولا مقاتل واحد» count no one.
/// A word of exception after the negation keeps the count: «لم يقتل سوى
/// جندي واحد» is one.
fn negated_single(s: &Sentence, f: &Figure) -> bool {
    if !matches!(f.written, Written::Implicit(1) | Written::Stated(1)) {
        return false;
    }
    for k in (f.start.saturating_sub(NEGATION_BEFORE_SINGLE)..f.start).rev() {
        let stops =
            |t: &Tag| matches!(t, Tag::ClauseBreak | Tag::Reporting | Tag::Complementizer | Tag::Qualifier { .. });
        if s.kind(k) == TokenKind::Punct || s.has_at(k, stops) || s.grammar.is_exceptive(s.word(k)) {
            return false;
        }
        if s.has_at(k, |t| matches!(t, Tag::Negation)) && !s.has_at(k, |t| matches!(t, Tag::NotNegation)) {
            return true;
        }
    }
    false
}

/// "أحد جنودها", "one of the soldiers": one of a noun of people counts one.
fn one_of(s: &Sentence, i: usize) -> Option<Figure> {
    let m = s.find_at(i, |t| matches!(t, Tag::OneOf))?;
    // "not a single one of our soldiers": no count.
    if (i.saturating_sub(3)..i).any(|k| s.has_at(k, |t| matches!(t, Tag::Negation))) {
        return None;
    }
    // "one of the soldiers": one word (an article) may stand before the noun.
    // (A line may end on the word: «... يوم غد الأحد» with no full stop.)
    let noun = s.find_at(m.end(), is_population).or_else(|| {
        (m.end() < s.len()
            && s.kind(m.end()) == TokenKind::Word
            && !s.has_at(m.end(), |t| is_metric(t) || matches!(t, Tag::Number(_))))
        .then(|| s.find_at(m.end() + 1, is_population))
        .flatten()
    })?;
    let Tag::Population { population, .. } = noun.tag else { return None };
    Some(Figure {
        start: i,
        end: noun.end(),
        written: Written::Stated(1),
        population: Some(population),
        scale: 1,
        single: true,
    })
}

/// How far before a range a word of change may stand: "ارتفع عدد القتلى من 100 إلى 300".
const CHANGE_REACH: usize = 4;

/// Joins "between 100 and 300", "100 to 300", "100-300", "من 100 إلى 300"
/// into one figure. After a word of change ("rose from 100 to 300") the
/// first figure is an earlier count and is dropped.
fn join_ranges(s: &Sentence, figures: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    let mut k = 0;
    while k < figures.len() {
        let a = figures[k];
        let Some(&b) = figures.get(k + 1) else {
            out.push(a);
            break;
        };
        let (Written::Stated(mut low), Written::Stated(high)) = (a.written, b.written) else {
            out.push(a);
            k += 1;
            continue;
        };
        let joiner = (b.start == a.end + 1)
            .then(|| s.find_at(a.end, |t| matches!(t, Tag::RangeJoiner { .. })))
            .flatten()
            .filter(|m| m.end() == b.start);
        let opener = s.ending_at(a.start, |t| matches!(t, Tag::RangeOpener));
        let joined = match joiner.map(|m| m.tag) {
            Some(Tag::RangeJoiner { opened }) => !opened || opener.is_some(),
            _ => false,
        };
        if !joined {
            out.push(a);
            k += 1;
            continue;
        }
        let before = opener.map_or(a.start, |o| o.start);
        let change = (before.saturating_sub(CHANGE_REACH)..before)
            .rev()
            .take_while(|&j| s.kind(j) != TokenKind::Punct)
            .any(|j| s.has_at(j, |t| matches!(t, Tag::Change)));
        if change {
            // The count is the second figure; the first is what it changed from.
            k += 1;
            continue;
        }
        // "between 5 and 6 thousand": the scale of the second figure holds for the first.
        if b.scale > 1 && a.scale == 1 && low.saturating_mul(b.scale) <= high {
            low *= b.scale;
        }
        if low >= high {
            out.push(a);
            k += 1;
            continue;
        }
        out.push(Figure {
            // The claim's words begin with "between" / "ما بين".
            start: opener.map_or(a.start, |o| o.start),
            end: b.end,
            written: Written::Range { low, high },
            population: None,
            scale: b.scale,
            single: false,
        });
        k += 2;
    }
    out
}

/// More people than live on Earth: a larger "figure" is no count of people.
const LARGEST_COUNT: u64 = 10_000_000_000;

/// One piece of a number: digits (with their thousands groups) or a number word.
#[derive(Debug, Clone, Copy)]
struct Piece {
    value: u64,
    end: usize,
    word: bool,
}

/// The digits at token `i`, with thousands groups set off by a space or an
/// Arabic comma ("28 000", "28،000") joined to them.
fn digits_at(s: &Sentence, i: usize) -> Option<Piece> {
    let digits = s.word(i);
    if digits.len() > 1 && digits.starts_with('0') {
        return None;
    }
    let mut value: u64 = digits.parse().ok()?;
    let mut end = i + 1;
    let mut group_len = digits.len();
    while group_len <= 3 && end < s.len() {
        let (next, separated) = if s.kind(end) == TokenKind::Number {
            let gap = &s.text[s.tokens[end - 1].end..s.tokens[end].start];
            (end, gap == " ")
        } else if s.is_punct(end, &['\u{60c}']) && end + 1 < s.len() {
            (end + 1, s.glued(end - 1, end) && s.glued(end, end + 1))
        } else {
            break;
        };
        let group = s.word(next);
        let is_group = separated && s.kind(next) == TokenKind::Number && group.len() == 3;
        // A fourth group digit after the three would make it no thousands group.
        let group_ends = next + 1 >= s.len() || !(s.kind(next + 1) == TokenKind::Number && s.glued(next, next + 1));
        if !(is_group && group_ends) {
            break;
        }
        value = value.checked_mul(1000)?.checked_add(group.parse().ok()?)?;
        end = next + 1;
        group_len = 3;
    }
    Some(Piece { value, end, word: false })
}

/// The number word at token `i`, if it is one and not a day or an ordinal.
fn number_word_at(s: &Sentence, i: usize) -> Option<Piece> {
    let m = s.find_at(i, |t| matches!(t, Tag::Number(_)))?;
    if i > 0 && s.ending_at(i, |t| matches!(t, Tag::Ordinal)).is_some() {
        return None;
    }
    // "الاثنين" is Monday before it is "the two".
    if s.has_at(i, |t| matches!(t, Tag::Weekday(_) | Tag::Month | Tag::RelativeDay(_))) {
        return None;
    }
    let Tag::Number(value) = m.tag else { return None };
    Some(Piece { value, end: m.end(), word: true })
}

fn piece_at(s: &Sentence, i: usize) -> Option<Piece> {
    match s.kind(i) {
        TokenKind::Number => digits_at(s, i),
        TokenKind::Word => number_word_at(s, i),
        TokenKind::Punct => None,
    }
}

/// The power of ten a whole number word closes: 300 closes the hundreds,
/// 2000 the thousands; anything smaller may follow it.
fn closes(value: u64) -> u64 {
    let mut power = 1;
    while power <= value / 10 && value.is_multiple_of(power * 10) {
        power *= 10;
    }
    if power >= 100 { power } else { 1 }
}

/// A figure written with digits or number words, starting at token `i`:
/// compound number words ("مئة وستة عشر", "three hundred and one"), digits
/// with scales ("6 آلاف و500", "٣ مئة و٢١", "4 thousand", "1.5 million").
pub(crate) fn stated_figure(s: &Sentence, i: usize) -> Option<Figure> {
    if s.kind(i) == TokenKind::Number && s.word(i).contains(['.', ',']) {
        return decimal_figure(s, i);
    }
    let first = piece_at(s, i)?;
    // Groups above a thousand already closed, and the group being read.
    let mut total: u64 = 0;
    let mut current = first.value;
    // The unit the last piece closed ("ثلاثمائة" closes the hundreds), and the last piece added.
    let mut open_below = if first.word { closes(first.value) } else { 1 };
    let mut last_piece = first.value;
    let mut last_word = first.word;
    let mut end = first.end;
    let mut scale = 1;
    while end < s.len() {
        // A scale word ("آلاف", "thousand"), or a word for a hundred or a thousand
        // after a smaller count ("٣ مئة"): the count so far is multiplied.
        if let Some((k, after)) = multiplier_at(s, end)
            && current > 0
            && current < k
        {
            current = current.checked_mul(k)?;
            if k >= 1000 {
                total = total.checked_add(current)?;
                current = 0;
            }
            open_below = k;
            scale = scale.max(k);
            last_word = false;
            end = after;
            continue;
        }
        // A joined piece: "و500", "and one", "twenty-five", or a word right after.
        let hyphen =
            s.is_punct(end, &['-']) && end > 0 && s.glued(end - 1, end) && end + 1 < s.len() && s.glued(end, end + 1);
        // "two thousand, five hundred": a comma after a thousands word, before a number word.
        let comma = s.is_punct(end, &[',']) && open_below >= 1000 && number_word_at(s, end + 1).is_some();
        let joiner = s.has_at(end, |t| matches!(t, Tag::NumberJoiner)) || hyphen || comma;
        let at = if joiner { end + 1 } else { end };
        if at >= s.len() {
            break;
        }
        let Some(piece) = piece_at(s, at) else { break };
        let v = piece.value;
        let below_open = open_below > v && (joiner || piece.word);
        let tens_after_units =
            piece.word && last_word && last_piece < 10 && (20..100).contains(&v) && v.is_multiple_of(10);
        let units_after_tens =
            piece.word && last_word && (20..100).contains(&last_piece) && last_piece.is_multiple_of(10) && v < 10;
        let teen = piece.word && last_word && !joiner && last_piece < 10 && v == 10;
        if !(below_open || tens_after_units || units_after_tens || teen) {
            break;
        }
        current = current.checked_add(v)?;
        open_below = if piece.word { closes(v).max(1) } else { 1 }.min(open_below);
        last_piece = v;
        last_word = piece.word;
        end = piece.end;
    }
    let value = total.checked_add(current)?;
    if value > LARGEST_COUNT {
        return None;
    }
    Some(Figure { start: i, end, written: Written::Stated(value), population: None, scale, single: false })
}

/// A scale word at token `at` ("آلاف", "thousand"), or a word for a hundred
/// or a thousand ("مئة"): its value and the token after it.
fn multiplier_at(s: &Sentence, at: usize) -> Option<(u64, usize)> {
    s.find_at(at, is_scale)
        .and_then(|m| match m.tag {
            Tag::Scale(k) => Some((k, m.end())),
            _ => None,
        })
        .or_else(|| number_word_at(s, at).filter(|p| matches!(p.value, 100 | 1000)).map(|p| (p.value, p.end)))
}

/// "1.5 million", "2,5 مليون": a decimal is a count only with a scale after
/// it. With none, dots between groups of three digits separate thousands
/// ("70.100 قتيل", "1.250 people"): no count of people has a fraction.
fn decimal_figure(s: &Sentence, i: usize) -> Option<Figure> {
    let word = s.word(i);
    let value: f64 = word.replace(',', ".").parse().ok()?;
    let Some(m) = s.find_at(i + 1, is_scale) else {
        let value = dotted_thousands(word)?;
        let written = Written::Stated(value);
        return Some(Figure { start: i, end: i + 1, written, population: None, scale: 1, single: false });
    };
    let Tag::Scale(k) = m.tag else { return None };
    let value = value * k as f64;
    if !value.is_finite() || value < 1.0 || value > LARGEST_COUNT as f64 {
        return None;
    }
    Some(Figure {
        start: i,
        end: m.end(),
        written: Written::Stated(value.round() as u64),
        population: None,
        scale: k,
        single: false,
    })
}

/// "70.100", "1.250.000": digit groups of three after the first, joined by
/// dots, read as one whole number.
fn dotted_thousands(word: &str) -> Option<u64> {
    let mut groups = word.split('.');
    let first = groups.next()?;
    let mut value: u64 = if (1..=3).contains(&first.len()) { first.parse().ok()? } else { return None };
    let mut rest = 0;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        value = value.checked_mul(1000)?.checked_add(g.parse().ok()?)?;
        rest += 1;
    }
    (rest > 0 && value <= LARGEST_COUNT).then_some(value)
}

/// Whether the word at `i` is joined by a conjunction (written apart, or
/// onto it: «وجندي») to a noun right before it: no verb, trigger or mark.
fn joined_to_a_noun(s: &Sentence, i: usize) -> bool {
    let glued = s.grammar.after_conjunction(s.word(i)).any(|rest| s.is_form(i, rest));
    // "and a soldier": the article before the noun.
    let i = if !glued && i > 0 && s.grammar.is_article(s.word(i - 1)) { i - 1 } else { i };
    let before = if glued {
        i.checked_sub(1)
    } else if i >= 2 && s.grammar.is_conjunction(s.word(i - 1)) {
        Some(i - 2)
    } else {
        None
    };
    before.is_some_and(|k| {
        s.kind(k) == TokenKind::Word
            && !s
                .has_at(k, |t| matches!(t, Tag::Metric { .. } | Tag::Reporting | Tag::Complementizer | Tag::DenialVerb))
    })
}

/// A singular or dual noun that counts itself.
fn implicit_figure(s: &Sentence, i: usize, original: &dyn Fn(usize) -> String) -> Option<Figure> {
    let m = s.starts(i).iter().find(|m| is_population(&m.tag))?;
    let Tag::Population { population, number } = m.tag else {
        return None;
    };
    // «12 جنديا»: the noun a number counts counts nothing of its own.
    let after_number =
        i > 0 && (s.kind(i - 1) == TokenKind::Number || s.ending_at(i, |t| matches!(t, Tag::Number(_))).is_some());
    if after_number {
        return None;
    }
    let end = m.end();
    let count = match number {
        GrammaticalNumber::Dual => 2,
        GrammaticalNumber::Plural => {
            let sukun_dual = m.len == 1 && s.grammar.has_dual_ending(&original(i));
            let dual_verb = end < s.len() && s.has_at(end, |t| matches!(t, Tag::DualMarker));
            if sukun_dual || dual_verb {
                2
            } else {
                return None;
            }
        }
        GrammaticalNumber::Singular => {
            // "a soldier"; where no article stands apart, "جندي" but not "الجندي".
            let g = s.grammar;
            // ("a Somali soldier": a party's adjective may stand between.)
            let party_before = || {
                s.ending_at(i, |t| matches!(t, Tag::CampCue(_) | Tag::Actor(_)))
                    .is_some_and(|m| m.start > 0 && g.is_indefinite_article(s.word(m.start - 1)))
            };
            let indefinite = if g.has_indefinite_articles() {
                i > 0 && g.is_indefinite_article(s.word(i - 1)) || party_before()
            } else {
                !g.has_definite_prefix(s.word(i))
            };
            // "any soldier", «أي جندي»: no one is counted.
            let uncounted = i > 0 && g.is_uncounting_determiner(s.word(i - 1));
            if !indefinite || uncounted {
                return None;
            }
            1
        }
    };
    Some(Figure {
        start: i,
        end,
        written: Written::Implicit(count),
        population: Some(population),
        scale: 1,
        single: count == 1,
    })
}

/// Dates, years, times, durations, distances, equipment, codes: numbers that
/// are not a count of people.
fn is_not_a_count(s: &Sentence, f: &Figure, original: &dyn Fn(usize) -> String) -> bool {
    let Written::Stated(value) = f.written else {
        return false;
    };
    is_date_or_time(s, f, value)
        || is_measure(s, f, value)
        || is_name_or_code(s, f)
        || is_age(s, f, original)
        || is_whole_of_part(s, f)
        || sizes_a_place(s, f)
}

/// "the town of about 3,500 residents": a number after a word for a
/// locality and "of" tells how big the place is; it counts no victims.
fn sizes_a_place(s: &Sentence, f: &Figure) -> bool {
    let mut k = f.start;
    while k > 0 && s.covered_by(k - 1, |t| matches!(t, Tag::Qualifier { .. })) {
        k -= 1;
    }
    k >= 2 && s.grammar.is_partitive(s.word(k - 1)) && s.covered_by(k - 2, |t| matches!(t, Tag::LocalityNoun))
}

/// Whether a number, in digits or in words, starts at token `k`.
fn is_number_at(s: &Sentence, k: usize) -> bool {
    s.kind(k) == TokenKind::Number || s.has_at(k, |t| matches!(t, Tag::Number(_)))
}

/// Whether partitive words and a number follow the figure: "two of the
/// three", «خمسة من أصل 12».
fn takes_part_of_whole(s: &Sentence, f: &Figure) -> bool {
    let g = s.grammar;
    let mut k = f.end;
    let mut partitives = 0;
    while k < s.len() && partitives < 2 && g.is_partitive(s.word(k)) {
        k += 1;
        partitives += 1;
    }
    let mut article = false;
    while partitives > 0 && k < s.len() && s.kind(k) == TokenKind::Word && g.is_article(s.word(k)) {
        k += 1;
        article = true;
    }
    // "nine of the dead", «تسعة من القتلى»: a part of the dead counted before.
    let counted = |k: usize| is_number_at(s, k) || s.has_at(k, |t| matches!(t, Tag::Metric { .. }));
    // "two of the staff", «اثنين من الموظفين»: a part of a group the text
    // names, not a count of a kind of people ("ten of the soldiers").
    let group = |k: usize| {
        s.kind(k) == TokenKind::Word
            && (article || s.forms(k).iter().any(|f| f.definite))
            && !s.has_at(k, |t| matches!(t, Tag::Population { .. } | Tag::CampCue(_) | Tag::Actor(_)))
    };
    partitives > 0 && k < s.len() && (counted(k) || group(k))
}

/// Where the articles right before token `k` begin ("of the dead": at "the").
fn articles_before(s: &Sentence, mut k: usize) -> usize {
    while k > 0 && s.kind(k - 1) == TokenKind::Word && s.grammar.is_article(s.word(k - 1)) {
        k -= 1;
    }
    k
}

/// The whole a number before it takes a part of: the three in "two of the
/// three farmers were killed", the 12 in «خمسة من أصل 12». The part is the
/// count; the whole, said in passing, is not.
fn is_whole_of_part(s: &Sentence, f: &Figure) -> bool {
    let g = s.grammar;
    let mut k = articles_before(s, f.start);
    let mut partitives = 0;
    while k > 0 && partitives < 2 && g.is_partitive(s.word(k - 1)) {
        k -= 1;
        partitives += 1;
    }
    partitives > 0 && k > 0 && is_number_at(s, k - 1)
}

/// A year, a date, a time of day.
fn is_date_or_time(s: &Sentence, f: &Figure, value: u64) -> bool {
    let n = s.len();
    let single_number = f.end == f.start + 1 && s.kind(f.start) == TokenKind::Number;
    let counts_people_at = |k: usize| {
        k < n
            && s.has_at(k, |t| {
                is_population(t) || matches!(t, Tag::Metric { position: Position::After | Position::Either, .. })
            })
    };
    // "2,000 Iraqi troops": a nationality may stand between a count and whom it counts.
    let nationality_then_people =
        f.end + 1 < n && s.has_at(f.end, |t| matches!(t, Tag::CampCue(_))) && counts_people_at(f.end + 1);
    let next_counts_people = counts_people_at(f.end) || nationality_then_people;
    let as_f = value as f64;
    if single_number
        && s.word(f.start).len() == 4
        && (SMALLEST_YEAR..=LARGEST_YEAR).contains(&as_f)
        && !next_counts_people
    {
        return true;
    }
    let is_month = |t: &Tag| matches!(t, Tag::Month);
    if f.end < n && s.has_at(f.end, is_month) {
        return true;
    }
    if f.start > 0 && s.ending_at(f.start, is_month).is_some() {
        return true;
    }
    if f.start > 1 && s.is_punct(f.start - 1, &['.', '/']) && s.ending_at(f.start - 1, is_month).is_some() {
        return true;
    }
    // 13:00 and 04:51
    if f.end + 1 < n && s.is_punct(f.end, &[':']) && s.kind(f.end + 1) == TokenKind::Number {
        return true;
    }
    if f.start > 1
        && s.is_punct(f.start - 1, &[':', ','])
        && s.kind(f.start - 2) == TokenKind::Number
        && s.glued(f.start - 1, f.start)
    {
        return true;
    }
    false
}

/// A number of things measured or counted that are not people ("12
/// armored vehicles", "5 km"), a lone "one", and a number that describes a
/// noun ("a 212-page report").
fn is_measure(s: &Sentence, f: &Figure, value: u64) -> bool {
    let n = s.len();
    let is_unit = |t: &Tag| matches!(t, Tag::Unit);
    if f.end < n && s.has_at(f.end, is_unit) {
        return true;
    }
    // One modifier may stand between: "12 armored vehicles", "38 aid trucks";
    // not before an attack, which the word between may be the cause of, not
    // a modifier ("killed 30 during attacks", «30 نتيجة الهجمات»).
    if f.end + 1 < n
        && s.kind(f.end) == TokenKind::Word
        && !s.has_at(f.end, |t| is_population(t) || is_metric(t))
        && counts_things_at(s, f.end + 1)
    {
        return true;
    }
    // A unit before the figure measures it ("km 12"); an attack before it
    // is what did the counting («خلف الهجوم 12 قتيلا»).
    if f.start > 0
        && s.ending_at(f.start, is_unit).is_some()
        && s.ending_at(f.start, |t| matches!(t, Tag::IncidentWord)).is_none()
    {
        return true;
    }
    // "one" counts only beside its noun ("one civilian", "one Azeri civilian")
    // or right before the word of what befell it ("one killed and one
    // wounded", "one was killed"): alone it is a pronoun, and "وأحد" folds
    // to the same letters as "واحد".
    if value == 1 && f.end == f.start + 1 && s.kind(f.start) == TokenKind::Word {
        let passive = f.end < n && s.has_at(f.end, |t| matches!(t, Tag::PassiveAuxiliary));
        let befell = f.end + usize::from(passive);
        let beside_noun = (f.end..(f.end + 3).min(n)).any(|k| s.has_at(k, is_population))
            || befell < n && s.has_at(befell, is_metric);
        // "not a single one of our soldiers": no one.
        let negated = (f.start.saturating_sub(3)..f.start).any(|k| s.has_at(k, |t| matches!(t, Tag::Negation)));
        if !beside_noun || negated {
            return true;
        }
    }
    // "a 212-page report", "the 44-day war": a number joined to a noun by a hyphen describes it.
    if f.end + 1 < n
        && s.is_punct(f.end, &['-'])
        && s.glued(f.end - 1, f.end)
        && s.glued(f.end, f.end + 1)
        && s.kind(f.end + 1) == TokenKind::Word
        && number_word_at(s, f.end + 1).is_none()
    {
        return true;
    }
    false
}

/// "Husseini, 31, decided to flee": digits set off by commas right after a
/// capitalised name are the person's age.
fn is_age(s: &Sentence, f: &Figure, original: &dyn Fn(usize) -> String) -> bool {
    let comma = |k: usize| s.is_punct(k, &[',', '،']);
    f.start > 1
        && f.end < s.len()
        && f.end == f.start + 1
        && s.kind(f.start) == TokenKind::Number
        && comma(f.start - 1)
        && comma(f.end)
        && s.kind(f.start - 2) == TokenKind::Word
        && original(f.start - 2).starts_with(char::is_uppercase)
        // ("In Gaza, 31, in Rafah, 12": a place's count.)
        && !s.covered_by(f.start - 2, |t| matches!(t, Tag::Place(_)))
}

/// Ordinals, negative numbers, markup and codes: "الساعات الـ24", "-5",
/// "ESC[2J", "Su-25".
fn is_name_or_code(s: &Sentence, f: &Figure) -> bool {
    let n = s.len();
    // «إم 23», "March 23 Movement": a number inside a party's name.
    if (f.start..f.end).any(|k| s.covered_by(k, |t| matches!(t, Tag::CampCue(_) | Tag::Actor(_)))) {
        return true;
    }
    // "Resolution 1701", «القناة 12»: a number a label names.
    if s.ending_at(f.start, |t| matches!(t, Tag::NumberLabel)).is_some() {
        return true;
    }
    // "الساعات الـ24": digits after a glued article are a name or an ordinal,
    // unless whom they count follows: «ما يقارب الـ270 مقاتلا».
    let counts_next = f.end < n
        && s.has_at(f.end, |t| {
            is_population(t) || matches!(t, Tag::Metric { position: Position::After | Position::Either, .. })
        });
    if f.start > 0
        && s.kind(f.start) == TokenKind::Number
        && s.glued(f.start - 1, f.start)
        && s.has_at(f.start - 1, |t| matches!(t, Tag::OrdinalPrefix))
        && !counts_next
    {
        return true;
    }
    // "-5": a minus sign is no count of people.
    if f.start > 0
        && s.is_punct(f.start - 1, &['-', '\u{2212}'])
        && s.glued(f.start - 1, f.start)
        && (f.start < 2 || !s.glued(f.start - 2, f.start - 1))
    {
        return true;
    }
    // Digits glued to Latin letters or to a call's parenthesis are markup or
    // codes, not counts: "1e309", "ESC[2J", "alert(2)".
    let latin = |k: usize| s.kind(k) == TokenKind::Word && s.word(k).starts_with(|c: char| c.is_ascii_alphabetic());
    let latin_end = |k: usize| s.kind(k) == TokenKind::Word && s.word(k).ends_with(|c: char| c.is_ascii_alphabetic());
    if f.start > 0 && latin_end(f.start - 1) && s.glued(f.start - 1, f.start) {
        return true;
    }
    if f.end < n && latin(f.end) && s.glued(f.end - 1, f.end) {
        return true;
    }
    if f.start > 1
        && s.is_punct(f.start - 1, &['(', '['])
        && s.glued(f.start - 1, f.start)
        && s.kind(f.start - 2) != TokenKind::Punct
        && s.glued(f.start - 2, f.start - 1)
    {
        return true;
    }
    // A code such as "MM-21" or "Su-25".
    if f.start > 1
        && s.is_punct(f.start - 1, &['-'])
        && s.kind(f.start - 2) == TokenKind::Word
        && s.glued(f.start - 2, f.start - 1)
        && s.glued(f.start - 1, f.start)
    {
        return true;
    }
    false
}

const MAX_BEFORE: usize = 4;
const MAX_TOTAL_BEFORE: usize = 12;
const MAX_AFTER: usize = 5;
const MAX_IMPLICIT: usize = 2;
const COMMA_PENALTY: usize = 2;
const SECONDARY_PENALTY: usize = 3;

/// The cost of linking a figure to a trigger across tokens `[from, to)`,
/// or `None` when something in between forbids it.
fn gap_cost(s: &Sentence, from: usize, to: usize, figures: &[Figure]) -> Option<usize> {
    let figure_at = |k: usize| figures.iter().any(|f| f.start <= k && k < f.end);
    let mut cost = 0;
    let mut k = from;
    while k < to {
        if s.is_punct(k, &[';', '؛', '.', '?', '؟', '!']) {
            return None;
        }
        // «اعتقلت 9 أشخاص، فيما قتل 15»: a clause break opens another
        // clause, whose verb counts its own figure.
        if s.has_at(k, |t| matches!(t, Tag::ClauseBreak)) {
            return None;
        }
        if s.is_punct(k, &[',', '،']) {
            // ", including a child," and "، بينهم طفل،" are asides: skip them whole.
            if k + 1 < to && s.has_at(k + 1, |t| matches!(t, Tag::Anaphora)) {
                let close = (k + 1..to).find(|&j| s.is_punct(j, &[',', '،']));
                if let Some(close) = close {
                    k = close + 1;
                    continue;
                }
            }
            cost += COMMA_PENALTY;
            k += 1;
            continue;
        }
        if figure_at(k) {
            // "19 people including 14 foreign nationals were killed": a part
            // of the total set off by "including" is an aside, not a block.
            if (from..k).any(|j| s.has_at(j, |t| matches!(t, Tag::Subset))) {
                k += 1;
                continue;
            }
            return None;
        }
        // "eight soldiers are reported to have been killed": a report with no
        // agent hedges the figure and keeps it with its trigger.
        // "500 residents of the West Bank town were killed": a place named
        // in the counted noun's complement is part of the noun phrase.
        let free = |t: &Tag| {
            is_qualifier(t)
                || is_population(t)
                || is_scale(t)
                || matches!(t, Tag::Agentless | Tag::Place(_) | Tag::LocalityNoun)
        };
        if s.kind(k) != TokenKind::Punct && !s.covered_by(k, free) {
            cost += 1;
        }
        k += 1;
    }
    Some(cost)
}

/// "one of its fighters was killed out of 12 who took part", «مقتل أحد
/// مقاتليها من أصل 12»: a figure right after two partitive words is the
/// whole a counted part came from; a metric word before them counts the part.
fn whole_of_a_part(s: &Sentence, f: &Figure) -> bool {
    f.start >= 2 && (f.start - 2..f.start).all(|k| s.grammar.is_partitive(s.word(k)))
}

/// Whether people are named right after figure `f`: "12 soldiers", "20 of
/// its fighters", «12 من جنوده».
fn counts_people_named(s: &Sentence, f: &Figure) -> bool {
    let people = |k: usize| k < s.len() && s.has_at(k, is_population);
    // One word may qualify the people: "370 enemy soldiers".
    let qualifier = |k: usize| k < s.len() && s.kind(k) == TokenKind::Word && !s.grammar.is_conjunction(s.word(k));
    people(f.end)
        || qualifier(f.end) && people(f.end + 1)
        || f.end < s.len() && s.grammar.is_partitive(s.word(f.end)) && (f.end + 1..f.end + 3).any(people)
}

struct Link {
    metric: MetricId,
    trigger: (usize, usize),
    cost: usize,
    how: &'static str,
}

fn best_trigger(s: &Sentence, rules: &Rules, f: &Figure, figures: &[Figure], triggers: &[Match]) -> Option<Link> {
    let implicit = matches!(f.written, Written::Implicit(_));
    let mut best: Option<(usize, u8, usize, Link)> = None;
    for t in triggers {
        let Tag::Metric { metric, position } = t.tag else {
            continue;
        };
        let (cost, limit, how) = if t.start >= f.end {
            if !position.allows_after() {
                continue;
            }
            let Some(cost) = gap_cost(s, f.end, t.start, figures) else {
                continue;
            };
            (cost, MAX_AFTER, "trigger after the figure")
        } else if t.end() <= f.start {
            // "the total number of dead among military members rose to 532",
            // "مجمل القتلى بين القوات ... إلى 1166": a running total's figure
            // may stand further off, within one stretch without commas, after
            // a metric word that otherwise follows its figure.
            // "the number of the dead at 15": an article may stand between.
            let total = s.ending_at(articles_before(s, t.start), |t| matches!(t, Tag::Total)).is_some()
                || s.has_at(t.start, |t| matches!(t, Tag::Total));
            if !position.allows_before() && !total {
                continue;
            }
            // "lost 12 soldiers": people right after the figure, or "of"
            // them; "killed out of 12": the whole, not what was counted.
            if position == Position::BeforePeople && !counts_people_named(s, f) || whole_of_a_part(s, f) {
                continue;
            }
            // «إصابة منزل أحد المدنيين»: a thing counted in units right after
            // the trigger is what it is about.
            if t.end() < f.start && counts_things_at(s, t.end()) {
                continue;
            }
            let Some(cost) = gap_cost(s, t.end(), f.start, figures) else {
                continue;
            };
            let no_comma = !(t.end()..f.start).any(|k| s.is_punct(k, &[',', '\u{60c}']));
            if total && no_comma {
                (cost, MAX_TOTAL_BEFORE, "trigger of a running total before the figure")
            } else {
                (cost, MAX_BEFORE, "trigger before the figure")
            }
        } else {
            continue;
        };
        let limit = if implicit { MAX_IMPLICIT } else { limit };
        if cost > limit {
            continue;
        }
        // The noun right after the figure names what it counts ("five positions"),
        // whatever a word further off says; unless it names people who can be
        // killed as well as counted ("killed 40 militants").
        let counted_noun = t.start == f.end && position == Position::After && !s.has_at(t.start, is_population);
        let secondary = rules.metric(metric).secondary && !counted_noun;
        // «22 شخصا في بلدة أخرى», "22 people in another village": people
        // counted right after the figure are what it counts, not the places
        // a secondary metric's word further on names;
        // «ثلاثة منهم عند موقع», "three of them near the position": so are
        // the people a partitive after it takes from.
        let people_after = || {
            s.has_at(f.end, |t| is_population(t) || matches!(t, Tag::Subset)) || s.grammar.is_partitive(s.word(f.end))
        };
        if secondary && t.start > f.end && people_after() {
            continue;
        }
        let total = cost + if secondary { SECONDARY_PENALTY } else { 0 };
        // On a tie, a word that only ever stands on one side is the surer sign,
        // then the longer phrase ("killed or wounded" over "killed").
        let specificity = if position == Position::Either { 1 } else { 0 };
        let shorter = usize::MAX - t.len;
        let candidate = Link { metric, trigger: (t.start, t.end()), cost: total, how };
        if best.as_ref().is_none_or(|(c, sp, sh, _)| (total, specificity, shorter) < (*c, *sp, *sh)) {
            best = Some((total, specificity, shorter, candidate));
        }
    }
    best.map(|(_, _, _, link)| refined_after(triggers, f, link))
}

/// Whether token `k` is a unit things are counted in ("vehicles", «منزل»);
/// not an attack, which is what caused the deaths («قتلى هجوم الأربعاء»,
/// "killed 30 during attacks").
fn counts_things_at(s: &Sentence, k: usize) -> bool {
    s.has_at(k, |t| matches!(t, Tag::Unit)) && !s.has_at(k, |t| matches!(t, Tag::IncidentWord))
}

/// The trigger after the figure that names the fates a trigger right
/// before it leaves open: «25 شخصا سقطوا بين قتيل وجريح», "fell, killed or
/// wounded": the phrase of several words right after the word says what
/// was counted.
fn refined_after(triggers: &[Match], f: &Figure, link: Link) -> Link {
    if link.trigger.0 < f.end {
        return link;
    }
    let refining = triggers.iter().find(|t| {
        t.start == link.trigger.1
            && t.len > 1
            && matches!(t.tag, Tag::Metric { metric, position } if metric != link.metric && position.allows_after())
    });
    match refining {
        Some(&Match { start, len, tag: Tag::Metric { metric, .. } }) => {
            Link { metric, trigger: (start, start + len), ..link }
        }
        _ => link,
    }
}

/// A word such as "that figure" or "أعدادهم" just before the figure takes the
/// metric of the nearest trigger before it, or of the previous claim.
fn anaphoric_trigger(
    s: &Sentence,
    f: &Figure,
    triggers: &[Match],
    nearby_metric: Option<MetricId>,
    previous_metric: Option<MetricId>,
) -> Option<Link> {
    let anaphora = s.all(|t| matches!(t, Tag::Anaphora));
    let a = anaphora.iter().rev().find(|a| a.end() <= f.start && f.start - a.end() <= 2)?;
    let from_trigger = triggers.iter().rev().find(|t| t.end() <= a.start).and_then(|t| match t.tag {
        Tag::Metric { metric, .. } => Some(metric),
        _ => None,
    });
    // A toll that "jumps to" a figure continues the trigger before it; an aside
    // ("including a child") with no trigger before it takes its figure's metric.
    let metric = from_trigger.or(nearby_metric).or(previous_metric)?;
    Some(Link { metric, trigger: (a.start, a.end()), cost: 0, how: "a word referring back to an earlier metric" })
}

fn qualifier_of(s: &Sentence, f: &Figure, trigger: (usize, usize)) -> (Qualifier, Option<(usize, usize)>) {
    if let Written::Vague { .. } = f.written {
        return (Qualifier::Vague, None);
    }
    // «جنديين على الأقل»: a counting noun takes a qualifier after it only.
    let implicit = matches!(f.written, Written::Implicit(_));
    let before = if implicit { None } else { qualifier_before(s, f) };
    let mut after = None;
    let mut k = f.end;
    while k < s.len() && k <= f.end + 4 {
        if let Some(m) = s.find_at(k, |t| matches!(t, Tag::Qualifier { position: Position::After, .. }))
            && let Tag::Qualifier { qualifier, .. } = m.tag
        {
            after = Some((qualifier, (m.start, m.end())));
            break;
        }
        let in_trigger = k >= trigger.0 && k < trigger.1;
        // «جنديين كينيين على الأقل»: a nationality after the noun is part of it.
        // «ستة من أفراد الأمن على الأقل»: so is the partitive before it.
        let counted_noun = s.covered_by(k, |t| is_population(t) || matches!(t, Tag::CampCue(_)))
            || s.kind(k) == TokenKind::Punct && !s.is_punct(k, &[',', '،'])
            || s.kind(k) == TokenKind::Word && s.grammar.is_partitive(s.word(k));
        if !(in_trigger || counted_noun) {
            break;
        }
        k += 1;
    }
    if implicit && !after.is_some_and(|(q, _)| q.is_lower_bound()) {
        return (Qualifier::Exact, None);
    }
    match (before, after) {
        (Some(b), Some(a)) if a.0.is_lower_bound() && !b.0.is_lower_bound() => (a.0, Some(a.1)),
        (Some(b), _) => (b.0, Some(b.1)),
        (None, Some(a)) => (a.0, Some(a.1)),
        (None, None) => (Qualifier::Exact, None),
    }
}

fn qualifier_before(s: &Sentence, f: &Figure) -> Option<(Qualifier, (usize, usize))> {
    let is_qualifier = |t: &Tag| matches!(t, Tag::Qualifier { position: Position::Before, .. });
    // 'reported “more than” 15': a qualifier quoted on its own still hedges the figure.
    let quoted = (f.start >= 2 && s.is_quote(f.start - 1)).then(|| s.ending_at(f.start - 1, is_qualifier)).flatten();
    let m = quoted.or_else(|| s.ending_at(f.start, is_qualifier))?;
    match m.tag {
        Tag::Qualifier { qualifier, .. } => Some((qualifier, (m.start, m.end()))),
        _ => None,
    }
}

fn population_of(s: &Sentence, rules: &Rules, f: &Figure, trigger: (usize, usize)) -> Option<PopulationId> {
    // "killed 12 troops and police": a figure counting two kinds of people
    // counts no one kind.
    if counts_two_kinds(s, rules, f) {
        return None;
    }
    let named = |p: PopulationId| (!rules.population(p).general).then_some(p);
    match f.population {
        Some(p) if !rules.population(p).general => return Some(p),
        // "بلغ 60 شخصا": a general noun of its own leaves the words before an
        // anaphor to say whom; a noun between a verb and the figure is then
        // the killers ("قتل المسلحون 7 أشخاص").
        Some(_) => return population_before_anaphor(s, rules, f, trigger),
        None => {
            if let Some(p) = population_after(s, f, trigger) {
                return named(p).or_else(|| population_before_anaphor(s, rules, f, trigger));
            }
        }
    }
    // "the total number of dead among military members to 532": between a
    // running total's metric word and its figure, when no other figure
    // stands there ("killed 12 soldiers and 3 civilians": "soldiers" is the 12's)
    // and no noun of its own follows the figure ("قتل المسلحون 7 أشخاص": the
    // gunmen are the killers).
    // A trigger right after another number counts that one ("100 dead among
    // the rebels and four ..."): the words after it say whom the 100 were.
    let counts_another = trigger.0 > 0 && trigger.0 <= f.start && is_number_at(s, trigger.0 - 1);
    if trigger.1 <= f.start
        && !counts_another
        && !(trigger.1..f.start).any(|k| is_number_at(s, k))
        && let Some(Tag::Population { population, .. }) =
            (trigger.1..f.start).find_map(|k| s.find_at(k, is_population)).map(|m| m.tag)
    {
        return (!rules.population(population).general).then_some(population);
    }
    population_before_anaphor(s, rules, f, trigger)
}

/// Whether the noun right after a figure is joined by a conjunction to a
/// second noun of people with no number of its own: "12 troops and police",
/// "20 soldiers and civilians".
fn counts_two_kinds(s: &Sentence, rules: &Rules, f: &Figure) -> bool {
    let Some(noun) = (f.end.saturating_sub(1)..(f.end + 2).min(s.len())).find_map(|k| s.find_at(k, is_population))
    else {
        return false;
    };
    // "four soldiers and officers": two words for one kind are one kind.
    let Tag::Population { population: first, .. } = noun.tag else {
        return false;
    };
    let other_kind = |t: &Tag| matches!(t, Tag::Population { population, .. } if *population != first);
    let people =
        |k: usize| s.has_at(k, other_kind) || s.has_at(k, |t| matches!(t, Tag::CampCue(c) if rules.camp(*c).fallback));
    let j = noun.end();
    if j >= s.len() || s.kind(j) != TokenKind::Word {
        return false;
    }
    // «12 جنديا ومدنيا» is twelve and one: only a conjunction written apart,
    // before a noun with no number of its own, joins two kinds.
    let numbered = |k: usize| (k..(k + 2).min(s.len())).any(|i| is_number_at(s, i));
    s.grammar.is_conjunction(s.word(j)) && j + 1 < s.len() && people(j + 1) && !numbered(j + 2)
}

/// The noun right after a figure that says whom it counts, over at most two
/// other words: "10 killed civilians", "12 soldiers".
fn population_after(s: &Sentence, f: &Figure, trigger: (usize, usize)) -> Option<PopulationId> {
    let mut skipped = 0;
    let mut k = f.end;
    while k < s.len() && skipped <= 2 {
        // "10 killed civilians": the figure's own trigger may stand before its noun.
        if k >= trigger.0 && k < trigger.1 {
            k += 1;
            continue;
        }
        if let Some(Tag::Population { population, .. }) = s.find_at(k, is_population).map(|m| m.tag) {
            return Some(population);
        }
        if s.kind(k) == TokenKind::Punct || s.has_at(k, is_metric) {
            return None;
        }
        // "250 members of the guerrilla group": "of the" between a noun and
        // the noun of whom it counts are no more words over.
        let (g, w) = (s.grammar, s.word(k));
        if !(g.is_partitive(w) || g.is_article(w)) {
            skipped += 1;
        }
        k += 1;
    }
    None
}

/// How far back from a word that points at an earlier metric ("بلغ",
/// "reached") the noun of whom it counts may stand.
const ANAPHOR_POPULATION_REACH: usize = 6;

/// "أعداد القتلى الموالين لنظام الأسد بلغ 4348", "the number of civilians
/// killed has reached 50": the noun before the trigger when a word that
/// points back at a metric is or follows it, in one clause, with no figure
/// between.
fn population_before_anaphor(s: &Sentence, rules: &Rules, f: &Figure, trigger: (usize, usize)) -> Option<PopulationId> {
    let anaphor = |k: usize| s.has_at(k, |t| matches!(t, Tag::Anaphora));
    // The anaphor is the trigger ("بلغ 4348") or stands after it ("civilians killed has reached 75").
    if trigger.1 > f.start || !(trigger.0..f.start).any(anaphor) {
        return None;
    }
    for k in (trigger.0.saturating_sub(ANAPHOR_POPULATION_REACH)..trigger.0).rev() {
        if s.kind(k) == TokenKind::Punct
            || s.kind(k) == TokenKind::Number
            || s.has_at(k, |t| matches!(t, Tag::Number(_)))
        {
            return None;
        }
        if let Some(Tag::Population { population, .. }) = s.find_at(k, is_population).map(|m| m.tag) {
            return (!rules.population(population).general).then_some(population);
        }
        if s.has_at(k, is_metric) {
            return None;
        }
    }
    None
}

/// Whose people a figure counts, as the words near it say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SideHint {
    /// The speaker's own side: "its troops", "اعترفت بمقتل".
    Own,
    /// The speaker's enemy: "soldiers of the enemy".
    Enemy,
    /// A named side: "400 Russian soldiers", "370 عسكريا أذريا".
    Camp(CampId),
    /// The people a named side's attack hit: "the Iranian strikes killed
    /// 28 people", «قتلوا في غارات إسرائيلية».
    HitBy(CampId),
}

const SIDE_BEFORE: usize = 10;
const SIDE_AFTER: usize = 5;

pub(crate) fn side_of(s: &Sentence, rules: &Rules, f: &Figure, trigger: (usize, usize)) -> Option<SideHint> {
    let (start, end) = (f.start.min(trigger.0), f.end.max(trigger.1));
    // "it killed 90 of our men, but only one died": a clause break bounds
    // the words that tell whose dead a figure counts.
    let breaks = |k: &usize| s.has_at(*k, |t| matches!(t, Tag::ClauseBreak));
    let from = (start.saturating_sub(SIDE_BEFORE)..start)
        .rev()
        .find(breaks)
        .map_or(start.saturating_sub(SIDE_BEFORE), |k| k + 1);
    let to = (end..(end + SIDE_AFTER).min(s.len())).find(breaks).unwrap_or((end + SIDE_AFTER).min(s.len()));
    let mut hint = None;
    let mut between = false;
    // "2,870 were killed on the Ukrainian side", «في الجانب الروسي»: a party
    // after the figure named with a noun of a side.
    let side_noun = |k: usize| k < s.len() && s.has_at(k, |t| matches!(t, Tag::SideNoun));
    let of_a_side = |k: usize, cue_end: usize| k >= f.end && ((f.end..k).any(side_noun) || side_noun(cue_end));
    let counts_people = names_whom_it_counts(s, f);
    for k in from..to {
        for m in s.starts(k) {
            if m.end() > to {
                continue;
            }
            match m.tag {
                // "it killed 31 soldiers": the enemy's, unless a nationality
                // right after the figure names them ("31 Kenyan soldiers").
                Tag::EnemySide if hint.is_none_or(|h| h == SideHint::Own) => hint = Some(SideHint::Enemy),
                Tag::OwnSide if hint != Some(SideHint::Enemy) => hint = Some(SideHint::Own),
                // A nationality right after the figure or its noun ("400 Russian soldiers"),
                // or between a running total's metric word and its figure
                // ("عدد القتلى العسكريين لأذربيجان تجاوز 6000"). It names the
                // dead, where "its forces" before them may name the killers
                // («قواتها قتلت 200 جندي أثيوبي»).
                // "killed by Israeli attacks", «في غارات إسرائيلية»: a party's
                // word on a word of an incident names the attacker (below).
                // («مقتل 2870 جنديا أوكرانيا و498 جنديا روسيا»: the nationality
                // right after the second figure's noun, not the first's
                // between the shared trigger and it.)
                // ("in the ranks of the Russian forces": "forces" alone names
                // no side's people there.)
                Tag::CampCue(c)
                    if (!rules.camp(c).fallback || !of_a_side(k, m.end()))
                        && !names_an_attack(s, k, m.end())
                        && (k >= f.end && k <= f.end + 2 || trigger.1 <= k && k < f.start || of_a_side(k, m.end()))
                        && (hint.is_none()
                            || hint == Some(SideHint::Own) && counts_people
                            || hint == Some(SideHint::Enemy) && k >= f.end
                            || between && k >= f.end) =>
                {
                    hint = Some(SideHint::Camp(c));
                    between = k < f.start;
                }
                _ => {}
            }
        }
    }
    hint.or_else(|| attacker(s, from, to).map(SideHint::HitBy))
}

/// Whether the party's word at `[k, end)` stands on a word of an incident,
/// right before it ("Israeli attacks") or right after it («غارات إسرائيلية»).
fn names_an_attack(s: &Sentence, k: usize, end: usize) -> bool {
    end < s.len() && s.has_at(end, |t| matches!(t, Tag::IncidentWord))
        || k > 0 && s.ending_at(k, |t| matches!(t, Tag::IncidentWord)).is_some()
}

/// The party whose attack the words `[from, to)` name: a party's word
/// right before a word of an incident ("the Iranian strikes", "Russian
/// shelling") or right after it («غارات إسرائيلية»). A catch-all camp's
/// word names no one.
fn attacker(s: &Sentence, from: usize, to: usize) -> Option<CampId> {
    let incident = |k: usize| k < to && s.has_at(k, |t| matches!(t, Tag::IncidentWord));
    (from..to).find_map(|k| {
        let m = s.starts(k).iter().find(|m| matches!(m.tag, Tag::CampCue(_)) && m.end() <= to)?;
        let Tag::CampCue(c) = m.tag else { return None };
        (incident(m.end()) || k > from && names_an_attack(s, k, m.end())).then_some(c)
    })
}

/// How many words may stand between a figure and a word of what else befell
/// the people it counts ("2,829 people have been arrested").
const OUTCOME_REACH: usize = 4;

/// "4 soldiers were killed and 10 captured", "105 killed and 2,829 people
/// have been arrested", «مقتل 5 واعتقال 30»: a word of what else befell
/// people (`other_outcomes`) right after the figure, past its noun and
/// auxiliaries, or right before it, is the figure's own predicate; a metric
/// word before the figure is another's.
fn befell_otherwise(s: &Sentence, f: &Figure) -> bool {
    let outcome = |k: usize| s.has_at(k, |t| matches!(t, Tag::OtherOutcome));
    // («مقتل 5 جنود واختطاف 30»: an outcome joined by "and" is the next item's.)
    let after = (f.end..(f.end + OUTCOME_REACH + 1).min(s.len()))
        .take_while(|&k| {
            !joined_by_a_conjunction(s, k)
                && (outcome(k)
                    || s.covered_by(k, |t| is_population(t) || matches!(t, Tag::PassiveAuxiliary | Tag::FunctionWord)))
        })
        .any(outcome);
    let before = f.start > 0 && s.ending_at(f.start, |t| matches!(t, Tag::OtherOutcome)).is_some();
    after || before
}

/// Unties figures of what else befell people from a metric word before them
/// ([`befell_otherwise`]). («إعدام 4 رهائن», "executed 4 hostages": a metric
/// word right before the figure is its own, whatever the people counted were.)
fn drop_other_outcomes(s: &Sentence, figures: &[Figure], links: &mut [Option<Link>]) {
    let adjacent = |l: &Link, f: &Figure| (l.trigger.1..f.start).all(|k| s.covered_by(k, is_qualifier));
    for (link, f) in links.iter_mut().zip(figures) {
        if link.as_ref().is_some_and(|l| l.trigger.1 <= f.start && !adjacent(l, f)) && befell_otherwise(s, f) {
            *link = None;
        }
    }
}

/// Whether token `k` is a conjunction, or opens with one written onto it («واختطاف»).
pub(crate) fn joined_by_a_conjunction(s: &Sentence, k: usize) -> bool {
    let word = s.word(k);
    s.grammar.is_conjunction(word)
        || s.forms(k).iter().any(|f| {
            f.text.len() < word.len()
                && word.ends_with(f.text)
                && s.grammar.is_conjunction(&word[..word.len() - f.text.len()])
        })
}

/// Ties each figure to a metric; figures with no metric nearby are returned
/// apart, for diagnostics.
pub(crate) fn quantify(
    s: &Sentence,
    rules: &Rules,
    figures: &[Figure],
    previous_metric: Option<MetricId>,
) -> (Vec<Quantified>, Vec<Figure>) {
    let triggers = s.all(is_metric);
    let mut out: Vec<Quantified> = Vec::new();
    let mut unlinked = Vec::new();
    // Figures tied directly first, so an aside ("including a child") can
    // take the metric of the figure it belongs to.
    let mut direct: Vec<Option<Link>> = figures.iter().map(|f| best_trigger(s, rules, f, figures, &triggers)).collect();
    share_list_triggers(s, rules, figures, &mut direct);
    drop_other_outcomes(s, figures, &mut direct);
    let (subsets, list_items) = part_flags(s, rules, figures, &direct);
    for (n, f) in figures.iter().enumerate() {
        let nearest_linked = direct
            .iter()
            .enumerate()
            .filter_map(|(m, l)| l.as_ref().map(|l| (figures[m].start.abs_diff(f.start), l.metric)))
            .filter(|&(d, _)| d > 0)
            .min()
            .map(|(_, metric)| metric);
        let link = direct[n]
            .as_ref()
            .map(|l| Link { metric: l.metric, trigger: l.trigger, cost: l.cost, how: l.how })
            .or_else(|| anaphoric_trigger(s, f, &triggers, nearest_linked, previous_metric));
        let Some(link) = link else {
            if !matches!(f.written, Written::Implicit(_)) {
                unlinked.push(*f);
            }
            continue;
        };
        let (qualifier, qualifier_range) = list_qualifier(s, (figures, &direct), n, &link);
        let mut span = (f.start.min(link.trigger.0), f.end.max(link.trigger.1));
        if let Some((qs, qe)) = qualifier_range {
            span = (span.0.min(qs), span.1.max(qe));
        }
        let increment = increment_at(s, f, link.trigger) || in_another_incident(s, f, link.trigger);
        let others = others_at(s, f) || additive_at(s, f, link.trigger);
        let population = population_of(s, rules, f, link.trigger);
        let (value_qualifier, interval) = value_of(s, rules, f, qualifier, population);
        let subset = subsets[n] || (list_items[n] && population.is_none());
        let how = s.how(|| link_how(s, rules, (f, &link), increment, subset));
        out.push(Quantified {
            figure: *f,
            metric: link.metric,
            trigger: link.trigger,
            qualifier: value_qualifier,
            interval,
            population,
            side: side_of(s, rules, f, link.trigger),
            span,
            how,
            increment,
            others,
            subset,
        });
    }
    elided_nouns(s, &mut out);
    // A self-counting noun only counts when no stated figure shares its trigger.
    let stated_triggers: Vec<(usize, usize)> =
        out.iter().filter(|q| !matches!(q.figure.written, Written::Implicit(_))).map(|q| q.trigger).collect();
    out.retain(|q| !matches!(q.figure.written, Written::Implicit(_)) || !stated_triggers.contains(&q.trigger));
    (out, unlinked)
}

/// The qualifier and interval of figure `f` read with `qualifier`.
fn value_of(
    s: &Sentence,
    rules: &Rules,
    f: &Figure,
    qualifier: Qualifier,
    population: Option<PopulationId>,
) -> (Qualifier, Interval) {
    match f.written {
        Written::Stated(v) | Written::Implicit(v)
            if qualifier == Qualifier::Exact && more_unstated(s, rules, f, population) =>
        {
            (Qualifier::MoreThan, Qualifier::MoreThan.interval(v))
        }
        Written::Stated(v) | Written::Implicit(v) => (qualifier, qualifier.interval(v)),
        Written::Vague { low, high } => (qualifier, Interval::new(low, high)),
        Written::Range { low, high } => (Qualifier::Range, Qualifier::range(low, high)),
    }
}

/// How many words of its noun a counted figure may have before the words
/// that add an unstated number ("one army officer and some soldiers").
const COUNTED_NOUN_REACH: usize = 4;

/// "one officer and some soldiers were killed", «ضابطا وعددا من الجنود»: a
/// stated count joined to an unstated number of its own kind (or of no
/// kind named) is only part of the toll, which is more than it. Not when
/// the others are another kind ("3 soldiers and several civilians").
fn more_unstated(s: &Sentence, rules: &Rules, f: &Figure, population: Option<PopulationId>) -> bool {
    let g = s.grammar;
    // "and some", or «وآخرون» with the conjunction written onto it.
    // ("and “some soldiers”": a quotation mark between.)
    let quantifier_at = |k: usize| {
        if s.kind(k) != TokenKind::Word {
            return false;
        }
        if g.is_conjunction(s.word(k)) {
            let q = if k + 1 < s.len() && s.is_quote(k + 1) { k + 2 } else { k + 1 };
            return q < s.len() && g.is_indefinite_quantifier(s.word(q));
        }
        !g.is_indefinite_quantifier(s.word(k)) && s.forms(k).iter().any(|form| g.is_indefinite_quantifier(form.text))
    };
    let mut k = f.end;
    while k < s.len() && k < f.end + COUNTED_NOUN_REACH && !quantifier_at(k) {
        if !s.covered_by(k, |t| is_population(t) || matches!(t, Tag::CampCue(_))) {
            return false;
        }
        k += 1;
    }
    if k >= s.len() || !quantifier_at(k) {
        return false;
    }
    // «قتل 5 أشخاص وعدد من الجرحى», "5 killed and some wounded": others of
    // another metric, named before any noun of whom they count.
    let mut after = None;
    for j in k + 1..(k + 4).min(s.len()) {
        if let Some(Tag::Population { population, .. }) = s.find_at(j, is_population).map(|m| m.tag) {
            after = Some(population);
            break;
        }
        if s.has_at(j, is_metric) {
            return false;
        }
    }
    let everyone = |p: PopulationId| rules.population(p).general;
    match (population, after) {
        (Some(a), Some(b)) => a == b || everyone(a) || everyone(b),
        _ => true,
    }
}

/// How many tokens may stand between two figures of a toll whose second
/// leaves out the noun: "5 soldiers were killed and 7 wounded".
const ELIDED_GAP: usize = 5;

/// "5 Armenian soldiers were killed and 7 wounded", «قتل 35 مواطنا من
/// طاجيكستان، وأصيب حوالي 30»: a figure of another metric joined right
/// after a toll, with no noun, side or figure of its own, counts people of
/// the same side. (Not always of the same kind: "killed 12 soldiers and
/// wounded 30" may count civilians among the 30.)
fn elided_nouns(s: &Sentence, out: &mut [Quantified]) {
    for n in 1..out.len() {
        let (before, rest) = out.split_at_mut(n);
        let (first, second) = (&before[n - 1], &mut rest[0]);
        let from = first.span.1;
        let to = second.figure.start.min(second.trigger.0);
        // (The first toll's noun and side may follow it: «مواطنا من طاجيكستان».)
        let joined = from <= to
            && to - from <= ELIDED_GAP
            && (from..to).all(|k| {
                s.is_punct(k, &[',', '،'])
                    || s.grammar.is_conjunction(s.word(k))
                    || s.grammar.is_partitive(s.word(k))
                    || s.has_at(k, |t| matches!(t, Tag::CampCue(_)))
                    || s.covered_by(k, is_population)
                    || (second.trigger.0..second.trigger.1).contains(&k)
            });
        // "and 7 people were wounded": a noun of its own, if only "people".
        if joined
            && !names_whom_it_counts(s, &second.figure)
            && first.metric != second.metric
            && second.side.is_none()
            && !second.subset
            && !first.subset
        {
            second.side = first.side;
        }
    }
}

/// Whether the figure or the word right after it is a noun of the people it
/// counts ("7 people", «مدنيا»).
fn names_whom_it_counts(s: &Sentence, f: &Figure) -> bool {
    (f.start..(f.end + 1).min(s.len())).any(|k| s.covered_by(k, is_population))
}

/// Which figures are parts of a total given beside them ("including 5
/// children", "98 in the past 24 hours"), and which are items of a list
/// sharing one trigger: those are parts of its sum, but an item that names
/// whom it counts is that population's whole count ("15 soldiers and 23
/// rebels").
fn part_flags(s: &Sentence, rules: &Rules, figures: &[Figure], direct: &[Option<Link>]) -> (Vec<bool>, Vec<bool>) {
    let mut subsets = subset_flags(s, figures);
    mark_periods(s, figures, &mut subsets);
    mark_other_happenings(s, figures, &mut subsets);
    // "two officers and a soldier were killed", «قتل ضابطين وجندي»: a noun
    // that counts itself, joined by "and" to a noun before it, is one item
    // of what was counted.
    let implicit = |f: &Figure| matches!(f.written, Written::Implicit(_));
    for (n, f) in figures.iter().enumerate() {
        subsets[n] |= implicit(f) && joined_to_a_noun(s, f.start);
    }
    // "an officer and a soldier": so is the self-counting noun it is joined to.
    for n in 1..figures.len() {
        let (before, after) = (&figures[n - 1], &figures[n]);
        if implicit(before) && implicit(after) && subsets[n] && after.start <= before.end + 2 {
            subsets[n - 1] = true;
        }
    }
    // "two of the three farmers": a part of a whole the text counts; "18
    // members of one family": one group's part of the incident's toll.
    for (n, f) in figures.iter().enumerate() {
        subsets[n] |= takes_part_of_whole(s, f) || counts_one_group(s, f);
    }
    // "42 foreigners were among the dead", «42 أجنبيا بين القتلى»: the part
    // phrase holds the figure's own trigger, so the figure counts a part.
    for (n, (f, link)) in figures.iter().zip(direct).enumerate() {
        let Some(t) = link.as_ref().map(|l| l.trigger).filter(|t| t.0 >= f.end) else { continue };
        subsets[n] |= (f.end..=t.0).any(|k| s.starts(k).iter().any(|m| matches!(m.tag, Tag::Subset) && m.end() >= t.0));
    }
    mark_breakdowns(s, figures, &mut subsets);
    mark_counted_besides(s, figures, direct, &mut subsets);
    mark_split_tolls(s, rules, figures, direct, &mut subsets);
    let mut list_items = vec![false; figures.len()];
    mark_list_items(direct, &mut list_items);
    // «40 شخصا 10 منهم مدنيون», "40 people, 10 of them civilians": a figure
    // followed by "of them" is a part of the one before, which is the whole.
    for n in 1..figures.len() {
        let f = &figures[n];
        if f.end < s.len() && s.has_at(f.end, |t| matches!(t, Tag::Subset)) {
            subsets[n] = true;
            list_items[n] = false;
            list_items[n - 1] = false;
        }
    }
    (subsets, list_items)
}

/// How far before a breakdown's dash or colon its total may end: "17 people —".
const BREAKDOWN_REACH: usize = 3;

/// "at least 17 people — 12 civilians, three guards and two MPs — were
/// killed", «17 شخصا: 12 مدنيا و3 حراس»: the figures after a dash or colon
/// that follows a figure break it down; each is a part of it.
fn mark_breakdowns(s: &Sentence, figures: &[Figure], subsets: &mut [bool]) {
    let opens = |k: usize| s.is_punct(k, &['—', '–', '-', ':']);
    let mut n = 1;
    while n < figures.len() {
        let total = &figures[n - 1];
        let opener = (total.end..figures[n].start).find(|&k| opens(k));
        let Some(o) = opener.filter(|&o| o - total.end <= BREAKDOWN_REACH && figures[n].start - o <= 2) else {
            n += 1;
            continue;
        };
        // The breakdown runs to the closing dash or the end of its clause.
        let close =
            (o + 1..s.len()).find(|&k| opens(k) || s.is_punct(k, &['.', ';', '؛', '!', '?'])).unwrap_or(s.len());
        subsets[n] = true;
        n += 1;
        while n < figures.len() && figures[n].start < close {
            subsets[n] = true;
            n += 1;
        }
    }
}

/// How many tokens apart two figures of one toll split in one clause may stand.
const SPLIT_REACH: usize = 12;

/// "36 people were killed in Bukkuyum and 22 in Anka", «قتل 36 في بلدة
/// و22 في أخرى»: two stated figures of one metric in one clause, no speech
/// and no change of count between them, split a toll by place or day; one
/// speaker gives no two rival counts in one breath, so each is a part.
fn mark_split_tolls(s: &Sentence, rules: &Rules, figures: &[Figure], direct: &[Option<Link>], subsets: &mut [bool]) {
    let stated = |f: &Figure| matches!(f.written, Written::Stated(_));
    let splits = |k: usize| {
        s.is_punct(k, &['.', ';', '؛', '!', '?', '؟', ':'])
            || s.has_at(k, |t| {
                matches!(
                    t,
                    Tag::Reporting
                        | Tag::ClauseBreak
                        | Tag::Change
                        | Tag::Total
                        // "11 people, including five children": a whole and its part.
                        | Tag::Subset
                        // "2 were killed near the post and that 62 were killed in all".
                        | Tag::Complementizer
                        // "and" joins a range only after "between", and ranges are joined already.
                        | Tag::RangeJoiner { opened: false }
                        | Tag::Earlier
                        | Tag::Later
                )
            })
    };
    for n in 1..figures.len() {
        let (a, b) = (&figures[n - 1], &figures[n]);
        let (Some(la), Some(lb)) = (&direct[n - 1], &direct[n]) else { continue };
        if la.metric != lb.metric || !stated(a) || !stated(b) || b.start - a.end > SPLIT_REACH {
            continue;
        }
        // "three soldiers and 14 militants were killed": each counts its own people.
        if population_of(s, rules, a, la.trigger) != population_of(s, rules, b, lb.trigger) {
            continue;
        }
        // "bringing the toll to 58": a total or a change before the first too.
        let counted_before = (a.start.saturating_sub(BREAKDOWN_REACH)..a.start)
            .any(|k| s.has_at(k, |t| matches!(t, Tag::Change | Tag::Total)));
        // "22 of them", "five of the wounded", "12 others": the second counts
        // a part of the first, or more beside it.
        let after = (b.end..(b.end + 2).min(s.len()))
            .any(|k| s.has_at(k, |t| matches!(t, Tag::Subset)) || s.grammar.is_partitive(s.word(k)));
        let added = (a.end..(b.end + 2).min(s.len()))
            .any(|k| s.has_at(k, |t| matches!(t, Tag::Others | Tag::Increment { .. })));
        if counted_before || after || added || (a.end..b.start).any(splits) {
            continue;
        }
        subsets[n - 1] = true;
        subsets[n] = true;
    }
}

/// How far into a sentence an opener of another incident may stand.
const OPENER_REACH: usize = 3;

/// How many words may stand between a verb of coming and its link ("the
/// attack on the city comes a day after", «ويأتي هذا الهجوم الدامي غداة»).
const COMING_REACH: usize = 6;

/// "In a separate incident, 5 were killed", «ويأتي الهجوم غداة ضربات أسفرت
/// عن مقتل 40»: figures of another happening told beside this one are not
/// its toll; like a running count, they count apart from it. A figure
/// after a coming verb's link counts the other happening unless a verb of
/// speech stands between ("comes as the ministry said 40 ...").
fn mark_other_happenings(s: &Sentence, figures: &[Figure], subsets: &mut [bool]) {
    let opened = (0..OPENER_REACH.min(s.len())).any(|k| s.has_at(k, |t| matches!(t, Tag::OtherIncidentOpener)));
    let plain = |k: usize| {
        s.kind(k) == TokenKind::Word
            && !s.has_at(k, |t| matches!(t, Tag::Complementizer | Tag::Reporting | Tag::AccordingTo))
    };
    let link = s.all(|t| matches!(t, Tag::ComingVerb)).iter().find_map(|v| {
        (v.end()..(v.end() + COMING_REACH).min(s.len()))
            .take_while(|&k| plain(k))
            .find_map(|k| s.find_at(k, |t| matches!(t, Tag::ContextLink)))
            .map(|m| m.end())
    });
    for (n, f) in figures.iter().enumerate() {
        let linked = link.is_some_and(|l| {
            l <= f.start && !(l..f.start).any(|k| s.has_at(k, |t| matches!(t, Tag::Reporting | Tag::AccordingTo)))
        });
        if opened || linked {
            subsets[n] = true;
        }
    }
}

/// A count over a stretch of the event ("98 killed in the past 24 hours",
/// "108 killed over the last three days") is part of its total.
fn mark_periods(s: &Sentence, figures: &[Figure], subsets: &mut [bool]) {
    let clause = |k: usize| !s.is_punct(k, &['.', ';', '\u{61b}', '!', '?', '\u{61f}']);
    // An opener counts when a unit of time closes it a few words on, in its clause.
    let units = s.all(|t| matches!(t, Tag::PeriodUnit));
    let opened: Vec<usize> = s
        .all(|t| matches!(t, Tag::PeriodOpener))
        .iter()
        .filter(|o| {
            units
                .iter()
                .any(|u| u.start >= o.end() && u.start <= o.end() + PERIOD_UNIT_REACH && (o.end()..u.start).all(clause))
        })
        .map(|o| o.start)
        .collect();
    // "since October", «منذ أكتوبر/تشرين الأول الماضي»: a running count
    // over many days ("since Wednesday" is a few; a year before the
    // article's makes background of its own).
    let dated = |k: usize| s.has_at(k, |t| matches!(t, Tag::Month));
    let since: Vec<usize> = s
        .all(|t| matches!(t, Tag::SinceOpener))
        .iter()
        .filter(|o| (o.end()..(o.end() + 2).min(s.len())).any(dated))
        .map(|o| o.start)
        .collect();
    let is_period = |k: usize| s.has_at(k, |t| matches!(t, Tag::Period)) || opened.contains(&k);
    let is_since = |k: usize| since.contains(&k);
    for (n, f) in figures.iter().enumerate() {
        let mut after = (f.end..(f.end + PERIOD_REACH).min(s.len())).take_while(|&k| clause(k));
        let before = |reach: usize| (f.start.saturating_sub(reach)..f.start).rev().take_while(|&k| clause(k));
        // The running count's clause may go on past a comma before its figure.
        if after.any(|k| is_period(k) || is_since(k))
            || before(PERIOD_REACH).any(is_period)
            || before(SINCE_REACH).any(is_since)
        {
            subsets[n] = true;
        }
    }
}

/// The items of a list that shares one trigger are parts of the list's sum:
/// "180 soldiers, 12 police officers and one civilian were killed".
fn mark_list_items(direct: &[Option<Link>], subsets: &mut [bool]) {
    for n in 0..direct.len() {
        let shared = |m: usize| direct.get(m).and_then(Option::as_ref).is_some_and(|l| l.how == LIST);
        let same_trigger = |m: usize| {
            direct.get(m).and_then(Option::as_ref).map(|l| l.trigger) == direct[n].as_ref().map(|l| l.trigger)
        };
        let neighbour_shares = (n > 0 && same_trigger(n - 1) && (shared(n - 1) || shared(n)))
            || (n + 1 < direct.len() && same_trigger(n + 1) && (shared(n + 1) || shared(n)));
        if direct[n].is_some() && neighbour_shares {
            subsets[n] = true;
        }
    }
}

/// The qualifier of figure `n` and the tokens it stands at. "200 قتيل و400
/// جريح على الأقل": a list's closing qualifier holds for its items.
fn list_qualifier(
    s: &Sentence,
    (figures, direct): (&[Figure], &[Option<Link>]),
    n: usize,
    link: &Link,
) -> (Qualifier, Option<(usize, usize)>) {
    let f = &figures[n];
    let (qualifier, qualifier_range) = qualifier_of(s, f, link.trigger);
    if qualifier == Qualifier::Exact
        && matches!(f.written, Written::Stated(_))
        && let Some(next) = figures.get(n + 1)
        && let Some(next_link) = &direct[n + 1]
        && list_joined(s, f.end.max(link.trigger.1), next.start)
        && let (closing, Some((closing_start, _))) = qualifier_of(s, next, next_link.trigger)
        && closing_start >= next.end
        && closing.is_lower_bound()
    {
        return (closing, None);
    }
    (qualifier, qualifier_range)
}

/// How a figure was tied to its metric, for its trace.
fn link_how(s: &Sentence, rules: &Rules, (f, link): (&Figure, &Link), increment: bool, subset: bool) -> String {
    let mut how = format!(
        "metric `{}` from \"{}\" ({}, cost {})",
        rules.metric(link.metric).id,
        s.words(link.trigger.0, link.trigger.1),
        link.how,
        link.cost
    );
    if let Written::Range { low, high } = f.written {
        how.push_str(&format!("; a range from {low} to {high}"));
    }
    if increment {
        how.push_str("; an addition to an earlier count, not a total");
    }
    if subset {
        how.push_str("; part of a total given beside it");
    }
    how
}

/// How far from a figure a stretch of time ("in the past 24 hours") may stand.
const PERIOD_REACH: usize = 8;

/// How many tokens before a figure "since October" may stand.
const SINCE_REACH: usize = 14;
/// How many words a period's opener may stand before its unit of time:
/// "over the last" + "three" + "days", "خلال" + "الأيام".
const PERIOD_UNIT_REACH: usize = 3;

/// How a figure that shares its list's trigger was linked.
const LIST: &str = "trigger shared by a list";

/// How many tokens may stand between two items of a list of figures.
const LIST_GAP: usize = 8;

/// Whether tokens `[from, to)` only join two items of a list: a comma or a
/// joining word, nouns of people and their modifiers, no end of clause, no
/// metric word and no speech.
fn list_joined(s: &Sentence, from: usize, to: usize) -> bool {
    if to < from || to - from > LIST_GAP {
        return false;
    }
    let mut joined = false;
    for k in from..to {
        if s.is_punct(k, &[',', '\u{60c}']) || s.has_at(k, |t| matches!(t, Tag::NumberJoiner)) {
            joined = true;
        } else if s.kind(k) == TokenKind::Punct
            || s.has_at(k, |t| {
                matches!(t, Tag::Metric { .. } | Tag::Reporting | Tag::Complementizer | Tag::ClauseBreak | Tag::Subset)
            })
        {
            return false;
        }
    }
    joined
}

/// Lists share their trigger: "180 soldiers, 12 police officers and one
/// civilian were killed" (the trigger after the last item), "مقتل 192 من
/// جنودها ومدني واحد" (the trigger before the first).
fn share_list_triggers(s: &Sentence, rules: &Rules, figures: &[Figure], links: &mut [Option<Link>]) {
    // Backwards first, so a chain of items takes the trigger after the last one.
    // A figure after a word that refers back ("jumps to 68") takes that word's metric instead.
    let refers_back = |f: &Figure| s.ending_at(f.start, |t| matches!(t, Tag::Anaphora)).is_some();
    // "30 militants and four soldiers were killed": a noun of a secondary
    // metric ("militants") gives way to the list's own trigger.
    let secondary = |l: &Link| rules.metric(l.metric).secondary;
    for n in (0..figures.len().saturating_sub(1)).rev() {
        let own_noun_end = match &links[n] {
            Some(l) if secondary(l) && l.trigger.0 >= figures[n].end => l.trigger.1,
            Some(_) => continue,
            None => figures[n].end,
        };
        if refers_back(&figures[n]) {
            continue;
        }
        let (f, next) = (&figures[n], &figures[n + 1]);
        let Some(l) = &links[n + 1] else { continue };
        if secondary(l) {
            continue;
        }
        // The last item's trigger follows it closely: "and one civilian were killed".
        let attached = l.how == LIST || !(next.end..l.trigger.0).any(|k| s.kind(k) == TokenKind::Punct);
        if l.trigger.0 >= next.end && attached && list_joined(s, own_noun_end.max(f.end), next.start) {
            links[n] = Some(Link { metric: l.metric, trigger: l.trigger, cost: l.cost, how: LIST });
        }
    }
    for n in 1..figures.len() {
        if links[n].is_some() || refers_back(&figures[n]) {
            continue;
        }
        let (previous, f) = (&figures[n - 1], &figures[n]);
        let Some(l) = &links[n - 1] else { continue };
        // The item before took its trigger from before it; "ومدني واحد" joins with a clitic.
        // "killing 1,200 people and taking about 250", "مقتل 20 شخصا واختطاف 30": a word
        // of its own right before the item (its qualifier aside) starts another
        // predicate, not another item of the list.
        let before_item = (previous.end..f.start).rev().find(|&k| !s.has_at(k, |t| matches!(t, Tag::Qualifier { .. })));
        let own_predicate = before_item.is_some_and(|k| {
            s.kind(k) == TokenKind::Word
                && !s.has_at(k, |t| {
                    is_population(t)
                        || matches!(
                            t,
                            Tag::NumberJoiner
                                | Tag::Number(_)
                                | Tag::Scale(_)
                                | Tag::Subset
                                | Tag::Determiner
                                | Tag::OwnReference
                                | Tag::FunctionWord
                        )
                })
        });
        let gap_ok = f.start - previous.end <= 4
            && !(previous.end..f.start).any(|k| {
                s.kind(k) == TokenKind::Punct && !s.is_punct(k, &[',', '\u{60c}'])
                    || s.has_at(k, |t| matches!(t, Tag::Metric { .. } | Tag::Reporting | Tag::Complementizer))
            })
            && !own_predicate;
        if l.trigger.1 <= previous.start && gap_ok {
            links[n] = Some(Link { metric: l.metric, trigger: l.trigger, cost: l.cost, how: LIST });
        }
    }
}

/// "killing two people and wounding 25, in addition to the death of the
/// bomber": a `besides` phrase, then a word of a metric with no figure of
/// its own, leaves someone out of the figures of that metric before it.
fn mark_counted_besides(s: &Sentence, figures: &[Figure], direct: &[Option<Link>], subsets: &mut [bool]) {
    for besides in s.all(|t| matches!(t, Tag::Besides)) {
        let after = besides.end();
        let named = (after..(after + 3).min(s.len())).find_map(|j| match s.find_at(j, is_metric)?.tag {
            Tag::Metric { metric, .. } => Some(metric),
            _ => None,
        });
        let Some(metric) = named else { continue };
        // ("in addition to 25 wounded": a figure of its own is another count.)
        if figures.iter().any(|f| f.start >= after && f.start <= after + 3) {
            continue;
        }
        for (n, (f, link)) in figures.iter().zip(direct).enumerate() {
            if f.end <= besides.start && link.as_ref().is_some_and(|l| l.metric == metric) {
                subsets[n] = true;
            }
        }
    }
}

/// Whether a `one_group` phrase follows the figure, or the one word (its
/// people) after it: "18 members of one family", «18 شخصا من عائلة واحدة».
fn counts_one_group(s: &Sentence, f: &Figure) -> bool {
    (f.end..(f.end + 2).min(s.len())).any(|k| s.has_at(k, |t| matches!(t, Tag::OneGroup)))
}

/// Which figures are parts of a total: those after a word such as
/// "including", "بينهم", "this number includes", until the sentence ends a
/// clause, or a clause break or a verb of speech opens another.
fn subset_flags(s: &Sentence, figures: &[Figure]) -> Vec<bool> {
    let mut active = false;
    let mut from = 0;
    figures
        .iter()
        .map(|f| {
            for k in from..f.start {
                if s.has_at(k, |t| matches!(t, Tag::Subset)) {
                    active = true;
                } else if s.is_punct(k, &['.', ';', '\u{61b}', '!', '?', '\u{61f}', ':'])
                    // «من بينهم ضباط، بينما تقول الحكومة إن جنديين قتلا»: a
                    // clause of another speaker counts a whole of its own.
                    || s.has_at(k, |t| matches!(t, Tag::ClauseBreak | Tag::Reporting))
                {
                    active = false;
                }
            }
            from = f.end;
            active
        })
        .collect()
}

/// "a further 20", "16 more", "5 جنود إضافيين", "rose by 20": an addition.
fn increment_at(s: &Sentence, f: &Figure, trigger: (usize, usize)) -> bool {
    if s.ending_at(f.start, |t| matches!(t, Tag::Increment { position: Position::Before })).is_some() {
        return true;
    }
    let mut k = f.end;
    while k < s.len() && k <= f.end + 3 {
        let is_qualifier = s.has_at(k, is_qualifier);
        if !is_qualifier && s.has_at(k, |t| matches!(t, Tag::Increment { position: Position::After })) {
            return true;
        }
        let in_trigger = k >= trigger.0 && k < trigger.1;
        if !(in_trigger || s.covered_by(k, is_population)) {
            return false;
        }
        k += 1;
    }
    false
}

/// How far after a figure and its trigger the incident it counts may be named.
const ANOTHER_INCIDENT_REACH: usize = 8;

/// "two were killed in another drone strike", «شخصين قتلا في غارة أخرى»:
/// a figure of another incident adds to a toll; it is no rival count of
/// the incident told before.
fn in_another_incident(s: &Sentence, f: &Figure, trigger: (usize, usize)) -> bool {
    let from = f.start.min(trigger.0);
    let to = (f.end.max(trigger.1) + ANOTHER_INCIDENT_REACH).min(s.len());
    let incident = |k: usize| s.has_at(k, |t| matches!(t, Tag::IncidentWord));
    let others = |k: usize| s.has_at(k, |t| matches!(t, Tag::Others));
    (from..to)
        .take_while(|&k| {
            !s.is_punct(k, &['.', ';', '؛', '!', '?', '؟']) && !s.has_at(k, |t| matches!(t, Tag::ClauseBreak))
        })
        .any(|k| incident(k) && (k + 1 < s.len() && others(k + 1) || k > 0 && others(k - 1)))
}

/// How many words may stand between a figure and the verb that counts it
/// with an additive word among them ("11 people were also killed").
const ADDITIVE_REACH: usize = 3;

/// "also killed 11 people nearby", "11 were also killed", «قتلوا أيضا 11»:
/// an additive word right before the figure, right before the verb that
/// counts it, or between the two.
fn additive_at(s: &Sentence, f: &Figure, trigger: (usize, usize)) -> bool {
    let additive = |k: usize| s.ending_at(k, |t| matches!(t, Tag::Additive)).is_some();
    additive(f.start)
        || trigger.1 <= f.start && additive(trigger.0)
        || trigger.0 >= f.end && (f.end + 1..=trigger.0.min(f.end + ADDITIVE_REACH)).any(additive)
}

/// "another 21", "33 آخرون": an addition if an earlier figure of the same
/// metric and population came before, else a count of its own.
fn others_at(s: &Sentence, f: &Figure) -> bool {
    if s.ending_at(f.start, |t| matches!(t, Tag::Others)).is_some() {
        return true;
    }
    (f.end..(f.end + 2).min(s.len())).any(|k| s.has_at(k, |t| matches!(t, Tag::Others)))
}
