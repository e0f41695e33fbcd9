//! The sentence gate: one multi-pattern scan that lets through only the
//! sentences holding words some rule could read a claim or a speaker from.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use crosscheck_rules::{Element, Lexicon, Pattern};
use crosscheck_text::is_word_char;
use memchr::memmem::Finder;
use rustc_hash::FxHashMap;

/// What the gate found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gated {
    /// No rule can start here.
    Stop,
    /// A claim or a speaker may stand here: read the sentence.
    Read,
    /// Only a refutation ("those were lies"): it answers a statement made
    /// just before, so read the sentence only right after one.
    Refutation,
}

/// What the gate's one pass over a sentence tells: whether to read it, and
/// whether a denial may stand in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub gated: Gated,
    /// One of the denial words ([`crate::denials::denial_words`]) stands in
    /// the sentence, as a substring; or the gate cannot tell.
    pub may_deny: bool,
}

/// Finds the language's gate words as the lexicon would see them: whole
/// words, or words with one of the language's clitics attached ("وقال" holds
/// "قال"; "مقال" does not).
///
/// Claim, speech and term words pass a sentence alone. A proposition wording
/// passes it only when its two longest required words are both there: "have"
/// alone is not "have no forces in".
///
/// Whether a sentence may hold a denial is asked of every sentence too: the
/// denial words are looked for anywhere in a word, by automata of their own
/// that stop at the first, so the gate's scan stops at its verdict.
#[derive(Debug)]
pub struct SentenceGate {
    /// The scanned words, in id order.
    texts: Vec<String>,
    /// A searcher for each of `texts`, which the gate reads its first
    /// [`WORDS_UNTIL_BYTES`] with: each word is looked for on its own, which
    /// costs next to nothing to set up but a pass over the sentence per word.
    finders: OnceLock<Vec<Finder<'static>>>,
    /// The automaton over `texts`, a contiguous NFA built once the gate has
    /// read [`WORDS_UNTIL_BYTES`] (about 9 M instructions to build for the
    /// shipped Arabic words, which a short run never pays back). `None` if
    /// it could not be built.
    nfa: OnceLock<Option<AhoCorasick>>,
    /// The same words as a DFA, which scans in about half the NFA's
    /// instructions but costs 25 M more to build: built once the gate has
    /// read [`DFA_AFTER_BYTES`], and used from then on. Both find the same
    /// matches, so which one read a sentence never shows in the output.
    dfa: OnceLock<Option<AhoCorasick>>,
    /// Bytes of sentences read so far, while there is no DFA.
    scanned: AtomicUsize,
    /// Per scanned word: whether a word boundary (or a clitic) must stand
    /// before and after it, and what finding it means.
    words: Vec<ScanWord>,
    /// Per proposition wording: for each word of it the gate looks for, the
    /// scanned words that can stand for it (its alternatives).
    wordings: Vec<Vec<Vec<u32>>>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
    /// A denial word folds to nothing, so no scan can tell: every sentence may deny.
    always_deny: bool,
    /// The denial words alone, as a small NFA: looking for them on their
    /// own costs less than going on with the gate's larger automaton once
    /// its verdict is settled. `None` if it could not be built (every
    /// sentence may deny then).
    denial_scan: Option<AhoCorasick>,
    /// The same words as a DFA, built once [`DENIAL_DFA_AFTER_BYTES`] have
    /// been read: it tells a sentence with no denial word in about a third
    /// of the NFA's instructions, and costs about 2 M more to build. Both
    /// give the same answer.
    denial_dfa: OnceLock<Option<AhoCorasick>>,
    /// Bytes read for denial words, while there is no denial DFA.
    denial_scanned: AtomicUsize,
    /// The denial words, for the DFA.
    denial_words: Vec<String>,
}

#[derive(Debug, Default)]
struct ScanWord {
    check_start: bool,
    check_end: bool,
    /// Passes a sentence alone (a claim, speech or term word).
    alone: bool,
    /// Passes alone, but only right after a statement.
    refutation: bool,
    /// The wordings whose first gated word this can be.
    opens: Vec<u32>,
}

