//! One language's words, indexed for matching against tokens.

use std::sync::OnceLock;

use crosscheck_model::Qualifier;
use crosscheck_text::{QuotationMarks, Segmentation, Token, TokenKind, normalize_word, tokenize};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::grammar::Grammar;
use crate::ids::{ActorId, CampId, EventId, MetricId, PlaceId, PopulationId, TermId};

/// Where a word stands relative to the figure it qualifies or triggers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Position {
    Before,
    After,
    Either,
    /// Before the figure, when the figure counts people: "lost 12 soldiers"
    /// (not "lost 12 seats").
    BeforePeople,
}

impl Position {
    pub fn allows_before(self) -> bool {
        matches!(self, Position::Before | Position::Either | Position::BeforePeople)
    }

    pub fn allows_after(self) -> bool {
        matches!(self, Position::After | Position::Either)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GrammaticalNumber {
    Singular,
    Dual,
    Plural,
}

/// What a matched word or phrase means. Indexes point into [`crate::Rules`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tag {
    Metric {
        metric: MetricId,
        position: Position,
    },
    Reporting,
    Continuation,
    Complementizer,
    AccordingTo,
    Relay,
    RelayVerb,
    /// Carries an earlier speaker's statement: "carried by", «أوردته».
    RelayAside,
    RelayVia,
    SpeakerStop,
    Pronoun,
    /// "we", "نحن", "ننفي": a speaker's own voice inside a quotation.
    FirstPerson,
    /// "the", "a": a reporting word after one is an adjective.
    Determiner,
    /// "the former": the first party just named.
    Former,
    /// "the latter": the last party just named.
    Latter,
    /// "it was reported", "أفيد": reporting with no agent.
    Agentless,
    /// "been", "was": a reporting word after one is passive.
    PassiveAuxiliary,
    /// "the country's", "البلاد": the country just named.
    CountryReference,
    /// "the statement", "البيان": what a speaker issued, standing for the speaker.
    SpeechNoun,
    /// "about", «حول»: what claims are about follows.
    TopicMarker,
    /// "by": the agent of a passive follows ("a claim denied by Kyiv").
    PassiveAgent,
    /// "as" in "dismissed the report as absurd": what the object is called follows.
    DenialComplement,
    /// «نفيه», "his denial": the pronoun written onto it is the denier.
    PossessedDenial,
    /// "group", "rebels", "شهود": a speaker independent of its nationality's state.
    Independent,
    /// "was quick to", "moved to", «سارعت»: a verb of haste between a
    /// subject and its verb.
    Haste,
    /// A verb of issuing a statement ("issued", «أصدرت»).
    Issuing,
    /// "in a previous incident", «وسبق»: the sentence tells of another,
    /// earlier incident.
    Background,
    /// "arrested", «اعتقال»: what befell people that counts no casualty.
    OtherOutcome,
    Qualifier {
        qualifier: Qualifier,
        position: Position,
    },
    Number(u64),
    Scale(u64),
    Vague {
        low: u64,
        high: Option<u64>,
    },
    Population {
        population: PopulationId,
        number: GrammaticalNumber,
    },
    Unit,
    /// "Resolution", «القناة»: a number right after it is a name, not a count.
    NumberLabel,
    Ordinal,
    Month,
    RelativeDay(i32),
    Weekday(#[serde(with = "weekday")] jiff::civil::Weekday),
    Earlier,
    Later,
    OwnSide,
    EnemySide,
    Anaphora,
    DenialVerb,
    Negation,
    NotNegation,
    Refutation,
    Hearsay,
    /// A verb of putting a statement about ("نشرته", "spreading"): in a
    /// denial's object, the party beside it owns the statement.
    Publishing,
    /// Words that put a statement in the denier's own mouth: "attributed to
    /// him", «نسبت إليها».
    AttributedToDenier,
    /// A noun of who did it: "responsibility", «مسؤولية».
    Responsibility,
    Allegation,
    Blocker,
    ClauseBreak,
    RegionAnaphor,
    OwnReference,
    /// A word pointing back at an earlier statement: "هذه الادعاءات", "this".
    BackReference,
    /// A word with no content of its own: "were", "مجرد".
    FunctionWord,
    /// "المدينة", "the town": the locality the article last named.
    LocalityAnaphor,
    /// "لم تسجل أي خسائر", "were not affected": no losses, against a figure.
    NoLosses,
    /// "there was no clash": an attack said to have happened did not.
    NoEvent,
    /// A denial verb that also means refusing ("رفضت", "rejected"): a denial
    /// only of something pointed at or spelled out, not of a bare noun.
    RefusalVerb,
    /// "accused", «اتهم»: a verb that accuses the party after it.
    AccusationVerb,
    /// "carried out", «شن»: a verb of carrying out an attack.
    PerpetrationVerb,
    /// "resulted in", «أسفر»: negated, with a word for losses, no losses.
    ResultVerb,
    /// "evidence", «دليل»: negated, a denial of what follows.
    EvidenceNoun,
    /// "declined to be named", «رفض الكشف عن اسمه»: a source that asks not to
    /// be named; the verb in it denies nothing.
    Anonymity,
    /// "the figures", «الأرقام»: a pointer at figures given before.
    FigureReference,
    /// "casualties", «خسائر»: losses counted in no particular unit.
    LossNoun,
    /// "anyone", «أحد»: any person at all; under a negation, with a word of
    /// harm, no one.
    Anyone,
    /// "if confirmed", «في حال تأكده»: what stands beside it is only supposed.
    Hedge,
    /// "مدينة", "village": a word naming what kind of locality follows, so
    /// that an unlisted proper noun after it is a place.
    LocalityNoun,
    /// A framing term: index into `Rules::terms`.
    Term(TermId),
    IncidentWord,
    EventWord,
    DualMarker,
    Future,
    Actor(ActorId),
    Place(PlaceId),
    CampCue(CampId),
    /// A cue of the camp only in articles of its conflicts; the extractor
    /// settles it per article into a [`Tag::CampCue`] or nothing.
    ConflictCampCue(CampId),
    EventCue(EventId),
    /// Opens a range: "between", "من".
    RangeOpener,
    /// Joins two figures into a range; `opened`: only after an opener.
    RangeJoiner {
        opened: bool,
    },
    /// A word of change before a range opener: "rose from 100 to 300".
    Change,
    /// Joins number words into one number: "and", "و".
    NumberJoiner,
    /// Makes a figure an addition to an earlier count.
    Increment {
        position: Position,
    },
    /// "another", "آخرين": an addition after an earlier figure of the same kind.
    Others,
    /// "also" before the verb that counts a figure: as `Others`.
    Additive,
    /// Makes the figures after it part of a total: "including", "بينهم".
    Subset,
    /// Says the figure before it counts one group: "members of one family".
    OneGroup,
    /// Counts someone besides the figures before it: "in addition to the death of".
    Besides,
    /// A running total's noun: "the total number of", "مجمل".
    Total,
    /// "one of" before a noun of people: "أحد جنودها".
    OneOf,
    /// A stretch of the event: "in the past 24 hours".
    Period,
    /// Opens a stretch of time closed by a unit: "over the last" (three days).
    PeriodOpener,
    /// A unit of time that closes a stretch: "days", "أيام".
    PeriodUnit,
    /// Opens a running count from a month or a year: "since" (October).
    SinceOpener,
    /// Opens a sentence about another incident: "In a separate incident".
    OtherIncidentOpener,
    /// A side in a fight: "side", «الجانب», «صفوف».
    SideNoun,
    /// Sets what is told against another happening: "comes", «يأتي».
    ComingVerb,
    /// Links a coming verb to the other happening: "after", «غداة».
    ContextLink,
    /// Glued before digits, makes them a name or an ordinal: "الـ24".
    OrdinalPrefix,
}

impl Tag {
    /// Whether the tag belongs to verbs and function words, which never take
    /// the definite article.
    pub fn is_verbal(&self) -> bool {
        matches!(
            self,
            Tag::Reporting
                | Tag::Continuation
                | Tag::DenialVerb
                | Tag::RelayVerb
                | Tag::DualMarker
                | Tag::Complementizer
                | Tag::Pronoun
                | Tag::FirstPerson
                | Tag::AccordingTo
        )
    }
}

/// A text and its tokens, as the lexicon reads them.
#[derive(Debug, Clone, Copy)]
pub struct Tokenized<'t> {
    pub text: &'t str,
    pub tokens: &'t [Token],
}

/// A word with some clitics peeled off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form<'a> {
    pub text: &'a str,
    /// The definite article was removed: the word is a noun.
    pub definite: bool,
}

