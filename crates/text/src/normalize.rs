//! Normalisation that folds the spelling variants of news text onto one form
//! while remembering, for every byte it writes, where that byte came from.

/// Text folded for matching, with a map back to the original bytes.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`: the original byte range of the character it came from.
    origin: Vec<(u32, u32)>,
    /// For each byte of `text`: whether it came from an upper-case letter,
    /// which lower-casing would otherwise forget (sentence starts need it).
    upper: Vec<bool>,
}

impl Normalized {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the byte at `index` was written in upper case.
    pub fn was_uppercase(&self, index: usize) -> bool {
        self.upper.get(index).copied().unwrap_or(false)
    }

    /// Maps a normalised byte range back to the original bytes it covers.
    ///
    /// An empty range maps to the empty range at its start.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() {
            return (0, 0);
        }
        let last = self.origin.len() - 1;
        if start >= end {
            let at = self.origin[start.min(last)].0 as usize;
            return (at, at);
        }
        let s = self.origin[start.min(last)].0 as usize;
        let e = self.origin[(end - 1).min(last)].1 as usize;
        (s, e.max(s))
    }
}

/// What one original character becomes.
enum Fold {
    Keep,
    Drop,
    Char(char),
}

fn fold_char(c: char) -> Fold {
    match c {
        // The common cases first: plain ASCII letters, digits and Arabic letters.
        'a'..='z' | '0'..='9' | ' ' | '\n' | '\u{0621}' | '\u{0627}'..='\u{0628}' => Fold::Keep,
        '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}' => Fold::Keep,
        // Tashkeel, Quranic marks and tatweel carry no letters.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => Fold::Drop,
        // Invisible format characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM).
        '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{2066}'..='\u{2069}' => Fold::Drop,
        // Hamza and madda forms of alef.
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::Char('ا'),
        'ى' | 'ئ' | 'ی' => Fold::Char('ي'),
        'ؤ' => Fold::Char('و'),
        'ک' => Fold::Char('ك'),
        '\u{0660}'..='\u{0669}' => Fold::Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Fold::Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{066B}' => Fold::Char('.'),
        '’' | '‘' | 'ʼ' => Fold::Char('\''),
        '\r' => Fold::Drop,
        '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Fold::Char(' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::Char('\n'),
        c if c.is_uppercase() => Fold::Keep,
        _ => Fold::Keep,
    }
}

/// Whether the separator at `i` groups thousands: digit before, exactly three digits after.
fn is_thousands_separator(chars: &[(usize, char)], i: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| is_any_digit(c));
    i > 0 && digit(i - 1) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)
}

fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Folds `original` for matching: Arabic letter variants (ta marbuta is kept:
/// folding it onto ha would make "عسكرية" look like "عسكري" + a pronoun), diacritics and
/// tatweel, Arabic-Indic and Persian digits, thousands separators, odd
/// spaces, and case.
pub fn normalize(original: &str) -> Normalized {
    let chars: Vec<(usize, char)> = original.char_indices().collect();
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    let mut upper = Vec::with_capacity(original.len());
    for (i, &(at, c)) in chars.iter().enumerate() {
        let end = (at + c.len_utf8()) as u32;
        let range = (at as u32, end);
        let is_separator = matches!(c, ',' | '٬' | '\'');
        if is_separator && is_thousands_separator(&chars, i) {
            continue;
        }
        // Only Latin, Greek and Cyrillic letters have case worth folding.
        let is_upper = if c.is_ascii() { c.is_ascii_uppercase() } else { c < '\u{0590}' && c.is_uppercase() };
        let mut push = |ch: char| {
            let before = text.len();
            text.push(ch);
            origin.extend(std::iter::repeat_n(range, text.len() - before));
            upper.extend(std::iter::repeat_n(is_upper, text.len() - before));
        };
        match fold_char(c) {
            // A dropped mark belongs to the letter it sits on.
            Fold::Drop if c != '\r' => {
                if let Some(&(last_start, _)) = origin.last() {
                    for entry in origin.iter_mut().rev().take_while(|e| e.0 == last_start) {
                        entry.1 = end;
                    }
                }
            }
            Fold::Drop => {}
            Fold::Char(ch) => push(ch),
            Fold::Keep if is_upper && c.is_ascii() => push(c.to_ascii_lowercase()),
            Fold::Keep if is_upper => c.to_lowercase().for_each(&mut push),
            Fold::Keep => push(c),
        }
    }
    Normalized { text, origin, upper }
}

/// The normalised form of a rule word: the same folding, with runs of
/// spaces collapsed, so rule authors may write words as the text has them.
pub fn normalize_word(word: &str) -> String {
    let folded = normalize(word.trim());
    folded.as_str().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalises `input`, checks the folded text, and checks that the
    /// normalised range of `probe` maps back to exactly `probe` in the original.
    fn check(input: &str, expected: &str, probe: &str) {
        let n = normalize(input);
        assert_eq!(n.as_str(), expected);
        let folded_probe = normalize(probe);
        let at = n.as_str().find(folded_probe.as_str()).expect("probe in folded text");
        let (s, e) = n.original_range(at, at + folded_probe.as_str().len());
        assert_eq!(&input[s..e], probe);
    }

    #[test]
    fn hamza_ta_marbuta_and_alef_maqsura_fold() {
        check("أعلنت إصابة آخرين ومستشفى", "اعلنت اصابة اخرين ومستشفي", "إصابة");
    }

    #[test]
    fn tashkeel_and_tatweel_drop_but_map_back() {
        check("مقتل مدنييْن بـ12", "مقتل مدنيين ب12", "مدنييْن");
        check("قتيلًا على الأقلّ", "قتيلا علي الاقل", "الأقلّ");
    }

    #[test]
    fn arabic_indic_and_persian_digits_become_ascii() {
        check("مقتل ٢٠٠ شخص و۳۲ جريحا", "مقتل 200 شخص و32 جريحا", "٢٠٠");
    }

    #[test]
    fn thousands_separators_drop_only_between_digit_groups() {
        check("28,000 fled", "28000 fled", "28,000");
        check("١٠٬٠٠٠ نازح", "10000 نازح", "١٠٬٠٠٠");
        // A time or a list is not a thousands group.
        check("الساعة 13,00 و2,5", "الساعة 13,00 و2,5", "13,00");
        check("12, 13", "12, 13", "13");
    }

    #[test]
    fn case_and_quotes_fold() {
        check("Sudan’s Foreign Ministry", "sudan's foreign ministry", "Foreign");
    }

    #[test]
    fn empty_ranges_map_to_a_point() {
        let n = normalize("abc");
        assert_eq!(n.original_range(1, 1), (1, 1));
        assert_eq!(normalize("").original_range(0, 0), (0, 0));
    }
}
