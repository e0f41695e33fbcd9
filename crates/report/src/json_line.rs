//! A claim's JSON line written straight into bytes: the bytes serde_json's
//! compact writer gives for a [`JsonClaim`], without its generic path (a
//! map serialiser for the flattened detail, a call per fragment). Tested
//! against serde_json on every kind of claim and on every character that
//! must be escaped.

use std::fmt::Write as _;

use crosscheck_model::ClaimId;

use crate::json::{JsonClaim, JsonDate, JsonDetail};

/// Appends `claim` as one JSON object to `out`.
pub(crate) fn write_claim(out: &mut Vec<u8>, claim: &JsonClaim) {
    let mut o = Object::open(out);
    o.id("\"id\":", claim.id.0);
    o.str(",\"key\":", &claim.key);
    o.str(",\"path\":", claim.path);
    o.str(",\"indexes\":", claim.indexes);
    o.uint(",\"start\":", claim.start as u64);
    o.uint(",\"end\":", claim.end as u64);
    o.uint(",\"line\":", u64::from(claim.line));
    o.str(",\"quote\":", claim.quote);
    o.str(",\"text\":", claim.text);
    o.opt_str(",\"speaker\":", claim.speaker);
    o.opt_str(",\"actor\":", claim.actor);
    o.opt_str(",\"camp\":", claim.camp);
    o.opt_str(",\"event\":", claim.event);
    o.opt_str(",\"place\":", claim.place);
    o.opt_date(",\"date_earliest\":", claim.date_earliest.as_ref());
    o.opt_date(",\"date_latest\":", claim.date_latest.as_ref());
    o.opt_bool(",\"date_explicit\":", claim.date_explicit);
    o.opt_bool(",\"earlier_report\":", claim.earlier_report);
    o.opt_bool(",\"later_report\":", claim.later_report);
    o.str(",\"scope\":", claim.scope);
    o.bool(",\"headline\":", claim.headline);
    o.str(",\"kind\":", claim.kind);
    detail(&mut o, &claim.detail);
    if let Some(trace) = claim.explain {
        o.key(",\"explain\":");
        o.out.push(b'[');
        for (i, step) in trace.iter().enumerate() {
            if i > 0 {
                o.out.push(b',');
            }
            string(o.out, step);
        }
        o.out.push(b']');
    }
    o.out.push(b'}');
}

/// The fields of a claim's detail, flattened into the claim's object.
fn detail(o: &mut Object, detail: &JsonDetail) {
    match *detail {
        JsonDetail::Quantity { metric, value, qualifier, low, high, population, side, increment, subset } => {
            o.str(",\"metric\":", metric);
            o.opt_uint(",\"value\":", value);
            o.str(",\"qualifier\":", qualifier);
            o.uint(",\"low\":", low);
            o.opt_uint(",\"high\":", high);
            o.opt_str(",\"population\":", population);
            o.opt_str(",\"side\":", side);
            o.bool(",\"increment\":", increment);
            o.bool(",\"subset\":", subset);
        }
        JsonDetail::Proposition { proposition, polarity, denies_span, denies } => {
            o.str(",\"proposition\":", proposition);
            o.str(",\"polarity\":", polarity);
            if let Some([a, b]) = denies_span {
                o.key(",\"denies_span\":");
                o.out.push(b'[');
                number(o.out, a as u64);
                o.out.push(b',');
                number(o.out, b as u64);
                o.out.push(b']');
            }
            if let Some(id) = denies {
                o.id(",\"denies\":", id.0);
            }
        }
        JsonDetail::Term { frame, topic } => {
            o.str(",\"frame\":", frame);
            o.str(",\"topic\":", topic);
        }
    }
}

/// An object being written. Each field is named by its whole lead, the
/// comma before it (none for the first) and its quoted name and colon
/// (`,"start":`), so that it is written in one copy.
struct Object<'b> {
    out: &'b mut Vec<u8>,
}

impl<'b> Object<'b> {
    fn open(out: &'b mut Vec<u8>) -> Self {
        out.push(b'{');
        Self { out }
    }

    /// A field's lead (never one that needs escaping).
    fn key(&mut self, lead: &str) {
        self.out.extend_from_slice(lead.as_bytes());
    }

    fn str(&mut self, lead: &str, value: &str) {
        self.key(lead);
        string(self.out, value);
    }

    fn opt_str(&mut self, lead: &str, value: Option<&str>) {
        self.key(lead);
        match value {
            Some(v) => string(self.out, v),
            None => self.out.extend_from_slice(b"null"),
        }
    }

    fn uint(&mut self, lead: &str, value: u64) {
        self.key(lead);
        number(self.out, value);
    }

    fn opt_uint(&mut self, lead: &str, value: Option<u64>) {
        self.key(lead);
        match value {
            Some(v) => number(self.out, v),
            None => self.out.extend_from_slice(b"null"),
        }
    }

    fn bool(&mut self, lead: &str, value: bool) {
        self.key(lead);
        self.out.extend_from_slice(if value { b"true" } else { b"false" });
    }

    fn opt_bool(&mut self, lead: &str, value: Option<bool>) {
        match value {
            Some(v) => self.bool(lead, v),
            None => {
                self.key(lead);
                self.out.extend_from_slice(b"null");
            }
        }
    }

    /// A claim id as the report writes it (`c17`).
    fn id(&mut self, lead: &str, id: ClaimId) {
        self.key(lead);
        self.out.extend_from_slice(b"\"c");
        number(self.out, u64::from(id.0) + 1);
        self.out.push(b'"');
    }

