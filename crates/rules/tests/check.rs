//! Data-driven tests of `rules check`: every error and lint, with its exact
//! message. Each case is one pack file (`test.yaml`) and the headlines
//! (`path:line:column: message`) it must yield, errors and warnings in file
//! order; one test checks a whole rendering with its snippet.

use crosscheck_rules::{check, parse_pack};

/// The diagnostics of `yaml` as one pack: `error: ...` and `warning: ...`
/// headlines, in file order.
fn diagnostics(yaml: &str) -> Vec<String> {
    let pack = match parse_pack("test.yaml", yaml) {
        Ok(pack) => pack,
        Err(e) => return vec![format!("error: {}", e.headline())],
    };
    let checked = check(std::slice::from_ref(&pack));
    checked.diagnostics().into_iter().map(|(severity, e)| format!("{severity}: {}", e.headline())).collect()
}

#[track_caller]
fn check_yaml(yaml: &str, expected: &[&str]) {
    let got = diagnostics(yaml);
    assert_eq!(got, expected, "\n--- pack:\n{yaml}\n--- got:\n{}\n", got.join("\n"));
}

/// Two camps and an actor, to refer to.
const CAMPS: &str = "
camps:
  - id: yerevan
    name: Armenia
    cues: {en: [armenian]}
  - id: baku
    name: Azerbaijan
    cues: {en: [azerbaijani]}
";

/// A minimal English language pack, so examples have a language.
const EN: &str = "
language:
  code: en
  reporting_verbs: [said]
";

fn with(parts: &[&str]) -> String {
    parts.concat()
}

mod shape {
    use super::*;

    #[test]
    fn an_unknown_key_is_an_error_with_the_closest_field_suggested() {
        check_yaml(
            "camps:\n  - id: baku\n    name: Baku\n    sied: azerbaijani\n",
            &["error: test.yaml:4:5: unknown field `sied`, did you mean `side`? \
               (expected one of id, name, overrides, fallback, relays, overrides_states, side, enemy, cues, conflict_cues, conflicts, states, examples)"],
        );
    }

    #[test]
    fn an_unknown_key_far_from_every_field_lists_them() {
        check_yaml(
            "events:\n  - id: e\n    conflict: c\n    start: 2020-01-01\n    end: 2020-01-02\n    colour: red\n",
            &["error: test.yaml:6:5: unknown field `colour`, expected one of id, conflict, start, end, cues"],
        );
    }

    #[test]
    fn an_unknown_top_level_section_is_an_error() {
        check_yaml(
            "actor:\n  - id: a\n",
            &["error: test.yaml:1:1: unknown field `actor`, did you mean `actors`? \
               (expected one of camps, actors, states, places, events, metrics, populations, language, propositions, framing)"],
        );
    }

    #[test]
    fn an_unknown_kind_suggests_the_closest() {
        check_yaml(
            "places:\n  - id: shusha\n    kind: cty\n    names: {en: [Shusha]}\n",
            &["error: test.yaml:3:11: unknown variant `cty`, did you mean `city`? \
               (expected one of city, town, village, site, region, country)"],
        );
    }

    #[test]
    fn a_missing_field_is_named() {
        check_yaml(
            "events:\n  - id: e\n    conflict: c\n    start: 2020-01-01\n",
            &["error: test.yaml:4:5: missing field `end`"],
        );
    }

    #[test]
    fn broken_yaml_is_an_error_with_its_place() {
        check_yaml("camps: [\n", &["error: test.yaml:1:8: unclosed bracket '['"]);
    }

    #[test]
    fn a_key_given_twice_is_an_error() {
        check_yaml(
            "camps:\n  - id: baku\n    id: yerevan\n    name: Baku\n",
            &["error: test.yaml:3:5: duplicate mapping key `id` is not allowed here"],
        );
    }

