//! Saved web pages and JSON Lines feeds: what is read (the article, its
//! metadata), what is not (navigation, comments, footers), which text the
//! spans index, and a feed's bad lines reported by number and skipped.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::util::{Dir, TestCommand, claims, repo_cmd, repo_root};

fn claims_of(path: &str, code: i32) -> Value {
    let mut cmd = repo_cmd();
    cmd.args(["claims", "--format", "json", path]);
    cmd.json_with(code)
}

fn text_of(args: &[&str]) -> String {
    let mut cmd = repo_cmd();
    cmd.arg("text").args(args);
    cmd.stdout_with(0)
}

/// Every claim's span, cut from the text `crosscheck text` prints, is its quote.
fn assert_spans_index_the_printed_text(report: &Value, text_for: &dyn Fn(&str) -> String) {
    for c in claims(report) {
        let path = c["path"].as_str().expect("path");
        let text = text_for(path);
        let (start, end) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        let cut = text.get(start..end).unwrap_or_else(|| panic!("span {start}..{end} is not in the text of {path}"));
        assert_eq!(
            cut.split_whitespace().collect::<Vec<_>>(),
            c["quote"].as_str().unwrap().split_whitespace().collect::<Vec<_>>()
        );
    }
}

fn figures(report: &Value) -> BTreeSet<u64> {
    claims(report).iter().filter_map(|c| c["value"].as_u64()).collect()
}

#[test]
fn a_saved_page_is_read_as_a_reader_view_reads_it() {
    for page in ["tests/fixtures/pages/ministry-en.html", "tests/fixtures/pages/ministry-ar.htm"] {
        let report = claims_of(page, 0);
        let found = figures(&report);
        assert!(found.contains(&40), "{page}: the article's figure is read: {found:?}");
        for boilerplate in [900, 5000, 77] {
            assert!(!found.contains(&boilerplate), "{page}: navigation, comments and footer are not read: {found:?}");
        }
        for c in claims(&report) {
            assert_eq!(c["indexes"], "extracted_text", "spans index the extracted text");
            assert_eq!(c["path"], page);
        }
        // The date comes from the page (JSON-LD or meta tags), there being no index.yaml.
        assert!(
            claims(&report).iter().all(|c| c["date_earliest"].as_str().is_some_and(|d| d.starts_with("2023-09-2")))
        );
        let text = text_of(&[page]);
        assert_spans_index_the_printed_text(&report, &|_| text.clone());
        assert!(!text.contains("<p>") && !text.contains("5000"), "{text}");
    }
}

#[test]
fn a_feed_is_read_line_by_line_and_a_bad_line_is_named_and_skipped() {
    let feed = "tests/fixtures/feeds/feed.jsonl";
    let mut cmd = repo_cmd();
    cmd.args(["claims", "--format", "json", feed]);
    let out = cmd.assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{feed}:2:")), "the malformed line is named by number:\n{stderr}");
    assert!(stderr.contains(&format!("{feed}:4:")) && stderr.contains("no `text` or `html`"), "{stderr}");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["summary"]["articles_read"], 3, "the other lines are read");
    assert_eq!(report["summary"]["articles_skipped"], 2);
    let paths: BTreeSet<&str> = claims(&report).iter().filter_map(|c| c["path"].as_str()).collect();
    assert_eq!(
        paths,
        BTreeSet::from(["https://news.example.org/2023/09/20/toll", "ar-2", "4"]),
        "claims cite an article by its url, else its id"
    );
    assert!(claims(&report).iter().all(|c| c["indexes"] == "feed_item"));
    assert!(!figures(&report).contains(&12), "nothing is read from the malformed line");
    assert!(!figures(&report).contains(&5000), "an html item is read as a page: no comments");
    assert_spans_index_the_printed_text(&report, &|item| {
        let mut cmd = repo_cmd();
        cmd.args(["text", feed, "--item", item]);
        let out = cmd.output();
        String::from_utf8(out.stdout).expect("UTF-8")
    });
}

cctest!(a_feed_on_standard_input_is_read, |_dir: Dir, _cmd: TestCommand| {
    let feed = std::fs::read(repo_root().join("tests/fixtures/feeds/feed.jsonl")).expect("fixture");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["claims", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run crosscheck");
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), &feed).expect("write the feed");
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(2), "a bad line is an input error");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["summary"]["articles_read"], 3);
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:2:"));
});

cctest!(a_directory_walk_reads_pages_and_feeds, |dir: Dir, mut cmd: TestCommand| {
    let root = repo_root();
    for (from, to) in
        [("tests/fixtures/pages/ministry-en.html", "in/a.html"), ("tests/fixtures/pages/ministry-ar.htm", "in/b.htm")]
    {
        dir.create_bytes(to, &std::fs::read(root.join(from)).expect("fixture"));
    }
    dir.create(
        "in/c.jsonl",
        "{\"id\": \"x1\", \"language\": \"en\", \"published\": \"2023-09-22\", \"text\": \"Armenia said 3 people were killed in the shelling.\"}\n",
    );
    cmd.args(["claims", "--format", "json", "in"]);
    let report = cmd.json_with(0);
    let paths: BTreeSet<&str> = claims(&report).iter().filter_map(|c| c["path"].as_str()).collect();
    assert_eq!(paths, BTreeSet::from(["in/a.html", "in/b.htm", "x1"]));
});

#[test]
fn text_of_a_feed_without_an_item_names_the_items() {
    let mut cmd = repo_cmd();
    cmd.args(["text", "tests/fixtures/feeds/feed.jsonl"]);
    let out = cmd.assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--item") && stderr.contains("ar-2"), "{stderr}");
}

cctest!(a_short_article_without_a_language_is_read_by_its_script, |dir: Dir, mut cmd: TestCommand| {
    // Short texts a statistical detector alone can take for a language without a pack.
    let texts = [
        "Officials said 12 people were killed.",
        "Police said 7 were killed.",
        "Medics said 30 died.",
        "\u{642}\u{627}\u{644}\u{62a} \u{627}\u{644}\u{634}\u{631}\u{637}\u{629} \u{625}\u{646} 12 \u{634}\u{62e}\u{635}\u{627} \u{642}\u{62a}\u{644}\u{648}\u{627}.",
    ];
    for (i, text) in texts.iter().enumerate() {
        dir.create(format!("short/{i}.txt"), &format!("{text}\n"));
    }
    cmd.args(["claims", "--format", "json", "short"]);
    let report = cmd.json_with(0);
    let read: BTreeSet<&str> = claims(&report).iter().filter_map(|c| c["path"].as_str()).collect();
    assert_eq!(read.len(), texts.len(), "a claim from every article: {read:?}");
});

#[test]
fn the_size_limit_applies_to_each_article_of_a_feed() {
    let mut cmd = repo_cmd();
    cmd.args(["claims", "--format", "json", "--max-article-bytes", "100", "tests/fixtures/feeds/feed.jsonl"]);
    let out = cmd.assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("article `en-1` is 154 bytes"), "{stderr}");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["summary"]["articles_read"], 1, "the short article is still read");
}
