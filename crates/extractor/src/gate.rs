//! The sentence gate: one multi-pattern scan that lets through only the
//! sentences holding a word some rule could start from.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use crosscheck_rules::Lexicon;
use crosscheck_text::is_word_char;

/// Finds the language's gate words as the lexicon would see them: whole
/// words, or words with one of the language's clitics attached ("وقال" holds
/// "قال"; "مقال" does not).
#[derive(Debug)]
pub struct SentenceGate {
    scan: AhoCorasick,
    /// Per pattern: whether its first and last characters are letters, so
    /// that a word boundary (or a clitic) must stand there.
    bounded: Vec<(bool, bool)>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
}

impl SentenceGate {
    /// The gate for one language; `None` when its words do not compile.
    pub fn new(lexicon: &Lexicon) -> Option<Self> {
        let mut words: Vec<_> = lexicon.gate_words().to_vec();
        words.sort();
        words.dedup();
        let bounded = words
            .iter()
            .map(|w| {
                let first = w.text.chars().next().is_some_and(is_word_char);
                let last = !w.open_end && w.text.chars().next_back().is_some_and(is_word_char);
                (first, last)
            })
            .collect();
        // Overlapping search, so that a match inside a longer word does not hide a real one.
        let scan = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(words.iter().map(|w| w.text.as_str()))
            .ok()?;
        Some(Self {
            scan,
            bounded,
            prefixes: lexicon.prefixes().map(str::to_owned).collect(),
            suffixes: lexicon.suffixes().map(str::to_owned).collect(),
        })
    }

    /// Whether the folded `sentence` holds a gate word.
    pub fn passes(&self, sentence: &str) -> bool {
        self.scan.find_overlapping_iter(sentence).any(|m| {
            let (check_start, check_end) = self.bounded[m.pattern().as_usize()];
            (!check_start || self.starts_word(sentence, m.start())) && (!check_end || self.ends_word(sentence, m.end()))
        })
    }

    /// Whether a word starts at `at`, or only one of the prefix clitics stands before it.
    fn starts_word(&self, text: &str, at: usize) -> bool {
        let before = &text[..at];
        let word_start =
            before.char_indices().rev().take_while(|&(_, c)| is_word_char(c)).last().map_or(at, |(i, _)| i);
        word_start == at || self.prefixes.iter().any(|p| *p == before[word_start..])
    }

    /// Whether a word ends at `at`, or only one of the suffix clitics follows.
    fn ends_word(&self, text: &str, at: usize) -> bool {
        let after = &text[at..];
        let word_len = after.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(after.len(), |(i, _)| i);
        word_len == 0 || self.suffixes.iter().any(|s| *s == after[..word_len])
    }
}