/// A weekday as its number from Monday (1) to Sunday (7).
mod weekday {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &Weekday, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i8(day.to_monday_one_offset())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
        Weekday::from_monday_one_offset(i8::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// A lexicon's phrases by their first word. Rules decoded from bytes
/// ([`crate::Rules::from_bytes`]) keep each language's phrases as bytes
/// until an article of the language is first read: a run over articles of
/// one language never decodes the others'.
#[derive(Clone, Default)]
struct Entries {
    map: OnceLock<FxHashMap<String, Vec<Entry>>>,
    /// The map in postcard bytes (keys in order), while it is not decoded.
    bytes: Box<[u8]>,
    /// The long lists' phrases by their second word, made when first needed.
    by_next: OnceLock<FxHashMap<String, NextWords>>,
}

/// The phrases of a long list ("the", «في») by the word after their first,
/// as bits over the list (bit `k` for its `k`-th phrase), so that a token
/// reads only the phrases that may go on to the next token, in their order.
#[derive(Debug, Clone, Default)]
struct NextWords {
    /// Phrases of one word, or whose second word is the wildcard.
    always: u128,
    /// The others, by their second word.
    by_word: FxHashMap<String, u128>,
}

impl NextWords {
    /// The lists worth indexing: long enough to pay for a lookup, short
    /// enough for one bit a phrase (the longest lists, «لا» and "the", hold
    /// more than 64, and walked whole they cost half of all phrases read).
    const SIZES: std::ops::RangeInclusive<usize> = 16..=128;

    fn of(list: &[Entry]) -> Self {
        let mut words = NextWords::default();
        for (k, entry) in list.iter().enumerate() {
            match entry.rest.first() {
                Some(next) if next != ANY => *words.by_word.entry(next.clone()).or_default() |= 1 << k,
                _ => words.always |= 1 << k,
            }
        }
        words
    }
}

impl Entries {
    fn map(&self) -> &FxHashMap<String, Vec<Entry>> {
        // Written by `serialize` with these very types, so it decodes.
        self.map.get_or_init(|| postcard::from_bytes(&self.bytes).unwrap_or_default())
    }

    fn map_mut(&mut self) -> &mut FxHashMap<String, Vec<Entry>> {
        self.map();
        self.bytes = Box::default();
        self.by_next = OnceLock::new();
        self.map.get_mut().expect("decoded just above")
    }

    fn by_next(&self) -> &FxHashMap<String, NextWords> {
        self.by_next.get_or_init(|| {
            let long = self.map().iter().filter(|(_, list)| NextWords::SIZES.contains(&list.len()));
            long.map(|(first, list)| (first.clone(), NextWords::of(list))).collect()
        })
    }
}

impl std::fmt::Debug for Entries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.map().fmt(f)
    }
}

