//! Lines and columns of offsets, and whitespace folding for the text a claim shows.

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
    // Invisible controls (a bidi override, a zero-width space) stay in the
    // span, never in the text shown.
    let visible = |c: &char| !crosscheck_text::is_format_control(*c);
    for word in text.split_whitespace().filter(|w| w.chars().any(|c| visible(&c))) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(visible));
    }
    out
}

/// Whether `text` is already folded: single ASCII spaces between words, none
/// at the ends, and no byte that could start other whitespace or a format
/// control (the lead bytes of U+0085, U+00A0, U+00AD, the U+1680–U+3000
/// spaces and controls, U+FEFF; Arabic letters use none) and no U+061C.
fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    let mut prev = 0u8;
    for &b in bytes {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // 0xEF leads U+FEFF and U+FFF9..; 0xD8 0x9C is U+061C.
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => return false,
            0x9C if prev == 0xD8 => return false,
            _ => after_space = false,
        }
        prev = b;
    }
    !after_space || bytes.is_empty()
}

#[cfg(test)]
mod tests {
    use super::fold_whitespace;

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
        ];
        for text in cases {
            let reference = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(fold_whitespace(text), reference, "{text:?}");
        }
    }
}
