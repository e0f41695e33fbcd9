//! Terminal tables.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};
use crosscheck_model::{Claim, ClaimId, FindingKind, FindingRef};

use crate::{Report, figure};

/// Text from an article or a file name made safe to draw: control
/// characters (an escape sequence could clear or retitle the terminal)
/// become their visible control pictures (ESC is `␛`), and invisible format
/// controls (a right-to-left override would turn the rest of the line
/// around) are left out.
pub fn visible(text: &str) -> String {
    text.chars()
        .filter(|&c| !crosscheck_text::is_format_control(c))
        .map(|c| match c as u32 {
            n @ 0..0x20 => char::from_u32(0x2400 + n).unwrap_or('\u{FFFD}'),
            0x7F => '\u{2421}',
            0x80..0xA0 => '\u{FFFD}',
            _ => c,
        })
        .collect()
}

/// A zero-width character put between the characters of every cell while
/// the table is laid out, and taken out of the result: the zero-width
/// non-joiner, which `unicode-width` (unlike the zero-width space) does not
/// look through when it forms a ligature.
const SEPARATE: char = '\u{200C}';

/// The cell's text with [`SEPARATE`] between every two characters.
///
/// comfy-table measures text with `unicode-width`, which counts some
/// sequences as one glyph: "لا" (lam, alef) is one column to it, but
/// terminals (xterm, VTE) draw the two letters in two columns, and the
/// rows holding one came out a column too wide. Terminals count each code
/// point on its own, as `wcwidth` does; with a zero-width character between
/// every two, `unicode-width` does too, and the padding comes out right.
/// The cells never hold the character itself ([`visible`] drops it).
fn per_code_point(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 4);
    for (i, c) in text.chars().enumerate() {
        if i > 0 {
            out.push(SEPARATE);
        }
        out.push(c);
    }
    out
}

/// The table as text, laid out per code point.
fn render(table: &Table) -> String {
    table.to_string().replace(SEPARATE, "")
}

/// How many claims a side lists before summing up the rest.
const SHOWN_PER_SIDE: usize = 3;

fn new_table(width: u16, header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
    // Styling is the caller's choice, never comfy-table's guess from the
    // process's own standard output.
    table.force_no_tty();
    table.set_header(header.iter().copied());
    table
}

/// The colour a finding kind is shown in: contradictions stand out, what is
/// no conflict is quiet.
fn kind_colour(kind: FindingKind) -> Color {
    match kind {
        FindingKind::NumericConflict | FindingKind::AssertionDenial => Color::Red,
        FindingKind::Framing | FindingKind::Discrepancy => Color::Yellow,
        _ => Color::Cyan,
    }
}

pub(crate) fn speaker(claim: &Claim) -> String {
    speaker_with(claim, visible, str::to_owned)
}

/// Who said a claim and the camp, each written by its own function (made
/// safe for the format at hand): "name (camp)", the article's own voice, or
/// an unnamed source (a claim the text reports without saying whose).
pub(crate) fn speaker_with(claim: &Claim, name: impl Fn(&str) -> String, camp: impl Fn(&str) -> String) -> String {
    let camp_name = camp(claim.camp.as_deref().unwrap_or("camp unknown"));
    match (&claim.speaker, &claim.camp) {
        (Some(s), _) => format!("{} ({camp_name})", name(&s.text)),
        (None, Some(_)) => format!("article's own voice ({camp_name})"),
        (None, None) => format!("unnamed source ({camp_name})"),
    }
}

/// Who said a claim, in words: its speaker, else the article's own voice,
/// else an unnamed source.
pub(crate) fn voice(claim: &Claim) -> &str {
    match (&claim.speaker, &claim.camp) {
        (Some(s), _) => s.text.as_str(),
        (None, Some(_)) => "the article's own voice",
        (None, None) => "an unnamed source",
    }
}

/// The claims of one side that appear in the finding's pairs, first mentions first.
pub(crate) fn side_claims(f: FindingRef, side: usize) -> Vec<ClaimId> {
    let mut out: Vec<ClaimId> = Vec::new();
    for &(a, b) in f.pairs {
        let id = if side == 0 { a } else { b };
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

fn side_cell(report: &Report, f: FindingRef, side: usize) -> String {
    let ids = side_claims(f, side);
    let mut parts: Vec<String> = ids
        .iter()
        .take(SHOWN_PER_SIDE)
        .map(|&id| {
            let c = &report.claim(id);
            format!(
                "{} [{id}]\n{}\n{}:{}\n“{}”",
                figure(c),
                speaker(c),
                visible(report.doc_name(c)),
                c.line,
                visible(&c.quote)
            )
        })
        .collect();
    if ids.len() > SHOWN_PER_SIDE {
        parts.push(format!("(+{} more)", ids.len() - SHOWN_PER_SIDE));
    }
    parts.join("\n\n")
}

pub(crate) fn findings(out: &mut dyn Write, report: &Report, width: u16, colour: bool) -> io::Result<()> {
    if report.findings.is_empty() {
        writeln!(out, "No findings.")?;
    } else {
        let mut table = new_table(width, &["#", "Finding", "One side", "Other side", "Why"]);
        // The sides carry the quotes: give them the room, keep the labels narrow.
        let sides = Width::Percentage(30);
        table.set_constraints([
            ColumnConstraint::ContentWidth,
            ColumnConstraint::Boundaries { lower: Width::Fixed(18), upper: Width::Percentage(20) },
            ColumnConstraint::LowerBoundary(sides),
            ColumnConstraint::LowerBoundary(sides),
            ColumnConstraint::UpperBoundary(Width::Percentage(22)),
        ]);
        if colour {
            table.enforce_styling();
        }
        for (i, f) in report.findings.iter().enumerate() {
            let head = format!("{}\n{}\n{}", f.kind.as_str(), f.event.unwrap_or("no event"), f.subject);
            let mut head = Cell::new(per_code_point(&head));
            if colour {
                head = head.fg(kind_colour(f.kind));
            }
            let cell = |text: String| Cell::new(per_code_point(&text));
            let row = [
                cell((i + 1).to_string()),
                head,
                cell(side_cell(report, f, 0)),
                cell(side_cell(report, f, 1)),
                cell(visible(&f.reason.to_string())),
            ];
            table.add_row(row);
        }
        writeln!(out, "{}", render(&table))?;
    }
    writeln!(out, "{}", report.summary_line())
}

pub(crate) fn claims(out: &mut dyn Write, report: &Report, width: u16) -> io::Result<()> {
    if report.claim_count() == 0 {
        writeln!(out, "No claims.")?;
    } else {
        let mut header = vec!["Claim", "Article", "Speaker", "Says", "Event", "Quote"];
        if report.explain {
            header.push("How");
        }
        let mut table = new_table(width, &header);
        report.each_claim(&mut |id, c| {
            let mut row = vec![
                id.to_string(),
                format!("{}:{}", visible(report.doc_name(c)), c.line),
                speaker(c),
                figure(c),
                c.event.as_deref().map(str::to_owned).unwrap_or_default(),
                format!("“{}”", visible(&c.quote)),
            ];
            if report.explain {
                row.push(c.trace.iter().map(|t| visible(t)).collect::<Vec<_>>().join("\n"));
            }
            table.add_row(row.iter().map(|cell| per_code_point(cell)));
            Ok(())
        })?;
        writeln!(out, "{}", render(&table))?;
    }
    writeln!(out, "{}", report.summary_line())
}
