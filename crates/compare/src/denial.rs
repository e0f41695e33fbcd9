//! Denials linked to what they deny.
//!
//! A denial read as an act ("Yerevan refuted this") carries the span of the
//! claim it answers in its own article (`Proposition::target`). Here each
//! such link becomes an `assertion_denial` pair when the two claims come from
//! different sources and camps, whatever the claims' ids: the target may be
//! an open statement, a figure, or a templated proposition under another id.
//! Only claim fields are read.

use std::collections::{BTreeMap, HashMap};

use crosscheck_model::{
    Claim, ClaimId, ClaimKind, FIGURE_TEMPLATE, Finding, FindingKind, Proposition, STATEMENT_TEMPLATE,
};

use crate::compare::CompareOptions;
use crosscheck_graph::ClaimGraph;

/// Whether a proposition pairs only through links, never by its id: an open
/// statement, a denied figure, and a proposition with an unbound slot
/// (`city_captured:?`), which says nothing of which city it is about.
pub(crate) fn is_open(p: &Proposition) -> bool {
    p.template == STATEMENT_TEMPLATE || p.template == FIGURE_TEMPLATE || p.has_unbound_slot()
}

fn who(claim: &Claim) -> String {
    let camp = claim.camp.as_deref().unwrap_or("unknown camp");
    match &claim.speaker {
        Some(s) => format!("{} ({camp})", s.text),
        None => format!("the article ({camp})"),
    }
}

/// The claim a denial's target names, if the report holds it.
pub fn target_of(claims: &[Claim], index: &HashMap<(u32, usize, usize), ClaimId>, id: ClaimId) -> Option<ClaimId> {
    let c = &claims[id.index()];
    let t = c.proposition()?.target?;
    index.get(&(c.doc, t.start, t.end)).copied().filter(|&t| t != id)
}

/// Claims by document and span, for following links.
pub fn span_index(claims: &[Claim]) -> HashMap<(u32, usize, usize), ClaimId> {
    let mut index = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        // A denial never stands for its target's span: the first claim at a span wins.
        index.entry((c.doc, c.span.start, c.span.end)).or_insert(ClaimId(i as u32));
    }
    index
}

/// `assertion_denial` findings from links whose two claims the id grouping
/// does not already pair (open statements, figures, other ids).
pub(crate) fn compare_links(claims: &[Claim], graph: &ClaimGraph, options: &CompareOptions) -> Vec<Finding> {
    let index = span_index(claims);
    let mut by_target: BTreeMap<ClaimId, Vec<ClaimId>> = BTreeMap::new();
    for i in 0..claims.len() {
        let id = ClaimId(i as u32);
        let Some(t) = target_of(claims, &index, id) else { continue };
        let (d, a) = (&claims[i], &claims[t.index()]);
        let (Some(dp), ap) = (d.proposition(), a.proposition()) else { continue };
        // Same id both sides: the grouping by id pairs them already.
        if ap.is_some_and(|ap| ap.id == dp.id && !is_open(ap)) {
            continue;
        }
        if graph.source_number(id) == graph.source_number(t) {
            continue;
        }
        let catch_all = a.camp.as_deref().is_some_and(|c| options.catch_all_camps.iter().any(|k| k == c));
        if a.camp.is_some() && a.camp == d.camp && !catch_all {
            continue;
        }
        by_target.entry(t).or_default().push(id);
    }
    let mut out = Vec::new();
    for (t, denials) in by_target {
        let a = &claims[t.index()];
        let subject = match &a.kind {
            ClaimKind::Proposition(p) => p.id.clone(),
            ClaimKind::Quantity(q) => format!("{FIGURE_TEMPLATE}:{}", q.metric),
            ClaimKind::Term(t) => t.topic.clone(),
        };
        let d = &claims[denials[0].index()];
        let reason =
            format!("{} says \u{201c}{}\u{201d}; {} denies it (\u{201c}{}\u{201d})", who(a), a.quote, who(d), d.quote);
        out.push(Finding {
            kind: FindingKind::AssertionDenial,
            event: a.event.as_deref().or(d.event.as_deref()).map(str::to_owned),
            subject,
            population: None,
            place: None,
            mentions: [1, denials.len()],
            sides: [vec![t], denials.clone()],
            pairs: denials.iter().map(|&d| (t, d)).collect(),
            reason,
        });
    }
    out
}
