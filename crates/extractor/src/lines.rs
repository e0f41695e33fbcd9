//! Lines and columns of offsets, whitespace folding for the text a claim shows, and sentences that end on no mark.

use crate::Extraction;

/// Gives each claim its line, and each diagnostic with a span its line and
/// column, in one pass over the text: counting from the start of the text
/// for each of them would cost the text's length per claim.
pub(crate) fn number_lines(original: &str, out: &mut Extraction) {
    enum Target {
        Claim(usize),
        Diagnostic(usize),
    }
    let mut targets: Vec<(usize, Target)> =
        out.claims.iter().enumerate().map(|(i, c)| (c.span.start, Target::Claim(i))).collect();
    targets.extend(
        out.diagnostics
            .iter()
            .enumerate()
            .filter(|(_, d)| d.line_col.is_none())
            .filter_map(|(i, d)| Some((d.span?.start, Target::Diagnostic(i)))),
    );
    targets.sort_by_key(|(offset, _)| *offset);
    let (mut at, mut line, mut col) = (0usize, 1usize, 1usize);
    for (offset, target) in targets {
        let offset = offset.min(original.len());
        if offset > at {
            let stretch = &original.as_bytes()[at..offset];
            match memchr::memrchr(b'\n', stretch) {
                Some(last) => {
                    line += memchr::memchr_iter(b'\n', stretch).count();
                    col = 1 + count_chars(&stretch[last + 1..]);
                }
                None => col += count_chars(stretch),
            }
            at = offset;
        }
        match target {
            Target::Claim(i) => out.claims[i].line = line as u32,
            Target::Diagnostic(i) => out.diagnostics[i].line_col = Some((line, col)),
        }
    }
}

/// Characters in a stretch of UTF-8 bytes (continuation bytes are not counted).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = line_of(text, offset);
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The 1-based line of byte `offset`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &text.as_bytes()[..offset.min(text.len())]).count() + 1
}

/// Collapses runs of whitespace (hard wraps included) to one space.
pub fn fold_whitespace(text: &str) -> String {
    if is_folded(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    // One pass: a run of whitespace becomes one space before the next
    // visible character. Invisible controls (a bidi override, a zero-width
    // space) stay in the span, never in the text shown.
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() {
            gap = true;
        } else if !crosscheck_text::is_format_control(c) {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// Whether `text` is already folded: single ASCII spaces between words, none
/// at the ends, and no other whitespace or format control. Read byte by
/// byte, by the UTF-8 forms of those characters (U+0085, U+00A0, U+00AD,
/// U+061C, U+1680, U+180E, U+2000–U+200F, U+2028–U+202F, U+205F–U+206F,
/// U+3000, U+FEFF, U+FFF9–U+FFFB), so that guillemets, dashes and curly
/// quotes, common in the text a claim shows, keep the fast path.
pub(crate) fn is_folded(text: &str) -> bool {
    const PLAIN: [bool; 256] = {
        let mut plain = [true; 256];
        let special = [b' ', b'\t', b'\n', 0x0B, 0x0C, b'\r', 0xC2, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF];
        let mut k = 0;
        while k < special.len() {
            plain[special[k] as usize] = false;
            k += 1;
        }
        plain
    };
    let bytes = text.as_bytes();
    let mut after_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        // Most bytes are none of those below: one table lookup settles them.
        if PLAIN[usize::from(b)] {
            after_space = false;
            continue;
        }
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        let special = match b {
            b' ' if after_space => return false,
            b' ' => {
                after_space = true;
                continue;
            }
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => true,
            0xC2 => matches!(next(1), 0x85 | 0xA0 | 0xAD),
            0xD8 => next(1) == 0x9C,
            0xE1 => matches!((next(1), next(2)), (0x9A, 0x80) | (0xA0, 0x8E)),
            0xE2 => matches!((next(1), next(2)), (0x80, 0x80..=0x8F | 0xA8..=0xAF) | (0x81, 0x9F..=0xAF)),
            0xE3 => (next(1), next(2)) == (0x80, 0x80),
            0xEF => matches!((next(1), next(2)), (0xBB, 0xBF) | (0xBF, 0xB9..=0xBB)),
            _ => false,
        };
        if special {
            return false;
        }
        after_space = false;
    }
    !after_space || bytes.is_empty()
}

/// Whether a sentence ends on a letter or digit, with no sentence mark: a
/// title, a subhead or a caption.
pub(crate) fn ends_without_mark(sentence: &str) -> bool {
    sentence.trim_end().chars().next_back().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::{fold_whitespace, is_folded};

    #[test]
    fn folding_whitespace_agrees_with_splitting_on_it() {
        let cases = [
            "",
            " ",
            "one",
            "one two",
            "one  two",
            " one two",
            "one two ",
            "one\ntwo",
            "one\r\ntwo\t three",
            "قال المتحدث\nإن 12 مدنيا",
            "a\u{a0}b",
            "a\u{2009}b\u{3000}c\u{1680}d\u{85}e",
            "“quoted” – dash",
            "«قال» – المتحدث…",
            "a\u{200b}b",
            "a\u{2028}b\u{202f}c\u{205f}d",
            "a\u{2065}b",
            "a\u{feff}b\u{fffa}c\u{61c}d\u{180e}e\u{ad}f",
            "«a»\u{3000}b",
        ];
        for text in cases {
            let reference = text
                .split_whitespace()
                .map(|w| w.chars().filter(|c| !crosscheck_text::is_format_control(*c)).collect::<String>())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(fold_whitespace(text), reference, "{text:?}");
            // The fast path is taken only for text that folding leaves as it is.
            if is_folded(text) {
                assert_eq!(text, reference, "{text:?}");
            }
        }
    }
}
