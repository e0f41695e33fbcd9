//! The JSON report carries every field the comparison decides on: comparing
//! the claims read back from it gives exactly the report's own findings.

use crosscheck_compare::{CompareOptions, compare_with};
use crosscheck_graph::ClaimGraph;
use crosscheck_model::{Claim, DocumentMeta, Finding};
use crosscheck_report::JsonClaimIn;
use serde_json::Value;

use crate::util::repo_cmd;

/// `kind sides pairs` of each finding, as the JSON report writes them.
fn written(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| format!("{} {} {} {}", f["kind"], f["subject"], f["sides"], f["pairs"]))
        .collect()
}

/// The same rendering of findings computed in memory.
fn computed(findings: &[Finding]) -> Vec<String> {
    let ids = |ids: &[crosscheck_model::ClaimId]| {
        Value::from(ids.iter().map(|id| Value::from(id.to_string())).collect::<Vec<_>>())
    };
    findings
        .iter()
        .map(|f| {
            let pairs: Vec<Value> =
                f.pairs.iter().map(|(a, b)| Value::from(vec![a.to_string(), b.to_string()])).collect();
            format!(
                "\"{}\" \"{}\" {} {}",
                f.kind.as_str(),
                f.subject,
                Value::from(vec![ids(&f.sides[0]), ids(&f.sides[1])]),
                Value::from(pairs)
            )
        })
        .collect()
}

/// Reads the report's claims back, numbering documents by first appearance.
fn read_back(report: &Value) -> (Vec<DocumentMeta>, Vec<Claim>) {
    let mut docs: Vec<DocumentMeta> = Vec::new();
    let mut claims = Vec::new();
    for c in report["claims"].as_array().expect("claims") {
        let wire: JsonClaimIn = serde_json::from_value(c.clone()).expect("a claim the reader accepts");
        let doc = match docs.iter().position(|d| d.path == wire.path) {
            Some(d) => d,
            None => {
                docs.push(DocumentMeta { path: wire.path.clone(), ..Default::default() });
                docs.len() - 1
            }
        };
        claims.push(wire.into_claim(doc as u32).expect("a usable claim"));
    }
    (docs, claims)
}

fn check_roundtrip(paths: &[&str]) {
    let mut args = vec!["report", "--format", "json"];
    args.extend_from_slice(paths);
    let report = repo_cmd().args(args).json_with(0);
    let (docs, claims) = read_back(&report);
    let graph = ClaimGraph::build(&crosscheck_model::DocumentList::of(&docs), &crosscheck_model::Records::of(&claims));
    let options = CompareOptions {
        catch_all_camps: vec!["other".into()],
        relay_camps: vec!["media".into()],
        exclusive_propositions: Vec::new(),
        recurring_propositions: vec!["aircraft_downed".into()],
    };
    let again = computed(&compare_with(&claims, &graph, &options));
    let expected = written(&report);
    assert!(!expected.is_empty(), "the corpus should give findings");
    assert_eq!(again, expected, "comparing the claims read back from JSON gives other findings");
}

#[test]
fn comparing_claims_read_back_from_json_gives_the_same_findings() {
    check_roundtrip(&["seeds/", "tests/fixtures/mixed/", "tests/fixtures/figures/"]);
}

#[test]
fn comparing_figures_read_back_from_json_gives_the_same_findings() {
    check_roundtrip(&["tests/fixtures/figures/"]);
}
