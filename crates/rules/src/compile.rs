//! Turning parsed packs into a validated, indexed [`Rules`]: the driver and
//! the helpers every section uses. Each concept compiles in a module of its
//! own: camps and states, actors, places, events, metrics, populations,
//! propositions, framing, the language packs, and the checks of examples.

mod actors;
mod camps;
mod events;
mod examples;
mod framing;
mod language;
mod metrics;
mod places;
mod populations;
mod propositions;

use std::collections::{BTreeSet, HashMap};

use crate::compiled::Rules;
use crate::error::{Location, RuleError};
use crate::lexicon::{Lexicon, Tag};
use crate::pack::SourcePack;
use crate::serializable::Words;

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

impl<'s> At<'s> {
    fn path(self) -> &'s str {
        match self {
            At::Value(path) | At::Key(path) => path,
        }
    }
}

/// A field of a pack that holds words: where it stands (its path), and the
/// label its problems are reported under.
#[derive(Clone, Copy)]
struct Field<'s> {
    pack: &'s SourcePack,
    label: &'s str,
    at: At<'s>,
}

impl<'s> Field<'s> {
    fn value(pack: &'s SourcePack, label: &'s str, path: &'s str) -> Field<'s> {
        Field { pack, label, at: At::Value(path) }
    }

    fn key(pack: &'s SourcePack, label: &'s str, path: &'s str) -> Field<'s> {
        Field { pack, label, at: At::Key(path) }
    }
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
    aliases: HashMap<(String, String), (usize, FirstAt)>,
    /// Each metric trigger (language, folded words) and the metric and place that first had it.
    triggers: HashMap<(String, String), (usize, FirstAt)>,
    /// Each proposition wording (language, parsed form) and the proposition and place that first had it.
    wordings: HashMap<(String, String), (usize, FirstAt)>,
}

/// Where a word was first written: its pack's file and its path there. It
/// is placed at a line and column only when a message names it
/// ([`Compiler::place`]), so that sound packs are never mapped.
struct FirstAt {
    file: String,
    path: String,
}

impl FirstAt {
    fn new(pack: &SourcePack, path: &str) -> FirstAt {
        FirstAt { file: pack.path.clone(), path: path.to_owned() }
    }
}

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

    /// `file:line:column` of a word first written at `first`.
    fn place(&self, first: &FirstAt) -> String {
        let pack = self.packs.iter().find(|p| p.path == first.file);
        pack.map_or_else(|| first.file.clone(), |p| p.place(&first.path))
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

    /// Adds the words (per language) of `field`.
    fn add_words(&mut self, field: Field<'_>, words: &Words, tag: Tag) {
        for (code, list) in words {
            let list_path = format!("{}.{code}", field.at.path());
            if self.check_language_code(field.pack, code, field.label, &list_path) {
                self.add_list(Field { at: At::Value(&list_path), ..field }, code, list, tag);
            }
        }
    }

    /// Adds a list of one language's words, the value of `field`.
    fn add_list(&mut self, field: Field<'_>, code: &str, words: &[String], tag: Tag) {
        for (k, word) in words.iter().enumerate() {
            if !self.lexicon(code).add(word, tag) {
                let path = format!("{}[{k}]", field.at.path());
                self.error(field.pack, At::Value(&path), format!("{}: empty word", field.label));
            }
        }
    }

    /// Adds one word of one language, written at `field`.
    fn add_word(&mut self, field: Field<'_>, code: &str, word: &str, tag: Tag) {
        if !self.lexicon(code).add(word, tag) {
            self.error(field.pack, field.at, format!("{}: empty word", field.label));
        }
    }

    fn check_unique<'s>(&mut self, kind: &str, ids: impl Iterator<Item = (&'s SourcePack, &'s str, String)>) {
        // Where each id was first given, placed in its file only for a message.
        let mut seen: HashMap<&str, (&SourcePack, String)> = HashMap::new();
        for (pack, id, path) in ids {
            if id.trim().is_empty() {
                self.error(pack, At::Value(&path), format!("{kind} with an empty id"));
            } else if let Some((first_pack, first_path)) = seen.get(id) {
                let first = first_pack.place(first_path);
                let message = format!("duplicate {kind} id `{id}` (first defined at {first})");
                self.error(pack, At::Value(&path), message);
            } else {
                seen.insert(id, (pack, path));
            }
        }
    }

    fn known_camps(&self) -> Vec<String> {
        self.rules.camps.iter().map(|c| c.id.clone()).collect()
    }

    /// Every id is given once.
    fn check_ids(&mut self) {
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
        // A metric that extends another is not a definition of its own.
        let definitions = packs.iter().flat_map(|p| {
            p.pack
                .metrics
                .iter()
                .enumerate()
                .filter(|(_, m)| !m.extends)
                .map(move |(i, m)| (p, m.id.as_str(), format!("metrics[{i}].id")))
        });
        self.check_unique("metric", definitions);
        self.check_unique("proposition", ids!(propositions, id));
        self.check_unique("population", ids!(populations, id));
        self.check_unique("framing topic", ids!(framing, topic));
    }

    fn compile(mut self) -> Checked {
        let packs = self.packs;
        self.check_ids();
        for pack in packs {
            if let Some(language) = &pack.pack.language {
                self.language_packs.insert(language.code.clone());
                self.name_endings.insert(language.code.clone(), language.place_name_endings.clone());
            }
        }
        // Camps first: actors refer to them.
        self.compile_camps();
        for pack in packs {
            self.compile_pack(pack);
        }
        // Extensions once every metric they may extend is defined, whatever the packs' order.
        for pack in packs {
            for (i, metric) in pack.pack.metrics.iter().enumerate().filter(|(_, m)| m.extends) {
                self.extend_metric(pack, i, metric);
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

    /// Everything in one pack but its camps, in the order of its sections.
    fn compile_pack(&mut self, pack: &SourcePack) {
        for (i, actor) in pack.pack.actors.iter().enumerate() {
            self.compile_actor(pack, i, actor);
        }
        for (i, place) in pack.pack.places.iter().enumerate() {
            self.compile_place(pack, i, place);
        }
        for (i, event) in pack.pack.events.iter().enumerate() {
            self.compile_event(pack, i, event);
        }
        for (i, metric) in pack.pack.metrics.iter().enumerate().filter(|(_, m)| !m.extends) {
            self.compile_metric(pack, i, metric);
        }
        for (i, population) in pack.pack.populations.iter().enumerate() {
            self.compile_population(pack, i, population);
        }
        if let Some(language) = &pack.pack.language {
            self.compile_language(pack, language);
        }
        for (i, proposition) in pack.pack.propositions.iter().enumerate() {
            self.compile_proposition(pack, i, proposition);
        }
        for (i, framing) in pack.pack.framing.iter().enumerate() {
            self.compile_framing(pack, i, framing);
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
