//! A mixed Arabic + English corpus (`tests/fixtures/mixed/`): claims from
//! both languages land in one graph and are compared with each other.

use serde_json::Value;

use crate::util::{brief_pairs, pairs, repo_cmd};

fn mixed_report() -> Value {
    repo_cmd().args(["report", "--format", "json", "tests/fixtures/mixed/"]).json_with(0)
}

fn from(c: &Value, file: &str) -> bool {
    c["path"].as_str().is_some_and(|p| p.ends_with(file))
}

/// Asserts that some pair of `kind` joins a claim of the Arabic article to one of the English article.
fn assert_crosses_languages(report: &Value, kind: &str, what: &dyn Fn(&Value, &Value) -> bool) {
    let found = pairs(report, kind);
    let crosses = found.iter().any(|(a, b)| {
        (from(a, "ombudsman-ar.txt") && from(b, "yerevan-en.txt") && what(a, b))
            || (from(b, "ombudsman-ar.txt") && from(a, "yerevan-en.txt") && what(b, a))
    });
    assert!(crosses, "no {kind} pair joins the Arabic and the English article; pairs:\n{}", brief_pairs(&found));
}

#[test]
fn mixed_languages_give_a_numeric_conflict_across_articles() {
    let report = mixed_report();
    assert_crosses_languages(&report, "numeric_conflict", &|ar, en| {
        ar["value"] == 200
            && ar["qualifier"] == "at_least"
            && ar["camp"] == "separatists"
            && en["value"] == 32
            && en["camp"] == "yerevan"
    });
}

#[test]
fn mixed_languages_give_an_assertion_denial_across_articles() {
    let report = mixed_report();
    assert_crosses_languages(&report, "assertion_denial", &|ar, en| {
        ar["polarity"] == "denies" && en["polarity"] == "asserts" && ar["proposition"] == en["proposition"]
    });
}

#[test]
fn mixed_languages_give_framing_across_articles() {
    let report = mixed_report();
    let framing: Vec<&Value> = report["findings"]
        .as_array()
        .map(|f| f.iter().filter(|f| f["kind"] == "framing").collect())
        .unwrap_or_default();
    assert_eq!(framing.len(), 1, "one framing finding expected: {framing:?}");
    assert_crosses_languages(&report, "framing", &|ar, en| {
        ar["frame"] == "aggression" && en["frame"] == "counter_terrorism"
    });
}
