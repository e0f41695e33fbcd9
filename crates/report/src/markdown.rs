//! GitHub-flavoured Markdown tables, ready to paste into a write-up.

use std::io::{self, Write};

use crosscheck_model::{ClaimId, Finding};

use crate::table::{side_claims, speaker};
use crate::{Report, figure};

/// Makes text safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn side(report: &Report, f: &Finding, which: usize) -> String {
    side_claims(f, which)
        .iter()
        .map(|&id| {
            let c = report.claim(id);
            format!(
                "**{}** — {}<br>“{}” (`{}:{}`)",
                cell(&figure(c)),
                cell(&speaker(c)),
                cell(&c.quote),
                cell(report.doc_name(c)),
                c.line
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
            cell(f.event.as_deref().unwrap_or("")),
            cell(&f.subject),
            side(report, f, 0),
            side(report, f, 1),
            cell(&f.reason)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "_{}_", report.summary_line())
}

pub(crate) fn claims(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "| Claim | Article | Speaker | Says | Event | Quote |")?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for (i, c) in report.claims.iter().enumerate() {
        writeln!(
            out,
            "| {} | `{}:{}` | {} | {} | {} | “{}” |",
            ClaimId(i as u32),
            cell(report.doc_name(c)),
            c.line,
            cell(&speaker(c)),
            cell(&figure(c)),
            cell(c.event.as_deref().unwrap_or("")),
            cell(&c.quote)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "_{}_", report.summary_line())
}