/// The map's entries in the order of their keys, so that the same rules
/// always make the same bytes.
struct Sorted<'a>(Vec<(&'a String, &'a Vec<Entry>)>);

impl Serialize for Sorted<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

impl Serialize for Entries {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut entries: Vec<(&String, &Vec<Entry>)> = self.map().iter().collect();
        entries.sort_unstable_by_key(|(key, _)| *key);
        let bytes = postcard::to_allocvec(&Sorted(entries)).map_err(serde::ser::Error::custom)?;
        s.serialize_bytes(&bytes)
    }
}

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entries, D::Error> {
        struct Bytes;
        impl serde::de::Visitor<'_> for Bytes {
            type Value = Box<[u8]>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a lexicon's phrases as bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Box<[u8]>, E> {
                Ok(bytes.into())
            }
        }
        Ok(Entries { map: OnceLock::new(), bytes: d.deserialize_bytes(Bytes)?, by_next: OnceLock::new() })
    }
}

/// A clitic that may stand before a word.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Prefix {
    text: String,
    /// It ends with the definite article.
    definite: bool,
}

/// `bytes.starts_with(prefix)`, inlined: clitics are a few bytes, too short to pay for a call to `memcmp`.
#[inline]
fn starts_with(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes.iter().zip(prefix).all(|(a, b)| a == b)
}

/// `bytes.ends_with(suffix)`, inlined like [`starts_with`].
#[inline]
fn ends_with(bytes: &[u8], suffix: &[u8]) -> bool {
    bytes.len() >= suffix.len() && bytes[bytes.len() - suffix.len()..].iter().zip(suffix).all(|(a, b)| a == b)
}

/// The wildcard word in phrases.
const ANY: &str = "*";

/// A word's bit among 64, from its length and its first and last bytes.
fn filler_bit(word: &str) -> u64 {
    let b = word.as_bytes();
    let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
    let x = (b.len() as u64) | u64::from(first) << 16 | u64::from(last) << 24;
    1 << (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    /// The phrase's words after the first.
    rest: Box<[String]>,
    tag: Tag,
    /// Indexed under its first word without the definite article: matches
    /// only a form that lost the article with its clitics ("للحوثيين").
    definite_only: bool,
}

/// The token after a phrase's first word, read once for every phrase that
/// starts with the word.
#[derive(Clone, Copy)]
struct Next<'a> {
    text: &'a str,
    kind: TokenKind,
    /// An adverb a phrase may hold between its words.
    filler: bool,
}

impl<'a> Next<'a> {
    fn of(lexicon: &Lexicon, text: &'a str, token: &Token) -> Self {
        let got = token.text(text);
        Next { text: got, kind: token.kind, filler: lexicon.is_filler(got) }
    }
}

/// A phrase found at a token position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Index of the first token.
    pub start: usize,
    /// Number of tokens covered.
    pub len: usize,
    pub tag: Tag,
}

impl Match {
    pub fn end(&self) -> usize {
        self.start + self.len
    }
}

/// A word-form pattern (anchored, folded) and its tag; the regex is
/// compiled the first time a word is matched against it, so that rules
/// decoded from bytes compile only the regexes a run uses.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct WordForm {
    pattern: String,
    tag: Tag,
    #[serde(skip)]
    regex: OnceLock<Option<regex::Regex>>,
}

impl WordForm {
    /// The compiled pattern; `None` only if it no longer compiles, and then it matches nothing.
    fn regex(&self) -> Option<&regex::Regex> {
        self.regex.get_or_init(|| crate::word_regex::build(&self.pattern).ok()).as_ref()
    }
}

