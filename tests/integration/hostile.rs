//! The bad-input matrix: every input a hostile or unlucky user can hand the
//! tool. For each case the test checks the message on stderr, the exit code,
//! and that the claims of the other articles of the same run are all there.
//! `docs/reliability.md` lists the same cases as a table.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::util::{Dir, TestCommand, claims, repo_cmd, summary};

/// "The health ministry said 12 people were killed in the shelling."
const GOOD_AR: &str = "قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n";
const GOOD_EN: &str = "The health ministry said 7 people were killed in the shelling.\n";

/// Two good articles, listed in `good/index.yaml`.
fn good_articles(dir: &Dir) {
    dir.article("good", "a.txt", "ar", GOOD_AR);
    dir.article("good", "b.txt", "en", GOOD_EN);
}

/// Runs `claims --format json` with `args`, checks the exit code, that a
/// line of stderr holds every needle, that both good articles' claims are
/// there, and how many inputs were skipped. Returns the report.
fn check(cmd: &mut TestCommand, args: &[&str], exit: i32, needles: &[&str], skipped: u64) -> Value {
    cmd.args(["claims", "--format", "json"]).args(args);
    let out = cmd.assert_exit(exit);
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", cmd.describe(&out)));
    if !needles.is_empty() {
        assert_stderr(cmd, &out, needles);
    }
    for (file, figure) in [("a.txt", 12), ("b.txt", 7)] {
        let path = Path::new("good").join(file).display().to_string();
        assert!(
            claims(&report).iter().any(|c| c["path"] == path.as_str() && c["value"] == figure),
            "the claim of {path} ({figure} killed) is missing:\n{}",
            cmd.describe(&out)
        );
    }
    assert_eq!(summary(&report, "articles_skipped"), skipped, "{}", cmd.describe(&out));
    report
}

fn assert_stderr(cmd: &TestCommand, out: &Output, needles: &[&str]) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.lines().any(|l| needles.iter().all(|n| l.contains(n))),
        "no line of stderr holds all of {needles:?}\n{}",
        cmd.describe(out)
    );
}

fn path(parts: &[&str]) -> String {
    parts.iter().collect::<std::path::PathBuf>().display().to_string()
}

cctest!(empty_file, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/empty.txt", "");
    check(&mut cmd, &["good"], 2, &[&path(&["good", "empty.txt"]), "empty file"], 1);
});

cctest!(whitespace_only_file, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/blank.txt", " \n\t\n\u{a0}\n");
    check(&mut cmd, &["good"], 2, &[&path(&["good", "blank.txt"]), "empty file"], 1);
});

cctest!(invalid_utf8_is_placed, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create_bytes("good/latin1.txt", b"line one\nna\xefve\n");
    check(&mut cmd, &["good"], 2, &[&format!("{}:2:3", path(&["good", "latin1.txt"])), "invalid UTF-8"], 1);
});

cctest!(nul_bytes_make_a_binary_file, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create_bytes("good/image.txt", b"GIF89a\x00\x01\x02 7 people were killed\n");
    check(&mut cmd, &["good"], 2, &[&path(&["good", "image.txt"]), "binary file", "byte 6"], 1);
});

cctest!(utf16_is_named_with_the_command_that_converts_it, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(GOOD_EN.encode_utf16().flat_map(u16::to_le_bytes));
    dir.create_bytes("good/utf16.txt", &bytes);
    check(&mut cmd, &["good"], 2, &[&path(&["good", "utf16.txt"]), "UTF-16LE", "iconv -f UTF-16 -t UTF-8"], 1);
});

cctest!(crlf_reads_like_lf, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.article("good", "c.txt", "en", &GOOD_EN.replace("7 people", "9 people").replace('\n', "\r\n").repeat(2));
    let report = check(&mut cmd, &["good"], 0, &[], 0);
    let crlf: Vec<&Value> = claims(&report).iter().filter(|c| c["value"] == 9).collect();
    assert_eq!(crlf.len(), 2, "{report:#}");
    assert_eq!((&crlf[1]["line"], &crlf[1]["quote"]), (&2.into(), &"9 people were killed".into()), "{report:#}");
});

