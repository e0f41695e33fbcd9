//! Denials linked to what they deny.
//!
//! A denial read as an act ("Yerevan refuted this") carries the span of the
//! claim it answers in its own article (`Proposition::target`). Here each
//! such link becomes an `assertion_denial` pair when the two claims come from
//! different sources and camps, whatever the claims' ids: the target may be
//! an open statement, a figure, or a templated proposition under another id.
//! Only claim fields are read.

use std::collections::BTreeMap;

use crosscheck_model::{
    ClaimId, FIGURE_TEMPLATE, FindingKind, FindingRef, Findings, Reason, RecordKind, Records, Span,
};

use crate::compare::{CompareOptions, Corpus, who};

/// The claim a denial's target names, if the report holds it.
fn target_of(index: &SpanIndex, id: ClaimId) -> Option<ClaimId> {
    let c = index.claims.get(id);
    let t = c.proposition()?.target?;
    index.find(c.doc(), t).filter(|&t| t != id)
}

/// Claims by document and span, for following links: their numbers sorted
/// by document, span and number (four bytes a claim).
struct SpanIndex<'c> {
    claims: &'c Records,
    sorted: Vec<u32>,
}

impl<'c> SpanIndex<'c> {
    fn new(claims: &'c Records) -> Self {
        let mut sorted: Vec<u32> = (0..claims.len() as u32).collect();
        sorted.sort_unstable_by_key(|&i| Self::key(claims, i));
        Self { claims, sorted }
    }

    fn key(claims: &Records, i: u32) -> (u32, usize, usize, u32) {
        let c = claims.get(ClaimId(i));
        let span = c.span();
        (c.doc(), span.start, span.end, i)
    }

    /// The first claim at `span` in document `doc`: a denial never stands
    /// for its target's span.
    fn find(&self, doc: u32, span: Span) -> Option<ClaimId> {
        let at = self.sorted.partition_point(|&i| Self::key(self.claims, i) < (doc, span.start, span.end, 0));
        let &i = self.sorted.get(at)?;
        let (d, start, end, _) = Self::key(self.claims, i);
        (d == doc && start == span.start && end == span.end).then_some(ClaimId(i))
    }
}

/// `assertion_denial` findings from links whose two claims the id grouping
/// does not already pair (open statements, figures, other ids).
pub(crate) fn compare_links(corpus: &Corpus, options: &CompareOptions, out: &mut Findings) {
    let (claims, graph) = (corpus.claims, corpus.sources);
    let index = SpanIndex::new(claims);
    let mut by_target: BTreeMap<ClaimId, Vec<ClaimId>> = BTreeMap::new();
    for i in 0..claims.len() {
        let id = ClaimId(i as u32);
        let Some(t) = target_of(&index, id) else { continue };
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
    let mut pairs = Vec::new();
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
        pairs.clear();
        pairs.extend(denials.iter().map(|&d| (t, d)));
        out.push(FindingRef {
            kind: FindingKind::AssertionDenial,
            event: a.event().or(d.event()),
            subject: &subject,
            population: None,
            place: None,
            mentions: [1, denials.len()],
            sides: [&[t], &denials],
            pairs: &pairs,
            reason: Reason::Text(&reason),
        });
    }
}
