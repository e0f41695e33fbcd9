//! A language pack: the grammar words of one language.

use crosscheck_model::Qualifier;
use crosscheck_text::{QuotationMarks, normalize_word};
use jiff::civil::Weekday;

use super::{At, Compiler, Field, is_language_code};
use crate::grammar::Grammar;
use crate::lexicon::{Position, Tag};
use crate::pack::SourcePack;
use crate::serializable::{SerializableGrammar, SerializableLanguage, SerializableSegmentation};
use crate::suggest::{suggest, with_suggestion};

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

impl Compiler<'_> {
    pub(super) fn compile_language(&mut self, pack: &SourcePack, language: &SerializableLanguage) {
        let code = language.code.as_str();
        if !is_language_code(code) {
            let message = format!("language: code: `{code}` is not a language code such as `ar` or `en`");
            self.error(pack, At::Value("language.code"), message);
            return;
        }
        self.compile_grammar(pack, code, &language.grammar);
        self.compile_segmentation(pack, code, &language.segmentation);
        {
            let lex = self.lexicon(code);
            lex.subject_first |= language.subject_first;
            if let Some(clitics) = &language.clitics {
                lex.set_clitics(&clitics.prefixes, &clitics.suffixes);
            }
            lex.place_name_endings = language
                .place_name_endings
                .iter()
                .map(|g| g.iter().map(|e| normalize_word(e)).filter(|e| !e.is_empty()).collect())
                .filter(|g: &Vec<String>| !g.is_empty())
                .collect();
        }
        self.add_word_lists(pack, code, language);
        self.compile_qualifiers(pack, code, language);
        self.compile_figure_words(pack, code, language);
        self.compile_numbers(pack, code, language);
        self.compile_dates(pack, code, language);
    }

    /// The closed word classes of `grammar`: each entry one word, folded.
    /// The grammar's word classes, folded, in the order of [`grammar_lists`];
    /// a class's empty or multi-word entries are errors, left out.
    fn fold_grammar_lists(&mut self, pack: &SourcePack, code: &str, grammar: &SerializableGrammar) -> Vec<Vec<String>> {
        let mut folded: Vec<Vec<String>> = Vec::new();
        for (field, words) in grammar_lists(grammar) {
            let mut out = Vec::new();
            for (k, word) in words.iter().enumerate() {
                let path = format!("language.grammar.{field}[{k}]");
                let fold = normalize_word(word);
                if fold.is_empty() || fold.contains(' ') {
                    let what = if fold.is_empty() { "empty word" } else { "one word only, this has several" };
                    self.error(pack, At::Value(&path), format!("language `{code}`: grammar.{field}: {what}"));
                } else {
                    out.push(fold);
                }
            }
            folded.push(out);
        }
        folded
    }

    fn compile_grammar(&mut self, pack: &SourcePack, code: &str, grammar: &SerializableGrammar) {
        let folded = self.fold_grammar_lists(pack, code, grammar);
        // Every compiled word must set its bit: a class left out of
        // `Grammar::words` would hold nothing.
        #[cfg(debug_assertions)]
        let every_word: Vec<String> = folded.iter().flatten().cloned().collect();
        let mut lists = folded.into_iter();
        let mut next = || lists.next().unwrap_or_default();
        self.lexicon(code).grammar = Grammar {
            subject_auxiliaries: next(),
            negated_auxiliaries: next(),
            conjunctions: next(),
            manner_adverbs: next(),
            addressee_verbs: next(),
            office_titles: next(),
            relative_pronouns: next(),
            free_relatives: next(),
            exceptives: next(),
            habitual_adverbs: next(),
            after_subordinators: next(),
            object_nouns: next(),
            uncounting_determiners: next(),
            partitives: next(),
            not_place_names: next(),
            compass_words: next(),
            province_nouns: next(),
            indefinite_quantifiers: next(),
            object_pointers: next(),
            adjectival_negations: next(),
            prepositions: next(),
            name_prepositions: next(),
            envoy_titles: next(),
            comment_words: next(),
            backing_words: next(),
            opposing_words: next(),
            addressee_prepositions: next(),
            locative_prepositions: next(),
            definite_articles: next(),
            indefinite_articles: next(),
            article_prefixes: next(),
            definite_prefixes: next(),
            noun_prefixes: next(),
            disjunctions: next(),
            resumptive_pronouns: next(),
            dual_endings: Vec::new(),
            adjectives_before_nouns: grammar.adjectives_before_nouns,
            bits: Default::default(),
        };
        #[cfg(debug_assertions)]
        {
            let compiled = &self.lexicon(code).grammar;
            debug_assert!(every_word.iter().all(|w| compiled.may_hold(w)), "a grammar class is missing from its words");
        }
        self.compile_dual_endings(pack, code, grammar);
    }

    /// `grammar.dual_endings`, kept as written.
    fn compile_dual_endings(&mut self, pack: &SourcePack, code: &str, grammar: &SerializableGrammar) {
        for (k, ending) in grammar.dual_endings.iter().enumerate() {
            if ending.trim().is_empty() {
                let path = format!("language.grammar.dual_endings[{k}]");
                self.error(pack, At::Value(&path), format!("language `{code}`: grammar.dual_endings: empty ending"));
            } else {
                self.lexicon(code).grammar.dual_endings.push(ending.trim().to_owned());
            }
        }
    }

    /// Abbreviations and quotation marks; a line that ends with a
    /// conjunction goes on.
    fn compile_segmentation(&mut self, pack: &SourcePack, code: &str, segmentation: &SerializableSegmentation) {
        let marks = &segmentation.quotation_marks;
        let mut lists: Vec<Vec<char>> = Vec::new();
        for (field, list) in [("open", &marks.open), ("close", &marks.close), ("straight", &marks.straight)] {
            let mut chars = Vec::new();
            for (k, mark) in list.iter().enumerate() {
                let mut it = mark.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) if !c.is_alphanumeric() && !c.is_whitespace() => chars.push(c),
                    _ => {
                        let path = format!("language.segmentation.quotation_marks.{field}[{k}]");
                        let message = format!(
                            "language `{code}`: segmentation.quotation_marks.{field}: `{mark}` is not one punctuation character"
                        );
                        self.error(pack, At::Value(&path), message);
                    }
                }
            }
            lists.push(chars);
        }
        let straight = lists.pop().unwrap_or_default();
        let close = lists.pop().unwrap_or_default();
        let open = lists.pop().unwrap_or_default();
        let mut abbreviations = Vec::new();
        for (k, word) in segmentation.abbreviations.iter().enumerate() {
            let word = word.trim().trim_end_matches('.');
            if word.is_empty() || word.contains(char::is_whitespace) {
                let path = format!("language.segmentation.abbreviations[{k}]");
                let message = format!("language `{code}`: segmentation.abbreviations: one word only, without spaces");
                self.error(pack, At::Value(&path), message);
            } else {
                abbreviations.push(word.to_lowercase());
            }
        }
        let lexicon = self.lexicon(code);
        let open_words = lexicon.grammar.conjunctions.clone();
        lexicon.set_segmentation(QuotationMarks { open, close, straight }, abbreviations, open_words);
    }

    /// The lists whose words each carry one tag.
    fn add_word_lists(&mut self, pack: &SourcePack, code: &str, language: &SerializableLanguage) {
        let label = |field: &str| format!("language `{code}`: {field}");
        let simple = tagged_lists(language).into_iter().chain(speaker_lists(language)).chain(figure_lists(language));
        for (field, words, tag) in simple {
            self.add_list(Field::value(pack, &label(field), &format!("language.{field}")), code, words, tag);
        }
        // A denial verb reports speech too.
        self.add_list(
            Field::value(pack, &label("denial_verbs"), "language.denial_verbs"),
            code,
            &language.denial_verbs,
            Tag::Reporting,
        );
        // A continuation verb reports speech too.
        self.add_list(
            Field::value(pack, &label("continuation_verbs"), "language.continuation_verbs"),
            code,
            &language.continuation_verbs,
            Tag::Reporting,
        );
    }

    /// Qualifiers ("at least") by the interval they make and where they stand.
    fn compile_qualifiers(&mut self, pack: &SourcePack, code: &str, language: &SerializableLanguage) {
        let label = |field: &str| format!("language `{code}`: {field}");
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
                self.add_list(Field::value(pack, &label("qualifiers"), &format!("{path}.{field}")), code, list, tag);
            }
        }
    }

    /// The words around figures: ranges, increments, subsets, totals.
    fn compile_figure_words(&mut self, pack: &SourcePack, code: &str, language: &SerializableLanguage) {
        let label = |field: &str| format!("language `{code}`: {field}");
        let figures = &language.figures;
        let figure_lists: [(&str, &[String], Tag); 23] = [
            ("range_openers", &figures.range_openers, Tag::RangeOpener),
            ("range_joiners", &figures.range_joiners, Tag::RangeJoiner { opened: false }),
            ("opened_range_joiners", &figures.opened_range_joiners, Tag::RangeJoiner { opened: true }),
            ("change_words", &figures.change_words, Tag::Change),
            ("number_joiners", &figures.number_joiners, Tag::NumberJoiner),
            ("increments.before", &figures.increments.before, Tag::Increment { position: Position::Before }),
            ("increments.after", &figures.increments.after, Tag::Increment { position: Position::After }),
            ("others", &figures.others, Tag::Others),
            ("additives", &figures.additives, Tag::Additive),
            ("subsets", &figures.subsets, Tag::Subset),
            ("one_group", &figures.one_group, Tag::OneGroup),
            ("besides", &figures.besides, Tag::Besides),
            ("totals", &figures.totals, Tag::Total),
            ("one_of", &figures.one_of, Tag::OneOf),
            ("periods", &figures.periods, Tag::Period),
            ("period_openers", &figures.period_openers, Tag::PeriodOpener),
            ("period_units", &figures.period_units, Tag::PeriodUnit),
            ("since_openers", &figures.since_openers, Tag::SinceOpener),
            ("other_incident_openers", &figures.other_incident_openers, Tag::OtherIncidentOpener),
            ("side_nouns", &figures.side_nouns, Tag::SideNoun),
            ("coming_verbs", &figures.coming_verbs, Tag::ComingVerb),
            ("context_links", &figures.context_links, Tag::ContextLink),
            ("ordinal_prefixes", &figures.ordinal_prefixes, Tag::OrdinalPrefix),
        ];
        for (field, words, tag) in figure_lists {
            let path = format!("language.figures.{field}");
            self.add_list(Field::value(pack, &label(&format!("figures.{field}")), &path), code, words, tag);
        }
        self.lexicon(code).add_fillers(&figures.phrase_fillers);
    }

    /// Number words, scales and vague numbers ("hundreds").
    fn compile_numbers(&mut self, pack: &SourcePack, code: &str, language: &SerializableLanguage) {
        let label = |field: &str| format!("language `{code}`: {field}");
        for (word, &value) in &language.numbers {
            let path = format!("language.numbers.{word}");
            self.add_word(Field::key(pack, &label("numbers"), &path), code, word, Tag::Number(value));
        }
        for (word, &value) in &language.scales {
            let path = format!("language.scales.{word}");
            if value < 10 {
                self.error(pack, At::Key(&path), format!("{}: `{word}` must multiply by 10 or more", label("scales")));
                continue;
            }
            self.add_word(Field::key(pack, &label("scales"), &path), code, word, Tag::Scale(value));
        }
        for (i, vague) in language.vague.iter().enumerate() {
            let path = format!("language.vague[{i}]");
            if let Some(high) = vague.high.filter(|h| *h < vague.low) {
                let message = format!("{}: high {high} is below low {}", label("vague"), vague.low);
                self.error(pack, At::Value(&format!("{path}.high")), message);
                continue;
            }
            let tag = Tag::Vague { low: vague.low, high: vague.high };
            self.add_list(Field::value(pack, &label("vague"), &format!("{path}.words")), code, &vague.words, tag);
        }
    }

    /// Days relative to publication, and weekdays.
    fn compile_dates(&mut self, pack: &SourcePack, code: &str, language: &SerializableLanguage) {
        let label = |field: &str| format!("language `{code}`: {field}");
        for (word, &days) in &language.relative_days {
            let path = format!("language.relative_days.{word}");
            self.add_word(Field::key(pack, &label("relative_days"), &path), code, word, Tag::RelativeDay(days));
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
            self.add_list(Field::value(pack, &label("weekdays"), &path), code, words, Tag::Weekday(weekday));
        }
    }
}

