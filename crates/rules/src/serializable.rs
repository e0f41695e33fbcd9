//! The rule-pack file format, exactly as authors write it.
//!
//! These types only describe shape; `compile` checks meaning (references,
//! duplicates, dates) and builds the indexes the extractor uses.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Words per language code: `{ ar: [...], en: [...] }`.
pub type Words = BTreeMap<String, Vec<String>>;

/// One rule-pack file. Every section is optional; packs are merged.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializablePack {
    /// Sides a speaker can belong to.
    #[serde(default)]
    pub camps: Vec<SerializableCamp>,
    /// People, institutions and states that make claims.
    #[serde(default)]
    pub actors: Vec<SerializableActor>,
    /// States and disputed entities: the names, capitals and nationality
    /// words that place a speaker in the state's camp.
    #[serde(default)]
    pub states: Vec<SerializableState>,
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
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableProposition {
    /// Identifier, e.g. `city_captured`; bound slots are appended (`city_captured:shusha`).
    pub id: String,
    /// What the proposition says, for people reading the pack.
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
    /// Only one value of the slots holds for one event (who started the
    /// fighting): two sources asserting it with different values contradict
    /// each other, as an assertion and its denial do.
    #[serde(default)]
    pub exclusive: bool,
    /// It tells an incident a war repeats day after day (an aircraft shot
    /// down): across articles, an article that both asserts and denies it
    /// holds its own dispute and answers no other article's claim.
    #[serde(default)]
    pub recurring: bool,
    /// Sentences the proposition must read correctly; `crosscheck rules test` runs them.
    #[serde(default)]
    pub examples: Vec<SerializableExample>,
}

/// One thing named differently by different camps.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableFraming {
    /// What is being named, e.g. `offensive`.
    pub topic: String,
    /// Each frame's wordings per language: `{ counter_terrorism: { ar: [...] } }`.
    pub frames: BTreeMap<String, Words>,
    /// Sentences the topic's frames must read correctly; `crosscheck rules test` runs them.
    #[serde(default)]
    pub examples: Vec<SerializableExample>,
}

/// A side a speaker can belong to: a government and its forces, an
/// organisation, the media.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
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
    /// The camp passes on what others say and is no party ("the media"): two
    /// counts of which one is its and the other a speaker's of no camp
    /// disagree without contradicting.
    #[serde(default)]
    pub relays: bool,
    /// Wins over the camp of every state that no camp lists (`states`): "the
    /// UN mission in Sudan" is the UN's, "Houthi-run Yemeni ministry" the Houthis'.
    #[serde(default)]
    pub overrides_states: bool,
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
    /// Words that place a speaker in this camp only in an article of one of
    /// `conflicts` (or of no stated conflict): "separatists" are the
    /// Karabakh separatists in an article about Karabakh, and no one's in an
    /// article about another war.
    #[serde(default)]
    pub conflict_cues: Words,
    /// The conflicts (slugs, or their prefix before a `-`: `karabakh` for
    /// `karabakh-2020`; or the last words of a label before its dates:
    /// `karabakh` for `nagorno-karabakh-2020`) in which `conflict_cues` count;
    /// they also count where the label names the camp's own id
    /// (`turkey-sdf-2025` for `sdf`).
    #[serde(default)]
    pub conflicts: Vec<String>,
    /// Ids of the states (`states` of the world pack) whose names, capitals
    /// and nationality words are this camp's cues: `[azerbaijan]` for `baku`.
    #[serde(default)]
    pub states: Vec<String>,
    /// Sentences whose figures this camp must speak; `crosscheck rules test`
    /// runs them. Expected claims are quantities, of this camp unless `camp` says.
    #[serde(default)]
    pub examples: Vec<SerializableExample>,
}

/// A state or disputed entity. Its words place a speaker in its camp: the
/// camp that lists it in `states`, or else a camp of its own named by `id`.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableState {
    /// Identifier, named for the country (`armenia`, `south-sudan`); the
    /// camp id of a state that no camp lists.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// ISO 3166 code the names were generated from.
    #[serde(default)]
    pub code: Option<String>,
    /// Names per language ("أرمينيا", "Armenia").
    #[serde(default)]
    pub names: Words,
    /// Capitals used for the government ("يريفان", "Yerevan").
    #[serde(default)]
    pub capitals: Words,
    /// Nationality words in every form ("الأرمينية", "الأرمن", "Armenians").
    #[serde(default)]
    pub demonyms: Words,
}

/// What kind of speaker an actor is; a `person`'s names are also matched
/// by similar spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organization,
    State,
    Group,
    Media,
}

