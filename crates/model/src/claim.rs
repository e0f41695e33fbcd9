use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::{Date, Interval, Qualifier, Span};

/// A claim's position in a report's claim list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClaimId(pub u32);

impl ClaimId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::fmt::Display for ClaimId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "c{}", self.0 + 1)
    }
}

/// One attributed statement found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index of the document in the corpus the claim was read from.
    pub doc: u32,
    /// The words that carry the claim (figure, qualifier, trigger), in original bytes.
    pub span: Span,
    /// The words of `span` as written, line breaks folded to spaces.
    pub quote: String,
    /// 1-based line of `span.start` in the file.
    pub line: u32,
    /// The sentence the claim stands in, in original bytes.
    pub evidence: Span,
    /// The evidence sentence with line breaks folded to spaces, shared by
    /// every claim of the sentence (serialized as a plain string).
    pub text: Arc<str>,
    /// Who made the claim; `None` is the article's own voice.
    pub speaker: Option<Speaker>,
    /// The speaker's camp id, `media` for the article's own voice, `None` when unknown.
    pub camp: Option<Arc<str>>,
    /// The event the claim is about, `None` when no event could be assigned.
    pub event: Option<Arc<str>>,
    /// The locality the claim is about, when the sentence names one.
    pub place: Option<Arc<str>>,
    /// When the claim was made, as far as the article's date and time words tell.
    pub time: Option<TimeRange>,
    /// The text marks the claim as reported earlier than the article's news
    /// ("initially", "the initial toll", "في وقت سابق"), dated or not.
    #[serde(default)]
    pub earlier_report: bool,
    /// The text marks the figure as what a count has risen or fallen to
    /// ("rose to 60", "ارتفع ... إلى 60"): later than the article's other figures.
    #[serde(default)]
    pub later_report: bool,
    /// Whether the claim counts a whole event or one incident within it.
    pub scope: Scope,
    /// The claim stands in the article's headline, which restates its body:
    /// a finding quotes the body where the source says it there too.
    #[serde(default)]
    pub headline: bool,
    pub kind: ClaimKind,
    /// How the claim was found: the rule, and how speaker, camp and event were chosen.
    pub trace: Vec<String>,
}

impl Claim {
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.kind {
            ClaimKind::Quantity(q) => Some(q),
            _ => None,
        }
    }

    pub fn proposition(&self) -> Option<&Proposition> {
        match &self.kind {
            ClaimKind::Proposition(p) => Some(p),
            _ => None,
        }
    }

    pub fn term(&self) -> Option<&Term> {
        match &self.kind {
            ClaimKind::Term(t) => Some(t),
            _ => None,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            ClaimKind::Quantity(_) => "quantity",
            ClaimKind::Proposition(_) => "proposition",
            ClaimKind::Term(_) => "term",
        }
    }
}

/// The speaker as written, and the dictionary actor it was resolved to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub text: String,
    pub span: Span,
    pub actor: Option<Arc<str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimKind {
    Quantity(Quantity),
    Proposition(Proposition),
    Term(Term),
}

/// An attributed figure: "at least 200 killed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    pub metric: String,
    /// The number as stated; `None` for vague figures ("hundreds").
    pub value: Option<u64>,
    pub qualifier: Qualifier,
    pub interval: Interval,
    /// Who was counted when the text says so: civilians, soldiers, children …
    pub population: Option<String>,
    /// Whose side the counted people belong to, when the text says so.
    pub side: Option<String>,
    /// The figure adds to an earlier count ("16 more", "5 additional",
    /// "rose by 20"): it is not a total and compares with no total.
    #[serde(default)]
    pub increment: bool,
    /// The figure is part of a total given beside it ("including 5 children",
    /// "بينهم", "this number includes"): it may lie below any total.
    #[serde(default)]
    pub subset: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Asserts,
    Denies,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Asserts => "asserts",
            Polarity::Denies => "denies",
        }
    }

    pub fn flip(self) -> Polarity {
        match self {
            Polarity::Asserts => Polarity::Denies,
            Polarity::Denies => Polarity::Asserts,
        }
    }
}