/// The language's lists whose words each carry one tag, with their field
/// names. (A pointer at figures is a back-reference that answers only a figure.)
fn tagged_lists(language: &SerializableLanguage) -> [(&'static str, &[String], Tag); 35] {
    [
        ("figure_references", &language.figure_references, Tag::FigureReference),
        ("figure_references", &language.figure_references, Tag::BackReference),
        ("refusal_verbs", &language.refusal_verbs, Tag::RefusalVerb),
        ("accusation_verbs", &language.accusation_verbs, Tag::AccusationVerb),
        ("perpetration_verbs", &language.perpetration_verbs, Tag::PerpetrationVerb),
        ("result_verbs", &language.result_verbs, Tag::ResultVerb),
        ("evidence_nouns", &language.evidence_nouns, Tag::EvidenceNoun),
        ("anonymity", &language.anonymity, Tag::Anonymity),
        ("loss_nouns", &language.loss_nouns, Tag::LossNoun),
        ("anyone", &language.anyone, Tag::Anyone),
        ("hedges", &language.hedges, Tag::Hedge),
        ("no_losses", &language.no_losses, Tag::NoLosses),
        ("no_event", &language.no_event, Tag::NoEvent),
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
        ("publishing_verbs", &language.publishing_verbs, Tag::Publishing),
        ("attributed_to_denier", &language.attributed_to_denier, Tag::AttributedToDenier),
        ("responsibility_nouns", &language.responsibility_nouns, Tag::Responsibility),
        ("blockers", &language.blockers, Tag::Blocker),
        ("clause_breaks", &language.clause_breaks, Tag::ClauseBreak),
        ("region_anaphora", &language.region_anaphora, Tag::RegionAnaphor),
        ("own_reference", &language.own_reference, Tag::OwnReference),
        ("incident_words", &language.incident_words, Tag::IncidentWord),
        ("event_words", &language.event_words, Tag::EventWord),
        ("anaphora", &language.anaphora, Tag::Anaphora),
        ("dual_markers", &language.dual_markers, Tag::DualMarker),
        ("future", &language.future, Tag::Future),
    ]
}

/// The language's lists that say who speaks: verbs of speech, relays,
/// speaker phrases and what stops them.
fn speaker_lists(language: &SerializableLanguage) -> [(&'static str, &[String], Tag); 26] {
    [
        ("relay_verbs", &language.relay_verbs, Tag::RelayVerb),
        ("relay_asides", &language.relay_asides, Tag::RelayAside),
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
        ("topic_markers", &language.topic_markers, Tag::TopicMarker),
        ("passive_agents", &language.passive_agents, Tag::PassiveAgent),
        ("denial_complements", &language.denial_complements, Tag::DenialComplement),
        ("possessed_denials", &language.possessed_denials, Tag::PossessedDenial),
        ("independent_nouns", &language.independent_nouns, Tag::Independent),
        ("haste_verbs", &language.haste_verbs, Tag::Haste),
        ("issuing_verbs", &language.issuing_verbs, Tag::Issuing),
        ("background_openers", &language.background_openers, Tag::Background),
    ]
}

/// The language's lists that say what a figure is: a measure, a date, when
/// it was reported, whose dead it counts, what else befell the people it
/// counts.
fn figure_lists(language: &SerializableLanguage) -> [(&'static str, &[String], Tag); 9] {
    [
        ("units", &language.units, Tag::Unit),
        ("number_labels", &language.number_labels, Tag::NumberLabel),
        ("ordinals", &language.ordinals, Tag::Ordinal),
        ("months", &language.months, Tag::Month),
        ("earlier", &language.earlier, Tag::Earlier),
        ("later", &language.later, Tag::Later),
        ("own_side", &language.own_side, Tag::OwnSide),
        ("enemy_side", &language.enemy_side, Tag::EnemySide),
        ("other_outcomes", &language.other_outcomes, Tag::OtherOutcome),
    ]
}

/// The closed word classes of `grammar`, each with its field name, in the
/// order [`Grammar`] is built from them.
fn grammar_lists(grammar: &SerializableGrammar) -> [(&'static str, &[String]); 35] {
    [
        ("subject_auxiliaries", &grammar.subject_auxiliaries),
        ("negated_auxiliaries", &grammar.negated_auxiliaries),
        ("conjunctions", &grammar.conjunctions),
        ("manner_adverbs", &grammar.manner_adverbs),
        ("addressee_verbs", &grammar.addressee_verbs),
        ("office_titles", &grammar.office_titles),
        ("relative_pronouns", &grammar.relative_pronouns),
        ("free_relatives", &grammar.free_relatives),
        ("exceptives", &grammar.exceptives),
        ("habitual_adverbs", &grammar.habitual_adverbs),
        ("after_subordinators", &grammar.after_subordinators),
        ("object_nouns", &grammar.object_nouns),
        ("uncounting_determiners", &grammar.uncounting_determiners),
        ("partitives", &grammar.partitives),
        ("not_place_names", &grammar.not_place_names),
        ("compass_words", &grammar.compass_words),
        ("province_nouns", &grammar.province_nouns),
        ("indefinite_quantifiers", &grammar.indefinite_quantifiers),
        ("object_pointers", &grammar.object_pointers),
        ("adjectival_negations", &grammar.adjectival_negations),
        ("prepositions", &grammar.prepositions),
        ("name_prepositions", &grammar.name_prepositions),
        ("envoy_titles", &grammar.envoy_titles),
        ("comment_words", &grammar.comment_words),
        ("backing_words", &grammar.backing_words),
        ("opposing_words", &grammar.opposing_words),
        ("addressee_prepositions", &grammar.addressee_prepositions),
        ("locative_prepositions", &grammar.locative_prepositions),
        ("definite_articles", &grammar.definite_articles),
        ("indefinite_articles", &grammar.indefinite_articles),
        ("article_prefixes", &grammar.article_prefixes),
        ("definite_prefixes", &grammar.definite_prefixes),
        ("noun_prefixes", &grammar.noun_prefixes),
        ("disjunctions", &grammar.disjunctions),
        ("resumptive_pronouns", &grammar.resumptive_pronouns),
    ]
}