    #[test]
    fn errors_render_with_a_snippet_and_a_caret_under_the_word() {
        let e = parse_pack("test.yaml", "camps:\n  - id: baku\n    name: Baku\n    sied: azerbaijani\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "test.yaml:4:5: unknown field `sied`, did you mean `side`? \
             (expected one of id, name, overrides, fallback, relays, overrides_states, side, enemy, cues, conflict_cues, conflicts, states, examples)\n  |\n4 |     sied: azerbaijani\n  |     ^^^^"
        );
        let pack = parse_pack(
            "test.yaml",
            &with(&[CAMPS, "actors:\n  - {id: a, camp: yerevn, kind: state, names: {en: [A]}}\n"]),
        )
        .expect("parses");
        let checked = check(std::slice::from_ref(&pack));
        assert_eq!(
            checked.errors[0].to_string(),
            "test.yaml:10:19: actor `a`: unknown camp `yerevn`, did you mean `yerevan`?\n   |\n10 |   \
             - {id: a, camp: yerevn, kind: state, names: {en: [A]}}\n   |                   ^^^^^^"
        );
    }
}

mod references {
    use super::*;

    #[test]
    fn an_actor_whose_camp_is_not_defined_is_an_error() {
        check_yaml(
            &with(&[
                CAMPS,
                "actors:\n  - id: armenia\n    camp: yerevn\n    kind: state\n    names: {en: [Armenia]}\n",
            ]),
            &["error: test.yaml:11:11: actor `armenia`: unknown camp `yerevn`, did you mean `yerevan`?"],
        );
        check_yaml(
            &with(&[
                CAMPS,
                "actors:\n  - id: un\n    camp: united-nations\n    kind: organization\n    names: {en: [UN]}\n",
            ]),
            &["error: test.yaml:11:11: actor `un`: unknown camp `united-nations`"],
        );
    }

    const STATES: &str = "
states:
  - id: armenia
    name: Armenia
    names: {en: [Armenia]}
  - id: georgia
    name: Georgia
    demonyms: {en: [Georgian]}
";

    #[test]
    fn a_camp_that_maps_an_unknown_state_is_an_error() {
        check_yaml(
            &with(&[STATES, "camps:\n  - id: yerevan\n    name: Armenia\n    states: [armenya]\n"]),
            &["error: test.yaml:12:14: camp `yerevan`: states: unknown state `armenya`, did you mean `armenia`?"],
        );
    }

    #[test]
    fn a_state_mapped_by_two_camps_is_an_error() {
        check_yaml(
            &with(&[
                STATES,
                "camps:\n  - id: yerevan\n    name: A\n    states: [armenia]\n",
                "  - id: erevan\n    name: B\n    states: [armenia]\n",
            ]),
            &["error: test.yaml:15:14: camp `erevan`: state `armenia` is already mapped to camp `yerevan` \
               (at test.yaml:12:14)"],
        );
    }

    #[test]
    fn a_state_with_the_id_of_a_camp_that_does_not_map_it_is_an_error() {
        check_yaml(
            &with(&[STATES, "camps:\n  - id: georgia\n    name: G\n    cues: {en: [tbilisi]}\n"]),
            &["error: test.yaml:6:9: state `georgia` has the id of camp `georgia`, which does not list it in `states`"],
        );
    }

