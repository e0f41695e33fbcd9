//! Rule packs added from the command line: `--rules DIR` adds packs to the
//! shipped ones and may be given more than once; `--no-default-rules`
//! starts empty. The French test pack (`tests/fixtures/fr/`) shows that a
//! language is added with packs alone: articles, elision, numbers spelled
//! out, "au moins", a reporting verb and "selon".

use serde_json::Value;

use crate::util::{Dir, TestCommand, claims, pairs, repo_cmd};

const FR_RULES: &str = "tests/fixtures/fr/rules";
const FR_ARTICLES: &str = "tests/fixtures/fr/articles";

fn french_report() -> Value {
    repo_cmd().args(["report", "--no-default-rules", "--rules", FR_RULES, "--format", "json", FR_ARTICLES]).json_with(0)
}

/// The quantity claim of `value`, or a panic listing the claims.
fn quantity(report: &Value, value: u64) -> &Value {
    claims(report).iter().find(|c| c["kind"] == "quantity" && c["value"] == value).unwrap_or_else(|| {
        panic!(
            "no quantity claim of {value}; claims:\n{}",
            serde_json::to_string_pretty(claims(report)).unwrap_or_default()
        )
    })
}

#[test]
fn french_numbers_spelled_out_are_read_with_their_metric_and_speaker() {
    let report = french_report();
    // "deux cents civils ont été tués", said by "le ministère ruritanien".
    let c = quantity(&report, 200);
    assert_eq!((c["metric"].as_str(), c["qualifier"].as_str()), (Some("killed"), Some("exact")), "{c}");
    assert_eq!((c["population"].as_str(), c["camp"].as_str()), (Some("civilians"), Some("ruritania")), "{c}");
    assert_eq!(c["quote"], "deux cents civils ont été tués", "{c}");
    assert_eq!(c["event"], "border-clash-2024", "{c}");
}

#[test]
fn french_au_moins_and_selon_with_an_elided_article() {
    let report = french_report();
    // "Selon l'armée ruritanienne, au moins trente personnes ont été blessés."
    let c = quantity(&report, 30);
    assert_eq!((c["metric"].as_str(), c["qualifier"].as_str()), (Some("wounded"), Some("at_least")), "{c}");
    assert_eq!((c["speaker"].as_str(), c["camp"].as_str()), (Some("l'armée ruritanienne"), Some("ruritania")), "{c}");
}

#[test]
fn two_french_articles_give_a_numeric_conflict() {
    let report = french_report();
    let found = pairs(&report, "numeric_conflict");
    let values = |a: &Value, b: &Value| {
        let mut v = [a["value"].as_u64(), b["value"].as_u64()];
        v.sort();
        v
    };
    assert!(
        found.iter().any(|(a, b)| values(a, b) == [Some(12), Some(200)] && a["camp"] != b["camp"]),
        "no numeric conflict between 200 and 12 killed: {found:?}"
    );
}

#[test]
fn the_french_pack_passes_rules_check() {
    let stdout = repo_cmd().args(["rules", "check", FR_RULES]).stdout_with(0);
    assert!(stdout.contains("languages: fr"), "{stdout}");
}

/// A pack of one actor of a shipped camp, in English.
const SPOKESMAN: &str = "actors:
  - id: test-spokesman
    camp: baku
    kind: person
    names:
      en: [Zorbek Nariman]
";

/// A pack of one more English reporting verb.
const VERB: &str = "language:
  code: en
  reporting_verbs: [trumpeted]
";

const ARTICLE: &str = "Zorbek Nariman said 12 civilians were killed on Tuesday.\n";

cctest!(rules_adds_packs_to_the_shipped_ones, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "en", ARTICLE);
    dir.create("extra/actors.yaml", SPOKESMAN);
    let report = cmd.args(["report", "--rules", "extra", "--format", "json", "news"]).json_with(1);
    let c = quantity(&report, 12);
    // The added actor, in a camp of the shipped packs, with a shipped metric.
    assert_eq!((c["actor"].as_str(), c["camp"].as_str()), (Some("test-spokesman"), Some("baku")), "{c}");
    assert_eq!(c["metric"], "killed", "{c}");
});

cctest!(rules_may_be_given_more_than_once, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "en", "Zorbek Nariman trumpeted that 12 civilians were killed on Tuesday.\n");
    dir.create("actors/actors.yaml", SPOKESMAN);
    dir.create("verbs/en-more.yaml", VERB);
    let args = ["report", "--rules", "actors", "--rules", "verbs", "--format", "json", "news"];
    let report = cmd.args(args).json_with(1);
    let c = quantity(&report, 12);
    assert_eq!(c["actor"], "test-spokesman", "{c}");
});

cctest!(an_added_pack_that_redefines_a_shipped_id_is_an_error_naming_its_file, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "en", ARTICLE);
    dir.create("extra/camps.yaml", "camps:\n  - id: baku\n    name: Again\n    cues: {en: [again]}\n");
    let out = cmd.args(["report", "--rules", "extra", "news"]).assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("camps.yaml:2:") && stderr.contains("duplicate camp id `baku`"), "{}", cmd.describe(&out));
});

cctest!(no_default_rules_alone_is_an_error, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "en", ARTICLE);
    let out = cmd.args(["report", "--no-default-rules", "news"]).assert_exit(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--rules"), "{}", cmd.describe(&out));
});

cctest!(no_default_rules_uses_only_the_given_packs, |dir: Dir, mut cmd: TestCommand| {
    dir.article("news", "a.txt", "en", ARTICLE);
    dir.create("extra/actors.yaml", SPOKESMAN);
    // Without the shipped camps, the actor's camp is unknown: the error names the file.
    let out = cmd.args(["report", "--no-default-rules", "--rules", "extra", "news"]).assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("actors.yaml") && stderr.contains("unknown camp `baku`"), "{}", cmd.describe(&out));
});
