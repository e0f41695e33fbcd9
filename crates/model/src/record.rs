//! The compact comparison record: what linking, comparing and the report's
//! summary read of a claim, without its text. A run over a large corpus
//! keeps one of these per claim (64 bytes: strings as symbols of one
//! [`Symbols`] table, which also holds each pair of speaker and actor, of
//! event and place, and of first and last day once) and reads the full
//! claims back only to render them.

use std::collections::HashMap;
use std::sync::Arc;

use crate::{
    Chunked, Claim, ClaimId, ClaimKind, Date, FIGURE_TEMPLATE, Interval, Polarity, Qualifier, STATEMENT_TEMPLATE,
    Scope, Span, TimeRange, UNBOUND_SLOT,
};

/// A string of a [`Symbols`] table, as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(u32);

impl Sym {
    /// No string.
    pub const NONE: Sym = Sym(u32::MAX);

    pub fn is_none(self) -> bool {
        self == Sym::NONE
    }
}

/// One copy of each string the records name (ids, metrics, speakers), and
/// of each pair of them or of days a record names as one.
#[derive(Debug, Default)]
pub struct Symbols {
    index: HashMap<Arc<str>, Sym>,
    names: Vec<Arc<str>>,
    /// Speakers with their actors.
    voices: Pairs<Sym>,
    /// Events with their places.
    places: Pairs<Sym>,
    /// First and last days.
    days: Pairs<Date>,
    /// Figures' values that are neither bound and do not fit in 32 bits.
    values: Vec<u64>,
}

/// Pairs of values, each held once and named by its number.
#[derive(Debug)]
struct Pairs<T> {
    index: HashMap<(T, T), u32>,
    list: Vec<(T, T)>,
}

impl<T> Default for Pairs<T> {
    fn default() -> Self {
        Self { index: HashMap::new(), list: Vec::new() }
    }
}

impl<T: Copy + Eq + std::hash::Hash> Pairs<T> {
    fn intern(&mut self, pair: (T, T)) -> u32 {
        let list = &mut self.list;
        *self.index.entry(pair).or_insert_with(|| {
            list.push(pair);
            (list.len() - 1) as u32
        })
    }

    fn get(&self, number: u32) -> (T, T) {
        self.list[number as usize]
    }
}

impl Symbols {
    /// The symbol of `s`, added when new.
    pub fn intern(&mut self, s: &str) -> Sym {
        if let Some(&sym) = self.index.get(s) {
            return sym;
        }
        let sym = Sym(self.names.len() as u32);
        let shared: Arc<str> = s.into();
        self.names.push(Arc::clone(&shared));
        self.index.insert(shared, sym);
        sym
    }

    fn option(&mut self, s: Option<&str>) -> Sym {
        s.map_or(Sym::NONE, |s| self.intern(s))
    }

    /// The string of `sym`, `None` for [`Sym::NONE`].
    pub fn get(&self, sym: Sym) -> Option<&str> {
        self.names.get(sym.0 as usize).map(|s| &**s)
    }

    /// How many distinct strings the table holds.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

const TIME: u16 = 1;
const EXPLICIT: u16 = 1 << 1;
const EARLIER: u16 = 1 << 2;
const LATER: u16 = 1 << 3;
const HEADLINE: u16 = 1 << 4;
const INCREMENT: u16 = 1 << 5;
const SUBSET: u16 = 1 << 6;
const DENIES: u16 = 1 << 7;
const VALUE: u16 = 1 << 8;
const HIGH: u16 = 1 << 9;
const TARGET: u16 = 1 << 10;
/// The claim's kind, in two bits of the flags: none set is a quantity.
const PROPOSITION: u16 = 1 << 11;
const TERM: u16 = 1 << 12;
/// Where a figure's value is: its low bound, its high bound, or the table
/// of values kept apart; none set, the record's own `value`.
const VALUE_LOW: u16 = 1 << 13;
const VALUE_HIGH: u16 = 1 << 14;
const VALUE_APART: u16 = 1 << 15;
/// No day range.
const NO_DAYS: u32 = u32::MAX;

/// What kind of claim a record stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Quantity,
    Proposition,
    Term,
}

