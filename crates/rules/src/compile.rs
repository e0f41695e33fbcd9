//! Turning parsed packs into a validated, indexed [`Rules`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crosscheck_model::{Polarity, Qualifier};
use crosscheck_text::LetterBag;
use jiff::civil::{Date, Weekday};

use crate::error::{Location, RuleError};
use crate::examples::{RuleKind, rule_examples};
use crate::lexicon::{GrammaticalNumber, Lexicon, Position, Tag, phrase_words};
use crate::patterns::{Element, Pattern, SlotKind, parse_pattern};
use crate::serializable::{
    ActorKind, PlaceKind, SerializableExpectedClaim, SerializableLanguage, SerializablePack, Words,
};
use crate::source_map::SourceMap;

#[derive(Debug, Clone)]
pub struct Camp {
    pub id: String,
    pub name: String,
    /// Indexes of the camps this one wins over.
    pub overrides: Vec<usize>,
    pub fallback: bool,
    /// Wins over the camps generated for states.
    pub overrides_states: bool,
    /// Whether the camp was generated for a state that no camp lists.
    pub state: bool,
    /// Whether the camp speaks for a country: a state's own camp, or one that lists states.
    pub country: bool,
    pub side: Option<String>,
    pub enemy: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub camp: usize,
    pub kind: ActorKind,
    /// Normalised single-word names (surnames) for matching spelling variants.
    pub name_words: Vec<NameWord>,
}

/// One word of a person's name, with its letters counted, which the fuzzy
/// match compares before it runs the edit distance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameWord {
    pub text: String,
    pub letters: LetterBag,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub kind: PlaceKind,
}

#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
pub struct PropositionDef {
    pub id: String,
    pub slots: Vec<SlotKind>,
}

/// One camp's name for a thing.
#[derive(Debug, Clone)]
pub struct TermDef {
    pub topic: String,
    pub frame: String,
}

#[derive(Debug, Clone)]
pub struct Metric {
    pub id: String,
    pub secondary: bool,
}

#[derive(Debug, Clone)]
pub struct Population {
    pub id: String,
    /// `people`: counts everyone, so claims carry no population.
    pub general: bool,
}

/// A validated rule set, ready for extraction.
#[derive(Debug, Default)]
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
    pub warnings: Vec<RuleError>,
}

impl Rules {
    pub fn camp_id(&self, index: usize) -> &str {
        &self.camps[index].id
    }

    pub fn camp_index(&self, id: &str) -> Option<usize> {
        self.camps.iter().position(|c| c.id == id)
    }

    pub fn lexicon(&self, code: &str) -> Option<&Lexicon> {
        self.languages.get(code)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
}

/// A parsed pack and the file it came from.
#[derive(Debug)]
pub struct SourcePack {
    pub path: String,
    pub text: String,
    pub pack: SerializablePack,
    pub(crate) map: SourceMap,
}

impl SourcePack {
    pub(crate) fn new(path: &str, text: &str, pack: SerializablePack) -> SourcePack {
        SourcePack { path: path.to_owned(), text: text.to_owned(), pack, map: SourceMap::new(text) }
    }

    /// Where the value at `path` (`actors[3].camp`, `metrics[0].examples[1]`) stands.
    pub fn location(&self, path: &str) -> Option<Location> {
        let p = self.map.value(path)?;
        Location::in_text(&self.text, p.line, p.column, p.len)
    }

    /// Where the mapping key that ends `path` (`metrics[0].triggers.ar`) stands.
    pub fn key_location(&self, path: &str) -> Option<Location> {
        let p = self.map.key(path)?;
        Location::in_text(&self.text, p.line, p.column, p.len)
    }

    /// `file:line:column` of the value at `path`, or the file alone.
    pub fn place(&self, path: &str) -> String {
        match self.map.value(path) {
            Some(p) => format!("{}:{}:{}", self.path, p.line, p.column),
            None => self.path.clone(),
        }
    }
}

/// What a check of rule packs found: the rules as far as they compiled,
/// errors, and (in `rules.warnings`) lints that do not stop them working.
#[derive(Debug, Default)]
pub struct Checked {
    pub rules: Rules,
    pub errors: Vec<RuleError>,
}

impl Checked {
    pub fn warnings(&self) -> &[RuleError] {
        &self.rules.warnings
    }

    /// Errors and warnings together in file order, each with its severity
    /// (`"error"` or `"warning"`), as `rules check` prints them.
    pub fn diagnostics(&self) -> Vec<(&'static str, &RuleError)> {
        let mut all: Vec<(&'static str, &RuleError)> = self.errors.iter().map(|e| ("error", e)).collect();
        all.extend(self.rules.warnings.iter().map(|w| ("warning", w)));
        all.sort_by_key(|(_, e)| e.sort_key());
        all
    }
}

/// Where a problem stands: a value or a mapping key, by path.
#[derive(Clone, Copy)]
enum At<'s> {
    Value(&'s str),
    Key(&'s str),
}

struct Compiler<'a> {
    rules: Rules,
    errors: Vec<RuleError>,
    packs: &'a [SourcePack],
    /// Language codes that have a language pack.
    language_packs: BTreeSet<String>,
    /// Per language, groups of word endings a place name is written with
    /// interchangeably (`language.place_name_endings`).
    name_endings: HashMap<String, Vec<Vec<String>>>,
    /// Each actor alias (language, folded words) and the actor and place that first had it.
    aliases: HashMap<(String, String), (usize, String)>,
    /// Each metric trigger (language, folded words) and the metric and place that first had it.
    triggers: HashMap<(String, String), (usize, String)>,
    /// Each proposition wording (language, parsed form) and the proposition and place that first had it.
    wordings: HashMap<(String, String), (usize, String)>,
}

/// The closest of `known` to `wrong`, when close enough to be a typo.
pub(crate) fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|k| (strsim::normalized_damerau_levenshtein(wrong, k), k))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

pub(crate) fn with_suggestion(message: String, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("{message}, did you mean `{s}`?"),
        None => message,
    }
}