    #[test]
    fn a_state_no_camp_maps_is_a_camp_of_its_own() {
        let pack =
            parse_pack("test.yaml", &with(&[STATES, "camps:\n  - id: yerevan\n    name: A\n    states: [armenia]\n"]))
                .unwrap();
        let checked = check(std::slice::from_ref(&pack));
        assert!(checked.diagnostics().is_empty());
        let ids: Vec<&str> = checked.rules.camps.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["yerevan", "georgia"]);
        assert!(checked.rules.camps[1].state && !checked.rules.camps[0].state);
    }

    #[test]
    fn a_camp_that_overrides_an_unknown_camp_is_an_error() {
        check_yaml(
            &with(&[
                CAMPS,
                "  - id: separatists\n    name: S\n    overrides: [yerevn]\n    cues: {en: [separatist]}\n",
            ]),
            &["error: test.yaml:11:17: camp `separatists`: overrides: unknown camp `yerevn`, did you mean `yerevan`?"],
        );
    }

    #[test]
    fn duplicate_ids_are_errors_that_point_at_the_first() {
        check_yaml(
            &with(&[CAMPS, "  - id: baku\n    name: Again\n"]),
            &["error: test.yaml:9:9: duplicate camp id `baku` (first defined at test.yaml:6:9)"],
        );
        check_yaml(
            "metrics:\n  - {id: killed, triggers: {en: {after: [dead]}}}\n  - {id: killed, triggers: {en: {after: [killed]}}}\n",
            &["error: test.yaml:3:10: duplicate metric id `killed` (first defined at test.yaml:2:10)"],
        );
        check_yaml(
            "propositions:\n  - {id: p, asserts: {en: [a b]}}\n  - {id: p, asserts: {en: [c d]}}\n",
            &["error: test.yaml:3:10: duplicate proposition id `p` (first defined at test.yaml:2:10)"],
        );
        check_yaml(
            "framing:\n  - {topic: t, frames: {a: {en: [x]}}}\n  - {topic: t, frames: {b: {en: [y]}}}\n",
            &["error: test.yaml:3:13: duplicate framing topic id `t` (first defined at test.yaml:2:13)"],
        );
    }

    #[test]
    fn the_same_alias_under_two_actors_is_an_error() {
        check_yaml(
            &with(&[
                CAMPS,
                "actors:\n  - {id: armenia, camp: yerevan, kind: state, names: {en: [Armenia, Yerevan]}}\n",
                "  - {id: armenia-mod, camp: yerevan, kind: organization, names: {en: [Defence ministry, yerevan]}}\n",
            ]),
            &["error: test.yaml:11:89: alias `yerevan` of actor `armenia-mod` is already an alias of actor `armenia` \
               (at test.yaml:10:69)"],
        );
    }

    #[test]
    fn an_unknown_slot_is_an_error() {
        check_yaml(
            "propositions:\n  - id: p\n    slots: [cty]\n    asserts: {en: [fall of]}\n",
            &["error: test.yaml:3:13: proposition `p`: unknown slot `cty`, did you mean `city`?"],
        );
        check_yaml(
            "propositions:\n  - id: p\n    asserts: {en: [\"fall of {city}\"]}\n",
            &[
                "error: test.yaml:3:20: proposition `p`: wording `fall of {city}` binds `{city}`, which is not in `slots`",
            ],
        );
        check_yaml(
            "propositions:\n  - id: p\n    slots: [city]\n    asserts: {en: [\"fall of {town}\"]}\n",
            &[
                "error: test.yaml:4:20: proposition `p`: unknown slot `{town}`; slots are {city}, {region}, {place}, {side}",
            ],
        );
    }
}

mod values {
    use super::*;

    #[test]
    fn bad_event_dates_are_errors() {
        check_yaml(
            "events:\n  - {id: e, conflict: c, start: 2023-13-01, end: 2023-09-20}\n",
            &["error: test.yaml:2:33: event `e`: start: `2023-13-01` is not a date written YYYY-MM-DD"],
        );
        check_yaml(
            "events:\n  - {id: e, conflict: c, start: 2023-10-01, end: 2023-09-20}\n",
            &["error: test.yaml:2:33: event `e`: start 2023-10-01 is after end 2023-09-20"],
        );
    }

    #[test]
    fn a_language_code_must_look_like_one() {
        check_yaml(
            "places:\n  - {id: p, kind: city, names: {English: [P]}}\n",
            &["error: test.yaml:2:33: place `p`: names: `English` is not a language code such as `ar` or `en`"],
        );
    }

    #[test]
    fn grammar_words_are_checked() {
        check_yaml(
            "language:\n  code: en\n  qualifiers:\n    at_lest: {before: [at least]}\n",
            &["error: test.yaml:4:5: language `en`: qualifiers: unknown qualifier `at_lest`, did you mean `at_least`?"],
        );
        check_yaml(
            "language:\n  code: en\n  scales: {dozen: 1}\n",
            &["error: test.yaml:3:12: language `en`: scales: `dozen` must multiply by 10 or more"],
        );
        check_yaml(
            "language:\n  code: en\n  vague:\n    - {words: [dozens], low: 24, high: 12}\n",
            &["error: test.yaml:4:40: language `en`: vague: high 12 is below low 24"],
        );
        check_yaml(
            "language:\n  code: en\n  weekdays: {mondy: [monday]}\n",
            &["error: test.yaml:3:14: language `en`: weekdays: unknown day `mondy`, did you mean `monday`?"],
        );
        check_yaml(
            "language:\n  code: en\n  reporting_verbs: [said, \" \"]\n",
            &["error: test.yaml:3:27: language `en`: reporting_verbs: empty word"],
        );
    }