/// How much text the gate reads by looking for each word on its own before
/// it builds its NFA. With the shipped words a pass per word costs about
/// 270 instructions a byte more than the NFA's scan, and the NFA's build
/// about 9 M for the Arabic words: it pays for itself after some 34 KB.
/// Most articles are 2 to 10 KB, so a run of one or two never builds it,
/// and a long run pays about 3 M more than if it had built it at once.
const WORDS_UNTIL_BYTES: usize = 16 << 10;

/// How much text the gate reads with its NFA before it builds a DFA: the
/// bytes whose cheaper scan pays for the DFA's build (about 10 instructions
/// a byte saved, 25 M more to build for the shipped Arabic or English words).
const DFA_AFTER_BYTES: usize = 4 << 20;

/// How much text is read for denial words with their NFA before their DFA
/// is built: the bytes whose cheaper scan (about 10 instructions a byte
/// fewer) pays for the DFA's larger build.
const DENIAL_DFA_AFTER_BYTES: usize = 64 << 10;

/// How many of a wording's required words the gate looks for.
const GATED_WORDS_PER_WORDING: usize = 2;

/// Most sentences hold only a few wording words; more than this many and the
/// gate lets the sentence through rather than keep count.
const MAX_WORDING_HITS: usize = 32;

impl SentenceGate {
    /// The gate for one language, with the proposition wordings of that
    /// language; `None` when its words do not compile.
    pub fn new(lexicon: &Lexicon, wordings: &[Pattern]) -> Option<Self> {
        let mut interner = Interner::default();
        interner.add_gate_words(lexicon);
        let required_words = interner.add_wordings(wordings);
        let denials = crate::denials::denial_words(lexicon);
        let always_deny = denials.iter().any(String::is_empty);
        let denial_scan = AhoCorasick::builder().kind(Some(AhoCorasickKind::ContiguousNFA)).build(&denials).ok();
        let Interner { mut words, texts, .. } = interner;
        // A word both alone and a refutation passes alone.
        for w in &mut words {
            w.refutation &= !w.alone;
        }
        Some(Self {
            texts,
            finders: OnceLock::new(),
            nfa: OnceLock::new(),
            dfa: OnceLock::new(),
            scanned: AtomicUsize::new(0),
            words,
            wordings: required_words,
            prefixes: lexicon.prefixes().map(str::to_owned).collect(),
            suffixes: lexicon.suffixes().map(str::to_owned).collect(),
            always_deny,
            denial_scan,
            denial_dfa: OnceLock::new(),
            denial_scanned: AtomicUsize::new(0),
            denial_words: denials,
        })
    }

