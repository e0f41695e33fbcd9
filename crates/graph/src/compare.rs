//! Comparing figures: which disagreements are conflicts, and which are not.
//!
//! For each (event, metric, population, place) the distinct figures are
//! compared pairwise, and within a pair one mention per source stands for
//! the figure — so cost grows with distinct figures and sources, not with
//! mentions:
//!
//! - intervals that intersect are compatible; if neither contains the other
//!   they are a `discrepancy`, shown but not a contradiction;
//! - disjoint intervals from the same source are a `revision` (raised later)
//!   or a `correction` (lowered below an earlier lower bound);
//! - disjoint intervals from different sources conflict when they may have
//!   been given the same day, or when the later one is below the earlier;
//!   a later figure above an earlier one is an `update`: tolls grow;
//! - vague figures ("hundreds") never make a hard conflict;
//! - a figure for one incident (a strike, a blast) compares only with figures
//!   for the same incident: the same locality on the same day, or, when no
//!   place is named, the same article;
//! - figures counting one side's people ("its troops", "of the enemy",
//!   "Russian soldiers") compare only with figures for the same side.
//!
//! Order in time: articles of different days form a timeline; within one
//! article, figures set side by side are taken as given together unless the
//! text marks one as earlier ("initially", "في وقت سابق") or dates both.

use std::collections::{BTreeMap, HashMap, HashSet};

use crosscheck_model::{Claim, ClaimId, Finding, FindingKind, Interval, Polarity, Qualifier, Quantity, Scope};

use crate::graph::{ClaimGraph, SourceId};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct GroupKey {
    event: Option<String>,
    /// Claims with no event compare only within their own article.
    doc: Option<u32>,
    metric: String,
    population: Option<String>,
    side: Option<String>,
    /// For incident figures: the locality, or the article when none is named.
    incident: Option<String>,
    place: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Before,
    After,
    Together,
}

/// Whether claim `a` was made before, after, or together with claim `b`.
fn order(a: &Claim, b: &Claim) -> Order {
    let (Some(ta), Some(tb)) = (a.time.as_ref(), b.time.as_ref()) else {
        return Order::Together;
    };
    let by_date = || match ta.latest.cmp(&tb.latest) {
        std::cmp::Ordering::Less => Order::Before,
        std::cmp::Ordering::Greater => Order::After,
        std::cmp::Ordering::Equal => Order::Together,
    };
    let by_flag = || match (ta.earlier_report, tb.earlier_report) {
        (true, false) => Order::Before,
        (false, true) => Order::After,
        _ => Order::Together,
    };
    if a.doc == b.doc {
        match by_flag() {
            Order::Together if ta.explicit && tb.explicit => by_date(),
            o => o,
        }
    } else {
        match by_date() {
            Order::Together => by_flag(),
            o => o,
        }
    }
}

/// One distinct figure in a group, with every claim that gives it.
#[derive(Debug)]
struct FigureClaims<'c> {
    quantity: &'c Quantity,
    claims: Vec<ClaimId>,
    /// The claims again, by source, built once per figure.
    sources: Vec<SourceMentions>,
}

/// One source's mentions of one figure, with where and when they stand.
#[derive(Debug)]
struct SourceMentions {
    mentions: Vec<ClaimId>,
    by_doc: HashMap<u32, ClaimId>,
    by_day: HashMap<crosscheck_model::Date, ClaimId>,
}

impl SourceMentions {
    fn new(mentions: Vec<ClaimId>, claims: &[Claim]) -> Self {
        let mut by_doc = HashMap::new();
        let mut by_day = HashMap::new();
        for &id in &mentions {
            let c = &claims[id.index()];
            by_doc.entry(c.doc).or_insert(id);
            if let Some(t) = c.time {
                by_day.entry(t.latest).or_insert(id);
            }
        }
        Self { mentions, by_doc, by_day }
    }
}

/// The first claim of each source, in claim order.
fn first_per_source(ids: &[ClaimId], graph: &ClaimGraph) -> Vec<ClaimId> {
    let mut seen: HashSet<&SourceId> = HashSet::new();
    ids.iter().copied().filter(|&id| seen.insert(graph.source(id))).collect()
}

