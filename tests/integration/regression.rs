//! One test per bug, named after the bug: each fails if the bug comes back.
//! Each test is named after the bug it pins.

use serde_json::Value;

use crate::util::{Dir, TestCommand, assert_spans_match_files, brief_pairs, claims, pairs, summary};

/// An English article on the 2023 offensive, by four sources.
const TOLLS_2023: &str = "\
Karabakh separatists said at least 200 people were killed in the offensive.

Armenia said 32 people were killed.

Karabakh officials said at least 25 people were killed.

Historians said the first Karabakh war in the 1990s killed 30,000 people.
";

/// Writes `news/a.txt` with `TOLLS_2023`, dated during the 2023 offensive.
fn tolls_2023(dir: &Dir) {
    dir.create("news/a.txt", TOLLS_2023);
    dir.create(
        "news/index.yaml",
        "- file: a.txt\n  language: en\n  published: 2023-09-20\n  conflict: karabakh-2023\n",
    );
}

fn killed(report: &Value, value: u64, qualifier: &str) -> bool {
    claims(report).iter().any(|c| c["metric"] == "killed" && c["value"] == value && c["qualifier"] == qualifier)
}

cctest!(regression_two_lower_bounds_reported_as_a_numeric_conflict, |dir: Dir, mut cmd: TestCommand| {
    tolls_2023(&dir);
    let report = cmd.args(["report", "--format", "json", "news"]).json_with(0);
    assert!(
        killed(&report, 200, "at_least") && killed(&report, 25, "at_least"),
        "both lower bounds should be extracted:\n{report:#}"
    );
    let conflicts = pairs(&report, "numeric_conflict");
    let lower = |c: &Value| c["qualifier"] == "at_least" || c["qualifier"] == "more_than";
    assert!(
        !conflicts.iter().any(|(a, b)| lower(a) && lower(b)),
        "`at least 25` and `at least 200` can both hold:\n{}",
        brief_pairs(&conflicts)
    );
    // ... while a figure below a lower bound still conflicts with it.
    assert!(
        conflicts.iter().any(|(a, b)| {
            let is = |c: &Value, v: u64| c["value"] == v;
            (is(a, 200) && is(b, 32)) || (is(a, 32) && is(b, 200))
        }),
        "`at least 200` and `32` cannot both hold:\n{}",
        brief_pairs(&conflicts)
    );
});

cctest!(regression_tolls_of_different_wars_compared, |dir: Dir, mut cmd: TestCommand| {
    tolls_2023(&dir);
    let report = cmd.args(["report", "--format", "json", "news"]).json_with(0);
    let events = |event: &str| claims(&report).iter().any(|c| c["event"] == event);
    assert!(
        events("karabakh-1990s") && events("karabakh-2023"),
        "the 1990s toll and the 2023 tolls should have their own events:\n{report:#}"
    );
    let conflicts = pairs(&report, "numeric_conflict");
    assert!(
        conflicts.iter().all(|(a, b)| a["event"] == b["event"]),
        "figures of different wars are not a conflict:\n{}",
        brief_pairs(&conflicts)
    );
});

/// An Arabic article hard-wrapped inside its one sentence ("The health
/// ministry said 12 people were killed in the shelling of the city yesterday,
/// and added that 30 people were wounded in the same attack."), with `eol`
/// as the line ending.
fn wrapped(eol: &str) -> String {
    [
        "قالت وزارة الصحة إن 12",
        "شخصا قتلوا في القصف على",
        "المدينة أمس، وأضافت أن",
        "30 شخصا أصيبوا في",
        "الهجوم نفسه.",
        "",
    ]
    .join(eol)
}

/// Runs `claims --format json news` and checks every span against the files.
fn assert_spans_hold(dir: &Dir, cmd: &mut TestCommand) -> Value {
    let report = cmd.args(["claims", "--format", "json", "news"]).json_with(0);
    assert!(!claims(&report).is_empty(), "no claims:\n{report:#}");
    assert_spans_match_files(&report, dir.path());
    report
}

cctest!(regression_quote_across_a_line_break_not_folded, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "ar", &wrapped("\n"));
    let report = assert_spans_hold(&dir, &mut cmd);
    assert!(
        claims(&report).iter().any(|c| c["quote"].as_str().is_some_and(|q| q.contains("12 شخصا"))),
        "the figure wrapped across lines 1-2 should be quoted on one line:\n{report:#}"
    );
});

cctest!(regression_crlf_line_endings_shift_spans, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "ar", &wrapped("\r\n"));
    let report = assert_spans_hold(&dir, &mut cmd);
    assert!(claims(&report).iter().any(|c| c["line"] == 4), "the second figure is on line 4:\n{report:#}");
});

cctest!(regression_front_matter_shifts_spans, |dir: Dir, mut cmd: TestCommand| {
    dir.create(
        "news/a.md",
        "---\nlanguage: ar\npublished: 2023-09-20\n---\nقالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n",
    );
    let report = assert_spans_hold(&dir, &mut cmd);
    assert_eq!(claims(&report)[0]["line"], 5, "{report:#}");
});

cctest!(regression_byte_order_mark_shifts_spans, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "ar", "\u{FEFF}قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n");
    assert_spans_hold(&dir, &mut cmd);
});

cctest!(regression_bad_index_date_counts_a_read_article_as_skipped, |dir: Dir, mut cmd: TestCommand| {
    dir.create("news/a.txt", "قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n");
    dir.create("news/index.yaml", "- file: a.txt\n  language: ar\n  published: 20 Sept\n");
    let out = cmd.args(["claims", "--format", "json", "news"]).assert_exit(2);
    let report: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(summary(&report, "articles_read"), 1, "{}", report["summary"]);
    assert_eq!(
        summary(&report, "articles_skipped"),
        0,
        "the article was read (its claims are in the report), so none was skipped: {}",
        report["summary"]
    );
});

