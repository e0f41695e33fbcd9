//! The newsroom formats: CSV read back by Python's `csv` module,
//! ClaimReview drafts checked for schema.org's required fields, the HTML
//! report (escaping, and a headless Chromium rendering of the seeds'
//! report), the spreads of the JSON report and the stable keys.
//!
//! Tests that need a program this machine may lack (python3, chromium) skip
//! with their reason, unless `CROSSCHECK_REQUIRE_EXTERNAL=1`: then they fail.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::util::{Dir, TestCommand, claims, findings, repo_cmd, repo_root};

/// Whether `program` runs here; when it does not, a test skips (with its
/// reason on stderr), or fails when `CROSSCHECK_REQUIRE_EXTERNAL=1`.
#[allow(clippy::print_stderr, reason = "a skipped test says why")]
fn external(program: &str, version_flag: &str) -> bool {
    let found = Command::new(program).arg(version_flag).output().is_ok_and(|o| o.status.success());
    if !found {
        let reason = format!("`{program}` is not installed or does not run");
        if std::env::var("CROSSCHECK_REQUIRE_EXTERNAL").as_deref() == Ok("1") {
            panic!("{reason}, and CROSSCHECK_REQUIRE_EXTERNAL=1 requires it");
        }
        eprintln!("skipped: {reason} (set CROSSCHECK_REQUIRE_EXTERNAL=1 to make this a failure)");
    }
    found
}

fn seeds(args: &[&str], code: i32) -> Vec<u8> {
    let mut cmd = repo_cmd();
    cmd.args(args);
    cmd.assert_exit(code).stdout
}

fn seeds_json() -> Value {
    serde_json::from_slice(&seeds(&["report", "--format", "json", "seeds"], 0)).expect("JSON")
}

/// Reads a CSV file with Python's `csv` module and prints its rows as JSON.
const READ_CSV: &str = r#"
import csv, json, sys
with open(sys.argv[1], newline="", encoding=sys.argv[2]) as f:
    rows = list(csv.reader(f, strict=True))
print(json.dumps(rows))
"#;

fn python_rows(dir: &Dir, name: &str, bytes: &[u8], encoding: &str) -> Vec<Vec<String>> {
    let path = dir.create_bytes(name, bytes);
    let out = Command::new("python3").arg("-c").arg(READ_CSV).arg(&path).arg(encoding).output().expect("run python3");
    assert!(out.status.success(), "python3 could not read the CSV: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("rows as JSON")
}

fn column(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[test]
fn csv_of_the_seeds_reads_back_with_python() {
    if !external("python3", "--version") {
        return;
    }
    let dir = Dir::new();
    let report = seeds_json();

    let bytes = seeds(&["report", "--format", "csv", "seeds"], 0);
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "RFC 4180 ends records with CRLF");
    let rows = python_rows(&dir, "findings.csv", &bytes, "utf-8");
    let header = &rows[0];
    for name in ["event", "date", "place", "speaker", "camp", "low", "best", "high", "finding", "side", "claim", "key"]
    {
        column(header, name);
    }
    let sides: usize = findings(&report)
        .iter()
        .flat_map(|f| f["sides"].as_array().into_iter().flatten())
        .map(|s| s.as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(rows.len() - 1, sides, "one row per claim on each side of each finding");
    let (date, best, low, high, claim, quote) = (
        column(header, "date"),
        column(header, "best"),
        column(header, "low"),
        column(header, "high"),
        column(header, "claim"),
        column(header, "quote"),
    );
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len(), "a row with a cell too many or too few: {row:?}");
        assert!(row[date].is_empty() || is_iso_date(&row[date]), "not an ISO date: {}", row[date]);
        let c = crate::util::claim(&report, &Value::String(row[claim].clone()));
        assert_eq!(row[quote], c["quote"].as_str().expect("quote"), "the quote is the claim's, byte for byte");
        if c["kind"] == "quantity" {
            assert_eq!(row[low], c["low"].to_string());
            assert_eq!(row[best], c["value"].as_u64().map(|v| v.to_string()).unwrap_or_default());
            assert_eq!(
                row[high],
                c["high"].as_u64().map(|v| v.to_string()).unwrap_or_default(),
                "empty when unbounded"
            );
        }
    }

    let bytes = seeds(&["claims", "--format", "csv", "--bom", "seeds"], 0);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "--bom starts the file with a byte order mark");
    let rows = python_rows(&dir, "claims.csv", &bytes, "utf-8-sig");
    assert_eq!(rows[0][0], "event", "the byte order mark is not part of the first column's name");
    assert_eq!(rows.len() - 1, claims(&report).len(), "one row per claim");
}

