//! The harness: where the repository is, a temporary directory to write
//! articles into, a `crosscheck` command to run, golden files, and helpers
//! for reading the JSON report.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The command that regenerates the golden files.
pub const UPDATE_HINT: &str = "UPDATE_GOLDEN=1 cargo test -p crosscheck-cli --test integration";

/// The repository root, found from the cli crate's manifest directory so the
/// tests run from any working directory.
pub fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// Where the expected outputs live.
pub fn golden_dir() -> PathBuf {
    repo_root().join("tests").join("golden")
}

/// A fresh directory and a command that runs in it.
pub fn setup() -> (Dir, TestCommand) {
    let dir = Dir::new();
    let cmd = TestCommand::new(dir.path());
    (dir, cmd)
}

/// A command that runs in the repository root, so `seeds/` and `rules/` are
/// named as a user at the root would name them (and as the golden files
/// show them).
pub fn repo_cmd() -> TestCommand {
    TestCommand::new(&repo_root())
}

/// A temporary directory, removed when dropped.
#[derive(Debug)]
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        let tmp = tempfile::Builder::new().prefix("crosscheck-it-").tempdir().expect("create a temporary directory");
        Dir { tmp }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes a text file (and its parent directories); returns its path.
    pub fn create(&self, name: impl AsRef<Path>, contents: &str) -> PathBuf {
        self.create_bytes(name, contents.as_bytes())
    }

    /// Writes a file's exact bytes (and its parent directories); returns its path.
    pub fn create_bytes(&self, name: impl AsRef<Path>, bytes: &[u8]) -> PathBuf {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent directories");
        }
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        path
    }

    /// Creates an (empty) directory; returns its path.
    pub fn create_dir(&self, name: impl AsRef<Path>) -> PathBuf {
        let path = self.path().join(name);
        std::fs::create_dir_all(&path).expect("create directory");
        path
    }

    /// Writes the article `dir/name` and adds it to `dir/index.yaml` with its
    /// language and publication date. Returns the article's path relative to
    /// this directory, as a test passes it on the command line.
    pub fn article(&self, dir: &str, name: &str, language: &str, text: &str) -> PathBuf {
        let relative = Path::new(dir).join(name);
        self.create(&relative, text);
        let index = self.path().join(dir).join("index.yaml");
        let mut yaml = std::fs::read_to_string(&index).unwrap_or_default();
        writeln!(yaml, "- file: {name}\n  language: {language}\n  published: 2023-09-20").expect("write to String");
        std::fs::write(&index, yaml).expect("write index.yaml");
        relative
    }
}

/// A `crosscheck` command under test.
#[derive(Debug)]
pub struct TestCommand {
    cmd: Command,
}

impl TestCommand {
    pub fn new(cwd: &Path) -> TestCommand {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
        cmd.current_dir(cwd);
        TestCommand { cmd }
    }

    pub fn arg(&mut self, arg: impl AsRef<OsStr>) -> &mut TestCommand {
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, A>(&mut self, args: I) -> &mut TestCommand
    where
        I: IntoIterator<Item = A>,
        A: AsRef<OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// Runs the command (it can be run again) and returns what it did.
    pub fn output(&mut self) -> Output {
        self.cmd.output().unwrap_or_else(|e| panic!("cannot run {:?}: {e}", self.cmd))
    }

    /// Runs the command and checks its exit code.
    pub fn assert_exit(&mut self, code: i32) -> Output {
        let out = self.output();
        if out.status.code() != Some(code) {
            panic!("expected exit code {code}, got {:?}\n{}", out.status.code(), self.describe(&out));
        }
        out
    }

    /// Runs the command, checks its exit code and returns stdout as text.
    pub fn stdout_with(&mut self, code: i32) -> String {
        let out = self.assert_exit(code);
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    /// Runs the command, checks its exit code and parses stdout as JSON.
    pub fn json_with(&mut self, code: i32) -> Value {
        let out = self.assert_exit(code);
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", self.describe(&out)))
    }

    /// The command and what it printed, for failure messages.
    pub fn describe(&self, out: &Output) -> String {
        format!(
            "command: {:?}\nin: {}\nstatus: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.cmd,
            self.cmd.get_current_dir().map_or_else(|| "?".to_owned(), |d| d.display().to_string()),
            out.status,
            clip(&String::from_utf8_lossy(&out.stdout)),
            clip(&String::from_utf8_lossy(&out.stderr)),
        )
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 4000;
    if s.len() <= MAX {
        return s.to_owned();
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n[... {} more bytes]", &s[..end], s.len() - end)
}

/// Compares `actual` byte for byte with `tests/golden/<name>`; with
/// `UPDATE_GOLDEN=1` in the environment, rewrites the file instead.
pub fn assert_golden(name: &str, actual: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(golden_dir()).expect("create tests/golden");
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!("cannot read the golden file {}: {e}\nCreate it with:\n    {UPDATE_HINT}", path.display())
    });
    if expected != actual {
        panic!(
            "the output differs from the golden file {}\n{}\nIf the change is intended, \
             regenerate the golden files and review them with `git diff tests/golden/`:\n    {UPDATE_HINT}",
            path.display(),
            first_difference(&expected, actual)
        );
    }
}

/// Where two outputs first differ, line by line.
fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let (e_lines, a_lines): (Vec<&str>, Vec<&str>) = (expected.split('\n').collect(), actual.split('\n').collect());
    let counts = format!(
        "(golden: {} lines, {} bytes; actual: {} lines, {} bytes)",
        e_lines.len(),
        expected.len(),
        a_lines.len(),
        actual.len()
    );
    for i in 0..e_lines.len().max(a_lines.len()) {
        let (e, a) = (e_lines.get(i), a_lines.get(i));
        if e != a {
            let show = |l: Option<&&str>| l.map_or_else(|| "<end of output>".to_owned(), |l| format!("{l:?}"));
            return format!(
                "first difference at line {}:\n  golden: {}\n  actual: {}\n{counts}",
                i + 1,
                show(e),
                show(a)
            );
        }
    }
    format!("the outputs differ in bytes the line comparison does not show {counts}")
}

/// Folds every run of whitespace to one space and drops invisible format
/// controls, as claim quotes are.
pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars().filter(|&c| !crosscheck_text::is_format_control(c)) {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// The claims of a JSON report.
pub fn claims(report: &Value) -> &[Value] {
    report["claims"].as_array().unwrap_or_else(|| panic!("the report has no `claims` array: {report}"))
}

/// The findings of a JSON report (absent from `claims` output).
pub fn findings(report: &Value) -> &[Value] {
    report["findings"].as_array().unwrap_or_else(|| panic!("the report has no `findings` array"))
}

/// A field of the report's summary, as a number.
pub fn summary(report: &Value, field: &str) -> u64 {
    report["summary"][field]
        .as_u64()
        .unwrap_or_else(|| panic!("summary.{field} is not a number: {}", report["summary"]))
}

/// The claim with this id.
pub fn claim<'a>(report: &'a Value, id: &Value) -> &'a Value {
    claims(report)
        .iter()
        .find(|c| &c["id"] == id)
        .unwrap_or_else(|| panic!("a finding cites {id}, which is not among the claims"))
}

