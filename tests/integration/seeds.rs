//! What the seed report must mean, however its wording or numbering changes:
//! the three conflicting Karabakh tolls of September 2023, no conflict
//! between figures that can both hold or between different wars, and quotes
//! that are the articles' own words.

use serde_json::Value;

use crate::util::{
    assert_spans_match_files, brief, brief_pairs, claims, finding_pairs, findings, pairs, repo_cmd, repo_root, summary,
};

/// `crosscheck report --format json seeds/`, run at the repository root.
fn seeds_report() -> Value {
    repo_cmd().args(["report", "--format", "json", "seeds/"]).json_with(0)
}

/// A killed toll with this figure, qualifier and camp (any, when `None`).
fn killed(c: &Value, value: u64, qualifier: Option<&str>, camp: Option<&str>) -> bool {
    c["metric"] == "killed"
        && c["value"] == value
        && qualifier.is_none_or(|q| c["qualifier"] == q)
        && camp.is_none_or(|k| c["camp"] == k)
}

/// Asserts that a `numeric_conflict` pair joins a claim matching `a` to one
/// matching `b`, in either order.
fn assert_conflict(
    report: &Value,
    (a, a_is): (&str, &dyn Fn(&Value) -> bool),
    (b, b_is): (&str, &dyn Fn(&Value) -> bool),
) {
    let conflicts = pairs(report, "numeric_conflict");
    assert!(
        conflicts.iter().any(|(x, y)| (a_is(x) && b_is(y)) || (b_is(x) && a_is(y))),
        "no numeric_conflict pair joins {a} to {b}; the pairs are:\n{}",
        brief_pairs(&conflicts)
    );
}

/// The claims a precondition needs, so a negative test cannot pass vacuously.
fn assert_seeds_have(report: &Value, what: &str, is: impl Fn(&Value) -> bool) {
    assert!(
        claims(report).iter().any(is),
        "the seeds no longer yield {what}, so this test would check nothing; claims:\n{}",
        claims(report).iter().map(brief).collect::<Vec<_>>().join("\n")
    );
}

fn interval(c: &Value) -> (u64, Option<u64>) {
    (c["low"].as_u64().expect("a quantity claim has `low`"), c["high"].as_u64())
}

/// Whether two closed intervals (`None`: no upper bound) share a value.
fn intersect(a: (u64, Option<u64>), b: (u64, Option<u64>)) -> bool {
    a.1.is_none_or(|high| b.0 <= high) && b.1.is_none_or(|high| a.0 <= high)
}

#[test]
fn seeds_conflict_at_least_200_separatists_vs_32_yerevan() {
    let report = seeds_report();
    assert_conflict(
        &report,
        ("at least 200 killed (separatists)", &|c| killed(c, 200, Some("at_least"), Some("separatists"))),
        ("32 killed (yerevan)", &|c| killed(c, 32, None, Some("yerevan"))),
    );
}

#[test]
fn seeds_conflict_about_100_separatists_vs_at_least_200() {
    let report = seeds_report();
    assert_conflict(
        &report,
        ("about 100 killed (separatists)", &|c| killed(c, 100, Some("about"), Some("separatists"))),
        ("at least 200 killed", &|c| killed(c, 200, Some("at_least"), None)),
    );
}

#[test]
fn seeds_conflict_about_100_separatists_vs_32() {
    let report = seeds_report();
    assert_conflict(
        &report,
        ("about 100 killed (separatists)", &|c| killed(c, 100, Some("about"), Some("separatists"))),
        ("32 killed", &|c| killed(c, 32, None, None)),
    );
}

