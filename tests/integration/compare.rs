//! Map and reduce: `compare` over the claim streams that `claims --format
//! jsonl` wrote gives exactly the report `report` gives on the same
//! articles, in every format, whatever the order of the streams and of
//! their lines.

use std::path::Path;

use crate::util::{Dir, repo_cmd};

const FORMATS: [&str; 6] = ["table", "markdown", "json", "csv", "claimreview", "html"];

/// The claim stream of `paths`, as `claims --format jsonl` writes it.
fn stream(paths: &[&str]) -> Vec<u8> {
    let mut cmd = repo_cmd();
    cmd.args(["claims", "--format", "jsonl"]).args(paths);
    let out = cmd.output();
    assert!(matches!(out.status.code(), Some(0 | 1)), "claims failed\n{}", cmd.describe(&out));
    out.stdout
}

/// `report` on `paths` and `compare` on `streams`, in every format, exit code and stderr included.
fn assert_same_report(paths: &[&str], streams: &[&Path]) {
    for format in FORMATS {
        let mut report = repo_cmd();
        report.args(["report", "--format", format]).args(paths);
        let expected = report.output();
        let mut compare = repo_cmd();
        compare.args(["compare", "--format", format]).args(streams);
        let got = compare.output();
        assert_eq!(got.status.code(), expected.status.code(), "exit codes differ\n{}", compare.describe(&got));
        assert!(
            got.stdout == expected.stdout,
            "`compare --format {format}` differs from `report`\n{}\n--- report ---\n{}",
            compare.describe(&got),
            String::from_utf8_lossy(&expected.stdout)
        );
        assert_eq!(String::from_utf8_lossy(&got.stderr), String::from_utf8_lossy(&expected.stderr));
    }
}

#[test]
fn compare_over_the_seed_stream_is_the_seed_report() {
    let dir = Dir::new();
    let s = dir.create_bytes("seeds.jsonl", &stream(&["seeds/"]));
    assert_same_report(&["seeds/"], &[&s]);
}

#[test]
fn compare_over_the_mixed_stream_is_the_mixed_report() {
    let dir = Dir::new();
    let s = dir.create_bytes("mixed.jsonl", &stream(&["tests/fixtures/mixed/"]));
    assert_same_report(&["tests/fixtures/mixed/"], &[&s]);
}

/// The seeds' articles, each named as discovery names it under `seeds/`.
fn seed_articles() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(crate::util::repo_root().join("seeds"))
        .expect("seeds/")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("seeds/{n}"))
        .collect();
    names.sort();
    names
}

#[test]
fn compare_over_the_seeds_split_in_two_and_given_in_reverse_is_the_seed_report() {
    let names = seed_articles();
    assert!(names.len() >= 2, "the seeds have several articles");
    let (first, second) = names.split_at(names.len() / 2);
    let dir = Dir::new();
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let second: Vec<&str> = second.iter().map(String::as_str).collect();
    let a = dir.create_bytes("a.jsonl", &stream(&first));
    let b = dir.create_bytes("b.jsonl", &stream(&second));
    assert_same_report(&["seeds/"], &[&b, &a]);
}

#[test]
fn compare_does_not_depend_on_the_order_of_lines() {
    let text = stream(&["seeds/", "tests/fixtures/mixed/"]);
    let mut lines: Vec<&[u8]> = text.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    // A fixed shuffle: reversed, then every other line first.
    lines.reverse();
    let (even, odd): (Vec<_>, Vec<_>) = lines.iter().enumerate().partition(|(i, _)| i % 2 == 0);
    let mut shuffled = Vec::new();
    for (_, line) in even.into_iter().chain(odd) {
        shuffled.extend_from_slice(line);
        shuffled.push(b'\n');
    }
    let dir = Dir::new();
    let s = dir.create_bytes("shuffled.jsonl", &shuffled);
    assert_same_report(&["seeds/", "tests/fixtures/mixed/"], &[&s]);
}

#[test]
fn compare_reads_standard_input() {
    let text = stream(&["seeds/"]);
    let mut report = repo_cmd();
    let expected = report.args(["report", "--format", "json", "seeds/"]).assert_exit(0).stdout;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["compare", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run crosscheck");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &text));
    let out = child.wait_with_output().expect("crosscheck ran");
    writer.join().expect("writer").expect("written");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout == expected, "compare - differs from report");
}

#[test]
fn a_malformed_line_is_named_skipped_and_counted() {
    let mut text = stream(&["seeds/"]);
    text.extend_from_slice(b"{\"id\": \"c1\", \"path\": \n");
    let dir = Dir::new();
    let s = dir.create_bytes("bad.jsonl", &text);
    let mut cmd = repo_cmd();
    cmd.args(["compare", "--format", "json"]).arg(&s);
    let out = cmd.assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines = text.iter().filter(|&&b| b == b'\n').count();
    let place = format!("{}:{lines}:", s.display());
    assert!(stderr.contains(&place) && stderr.contains("skipped"), "stderr names the line\n{}", cmd.describe(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert_eq!(report["summary"]["articles_skipped"], 1, "the bad line is counted");
    assert!(!report["findings"].as_array().expect("findings").is_empty(), "the rest is still compared");
}

#[test]
fn streams_written_with_other_rules_are_an_error_naming_both() {
    let text = String::from_utf8(stream(&["seeds/"])).expect("UTF-8");
    let other = text.replacen("\"rules\":\"", "\"rules\":\"0", 1);
    let dir = Dir::new();
    let a = dir.create("a.jsonl", &text);
    let b = dir.create("b.jsonl", &other);
    let mut cmd = repo_cmd();
    cmd.arg("compare").arg(&a).arg(&b);
    let out = cmd.assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a.jsonl:1") && stderr.contains("b.jsonl:1") && stderr.contains("different rules"),
        "{}",
        cmd.describe(&out)
    );
}

#[test]
fn a_missing_stream_is_reported_as_missing_claims() {
    let names = seed_articles();
    let dir = Dir::new();
    // Two articles in one stream; one of their claim lines lost.
    let text = String::from_utf8(stream(&[&names[0], &names[1]])).expect("UTF-8");
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains("\"id\":\"c2\"")).collect();
    let s = dir.create("lossy.jsonl", &(kept.join("\n") + "\n"));
    let mut cmd = repo_cmd();
    cmd.args(["compare", "--format", "json"]).arg(&s);
    let out = cmd.assert_exit(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("announces"), "{}", cmd.describe(&out));
}

#[test]
fn the_shipped_rules_and_the_same_rules_from_their_directory_have_one_version() {
    let shipped = String::from_utf8(stream(&["seeds/"])).expect("UTF-8");
    let from_dir = String::from_utf8(stream(&["--no-default-rules", "--rules", "rules", "seeds/"])).expect("UTF-8");
    let first = |s: &str| s.lines().next().unwrap_or_default().to_owned();
    assert_eq!(first(&shipped), first(&from_dir));
}
