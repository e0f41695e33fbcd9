//! Word, number and punctuation tokens over normalised text.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters (any script), marks included.
    Word,
    /// A run of ASCII digits, with a decimal point between digits ("3.2").
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token's byte range in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Whether `c` belongs in a word token: a letter of any script, or a mark.
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        // Arabic letters and marks: a fast path past the general Unicode tables.
        '\u{0621}'..='\u{064A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'..='\u{06D3}' | '\u{06D5}' => true,
        '\u{0000}'..='\u{007F}' => false,
        _ => c.is_alphabetic() || matches!(c, '\u{0300}'..='\u{036F}'),
    }
}

/// [`is_word_char`] of every character below U+0800 (one or two bytes of
/// UTF-8: Latin, Greek, Cyrillic, Hebrew, Arabic), looked up rather than
/// worked out once a character in tokenising.
fn word_chars() -> &'static [bool; 0x800] {
    static TABLE: OnceLock<[bool; 0x800]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|c| u32::try_from(c).ok().and_then(char::from_u32).is_some_and(is_word_char))
    })
}

/// The character at byte `at` and its length; ASCII and two-byte characters
/// (Arabic among them) are decoded by hand.
// Always inlined: it runs once a character in tokenising and segmenting.
#[inline(always)]
pub(crate) fn decode(text: &str, at: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let b = bytes[at];
    if b < 0x80 {
        (char::from(b), 1)
    } else if (0xC2..0xE0).contains(&b) {
        let c = (u32::from(b & 0x1F) << 6) | u32::from(bytes[at + 1] & 0x3F);
        (char::from_u32(c).expect("two-byte UTF-8 is a character"), 2)
    } else {
        let c = text[at..].chars().next().expect("a character starts here");
        (c, c.len_utf8())
    }
}

/// Where the word going on at byte `j` ends, before `end`. A one- or
/// two-byte character (Arabic among them) is looked up from its bytes
/// without decoding it; the word is letters, so the loop asks nothing else.
fn word_end(text: &str, mut j: usize, end: usize, table: &[bool; 0x800]) -> usize {
    let bytes = text.as_bytes();
    while j < end {
        let b = bytes[j];
        let (word, len) = if b < 0x80 {
            (table[usize::from(b)], 1)
        } else if (0xC2..0xE0).contains(&b) {
            (table[usize::from(b & 0x1F) << 6 | usize::from(bytes[j + 1] & 0x3F)], 2)
        } else {
            let (c, len) = decode(text, j);
            (is_word_char(c), len)
        };
        if !word {
            break;
        }
        j += len;
    }
    j
}

/// Tokenises `text[start..end]`; token offsets are into `text`.
///
/// Letters and digits split from each other ("بـ12" is "ب" then "12"), so
/// attached prepositions never hide a figure.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let table = word_chars();
    let is_word_char = |c: char| table.get(u32::from(c) as usize).copied().unwrap_or_else(|| is_word_char(c));
    let mut i = start;
    while i < end {
        let (c, len) = decode(text, i);
        // Letters first: most characters are, and no letter is whitespace.
        let kind = if is_word_char(c) {
            TokenKind::Word
        } else if c.is_whitespace() {
            i += len;
            continue;
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            out.push(Token { start: i, end: i + len, kind: TokenKind::Punct });
            i += len;
            continue;
        };
        let mut j = i + len;
        if kind == TokenKind::Word {
            j = word_end(text, j, end, table);
        }
        while j < end && kind == TokenKind::Number {
            let (d, len) = decode(text, j);
            let continues = d.is_ascii_digit()
                || (d == '.' && j + 1 < end && bytes[j + 1].is_ascii_digit() && bytes[j - 1].is_ascii_digit());
            if !continues {
                break;
            }
            j += len;
        }
        out.push(Token { start: i, end: j, kind });
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[(&str, TokenKind)]) {
        let mut tokens = Vec::new();
        tokenize(input, 0, input.len(), &mut tokens);
        let got: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.text(input), t.kind)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn the_table_of_word_characters_agrees_with_is_word_char() {
        let table = word_chars();
        for c in (0..0x800u32).filter_map(char::from_u32) {
            assert_eq!(table[c as usize], is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn letters_digits_and_punctuation_split() {
        use TokenKind::*;
        check("بـ12 أو", &[("بـ", Word), ("12", Number), ("أو", Word)]);
        check("3.2 million.", &[("3.2", Number), ("million", Word), (".", Punct)]);
        check("13:00", &[("13", Number), (":", Punct), ("00", Number)]);
        // A decimal point needs a digit after it inside the range tokenised.
        let mut tokens = Vec::new();
        tokenize("3.5", 0, 2, &mut tokens);
        assert_eq!(tokens.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>(), [(0, 1), (1, 2)]);
        check("«مرتزقة»،", &[("«", Punct), ("مرتزقة", Word), ("»", Punct), ("،", Punct)]);
    }
}