    fn opt_date(&mut self, lead: &str, date: Option<&JsonDate>) {
        self.key(lead);
        match date {
            Some(d) => {
                let mut text = String::with_capacity(16);
                // Writing to a String cannot fail.
                let _ = write!(text, "{}", d.0);
                string(self.out, &text);
            }
            None => self.out.extend_from_slice(b"null"),
        }
    }
}

/// `n` in decimal.
fn number(out: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    out.extend_from_slice(crate::decimal(n, &mut digits));
}

/// `s` as a JSON string, escaped as serde_json escapes it: the quote, the
/// backslash and the control characters below U+0020 (`\b`, `\t`, `\n`,
/// `\f`, `\r` by name, the others as `\u00xx`); every other character as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most strings (paths, ids, most sentences) need no escape: one
    // vector pass tells, and they are copied whole.
    if !any_escape(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them needs escaping: most
        // of a claim's text, and all of an Arabic one's letters.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let escape = escape_of(bytes[i]);
        if escape.is_empty() {
            i += 1;
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        out.extend_from_slice(escape.as_bytes());
        i += 1;
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Whether any byte of `bytes` is a quote, a backslash or a control
/// character below 0x20. A pass with no early exit, which the compiler
/// turns into a vector loop.
fn any_escape(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &b| found | (b < 0x20) | (b == b'"') | (b == b'\\'))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `word` is zero (exact: no byte is reported that is
/// not there).
fn has_zero(word: u64) -> bool {
    word.wrapping_sub(ONES) & !word & HIGHS != 0
}

/// Whether any of the eight bytes of `word` is a quote, a backslash or a
/// control character below 0x20.
fn needs_escape(word: u64) -> bool {
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS != 0;
    below_space || has_zero(word ^ (ONES * u64::from(b'"'))) || has_zero(word ^ (ONES * u64::from(b'\\')))
}

/// What byte `b` is written as inside a string, or nothing when it is written as it is.
fn escape_of(b: u8) -> &'static str {
    const CONTROLS: [&str; 32] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007", "\\b", "\\t", "\\n",
        "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f", "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014",
        "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e",
        "\\u001f",
    ];
    match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0..=0x1F => CONTROLS[usize::from(b)],
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{
        Claim, ClaimKind, Interval, Polarity, Proposition, Qualifier, Quantity, Scope, Span, Speaker, Term, TimeRange,
    };

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = (0u8..0x80).map(|b| format!("a{}b", char::from(b))).collect();
        texts.extend(
            [
                "",
                "\"",
                "\\\\\"\"",
                "plain words that are longer than eight bytes",
                "\u{642}\u{627}\u{644} \u{ab}\u{bb} \u{201c}x\u{201d} \u{7f} \u{feff}",
                "twelve bytes\"",
                "\n\n\n\n\n\n\n\n\n",
                "abcdefg\u{1f}",
                "abcdefgh\u{1f}",
            ]
            .map(str::to_owned),
        );
        for text in &texts {
            let mut ours = Vec::new();
            string(&mut ours, text);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    fn claim(kind: ClaimKind, time: Option<TimeRange>, speaker: bool) -> Claim {
        Claim {
            doc: 0,
            span: Span::new(3, 19),
            quote: "twelve \"killed\"".into(),
            line: 4,
            evidence: Span::new(0, 40),
            text: "they said\ttwelve \u{642}\u{627}\u{644}\u{1}".into(),
            speaker: speaker.then(|| Speaker { text: "the ministry".into(), span: Span::new(0, 3), actor: None }),
            camp: speaker.then(|| "gov".into()),
            event: Some("ev".into()),
            place: None,
            time,
            earlier_report: speaker,
            later_report: false,
            scope: if speaker { Scope::Event } else { Scope::Incident },
            headline: speaker,
            kind,
            trace: vec!["rule: \"x\"".into(), "speaker: y".into()],
        }
    }

    #[test]
    fn claims_are_written_as_serde_json_writes_them() {
        let date = |d: i8| crosscheck_model::Date::new(2024, 3, d).expect("a date");
        let times = [None, Some(TimeRange { earliest: date(1), latest: date(9), explicit: true })];
        let quantity = |high, value| {
            ClaimKind::Quantity(Quantity {
                metric: "killed".into(),
                value,
                qualifier: Qualifier::Range,
                interval: Interval { low: 12, high },
                population: Some("civilians".into()),
                side: None,
                increment: true,
                subset: false,
            })
        };
        let proposition = |target| {
            ClaimKind::Proposition(Proposition {
                id: "city_captured:x".into(),
                template: "city_captured".into(),
                slots: vec![],
                polarity: Polarity::Denies,
                target,
            })
        };
        let kinds = [
            quantity(Some(30), None),
            quantity(None, Some(12)),
            proposition(None),
            proposition(Some(Span::new(1, 2))),
            ClaimKind::Term(Term { frame: "war".into(), topic: "offensive".into() }),
        ];
        for kind in kinds {
            for (time, speaker) in times.iter().flat_map(|t| [(*t, true), (*t, false)]) {
                let c = claim(kind.clone(), time, speaker);
                for (explain, denies) in [(false, None), (true, None), (false, Some(ClaimId(6)))] {
                    let (ours, serde) = crate::json::claim_for_test(&c, explain, denies);
                    assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(serde).unwrap());
                }
            }
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 100, 12_345, u64::MAX] {
            let mut ours = Vec::new();
            number(&mut ours, n);
            assert_eq!(String::from_utf8(ours).unwrap(), n.to_string());
        }
    }
}
