//! GitHub-flavoured Markdown tables, ready to paste into a write-up.

use std::io::{self, Write};

use crosscheck_model::{Claim, FindingRef};

use crate::table::{side_claims, speaker_with, visible};
use crate::{Report, figure};

/// Makes text safe inside a table cell of GitHub Markdown, whatever an
/// article holds: `<`, `>` and `&` become entities (no tag or entity of the
/// article reaches the page a cell is pasted into), pipes are escaped (no
/// new column), Markdown punctuation is backslash-escaped (no code span,
/// emphasis, link or image), line breaks become spaces (no new row), and
/// control characters are shown or dropped as on a terminal.
pub(crate) fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{2424}' | '\u{240A}' | '\u{240D}' => out.push(' '),
            '\\' | '|' | '`' | '*' | '_' | '[' | ']' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` (already a safe [`cell`]) in a first-strong direction isolate when
/// it holds right-to-left letters: a quote or a name keeps its own direction
/// and order inside an English line ("“مقتل 200 شخص” (`file:3`)" does not
/// carry the figure or the parenthesis across), and nothing in it reorders
/// what follows. Article text never holds isolates of its own ([`visible`]
/// drops them), so every isolate in a cell is one of these, balanced.
pub(crate) fn isolate(text: String) -> String {
    if text.chars().any(crate::html::is_rtl) { format!("\u{2068}{text}\u{2069}") } else { text }
}

/// Who said a claim, as a cell: the speaker's words isolated, the camp
/// after them in the line's own direction.
pub(crate) fn speaker_cell(claim: &Claim) -> String {
    speaker_with(claim, |name| isolate(cell(name)), cell)
}

/// A code span that holds `text` exactly, whatever backticks it holds: the
/// fence is one backtick longer than the longest run inside, padded with a
/// space where the text starts or ends with a backtick. Pipes are escaped
/// (a table reads them before the code span), line breaks become spaces.
pub(crate) fn code(text: &str) -> String {
    let text: String = visible(text)
        .chars()
        .map(|c| if matches!(c, '\u{2424}' | '\u{240A}' | '\u{240D}') { ' ' } else { c })
        .collect::<String>()
        .replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

fn side(report: &Report, f: FindingRef, which: usize) -> String {
    side_claims(f, which)
        .iter()
        .map(|&id| {
            let c = &report.claim(id);
            format!(
                "**{}** — {}<br>“{}” ({})",
                cell(&figure(c)),
                speaker_cell(c),
                isolate(cell(&c.quote)),
                code(&format!("{}:{}", report.doc_name(c), c.line)),
            )
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

pub(crate) fn findings(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "| # | Finding | Event | Subject | One side | Other side | Why |")?;
    writeln!(out, "|---|---|---|---|---|---|---|")?;
    for (i, f) in report.findings.iter().enumerate() {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            f.kind.as_str(),
            cell(f.event.unwrap_or("")),
            cell(f.subject),
            side(report, f, 0),
            side(report, f, 1),
            cell(&f.reason.to_string())
        )?;
    }
    crate::spread::markdown(out, report)?;
    writeln!(out)?;
    writeln!(out, "_{}_", report.summary_line())
}

pub(crate) fn claims(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "| Claim | Article | Speaker | Says | Event | Quote |")?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    report.each_claim(&mut |id, c| {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | “{}” |",
            id,
            code(&format!("{}:{}", report.doc_name(c), c.line)),
            speaker_cell(c),
            cell(&figure(c)),
            cell(c.event.as_deref().unwrap_or("")),
            isolate(cell(&c.quote))
        )
    })?;
    writeln!(out)?;
    writeln!(out, "_{}_", report.summary_line())
}
