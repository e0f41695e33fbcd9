//! The same input gives the same bytes: run after run, and whatever the
//! number of worker threads.

use crate::util::{Dir, TestCommand, repo_cmd, repo_root};

/// Runs `crosscheck <args>` at the repository root and returns stdout.
fn seeds_stdout(args: &[&str]) -> Vec<u8> {
    repo_cmd().args(args).assert_exit(0).stdout
}

/// Asserts two outputs are the same bytes, showing where they part.
fn assert_same(what: &str, a: &[u8], b: &[u8]) {
    if a != b {
        let at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let context =
            |s: &[u8]| String::from_utf8_lossy(&s[at.saturating_sub(80)..(at + 80).min(s.len())]).into_owned();
        panic!(
            "{what}: the outputs differ from byte {at} ({} vs {} bytes)\nfirst:  {:?}\nsecond: {:?}",
            a.len(),
            b.len(),
            context(a),
            context(b)
        );
    }
}

#[test]
fn report_json_is_identical_run_after_run() {
    let args = ["report", "--format", "json", "seeds/"];
    let first = seeds_stdout(&args);
    for _ in 0..3 {
        assert_same("two runs", &first, &seeds_stdout(&args));
    }
}

#[test]
fn report_json_is_identical_with_1_and_4_threads() {
    assert_same(
        "-j 1 and -j 4",
        &seeds_stdout(&["report", "--format", "json", "-j", "1", "seeds/"]),
        &seeds_stdout(&["report", "--format", "json", "-j", "4", "seeds/"]),
    );
}

#[test]
fn report_table_is_identical_with_1_and_4_threads() {
    assert_same(
        "-j 1 and -j 4",
        &seeds_stdout(&["report", "-j", "1", "seeds/"]),
        &seeds_stdout(&["report", "-j", "4", "seeds/"]),
    );
}

#[test]
fn claims_json_is_identical_with_1_and_4_threads() {
    assert_same(
        "-j 1 and -j 4",
        &seeds_stdout(&["claims", "--format", "json", "-j", "1", "seeds/"]),
        &seeds_stdout(&["claims", "--format", "json", "-j", "4", "seeds/"]),
    );
}

cctest!(problems_keep_their_order_with_1_and_4_threads, |dir: Dir, _cmd: TestCommand| {
    for i in 0..8 {
        dir.article(
            "news",
            &format!("{i}.txt"),
            "ar",
            &format!("قالت وزارة الصحة إن {} شخصا قتلوا في القصف.\n", 10 + i),
        );
        dir.create(format!("news/{i}-empty.txt"), "");
    }
    let seeds = repo_root().join("seeds");
    let run = |threads: &str| {
        let out = TestCommand::new(dir.path())
            .args(["report", "--format", "json", "-j", threads, "news"])
            .arg(&seeds)
            .arg("missing.txt")
            .assert_exit(2);
        (out.stdout, out.stderr)
    };
    let (one, four) = (run("1"), run("4"));
    assert_same("stdout with -j 1 and -j 4", &one.0, &four.0);
    assert_same("stderr with -j 1 and -j 4", &one.1, &four.1);
});