/// What a language's [`Segmentation`] is made from, kept so that it can be
/// made again when the lexicon is decoded.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SegmentationParts {
    quotes: (Vec<char>, Vec<char>, Vec<char>),
    abbreviations: Vec<String>,
    open_words: Vec<String>,
}

/// One language's words. Lookup folds the text the same way as the words,
/// and tries the first word with and without its clitics.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Lexicon {
    pub code: String,
    pub subject_first: bool,
    /// Closed classes of single words (auxiliaries, conjunctions, articles).
    pub grammar: Grammar,
    /// Quotation marks and abbreviations, for segmentation and for reading
    /// quotations. Set with [`Lexicon::set_segmentation`].
    #[serde(skip)]
    pub segmentation: Segmentation,
    /// What `segmentation` is made from.
    segmentation_parts: SegmentationParts,
    prefixes: Vec<Prefix>,
    suffixes: Vec<String>,
    /// The prefixes by their first character and the suffixes by their
    /// last, made from them when first needed.
    #[serde(skip)]
    clitic_ends: OnceLock<CliticEnds>,
    entries: Entries,
    /// Word forms given as regular expressions (anchored, matched against a
    /// whole folded word and its clitic-free forms).
    regexes: Vec<WordForm>,
    /// Every word that can start a claim or change the speaker, for cheap
    /// sentence gating. (Proposition wordings gate on their own words.)
    gate_words: Vec<GateWord>,
    /// Adverbs a phrase may hold between its words ("have reportedly left"), folded.
    fillers: Vec<String>,
    /// A bit for each filler's [`filler_bit`], made when first needed: a
    /// word whose bit is clear is no filler, and is compared with none.
    #[serde(skip)]
    filler_bits: OnceLock<u64>,
    /// Groups of folded final letters a place name is written with
    /// interchangeably; the first of each group is the canonical one.
    pub place_name_endings: Vec<Vec<String>>,
}

/// The clitics by the character they start or end with: only the prefixes
/// that start with a word's first character may be peeled off it, only the
/// suffixes that end with its last.
#[derive(Debug, Clone, Default)]
struct CliticEnds {
    /// Indexes into `Lexicon::prefixes`, in their order, by first character.
    first: Vec<(char, Vec<usize>)>,
    /// Indexes into `Lexicon::suffixes`, in their order, by last character.
    last: Vec<(char, Vec<usize>)>,
}

impl CliticEnds {
    fn add(groups: &mut Vec<(char, Vec<usize>)>, c: char, index: usize) {
        match groups.iter_mut().find(|(g, _)| *g == c) {
            Some((_, list)) => list.push(index),
            None => groups.push((c, vec![index])),
        }
    }

    fn of(groups: &[(char, Vec<usize>)], c: Option<char>) -> &[usize] {
        groups.iter().find(|(g, _)| Some(*g) == c).map_or(&[], |(_, list)| list.as_slice())
    }
}

/// A word the sentence gate looks for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct GateWord {
    /// Folded, words separated by one space.
    pub text: String,
    /// Only the start of a word form (a regular expression's literal
    /// prefix): the text may go on with more letters.
    pub open_end: bool,
    /// A refutation ("lies"): it answers a statement made just before, so
    /// alone it is worth reading only right after one.
    pub refutation: bool,
    /// A metric phrase, which may hold an adverb between its words ("have
    /// reportedly left"): the gate looks for those readings too.
    pub fillable: bool,
}

/// The words of a phrase, tokenised as text is.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    let norm = normalize_word(phrase);
    let mut tokens = Vec::new();
    tokenize(&norm, 0, norm.len(), &mut tokens);
    tokens.iter().map(|t| t.text(&norm).to_owned()).collect()
}

impl Lexicon {
    pub(crate) fn new(code: &str) -> Self {
        Self { code: code.to_owned(), ..Self::default() }
    }

    pub(crate) fn set_segmentation(
        &mut self,
        quotes: QuotationMarks,
        abbreviations: Vec<String>,
        open_words: Vec<String>,
    ) {
        let QuotationMarks { open, close, straight } = quotes.clone();
        self.segmentation_parts = SegmentationParts {
            quotes: (open, close, straight),
            abbreviations: abbreviations.clone(),
            open_words: open_words.clone(),
        };
        self.segmentation = Segmentation::new(quotes, abbreviations, open_words);
    }

    /// Makes again what decoding does not bring back: the segmentation.
    pub(crate) fn restore(&mut self) {
        let SegmentationParts { quotes: (open, close, straight), abbreviations, open_words } =
            self.segmentation_parts.clone();
        self.segmentation = Segmentation::new(QuotationMarks { open, close, straight }, abbreviations, open_words);
    }