fn parse_weekday(name: &str) -> Option<Weekday> {
    Some(match name {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The publication date of examples that give none.
pub const EXAMPLE_DATE: &str = "2023-09-20";

fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

impl<'a> Compiler<'a> {
    fn locate(pack: &SourcePack, at: At<'_>) -> Option<Location> {
        match at {
            At::Value(path) => pack.location(path),
            At::Key(path) => pack.key_location(path),
        }
    }

    fn error(&mut self, pack: &SourcePack, at: At<'_>, message: String) {
        let location = Self::locate(pack, at);
        self.errors.push(RuleError::Invalid { path: pack.path.clone(), location, message });
    }

    fn warn(&mut self, pack: &SourcePack, at: At<'_>, message: String) {
        let location = Self::locate(pack, at);
        self.rules.warnings.push(RuleError::Invalid { path: pack.path.clone(), location, message });
    }

    fn lexicon(&mut self, code: &str) -> &mut Lexicon {
        self.rules.languages.entry(code.to_owned()).or_insert_with(|| Lexicon::new(code))
    }

    /// Checks a language code written as a key at `path`.
    fn check_language_code(&mut self, pack: &SourcePack, code: &str, label: &str, path: &str) -> bool {
        let ok = is_language_code(code);
        if !ok {
            self.error(pack, At::Key(path), format!("{label}: `{code}` is not a language code such as `ar` or `en`"));
        }
        ok
    }

    /// Adds `words` (per language) found at `path`.
    fn add_words(&mut self, pack: &SourcePack, label: &str, path: &str, words: &Words, tag: Tag) {
        for (code, list) in words {
            let list_path = format!("{path}.{code}");
            if self.check_language_code(pack, code, label, &list_path) {
                self.add_list(pack, code, label, &list_path, list, tag);
            }
        }
    }

    /// Adds a list of one language's words found at `path`.
    fn add_list(&mut self, pack: &SourcePack, code: &str, label: &str, path: &str, words: &[String], tag: Tag) {
        for (k, word) in words.iter().enumerate() {
            if !self.lexicon(code).add(word, tag) {
                self.error(pack, At::Value(&format!("{path}[{k}]")), format!("{label}: empty word"));
            }
        }
    }

    fn add_word(&mut self, pack: &SourcePack, code: &str, label: &str, at: At<'_>, word: &str, tag: Tag) {
        if !self.lexicon(code).add(word, tag) {
            self.error(pack, at, format!("{label}: empty word"));
        }
    }

    fn check_unique<'s>(&mut self, kind: &str, ids: impl Iterator<Item = (&'s SourcePack, &'s str, String)>) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (pack, id, path) in ids {
            if id.trim().is_empty() {
                self.error(pack, At::Value(&path), format!("{kind} with an empty id"));
            } else if let Some(first) = seen.get(id) {
                let message = format!("duplicate {kind} id `{id}` (first defined at {first})");
                self.error(pack, At::Value(&path), message);
            } else {
                seen.insert(id, pack.place(&path));
            }
        }
    }

    fn known_camps(&self) -> Vec<String> {
        self.rules.camps.iter().map(|c| c.id.clone()).collect()
    }

    fn compile(mut self) -> Checked {
        let packs = self.packs;
        macro_rules! ids {
            ($section:ident, $field:ident) => {
                packs.iter().flat_map(|p| {
                    p.pack.$section.iter().enumerate().map(move |(i, x)| {
                        (p, x.$field.as_str(), format!("{}[{i}].{}", stringify!($section), stringify!($field)))
                    })
                })
            };
        }
        self.check_unique("camp", ids!(camps, id));
        self.check_unique("actor", ids!(actors, id));
        self.check_unique("state", ids!(states, id));
        self.check_unique("place", ids!(places, id));
        self.check_unique("event", ids!(events, id));
        self.check_unique("metric", ids!(metrics, id));
        self.check_unique("proposition", ids!(propositions, id));
        self.check_unique("population", ids!(populations, id));
        self.check_unique("framing topic", ids!(framing, topic));
        for pack in packs {
            if let Some(language) = &pack.pack.language {
                self.language_packs.insert(language.code.clone());
                self.name_endings.insert(language.code.clone(), language.place_name_endings.clone());
            }
        }

        // Camps first: actors refer to them.
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                let index = self.rules.camps.len();
                self.rules.camps.push(Camp {
                    id: camp.id.clone(),
                    name: camp.name.clone(),
                    overrides: Vec::new(),
                    fallback: camp.fallback,
                    overrides_states: camp.overrides_states,
                    state: false,
                    country: !camp.states.is_empty(),
                    side: camp.side.clone(),
                    enemy: camp.enemy.clone(),
                });
                let label = format!("camp `{}`: cues", camp.id);
                self.add_words(pack, &label, &format!("camps[{i}].cues"), &camp.cues, Tag::CampCue(index as u16));
            }
        }
        self.compile_states();
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                let Some(index) = self.rules.camp_index(&camp.id) else {
                    continue;
                };
                for (j, other) in camp.overrides.iter().enumerate() {
                    match self.rules.camp_index(other) {
                        Some(o) => self.rules.camps[index].overrides.push(o),
                        None => {
                            let known = self.known_camps();
                            let message = with_suggestion(
                                format!("camp `{}`: overrides: unknown camp `{other}`", camp.id),
                                suggest(other, known.iter().map(String::as_str)),
                            );
                            self.error(pack, At::Value(&format!("camps[{i}].overrides[{j}]")), message);
                        }
                    }
                }
            }
        }
        for pack in packs {
            for (i, actor) in pack.pack.actors.iter().enumerate() {
                self.compile_actor(pack, i, actor);
            }
            for (i, place) in pack.pack.places.iter().enumerate() {
                let index = self.rules.places.len() as u16;
                self.rules.places.push(Place { id: place.id.clone(), kind: place.kind });
                let label = format!("place `{}`: names", place.id);
                self.add_words(pack, &label, &format!("places[{i}].names"), &place.names, Tag::Place(index));
                // "شوشا" is also written "شوشة": each name with its other endings.
                for (code, names) in &place.names {
                    let Some(groups) = self.name_endings.get(code) else { continue };
                    let variants: Vec<String> = names.iter().flat_map(|name| ending_variants(name, groups)).collect();
                    for variant in variants {
                        self.lexicon(code).add(&variant, Tag::Place(index));
                    }
                }
            }
            for (i, event) in pack.pack.events.iter().enumerate() {
                self.compile_event(pack, i, event);
            }
            for (i, metric) in pack.pack.metrics.iter().enumerate() {
                self.compile_metric(pack, i, metric);
            }
            for (i, population) in pack.pack.populations.iter().enumerate() {
                let index = self.rules.populations.len() as u16;
                self.rules
                    .populations
                    .push(Population { id: population.id.clone(), general: population.id == "people" });
                let label = format!("population `{}`: nouns", population.id);
                for (code, forms) in &population.nouns {
                    let path = format!("populations[{i}].nouns.{code}");
                    if !self.check_language_code(pack, code, &label, &path) {
                        continue;
                    }
                    for (words, number, field) in [
                        (&forms.singular, GrammaticalNumber::Singular, "singular"),
                        (&forms.dual, GrammaticalNumber::Dual, "dual"),
                        (&forms.plural, GrammaticalNumber::Plural, "plural"),
                    ] {
                        let tag = Tag::Population { population: index, number };
                        self.add_list(pack, code, &label, &format!("{path}.{field}"), words, tag);
                    }
                }
            }
            if let Some(language) = &pack.pack.language {
                self.compile_language(pack, language);
            }
            for (i, proposition) in pack.pack.propositions.iter().enumerate() {
                self.compile_proposition(pack, i, proposition);
            }
            for (i, framing) in pack.pack.framing.iter().enumerate() {
                for (frame, words) in &framing.frames {
                    let index = self.rules.terms.len() as u16;
                    self.rules.terms.push(TermDef { topic: framing.topic.clone(), frame: frame.clone() });
                    let label = format!("framing `{}`: frame `{frame}`", framing.topic);
                    let path = format!("framing[{i}].frames.{frame}");
                    if words.values().all(Vec::is_empty) {
                        self.warn(pack, At::Key(&path), format!("{label} has no words: it can never match"));
                    }
                    self.add_words(pack, &label, &path, words, Tag::Term(index));
                }
            }
        }
        for lexicon in self.rules.languages.values_mut() {
            lexicon.index_definite_stems();
        }
        self.check_camps_used();
        self.check_examples();
        let mut errors = self.errors;
        errors.sort_by_key(RuleError::sort_key);
        self.rules.warnings.sort_by_key(RuleError::sort_key);
        Checked { rules: self.rules, errors }
    }

    /// States: each state's words become cues of the camp that lists it in
    /// `states`, or of a camp of its own named by the state's id.
    fn compile_states(&mut self) {
        let packs = self.packs;
        let known: Vec<&str> = packs.iter().flat_map(|p| &p.pack.states).map(|s| s.id.as_str()).collect();
        // Which camp maps each state, and where.
        let mut mapped: HashMap<&str, (usize, String)> = HashMap::new();
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                let Some(index) = self.rules.camp_index(&camp.id) else {
                    continue;
                };
                for (j, state) in camp.states.iter().enumerate() {
                    let path = format!("camps[{i}].states[{j}]");
                    if !known.contains(&state.as_str()) {
                        let message = with_suggestion(
                            format!("camp `{}`: states: unknown state `{state}`", camp.id),
                            suggest(state, known.iter().copied()),
                        );
                        self.error(pack, At::Value(&path), message);
                    } else if let Some((other, first)) = mapped.get(state.as_str()) {
                        let message = format!(
                            "camp `{}`: state `{state}` is already mapped to camp `{}` (at {first})",
                            camp.id, self.rules.camps[*other].id
                        );
                        self.error(pack, At::Value(&path), message);
                    } else {
                        mapped.insert(state.as_str(), (index, pack.place(&path)));
                    }
                }
            }
        }
        for pack in packs {
            for (i, state) in pack.pack.states.iter().enumerate() {
                let camp = match mapped.get(state.id.as_str()) {
                    Some(&(camp, _)) => camp,
                    None => {
                        if self.rules.camp_index(&state.id).is_some() {
                            // A state must not fall into a listed camp by accident.
                            let message = format!(
                                "state `{}` has the id of camp `{}`, which does not list it in `states`",
                                state.id, state.id
                            );
                            self.error(pack, At::Value(&format!("states[{i}].id")), message);
                            continue;
                        }
                        self.rules.camps.push(Camp {
                            id: state.id.clone(),
                            name: state.name.clone(),
                            overrides: Vec::new(),
                            fallback: false,
                            overrides_states: false,
                            state: true,
                            country: true,
                            // A state's own people and forces are its side.
                            side: Some(state.id.clone()),
                            enemy: None,
                        });
                        self.rules.camps.len() - 1
                    }
                };
                let tag = Tag::CampCue(camp as u16);
                for (field, words) in
                    [("names", &state.names), ("capitals", &state.capitals), ("demonyms", &state.demonyms)]
                {
                    let label = format!("state `{}`: {field}", state.id);
                    self.add_words(pack, &label, &format!("states[{i}].{field}"), words, tag);
                }
            }
        }
    }

    fn compile_actor(&mut self, pack: &SourcePack, i: usize, actor: &crate::serializable::SerializableActor) {
        let Some(camp) = self.rules.camp_index(&actor.camp) else {
            let known = self.known_camps();
            let hint = suggest(&actor.camp, known.iter().map(String::as_str));
            let message = with_suggestion(format!("actor `{}`: unknown camp `{}`", actor.id, actor.camp), hint);
            self.error(pack, At::Value(&format!("actors[{i}].camp")), message);
            return;
        };
        let index = self.rules.actors.len();
        let mut name_words = Vec::new();
        if actor.kind == ActorKind::Person {
            for names in actor.names.values() {
                for name in names {
                    for word in phrase_words(name) {
                        let letters = LetterBag::new(&word);
                        if letters.len() >= 4 && !name_words.iter().any(|n: &NameWord| n.text == word) {
                            name_words.push(NameWord { text: word, letters });
                        }
                    }
                }
            }
        }
        self.rules.actors.push(Actor { id: actor.id.clone(), camp, kind: actor.kind, name_words });
        for (field, words) in [("names", &actor.names), ("roles", &actor.roles)] {
            let label = format!("actor `{}`: {field}", actor.id);
            for (code, list) in words {
                let list_path = format!("actors[{i}].{field}.{code}");
                if !self.check_language_code(pack, code, &label, &list_path) {
                    continue;
                }
                for (k, name) in list.iter().enumerate() {
                    let path = format!("{list_path}[{k}]");
                    let key = (code.clone(), phrase_words(name).join(" "));
                    match self.aliases.get(&key) {
                        Some((other, first)) if *other != index => {
                            let message = format!(
                                "alias `{name}` of actor `{}` is already an alias of actor `{}` (at {first})",
                                actor.id, self.rules.actors[*other].id
                            );
                            self.error(pack, At::Value(&path), message);
                            continue;
                        }
                        Some(_) => {}
                        None => {
                            self.aliases.insert(key, (index, pack.place(&path)));
                        }
                    }
                    self.add_word(pack, code, &label, At::Value(&path), name, Tag::Actor(index as u16));
                }
            }
        }
    }

    fn compile_event(&mut self, pack: &SourcePack, i: usize, event: &crate::serializable::SerializableEvent) {
        let mut dates = [None, None];
        for (slot, (field, text)) in [("start", &event.start), ("end", &event.end)].into_iter().enumerate() {
            match text.parse::<Date>() {
                Ok(date) => dates[slot] = Some(date),
                Err(_) => self.error(
                    pack,
                    At::Value(&format!("events[{i}].{field}")),
                    format!("event `{}`: {field}: `{text}` is not a date written YYYY-MM-DD", event.id),
                ),
            }
        }
        let [Some(start), Some(end)] = dates else {
            return;
        };
        if start > end {
            let message = format!("event `{}`: start {start} is after end {end}", event.id);
            self.error(pack, At::Value(&format!("events[{i}].start")), message);
            return;
        }
        let index = self.rules.events.len() as u16;
        self.rules.events.push(Event { id: event.id.clone(), conflict: event.conflict.clone(), start, end });
        let label = format!("event `{}`: cues", event.id);
        self.add_words(pack, &label, &format!("events[{i}].cues"), &event.cues, Tag::EventCue(index));
    }

    fn compile_metric(&mut self, pack: &SourcePack, i: usize, metric: &crate::serializable::SerializableMetric) {
        let index = self.rules.metrics.len();
        self.rules.metrics.push(Metric { id: metric.id.clone(), secondary: metric.secondary });
        let label = format!("metric `{}`: triggers", metric.id);
        let empty = metric
            .triggers
            .values()
            .all(|t| t.before.is_empty() && t.after.is_empty() && t.either.is_empty() && t.regex.is_empty());
        if empty {
            let message = format!("metric `{}` has no triggers: it can never match", metric.id);
            self.warn(pack, At::Value(&format!("metrics[{i}].id")), message);
        }
        for (code, triggers) in &metric.triggers {
            let code_path = format!("metrics[{i}].triggers.{code}");
            if !self.check_language_code(pack, code, &label, &code_path) {
                continue;
            }
            for (words, position, field) in [
                (&triggers.before, Position::Before, "before"),
                (&triggers.after, Position::After, "after"),
                (&triggers.either, Position::Either, "either"),
            ] {
                for (k, word) in words.iter().enumerate() {
                    let path = format!("{code_path}.{field}[{k}]");
                    let key = (code.clone(), phrase_words(word).join(" "));
                    match self.triggers.get(&key) {
                        Some((other, first)) if *other != index => {
                            let message = format!(
                                "metric `{}`: trigger `{word}` is also a trigger of metric `{}` (at {first}): \
                                 a figure beside it may be counted as either",
                                metric.id, self.rules.metrics[*other].id
                            );
                            self.warn(pack, At::Value(&path), message);
                        }
                        Some(_) => {}
                        None => {
                            self.triggers.insert(key, (index, pack.place(&path)));
                        }
                    }
                    let tag = Tag::Metric { metric: index as u16, position };
                    self.add_word(pack, code, &label, At::Value(&path), word, tag);
                }
            }
            for (k, pattern) in triggers.regex.iter().enumerate() {
                let path = format!("{code_path}.regex[{k}]");
                match crate::word_regex::compile(pattern) {
                    Ok(compiled) => {
                        let tag = Tag::Metric { metric: index as u16, position: Position::Either };
                        self.lexicon(code).add_regex(compiled.regex, &compiled.prefixes, tag);
                    }
                    Err(why) => self.error(pack, At::Value(&path), format!("metric `{}`: regex: {why}", metric.id)),
                }
            }
        }
    }

    fn compile_proposition(
        &mut self,
        pack: &SourcePack,
        i: usize,
        proposition: &crate::serializable::SerializableProposition,
    ) {
        let index = self.rules.propositions.len();
        let label = format!("proposition `{}`", proposition.id);
        let mut declared = Vec::new();
        for (j, name) in proposition.slots.iter().enumerate() {
            match SlotKind::parse(name) {
                Some(kind) => declared.push(kind),
                None => {
                    let message = with_suggestion(
                        format!("{label}: unknown slot `{name}`"),
                        suggest(name, SlotKind::NAMES.into_iter()),
                    );
                    self.error(pack, At::Value(&format!("propositions[{i}].slots[{j}]")), message);
                }
            }
        }
        self.rules.propositions.push(PropositionDef { id: proposition.id.clone(), slots: declared.clone() });
        let no_wordings = [&proposition.asserts, &proposition.denies].iter().all(|w| w.values().all(Vec::is_empty));
        if no_wordings {
            let message = format!("{label} has no wordings under `asserts` or `denies`: it can never match");
            self.warn(pack, At::Value(&format!("propositions[{i}].id")), message);
        }
        for (words, polarity, field) in
            [(&proposition.asserts, Polarity::Asserts, "asserts"), (&proposition.denies, Polarity::Denies, "denies")]
        {
            for (code, wordings) in words {
                let code_path = format!("propositions[{i}].{field}.{code}");
                if !self.check_language_code(pack, code, &label, &code_path) {
                    continue;
                }
                for (k, wording) in wordings.iter().enumerate() {
                    let path = format!("{code_path}[{k}]");
                    let parsed = parse_pattern(wording).and_then(|elements| {
                        let undeclared = elements.iter().find_map(|e| match e {
                            Element::Slot(kind) if !declared.contains(kind) => Some(*kind),
                            _ => None,
                        });
                        match undeclared {
                            Some(kind) => {
                                Err(format!("wording `{wording}` binds `{{{}}}`, which is not in `slots`", kind.name()))
                            }
                            None => Ok(elements),
                        }
                    });
                    let elements = match parsed {
                        Ok(elements) => elements,
                        Err(message) => {
                            self.error(pack, At::Value(&path), format!("{label}: {message}"));
                            continue;
                        }
                    };
                    let key = (code.clone(), format!("{elements:?}"));
                    match self.wordings.get(&key) {
                        Some((other, first)) if *other == index => {
                            let message = format!(
                                "{label}: wording `{wording}` is listed twice (first at {first}): \
                                 this one is unreachable"
                            );
                            self.warn(pack, At::Value(&path), message);
                            continue;
                        }
                        Some((other, first)) => {
                            let message = format!(
                                "{label}: wording `{wording}` is also a wording of proposition `{}` (at {first}): \
                                 both match the same words",
                                self.rules.propositions[*other].id
                            );
                            self.warn(pack, At::Value(&path), message);
                        }
                        None => {
                            self.wordings.insert(key, (index, pack.place(&path)));
                        }
                    }
                    let pattern = Pattern { proposition: index as u16, polarity, elements, source: wording.clone() };
                    self.rules.patterns.entry(code.clone()).or_default().push(pattern);
                }
            }
        }
    }

    /// A camp that no actor belongs to and that has no cues can never be
    /// given to a speaker. (`media` is the article's own voice.)
    fn check_camps_used(&mut self) {
        let packs = self.packs;
        let mut seen = BTreeSet::new();
        for pack in packs {
            for (i, camp) in pack.pack.camps.iter().enumerate() {
                if !seen.insert(camp.id.as_str()) {
                    continue;
                }
                let has_actor = packs.iter().flat_map(|p| &p.pack.actors).any(|a| a.camp == camp.id);
                let has_cues = camp.cues.values().any(|v| !v.is_empty()) || !camp.states.is_empty();
                if !has_actor && !has_cues && camp.id != "media" {
                    let message =
                        format!("camp `{}` is never used: no actor belongs to it and it has no cues", camp.id);
                    self.warn(pack, At::Value(&format!("camps[{i}].id")), message);
                }
            }
        }
    }

    fn check_examples(&mut self) {
        let packs = self.packs;
        for rule in rule_examples(packs) {
            let pack = rule.pack;
            let label = format!("{} `{}`", rule.kind.name(), rule.id);
            let rule_path = rule.path();
            for (i, example) in rule.examples.iter().enumerate() {
                let path = format!("{rule_path}.examples[{i}]");
                if example.text.trim().is_empty() {
                    self.error(
                        pack,
                        At::Value(&format!("{path}.text")),
                        format!("{label}: examples[{i}].text is empty"),
                    );
                }
                if !self.language_packs.contains(&example.language) {
                    let known: Vec<&str> = self.language_packs.iter().map(String::as_str).collect();
                    let message = with_suggestion(
                        format!("{label}: examples[{i}].language: no language pack has code `{}`", example.language),
                        suggest(&example.language, known.into_iter()),
                    );
                    self.error(pack, At::Value(&format!("{path}.language")), message);
                }
                if let Some(published) = &example.published
                    && published.parse::<Date>().is_err()
                {
                    let message =
                        format!("{label}: examples[{i}].published: `{published}` is not a date written YYYY-MM-DD");
                    self.error(pack, At::Value(&format!("{path}.published")), message);
                }
                if let Some(conflict) = &example.conflict {
                    let mut known: Vec<&str> = self.rules.events.iter().map(|e| e.id.as_str()).collect();
                    known.extend(self.rules.events.iter().map(|e| e.conflict.as_str()));
                    if !known.contains(&conflict.as_str()) {
                        let message = with_suggestion(
                            format!("{label}: examples[{i}].conflict: unknown conflict or event `{conflict}`"),
                            suggest(conflict, known.into_iter()),
                        );
                        self.error(pack, At::Value(&format!("{path}.conflict")), message);
                    }
                }
                if example.claims.is_empty() && example.not_claims.is_empty() {
                    let message = format!("{label}: examples[{i}] has no `claims` or `not_claims`: it checks nothing");
                    self.warn(pack, At::Value(&path), message);
                }
                for (list, claims) in [("claims", &example.claims), ("not_claims", &example.not_claims)] {
                    for (j, claim) in claims.iter().enumerate() {
                        let field = format!("examples[{i}].{list}[{j}]");
                        let claim_path = format!("{rule_path}.{field}");
                        self.check_expected(pack, &label, rule.kind, rule.id, &claim_path, &field, claim);
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_expected(
        &mut self,
        pack: &SourcePack,
        label: &str,
        kind: RuleKind,
        rule_id: &str,
        path: &str,
        field: &str,
        claim: &SerializableExpectedClaim,
    ) {
        let given = |name: &str| -> bool {
            match name {
                "metric" => claim.metric.is_some(),
                "value" => claim.value.is_some(),
                "qualifier" => claim.qualifier.is_some(),
                "population" => claim.population.is_some(),
                "proposition" => claim.proposition.is_some(),
                "polarity" => claim.polarity.is_some(),
                "frame" => claim.frame.is_some(),
                _ => false,
            }
        };
        let own: &[&str] = match kind {
            RuleKind::Metric => &["metric", "value", "qualifier", "population"],
            RuleKind::Proposition => &["proposition", "polarity"],
            RuleKind::Framing => &["frame"],
            RuleKind::Camp => &["metric", "value", "qualifier", "population"],
        };
        for (name, belongs) in [
            ("metric", RuleKind::Metric),
            ("value", RuleKind::Metric),
            ("qualifier", RuleKind::Metric),
            ("population", RuleKind::Metric),
            ("proposition", RuleKind::Proposition),
            ("polarity", RuleKind::Proposition),
            ("frame", RuleKind::Framing),
        ] {
            if given(name) && !own.contains(&name) {
                let message = format!(
                    "{label}: {field}.{name}: `{name}` is a field of {} claims, not of {} claims",
                    belongs.name(),
                    kind.name()
                );
                self.error(pack, At::Key(&format!("{path}.{name}")), message);
            }
        }
        let unknown = |this: &mut Self, name: &str, what: &str, value: &str, known: Vec<String>| {
            if !known.iter().any(|k| k == value) {
                let message = with_suggestion(
                    format!("{label}: {field}.{name}: unknown {what} `{value}`"),
                    suggest(value, known.iter().map(String::as_str)),
                );
                this.error(pack, At::Value(&format!("{path}.{name}")), message);
            }
        };
        if matches!(kind, RuleKind::Metric | RuleKind::Camp) {
            if let Some(metric) = &claim.metric {
                let known = self.rules.metrics.iter().map(|m| m.id.clone()).collect();
                unknown(self, "metric", "metric", metric, known);
            }
            if let Some(population) = &claim.population {
                let known = self.rules.populations.iter().map(|p| p.id.clone()).collect();
                unknown(self, "population", "population", population, known);
            }
        }
        if kind == RuleKind::Proposition
            && let Some(proposition) = &claim.proposition
        {
            let template = proposition.split(':').next().unwrap_or_default();
            let known = self.rules.propositions.iter().map(|p| p.id.clone()).collect();
            unknown(self, "proposition", "proposition", template, known);
        }
        if kind == RuleKind::Framing
            && let Some(frame) = &claim.frame
        {
            let known = self.rules.terms.iter().filter(|t| t.topic == rule_id).map(|t| t.frame.clone()).collect();
            unknown(self, "frame", &format!("frame of `{rule_id}`"), frame, known);
        }
        if let Some(camp) = &claim.camp {
            let known = self.known_camps();
            unknown(self, "camp", "camp", camp, known);
        }
        if let Some(event) = &claim.event {
            let known = self.rules.events.iter().map(|e| e.id.clone()).collect();
            unknown(self, "event", "event", event, known);
        }
    }

    fn compile_language(&mut self, pack: &SourcePack, language: &SerializableLanguage) {
        let code = language.code.as_str();
        if !is_language_code(code) {
            let message = format!("language: code: `{code}` is not a language code such as `ar` or `en`");
            self.error(pack, At::Value("language.code"), message);
            return;
        }
        {
            let lex = self.lexicon(code);
            lex.subject_first |= language.subject_first;
            if let Some(clitics) = &language.clitics {
                lex.set_clitics(&clitics.prefixes, &clitics.suffixes);
            }
            lex.place_name_endings = language
                .place_name_endings
                .iter()
                .map(|g| g.iter().map(|e| crosscheck_text::normalize_word(e)).filter(|e| !e.is_empty()).collect())
                .filter(|g: &Vec<String>| !g.is_empty())
                .collect();
        }
        let simple: [(&str, &[String], Tag); 45] = [
            ("refusal_verbs", &language.refusal_verbs, Tag::RefusalVerb),
            ("no_losses", &language.no_losses, Tag::NoLosses),
            ("locality_anaphora", &language.locality_anaphora, Tag::LocalityAnaphor),
            ("locality_nouns", &language.locality_nouns, Tag::LocalityNoun),
            ("function_words", &language.function_words, Tag::FunctionWord),
            ("back_references", &language.back_references, Tag::BackReference),
            ("allegations", &language.allegations, Tag::Allegation),
            ("denial_verbs", &language.denial_verbs, Tag::DenialVerb),
            ("negations", &language.negations, Tag::Negation),
            ("not_negations", &language.not_negations, Tag::NotNegation),
            ("refutations", &language.refutations, Tag::Refutation),
            ("hearsay", &language.hearsay, Tag::Hearsay),
            ("blockers", &language.blockers, Tag::Blocker),
            ("clause_breaks", &language.clause_breaks, Tag::ClauseBreak),
            ("region_anaphora", &language.region_anaphora, Tag::RegionAnaphor),
            ("own_reference", &language.own_reference, Tag::OwnReference),
            ("incident_words", &language.incident_words, Tag::IncidentWord),
            ("event_words", &language.event_words, Tag::EventWord),
            ("anaphora", &language.anaphora, Tag::Anaphora),
            ("dual_markers", &language.dual_markers, Tag::DualMarker),
            ("future", &language.future, Tag::Future),
            ("relay_verbs", &language.relay_verbs, Tag::RelayVerb),
            ("relay_via", &language.relay_via, Tag::RelayVia),
            ("reporting_verbs", &language.reporting_verbs, Tag::Reporting),
            ("continuation_verbs", &language.continuation_verbs, Tag::Continuation),
            ("complementizers", &language.complementizers, Tag::Complementizer),
            ("according_to", &language.according_to, Tag::AccordingTo),
            ("relay", &language.relay, Tag::Relay),
            ("speaker_stops", &language.speaker_stops, Tag::SpeakerStop),
            ("pronouns", &language.pronouns, Tag::Pronoun),
            ("first_person", &language.first_person, Tag::FirstPerson),
            ("determiners", &language.determiners, Tag::Determiner),
            ("former", &language.former, Tag::Former),
            ("latter", &language.latter, Tag::Latter),
            ("agentless_reporting", &language.agentless_reporting, Tag::Agentless),
            ("passive_auxiliaries", &language.passive_auxiliaries, Tag::PassiveAuxiliary),
            ("country_reference", &language.country_reference, Tag::CountryReference),
            ("speech_nouns", &language.speech_nouns, Tag::SpeechNoun),
            ("independent_nouns", &language.independent_nouns, Tag::Independent),
            ("units", &language.units, Tag::Unit),
            ("ordinals", &language.ordinals, Tag::Ordinal),
            ("months", &language.months, Tag::Month),
            ("earlier", &language.earlier, Tag::Earlier),
            ("own_side", &language.own_side, Tag::OwnSide),
            ("enemy_side", &language.enemy_side, Tag::EnemySide),
        ];
        let label = |field: &str| format!("language `{code}`: {field}");
        for (field, words, tag) in simple {
            self.add_list(pack, code, &label(field), &format!("language.{field}"), words, tag);
        }
        // A denial verb reports speech too.
        self.add_list(
            pack,
            code,
            &label("denial_verbs"),
            "language.denial_verbs",
            &language.denial_verbs,
            Tag::Reporting,
        );
        // A continuation verb reports speech too.
        self.add_list(
            pack,
            code,
            &label("continuation_verbs"),
            "language.continuation_verbs",
            &language.continuation_verbs,
            Tag::Reporting,
        );
        for (name, words) in &language.qualifiers {
            let path = format!("language.qualifiers.{name}");
            let qualifier =
                Qualifier::parse(name).filter(|q| !matches!(q, Qualifier::Exact | Qualifier::Range | Qualifier::Vague));
            let Some(qualifier) = qualifier else {
                let options = ["at_least", "more_than", "about", "up_to", "less_than"];
                let message = with_suggestion(
                    format!("{}: unknown qualifier `{name}`", label("qualifiers")),
                    suggest(name, options.into_iter()),
                );
                self.error(pack, At::Key(&path), message);
                continue;
            };
            for (list, position, field) in
                [(&words.before, Position::Before, "before"), (&words.after, Position::After, "after")]
            {
                let tag = Tag::Qualifier { qualifier, position };
                self.add_list(pack, code, &label("qualifiers"), &format!("{path}.{field}"), list, tag);
            }
        }
        let figures = &language.figures;
        let figure_lists: [(&str, &[String], Tag); 13] = [
            ("range_openers", &figures.range_openers, Tag::RangeOpener),
            ("range_joiners", &figures.range_joiners, Tag::RangeJoiner { opened: false }),
            ("opened_range_joiners", &figures.opened_range_joiners, Tag::RangeJoiner { opened: true }),
            ("change_words", &figures.change_words, Tag::Change),
            ("number_joiners", &figures.number_joiners, Tag::NumberJoiner),
            ("increments.before", &figures.increments.before, Tag::Increment { position: Position::Before }),
            ("increments.after", &figures.increments.after, Tag::Increment { position: Position::After }),
            ("others", &figures.others, Tag::Others),
            ("subsets", &figures.subsets, Tag::Subset),
            ("totals", &figures.totals, Tag::Total),
            ("one_of", &figures.one_of, Tag::OneOf),
            ("periods", &figures.periods, Tag::Period),
            ("ordinal_prefixes", &figures.ordinal_prefixes, Tag::OrdinalPrefix),
        ];
        for (field, words, tag) in figure_lists {
            let path = format!("language.figures.{field}");
            self.add_list(pack, code, &label(&format!("figures.{field}")), &path, words, tag);
        }
        self.lexicon(code).add_fillers(&figures.phrase_fillers);
        for (word, &value) in &language.numbers {
            let path = format!("language.numbers.{word}");
            self.add_word(pack, code, &label("numbers"), At::Key(&path), word, Tag::Number(value));
        }
        for (word, &value) in &language.scales {
            let path = format!("language.scales.{word}");
            if value < 10 {
                self.error(pack, At::Key(&path), format!("{}: `{word}` must multiply by 10 or more", label("scales")));
                continue;
            }
            self.add_word(pack, code, &label("scales"), At::Key(&path), word, Tag::Scale(value));
        }
        for (i, vague) in language.vague.iter().enumerate() {
            let path = format!("language.vague[{i}]");
            if let Some(high) = vague.high.filter(|h| *h < vague.low) {
                let message = format!("{}: high {high} is below low {}", label("vague"), vague.low);
                self.error(pack, At::Value(&format!("{path}.high")), message);
                continue;
            }
            let tag = Tag::Vague { low: vague.low, high: vague.high };
            self.add_list(pack, code, &label("vague"), &format!("{path}.words"), &vague.words, tag);
        }
        for (word, &days) in &language.relative_days {
            let path = format!("language.relative_days.{word}");
            self.add_word(pack, code, &label("relative_days"), At::Key(&path), word, Tag::RelativeDay(days));
        }
        for (day, words) in &language.weekdays {
            let path = format!("language.weekdays.{day}");
            let Some(weekday) = parse_weekday(day) else {
                let message = with_suggestion(
                    format!("{}: unknown day `{day}`", label("weekdays")),
                    suggest(day, WEEKDAYS.into_iter()),
                );
                self.error(pack, At::Key(&path), message);
                continue;
            };
            self.add_list(pack, code, &label("weekdays"), &path, words, Tag::Weekday(weekday));
        }
    }
}

/// Validates and indexes parsed packs, reporting every problem (not just
/// the first) and the lints that do not stop the rules from working.
pub fn check(packs: &[SourcePack]) -> Checked {
    Compiler {
        rules: Rules::default(),
        errors: Vec::new(),
        packs,
        language_packs: BTreeSet::new(),
        name_endings: HashMap::new(),
        aliases: HashMap::new(),
        triggers: HashMap::new(),
        wordings: HashMap::new(),
    }
    .compile()
}

/// Validates and indexes parsed packs. Every problem is reported, not just the first.
pub fn compile(packs: &[SourcePack]) -> Result<Rules, Vec<RuleError>> {
    let checked = check(packs);
    if checked.errors.is_empty() { Ok(checked.rules) } else { Err(checked.errors) }
}

/// A name written with each other ending of the group its last letters
/// belong to: "X-a" gives "X-ah" when `a` and `ah` are one group.
fn ending_variants(name: &str, groups: &[Vec<String>]) -> Vec<String> {
    let mut out = Vec::new();
    for group in groups {
        let Some(ending) = group.iter().filter(|e| !e.is_empty() && name.ends_with(e.as_str())).max_by_key(|e| e.len())
        else {
            continue;
        };
        let stem = &name[..name.len() - ending.len()];
        if stem.chars().count() < 2 {
            continue;
        }
        out.extend(group.iter().filter(|e| *e != ending).map(|e| format!("{stem}{e}")));
    }
    out
}