/// A person, institution or state that makes claims, and the camp it speaks for.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableActor {
    /// Identifier, e.g. `ilham-aliyev`.
    pub id: String,
    /// The actor's camp id.
    pub camp: String,
    /// `person`, `organization`, `state`, `group` or `media`.
    pub kind: ActorKind,
    /// Names per language; a person's name spelled differently in the text
    /// (هوفهانيسيان / أوفانيسيان) is matched to these by similarity.
    pub names: Words,
    /// Role phrases per language ("وزارة الدفاع الأرمينية", "the Kremlin"),
    /// matched exactly.
    #[serde(default)]
    pub roles: Words,
}

/// What kind of place: cities, towns, villages and sites are localities
/// (a claim naming one is about a local incident); regions and countries are not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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

/// A place and its names per language, with their spelling variants.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializablePlace {
    /// Identifier, e.g. `shusha`; proposition slots bind to it.
    pub id: String,
    pub kind: PlaceKind,
    /// Names per language, each spelling the text may use.
    pub names: Words,
}

/// A named event with its date window: claims are assigned to it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
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

/// What a figure counts, and the words that tie a figure to it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableMetric {
    /// Identifier, e.g. `killed`.
    pub id: String,
    /// What the metric counts, for people reading the pack.
    #[serde(default)]
    pub description: Option<String>,
    /// Chosen only when no other metric's trigger is near the figure.
    #[serde(default)]
    pub secondary: bool,
    /// Adds this entry's triggers and examples to the metric of the same id
    /// that another pack defines (a desk's `--rules` pack adding words to the
    /// shipped `killed`), instead of defining a new metric. Its `secondary`
    /// must agree with the metric it extends.
    #[serde(default)]
    pub extends: bool,
    /// Trigger words per language.
    pub triggers: BTreeMap<String, SerializableTriggers>,
    /// Sentences the metric must read correctly; `crosscheck rules test` runs them.
    #[serde(default)]
    pub examples: Vec<SerializableExample>,
}

/// Trigger words, by where they stand relative to the figure.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
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
    /// Words before the figure that count only people named right after it:
    /// "lost 12 soldiers", «فقدنا أربعة جنود» (not "lost 12 seats").
    #[serde(default)]
    pub before_people: Vec<String>,
    /// Regular expressions for word forms, found on either side of the figure.
    /// Each must match one whole word as matching sees it (folded: lower
    /// case, hamza forms of alef as ا, ى as ي) and start with a literal, which
    /// the sentence gate looks for: `massacre[sd]?`, `نزح(وا|ت)?`.
    #[serde(default)]
    pub regex: Vec<String>,
}

/// Who a figure counts, and the nouns that say so.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializablePopulation {
    /// Identifier, e.g. `civilians`; `people` counts everyone and is not reported.
    pub id: String,
    /// Noun forms per language.
    pub nouns: BTreeMap<String, SerializableNounForms>,
    /// A party counting these with no side named counts its own: "the army
    /// said 15 soldiers were killed" counts the army's soldiers.
    #[serde(default)]
    pub own_side_by_default: bool,
    /// Armed men (soldiers, police, fighters): a party that denies losses
    /// of its own answers a count of them.
    #[serde(default)]
    pub armed: bool,
}

/// A population's nouns by grammatical number.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableNounForms {
    /// One person: "مدنيا قتل" counts 1 when nothing else gives a figure.
    #[serde(default)]
    pub singular: Vec<String>,
    /// Two people: "مدنيان" counts 2.
    #[serde(default)]
    pub dual: Vec<String>,
    /// Several people: "مدنيين", "civilians".
    #[serde(default)]
    pub plural: Vec<String>,
}

/// The words of one qualifier, by where they stand relative to the figure.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableQualifierWords {
    /// Words before the figure: "أكثر من 200", "at least 13".
    #[serde(default)]
    pub before: Vec<String>,
    /// Words after the figure: "200 على الأقل", "12 or more".
    #[serde(default)]
    pub after: Vec<String>,
}

/// Words for a figure given only as an order of magnitude.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
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

/// Clitics peeled off a word before it is looked up ("وأصيب" finds "أصيب").
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableClitics {
    /// Prefixes that attach to words ("و", "ال"), longest tried first.
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// Suffixes that attach to words ("هم", "ها").
    #[serde(default)]
    pub suffixes: Vec<String>,
}