/// A claim without its text (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClaimRecord {
    /// A figure's low and high bounds, or a denial's target span, each in
    /// two halves (low half first), so that the record aligns on 4 bytes.
    bounds: [u32; 4],
    /// A figure's value when the flags put it here (see `VALUE_LOW`), or its
    /// number among the values kept apart.
    value: u32,
    /// Index of the document in the corpus.
    pub doc: u32,
    span: [u32; 2],
    /// The metric, the proposition's id or the term's frame.
    subject: Sym,
    /// The population, the proposition's template or the term's topic.
    detail: Sym,
    side: Sym,
    camp: Sym,
    /// The event and the place, as one pair of symbols.
    event_place: u32,
    /// The speaker and the actor, as one pair of symbols.
    voice: u32,
    /// The first and last days, as one pair (`NO_DAYS`: none).
    days: u32,
    qualifier: Qualifier,
    scope: Scope,
    flags: u16,
}

/// A claim's figure, as comparison reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure<'a> {
    pub metric: &'a str,
    pub value: Option<u64>,
    pub qualifier: Qualifier,
    pub interval: Interval,
    pub population: Option<&'a str>,
    pub side: Option<&'a str>,
    pub increment: bool,
    pub subset: bool,
}

impl Figure<'_> {
    /// How a qualifier-aware figure reads in a sentence.
    pub fn describe(&self) -> String {
        crate::claim::describe(self.qualifier, self.value, self.interval)
    }
}

/// A claim's proposition, as comparison reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PropositionRef<'a> {
    pub id: &'a str,
    pub template: &'a str,
    pub polarity: Polarity,
    pub target: Option<Span>,
}

impl PropositionRef<'_> {
    /// Whether its template has no slots: "an aircraft was shot down" names
    /// no place, no side and no day.
    pub fn is_slotless(&self) -> bool {
        self.id == self.template
    }

    /// Whether a slot of its template is unbound (see [`crate::Proposition::has_unbound_slot`]).
    pub fn has_unbound_slot(&self) -> bool {
        self.id.split(':').skip(1).any(|value| value == UNBOUND_SLOT)
    }

    /// Whether it pairs only through links, never by its id: an open
    /// statement, a denied figure, or one with an unbound slot.
    pub fn is_open(&self) -> bool {
        self.template == STATEMENT_TEMPLATE || self.template == FIGURE_TEMPLATE || self.has_unbound_slot()
    }
}

/// A claim's framing term, as comparison reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermRef<'a> {
    pub frame: &'a str,
    pub topic: &'a str,
}

/// The compact records of a corpus's claims, in claim order, with their symbols.
#[derive(Debug, Default)]
pub struct Records {
    list: Chunked<ClaimRecord>,
    pub symbols: Symbols,
}

impl Records {
    pub fn new() -> Self {
        Self::default()
    }

    /// The records of `claims`, in their order.
    pub fn of(claims: &[Claim]) -> Self {
        let mut records = Self::new();
        for claim in claims {
            records.push(claim);
        }
        records
    }

    /// Adds the record of `claim`.
    pub fn push(&mut self, claim: &Claim) {
        let record = self.record(claim);
        self.list.push(record);
    }