/// The template of an open statement: asserted words no rule template reads,
/// kept as a claim because a denial answers them. Open statements pair only
/// through a denial's [`Proposition::target`], never by id.
pub const STATEMENT_TEMPLATE: &str = "statement";
/// The template of a denial of a figure ("these claims have no relation to
/// reality" after a toll): it pairs with the figure through its target.
pub const FIGURE_TEMPLATE: &str = "figure";
/// What a proposition id writes for a slot the text leaves unbound ("the
/// city has fallen" with no city named before): `city_captured:?`. No place,
/// side or date id can be `?` (names are words, ids are pack ids), so an
/// unbound slot never reads as a real one. A proposition with an unbound
/// slot pairs only through a denial's [`Proposition::target`], never by id:
/// two of them may be about two different cities.
pub const UNBOUND_SLOT: &str = "?";

/// An attributed proposition: "Shusha has been taken", asserted or denied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposition {
    /// The template id with its slots' values, e.g. `city_captured:shusha`;
    /// an unbound slot is written [`UNBOUND_SLOT`].
    pub id: String,
    pub template: String,
    /// Each slot's name and value; `None` when the text leaves it unbound.
    pub slots: Vec<(String, Option<String>)>,
    pub polarity: Polarity,
    /// For a denial read as an act ("Yerevan refuted this", "نفت ... مزاعم
    /// أذربيجان"): the span of the claim it answers, in the same document.
    /// Comparison pairs the two whatever their ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Span>,
}

impl Proposition {
    /// The id of `template` with these slot values, each after a colon,
    /// an unbound one as [`UNBOUND_SLOT`].
    pub fn id_of(template: &str, slots: &[(String, Option<String>)]) -> String {
        let mut id = template.to_owned();
        for (_, value) in slots {
            id.push(':');
            id.push_str(value.as_deref().unwrap_or(UNBOUND_SLOT));
        }
        id
    }

    /// Whether a slot of its template is unbound. Read from the id, so it
    /// holds for claims read back from a report too.
    pub fn has_unbound_slot(&self) -> bool {
        self.id.split(':').skip(1).any(|value| value == UNBOUND_SLOT)
    }
}

/// A camp's name for a thing: "counter-terrorism operation" vs "aggression".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// The frame the wording belongs to, e.g. `counter_terrorism`.
    pub frame: String,
    /// What is being named, e.g. `offensive`.
    pub topic: String,
}

/// What a figure counts: a whole event's toll, or one incident's (a strike on
/// one town, a blast). Incident figures only compare with the same incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Event,
    Incident,
}

/// The days on which a claim may have been made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeRange {
    pub earliest: Date,
    pub latest: Date,
    /// The day comes from a time word in the text ("أمس", "on Tuesday"), not
    /// from the article's date alone.
    pub explicit: bool,
}

impl TimeRange {
    pub fn day(date: Date) -> Self {
        Self { earliest: date, latest: date, explicit: false }
    }
}

impl Quantity {
    /// How a qualifier-aware figure reads in a sentence.
    pub fn describe(&self) -> String {
        describe(self.qualifier, self.value, self.interval)
    }
}

/// How a figure hedged by `qualifier` reads in a sentence.
pub(crate) fn describe(qualifier: Qualifier, value: Option<u64>, interval: Interval) -> String {
    let v = value.map(|v| v.to_string()).unwrap_or_default();
    match qualifier {
        Qualifier::Exact => v,
        Qualifier::AtLeast => format!("at least {v}"),
        Qualifier::MoreThan => format!("more than {v}"),
        Qualifier::About => format!("about {v}"),
        Qualifier::UpTo => format!("up to {v}"),
        Qualifier::LessThan => format!("less than {v}"),
        Qualifier::Range => match interval.high {
            Some(h) => format!("between {} and {h}", interval.low),
            None => format!("at least {}", interval.low),
        },
        Qualifier::Vague => format!("a vague figure ({interval})"),
    }
}
