//! Turning parsed packs into a validated, indexed [`Rules`].

use std::collections::{BTreeMap, HashMap};

use crosscheck_model::{Polarity, Qualifier};

use crate::patterns::{Element, Pattern, SlotKind, parse_pattern};
use jiff::civil::{Date, Weekday};

use crate::error::{RuleError, locate};
use crate::lexicon::{GrammaticalNumber, Lexicon, Position, Tag};
use crate::serializable::{ActorKind, PlaceKind, SerializablePack, Words};

#[derive(Debug, Clone)]
pub struct Camp {
    pub id: String,
    pub name: String,
    /// Indexes of the camps this one wins over.
    pub overrides: Vec<usize>,
    pub fallback: bool,
    pub side: Option<String>,
    pub enemy: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub camp: usize,
    pub kind: ActorKind,
    /// Normalised single-word names (surnames) for matching spelling variants.
    pub name_words: Vec<String>,
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
    /// Problems that do not stop the rules from working.
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
}

struct Compiler<'a> {
    rules: Rules,
    errors: Vec<RuleError>,
    packs: &'a [SourcePack],
}

fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|k| (strsim::normalized_damerau_levenshtein(wrong, k), k))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

fn with_suggestion(message: String, suggestion: Option<&str>) -> String {
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

impl<'a> Compiler<'a> {
    fn error(&mut self, pack: &SourcePack, needle: &str, message: String) {
        let (line, column) = locate(&pack.text, needle).unzip();
        self.errors.push(RuleError::Invalid { path: pack.path.clone(), line, column, message });
    }

    fn lexicon(&mut self, code: &str) -> &mut Lexicon {
        self.rules.languages.entry(code.to_owned()).or_insert_with(|| Lexicon::new(code))
    }

    fn check_language_code(&mut self, pack: &SourcePack, code: &str, field: &str) -> bool {
        let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            self.error(pack, code, format!("{field}: `{code}` is not a language code such as `ar` or `en`"));
        }
        ok
    }

    fn add_words(&mut self, pack: &SourcePack, field: &str, words: &Words, tag: Tag) {
        for (code, list) in words {
            if !self.check_language_code(pack, code, field) {
                continue;
            }
            for word in list {
                if !self.lexicon(code).add(word, tag) {
                    self.error(pack, field, format!("{field}: empty word in `{code}`"));
                }
            }
        }
    }

    fn add_list(&mut self, pack: &SourcePack, code: &str, field: &str, words: &[String], tag: Tag) {
        for word in words {
            if !self.lexicon(code).add(word, tag) {
                self.error(pack, field, format!("language `{code}`: {field}: empty word"));
            }
        }
    }

    fn check_unique<'s>(&mut self, kind: &str, ids: impl Iterator<Item = (&'s SourcePack, &'s str)>) {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (pack, id) in ids {
            if id.trim().is_empty() {
                self.error(pack, "id:", format!("{kind} with an empty id"));
            } else if let Some(first) = seen.insert(id, &pack.path) {
                self.error(pack, id, format!("duplicate {kind} id `{id}` (first defined in {first})"));
            }
        }
    }

    fn compile(mut self) -> Result<Rules, Vec<RuleError>> {
        let packs = self.packs;
        self.check_unique("camp", packs.iter().flat_map(|p| p.pack.camps.iter().map(move |c| (p, c.id.as_str()))));
        self.check_unique("actor", packs.iter().flat_map(|p| p.pack.actors.iter().map(move |a| (p, a.id.as_str()))));
        self.check_unique("place", packs.iter().flat_map(|p| p.pack.places.iter().map(move |a| (p, a.id.as_str()))));
        self.check_unique("event", packs.iter().flat_map(|p| p.pack.events.iter().map(move |a| (p, a.id.as_str()))));
        self.check_unique("metric", packs.iter().flat_map(|p| p.pack.metrics.iter().map(move |a| (p, a.id.as_str()))));
        self.check_unique(
            "proposition",
            packs.iter().flat_map(|p| p.pack.propositions.iter().map(move |a| (p, a.id.as_str()))),
        );
        self.check_unique(
            "population",
            packs.iter().flat_map(|p| p.pack.populations.iter().map(move |a| (p, a.id.as_str()))),
        );

        // Camps first: actors refer to them.
        for pack in packs {
            for camp in &pack.pack.camps {
                let index = self.rules.camps.len();
                self.rules.camps.push(Camp {
                    id: camp.id.clone(),
                    name: camp.name.clone(),
                    overrides: Vec::new(),
                    fallback: camp.fallback,
                    side: camp.side.clone(),
                    enemy: camp.enemy.clone(),
                });
                self.add_words(pack, &format!("camp `{}`: cues", camp.id), &camp.cues, Tag::CampCue(index as u16));
            }
        }
        for pack in packs {
            for camp in &pack.pack.camps {
                let Some(index) = self.rules.camp_index(&camp.id) else {
                    continue;
                };
                for other in &camp.overrides {
                    match self.rules.camp_index(other) {
                        Some(o) => self.rules.camps[index].overrides.push(o),
                        None => {
                            let known: Vec<String> = self.rules.camps.iter().map(|c| c.id.clone()).collect();
                            let message = with_suggestion(
                                format!("camp `{}`: overrides: unknown camp `{other}`", camp.id),
                                suggest(other, known.iter().map(String::as_str)),
                            );
                            self.error(pack, other, message);
                        }
                    }
                }
            }
        }
        for pack in packs {
            for actor in &pack.pack.actors {
                let Some(camp) = self.rules.camp_index(&actor.camp) else {
                    let known: Vec<String> = self.rules.camps.iter().map(|c| c.id.clone()).collect();
                    let hint = suggest(&actor.camp, known.iter().map(String::as_str));
                    let message = with_suggestion(format!("actor `{}`: unknown camp `{}`", actor.id, actor.camp), hint);
                    self.error(pack, &format!("camp: {}", actor.camp), message);
                    continue;
                };
                let index = self.rules.actors.len() as u16;
                let mut name_words = Vec::new();
                if actor.kind == ActorKind::Person {
                    for names in actor.names.values() {
                        for name in names {
                            for word in crate::lexicon::phrase_words(name) {
                                if word.chars().count() >= 4 && !name_words.contains(&word) {
                                    name_words.push(word);
                                }
                            }
                        }
                    }
                }
                for (code, names) in actor.names.iter().chain(&actor.roles) {
                    for name in names {
                        let clash = self.rules.languages.get(code).map(|l| l.tags_of(name)).unwrap_or_default();
                        for tag in clash {
                            if let Tag::Actor(other) = tag
                                && other != index
                            {
                                let other = self.rules.actors[other as usize].id.clone();
                                self.error(
                                    pack,
                                    name,
                                    format!(
                                        "alias `{name}` of actor `{}` is already an alias of actor `{other}`",
                                        actor.id
                                    ),
                                );
                            }
                        }
                    }
                }
                self.rules.actors.push(Actor { id: actor.id.clone(), camp, kind: actor.kind, name_words });
                self.add_words(pack, &format!("actor `{}`: names", actor.id), &actor.names, Tag::Actor(index));
                self.add_words(pack, &format!("actor `{}`: roles", actor.id), &actor.roles, Tag::Actor(index));
            }
            for place in &pack.pack.places {
                let index = self.rules.places.len() as u16;
                self.rules.places.push(Place { id: place.id.clone(), kind: place.kind });
                self.add_words(pack, &format!("place `{}`: names", place.id), &place.names, Tag::Place(index));
            }
            for event in &pack.pack.events {
                let parse = |s: &str| s.parse::<Date>().ok();
                let (Some(start), Some(end)) = (parse(&event.start), parse(&event.end)) else {
                    self.error(
                        pack,
                        &event.id,
                        format!("event `{}`: start and end must be dates written YYYY-MM-DD", event.id),
                    );
                    continue;
                };
                if start > end {
                    self.error(pack, &event.id, format!("event `{}`: start {start} is after end {end}", event.id));
                    continue;
                }
                let index = self.rules.events.len() as u16;
                self.rules.events.push(Event { id: event.id.clone(), conflict: event.conflict.clone(), start, end });
                self.add_words(pack, &format!("event `{}`: cues", event.id), &event.cues, Tag::EventCue(index));
            }
            for metric in &pack.pack.metrics {
                let index = self.rules.metrics.len() as u16;
                self.rules.metrics.push(Metric { id: metric.id.clone(), secondary: metric.secondary });
                for (code, triggers) in &metric.triggers {
                    if !self.check_language_code(pack, code, &format!("metric `{}`: triggers", metric.id)) {
                        continue;
                    }
                    let field = format!("metric `{}`: triggers", metric.id);
                    for (words, position) in [
                        (&triggers.before, Position::Before),
                        (&triggers.after, Position::After),
                        (&triggers.either, Position::Either),
                    ] {
                        self.add_list(pack, code, &field, words, Tag::Metric { metric: index, position });
                    }
                }
            }
            for population in &pack.pack.populations {
                let index = self.rules.populations.len() as u16;
                self.rules
                    .populations
                    .push(Population { id: population.id.clone(), general: population.id == "people" });
                for (code, forms) in &population.nouns {
                    let field = format!("population `{}`: nouns", population.id);
                    for (words, number) in [
                        (&forms.singular, GrammaticalNumber::Singular),
                        (&forms.dual, GrammaticalNumber::Dual),
                        (&forms.plural, GrammaticalNumber::Plural),
                    ] {
                        self.add_list(pack, code, &field, words, Tag::Population { population: index, number });
                    }
                }
            }
            if let Some(language) = &pack.pack.language {
                self.compile_language(pack, language);
            }
            for proposition in &pack.pack.propositions {
                let index = self.rules.propositions.len() as u16;
                let mut declared = Vec::new();
                for name in &proposition.slots {
                    match SlotKind::parse(name) {
                        Some(kind) => declared.push(kind),
                        None => {
                            let message = with_suggestion(
                                format!("proposition `{}`: unknown slot `{name}`", proposition.id),
                                suggest(name, SlotKind::NAMES.into_iter()),
                            );
                            self.error(pack, name, message);
                        }
                    }
                }
                self.rules.propositions.push(PropositionDef { id: proposition.id.clone(), slots: declared.clone() });
                for (words, polarity) in
                    [(&proposition.asserts, Polarity::Asserts), (&proposition.denies, Polarity::Denies)]
                {
                    for (code, wordings) in words {
                        if !self.check_language_code(pack, code, &format!("proposition `{}`", proposition.id)) {
                            continue;
                        }
                        for wording in wordings {
                            let parsed = parse_pattern(wording).and_then(|elements| {
                                let undeclared = elements.iter().find_map(|e| match e {
                                    Element::Slot(kind) if !declared.contains(kind) => Some(*kind),
                                    _ => None,
                                });
                                match undeclared {
                                    Some(kind) => Err(format!(
                                        "wording `{wording}` binds `{{{}}}`, which is not in `slots`",
                                        kind.name()
                                    )),
                                    None => Ok(elements),
                                }
                            });
                            match parsed {
                                Ok(elements) => {
                                    let pattern =
                                        Pattern { proposition: index, polarity, elements, source: wording.clone() };
                                    for anchor in pattern.anchors().to_vec() {
                                        self.lexicon(code).add_gate_word(&anchor);
                                    }
                                    self.rules.patterns.entry(code.clone()).or_default().push(pattern);
                                }
                                Err(message) => {
                                    self.error(pack, wording, format!("proposition `{}`: {message}", proposition.id))
                                }
                            }
                        }
                    }
                }
            }
            for framing in &pack.pack.framing {
                for (frame, words) in &framing.frames {
                    let index = self.rules.terms.len() as u16;
                    self.rules.terms.push(TermDef { topic: framing.topic.clone(), frame: frame.clone() });
                    self.add_words(
                        pack,
                        &format!("framing `{}`: frame `{frame}`", framing.topic),
                        words,
                        Tag::Term(index),
                    );
                }
            }
        }
        if self.errors.is_empty() { Ok(self.rules) } else { Err(self.errors) }
    }

    fn compile_language(&mut self, pack: &SourcePack, language: &crate::serializable::SerializableLanguage) {
        let code = language.code.as_str();
        if !self.check_language_code(pack, code, "language: code") {
            return;
        }
        {
            let lex = self.lexicon(code);
            lex.subject_first |= language.subject_first;
            if let Some(clitics) = &language.clitics {
                lex.set_clitics(&clitics.prefixes, &clitics.suffixes);
            }
        }
        let simple: [(&str, &[String], Tag); 29] = [
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
            ("units", &language.units, Tag::Unit),
            ("ordinals", &language.ordinals, Tag::Ordinal),
            ("months", &language.months, Tag::Month),
            ("earlier", &language.earlier, Tag::Earlier),
            ("own_side", &language.own_side, Tag::OwnSide),
            ("enemy_side", &language.enemy_side, Tag::EnemySide),
        ];
        for (field, words, tag) in simple {
            self.add_list(pack, code, field, words, tag);
        }
        // A denial verb reports speech too.
        self.add_list(pack, code, "denial_verbs", &language.denial_verbs, Tag::Reporting);
        // A continuation verb reports speech too.
        self.add_list(pack, code, "continuation_verbs", &language.continuation_verbs, Tag::Reporting);
        for (name, words) in &language.qualifiers {
            let qualifier = Qualifier::parse(name).filter(|q| !matches!(q, Qualifier::Exact | Qualifier::Vague));
            let Some(qualifier) = qualifier else {
                let options = ["at_least", "more_than", "about", "up_to", "less_than"];
                let message = with_suggestion(
                    format!("language `{code}`: qualifiers: unknown qualifier `{name}`"),
                    suggest(name, options.into_iter()),
                );
                self.error(pack, name, message);
                continue;
            };
            self.add_list(
                pack,
                code,
                "qualifiers",
                &words.before,
                Tag::Qualifier { qualifier, position: Position::Before },
            );
            self.add_list(
                pack,
                code,
                "qualifiers",
                &words.after,
                Tag::Qualifier { qualifier, position: Position::After },
            );
        }
        for (word, &value) in &language.numbers {
            self.add_list(pack, code, "numbers", std::slice::from_ref(word), Tag::Number(value));
        }
        for (word, &value) in &language.scales {
            if value < 10 {
                self.error(pack, word, format!("language `{code}`: scales: `{word}` must multiply by 10 or more"));
                continue;
            }
            self.add_list(pack, code, "scales", std::slice::from_ref(word), Tag::Scale(value));
        }
        for vague in &language.vague {
            if vague.high.is_some_and(|h| h < vague.low) {
                self.error(
                    pack,
                    "vague",
                    format!("language `{code}`: vague: high {} is below low {}", vague.high.unwrap_or(0), vague.low),
                );
                continue;
            }
            self.add_list(pack, code, "vague", &vague.words, Tag::Vague { low: vague.low, high: vague.high });
        }
        for (offset_word, &days) in &language.relative_days {
            self.add_list(pack, code, "relative_days", std::slice::from_ref(offset_word), Tag::RelativeDay(days));
        }
        for (day, words) in &language.weekdays {
            let Some(weekday) = parse_weekday(day) else {
                let message = with_suggestion(
                    format!("language `{code}`: weekdays: unknown day `{day}`"),
                    suggest(day, WEEKDAYS.into_iter()),
                );
                self.error(pack, day, message);
                continue;
            };
            self.add_list(pack, code, "weekdays", words, Tag::Weekday(weekday));
        }
    }
}

/// Validates and indexes parsed packs. Every problem is reported, not just the first.
pub fn compile(packs: &[SourcePack]) -> Result<Rules, Vec<RuleError>> {
    Compiler { rules: Rules::default(), errors: Vec::new(), packs }.compile()
}
