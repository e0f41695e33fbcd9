//! schema.org `ClaimReview` drafts as JSON-LD: one per claim that takes
//! part in a finding, for a fact-checker to complete and publish.
//!
//! The tool never rates: `reviewRating.alternateName` (the verdict) is left
//! empty for the reviewer, and `ratingExplanation` holds what the finding
//! says. The review's own `url`, `author` and `datePublished` are the
//! publisher's, and left out.

use std::io::{self, Write};

use crosscheck_model::{ClaimId, FindingRef};
use serde_json::{Value, json};

use crate::{Report, figure};

/// What the finding says, for the claim on `side`: the finding's kind,
/// subject and reason, and what the other side's sources said.
fn explanation(report: &Report, f: FindingRef, side: usize) -> String {
    let others: Vec<String> = f.sides[1 - side]
        .iter()
        .map(|&id| {
            let c = &report.claim(id);
            let who = crate::table::voice(c);
            format!("{who}: {}", figure(c))
        })
        .collect();
    format!("{} on {}: {}; the other side: {}", f.kind.as_str(), f.subject, f.reason, others.join("; "))
}

fn review(report: &Report, id: ClaimId, explanations: &[String]) -> Value {
    let c = &report.claim(id);
    let author = match &c.speaker {
        Some(s) => {
            let kind = if report.speaker_is_person(c) { "Person" } else { "Organization" };
            json!({"@type": kind, "name": s.text})
        }
        None => {
            let doc = report.docs.get(c.doc as usize);
            let name = doc.and_then(|d| d.outlet).unwrap_or_else(|| report.doc_name(c));
            json!({"@type": "Organization", "name": name})
        }
    };
    let appearance = match report.doc_url(c) {
        Some(url) => json!({"@type": "CreativeWork", "url": url}),
        None => json!({"@type": "CreativeWork", "name": report.doc_path(c)}),
    };
    let mut item = json!({
        "@type": "Claim",
        "author": author,
        "appearance": appearance,
    });
    if let Some(t) = c.time {
        item["datePublished"] = json!(t.earliest.to_string());
    }
    json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": report.key(id),
        "claimReviewed": c.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "",
            "ratingExplanation": explanations.join("\n"),
        },
    })
}

pub(crate) fn write(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    // Each claim once, in claim order, with every finding it takes part in.
    let mut explained: std::collections::BTreeMap<ClaimId, Vec<String>> = std::collections::BTreeMap::new();
    for f in report.findings.iter() {
        for side in 0..2 {
            for &id in f.sides[side] {
                explained.entry(id).or_default().push(explanation(report, f, side));
            }
        }
    }
    let reviews: Vec<Value> = explained.iter().map(|(&id, why)| review(report, id, why)).collect();
    serde_json::to_writer_pretty(&mut *out, &reviews)?;
    writeln!(out)
}