#[test]
fn seeds_no_conflict_between_compatible_lower_bounds() {
    let report = seeds_report();
    assert_seeds_have(&report, "an `at least 25 killed` claim", |c| killed(c, 25, Some("at_least"), None));
    assert_seeds_have(&report, "an `at least 200 killed` claim", |c| killed(c, 200, Some("at_least"), None));
    let conflicts = pairs(&report, "numeric_conflict");
    let lower_bound = |c: &Value| c["qualifier"] == "at_least" || c["qualifier"] == "more_than";
    let bad: Vec<_> = conflicts.iter().copied().filter(|(a, b)| lower_bound(a) && lower_bound(b)).collect();
    assert!(bad.is_empty(), "two lower bounds can both hold, yet they are a numeric_conflict:\n{}", brief_pairs(&bad));
    let overlapping: Vec<_> = conflicts.iter().copied().filter(|(a, b)| intersect(interval(a), interval(b))).collect();
    assert!(
        overlapping.is_empty(),
        "figures whose ranges overlap can both hold, yet they are a numeric_conflict:\n{}",
        brief_pairs(&overlapping)
    );
}

#[test]
fn seeds_no_conflict_across_events() {
    let report = seeds_report();
    assert_seeds_have(&report, "a killed toll of the 1990s war", |c| {
        c["metric"] == "killed" && c["event"] == "karabakh-1990s"
    });
    assert_seeds_have(&report, "a killed toll of the 2023 offensive", |c| {
        c["metric"] == "killed" && c["event"] == "karabakh-2023"
    });
    let conflicts = pairs(&report, "numeric_conflict");
    let bad: Vec<_> =
        conflicts.iter().copied().filter(|(a, b)| a["event"] != b["event"] || a["metric"] != b["metric"]).collect();
    assert!(bad.is_empty(), "claims about different events or metrics are a numeric_conflict:\n{}", brief_pairs(&bad));
    for f in findings(&report) {
        for (a, b) in finding_pairs(&report, f) {
            assert_eq!(
                a["event"],
                b["event"],
                "a {} finding joins claims of different events: {} <-> {}",
                f["kind"],
                brief(a),
                brief(b)
            );
        }
    }
}

#[test]
fn seeds_findings_cite_claims_on_their_own_sides() {
    let report = seeds_report();
    assert!(!findings(&report).is_empty(), "the seeds should give findings");
    for f in findings(&report) {
        let sides = f["sides"].as_array().expect("`sides` is an array");
        assert_eq!(sides.len(), 2, "a finding has two sides: {f}");
        let on = |side: usize, id: &Value| sides[side].as_array().expect("a side is an array").contains(id);
        let pairs = f["pairs"].as_array().expect("`pairs` is an array");
        assert!(!pairs.is_empty(), "a finding without pairs: {f}");
        for p in pairs {
            assert!(on(0, &p[0]) && on(1, &p[1]), "pair {p} is not one claim from each side of {f}");
        }
    }
}

#[test]
fn seeds_summary_counts_what_the_report_holds() {
    let report = seeds_report();
    assert_eq!(report["version"], 2, "the JSON report version changed");
    let articles = std::fs::read_dir(repo_root().join("seeds"))
        .expect("read seeds/")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt" || x == "text" || x == "md"))
        .count();
    assert_eq!(summary(&report, "articles_read"), articles as u64);
    assert_eq!(summary(&report, "articles_skipped"), 0);
    assert_eq!(summary(&report, "claims"), claims(&report).len() as u64, "summary.claims");
    let contradictions =
        findings(&report).iter().filter(|f| f["kind"] == "numeric_conflict" || f["kind"] == "assertion_denial").count();
    assert_eq!(summary(&report, "contradictions"), contradictions as u64, "summary.contradictions");
    assert!(contradictions > 0, "the seeds should contradict each other");
}

#[test]
fn seeds_quotes_are_the_files_own_bytes() {
    for command in ["report", "claims"] {
        let report = repo_cmd().args([command, "--format", "json", "seeds/"]).json_with(0);
        assert!(!claims(&report).is_empty(), "`{command}` gave no claims for the seeds");
        assert_spans_match_files(&report, &repo_root());
    }
}