/// Closed classes of single words that the extractor asks about one word
/// at a time. Each entry is one word, written as the text has it.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableGrammar {
    /// Auxiliaries that may stand around a subject written before its verb,
    /// skipped when reading the subject: "had", "قد", "وكانت".
    #[serde(default)]
    pub subject_auxiliaries: Vec<String>,
    /// Auxiliaries that may stand between a negation and the words it
    /// negates: "had not been notified", "لم يتم".
    #[serde(default)]
    pub negated_auxiliaries: Vec<String>,
    /// Conjunctions that join clauses ("and", "ثم"): a second reporting verb
    /// after one speaks for the first verb's subject.
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// Adverbs of manner that may stand between a subject and its verb
    /// ("the minister on Saturday strongly rejected"): skipped when reading
    /// the subject back from the verb.
    #[serde(default)]
    pub manner_adverbs: Vec<String>,
    /// Reporting verbs whose object is the one spoken to ("told Reuters"):
    /// the words after such a verb are never its subject put after it.
    #[serde(default)]
    pub addressee_verbs: Vec<String>,
    /// Nouns of an office that open an apposition after a speaker's name
    /// ("denied X, the army's spokesman, that", «نفى X، الناطق باسم الجيش، أن»):
    /// the apposition is part of the speaker, not what is said.
    #[serde(default)]
    pub office_titles: Vec<String>,
    /// Nouns that head what a verb denies and never a speaker's name, as
    /// written without an article: «صحة» in «نفى صحة التقارير» ("denied the
    /// truth of the reports"), «وجود».
    #[serde(default)]
    pub object_nouns: Vec<String>,
    /// Prepositions after which a speech word is a noun: "contrary to
    /// reports", "amid claims".
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Prepositions that go on with the name of an office or body after a
    /// gloss in parentheses: «وزير الاندماج (المناطق الانفصالية) في جورجيا»,
    /// "the deputy minister (acting) of Georgia".
    #[serde(default)]
    pub name_prepositions: Vec<String>,
    /// Titles of envoys ("ambassador", «مندوب»): one speaks for the state
    /// that sent him, not for the body he is sent to ("Iraq's U.N.
    /// ambassador").
    #[serde(default)]
    pub envoy_titles: Vec<String>,
    /// Words for speaking that, as what a refusal verb refuses, make it
    /// declining to comment, not denying: «رفض التعليق على ذلك», "refused
    /// to comment on this".
    #[serde(default)]
    pub comment_words: Vec<String>,
    /// Participles of backing: a party named right after one backs the
    /// speaker and is not the speaker («المؤسسة المدعومة أمريكياً», "the
    /// militia backed by Iran"), as "Iran-backed" is not Iran.
    #[serde(default)]
    pub backing_words: Vec<String>,
    /// Words of fighting: a party named right after one is whom the speaker
    /// fights, not the speaker ("the coalition fighting the Houthis", "the
    /// operation against the separatists", «التحالف الذي يقاتل الحوثيين»).
    #[serde(default)]
    pub opposing_words: Vec<String>,
    /// Prepositions written onto a noun that name whom words were said to:
    /// «ل» in «حسبما قال مسؤول لإذاعة صوت أمريكا».
    #[serde(default)]
    pub addressee_prepositions: Vec<String>,
    /// Prepositions of place: a party named after one inside a speaker's
    /// words says where the speaker is, not whose ("the US command in
    /// Afghanistan", «القيادة الأمريكية في العراق»).
    #[serde(default)]
    pub locative_prepositions: Vec<String>,
    /// Words that may follow a locality word without naming a place: «بلدة
    /// تقع على الحدود» ("a town lying on the border"), «قرية صغيرة».
    #[serde(default)]
    pub not_place_names: Vec<String>,
    /// Words of direction that begin a two-word name after a locality word:
    /// «ولاية وسط دارفور», "the province of North Kivu".
    #[serde(default)]
    pub compass_words: Vec<String>,
    /// Words that make the place beside them a province, not a town
    /// («محافظة دير الزور», "Kharkiv region"): a denial naming it may answer
    /// a statement that names a town in it.
    #[serde(default)]
    pub province_nouns: Vec<String>,
    /// Words that count an unstated number of people after a stated count
    /// ("one officer and some soldiers", «ضابطا وعددا من الجنود»): the
    /// stated count is then only part of the toll, which is more than it.
    #[serde(default)]
    pub indefinite_quantifiers: Vec<String>,
    /// Pointers that, right after a denial verb and before a party, are its
    /// object, not a demonstrative of the subject: «نفى ذلك المتحدث» ("the
    /// spokesman denied that"), where «هذه» in «نفت هذه القوات» is "these".
    #[serde(default)]
    pub object_pointers: Vec<String>,
    /// Negations that may qualify a noun as well as deny a clause («هجوم غير
    /// مسبوق», "an unprecedented attack"): one negates a statement only
    /// after a definite subject and before an indefinite word («القوات غير
    /// موجودة», "the forces are not there").
    #[serde(default)]
    pub adjectival_negations: Vec<String>,
    /// Words before a singular noun that make it count no one: "any soldier",
    /// "every soldier", «أي جندي».
    #[serde(default)]
    pub uncounting_determiners: Vec<String>,
    /// Words between two numbers that make the second the whole the first
    /// is a part of: "two of the three farmers", «خمسة من أصل 12». The
    /// second number counts no one of its own.
    #[serde(default)]
    pub partitives: Vec<String>,
    /// Relative pronouns that open an aside after a speaker ("X, who leads
    /// the unit, said"; «التي تشنها»): the aside is read over, not said.
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// Words for "what" that make a clause a noun: after one, a verb of
    /// naming only names ("what it described as air attacks", «ما وصفته
    /// بـ»); it reports no statement.
    #[serde(default)]
    pub free_relatives: Vec<String>,
    /// Words of exception after a negation ("only", «إلا», «سوى»): «لم
    /// يقتل سوى جندي واحد» counts one soldier; without one, a negation
    /// before "one soldier" counts none.
    #[serde(default)]
    pub exceptives: Vec<String>,
    /// Adverbs of habit ("generally", "routinely", «عادة»): a denial verb
    /// right after one tells what a party tends to do ("Fano militias
    /// generally reject claims made by …"), not a denial of one claim.
    #[serde(default)]
    pub habitual_adverbs: Vec<String>,
    /// Words that open a clause of time before a charge ("after", «بعدما»):
    /// "denied any role in the strikes, after the rebels blamed it": the
    /// charge is what the denial answers, not who reported the denial.
    #[serde(default)]
    pub after_subordinators: Vec<String>,
    /// Definite articles written as words of their own: "the".
    #[serde(default)]
    pub definite_articles: Vec<String>,
    /// Indefinite articles written as words of their own: "a", "an". When a
    /// language has some, a lone singular noun counts one person only after one.
    #[serde(default)]
    pub indefinite_articles: Vec<String>,
    /// The definite article written onto the start of a word: "ال".
    #[serde(default)]
    pub article_prefixes: Vec<String>,
    /// Prepositions with a pronoun that take up the antecedent of a relative
    /// clause right after its verb: «التي ينفي فيها الحزب» ("in which the
    /// party denies"). The verb's subject follows them.
    #[serde(default)]
    pub resumptive_pronouns: Vec<String>,
    /// Words that join alternatives: "or", «أو». A denial verb after one
    /// shares the negation of the verb before it ("did not confirm or deny").
    #[serde(default)]
    pub disjunctions: Vec<String>,
    /// Clitics written onto the start of a word that only a noun takes:
    /// «ب», «ك». A verb of passing words on read through one is a noun
    /// («بنقل», "by transporting"), never a verb.
    #[serde(default)]
    pub noun_prefixes: Vec<String>,
    /// Word beginnings that hold the definite article, alone or behind a
    /// clitic: "ال", "وال", "لل". A noun that begins with one is definite;
    /// in a language with no indefinite article, a lone singular noun
    /// counts one person only when it begins with none.
    #[serde(default)]
    pub definite_prefixes: Vec<String>,
    /// Endings, as written with their diacritics (not folded), that make a
    /// plural noun's spelling a dual: the sukun before the final nun in
    /// "مدنييْن" (two civilians) against "مدنيين".
    #[serde(default)]
    pub dual_endings: Vec<String>,
    /// Whether an adjective stands before the noun it qualifies ("false
    /// passports"), so that a verdict's word with a noun after it may be
    /// that noun's adjective and no verdict. Arabic puts it after.
    #[serde(default)]
    pub adjectives_before_nouns: bool,
}