cctest!(a_million_blank_lines, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.article("good", "blank-lines.txt", "en", &("\n".repeat(1_000_000) + &GOOD_EN.replace('7', "8")));
    let report = check(&mut cmd, &["good"], 0, &[], 0);
    let claim = claims(&report).iter().find(|c| c["value"] == 8).expect("the claim after the blank lines");
    assert_eq!(claim["line"], 1_000_001);
});

cctest!(unreadable_file, |dir: Dir, mut cmd: TestCommand| {
    use std::os::unix::fs::PermissionsExt;
    good_articles(&dir);
    let locked = dir.create("good/locked.txt", GOOD_EN);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod 000");
    // Root reads a file whatever its mode: then there is nothing to test.
    if std::fs::read(&locked).is_ok() {
        return;
    }
    check(&mut cmd, &["good"], 2, &[&path(&["good", "locked.txt"]), "cannot read", "ermission denied"], 1);
});

cctest!(an_index_entry_with_an_unknown_key_drops_only_itself, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/c.txt", &GOOD_AR.replace("12", "30"));
    let index = dir.path().join("good/index.yaml");
    let mut yaml = std::fs::read_to_string(&index).expect("index");
    yaml.push_str("- file: c.txt\n  published: 2023-09-21\n  author: someone\n");
    std::fs::write(&index, yaml).expect("write index");
    // a.txt and b.txt take 3 lines each; the unknown key is on line 9.
    let report = check(&mut cmd, &["good"], 2, &[&format!("{}:9:3", path(&["good", "index.yaml"])), "author"], 0);
    let date = |figure: u64| claims(&report).iter().find(|c| c["value"] == figure).map(|c| c["date_latest"].clone());
    assert_eq!(date(12), Some("2023-09-20".into()), "the other entries apply:\n{report:#}");
    assert_eq!(date(30), Some(Value::Null), "the bad entry is dropped whole:\n{report:#}");
});

cctest!(a_broken_index_entry_drops_only_itself, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    let index = dir.path().join("good/index.yaml");
    let yaml = std::fs::read_to_string(&index).expect("index");
    std::fs::write(&index, format!("- file: [c.txt\n  language: en\n{yaml}")).expect("write index");
    check(&mut cmd, &["good"], 2, &[&path(&["good", "index.yaml"]), "this entry is ignored"], 0);
});

cctest!(an_index_entry_naming_a_missing_file_is_a_warning, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    let index = dir.path().join("good/index.yaml");
    let mut yaml = std::fs::read_to_string(&index).expect("index");
    yaml.push_str("- file: gone.txt\n  language: en\n");
    std::fs::write(&index, yaml).expect("write index");
    check(&mut cmd, &["good"], 0, &["warning:", &format!("{}:7:1", path(&["good", "index.yaml"])), "gone.txt"], 0);
});

cctest!(malformed_front_matter_is_placed_in_the_file, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/fm.md", &format!("---\nlanguage: en\npublished: [2023\n---\n{GOOD_EN}"));
    check(&mut cmd, &["good"], 2, &[&path(&["good", "fm.md"]), "front matter"], 1);
    let out = cmd.output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The error is at or after the line that opens the bad value (line 3 of the file, not of the block).
    assert!(stderr.contains("fm.md:3:") || stderr.contains("fm.md:4:") || stderr.contains("fm.md:5:"), "{stderr}");
});

cctest!(unknown_key_in_front_matter_is_placed_in_the_file, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/fm.md", &format!("---\nlanguage: en\nauthor: x\n---\n{GOOD_EN}"));
    check(&mut cmd, &["good"], 2, &[&format!("{}:3:1", path(&["good", "fm.md"])), "author"], 1);
});

cctest!(unterminated_front_matter, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/open.md", &format!("---\nlanguage: en\n{GOOD_EN}"));
    check(&mut cmd, &["good"], 2, &[&format!("{}:1:1", path(&["good", "open.md"])), "never closed"], 1);
});

cctest!(a_language_with_no_rule_pack_exits_2, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/fr.md", "---\nlanguage: fr\n---\nLe ministère a dit que 7 personnes ont été tuées.\n");
    check(&mut cmd, &["good"], 2, &[&path(&["good", "fr.md"]), "no rule pack for language `fr`"], 1);
});

cctest!(an_article_over_the_size_limit_is_skipped_and_counted, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/huge.txt", &GOOD_EN.repeat(40));
    check(
        &mut cmd,
        &["--max-article-bytes", "1000", "good"],
        2,
        &[&path(&["good", "huge.txt"]), "more than the limit of 1000", "--max-article-bytes"],
        1,
    );
});