    /// The spelling of an unlisted place name that its variants share:
    /// its final letters replaced by the first of their group.
    pub fn canonical_place_name(&self, folded: &str) -> String {
        for group in &self.place_name_endings {
            if let Some(ending) = group.iter().filter(|e| folded.ends_with(e.as_str())).max_by_key(|e| e.len()) {
                let stem = &folded[..folded.len() - ending.len()];
                if stem.chars().count() >= 2 {
                    return format!("{stem}{}", group[0]);
                }
            }
        }
        folded.to_owned()
    }

    pub(crate) fn set_clitics(&mut self, prefixes: &[String], suffixes: &[String]) {
        let fold = |v: &[String]| {
            let mut out: Vec<String> = v.iter().map(|s| normalize_word(s)).filter(|s| !s.is_empty()).collect();
            out.sort_by_key(|s| std::cmp::Reverse(s.len()));
            out
        };
        self.prefixes = fold(prefixes)
            .into_iter()
            .map(|text| {
                // What follows the definite article is a noun.
                let definite = self.grammar.is_definite_clitic(&text);
                Prefix { text, definite }
            })
            .collect();
        self.suffixes = fold(suffixes);
        self.clitic_ends = OnceLock::new();
    }

    /// Adds a phrase; returns false when it has no words.
    pub(crate) fn add(&mut self, phrase: &str, tag: Tag) -> bool {
        let words = phrase_words(phrase);
        let Some((first, rest)) = words.split_first() else {
            return false;
        };
        if matches!(
            tag,
            Tag::Metric { .. }
                | Tag::Reporting
                | Tag::AccordingTo
                | Tag::Relay
                | Tag::RelayVerb
                | Tag::Term(_)
                | Tag::Refutation
        ) {
            let refutation = tag == Tag::Refutation;
            let fillable = matches!(tag, Tag::Metric { .. }) && words.len() > 1;
            self.gate_words.push(GateWord { text: words.join(" "), open_end: false, refutation, fillable });
        }
        let list = self.entries.map_mut().entry(first.clone()).or_default();
        let entry = Entry { rest: rest.to_vec().into_boxed_slice(), tag, definite_only: false };
        if !list.iter().any(|e| e.rest == entry.rest && e.tag == entry.tag) {
            list.push(entry);
        }
        true
    }

    /// Adds adverbs that may stand between a phrase's words without breaking it.
    pub(crate) fn add_fillers(&mut self, words: &[String]) {
        for word in words {
            let word = normalize_word(word);
            if !word.is_empty() && !self.fillers.contains(&word) {
                self.fillers.push(word);
            }
        }
        self.filler_bits = OnceLock::new();
    }

    /// Whether `word` is one of the fillers. Asked of the token after each
    /// that starts a phrase: most are none, and their bit says so.
    fn is_filler(&self, word: &str) -> bool {
        let bits = self.filler_bits.get_or_init(|| self.fillers.iter().fold(0, |bits, f| bits | filler_bit(f)));
        bits & filler_bit(word) != 0 && self.fillers.iter().any(|f| f == word)
    }

    /// Indexes every phrase whose first word carries the definite article
    /// under that word without it as well, so that the article fused with
    /// another clitic still finds it ("ل" + "الحوثيين" is written
    /// "للحوثيين"). Run once all words and clitics are in.
    pub(crate) fn index_definite_stems(&mut self) {
        let mut extra: Vec<(String, Entry)> = Vec::new();
        let mut forms = Vec::new();
        for (key, list) in self.entries.map() {
            self.forms(key, &mut forms);
            for form in forms.iter().filter(|f| f.definite) {
                for e in list.iter().filter(|e| !e.definite_only) {
                    extra.push((form.text.to_owned(), Entry { rest: e.rest.clone(), tag: e.tag, definite_only: true }));
                }
            }
        }
        // Sorted (stably: the map's order is fixed), so entries come in one order.
        extra.sort_by(|a, b| (&a.0, &a.1.rest).cmp(&(&b.0, &b.1.rest)));
        for (key, entry) in extra {
            let list = self.entries.map_mut().entry(key).or_default();
            if !list.iter().any(|e| e.rest == entry.rest && e.tag == entry.tag) {
                list.push(entry);
            }
        }
    }

    /// Adds a word-form pattern; `prefixes` are literals every match starts
    /// with, for the sentence gate.
    pub(crate) fn add_regex(&mut self, regex: regex::Regex, prefixes: &[String], tag: Tag) {
        for prefix in prefixes {
            let word = GateWord {
                text: normalize_word(prefix),
                open_end: true,
                refutation: tag == Tag::Refutation,
                fillable: false,
            };
            if !word.text.is_empty() && !self.gate_words.contains(&word) {
                self.gate_words.push(word);
            }
        }
        let pattern = regex.as_str().to_owned();
        self.regexes.push(WordForm { pattern, tag, regex: OnceLock::from(Some(regex)) });
    }

    /// Whether token `i` is `word`, allowing for clitics.
    pub fn word_matches(&self, text: &str, token: &Token, word: &str, allow_definite: bool) -> bool {
        if token.kind != TokenKind::Word {
            return token.text(text) == word;
        }
        let mut forms = Vec::with_capacity(8);
        self.forms(token.text(text), &mut forms);
        forms.iter().any(|f| f.text == word && (allow_definite || !f.definite))
    }

