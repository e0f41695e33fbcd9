//! A sentence's tokens with every rule phrase that matches at each of them.

use std::cell::RefCell;

use crosscheck_rules::{CampId, Form, Grammar, Lexicon, Match, Tag, Tokenized};
use crosscheck_text::{QuotationMarks, Token, TokenKind, tokenize};

use crate::attribution::Resolved;

/// One sentence, tokenised and looked up.
#[derive(Debug)]
pub(crate) struct Sentence<'t> {
    /// The whole document's normalised text; token offsets point into it.
    pub text: &'t str,
    /// Normalised byte range of the sentence.
    pub range: (usize, usize),
    pub tokens: Vec<Token>,
    /// Matches starting at each token, longest first: `matches[match_index[i]..match_index[i + 1]]`.
    matches: Vec<Match>,
    match_index: Vec<usize>,
    /// Whether each token stands inside a quotation.
    pub quoted: Vec<bool>,
    /// For each token, the tokens up to eight before it whose longest match
    /// reaches past it: bit `k` for the token `k` before.
    covers: Vec<u16>,
    /// Each token's forms with clitics peeled off: `forms[form_index[i]..form_index[i + 1]]`.
    forms: Vec<Form<'t>>,
    form_index: Vec<usize>,
    /// Whether the run explains its claims; when not, no trace text is written.
    pub explain: bool,
    /// The language's closed word classes (auxiliaries, conjunctions, articles).
    pub grammar: &'t Grammar,
    /// The language's quotation marks.
    pub quotes: &'t QuotationMarks,
    /// The phrases resolved to speakers so far, by token range: frames,
    /// denials and the document's state resolve many a phrase more than
    /// once. Kept only when the run keeps no traces (a trace line tells
    /// which stage resolved it).
    resolved: RefCell<Vec<((usize, usize), Resolved)>>,
}

/// "has however denied", "had, however, said": a one-word clause break right
/// after an auxiliary (a comma may stand between) is an adverb of the
/// clause it stands in, and breaks nothing.
fn drop_adverbial_breaks(sentence: Tokenized, grammar: &Grammar, matches: &mut Vec<Match>, index: &mut [usize]) {
    let Tokenized { text, tokens } = sentence;
    let adverbial = |m: &Match| {
        // The tag first: most matches are no clause break, and it costs nothing to read.
        if !matches!(m.tag, Tag::ClauseBreak) || m.len != 1 {
            return false;
        }
        let word = |k: usize| tokens[k].kind == TokenKind::Word;
        let comma = |k: usize| tokens[k].kind == TokenKind::Punct && matches!(tokens[k].text(text), "," | "،");
        let before = match m.start.checked_sub(1) {
            Some(k) if comma(k) => k.checked_sub(1),
            k => k,
        };
        before.is_some_and(|k| word(k) && grammar.is_subject_auxiliary(tokens[k].text(text)))
    };
    if !matches.iter().any(adverbial) {
        return;
    }
    let mut kept = 0;
    for i in 0..index.len() - 1 {
        let (from, to) = (index[i], index[i + 1]);
        index[i] = kept;
        for j in from..to {
            if !adverbial(&matches[j]) {
                matches[kept] = matches[j];
                kept += 1;
            }
        }
    }
    *index.last_mut().expect("one end per sentence") = kept;
    matches.truncate(kept);
}

impl<'t> Sentence<'t> {
    /// Settles the cues a camp has only in articles of its conflicts: each
    /// becomes a cue of its camp where `counts` says so, and is dropped
    /// elsewhere ("separatists" in an article about another war).
    pub fn settle_conflict_cues(&mut self, counts: impl Fn(CampId) -> bool) {
        if !self.matches.iter().any(|m| matches!(m.tag, Tag::ConflictCampCue(_))) {
            return;
        }
        let mut kept = Vec::with_capacity(self.matches.len());
        let mut index = Vec::with_capacity(self.match_index.len());
        for i in 0..self.tokens.len() {
            index.push(kept.len());
            // Where the cues of several camps count (an article of no stated
            // conflict), the first camp in the packs keeps the word.
            let mut settled: Vec<usize> = Vec::new();
            for m in &self.matches[self.match_index[i]..self.match_index[i + 1]] {
                match m.tag {
                    Tag::ConflictCampCue(c) if counts(c) && !settled.contains(&m.len) => {
                        settled.push(m.len);
                        kept.push(Match { tag: Tag::CampCue(c), ..*m })
                    }
                    Tag::ConflictCampCue(_) => {}
                    _ => kept.push(*m),
                }
            }
        }
        index.push(kept.len());
        self.matches = kept;
        self.match_index = index;
        // What was resolved read the cues before they were settled.
        self.resolved.get_mut().clear();
    }

