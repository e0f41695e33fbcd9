//! CSV for spreadsheets and conflict-data tools: RFC 4180 (comma-separated,
//! CRLF line ends, fields quoted when they hold a comma, quote or line
//! break), one row per claim, or one row per claim on each side of a
//! finding. Columns follow the UCDP/ACLED habit: event, date, place,
//! speaker, camp, then `low`, `best`, `high` — `best` the figure as stated,
//! `low` and `high` the interval's bounds, empty when unbounded.

use std::io::{self, Write};

use crosscheck_model::{Claim, ClaimId};

use crate::{Report, figure};

/// Byte order mark, for spreadsheet programs that guess the encoding.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
/// tab or carriage return before one) gets a single quote in front, so it
/// is shown as text.
pub(crate) fn neutral(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

const CLAIM_COLUMNS: [&str; 22] = [
    "event",
    "date",
    "date_end",
    "place",
    "speaker",
    "actor",
    "camp",
    "low",
    "best",
    "high",
    "kind",
    "subject",
    "qualifier",
    "says",
    "population",
    "scope",
    "quote",
    "sentence",
    "path",
    "line",
    "claim",
    "key",
];

fn writer(out: &mut dyn Write, bom: bool) -> io::Result<::csv::Writer<&mut dyn Write>> {
    if bom {
        out.write_all(BOM)?;
    }
    Ok(::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(out))
}

/// The claim's cells, in [`CLAIM_COLUMNS`] order.
fn claim_cells(report: &Report, id: ClaimId, c: &Claim) -> Vec<String> {
    let q = c.quantity();
    let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    let cells = vec![
        c.event.as_deref().map(str::to_owned).unwrap_or_default(),
        c.time.map(|t| t.earliest.to_string()).unwrap_or_default(),
        c.time.map(|t| t.latest.to_string()).unwrap_or_default(),
        c.place.as_deref().map(str::to_owned).unwrap_or_default(),
        c.speaker.as_ref().map(|s| s.text.clone()).unwrap_or_default(),
        c.speaker.as_ref().and_then(|s| s.actor.as_deref()).map(str::to_owned).unwrap_or_default(),
        c.camp.as_deref().map(str::to_owned).unwrap_or_default(),
        number(q.map(|q| q.interval.low)),
        number(q.and_then(|q| q.value)),
        number(q.and_then(|q| q.interval.high)),
        c.kind_name().to_owned(),
        crate::subject(c).to_owned(),
        q.map(|q| q.qualifier.as_str().to_owned()).unwrap_or_default(),
        figure(c),
        q.and_then(|q| q.population.clone()).unwrap_or_default(),
        match c.scope {
            crosscheck_model::Scope::Event => "event".to_owned(),
            crosscheck_model::Scope::Incident => "incident".to_owned(),
        },
        c.quote.clone(),
        c.text.to_string(),
        report.doc_path(c).to_owned(),
        c.line.to_string(),
        id.to_string(),
        report.key(id),
    ];
    cells.into_iter().map(|cell| neutral(&cell)).collect()
}

/// Every claim, one row each.
pub(crate) fn claims(out: &mut dyn Write, report: &Report, bom: bool) -> io::Result<()> {
    let mut w = writer(out, bom)?;
    w.write_record(CLAIM_COLUMNS)?;
    report.each_claim(&mut |id, c| Ok(w.write_record(claim_cells(report, id, c))?))?;
    w.flush()
}

/// Every finding, one row per claim on each side (one claim per source).
pub(crate) fn findings(out: &mut dyn Write, report: &Report, bom: bool) -> io::Result<()> {
    let mut w = writer(out, bom)?;
    let mut header = vec!["finding", "finding_key", "finding_kind", "side", "reason"];
    header.extend(CLAIM_COLUMNS);
    w.write_record(&header)?;
    for (n, f) in report.findings.iter().enumerate() {
        let finding_key = report.finding_key(f);
        for (side, ids) in f.sides.iter().enumerate() {
            for &id in *ids {
                let mut row =
                    vec![(n + 1).to_string(), finding_key.clone(), f.kind.as_str().to_owned(), (side + 1).to_string()];
                row.push(neutral(&f.reason.to_string()));
                row.extend(claim_cells(report, id, &report.claim(id)));
                w.write_record(&row)?;
            }
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::neutral;

    #[test]
    fn formulas_are_neutralised() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"] {
            assert_eq!(neutral(cell), format!("'{cell}"));
        }
        assert_eq!(neutral("200 killed"), "200 killed");
        assert_eq!(neutral(""), "");
    }
}