    #[test]
    fn quotation_marks_are_single_punctuation_characters_and_abbreviations_single_words() {
        check_yaml(
            "language:\n  code: fr\n  segmentation:\n    quotation_marks:\n      open: [«, \"<<\"]\n",
            &["error: test.yaml:5:17: language `fr`: segmentation.quotation_marks.open: `<<` is not one punctuation \
               character"],
        );
        check_yaml(
            "language:\n  code: en\n  segmentation:\n    quotation_marks:\n      close: [x]\n",
            &["error: test.yaml:5:15: language `en`: segmentation.quotation_marks.close: `x` is not one punctuation \
               character"],
        );
        check_yaml(
            "language:\n  code: en\n  segmentation:\n    abbreviations: [mr, u s]\n",
            &["error: test.yaml:4:25: language `en`: segmentation.abbreviations: one word only, without spaces"],
        );
    }

    #[test]
    fn closed_word_classes_hold_single_words() {
        check_yaml(
            "language:\n  code: en\n  grammar:\n    conjunctions: [and, as well as]\n",
            &["error: test.yaml:4:25: language `en`: grammar.conjunctions: one word only, this has several"],
        );
        check_yaml(
            "language:\n  code: en\n  grammar:\n    indefinite_articles: [a, \"\"]\n",
            &["error: test.yaml:4:30: language `en`: grammar.indefinite_articles: empty word"],
        );
        check_yaml(
            "language:\n  code: en\n  grammar:\n    conjuctions: [and]\n",
            &["error: test.yaml:4:5: unknown field `conjuctions`, did you mean `conjunctions`? (expected one of \
               subject_auxiliaries, negated_auxiliaries, conjunctions, manner_adverbs, addressee_verbs, office_titles, object_nouns, prepositions, name_prepositions, envoy_titles, comment_words, backing_words, opposing_words, addressee_prepositions, locative_prepositions, not_place_names, compass_words, province_nouns, indefinite_quantifiers, object_pointers, adjectival_negations, uncounting_determiners, partitives, relative_pronouns, free_relatives, exceptives, habitual_adverbs, after_subordinators, definite_articles, \
               indefinite_articles, article_prefixes, resumptive_pronouns, disjunctions, noun_prefixes, definite_prefixes, dual_endings, adjectives_before_nouns)"],
        );
    }
}

mod regexes {
    use super::*;

    fn metric(regex: &str) -> String {
        format!("metrics:\n  - id: killed\n    triggers:\n      en:\n        regex: ['{regex}']\n")
    }

    #[test]
    fn an_invalid_regex_is_an_error_naming_the_field() {
        check_yaml(
            &metric("kill(ed"),
            &["error: test.yaml:5:17: metric `killed`: regex: invalid regex `kill(ed`: unclosed group"],
        );
        check_yaml(
            &metric(r"kill\p{Klingon}"),
            &[
                r"error: test.yaml:5:17: metric `killed`: regex: invalid regex `kill\p{Klingon}`: Unicode property not found",
            ],
        );
    }

    #[test]
    fn an_oversized_regex_is_an_error_with_the_size_limit() {
        check_yaml(
            &metric(r"kill\w{500}"),
            &[
                r"error: test.yaml:5:17: metric `killed`: regex: regex `kill\w{500}` is too big: compiled, it exceeds the size limit of 1048576 bytes",
            ],
        );
    }

    #[test]
    fn a_regex_must_start_with_a_literal_for_the_sentence_gate() {
        check_yaml(
            &metric(r"\w+ed"),
            &[
                r"error: test.yaml:5:17: metric `killed`: regex: regex `\w+ed` must start with a literal (as `massacre[sd]?` does), which the sentence gate looks for",
            ],
        );
    }

    #[test]
    fn a_good_regex_is_accepted() {
        check_yaml(&metric("kill(ed|s)?|slain"), &[]);
    }
}

mod lints {
    use super::*;