    fn record(&mut self, claim: &Claim) -> ClaimRecord {
        let s = &mut self.symbols;
        let mut flags = 0u16;
        let mut set = |on: bool, flag: u16| {
            if on {
                flags |= flag;
            }
        };
        set(claim.headline, HEADLINE);
        set(claim.earlier_report, EARLIER);
        set(claim.later_report, LATER);
        let days = match claim.time {
            Some(t) => {
                set(true, TIME);
                set(t.explicit, EXPLICIT);
                s.days.intern((t.earliest, t.latest))
            }
            None => NO_DAYS,
        };
        let KindParts { subject, detail, side, qualifier, numbers, value, flags: kind_flags } =
            kind_parts(s, &claim.kind);
        flags |= kind_flags;
        let event_place = (s.option(claim.event.as_deref()), s.option(claim.place.as_deref()));
        let voice = (
            s.option(claim.speaker.as_ref().map(|sp| sp.text.as_str())),
            s.option(claim.speaker.as_ref().and_then(|sp| sp.actor.as_deref())),
        );
        let half = |n: u64| [n as u32, (n >> 32) as u32];
        let ([a, b], [c, d]) = (half(numbers[0]), half(numbers[1]));
        ClaimRecord {
            bounds: [a, b, c, d],
            value,
            doc: claim.doc,
            span: [claim.span.start as u32, claim.span.end as u32],
            subject,
            detail,
            side,
            camp: s.option(claim.camp.as_deref()),
            event_place: s.places.intern(event_place),
            voice: s.voices.intern(voice),
            days,
            qualifier,
            scope: claim.scope,
            flags,
        }
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The claim with this id.
    pub fn get(&self, id: ClaimId) -> ClaimRef<'_> {
        ClaimRef { record: &self.list[id.index()], symbols: &self.symbols }
    }

    /// Every claim, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = ClaimRef<'_>> {
        self.list.iter().map(|record| ClaimRef { record, symbols: &self.symbols })
    }

    /// The records themselves, to reorder or renumber them.
    pub fn list_mut(&mut self) -> &mut Chunked<ClaimRecord> {
        &mut self.list
    }

    /// Gives back the room the list's last chunk did not fill.
    pub fn shrink_to_fit(&mut self) {
        self.list.shrink_to_fit();
    }
}

/// What a claim's kind puts in its record.
struct KindParts {
    subject: Sym,
    detail: Sym,
    side: Sym,
    qualifier: Qualifier,
    /// The low and high bounds, or the target span.
    numbers: [u64; 2],
    value: u32,
    flags: u16,
}

fn kind_parts(s: &mut Symbols, kind: &ClaimKind) -> KindParts {
    let mut flags = 0u16;
    let mut set = |on: bool, flag: u16| {
        if on {
            flags |= flag;
        }
    };
    let mut value = 0;
    let (subject, detail, side, qualifier, numbers) = match kind {
        ClaimKind::Quantity(q) => {
            set(q.increment, INCREMENT);
            set(q.subset, SUBSET);
            set(q.value.is_some(), VALUE);
            set(q.interval.high.is_some(), HIGH);
            let (field, where_) = value_field(q.value, q.interval, &mut s.values);
            value = field;
            set(true, where_);
            let numbers = [q.interval.low, q.interval.high.unwrap_or(0)];
            let (subject, detail) = (s.intern(&q.metric), s.option(q.population.as_deref()));
            (subject, detail, s.option(q.side.as_deref()), q.qualifier, numbers)
        }
        ClaimKind::Proposition(p) => {
            set(true, PROPOSITION);
            set(p.polarity == Polarity::Denies, DENIES);
            set(p.target.is_some(), TARGET);
            let numbers = p.target.map_or([0; 2], |t| [t.start as u64, t.end as u64]);
            let (subject, detail) = (s.intern(&p.id), s.intern(&p.template));
            (subject, detail, Sym::NONE, Qualifier::Exact, numbers)
        }
        ClaimKind::Term(t) => {
            set(true, TERM);
            let (subject, detail) = (s.intern(&t.frame), s.intern(&t.topic));
            (subject, detail, Sym::NONE, Qualifier::Exact, [0; 2])
        }
    };
    KindParts { subject, detail, side, qualifier, numbers, value, flags }
}