/// What sentence segmentation needs to know of a language.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableSegmentation {
    /// Abbreviations after which a period does not end a sentence, without
    /// their period: "mr", "sept". Matched case-insensitively.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// The quotation marks the language's press uses.
    #[serde(default)]
    pub quotation_marks: SerializableQuotationMarks,
}

/// Quotation marks, each one character: those that open a quotation, those
/// that close one, and straight ones that open and close in turn.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableQuotationMarks {
    /// Marks that open a quotation: "«", "“".
    #[serde(default)]
    pub open: Vec<String>,
    /// Marks that close a quotation: "»", "”".
    #[serde(default)]
    pub close: Vec<String>,
    /// Marks that open and close in turn: the straight double quote.
    #[serde(default)]
    pub straight: Vec<String>,
}

/// The grammar words of one language. Phrases are space-separated words;
/// `*` stands for any one word.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableLanguage {
    /// Language code, e.g. `ar`.
    pub code: String,
    /// Whether speakers usually come before their verb ("Armenia said").
    #[serde(default)]
    pub subject_first: bool,
    /// Prefixes and suffixes that attach to words.
    #[serde(default)]
    pub clitics: Option<SerializableClitics>,
    /// Closed classes of single words: auxiliaries, conjunctions, articles.
    #[serde(default)]
    pub grammar: SerializableGrammar,
    /// What sentence segmentation needs: abbreviations and quotation marks.
    #[serde(default)]
    pub segmentation: SerializableSegmentation,
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
    /// Verbs that carry an earlier speaker's statement without speaking it:
    /// "in a statement carried by RT", «في بيان أوردته قناة X». The outlet
    /// after them is no speaker; the statement stays its first speaker's.
    #[serde(default)]
    pub relay_asides: Vec<String>,
    /// The word after which a relay verb names the real speaker: "عن".
    #[serde(default)]
    pub relay_via: Vec<String>,
    /// Words that end a speaker's name: "في بيان", "on Saturday".
    #[serde(default)]
    pub speaker_stops: Vec<String>,
    /// Subjects that refer back to the previous speaker: "he", "she".
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// The speaker's own voice: "we", "نحن", and verbs that carry it ("ننفي").
    /// A denial in a quotation is the quoted speaker's when its subject is one.
    #[serde(default)]
    pub first_person: Vec<String>,
    /// Articles: a reporting word right after one is an adjective ("the
    /// reported toll"), and "the ministry" is a short form of an earlier name.
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Subjects that mean the first of the parties just named: "the former", "الأولى".
    #[serde(default)]
    pub former: Vec<String>,
    /// Subjects that mean the last of the parties just named: "the latter", "الأخيرة".
    #[serde(default)]
    pub latter: Vec<String>,
    /// Speakers independent of the state whose nationality they carry: "a
    /// Sudanese medical group", "Ukrainian rebels", "شهود سودانيون".
    #[serde(default)]
    pub independent_nouns: Vec<String>,
    /// What a speaker issues, standing for the speaker: "the statement", "البيان".
    #[serde(default)]
    pub speech_nouns: Vec<String>,
    /// Words that open what claims or reports are about: "claims about ...",
    /// «مزاعم ... حول»; a party named after one is their topic, not their owner.
    #[serde(default)]
    pub topic_markers: Vec<String>,
    /// Words that stand for the country just named: "the country's", "البلاد".
    #[serde(default)]
    pub country_reference: Vec<String>,
    /// Auxiliaries of the passive: a reporting word after one has no speaker
    /// for subject ("the troops had been warned").
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Words that introduce the agent of a passive: in "a claim denied by
    /// the government" the party after one is the denier.
    #[serde(default)]
    pub passive_agents: Vec<String>,
    /// Nouns of denial with a possessive pronoun written onto them: «نفيه»
    /// ("his denial"). The pronoun is the denier; the words after the noun
    /// are what is denied, never its subject.
    #[serde(default)]
    pub possessed_denials: Vec<String>,
    /// Words after a denial's object that open what the object is called:
    /// "dismissed the report as absurd"; the object ends there.
    #[serde(default)]
    pub denial_complements: Vec<String>,
    /// Agentless reporting, the outlet's own voice unless a source follows:
    /// "it was reported", "أفيد".
    #[serde(default)]
    pub agentless_reporting: Vec<String>,
    /// Qualifier words by qualifier: `at_least`, `more_than`, `about`, `up_to`, `less_than`.
    #[serde(default)]
    pub qualifiers: BTreeMap<String, SerializableQualifierWords>,
    /// Number words and their values: "عشرة: 10", "two: 2".
    #[serde(default)]
    pub numbers: BTreeMap<String, u64>,
    /// Scale words that multiply the figure before them: "آلاف: 1000", "million: 1000000".
    #[serde(default)]
    pub scales: BTreeMap<String, u64>,
    /// Words for orders of magnitude: "مئات", "hundreds", "dozens".
    #[serde(default)]
    pub vague: Vec<SerializableVague>,
    /// Words after a figure that make it something other than a count of
    /// people: durations, distances, equipment, ages, percentages.
    #[serde(default)]
    pub units: Vec<String>,
    /// Words before a number that make it a name, not a count: "Resolution
    /// 1701", "Channel 12", "the number 2 man", «القناة 12».
    #[serde(default)]
    pub number_labels: Vec<String>,
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
    /// Words marking a figure as reported after the others of its article:
    /// "later", «في وقت لاحق».
    #[serde(default)]
    pub later: Vec<String>,
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
    /// Words that attribute the statement beside them to reports or rumour,
    /// the media's voice: "أنباء", "reports that".
    #[serde(default)]
    pub hearsay: Vec<String>,
    /// Verbs of putting a statement about: «نشرته», «يذيعه», "spreading",
    /// "circulated". Inside what a denial or verdict answers, the party
    /// beside one owns the statement ("what the Armenian side broadcasts
    /// about ... is untrue").
    #[serde(default)]
    pub publishing_verbs: Vec<String>,
    /// Words that put a statement in the denier's own mouth: "remarks
    /// attributed to him", «التصريحات التي نسبت إليها». A denial of such words
    /// says the denier never said them; it answers no other party's claim.
    #[serde(default)]
    pub attributed_to_denier: Vec<String>,
    /// Nouns of who did it: "responsibility", "blame", «مسؤولية», «الاتهامات».
    /// A toll inside a denial of responsibility ("rejected responsibility for
    /// the attack that killed 8") tells which event, and is not what is denied.
    #[serde(default)]
    pub responsibility_nouns: Vec<String>,
    /// Words that attribute the statement beside them to someone's accusation:
    /// "مزاعم", "accusations of". The accuser must be named ("Armenian
    /// accusations"); an accusation nobody owns is nobody's claim.
    #[serde(default)]
    pub allegations: Vec<String>,
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
    /// Words that point back at a statement made before, as the object of a
    /// denial: "هذه الادعاءات", "الإعلان", "this", "the statement".
    #[serde(default)]
    pub back_references: Vec<String>,
    /// Words that carry no content of their own ("were", "كانت", "مجرد"): a
    /// denial's object made of them and back-references only points back.
    #[serde(default)]
    pub function_words: Vec<String>,
    /// Groups of final letters a place name is written with interchangeably
    /// ("شوشا" / "شوشة"): each listed place name is also matched with the
    /// other endings of its group.
    #[serde(default)]
    pub place_name_endings: Vec<Vec<String>>,
    /// Words for the locality an article last named ("المدينة", "the town"):
    /// a `{city}` slot takes it.
    #[serde(default)]
    pub locality_anaphora: Vec<String>,
    /// Words naming a kind of locality ("مدينة", "village"): an unlisted
    /// proper noun after one fills a `{city}` or `{place}` slot.
    #[serde(default)]
    pub locality_nouns: Vec<String>,
    /// Phrases saying a side lost nobody ("لم تسجل أي خسائر", "were not
    /// affected"): a denial of another camp's toll given just before.
    #[serde(default)]
    pub no_losses: Vec<String>,
    /// Phrases that say an attack or a clash never happened ("there was no
    /// clash", «لم تقع أي اشتباكات»): they deny the latest statement of another
    /// camp about an attack.
    #[serde(default)]
    pub no_event: Vec<String>,
    /// Denial verbs that also mean refusing or removing ("رفضت", "rejected",
    /// "dismissed"): "rejected the proposal" denies no statement, so such a
    /// verb is a denial only of a back-reference, an allegation or a clause.
    #[serde(default)]
    pub refusal_verbs: Vec<String>,
    /// Verbs that accuse a party of something ("accused", "blames", «اتهم»):
    /// in "X accuses Y of Z, a charge he denies" the pronoun that denies is
    /// the accused.
    #[serde(default)]
    pub accusation_verbs: Vec<String>,
    /// Verbs of carrying out an attack ("carried out", "launched", «نفذ»,
    /// «شن»): negated, with a word of an incident after them ("had not
    /// conducted airstrikes", «لم تشن أي غارة»), they say the attack did
    /// not happen, as a `no_event` phrase does.
    #[serde(default)]
    pub perpetration_verbs: Vec<String>,
    /// Verbs of an outcome ("resulted in", "caused", «أسفر», «أدى»): with a
    /// negation before them and a word for losses after ("did not result in
    /// any casualties", «لم يسفر عن سقوط قتلى»), or a negation between
    /// ("caused no casualties"), they say no one was hurt, as a `no_losses`
    /// phrase does.
    #[serde(default)]
    pub result_verbs: Vec<String>,
    /// Verbs of haste or intent between a subject and its verb ("was quick
    /// to", "moved to", «سارعت»): "Yerevan was quick to deny it" is
    /// Yerevan's denial.
    #[serde(default)]
    pub haste_verbs: Vec<String>,
    /// Verbs of issuing a statement ("issued", «أصدرت»): in «أصدرت
    /// الوزارة بيانا نفت فيه», "the ministry later issued a statement
    /// denying", the verb and the statement it issued are not the speaker;
    /// the party that issued it is.
    #[serde(default)]
    pub issuing_verbs: Vec<String>,
    /// Words opening a sentence about another, earlier incident ("in a
    /// previous incident", «وسبق»): a denial in such a sentence answers
    /// only what that sentence tells.
    #[serde(default)]
    pub background_openers: Vec<String>,
    /// Words of what befell people that counts no casualty ("arrested",
    /// "captured", "taken prisoner", «اعتقال», «أسر»): a figure right before
    /// one has a predicate of its own and takes no metric word from before
    /// it ("4 soldiers were killed and 10 captured").
    #[serde(default)]
    pub other_outcomes: Vec<String>,
    /// Words for evidence ("evidence", "proof", «دليل», «أدلة»): after a
    /// negation a few words before them ("had no evidence of", «لا يملك
    /// أدلة على»), they deny what follows, as a denial verb does.
    #[serde(default)]
    pub evidence_nouns: Vec<String>,
    /// Phrases of a source that asks not to be named ("declined to be named",
    /// «رفض الكشف عن اسمه»): the verb in them refuses, and denies nothing.
    #[serde(default)]
    pub anonymity: Vec<String>,
    /// Nouns for losses counted in no particular unit ("casualties",
    /// «خسائر»): a denial of "any" of them says there were none.
    #[serde(default)]
    pub loss_nouns: Vec<String>,
    /// Words for any person at all ("anyone", "nobody", «أحد»): with a word
    /// of harm under a negation ("did not kill anyone", «لم يصب أحد») or
    /// after it ("hurting nobody"), they say no one was hurt.
    #[serde(default)]
    pub anyone: Vec<String>,
    /// Conditional hedges ("if confirmed", «في حال تأكده»): a wording beside
    /// one says what would be so, and asserts nothing.
    #[serde(default)]
    pub hedges: Vec<String>,
    /// Words pointing back at figures ("the figures", "these numbers",
    /// «الأرقام»): a denial of them answers a statement with a figure.
    #[serde(default)]
    pub figure_references: Vec<String>,
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
    /// How figures are put together and what they count: ranges, compound
    /// numbers, increments, parts of totals and running totals.
    #[serde(default)]
    pub figures: SerializableFigureWords,
}

