//! The rule-pack file format, exactly as authors write it.
//!
//! These types only describe shape; `compile` checks meaning (references,
//! duplicates, dates) and builds the indexes the extractor uses.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

/// Words per language code: `{ ar: [...], en: [...] }`.
pub type Words = BTreeMap<String, Vec<String>>;

/// One rule-pack file. Every section is optional; packs are merged.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializablePack {
    /// Sides a speaker can belong to.
    #[serde(default)]
    pub camps: Vec<SerializableCamp>,
    /// People, institutions and states that make claims.
    #[serde(default)]
    pub actors: Vec<SerializableActor>,
    /// Localities and regions, with their spelling variants.
    #[serde(default)]
    pub places: Vec<SerializablePlace>,
    /// Named events (wars, offensives, strikes) with their date windows.
    #[serde(default)]
    pub events: Vec<SerializableEvent>,
    /// What figures count (killed, wounded, ...) and the words that signal them.
    #[serde(default)]
    pub metrics: Vec<SerializableMetric>,
    /// Who is counted (civilians, soldiers, ...) and the nouns that say so.
    #[serde(default)]
    pub populations: Vec<SerializablePopulation>,
    /// The grammar words of one language.
    #[serde(default)]
    pub language: Option<SerializableLanguage>,
    /// Statements sources assert or deny ("Shusha has been taken").
    #[serde(default)]
    pub propositions: Vec<SerializableProposition>,
    /// The terms each camp uses for the same thing.
    #[serde(default)]
    pub framing: Vec<SerializableFraming>,
}

/// A proposition template. Wordings are phrases of words; `...` skips up to
/// eight words, `*` any one word, `(word)` is optional, and `{city}`,
/// `{region}`, `{place}` or `{side}` bind a slot to a dictionary entity.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableProposition {
    /// Identifier, e.g. `city_captured`; bound slots are appended (`city_captured:shusha`).
    pub id: String,
    #[serde(default)]
    pub description: Option<String>,
    /// The slots the proposition binds, in id order: `[city]`, `[side, region]`.
    /// A wording that leaves `side` out means the speaker's own side; one that
    /// leaves `region` out means the region the article last named.
    #[serde(default)]
    pub slots: Vec<String>,
    /// Wordings that assert the proposition, per language.
    #[serde(default)]
    pub asserts: Words,
    /// Wordings that deny or contradict it, per language.
    #[serde(default)]
    pub denies: Words,
}

