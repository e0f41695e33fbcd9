//! Figures in a sentence ("أكثر من 10 آلاف", "مدنييْن", "hundreds"), the
//! metric each one counts, its qualifier and its population.

use crosscheck_model::{Interval, Qualifier};
use crosscheck_rules::{GrammaticalNumber, Match, Position, Rules, Tag};
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
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Figure {
    /// Token range of the number expression.
    pub start: usize,
    pub end: usize,
    pub written: Written,
    /// For implicit figures, the population of the counting noun.
    pub population: Option<u16>,
}

/// A figure tied to a metric.
#[derive(Debug, Clone)]
pub(crate) struct Quantified {
    pub figure: Figure,
    pub metric: u16,
    /// Token range of the trigger (or of the word that refers back to one).
    pub trigger: (usize, usize),
    pub qualifier: Qualifier,
    pub interval: Interval,
    pub population: Option<u16>,
    pub side: Option<SideHint>,
    /// Token range of everything that carries the claim.
    pub span: (usize, usize),
    pub how: String,
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

/// Whether an Arabic word has the definite article (possibly behind a clitic).
fn is_definite(word: &str) -> bool {
    ["ال", "وال", "بال", "فال", "لل", "كال"].iter().any(|p| word.starts_with(p))
}

/// Finds the figures of a sentence. `original` gives a token's original text,
/// where diacritics still tell a dual ("مدنييْن") from a plural.
pub(crate) fn find_figures(s: &Sentence, original: &dyn Fn(usize) -> String, subject_first: bool) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let n = s.len();
    let mut i = 0;
    while i < n {
        if let Some(figure) = stated_figure(s, i) {
            i = figure.end;
            if !is_not_a_count(s, &figure) {
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
                out.push(Figure { start: i, end: m.end(), written: Written::Vague { low, high }, population: None });
                i = m.end();
                continue;
            }
            if !after_number && let Some(figure) = implicit_figure(s, i, original, subject_first) {
                i = figure.end;
                out.push(figure);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A figure written with digits or number words, starting at token `i`.
fn stated_figure(s: &Sentence, i: usize) -> Option<Figure> {
    let (mut value, mut end) = match s.kind(i) {
        TokenKind::Number => {
            let digits = s.word(i);
            if digits.len() > 1 && digits.starts_with('0') {
                return None;
            }
            (digits.parse::<f64>().ok()?, i + 1)
        }
        TokenKind::Word => {
            let m = s.find_at(i, |t| matches!(t, Tag::Number(_)))?;
            if i > 0 && s.ending_at(i, |t| matches!(t, Tag::Ordinal)).is_some() {
                return None;
            }
            // "الاثنين" is Monday before it is "the two".
            if s.has_at(i, |t| matches!(t, Tag::Weekday(_) | Tag::Month | Tag::RelativeDay(_))) {
                return None;
            }
            let Tag::Number(v) = m.tag else { return None };
            let mut value = v as f64;
            let mut end = m.end();
            // "خمسة وعشرون", "twenty-five".
            if end < s.len() {
                let hyphen = s.is_punct(end, &['-']);
                let next = if hyphen { end + 1 } else { end };
                if next < s.len()
                    && let Some(m2) = s.find_at(next, |t| matches!(t, Tag::Number(_)))
                    && let Tag::Number(v2) = m2.tag
                {
                    let tens_after_units =
                        v < 10 && (20..100).contains(&v2) && v2 % 10 == 0 && s.word(next).starts_with('و');
                    let units_after_tens = (20..100).contains(&v) && v % 10 == 0 && v2 < 10 && hyphen;
                    if tens_after_units || units_after_tens {
                        value += v2 as f64;
                        end = m2.end();
                    }
                }
            }
            (value, end)
        }
        TokenKind::Punct => return None,
    };
    if end < s.len()
        && let Some(m) = s.find_at(end, is_scale)
        && let Tag::Scale(scale) = m.tag
        && value < scale as f64
    {
        value *= scale as f64;
        end = m.end();
    }
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    Some(Figure { start: i, end, written: Written::Stated(value.round() as u64), population: None })
}

/// A singular or dual noun that counts itself.
fn implicit_figure(s: &Sentence, i: usize, original: &dyn Fn(usize) -> String, subject_first: bool) -> Option<Figure> {
    let m = s.starts(i).iter().find(|m| is_population(&m.tag))?;
    let Tag::Population { population, number } = m.tag else {
        return None;
    };
    let end = m.end();
    let count = match number {
        GrammaticalNumber::Dual => 2,
        GrammaticalNumber::Plural => {
            let sukun_dual = m.len == 1 && original(i).ends_with("\u{0652}ن");
            let dual_verb = end < s.len() && s.has_at(end, |t| matches!(t, Tag::DualMarker));
            if sukun_dual || dual_verb {
                2
            } else {
                return None;
            }
        }
        GrammaticalNumber::Singular => {
            let indefinite =
                if subject_first { i > 0 && matches!(s.word(i - 1), "a" | "an") } else { !is_definite(s.word(i)) };
            if !indefinite {
                return None;
            }
            1
        }
    };
    Some(Figure { start: i, end, written: Written::Implicit(count), population: Some(population) })
}

/// Dates, years, times, durations, distances, equipment, codes: numbers that
/// are not a count of people.
fn is_not_a_count(s: &Sentence, f: &Figure) -> bool {
    let Written::Stated(value) = f.written else {
        return false;
    };
    let n = s.len();
    let single_number = f.end == f.start + 1 && s.kind(f.start) == TokenKind::Number;
    let next_counts_people = f.end < n
        && s.has_at(f.end, |t| {
            is_population(t) || matches!(t, Tag::Metric { position: Position::After | Position::Either, .. })
        });
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
    if f.start > 1 && s.is_punct(f.start - 1, &[':', ',']) && s.kind(f.start - 2) == TokenKind::Number {
        let touching = s.tokens[f.start - 1].end == s.tokens[f.start].start;
        if touching {
            return true;
        }
    }
    let is_unit = |t: &Tag| matches!(t, Tag::Unit);
    if f.end < n && s.has_at(f.end, is_unit) {
        return true;
    }
    // One modifier may stand between: "12 armored vehicles", "38 aid trucks".
    if f.end + 1 < n
        && s.kind(f.end) == TokenKind::Word
        && !s.has_at(f.end, |t| is_population(t) || is_metric(t))
        && s.has_at(f.end + 1, is_unit)
    {
        return true;
    }
    if f.start > 0 && s.ending_at(f.start, is_unit).is_some() {
        return true;
    }
    // A code such as "MM-21" or "Su-25".
    if f.start > 1 && s.is_punct(f.start - 1, &['-']) && s.kind(f.start - 2) == TokenKind::Word {
        let glued = s.tokens[f.start - 2].end == s.tokens[f.start - 1].start
            && s.tokens[f.start - 1].end == s.tokens[f.start].start;
        if glued {
            return true;
        }
    }
    false
}

const MAX_BEFORE: usize = 4;
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
            return None;
        }
        if s.kind(k) != TokenKind::Punct && !s.covered_by(k, |t| is_qualifier(t) || is_population(t) || is_scale(t)) {
            cost += 1;
        }
        k += 1;
    }
    Some(cost)
}

struct Link {
    metric: u16,
    trigger: (usize, usize),
    cost: usize,
    how: &'static str,
}

fn best_trigger(s: &Sentence, rules: &Rules, f: &Figure, figures: &[Figure], triggers: &[Match]) -> Option<Link> {
    let implicit = matches!(f.written, Written::Implicit(_));
    let mut best: Option<(usize, u8, Link)> = None;
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
            if !position.allows_before() {
                continue;
            }
            let Some(cost) = gap_cost(s, t.end(), f.start, figures) else {
                continue;
            };
            (cost, MAX_BEFORE, "trigger before the figure")
        } else {
            continue;
        };
        let limit = if implicit { MAX_IMPLICIT } else { limit };
        if cost > limit {
            continue;
        }
        // The noun right after the figure names what it counts ("five positions"),
        // whatever a word further off says.
        let counted_noun = t.start == f.end && position == Position::After;
        let secondary = rules.metrics[metric as usize].secondary && !counted_noun;
        let total = cost + if secondary { SECONDARY_PENALTY } else { 0 };
        // On a tie, a word that only ever stands on one side is the surer sign.
        let specificity = if position == Position::Either { 1 } else { 0 };
        let candidate = Link { metric, trigger: (t.start, t.end()), cost: total, how };
        if best.as_ref().is_none_or(|(c, sp, _)| (total, specificity) < (*c, *sp)) {
            best = Some((total, specificity, candidate));
        }
    }
    best.map(|(_, _, link)| link)
}

