//! Input that cannot be used: it is named on stderr (with the line and
//! column for bad bytes), skipped and counted in the summary, the exit code
//! is 2, and every other article of the same run is still read.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::util::{Dir, TestCommand, claims, findings, summary};

/// A short Arabic article with one claim: "The health ministry said 12
/// people were killed in the shelling."
const GOOD: &str = "قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n";

/// Writes `good/a.txt` (Arabic, listed in `good/index.yaml`) and returns its
/// path as the tool shows it.
fn good_article(dir: &Dir) -> PathBuf {
    dir.article("good", "a.txt", "ar", GOOD)
}

/// Runs the command; checks exit code 2 and that stdout is still a JSON report.
fn run_json(cmd: &mut TestCommand) -> (Output, Value) {
    let out = cmd.assert_exit(2);
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", cmd.describe(&out)));
    (out, report)
}

/// Asserts that a line of stderr contains `needle` (a path, or a path with
/// its line and column).
fn assert_stderr_names(cmd: &TestCommand, out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().any(|l| l.contains(needle)), "stderr does not name {needle:?}\n{}", cmd.describe(out));
}

/// Asserts that the good article was still read and its claim reported, and
/// that `skipped` inputs were counted as skipped.
fn assert_rest_was_read(report: &Value, good: &Path, skipped: u64) {
    let good = good.display().to_string();
    assert!(
        claims(report).iter().any(|c| c["path"] == good.as_str()),
        "the claims of {good} are missing although the file is fine:\n{report:#}"
    );
    assert_eq!(summary(report, "articles_read"), 1, "{}", report["summary"]);
    assert_eq!(summary(report, "articles_skipped"), skipped, "{}", report["summary"]);
}

fn shown(path: impl AsRef<Path>) -> String {
    path.as_ref().display().to_string()
}

cctest!(missing_path_is_named_and_the_rest_is_read, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    cmd.args(["claims", "--format", "json", "good", "missing.txt"]);
    let (out, report) = run_json(&mut cmd);
    assert_stderr_names(&cmd, &out, "missing.txt");
    assert_rest_was_read(&report, &good, 1);
});

cctest!(directory_without_articles_is_named_and_the_rest_is_read, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    dir.create("notes/scan.pdf", "%PDF-1.4");
    cmd.args(["claims", "--format", "json", "notes", "good"]);
    let (out, report) = run_json(&mut cmd);
    assert_stderr_names(&cmd, &out, "notes");
    assert_rest_was_read(&report, &good, 1);
});

cctest!(empty_directory_is_named_and_the_rest_is_read, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    dir.create_dir("nothing");
    cmd.args(["claims", "--format", "json", "good", "nothing"]);
    let (out, report) = run_json(&mut cmd);
    assert_stderr_names(&cmd, &out, "nothing");
    assert_rest_was_read(&report, &good, 1);
});

cctest!(empty_file_is_named_and_the_rest_is_read, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    dir.create("good/empty.txt", "");
    cmd.args(["claims", "--format", "json", "good"]);
    let (out, report) = run_json(&mut cmd);
    assert_stderr_names(&cmd, &out, &shown(Path::new("good").join("empty.txt")));
    assert_rest_was_read(&report, &good, 1);
});

cctest!(blank_file_is_named_and_the_rest_is_read, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    dir.create("good/blank.txt", " \n\t\n");
    cmd.args(["claims", "--format", "json", "good"]);
    let (out, report) = run_json(&mut cmd);
    assert_stderr_names(&cmd, &out, &shown(Path::new("good").join("blank.txt")));
    assert_rest_was_read(&report, &good, 1);
});

cctest!(invalid_utf8_is_named_with_line_and_column, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    // Line 2, after four Arabic letters and a space: column 6 in
    // characters (byte 10 of the line).
    let mut bytes = "سطر أول\nكلمة ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff rest\n");
    dir.create_bytes("good/latin1.txt", &bytes);
    cmd.args(["claims", "--format", "json", "good"]);
    let (out, report) = run_json(&mut cmd);
    let path = shown(Path::new("good").join("latin1.txt"));
    assert_stderr_names(&cmd, &out, &format!("{path}:2:6"));
    assert_rest_was_read(&report, &good, 1);
    let problem = report["summary"]["problems"]
        .as_array()
        .expect("`problems` is an array")
        .iter()
        .find(|p| p["path"] == path.as_str())
        .unwrap_or_else(|| panic!("no problem names {path}: {}", report["summary"]));
    assert_eq!(problem["severity"], "error");
    assert_eq!((&problem["line"], &problem["column"]), (&2.into(), &6.into()));
});

cctest!(every_bad_input_is_named_skipped_and_counted, |dir: Dir, mut cmd: TestCommand| {
    let good = good_article(&dir);
    dir.create("good/empty.txt", "");
    dir.create_bytes("good/latin1.txt", b"ok\nbad \xe9 byte\n");
    dir.create_dir("nothing");
    cmd.args(["claims", "--format", "json", "missing.txt", "good", "nothing"]);
    let (out, report) = run_json(&mut cmd);
    for name in [
        shown("missing.txt"),
        shown(Path::new("good").join("empty.txt")),
        format!("{}:2:5", shown(Path::new("good").join("latin1.txt"))),
        shown("nothing"),
    ] {
        assert_stderr_names(&cmd, &out, &name);
    }
    assert_rest_was_read(&report, &good, 4);
    let problems = report["summary"]["problems"].as_array().expect("`problems` is an array");
    assert_eq!(problems.len(), 4, "{}", report["summary"]);
});

cctest!(bad_input_outranks_found_conflicts_in_the_exit_code, |dir: Dir, mut cmd: TestCommand| {
    let good = dir.article(
        "good",
        "a.txt",
        "en",
        "The health ministry said at least 12 people were killed in the shelling.\n\n\
             Armenia said 3 people were killed.\n",
    );
    dir.create("good/empty.txt", "");
    cmd.args(["report", "--format", "json", "good"]);
    let (out, report) = run_json(&mut cmd);
    assert_stderr_names(&cmd, &out, &shown(Path::new("good").join("empty.txt")));
    assert_rest_was_read(&report, &good, 1);
    assert!(
        findings(&report).iter().any(|f| f["kind"] == "numeric_conflict"),
        "the conflict in {} should still be reported:\n{report:#}",
        good.display()
    );
});

cctest!(bad_input_with_table_output_still_lists_the_rest, |dir: Dir, mut cmd: TestCommand| {
    good_article(&dir);
    cmd.args(["claims", "good", "missing.txt"]);
    let out = cmd.assert_exit(2);
    assert_stderr_names(&cmd, &out, "missing.txt");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("12 killed"),
        "the table should still show the good article's claim\n{}",
        cmd.describe(&out)
    );
});
