//! `crosscheck rules test` and `rules schema`, and `rules check` on a pack
//! full of mistakes: the shipped packs' examples all pass, failures exit 1
//! with a diff, and the schema on disk is the generated one.

use std::path::Path;

use crate::util::{Dir, TestCommand, repo_cmd, repo_root};

/// Copies the shipped rule directory to `dir/rules`, so a test can add a pack.
fn copy_shipped_rules(dir: &Dir) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("create a directory");
        for entry in std::fs::read_dir(from).expect("read a rule directory") {
            let path = entry.expect("a directory entry").path();
            let target = to.join(path.file_name().expect("a file name"));
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).expect("copy a rule pack");
            }
        }
    }
    copy(&repo_root().join("rules"), &dir.path().join("rules"));
}

#[test]
fn the_shipped_packs_examples_all_pass() {
    let stdout = repo_cmd().args(["rules", "test", "rules/"]).stdout_with(0);
    assert!(stdout.contains("rule examples: ok."), "{stdout}");
    assert!(!stdout.contains("no examples"), "every metric, proposition and framing topic carries examples:\n{stdout}");
    for rule in ["metric `killed`", "proposition `city_captured`", "framing `offensive`"] {
        assert!(stdout.contains(&format!("{rule}: ok")), "{rule} should pass:\n{stdout}");
    }
}

#[test]
fn one_rule_can_be_tested_alone() {
    let stdout = repo_cmd().args(["rules", "test", "rules/", "--rule", "wounded"]).stdout_with(0);
    assert!(stdout.starts_with("metric `wounded`: ok"), "{stdout}");
    assert_eq!(stdout.lines().filter(|l| l.contains("`: ")).count(), 1, "only one rule should run:\n{stdout}");
}

// The extra metric's trigger is a regex: the failure shows that the
// extractor found the figure through it.
cctest!(a_failing_example_exits_1_with_a_diff, |dir: Dir, mut cmd: TestCommand| {
    copy_shipped_rules(&dir);
    dir.create(
        "rules/extra.yaml",
        "metrics:
  - id: stretchers
    secondary: true
    triggers:
      en:
        regex: ['stretcher(s)?']
    examples:
      - text: The hospital said 12 stretchers were carried in.
        language: en
        claims: [{value: 12, qualifier: about}]
",
    );
    let out = cmd.args(["rules", "test", "rules", "--rule", "stretchers"]).assert_exit(1);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("metric `stretchers`: FAILED, 1 example, 0 passed, 0 missing, 1 wrong, 0 unexpected\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    wrong:      - expected qualifier=about\n                + got      qualifier=exact\n"),
        "{stdout}"
    );
    assert!(stdout.contains("rule examples: FAILED."), "{stdout}");
});

cctest!(rule_errors_stop_the_tests_with_exit_2, |dir: Dir, mut cmd: TestCommand| {
    copy_shipped_rules(&dir);
    dir.create("rules/extra.yaml", "metrics:\n  - id: m\n    trigers: {en: {after: [x]}}\n");
    let out = cmd.args(["rules", "test", "rules"]).assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: rules/extra.yaml:3:5: unknown field `trigers`, did you mean `triggers`?"),
        "{stderr}"
    );
});

#[test]
fn the_ten_mistakes_pack_yields_ten_diagnostics_and_no_panic() {
    let out = repo_cmd().args(["rules", "check", "crates/rules/tests/fixtures/ten-mistakes"]).assert_exit(2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let headlines = stderr.lines().filter(|l| l.starts_with("error: ") || l.starts_with("warning: ")).count();
    assert_eq!(headlines, 10, "{stderr}");
    assert!(stderr.ends_with("9 errors and 1 warning in crates/rules/tests/fixtures/ten-mistakes\n"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

cctest!(rules_schema_writes_the_committed_schema, |dir: Dir, mut cmd: TestCommand| {
    let stdout = cmd.args(["rules", "schema", "out"]).stdout_with(0);
    assert_eq!(stdout, format!("wrote {}\n", Path::new("out").join("pack.schema.json").display()));
    let written = std::fs::read_to_string(dir.path().join("out/pack.schema.json")).expect("the schema was written");
    let committed =
        std::fs::read_to_string(repo_root().join("rules/schema/pack.schema.json")).expect("the schema is committed");
    assert!(written == committed, "rules/schema/pack.schema.json is stale: run `cargo run -- rules schema`");
});
