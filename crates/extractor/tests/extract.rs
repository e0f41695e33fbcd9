//! Data-driven boundary tests for extraction, in the rust-analyzer style: one
//! `check(input, expected)` helper per boundary, each rendering the claims of
//! a short article into a compact string, and many small cases per helper.
//!
//! Every sentence here is written for these tests. Expectations say what a
//! careful human annotator would mark; cases where the extractor disagrees
//! are kept and marked `#[ignore = "known gap: ..."]`.

mod shipped;

use crosscheck_extractor::Gated;
use crosscheck_model::{Claim, DocumentMeta, Language, Polarity, Quantity};
use jiff::civil::{Date, date};

use shipped::{extract_article, language_of, rules};

/// `text` as an article of the 2023 offensive published on `published`.
fn meta_on(text: &str, published: Date) -> DocumentMeta {
    DocumentMeta {
        path: "t.txt".into(),
        language: Some(Language::new(language_of(text))),
        published: Some(published),
        conflict: Some("karabakh-2023".into()),
        ..Default::default()
    }
}

/// The claims of `text` as an article of the 2023 offensive published on `published`.
fn extract_on(text: &str, published: Date) -> Vec<Claim> {
    extract_article(text, published, Some("karabakh-2023"))
}

fn extract(text: &str) -> Vec<Claim> {
    extract_on(text, date(2023, 9, 20))
}

/// "killed 200", or "killed ~" for a vague figure.
fn figure(q: &Quantity) -> String {
    match q.value {
        Some(v) => format!("{} {v}", q.metric),
        None => format!("{} ~", q.metric),
    }
}

/// Renders each quantity claim with `line` and joins them with "; ".
fn render(claims: &[Claim], line: impl Fn(&Claim, &Quantity) -> String) -> String {
    claims.iter().filter_map(|c| c.quantity().map(|q| line(c, q))).collect::<Vec<_>>().join("; ")
}

