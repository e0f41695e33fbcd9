//! `crosscheck rules check`: the shipped packs pass, broken packs are named.

use crate::util::{Dir, TestCommand, repo_cmd};

#[test]
fn rules_check_accepts_the_shipped_rules() {
    let stdout = repo_cmd().args(["rules", "check", "rules/"]).stdout_with(0);
    for what in ["camps", "actors", "events", "metrics", "languages"] {
        assert!(stdout.contains(what), "the summary should count {what}:\n{stdout}");
    }
}

cctest!(rules_check_names_a_broken_pack, |dir: Dir, mut cmd: TestCommand| {
    dir.create("rules/camps.yaml", "camps: [\n");
    let out = cmd.args(["rules", "check", "rules"]).assert_exit(2);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("camps.yaml"),
        "stderr should name the broken file\n{}",
        cmd.describe(&out)
    );
});

cctest!(rules_check_rejects_a_directory_without_packs, |dir: Dir, mut cmd: TestCommand| {
    dir.create_dir("rules");
    let out = cmd.args(["rules", "check", "rules"]).assert_exit(2);
    assert!(!out.stderr.is_empty(), "{}", cmd.describe(&out));
});