    /// Reads the sentence at `range` of `text` into `buffers`, the previous
    /// sentence's storage, so a document's sentences share their allocations.
    pub fn new(
        text: &'t str,
        range: (usize, usize),
        lexicon: &'t Lexicon,
        explain: bool,
        buffers: SentenceBuffers<'t>,
    ) -> Self {
        let SentenceBuffers {
            mut tokens,
            mut matches,
            mut match_index,
            mut quoted,
            mut covers,
            mut forms,
            mut form_index,
            mut resolved,
        } = buffers;
        resolved.clear();
        tokens.clear();
        matches.clear();
        match_index.clear();
        forms.clear();
        form_index.clear();
        tokenize(text, range.0, range.1, &mut tokens);
        for t in &tokens {
            form_index.push(forms.len());
            if t.kind == TokenKind::Word {
                lexicon.push_forms(t.text(text), &mut forms);
            } else {
                forms.push(Form { text: t.text(text), definite: false });
            }
        }
        form_index.push(forms.len());
        for i in 0..tokens.len() {
            match_index.push(matches.len());
            let token_forms = &forms[form_index[i]..form_index[i + 1]];
            lexicon.matches_with_forms(Tokenized { text, tokens: &tokens }, i, token_forms, &mut matches);
        }
        match_index.push(matches.len());
        let grammar = &lexicon.grammar;
        drop_adverbial_breaks(Tokenized { text, tokens: &tokens }, grammar, &mut matches, &mut match_index);
        reaches(&matches, &match_index, &mut covers);
        let quotes = lexicon.segmentation.quotes();
        quotation_marks(Tokenized { text, tokens: &tokens }, quotes, &mut quoted);
        let resolved = RefCell::new(resolved);
        Self {
            text,
            range,
            tokens,
            matches,
            match_index,
            quoted,
            covers,
            forms,
            form_index,
            explain,
            grammar,
            quotes,
            resolved,
        }
    }