    /// What to read a sentence of `len` bytes with: each word on its own at
    /// first, then the NFA, then the DFA once the gate has read enough to pay
    /// for each. All three find the same matches.
    fn scan(&self, len: usize) -> Scan<'_> {
        let dfa = match self.dfa.get() {
            Some(dfa) => dfa.as_ref(),
            None => {
                let read = self.scanned.fetch_add(len, Ordering::Relaxed);
                if read < WORDS_UNTIL_BYTES && self.nfa.get().is_none() {
                    return Scan::Words(self.finders());
                }
                if read >= DFA_AFTER_BYTES {
                    self.dfa.get_or_init(|| self.build(AhoCorasickKind::DFA)).as_ref()
                } else {
                    None
                }
            }
        };
        match dfa.or_else(|| self.nfa.get_or_init(|| self.build(AhoCorasickKind::ContiguousNFA)).as_ref()) {
            Some(automaton) => Scan::Automaton(automaton),
            None => Scan::Nothing,
        }
    }

    fn finders(&self) -> &[Finder<'static>] {
        self.finders.get_or_init(|| self.texts.iter().map(|t| Finder::new(t).into_owned()).collect())
    }

    fn build(&self, kind: AhoCorasickKind) -> Option<AhoCorasick> {
        // Overlapping search, so that a match inside a longer word does not hide a real one.
        AhoCorasick::builder().match_kind(MatchKind::Standard).kind(Some(kind)).build(&self.texts).ok()
    }

    /// Whether the folded `sentence` is worth reading, whatever came before it.
    pub fn passes(&self, sentence: &str) -> bool {
        self.read(sentence) != Gated::Stop
    }

    /// What the folded `sentence` holds, as far as the gate can tell.
    pub fn read(&self, sentence: &str) -> Gated {
        self.read_with(sentence, self.scan(sentence.len()))
    }

    /// What the folded `sentence` holds and whether a denial may stand in
    /// it: the gate stops at its verdict and the denial words are looked
    /// for on their own, by an automaton of theirs that stops at the first.
    pub fn read_for_denials(&self, sentence: &str) -> Reading {
        let gated = self.read_with(sentence, self.scan(sentence.len()));
        Reading { gated, may_deny: self.may_deny(sentence) }
    }

    /// Whether one of the denial words stands in the folded `sentence`, as
    /// a substring; or the gate cannot tell.
    pub fn may_deny(&self, sentence: &str) -> bool {
        self.always_deny || self.denial_scan(sentence.len()).is_none_or(|d| d.is_match(sentence))
    }

    /// What to look for the denial words in a sentence of `len` bytes with:
    /// the NFA, then the DFA once enough has been read to pay for its build.
    fn denial_scan(&self, len: usize) -> Option<&AhoCorasick> {
        let nfa = self.denial_scan.as_ref()?;
        let dfa = match self.denial_dfa.get() {
            Some(dfa) => dfa.as_ref(),
            None if self.denial_scanned.fetch_add(len, Ordering::Relaxed) >= DENIAL_DFA_AFTER_BYTES => {
                let build = || AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(&self.denial_words).ok();
                self.denial_dfa.get_or_init(build).as_ref()
            }
            None => None,
        };
        Some(dfa.unwrap_or(nfa))
    }

    /// What `sentence` holds, its words found with `scan`. The verdict
    /// depends only on which words stand where, never on the order they
    /// are found in.
    fn read_with(&self, sentence: &str, scan: Scan<'_>) -> Gated {
        let mut hits = Hits { refutation: false, ids: [0; MAX_WORDING_HITS], count: 0, verdict: None };
        match scan {
            // Without its automaton the gate cannot tell: every sentence is read.
            Scan::Nothing => return Gated::Read,
            Scan::Automaton(automaton) => {
                for m in automaton.find_overlapping_iter(sentence) {
                    if hits.add(self, sentence, m.pattern().as_usize(), (m.start(), m.end())) {
                        break;
                    }
                }
            }
            Scan::Words(finders) => hits.add_each(self, sentence, finders),
        }
        hits.verdict.unwrap_or_else(|| self.verdict_of(&hits))
    }

    /// The verdict on a sentence whose scan ended before any word settled it.
    fn verdict_of(&self, hits: &Hits) -> Gated {
        let (refutation, hits) = (hits.refutation, &hits.ids[..hits.count]);
        let complete = |wording: u32| {
            self.wordings[wording as usize].iter().all(|alternatives| alternatives.iter().any(|a| hits.contains(a)))
        };
        if hits.iter().any(|&h| self.words[h as usize].opens.iter().any(|&k| complete(k))) {
            Gated::Read
        } else if refutation {
            Gated::Refutation
        } else {
            Gated::Stop
        }
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

/// What a gate reads a sentence with.
enum Scan<'g> {
    /// Each word looked for on its own.
    Words(&'g [Finder<'static>]),
    /// All words at once.
    Automaton(&'g AhoCorasick),
    /// Nothing: the automaton could not be built.
    Nothing,
}

/// Where `finder`'s word starts in `haystack`, every time, overlaps included
/// (as the automaton's overlapping search finds them).
fn occurrences<'a>(finder: &'a Finder<'static>, haystack: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + finder.find(haystack.get(from..)?)?;
        from = at + 1;
        Some(at)
    })
}

