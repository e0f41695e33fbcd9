//! Sentence segmentation for news text that may be hard-wrapped mid-sentence
//! and quotes whole sentences inside “…”, «…» or "…".

const TERMINALS: [char; 5] = ['.', '!', '?', '؟', '…'];
/// Closing brackets and the apostrophe, which may follow a terminal; closing
/// quotation marks may too.
const CLOSING_BRACKETS: [char; 3] = [')', ']', '\''];
/// Punctuation after which a line goes on (a hard wrap), besides opening quotes.
const OPEN_ENDS: [char; 5] = [',', '،', ':', '-', '('];

/// A line this long or shorter, without final punctuation, may be a heading.
const MAX_HEADING_WORDS: usize = 4;

/// A quote that has not closed after this many bytes is taken to be unbalanced.
const MAX_QUOTE_BYTES: usize = 600;
/// How far back an abbreviation's word is looked for.
const MAX_ABBREVIATION_BYTES: usize = 32;
/// The longest sentence read as one: well above any sentence of news prose
/// (the longest in the seeds and dev sets is near 600 bytes), low enough that
/// work per sentence stays bounded whatever the input.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Quotation marks of a language: those that open, those that close, and
/// straight ones that do both in turn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotationMarks {
    pub open: Vec<char>,
    pub close: Vec<char>,
    pub straight: Vec<char>,
}

impl QuotationMarks {
    /// Whether `c` is any of the marks.
    pub fn contains(&self, c: char) -> bool {
        self.open.contains(&c) || self.close.contains(&c) || self.straight.contains(&c)
    }
}

/// What segmentation knows of a language: its quotation marks, the
/// abbreviations after which a period does not end a sentence, and the
/// words after which a line goes on. Built once per language.
#[derive(Debug, Clone)]
pub struct Segmentation {
    quotes: QuotationMarks,
    /// Lower case, without their periods.
    abbreviations: Vec<String>,
    /// Words that leave a line open when it ends with one ("and").
    open_words: Vec<String>,
    /// Bytes that may belong to a terminal or a quotation mark (see [`Segmentation::new`]).
    marks: [bool; 256],
}

impl Default for Segmentation {
    fn default() -> Self {
        Segmentation::new(QuotationMarks::default(), Vec::new(), Vec::new())
    }
}

impl Segmentation {
    /// A language's segmentation. `abbreviations` are matched case-insensitively.
    pub fn new(quotes: QuotationMarks, abbreviations: Vec<String>, open_words: Vec<String>) -> Self {
        let abbreviations = abbreviations.into_iter().map(|a| a.to_lowercase()).collect();
        let mut marks = [false; 256];
        let chars = TERMINALS.iter().chain(&quotes.open).chain(&quotes.close).chain(&quotes.straight);
        for &c in chars {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            // The last byte of a two-byte character (0xD8 starts half the
            // Arabic letters, 0x9F of "؟" is rarer), else the first.
            let byte = if bytes.len() == 2 { bytes[1] } else { bytes[0] };
            marks[byte as usize] = true;
        }
        Segmentation { quotes, abbreviations, open_words, marks }
    }

    pub fn quotes(&self) -> &QuotationMarks {
        &self.quotes
    }

    fn is_open(&self, c: char) -> bool {
        self.quotes.open.contains(&c)
    }

    fn is_close(&self, c: char) -> bool {
        self.quotes.close.contains(&c)
    }

    fn is_straight(&self, c: char) -> bool {
        self.quotes.straight.contains(&c)
    }

    /// A character that may follow a terminal and still belong to its sentence.
    fn is_closer(&self, c: char) -> bool {
        self.is_close(c) || self.is_straight(c) || CLOSING_BRACKETS.contains(&c)
    }

    fn is_mark(&self, c: char) -> bool {
        TERMINALS.contains(&c) || self.quotes.contains(c)
    }
}

/// Splits text into sentences, returned as trimmed byte ranges.
pub fn sentences(text: &str, segmentation: &Segmentation) -> Vec<(usize, usize)> {
    sentences_with_case(text, &|i| text[i..].chars().next().is_some_and(char::is_uppercase), segmentation)
}

/// Splits normalised text into sentences; `was_upper` tells whether the
/// letter at a byte offset was upper case before normalisation.
pub fn sentences_with_case(
    text: &str,
    was_upper: &dyn Fn(usize) -> bool,
    segmentation: &Segmentation,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, end) in paragraphs(text, segmentation) {
        split_paragraph(Paragraph { text, start, end, seg: segmentation }, was_upper, &mut out);
    }
    out
}

