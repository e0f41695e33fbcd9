//! Exit codes, as in ripgrep: 0 when something was found, 1 when the run
//! was clean and found nothing, 2 when some input or rule could not be used.

use crate::util::{Dir, TestCommand, repo_cmd};

/// An English weather report: an article with no claim at all.
const WEATHER: &str = "It will be sunny in Yerevan tomorrow, with temperatures around 25 degrees.\n";

/// One Arabic claim ("The health ministry said 12 people were killed in the
/// shelling."): something to list, nothing to contradict.
const ONE_CLAIM: &str = "قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n";

#[test]
fn report_on_seeds_exits_0() {
    repo_cmd().args(["report", "seeds/"]).assert_exit(0);
}

#[test]
fn report_json_on_seeds_exits_0() {
    repo_cmd().args(["report", "--format", "json", "seeds/"]).assert_exit(0);
}

#[test]
fn claims_on_seeds_exits_0() {
    repo_cmd().args(["claims", "seeds/"]).assert_exit(0);
}

cctest!(report_on_article_without_claims_exits_1, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "weather.txt", "en", WEATHER);
    let out = cmd.args(["report", "news"]).assert_exit(1);
    assert!(out.stderr.is_empty(), "a clean run prints nothing on stderr\n{}", cmd.describe(&out));
});

cctest!(claims_on_article_without_claims_exits_1, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "weather.txt", "en", WEATHER);
    let report = cmd.args(["claims", "--format", "json", "news"]).json_with(1);
    assert_eq!(report["summary"]["claims"], 0, "{report:#}");
    assert_eq!(report["summary"]["articles_read"], 1, "{report:#}");
});

cctest!(report_without_contradictions_exits_1, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "ar", ONE_CLAIM);
    cmd.args(["report", "news"]).assert_exit(1);
});

cctest!(claims_with_one_claim_exits_0, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "ar", ONE_CLAIM);
    cmd.args(["claims", "news"]).assert_exit(0);
});

cctest!(unknown_flag_exits_2, |_dir: Dir, mut cmd: TestCommand| {
    let out = cmd.args(["report", "--no-such-flag", "."]).assert_exit(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"), "{}", cmd.describe(&out));
});

cctest!(missing_rule_directory_exits_2, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "ar", ONE_CLAIM);
    let out = cmd.args(["report", "--rules", "no-such-rules", "news"]).assert_exit(2);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no-such-rules"),
        "stderr should name the rule directory\n{}",
        cmd.describe(&out)
    );
});