#[track_caller]
fn assert_rendered(input: &str, actual: String, expected: &str) {
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

// --- 1. Numbers: how a figure is written -----------------------------------

mod numbers {
    use super::*;

    /// Metric and value of every quantity claim.
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let actual = render(&extract(input), |_, q| figure(q));
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn arabic_indic_digits() {
        check("أعلنت السلطات مقتل ٢٠٠ شخص في القصف.", "killed 200");
    }

    #[test]
    fn arabic_indic_digits_with_arabic_thousands_separator() {
        check("نزح ١٢٬٥٠٠ شخص من القرى الحدودية.", "displaced 12500");
    }

    #[test]
    fn word_three() {
        check("قتل ثلاثة جنود في قصف مدفعي على موقعهم.", "killed 3");
    }

    #[test]
    fn word_ten() {
        check("أسفر الهجوم عن مقتل عشرة مدنيين بينهم أطفال.", "killed 10");
    }

    #[test]
    fn word_hundred() {
        check("أصيب مئة شخص بجروح في انفجار مستودع الوقود.", "wounded 100");
    }

    #[test]
    fn word_two_thousand_construct() {
        check("أجلت السلطات ألفي شخص من ستيبانكيرت.", "displaced 2000");
    }

    #[test]
    fn units_and_tens_joined_by_wa() {
        check("قتل خمسة وعشرون جنديا في الاشتباكات.", "killed 25");
    }

    #[test]
    fn digits_with_plural_scale() {
        check("نزح 10 آلاف شخص خلال يومين.", "displaced 10000");
    }

    #[test]
    fn digits_with_singular_scale() {
        check("عبر أكثر من 30 ألف لاجئ الحدود إلى أرمينيا.", "displaced 30000");
    }

    #[test]
    fn word_with_scale() {
        check("نزح ثلاثة آلاف شخص من القرى المجاورة.", "displaced 3000");
    }

    #[test]
    fn dual_noun_with_sukun() {
        check("أدى القصف إلى مقتل مدنييْن في مارتاكيرت.", "killed 2");
    }

    #[test]
    fn dual_noun() {
        check("قتل جنديان أذربيجانيان بنيران قناص.", "killed 2");
    }

    #[test]
    fn singular_indefinite_after_the_verb() {
        check("قتل مدني في قصف على ستيبانكيرت.", "killed 1");
    }

    #[test]
    fn singular_indefinite_before_the_verb() {
        check("قالت الشرطة إن مدنيا قتل برصاص قناص.", "killed 1");
    }

    #[test]
    fn two_figures_two_metrics() {
        check("قتل 5 أشخاص وأصيب 12 آخرون في القصف.", "killed 5; wounded 12");
    }

    #[test]
    fn english_word_two() {
        check("Two civilians were killed in the shelling of Stepanakert.", "killed 2");
    }

    #[test]
    fn english_dozens_is_vague() {
        check("Dozens of soldiers were wounded in the fighting.", "wounded ~");
    }

    #[test]
    fn english_decimal_with_million() {
        check("The UN refugee agency estimates that 1.5 million people have fled their homes.", "displaced 1500000");
    }

    #[test]
    fn english_thousands_separator() {
        check("More than 28,000 people have crossed into Armenia.", "displaced 28000");
    }

    // Dots between groups of three digits separate thousands: no count of
    // people has a fraction.
    #[test]
    fn dotted_thousands() {
        check("The ministry said 70.100 people had been killed since the war began.", "killed 70100");
        check("Some 1.250 people were displaced from the valley.", "displaced 1250");
        check("وأعلنت الوزارة مقتل 12.400 شخص منذ بداية الحرب.", "killed 12400");
        check("وقالت المنظمة إن ١٬٢٥٠ شخصا قتلوا في المدينة.", "killed 1250");
    }

    #[test]
    fn a_dotted_figure_that_is_no_thousands_is_no_count() {
        check("The ministry said 3.5 people were killed on average each day.", "");
        check("The ministry said 70.10 people were killed.", "");
    }

    #[test]
    fn english_hyphenated_tens_and_units() {
        check("Twenty-five soldiers were killed.", "killed 25");
    }

    #[test]
    fn english_a_dozen() {
        check("A dozen civilians were injured.", "wounded 12");
    }

    #[test]
    fn english_word_with_scale() {
        check("Seven thousand people were evacuated from the region.", "displaced 7000");
    }

    #[test]
    fn english_a_civilian_counts_one() {
        check("A civilian was killed by sniper fire near Martakert.", "killed 1");
    }
}

// --- 2. Qualifiers and the intervals they allow ----------------------------

mod qualifiers {
    use super::*;

    /// Metric, value, qualifier and interval: "killed 200 at_least [200, inf)".
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let actual = render(&extract(input), |_, q| {
            let high = match q.interval.high {
                Some(h) => format!("{h}]"),
                None => "inf)".to_owned(),
            };
            format!("{} {} [{}, {high}", figure(q), q.qualifier.as_str(), q.interval.low)
        });
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn bare_figure_is_exact() {
        check("قتل 32 شخصا في القصف.", "killed 32 exact [32, 32]");
    }

    #[test]
    fn ma_la_yaqillu_an() {
        check("قتل ما لا يقل عن 200 شخص في الهجوم.", "killed 200 at_least [200, inf)");
    }

    #[test]
    fn ala_al_aqall_after() {
        check("قتل 200 شخص على الأقل في الهجوم.", "killed 200 at_least [200, inf)");
    }

    #[test]
    fn ala_al_aqall_before() {
        check("قتل على الأقل 200 شخص في الهجوم.", "killed 200 at_least [200, inf)");
    }

    #[test]
    fn akthar_min() {
        check("أصيب أكثر من 400 شخص بجروح.", "wounded 400 more_than [401, inf)");
    }

    #[test]
    fn nahw_with_scale() {
        check("نزح نحو 100 ألف شخص من الإقليم.", "displaced 100000 about [90000, 110000]");
    }

    #[test]
    fn hawali() {
        check("قتل حوالي 50 جنديا في المعارك.", "killed 50 about [45, 55]");
    }

    #[test]
    fn qurabat() {
        check("لقي قرابة 70 شخصا حتفهم.", "killed 70 about [63, 77]");
    }

    #[test]
    fn ma_yasilu_ila() {
        check("أجلت السلطات ما يصل إلى 120 ألف شخص.", "displaced 120000 up_to [0, 120000]");
    }

    #[test]
    fn aqall_min() {
        check("أسفر القصف عن مقتل أقل من 20 مدنيا.", "killed 20 less_than [0, 19]");
    }

    #[test]
    fn miat_is_vague() {
        check("أصيب مئات المدنيين في القصف.", "wounded ~ vague [100, 999]");
    }

    #[test]
    fn asharat_al_alaf_is_vague() {
        check("نزح عشرات الآلاف من السكان.", "displaced ~ vague [10000, 99999]");
    }

    #[test]
    fn english_at_least() {
        check("At least 200 people were killed.", "killed 200 at_least [200, inf)");
    }

    #[test]
    fn english_or_more_after() {
        check("The blast killed 200 people or more.", "killed 200 at_least [200, inf)");
    }

    #[test]
    fn english_more_than() {
        check("More than 100,000 people have fled.", "displaced 100000 more_than [100001, inf)");
    }

    #[test]
    fn english_about() {
        check("About 100 soldiers were killed.", "killed 100 about [90, 110]");
    }

    #[test]
    fn english_nearly() {
        check("Nearly 5,000 people were evacuated.", "displaced 5000 about [4500, 5500]");
    }

    #[test]
    fn english_up_to() {
        check("Up to 30,000 people were displaced.", "displaced 30000 up_to [0, 30000]");
    }

    #[test]
    fn english_fewer_than() {
        check("Fewer than 20 civilians were wounded.", "wounded 20 less_than [0, 19]");
    }

    #[test]
    fn english_hundreds_is_vague() {
        check("Hundreds of people were injured.", "wounded ~ vague [100, 999]");
    }

    #[test]
    fn english_tens_of_thousands_is_vague() {
        check("Tens of thousands of people have fled.", "displaced ~ vague [10000, 99999]");
    }
}

// --- 3. Numbers that are not counts of people ------------------------------

mod not_claims {
    use super::*;

    /// Metric and value of every quantity claim; "" when there is none.
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let actual = render(&extract(input), |_, q| figure(q));
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn date_is_not_a_count() {
        check("وقعت الاشتباكات في 20 أيلول وأسفرت عن سقوط قتلى.", "");
    }

    #[test]
    fn date_before_the_trigger() {
        check("في 19 أيلول قتل 5 مدنيين في القصف.", "killed 5");
    }

    #[test]
    fn date_with_gregorian_month() {
        check("قتل 4 جنود في 20 سبتمبر على خط التماس.", "killed 4");
    }

    #[test]
    fn year_after_am() {
        check("انتهت الحرب الأولى عام 1994 بعد مقتل 30 ألف شخص.", "killed 30000");
    }

    #[test]
    fn year_after_am_just_before_the_verb() {
        check("منذ عام 1994 قتل مئات الجنود على خط التماس.", "killed ~");
    }

    #[test]
    fn duration_in_hours() {
        check("قتل 3 أشخاص خلال 24 ساعة.", "killed 3");
    }

    #[test]
    fn duration_before_the_verb() {
        check("خلال الـ24 ساعة الماضية قتل 7 جنود.", "killed 7");
    }

    #[test]
    fn distance_in_kilometres() {
        check("قتل جنديان في قصف على بعد عشرة كيلومترات من الحدود.", "killed 2");
    }

    #[test]
    fn equipment_tanks() {
        check("أعلنت وزارة الدفاع الأذربيجانية تدمير ستة دبابات ومقتل 20 جنديا.", "killed 20");
    }

    #[test]
    fn equipment_before_a_kill_verb() {
        check("دمرت القوات ست دبابات وقتلت 4 جنود.", "killed 4");
    }

    #[test]
    #[ignore = "known gap: a counted noun after the figure (المقاتلين) beats the kill verb before it"]
    fn equipment_armoured_vehicles() {
        check("قالت الوزارة إنها دمرت 12 مدرعة وقتلت عشرات المقاتلين.", "killed ~");
    }

    #[test]
    fn equipment_then_soldiers() {
        check("دمرت القوات 12 مدرعة وقتلت 30 جنديا.", "killed 30");
    }

    #[test]
    fn age_is_not_a_count() {
        check("قتل طفل يبلغ من العمر 8 أعوام في القصف.", "killed 1");
    }

    #[test]
    fn time_of_day() {
        check("قتل 3 أشخاص عند الساعة 13:00 بالتوقيت المحلي.", "killed 3");
    }

    #[test]
    fn threatened_population() {
        check("حذرت الأمم المتحدة من أن الحصار يهدد آلاف المدنيين بالجوع.", "");
    }

    #[test]
    #[ignore = "known gap: a threatened displacement is counted as displaced"]
    fn threatened_displacement() {
        check("تهدد العملية العسكرية بتهجير آلاف المدنيين من الإقليم.", "");
    }

    #[test]
    #[ignore = "known gap: a population total is counted as displaced"]
    fn population_total() {
        check("يبلغ عدد سكان الإقليم نحو 120 ألف نسمة، فر معظمهم إلى أرمينيا.", "");
    }

    #[test]
    fn english_duration() {
        check("Shelling over three days killed 12 people.", "killed 12");
    }

    #[test]
    fn english_tanks() {
        check("The army said it destroyed 12 tanks and killed dozens of fighters.", "killed ~");
    }

    #[test]
    fn english_date_then_figure() {
        check("On September 19, 12 soldiers were killed.", "killed 12");
    }

    #[test]
    fn english_year() {
        check("In 2020, the war killed about 7,000 soldiers.", "killed 7000");
    }

    #[test]
    fn english_distance() {
        check("The village lies 10 kilometres from the front line, where two soldiers were killed.", "killed 2");
    }

    #[test]
    fn english_threatened_population() {
        check("The blockade threatens thousands of civilians with starvation.", "");
    }

    #[test]
    #[ignore = "known gap: people at risk of displacement are counted as displaced"]
    fn english_at_risk_of_displacement() {
        check("Some 120,000 people are at risk of being displaced.", "");
    }
}

// --- 4. Attribution: speaker and camp --------------------------------------

mod attribution {
    use super::*;

    /// Figure, speaker phrase ("-" for the article's own voice) and camp.
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let actual = render(&extract(input), |c, q| {
            let by = c.speaker.as_ref().map_or("-", |s| s.text.as_str());
            let camp = c.camp.as_deref().unwrap_or("-");
            format!("{} by={by} camp={camp}", figure(q))
        });
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn qala_with_title_and_name() {
        check(
            "قال أمين المظالم في قره باغ غيغام ستيبانيان إن 200 شخص على الأقل قتلوا.",
            "killed 200 by=أمين المظالم في قره باغ غيغام ستيبانيان camp=separatists",
        );
    }

    #[test]
    fn alanat_ministry() {
        check("أعلنت وزارة الدفاع الأذربيجانية مقتل 192 جنديا.", "killed 192 by=وزارة الدفاع الأذربيجانية camp=baku");
    }

    #[test]
    fn afadat_with_bi_anna() {
        check(
            "أفادت وزارة الصحة الأرمينية بأن 40 شخصا أصيبوا بجروح.",
            "wounded 40 by=وزارة الصحة الأرمينية camp=yerevan",
        );
    }

    #[test]
    fn akkadat_russian_ministry() {
        check("أكدت وزارة الدفاع الروسية مقتل خمسة من جنود حفظ السلام.", "killed 5 by=وزارة الدفاع الروسية camp=moscow");
    }

    #[test]
    fn dhakarat_separatist_authorities() {
        check(
            "ذكرت السلطات الانفصالية أن أكثر من 10 آلاف شخص نزحوا من منازلهم.",
            "displaced 10000 by=السلطات الانفصالية camp=separatists",
        );
    }

    #[test]
    fn trailing_wafq_ma_alanathu() {
        check("قتل 32 مدنيا، وفق ما أعلنته السلطات الانفصالية.", "killed 32 by=السلطات الانفصالية camp=separatists");
    }

    #[test]
    fn leading_bihasab() {
        check("بحسب وزارة الصحة الأرمينية، أصيب 40 شخصا في القصف.", "wounded 40 by=وزارة الصحة الأرمينية camp=yerevan");
    }

    #[test]
    fn trailing_bihasab() {
        check(
            "فر أكثر من 50 ألف شخص إلى أرمينيا، بحسب الحكومة الأرمينية.",
            "displaced 50000 by=الحكومة الأرمينية camp=yerevan",
        );
    }

    #[test]
    fn relay_agency_then_official() {
        check(
            "نقلت وكالة «إنترفاكس» عن مسؤول أرميني قوله إن 40 شخصا أصيبوا.",
            "wounded 40 by=مسؤول أرميني camp=yerevan",
        );
    }

    #[test]
    fn relay_russian_agency_then_azerbaijani_ministry() {
        check(
            "نقلت وكالة تاس الروسية عن وزارة الدفاع الأذربيجانية أن 192 جنديا قتلوا.",
            "killed 192 by=وزارة الدفاع الأذربيجانية camp=baku",
        );
    }

    #[test]
    fn relay_naqlan_an_inside_agency_report() {
        check(
            "ذكرت وكالة فرانس برس، نقلا عن السلطات الانفصالية، أن 200 شخص قتلوا.",
            "killed 200 by=السلطات الانفصالية camp=separatists",
        );
    }

    #[test]
    fn wa_adafa_carries_the_previous_speaker() {
        check(
            "قال رئيس الوزراء الأرميني نيكول باشينيان إن الوضع في الإقليم كارثي. \
             وأضاف أن أكثر من 40 ألف شخص فروا إلى أرمينيا.",
            "displaced 40000 by=رئيس الوزراء الأرميني نيكول باشينيان camp=yerevan",
        );
    }

    #[test]
    fn wa_adafat_after_a_claim() {
        check(
            "أعلنت وزارة الدفاع الأذربيجانية مقتل 192 جنديا. وأضافت أن 511 جنديا أصيبوا.",
            "killed 192 by=وزارة الدفاع الأذربيجانية camp=baku; \
             wounded 511 by=وزارة الدفاع الأذربيجانية camp=baku",
        );
    }

    #[test]
    fn article_voice_when_nobody_is_quoted() {
        check("أسفر انفجار مستودع للوقود قرب ستيبانكيرت عن مقتل 20 شخصا على الأقل.", "killed 20 by=- camp=media");
    }

    #[test]
    fn article_voice_after_a_quoted_sentence() {
        check("قال باشينيان إن الوضع كارثي. وقتل 5 أشخاص في قصف على مارتاكيرت.", "killed 5 by=- camp=media");
    }

    #[test]
    fn english_subject_said() {
        check(
            "Armenia's foreign ministry said 40 people were wounded.",
            "wounded 40 by=Armenia's foreign ministry camp=yerevan",
        );
    }

    #[test]
    fn english_name_said() {
        check("Stepanyan said at least 200 people were killed.", "killed 200 by=Stepanyan camp=separatists");
    }

    #[test]
    fn english_trailing_said() {
        check(
            "At least 200 people were killed, the separatist authorities said.",
            "killed 200 by=the separatist authorities camp=separatists",
        );
    }

    #[test]
    fn english_inverted_said() {
        check(
            "\"At least 200 people were killed,\" said a spokesman for the separatist authorities.",
            "killed 200 by=a spokesman for the separatist authorities camp=separatists",
        );
    }

    #[test]
    fn english_leading_according_to() {
        check(
            "According to the Azerbaijani defence ministry, 192 soldiers were killed.",
            "killed 192 by=the Azerbaijani defence ministry camp=baku",
        );
    }

    #[test]
    fn english_trailing_according_to() {
        check(
            "More than 28,000 people have crossed into Armenia, according to the Armenian government.",
            "displaced 28000 by=the Armenian government camp=yerevan",
        );
    }

    #[test]
    fn english_pronoun_carries_the_previous_speaker() {
        check(
            "Pashinyan said the situation was dire. He added that 40,000 people had fled.",
            "displaced 40000 by=Pashinyan camp=yerevan",
        );
    }

    #[test]
    #[ignore = "known gap: English \"X quoted Y as saying\" credits the agency, not Y"]
    fn english_quoted_as_saying() {
        check(
            "Interfax quoted an Armenian official as saying that 40 people were wounded.",
            "wounded 40 by=an Armenian official camp=yerevan",
        );
    }

    #[test]
    fn english_article_voice() {
        check(
            "At least 20 people were killed in a fuel depot explosion near Stepanakert.",
            "killed 20 by=- camp=media",
        );
    }
}

// --- 5. Actor merging: one person, several spellings -----------------------

mod actors {
    use super::*;

    /// Figure and the actor the speaker resolved to ("-" for none).
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let actual = render(&extract(input), |c, q| {
            let actor = c.speaker.as_ref().and_then(|s| s.actor.as_deref()).unwrap_or("-");
            format!("{} actor={actor}", figure(q))
        });
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn listed_spelling() {
        check("قال هوفهانيسيان إن 40 جنديا قتلوا.", "killed 40 actor=artsrun-hovhannisyan");
    }

    #[test]
    fn transliteration_variant() {
        check("قال أوفانيسيان إن 40 جنديا قتلوا.", "killed 40 actor=artsrun-hovhannisyan");
    }

    #[test]
    fn both_spellings_in_one_article() {
        check(
            "قال هوفهانيسيان إن 40 جنديا قتلوا. وقال أوفانيسيان لاحقا إن 60 جنديا قتلوا.",
            "killed 40 actor=artsrun-hovhannisyan; killed 60 actor=artsrun-hovhannisyan",
        );
    }

    #[test]
    #[ignore = "known gap: a listed organisation in the phrase wins over a person named by a variant spelling"]
    fn variant_behind_the_ministry_title() {
        check(
            "قال المتحدث باسم وزارة الدفاع الأرمينية أرتسرون أوفانيسيان إن 40 جنديا قتلوا.",
            "killed 40 actor=artsrun-hovhannisyan",
        );
    }

    #[test]
    fn pashinyan_without_the_ya() {
        check("قال باشنيان إن 40 ألف لاجئ وصلوا إلى أرمينيا.", "displaced 40000 actor=nikol-pashinyan");
    }

    #[test]
    fn shahramanyan_with_long_a() {
        check("قال شاهرامانيان إن أكثر من 200 شخص قتلوا.", "killed 200 actor=samvel-shahramanyan");
    }

    #[test]
    #[ignore = "known gap: a shared surname picks the first-listed person, the variant first name is ignored"]
    fn gegham_with_jim() {
        check("قال جيغام ستيبانيان إن 200 شخص على الأقل قتلوا.", "killed 200 actor=gegham-stepanyan");
    }

    #[test]
    fn english_variant_without_h() {
        check("Hovannisyan said 40 soldiers were killed.", "killed 40 actor=artsrun-hovhannisyan");
    }

    #[test]
    fn english_variant_pashinian() {
        check("Pashinian said more than 200 people were killed.", "killed 200 actor=nikol-pashinyan");
    }

    #[test]
    #[ignore = "known gap: a bare listed surname merges a different person of that name"]
    fn namesake_is_not_merged() {
        check("قال المحلل الأرميني تيغران غريغوريان إن 200 شخص قتلوا.", "killed 200 actor=-");
    }

    #[test]
    fn unknown_name_is_not_merged() {
        check("قال الصحفي ماركار ميلكونيان إن 200 شخص قتلوا.", "killed 200 actor=-");
    }
}

// --- 6. Event and time ------------------------------------------------------

mod events {
    use super::*;

    /// Figure and event.
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let actual =
            render(&extract(input), |c, q| format!("{} event={}", figure(q), c.event.as_deref().unwrap_or("-")));
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn the_articles_own_event() {
        check("أعلنت السلطات الانفصالية مقتل 200 شخص على الأقل.", "killed 200 event=karabakh-2023");
    }

    #[test]
    fn nineties_cue() {
        check("وكانت حرب التسعينيات قد أسفرت عن مقتل نحو 30 ألف شخص.", "killed 30000 event=karabakh-1990s");
    }

    #[test]
    fn nineties_cue_covers_two_figures() {
        check(
            "في التسعينيات قتل نحو 30 ألف شخص وفر مئات الآلاف.",
            "killed 30000 event=karabakh-1990s; displaced ~ event=karabakh-1990s",
        );
    }

    #[test]
    fn year_2020_before_the_figure() {
        check("وفي حرب عام 2020 قتل أكثر من 7 آلاف جندي من الطرفين.", "killed 7000 event=karabakh-2020");
    }

    #[test]
    fn year_2020_after_the_figure() {
        check("وقتل أكثر من 7 آلاف جندي في الحرب التي اندلعت عام 2020.", "killed 7000 event=karabakh-2020");
    }

    #[test]
    fn current_then_background_in_one_sentence() {
        check(
            "قتل 200 شخص هذا الأسبوع، بعدما قتل في حرب عام 2020 نحو 7 آلاف جندي.",
            "killed 200 event=karabakh-2023; killed 7000 event=karabakh-2020",
        );
    }

    #[test]
    fn background_does_not_leak_into_the_next_sentence() {
        check(
            "خلال التسعينيات قتل 30 ألف شخص. وأعلنت السلطات اليوم مقتل 200 شخص.",
            "killed 30000 event=karabakh-1990s; killed 200 event=karabakh-2023",
        );
    }

    /// A year before the article's that no event of the packs holds makes
    /// the figure background of that year; the figure's own number is no year.
    #[test]
    fn an_earlier_year_no_event_holds() {
        check("قتل 157 شخصا في هجوم سابق على القرية في مارس 2019.", "killed 157 event=karabakh-2023 (2019)");
        check(
            "In March 2019, 157 people died in a previous attack on the village.",
            "killed 157 event=karabakh-2023 (2019)",
        );
        check("Around 2000 people were killed in the attack.", "killed 2000 event=karabakh-2023");
        check("Since 2009, the insurgency has killed 35000 people.", "killed 35000 event=karabakh-2023 (2009)");
        // A hedged number, or one that counts people, is a count, not a year.
        check("The ministry said 40 soldiers died near more than 2000 civilians.", "killed 40 event=karabakh-2023");
        check("قالت الوزارة إن 40 جنديا قتلوا في بلدة يسكنها أكثر من 2000 نسمة.", "killed 40 event=karabakh-2023");
    }

    #[test]
    fn second_war_cue() {
        check("أسفرت الحرب الثانية عن مقتل نحو 3800 جندي أرميني.", "killed 3800 event=karabakh-2020");
    }

    #[test]
    fn forty_four_day_war_after_the_figure() {
        check("قتل أكثر من 7 آلاف جندي خلال حرب الـ44 يوما.", "killed 7000 event=karabakh-2020");
    }

    #[test]
    fn english_1990s() {
        check("During the 1990s war, about 30,000 people were killed.", "killed 30000 event=karabakh-1990s");
    }

    #[test]
    fn english_year_2020() {
        check("In 2020, about 7,000 soldiers were killed.", "killed 7000 event=karabakh-2020");
    }

    #[test]
    #[ignore = "known gap: the 44 of \"44-day war\" is read as a death toll"]
    fn english_44_day_war() {
        check("The 44-day war killed about 7,000 soldiers.", "killed 7000 event=karabakh-2020");
    }
}

mod time {
    use super::*;

    /// Figure and the days the claim may have been made on, for an article
    /// published on Thursday 2023-09-21.
    #[track_caller]
    fn check(input: &str, expected: &str) {
        let claims = extract_on(input, date(2023, 9, 21));
        let actual = render(&claims, |c, q| {
            let time = match &c.time {
                None => "-".to_owned(),
                Some(t) => {
                    let days = if t.earliest == t.latest {
                        t.earliest.to_string()
                    } else {
                        format!("{}..{}", t.earliest, t.latest)
                    };
                    if c.earlier_report { format!("{days} earlier") } else { days }
                }
            };
            format!("{} time={time}", figure(q))
        });
        assert_rendered(input, actual, expected);
    }

    #[test]
    fn ams_is_the_day_before() {
        check("أعلنت الوزارة أمس مقتل 200 شخص.", "killed 200 time=2023-09-20");
    }

    #[test]
    fn ams_keeps_the_articles_event() {
        let claims = extract_on("أعلنت الوزارة أمس مقتل 200 شخص.", date(2023, 9, 21));
        let events: Vec<_> = claims.iter().map(|c| c.event.as_deref()).collect();
        assert_eq!(events, [Some("karabakh-2023")]);
    }

    #[test]
    fn no_time_word_is_the_articles_date() {
        check("أعلنت الوزارة مقتل 200 شخص.", "killed 200 time=2023-09-21");
    }

    #[test]
    fn al_yawm_is_the_same_day() {
        check("أعلنت الوزارة اليوم مقتل 200 شخص.", "killed 200 time=2023-09-21");
    }

    #[test]
    fn awwal_ams_is_two_days_before() {
        check("أعلنت الوزارة أول أمس مقتل 200 شخص.", "killed 200 time=2023-09-19");
    }

    #[test]
    fn weekday_is_the_last_such_day() {
        check("أعلنت الوزارة الثلاثاء مقتل 200 شخص.", "killed 200 time=2023-09-19");
    }

    #[test]
    fn earlier_report_is_marked() {
        check("وكانت السلطات قد أعلنت في وقت سابق مقتل 32 شخصا.", "killed 32 time=2023-09-21 earlier");
    }

    // A day after the figure in its own clause dates it: «مقتل 4 جنود قرب
    // ترتر الجمعة», "3 soldiers were killed near Tartar on Tuesday".
    #[test]
    fn a_day_after_the_figure() {
        check("قتل 200 شخص على الأقل في القصف الذي استهدف القرية أمس.", "killed 200 time=2023-09-20");
        check("أعلنت الوزارة مقتل 4 جنود قرب ترتر الثلاثاء في هجوم.", "killed 4 time=2023-09-19");
        check("The ministry said 3 soldiers were killed near Tartar on Tuesday.", "killed 3 time=2023-09-19");
    }

    // Not across a comma, a speech verb, another number or a word of the
    // future: the day of the saying, of another figure or of what is to
    // come is no day of the figure.
    #[test]
    fn no_day_across_a_clause_or_of_the_future() {
        check("3 soldiers were killed, the Observatory said on Tuesday.", "killed 3 time=2023-09-21");
        check("قتل 3 جنود في حمص بحسب ما أعلن المرصد الثلاثاء.", "killed 3 time=2023-09-21");
        check("قتل 3 جنود في حمص و5 في حماة الثلاثاء.", "killed 3 time=2023-09-21; killed 5 time=2023-09-19");
        check("قتل 3 جنود وسيشيعون الثلاثاء المقبل.", "killed 3 time=2023-09-21");
    }

    #[test]
    fn english_yesterday() {
        check("The ministry said yesterday that 200 people were killed.", "killed 200 time=2023-09-20");
    }

    #[test]
    fn english_on_tuesday() {
        check("Officials said on Tuesday that at least 32 people were killed.", "killed 32 time=2023-09-19");
    }
}

/// Whether the text marks a figure as reported earlier or as what a count
/// changed to: `figure earlier|later|-` per claim.
mod report_order {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: &str) {
        let claims = extract(input);
        let actual = render(&claims, |c, q| {
            let order = match (c.earlier_report, c.later_report) {
                (true, _) => "earlier",
                (_, true) => "later",
                _ => "-",
            };
            format!("{} {order}", figure(q))
        });
        assert_rendered(input, actual, expected);
    }

    // The change word stands between the count's trigger and the figure.
    #[test]
    fn toll_rose_to_is_later() {
        check("The ministry said the death toll rose to 60.", "killed 60 later");
    }

    #[test]
    fn toll_was_revised_down_to_is_later() {
        check("Officials said the death toll was revised down to 35.", "killed 35 later");
    }

    #[test]
    fn number_of_dead_climbed_to_is_later() {
        check("The number of people killed climbed to 12, the police said.", "killed 12 later");
    }

    #[test]
    fn arabic_toll_rose_to_is_later() {
        check("وقالت الوزارة إن حصيلة القتلى ارتفعت إلى 60 شخصا.", "killed 60 later");
    }

    #[test]
    fn arabic_number_of_dead_rose_to_is_later() {
        check("وأعلنت الشرطة ارتفاع عدد القتلى إلى 12 شخصا.", "killed 12 later");
    }

    #[test]
    fn initially_is_earlier() {
        check("Officials initially said 95 people were killed.", "killed 95 earlier");
    }

    /// «وذكرت تقارير أولية», "early reports said": preliminary reports gave
    /// an earlier count.
    #[test]
    fn initial_reports_are_earlier() {
        check("وذكرت تقارير أولية أن ستة أطفال أصيبوا.", "wounded 6 earlier");
        check("وأشارت المعلومات الأولية إلى مقتل 9 أشخاص.", "killed 9 earlier");
        check("Early reports said nine people were killed.", "killed 9 earlier");
    }

    /// «في ارتفاع عن تقدير سابق أشار إلى مقتل 25», "up from an earlier
    /// estimate of 25": the superseded figure is an earlier report.
    #[test]
    fn an_earlier_estimate_is_earlier() {
        check(
            "وقال المتحدث إن 33 قتلوا، في ارتفاع عن تقدير سابق أشار إلى مقتل 25 شخصا.",
            "killed 33 -; killed 25 earlier",
        );
        check("وذكرت الوزارة أن التقديرات السابقة أشارت إلى مقتل 25 شخصا.", "killed 25 earlier");
        check(
            "The spokesman said 33 were killed, up from an earlier estimate of 25 dead.",
            "killed 33 -; killed 25 earlier",
        );
    }

    /// «وبحسب تقرير سابق»: "according to an earlier report" is an earlier
    /// count, not a speaker; «وكانت الحصيلة تشير إلى» ("the toll had
    /// stood at") likewise. (The English line is a guard: "an earlier" was
    /// read before.)
    #[test]
    fn an_earlier_report_is_earlier() {
        check("وبحسب تقرير سابق، أدت الضربة إلى مقتل 41 شخصا.", "killed 41 earlier");
        check("وكانت الحصيلة تشير إلى مقتل 9 أشخاص في القصف.", "killed 9 earlier");
        check("According to an earlier report, the strike killed 41 people.", "killed 41 earlier");
    }

    #[test]
    fn plain_toll_is_unordered() {
        check("The ministry said 60 people were killed.", "killed 60 -");
    }
}