cctest!(a_fifo_in_a_directory_is_skipped_not_waited_for, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    let fifo = dir.path().join("good/x.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to test
    }
    check(&mut cmd, &["good"], 0, &["warning:", &path(&["good", "x.txt"]), "a fifo", "not a regular file"], 0);
});

cctest!(a_symlink_loop_is_reported_once_and_each_file_read_once, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    std::os::unix::fs::symlink("..", dir.path().join("good/loop")).expect("symlink");
    std::os::unix::fs::symlink("a.txt", dir.path().join("good/also-a.txt")).expect("symlink");
    let report = check(&mut cmd, &["good"], 0, &[&path(&["good", "loop"]), "symlink loop"], 0);
    assert_eq!(claims(&report).len(), 2, "each article once:\n{report:#}");
    let out = cmd.output();
    assert_eq!(String::from_utf8_lossy(&out.stderr).matches("symlink loop").count(), 1);
});

cctest!(the_same_path_twice_is_read_once_and_is_no_error, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    let report = check(&mut cmd, &["good", "./good", "good/a.txt"], 0, &[], 0);
    assert_eq!(claims(&report).len(), 2, "{report:#}");
});

#[test]
fn seeds_named_twice_is_the_seeds_report() {
    let mut cmd = repo_cmd();
    let twice = cmd.args(["report", "--format", "json", "seeds", "./seeds"]).json_with(0);
    let once = repo_cmd().args(["report", "--format", "json", "seeds"]).json_with(0);
    assert_eq!(twice["claims"], once["claims"]);
    assert_eq!(twice["findings"], once["findings"]);
}

cctest!(too_many_threads_are_capped_with_a_message, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    check(&mut cmd, &["-j", "100000", "good"], 0, &["warning: --threads 100000", "using"], 0);
});

cctest!(standard_input_is_read_when_named, |dir: Dir, _cmd: TestCommand| {
    use std::io::Write;
    good_articles(&dir);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(dir.path())
        .args(["claims", "--format", "json", "good", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run crosscheck");
    child.stdin.take().expect("stdin").write_all(GOOD_EN.replace('7', "5").as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(claims(&report).iter().any(|c| c["path"] == "-" && c["value"] == 5), "{report:#}");
    assert_eq!(claims(&report).len(), 3);
});

cctest!(bidi_and_zero_width_controls_change_no_qualifier_and_split_no_name, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    // A right-to-left override around the figure, in English and Arabic; a
    // zero-width space inside a name; an isolate around a trigger word.
    dir.article("good", "en.txt", "en", "Officials said at least \u{202E}200\u{202C} people were killed.\n\nIlham Ali\u{200B}yev said 30 soldiers were \u{2067}killed\u{2069}.\n");
    dir.article("good", "ar.txt", "ar", "قالت وزارة الصحة إن ما لا يقل عن \u{202E}40\u{202C} شخصا قتلوا في القصف.\n");
    let report = check(&mut cmd, &["good"], 0, &[], 0);
    let by_value = |v: u64| {
        claims(&report).iter().find(|c| c["value"] == v).unwrap_or_else(|| panic!("no claim of {v}:\n{report:#}"))
    };
    for v in [200, 40] {
        assert_eq!(by_value(v)["qualifier"], "at_least", "{report:#}");
        let quote = by_value(v)["quote"].as_str().expect("quote");
        assert!(!quote.contains(['\u{202E}', '\u{202C}']), "the quote shows no control: {quote:?}");
    }
    assert_eq!(by_value(30)["actor"], "ilham-aliyev", "{report:#}");
    assert_eq!(by_value(30)["speaker"], "Ilham Aliyev", "{report:#}");
    crate::util::assert_spans_match_files(&report, dir.path());
});

cctest!(a_file_name_with_an_escape_sequence_reaches_no_terminal, |dir: Dir, mut cmd: TestCommand| {
    good_articles(&dir);
    dir.create("good/\u{1b}[2Jx.txt", "");
    cmd.args(["claims", "good"]);
    let out = cmd.assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains('\u{1b}'), "an escape character reached stderr:\n{stderr}");
    assert!(stderr.contains("␛[2Jx.txt: empty file"), "{}", cmd.describe(&out));
});