/// A word such as "that figure" or "أعدادهم" just before the figure takes the
/// metric of the nearest trigger before it, or of the previous claim.
fn anaphoric_trigger(
    s: &Sentence,
    f: &Figure,
    triggers: &[Match],
    nearby_metric: Option<u16>,
    previous_metric: Option<u16>,
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
    if let Written::Implicit(_) = f.written {
        return (Qualifier::Exact, None);
    }
    let before =
        s.ending_at(f.start, |t| matches!(t, Tag::Qualifier { position: Position::Before, .. })).and_then(|m| match m
            .tag
        {
            Tag::Qualifier { qualifier, .. } => Some((qualifier, (m.start, m.end()))),
            _ => None,
        });
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
        let counted_noun =
            s.covered_by(k, is_population) || s.kind(k) == TokenKind::Punct && !s.is_punct(k, &[',', '،']);
        if !(in_trigger || counted_noun) {
            break;
        }
        k += 1;
    }
    match (before, after) {
        (Some(b), Some(a)) if a.0.is_lower_bound() && !b.0.is_lower_bound() => (a.0, Some(a.1)),
        (Some(b), _) => (b.0, Some(b.1)),
        (None, Some(a)) => (a.0, Some(a.1)),
        (None, None) => (Qualifier::Exact, None),
    }
}