cctest!(csv_cells_that_start_a_formula_are_neutralised, |dir: Dir, mut cmd: TestCommand| {
    dir.article(
        "a",
        "one.txt",
        "en",
        "=HYPERLINK(\"http://x\") The health ministry said 40 people were killed in the shelling.\n\n\
         +SUM(A1) Armenia said 3 people were killed in the shelling.\n",
    );
    cmd.args(["claims", "--format", "csv", "a"]);
    let out = cmd.stdout_with(0);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(out.as_bytes());
    let mut neutralised = 0;
    for record in reader.records() {
        let record = record.expect("an RFC 4180 record");
        for cell in &record {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "a cell a spreadsheet would run: {cell:?}");
            neutralised += usize::from(cell.starts_with("'=") || cell.starts_with("'+"));
        }
    }
    assert!(neutralised > 0, "the sentences that start with a formula are kept, quoted:\n{out}");
});

#[test]
fn claimreview_drafts_hold_the_schema_org_fields_and_no_verdict() {
    let report = seeds_json();
    let drafts: Value =
        serde_json::from_slice(&seeds(&["report", "--format", "claimreview", "seeds"], 0)).expect("JSON-LD");
    let drafts = drafts.as_array().expect("an array of ClaimReview");
    let in_findings: BTreeSet<&str> = findings(&report)
        .iter()
        .flat_map(|f| f["sides"].as_array().into_iter().flatten().flat_map(|s| s.as_array().into_iter().flatten()))
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(drafts.len(), in_findings.len(), "one ClaimReview per claim that takes part in a finding");
    let keys: BTreeSet<&str> = claims(&report).iter().filter_map(|c| c["key"].as_str()).collect();
    let mut ids = BTreeSet::new();
    for d in drafts {
        assert_eq!(d["@context"], "https://schema.org");
        assert_eq!(d["@type"], "ClaimReview");
        assert!(d["claimReviewed"].as_str().is_some_and(|s| !s.is_empty()), "claimReviewed: {d}");
        let item = &d["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert!(matches!(item["author"]["@type"].as_str(), Some("Person" | "Organization")), "{item}");
        assert!(item["author"]["name"].as_str().is_some_and(|s| !s.is_empty()), "{item}");
        let appearance = &item["appearance"];
        assert!(appearance["url"].is_string() || appearance["name"].as_str().is_some_and(|p| p.starts_with("seeds/")));
        assert!(item["datePublished"].as_str().is_some_and(is_iso_date), "{item}");
        let rating = &d["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert_eq!(rating["alternateName"], "", "the verdict is the reviewer's");
        assert!(rating["ratingExplanation"].as_str().is_some_and(|s| !s.is_empty()));
        let id = d["identifier"].as_str().expect("identifier");
        assert!(keys.contains(id), "the identifier is the claim's key");
        assert!(ids.insert(id), "each claim once");
    }
    // A person is a Person: the seeds quote named people.
    assert!(drafts.iter().any(|d| d["itemReviewed"]["author"]["@type"] == "Person"));
}

#[test]
fn keys_survive_reordering_the_input() {
    let files: Vec<PathBuf> = std::fs::read_dir(repo_root().join("seeds"))
        .expect("seeds")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    let mut sorted: Vec<String> =
        files.iter().map(|p| format!("seeds/{}", p.file_name().unwrap().to_string_lossy())).collect();
    sorted.sort();
    let mut reversed = sorted.clone();
    reversed.reverse();
    let keyed = |paths: &[String]| -> (BTreeSet<(String, String, u64)>, BTreeSet<String>) {
        let mut args = vec!["report", "--format", "json"];
        args.extend(paths.iter().map(String::as_str));
        let mut cmd = repo_cmd();
        cmd.args(&args);
        let report: Value = cmd.json_with(0);
        let claim_keys = claims(&report)
            .iter()
            .map(|c| {
                (
                    c["key"].as_str().unwrap().to_owned(),
                    c["path"].as_str().unwrap().to_owned(),
                    c["start"].as_u64().unwrap(),
                )
            })
            .collect();
        let finding_keys = findings(&report).iter().map(|f| f["key"].as_str().unwrap().to_owned()).collect();
        (claim_keys, finding_keys)
    };
    let (a_claims, a_findings) = keyed(&sorted);
    let (b_claims, b_findings) = keyed(&reversed);
    assert_eq!(a_claims, b_claims, "a claim's key names its article and span, whatever the order");
    assert_eq!(a_findings, b_findings, "a finding's key is the same whatever the order");
    let unique: BTreeSet<&String> = a_claims.iter().map(|(k, _, _)| k).collect();
    assert_eq!(unique.len(), a_claims.len(), "no two claims share a key");
}

#[test]
fn spreads_name_the_lowest_and_highest_bound_and_who_gave_them() {
    let report = seeds_json();
    let spreads = report["spreads"].as_array().expect("a spreads array");
    assert!(!spreads.is_empty());
    for s in spreads {
        let (low, high) = (&s["low"], &s["high"]);
        assert!(low["value"].as_u64() <= high["value"].as_u64(), "{s}");
        for end in [low, high] {
            let c = crate::util::claim(&report, &end["claim"]);
            assert_eq!(c["event"], s["event"]);
            assert_eq!(c["metric"], s["metric"]);
            assert_eq!(end["key"], c["key"]);
            let v = end["value"].as_u64();
            // ("about 69,000" gives its figure, not the margin around it.)
            let stated = v == c["low"].as_u64() || v == c["high"].as_u64() || v == c["value"].as_u64();
            assert!(stated, "the bound is the claim's: {s}\n{c}");
        }
        assert!(s["sources"].as_u64() <= s["claims"].as_u64());
    }
    // Where the seeds disagree about the dead, the spread spans the disagreement.
    let conflict = findings(&report).iter().find(|f| f["kind"] == "numeric_conflict").expect("a numeric conflict");
    let spread = spreads
        .iter()
        .find(|s| s["event"] == conflict["event"] && s["metric"] == conflict["subject"] && s["population"].is_null())
        .expect("the conflict's event and metric have a spread");
    assert!(spread["low"]["value"].as_u64() < spread["high"]["value"].as_u64(), "{spread}");
    assert!(spread["sources"].as_u64() >= Some(2));
}

fn hostile_copy(dir: &Dir) -> PathBuf {
    let text = std::fs::read_to_string(repo_root().join("tests/fixtures/hostile/hostile.txt")).expect("fixture");
    dir.create(Path::new("h").join("a<b>&'\".txt"), &text);
    dir.create("h/index.yaml", "- file: \"a<b>&'\\\".txt\"\n  language: en\n  published: 2023-09-20\n");
    PathBuf::from("h")
}

cctest!(html_shows_article_text_as_text, |dir: Dir, mut cmd: TestCommand| {
    let path = hostile_copy(&dir);
    cmd.args(["report", "--format", "html", path.to_str().expect("UTF-8")]);
    let out = cmd.output();
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(html.contains("numeric_conflict"), "{html}");
    for raw in ["<script>alert", "<img", "</td>", "\u{1b}", "a<b>", "javascript:alert)\""] {
        assert!(!html.contains(raw), "raw {raw:?} reached the page");
    }
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(html.contains("a&lt;b&gt;&amp;&#39;&quot;.txt"), "the file name is escaped");
    assert_eq!(html.matches("<script>").count(), 1, "the page's own filter script is its only script");
    for external in ["src=\"http", "href=\"http", "@import", "url("] {
        assert!(!html.contains(external), "the page loads nothing: {external}");
    }
});

/// The seeds' HTML report as Chromium renders it, scripts run; `fragment`
/// presets the filters (`kind=framing`).
fn chromium_dom(html: &Path, profile: &Path, fragment: &str) -> String {
    let out = Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#{fragment}", html.display()))
        .output()
        .expect("run chromium");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 DOM")
}

#[test]
fn html_sets_each_quote_in_its_own_direction() {
    let html = String::from_utf8(seeds(&["report", "--format", "html", "tests/fixtures/mixed"], 0)).expect("UTF-8");
    assert!(html.contains("<blockquote class=\"quote\" dir=\"rtl\" lang=\"ar\"><bdi>"), "Arabic quotes right to left");
    assert!(html.contains("<blockquote class=\"quote\" dir=\"ltr\" lang=\"en\"><bdi>"), "English quotes left to right");
}

#[test]
fn chromium_renders_every_finding_both_directions_and_the_charts() {
    if !external("chromium", "--version") {
        return;
    }
    let report = seeds_json();
    let dir = Dir::new();
    let page = dir.create_bytes("report.html", &seeds(&["report", "--format", "html", "seeds"], 0));
    let dom = chromium_dom(&page, &dir.path().join("profile"), "");
    for f in findings(&report) {
        let key = f["key"].as_str().expect("key");
        assert!(dom.contains(&format!("id=\"finding-{key}\"")), "finding {key} is on the page");
        for id in f["sides"].as_array().into_iter().flatten().flat_map(|s| s.as_array().into_iter().flatten()) {
            let c = crate::util::claim(&report, id);
            assert!(dom.contains(&format!("id=\"claim-{}\"", c["key"].as_str().unwrap())), "claim {id} is shown");
        }
    }
    assert!(dom.contains("dir=\"rtl\""), "Arabic is set right to left");
    assert!(dom.contains("dir=\"ltr\""), "English is set left to right");
    assert!(dom.contains("<bdi"), "quotes are isolated");
    let conflicts = findings(&report).iter().filter(|f| f["kind"] == "numeric_conflict").count();
    assert!(dom.matches("<svg").count() >= conflicts, "every disputed figure has a chart");
    assert!(dom.contains("class=\"bar side-1\"") && dom.contains("class=\"bar side-2\""));
    // The filter script ran from file://, and counted every finding shown.
    assert!(dom.contains("data-filters=\"ready\""), "the filter script ran");
    assert!(dom.contains(&format!("<span id=\"shown\">{}</span>", findings(&report).len())));
    assert!(
        !dom.contains("class=\"finding\" hidden") && !dom.contains("hidden=\"\""),
        "nothing is filtered out at first"
    );

    // A filter preset in the address hides every other kind.
    let dom = chromium_dom(&page, &dir.path().join("profile2"), "kind=framing");
    let framings = findings(&report).iter().filter(|f| f["kind"] == "framing").count();
    assert!(framings > 0);
    assert!(dom.contains(&format!("<span id=\"shown\">{framings}</span>")), "only the framing findings are shown");
    for f in findings(&report) {
        let key = f["key"].as_str().expect("key");
        let start = dom.find(&format!("id=\"finding-{key}\"")).expect("the finding is on the page");
        let tag_end = start + dom[start..].find('>').expect("the tag ends");
        let hidden = dom[start..tag_end].contains("hidden");
        assert_eq!(hidden, f["kind"] != "framing", "finding {key} ({}) is hidden only when filtered out", f["kind"]);
    }
}

#[test]
fn completions_name_the_subcommands_and_formats() {
    for shell in ["bash", "zsh", "fish"] {
        let mut cmd = repo_cmd();
        cmd.args(["completions", shell]);
        let script = cmd.stdout_with(0);
        for word in ["report", "claims", "text", "claimreview", "html", "csv"] {
            assert!(script.contains(word), "{shell} completions know `{word}`");
        }
    }
}

#[test]
fn no_progress_line_reaches_a_pipe() {
    for quiet in [false, true] {
        let mut cmd = repo_cmd();
        cmd.args(["claims", "--format", "json", "seeds"]);
        if quiet {
            cmd.arg("--quiet");
        }
        let out = cmd.assert_exit(0);
        assert!(out.stderr.is_empty(), "standard error is a pipe here: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// Every pair of claims a contradicting finding cites is an edge of the
/// graph, between those two claims' nodes, and every claim node says what
/// the claim says.
#[test]
fn graph_json_holds_the_report_contradictions_as_claim_edges() {
    let report = seeds_json();
    let graph: Value = serde_json::from_slice(&seeds(&["graph", "--format", "json", "seeds"], 0)).expect("JSON");
    let nodes = graph["nodes"].as_array().expect("nodes");
    let claim_at = |i: &Value| -> String {
        let node = &nodes[i.as_u64().expect("index") as usize];
        assert_eq!(node["type"], "claim", "{node}");
        assert!(node["label"].as_str().is_some_and(|l| !l.is_empty()), "{node}");
        assert!(node["speaker"].as_str().is_some_and(|s| !s.is_empty()), "{node}");
        node["id"].as_str().expect("id").to_owned()
    };
    let mut in_graph = BTreeSet::new();
    for edge in graph["edges"].as_array().expect("edges").iter().filter(|e| e.get("finding").is_some()) {
        in_graph.insert((edge["finding"].as_u64().expect("finding"), claim_at(&edge["from"]), claim_at(&edge["to"])));
    }
    let mut in_report = BTreeSet::new();
    for (n, finding) in findings(&report).iter().enumerate() {
        let kind = finding["kind"].as_str().expect("kind");
        if kind != "numeric_conflict" && kind != "assertion_denial" {
            continue;
        }
        for pair in finding["pairs"].as_array().expect("pairs") {
            let ids: Vec<String> =
                pair.as_array().expect("pair").iter().map(|c| c.as_str().expect("id").to_owned()).collect();
            in_report.insert((n as u64, ids[0].clone(), ids[1].clone()));
        }
    }
    assert!(!in_report.is_empty());
    assert_eq!(in_graph, in_report);
    let dot = String::from_utf8(seeds(&["graph", "seeds"], 0)).expect("UTF-8");
    assert_eq!(dot.matches("color=red").count(), in_report.len());
}

/// The table cells of every row of the first table in `html`, as text with
/// tags taken out.
fn html_rows(html: &str) -> Vec<Vec<String>> {
    let row = regex::Regex::new(r"(?s)<tr>(.*?)</tr>").expect("regex");
    let cell = regex::Regex::new(r"(?s)<td[^>]*>(.*?)</td>").expect("regex");
    let tag = regex::Regex::new(r"<[^>]*>").expect("regex");
    row.captures_iter(html)
        .map(|r| cell.captures_iter(&r[1]).map(|c| tag.replace_all(&c[1], "").into_owned()).collect::<Vec<_>>())
        .filter(|cells| !cells.is_empty())
        .collect()
}

/// Right-to-left letters outside every direction isolate of `text`, and
/// whether the isolates are balanced.
fn unisolated_rtl(text: &str) -> (String, bool) {
    let mut depth = 0i32;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth -= 1,
            '\u{0590}'..='\u{08FF}' if depth == 0 => outside.push(c),
            _ => {}
        }
        if depth < 0 {
            return (outside, false);
        }
    }
    (outside, depth == 0)
}

/// Pasted into a page that renders GitHub Markdown, the tables keep their
/// columns, and every Arabic name and quote sits in a direction isolate, so
/// that a line mixing directions reads in order.
#[test]
fn markdown_tables_render_with_their_columns_and_arabic_isolated() {
    let options = {
        let mut o = comrak::Options::default();
        o.extension.table = true;
        o
    };
    let findings_md = String::from_utf8(seeds(&["report", "--format", "markdown", "seeds"], 0)).expect("UTF-8");
    let html = comrak::markdown_to_html(&findings_md, &options);
    let rows = html_rows(&html);
    assert!(rows.len() >= 9, "{html}");
    let mut checked = 0;
    for row in rows.iter().filter(|r| r.len() == 7 && r[0].parse::<usize>().is_ok()) {
        for side in &row[4..6] {
            let (outside, balanced) = unisolated_rtl(side);
            assert!(balanced && outside.is_empty(), "Arabic outside an isolate ({outside:?}) in {side}");
            assert!(side.contains('\u{2068}'), "{side}");
            checked += 1;
        }
    }
    assert!(checked >= 18, "the findings rows all have seven cells: {rows:?}");

    let claims_md = String::from_utf8(seeds(&["claims", "--format", "markdown", "seeds"], 0)).expect("UTF-8");
    let rows = html_rows(&comrak::markdown_to_html(&claims_md, &options));
    let claims = rows.iter().filter(|r| r[0].starts_with('c')).count();
    assert!(claims > 20, "{rows:?}");
    for row in &rows {
        assert_eq!(row.len(), 6, "{row:?}");
        for cell in [&row[2], &row[5]] {
            let (outside, balanced) = unisolated_rtl(cell);
            assert!(balanced && outside.is_empty(), "Arabic outside an isolate ({outside:?}) in {cell}");
        }
    }
}

/// Each subcommand offers only the formats it writes, in `--help` and in
/// its errors, and `graph --format json` is JSON (it once printed DOT).
#[test]
fn each_subcommand_offers_only_its_own_formats() {
    let help = |cmd: &str| String::from_utf8(seeds(&[cmd, "--help"], 0)).expect("UTF-8");
    let offered = |text: &str, format: &str| text.contains(&format!("- {format}:"));
    let report = help("report");
    assert!(offered(&report, "html") && offered(&report, "csv"), "{report}");
    assert!(!offered(&report, "jsonl") && !offered(&report, "dot"), "{report}");
    let claims = help("claims");
    assert!(offered(&claims, "jsonl") && !offered(&claims, "html") && !offered(&claims, "dot"), "{claims}");
    let graph = help("graph");
    assert!(offered(&graph, "dot") && offered(&graph, "json") && !offered(&graph, "table"), "{graph}");
    let refused = repo_cmd().args(["report", "--format", "jsonl", "seeds"]).assert_exit(2);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("possible values"));
    let graph_json = seeds(&["graph", "--format", "json", "seeds"], 0);
    assert!(serde_json::from_slice::<Value>(&graph_json).is_ok());
    assert_eq!(seeds(&["graph", "--graph-format", "json", "seeds"], 0), graph_json);
}