/// Where a figure's value goes: the record's `value` field and the flag that
/// says how to read it (none needed when it is there itself).
fn value_field(value: Option<u64>, interval: Interval, apart: &mut Vec<u64>) -> (u32, u16) {
    match value {
        None => (0, 0),
        Some(v) if v == interval.low => (0, VALUE_LOW),
        Some(v) if Some(v) == interval.high => (0, VALUE_HIGH),
        Some(v) => match u32::try_from(v) {
            Ok(small) => (small, 0),
            Err(_) => {
                apart.push(v);
                ((apart.len() - 1) as u32, VALUE_APART)
            }
        },
    }
}

/// One claim's record with the symbols it names.
#[derive(Debug, Clone, Copy)]
pub struct ClaimRef<'a> {
    record: &'a ClaimRecord,
    symbols: &'a Symbols,
}

impl<'a> ClaimRef<'a> {
    fn flag(&self, flag: u16) -> bool {
        self.record.flags & flag != 0
    }

    fn str(&self, sym: Sym) -> Option<&'a str> {
        self.symbols.get(sym)
    }

    pub fn doc(&self) -> u32 {
        self.record.doc
    }

    pub fn span(&self) -> Span {
        Span::new(self.record.span[0] as usize, self.record.span[1] as usize)
    }

    /// Its low and high bounds (or target span).
    fn bound(&self, which: usize) -> u64 {
        let b = &self.record.bounds;
        u64::from(b[2 * which]) | u64::from(b[2 * which + 1]) << 32
    }

    pub fn event(&self) -> Option<&'a str> {
        self.str(self.symbols.places.get(self.record.event_place).0)
    }

    pub fn place(&self) -> Option<&'a str> {
        self.str(self.symbols.places.get(self.record.event_place).1)
    }

    pub fn camp(&self) -> Option<&'a str> {
        self.str(self.record.camp)
    }

    /// The speaker as written; `None` is the article's own voice.
    pub fn speaker(&self) -> Option<&'a str> {
        self.str(self.symbols.voices.get(self.record.voice).0)
    }

    /// The dictionary actor the speaker was resolved to.
    pub fn actor(&self) -> Option<&'a str> {
        self.str(self.symbols.voices.get(self.record.voice).1)
    }

    pub fn time(&self) -> Option<TimeRange> {
        self.flag(TIME).then(|| {
            let (earliest, latest) = self.symbols.days.get(self.record.days);
            TimeRange { earliest, latest, explicit: self.flag(EXPLICIT) }
        })
    }

    /// A figure's value, where the flags say it is.
    fn value(&self) -> Option<u64> {
        let field = self.record.value;
        self.flag(VALUE).then(|| {
            if self.flag(VALUE_LOW) {
                self.bound(0)
            } else if self.flag(VALUE_HIGH) {
                self.bound(1)
            } else if self.flag(VALUE_APART) {
                self.symbols.values[field as usize]
            } else {
                u64::from(field)
            }
        })
    }

    /// Whether the text marks the claim as reported earlier than the article's news.
    pub fn earlier_report(&self) -> bool {
        self.flag(EARLIER)
    }

    /// Whether the text marks the figure as what a count has risen or fallen to.
    pub fn later_report(&self) -> bool {
        self.flag(LATER)
    }

    pub fn scope(&self) -> Scope {
        self.record.scope
    }

    pub fn headline(&self) -> bool {
        self.flag(HEADLINE)
    }

    pub fn kind(&self) -> RecordKind {
        if self.flag(PROPOSITION) {
            RecordKind::Proposition
        } else if self.flag(TERM) {
            RecordKind::Term
        } else {
            RecordKind::Quantity
        }
    }

    pub fn quantity(&self) -> Option<Figure<'a>> {
        let r = self.record;
        (self.kind() == RecordKind::Quantity).then(|| Figure {
            metric: self.str(r.subject).unwrap_or_default(),
            value: self.value(),
            qualifier: r.qualifier,
            interval: Interval { low: self.bound(0), high: self.flag(HIGH).then(|| self.bound(1)) },
            population: self.str(r.detail),
            side: self.str(r.side),
            increment: self.flag(INCREMENT),
            subset: self.flag(SUBSET),
        })
    }

    pub fn proposition(&self) -> Option<PropositionRef<'a>> {
        let r = self.record;
        (self.kind() == RecordKind::Proposition).then(|| PropositionRef {
            id: self.str(r.subject).unwrap_or_default(),
            template: self.str(r.detail).unwrap_or_default(),
            polarity: if self.flag(DENIES) { Polarity::Denies } else { Polarity::Asserts },
            target: self.flag(TARGET).then(|| Span::new(self.bound(0) as usize, self.bound(1) as usize)),
        })
    }

    pub fn term(&self) -> Option<TermRef<'a>> {
        let r = self.record;
        (self.kind() == RecordKind::Term).then(|| TermRef {
            frame: self.str(r.subject).unwrap_or_default(),
            topic: self.str(r.detail).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_compact() {
        assert!(size_of::<ClaimRecord>() <= 64, "{}", size_of::<ClaimRecord>());
    }

    fn figure(value: Option<u64>, low: u64, high: Option<u64>) -> Claim {
        Claim {
            doc: 3,
            span: Span::new(10, 20),
            quote: String::new(),
            line: 1,
            evidence: Span::new(0, 30),
            text: "".into(),
            speaker: Some(crate::Speaker {
                text: "a spokesman".into(),
                span: Span::new(0, 3),
                actor: Some("army".into()),
            }),
            camp: Some("gov".into()),
            event: Some("war-1".into()),
            place: None,
            time: Some(TimeRange {
                earliest: Date::constant(2024, 1, 2),
                latest: Date::constant(2024, 1, 3),
                explicit: true,
            }),
            earlier_report: false,
            later_report: true,
            scope: Scope::Incident,
            headline: false,
            kind: ClaimKind::Quantity(crate::Quantity {
                metric: "killed".into(),
                value,
                qualifier: Qualifier::AtLeast,
                interval: Interval { low, high },
                population: Some("civilians".into()),
                side: None,
                increment: false,
                subset: true,
            }),
            trace: Vec::new(),
        }
    }

    #[test]
    fn a_record_gives_back_what_its_claim_says() {
        let values = [
            (Some(5), 5, Some(5)),
            (Some(9), 5, Some(9)),
            (Some(7), 5, Some(9)),
            (None, 200, None),
            (Some(1 << 40), 1 << 41, Some(1 << 42)),
            (Some(u64::MAX), u64::MAX - 1, None),
            (Some(3), u64::MAX, Some(u64::MAX)),
        ];
        let claims: Vec<Claim> = values.iter().map(|&(v, low, high)| figure(v, low, high)).collect();
        let records = Records::of(&claims);
        for (claim, record) in claims.iter().zip(records.iter()) {
            let ClaimKind::Quantity(q) = &claim.kind else { unreachable!() };
            let f = record.quantity().unwrap();
            assert_eq!((f.value, f.interval, f.qualifier), (q.value, q.interval, q.qualifier));
            assert_eq!((f.metric, f.population, f.side, f.subset), ("killed", Some("civilians"), None, true));
            assert_eq!(record.time(), claim.time);
            assert_eq!((record.speaker(), record.actor()), (Some("a spokesman"), Some("army")));
            assert_eq!((record.event(), record.place(), record.camp()), (Some("war-1"), None, Some("gov")));
            assert_eq!((record.doc(), record.span(), record.scope()), (3, claim.span, Scope::Incident));
            assert!(record.later_report() && !record.earlier_report() && !record.headline());
        }
    }

    #[test]
    fn equal_strings_share_one_symbol() {
        let mut symbols = Symbols::default();
        let a = symbols.intern("karabakh-2020");
        let b = symbols.intern("karabakh-2020");
        assert_eq!(a, b);
        assert_eq!(symbols.get(a), Some("karabakh-2020"));
        assert_eq!(symbols.get(Sym::NONE), None);
    }
}
