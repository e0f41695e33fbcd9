//! What packs compile into: the indexed [`Rules`] and its entities.

use std::collections::BTreeMap;

use crosscheck_text::LetterBag;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::error::RuleError;
use crate::ids::{ActorId, CampId, EventId, MetricId, PlaceId, PopulationId, PropositionId, TermId};
use crate::lexicon::Lexicon;
use crate::patterns::{Pattern, SlotKind};
use crate::serializable::{ActorKind, PlaceKind};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Camp {
    pub id: String,
    pub name: String,
    /// The camps this one wins over.
    pub overrides: Vec<CampId>,
    pub fallback: bool,
    /// The camp passes on what others say and is no party.
    #[serde(default)]
    pub relays: bool,
    /// Wins over the camps generated for states.
    pub overrides_states: bool,
    /// Whether the camp was generated for a state that no camp lists.
    pub state: bool,
    /// Whether the camp speaks for a country: a state's own camp, or one that lists states.
    pub country: bool,
    pub side: Option<String>,
    pub enemy: Option<String>,
    /// The conflicts in which the camp's conflict cues count.
    #[serde(default)]
    pub conflicts: Vec<String>,
}

impl Camp {
    /// Whether its conflict cues count in an article of `conflict` (none
    /// stated: they count, as the words are all there is to go on). A
    /// label that names the camp itself ("turkey-sdf-2025") is a war the
    /// camp fights, whatever country the label names.
    pub fn cues_count_in(&self, conflict: Option<&str>) -> bool {
        conflict.is_none_or(|c| {
            self.conflicts.iter().any(|p| label_names_conflict(c, p))
                || (!self.conflicts.is_empty() && label_holds_words(c, &self.id))
        })
    }
}

fn label_words(t: &str) -> Vec<&str> {
    t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

fn same_word(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether the words of `name` stand together among the label's words.
fn label_holds_words(label: &str, name: &str) -> bool {
    let (label, name) = (label_words(label), label_words(name));
    !name.is_empty() && label.windows(name.len()).any(|w| w.iter().zip(&name).all(|(l, n)| same_word(l, n)))
}

/// Whether an article's conflict label names the conflict `slug`: the label
/// is the slug or starts with it ("karabakh-2020"), or the slug is the last
/// word of the label before its dates ("nagorno-karabakh-2020",
/// "other:ukraine-2023"), whatever marks join the words.
fn label_names_conflict(label: &str, slug: &str) -> bool {
    if label == slug || label.strip_prefix(slug).is_some_and(|rest| rest.starts_with('-')) {
        return true;
    }
    let (label, slug) = (label_words(label), label_words(slug));
    let dates = label.iter().rev().take_while(|w| w.chars().all(|c| c.is_ascii_digit())).count();
    let label = &label[..label.len() - dates];
    !slug.is_empty()
        && slug.len() <= label.len()
        && label[label.len() - slug.len()..].iter().zip(&slug).all(|(l, s)| same_word(l, s))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub camp: CampId,
    pub kind: ActorKind,
    /// Normalised single-word names (surnames) for matching spelling variants.
    pub name_words: Vec<NameWord>,
}

/// One word of a person's name, with its letters counted, which the fuzzy
/// match compares before it runs the edit distance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct NameWord {
    pub text: String,
    pub letters: LetterBag,
}

impl From<String> for NameWord {
    /// The word with its letters counted again: only the text is stored.
    fn from(text: String) -> NameWord {
        let letters = LetterBag::new(&text);
        NameWord { text, letters }
    }
}

impl From<NameWord> for String {
    fn from(word: NameWord) -> String {
        word.text
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub kind: PlaceKind,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub conflict: String,
    pub start: Date,
    pub end: Date,
}

impl Event {
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }
}

/// A proposition template and the slots its id binds, in order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PropositionDef {
    pub id: String,
    pub slots: Vec<SlotKind>,
    /// Only one value of the slots holds for one event.
    #[serde(default)]
    pub exclusive: bool,
    /// An incident a war repeats day after day.
    #[serde(default)]
    pub recurring: bool,
}

/// One camp's name for a thing.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TermDef {
    pub topic: String,
    pub frame: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Metric {
    pub id: String,
    pub secondary: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Population {
    pub id: String,
    /// `people`: counts everyone, so claims carry no population.
    pub general: bool,
    /// A party's count of these with no side named counts its own.
    pub own_side_by_default: bool,
    /// Armed men: a party's denial of losses of its own answers a count of them.
    pub armed: bool,
}

/// A validated rule set, ready for extraction. It serialises (postcard,
/// [`Rules::to_bytes`]) so that the shipped rules can be compiled when the
/// binary is built; warnings are not kept, nor what is rebuilt on decoding.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Rules {
    pub camps: Vec<Camp>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub events: Vec<Event>,
    pub metrics: Vec<Metric>,
    pub populations: Vec<Population>,
    pub languages: BTreeMap<String, Lexicon>,
    /// Proposition templates, indexed by `Pattern::proposition`.
    pub propositions: Vec<PropositionDef>,
    /// Proposition wordings per language.
    pub patterns: BTreeMap<String, Vec<Pattern>>,
    /// Framing terms, indexed by `Tag::Term`.
    pub terms: Vec<TermDef>,
    /// Problems that do not stop the rules from working (lints).
    #[serde(skip)]
    pub warnings: Vec<RuleError>,
    /// The words of persons' names near each length (see [`Rules::names_near`]), made on first use.
    #[serde(skip)]
    names_near: std::sync::OnceLock<Vec<Vec<(usize, usize)>>>,
}

