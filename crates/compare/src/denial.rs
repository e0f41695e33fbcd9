//! Denials linked to what they deny.
//!
//! A denial read as an act ("Yerevan refuted this") carries the span of the
//! claim it answers in its own article (`Proposition::target`). Here each
//! such link becomes an `assertion_denial` pair when the two claims come from
//! different sources and camps, whatever the claims' ids: the target may be
//! an open statement, a figure, or a templated proposition under another id.
//! Only claim fields are read.

use std::collections::{BTreeMap, HashMap};

use crosscheck_model::{ClaimId, FIGURE_TEMPLATE, Finding, FindingKind, RecordKind, Records};

use crate::compare::{CompareOptions, Corpus, who};

/// The claim a denial's target names, if the report holds it.
pub fn target_of(claims: &Records, index: &HashMap<(u32, usize, usize), ClaimId>, id: ClaimId) -> Option<ClaimId> {
    let c = claims.get(id);
    let t = c.proposition()?.target?;
    index.get(&(c.doc(), t.start, t.end)).copied().filter(|&t| t != id)
}

/// Claims by document and span, for following links.
pub fn span_index(claims: &Records) -> HashMap<(u32, usize, usize), ClaimId> {
    let mut index = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        // A denial never stands for its target's span: the first claim at a span wins.
        let span = c.span();
        index.entry((c.doc(), span.start, span.end)).or_insert(ClaimId(i as u32));
    }
    index
}

/// `assertion_denial` findings from links whose two claims the id grouping
/// does not already pair (open statements, figures, other ids).
pub(crate) fn compare_links(corpus: &Corpus, options: &CompareOptions) -> Vec<Finding> {
    let (claims, graph) = (corpus.claims, corpus.sources);
    let index = span_index(claims);
    let mut by_target: BTreeMap<ClaimId, Vec<ClaimId>> = BTreeMap::new();
    for i in 0..claims.len() {
        let id = ClaimId(i as u32);
        let Some(t) = target_of(claims, &index, id) else { continue };
        let (d, a) = (claims.get(id), claims.get(t));
        let (Some(dp), ap) = (d.proposition(), a.proposition()) else { continue };
        // Same id both sides: the grouping by id pairs them already.
        if ap.is_some_and(|ap| ap.id == dp.id && !ap.is_open()) {
            continue;
        }
        if graph.source_number(id) == graph.source_number(t) {
            continue;
        }
        let catch_all = a.camp().is_some_and(|c| options.catch_all_camps.iter().any(|k| k == c));
        if a.camp().is_some() && a.camp() == d.camp() && !catch_all {
            continue;
        }
        by_target.entry(t).or_default().push(id);
    }
    let mut out = Vec::new();
    for (t, denials) in by_target {
        let a = claims.get(t);
        let subject = match (a.kind(), a.proposition(), a.quantity(), a.term()) {
            (RecordKind::Proposition, Some(p), _, _) => p.id.to_owned(),
            (RecordKind::Quantity, _, Some(q), _) => format!("{FIGURE_TEMPLATE}:{}", q.metric),
            (_, _, _, Some(t)) => t.topic.to_owned(),
            _ => String::new(),
        };
        let d = claims.get(denials[0]);
        let (quote_a, quote_d) = ((corpus.quote)(t), (corpus.quote)(denials[0]));
        let reason =
            format!("{} says \u{201c}{quote_a}\u{201d}; {} denies it (\u{201c}{quote_d}\u{201d})", who(a), who(d));
        out.push(Finding {
            kind: FindingKind::AssertionDenial,
            event: a.event().or(d.event()).map(str::to_owned),
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