/// The words found standing in a sentence so far: the wording words, each
/// once, and whether a refutation stands.
struct Hits {
    refutation: bool,
    ids: [u32; MAX_WORDING_HITS],
    count: usize,
    /// The verdict, once a word settles it.
    verdict: Option<Gated>,
}

impl Hits {
    /// Takes word `id` found at `span`; whether the verdict is settled.
    fn add(&mut self, gate: &SentenceGate, sentence: &str, id: usize, span: (usize, usize)) -> bool {
        if self.verdict.is_none() {
            self.verdict = self.settle(gate, sentence, id, span);
        }
        self.verdict.is_some()
    }

    /// Takes every word found by each of `finders`, until nothing more need be looked for.
    fn add_each(&mut self, gate: &SentenceGate, sentence: &str, finders: &[Finder<'static>]) {
        for (id, finder) in finders.iter().enumerate() {
            let len = finder.needle().len();
            for start in occurrences(finder, sentence.as_bytes()) {
                if self.add(gate, sentence, id, (start, start + len)) {
                    return;
                }
            }
        }
    }

    /// Takes gate word `id` found at `span`; the verdict when it settles the sentence.
    fn settle(
        &mut self,
        gate: &SentenceGate,
        sentence: &str,
        id: usize,
        (start, end): (usize, usize),
    ) -> Option<Gated> {
        let word = &gate.words[id];
        let stands = (!word.check_start || gate.starts_word(sentence, start))
            && (!word.check_end || gate.ends_word(sentence, end));
        if !stands {
            return None;
        }
        if word.alone {
            return Some(Gated::Read);
        }
        self.refutation |= word.refutation;
        if self.ids[..self.count].contains(&(id as u32)) {
            return None;
        }
        if self.count == MAX_WORDING_HITS {
            return Some(Gated::Read);
        }
        self.ids[self.count] = id as u32;
        self.count += 1;
        None
    }
}

/// The words a gate scans for, each once.
#[derive(Default)]
struct Interner {
    /// Text → index of the scanned word, without and with an open end.
    index: FxHashMap<String, [Option<usize>; 2]>,
    words: Vec<ScanWord>,
    texts: Vec<String>,
}

impl Interner {
    fn intern(&mut self, text: &str, open_end: bool) -> usize {
        let slot = usize::from(open_end);
        if let Some(id) = self.index.get(text).and_then(|ids| ids[slot]) {
            return id;
        }
        let first = text.chars().next().is_some_and(is_word_char);
        let last = !open_end && text.chars().next_back().is_some_and(is_word_char);
        self.texts.push(text.to_owned());
        self.words.push(ScanWord { check_start: first, check_end: last, ..ScanWord::default() });
        let id = self.words.len() - 1;
        match self.index.get_mut(text) {
            Some(ids) => ids[slot] = Some(id),
            None => {
                let mut ids = [None; 2];
                ids[slot] = Some(id);
                self.index.insert(text.to_owned(), ids);
            }
        }
        id
    }

    /// Marks word `i` as passing a sentence alone, or as a refutation.
    fn mark(&mut self, i: usize, refutation: bool) {
        if refutation {
            self.words[i].refutation = true;
        } else {
            self.words[i].alone = true;
        }
    }

    /// The words that let a sentence through alone, or as a refutation.
    fn add_gate_words(&mut self, lexicon: &Lexicon) {
        let mut text = String::new();
        for w in lexicon.gate_words() {
            let i = self.intern(&w.text, w.open_end);
            self.mark(i, w.refutation);
            // A phrase may hold one adverb ("have reportedly left"): each such
            // reading is scanned for too.
            let spaces = w.text.match_indices(' ').map(|(at, _)| at).filter(|_| w.fillable);
            for at in spaces {
                for filler in lexicon.fillers() {
                    text.clear();
                    text.extend([&w.text[..at], " ", filler, &w.text[at..]]);
                    let i = self.intern(&text, w.open_end);
                    self.mark(i, w.refutation);
                }
            }
        }
    }