/// What its language's sentence gate makes of the normalised `sentence`.
fn check_gate_reads(sentence: &str, expected: Gated) {
    let lang = language_of(sentence);
    let wordings = rules().patterns.get(lang).map_or(&[][..], Vec::as_slice);
    let gate = crosscheck_extractor::SentenceGate::new(rules().lexicon(lang).expect("shipped language"), wordings)
        .expect("gate words compile");
    let folded = crosscheck_text::normalize(sentence);
    assert_eq!(gate.read(folded.as_str()), expected, "gate on {sentence:?}");
}

/// Whether the normalised `sentence` passes its language's sentence gate.
fn check_gate(sentence: &str, expected: bool) {
    check_gate_reads(sentence, if expected { Gated::Read } else { Gated::Stop });
}

#[test]
fn gate_finds_words_with_their_clitics() {
    check_gate("وقال المتحدث إن الوضع هادئ.", true);
    check_gate("قالت الوزارة ذلك.", true);
    check_gate("ولقي ثلاثة أشخاص مصرعهم.", true);
    check_gate("The ministry said nothing.", true);
    check_gate("Sudan's army, officials said.", true);
}

#[test]
fn gate_ignores_words_inside_longer_words() {
    // "قال" inside "مقال" and "انتقال", "said" inside "unsaid": no rule word stands here.
    check_gate("وقرأ الطلاب مقالا عن انتقال السلطة.", false);
    check_gate("Much was left unsaid at the gathering.", false);
}

