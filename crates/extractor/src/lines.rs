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
/// at the ends, and no other whitespace or format control. Read by the
/// UTF-8 forms of those characters (U+0085, U+00A0, U+00AD, U+061C, U+1680,
/// U+180E, U+2000–U+200F, U+2028–U+202F, U+205F–U+206F, U+3000, U+FEFF,
/// U+FFF9–U+FFFB), each byte that may start one found by a vector search,
/// so that letters, guillemets, dashes and curly quotes, common in the text
/// a claim shows, are passed over many bytes at a time.
pub(crate) fn is_folded(text: &str) -> bool {
    use memchr::{memchr2, memchr2_iter, memchr3, memchr3_iter, memmem};
    use std::sync::LazyLock;
    let bytes = text.as_bytes();
    let next = |at: usize, k: usize| bytes.get(at + k).copied().unwrap_or(0);
    let special = |at: usize| match bytes[at] {
        0xC2 => matches!(next(at, 1), 0x85 | 0xA0 | 0xAD),
        0xE1 => matches!((next(at, 1), next(at, 2)), (0x9A, 0x80) | (0xA0, 0x8E)),
        0xE2 => matches!((next(at, 1), next(at, 2)), (0x80, 0x80..=0x8F | 0xA8..=0xAF) | (0x81, 0x9F..=0xAF)),
        0xE3 => (next(at, 1), next(at, 2)) == (0x80, 0x80),
        0xEF => matches!((next(at, 1), next(at, 2)), (0xBB, 0xBF) | (0xBF, 0xB9..=0xBB)),
        _ => false,
    };
    // U+061C shares its first byte with most Arabic letters: looked for whole.
    static FINDERS: LazyLock<[memmem::Finder<'static>; 2]> =
        LazyLock::new(|| [memmem::Finder::new(b"  "), memmem::Finder::new("\u{61C}".as_bytes())]);
    let [double_space, arabic_mark] = &*FINDERS;
    !(bytes.first() == Some(&b' ')
        || bytes.last() == Some(&b' ')
        || memchr3(b'\t', b'\n', b'\r', bytes).is_some()
        || memchr2(0x0B, 0x0C, bytes).is_some()
        || double_space.find(bytes).is_some()
        || arabic_mark.find(bytes).is_some()
        || memchr3_iter(0xC2, 0xE1, 0xE2, bytes).any(special)
        || memchr2_iter(0xE3, 0xEF, bytes).any(special))
}

/// Whether a sentence ends on a letter or digit, with no sentence mark: a
/// title, a subhead or a caption.
pub(crate) fn ends_without_mark(sentence: &str) -> bool {
    sentence.trim_end().chars().next_back().is_some_and(is_alphanumeric)
}

/// [`char::is_alphanumeric`], with ASCII and the Arabic letters told
/// without the general Unicode tables: words are trimmed of their marks
/// by it many times a sentence.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{0000}'..='\u{007F}' => c.is_ascii_alphanumeric(),
        '\u{0620}'..='\u{064A}' => true,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::{fold_whitespace, is_alphanumeric, is_folded};

    #[test]
    fn letters_and_digits_are_told_as_the_unicode_tables_tell_them() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

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
