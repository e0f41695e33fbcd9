//! Word, number and punctuation tokens over normalised text.

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

/// Tokenises `text[start..end]`; token offsets are into `text`.
///
/// Letters and digits split from each other ("بـ12" is "ب" then "12"), so
/// attached prepositions never hide a figure.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let (kind, mut j) = if is_word_char(c) {
            (TokenKind::Word, i + c.len_utf8())
        } else if c.is_ascii_digit() {
            (TokenKind::Number, i + 1)
        } else {
            out.push(Token { start: start + i, end: start + i + c.len_utf8(), kind: TokenKind::Punct });
            continue;
        };
        while let Some(&(k, d)) = iter.peek() {
            let continues = match kind {
                TokenKind::Word => is_word_char(d),
                TokenKind::Number => {
                    d.is_ascii_digit()
                        || (d == '.'
                            && bytes.get(k + 1).is_some_and(u8::is_ascii_digit)
                            && bytes.get(k.wrapping_sub(1)).is_some_and(u8::is_ascii_digit))
                }
                TokenKind::Punct => false,
            };
            if !continues {
                break;
            }
            j = k + d.len_utf8();
            iter.next();
        }
        out.push(Token { start: start + i, end: start + j, kind });
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
    fn letters_digits_and_punctuation_split() {
        use TokenKind::*;
        check("بـ12 أو", &[("بـ", Word), ("12", Number), ("أو", Word)]);
        check("3.2 million.", &[("3.2", Number), ("million", Word), (".", Punct)]);
        check("13:00", &[("13", Number), (":", Punct), ("00", Number)]);
        check("«مرتزقة»،", &[("«", Punct), ("مرتزقة", Word), ("»", Punct), ("،", Punct)]);
    }
}