#[test]
fn gate_wants_a_whole_wording_not_one_of_its_words() {
    // "have" and "لم" open wordings ("have no forces in", "لم تسقط"), but alone they say nothing.
    check_gate("Residents have gone without fuel for weeks.", false);
    check_gate("ولم يتمكن الصحفيون من دخول المنطقة.", false);
    check_gate("Armenia has no forces in Karabakh.", true);
    check_gate("ولم تسقط مدينة شوشا.", true);
}

#[test]
fn gate_reads_a_lone_refutation_only_after_a_statement() {
    check_gate_reads("That is simply untrue.", Gated::Refutation);
    check_gate_reads("Tartar lies about 68 kilometres from Baku.", Gated::Refutation);
    // A speech word beside it makes the sentence worth reading anyway.
    check_gate_reads("Yerevan said those were lies.", Gated::Read);
}

#[test]
fn sentence_distance_counts_every_sentence_not_only_gated_ones() {
    let denials = |text: &str| {
        let claims = extract(text);
        claims.iter().filter(|c| c.proposition().is_some_and(|p| p.polarity == Polarity::Denies)).count()
    };
    // "lies" answers the statement of the sentence just before it when a speaker says it
    // (without one it is the article's own word and answers no one)...
    assert_eq!(denials("Baku said its forces had taken Shusha. Yerevan said those were lies."), 1);
    assert_eq!(denials("Baku said its forces had taken Shusha. Those were lies."), 0);
    // ...and not one two sentences back, though the gate stops the sentence between.
    assert_eq!(
        denials(
            "Baku said its forces had taken Shusha. The road winds through the hills. Yerevan said those were lies."
        ),
        0
    );
}

