//! The seed report in every format, byte for byte, against `tests/golden/`.
//!
//! The commands run in the repository root with the relative path `seeds/`,
//! so the golden files show paths as a user at the root sees them. When the
//! extractor or the comparison changes on purpose, regenerate with
//! `UPDATE_GOLDEN=1 cargo test -p crosscheck-cli --test integration` and
//! review `git diff tests/golden/`.

use crate::util::{assert_golden, repo_cmd};

/// Runs `crosscheck <args>` at the repository root and compares its stdout
/// with the golden file. Only the output is pinned here; `exit_code` pins the
/// exit codes.
fn check(golden: &str, args: &[&str]) {
    let mut cmd = repo_cmd();
    cmd.args(args);
    let out = cmd.output();
    assert!(
        matches!(out.status.code(), Some(0 | 1)) && out.stderr.is_empty(),
        "the seeds should run cleanly\n{}",
        cmd.describe(&out)
    );
    assert_golden(golden, &out.stdout);
}

#[test]
fn golden_report_table() {
    check("report.table.txt", &["report", "--format", "table", "--width", "120", "seeds/"]);
}

#[test]
fn golden_report_markdown() {
    check("report.md", &["report", "--format", "markdown", "seeds/"]);
}

#[test]
fn golden_report_json() {
    check("report.json", &["report", "--format", "json", "seeds/"]);
}

#[test]
fn golden_claims_json() {
    check("claims.json", &["claims", "--format", "json", "seeds/"]);
}
