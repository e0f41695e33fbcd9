//! End-to-end tests for findings across articles: each case is two or three
//! short articles, written for these tests, run through the extractor with
//! the shipped rules, linked in the claim graph and compared.
//!
//! A finding renders as `<kind> <subject> <pairs>`, one a line, where each
//! pair is `<claim>><claim>` and a claim is `d<article>:<camp>`, followed by
//! `:<asserts|denies>` for a proposition. An empty string means no finding.
//!
//! Expectations say what a careful reader of the articles would conclude;
//! cases where the tool disagrees are kept and marked
//! `#[ignore = "known gap: ..."]`.

#[path = "../../extractor/tests/shipped/mod.rs"]
mod shipped;

use crosscheck_compare::{CompareOptions, compare_with};
use crosscheck_graph::ClaimGraph;
use crosscheck_model::{Claim, ClaimId, DocumentMeta, Finding, Language};
use jiff::civil::{Date, date};

use shipped::{extractor, language_of};

/// One article: its text, publication day and conflict.
struct Article {
    text: &'static str,
    published: Option<Date>,
    conflict: &'static str,
}

/// An article of the 2023 offensive published on 20 September 2023.
fn article(text: &'static str) -> Article {
    on(date(2023, 9, 20), text)
}

/// An article of the 2023 offensive published on `published`.
fn on(published: Date, text: &'static str) -> Article {
    Article { text, published: Some(published), conflict: "karabakh-2023" }
}

/// An article of the 2023 offensive with no publication date.
fn undated(text: &'static str) -> Article {
    Article { text, published: None, conflict: "karabakh-2023" }
}

/// An article of the 2020 war published on 5 November 2020.
fn of_2020(text: &'static str) -> Article {
    Article { text, published: Some(date(2020, 11, 5)), conflict: "karabakh-2020" }
}

/// Extracts every article, numbering the claims' documents in order.
fn corpus(articles: &[Article]) -> (Vec<DocumentMeta>, Vec<Claim>) {
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let meta = DocumentMeta {
            path: format!("a{i}.txt"),
            language: Some(Language::new(language_of(a.text))),
            published: a.published,
            conflict: Some(a.conflict.into()),
            ..Default::default()
        };
        let extraction = extractor().extract(0, &meta, a.text);
        claims.extend(extraction.claims.into_iter().map(|mut c| {
            c.doc = i as u32;
            c
        }));
        docs.push(meta);
    }
    (docs, claims)
}

fn findings(articles: &[Article]) -> (Vec<Claim>, Vec<Finding>) {
    let (docs, claims) = corpus(articles);
    let graph = ClaimGraph::build(&crosscheck_model::DocumentList::of(&docs), &crosscheck_model::Records::of(&claims));
    // As the command line runs it: the shipped packs' catch-all camp.
    let options = CompareOptions {
        catch_all_camps: vec!["other".into()],
        relay_camps: vec!["media".into()],
        exclusive_propositions: Vec::new(),
        recurring_propositions: vec!["aircraft_downed".into()],
    };
    let findings = compare_with(&claims, &graph, &options);
    (claims, findings)
}

fn who(claims: &[Claim], id: ClaimId) -> String {
    let c = &claims[id.index()];
    let camp = c.camp.as_deref().unwrap_or("-");
    match c.proposition() {
        Some(p) => format!("d{}:{camp}:{}", c.doc, p.polarity.as_str()),
        None => format!("d{}:{camp}", c.doc),
    }
}