    pub fn gate_words(&self) -> &[GateWord] {
        &self.gate_words
    }

    /// The adverbs a phrase may hold between its words, folded.
    pub fn fillers(&self) -> &[String] {
        &self.fillers
    }

    /// The longest word (folded) of each phrase whose tag satisfies `pred`,
    /// sorted and without repeats: enough for a cheap scan that lets through
    /// every sentence the lexicon could read such a phrase in, and few more.
    pub fn longest_words(&self, pred: impl Fn(&Tag) -> bool) -> Vec<String> {
        let mut out: Vec<String> = self
            .entries
            .map()
            .iter()
            .flat_map(|(first, list)| {
                list.iter().filter(|e| pred(&e.tag)).map(move |e| {
                    std::iter::once(first).chain(e.rest.iter()).max_by_key(|w| w.chars().count()).cloned()
                })
            })
            .flatten()
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The clitics that may stand before a word, folded.
    pub fn prefixes(&self) -> impl Iterator<Item = &str> {
        self.prefixes.iter().map(|p| p.text.as_str())
    }

    /// The clitics that may end a word, folded.
    pub fn suffixes(&self) -> impl Iterator<Item = &str> {
        self.suffixes.iter().map(String::as_str)
    }

    /// The forms a word may take once clitics are peeled off: the word
    /// itself first, then without a prefix, a suffix, or both. A word that
    /// loses the definite article is a noun: it keeps its suffixes (nouns with
    /// "ال" take none) and is flagged so verbs do not match it.
    pub fn forms<'a>(&self, word: &'a str, out: &mut Vec<Form<'a>>) {
        out.clear();
        self.push_forms(word, out);
    }