// --- Explanations: made only when asked for ---------------------------------

mod explanations {
    use super::*;

    fn claims(text: &str, explain: bool) -> Vec<Claim> {
        let meta = meta_on(text, date(2023, 9, 20));
        crosscheck_extractor::Extractor::new(rules()).with_explain(explain).extract(0, &meta, text).claims
    }

    #[track_caller]
    fn check(text: &str, at_least: usize) {
        let explained = claims(text, true);
        let quiet = claims(text, false);
        assert!(explained.len() >= at_least, "{text}: {} claims, wanted {at_least}", explained.len());
        // Every claim says where its figure or wording, speaker, day and event came from.
        for c in &explained {
            assert!(c.trace.len() >= 4 && c.trace.iter().all(|l| !l.is_empty()), "{text}: trace {:?}", c.trace);
            assert!(c.trace.iter().any(|l| l.starts_with("speaker: ")), "{text}: trace {:?}", c.trace);
        }
        // Without explanations the claims are the same, with no trace.
        let untraced: Vec<Claim> = explained.into_iter().map(|c| Claim { trace: Vec::new(), ..c }).collect();
        assert_eq!(quiet, untraced, "{text}");
    }

    #[test]
    fn explanations_change_nothing_but_the_trace() {
        check("The Armenian foreign ministry said on Monday that at least 30 civilians were killed.", 1);
        check("Yerevan said Azerbaijani forces had taken Shusha. Baku called that a lie.", 2);
        check("وقالت وزارة الدفاع الأذربيجانية أمس إن أكثر من 200 مسلح قتلوا في عملية مكافحة الإرهاب.", 2);
        check("وأكد أوفانيسيان أنه لم تسقط مدينة شوشا، وأن 40 جنديا قتلوا.", 2);
    }
}