/// One thing named differently by different camps.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableFraming {
    /// What is being named, e.g. `offensive`.
    pub topic: String,
    /// Each frame's wordings per language: `{ counter_terrorism: { ar: [...] } }`.
    pub frames: BTreeMap<String, Words>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableCamp {
    /// Identifier used by actors and in reports, e.g. `baku`.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// Camps this one wins over when cues of both stand in one speaker phrase
    /// ("السلطات الانفصالية الأرمينية" is separatist, not Yerevan's).
    #[serde(default)]
    pub overrides: Vec<String>,
    /// Cues of a fallback camp count only when no other camp's cue or actor matches.
    #[serde(default)]
    pub fallback: bool,
    /// The side whose people this camp's own losses count ("armenian"): camps
    /// that share a side compare their figures for that side's dead.
    #[serde(default)]
    pub side: Option<String>,
    /// The side this camp calls "the enemy".
    #[serde(default)]
    pub enemy: Option<String>,
    /// Words that place an otherwise unknown speaker in this camp
    /// ("الأذربيجانية", "Azerbaijani").
    #[serde(default)]
    pub cues: Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organization,
    State,
    Group,
    Media,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableActor {
    /// Identifier, e.g. `ilham-aliyev`.
    pub id: String,
    /// The actor's camp id.
    pub camp: String,
    pub kind: ActorKind,
    /// Names per language; a person's name spelled differently in the text
    /// (هوفهانيسيان / أوفانيسيان) is matched to these by similarity.
    pub names: Words,
    /// Role phrases per language ("وزارة الدفاع الأرمينية", "the Kremlin"),
    /// matched exactly.
    #[serde(default)]
    pub roles: Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    City,
    Town,
    Village,
    Site,
    Region,
    Country,
}

impl PlaceKind {
    /// Whether a claim naming this place is about a local incident, compared
    /// only with claims about the same place.
    pub fn is_locality(self) -> bool {
        matches!(self, PlaceKind::City | PlaceKind::Town | PlaceKind::Village | PlaceKind::Site)
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializablePlace {
    pub id: String,
    pub kind: PlaceKind,
    pub names: Words,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableEvent {
    /// Identifier, e.g. `karabakh-2023`.
    pub id: String,
    /// The conflict the event belongs to, e.g. `karabakh`.
    pub conflict: String,
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Last day, `YYYY-MM-DD`.
    pub end: String,
    /// Words that tie a figure to this event whatever the article's date
    /// ("التسعينيات", "the 2020 war").
    #[serde(default)]
    pub cues: Words,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableMetric {
    /// Identifier, e.g. `killed`.
    pub id: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Chosen only when no other metric's trigger is near the figure.
    #[serde(default)]
    pub secondary: bool,
    /// Trigger words per language.
    pub triggers: BTreeMap<String, SerializableTriggers>,
}

/// Trigger words, by where they stand relative to the figure.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableTriggers {
    /// Words that come before the figure: "مقتل 200", "the deaths of 12".
    #[serde(default)]
    pub before: Vec<String>,
    /// Words that come after the figure: "200 قتيل", "two civilians dead".
    #[serde(default)]
    pub after: Vec<String>,
    /// Words found on either side: "قتل 12" and "12 قتلوا", "killed".
    #[serde(default)]
    pub either: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializablePopulation {
    /// Identifier, e.g. `civilians`; `people` counts everyone and is not reported.
    pub id: String,
    /// Noun forms per language.
    pub nouns: BTreeMap<String, SerializableNounForms>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableNounForms {
    /// One person: "مدنيا قتل" counts 1 when nothing else gives a figure.
    #[serde(default)]
    pub singular: Vec<String>,
    /// Two people: "مدنيان" counts 2.
    #[serde(default)]
    pub dual: Vec<String>,
    #[serde(default)]
    pub plural: Vec<String>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableQualifierWords {
    /// Words before the figure: "أكثر من 200", "at least 13".
    #[serde(default)]
    pub before: Vec<String>,
    /// Words after the figure: "200 على الأقل", "12 or more".
    #[serde(default)]
    pub after: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableVague {
    /// Words for an order of magnitude: "مئات", "hundreds".
    pub words: Vec<String>,
    /// The smallest count the words allow.
    pub low: u64,
    /// The largest count the words allow; unbounded when absent.
    #[serde(default)]
    pub high: Option<u64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableClitics {
    /// Prefixes that attach to words ("و", "ال"), longest tried first.
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// Suffixes that attach to words ("هم", "ها").
    #[serde(default)]
    pub suffixes: Vec<String>,
}

/// The grammar words of one language. Phrases are space-separated words;
/// `*` stands for any one word.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableLanguage {
    /// Language code, e.g. `ar`.
    pub code: String,
    /// Whether speakers usually come before their verb ("Armenia said").
    #[serde(default)]
    pub subject_first: bool,
    #[serde(default)]
    pub clitics: Option<SerializableClitics>,
    /// Verbs that report speech: "قال", "أعلن", "said".
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    /// Reporting verbs that continue the previous speaker when no subject follows: "وأضاف".
    #[serde(default)]
    pub continuation_verbs: Vec<String>,
    /// Words that introduce the content of speech: "أن", "إن", "that".
    #[serde(default)]
    pub complementizers: Vec<String>,
    /// Phrases naming the source after or before the claim: "وفق ما أعلنته", "according to".
    #[serde(default)]
    pub according_to: Vec<String>,
    /// Phrases that pass on another's words: "نقلا عن", "citing"; the real speaker follows.
    #[serde(default)]
    pub relay: Vec<String>,
    /// Verbs whose subject passes on another's words: "نقلت وكالة ... عن X".
    #[serde(default)]
    pub relay_verbs: Vec<String>,
    /// The word after which a relay verb names the real speaker: "عن".
    #[serde(default)]
    pub relay_via: Vec<String>,
    /// Words that end a speaker's name: "في بيان", "on Saturday".
    #[serde(default)]
    pub speaker_stops: Vec<String>,
    /// Subjects that refer back to the previous speaker: "he", "she".
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Qualifier words by qualifier: `at_least`, `more_than`, `about`, `up_to`, `less_than`.
    #[serde(default)]
    pub qualifiers: BTreeMap<String, SerializableQualifierWords>,
    /// Number words and their values: "عشرة: 10", "two: 2".
    #[serde(default)]
    pub numbers: BTreeMap<String, u64>,
    /// Scale words that multiply the figure before them: "آلاف: 1000", "million: 1000000".
    #[serde(default)]
    pub scales: BTreeMap<String, u64>,
    #[serde(default)]
    pub vague: Vec<SerializableVague>,
    /// Words after a figure that make it something other than a count of
    /// people: durations, distances, equipment, ages, percentages.
    #[serde(default)]
    pub units: Vec<String>,
    /// Words before a number word that make it an ordinal ("الثانية عشرة").
    #[serde(default)]
    pub ordinals: Vec<String>,
    /// Month names: a figure next to one is a date.
    #[serde(default)]
    pub months: Vec<String>,
    /// Words that place a claim relative to the article's date: "أمس: -1".
    #[serde(default)]
    pub relative_days: BTreeMap<String, i32>,
    /// Day names: `monday` … `sunday` to the words for them.
    #[serde(default)]
    pub weekdays: BTreeMap<String, Vec<String>>,
    /// Words marking a figure as reported earlier: "في وقت سابق", "initially".
    #[serde(default)]
    pub earlier: Vec<String>,
    /// Words that deny what follows in their clause: "نفى", "denied".
    #[serde(default)]
    pub denial_verbs: Vec<String>,
    /// Words that negate the statement right after them: "لا", "ليس", "not",
    /// "لا أساس للحديث عن".
    #[serde(default)]
    pub negations: Vec<String>,
    /// Phrases that start like a negation but do not negate: "لا يزال" (still).
    #[serde(default)]
    pub not_negations: Vec<String>,
    /// Phrases that reject a statement made just before: "لا يتوافق مع الواقع".
    #[serde(default)]
    pub refutations: Vec<String>,
    /// Words that attribute the statement after them to reports or rumour:
    /// "أنباء", "مزاعم", "reports that".
    #[serde(default)]
    pub hearsay: Vec<String>,
    /// Words before a statement that make it an aim or a promise, not a claim:
    /// "من أجل", "بعدم", "trying to".
    #[serde(default)]
    pub blockers: Vec<String>,
    /// Words that end a clause, and with it a denial's reach: "بينما", "but".
    #[serde(default)]
    pub clause_breaks: Vec<String>,
    /// Words for the region an article is about ("الإقليم", "the region"):
    /// a `{region}` or `{place}` slot takes the last region named.
    #[serde(default)]
    pub region_anaphora: Vec<String>,
    /// Words that refer to the speaker's own side ("تابعة لها", "its own"):
    /// a `{side}` slot takes the speaker's camp's side.
    #[serde(default)]
    pub own_reference: Vec<String>,
    /// Words that make a figure one incident's toll: "قصف", "strike", "blast".
    #[serde(default)]
    pub incident_words: Vec<String>,
    /// Words that make a figure a whole event's toll: "الحرب", "offensive".
    #[serde(default)]
    pub event_words: Vec<String>,
    /// Words that refer back to a figure's metric: "that figure", "أعدادهم".
    #[serde(default)]
    pub anaphora: Vec<String>,
    /// Verb forms that make the plural noun before them a dual: "مدنيين قتلا".
    #[serde(default)]
    pub dual_markers: Vec<String>,
    /// Words after a day name that put it in the future: "الخميس المقبل".
    #[serde(default)]
    pub future: Vec<String>,
    /// Words that put people on the speaker's own side: "its troops", "جنودها".
    #[serde(default)]
    pub own_side: Vec<String>,
    /// Words that put people on the other side: "of the enemy", "العدو".
    #[serde(default)]
    pub enemy_side: Vec<String>,
}