/// The words that shape a figure beyond its number and qualifier.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableFigureWords {
    /// Words that open a range of two figures: "between", "from", "بين", "من".
    #[serde(default)]
    pub range_openers: Vec<String>,
    /// Words that join two figures into a range, opened or not: "to", "-", "إلى".
    #[serde(default)]
    pub range_joiners: Vec<String>,
    /// Words that join two figures into a range only after an opener: "and", "و".
    #[serde(default)]
    pub opened_range_joiners: Vec<String>,
    /// Words of change before a range opener ("rose from 100 to 300"): the
    /// second figure is the count, the first an earlier one.
    #[serde(default)]
    pub change_words: Vec<String>,
    /// Words that join number words into one number: "three hundred and one",
    /// "ستة آلاف وخمسمئة".
    #[serde(default)]
    pub number_joiners: Vec<String>,
    /// Words that make a figure an addition to an earlier count, not a total:
    /// before it "a further", "rose by", "بمقدار"; after it "more", "additional", "إضافيين".
    #[serde(default)]
    pub increments: SerializableQualifierWords,
    /// Words such as "another", "others", "آخرين": an addition only after an
    /// earlier figure of the same metric and population, else a count of its own.
    #[serde(default)]
    pub others: Vec<String>,
    /// Additive words before the verb that counts a figure ("also killed
    /// 11", "11 were also killed", «قتلوا أيضا 11»): like `others`, an
    /// addition only after an earlier figure of the same metric ("killed
    /// 5 and also injured 20" is no addition).
    #[serde(default)]
    pub additives: Vec<String>,
    /// Words that make the figures after them part of a total given beside
    /// them: "including", "of whom", "this number includes", "بينهم".
    #[serde(default)]
    pub subsets: Vec<String>,
    /// Words right after a figure (or its people) that say it counts one
    /// group, a part of whatever toll the incident has: "18 members of one
    /// family", «18 من عائلة واحدة».
    #[serde(default)]
    pub one_group: Vec<String>,
    /// Words before a word of a metric that count someone besides the
    /// figures of that metric before them, which so leave someone out:
    /// "killing two people, in addition to the death of the bomber".
    #[serde(default)]
    pub besides: Vec<String>,
    /// Nouns of a running total, whose figure may stand several words after
    /// the metric word: "the total number of", "toll", "مجمل", "عدد".
    #[serde(default)]
    pub totals: Vec<String>,
    /// Words for a stretch of the event ("in the past 24 hours", "خلال
    /// الساعات الماضية"): a figure counted over it is part of the event's total.
    #[serde(default)]
    pub periods: Vec<String>,
    /// Words that open a stretch of time measured in `period_units`: "over
    /// the last" in "over the last three days", "على مدى" in "على مدى يومين".
    #[serde(default)]
    pub period_openers: Vec<String>,
    /// Units of time that close a stretch opened by `period_openers`: "days",
    /// "weeks", "أيام", "الأسابيع".
    #[serde(default)]
    pub period_units: Vec<String>,
    /// Words that open a running count from a month or a year ("since
    /// October", «منذ أكتوبر الماضي»): a figure counted over it is a total of
    /// many days, not a count of one incident.
    #[serde(default)]
    pub since_openers: Vec<String>,
    /// Words that open a sentence about another incident ("In a separate
    /// incident", «وفي حادث منفصل»): its figures are not this incident's toll.
    #[serde(default)]
    pub other_incident_openers: Vec<String>,
    /// Nouns of a side in a fight: "on the Russian side", «في الجانب
    /// الروسي», «في صفوف القوات الروسية»: the party named with one after a
    /// figure is whose people it counts.
    #[serde(default)]
    pub side_nouns: Vec<String>,
    /// Verbs that set what is told against another happening ("the attack
    /// comes a day after ...", «ويأتي الهجوم غداة ...»), with `context_links`.
    #[serde(default)]
    pub coming_verbs: Vec<String>,
    /// What links a `coming_verbs` clause to the other happening ("after",
    /// "amid", «غداة», «وسط»): figures after it count that happening.
    #[serde(default)]
    pub context_links: Vec<String>,
    /// Words glued before digits that make them a name or an ordinal, not a
    /// count: the article in "الساعات الـ24".
    #[serde(default)]
    pub ordinal_prefixes: Vec<String>,
    /// Words meaning "one of" that count one when a noun of people follows:
    /// "أحد جنودها", "إحدى النساء".
    #[serde(default)]
    pub one_of: Vec<String>,
    /// Adverbs that may stand inside a phrase without breaking it: "were
    /// reportedly killed", "have reportedly left".
    #[serde(default)]
    pub phrase_fillers: Vec<String>,
}