/// A desk's pack that adds trigger words to the shipped `killed`
/// (`extends: true`) instead of defining a metric of its own.
mod extended_metric {
    use super::*;
    use crosscheck_extractor::Extractor;
    use crosscheck_rules::{builtin_packs, check, parse_pack};

    const EXTENSION: &str = "
metrics:
  - id: killed
    extends: true
    triggers:
      en:
        after: [were lynched, were hanged, were murdered]
      ar:
        after: [شنقوا, اغتيلوا, صفوا]
";

    /// Each figure of `text` as `metric=value`, with the shipped packs and,
    /// when `extended`, the extension.
    fn figures(text: &str, extended: bool) -> String {
        let mut packs = builtin_packs().expect("the shipped packs parse");
        if extended {
            packs.push(parse_pack("desk/metrics.yaml", EXTENSION).expect("the extension parses"));
        }
        let checked = check(&packs);
        assert!(checked.errors.is_empty(), "{:?}", checked.errors);
        let meta = DocumentMeta {
            path: "t.txt".into(),
            language: Some(Language::new(language_of(text))),
            published: Some(date(2023, 5, 2)),
            ..Default::default()
        };
        let claims = Extractor::new(&checked.rules).extract(0, &meta, text).claims;
        let figures: Vec<String> = claims
            .iter()
            .filter_map(|c| c.quantity().map(|q| format!("{}={}", q.metric, q.value.unwrap_or_default())))
            .collect();
        figures.join("; ")
    }