/// A side's claims: one per source, and every claim a pair cites, in order.
fn cited(mut side: Vec<ClaimId>, in_pairs: impl Iterator<Item = ClaimId>) -> Vec<ClaimId> {
    side.extend(in_pairs);
    side.sort_unstable();
    side.dedup();
    side
}

/// A figure's mentions grouped by source, sources in order of first mention.
fn mentions_by_source<'g>(ids: &[ClaimId], graph: &'g ClaimGraph) -> Vec<(&'g SourceId, Vec<ClaimId>)> {
    let mut index: HashMap<&SourceId, usize> = HashMap::new();
    let mut out: Vec<(&SourceId, Vec<ClaimId>)> = Vec::new();
    for &id in ids {
        let source = graph.source(id);
        match index.get(source) {
            Some(&i) => out[i].1.push(id),
            None => {
                index.insert(source, out.len());
                out.push((source, vec![id]));
            }
        }
    }
    out
}

/// The pair of mentions that decides how two sources' figures relate: one
/// given together (same article, or same day) if there is one, since that
/// is what makes a conflict; otherwise the first mentions. Linear in `b`.
fn representative_pair(a: &SourceMentions, b: &[ClaimId], claims: &[Claim]) -> (ClaimId, ClaimId) {
    for &ib in b {
        let c = &claims[ib.index()];
        let candidates = [a.by_doc.get(&c.doc), c.time.and_then(|t| a.by_day.get(&t.latest))];
        for &ia in candidates.into_iter().flatten() {
            if order(&claims[ia.index()], c) == Order::Together {
                return (ia, ib);
            }
        }
    }
    (a.mentions[0], b[0])
}

/// The claim pairs of one kind between two figures, one per pair of sources,
/// and why they are of that kind.
type PairsOfKind = (Vec<(ClaimId, ClaimId)>, &'static str);

/// How a qualifier-aware figure reads in a sentence.
pub fn describe(q: &Quantity) -> String {
    let v = q.value.map(|v| v.to_string()).unwrap_or_default();
    match (q.qualifier, q.value) {
        (Qualifier::Exact, _) => v,
        (Qualifier::AtLeast, _) => format!("at least {v}"),
        (Qualifier::MoreThan, _) => format!("more than {v}"),
        (Qualifier::About, _) => format!("about {v}"),
        (Qualifier::UpTo, _) => format!("up to {v}"),
        (Qualifier::LessThan, _) => format!("less than {v}"),
        (Qualifier::Vague, _) => format!("a vague figure ({})", q.interval),
    }
}

fn who(claim: &Claim) -> String {
    let camp = claim.camp.as_deref().unwrap_or("unknown camp");
    match &claim.speaker {
        Some(s) => format!("{} ({camp})", s.text),
        None => format!("the article ({camp})"),
    }
}

/// Compares the claims of a corpus and returns the findings, ordered by kind,
/// event and subject.
pub fn compare(claims: &[Claim], graph: &ClaimGraph) -> Vec<Finding> {
    compare_with(claims, graph, &CompareOptions::default())
}

/// What comparison needs to know about the rules.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// Camps that gather unrelated parties (`other`): two of their voices can
    /// dispute a proposition, where two voices of one real camp rarely do.
    pub catch_all_camps: Vec<String>,
}