/// A sentence a rule must read correctly, and the claims it must and must
/// not yield. `crosscheck rules test` extracts the claims of `text` as an
/// article of its own and compares them with `claims` and `not_claims`.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableExample {
    /// The text, one sentence or a few.
    pub text: String,
    /// Its language code, e.g. `en`; a language pack must exist for it.
    pub language: String,
    /// The article's publication date, `YYYY-MM-DD`; 2023-09-20 when absent.
    #[serde(default)]
    pub published: Option<String>,
    /// The conflict or event id the article is about, as in `index.yaml`
    /// (`karabakh-2023`, `sudan`); needed for claims to get an event.
    #[serde(default)]
    pub conflict: Option<String>,
    /// Claims the text must yield. Only the fields given are compared.
    #[serde(default)]
    pub claims: Vec<SerializableExpectedClaim>,
    /// Claims the text must not yield: any claim that has every field given
    /// here is a failure.
    #[serde(default)]
    pub not_claims: Vec<SerializableExpectedClaim>,
}

/// A claim an example expects (or rules out). Every field is optional and
/// only the fields given are compared. The rule's own id is the default
/// subject: a metric's examples expect claims of that metric, a
/// proposition's of that proposition, a framing topic's of that topic.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerializableExpectedClaim {
    /// Metrics only: the metric id, when not the rule's own (`not_claims: [{metric: wounded}]`).
    #[serde(default)]
    pub metric: Option<String>,
    /// Metrics only: the figure as stated.
    #[serde(default)]
    pub value: Option<u64>,
    /// Metrics only: how the figure is qualified.
    #[serde(default)]
    pub qualifier: Option<SerializableQualifier>,
    /// Metrics only: who is counted (`civilians`); `people` counts everyone.
    #[serde(default)]
    pub population: Option<String>,
    /// Propositions only: the proposition id, with its bound slots to check
    /// them (`city_captured:shusha`), or without.
    #[serde(default)]
    pub proposition: Option<String>,
    /// Propositions only: whether the speaker asserts or denies it.
    #[serde(default)]
    pub polarity: Option<SerializablePolarity>,
    /// Framing only: the frame the wording belongs to (`aggression`).
    #[serde(default)]
    pub frame: Option<String>,
    /// The speaker: an actor id, or the speaker's words as written.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The speaker's camp id; `media` for the article's own voice.
    #[serde(default)]
    pub camp: Option<String>,
    /// The event id the claim is assigned to.
    #[serde(default)]
    pub event: Option<String>,
}

/// How a figure is qualified: "at least 200" is `at_least`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SerializableQualifier {
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    LessThan,
    Vague,
}

impl SerializableQualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            SerializableQualifier::Exact => "exact",
            SerializableQualifier::AtLeast => "at_least",
            SerializableQualifier::MoreThan => "more_than",
            SerializableQualifier::About => "about",
            SerializableQualifier::UpTo => "up_to",
            SerializableQualifier::LessThan => "less_than",
            SerializableQualifier::Vague => "vague",
        }
    }
}

/// Whether a proposition is asserted or denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SerializablePolarity {
    Asserts,
    Denies,
}

impl SerializablePolarity {
    pub fn as_str(self) -> &'static str {
        match self {
            SerializablePolarity::Asserts => "asserts",
            SerializablePolarity::Denies => "denies",
        }
    }
}