    /// The required words of each proposition wording: for each, its
    /// longest words' alternatives, as indexes of scanned words.
    fn add_wordings(&mut self, wordings: &[Pattern]) -> Vec<Vec<Vec<u32>>> {
        let mut required_words = Vec::with_capacity(wordings.len());
        for (k, pattern) in wordings.iter().enumerate() {
            let mut elements: Vec<&[String]> = pattern
                .elements
                .iter()
                .filter_map(|e| match e {
                    Element::Word(alternatives) => Some(alternatives.as_slice()),
                    _ => None,
                })
                .collect();
            // Two required words are enough to tell most sentences apart; the
            // longest are the rarest, and short ones ("in", "of") would make
            // the scan stop at nearly every word.
            let shortest = |alternatives: &[String]| alternatives.iter().map(|a| a.chars().count()).min();
            elements.sort_by_key(|alternatives| std::cmp::Reverse(shortest(alternatives)));
            elements.truncate(GATED_WORDS_PER_WORDING);
            let required: Vec<Vec<u32>> = elements
                .iter()
                .map(|alternatives| alternatives.iter().map(|a| self.intern(a, false) as u32).collect())
                .collect();
            // A wording with no required word has no anchor, so it never matches.
            if let Some(first) = required.first() {
                for &w in first {
                    self.words[w as usize].opens.push(k as u32);
                }
            }
            required_words.push(required);
        }
        required_words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed_texts() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("seeds/ lists")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        paths.iter().map(|p| std::fs::read_to_string(p).expect("a seed article reads")).collect()
    }

    /// Each word on its own, the NFA and the DFA find the same words, so the
    /// gate's verdict on every sentence of the seed articles is the same
    /// whichever reads it; whether a denial may stand there is whether a
    /// denial word is a substring of the sentence, with the denial words'
    /// NFA and with their DFA.
    #[test]
    fn every_scan_gives_the_same_verdicts() {
        let rules = crosscheck_rules::builtin().expect("the shipped rules compile");
        let texts = seed_texts();
        let (mut passed, mut denied) = (0, 0);
        for (code, lexicon) in &rules.languages {
            let wordings = rules.patterns.get(code).map_or(&[][..], Vec::as_slice);
            let gate = SentenceGate::new(lexicon, wordings).expect("the gate builds");
            let nfa = gate.build(AhoCorasickKind::ContiguousNFA).expect("the NFA builds");
            let dfa = gate.build(AhoCorasickKind::DFA).expect("the DFA builds");
            let denials = crate::denials::denial_words(lexicon);
            let denial_nfa = gate.denial_scan.as_ref().expect("the denial NFA builds");
            let denial_dfa = AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(&denials).expect("builds");
            for text in &texts {
                let folded = crosscheck_text::normalize(text);
                let folded = folded.as_str();
                for (start, end) in crosscheck_text::sentences(folded, &lexicon.segmentation) {
                    let sentence = &folded[start..end];
                    let words = gate.read_with(sentence, Scan::Words(gate.finders()));
                    assert_eq!(words, gate.read_with(sentence, Scan::Automaton(&nfa)), "{sentence}");
                    assert_eq!(words, gate.read_with(sentence, Scan::Automaton(&dfa)), "{sentence}");
                    // A denial may stand exactly where one of its words does.
                    let denial = denials.iter().any(|w| sentence.contains(w.as_str()));
                    assert_eq!(denial_nfa.is_match(sentence), denial, "{sentence}");
                    assert_eq!(denial_dfa.is_match(sentence), denial, "{sentence}");
                    assert_eq!(gate.read_for_denials(sentence).may_deny, denial, "{sentence}");
                    passed += usize::from(words != Gated::Stop);
                    denied += usize::from(denial);
                }
            }
        }
        assert!(passed > 0 && denied > 0);
    }

    #[test]
    fn a_word_is_found_every_time_it_stands_overlaps_included() {
        let finder = Finder::new("aba").into_owned();
        assert_eq!(occurrences(&finder, b"ababa aba").collect::<Vec<_>>(), [0, 2, 6]);
        assert_eq!(occurrences(&finder, b"ab").count(), 0);
    }
}