/// [`compare`], with what the rules say about camps.
pub fn compare_with(claims: &[Claim], graph: &ClaimGraph, options: &CompareOptions) -> Vec<Finding> {
    let mut groups: BTreeMap<GroupKey, Vec<ClaimId>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(q) = claim.quantity() else { continue };
        let incident = (claim.scope == Scope::Incident).then(|| match &claim.place {
            Some(p) => format!("place:{p}"),
            None => format!("article:{}", claim.doc),
        });
        let key = GroupKey {
            event: claim.event.clone(),
            doc: claim.event.is_none().then_some(claim.doc),
            metric: q.metric.clone(),
            population: q.population.clone(),
            side: q.side.clone(),
            incident,
            place: claim.place.clone(),
        };
        groups.entry(key).or_default().push(ClaimId(i as u32));
    }
    let mut findings = Vec::new();
    for (key, ids) in &groups {
        let mut figures: Vec<FigureClaims> = Vec::new();
        let mut by_figure: HashMap<(Interval, Qualifier), usize> = HashMap::new();
        for &id in ids {
            let q = claims[id.index()].quantity().expect("grouped claims are quantities");
            match by_figure.get(&(q.interval, q.qualifier)) {
                Some(&f) => figures[f].claims.push(id),
                None => {
                    by_figure.insert((q.interval, q.qualifier), figures.len());
                    figures.push(FigureClaims { quantity: q, claims: vec![id], sources: Vec::new() });
                }
            }
        }
        for f in &mut figures {
            f.sources = mentions_by_source(&f.claims, graph)
                .into_iter()
                .map(|(_, mentions)| SourceMentions::new(mentions, claims))
                .collect();
        }
        // In value order, a toll's chain of figures stands side by side: soft
        // findings link only neighbours, while every pair is checked for conflict.
        figures.sort_by(|x, y| {
            (x.quantity.interval, x.quantity.qualifier, x.claims[0]).cmp(&(
                y.quantity.interval,
                y.quantity.qualifier,
                y.claims[0],
            ))
        });
        for a in 0..figures.len() {
            for b in a + 1..figures.len() {
                let adjacent = b == a + 1;
                // Sides read in claim order: the figure mentioned first stands on the left.
                let (x, y) = if figures[a].claims[0] <= figures[b].claims[0] { (a, b) } else { (b, a) };
                compare_figures(key, &figures[x], &figures[y], adjacent, claims, graph, &mut findings);
            }
        }
    }
    findings.extend(compare_propositions(claims, graph, options));
    findings.extend(compare_framing(claims, graph, options));
    findings.sort_by(|x, y| {
        (x.kind, &x.event, &x.subject, x.sides[0].first(), x.sides[1].first()).cmp(&(
            y.kind,
            &y.event,
            &y.subject,
            y.sides[0].first(),
            y.sides[1].first(),
        ))
    });
    findings
}

fn classify(
    ca: &Claim,
    cb: &Claim,
    sa: &SourceId,
    sb: &SourceId,
    qa: &Quantity,
    qb: &Quantity,
) -> Option<(FindingKind, &'static str)> {
    let order = order(ca, cb);
    if ca.place.is_some() && ca.scope == Scope::Incident {
        let same_day = matches!((ca.time, cb.time), (Some(x), Some(y)) if x.latest == y.latest);
        if !same_day {
            // Different days at one place are different incidents.
            return None;
        }
    }
    let (earlier, later) = if order == Order::After { (qb, qa) } else { (qa, qb) };
    let grew = earlier.interval.entirely_below(later.interval);
    let sequenced = order != Order::Together;
    if sa == sb {
        return Some(match (sequenced, grew) {
            (true, true) => (FindingKind::Revision, "the same source gave the larger figure later"),
            (true, false) => {
                (FindingKind::Correction, "the same source later gave a figure below its earlier lower bound")
            }
            (false, _) => (FindingKind::Revision, "the same source gives both figures"),
        });
    }
    if sequenced && grew {
        return Some((FindingKind::Update, "the larger figure came later: tolls grow"));
    }
    if qa.qualifier == Qualifier::Vague || qb.qualifier == Qualifier::Vague {
        return Some((FindingKind::Discrepancy, "a vague figure disagrees with a stated one"));
    }
    Some(if sequenced {
        (FindingKind::NumericConflict, "the later figure is below the earlier one's lower bound")
    } else {
        (FindingKind::NumericConflict, "the figures cannot both hold and were given together")
    })
}

