//! A cheap bound on edit distance, so fuzzy name matching can skip most
//! pairs before it runs Levenshtein.

/// How many letters of a word fall in each of 64 buckets (by code point).
///
/// Letters that share a bucket are counted together, so two bags share at
/// least as many letters as the words do, and [`LetterBag::distance_bound`]
/// never exceeds the true edit distance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterBag {
    counts: [u8; 64],
    len: usize,
}

impl LetterBag {
    pub fn new(word: &str) -> Self {
        let mut counts = [0u8; 64];
        let mut len = 0;
        for c in word.chars() {
            let bucket = &mut counts[c as usize % 64];
            *bucket = bucket.saturating_add(1);
            len += 1;
        }
        Self { counts, len }
    }

    /// The word's length in characters.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A lower bound on the Levenshtein distance between the two words: each
    /// edit adds, removes or changes one letter, so it takes at least as many
    /// edits as the longer word has letters the other lacks.
    pub fn distance_bound(&self, other: &Self) -> usize {
        // Byte minima summed in u16 lanes (64 × 255 fits), which compilers turn into a few vector instructions.
        let shared: u16 = self.counts.iter().zip(&other.counts).map(|(&a, &b)| u16::from(a.min(b))).sum();
        self.len.max(other.len).saturating_sub(usize::from(shared))
    }
}

#[cfg(test)]
mod tests {
    use super::LetterBag;

    fn levenshtein(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, &cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }

    #[test]
    fn bound_never_exceeds_the_edit_distance() {
        let words = [
            "",
            "a",
            "هوفهانيسيان",
            "أوفانيسيان",
            "اوفانيسيان",
            "علييف",
            "باشينيان",
            "باشينان",
            "pashinyan",
            "pashinian",
            "aliyev",
            "aliev",
            "zakharova",
            "aaaa",
            "bbbb",
            "abcabc",
            "cbacba",
            // Letters 64 code points apart share a bucket.
            "\u{41}\u{81}",
            "\u{81}\u{41}",
        ];
        for a in words {
            for b in words {
                let bound = LetterBag::new(a).distance_bound(&LetterBag::new(b));
                assert!(bound <= levenshtein(a, b), "{a:?} vs {b:?}: bound {bound}");
            }
        }
    }

    #[test]
    fn bound_tells_unlike_words_apart() {
        let bag = |w| LetterBag::new(w);
        assert_eq!(bag("aaaa").distance_bound(&bag("bbbb")), 4);
        assert_eq!(bag("pashinyan").distance_bound(&bag("pashinian")), 1);
        assert_eq!(bag("abc").distance_bound(&bag("cba")), 0);
        assert_eq!(bag("هوفهانيسيان").len(), 11);
    }
}
