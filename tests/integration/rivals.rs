//! Rival values of an exclusive proposition: two camps each blaming the
//! other for starting one clash contradict each other; one camp blaming
//! twice, or with the same value, does not. The report and `compare` over
//! the claim stream agree.

use serde_json::Value;

use crate::util::{Dir, TestCommand, findings};

/// The `assertion_denial` findings on who started the fighting.
fn rival_findings(report: &Value) -> Vec<&Value> {
    findings(report).iter().filter(|f| f["kind"] == "assertion_denial" && f["subject"] == "started_fighting").collect()
}

/// The JSON report on one article; `code` is the exit code expected (1
/// when the report finds no contradiction).
fn report_on(dir: &Dir, cmd: &mut TestCommand, (lang, code): (&str, i32), text: &str) -> Value {
    dir.create("news/a.txt", text);
    dir.create(
        "news/index.yaml",
        &format!("- file: a.txt\n  language: {lang}\n  published: 2022-12-12\n  conflict: pakistan-afghanistan-2022\n"),
    );
    cmd.args(["report", "--format", "json", "news"]).json_with(code)
}

/// Asserts that one article in `lang` gives one dispute on who started it.
fn one_rival_dispute(dir: &Dir, cmd: &mut TestCommand, lang: &str, text: &str) {
    let report = report_on(dir, cmd, (lang, 0), text);
    assert_eq!(rival_findings(&report).len(), 1, "one dispute on who started it:\n{report:#}");
}

cctest!(two_camps_blaming_each_other_for_starting_a_clash_dispute_it, |dir: Dir, mut cmd: TestCommand| {
    one_rival_dispute(
        &dir,
        &mut cmd,
        "en",
        "Pakistani officials blamed the Afghan forces for initiating the fire at the crossing. \
         Kabul accused Pakistani troops of unprovoked firing on the border.",
    );
});

cctest!(two_camps_blaming_each_other_for_starting_a_clash_dispute_it_arabic, |dir: Dir, mut cmd: TestCommand| {
    one_rival_dispute(
        &dir,
        &mut cmd,
        "ar",
        "واتهمت وزارة الدفاع الباكستانية القوات الأفغانية بالبدء بإطلاق النار على الحدود. \
         في المقابل، اتهمت السلطات الأفغانية القوات الباكستانية بافتعال الاشتباك.",
    );
});

cctest!(one_camp_blaming_the_same_side_twice_is_no_dispute, |dir: Dir, mut cmd: TestCommand| {
    let report = report_on(
        &dir,
        &mut cmd,
        ("en", 1),
        "Pakistani officials blamed the Afghan forces for initiating the fire. \
         The Pakistani army also blamed Afghan troops for starting the clash.",
    );
    assert!(rival_findings(&report).is_empty(), "one camp, one side blamed:\n{report:#}");
});

cctest!(rival_accounts_survive_the_claim_stream, |dir: Dir, mut cmd: TestCommand| {
    let text = "Pakistani officials blamed the Afghan forces for initiating the fire at the crossing. \
                Kabul accused Pakistani troops of unprovoked firing on the border.";
    let report = report_on(&dir, &mut cmd, ("en", 0), text);
    let stream = TestCommand::new(dir.path()).args(["claims", "--format", "jsonl", "news"]).stdout_with(0);
    dir.create("claims.jsonl", &stream);
    let compared = TestCommand::new(dir.path()).args(["compare", "--format", "json", "claims.jsonl"]).json_with(0);
    assert_eq!(rival_findings(&compared).len(), 1, "compare finds the dispute too:\n{compared:#}");
    assert_eq!(findings(&compared), findings(&report), "compare and report agree");
});