fn compare_figures(
    key: &GroupKey,
    fa: &FigureClaims,
    fb: &FigureClaims,
    adjacent: bool,
    claims: &[Claim],
    graph: &ClaimGraph,
    findings: &mut Vec<Finding>,
) {
    let (qa, qb) = (fa.quantity, fb.quantity);
    let mut by_kind: BTreeMap<FindingKind, PairsOfKind> = BTreeMap::new();
    if qa.interval.intersects(qb.interval) {
        let a_in_b = qb.interval.low <= qa.interval.low
            && qa.interval.high.is_some_and(|h| qb.interval.high.is_none_or(|bh| h <= bh));
        let b_in_a = qa.interval.low <= qb.interval.low
            && qb.interval.high.is_some_and(|h| qa.interval.high.is_none_or(|ah| h <= ah));
        let both_open = qa.interval.high.is_none() && qb.interval.high.is_none();
        let vague = qa.qualifier == Qualifier::Vague || qb.qualifier == Qualifier::Vague;
        if a_in_b || b_in_a || both_open || vague || !adjacent {
            return;
        }
        by_kind.insert(
            FindingKind::Discrepancy,
            (vec![(fa.claims[0], fb.claims[0])], "different figures that can both hold"),
        );
    } else {
        // Per pair of sources, one pair of mentions stands for all of them.
        for a in &fa.sources {
            for b in &fb.sources {
                let (ia, ib) = representative_pair(a, &b.mentions, claims);
                let (sa, sb) = (graph.source(ia), graph.source(ib));
                let (ca, cb) = (&claims[ia.index()], &claims[ib.index()]);
                let Some((kind, why)) = classify(ca, cb, sa, sb, qa, qb) else {
                    continue;
                };
                if !adjacent && !kind.is_contradiction() {
                    continue;
                }
                by_kind.entry(kind).or_insert_with(|| (Vec::new(), why)).0.push((ia, ib));
            }
        }
    }
    // Most pairs of figures end above, with no finding: the subject is spelled out only for those that have one.
    if by_kind.is_empty() {
        return;
    }
    let subject = match (&key.population, &key.side) {
        (Some(p), Some(side)) => format!("{} ({side} {p})", key.metric),
        (Some(p), None) => format!("{} ({p})", key.metric),
        (None, Some(side)) => format!("{} ({side})", key.metric),
        (None, None) => key.metric.clone(),
    };
    for (kind, (pairs, why)) in by_kind {
        let (ca, cb) = (&claims[pairs[0].0.index()], &claims[pairs[0].1.index()]);
        let place = key.place.as_ref().map(|p| format!(" in {p}")).unwrap_or_default();
        let reason =
            format!("{} says {} {}{place}; {} says {}: {why}", who(ca), describe(qa), subject, who(cb), describe(qb),);
        findings.push(Finding {
            kind,
            event: key.event.clone(),
            subject: subject.clone(),
            population: key.population.clone(),
            place: key.place.clone(),
            sides: [
                cited(first_per_source(&fa.claims, graph), pairs.iter().map(|p| p.0)),
                cited(first_per_source(&fb.claims, graph), pairs.iter().map(|p| p.1)),
            ],
            mentions: [fa.claims.len(), fb.claims.len()],
            pairs,
            reason,
        });
    }
}

/// Assertion vs denial: one source asserts what another denies, about the
/// same event, with the same slots (`city_captured:shusha`).
fn compare_propositions(claims: &[Claim], graph: &ClaimGraph, options: &CompareOptions) -> Vec<Finding> {
    let mut groups: BTreeMap<(Option<&str>, &str), [Vec<ClaimId>; 2]> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(p) = claim.proposition() else { continue };
        let side = usize::from(p.polarity == Polarity::Denies);
        groups.entry((claim.event.as_deref(), p.id.as_str())).or_default()[side].push(ClaimId(i as u32));
    }
    let mut out = Vec::new();
    for ((event, id), [asserting, denying]) in groups {
        let mut pairs = Vec::new();
        let (ra, rd) = (first_per_source(&asserting, graph), first_per_source(&denying, graph));
        for &a in &ra {
            for &d in &rd {
                let (sa, sd) = (graph.source(a), graph.source(d));
                // One camp's voices asserting and denying are rarely a dispute:
                // more often the denial is of something else ("Baku concedes one
                // helicopter" beside "Baku denied it").
                let (ca, cd) = (claims[a.index()].camp.as_deref(), claims[d.index()].camp.as_deref());
                let catch_all = ca.is_some_and(|c| options.catch_all_camps.iter().any(|k| k == c));
                let same_camp = ca.is_some() && ca == cd && !catch_all;
                if sa == sd || same_camp {
                    continue;
                }
                pairs.push((a, d));
            }
        }
        let Some(&(a, d)) = pairs.first() else { continue };
        let reason = format!("{} asserts `{id}`; {} denies it", who(&claims[a.index()]), who(&claims[d.index()]));
        out.push(Finding {
            kind: FindingKind::AssertionDenial,
            event: event.map(str::to_owned),
            subject: id.to_owned(),
            population: None,
            place: None,
            mentions: [asserting.len(), denying.len()],
            sides: [ra, rd],
            pairs,
            reason,
        });
    }
    out
}

