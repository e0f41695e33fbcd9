//! The spread of figures per event and metric: the lowest and the highest
//! bound any source gave, who gave each and when, and how many sources
//! gave a figure at all — what conflict-data coders assemble by hand.
//!
//! The spread only gathers what the claims say; it decides nothing.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::{ClaimId, ClaimRef, Figure, Qualifier, Scope};

use crate::Report;

/// One end of a spread: the bound, and the claim that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpreadBound {
    pub value: u64,
    pub claim: ClaimId,
}

/// The figures given for one event, metric and population.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spread<'a> {
    pub event: &'a str,
    pub metric: &'a str,
    pub population: Option<&'a str>,
    /// The lowest bound any claim states.
    pub low: SpreadBound,
    /// The highest bound any claim states.
    pub high: SpreadBound,
    /// How many sources gave a figure (a speaker's actor, else its words,
    /// else the article's own voice).
    pub sources: usize,
    /// How many claims gave a figure, every mention counted.
    pub claims: usize,
}

impl Spread<'_> {
    /// The metric as the tables name it: "killed", "killed (civilians)".
    pub fn metric_label(&self) -> String {
        match self.population {
            Some(p) => format!("{} ({p})", self.metric),
            None => self.metric.to_owned(),
        }
    }
}

/// The bounds a claim states: its lower bound unless it only bounds the
/// count from above ("up to 30"), and its upper bound when it has one; for
/// "about 69,000" the figure itself, not the margin the comparison allows
/// around it, which no source stated.
fn bounds(q: Figure) -> Vec<u64> {
    if q.qualifier == Qualifier::About {
        return q.value.into_iter().collect();
    }
    let mut out = Vec::with_capacity(2);
    if !matches!(q.qualifier, Qualifier::UpTo | Qualifier::LessThan) {
        out.push(q.interval.low);
    }
    if let Some(h) = q.interval.high {
        out.push(h);
    }
    out
}

fn source(report: &Report, claim: ClaimRef) -> String {
    match (claim.speaker(), claim.actor()) {
        (Some(_), Some(actor)) => format!("actor:{actor}"),
        (Some(text), None) => format!("speaker:{text}"),
        (None, _) => format!("article:{}", report.path_of(claim.doc())),
    }
}

/// The spreads of a report, sorted by event, metric and population. Only
/// event-wide totals count: incident figures, additions ("16 more"), parts
/// of a total ("including 5 children", a day's count) and vague figures
/// ("hundreds") are left out, and so are claims without an event.
pub fn spreads<'a>(report: &'a Report<'a>) -> Vec<Spread<'a>> {
    type Group<'a> = (Option<SpreadBound>, Option<SpreadBound>, BTreeSet<String>, usize);
    let mut groups: BTreeMap<(&str, &str, Option<&str>), Group> = BTreeMap::new();
    for (i, claim) in report.records.iter().enumerate() {
        let Some(q) = claim.quantity() else { continue };
        let Some(event) = claim.event() else { continue };
        if q.increment || q.subset || q.qualifier == Qualifier::Vague || claim.scope() == Scope::Incident {
            continue;
        }
        let stated = bounds(q);
        if stated.is_empty() {
            continue;
        }
        let id = ClaimId(i as u32);
        let group = groups.entry((event, q.metric, q.population)).or_default();
        for value in stated {
            if group.0.is_none_or(|b| value < b.value) {
                group.0 = Some(SpreadBound { value, claim: id });
            }
            if group.1.is_none_or(|b| value > b.value) {
                group.1 = Some(SpreadBound { value, claim: id });
            }
        }
        group.2.insert(source(report, claim));
        group.3 += 1;
    }
    groups
        .into_iter()
        .filter_map(|((event, metric, population), (low, high, sources, claims))| {
            Some(Spread { event, metric, population, low: low?, high: high?, sources: sources.len(), claims })
        })
        .collect()
}

/// The spreads as a Markdown table, after the findings.
pub(crate) fn markdown(out: &mut dyn std::io::Write, report: &Report) -> std::io::Result<()> {
    use crate::markdown::{cell, speaker_cell};
    let spreads = spreads(report);
    if spreads.is_empty() {
        return Ok(());
    }
    let by = |id: ClaimId| {
        let c = &report.claim(id);
        format!("{}, {}", speaker_cell(c), crate::day_said(c))
    };
    writeln!(out)?;
    writeln!(out, "**Spread of figures** (lowest and highest bound per event and metric)")?;
    writeln!(out)?;
    writeln!(out, "| Event | Metric | Lowest | Given by | Highest | Given by | Sources |")?;
    writeln!(out, "|---|---|---|---|---|---|---|")?;
    for s in &spreads {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(s.event),
            cell(&s.metric_label()),
            s.low.value,
            by(s.low.claim),
            s.high.value,
            by(s.high.claim),
            s.sources
        )?;
    }
    Ok(())
}