/// A line's byte range, without its newline.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push((start, i));
        start = i + 1;
    }
    out.push((start, text.len()));
    out
}

fn ends_sentence(line: &str, seg: &Segmentation) -> bool {
    let trimmed = line.trim_end().trim_end_matches(|c| seg.is_closer(c));
    trimmed.ends_with(TERMINALS)
}

fn ends_open(line: &str, seg: &Segmentation) -> bool {
    let t = line.trim_end();
    let open_word = t.rsplit_once(' ').is_some_and(|(_, last)| seg.open_words.iter().any(|w| w == last));
    t.ends_with(OPEN_ENDS) || t.ends_with(|c| seg.is_open(c)) || open_word
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Groups lines into paragraphs, joining lines that were hard-wrapped inside a sentence.
///
/// A document counts as hard-wrapped when most of its line breaks fall where
/// no sentence ends; then every such break is joined. Elsewhere a short line
/// without final punctuation is a heading and stands alone.
fn paragraphs(text: &str, seg: &Segmentation) -> Vec<(usize, usize)> {
    let lines: Vec<(usize, usize)> =
        lines(text).into_iter().filter(|&(s, e)| !text[s..e].trim().is_empty() || s == e).collect();
    let line_str = |l: (usize, usize)| &text[l.0..l.1];
    let is_blank = |l: (usize, usize)| line_str(l).trim().is_empty();

    let mut breaks = 0usize;
    let mut open_breaks = 0usize;
    for pair in lines.windows(2) {
        if !is_blank(pair[0]) && !is_blank(pair[1]) {
            breaks += 1;
            if !ends_sentence(line_str(pair[0]), seg) {
                open_breaks += 1;
            }
        }
    }
    let wrapped = open_breaks >= 3 && open_breaks * 2 >= breaks;

    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, &line) in lines.iter().enumerate() {
        if is_blank(line) {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        current = Some(match current {
            Some((s, _)) => (s, line.1),
            None => line,
        });
        let next_is_text = lines.get(i + 1).is_some_and(|&l| !is_blank(l));
        let this = line_str(line);
        // A saved article opens with its title: a first line without final
        // punctuation stands alone unless the whole text is hard-wrapped.
        let title = i == 0 && !wrapped && !ends_open(this, seg);
        let join = next_is_text
            && !ends_sentence(this, seg)
            && !title
            && (wrapped || ends_open(this, seg) || word_count(this) > MAX_HEADING_WORDS);
        if !join && let Some(p) = current.take() {
            out.push(p);
        }
    }
    if let Some(p) = current {
        out.push(p);
    }
    out
}

/// `c.is_alphabetic()`, with ASCII and Arabic letters answered without the Unicode tables.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{0621}'..='\u{064A}').contains(&c) || (!c.is_ascii() && c.is_alphabetic())
}

fn is_abbreviation(text: &str, dot: usize, seg: &Segmentation) -> bool {
    // Abbreviations are short: look back a few letters only, so a run of
    // "a.a.a.a..." costs no more than ordinary text.
    let mut from = dot.saturating_sub(MAX_ABBREVIATION_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[..dot];
    let word_start = before[from..]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(is_letter(c) || c == '.'))
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    if word_start == from && from > 0 {
        return false;
    }
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars().filter(|&c| is_letter(c));
    let single_latin = word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_alphabetic());
    // "u.s." and initials such as "j." are abbreviations too.
    single_latin
        || word.contains('.')
        || (letters.all(|c| c.is_ascii_alphabetic()) && seg.abbreviations.contains(&word.to_ascii_lowercase()))
}

/// Where the next character from `at` starts that may be a terminal or a
/// quotation mark. Candidates are found by one byte of each such character
/// (`Segmentation::marks`: the last byte of a two-byte character, as "؟",
/// "«"; the first of others), so other text is skipped unread. `at` is a
/// character boundary.
fn next_candidate(para: &str, seg: &Segmentation, mut at: usize) -> Option<usize> {
    let bytes = para.as_bytes();
    loop {
        let p = at + bytes.get(at..)?.iter().position(|&b| seg.marks[b as usize])?;
        // A continuation byte: the character started a byte or more earlier.
        let mut start = p;
        while start > at && !para.is_char_boundary(start) {
            start -= 1;
        }
        if para.is_char_boundary(start) && char_at(para, start).is_some_and(|c| seg.is_mark(c)) {
            return Some(start);
        }
        at = p + 1;
        while at < bytes.len() && !para.is_char_boundary(at) {
            at += 1;
        }
    }
}

