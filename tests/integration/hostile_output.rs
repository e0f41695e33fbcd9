//! Every output escapes what its medium needs. The hostile article
//! (`tests/fixtures/hostile/`) holds HTML, Markdown, pipes, backticks, an
//! escape character and DOT escapes inside the words its claims quote; the
//! tests copy it under a hostile file name (backticks, a pipe, `<`, in a
//! directory whose name holds a quote and a backslash) and check that the
//! Markdown, terminal, DOT and JSON outputs show it as text and nothing more.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{Dir, TestCommand, claims, repo_root};

/// The directory and file the fixture is copied to: a quote and a backslash
/// in the directory, backticks, a pipe and markup in the file name.
const HOSTILE_DIR: &str = "we\"ird\\dir";
const HOSTILE_FILE: &str = "a`b``c|<i>.txt";

fn hostile_copy(dir: &Dir) -> PathBuf {
    let fixture = repo_root().join("tests/fixtures/hostile/hostile.txt");
    let text = std::fs::read_to_string(&fixture).expect("read the hostile fixture");
    dir.create(Path::new(HOSTILE_DIR).join(HOSTILE_FILE), &text);
    dir.create(
        Path::new(HOSTILE_DIR).join("index.yaml"),
        &format!("- file: '{HOSTILE_FILE}'\n  language: en\n  published: 2023-09-20\n"),
    );
    PathBuf::from(HOSTILE_DIR)
}

fn run(cmd: &mut TestCommand, args: &[&str]) -> String {
    cmd.args(args);
    let out = cmd.output();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", cmd.describe(&out));
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// The pipes of a Markdown table row that separate cells: not escaped.
fn cell_separators(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

fn assert_markdown_is_inert(md: &str) {
    // (The file name's `<i>` stands inside a code span, where it is text.)
    for raw in ["<script", "</script", "<img", "</td", "\u{1b}", "](javascript"] {
        assert!(!md.contains(raw), "raw {raw:?} reached the Markdown:\n{md}");
    }
    assert!(md.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"), "{md}");
    assert!(md.contains("\\`people\\`"), "backticks in text are escaped:\n{md}");
    assert!(md.contains("\\*people\\*"), "emphasis is escaped:\n{md}");
    // The file name, backticks and pipe and all, stands in one code span
    // fenced by more backticks than it holds.
    assert!(md.contains("```a`b``c\\|<i>.txt:1```"), "{md}");
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    let columns = cell_separators(rows[0]);
    for row in &rows {
        assert_eq!(cell_separators(row), columns, "a row with a cell too many or too few: {row}");
    }
}

cctest!(markdown_escapes_html_pipes_backticks_and_markup, |dir: Dir, mut cmd: TestCommand| {
    let path = hostile_copy(&dir);
    let report = run(&mut cmd, &["report", "--format", "markdown", path.to_str().expect("UTF-8 path")]);
    assert!(report.contains("numeric_conflict"), "the fixture's two figures conflict:\n{report}");
    assert_markdown_is_inert(&report);
    let mut cmd = TestCommand::new(dir.path());
    let claims = run(&mut cmd, &["claims", "--format", "markdown", path.to_str().expect("UTF-8 path")]);
    assert_markdown_is_inert(&claims);
});

cctest!(terminal_tables_show_control_characters_and_drop_overrides, |dir: Dir, mut cmd: TestCommand| {
    let path = hostile_copy(&dir);
    let table = run(&mut cmd, &["report", path.to_str().expect("UTF-8 path")]);
    assert!(!table.contains('\u{1b}'), "an escape character reached the terminal:\n{table}");
    assert!(table.contains('␛'), "the escape character is shown as a picture:\n{table}");
});

cctest!(dot_labels_are_quoted_strings_that_hold_the_names, |dir: Dir, mut cmd: TestCommand| {
    let path = hostile_copy(&dir);
    let dot = run(&mut cmd, &["graph", path.to_str().expect("UTF-8 path")]);
    let quoted = |s: &str| -> Option<String> {
        // A DOT quoted string with only \" \\ \n escapes, unescaped.
        let inner = s.strip_prefix('"')?.strip_suffix('"')?;
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next()? {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    'n' => out.push('\n'),
                    _ => return None,
                },
                '"' => return None,
                c if c.is_control() => return None,
                c => out.push(c),
            }
        }
        Some(out)
    };
    let mut labels = Vec::new();
    for line in dot.lines().filter(|l| l.contains("label=")) {
        let (_, rest) = line.split_once("label=").expect("label");
        let label = rest.strip_suffix("];").unwrap_or_else(|| panic!("a label that does not end its line: {line}"));
        labels.push(quoted(label).unwrap_or_else(|| panic!("not a clean DOT string: {line}")));
    }
    let article = Path::new(HOSTILE_DIR).join(HOSTILE_FILE).display().to_string();
    assert!(labels.contains(&article), "the article node names {article:?}: {labels:?}");
});

cctest!(json_holds_the_article_text_as_it_is, |dir: Dir, mut cmd: TestCommand| {
    let path = hostile_copy(&dir);
    let out = run(&mut cmd, &["claims", "--format", "json", path.to_str().expect("UTF-8 path")]);
    let report: Value = serde_json::from_str(&out).expect("JSON");
    let quotes: Vec<&str> = claims(&report).iter().filter_map(|c| c["quote"].as_str()).collect();
    assert!(
        quotes.iter().any(|q| q.contains("<script>alert(\"x\")</script> `people` |\u{1b} were killed")),
        "{quotes:?}"
    );
    assert!(
        claims(&report)
            .iter()
            .all(|c| c["path"].as_str() == Some(&Path::new(HOSTILE_DIR).join(HOSTILE_FILE).display().to_string()))
    );
    crate::util::assert_spans_match_files(&report, dir.path());
});