    #[test]
    fn a_camp_no_actor_uses_and_with_no_cues_is_unused() {
        check_yaml(
            &with(&[CAMPS, "  - id: paris\n    name: France\n"]),
            &["warning: test.yaml:9:9: camp `paris` is never used: no actor belongs to it and it has no cues"],
        );
        // `media` is the article's own voice: it needs neither.
        check_yaml(&with(&[CAMPS, "  - id: media\n    name: The outlet\n"]), &[]);
    }

    #[test]
    fn a_trigger_under_two_metrics_is_a_warning() {
        check_yaml(
            "metrics:\n  - {id: killed, triggers: {en: {after: [dead, casualties]}}}\n  \
             - {id: wounded, triggers: {en: {after: [Casualties]}}}\n",
            &["warning: test.yaml:3:43: metric `wounded`: trigger `Casualties` is also a trigger of metric `killed` \
               (at test.yaml:2:48): a figure beside it may be counted as either"],
        );
        // One metric may list a word in two positions.
        check_yaml("metrics:\n  - {id: killed, triggers: {en: {after: [killed], either: [killed]}}}\n", &[]);
    }

    #[test]
    fn a_wording_listed_twice_in_one_proposition_is_unreachable() {
        check_yaml(
            "propositions:\n  - id: p\n    asserts: {en: [shot down]}\n    denies: {en: [Shot  down]}\n",
            &[
                "warning: test.yaml:4:19: proposition `p`: wording `Shot  down` is listed twice (first at test.yaml:3:20): \
               this one is unreachable",
            ],
        );
    }

    #[test]
    fn a_wording_identical_to_another_propositions_is_a_warning() {
        check_yaml(
            "propositions:\n  - {id: p, asserts: {en: [shot down]}}\n  - {id: q, asserts: {en: [shot down]}}\n",
            &["warning: test.yaml:3:28: proposition `q`: wording `shot down` is also a wording of proposition `p` \
               (at test.yaml:2:28): both match the same words"],
        );
    }

    #[test]
    fn rules_that_can_never_match_are_unused() {
        check_yaml(
            "metrics:\n  - {id: killed, triggers: {}}\n",
            &["warning: test.yaml:2:10: metric `killed` has no triggers: it can never match"],
        );
        check_yaml(
            "propositions:\n  - {id: p, asserts: {en: []}}\n",
            &[
                "warning: test.yaml:2:10: proposition `p` has no wordings under `asserts` or `denies`: it can never match",
            ],
        );
        check_yaml(
            "framing:\n  - {topic: t, frames: {a: {en: [x]}, b: {}}}\n",
            &["warning: test.yaml:2:39: framing `t`: frame `b` has no words: it can never match"],
        );
    }
}

mod examples {
    use super::*;

    fn metric_example(example: &str) -> String {
        with(&[CAMPS, EN, "metrics:\n  - id: killed\n    triggers: {en: {after: [dead]}}\n    examples:\n", example])
    }

    #[test]
    fn a_valid_example_passes_the_check() {
        check_yaml(
            &metric_example(
                "      - text: Armenia said 3 people were dead.\n        language: en\n        \
                 claims: [{value: 3, qualifier: exact, camp: yerevan}]\n        not_claims: [{metric: killed, value: 4}]\n",
            ),
            &[],
        );
    }

    #[test]
    fn an_example_needs_a_known_language_and_date() {
        check_yaml(
            &metric_example(
                "      - text: x\n        language: fr\n        published: 2023-9-1\n        conflict: karabakh\n        claims: [{}]\n",
            ),
            &[
                "error: test.yaml:18:19: metric `killed`: examples[0].language: no language pack has code `fr`",
                "error: test.yaml:19:20: metric `killed`: examples[0].published: `2023-9-1` is not a date written YYYY-MM-DD",
                "error: test.yaml:20:19: metric `killed`: examples[0].conflict: unknown conflict or event `karabakh`",
            ],
        );
    }

    #[test]
    fn an_example_names_known_metrics_camps_and_events() {
        check_yaml(
            &metric_example(
                "      - text: x\n        language: en\n        \
                 claims: [{metric: kiled, camp: yerevn, population: civilians, event: war}]\n",
            ),
            &[
                "error: test.yaml:19:27: metric `killed`: examples[0].claims[0].metric: unknown metric `kiled`, did you mean `killed`?",
                "error: test.yaml:19:40: metric `killed`: examples[0].claims[0].camp: unknown camp `yerevn`, did you mean `yerevan`?",
                "error: test.yaml:19:60: metric `killed`: examples[0].claims[0].population: unknown population `civilians`",
                "error: test.yaml:19:78: metric `killed`: examples[0].claims[0].event: unknown event `war`",
            ],
        );
    }