fn char_at(text: &str, at: usize) -> Option<char> {
    (at < text.len()).then(|| crate::token::decode(text, at).0)
}

/// Where the run of terminals ("...", "?!") starting at `at` ends.
fn terminals_end(para: &str, mut at: usize) -> usize {
    while let Some(d) = char_at(para, at).filter(|d| TERMINALS.contains(d)) {
        at += d.len_utf8();
    }
    at
}

/// A paragraph's byte range in its text, and how to segment it.
#[derive(Clone, Copy)]
struct Paragraph<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    seg: &'a Segmentation,
}

/// "...أكثر من 90 شخصا.ونقلت القناة ...": a full stop with no space after
/// it, between two words of two letters or more in a script without case,
/// ends a sentence all the same. Initials («أ.ف.ب») have single letters.
fn glued_words(para: &str, stop: usize, next: usize, seg: &Segmentation) -> bool {
    let caseless = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    // «... لقناة «الجزيرة».وأشارت»: a closing quotation mark may come between.
    let before = para[..stop].trim_end_matches(|c| seg.is_closer(c)).chars().rev().take_while(|&c| caseless(c)).count();
    let after = para[next..].chars().take_while(|&c| caseless(c)).count();
    before >= 2 && after >= 2
}

fn split_paragraph(paragraph: Paragraph<'_>, was_upper: &dyn Fn(usize) -> bool, out: &mut Vec<(usize, usize)>) {
    let Paragraph { text, start, end, seg } = paragraph;
    let para = &text[start..end];
    let bytes = para.as_bytes();
    let mut sentence_start = 0usize;
    let mut quote_depth = 0usize;
    let mut straight_open = false;
    let mut quote_opened_at = 0usize;
    let mut from = 0;
    while let Some(at) = next_candidate(para, seg, from) {
        let c = char_at(para, at).expect("a lead byte starts a character");
        if seg.is_open(c) {
            if quote_depth == 0 && !straight_open {
                quote_opened_at = at;
            }
            quote_depth += 1;
        } else if seg.is_close(c) {
            quote_depth = quote_depth.saturating_sub(1);
        } else if seg.is_straight(c) {
            straight_open = !straight_open;
            if straight_open && quote_depth == 0 {
                quote_opened_at = at;
            }
        }
        let quoted = (quote_depth > 0 || straight_open) && at - quote_opened_at < MAX_QUOTE_BYTES;
        if TERMINALS.contains(&c) && (!quoted || closes_right_after(para, at, seg)) {
            // Take the whole run of terminals ("...", "?!").
            let after_run = terminals_end(para, at);
            let single = after_run == at + c.len_utf8();
            let mut k = after_run;
            let was_quoted = quoted;
            while let Some(d) = char_at(para, k).filter(|&d| seg.is_closer(d)) {
                if seg.is_straight(d) {
                    straight_open = !straight_open;
                } else if seg.is_close(d) {
                    quote_depth = quote_depth.saturating_sub(1);
                }
                k += d.len_utf8();
            }
            // A sentence may end inside a quote that closes right after it.
            let still_quoted = was_quoted && (quote_depth > 0 || straight_open);
            let followed_by_space = char_at(para, k).is_none_or(char::is_whitespace)
                || (single && c == '.' && glued_words(para, at, k, seg));
            let next_word = para[k..].char_indices().find(|(_, c)| !c.is_whitespace());
            let continues_lowercase = next_word
                .is_some_and(|(o, c)| c.is_ascii_digit() || (c.is_ascii_lowercase() && !was_upper(start + k + o)));
            let in_brackets = at > 0 && bytes[at - 1] == b'(' || inside_short_parentheses(&para[sentence_start..at]);
            let abbreviation = c == '.' && single && is_abbreviation(para, at, seg);
            if followed_by_space && !continues_lowercase && !in_brackets && !abbreviation && !still_quoted {
                push_trimmed(text, start + sentence_start, start + k, out);
                sentence_start = k;
                quote_depth = 0;
                straight_open = false;
            }
            from = k;
            continue;
        }
        from = at + c.len_utf8();
    }
    push_trimmed(text, start + sentence_start, end, out);
}

/// How far back an open parenthesis keeps a period from ending a sentence.
const PARENTHESIS_BYTES: usize = 40;