fn render(claims: &[Claim], findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            let pairs: Vec<String> =
                f.pairs.iter().map(|&(a, b)| format!("{}>{}", who(claims, a), who(claims, b))).collect();
            format!("{} {} {}", f.kind.as_str(), f.subject, pairs.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// All claims of the articles, for failure messages.
fn listing(claims: &[Claim]) -> String {
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let what = match (c.proposition(), c.term(), c.quantity()) {
                (Some(p), _, _) => format!("{} {}", p.id, p.polarity.as_str()),
                (_, Some(t), _) => format!("{}/{}", t.topic, t.frame),
                (_, _, Some(q)) => {
                    format!("{} {:?} {:?} {:?} {:?}", q.metric, q.qualifier, q.value, q.population, q.side)
                }
                _ => String::new(),
            };
            format!("  c{} d{} camp={:?} event={:?}: {what}", i + 1, c.doc, c.camp, c.event)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[track_caller]
fn check(articles: &[Article], expected: &str) {
    let (claims, findings) = findings(articles);
    let actual = render(&claims, &findings);
    assert_eq!(
        actual,
        expected.trim(),
        "\nclaims:\n{}\nactual:\n{actual}\nexpected:\n{}\n",
        listing(&claims),
        expected.trim()
    );
}

/// Each proposition and framing term, as `d<article>:<camp>:<polarity> <id>`
/// or `d<article>:<camp> <topic>/<frame>`, joined by "; ".
fn statements(claims: &[Claim]) -> String {
    claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let id = ClaimId(i as u32);
            match (c.proposition(), c.term()) {
                (Some(p), _) => Some(format!("{} {}", who(claims, id), p.id)),
                (_, Some(t)) => Some(format!("{} {}/{}", who(claims, id), t.topic, t.frame)),
                _ => None,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// No finding at all, though the articles do make `expected_statements`:
/// the case is not vacuous.
#[track_caller]
fn check_none(articles: &[Article], expected_statements: &str) {
    let (claims, findings) = findings(articles);
    assert_eq!(statements(&claims), expected_statements, "\nclaims:\n{}", listing(&claims));
    let actual = render(&claims, &findings);
    assert_eq!(actual, "", "\nclaims:\n{}\nactual:\n{actual}\nexpected no finding\n", listing(&claims));
}

/// At least one finding of kind `kind`, whatever its pairs.
#[track_caller]
fn check_has(articles: &[Article], kind: &str) {
    let (claims, findings) = findings(articles);
    assert!(
        findings.iter().any(|f| f.kind.as_str() == kind),
        "\nclaims:\n{}\nno {kind} in {findings:?}",
        listing(&claims)
    );
}

/// The figures disagree, but as a discrepancy: no numeric conflict.
#[track_caller]
fn check_discrepancy_only(articles: &[Article]) {
    check_kind(articles, "numeric_conflict", "");
    check_has(articles, "discrepancy");
}

/// Like [`check`], keeping only findings of kind `kind`.
#[track_caller]
fn check_kind(articles: &[Article], kind: &str, expected: &str) {
    let (claims, findings) = findings(articles);
    let kept: Vec<Finding> = findings.into_iter().filter(|f| f.kind.as_str() == kind).collect();
    let actual = render(&claims, &kept);
    assert_eq!(
        actual,
        expected.trim(),
        "\nclaims:\n{}\nactual:\n{actual}\nexpected:\n{}\n",
        listing(&claims),
        expected.trim()
    );
}

// --- Assertion vs denial -------------------------------------------------------

mod assertion_denial {
    use super::*;

    #[test]
    fn asserted_in_one_article_denied_in_another() {
        check(
            &[
                article("قال حاجييف إن الجيش الأذربيجاني حرر قرية تاليش."),
                article("The separatist authorities said fighting for Talish continues."),
            ],
            "assertion_denial city_captured:talish d0:baku:asserts>d1:separatists:denies",
        );
    }

    #[test]
    fn the_pair_joins_the_two_claims_and_the_sides_hold_them() {
        let (claims, findings) = findings(&[
            article("Aliyev said his army had liberated the city of Shusha."),
            article("قالت وزارة الدفاع الأرمينية إن المعارك في مدينة شوشا لا تزال مستمرة."),
        ]);
        let denial: Vec<&Finding> = findings.iter().filter(|f| f.kind.as_str() == "assertion_denial").collect();
        assert_eq!(denial.len(), 1, "\nclaims:\n{}\nfindings: {findings:?}", listing(&claims));
        let f = denial[0];
        assert_eq!(f.subject, "city_captured:shusha");
        assert_eq!(f.event.as_deref(), Some("karabakh-2023"));
        assert_eq!(f.pairs.len(), 1);
        let (a, d) = f.pairs[0];
        assert_eq!((claims[a.index()].doc, claims[d.index()].doc), (0, 1));
        assert_eq!(claims[a.index()].quote, "liberated the city of Shusha");
        assert_eq!(claims[d.index()].quote, "المعارك في مدينة شوشا لا تزال مستمرة");
        assert_eq!(f.sides, [vec![a], vec![d]]);
    }

    #[test]
    fn one_finding_with_a_pair_per_denying_source() {
        check(
            &[
                article("Aliyev announced the capture of Shusha in a televised address."),
                article("قال هوفهانيسيان إن معركة شوشا متواصلة."),
                article("The separatist authorities said fighting for Shusha continues."),
            ],
            "assertion_denial city_captured:shusha d0:baku:asserts>d1:yerevan:denies d0:baku:asserts>d2:separatists:denies",
        );
    }

    #[test]
    fn a_refutation_denies_across_articles_too() {
        check(
            &[
                article("قال حاجييف إن وجود قوات أرمينية في قره باغ يهدد السلام."),
                article(
                    "Hajiyev said Armenian units inside Nagorno-Karabakh had been reinforced. Pashinyan said that is not true.",
                ),
            ],
            "assertion_denial forces_present:armenian:nagorno-karabakh d0:baku:asserts>d1:yerevan:denies",
        );
    }

    #[test]
    #[ignore = "known gap: after an Arabic verb-first denial verb with no complementizer the speaker phrase runs over the object, so the denying side is the article's voice (media), not Armenia's ministry"]
    fn a_verb_first_arabic_denial_is_the_ministrys() {
        check(
            &[
                article("Aliyev said his army had liberated the city of Shusha."),
                article("نفت وزارة الدفاع الأرمينية سقوط مدينة شوشا."),
            ],
            "assertion_denial city_captured:shusha d0:baku:asserts>d1:yerevan:denies",
        );
    }

    #[test]
    fn the_same_source_asserting_and_denying_is_no_finding() {
        check_none(
            &[article("Pashinyan said Shusha has fallen."), article("قال باشينيان إن معركة شوشا متواصلة.")],
            "d0:yerevan:asserts city_captured:shusha; d1:yerevan:denies city_captured:shusha",
        );
    }

    #[test]
    fn different_propositions_are_no_finding() {
        check_none(
            &[
                article("Aliyev said his army had liberated the city of Shusha."),
                article("The separatist authorities said fighting for Talish continues."),
            ],
            "d0:baku:asserts city_captured:shusha; d1:separatists:denies city_captured:talish",
        );
    }

    #[test]
    fn different_slots_of_one_template_are_no_finding() {
        check_none(
            &[
                article("قال حاجييف إن وجود قوات أرمينية في قره باغ يهدد السلام."),
                article("Peskov said Russia has no troops in Nagorno-Karabakh."),
            ],
            "d0:baku:asserts forces_present:armenian:nagorno-karabakh; d1:moscow:denies forces_present:russian:nagorno-karabakh",
        );
    }

    #[test]
    fn different_events_by_metadata_are_no_finding() {
        check_none(
            &[
                article("Aliyev said his army had liberated the city of Shusha."),
                of_2020("قالت وزارة الدفاع الأرمينية إن المعارك في مدينة شوشا لا تزال مستمرة."),
            ],
            "d0:baku:asserts city_captured:shusha; d1:yerevan:denies city_captured:shusha",
        );
    }

    #[test]
    fn different_events_by_an_event_cue_are_no_finding() {
        check_none(
            &[
                article("Aliyev said his army had liberated the city of Shusha."),
                article(
                    "In the second Karabakh war, Armenia's defence ministry said the fighting for Shusha was ongoing.",
                ),
            ],
            "d0:baku:asserts city_captured:shusha; d1:yerevan:denies city_captured:shusha",
        );
    }

    #[test]
    fn two_denials_are_no_finding() {
        check_none(
            &[
                article("The separatist authorities said fighting for Shusha continues."),
                article("قال هوفهانيسيان إن معركة شوشا متواصلة."),
            ],
            "d0:separatists:denies city_captured:shusha; d1:yerevan:denies city_captured:shusha",
        );
    }
}

// --- Framing -------------------------------------------------------------------

mod framing {
    use super::*;

    #[test]
    fn counter_terrorism_against_aggression_from_two_camps() {
        check(
            &[
                article("Aliyev said the anti-terror operation was over."),
                article("قال رئيس الوزراء الأرميني إن ما يحدث عدوان واسع النطاق على شعب قره باغ."),
            ],
            "framing offensive d1:yerevan>d0:baku",
        );
    }

    #[test]
    fn every_term_is_paired() {
        check(
            &[
                article("قالت وزارة الدفاع الأذربيجانية إن الإجراءات المضادة للإرهاب ستستمر حتى نزع سلاح الانفصاليين."),
                article(
                    "Pashinyan said the offensive was an act of aggression against the people of Nagorno-Karabakh.",
                ),
                article("The separatist authorities said the Azerbaijani aggression had to be stopped."),
            ],
            "framing offensive d1:yerevan>d0:baku d2:separatists>d0:baku",
        );
    }

    /// A party that uses both terms frames nothing against a third: the
    /// outlet's "anti-terror operation … aggression" beside Yerevan's
    /// "aggression" is no framing between the outlet and Yerevan.
    #[test]
    fn a_party_using_both_frames_is_left_out() {
        check_kind(
            &[article(
                "The anti-terror operation, which Armenia calls aggression, went on. Pashinyan said the offensive was an act of aggression.",
            )],
            "framing",
            "",
        );
        check_kind(
            &[article(
                "تواصلت الإجراءات المضادة للإرهاب، وهو ما تسميه أرمينيا عدوانا. وقال باشينيان إن ما يحدث عدوان واسع النطاق.",
            )],
            "framing",
            "",
        );
    }

    #[test]
    fn one_camp_using_both_frames_is_no_finding() {
        check_none(
            &[
                article("Aliyev said the anti-terror operation was over."),
                article("Hajiyev said the counter-terrorism measures answered years of aggression."),
            ],
            "d0:baku offensive/counter_terrorism; d1:baku offensive/counter_terrorism; d1:baku offensive/aggression",
        );
    }

    #[test]
    fn one_frame_from_two_camps_is_no_finding() {
        check_none(
            &[
                article(
                    "Pashinyan said the offensive was an act of aggression against the people of Nagorno-Karabakh.",
                ),
                article("Vardanyan said the aggression against Artsakh must stop."),
            ],
            "d0:yerevan offensive/aggression; d1:separatists offensive/aggression",
        );
    }

    #[test]
    fn different_topics_are_no_finding() {
        check_none(
            &[
                article("قال علييف إن الأراضي المحررة ستعود إلى الحياة."),
                article(
                    "Pashinyan said the offensive was an act of aggression against the people of Nagorno-Karabakh.",
                ),
            ],
            "d0:baku territory/liberation; d1:yerevan offensive/aggression",
        );
    }
}

// --- Figures over days -----------------------------------------------------------

mod figures {
    use super::*;

    #[test]
    fn a_later_larger_figure_from_another_source_is_an_update() {
        check(
            &[
                on(date(2023, 9, 20), "Armenia's health ministry said 27 people were killed."),
                on(date(2023, 9, 21), "قال أمين المظالم في قره باغ إن 200 شخص على الأقل قتلوا."),
            ],
            "update killed d0:yerevan>d1:separatists",
        );
    }

    /// "four killed" one year and "nearly 69,000" years later count
    /// different things: no update, only a total beside a part.
    #[test]
    fn a_later_figure_three_orders_larger_is_no_update() {
        check(
            &[
                on(date(2019, 5, 5), "Armenia's health ministry said 4 people were killed."),
                on(date(2023, 9, 21), "قال أمين المظالم في قره باغ إن نحو 6900 شخص قتلوا."),
            ],
            "discrepancy killed d0:yerevan>d1:separatists",
        );
        check(
            &[
                on(date(2019, 5, 5), "Armenia's health ministry said 4 people were killed."),
                on(date(2023, 9, 21), "The separatist ombudsman said nearly 6,900 people were killed."),
            ],
            "discrepancy killed d0:yerevan>d1:separatists",
        );
    }

    #[test]
    fn a_later_larger_figure_is_no_numeric_conflict() {
        check_kind(
            &[
                on(date(2023, 9, 20), "Armenia's health ministry said 27 people were killed."),
                on(date(2023, 9, 21), "قال أمين المظالم في قره باغ إن 200 شخص على الأقل قتلوا."),
            ],
            "numeric_conflict",
            "",
        );
    }

    #[test]
    fn the_same_figures_on_the_same_day_conflict() {
        check(
            &[
                on(date(2023, 9, 20), "Armenia's health ministry said 27 people were killed."),
                on(date(2023, 9, 20), "قال أمين المظالم في قره باغ إن 200 شخص على الأقل قتلوا."),
            ],
            "numeric_conflict killed d0:yerevan>d1:separatists",
        );
    }

    #[test]
    fn one_side_s_two_figures_in_one_article_are_no_conflict() {
        check_kind(
            &[article(
                "The Armenian army said 8 soldiers were killed in the attack. The Armenian defence ministry said 4 soldiers were killed in the attack.",
            )],
            "numeric_conflict",
            "",
        );
        check_kind(
            &[article(
                "قال الجيش الأرميني إن 8 جنود قتلوا في الهجوم. وأعلنت القوات الأرمينية مقتل أربعة جنود في الهجوم.",
            )],
            "numeric_conflict",
            "",
        );
        check_kind(
            &[article(
                "Armenia's health ministry said 27 people were killed. Azerbaijan's defence ministry said 12 people were killed.",
            )],
            "numeric_conflict",
            "numeric_conflict killed d0:yerevan>d0:baku",
        );
    }

    #[test]
    fn two_voices_of_the_catch_all_camp_are_one_side_only_when_they_name_one_body() {
        check_kind(
            &[article(
                "The army said 12 people were killed in the clash. The army's spokesman said 7 people were killed in the clash.",
            )],
            "numeric_conflict",
            "",
        );
        check_kind(
            &[article("قال الجيش إن 12 شخصا قتلوا في الاشتباك. وقال المتحدث باسم الجيش إن 7 أشخاص قتلوا في الاشتباك.")],
            "numeric_conflict",
            "",
        );
        check_kind(
            &[article(
                "The army said 25 militants were killed in the clash. A rebel spokesman said one fighter was killed in the clash.",
            )],
            "numeric_conflict",
            "numeric_conflict killed (fighters) d0:other>d0:other",
        );
    }

    #[test]
    fn a_state_s_soldiers_with_no_side_named_are_its_own() {
        check_kind(
            &[
                article("Baku said 62 Armenian soldiers were killed."),
                article("The Armenian defence ministry said 15 soldiers were killed."),
            ],
            "numeric_conflict",
            "numeric_conflict killed (armenian soldiers) d0:baku>d1:yerevan",
        );
        check_kind(
            &[article("قالت باكو إن 62 جنديا أرمينيا قتلوا."), article("وأعلنت وزارة الدفاع الأرمينية مقتل 15 جنديا.")],
            "numeric_conflict",
            "numeric_conflict killed (armenian soldiers) d0:baku>d1:yerevan",
        );
        // Separatists counting "soldiers" count their enemy's.
        check_kind(
            &[
                article("The separatists said 40 soldiers were killed."),
                article("Karabakh's defence army said 12 of its soldiers were killed."),
            ],
            "numeric_conflict",
            "",
        );
    }

    #[test]
    fn a_source_s_smaller_figure_beside_its_larger_one_is_no_claim_against_others() {
        check_kind(
            &[
                article(
                    "Baku said 2 Armenian soldiers were killed near the post and that 62 Armenian soldiers were killed in all.",
                ),
                article("The Armenian defence ministry said 15 soldiers were killed."),
            ],
            "numeric_conflict",
            "numeric_conflict killed (armenian soldiers) d0:baku>d1:yerevan",
        );
        check_kind(
            &[
                article("قالت باكو إن جنديين أرمينيين قتلا قرب الموقع، وإن 62 جنديا أرمينيا قتلوا في المجمل."),
                article("وأعلنت وزارة الدفاع الأرمينية مقتل 15 جنديا."),
            ],
            "numeric_conflict",
            "numeric_conflict killed (armenian soldiers) d0:baku>d1:yerevan",
        );
    }

    #[test]
    fn a_later_smaller_figure_conflicts() {
        check(
            &[
                on(date(2023, 9, 20), "قال أمين المظالم في قره باغ إن 200 شخص على الأقل قتلوا."),
                on(date(2023, 9, 21), "Armenia's health ministry said 27 people were killed."),
            ],
            "numeric_conflict killed d0:separatists>d1:yerevan",
        );
    }
}

// --- An undated article still orders its figures by its own words ----------

mod undated_articles {
    use super::*;

    #[test]
    fn an_initial_toll_is_earlier_than_the_one_it_has_risen_to() {
        for text in [
            "The toll has climbed to 47, hospital officials said. The initial death toll was 39, a police spokesman said.",
            "ارتفعت حصيلة القتلى إلى 47، حسب مسؤولين في المستشفى. وقال متحدث باسم الشرطة إن الحصيلة الأولية كانت 39 قتيلا.",
            "Officials said an earlier toll of 40 had risen to 55, while the ministry put it at 55.",
        ] {
            check_kind(&[undated(text)], "numeric_conflict", "");
        }
    }

    #[test]
    fn unmarked_figures_of_two_sources_still_conflict() {
        check_has(
            &[undated("The army said 12 soldiers were killed. The rebels said 40 soldiers were killed.")],
            "numeric_conflict",
        );
    }
}

// --- An armed group's enemy ---------------------------------------------------

mod an_armed_groups_enemy {
    use super::*;

    #[test]
    fn the_soldiers_a_group_says_it_killed_are_its_enemy_states() {
        check_kind(
            &[article(
                "A Somali army officer said 9 of our soldiers were killed at the outpost. Al-Shabaab said it killed 31 soldiers at the outpost.",
            )],
            "numeric_conflict",
            "numeric_conflict killed (somalia soldiers) d0:somalia>d0:al-shabaab",
        );
        check_kind(
            &[article(
                "قال ضابط في الجيش النيجيري إن 4 جنود قتلوا في الهجوم على القاعدة. وقالت جماعة بوكو حرام إنها قتلت 27 جنديا في الهجوم على القاعدة.",
            )],
            "numeric_conflict",
            "numeric_conflict killed (nigeria soldiers) d0:nigeria>d0:boko-haram",
        );
    }

    #[test]
    fn soldiers_of_another_state_are_not_the_enemys() {
        // The group names the Kenyan soldiers; the Somali count is of Somalis.
        check_kind(
            &[article(
                "A Somali army officer said 9 of our soldiers were killed at the outpost. Al-Shabaab said it killed 31 Kenyan soldiers at the outpost.",
            )],
            "numeric_conflict",
            "",
        );
    }
}

// --- Undated articles ---------------------------------------------------------

mod two_articles_one_undated {
    use super::*;

    #[test]
    fn figures_of_two_articles_one_undated_are_no_conflict() {
        let articles = [
            undated("Azerbaijan's defence ministry said 27 civilians were killed."),
            article("قالت وزارة الدفاع الأرمينية إن 200 مدني على الأقل قتلوا."),
        ];
        check_discrepancy_only(&articles);
    }

    #[test]
    fn figures_of_one_undated_article_still_conflict() {
        check_has(
            &[undated(
                "Azerbaijan's defence ministry said 27 civilians were killed in the shelling. Armenia's defence ministry said at least 200 civilians were killed in the shelling.",
            )],
            "numeric_conflict",
        );
    }
}

// --- Figures two orders of magnitude apart ---------------------------------------

mod orders_of_magnitude_apart {
    use super::*;

    #[test]
    fn a_war_total_beside_a_clash_is_no_conflict() {
        let articles = [article(
            "The rebel group said 200 people were killed. The United Nations estimates the war has killed 300,000 people.",
        )];
        check_discrepancy_only(&articles);
    }

    #[test]
    fn a_day_s_handful_beside_a_war_s_hundreds_of_thousands_is_no_conflict() {
        check_discrepancy_only(&[article(
            "The government said eight people were killed during the clashes. The UN estimates the conflict has killed hundreds of thousands of people.",
        )]);
        check_discrepancy_only(&[article(
            "قالت الحكومة إن 5 أشخاص قتلوا في الاشتباكات. وتقدر الأمم المتحدة أن الحرب قتلت نحو 400 ألف شخص.",
        )]);
        check_discrepancy_only(&[article(
            "The rebels said 3 people were wounded. The ministry said 3,500 people have been wounded since the protests began.",
        )]);
    }

    #[test]
    fn a_small_toll_a_hundred_times_below_another_still_conflicts() {
        check_has(
            &[article(
                "Azerbaijan's defence ministry said 2 civilians were killed in Tartar. Armenia's defence ministry said 250 civilians were killed in Tartar.",
            )],
            "numeric_conflict",
        );
    }

    #[test]
    fn a_clash_toll_ten_times_another_still_conflicts() {
        check_has(
            &[article(
                "Azerbaijan's defence ministry said 27 civilians were killed. Armenia's defence ministry said at least 270 civilians were killed.",
            )],
            "numeric_conflict",
        );
    }
}

// --- Two counts that add up to a total the article gives ---------------------

mod parts_of_a_total_the_article_gives {
    use super::*;

    #[test]
    fn two_voices_of_no_party_are_parts() {
        check_discrepancy_only(&[article(
            "Shelling killed 17 civilians in the city on Friday. A camp volunteer said 14 people were killed in the camp. A hospital nurse said 3 people were killed in the eastern districts.",
        )]);
        check_discrepancy_only(&[article(
            "مقتل 11 شخصا في قصف على المدينة. وقال متطوع في المخيم إن 8 أشخاص قتلوا في المخيم. وقال مسعف إن 3 أشخاص قتلوا في السوق.",
        )]);
        check_discrepancy_only(&[article(
            "Twenty people were killed in the two attacks. A local official said 12 people were killed in the market. A witness said 8 people were killed at the checkpoint.",
        )]);
    }

    #[test]
    fn a_part_beside_its_total_when_the_other_part_is_given() {
        check_discrepancy_only(&[article(
            "Rebels said 15 villagers were killed in the shelling. A local official said eight people were killed in one village. A spokesman said seven people were killed in the market.",
        )]);
        check_discrepancy_only(&[article(
            "وقال متمردون إن 15 قرويا قتلوا في القصف. وقال مسؤول محلي إن ثمانية أشخاص قتلوا في قرية. وقال متحدث إن سبعة أشخاص قتلوا في السوق.",
        )]);
        check_discrepancy_only(&[article(
            "A monitor said 30 people were killed across the province. A nurse said 12 people were killed in the town. A resident said 18 people were killed in the camp.",
        )]);
        // "at least 42": a total given by its least adds up from its parts as well.
        check_discrepancy_only(&[article(
            "The monitor said air strikes killed at least 42 people in the province. A local official said 19 people were killed in the town. A doctor said 23 people were killed in the village.",
        )]);
    }

    #[test]
    fn two_parties_whose_counts_add_up_still_conflict() {
        // Hezbollah's 4 and Israel's 1 beside "Five soldiers were killed": rival counts that add up by chance.
        check_has(
            &[article(
                "Five Israeli soldiers were killed on Friday. Hezbollah said that its fighters killed four Israeli soldiers. The Israeli army said one soldier was killed.",
            )],
            "numeric_conflict",
        );
    }

    #[test]
    fn two_voices_of_no_party_that_add_up_to_nothing_given_still_conflict() {
        check_has(
            &[article(
                "A camp volunteer said 14 people were killed in the shelling. A hospital nurse said 3 people were killed in the shelling.",
            )],
            "numeric_conflict",
        );
    }
}

/// "believes 47 people were injured" beside "48 others were wounded": two
/// counts within 3% of each other are one count told twice, not rival claims.
mod nearly_equal_figures {
    use super::*;

    #[test]
    fn are_a_discrepancy_not_a_conflict() {
        check_discrepancy_only(&[article(
            "The UN said it believes 47 people were wounded. The Palestinian health ministry said 48 people were wounded.",
        )]);
        check_discrepancy_only(&[article(
            "قالت وزارة الصحة الإيرانية إن 974 شخصا قتلوا. وقالت منظمة حقوقية أمريكية إن 967 شخصا قتلوا.",
        )]);
        check_discrepancy_only(&[article(
            "The army said 1,000 civilians were killed in the siege. The UN said 1,025 civilians were killed in the siege.",
        )]);
    }

    #[test]
    fn a_wider_gap_still_conflicts() {
        check_has(
            &[article(
                "The UN said 40 people were wounded. The Palestinian health ministry said 48 people were wounded.",
            )],
            "numeric_conflict",
        );
    }
}

/// "Hezbollah said its fighters killed four Israeli soldiers" a day after
/// Israel said one of its soldiers was killed: a larger figure given later
/// is no growing toll when the other side gives it for its enemy's losses.
mod an_enemys_later_count_above_a_sides_own {
    use super::*;

    /// Two articles of the 2006 war, the second a day after the first.
    fn a_day_apart(first: &'static str, second: &'static str) -> [Article; 2] {
        let lebanon = |published, text| Article { text, published: Some(published), conflict: "lebanon-2006" };
        [lebanon(date(2006, 8, 10), first), lebanon(date(2006, 8, 11), second)]
    }

    #[test]
    fn is_a_conflict() {
        check_has(
            &a_day_apart(
                "The Israeli army said one Israeli soldier was killed in southern Lebanon.",
                "Hezbollah said its fighters killed four Israeli soldiers in southern Lebanon.",
            ),
            "numeric_conflict",
        );
        check_has(
            &a_day_apart(
                "وقال الجيش الإسرائيلي إن 2 من جنوده قتلوا.",
                "وقال حزب الله إن مقاتليه قتلوا أربعة جنود إسرائيليين.",
            ),
            "numeric_conflict",
        );
    }

    #[test]
    fn a_sides_own_later_larger_count_is_an_update() {
        check_kind(
            &a_day_apart(
                "The Israeli army said one Israeli soldier was killed in southern Lebanon.",
                "The Israeli army said four Israeli soldiers were killed in southern Lebanon.",
            ),
            "numeric_conflict",
            "",
        );
    }
}

// --- Speakers no one can place -------------------------------------------------

mod two_speakers_of_no_known_camp {
    use super::*;

    #[test]
    fn are_a_discrepancy_not_a_conflict() {
        let articles =
            [article("Activists say 140 people were killed in the suburb. Others put the figure above 190.")];
        check_discrepancy_only(&articles);
        let arabic = [article("وقال ناشطون إن 140 شخصا قتلوا في الضاحية. وقال آخرون إن الحصيلة تجاوزت 190 قتيلا.")];
        check_kind(&arabic, "numeric_conflict", "");
    }

    #[test]
    fn one_speaker_of_a_known_camp_is_enough() {
        check_has(
            &[article(
                "Activists say 140 people were killed in the suburb. The Syrian government said 30 people were killed.",
            )],
            "numeric_conflict",
        );
        check_has(
            &[article("وقال ناشطون إن 140 شخصا قتلوا في الضاحية. وقالت الحكومة السورية إن 30 شخصا قتلوا.")],
            "numeric_conflict",
        );
    }
}

// --- A count the article says was lowered ------------------------------------

mod a_count_the_text_says_was_lowered {
    use super::*;

    #[test]
    fn is_a_discrepancy_between_unplaced_officials() {
        check_discrepancy_only(&[article(
            "Officials initially said 95 people were found dead in the village. The death toll was later revised down to 35, the interior ministry said.",
        )]);
        check_discrepancy_only(&[article(
            "Local authorities at first reported 60 people killed in the market blast. The number of dead had been lowered to 20, the health ministry said.",
        )]);
    }

    #[test]
    fn arabic_is_a_discrepancy_between_unplaced_officials() {
        check_kind(
            &[article(
                "وكان مسؤولون محليون قد أعلنوا في البداية مقتل 95 شخصا في القرية. وقالت وزارة الداخلية إن حصيلة القتلى انخفضت إلى 35 شخصا.",
            )],
            "numeric_conflict",
            "",
        );
    }

    /// "Initial reports stated that six had died. However, the governor
    /// updated the death toll to five": reports relay a count; the text
    /// says it was corrected.
    #[test]
    fn is_a_discrepancy_when_the_higher_count_was_reports() {
        check_discrepancy_only(&[article(
            "Russian officials confirmed that five people were killed in the attack on the town. The attack happened at noon, with initial reports stating that six people had died. However, the governor updated the death toll to five.",
        )]);
        check_discrepancy_only(&[article(
            "The regional governor said 12 people were killed at the station. Early media reports said 15 people had died. The governor later corrected the toll to 12.",
        )]);
        check_discrepancy_only(&[article(
            "أعلنت وزارة الدفاع الروسية مقتل خمسة أشخاص في الهجوم. وكانت تقارير أولية قد أفادت بمقتل ستة أشخاص. وعدلت السلطات الحصيلة لاحقا إلى خمسة قتلى.",
        )]);
    }

    #[test]
    fn between_two_real_camps_still_conflicts() {
        check_has(
            &[article(
                "Armenia's defence ministry initially said 95 people were killed. Azerbaijan's defence ministry said the death toll had fallen to 35.",
            )],
            "numeric_conflict",
        );
    }

    /// "the police's preliminary toll is 21 ..., the ministry had earlier
    /// announced 11": a lower count told as the earlier one, with the higher
    /// one marked as preliminary too, is a toll that grew when neither voice
    /// is of a real camp.
    #[test]
    fn nor_a_lower_count_told_as_the_earlier_one() {
        check_discrepancy_only(&[article(
            "وأعلنت الشرطة في بيان أن الحصيلة الأولية هي 21 قتيلا، وكانت وزارة الدفاع قد أعلنت في وقت سابق مقتل 11 شخصا.",
        )]);
        check_discrepancy_only(&[article(
            "The police said the initial toll was 21 dead, while the defence ministry had earlier reported 11 killed.",
        )]);
        check_kind(
            &[article(
                "قالت وزارة الصحة إن الحصيلة الأولية بلغت 30 قتيلا، بينما قال مسؤول في المستشفى في وقت سابق إن 12 شخصا قتلوا.",
            )],
            "numeric_conflict",
            "",
        );
    }

    /// (Guard: two real camps' counts still conflict, whichever is told as earlier.)
    #[test]
    fn but_a_real_camps_earlier_count_still_conflicts() {
        check_has(
            &[article(
                "Azerbaijan's defence ministry said the initial toll was 40 dead. Armenia's defence ministry had earlier said 11 people were killed.",
            )],
            "numeric_conflict",
        );
    }
}

// --- A report the text says came later -----------------------------------------

mod a_report_marked_later {
    use super::*;

    /// "X later said", «وقالت ... في وقت لاحق»: a larger figure reported
    /// later in the article is an update; a smaller one is still a conflict.
    #[test]
    fn a_larger_later_figure_is_an_update() {
        check_kind(
            &[article(
                "Armenia's health ministry said 20 people were killed in the strike on Stepanakert. Azerbaijan's defence ministry later said 40 people were killed in the strike on Stepanakert.",
            )],
            "numeric_conflict",
            "",
        );
        check_has(
            &[article(
                "قالت وزارة الصحة الأرمينية إن 20 شخصا قتلوا في القصف على ستيباناكيرت. وقالت وزارة الدفاع الأذربيجانية في وقت لاحق إن 40 شخصا قتلوا في القصف على ستيباناكيرت.",
            )],
            "update",
        );
    }

    /// "the number of the wounded now stands at 350", «بلغ الآن 90»: what a
    /// count stands at now is the later report, wherever the text gives it.
    #[test]
    fn a_count_that_now_stands_higher_is_an_update() {
        check_has(
            &[article(
                "A health ministry spokesman said the number of the wounded now stands at 350. Afghan officials say as many as 320 were wounded.",
            )],
            "update",
        );
        check_has(
            &[article(
                "The ministry said the death toll has now reached 90. Officials had said 70 people were killed.",
            )],
            "update",
        );
        check_has(
            &[article("وقالت الوزارة إن عدد القتلى بلغ الآن 90 قتيلا. وكان مسؤولون قد قالوا إن 70 شخصا قتلوا.")],
            "update",
        );
    }

    #[test]
    fn a_smaller_later_figure_still_conflicts() {
        check_has(
            &[article(
                "Armenia's health ministry said 40 people were killed in the strike on Stepanakert. Azerbaijan's defence ministry later said 20 people were killed in the strike on Stepanakert.",
            )],
            "numeric_conflict",
        );
    }
}

// --- One template, two happenings ---------------------------------------------

mod one_template_two_happenings {
    use super::*;

    /// Two articles weeks apart, each with a shoot-down claimed and denied:
    /// two findings, each within its article, not one that mixes them.
    #[test]
    fn shoot_downs_weeks_apart_are_separate_findings() {
        check(
            &[
                on(
                    date(2023, 9, 1),
                    "Armenia's defence ministry said its forces had shot down an Azerbaijani drone. Azerbaijan's defence ministry denied that any drone had been shot down.",
                ),
                on(
                    date(2023, 9, 20),
                    "Azerbaijan's defence ministry said its forces had shot down an Armenian helicopter. Armenia's defence ministry denied that any helicopter had been shot down.",
                ),
            ],
            "assertion_denial aircraft_downed d0:yerevan:asserts>d0:baku:denies\nassertion_denial aircraft_downed d1:baku:asserts>d1:yerevan:denies",
        );
    }

    /// The same in Arabic, and a claim in one article with its denial in
    /// another weeks later: no finding across them.
    #[test]
    fn a_denial_weeks_later_elsewhere_answers_nothing() {
        check_none(
            &[
                on(date(2023, 9, 1), "وقالت وزارة الدفاع الأرمينية إن قواتها أسقطت طائرة مسيرة أذربيجانية."),
                on(date(2023, 9, 20), "ونفت وزارة الدفاع الأذربيجانية إسقاط أي طائرة مسيرة."),
            ],
            "d0:yerevan:asserts aircraft_downed; d1:baku:denies aircraft_downed",
        );
    }

    /// Two days apart, an article that tells a shoot-down claimed and
    /// denied, and another that tells only a claim of another shoot-down:
    /// the first article's denial answers its own claim, not the other's.
    #[test]
    fn an_article_s_own_dispute_answers_no_claim_elsewhere() {
        check(
            &[
                on(
                    date(2023, 9, 18),
                    "Armenia's defence ministry said Turkish jets had shot down an Armenian plane. Azerbaijan's defence ministry denied that any plane had been shot down.",
                ),
                on(
                    date(2023, 9, 20),
                    "A spokeswoman for the separatist army said its units had shot down an Azerbaijani helicopter.",
                ),
            ],
            "assertion_denial aircraft_downed d0:yerevan:asserts>d0:baku:denies",
        );
        check(
            &[
                on(
                    date(2023, 9, 18),
                    "وقالت وزارة الدفاع الأرمينية إن مقاتلات تركية أسقطت طائرة أرمينية. ونفت وزارة الدفاع الأذربيجانية إسقاط أي طائرة.",
                ),
                on(date(2023, 9, 20), "وقالت متحدثة باسم جيش الانفصاليين إن وحداته أسقطت مروحية أذربيجانية."),
            ],
            "assertion_denial aircraft_downed d0:yerevan:asserts>d0:baku:denies",
        );
    }

    /// A claim in one article and a denial in another two days later, each
    /// alone in its article, still pair.
    #[test]
    fn a_lone_claim_and_a_lone_denial_days_apart_still_pair() {
        check(
            &[
                on(date(2023, 9, 18), "Armenia's defence ministry said its forces had shot down an Azerbaijani drone."),
                on(date(2023, 9, 20), "Azerbaijan's defence ministry denied that any drone had been shot down."),
            ],
            "assertion_denial aircraft_downed d0:yerevan:asserts>d1:baku:denies",
        );
    }
}

// --- A lower count days later, in another article ----------------------------

mod a_lower_count_days_later_elsewhere {
    use super::*;

    /// An article's "96 killed" of an earlier round of fighting, then days
    /// later a ministry spokesman's "14 killed since Wednesday": with a
    /// source of no known side, the lower later count is another count.
    #[test]
    fn is_a_discrepancy_when_a_source_has_no_known_side() {
        check_discrepancy_only(&[
            on(
                date(2023, 9, 15),
                "The fighting near the town killed at least 96 people, the health ministry said on Friday.",
            ),
            on(
                date(2023, 9, 20),
                "A health ministry spokesman said on Wednesday that 14 people have been killed since Monday.",
            ),
        ]);
        check_discrepancy_only(&[
            on(date(2023, 9, 15), "وقالت وزارة الصحة الجمعة إن المعارك أسفرت عن مقتل 96 شخصا على الأقل."),
            on(date(2023, 9, 20), "وقال المتحدث باسم وزارة الصحة الأربعاء إن 14 شخصا قتلوا منذ الإثنين."),
        ]);
    }

    /// An outlet's own count is no camp's: "Israeli media said eight
    /// soldiers were wounded", then ten days later another outlet's "7
    /// soldiers hurt" count different days' wounded.
    #[test]
    fn is_no_conflict_between_two_outlets_days_apart() {
        check_kind(
            &[
                on(date(2023, 9, 10), "Israeli media said that eight soldiers were wounded."),
                on(date(2023, 9, 20), "IDF renews ground offensive; 7 IDF soldiers hurt, at least 3 fighters killed."),
            ],
            "numeric_conflict",
            "",
        );
        check_kind(
            &[
                on(date(2023, 9, 10), "وذكرت وسائل الإعلام الإسرائيلية أن ثمانية جنود جرحوا."),
                on(
                    date(2023, 9, 20),
                    "الجيش الإسرائيلي يجدد هجومه البري؛ إصابة 7 جنود إسرائيليين ومقتل 3 مقاتلين على الأقل.",
                ),
            ],
            "numeric_conflict",
            "",
        );
    }

    /// Two real camps' figures days apart still conflict.
    #[test]
    fn between_two_real_camps_still_conflicts() {
        check_has(
            &[
                on(
                    date(2023, 9, 15),
                    "Armenia's defence ministry said on Friday that 96 Armenian soldiers were killed.",
                ),
                on(
                    date(2023, 9, 20),
                    "Azerbaijan's defence ministry said on Wednesday that 14 Armenian soldiers were killed.",
                ),
            ],
            "numeric_conflict",
        );
    }
}

// --- Who a finding names ----------------------------------------------------

mod a_claim_nobody_is_named_for {
    use super::*;

    /// "denied the claim that 10 soldiers were killed": the 10 is no one's
    /// words that the text names, least of all the article's.
    #[test]
    fn is_never_the_articles_in_the_reason() {
        for text in [
            "Colonel Ivanov said there was no truth to the claim that 10 soldiers were killed in the village.",
            "Colonel Ivanov denied the claim of the rebels 10 soldiers were killed in the village.",
            "In a briefing on Monday, Colonel Ivanov, civil affairs (CA) chief and spokesman for the 3rd Brigade, said there was no truth to the claim that 10 soldiers were killed.",
        ] {
            let (claims, findings) = findings(&[article(text)]);
            let reasons: Vec<String> = findings.iter().map(|f| f.reason.to_string()).collect();
            assert!(
                !reasons.is_empty() && reasons.iter().all(|r| !r.starts_with("the article")),
                "\nclaims:\n{}\nreasons: {reasons:?}",
                listing(&claims)
            );
        }
    }
}

// --- A vague figure far from a stated one -------------------------------------

mod a_vague_figure_far_from_a_stated_one {
    use super::*;

    /// "dozens of soldiers" against "two soldiers": the stated figure lies
    /// far below anything "dozens" can mean.
    #[test]
    fn conflicts_between_two_camps() {
        check_has(
            &[article(
                "Azerbaijan said it killed dozens of Armenian soldiers in the clash. Armenia's defence ministry said two Armenian soldiers were killed in the clash.",
            )],
            "numeric_conflict",
        );
        check_has(
            &[article(
                "أعلنت أذربيجان أنها قتلت العشرات من الجنود الأرمن في الاشتباك. وقالت وزارة الدفاع الأرمينية إن جنديين أرمنيين قتلا في الاشتباك.",
            )],
            "numeric_conflict",
        );
        check_has(
            &[article(
                "Azerbaijan said hundreds of Armenian soldiers were killed. Armenia's defence ministry said 20 Armenian soldiers were killed.",
            )],
            "numeric_conflict",
        );
    }

    /// "dozens" against nine, or "several" against one: close enough that
    /// either may be a loose word for the other.
    #[test]
    fn near_the_range_is_a_discrepancy() {
        check_discrepancy_only(&[article(
            "Azerbaijan said it killed dozens of Armenian soldiers in the clash. Armenia's defence ministry said nine Armenian soldiers were killed in the clash.",
        )]);
        check_kind(
            &[article(
                "أعلنت أذربيجان أنها قتلت عدة جنود أرمن. وقالت وزارة الدفاع الأرمينية إن جنديا أرمنيا واحدا قتل.",
            )],
            "numeric_conflict",
            "",
        );
    }
}

// --- A day the text names beside one it does not ------------------------------

mod a_day_named_beside_none {
    use super::*;

    /// "said on Monday that 400 were killed" beside "19 of its soldiers were
    /// killed" in the same article, published on Wednesday: the second
    /// figure carries the publication day only by default, so the two still
    /// count one fight at one place.
    #[test]
    fn one_article_still_compares() {
        check_has(
            &[article(
                "The Azerbaijani defence ministry said on Monday that 400 Armenian soldiers were killed in the fighting in Stepanakert. The Armenian army said 19 of its soldiers were killed in Stepanakert.",
            )],
            "numeric_conflict",
        );
        check_has(
            &[article(
                "أعلنت وزارة الدفاع الأذربيجانية يوم الاثنين أن 400 جندي أرميني قتلوا في المعارك في مدينة ستيباناكيرت. وأكد الجيش الأرميني أن 19 من جنوده قتلوا في ستيباناكيرت.",
            )],
            "numeric_conflict",
        );
    }

    /// Two days the text names are two incidents at one place.
    #[test]
    fn two_named_days_stay_apart() {
        check_kind(
            &[article(
                "The Azerbaijani defence ministry said on Monday that 400 Armenian soldiers were killed in the fighting in Stepanakert. The Armenian army said on Tuesday that 19 of its soldiers were killed in Stepanakert.",
            )],
            "numeric_conflict",
            "",
        );
        check_kind(
            &[article(
                "أعلنت وزارة الدفاع الأذربيجانية يوم الاثنين أن 400 جندي أرميني قتلوا في المعارك في مدينة ستيباناكيرت. وقال الجيش الأرميني يوم الثلاثاء إن 19 من جنوده قتلوا في ستيباناكيرت.",
            )],
            "numeric_conflict",
            "",
        );
    }
}

// --- The media's count beside a speaker of no known camp --------------------

mod the_media_beside_an_unplaced_speaker {
    use super::*;

    /// "local media put the toll at 15" beside "19 were killed, said a
    /// witness": neither is a party, so the two counts disagree without
    /// contradicting.
    #[test]
    fn is_a_discrepancy() {
        check_discrepancy_only(&[article(
            "Local media said 15 people were killed in the strike. \"19 people were killed,\" said a witness who asked not to be named.",
        )]);
        check_discrepancy_only(&[article(
            "وقالت وسائل إعلام محلية إن 15 شخصا قتلوا في الغارة. وقال شاهد عيان إن 19 شخصا قتلوا.",
        )]);
    }

    /// A party's count against the media's still conflicts.
    #[test]
    fn a_party_against_the_media_still_conflicts() {
        check_has(
            &[article(
                "Local media said 15 civilians were killed in the strike. Azerbaijan's defence ministry said 40 civilians were killed in the strike.",
            )],
            "numeric_conflict",
        );
    }
}

// --- A ship hit, and missiles that missed ---------------------------------------

mod a_ship_hit_and_missiles_that_missed {
    use super::*;

    /// "hit the tanker" against "missed their mark", «أصابت السفينة» against
    /// «سقطا في الماء»: the counter-claim has no denial verb.
    #[test]
    fn is_an_assertion_and_its_denial() {
        check_has(
            &[article(
                "Armenia said its missiles hit the Azerbaijani tanker. The Azerbaijani navy said the missiles missed their mark and fell into the sea.",
            )],
            "assertion_denial",
        );
        check_has(
            &[article(
                "قالت أرمينيا إن صواريخها أصابت السفينة الأذربيجانية إصابة مباشرة. وقالت البحرية الأذربيجانية إن الصاروخين سقطا في الماء دون أن يصيبا السفينة.",
            )],
            "assertion_denial",
        );
    }

    /// Missiles that fell into the sea, with no one saying they hit, deny
    /// nothing anyone said.
    #[test]
    fn alone_is_no_finding() {
        check_kind(&[article("The Azerbaijani navy said two missiles fell into the sea.")], "assertion_denial", "");
    }
}

/// «أعلن الجيش الأرميني أن عدد جرحاه هو ستة», "the Armenian army said its
/// wounded numbered six": a word for the dead or wounded with the speaker's
/// own pronoun counts the speaker's side, against another camp's count of it.
mod the_speaker_s_own_wounded {
    use super::*;

    #[test]
    fn meets_another_camp_s_count_of_them() {
        check_kind(
            &[article("قالت باكو إن ثلاثة بحارة أرمن أصيبوا، بينما أعلن الجيش الأرميني أن عدد جرحاه هو ستة.")],
            "numeric_conflict",
            "numeric_conflict wounded (armenian) d0:baku>d0:yerevan",
        );
        check_kind(
            &[article(
                "Baku said three Armenian sailors were wounded, while the Armenian army said its wounded numbered six.",
            )],
            "numeric_conflict",
            "numeric_conflict wounded (armenian) d0:baku>d0:yerevan",
        );
        check_kind(
            &[article("قالت باكو إن ثلاثة بحارة أرمن قتلوا، بينما قال الجيش الأرميني إن قتلاه خمسة.")],
            "numeric_conflict",
            "numeric_conflict killed (armenian) d0:baku>d0:yerevan",
        );
    }
}

/// "In a separate incident, 5 were killed", «ويأتي الهجوم غداة ضربات أسفرت
/// عن مقتل 40»: a toll of another happening told beside the incident is not
/// set against the incident's toll. A verb of speech after the link gives
/// the figure back to the telling ("comes as Kyiv said 40 were killed").
mod another_happening_told_beside {
    use super::*;

    #[test]
    fn english() {
        for text in [
            "Officials said 12 people were killed in the strike. In a separate incident, rebels said 5 people were killed.",
            "Baku said the shelling killed 21 people. The attack came a day after Armenian strikes killed 40 people, according to Yerevan.",
            "Baku said the shelling killed 21 people. The shelling comes amid fighting that has killed 40 people, officials in Yerevan said.",
        ] {
            check_kind(&[article(text)], "numeric_conflict", "");
        }
        check_kind(
            &[article(
                "Baku said the shelling killed 21 people. The shelling comes as Yerevan said 40 people were killed.",
            )],
            "numeric_conflict",
            "numeric_conflict killed d0:baku>d0:yerevan",
        );
    }

    #[test]
    fn arabic() {
        for text in [
            "وقال مسؤولون إن 12 شخصا قتلوا في الغارة. وفي حادث منفصل، قال المتمردون إن 5 أشخاص قتلوا.",
            "وقالت باكو إن القصف أسفر عن مقتل 21 شخصا. ويأتي القصف غداة ضربات أرمينية أسفرت عن مقتل 40 شخصا بحسب يريفان.",
            "وقالت باكو إن القصف أسفر عن مقتل 21 شخصا. وجاء القصف بعد يوم من هجوم أدى إلى مقتل 40 شخصا بحسب يريفان.",
        ] {
            check_kind(&[article(text)], "numeric_conflict", "");
        }
        check_kind(
            &[article("وقالت باكو إن القصف أسفر عن مقتل 21 شخصا. وجاء القصف بعد أن قالت يريفان إن 40 شخصا قتلوا.")],
            "numeric_conflict",
            "numeric_conflict killed d0:baku>d0:yerevan",
        );
    }
}