/// The claims of each frame of one topic.
type FramesOfTopic<'c> = BTreeMap<&'c str, Vec<ClaimId>>;

/// Framing: camps name the same thing in their own terms.
fn compare_framing(claims: &[Claim], graph: &ClaimGraph, options: &CompareOptions) -> Vec<Finding> {
    let mut groups: BTreeMap<(Option<&str>, &str), FramesOfTopic> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(t) = claim.term() else { continue };
        groups
            .entry((claim.event.as_deref(), t.topic.as_str()))
            .or_default()
            .entry(t.frame.as_str())
            .or_default()
            .push(ClaimId(i as u32));
    }
    let mut out = Vec::new();
    for ((event, topic), frames) in groups {
        let frames: Vec<(&str, Vec<ClaimId>)> = frames.into_iter().collect();
        for x in 0..frames.len() {
            for y in x + 1..frames.len() {
                let (fa, ca) = &frames[x];
                let (fb, cb) = &frames[y];
                // Every term on each side is paired with one from another camp,
                // so each quote shows up in the finding.
                // Linear in terms: each is matched against the first term of every other camp.
                // The party behind a term: its camp, or for a catch-all camp its own source.
                let camp = |id: ClaimId| {
                    let c = claims[id.index()].camp.as_deref()?;
                    if options.catch_all_camps.iter().any(|k| k == c) {
                        Some(graph.source(id).0.as_str())
                    } else {
                        Some(c)
                    }
                };
                let first_of_camp = |side: &[ClaimId]| {
                    let mut firsts: Vec<(&str, ClaimId)> = Vec::new();
                    for &id in side {
                        if let Some(c) = camp(id)
                            && !firsts.iter().any(|(f, _)| *f == c)
                        {
                            firsts.push((c, id));
                        }
                    }
                    firsts
                };
                let (firsts_a, firsts_b) = (first_of_camp(ca), first_of_camp(cb));
                let other = |firsts: &[(&str, ClaimId)], id: ClaimId| {
                    let c = camp(id)?;
                    firsts.iter().find(|(f, _)| *f != c).map(|&(_, other)| other)
                };
                let mut seen: HashSet<(ClaimId, ClaimId)> = HashSet::new();
                let mut pairs: Vec<(ClaimId, ClaimId)> = Vec::new();
                for &a in ca {
                    if let Some(b) = other(&firsts_b, a)
                        && seen.insert((a, b))
                    {
                        pairs.push((a, b));
                    }
                }
                for &b in cb {
                    if let Some(a) = other(&firsts_a, b)
                        && seen.insert((a, b))
                    {
                        pairs.push((a, b));
                    }
                }
                let Some(&(a, b)) = pairs.first() else { continue };
                let reason = format!(
                    "{} calls the {topic} `{fa}` (\u{201c}{}\u{201d}); {} calls it `{fb}` (\u{201c}{}\u{201d})",
                    who(&claims[a.index()]),
                    claims[a.index()].quote,
                    who(&claims[b.index()]),
                    claims[b.index()].quote
                );
                out.push(Finding {
                    kind: FindingKind::Framing,
                    event: event.map(str::to_owned),
                    subject: (*topic).to_owned(),
                    population: None,
                    place: None,
                    sides: [ca.clone(), cb.clone()],
                    mentions: [ca.len(), cb.len()],
                    pairs,
                    reason,
                });
            }
        }
    }
    out
}