    #[test]
    fn an_example_claim_uses_only_its_rules_fields() {
        check_yaml(
            &metric_example(
                "      - text: x\n        language: en\n        not_claims: [{polarity: asserts, frame: a}]\n",
            ),
            &[
                "error: test.yaml:19:23: metric `killed`: examples[0].not_claims[0].polarity: \
                 `polarity` is a field of proposition claims, not of metric claims",
                "error: test.yaml:19:42: metric `killed`: examples[0].not_claims[0].frame: \
                 `frame` is a field of framing claims, not of metric claims",
            ],
        );
    }

    #[test]
    fn an_example_names_known_propositions_and_frames() {
        check_yaml(
            &with(&[
                EN,
                "propositions:\n  - id: city_captured\n    asserts: {en: [captured]}\n    examples:\n",
                "      - {text: x, language: en, claims: [{proposition: city_capture}]}\n",
                "framing:\n  - topic: offensive\n    frames: {aggression: {en: [aggression]}}\n    examples:\n",
                "      - {text: x, language: en, claims: [{frame: agression}]}\n",
            ]),
            &[
                "error: test.yaml:9:56: proposition `city_captured`: examples[0].claims[0].proposition: \
                 unknown proposition `city_capture`, did you mean `city_captured`?",
                "error: test.yaml:14:50: framing `offensive`: examples[0].claims[0].frame: \
                 unknown frame of `offensive` `agression`, did you mean `aggression`?",
            ],
        );
    }

    #[test]
    fn an_example_that_checks_nothing_is_a_warning() {
        check_yaml(
            &metric_example("      - text: Three dead.\n        language: en\n"),
            &[
                "warning: test.yaml:17:9: metric `killed`: examples[0] has no `claims` or `not_claims`: it checks nothing",
            ],
        );
    }

    #[test]
    fn an_unknown_qualifier_in_an_example_is_an_error() {
        check_yaml(
            &metric_example("      - {text: x, language: en, claims: [{qualifier: atleast}]}\n"),
            &["error: test.yaml:17:54: unknown variant `atleast`, did you mean `at_least`? \
               (expected one of exact, at_least, more_than, about, up_to, less_than, vague)"],
        );
    }
}

/// `extends: true`: a metric entry that adds words to a metric defined elsewhere.
mod extending_a_metric {
    use super::*;

    const KILLED: &str = "
metrics:
  - id: killed
    triggers: {en: {after: [dead]}}
";

    #[test]
    fn an_extension_adds_words_without_a_duplicate() {
        let yaml = with(&[KILLED, "  - id: killed\n    extends: true\n    triggers: {en: {after: [slain]}}\n"]);
        check_yaml(&yaml, &[]);
    }

    #[test]
    fn an_extension_of_a_metric_no_pack_defines_is_an_error() {
        let yaml = with(&[KILLED, "  - id: kiled\n    extends: true\n    triggers: {en: {after: [slain]}}\n"]);
        check_yaml(
            &yaml,
            &["error: test.yaml:5:9: metric `kiled` extends a metric no pack defines, did you mean `killed`?"],
        );
    }

    #[test]
    fn an_extension_that_changes_secondary_is_an_error() {
        let yaml = with(&[
            KILLED,
            "  - id: killed\n    extends: true\n    secondary: true\n    triggers: {en: {after: [slain]}}\n",
        ]);
        check_yaml(
            &yaml,
            &[
                "error: test.yaml:7:16: metric `killed` extends the metric of that id but says `secondary: true` where it says `false`",
            ],
        );
    }

    #[test]
    fn the_same_id_without_extends_is_still_a_duplicate() {
        let yaml = with(&[KILLED, "  - id: killed\n    triggers: {en: {after: [slain]}}\n"]);
        check_yaml(&yaml, &["error: test.yaml:5:9: duplicate metric id `killed` (first defined at test.yaml:3:9)"]);
    }
}
