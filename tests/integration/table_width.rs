//! Terminal tables line up as terminals draw them: every line of a table is
//! as wide as the table, counting each code point's own width, as `wcwidth`
//! and terminals (xterm, VTE) do. "لا" (lam, alef) is two columns there,
//! though `unicode-width` counts the pair as one ligature.

use unicode_width::UnicodeWidthChar;

use crate::util::{TestCommand, repo_cmd};

fn columns(line: &str) -> usize {
    line.chars().map(|c| c.width().unwrap_or(0)).sum()
}

fn assert_lines_even(cmd: &mut TestCommand, code: i32, width: usize) {
    let out = cmd.stdout_with(code);
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with(['│', '┌', '├', '└', '╞'])).collect();
    assert!(lines.len() > 10, "{out}");
    assert!(lines.iter().any(|l| l.contains("لا") || l.contains("لأ")), "the table holds a lam-alef:\n{out}");
    let uneven: Vec<String> =
        lines.iter().filter(|l| columns(l) != width).map(|l| format!("{} columns: {l}", columns(l))).collect();
    assert!(uneven.is_empty(), "lines not {width} columns wide:\n{}", uneven.join("\n"));
}

#[test]
fn every_line_of_the_seeds_report_table_is_as_wide_as_the_table() {
    assert_lines_even(repo_cmd().args(["report", "seeds"]), 0, 120);
    assert_lines_even(repo_cmd().args(["report", "--width", "90", "seeds"]), 0, 90);
}

#[test]
fn every_line_of_the_seeds_claims_table_is_as_wide_as_the_table() {
    assert_lines_even(repo_cmd().args(["claims", "seeds"]), 0, 120);
}

/// Colour marks finding kinds only when asked or on a terminal: a pipe gets
/// plain text, `--color always` colours the kinds (contradictions red), and
/// the coloured table still lines up once the colour codes are taken out.
#[test]
fn colour_is_off_in_a_pipe_and_on_when_asked() {
    let plain = repo_cmd().args(["report", "seeds"]).stdout_with(0);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let never = repo_cmd().args(["report", "--color", "never", "seeds"]).stdout_with(0);
    assert_eq!(never, plain);
    let coloured = repo_cmd().args(["report", "--color", "always", "seeds"]).stdout_with(0);
    assert!(coloured.contains("\u{1b}[38;5;9m numeric_conflict"), "{coloured}");
    let stripped = regex::Regex::new("\u{1b}\\[[0-9;]*m").expect("regex").replace_all(&coloured, "").into_owned();
    assert_eq!(stripped, plain);
}