    /// The sentence's storage, for the next sentence of the document.
    pub fn into_buffers(self) -> SentenceBuffers<'t> {
        let Self { tokens, matches, match_index, quoted, covers, forms, form_index, resolved, .. } = self;
        let resolved = resolved.into_inner();
        SentenceBuffers { tokens, matches, match_index, quoted, covers, forms, form_index, resolved }
    }

    /// The speaker the phrase of tokens `range` resolves to, resolved by
    /// `resolve` only the first time it is asked for when no trace is kept.
    pub fn resolved(&self, range: (usize, usize), resolve: impl FnOnce() -> Resolved) -> Resolved {
        if self.explain {
            return resolve();
        }
        if let Some((_, r)) = self.resolved.borrow().iter().find(|(k, _)| *k == range) {
            return r.clone();
        }
        let r = resolve();
        self.resolved.borrow_mut().push((range, r.clone()));
        r
    }

    /// A line of a claim's trace, made only when the run explains its claims.
    pub fn how(&self, explanation: impl FnOnce() -> String) -> String {
        if self.explain { explanation() } else { String::new() }
    }

    /// Whether a phrase with a tag `pred` accepts starts anywhere in the sentence.
    pub fn holds(&self, pred: impl Fn(&Tag) -> bool) -> bool {
        self.matches.iter().any(|m| pred(&m.tag))
    }

    /// The rule phrases that start at token `i`, longest first.
    pub fn starts(&self, i: usize) -> &[Match] {
        &self.matches[self.match_index[i]..self.match_index[i + 1]]
    }

    /// The forms of token `i`: the word itself, then without its clitics.
    pub fn forms(&self, i: usize) -> &[Form<'t>] {
        &self.forms[self.form_index[i]..self.form_index[i + 1]]
    }

    /// Whether token `i` can be `word` once clitics are peeled off.
    pub fn is_form(&self, i: usize, word: &str) -> bool {
        self.forms(i).iter().any(|f| f.text == word)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// Tokens `[start, end)` joined by single spaces, for traces.
    pub fn words(&self, start: usize, end: usize) -> String {
        (start..end).map(|k| self.word(k)).collect::<Vec<_>>().join(" ")
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    /// Whether token `i` is a quotation mark.
    pub fn is_quote(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Punct && self.word(i).chars().next().is_some_and(|c| self.quotes.contains(c))
    }

    /// The comma opening a dated aside that closes with the comma at
    /// `close`: "denied, on Sunday, that", «نفى الجيش، اليوم الأحد، سيطرة».
    /// The aside names a day and holds no clause of its own, so it ends
    /// neither a clause nor a verb's object.
    pub fn dated_aside_before(&self, close: usize) -> Option<usize> {
        const COMMAS: [char; 2] = [',', '،'];
        const MOST_WORDS: usize = 5;
        if !self.is_punct(close, &COMMAS) {
            return None;
        }
        let from = close.saturating_sub(MOST_WORDS + 1);
        let open = (from..close).rev().find(|&k| self.kind(k) == TokenKind::Punct)?;
        let inside = open + 1..close;
        let dated =
            inside.clone().any(|k| self.has_at(k, |t| matches!(t, Tag::RelativeDay(_) | Tag::Weekday(_) | Tag::Month)));
        let plain = inside
            .clone()
            .all(|k| !self.has_at(k, |t| matches!(t, Tag::Reporting | Tag::DenialVerb | Tag::ClauseBreak)));
        (self.is_punct(open, &COMMAS) && !inside.is_empty() && dated && plain).then_some(open)
    }

    /// The comma closing a dated aside that the comma at `open` opens.
    pub fn dated_aside_after(&self, open: usize) -> Option<usize> {
        let to = (open + 7).min(self.len());
        let close = (open + 1..to).find(|&k| self.kind(k) == TokenKind::Punct)?;
        (self.dated_aside_before(close) == Some(open)).then_some(close)
    }

    /// Whether tokens `a` and `b` touch, with nothing between them.
    pub fn glued(&self, a: usize, b: usize) -> bool {
        self.tokens[a].end == self.tokens[b].start
    }

    pub fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        let t = self.tokens[i];
        if t.kind != TokenKind::Punct {
            return false;
        }
        // Most marks are ASCII: their one byte is the character.
        let first = self.text.as_bytes()[t.start];
        let c = if first.is_ascii() { Some(char::from(first)) } else { t.text(self.text).chars().next() };
        c.is_some_and(|c| chars.contains(&c))
    }

    /// The first match at `i` whose tag satisfies `pred`.
    pub fn find_at(&self, i: usize, pred: impl Fn(&Tag) -> bool) -> Option<Match> {
        if i >= self.len() {
            return None;
        }
        self.starts(i).iter().find(|m| pred(&m.tag)).copied()
    }

    pub fn has_at(&self, i: usize, pred: impl Fn(&Tag) -> bool) -> bool {
        self.find_at(i, pred).is_some()
    }

    /// A match of `pred` that ends exactly at token `end` (exclusive).
    pub fn ending_at(&self, end: usize, pred: impl Fn(&Tag) -> bool) -> Option<Match> {
        // A match that ends at `end` covers token `end - 1`, so only the tokens
        // whose bit `covers` sets there are read: up to seven before it, earliest first.
        let last = end.checked_sub(1)?;
        let mut covers = self.covers[last] & 0xFF;
        while covers != 0 {
            let back = 15 - covers.leading_zeros() as usize;
            covers &= !(1 << back);
            let found = self.starts(last - back).iter().find(|m| m.end() == end && pred(&m.tag));
            if found.is_some() {
                return found.copied();
            }
        }
        None
    }

    /// Every match in the sentence whose tag satisfies `pred`, by start.
    pub fn all(&self, pred: impl Fn(&Tag) -> bool) -> Vec<Match> {
        self.matches.iter().filter(|m| pred(&m.tag)).copied().collect()
    }

    /// Whether a match of `pred` starts before token `at`.
    pub fn any_before(&self, at: usize, pred: impl Fn(&Tag) -> bool) -> bool {
        let end = self.match_index[at.min(self.len())];
        self.matches[..end].iter().any(|m| pred(&m.tag))
    }

    /// Whether any match that starts earlier or here covers token `i`.
    pub fn covered(&self, i: usize) -> bool {
        self.covers[i] != 0
    }

    /// Whether a negation starts at token `k` that is no part of a phrase
    /// that only looks like one ("not only", «لا يزال»).
    pub fn negates_at(&self, k: usize) -> bool {
        self.has_at(k, |t| matches!(t, Tag::Negation)) && !self.covered_by(k, |t| matches!(t, Tag::NotNegation))
    }

    /// Whether token `i` is covered by a match of `pred` that starts earlier or here.
    pub fn covered_by(&self, i: usize, pred: impl Fn(&Tag) -> bool) -> bool {
        // Only the tokens whose longest match reaches past `i` are read.
        // Bits are set only for tokens that exist, so `back <= i`; read set bits alone.
        let mut covers = self.covers[i];
        while covers != 0 {
            let back = covers.trailing_zeros() as usize;
            covers &= covers - 1;
            if self.starts(i - back).iter().any(|m| m.end() > i && pred(&m.tag)) {
                return true;
            }
        }
        false
    }

    /// Normalised byte range of tokens `[from, to)`.
    pub fn byte_range(&self, from: usize, to: usize) -> (usize, usize) {
        (self.tokens[from].start, self.tokens[to - 1].end)
    }
}