/// "the GNA" and "the LNA" are one letter apart and were merged as one
/// source, so one side's claim and the other's denial never paired.
fn similar_names_of_two_camps(dir: &Dir, cmd: &mut TestCommand, lang: &str, text: &str) {
    dir.create("news/a.txt", text);
    dir.create(
        "news/index.yaml",
        &format!("- file: a.txt\n  language: {lang}\n  published: 2019-07-20\n  conflict: libya-2019\n"),
    );
    let report = cmd.args(["report", "--format", "json", "news"]).json_with(0);
    let denials = pairs(&report, "assertion_denial");
    assert_eq!(denials.len(), 1, "the denial answers the other camp's claim:\n{report:#}");
}

cctest!(regression_similar_names_of_two_camps_merged_as_one_source, |dir: Dir, mut cmd: TestCommand| {
    similar_names_of_two_camps(
        &dir,
        &mut cmd,
        "en",
        "The GNA said its forces shot down a drone near the airport. The LNA denied the allegations.",
    );
});

cctest!(regression_similar_names_of_two_camps_merged_as_one_source_arabic, |dir: Dir, mut cmd: TestCommand| {
    similar_names_of_two_camps(
        &dir,
        &mut cmd,
        "ar",
        "وقالت قوات الوفاق إن دفاعاتها أسقطت طائرة مسيرة قرب المطار. ونفت قوات حفتر هذه المزاعم.",
    );
});

/// A ministry of no named country in one article and a rights group in
/// another: neither is a known party, and their counts (a day's, a
/// place's, the nation's) were reported as a numeric conflict.
fn two_articles_of_no_party(dir: &Dir, cmd: &mut TestCommand, lang: &str, texts: [&str; 2]) -> Value {
    dir.create("news/a.txt", texts[0]);
    dir.create("news/b.txt", texts[1]);
    let entry =
        |file: &str| format!("- file: {file}\n  language: {lang}\n  published: 2013-08-14\n  conflict: egypt-2013\n");
    dir.create("news/index.yaml", &format!("{}{}", entry("a.txt"), entry("b.txt")));
    // Exit code 1: the report holds no contradiction.
    cmd.args(["report", "--format", "json", "news"]).json_with(1)
}

cctest!(
    regression_voices_of_no_party_in_two_articles_reported_as_a_numeric_conflict,
    |dir: Dir, mut cmd: TestCommand| {
        let report = two_articles_of_no_party(
            &dir,
            &mut cmd,
            "en",
            [
                "The health ministry said 120 people were killed in the clashes.",
                "A rights group said 300 people were killed in the clashes.",
            ],
        );
        assert!(pairs(&report, "numeric_conflict").is_empty(), "{report:#}");
    }
);

cctest!(
    regression_voices_of_no_party_in_two_articles_reported_as_a_numeric_conflict_arabic,
    |dir: Dir, mut cmd: TestCommand| {
        let report = two_articles_of_no_party(
            &dir,
            &mut cmd,
            "ar",
            ["قالت وزارة الصحة إن 120 شخصا قتلوا في الاشتباكات.", "وقالت منظمة حقوقية إن 300 شخص قتلوا في الاشتباكات."],
        );
        assert!(pairs(&report, "numeric_conflict").is_empty(), "{report:#}");
    }
);

cctest!(regression_one_body_with_and_without_its_article_taken_for_two_sides, |dir: Dir, mut cmd: TestCommand| {
    // «الوزارة» and «وزارة الصحة»: one ministry, its national toll and a square's.
    dir.create(
        "news/a.txt",
        "قالت الوزارة إن 278 شخصا قتلوا في أنحاء البلاد. وقال المتحدث باسم وزارة الصحة إن 61 شخصا قتلوا في الميدان.",
    );
    dir.create("news/index.yaml", "- file: a.txt\n  language: ar\n  published: 2013-08-14\n  conflict: egypt-2013\n");
    let report = cmd.args(["report", "--format", "json", "news"]).json_with(1);
    assert!(pairs(&report, "numeric_conflict").is_empty(), "{report:#}");
});

cctest!(regression_a_line_ending_on_the_word_for_one_of_panicked, |dir: Dir, mut cmd: TestCommand| {
    // «... يوم غد الأحد» folds to «أحد» ("one of") with no word after it: a
    // headline with no full stop ended the sentence there and the reader
    // looked one token past its end.
    dir.create("news/a.txt", "يريفان تؤكد أن تبادل الأسرى يجب أن يتم يوم غد الأحد\n\nوقالت يريفان إن 12 جنديا قتلوا.\n");
    dir.create("news/index.yaml", "- file: a.txt\n  language: ar\n  published: 2023-09-20\n");
    let report = cmd.args(["report", "--format", "json", "news"]).json_with(1);
    assert!(killed(&report, 12, "exact"), "the article is read whole:\n{report:#}");
});

cctest!(regression_a_line_ending_on_one_of_panicked, |dir: Dir, mut cmd: TestCommand| {
    dir.create("news/a.txt", "Baku said 12 soldiers were killed.\n\nThe exchange will go ahead, said one of\n");
    dir.create("news/index.yaml", "- file: a.txt\n  language: en\n  published: 2023-09-20\n");
    let report = cmd.args(["report", "--format", "json", "news"]).json_with(1);
    assert!(killed(&report, 12, "exact"), "the article is read whole:\n{report:#}");
});