fn population_of(s: &Sentence, rules: &Rules, f: &Figure) -> Option<u16> {
    if let Some(p) = f.population {
        return (!rules.populations[p as usize].general).then_some(p);
    }
    let mut skipped = 0;
    let mut k = f.end;
    while k < s.len() && skipped <= 2 {
        if let Some(m) = s.find_at(k, is_population)
            && let Tag::Population { population, .. } = m.tag
        {
            return (!rules.populations[population as usize].general).then_some(population);
        }
        if s.kind(k) == TokenKind::Punct || s.has_at(k, is_metric) {
            return None;
        }
        skipped += 1;
        k += 1;
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
    Camp(usize),
}

const SIDE_BEFORE: usize = 10;
const SIDE_AFTER: usize = 5;

pub(crate) fn side_of(s: &Sentence, f: &Figure, trigger: (usize, usize)) -> Option<SideHint> {
    let from = f.start.min(trigger.0).saturating_sub(SIDE_BEFORE);
    let to = (f.end.max(trigger.1) + SIDE_AFTER).min(s.len());
    let mut hint = None;
    for k in from..to {
        for m in s.starts(k) {
            if m.end() > to {
                continue;
            }
            match m.tag {
                Tag::EnemySide => return Some(SideHint::Enemy),
                Tag::OwnSide => hint = Some(SideHint::Own),
                // A nationality right after the figure or its noun: "400 Russian soldiers".
                Tag::CampCue(c) if k >= f.end && k <= f.end + 2 && hint.is_none() => {
                    hint = Some(SideHint::Camp(c as usize));
                }
                _ => {}
            }
        }
    }
    hint
}

/// Ties each figure to a metric; figures with no metric nearby are returned
/// apart, for diagnostics.
pub(crate) fn quantify(
    s: &Sentence,
    rules: &Rules,
    figures: &[Figure],
    previous_metric: Option<u16>,
) -> (Vec<Quantified>, Vec<Figure>) {
    let triggers = s.all(is_metric);
    let mut out: Vec<Quantified> = Vec::new();
    let mut unlinked = Vec::new();
    // Figures tied directly first, so an aside ("including a child") can
    // take the metric of the figure it belongs to.
    let direct: Vec<Option<Link>> = figures.iter().map(|f| best_trigger(s, rules, f, figures, &triggers)).collect();
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
        let (qualifier, qualifier_range) = qualifier_of(s, f, link.trigger);
        let interval = match f.written {
            Written::Stated(v) | Written::Implicit(v) => qualifier.interval(v),
            Written::Vague { low, high } => Interval::new(low, high),
        };
        let mut span = (f.start.min(link.trigger.0), f.end.max(link.trigger.1));
        if let Some((qs, qe)) = qualifier_range {
            span = (span.0.min(qs), span.1.max(qe));
        }
        let how = s.how(|| {
            format!(
                "metric `{}` from \"{}\" ({}, cost {})",
                rules.metrics[link.metric as usize].id,
                s.words(link.trigger.0, link.trigger.1),
                link.how,
                link.cost
            )
        });
        out.push(Quantified {
            figure: *f,
            metric: link.metric,
            trigger: link.trigger,
            qualifier,
            interval,
            population: population_of(s, rules, f),
            side: side_of(s, f, link.trigger),
            span,
            how,
        });
    }
    // A self-counting noun only counts when no stated figure shares its trigger.
    let stated_triggers: Vec<(usize, usize)> =
        out.iter().filter(|q| !matches!(q.figure.written, Written::Implicit(_))).map(|q| q.trigger).collect();
    out.retain(|q| !matches!(q.figure.written, Written::Implicit(_)) || !stated_triggers.contains(&q.trigger));
    (out, unlinked)
}
