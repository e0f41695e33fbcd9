//! The findings of a run, kept compact: a record of fixed size per finding
//! (its names as symbols of one [`Symbols`] table, its claims and reason as
//! places in lists of slices), so that a corpus's findings hold no string
//! or list of their own. A finding is read as a [`FindingRef`], a view
//! whose fields borrow from the store.

use crate::chunked::{Place, Slab};
use crate::{Chunked, ClaimId, Finding, FindingKind, Sym, Symbols};

/// One finding, without strings or lists of its own.
#[derive(Debug, Clone, Copy, PartialEq)]
struct FindingRecord {
    kind: FindingKind,
    event: Sym,
    subject: Sym,
    population: Sym,
    place: Sym,
    /// Both sides' claims, the first side first.
    sides: Place,
    /// How many of them stand on the first side.
    first_side: u32,
    mentions: [u32; 2],
    pairs: Place,
    reason: ReasonRecord,
}

/// A finding's reason as the store keeps it: words of its own, or the
/// names a template reads (the finding's subject and place are its own).
#[derive(Debug, Clone, Copy, PartialEq)]
enum ReasonRecord {
    Text(Place),
    Figures { who: [Sym; 2], said: [Sym; 2], why: Sym },
    Denied { who: [Sym; 2] },
}

/// Why a finding was made, in words; written out only when it is shown,
/// so that a run's findings do not each hold a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason<'a> {
    /// Words of their own.
    Text(&'a str),
    /// Two figures: who gave each, how each reads, what they count and
    /// where, and why they differ.
    Figures { who: [&'a str; 2], said: [&'a str; 2], subject: &'a str, place: Option<&'a str>, why: &'a str },
    /// One source asserts proposition `id`, another denies it.
    Denied { who: [&'a str; 2], id: &'a str },
}

impl std::fmt::Display for Reason<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Reason::Text(text) => f.write_str(text),
            Reason::Figures { who, said, subject, place, why } => {
                write!(f, "{} says {} {subject}", who[0], said[0])?;
                if let Some(place) = place {
                    write!(f, " in {place}")?;
                }
                write!(f, "; {} says {}: {why}", who[1], said[1])
            }
            Reason::Denied { who, id } => write!(f, "{} asserts `{id}`; {} denies it", who[0], who[1]),
        }
    }
}