/// The storage of a [`Sentence`], passed from one sentence to the next.
#[derive(Debug, Default)]
pub(crate) struct SentenceBuffers<'t> {
    tokens: Vec<Token>,
    matches: Vec<Match>,
    match_index: Vec<usize>,
    quoted: Vec<bool>,
    covers: Vec<u16>,
    forms: Vec<Form<'t>>,
    form_index: Vec<usize>,
    resolved: Vec<((usize, usize), Resolved)>,
}

impl SentenceBuffers<'_> {
    /// Storage with room for a sentence of about `bytes` bytes, so that
    /// a document's first sentences do not grow it step by step.
    pub(crate) fn with_room(bytes: usize) -> Self {
        let tokens = bytes / 4 + 8;
        Self {
            tokens: Vec::with_capacity(tokens),
            matches: Vec::with_capacity(tokens),
            match_index: Vec::with_capacity(tokens + 1),
            quoted: Vec::with_capacity(tokens),
            covers: Vec::with_capacity(tokens),
            forms: Vec::with_capacity(2 * tokens),
            form_index: Vec::with_capacity(tokens + 1),
            resolved: Vec::new(),
        }
    }
}

/// Sets, for each token, the bits of [`Sentence::covered_by`]: which of the
/// tokens up to eight before it start a match that reaches past it. The
/// matches at a token come longest first, so the first reaches furthest.
/// (A cue dropped later leaves its bits set: they only say where to look.)
fn reaches(matches: &[Match], match_index: &[usize], covers: &mut Vec<u16>) {
    let len = match_index.len() - 1;
    covers.clear();
    covers.resize(len, 0);
    for s in 0..len {
        let Some(longest) = matches[match_index[s]..match_index[s + 1]].first() else { continue };
        for (back, cover) in covers[s..longest.end().min(s + 9)].iter_mut().enumerate() {
            *cover |= 1 << back;
        }
    }
}

/// Which tokens stand inside a quotation. An unbalanced quotation (a stray
/// or reversed mark) marks nothing, rather than swallowing the sentence.
fn quotation_marks(sentence: Tokenized<'_>, quotes: &QuotationMarks, quoted: &mut Vec<bool>) {
    let Tokenized { text, tokens } = sentence;
    quoted.clear();
    quoted.resize(tokens.len(), false);
    let mut depth = 0usize;
    let mut straight = false;
    for (i, t) in tokens.iter().enumerate() {
        let mark = if t.kind == TokenKind::Punct { t.text(text).chars().next() } else { None };
        match mark {
            Some(c) if quotes.open.contains(&c) => depth += 1,
            Some(c) if quotes.close.contains(&c) => {
                if depth == 0 {
                    quoted.fill(false);
                    return;
                }
                depth -= 1;
            }
            Some(c) if quotes.straight.contains(&c) => straight = !straight,
            _ => quoted[i] = depth > 0 || straight,
        }
    }
    if depth > 0 || straight {
        quoted.fill(false);
    }
}