impl Rules {
    /// The rules as postcard bytes, for [`Rules::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("rules serialise")
    }

    /// Rules written by [`Rules::to_bytes`] with this very crate, or `None`
    /// when the bytes do not decode. Warnings are not kept.
    pub fn from_bytes(bytes: &[u8]) -> Option<Rules> {
        let mut rules: Rules = postcard::from_bytes(bytes).ok()?;
        for lexicon in rules.languages.values_mut() {
            lexicon.restore();
        }
        Some(rules)
    }

    /// The words of persons' names (actor, word) that a word of `letters`
    /// letters may be another spelling of: those whose lengths differ by at
    /// most a fifth of the longer, in the order of the actors and of their
    /// words. A word is compared with these alone, not with every name.
    pub fn names_near(&self, letters: usize) -> &[(usize, usize)] {
        let table = self.names_near.get_or_init(|| {
            let names = || {
                self.actors
                    .iter()
                    .enumerate()
                    .flat_map(|(x, a)| a.name_words.iter().enumerate().map(move |(k, n)| (x, k, n)))
            };
            let longest = names().map(|(_, _, n)| n.letters.len()).max().unwrap_or(0);
            // Past a fifth more than the longest name, no name is near.
            (0..=longest + longest / 4 + 1)
                .map(|len| {
                    names()
                        .filter(|(_, _, n)| len.abs_diff(n.letters.len()) * 5 <= len.max(n.letters.len()))
                        .map(|(x, k, _)| (x, k))
                        .collect()
                })
                .collect()
        });
        table.get(letters).map_or(&[], Vec::as_slice)
    }

    /// The id the packs give camp `camp`.
    pub fn camp_id(&self, camp: CampId) -> &str {
        &self.camp(camp).id
    }

    /// The camp the packs call `id`.
    pub fn camp_index(&self, id: &str) -> Option<CampId> {
        self.camps.iter().position(|c| c.id == id).map(CampId::new)
    }

    pub fn camp(&self, id: CampId) -> &Camp {
        &self.camps[id.index()]
    }

    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.index()]
    }

    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.index()]
    }

    /// The event `id`; [`Rules::event`] finds one by its name.
    pub fn event_at(&self, id: EventId) -> &Event {
        &self.events[id.index()]
    }

    pub fn metric(&self, id: MetricId) -> &Metric {
        &self.metrics[id.index()]
    }

    pub fn population(&self, id: PopulationId) -> &Population {
        &self.populations[id.index()]
    }

    pub fn term(&self, id: TermId) -> &TermDef {
        &self.terms[id.index()]
    }

    /// The proposition template `id`.
    pub fn template(&self, id: PropositionId) -> &PropositionDef {
        &self.propositions[id.index()]
    }

    pub fn lexicon(&self, code: &str) -> Option<&Lexicon> {
        self.languages.get(code)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::Camp;

    fn camp(conflicts: &[&str]) -> Camp {
        Camp {
            id: "c".into(),
            name: "C".into(),
            overrides: Vec::new(),
            fallback: false,
            relays: false,
            overrides_states: false,
            state: false,
            country: false,
            side: None,
            enemy: None,
            conflicts: conflicts.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    #[test]
    fn conflict_cues_count_in_the_camp_s_conflicts_and_their_dated_forms() {
        let karabakh = camp(&["karabakh"]);
        assert!(karabakh.cues_count_in(Some("karabakh")));
        assert!(karabakh.cues_count_in(Some("karabakh-2020")));
        assert!(karabakh.cues_count_in(None));
        assert!(!karabakh.cues_count_in(Some("karabakhstan")));
        assert!(!karabakh.cues_count_in(Some("cameroon-2018")));
        assert!(!camp(&[]).cues_count_in(Some("karabakh-2020")));
    }

    #[test]
    fn conflict_cues_count_in_a_war_whose_label_names_the_camp() {
        let mut sdf = camp(&["syria"]);
        sdf.id = "sdf".to_owned();
        assert!(sdf.cues_count_in(Some("turkey-sdf-2025")));
        assert!(sdf.cues_count_in(Some("SDF-isis")));
        assert!(!sdf.cues_count_in(Some("turkey-pkk-2016")));
        // A word that only begins with the camp's id is another word.
        assert!(!sdf.cues_count_in(Some("sdfx-2020")));
        let mut no_conflicts = camp(&[]);
        no_conflicts.id = "sdf".to_owned();
        assert!(!no_conflicts.cues_count_in(Some("turkey-sdf-2025")));
    }
}