/// "(P.K.K.)", «(بي. كا. كا)»: a period inside a short parenthesis that
/// is still open ends no sentence.
fn inside_short_parentheses(before: &str) -> bool {
    let tail = &before.as_bytes()[before.len().saturating_sub(PARENTHESIS_BYTES)..];
    tail.iter().rposition(|&b| b == b'(').is_some_and(|open| !tail[open..].contains(&b')'))
}

/// Whether the run of terminals at `at` is followed at once by a closing quote.
fn closes_right_after(para: &str, at: usize, seg: &Segmentation) -> bool {
    char_at(para, terminals_end(para, at)).is_some_and(|c| seg.is_straight(c) || seg.is_close(c))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        push_capped(text, start + lead, end - trail, out);
    }
}

/// Pushes a trimmed sentence, cut into pieces of at most [`MAX_SENTENCE_BYTES`]
/// at the last space before the limit (or, in a run with no space, at the
/// last character that fits). Text with no sentence ends (a dump, a file of
/// one endless line) then costs what ordinary prose costs, since everything
/// read later is per sentence.
fn push_capped(text: &str, mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map(|(i, _)| start + i)
            .filter(|&cut| cut > start)
            .unwrap_or(limit);
        let piece = &text[start..cut];
        let piece_end = start + piece.trim_end().len();
        if piece_end > start {
            out.push((start, piece_end));
        }
        let rest = &text[cut..end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if end > start {
        out.push((start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quotation marks and a few abbreviations, as a language pack gives them.
    fn seg() -> Segmentation {
        let quotes = QuotationMarks { open: vec!['“', '«', '„'], close: vec!['”', '»'], straight: vec!['"'] };
        let abbreviations = ["mr", "dr", "sept", "gen"].map(String::from).to_vec();
        Segmentation::new(quotes, abbreviations, vec!["و".into(), "and".into()])
    }

    /// Splits with [`seg`].
    fn split(text: &str) -> Vec<(usize, usize)> {
        sentences(text, &seg())
    }

    #[test]
    fn text_without_sentence_ends_is_cut_between_words_at_the_limit() {
        let input = "word ".repeat(3 * MAX_SENTENCE_BYTES / 5) + &"x".repeat(MAX_SENTENCE_BYTES + 7);
        let pieces = split(&input);
        assert!(pieces.len() >= 4, "{}", pieces.len());
        for &(s, e) in &pieces {
            assert!(e - s <= MAX_SENTENCE_BYTES);
            assert!(!input[s..e].starts_with(' ') && !input[s..e].ends_with(' '));
        }
        let words: usize = pieces.iter().map(|&(s, e)| input[s..e].matches("word").count()).sum();
        assert_eq!(words, 3 * MAX_SENTENCE_BYTES / 5, "no word is lost or split");
        assert_eq!(pieces.last().map(|p| p.1), Some(input.len()));
    }

    #[test]
    fn a_long_run_of_dotted_letters_is_no_abbreviation_and_stays_fast() {
        let input = "a.".repeat(200_000) + " Next sentence.";
        let pieces = split(&input);
        assert!(pieces.iter().all(|&(s, e)| e - s <= MAX_SENTENCE_BYTES));
    }

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = split(input).into_iter().map(|(s, e)| &input[s..e]).collect();
        assert_eq!(got, expected);
    }

    /// "(P. K. K.)", «(بي. كا. كا)»: periods inside a short parenthesis
    /// that is still open end no sentence; one after it closes does.
    #[test]
    fn a_period_inside_short_parentheses() {
        check(
            "وصف حزب العمال (بي. كا. كا) الاتهامات بأنها كاذبة. وأضاف البيان ذلك.",
            &["وصف حزب العمال (بي. كا. كا) الاتهامات بأنها كاذبة.", "وأضاف البيان ذلك."],
        );
        check(
            "The Kurdistan Workers' Party (P. K. K.) denied it. Turkey said so.",
            &["The Kurdistan Workers' Party (P. K. K.) denied it.", "Turkey said so."],
        );
        check(
            "Turkey said so (in a statement). The PKK denied it.",
            &["Turkey said so (in a statement).", "The PKK denied it."],
        );
    }

    #[test]
    fn splits_at_terminal_punctuation() {
        check("قال علييف إن. وأضاف أن!", &["قال علييف إن.", "وأضاف أن!"]);
        check("Is it? Yes.", &["Is it?", "Yes."]);
    }

    /// A full stop glued to the next word between words of a script
    /// without case ends a sentence; initials and Latin words do not.
    #[test]
    fn a_full_stop_with_no_space_after_it_in_arabic() {
        check("قتل 90 شخصا.ونقلت القناة الخبر.", &["قتل 90 شخصا.", "ونقلت القناة الخبر."]);
        check("قالت القناة «الجزيرة».وأشارت المصادر إلى ذلك.", &["قالت القناة «الجزيرة».", "وأشارت المصادر إلى ذلك."]);
        check("نقلت وكالة أ.ف.ب الخبر.", &["نقلت وكالة أ.ف.ب الخبر."]);
        check("The U.S.Army said so. Fine.", &["The U.S.Army said so.", "Fine."]);
    }

    #[test]
    fn joins_hard_wrapped_lines_inside_a_sentence() {
        let text = "اعلنت وزاره الدفاع الروسيه، الاربعاء،\nالتوصل لوقف اطلاق النار في\nقره باغ، بعد\nهجوم استمر 24 ساعه.\nووافقت عرقيه الارمن في جيب ناغورنو\nقره باغ علي المقترح.";
        let got = split(text);
        assert_eq!(got.len(), 2);
        assert!(text[got[0].0..got[0].1].ends_with("24 ساعه."));
    }

    #[test]
    fn a_short_article_wrapped_once_is_joined() {
        check(
            "مقدمة.\nقالت وزارة الصحة إن 12 شخصا\n  قتلوا في القصف.\n",
            &["مقدمة.", "قالت وزارة الصحة إن 12 شخصا\n  قتلوا في القصف."],
        );
    }

    #[test]
    fn a_short_line_without_punctuation_is_a_heading() {
        check(
            "قتلى ونازحون\n\nوقال مسؤول إن 200 قتلوا.\nموقف روسيا\nمن جانبها، اكدت روسيا انها تلقت تنبيها.",
            &["قتلى ونازحون", "وقال مسؤول إن 200 قتلوا.", "موقف روسيا", "من جانبها، اكدت روسيا انها تلقت تنبيها."],
        );
    }

    /// A saved article's first line is its title, however long: the speaker
    /// of the lede is not the headline's last words.
    #[test]
    fn a_long_first_line_without_punctuation_is_the_title() {
        check(
            "Rebels claim attack on army convoy near the border\nThe rebels said they killed 12 soldiers.\n",
            &["Rebels claim attack on army convoy near the border", "The rebels said they killed 12 soldiers."],
        );
        check(
            "الجيش ينفي مقتل جنوده في هجوم على قافلة قرب الحدود\nقالت الحركة إنها قتلت 12 جنديا.",
            &["الجيش ينفي مقتل جنوده في هجوم على قافلة قرب الحدود", "قالت الحركة إنها قتلت 12 جنديا."],
        );
        // A first line that ends open goes on.
        check(
            "The ministry said on Monday that the strike,\nwhich hit a school, killed 12.\n",
            &["The ministry said on Monday that the strike,\nwhich hit a school, killed 12."],
        );
    }

    /// In a text wrapped throughout, the first line is wrapped like the rest.
    #[test]
    fn a_wrapped_first_line_is_joined() {
        check(
            "The ministry said on Monday that at least\ntwelve people were killed when shells\nhit the market in the centre of\nthe town on Sunday.\n",
            &[
                "The ministry said on Monday that at least\ntwelve people were killed when shells\nhit the market in the centre of\nthe town on Sunday.",
            ],
        );
    }

    #[test]
    fn quotes_hold_their_sentences_together() {
        check(
            "وكتبت على فيسبوك: «عمليه شوشا قيد التنفيذ. لم تكتمل». وقال آخر.",
            &["وكتبت على فيسبوك: «عمليه شوشا قيد التنفيذ. لم تكتمل».", "وقال آخر."],
        );
        check("He said: \"We lost. We left.\" Then.", &["He said: \"We lost. We left.\"", "Then."]);
    }

    #[test]
    fn abbreviations_decimals_and_dates_do_not_split() {
        check(
            "Hundreds died since Sept. 27 in the U.S. view. An estimated 3.2 million fled.",
            &["Hundreds died since Sept. 27 in the U.S. view.", "An estimated 3.2 million fled."],
        );
        check("قوات ارمينيا (...) وحل التشكيلات.", &["قوات ارمينيا (...) وحل التشكيلات."]);
    }

    #[test]
    fn an_unbalanced_quote_does_not_swallow_the_paragraph() {
        let long = "كلمة ".repeat(150);
        let text = format!("قال «{long}. وقال آخر.");
        assert_eq!(split(&text).len(), 2);
    }
}