/// The claim pairs of one finding, as the claims themselves.
pub fn finding_pairs<'a>(report: &'a Value, finding: &Value) -> Vec<(&'a Value, &'a Value)> {
    finding["pairs"]
        .as_array()
        .expect("`pairs` is an array")
        .iter()
        .map(|p| (claim(report, &p[0]), claim(report, &p[1])))
        .collect()
}

/// Every claim pair of every finding of `kind`, as the claims themselves.
pub fn pairs<'a>(report: &'a Value, kind: &str) -> Vec<(&'a Value, &'a Value)> {
    findings(report).iter().filter(|f| f["kind"] == kind).flat_map(|f| finding_pairs(report, f)).collect()
}

/// A claim in one line, for failure messages.
pub fn brief(c: &Value) -> String {
    format!(
        "{} {} {} {} [{}, {}] camp={} event={} ({}:{})",
        c["id"].as_str().unwrap_or("?"),
        c["metric"],
        c["qualifier"],
        c["value"],
        c["low"],
        c["high"],
        c["camp"],
        c["event"],
        c["path"].as_str().unwrap_or("?"),
        c["line"],
    )
}

/// The pairs, one per line, for failure messages.
pub fn brief_pairs(pairs: &[(&Value, &Value)]) -> String {
    let mut s = String::new();
    for (a, b) in pairs {
        writeln!(s, "  {}  <->  {}", brief(a), brief(b)).expect("write to String");
    }
    if s.is_empty() {
        s.push_str("  (none)\n");
    }
    s
}

/// Checks that every claim's `[start, end)` is a char-boundary range of its
/// file (paths relative to `base`) and that `quote` is exactly that range
/// with whitespace folded.
pub fn assert_spans_match_files(report: &Value, base: &Path) {
    let mut problems = Vec::new();
    for c in claims(report) {
        let id = c["id"].as_str().unwrap_or("?");
        let path = base.join(c["path"].as_str().expect("claim has a path"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let (start, end) = (
            c["start"].as_u64().expect("start is a number") as usize,
            c["end"].as_u64().expect("end is a number") as usize,
        );
        if start > end || end > bytes.len() {
            problems.push(format!(
                "{id}: [{start}, {end}) is not a range inside {} ({} bytes)",
                path.display(),
                bytes.len()
            ));
            continue;
        }
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => panic!("{} is not UTF-8: {e}", path.display()),
        };
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            problems.push(format!("{id}: [{start}, {end}) cuts a character in {}", path.display()));
            continue;
        }
        let quote = c["quote"].as_str().expect("quote is a string");
        let expected = fold_whitespace(&text[start..end]);
        if quote != expected {
            problems.push(format!("{id}: quote {quote:?} but {}[{start}..{end}] is {expected:?}", path.display()));
        }
    }
    assert!(problems.is_empty(), "claim spans do not match their files:\n{}", problems.join("\n"));
}