impl serde::Serialize for Reason<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A finding as the store holds it, with the fields of a [`Finding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FindingRef<'a> {
    pub kind: FindingKind,
    pub event: Option<&'a str>,
    /// The metric, proposition or framed topic the sides differ on.
    pub subject: &'a str,
    pub population: Option<&'a str>,
    pub place: Option<&'a str>,
    /// Each side's claims (see [`Finding::sides`]).
    pub sides: [&'a [ClaimId]; 2],
    /// How many claims each side holds in all, every mention counted.
    pub mentions: [usize; 2],
    /// One representative pair per pair of sources in disagreement.
    pub pairs: &'a [(ClaimId, ClaimId)],
    pub reason: Reason<'a>,
}

impl FindingRef<'_> {
    /// The finding with strings and lists of its own.
    pub fn to_finding(&self) -> Finding {
        Finding {
            kind: self.kind,
            event: self.event.map(str::to_owned),
            subject: self.subject.to_owned(),
            population: self.population.map(str::to_owned),
            place: self.place.map(str::to_owned),
            sides: [self.sides[0].to_vec(), self.sides[1].to_vec()],
            mentions: self.mentions,
            pairs: self.pairs.to_vec(),
            reason: self.reason.to_string(),
        }
    }
}

impl<'a> From<&'a Finding> for FindingRef<'a> {
    fn from(f: &'a Finding) -> Self {
        FindingRef {
            kind: f.kind,
            event: f.event.as_deref(),
            subject: &f.subject,
            population: f.population.as_deref(),
            place: f.place.as_deref(),
            sides: [&f.sides[0], &f.sides[1]],
            mentions: f.mentions,
            pairs: &f.pairs,
            reason: Reason::Text(&f.reason),
        }
    }
}

/// The findings of a run, in the order they were added until
/// [`Findings::sort_by`] orders them.
#[derive(Debug, Default)]
pub struct Findings {
    list: Chunked<FindingRecord>,
    /// The records' numbers, in the findings' order.
    order: Vec<u32>,
    symbols: Symbols,
    ids: Slab<ClaimId>,
    pairs: Slab<(ClaimId, ClaimId)>,
    reasons: Slab<u8>,
}

impl Findings {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Adds a finding at the end.
    pub fn push(&mut self, f: FindingRef) {
        let s = &mut self.symbols;
        let mut sym = |name: Option<&str>| name.map_or(Sym::NONE, |name| s.intern(name));
        let (event, subject, population, place) = (sym(f.event), sym(Some(f.subject)), sym(f.population), sym(f.place));
        let sides = self.ids.push(&[f.sides[0], f.sides[1]].concat());
        let record = FindingRecord {
            kind: f.kind,
            event,
            subject,
            population,
            place,
            sides,
            first_side: f.sides[0].len() as u32,
            mentions: f.mentions.map(|m| m as u32),
            pairs: self.pairs.push(f.pairs),
            reason: self.reason(&f),
        };
        self.order.push(self.list.len() as u32);
        self.list.push(record);
    }

    /// How the reason of `f` is kept: by its template's names when it
    /// reads the finding's own subject and place, else in words.
    fn reason(&mut self, f: &FindingRef) -> ReasonRecord {
        let s = &mut self.symbols;
        match f.reason {
            Reason::Figures { who, said, subject, place, why } if subject == f.subject && place == f.place => {
                ReasonRecord::Figures {
                    who: who.map(|w| s.intern(w)),
                    said: said.map(|w| s.intern(w)),
                    why: s.intern(why),
                }
            }
            Reason::Denied { who, id } if id == f.subject => ReasonRecord::Denied { who: who.map(|w| s.intern(w)) },
            reason => ReasonRecord::Text(self.reasons.push(reason.to_string().as_bytes())),
        }
    }

    fn reason_of(&self, r: &FindingRecord) -> Reason<'_> {
        let name = |sym: Sym| self.symbols.get(sym).unwrap_or("");
        match r.reason {
            ReasonRecord::Text(place) => {
                Reason::Text(std::str::from_utf8(self.reasons.get(place)).expect("a reason is the text it was given"))
            }
            ReasonRecord::Figures { who, said, why } => Reason::Figures {
                who: who.map(name),
                said: said.map(name),
                subject: name(r.subject),
                place: self.symbols.get(r.place),
                why: name(why),
            },
            ReasonRecord::Denied { who } => Reason::Denied { who: who.map(name), id: name(r.subject) },
        }
    }

    fn view(&self, number: u32) -> FindingRef<'_> {
        let r = &self.list[number as usize];
        let sides = self.ids.get(r.sides);
        let (first, second) = sides.split_at(r.first_side as usize);
        FindingRef {
            kind: r.kind,
            event: self.symbols.get(r.event),
            subject: self.symbols.get(r.subject).unwrap_or(""),
            population: self.symbols.get(r.population),
            place: self.symbols.get(r.place),
            sides: [first, second],
            mentions: r.mentions.map(|m| m as usize),
            pairs: self.pairs.get(r.pairs),
            reason: self.reason_of(r),
        }
    }

    /// Finding `n`, in order.
    pub fn get(&self, n: usize) -> Option<FindingRef<'_>> {
        self.order.get(n).map(|&number| self.view(number))
    }

    /// The findings, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = FindingRef<'_>> + Clone + '_ {
        self.order.iter().map(|&number| self.view(number))
    }

    /// Orders the findings by `compare`, findings it finds equal in the
    /// order they were added.
    pub fn sort_by(&mut self, mut compare: impl FnMut(&FindingRef, &FindingRef) -> std::cmp::Ordering) {
        let mut order = std::mem::take(&mut self.order);
        order.sort_unstable_by(|&x, &y| compare(&self.view(x), &self.view(y)).then(x.cmp(&y)));
        self.order = order;
    }

    /// The findings with strings and lists of their own.
    pub fn to_vec(&self) -> Vec<Finding> {
        self.iter().map(|f| f.to_finding()).collect()
    }
}

impl PartialEq for Findings {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<'a> FromIterator<FindingRef<'a>> for Findings {
    fn from_iter<I: IntoIterator<Item = FindingRef<'a>>>(iter: I) -> Self {
        let mut findings = Findings::new();
        for f in iter {
            findings.push(f);
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(n: u32, reason: &str) -> Finding {
        Finding {
            kind: if n.is_multiple_of(2) { FindingKind::NumericConflict } else { FindingKind::Framing },
            event: n.is_multiple_of(3).then(|| "e".to_owned()),
            subject: format!("s{}", n % 5),
            population: None,
            place: Some("p".to_owned()),
            sides: [vec![ClaimId(n)], (0..n % 4).map(ClaimId).collect()],
            mentions: [n as usize, 1],
            pairs: vec![(ClaimId(n), ClaimId(n + 1))],
            reason: reason.to_owned(),
        }
    }

    #[test]
    fn findings_read_back_as_they_were_added() {
        let added: Vec<Finding> = (0..40_000).map(|n| finding(n, &format!("reason {n} \u{201c}x\u{201d}"))).collect();
        let findings: Findings = added.iter().map(FindingRef::from).collect();
        assert_eq!(findings.len(), added.len());
        assert_eq!(findings.to_vec(), added);
        assert_eq!(findings.get(7).map(|f| f.to_finding()), Some(added[7].clone()));
    }

    #[test]
    fn a_finding_record_stays_small() {
        assert_eq!(size_of::<FindingRecord>(), 80);
    }

    #[test]
    fn a_long_slice_takes_a_chunk_of_its_own() {
        let long = "x".repeat(crate::chunked::SLAB_ITEMS * 2 + 3);
        let added = vec![finding(1, "a"), finding(2, &long), finding(3, "b")];
        let findings: Findings = added.iter().map(FindingRef::from).collect();
        assert_eq!(findings.to_vec(), added);
    }

    #[test]
    fn reasons_kept_by_their_names_read_as_written_out() {
        let figures = |place| Reason::Figures {
            who: ["A (x)", "B (y)"],
            said: ["at least 5", "3"],
            subject: "killed (civilians)",
            place,
            why: "the figures cannot both hold",
        };
        let denied = Reason::Denied { who: ["A (x)", "the article (y)"], id: "city_captured:shusha" };
        let texts = [
            "A (x) says at least 5 killed (civilians) in Gaza; B (y) says 3: the figures cannot both hold",
            "A (x) says at least 5 killed (civilians); B (y) says 3: the figures cannot both hold",
            "A (x) asserts `city_captured:shusha`; the article (y) denies it",
        ];
        let reasons = [figures(Some("Gaza")), figures(None), denied];
        let mut findings = Findings::new();
        for (n, reason) in reasons.into_iter().enumerate() {
            assert_eq!(reason.to_string(), texts[n]);
            let f = finding(n as u32, "");
            let subject = if n == 2 { "city_captured:shusha" } else { "killed (civilians)" };
            let place = if n == 0 { Some("Gaza") } else { None };
            findings.push(FindingRef { subject, place, reason, ..FindingRef::from(&f) });
        }
        // A template that does not read the finding's own subject keeps its words.
        let f = finding(3, "");
        findings.push(FindingRef { subject: "other", reason: figures(None), ..FindingRef::from(&f) });
        let back: Vec<String> = findings.iter().map(|f| f.reason.to_string()).collect();
        assert_eq!(back, [texts[0], texts[1], texts[2], texts[1]]);
        assert!(matches!(findings.get(3).map(|f| f.reason), Some(Reason::Text(_))));
    }

    #[test]
    fn sorting_keeps_equal_findings_in_the_order_they_were_added() {
        let added: Vec<Finding> = (0..100).map(|n| finding(n, &n.to_string())).collect();
        let mut findings: Findings = added.iter().map(FindingRef::from).collect();
        findings.sort_by(|x, y| x.subject.cmp(y.subject));
        let mut expected = added.clone();
        expected.sort_by(|x, y| x.subject.cmp(&y.subject));
        assert_eq!(findings.to_vec(), expected);
    }
}
