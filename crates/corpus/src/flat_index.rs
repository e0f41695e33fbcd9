//! A fast reader for the common shape of `index.yaml`: a block list of flat
//! entries, one `key: value` a line.
//!
//! An index of a large corpus holds thousands of entries, and the general
//! YAML parser spends about 600 instructions a byte on them: more than
//! reading and normalising the articles they describe. This reader takes
//! only the plainest YAML (no anchors, tags, flow collections, block or
//! escaped scalars, no values YAML would read as anything but a string) and
//! declines everything else, which serde-saphyr then reads as before, with
//! its error messages. A test checks that whatever this reader accepts,
//! serde-saphyr reads to the same entries.

use crate::SerializableMeta;

/// The entries of `text` when it is a flat index this reader is sure of;
/// `None` when serde-saphyr must read it.
pub(crate) fn read(text: &str) -> Option<Vec<SerializableMeta>> {
    let mut entries: Vec<SerializableMeta> = Vec::new();
    for line in text.split('\n') {
        let rest = if let Some(rest) = line.strip_prefix("- ") {
            entries.push(SerializableMeta::default());
            rest
        } else if let Some(rest) = line.strip_prefix("  ") {
            if is_blank_or_comment(rest) {
                continue;
            }
            // A field line needs its key right after the entry's indentation.
            if rest.starts_with(' ') {
                return None;
            }
            rest
        } else if is_blank_or_comment(line) {
            continue;
        } else {
            return None;
        };
        let entry = entries.last_mut()?;
        let (key, value) = rest.split_once(':')?;
        let value = value.strip_prefix(' ')?;
        let value = scalar(value)?;
        let field = match key {
            "file" => &mut entry.file,
            "language" => &mut entry.language,
            "published" => &mut entry.published,
            "outlet" => &mut entry.outlet,
            "conflict" => &mut entry.conflict,
            "url" => &mut entry.url,
            "title" => &mut entry.title,
            _ => return None,
        };
        // A key given twice is serde-saphyr's error to report.
        if field.replace(value.to_owned()).is_some() {
            return None;
        }
    }
    (!entries.is_empty()).then_some(entries)
}

fn is_blank_or_comment(line: &str) -> bool {
    let line = line.trim_start_matches(' ');
    line.is_empty() || line.starts_with('#')
}

/// The string a value stands for, when it is one beyond doubt: a plain
/// scalar that cannot be read as null, a boolean or a number, or a quoted
/// one with nothing to unescape.
fn scalar(value: &str) -> Option<&str> {
    let value = value.trim_end_matches(' ');
    // Control characters, tabs, carriage returns and the Unicode line breaks
    // are left to the parser.
    if value.is_empty() || value.chars().any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')) {
        return None;
    }
    let first = value.as_bytes()[0];
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return (!inner.contains(['"', '\\'])).then_some(inner);
    }
    if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        return (!inner.contains('\'')).then_some(inner);
    }
    // Indicators that open anything but a plain scalar.
    if b"-?:,[]{}#&*!|>'\"%@`".contains(&first) {
        return None;
    }
    // "a: b" would be a nested mapping, "a #b" a comment.
    if value.contains(": ") || value.ends_with(':') || value.contains(" #") {
        return None;
    }
    if might_not_be_a_string(value) {
        return None;
    }
    Some(value)
}

/// Whether YAML (1.1 or 1.2) could read the plain scalar as null, a boolean
/// or a number. Dates ("2024-04-20") stay strings.
fn might_not_be_a_string(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "null" | "true" | "false" | "yes" | "no" | "y" | "n" | "on" | "off" | ".inf" | "+.inf" | "-.inf" | ".nan"
    ) {
        return true;
    }
    // Every character a YAML 1.1 or 1.2 number can hold ("0x1F", "1_000", "1e3", "1:20").
    let number_char =
        |c: char| c.is_ascii_hexdigit() || matches!(c, '+' | '-' | '.' | '_' | ':' | 'x' | 'X' | 'o' | 'O');
    let starts_numeric = value.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '.'));
    starts_numeric && value.chars().all(number_char) && !is_date(value)
}

fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::SerializableMeta;

    /// What serde-saphyr reads `text` to.
    fn saphyr(text: &str) -> Result<Vec<SerializableMeta>, String> {
        serde_saphyr::from_str::<Vec<SerializableMeta>>(text).map_err(|e| e.to_string())
    }

    /// The flat reader either declines `text` or agrees with serde-saphyr.
    #[track_caller]
    fn check(text: &str, accepted: bool) {
        let flat = read(text);
        assert_eq!(flat.is_some(), accepted, "accepted? {text:?}");
        if let Some(flat) = flat {
            assert_eq!(Ok(flat), saphyr(text), "{text:?}");
        }
    }

    #[test]
    fn plain_indexes_are_read_as_serde_saphyr_reads_them() {
        check(
            "# an index\n- file: 000_ar.txt\n  language: ar\n  published: 2024-04-20\n  outlet: وكالة المدار\n\n- file: b.txt\n  title: \"Talks: day two\"\n  url: https://example.org/a?b=c#d\n",
            true,
        );
        check("- file: a.txt\n  outlet: 'BBC Arabic'\n  conflict: karabakh-2023   \n", true);
        check("- file: a.txt\n  # a note\n  language: en\n", true);
        check("- file: a.txt\n  title: Armenia, Azerbaijan and 2 others\n", true);
        check("- file: a.txt\r\n  language: en\r\n", false);
    }

    #[test]
    fn anything_unusual_is_left_to_serde_saphyr() {
        for text in [
            "",
            "# nothing\n",
            "---\n- file: a.txt\n",
            "  - file: a.txt\n",
            "- file: a.txt\n   language: en\n",
            "- file: a.txt\n  language: en # English\n",
            "- file: a.txt\n  language:\n",
            "- file: a.txt\n  language: ~\n",
            "- file: a.txt\n  language: null\n",
            "- file: a.txt\n  title: yes\n",
            "- file: a.txt\n  title: 2024\n",
            "- file: a.txt\n  title: 1e3\n",
            "- file: a.txt\n  title: .5\n",
            "- file: a.txt\n  title: \"a \\\" b\"\n",
            "- file: a.txt\n  title: 'it''s'\n",
            "- file: a.txt\n  title: >\n    folded\n",
            "- file: a.txt\n  title: &t x\n",
            "- file: a.txt\n  title: [a, b]\n",
            "- file: a.txt\n  title: a: b\n",
            "- file: a.txt\n  tittle: typo\n",
            "- file: a.txt\n  file: b.txt\n",
            "- file: a.txt\n  title: a\tb\n",
            "file: a.txt\n",
            "- {file: a.txt}\n",
        ] {
            check(text, false);
        }
    }

    /// Values of every shape: some the reader must accept, some it must decline.
    const VALUES: &[&str] = &[
        "plain",
        "وكالة الأنباء",
        "Reuters (UK)",
        "a-b_c.d",
        "2024-04-20",
        "2024-4-20",
        "20240420",
        "10 killed",
        "+1",
        "-x",
        "x-",
        "a:b",
        "http://x.org/a:b",
        "a #b",
        "a#b",
        "\"quoted\"",
        "'single'",
        "\"\"",
        "''",
        "True",
        "NO",
        "Off",
        "0x1F",
        "0o17",
        "1_000",
        ".NaN",
        "~x",
        "null-ish",
        "%percent",
        "@at",
        "`tick`",
        "a \\ b",
        "ends with colon:",
        "«مرتزقة»",
    ];

    /// The values of `VALUES` the reader accepts, in order.
    const ACCEPTED: &[&str] = &[
        "plain",
        "وكالة الأنباء",
        "Reuters (UK)",
        "a-b_c.d",
        "2024-04-20",
        "10 killed",
        "x-",
        "a:b",
        "http://x.org/a:b",
        "a#b",
        "\"quoted\"",
        "'single'",
        "\"\"",
        "''",
        "~x",
        "null-ish",
        "a \\ b",
        "«مرتزقة»",
    ];

    /// Values of every shape the reader accepts, and some it must decline,
    /// each checked against serde-saphyr.
    #[test]
    fn accepted_values_agree_with_serde_saphyr() {
        let mut accepted = Vec::new();
        for &value in VALUES {
            let text = format!("- file: a.txt\n  title: {value}\n");
            if let Some(flat) = read(&text) {
                assert_eq!(Ok(flat), saphyr(&text), "{text:?}");
                accepted.push(value);
            }
        }
        assert_eq!(accepted, ACCEPTED);
    }
}
