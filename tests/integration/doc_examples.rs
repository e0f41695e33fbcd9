//! The examples in README.md, ARCHITECTURE.md and docs/ are real output.
//!
//! An example is written between two comments:
//!
//! ```text
//! <!-- output: crosscheck report --format markdown tests/fixtures/mixed/ -->
//! ...what the command prints...
//! <!-- /output -->
//! ```
//!
//! The command runs at the repository root; `| head -n K` or `| tail -n K`
//! after it keeps only those lines. When the text between the comments is a
//! fenced code block, the fence's contents are compared. A test fails when
//! any example differs from what the binary prints now;
//! `UPDATE_DOCS=1 cargo test -p crosscheck-cli --test integration doc_examples`
//! rewrites them.

use std::path::{Path, PathBuf};

use crate::util::{repo_cmd, repo_root};

const OPEN: &str = "<!-- output: ";
const CLOSE: &str = "<!-- /output -->";

/// One example: where its text starts and ends in the file, and its command.
#[derive(Debug)]
struct Example {
    command: String,
    start: usize,
    end: usize,
}

fn examples(text: &str, file: &Path) -> Vec<Example> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find(OPEN).map(|i| i + from) {
        let line_end = text[open..].find('\n').map_or(text.len(), |i| i + open);
        let command = text[open + OPEN.len()..line_end]
            .trim()
            .strip_suffix("-->")
            .unwrap_or_else(|| panic!("{}: an output comment that does not end its line", file.display()))
            .trim()
            .to_owned();
        let start = (line_end + 1).min(text.len());
        let end = text[start..]
            .find(CLOSE)
            .map(|i| i + start)
            .unwrap_or_else(|| panic!("{}: `{command}` has no {CLOSE}", file.display()));
        out.push(Example { command, start, end });
        from = end + CLOSE.len();
    }
    out
}

/// Runs an example's command and returns what it prints, filtered.
fn run(command: &str) -> String {
    let (command, filter) = match command.split_once(" | ") {
        Some((c, f)) => (c, Some(f)),
        None => (command, None),
    };
    let mut words = command.split_whitespace();
    assert_eq!(words.next(), Some("crosscheck"), "an example runs crosscheck: {command}");
    let args: Vec<&str> = words.collect();
    let output = repo_cmd().args(&args).output();
    let code = output.status.code();
    assert!(matches!(code, Some(0 | 1)), "`{command}` exited {code:?}: {}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    let lines: Vec<&str> = text.lines().collect();
    let kept: &[&str] = match filter.map(|f| f.split_whitespace().collect::<Vec<_>>()).as_deref() {
        None => &lines,
        Some(["head", "-n", k]) => &lines[..k.parse::<usize>().expect("a count").min(lines.len())],
        Some(["tail", "-n", k]) => &lines[lines.len().saturating_sub(k.parse().expect("a count"))..],
        Some(other) => panic!("an example filter is `head -n K` or `tail -n K`, not {other:?}"),
    };
    kept.iter().map(|l| format!("{l}\n")).collect()
}

/// The part of an example's text that holds the output: inside its code
/// fence when it has one, and the fence lines around it.
fn split_fence(region: &str) -> (&str, &str, &str) {
    if region.starts_with("```") {
        let open = region.find('\n').map_or(region.len(), |i| i + 1);
        let close = region.trim_end().rfind('\n').map_or(open, |i| i + 1);
        if close >= open {
            return (&region[..open], &region[open..close], &region[close..]);
        }
    }
    ("", region, "")
}

fn documents() -> Vec<PathBuf> {
    let root = repo_root();
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

#[test]
fn doc_examples_are_what_the_binary_prints() {
    let update = std::env::var("UPDATE_DOCS").as_deref() == Ok("1");
    let mut stale = Vec::new();
    let mut count = 0;
    for file in documents() {
        let text = std::fs::read_to_string(&file).expect("read a document");
        let mut rewritten = String::with_capacity(text.len());
        let mut done = 0;
        for example in examples(&text, &file) {
            count += 1;
            let (before, shown, after) = split_fence(&text[example.start..example.end]);
            let actual = run(&example.command);
            if shown != actual {
                stale.push(format!("{}: `{}`", file.display(), example.command));
            }
            rewritten.push_str(&text[done..example.start]);
            rewritten.push_str(before);
            rewritten.push_str(&actual);
            rewritten.push_str(after);
            done = example.end;
        }
        rewritten.push_str(&text[done..]);
        if update && rewritten != text {
            std::fs::write(&file, rewritten).expect("rewrite a document");
        }
    }
    assert!(count >= 3, "the documents hold their examples");
    assert!(
        update || stale.is_empty(),
        "examples that are no longer what the binary prints (rerun with UPDATE_DOCS=1 and review the diff):\n{}",
        stale.join("\n")
    );
}