    #[track_caller]
    fn check_extended(text: &str, expected: &str) {
        assert_eq!(figures(text, false), "", "without the extension: {text}");
        assert_eq!(figures(text, true), expected, "with the extension: {text}");
    }

    #[test]
    fn english_words_added_to_killed() {
        check_extended("Witnesses said 12 prisoners were lynched near the bridge.", "killed=12");
        check_extended("Residents said 30 villagers were hanged at dawn.", "killed=30");
        check_extended("The group said 7 aid workers were murdered last week.", "killed=7");
    }

    #[test]
    fn arabic_words_added_to_killed() {
        check_extended("قال شهود إن 12 سجينا شنقوا قرب الجسر.", "killed=12");
        check_extended("قال سكان إن 30 قرويا اغتيلوا فجرا.", "killed=30");
        check_extended("قالت المجموعة إن 7 عمال إغاثة صفوا الأسبوع الماضي.", "killed=7");
    }

    #[test]
    fn the_extension_keeps_the_metric_one_metric() {
        let mut packs = builtin_packs().expect("the shipped packs parse");
        let before = check(&packs).rules.metrics.len();
        packs.push(parse_pack("desk/metrics.yaml", EXTENSION).expect("the extension parses"));
        let checked = check(&packs);
        assert_eq!(checked.rules.metrics.len(), before);
        assert!(checked.rules.warnings.is_empty(), "{:?}", checked.rules.warnings);
    }
}