    /// Like [`Lexicon::forms`], added after what `out` holds: a sentence's
    /// tokens keep their forms in one list, written there directly.
    pub fn push_forms<'a>(&self, word: &'a str, out: &mut Vec<Form<'a>>) {
        let first = out.len();
        out.push(Form { text: word, definite: false });
        // At least two characters: one multi-byte character or two bytes of ASCII may still be one;
        // five bytes or more are always two (a character has four at most).
        let long_enough = |s: &str| s.len() >= 5 || s.len() >= 2 && s.chars().nth(1).is_some();
        let push = |out: &mut Vec<Form<'a>>, form: Form<'a>| {
            if !out[first..].iter().any(|f| f.text == form.text) {
                out.push(form);
            }
        };
        let bytes = word.as_bytes();
        let ends = self.clitic_ends();
        let prefixes = CliticEnds::of(&ends.first, word.chars().next());
        // A stem is a suffix of the word: it ends with the word's last character.
        let suffixes = CliticEnds::of(&ends.last, word.chars().next_back());
        for p in prefixes.iter().map(|&k| &self.prefixes[k]) {
            if !starts_with(bytes, p.text.as_bytes()) {
                continue;
            }
            let stem = &word[p.text.len()..];
            if !long_enough(stem) {
                continue;
            }
            push(out, Form { text: stem, definite: p.definite });
            if p.definite {
                continue;
            }
            for s in suffixes.iter().map(|&k| &self.suffixes[k]) {
                if ends_with(stem.as_bytes(), s.as_bytes()) {
                    let core = &stem[..stem.len() - s.len()];
                    if long_enough(core) {
                        push(out, Form { text: core, definite: false });
                    }
                }
            }
        }
        for s in suffixes.iter().map(|&k| &self.suffixes[k]) {
            if ends_with(bytes, s.as_bytes()) {
                let stem = &word[..word.len() - s.len()];
                if long_enough(stem) {
                    push(out, Form { text: stem, definite: false });
                }
            }
        }
    }

    fn clitic_ends(&self) -> &CliticEnds {
        self.clitic_ends.get_or_init(|| {
            let mut ends = CliticEnds::default();
            for (k, p) in self.prefixes.iter().enumerate() {
                if let Some(c) = p.text.chars().next() {
                    CliticEnds::add(&mut ends.first, c, k);
                }
            }
            for (k, s) in self.suffixes.iter().enumerate() {
                if let Some(c) = s.chars().next_back() {
                    CliticEnds::add(&mut ends.last, c, k);
                }
            }
            ends
        })
    }

    /// Every phrase that starts at token `i`, longest first.
    pub fn matches_at(&self, text: &str, tokens: &[Token], i: usize, out: &mut Vec<Match>) {
        let token = tokens[i];
        let word = token.text(text);
        let mut forms = Vec::with_capacity(8);
        if token.kind == TokenKind::Word {
            self.forms(word, &mut forms);
        } else {
            forms.push(Form { text: word, definite: false });
        }
        self.matches_with_forms(Tokenized { text, tokens }, i, &forms, out);
    }

    /// Like [`Lexicon::matches_at`], with token `i`'s forms already known
    /// (from [`Lexicon::forms`], or the token itself when it is no word).
    pub fn matches_with_forms(&self, sentence: Tokenized<'_>, i: usize, forms: &[Form], out: &mut Vec<Match>) {
        let Tokenized { text, tokens } = sentence;
        let token = tokens[i];
        let word = token.text(text);
        let first_len = out.len();
        let entries = self.entries.map();
        // Read when a phrase is first looked up: most tokens start none.
        let mut next: Option<Option<Next>> = None;
        for (rank, form) in forms.iter().enumerate() {
            let Some(list) = entries.get(form.text) else {
                continue;
            };
            let next =
                *next.get_or_insert_with(|| self.next_word(text, tokens, i + 1).map(|t| Next::of(self, text, t)));
            // A long list is read at the phrases its bits pick alone, in their order.
            let mut picked = self.may_go_on_to(form.text, list.len(), next);
            let mut unpicked = 0..list.len();
            loop {
                let k = match picked.as_mut() {
                    Some(0) => break,
                    Some(bits) => {
                        let k = bits.trailing_zeros() as usize;
                        *bits &= *bits - 1;
                        k
                    }
                    None => match unpicked.next() {
                        Some(k) => k,
                        None => break,
                    },
                };
                let entry = &list[k];
                if form.definite && entry.tag.is_verbal() || entry.definite_only && !form.definite {
                    continue;
                }
                // Single words may be matched through clitics; phrases need their first word whole
                // or with a prefix only, so "ال" + name still matches.
                if rank > 0 && !entry.rest.is_empty() && !word.ends_with(form.text) {
                    continue;
                }
                if !self.may_go_on(&entry.rest, next) {
                    continue;
                }
                if let Some(len) = self.match_rest(text, tokens, i + 1, &entry.rest) {
                    let m = Match { start: i, len: len + 1, tag: entry.tag };
                    if !out[first_len..].contains(&m) {
                        out.push(m);
                    }
                }
            }
        }
        if token.kind == TokenKind::Word {
            for form in &self.regexes {
                let (tag, Some(regex)) = (form.tag, form.regex()) else { continue };
                let m = Match { start: i, len: 1, tag };
                if forms.iter().any(|f| regex.is_match(f.text) && !(f.definite && tag.is_verbal()))
                    && !out[first_len..].contains(&m)
                {
                    out.push(m);
                }
            }
        }
        out[first_len..].sort_by_key(|m| std::cmp::Reverse(m.len));
    }

    /// Of a long list of phrases under `first`, as bits, those that
    /// [`Lexicon::may_go_on`] may let go on to `next`: the phrases of one
    /// word or a wildcard, and those whose second word is `next` or `next`
    /// without a suffix. `None` for a short list, or when `next` is a filler.
    fn may_go_on_to(&self, first: &str, len: usize, next: Option<Next<'_>>) -> Option<u128> {
        if !NextWords::SIZES.contains(&len) || next.is_some_and(|n| n.filler) {
            return None;
        }
        let words = self.entries.by_next().get(first)?;
        let Some(next) = next else { return Some(words.always) };
        let bits = |word: &str| words.by_word.get(word).copied().unwrap_or(0);
        let mut picked = words.always | bits(next.text);
        if next.kind == TokenKind::Word {
            for s in self.suffixes.iter().filter(|s| next.text.ends_with(s.as_str())) {
                picked |= bits(&next.text[..next.text.len() - s.len()]);
            }
        }
        Some(picked)
    }

    /// Whether a phrase whose words after the first are `rest` can go on
    /// to the token after its first, `next`: the first step of
    /// [`Lexicon::match_rest`], answered without reading the token again.
    #[inline]
    fn may_go_on(&self, rest: &[String], next: Option<Next<'_>>) -> bool {
        let Some(want) = rest.first() else { return true };
        let Some(next) = next else { return false };
        let word = next.kind == TokenKind::Word;
        next.filler
            || want == ANY && word
            || next.text == want
            || rest.len() == 1 && word && self.suffix_form_matches(next.text, want)
    }

    /// The token at `k`, or past it when it is a quotation mark: the next
    /// word of a phrase whose name is quoted (حركة "إم 23").
    fn next_word<'t>(&self, text: &str, tokens: &'t [Token], k: usize) -> Option<&'t Token> {
        let token = tokens.get(k)?;
        let quote =
            token.kind == TokenKind::Punct && token.text(text).chars().all(|c| self.segmentation.quotes().contains(c));
        if quote { tokens.get(k + 1) } else { Some(token) }
    }

    fn match_rest(&self, text: &str, tokens: &[Token], from: usize, rest: &[String]) -> Option<usize> {
        let mut k = from;
        let mut fillers = 0;
        let mut n = 0;
        while n < rest.len() {
            let want = &rest[n];
            let token = tokens.get(k)?;
            let got = token.text(text);
            let last = n + 1 == rest.len();
            let ok = want == ANY && token.kind == TokenKind::Word
                || got == want
                || (last && token.kind == TokenKind::Word && self.suffix_form_matches(got, want));
            if !ok {
                // One adverb may stand inside a phrase: "were reportedly killed".
                if fillers == 0 && self.is_filler(got) {
                    fillers += 1;
                    k += 1;
                    continue;
                }
                // A name quoted in part stays one name: «الحزب الديمقراطي» في إيران,
                // حركة "إم 23", كتائب "سيد الشهداء".
                let quote = || got.chars().all(|c| self.segmentation.quotes().contains(c));
                if token.kind == TokenKind::Punct && quote() {
                    k += 1;
                    continue;
                }
                return None;
            }
            k += 1;
            n += 1;
        }
        Some(k - from)
    }

    /// Whether `got` is `want` with a suffix clitic ("مصرعهم" for "مصرع").
    fn suffix_form_matches(&self, got: &str, want: &str) -> bool {
        got.strip_prefix(want).is_some_and(|rest| self.suffixes.iter().any(|s| s == rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut lex = Lexicon::new("ar");
        lex.grammar.article_prefixes = vec!["ال".into()];
        lex.set_clitics(&["و".into(), "ب".into(), "ال".into(), "وال".into()], &["هم".into(), "ا".into()]);
        lex.add("إصابة", Tag::Unit);
        lex.add("على الأقل", Tag::Earlier);
        lex.add("لقي * مصرع", Tag::Reporting);
        lex
    }

    fn check(text: &str, at: usize, expected: &[(usize, Tag)]) {
        check_in(&lexicon(), text, at, expected);
    }

    fn check_in(lex: &Lexicon, text: &str, at: usize, expected: &[(usize, Tag)]) {
        let text = crosscheck_text::normalize(text);
        let text = text.as_str();
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let mut out = Vec::new();
        lex.matches_at(text, &tokens, at, &mut out);
        let got: Vec<(usize, Tag)> = out.iter().map(|m| (m.len, m.tag)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn clitics_peel_off_single_words() {
        check("وإصابة", 0, &[(1, Tag::Unit)]);
        check("بالإصابة", 0, &[]);
        check("والإصابة", 0, &[(1, Tag::Unit)]);
    }

    #[test]
    fn regexes_match_whole_words_and_their_clitic_free_forms() {
        let mut lex = lexicon();
        let regex = regex::Regex::new("^(?:نزح(وا|ت)?)$").expect("valid");
        lex.add_regex(regex, &["نزح".into()], Tag::Future);
        check_in(&lex, "ونزحوا", 0, &[(1, Tag::Future)]);
        check_in(&lex, "نزحت", 0, &[(1, Tag::Future)]);
        check_in(&lex, "نازحون", 0, &[]);
        assert!(lex.gate_words().iter().any(|w| w.text == "نزح" && w.open_end));
    }

    #[test]
    fn one_filler_may_stand_inside_a_phrase() {
        let mut lex = Lexicon::new("en");
        lex.add("have left", Tag::Unit);
        lex.add_fillers(&["reportedly".into(), "allegedly".into()]);
        check_in(&lex, "have reportedly left", 0, &[(3, Tag::Unit)]);
        check_in(&lex, "have allegedly left", 0, &[(3, Tag::Unit)]);
        check_in(&lex, "have left", 0, &[(2, Tag::Unit)]);
        check_in(&lex, "have reportedly allegedly left", 0, &[]);
        check_in(&lex, "have never left", 0, &[]);
    }

    #[test]
    fn a_long_list_reads_the_phrases_that_go_on_to_the_next_token() {
        let mut lex = Lexicon::new("xx");
        lex.set_clitics(&[], &["s".into()]);
        lex.add_fillers(&["really".into()]);
        let seconds = ["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "jj", "kk", "ll", "mm", "nn", "oo", "pp"];
        for (k, second) in (0u64..).zip(seconds) {
            lex.add(&format!("key {second}"), Tag::Number(k));
        }
        lex.add("key", Tag::Unit);
        lex.add("key * end", Tag::Earlier);
        assert!(NextWords::SIZES.contains(&lex.entries.map()["key"].len()));
        check_in(&lex, "key cc", 0, &[(2, Tag::Number(2)), (1, Tag::Unit)]);
        check_in(&lex, "key ccs", 0, &[(2, Tag::Number(2)), (1, Tag::Unit)]);
        check_in(&lex, "key really pp", 0, &[(3, Tag::Number(15)), (1, Tag::Unit)]);
        check_in(&lex, "key zz end", 0, &[(3, Tag::Earlier), (1, Tag::Unit)]);
        check_in(&lex, "key zz", 0, &[(1, Tag::Unit)]);
        check_in(&lex, "key 5", 0, &[(1, Tag::Unit)]);
        check_in(&lex, "key", 0, &[(1, Tag::Unit)]);
    }

    #[test]
    fn phrases_match_with_wildcards_and_suffixes() {
        check("على الأقلّ", 0, &[(2, Tag::Earlier)]);
        check("لقي 25 مصرعهم", 0, &[]);
        check("لقي شخصا مصرعهم", 0, &[(3, Tag::Reporting)]);
    }
}
