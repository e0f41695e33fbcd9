//! Speakers and camps on articles about any war: states and their
//! institutions through the world pack, parties of their own, carry-over of
//! the speaker in news prose, and whole speaker phrases.
//!
//! Every sentence here is written for these tests.

mod shipped;

use crosscheck_model::{Claim, DocumentMeta, Language, Quantity};
use jiff::civil::date;

use shipped::{extract_article, language_of};

fn extract(text: &str) -> Vec<Claim> {
    extract_article(text, date(2024, 3, 12), None)
}

fn figure(q: &Quantity) -> String {
    match q.value {
        Some(v) => format!("{} {v}", q.metric),
        None => format!("{} ~", q.metric),
    }
}

/// Figure and camp of every quantity claim, joined by "; ".
fn figures_and_camps(claims: &[Claim]) -> String {
    claims
        .iter()
        .filter_map(|c| c.quantity().map(|q| format!("{} camp={}", figure(q), c.camp.as_deref().unwrap_or("-"))))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Figure and camp of every quantity claim.
#[track_caller]
fn check(input: &str, expected: &str) {
    let actual = figures_and_camps(&extract(input));
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

/// Figure and side of every quantity claim.
#[track_caller]
fn check_side(input: &str, expected: &str) {
    let actual = extract(input)
        .iter()
        .filter_map(|c| c.quantity().map(|q| format!("{} side={}", figure(q), q.side.as_deref().unwrap_or("-"))))
        .collect::<Vec<_>>()
        .join("; ");
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

/// Figure, speaker phrase and camp of every quantity claim.
#[track_caller]
fn check_speaker(input: &str, expected: &str) {
    let claims = extract(input);
    let actual = claims
        .iter()
        .filter_map(|c| {
            c.quantity().map(|q| {
                let by = c.speaker.as_ref().map_or("-", |s| s.text.as_str());
                format!("{} by={by} camp={}", figure(q), c.camp.as_deref().unwrap_or("-"))
            })
        })
        .collect::<Vec<_>>()
        .join("; ");
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

mod states {
    use super::*;

    // A government named by its head ("the Assad regime", «نظام الأسد»)
    // speaks for the state, though no name or demonym of the state is in it.
    #[test]
    fn a_government_named_by_its_head() {
        check("وقال نظام الأسد إن 12 جنديا قتلوا في الهجوم.", "killed 12 camp=syria");
        check("وأعلنت قوات الأسد مقتل 5 من عناصرها.", "killed 5 camp=syria");
        check("The Assad regime said 12 soldiers were killed in the attack.", "killed 12 camp=syria");
        check("Assad's forces said 5 of their fighters were killed.", "killed 5 camp=syria");
    }

    #[test]
    fn a_state_of_each_continent_through_its_institution_in_english() {
        check("The Kenyan interior ministry said 14 people were killed in the floods.", "killed 14 camp=kenya");
        check("Colombia's army said 9 soldiers were killed in an ambush.", "killed 9 camp=colombia");
        check("The Ministry of Health of Indonesia said 31 people were killed.", "killed 31 camp=indonesia");
        check("Polish police said 4 people were wounded in the attack.", "wounded 4 camp=poland");
        check("Fiji's prime minister said 6 people were killed by the storm.", "killed 6 camp=fiji");
    }

    #[test]
    fn a_state_of_each_continent_through_its_institution_in_arabic() {
        check("قالت وزارة الداخلية الكينية إن 14 شخصا قتلوا في الفيضانات.", "killed 14 camp=kenya");
        check("أعلن الجيش الكولومبي مقتل 9 جنود في كمين.", "killed 9 camp=colombia");
        check("قالت وزارة الصحة في إندونيسيا إن 31 شخصا قتلوا.", "killed 31 camp=indonesia");
        check("ذكرت الشرطة البولندية أن 4 أشخاص أصيبوا في الهجوم.", "wounded 4 camp=poland");
        check("قال رئيس وزراء فيجي إن 6 أشخاص قتلوا في العاصفة.", "killed 6 camp=fiji");
    }

    #[test]
    fn a_capital_stands_for_its_government() {
        check("Kyiv said 12 civilians were killed in the strike.", "killed 12 camp=ukraine");
        check("قالت الخرطوم إن 40 مدنيا قتلوا في القصف.", "killed 40 camp=sudan");
        check("Officials in Tehran said 7 people were killed.", "killed 7 camp=iran");
    }

    #[test]
    fn a_conflict_pack_maps_a_state_to_its_camp() {
        check("The Azerbaijani health ministry said 11 people were killed.", "killed 11 camp=baku");
        check("قالت وزارة الصحة الروسية إن 5 أشخاص قتلوا.", "killed 5 camp=moscow");
        check("A French army spokesman said 2 soldiers were killed.", "killed 2 camp=paris");
    }

    #[test]
    fn a_named_organisation_is_its_own_party_even_with_a_nationality() {
        check("The Libyan National Army said 8 people were killed.", "killed 8 camp=lna");
        check("The Libyan army said 8 people were killed.", "killed 8 camp=libya");
        check("قال الجيش الوطني الليبي إن 8 أشخاص قتلوا.", "killed 8 camp=lna");
        check("قال الجيش الليبي إن 8 أشخاص قتلوا.", "killed 8 camp=libya");
    }

    #[test]
    fn un_bodies_and_aid_groups_keep_their_own_camp() {
        check("The UN mission in Sudan said 30 civilians were killed.", "killed 30 camp=un");
        check("The World Health Organization said 19 people were killed in Yemen.", "killed 19 camp=un");
        check("قالت منظمة أطباء بلا حدود إن 25 شخصا أصيبوا.", "wounded 25 camp=msf");
        check("قالت اللجنة الدولية للصليب الأحمر إن 12 شخصا قتلوا في اليمن.", "killed 12 camp=icrc");
        check("Amnesty International said 16 civilians were killed.", "killed 16 camp=amnesty");
    }

    #[test]
    fn armed_groups_are_parties_of_their_own() {
        check("The Rapid Support Forces said 20 of their fighters were killed.", "killed 20 camp=rsf");
        check("قال الحوثيون إن 3 أشخاص قتلوا في الغارة.", "killed 3 camp=houthis");
        check("Houthi officials said 3 people were killed in the strike.", "killed 3 camp=houthis");
    }

    #[test]
    fn a_name_that_is_also_a_common_word_names_the_state_only_in_its_phrases() {
        check("The US military said 3 soldiers were wounded.", "wounded 3 camp=washington");
        check("US officials said 3 soldiers were wounded.", "wounded 3 camp=washington");
        check("A medic told us that 3 people were wounded.", "wounded 3 camp=-");
    }

    #[test]
    fn an_outlet_named_for_a_place_is_the_media() {
        check("The Washington Post reported that 9 people were killed.", "killed 9 camp=media");
        check("The Times of Israel reported that 9 people were killed.", "killed 9 camp=media");
        check("The Kyiv Independent reported that 9 people were killed.", "killed 9 camp=media");
    }

    #[test]
    fn a_speaker_nobody_can_resolve_has_no_camp() {
        check("Witnesses said 10 people were killed.", "killed 10 camp=-");
        check("قال شهود إن 10 أشخاص قتلوا.", "killed 10 camp=-");
    }
}

mod reference {
    use super::*;

    #[test]
    fn a_noun_that_names_a_camp_is_that_camp_not_the_previous_speaker() {
        check(
            "قالت وزارة الدفاع الأذربيجانية إن 30 جنديا قتلوا. وتحدث الانفصاليون عن 90 قتيلا.",
            "killed 30 camp=baku; killed 90 camp=separatists",
        );
        check(
            "The Azerbaijani defence ministry said 30 soldiers were killed. The separatists said 90 were killed.",
            "killed 30 camp=baku; killed 90 camp=separatists",
        );
        check(
            "قال الجيش السوداني إن 12 مدنيا قتلوا. وقال الحوثيون إن 4 أشخاص قتلوا.",
            "killed 12 camp=sudan; killed 4 camp=houthis",
        );
    }

    #[test]
    fn a_short_form_points_back_to_the_earlier_full_name() {
        check(
            "أعلنت إدارة إقليم دارفور مقتل 40 شخصا. وقالت إدارة الإقليم لاحقا إن 12 آخرين قتلوا.",
            "killed 40 camp=-; killed 12 camp=-",
        );
        check(
            "قالت وزارة الصحة الفلسطينية إن 40 شخصا قتلوا. ثم قالت الوزارة إن 12 آخرين قتلوا.",
            "killed 40 camp=palestine; killed 12 camp=palestine",
        );
        check(
            "The Ukrainian Health Ministry said 40 people were killed. Later the ministry said 12 more were killed.",
            "killed 40 camp=ukraine; killed 12 camp=ukraine",
        );
        check(
            "The Sudanese Interior Ministry said 7 people died. Another 3 were killed, the ministry said.",
            "killed 7 camp=sudan; killed 3 camp=sudan",
        );
    }

    #[test]
    fn a_surname_alone_is_the_person_named_in_full_before() {
        check(
            "وأفاد المتحدث باسم الحكومة الكينية جون موانغي بأن الوضع صعب. وأوضح موانغي أن 15 شخصا قتلوا.",
            "killed 15 camp=kenya",
        );
        check(
            "The Nigerian army spokesman Ibrahim Bello said the town was calm. Bello said 15 people were killed.",
            "killed 15 camp=nigeria",
        );
        check(
            "وقال المتحدث باسم شبكة أطباء محلية أحمد الخطيب إن الوضع صعب. وكشف الخطيب أن 15 شخصا قتلوا.",
            "killed 15 camp=other",
        );
    }

    #[test]
    fn a_short_form_of_names_of_two_camps_is_no_ones() {
        check(
            "The Ethiopian defence ministry said 10 were killed. The Eritrean defence ministry said 3 were killed. \
             Later the defence ministry said 40 more people were killed in Ethiopia's north.",
            "killed 10 camp=ethiopia; killed 3 camp=eritrea; killed 40 camp=eritrea",
        );
        check(
            "قالت وزارة الدفاع الإثيوبية إن 10 قتلوا. وقالت وزارة الدفاع الإريترية إن 3 قتلوا. \
             ثم قالت وزارة الدفاع إن 40 شخصا قتلوا.",
            "killed 10 camp=ethiopia; killed 3 camp=eritrea; killed 40 camp=eritrea",
        );
    }

    #[test]
    fn an_institution_after_a_country_spoke_is_that_countrys() {
        check("نفت الخرطوم الاتهامات، وقالت وزارة الدفاع إن 12 جنديا قتلوا.", "killed 12 camp=sudan");
        check("Kyiv rejected the claim. The defence ministry said 12 soldiers were killed.", "killed 12 camp=ukraine");
        check("Uganda denied the report. The army said 12 soldiers were killed.", "killed 12 camp=uganda");
    }

    #[test]
    fn the_former_and_the_latter_are_the_parties_just_named() {
        check("تبادلت إثيوبيا وإريتريا الاتهامات، وقالت الأولى إن 20 جنديا قتلوا.", "killed 20 camp=ethiopia");
        check("تبادلت إثيوبيا وإريتريا الاتهامات، وقالت الأخيرة إن 20 جنديا قتلوا.", "killed 20 camp=eritrea");
        check(
            "Ethiopia and Eritrea traded blame, and the latter said 20 soldiers were killed.",
            "killed 20 camp=eritrea",
        );
    }
}

mod phrases {
    use super::*;

    #[test]
    fn an_article_before_a_reporting_word_makes_it_an_adjective() {
        check_speaker("The reported death toll has reached about 600.", "killed 600 by=- camp=media");
        check_speaker("This reported toll of 40 dead is disputed.", "killed 40 by=- camp=media");
        check_speaker("The estimated toll stands at 90 dead, the army said.", "killed 90 by=the army camp=other");
    }

    // "according to its statement", «حسب بيانه»: a statement of someone
    // named elsewhere names no one; the sentence's subject speaks.
    #[test]
    fn according_to_its_own_statement_names_no_one_new() {
        check_speaker("وأفاد حزب الأمة، حسب بيانه، أن 3 مدنيين قتلوا في القصف.", "killed 3 by=حزب الأمة camp=-");
        check_speaker("وقالت الهيئة، بحسب البيان، إن 6 مدنيين قتلوا.", "killed 6 by=الهيئة camp=other");
        check_speaker(
            "The committee said, according to its statement, that 4 civilians died.",
            "killed 4 by=The committee camp=other",
        );
        check_speaker("وقتل 5 مدنيين في القصف، بحسب بيان الشرطة.", "killed 5 by=الشرطة camp=other");
    }

    // "X, the group's spokesman: ...": the colon ends the apposition, and
    // the quotation after it is speech, not part of the speaker's name.
    #[test]
    fn a_colon_closes_an_office_after_a_name() {
        check_speaker(
            "وقال سالم عمر، المتحدث باسم الشرطة: قتل 6 مدنيين.",
            "killed 6 by=سالم عمر، المتحدث باسم الشرطة camp=other",
        );
        check_speaker(
            "حيث قال سالم عمر، الناطق العسكري: \"قتلنا 11 مسلحا\".",
            "killed 11 by=سالم عمر، الناطق العسكري camp=other",
        );
        check_speaker("Salim Omar, the police spokesman: 6 civilians were killed.", "killed 6 by=- camp=media");
    }

    // "X, the group's spokesman «...»": a quotation longer than a name after
    // the office is the speech, not part of the office.
    #[test]
    fn a_quotation_after_an_office_closes_it() {
        check_speaker(
            "وأعلنت حركة الشباب مسؤوليتها، حيث قال علي حسن، المتحدث باسم العمليات العسكرية للحركة \"قتلنا 19 جنديا\".",
            "killed 19 by=علي حسن، المتحدث باسم العمليات العسكرية للحركة camp=al-shabaab",
        );
        check_speaker(
            "وقال فلاديسلاف أندريف، الناطق باسم “عملية مكافحة الإرهاب”، إن 7 جنود أصيبوا.",
            "wounded 7 by=فلاديسلاف أندريف، الناطق باسم “عملية مكافحة الإرهاب camp=other",
        );
    }

    // "X, the spokesman of the movement": the movement is the one named
    // earlier in the sentence.
    #[test]
    fn a_long_phrase_ending_on_a_short_form_speaks_for_the_party_named_before() {
        check_speaker(
            "وتبنت حركة الشباب الهجوم، حيث قال علي حسن، المتحدث باسم الشؤون العسكرية للحركة: قتلنا 19 جنديا.",
            "killed 19 by=علي حسن، المتحدث باسم الشؤون العسكرية للحركة camp=al-shabaab",
        );
        check_speaker(
            "The Shabaab group claimed the raid, and Ali Hassan, the spokesman for the military wing of the group, said 15 soldiers were killed.",
            "killed 15 by=Ali Hassan camp=al-shabaab",
        );
        // A conjunction before the phrase is no part of it.
        check_speaker(
            "Boko Haram claimed the raid, and the spokesman for the military wing of the group said 15 soldiers were killed.",
            "killed 15 by=the spokesman for the military wing of the group camp=other",
        );
    }

    // A liberation or a framing word inside a party's name liberates
    // nothing and does not end the name: «هيئة تحرير الشام».
    #[test]
    fn a_proposition_word_inside_a_party_name_is_part_of_the_name() {
        check_speaker("وقالت هيئة تحرير الشام إن 8 مدنيين قتلوا.", "killed 8 by=هيئة تحرير الشام camp=hts");
        check_speaker(
            "وقالت الجبهة الشعبية لتحرير تيجراي إن 8 مدنيين قتلوا.",
            "killed 8 by=الجبهة الشعبية لتحرير تيجراي camp=tplf",
        );
        check_speaker(
            "The Tigray People's Liberation Front said 8 civilians were killed.",
            "killed 8 by=The Tigray People's Liberation Front camp=tplf",
        );
    }

    // «X، التي اتهمت الحكومة»: after a relative pronoun whose antecedent is
    // a party, the party after the verb is its object.
    #[test]
    fn the_party_after_a_relative_verb_is_its_object() {
        check_speaker(
            "ولم تعلق حركة الشباب، التي اتهمت الحكومة بقتل 6 مدنيين.",
            "killed 6 by=حركة الشباب camp=al-shabaab",
        );
        check_speaker(
            "There was no word from al-Shabaab, which accused the government of killing 6 civilians.",
            "killed 6 by=al-Shabaab camp=al-shabaab",
        );
        // An antecedent that names no party leaves the subject after the verb.
        check_speaker("قالت باكو إن 6 مدنيين قتلوا، الأمر الذي نفته أرمينيا.", "killed 6 by=باكو camp=baku");
    }

    // "the army" after an armed group is not the group; "the group" is.
    #[test]
    fn an_institution_after_an_armed_group_is_not_the_group() {
        check_speaker(
            "قالت حركة الشباب إن 30 جنديا قتلوا. وقال الجيش إن 4 جنود قتلوا.",
            "killed 30 by=حركة الشباب camp=al-shabaab; killed 4 by=الجيش camp=other",
        );
        check_speaker(
            "Al-Shabaab said 30 soldiers were killed. The army said 4 soldiers were killed.",
            "killed 30 by=Al-Shabaab camp=al-shabaab; killed 4 by=The army camp=other",
        );
        check_speaker(
            "قالت حركة الشباب إن 30 جنديا قتلوا. وقالت المجموعة إن 4 آخرين أصيبوا.",
            "killed 30 by=حركة الشباب camp=al-shabaab; wounded 4 by=حركة الشباب camp=al-shabaab",
        );
    }

    // «اتهم X Y بـ...»: after a verb, a party of another camp right after
    // the subject's name is the verb's object; joined by "and", both speak.
    #[test]
    fn a_second_party_after_the_subject_is_the_object() {
        check_speaker(
            "واتهم الجيش السوداني قوات الدعم السريع بقتل 12 مدنيا.",
            "killed 12 by=الجيش السوداني camp=sudan",
        );
        check_speaker("واتهمت أرمينيا أذربيجان بقتل 4 مدنيين.", "killed 4 by=أرمينيا camp=yerevan");
        check_speaker("وقالت وسائل إعلام سعودية إن 5 جنود قتلوا.", "killed 5 by=وسائل إعلام سعودية camp=media");
    }

    // A party's name quoted in part is still its name: «الحزب الديمقراطي
    // الكردستاني» في إيران is the Iranian Kurdish party, not Iran.
    #[test]
    fn a_name_quoted_in_part_is_one_name() {
        check_speaker(
            "وقال «الحزب الديمقراطي الكردستاني» في إيران إن 6 جنود قتلوا.",
            "killed 6 by=الحزب الديمقراطي الكردستاني» في إيران camp=kdpi",
        );
        check_speaker("وقال \"الحرس الثوري\" إن 3 مسلحين قتلوا.", "killed 3 by=الحرس الثوري camp=iran");
        check_speaker(
            "وقال «الحزب الديمقراطي» الكردستاني الإيراني إن 6 جنود قتلوا.",
            "killed 6 by=الحزب الديمقراطي» الكردستاني الإيراني camp=kdpi",
        );
    }

    // A party's name is read whole, whatever words it holds.
    #[test]
    fn a_name_holding_a_stop_word_is_read_whole() {
        check_speaker(
            "وقال التحالف الذي تقوده السعودية إن 14 مسلحا قتلوا.",
            "killed 14 by=التحالف الذي تقوده السعودية camp=arab-coalition",
        );
        check_speaker(
            "وقال الحزب الديمقراطي الكردستاني في إيران إن 6 جنود قتلوا.",
            "killed 6 by=الحزب الديمقراطي الكردستاني في إيران camp=kdpi",
        );
        check_speaker(
            "The Coalition to Restore Legitimacy in Yemen said 14 fighters were killed.",
            "killed 14 by=The Coalition to Restore Legitimacy in Yemen camp=arab-coalition",
        );
    }

    // "X who launched the campaign, denied ...": the subject stands before
    // the relative clause, not inside it.
    #[test]
    fn a_relative_clause_between_subject_and_verb() {
        check_speaker(
            "The army spokesman who spoke to reporters on Sunday said 12 soldiers were killed.",
            "killed 12 by=The army spokesman camp=other",
        );
        check_speaker(
            "General Khalifa Haftar, who launched the offensive last month, said 30 militants were killed.",
            "killed 30 by=General Khalifa Haftar camp=lna",
        );
        check_speaker(
            "وقال الجيش السوداني الذي يخوض معارك في المدينة منذ أشهر إن 12 مدنيا قتلوا.",
            "killed 12 by=الجيش السوداني camp=sudan",
        );
        // A long aside: "which runs … and is critical of …".
        check_speaker(
            "The Iraqi Red Crescent, which runs three clinics in the north and is often critical of the militias in the city, said 40 people were killed.",
            "killed 40 by=The Iraqi Red Crescent camp=other",
        );
        check_speaker(
            "وقال المرصد السوري لحقوق الإنسان الذي يتخذ من بريطانيا مقرا له ويعتمد على شبكة واسعة من المصادر في أنحاء البلاد إن 40 مدنيا قتلوا.",
            "killed 40 by=المرصد السوري لحقوق الإنسان camp=other",
        );
    }

    /// "The Government of National Accord (GNA) said": a name in
    /// parentheses that decides the speaker is shown closed.
    #[test]
    fn an_acronym_in_parentheses_is_shown_closed() {
        check_speaker(
            "The Government of National Accord (GNA) said 9 civilians were killed.",
            "killed 9 by=The Government of National Accord (GNA) camp=gna",
        );
        check_speaker(
            "The eastern-based Libyan National Army (LNA) said 7 fighters were killed.",
            "killed 7 by=The eastern-based Libyan National Army (LNA) camp=lna",
        );
    }

    // "claimed the lives of five": a casualty phrase that opens on a speech
    // word reports nothing; the sentence names no speaker.
    #[test]
    fn a_casualty_phrase_is_no_speech() {
        check_speaker(
            "Hours later a second attack took place at a mosque and claimed the lives of five people.",
            "killed 5 by=- camp=media",
        );
        check_speaker("The police said the blast claimed the lives of 9 people.", "killed 9 by=The police camp=other");
    }

    // Spellings and words that name a party: "informs", "Hizbullah", "Zionist".
    #[test]
    fn more_words_that_name_a_party_or_report() {
        check_speaker(
            "The Karabakh defence army informs that 30 soldiers were killed.",
            "killed 30 by=The Karabakh defence army camp=separatists",
        );
        check_speaker("Hizbullah said that 4 soldiers were killed.", "killed 4 by=Hizbullah camp=hezbollah");
        check_speaker("وقالت المصادر الصهيونية إن جنديا واحدا قتل.", "killed 1 by=المصادر الصهيونية camp=israel");
    }

    // «جبهة الساحل كذبت المزاعم التركية مؤكدة أن ...»: a participle after a
    // denial goes on with the denier, not with the party whose claims it
    // denied (nor the speaker before).
    #[test]
    fn a_participle_after_a_denial_is_the_denier_s() {
        check_speaker(
            "وأعلن الجيش التركي أن طائراته دمرت 40 هدفا. وكذبت جبهة الساحل المزاعم التركية مؤكدة أن الغارات أدت إلى مقتل 7 مدنيين.",
            "killed 7 by=جبهة الساحل camp=-",
        );
        check_speaker(
            "وأعلن الجيش التركي أن طائراته دمرت 40 هدفا. بدورها وحدات حماية الشعب كذبت المزاعم التركية مؤكدة أن الغارات أدت إلى مقتل 7 مدنيين.",
            "killed 7 by=بدورها وحدات حماية الشعب camp=sdf",
        );
        check_speaker(
            "وقال الجيش الروسي إن قواته قتلت 20 مسلحا. ونفى مصدر عسكري أوكراني هذه المزاعم مؤكدا أن 3 جنود فقط أصيبوا.",
            "killed 20 by=الجيش الروسي camp=moscow; wounded 3 by=مصدر عسكري أوكراني camp=ukraine",
        );
    }

    // Digits glued to a word are part of a name ("M23"), not a figure that
    // ends the speaker phrase.
    #[test]
    fn digits_glued_to_a_word_stay_in_the_name() {
        check_speaker("A spokesman for M23 said 40 soldiers were killed.", "killed 40 by=A spokesman for M23 camp=m23");
        check_speaker("M23's political wing said 17 villagers died.", "killed 17 by=M23 camp=m23");
        check_speaker("The G5 force said 12 militants were killed.", "killed 12 by=The G5 force camp=other");
        check_speaker("The army said 8 soldiers died, 3 officers said.", "killed 8 by=The army camp=other");
    }

    // A short name in quotation marks is the speaker's name, not a quotation.
    #[test]
    fn a_quoted_name_is_the_speaker() {
        check_speaker("وقالت «قوات الدعم السريع» إن 40 مدنيا قتلوا.", "killed 40 by=قوات الدعم السريع camp=rsf");
        check_speaker("وقالت «هيئة تحرير الشام» إن 3 مقاتلين قتلوا.", "killed 3 by=هيئة تحرير الشام camp=hts");
        check_speaker("وأعلنت «سنتكوم» أن 2 من جنودها أصيبوا.", "wounded 2 by=سنتكوم camp=washington");
    }

    // «وكان X قد أعلن»: the subject stands before the auxiliary; what follows
    // the verb is its object, even when it names forces.
    #[test]
    fn the_subject_before_qad() {
        check_speaker(
            "وكان الجيش السوداني قد أعلن الأحد مقتل 20 من عناصر قوات الدعم السريع.",
            "killed 20 by=الجيش السوداني camp=sudan",
        );
        check_speaker(
            "وكانت وزارة الدفاع الروسية قد أعلنت مقتل 15 جنديا أوكرانيا.",
            "killed 15 by=وزارة الدفاع الروسية camp=moscow",
        );
        check_speaker(
            "وكان رئيس الأركان الروسي قد أعلن سيطرة قواته على البلدة ومقتل 40 جنديا أوكرانيا.",
            "killed 40 by=رئيس الأركان الروسي camp=moscow",
        );
    }

    // «قال ... للوكالة»: the one spoken to is not the speaker.
    #[test]
    fn the_addressee_is_not_the_speaker() {
        check_speaker("وقال مصدر طبي للوكالة إن 17 شخصا أصيبوا.", "wounded 17 by=مصدر طبي camp=-");
        check_speaker(
            "أعلن الجيش السوداني مقتل 5 مدنيين. وقال لقناة الجزيرة إن 12 جنديا قتلوا.",
            "killed 5 by=الجيش السوداني camp=sudan; killed 12 by=الجيش السوداني camp=sudan",
        );
        check_speaker(
            "وقال الجيش السوداني لوكالة فرانس برس إن 30 جنديا قتلوا.",
            "killed 30 by=الجيش السوداني camp=sudan",
        );
    }

    #[test]
    fn an_adverb_before_the_verb_is_not_the_speaker() {
        check_speaker(
            "The Kenyan army on Friday firmly said that 57 soldiers were killed.",
            "killed 57 by=The Kenyan army camp=kenya",
        );
        check_speaker(
            "Ukrainian officials later said 14 people were killed.",
            "killed 14 by=Ukrainian officials camp=ukraine",
        );
        check_speaker(
            "The Sudanese army publicly acknowledged that 9 soldiers died.",
            "killed 9 by=The Sudanese army camp=sudan",
        );
    }

    #[test]
    fn a_time_word_before_the_verb_is_not_the_speaker() {
        check_speaker(
            "Ukrainian officials late Monday reported 14 people killed.",
            "killed 14 by=Ukrainian officials camp=ukraine",
        );
        check_speaker(
            "The Kenyan police on Tuesday said 5 people were killed.",
            "killed 5 by=The Kenyan police camp=kenya",
        );
        check_speaker(
            "Israeli officials yesterday said 3 soldiers were killed.",
            "killed 3 by=Israeli officials camp=israel",
        );
    }

    #[test]
    fn a_relayed_source_keeps_the_whole_phrase_and_the_known_party() {
        check_speaker(
            "وأعلنت وزارة الدفاع الإثيوبية نقلا عن قائد ميداني مقتل 15 مسلحا.",
            "killed 15 by=وزارة الدفاع الإثيوبية نقلا عن قائد ميداني camp=ethiopia",
        );
        check_speaker(
            "وقالت الحكومة اليمنية نقلا عن مصادر طبية إن 8 أشخاص قتلوا.",
            "killed 8 by=الحكومة اليمنية نقلا عن مصادر طبية camp=yemen",
        );
        check_speaker(
            "وذكرت وكالة الأنباء نقلا عن الجيش الباكستاني أن 4 جنود قتلوا.",
            "killed 4 by=وكالة الأنباء نقلا عن الجيش الباكستاني camp=pakistan",
        );
        check("A news agency citing the Pakistani army said 4 soldiers were killed.", "killed 4 camp=pakistan");
        check("State television citing the Iraqi army said 4 soldiers were killed.", "killed 4 camp=iraq");
    }

    #[test]
    fn agentless_reporting_is_the_outlets_voice() {
        check("It was reported that 25 people were killed in the shelling.", "killed 25 camp=media");
        check("At least 25 deaths were reported after the shelling.", "killed 25 camp=media");
        check("وأفيد بمقتل 25 شخصا في القصف.", "killed 25 camp=media");
        check("Dozens of deaths were reported by the Yemeni health ministry.", "killed ~ camp=yemen");
    }

    #[test]
    fn a_statement_of_a_party_is_that_partys() {
        check(
            "قالت وزارة الصحة العراقية إن 5 أشخاص قتلوا. وجاء في بيان للوزارة أن 12 آخرين أصيبوا.",
            "killed 5 camp=iraq; wounded 12 camp=iraq",
        );
        check("وجاء في بيان للجيش الصومالي أن 12 شخصا قتلوا.", "killed 12 camp=somalia");
        check("وورد في بيان صادر عن الحكومة الليبية أن 12 شخصا قتلوا.", "killed 12 camp=libya");
        check("A statement from the Somali army said 12 people were killed.", "killed 12 camp=somalia");
        check("According to a statement by the Libyan government, 12 people were killed.", "killed 12 camp=libya");
        check(
            "The Iraqi health ministry said 5 people were killed. The ministry's statement said 12 others were wounded.",
            "killed 5 camp=iraq; wounded 12 camp=iraq",
        );
    }

    #[test]
    fn newsroom_reporting_verbs() {
        check("ولفتت وزارة الصحة التركية إلى أن 9 أشخاص قتلوا.", "killed 9 camp=ankara");
        check("وأحصت منظمة العفو الدولية مقتل 33 مدنيا.", "killed 33 camp=amnesty");
        check("واعتبرت الحكومة الصومالية أن 6 جنود قتلوا.", "killed 6 camp=somalia");
        check("Human Rights Watch documented 33 civilian deaths.", "killed 33 camp=hrw");
        check("The Nigerian army stressed that 6 soldiers were killed.", "killed 6 camp=nigeria");
    }
}

mod carry {
    use super::*;

    #[test]
    fn a_quotation_paragraph_continues_the_speaker_before_it() {
        check(
            "\"The strikes hit the depots,\" the Sudanese army spokesman said.\n\n\"More than 70 enemy fighters were killed.\"",
            "killed 70 camp=sudan",
        );
        check(
            "\"We hit their positions,\" a Houthi military spokesman said.\n\n\"At least 14 attackers were killed.\"",
            "killed 14 camp=houthis",
        );
        check(
            "وقال المتحدث باسم الجيش الصومالي: \"دمرنا معسكراتهم.\"\n\n\"قتل 30 شخصا في العملية.\"",
            "killed 30 camp=somalia",
        );
    }

    #[test]
    fn a_quotation_paragraph_later_in_the_article_is_not_carried() {
        check(
            "\"The strikes hit the depots,\" the Sudanese army said.\n\nThe fighting went on for days.\n\n\"More than 70 people were killed.\"",
            "killed 70 camp=media",
        );
    }

    #[test]
    fn a_sentence_opening_on_the_figure_continues_the_speaker() {
        check(
            "The Malian army said 40 people were killed. This number includes 12 children killed in the raid.",
            "killed 40 camp=mali; killed 12 camp=mali",
        );
        check(
            "Chadian officials said 25 people were killed. That figure includes 9 soldiers killed at the border.",
            "killed 25 camp=chad; killed 9 camp=chad",
        );
        check(
            "قالت وزارة الصحة اللبنانية إن 25 شخصا قتلوا. وهذا العدد يشمل 9 أطفال قتلوا في الغارة.",
            "killed 25 camp=lebanon; killed 9 camp=lebanon",
        );
    }

    #[test]
    fn a_definite_phrase_with_the_head_of_the_previous_speaker_refers_to_it() {
        check(
            "The Turkish Anadolu Agency said 6 people were killed. Another 4 were wounded, the news agency added.",
            "killed 6 camp=ankara; wounded 4 camp=ankara",
        );
        check(
            "The Egyptian Interior Ministry said 6 people were killed. Another 4 were wounded, the ministry added.",
            "killed 6 camp=egypt; wounded 4 camp=egypt",
        );
        check(
            "قالت وزارة الداخلية المصرية إن 6 أشخاص قتلوا. وقالت الوزارة إن 4 أصيبوا.",
            "killed 6 camp=egypt; wounded 4 camp=egypt",
        );
    }

    #[test]
    fn the_country_stands_for_the_country_just_named() {
        check("In Iraq, the country's health ministry said 11 people were killed.", "killed 11 camp=iraq");
        check("A Jordanian news site, citing the country's army, said 2 soldiers were killed.", "killed 2 camp=jordan");
        check("وفي العراق، قالت وزارة الصحة في البلاد إن 11 شخصا قتلوا.", "killed 11 camp=iraq");
    }
}

mod statements {
    use super::*;

    #[test]
    fn what_a_speaker_issued_stands_for_the_speaker() {
        check(
            "The Ethiopian government said the rebels attacked the town. The statement put the death toll at 52.",
            "killed 52 camp=ethiopia",
        );
        check(
            "The Nigerien army said the raid was repelled. The report said 17 soldiers were killed.",
            "killed 17 camp=niger",
        );
        check("قالت الحكومة الليبية إنها صدت الهجوم. وقال البيان إن 17 شخصا قتلوا.", "killed 17 camp=libya");
    }

    #[test]
    fn a_definite_noun_that_cannot_speak_is_not_the_previous_speaker() {
        check(
            "The Kenyan army said 5 soldiers were killed. The offensive said nothing of 20 people killed in the market.",
            "killed 5 camp=kenya; killed 20 camp=-",
        );
        check(
            "قال الجيش الكيني إن 5 جنود قتلوا. وأضافت الحرب 20 قتيلا جديدا في السوق.",
            "killed 5 camp=kenya; killed 20 camp=-",
        );
        check(
            "The Kenyan army said 5 soldiers were killed. The fighting went on, and 20 people were killed, the weather said.",
            "killed 5 camp=kenya; killed 20 camp=-",
        );
    }
}

mod independence {
    use super::*;

    #[test]
    fn a_nationality_does_not_make_an_independent_speaker_the_states() {
        check("A Sudanese medical group said 38 civilians were killed.", "killed 38 camp=other");
        check("Syrian activists said 12 people were killed in the shelling.", "killed 12 camp=-");
        check("Congolese rebels said 9 soldiers were killed.", "killed 9 camp=-");
        check("وقالت شبكة أطباء السودان إن 38 مدنيا قتلوا.", "killed 38 camp=other");
        check("وقال ناشطون سوريون إن 12 شخصا قتلوا في القصف.", "killed 12 camp=-");
        check("وقال شهود عيان يمنيون إن 9 أشخاص قتلوا.", "killed 9 camp=-");
    }

    #[test]
    fn a_state_institution_keeps_the_states_camp() {
        check("The Syrian defence ministry said 12 people were killed.", "killed 12 camp=syria");
        check("وقالت وزارة الدفاع السورية إن 12 شخصا قتلوا.", "killed 12 camp=syria");
        check("Congolese army officials said 9 soldiers were killed.", "killed 9 camp=dr-congo");
    }
}

mod spelling {
    use super::*;

    #[test]
    fn the_article_fused_with_another_clitic_still_names_the_party() {
        check("قالت وزارة الصحة التابعة للحوثيين إن 9 أشخاص قتلوا.", "killed 9 camp=houthis");
        check("قال المتحدث باسم القوات التابعة للسودان إن 9 أشخاص قتلوا.", "killed 9 camp=sudan");
        check("قال مسؤول في وزارة الدفاع التابعة للحكومة اليمنية إن 9 أشخاص قتلوا.", "killed 9 camp=yemen");
    }

    #[test]
    fn a_hyphenated_modifier_stays_in_the_speaker_phrase() {
        // The name before the hyphen only modifies the head.
        check_speaker(
            "The toll rose to 120, the Houthi-run health ministry said.",
            "killed 120 by=the Houthi-run health ministry camp=other",
        );
        check_speaker(
            "The Hamas-run health ministry said 40 people were killed.",
            "killed 40 by=The Hamas-run health ministry camp=other",
        );
        check_speaker(
            "Armenia-backed separatists said 6 people were killed.",
            "killed 6 by=Armenia-backed separatists camp=separatists",
        );
        check_speaker(
            "Kremlin-backed authorities in Donetsk said 6 people were killed.",
            "killed 6 by=Kremlin-backed authorities camp=other",
        );
    }
}

mod clauses {
    use super::*;

    #[test]
    fn a_second_verb_joined_by_and_keeps_the_first_verbs_subject() {
        check(
            "The Azerbaijani defence ministry accused the separatists of the attack and said 20 soldiers were killed.",
            "killed 20 camp=baku",
        );
        check(
            "The Ethiopian army blamed Eritrean troops for the raid and said 9 people were killed.",
            "killed 9 camp=ethiopia",
        );
        check("Israeli officials accused Hamas of the blast and said 7 people were killed.", "killed 7 camp=israel");
    }

    #[test]
    fn a_qualified_authority_is_not_the_previous_speaker() {
        check(
            "قالت السلطات الأوكرانية إن 3 أشخاص قتلوا. وأعلنت السلطات المحلية في فورونيج إصابة 27 شخصا.",
            "killed 3 camp=ukraine; wounded 27 camp=other",
        );
        check(
            "Ukrainian authorities said 3 people were killed. Local authorities in Belgorod said 27 were wounded.",
            "killed 3 camp=ukraine; wounded 27 camp=other",
        );
        check(
            "قالت الحكومة السودانية إن 3 أشخاص قتلوا. وقالت الحكومة المحلية في دارفور إن 27 أصيبوا.",
            "killed 3 camp=sudan; wounded 27 camp=other",
        );
    }
}

mod quotations {
    use super::*;

    #[test]
    fn a_subject_right_after_a_closing_quotation_speaks_it() {
        check(
            "\"Twelve people were killed and 40 injured,\" the Tunisian interior ministry said in a statement sent to reporters.",
            "killed 12 camp=tunisia; wounded 40 camp=tunisia",
        );
        check(
            "\"At least 8 people were killed,\" the Malawian police said on its website late on Friday.",
            "killed 8 camp=malawi",
        );
        check("«قتل 8 أشخاص على الأقل» قالت الشرطة الأردنية في بيان نشرته على موقعها.", "killed 8 camp=jordan");
    }

    #[test]
    fn a_verb_after_a_pronoun_complementizer_keeps_the_speaker() {
        check("وقالت وزارة الصحة العراقية إنها أحصت بين المصابين 14 قتيلا.", "killed 14 camp=iraq");
        check("وقالت الحكومة الصومالية إنها وثقت مقتل 14 شخصا.", "killed 14 camp=somalia");
        check("وأعلن الجيش النيجيري أنه أحصى منذ الأحد 14 قتيلا.", "killed 14 camp=nigeria");
    }

    #[test]
    fn a_statement_however_long_is_the_previous_speakers() {
        check(
            "The Cuban health ministry said 5 people died. The previous update reported 3 deaths.",
            "killed 5 camp=cuba; killed 3 camp=cuba",
        );
        check(
            "قالت وزارة الصحة التونسية إن 5 أشخاص قتلوا. وأشار البيان سالف الذكر إلى أن 3 أصيبوا.",
            "killed 5 camp=tunisia; wounded 3 camp=tunisia",
        );
        check(
            "The Chilean interior ministry said 5 people died. A report said 3 more were killed.",
            "killed 5 camp=chile; killed 3 camp=-",
        );
    }
}

mod people {
    use super::*;

    #[test]
    fn the_leaders_and_spokesmen_of_the_parties_speak_for_them() {
        check("Zelenskyy said 14 people were killed in the strike.", "killed 14 camp=ukraine");
        check("Houthi military spokesman Yahya Saree said 9 people were killed.", "killed 9 camp=houthis");
        check("Hemedti said 30 of his fighters were killed.", "killed 30 camp=rsf");
        check("وقال زيلينسكي إن 14 شخصا قتلوا في الضربة.", "killed 14 camp=ukraine");
        check("وقال المتحدث العسكري يحيى سريع إن 9 أشخاص قتلوا.", "killed 9 camp=houthis");
        check("وقال الفريق عبد الفتاح البرهان إن 30 شخصا قتلوا.", "killed 30 camp=sudan");
    }

    #[test]
    fn a_name_that_is_a_common_word_is_matched_only_whole() {
        // "سريع" alone is "fast", as in the RSF's own name.
        check("وقالت قوات الدعم السريع إن 9 أشخاص قتلوا.", "killed 9 camp=rsf");
        check("وقال مصدر سريع الاطلاع إن 9 أشخاص قتلوا.", "killed 9 camp=-");
        check("A gallant officer said 9 people were killed.", "killed 9 camp=-");
    }
}

mod explanations {
    use super::*;

    /// The speaker line of each quantity claim's trace.
    fn speaker_traces(text: &str) -> Vec<String> {
        let meta = DocumentMeta {
            path: "t.txt".into(),
            language: Some(Language::new(language_of(text))),
            published: Some(date(2024, 3, 12)),
            ..Default::default()
        };
        let extractor = crosscheck_extractor::Extractor::new(shipped::rules()).with_explain(true);
        let claims = extractor.extract(0, &meta, text).claims;
        claims
            .iter()
            .filter(|c| c.quantity().is_some())
            .filter_map(|c| c.trace.iter().find(|t| t.starts_with("speaker:")).cloned())
            .collect()
    }

    #[test]
    fn each_choice_names_its_rule_and_the_earlier_mention() {
        let traces = speaker_traces(
            "The Ukrainian Health Ministry said 40 people were killed. Later the ministry said 12 more were killed.",
        );
        assert!(traces[1].contains("the ministry") && traces[1].contains("ukrainian health ministry"), "{traces:?}");
        let traces = speaker_traces("تبادلت إثيوبيا وإريتريا الاتهامات، وقالت الأخيرة إن 20 جنديا قتلوا.");
        // Traces quote the folded text: "إريتريا" is "اريتريا" there.
        assert!(traces[0].contains("the latter") && traces[0].contains("اريتريا"), "{traces:?}");
        let traces = speaker_traces("وأفيد بمقتل 25 شخصا في القصف.");
        assert!(traces[0].contains("outlet's own voice"), "{traces:?}");
    }
}

/// "Kyiv claims Russia lost 500 soldiers": "claims" with a party right
/// after it is the verb, and the party its object; "claims by Armenia that
/// ..." is still the noun whose owner follows.
mod claims_as_a_verb {
    use super::*;

    #[test]
    fn the_subject_speaks() {
        check("Kyiv claims Russia lost 500 soldiers in the attack.", "killed 500 camp=ukraine");
        check("Moscow claims Ukraine lost 300 soldiers near Bakhmut.", "killed 300 camp=moscow");
        check("Baku claims Armenia lost 40 soldiers in the clashes.", "killed 40 camp=baku");
    }

    #[test]
    fn claims_by_a_party_are_still_its_own() {
        check("Baku rejected claims by Armenia that 40 soldiers were killed.", "killed 40 camp=yerevan");
    }
}

/// "The OLA — which last year aligned with Tigrayan forces — has denied":
/// an aside between dashes is read over when an auxiliary stands between
/// it and the verb, as when none does.
mod a_dashed_aside_before_an_auxiliary {
    use super::*;

    #[test]
    fn is_read_over() {
        check_speaker(
            "The rebel alliance — a group of armed movements from the east — has said 40 soldiers were killed.",
            "killed 40 by=The rebel alliance camp=-",
        );
        check_speaker(
            "The army — which has fought the rebels for a decade — has said 40 rebels were killed.",
            "killed 40 by=The army camp=other",
        );
        check_speaker(
            "The ministry — which runs the hospitals in the north — had said 12 civilians were killed.",
            "killed 12 by=The ministry camp=other",
        );
    }
}

/// "the coalition fighting the Houthis", "the operation against the
/// separatists", «العملية العسكرية ضد الانفصاليين»: the party fought is not
/// the speaker.
mod a_party_the_speaker_fights {
    use super::*;

    #[test]
    fn is_not_the_speaker() {
        check("The Ukrainian forces fighting the separatists said 8 soldiers were killed.", "killed 8 camp=ukraine");
        check("A spokesman for the operation against the separatists said 8 soldiers were killed.", "killed 8 camp=-");
        check(
            "A spokesman for the Saudi-led coalition battling the Houthis said 12 rebels were killed.",
            "killed 12 camp=arab-coalition",
        );
        check("وقالت القوات الأوكرانية التي تقاتل الانفصاليين إن 8 جنود قتلوا.", "killed 8 camp=ukraine");
        check("وقال المتحدث باسم الحملة ضد الانفصاليين إن 8 جنود قتلوا.", "killed 8 camp=other");
    }

    #[test]
    fn the_party_itself_still_speaks() {
        check("The separatists said 8 soldiers were killed.", "killed 8 camp=separatists");
        check("وقال الانفصاليون إن 8 جنود قتلوا.", "killed 8 camp=separatists");
    }
}

/// «أعلنت القوات ... مقتل قيادي، فيما أصيب ثلاثة أطفال ...، بحسب مصدر طبي»: a
/// clause that a break opens is the source's that closes it, however long
/// the first speaker's phrase.
mod a_clause_after_a_break {
    use super::*;

    #[test]
    fn is_the_closing_source_s() {
        check_speaker(
            "وقال الجيش إن قواته صدت هجوما على مواقعه، في حين قتل خمسة مدنيين في القصف على البلدة والقرى المجاورة لها، بحسب مصادر طبية.",
            "killed 5 by=مصادر طبية camp=-",
        );
        check_speaker(
            "أعلنت الحكومة اليمنية مقتل قيادي بارز في الجماعة، بينما أصيب أربعة أطفال في قصف على الحي السكني بالمدينة، وفقا لشهود عيان.",
            "wounded 4 by=لشهود عيان camp=-",
        );
        check_speaker(
            "أكدت وزارة الدفاع الأذربيجانية تدمير مواقع للعدو في المنطقة، فيما قتل ثلاثة مدنيين في قصف مدفعي على القرية، بحسب مصادر محلية.",
            "killed 3 by=مصادر محلية camp=-",
        );
        check_speaker(
            "The Azerbaijani defence ministry said its forces destroyed enemy positions in the region, while three civilians were killed in artillery shelling of the village, according to local sources.",
            "killed 3 by=local sources camp=-",
        );
        check_speaker(
            "The government announced that a senior commander of the group had been killed, but four children were wounded in the shelling of a residential district, according to witnesses.",
            "wounded 4 by=witnesses camp=-",
        );
    }

    #[test]
    fn the_clause_before_the_break_stays_the_first_speaker_s() {
        check_speaker(
            "أعلنت الحكومة اليمنية مقتل 5 جنود في الهجوم على الموقع العسكري، بينما قتل 3 مدنيين في قصف على الحي السكني بالمدينة، بحسب شهود عيان.",
            "killed 5 by=الحكومة اليمنية camp=yemen; killed 3 by=شهود عيان camp=-",
        );
    }
}

mod acronyms_and_references {
    use super::*;

    #[test]
    fn an_acronym_in_parentheses_closes_the_subject() {
        check_speaker(
            "The Darel Defence Front (DDF) on Sunday said it had killed 300 soldiers, reports the BBC.",
            "killed 300 by=The Darel Defence Front (DDF) camp=-",
        );
        check_speaker(
            "The Artsakh Defence Army (ADA) said 12 of its soldiers were killed.",
            "killed 12 by=The Artsakh Defence Army (ADA) camp=separatists",
        );
        check_speaker(
            "The paramilitary Rapid Support Forces (RSF) said 40 of its fighters were killed.",
            "killed 40 by=The paramilitary Rapid Support Forces (RSF) camp=rsf",
        );
        check_speaker(
            "وقالت جبهة دفاع داريل (DDF) إن 300 جندي قتلوا في المعارك.",
            "killed 300 by=جبهة دفاع داريل (DDF) camp=-",
        );
        check_speaker(
            "وقال جيش دفاع أرتساخ (ADA) في بيان إن 12 من جنوده قتلوا.",
            "killed 12 by=جيش دفاع أرتساخ (ADA) camp=separatists",
        );
        check_speaker(
            "وقال المجلس العسكري الانتقالي (TMC) إن 5 جنود قتلوا في الهجوم.",
            "killed 5 by=المجلس العسكري الانتقالي (TMC) camp=-",
        );
    }

    /// "Uganda People's Defence Forces": a state's army whose name holds a
    /// rebel coalition's ("People's Defence Forces") is the state's.
    #[test]
    fn a_state_s_army_named_like_a_rebel_force_is_the_state_s() {
        check("The Uganda People's Defence Forces spokesperson said four soldiers died.", "killed 4 camp=uganda");
        check("The UPDF said 12 of its soldiers were killed in the attack.", "killed 12 camp=uganda");
        check("وقالت قوات الدفاع الشعبية الأوغندية إن 4 جنود قتلوا في الهجوم.", "killed 4 camp=uganda");
        check("Kenya Defence Forces said they killed 30 militants.", "killed 30 camp=kenya");
        check(
            "A People's Defence Force spokesman said 20 soldiers were killed in the ambush.",
            "killed 20 camp=myanmar-resistance",
        );
    }

    #[test]
    fn the_army_after_a_speaker_of_no_camp_is_not_that_speaker() {
        check_speaker(
            "The Darel front said it had killed 300 soldiers. The army said 40 soldiers were killed.",
            "killed 300 by=The Darel front camp=-; killed 40 by=The army camp=other",
        );
        check_speaker(
            "A local militia said 30 fighters died. The military said 50 fighters were killed.",
            "killed 30 by=A local militia camp=-; killed 50 by=The military camp=other",
        );
        check_speaker(
            "قالت جبهة داريل إن 300 جندي قتلوا. وقال الجيش إن 40 جنديا قتلوا.",
            "killed 300 by=جبهة داريل camp=-; killed 40 by=الجيش camp=other",
        );
    }
}

mod whom_a_side_killed {
    use super::*;

    #[test]
    fn losses_in_the_speaker_s_ranks_are_its_own() {
        check_side("وقالت وزارة الدفاع التركية إن 5 قتلوا في صفوفها.", "killed 5 side=turkish");
        check_side("The Turkish defence ministry said 5 were killed in its ranks.", "killed 5 side=turkish");
        check_side("وقال المتحدث باسم الجيش التركي إن 5 من جنودنا قتلوا.", "killed 5 side=turkish");
        // "on its side": the speaker's own side, as "in its ranks".
        check_side("The Turkish health ministry reported 14 wounded on its side.", "wounded 14 side=turkish");
        check_side("The Turkish army said five soldiers were killed on its side.", "killed 5 side=turkish");
        check_side(
            "The Iraqi officials said 30 people were wounded on their side of the border.",
            "wounded 30 side=iraq",
        );
    }

    #[test]
    fn a_side_that_says_it_killed_counts_its_enemy() {
        check_side("The Darel front said it had killed 300 soldiers.", "killed 300 side=enemy of the darel front");
        check_side("The army said it killed 120 rebels in the hills.", "killed 120 side=enemy of the army");
        check_side("The militia said they had killed 40 soldiers.", "killed 40 side=enemy of the militia");
        check_side("قالت جبهة داريل إنها قتلت 300 جندي.", "killed 300 side=enemy of جبهة داريل");
        check_side("قال الجيش إنه قتل 120 متمردا في التلال.", "killed 120 side=enemy of الجيش");
        check_side("قالت الميليشيا إنهم قتلوا 40 جنديا.", "killed 40 side=enemy of الميليشيا");
    }

    /// A nationality of two words agrees in both: «السودانيين الجنوبيين» is
    /// South Sudanese, not Sudanese; after a counted noun it stands in the
    /// accusative («جنديا كوريا شماليا»).
    #[test]
    fn a_nationality_of_two_words_is_one_nationality() {
        check_side("قالت الحكومة السودانية إن مئات الجنود السودانيين الجنوبيين قتلوا.", "killed ~ side=south-sudan");
        check_side("قال الجيش السوداني إن 40 من الجنود السودانيين الجنوبيين قتلوا.", "killed 40 side=south-sudan");
        check_side("قال الجيش الكوري الجنوبي إن 12 جنديا كوريا شماليا قتلوا.", "killed 12 side=north-korea");
        check_side("The Sudanese army said 40 South Sudanese soldiers were killed.", "killed 40 side=south-sudan");
    }

    #[test]
    fn a_nationality_of_the_dead_wins_over_the_killers_own_forces() {
        check_side("أعلنت الحكومة الإريترية أن قواتها قتلت أكثر من 140 جنديا أثيوبيا.", "killed 140 side=ethiopia");
        check_side("قال الجيش إن قواته قتلت 40 جنديا سوريا في الاشتباكات.", "killed 40 side=syria");
        check_side(
            "The Eritrean government said its forces killed more than 140 Ethiopian soldiers.",
            "killed 140 side=ethiopia",
        );
        // With no nationality, "its soldiers" still says whose.
        check_side("قالت الحكومة الإريترية إن 12 من جنودها قتلوا.", "killed 12 side=eritrea");
    }

    #[test]
    fn a_side_named_as_the_killer_is_no_side_of_the_dead() {
        check_side("The ministry said Russian forces had killed 12 civilians.", "killed 12 side=-");
        check_side("قالت الوزارة إن القوات الروسية قتلت 12 مدنيا.", "killed 12 side=-");
    }
}

mod fronted_subjects {
    use super::*;

    #[test]
    fn a_subject_set_off_by_a_comma_before_its_verb() {
        check_speaker(
            "وقال الجيش إن 5 جنود قتلوا. وكانت منظمة “أطباء الميدان” الطبية، قالت إن 30 مدنيا قتلوا في القصف.",
            "killed 5 by=الجيش camp=other; killed 30 by=منظمة camp=other",
        );
        check_speaker(
            "وقال الجيش إن 5 جنود قتلوا. وكان المرصد السوري لحقوق الإنسان، قال إن 30 مدنيا قتلوا.",
            "killed 5 by=الجيش camp=other; killed 30 by=المرصد السوري لحقوق الإنسان camp=other",
        );
        check_speaker(
            "وقال الجيش إن 5 جنود قتلوا. وكانت “لجنة الإغاثة” المحلية، ذكرت أن 30 مدنيا قتلوا.",
            "killed 5 by=الجيش camp=other; killed 30 by=لجنة الإغاثة camp=other",
        );
        check_speaker(
            "The army said 5 soldiers were killed. Field Doctors, a medical charity, said 30 civilians were killed.",
            "killed 5 by=The army camp=other; killed 30 by=Field Doctors camp=other",
        );
        check_speaker(
            "The army said 5 soldiers were killed. The Syrian Observatory for Human Rights, a monitor, said 30 civilians died.",
            "killed 5 by=The army camp=other; killed 30 by=The Syrian Observatory for Human Rights camp=other",
        );
    }
}

mod relative_pronouns {
    use super::*;

    #[test]
    fn a_verb_after_who_or_which_speaks_for_the_party_before_it() {
        check_speaker(
            "The rebels contradicted the Colombian army, which said 12 soldiers were killed.",
            "killed 12 by=Colombian army camp=colombia",
        );
        check_speaker(
            "The rebels contradicted the Colombian army who said 12 soldiers were killed.",
            "killed 12 by=the Colombian army camp=colombia",
        );
        check_speaker(
            "That figure came from the Sudanese army, which has said 40 fighters were killed.",
            "killed 40 by=the Sudanese army camp=sudan",
        );
        check_speaker(
            "ونقلت الوكالة عن وزارة الصحة السودانية، التي قالت إن 40 مدنيا قتلوا في القصف.",
            "killed 40 by=وزارة الصحة السودانية camp=sudan",
        );
    }

    #[test]
    fn an_armed_group_named_with_its_country_is_the_group() {
        check_speaker("Colombia's ELN said it killed 18 soldiers.", "killed 18 by=Colombia's ELN camp=eln");
        check_speaker(
            "Ethiopia's Fano militia said 30 soldiers were killed.",
            "killed 30 by=Ethiopia's Fano camp=fano",
        );
        check_speaker("وقالت ميليشيا فانو الإثيوبية إن 30 جنديا قتلوا.", "killed 30 by=ميليشيا فانو camp=fano");
    }
}

mod quoted_names {
    use super::*;

    #[test]
    fn an_unknown_quoted_name_owned_by_a_known_party_speaks() {
        check_speaker(
            "وذكرت “خلية الإعلام الحربي” التابعة للجيش السوداني أن 12 مسلحا قتلوا.",
            "killed 12 by=خلية الإعلام الحربي” التابعة للجيش السوداني camp=sudan",
        );
        check_speaker(
            "وأعلنت «غرفة العمليات المشتركة» التابعة للجيش الليبي مقتل 7 مسلحين.",
            "killed 7 by=غرفة العمليات المشتركة» التابعة للجيش الليبي camp=libya",
        );
        check_speaker(
            "وقالت \"خلية الإعلام الأمني\" التابعة لوزارة الدفاع العراقية إن 9 مسلحين قتلوا.",
            "killed 9 by=خلية الإعلام الأمني\" التابعة لوزارة الدفاع العراقية camp=iraq",
        );
    }
}

mod a_quoted_part_of_a_listed_name {
    use super::*;

    /// «حركة "إم 23"», «"حزب الله"» after its first word: a quotation mark
    /// right after a name's first word is read over, as one inside it is.
    #[test]
    fn a_name_quoted_after_its_first_word_is_the_name() {
        check("وقالت وزارة \"الدفاع الأذربيجانية\" إن 5 جنود أرمن قتلوا.", "killed 5 camp=baku");
        check("وقالت وزارة «الدفاع الأرمينية» إن 5 جنود قتلوا.", "killed 5 camp=yerevan");
    }

    /// «متمردي حركة "X"» then «ونفت الحركة»: a party of a known camp the
    /// article named, though it did not speak, is what a short form means.
    #[test]
    fn a_short_form_of_a_party_named_without_speaking() {
        check(
            "قتل 20 جنديا في هجوم شنته قوات وزارة الدفاع الأرمينية. وقالت الوزارة إن 3 من جنودها فقط قتلوا.",
            "killed 20 camp=media; killed 3 camp=yerevan",
        );
    }
}

mod misspelt_names {
    use super::*;

    #[test]
    fn a_capitalised_word_before_a_title_is_no_misspelt_name() {
        check("Senior military commander Ahmed Ali said 5 soldiers were killed.", "killed 5 camp=other");
        check("Senior officials said 5 soldiers were killed.", "killed 5 camp=other");
        check(
            "قال هوفهانيسيان إن 40 جنديا قتلوا. وقال أوفانيسيان لاحقا إن 60 جنديا قتلوا.",
            "killed 40 camp=yerevan; killed 60 camp=yerevan",
        );
    }
}

mod separatists_of_other_wars {
    use super::*;

    #[test]
    fn russian_backed_separatists_are_not_karabakh_s() {
        check("Pro-Russian separatists said 12 Ukrainian soldiers were killed.", "killed 12 camp=donbas-separatists");
        check(
            "The Donetsk People's Republic said 7 civilians were killed in shelling.",
            "killed 7 camp=donbas-separatists",
        );
        check("وقال الانفصاليون الموالون لروسيا إن 12 جنديا أوكرانيا قتلوا.", "killed 12 camp=donbas-separatists");
    }
}

mod subjects_after_an_auxiliary {
    use super::*;

    #[test]
    fn an_auxiliary_marks_the_words_after_it_as_the_subject() {
        check_speaker("وكان شهود عيان تحدثوا عن مقتل 20 مدنيا.", "killed 20 by=شهود عيان camp=-");
        check_speaker("وكان سكان محليون ذكروا أن 12 شخصا قتلوا.", "killed 12 by=سكان محليون camp=-");
        check_speaker("وكانت مصادر طبية أفادت بمقتل 7 أشخاص.", "killed 7 by=مصادر طبية camp=-");
    }
}

mod joined_to_a_denial {
    use super::*;

    #[test]
    fn a_speech_verb_joined_to_a_denial_speaks_for_the_denier() {
        check_speaker(
            "The army rejected rebel claims of heavy losses and said 13 soldiers were killed.",
            "killed 13 by=The army camp=other",
        );
        check_speaker(
            "The defence ministry dismissed the militia claims of huge losses and put the toll at 9 soldiers killed.",
            "killed 9 by=The defence ministry camp=other",
        );
        check_speaker(
            "Officials in Kyiv refuted the separatist claims, and said 4 soldiers died in the shelling.",
            "killed 4 by=Officials in Kyiv camp=ukraine",
        );
        check_speaker(
            "The ministry rejected insurgent claims of high losses and placed the death toll at 13 soldiers.",
            "killed 13 by=The ministry camp=other",
        );
    }

    #[test]
    fn a_verb_of_going_on_is_no_speech() {
        // "continued to engage" names no speaker: the next speech verb's subject does.
        check_speaker(
            "The men took refuge in a house and continued to fight, while residents said 15 people were killed.",
            "killed 15 by=residents camp=-",
        );
        check_speaker(
            "The convoy continued to the city, where police said 6 civilians were killed.",
            "killed 6 by=police camp=other",
        );
    }

    #[test]
    fn contesting_an_account_then_saying_speaks_for_who_contested() {
        check_speaker(
            "The army said 11 militants were killed. Residents of the village contested the army account, saying that 15 farmers were killed.",
            "killed 11 by=The army camp=other; killed 15 by=Residents of the village camp=-",
        );
        check_speaker(
            "قال الجيش إن 11 مسلحا قتلوا. ورفض سكان القرية رواية الجيش، قائلين إن 15 مزارعا قتلوا.",
            "killed 11 by=الجيش camp=other; killed 15 by=سكان القرية camp=-",
        );
        check_speaker(
            "قال الجيش إن 11 مسلحا قتلوا. ونفى الأهالي ذلك، مؤكدين أن 15 مزارعا قتلوا.",
            "killed 11 by=الجيش camp=other; killed 15 by=الأهالي camp=-",
        );
    }
}

mod where_clauses {
    use super::*;

    #[test]
    fn a_speaker_after_where_starts_at_the_noun() {
        check_speaker(
            "The convoy reached the town, where police said 6 civilians were killed.",
            "killed 6 by=police camp=other",
        );
        check_speaker("وصلت القافلة إلى البلدة، حيث قالت الشرطة إن 6 مدنيين قتلوا.", "killed 6 by=الشرطة camp=other");
        check_speaker(
            "Rescuers went to the village where witnesses said 3 children were killed.",
            "killed 3 by=witnesses camp=-",
        );
    }
}

mod opened_by_a_party {
    use super::*;

    #[test]
    fn a_verb_with_no_subject_speaks_for_the_party_the_sentence_opened_with() {
        check_speaker(
            "قال الجيش الإسرائيلي إن 20 مسلحا قتلوا. وجاء رد حركة حماس في بيان لها، قالت فيه إن 3 مدنيين قتلوا.",
            "killed 20 by=الجيش الإسرائيلي camp=israel; killed 3 by=حركة حماس camp=hamas",
        );
        check_speaker(
            "قالت الشرطة إن 5 أشخاص قتلوا. وفي رد الحكومة السودانية على ذلك، ذكرت أن 9 أشخاص قتلوا.",
            "killed 5 by=الشرطة camp=other; killed 9 by=الحكومة السودانية camp=sudan",
        );
        check_speaker(
            "The army said 20 militants were killed. Hamas issued a statement on Sunday and said 3 civilians were killed.",
            "killed 20 by=The army camp=other; killed 3 by=Hamas camp=hamas",
        );
    }
}

mod separatists_by_conflict {
    use super::*;

    /// Figure and camp of every quantity claim in an article of `conflict`.
    #[track_caller]
    fn check_in(conflict: Option<&str>, input: &str, expected: &str) {
        let actual = figures_and_camps(&extract_article(input, date(2024, 3, 12), conflict));
        assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
    }

    #[test]
    fn separatists_are_the_camp_of_the_war_the_article_is_about() {
        let en = "Separatist officials said 9 soldiers were killed.";
        let ar = "وقال مسؤولون انفصاليون إن 9 جنود قتلوا.";
        let breakaway = "The breakaway region's authorities said 4 civilians were killed.";
        for text in [en, ar] {
            check_in(Some("karabakh-2020"), text, "killed 9 camp=separatists");
            // Officials of no known party: the catch-all camp.
            check_in(Some("cameroon-2018"), text, "killed 9 camp=other");
            // In a war in Ukraine, separatists are those of Donetsk and Luhansk.
            check_in(Some("ukraine-2014"), text, "killed 9 camp=donbas-separatists");
            check_in(Some("russia-ukraine-2022"), text, "killed 9 camp=donbas-separatists");
            check_in(Some("donbas-2015"), text, "killed 9 camp=donbas-separatists");
        }
        check_in(Some("karabakh-2023"), breakaway, "killed 4 camp=separatists");
        check_in(Some("georgia-2008"), breakaway, "killed 4 camp=other");
        // Karabakh named in the words places the speaker whatever the article.
        check_in(Some("georgia-2008"), "Karabakh officials said 4 civilians were killed.", "killed 4 camp=separatists");
    }

    /// A label names the conflict by its last word before the dates too,
    /// whatever joins the words: "nagorno-karabakh-2020", "other:ukraine-2023".
    #[test]
    fn a_label_ending_in_the_conflict_s_name() {
        let en = "Separatist officials said 9 soldiers were killed.";
        let ar = "وقال مسؤولون انفصاليون إن 9 جنود قتلوا.";
        for text in [en, ar] {
            check_in(Some("nagorno-karabakh-2020"), text, "killed 9 camp=separatists");
            check_in(Some("other:ukraine-2023"), text, "killed 9 camp=donbas-separatists");
            check_in(Some("other-karabakh"), text, "killed 9 camp=separatists");
            // (As by its first word: "ukraine-grain-deal".)
            check_in(Some("ukraine-grain-deal"), text, "killed 9 camp=donbas-separatists");
            // A name of another war at the end names that war.
            check_in(Some("other:cameroon-anglophone-2018"), text, "killed 9 camp=other");
        }
        let kurdish = "A Kurdish militia group said 9 soldiers were killed.";
        check_in(Some("other-syria-2019"), kurdish, "killed 9 camp=sdf");
        check_in(Some("turkey-pkk-2016"), kurdish, "killed 9 camp=other");
    }

    /// A label that names the camp itself is one of its wars, whatever
    /// country it names: "turkey-sdf-2025", and a toll in "Kurdish militia"
    /// words is the SDF's own.
    #[test]
    fn a_label_naming_the_camp() {
        let texts = [
            "At least 9 civilians were killed in the shelling, the US-backed Kurdish militia group said.",
            "Kurdish fighters said 9 civilians were killed in the shelling.",
            "The Kurdish-led forces said on Tuesday that 9 civilians were killed.",
            "وقالت الميليشيات الكردية إن 9 مدنيين قتلوا في القصف.",
            "وأعلنت القوات الكردية مقتل 9 مدنيين في القصف.",
            "وقالت الوحدات الكردية في بيان إن 9 مدنيين قتلوا.",
        ];
        for text in texts {
            check_in(Some("turkey-sdf-2025"), text, "killed 9 camp=sdf");
            check_in(Some("sdf"), text, "killed 9 camp=sdf");
            // Another camp's name in the label is not this one's.
            let elsewhere = figures_and_camps(&extract_article(text, date(2024, 3, 12), Some("turkey-pkk-2016")));
            assert!(!elsewhere.contains("sdf"), "{text}: {elsewhere}");
        }
    }
}

mod a_preposition_written_apart {
    use super::*;

    #[test]
    fn a_speech_word_before_a_separated_preposition_has_no_subject_there() {
        check_speaker(
            "أعلن الجيش الهندي عن عملية تستهدف ما وصفه بـ \"أهدافا إرهابية\"، حيث قال إنه قتل 9 مسلحين.",
            "killed 9 by=الجيش الهندي camp=india",
        );
        check_speaker(
            "أعلنت الشرطة عن حملة ضد ما وصفته بـ \"عصابات مسلحة\" وقالت إن 4 مسلحين قتلوا.",
            "killed 4 by=الشرطة camp=other",
        );
        check_speaker(
            "ندد الجيش السوداني بما وصفه بـ \"جرائم الميليشيا\"، وأعلن مقتل 12 مدنيا.",
            "killed 12 by=الجيش السوداني camp=sudan",
        );
    }
}

mod short_form_in_the_sentence {
    use super::*;

    #[test]
    fn a_short_form_points_at_a_party_named_earlier_in_the_sentence() {
        check("تبنى تنظيم القاعدة الهجوم الذي أسفر حسب التنظيم عن مقتل 14 عسكريا.", "killed 14 camp=al-qaeda");
        check("أعلنت حركة حماس مسؤوليتها عن الهجوم الذي أدى بحسب الحركة إلى مقتل 5 جنود.", "killed 5 camp=hamas");
        check(
            "The Houthi movement claimed the attack, which killed 12 soldiers according to the movement.",
            "killed 12 camp=houthis",
        );
    }
}

mod subject_before_the_verb_in_arabic {
    use super::*;

    #[test]
    fn a_party_right_before_the_verb_is_its_subject_when_the_words_after_name_no_one() {
        check_speaker(
            "ولكن الغريب أن رئيس الوزراء التركي كذّب أمس مضمون البيان قائلا إن 3 جنود قتلوا.",
            "killed 3 by=رئيس الوزراء التركي camp=ankara",
        );
        check_speaker(
            "وقال التقرير إن وزارة الدفاع الروسية أكدت صباح اليوم أن 4 جنود قتلوا.",
            "killed 4 by=وزارة الدفاع الروسية camp=moscow",
        );
        check_speaker(
            "ويبدو أن الجيش السوداني نفى مساء أمس مزاعم الدعم السريع مؤكدا أن 9 مدنيين قتلوا.",
            "killed 9 by=الجيش السوداني camp=sudan",
        );
    }

    #[test]
    fn a_participle_speaks_for_its_clause_not_for_the_words_before_it() {
        check_speaker(
            "كذّب الرئيس التركي بيان الأركان العامة قائلا إن 3 جنود قتلوا.",
            "killed 3 by=الرئيس التركي camp=ankara",
        );
        check_speaker(
            "نفى الجيش السوداني ما ورد في تقارير إعلامية مؤكدا أن 9 مدنيين قتلوا.",
            "killed 9 by=الجيش السوداني camp=sudan",
        );
        check_speaker(
            "ورفضت الحكومة الأوكرانية رواية الانفصاليين مضيفة أن 5 جنود قتلوا.",
            "killed 5 by=الحكومة الأوكرانية camp=ukraine",
        );
    }
}

mod a_figure_inside_a_named_statement {
    use super::*;

    #[test]
    fn is_the_statement_owner_s() {
        check_speaker(
            "وردا على تصريحات الرئيس التركي بأنه تم القضاء على 180 مقاتلا، قال مسؤول كردي إن القتال مستمر.",
            "killed 180 by=الرئيس التركي camp=ankara",
        );
        check_speaker(
            "Responding to Russia's claim that 300 soldiers were killed, the Ukrainian army published a video of the front.",
            "killed 300 by=Russia's camp=moscow",
        );
        check_speaker(
            "وجاء ذلك بعد بيان الجيش السوداني بأن 40 متمردا قتلوا في المعارك.",
            "killed 40 by=الجيش السوداني camp=sudan",
        );
    }

    #[test]
    fn not_when_a_speech_verb_governs_the_figure_or_no_party_is_named() {
        check_speaker(
            "After the ministry's statement, the Ukrainian army said that 12 soldiers were killed.",
            "killed 12 by=the Ukrainian army camp=ukraine",
        );
        check_speaker("وجاء ذلك بعد بيان بأن 40 متمردا قتلوا في المعارك.", "killed 40 by=- camp=media");
    }
}

mod against_ends_a_speaker_phrase {
    use super::*;

    #[test]
    fn what_a_speaker_declares_against_a_party_is_no_part_of_its_name() {
        check(
            "أعلن رئيس المحاكم الإسلامية الجهاد ضد القوات الإثيوبية، وأكد أن 30 مدنيا قتلوا.",
            "killed 30 camp=islamic-courts",
        );
        check("أعلن زعيم المتمردين الحرب ضد الجيش السوداني وقال إن 12 جنديا قتلوا.", "killed 12 camp=-");
        check(
            "The leader of the Islamic Courts declared holy war against the Ethiopian forces and said 30 civilians were killed.",
            "killed 30 camp=islamic-courts",
        );
    }
}

mod a_toll_a_party_drew_up {
    use super::*;

    #[test]
    fn the_party_named_after_a_word_for_a_toll_speaks() {
        check("وأفادت حصيلة لـ هيومن رايتس ووتش بأن 27 مدنيا قتلوا في القرية.", "killed 27 camp=hrw");
        check("وقالت حصيلة لمنظمة هيومن رايتس ووتش إن 27 مدنيا قتلوا.", "killed 27 camp=hrw");
        check("وأفادت حصيلة أعدتها الأمم المتحدة بمقتل 23 شخصا.", "killed 23 camp=un");
        check("A tally by Human Rights Watch said 27 civilians were killed.", "killed 27 camp=hrw");
        // A toll of the dead is no party: the speaker is still unknown.
        check("وقالت حصيلة القتلى إن 21 مدنيا قتلوا.", "killed 21 camp=-");
    }
}

mod subjects_around_auxiliaries_and_prepositions {
    use super::*;

    #[test]
    fn a_parenthesized_name_before_an_auxiliary() {
        check_speaker(
            "The Southern Command (South) has said 12 soldiers were killed.",
            "killed 12 by=The Southern Command (South) camp=other",
        );
        check_speaker(
            "The Islamic Courts Union (ICU) has said 30 fighters died.",
            "killed 30 by=The Islamic Courts Union (ICU) camp=islamic-courts",
        );
    }

    #[test]
    fn with_x_reporting_that() {
        check_speaker(
            "The army said 12 soldiers were killed, with local officials reporting that 30 died.",
            "killed 12 by=The army camp=other; killed 30 by=local officials camp=other",
        );
        check_speaker(
            "The government said 90 people were killed, with Amnesty International reporting that about 600 died.",
            "killed 90 by=The government camp=other; killed 600 by=Amnesty International camp=amnesty",
        );
    }

    #[test]
    fn a_progressive_subject_is_read_over_its_auxiliary() {
        check_speaker(
            "Officials are reporting that 30 people were killed in the strike.",
            "killed 30 by=Officials camp=other",
        );
    }
}

mod a_verb_after_a_clause_break {
    use super::*;

    #[test]
    fn has_the_subject_of_the_clause_before() {
        check_speaker(
            "Abu Omar, a spokesman for the militants, confirmed the clashes but said only 3 of their fighters were killed.",
            "killed 3 by=Abu Omar camp=other",
        );
        check(
            "Pakistani officials said Indian jets crossed the border, but said 40 militants were not killed.",
            "killed 40 camp=pakistan",
        );
    }
}

mod verbs_of_telling {
    use super::*;

    #[test]
    fn the_one_told_is_never_the_speaker() {
        check_speaker(
            "\"We lost only four fighters,\" the group's spokesman, Idris Qasem, told Reuters.",
            "killed 4 by=the group's spokesman camp=other",
        );
        check_speaker(
            "\"The raid killed eleven civilians,\" Major Tomas Ferreira, an army spokesman, told reporters on Friday.",
            "killed 11 by=Major Tomas Ferreira camp=other",
        );
        check_speaker(
            "\"Six drivers were killed,\" Amina Yusuf, the head of the regional health office in the north, told AFP.",
            "killed 6 by=Amina Yusuf camp=other",
        );
        check_speaker(
            "وقال المتحدث باسم الجماعة، إدريس قاسم، لوكالة رويترز إن 4 مقاتلين فقط قتلوا.",
            "killed 4 by=المتحدث camp=other",
        );
    }
}

mod claims_relayed_inside_a_quotation {
    use super::*;

    #[test]
    fn a_party_s_claim_the_quoted_speaker_relays_is_that_party_s() {
        check(
            "\"The Malian army claims it killed 70 of our fighters, but only two of our men died,\" a JNIM commander said.",
            "killed 70 camp=mali; killed 2 camp=al-qaeda",
        );
        check(
            "\"Yesterday the Ethiopian defence ministry claimed to have killed 300 rebels. That is a fantasy,\" the TPLF spokesman said.",
            "killed 300 camp=ethiopia",
        );
        check(
            "\"Kenya announced that 25 militants died in the raid, but only 3 of our fighters were killed,\" an al-Shabaab official said.",
            "killed 25 camp=kenya; killed 3 camp=al-shabaab",
        );
    }

    #[test]
    fn in_arabic() {
        check(
            "وقال المتحدث باسم جبهة تحرير تيغراي: \"أعلنت الحكومة الإثيوبية أنها قتلت 300 من مقاتلينا، لكن قتل اثنان فقط\".",
            "killed 300 camp=ethiopia; killed 2 camp=tplf",
        );
        check(
            "وأضاف قائد في حركة الشباب: \"زعم الجيش الكيني أن 25 مسلحا قتلوا في الغارة، وهذا غير صحيح\".",
            "killed 25 camp=kenya",
        );
        check("\"قالت وزارة الدفاع في مالي إن 70 مسلحا قتلوا\"، قال قائد ميداني.", "killed 70 camp=mali");
    }

    #[test]
    fn not_what_the_quoted_speaker_says_of_itself() {
        check("\"We said that 12 soldiers died,\" the Malian colonel said.", "killed 12 camp=mali");
        check("\"He told us 8 villagers were killed,\" a Kenyan police officer said.", "killed 8 camp=kenya");
        check("\"قلنا إن 12 جنديا قتلوا\"، قال العقيد المالي.", "killed 12 camp=mali");
    }
}

mod whose_dead_within_a_clause {
    use super::*;

    #[test]
    fn an_armed_group_s_soldiers_are_the_state_s_it_fights() {
        check_side(
            "Al-Shabaab said 20 soldiers were killed in the raid. The Somali army said 3 soldiers died.",
            "killed 20 side=somalia; killed 3 side=somalia",
        );
        check_side(
            "قالت حركة الشباب إن 20 جنديا قتلوا في الهجوم. وقال الجيش الصومالي إن 3 جنود قتلوا.",
            "killed 20 side=somalia; killed 3 side=somalia",
        );
        // A party with no one enemy in the packs says nothing of whose soldiers.
        check_side("The Islamic State said 40 soldiers were killed.", "killed 40 side=-");
    }

    #[test]
    fn words_across_a_clause_break_do_not_say_whose_dead_a_figure_counts() {
        check_side(
            "The Kenyan army said it killed 40 militants, but only 2 of its soldiers died.",
            "killed 40 side=enemy of the kenyan army; killed 2 side=kenya",
        );
        check_side(
            "The Malian army said it had killed 25 fighters, while 3 of its troops were killed.",
            "killed 25 side=enemy of the malian army; killed 3 side=mali",
        );
        check_side(
            "قال الجيش الكيني إنه قتل 40 مسلحا، لكن 2 فقط من جنوده قتلوا.",
            "killed 40 side=enemy of الجيش الكيني; killed 2 side=kenya",
        );
    }
}

mod a_headline_label_before_a_colon {
    use super::*;

    #[test]
    fn a_country_that_only_names_the_topic_does_not_speak() {
        check("Somalia: 12 soldiers killed in attack on base\n\nThe attack began at dawn.", "killed 12 camp=media");
        check("الصومال: مقتل 12 جنديا في هجوم على قاعدة\n\nوبدأ الهجوم فجرا.", "killed 12 camp=media");
    }

    #[test]
    fn a_person_or_body_speaks() {
        check("Zelensky: 14 soldiers killed in the strike\n\nThe strike hit a base.", "killed 14 camp=ukraine");
        check("زيلينسكي: مقتل 14 جنديا في الضربة\n\nوأصابت الضربة قاعدة.", "killed 14 camp=ukraine");
    }

    /// "Saudi-led coalition: Scores of Houthis killed", «حماس: ...»: a party
    /// that is no state is no topic; it speaks, and "It said" after it is it.
    #[test]
    fn a_party_that_is_no_state_speaks() {
        check(
            "Saudi-led coalition: 30 Houthis killed in central Yemen\n\nIt said at least 30 Houthi rebels were killed in raids.",
            "killed 30 camp=arab-coalition; killed 30 camp=arab-coalition",
        );
        check("Hamas: 14 killed in the strike on the camp\n\nThe strike hit a school.", "killed 14 camp=hamas");
        check("حماس: مقتل 14 في الغارة على المخيم\n\nوأصابت الغارة مدرسة.", "killed 14 camp=hamas");
    }
}

mod a_toll_put_by_the_denier {
    use super::*;

    #[test]
    fn after_a_denial_is_the_denier_s_own_figure() {
        check_speaker(
            "Rebels said 300 soldiers were killed. The Kenyan defence ministry denied the reports, putting the toll at 40.",
            "killed 300 by=Rebels camp=-; killed 40 by=The Kenyan defence ministry camp=kenya",
        );
        check_speaker(
            "Local media said 90 died. The Malian army dismissed the reports as exaggerated, placing the death toll at 12.",
            "killed 90 by=Local media camp=media; killed 12 by=The Malian army camp=mali",
        );
        check_speaker(
            "Activists said 64 civilians died. Kenya rejected the figures, putting the number of dead at 9.",
            "killed 64 by=Activists camp=-; killed 9 by=Kenya camp=kenya",
        );
    }
}

mod a_negation_ends_a_speaker_after_the_verb {
    use super::*;

    /// «وأكد فلان عدم وقوع ...»: "the absence of" opens what is said.
    #[test]
    fn the_speaker_stops_before_a_word_of_absence() {
        check_speaker("وأكد ناصر عدم صحة الأنباء عن مقتل 12 جنديا في القرية.", "killed 12 by=ناصر camp=-");
        check_speaker(
            "وأكد المقدم ناصر عدم وقوع قصف، وقال إن 3 مدنيين أصيبوا برصاص مجهولين.",
            "wounded 3 by=المقدم ناصر camp=-",
        );
        check_speaker(
            "وأفاد العميد سامي يوسف بعدم وجود مقاتلين أجانب بين 40 قتيلا سقطوا في المعارك.",
            "killed 40 by=العميد سامي يوسف camp=-",
        );
    }
}

mod a_party_set_off_by_a_comma_before_its_verb {
    use super::*;

    /// «أن الحكومة التركية، اتهمت الحزب ...»: the party before the comma
    /// accuses; the party after the verb is accused.
    #[test]
    fn is_the_verb_s_subject_whoever_follows() {
        check_speaker(
            "يذكر أن الحكومة التركية، اتهمت الحزب المحظور في تركيا بإعدام 13 رهينة.",
            "killed 13 by=الحكومة التركية camp=ankara",
        );
        check_speaker(
            "الجيش السوداني، اتهم قوات الدعم السريع في الخرطوم بقتل 20 مدنيا.",
            "killed 20 by=الجيش السوداني camp=sudan",
        );
        check_speaker(
            "وأفاد مراسلنا أن الشرطة الكينية، اتهمت حركة الشباب الصومالية بقتل 9 مدنيين.",
            "killed 9 by=الشرطة الكينية camp=kenya",
        );
    }
}

mod the_statement_is_its_issuer_s {
    use super::*;

    /// "the statement added" quotes the last party that spoke in a
    /// statement, though another party spoke since.
    #[test]
    fn though_another_party_spoke_since() {
        check_speaker(
            "وقالت حركة الشباب في بيان صادر عنها إن مقاتليها هاجموا القاعدة. يذكر أن الحكومة الصومالية، اتهمت الحركة بقتل مدنيين في المدينة. وأوضح البيان أن 12 جنديا قتلوا في الهجوم.",
            "killed 12 by=حركة الشباب camp=al-shabaab",
        );
        check_speaker(
            "Al-Shabaab said in a statement that its fighters attacked the base. The Somali government has accused the group of killing civilians in the city. The statement added that 12 soldiers were killed in the attack.",
            "killed 12 by=Al-Shabaab camp=al-shabaab",
        );
        check_speaker(
            "أعلن الجيش الأرميني في بيان أن قواته صدت الهجوم. وقالت باكو إن وحداتها تقدمت في الجبهة الجنوبية. وأضاف البيان أن 7 جنود أذربيجانيين قتلوا.",
            "killed 7 by=الجيش الأرميني camp=yerevan",
        );
    }
}

mod a_speech_word_inside_a_known_name {
    use super::*;

    /// "States" says nothing in "the United States".
    #[test]
    fn is_the_name_s() {
        check_speaker(
            "The United States said 4 soldiers were wounded in the attack.",
            "wounded 4 by=The United States camp=washington",
        );
        check_speaker(
            "The United States on Monday said 12 sailors were wounded.",
            "wounded 12 by=The United States camp=washington",
        );
        check_speaker(
            "A spokesman for the United States Central Command said 2 soldiers were killed.",
            "killed 2 by=A spokesman for the United States Central Command camp=washington",
        );
    }
}

mod the_enemy_of_a_party_that_names_none {
    use super::*;

    /// The Taliban name no single enemy in the packs; in one article their
    /// "soldiers" are those the other side counts as its own.
    #[test]
    fn is_the_side_that_counts_its_own_dead_here() {
        check_side(
            "قال مسؤول حكومي أفغاني إن هجوما لطالبان أسفر عن مقتل 18 جنديا أفغانيا. وقالت حركة طالبان إنها قتلت 49 جنديا في الهجوم.",
            "killed 18 side=afghanistan; killed 49 side=afghanistan",
        );
        check_side(
            "The Afghan defence ministry said 12 of its soldiers died in the ambush. The Taliban said they had killed 40 soldiers.",
            "killed 12 side=afghanistan; killed 40 side=afghanistan",
        );
        check_side(
            "An Afghan official said 18 Afghan soldiers were killed. The Taliban said they killed 49 soldiers.",
            "killed 18 side=afghanistan; killed 49 side=afghanistan",
        );
    }

    #[test]
    fn stays_unnamed_with_no_such_side() {
        check_side(
            "The Taliban said they killed 49 soldiers in the attack on the base.",
            "killed 49 side=enemy of the taliban",
        );
    }
}

mod a_source_that_passes_the_words_on {
    use super::*;

    /// '..., the army said, as reported by Reuters.': the speaker closes the
    /// clause; the source after it only passes the words on.
    #[test]
    fn leaves_the_speaker_before_it() {
        check_speaker(
            "Rebels killed 12 soldiers near the dam on Friday, the army said, as reported by news agency Reuters.",
            "killed 12 by=the army camp=other",
        );
        check_speaker(
            "Five civilians died in the shelling, the ministry said, according to the state news agency.",
            "killed 5 by=the ministry camp=other",
        );
        check_speaker(
            "Two soldiers were wounded, the Saudi ministry said on Friday, in a statement carried by state television.",
            "wounded 2 by=the Saudi ministry camp=saudi-arabia",
        );
        check_speaker(
            "قتل 12 جنديا قرب السد يوم الجمعة، قال الجيش، بحسب وكالة رويترز.",
            "killed 12 by=الجيش camp=other",
        );
    }

    #[test]
    fn citing_names_the_source() {
        check_speaker(
            "Gunmen killed three soldiers at the post, the state news agency reported, citing a defence ministry official.",
            "killed 3 by=a defence ministry official camp=other",
        );
    }
}

mod a_statement_issued_by {
    use super::*;

    /// «جاء في بيان صدر عن X»: X speaks, as with «صادر عن».
    #[test]
    fn names_its_issuer() {
        check_speaker(
            "وجاء في بيان صدر عن الناطق باسم الجيش الليبي أن 4 جنود قتلوا في الهجوم.",
            "killed 4 by=الناطق باسم الجيش الليبي camp=libya",
        );
        check_speaker(
            "وورد في بيان صدر عن وزارة الدفاع الأرمينية أن 12 جنديا أذربيجانيا قتلوا.",
            "killed 12 by=وزارة الدفاع الأرمينية camp=yerevan",
        );
        check_speaker(
            "وجاء في بيان صدر عن حركة الشباب أن مقاتليها قتلوا 7 جنود.",
            "killed 7 by=حركة الشباب camp=al-shabaab",
        );
    }
}

mod where_a_speaker_posted {
    use super::*;

    /// «على تلجرام», «على حسابه»: where the words were posted is no part of
    /// the speaker's name, in any spelling.
    #[test]
    fn ends_the_speaker_phrase() {
        check_speaker("وقال فارتانوف على تلجرام إن 12 مقاتلا قتلوا.", "killed 12 by=فارتانوف camp=-");
        check_speaker("وقال الوزير على حسابه إن 3 مدنيين قتلوا.", "killed 3 by=الوزير camp=-");
        check_speaker(
            "وكتب المتحدث باسم الجيش على تلغرام أن 5 جنود أصيبوا.",
            "wounded 5 by=المتحدث باسم الجيش camp=other",
        );
    }
}

mod a_rise_ends_the_speaker {
    use super::*;

    /// «أعلن الوزير ارتفاع الحصيلة إلى ...»: "the rise of" opens what is
    /// announced, never the speaker's name.
    #[test]
    fn after_the_verb() {
        check_speaker("وأعلن وزير الصحة ارتفاع الحصيلة إلى 558 قتيلا.", "killed 558 by=وزير الصحة camp=-");
        check_speaker("وأكد المتحدث انخفاض عدد الجرحى إلى 40 جريحا.", "wounded 40 by=المتحدث camp=other");
        check_speaker("وأعلنت الوزارة تراجع عدد النازحين إلى 3000 نازح.", "displaced 3000 by=الوزارة camp=other");
    }
}

/// "The army also said", "Now the government says", «أما الجيش فقال»: an
/// adverb before or after the subject is no part of the speaker's name.
mod an_adverb_beside_the_subject {
    use super::*;

    #[test]
    fn between_subject_and_verb() {
        check_speaker("The army also said 35 people died.", "killed 35 by=The army camp=other");
        check_speaker("The police earlier said 12 people were wounded.", "wounded 12 by=The police camp=other");
        check_speaker(
            "The ministry has meanwhile announced that 40 people were killed.",
            "killed 40 by=The ministry camp=other",
        );
    }

    #[test]
    fn opening_the_sentence() {
        check_speaker("Now the government says 35 people died.", "killed 35 by=the government camp=other");
        check_speaker("Meanwhile the army said 12 soldiers were wounded.", "wounded 12 by=the army camp=other");
        check_speaker("However, the police said 40 people were killed.", "killed 40 by=the police camp=other");
    }

    #[test]
    fn arabic_topic_and_time_words() {
        check_speaker("أما الجيش فقال إن 35 شخصا قتلوا.", "killed 35 by=الجيش camp=other");
        check_speaker("والآن تقول الحكومة إن 12 شخصا أصيبوا.", "wounded 12 by=الحكومة camp=other");
        check_speaker("بينما قالت الشرطة إن 40 شخصا قتلوا.", "killed 40 by=الشرطة camp=other");
    }

    #[test]
    fn still_between_subject_and_verb() {
        check_speaker("The army still says 35 people died.", "killed 35 by=The army camp=other");
    }
}

/// "two Pakistani soldiers were killed and nine others wounded": the others
/// are of the side just counted.
mod others_are_of_the_side_just_counted {
    use super::*;

    #[test]
    fn across_metrics() {
        check_side(
            "The general said two Pakistani soldiers were killed and nine others were wounded.",
            "killed 2 side=pakistan; wounded 9 side=pakistan",
        );
        check_side(
            "وقال الجنرال إن جنديين باكستانيين قتلا وأصيب تسعة آخرون.",
            "killed 2 side=pakistan; wounded 9 side=pakistan",
        );
        check_side(
            "Officials said three Armenian soldiers were killed in the clash and five others were wounded.",
            "killed 3 side=armenian; wounded 5 side=armenian",
        );
    }

    #[test]
    fn no_side_before_gives_none() {
        check_side(
            "The police said two people were killed and nine others were wounded.",
            "killed 2 side=-; wounded 9 side=-",
        );
    }
}

/// «جيش الاحتلال الإسرائيلي»: a framing term in construct with an
/// institution word is part of the speaker's name.
mod a_framing_term_inside_a_name {
    use super::*;

    #[test]
    fn does_not_end_the_speaker() {
        check_speaker("وقال جيش الاحتلال الإسرائيلي إن 17 مسلحا قتلوا.", "killed 17 by=جيش الاحتلال الإسرائيلي camp=israel");
        check_speaker(
            "وقالت قوات الاحتلال الإسرائيلي إن 17 مسلحا قتلوا.",
            "killed 17 by=قوات الاحتلال الإسرائيلي camp=israel",
        );
        check_speaker("وقالت سلطات الاحتلال الروسي إن 17 جنديا قتلوا.", "killed 17 by=سلطات الاحتلال الروسي camp=moscow");
        check_speaker(
            "The Israeli occupation army said 17 militants were killed.",
            "killed 17 by=The Israeli occupation army camp=israel",
        );
    }
}

/// "X, Civil Military Operations (CMO) chief and spokesman for the brigade,
/// said": an acronym in parentheses makes an apposition no longer.
mod an_acronym_inside_an_apposition {
    use super::*;

    #[test]
    fn keeps_the_subject_before_it() {
        check_speaker(
            "Colonel John Reyes, Civil Military Operations (CMO) chief and official spokesman for the 801st Brigade, said 10 soldiers were wounded.",
            "wounded 10 by=Colonel John Reyes camp=other",
        );
        check_speaker(
            "Major Ana Cruz, Public Affairs Office (PAO) chief and spokesperson of the 4th Infantry Division, said 12 rebels were killed.",
            "killed 12 by=Major Ana Cruz camp=other",
        );
        check_speaker(
            "قال العقيد أحمد سالم، رئيس مكتب الشؤون المدنية والعسكرية (CMO) والمتحدث الرسمي باسم اللواء 801، إن 10 جنود أصيبوا.",
            "wounded 10 by=العقيد أحمد سالم camp=-",
        );
    }
}

mod appositions_and_short_names {
    use super::*;

    /// «X، المسؤول في الجيش ...»: an office with the article, or after a
    /// pronoun that takes the name up, is part of the speaker phrase.
    #[test]
    fn an_office_after_the_name_with_its_article_or_a_pronoun() {
        check_speaker(
            "وقال فريد قاسموف، المسؤول في الجيش الأذربيجاني، إن 5 جنود قتلوا.",
            "killed 5 by=فريد قاسموف، المسؤول في الجيش الأذربيجاني camp=baku",
        );
        check_speaker(
            "وقال فريد قاسموف، وهو ضابط في الجيش الأذربيجاني، إن 5 جنود قتلوا.",
            "killed 5 by=فريد قاسموف، وهو ضابط في الجيش الأذربيجاني camp=baku",
        );
        check_speaker(
            "وأكد فريد قاسموف، القيادي في الجيش الأذربيجاني، مقتل 5 جنود.",
            "killed 5 by=فريد قاسموف، القيادي في الجيش الأذربيجاني camp=baku",
        );
    }

    /// A surname alone names the person an apposition placed earlier, though
    /// the comma of that apposition stands on the name.
    #[test]
    fn a_surname_after_an_apposition() {
        check(
            "Farid Gasimov, an official in the Azerbaijani army, said 13 Armenian soldiers were killed. \
             A witness said 20 people died. Gasimov said 2 civilians were wounded.",
            "killed 13 camp=baku; killed 20 camp=-; wounded 2 camp=baku",
        );
        check(
            "وقال فريد قاسموف، المسؤول في الجيش الأذربيجاني، إن 13 جنديا أرمينيا قتلوا. وقال شاهد إن 20 شخصا قتلوا. وقال قاسموف إن مدنيين اثنين أصيبا.",
            "killed 13 camp=baku; killed 20 camp=-; wounded 2 camp=baku",
        );
    }

    /// "X claimed the strike, saying ...": with no speaker before it in the
    /// sentence, the participle speaks for the party the sentence opens
    /// with, not for the last sentence's speaker.
    #[test]
    fn a_participle_speaks_for_the_party_the_sentence_opened_with() {
        check(
            "Armenia's defence ministry said 3 soldiers were wounded. \
             The Azerbaijani army claimed responsibility for the strike, saying 12 Armenian soldiers were killed.",
            "wounded 3 camp=yerevan; killed 12 camp=baku",
        );
        check(
            "Armenia's defence ministry said 3 soldiers were wounded. \
             On Sunday Azerbaijan took responsibility for the attack, saying 12 Armenian soldiers were killed.",
            "wounded 3 camp=yerevan; killed 12 camp=baku",
        );
    }

    /// «وكان "X" قد أعلن»: a quoted name before the auxiliary is the subject.
    #[test]
    fn a_quoted_name_before_an_auxiliary() {
        check_speaker(
            "وكانت \"وزارة الدفاع الأذربيجانية\" قد أعلنت، أمس الأحد، مقتل 6 جنود.",
            "killed 6 by=وزارة الدفاع الأذربيجانية camp=baku",
        );
    }

    /// "..., two officials told Reuters.": a verb with only a short addressee
    /// after it, after a comma, attributes the sentence before it.
    #[test]
    fn a_trailing_verb_with_an_addressee() {
        check(
            "Armenian forces killed 12 soldiers near Fuzuli, two Azerbaijani officials told Reuters.",
            "killed 12 camp=baku",
        );
        check(
            "Armenian forces killed 12 soldiers near Fuzuli, an Azerbaijani officer told reporters.",
            "killed 12 camp=baku",
        );
    }
}

mod a_catch_all_word_names_no_side {
    use super::*;

    /// «مقتل 17 من عناصر الجيش», "17 members of the army": "the army" of no
    /// named state says nothing of whose soldiers; an armed group's count
    /// stays its enemy's.
    #[test]
    fn an_armed_group_s_count_of_the_army_is_its_enemy_s() {
        check_side(
            "وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي أدى إلى مقتل 17 من عناصر الجيش.",
            "killed 17 side=somalia",
        );
        check_side("وقالت حركة الشباب إن 17 جنديا قتلوا في الهجوم.", "killed 17 side=somalia");
        check_side("Al-Shabaab said the attack killed 17 soldiers of the army.", "killed 17 side=somalia");
    }

    /// «يعلنون», «يقولون»: a plural present speech verb after its subject,
    /// and «١١ عنصرا» counts members as «عناصر» does.
    #[test]
    fn a_plural_present_speech_verb_after_its_subject() {
        check(
            "وقالت حركة الشباب إن 15 جنديا قتلوا، بينما المسؤولون الصوماليون يعلنون عن مقتل ١١ عنصرا فقط.",
            "killed 15 camp=al-shabaab; killed 11 camp=somalia",
        );
        check(
            "وقالت حركة الشباب إن 15 جنديا قتلوا، في حين أن المسؤولين الصوماليين يقولون إن ١١ عنصرا قتلوا.",
            "killed 15 camp=al-shabaab; killed 11 camp=somalia",
        );
    }
}

mod an_apposition_before_an_auxiliary {
    use super::*;

    /// "X, a militant group, has claimed ...": the apposition's comma may
    /// stand before the verb's auxiliary.
    #[test]
    fn the_subject_before_the_apposition_speaks() {
        check(
            "Azerbaijan's defence ministry, the main source of figures, has said 20 Armenian soldiers were killed.",
            "killed 20 camp=baku",
        );
        check(
            "Azerbaijan's defence ministry, the main source of figures, has claimed to have killed 20 Armenian soldiers.",
            "killed 20 camp=baku",
        );
        check(
            "Azerbaijan's defence ministry, the main source of figures, said 20 Armenian soldiers were killed.",
            "killed 20 camp=baku",
        );
    }
}

mod a_party_s_media_office {
    use super::*;

    /// "Azerbaijan's media office", "the army's media wing": a party's
    /// office speaks for the party; "Armenian media" are still the media.
    #[test]
    fn speaks_for_the_party_not_for_the_media() {
        check(
            "Azerbaijan's defence ministry media office said 40 Armenian soldiers were killed.",
            "killed 40 camp=baku",
        );
        check("The Azerbaijani army's media wing said 40 Armenian soldiers were killed.", "killed 40 camp=baku");
        check("Armenian media said 40 soldiers were killed.", "killed 40 camp=media");
    }
}

mod estimated {
    use super::*;

    /// "X estimated": a speech verb that is also a qualifier speaks when it
    /// stands alone; inside "an estimated" it only qualifies.
    #[test]
    fn a_party_that_estimates_speaks() {
        check("The Armenian ministry estimated 100 soldiers were killed.", "killed 100 camp=yerevan");
        check("Baku has estimated that 100 Armenian soldiers were killed.", "killed 100 camp=baku");
        check(
            "The Azerbaijani army has estimated there were 100 to 300 soldiers killed in the strike.",
            "killed 100 camp=baku",
        );
        check("وقدرت وزارة الدفاع الأرمينية عدد القتلى بنحو 100 جندي.", "killed 100 camp=yerevan");
    }

    #[test]
    fn an_estimated_figure_is_no_speaker() {
        check("Baku said the strike killed an estimated 100 soldiers.", "killed 100 camp=baku");
    }
}

mod a_described_group_word {
    use super::*;

    /// "the militant group", «الجماعة المسلحة»: a group word with one word
    /// describing it refers back to the party that spoke, as "the group" does;
    /// "the rights group" is a group of its own.
    #[test]
    fn refers_back_to_the_party_that_spoke() {
        check(
            "Al-Shabaab said it killed 12 soldiers. The militant group said 3 of its fighters were killed.",
            "killed 12 camp=al-shabaab; killed 3 camp=al-shabaab",
        );
        check(
            "The Houthis said 12 Saudi soldiers were killed. The armed group said 3 of its fighters were killed.",
            "killed 12 camp=houthis; killed 3 camp=houthis",
        );
        check(
            "أعلنت حركة الشباب مقتل 12 جنديا. وقالت الجماعة المسلحة إن 3 من مقاتليها قتلوا.",
            "killed 12 camp=al-shabaab; killed 3 camp=al-shabaab",
        );
        check(
            "قال الحوثيون إن 12 جنديا سعوديا قتلوا. وقالت الجماعة المتمردة إن 3 من مقاتليها قتلوا.",
            "killed 12 camp=houthis; killed 3 camp=houthis",
        );
    }

    #[test]
    fn a_rights_group_is_not_the_party() {
        check(
            "Al-Shabaab said it killed 12 soldiers. The rights group said 3 civilians were killed.",
            "killed 12 camp=al-shabaab; killed 3 camp=other",
        );
    }
}

mod revealed {
    use super::*;

    /// "revealed that" reports what the subject says.
    #[test]
    fn a_party_that_reveals_speaks() {
        check("The Armenian ministry revealed that 40 soldiers were killed.", "killed 40 camp=yerevan");
        check("Baku revealed on Monday that 12 Armenian soldiers had been killed.", "killed 12 camp=baku");
        check("Azerbaijan's army revealed 30 Armenian soldiers were killed in the strike.", "killed 30 camp=baku");
    }
}

mod an_acronym_in_parentheses {
    use super::*;

    /// "The Rapid Support Forces (RSF) commander said": the acronym closes
    /// the party's name; the title after it is the party's.
    #[test]
    fn between_the_name_and_a_title() {
        check("The Rapid Support Forces (RSF) commander said 13 soldiers were killed.", "killed 13 camp=rsf");
        check(
            "The Syrian Democratic Forces (SDF) Commander-in-Chief Mazloum Abdi said 12 fighters were killed.",
            "killed 12 camp=sdf",
        );
        check(
            "The Tigray People's Liberation Front (TPLF) spokesman said 14 soldiers were killed.",
            "killed 14 camp=tplf",
        );
    }

    /// A parenthesis before another party's name is no part of it: "Baghdad
    /// (Reuters) Azerbaijan's army said".
    #[test]
    fn not_before_another_party() {
        check("Baghdad (Reuters) Azerbaijan's army said 13 Armenian soldiers were killed.", "killed 13 camp=baku");
    }
}

mod a_counting_noun_without_a_number {
    use super::*;

    /// "Rebel fighters said": a word that counts people after a number
    /// ("30 fighters") is, without one, a noun of the speaker phrase.
    #[test]
    fn is_part_of_the_speaker() {
        check("Armenian fighters said they killed 30 Azerbaijani soldiers.", "killed 30 camp=yerevan");
        check("Azerbaijani militants said they killed 12 soldiers.", "killed 12 camp=baku");
        check_speaker("The attack killed 30 fighters, the army said.", "killed 30 by=the army camp=other");
    }
}

mod according_to_its_account {
    use super::*;

    /// «وفقا لروايته», "according to its account": the account is the
    /// speaker's own; it names no one new.
    #[test]
    fn keeps_the_speaker() {
        check(
            "أعلن الجيش الأذربيجاني مقتل 10 من جنوده، لترتفع حصيلة قتلاه، وفقا لروايته، إلى 53 قتيلا.",
            "killed 10 camp=baku; killed 53 camp=baku",
        );
        check("قالت وزارة الدفاع الأرمينية، وفقا لروايتها، إن 20 جنديا أذربيجانيا قتلوا.", "killed 20 camp=yerevan");
        check(
            "The Armenian ministry said, according to its account, that 20 soldiers were killed.",
            "killed 20 camp=yerevan",
        );
    }
}

mod a_plural_nationality_without_the_article {
    use super::*;

    /// «مسؤولون روس», "Russian officials": the plural nationality without
    /// its article places the speaker as «الروس» does.
    #[test]
    fn places_the_speaker() {
        check("وقال مسؤولون روس إن 12 جنديا أذربيجانيا قتلوا.", "killed 12 camp=moscow");
        check("وأكد دبلوماسيون روس أن 12 جنديا أذربيجانيا قتلوا.", "killed 12 camp=moscow");
        check("وقال الروس إن 12 جنديا أذربيجانيا قتلوا.", "killed 12 camp=moscow");
    }
}

mod maintained {
    use super::*;

    /// "Yerevan maintained that only five were killed": "maintained" reports.
    #[test]
    fn a_party_that_maintains_speaks() {
        check("A day later Yerevan maintained that only five soldiers were killed.", "killed 5 camp=yerevan");
        check("Baku maintains that 12 Armenian soldiers were killed.", "killed 12 camp=baku");
        check("The Armenian ministry has maintained all along that 7 soldiers were wounded.", "wounded 7 camp=yerevan");
    }
}

/// '..., Reuters reported, citing medical sources': the words a report
/// passes on are the cited source's, not the agency's.
mod a_source_a_report_cites {
    use super::*;

    #[test]
    fn speaks() {
        check_speaker(
            "At least 14 people were killed, Reuters reported, citing medical sources.",
            "killed 14 by=medical sources camp=-",
        );
        check_speaker(
            "At least 14 people were killed in the city, the agency reported, quoting hospital officials.",
            "killed 14 by=hospital officials camp=other",
        );
        check_speaker(
            "قتل 14 شخصا على الأقل في المدينة، ذكرت وكالة رويترز، نقلا عن مصادر طبية.",
            "killed 14 by=مصادر طبية camp=-",
        );
    }
}

/// "..., security sources said, in an attack claimed by the group.": an
/// adjunct after the speech verb's comma leaves the verb closing the
/// statement before it; so does a participle going on with the speaker.
mod a_closing_verb_before_an_adjunct {
    use super::*;

    #[test]
    fn speaks_the_words_before_it() {
        check_speaker(
            "Seven soldiers were killed in an ambush near the town, security sources said, in an attack claimed by the rebels.",
            "killed 7 by=security sources camp=-",
        );
        check_speaker(
            "Four soldiers were killed in a firefight, the Turkish army said, in the deadliest clash this month.",
            "killed 4 by=the Turkish army camp=ankara",
        );
        check_speaker(
            "Nine civilians were wounded in the shelling, the Kenyan police said, adding that two more died later.",
            "wounded 9 by=the Kenyan police camp=kenya; killed 2 by=the Kenyan police camp=kenya",
        );
    }

    /// A clause of its own after the comma is no adjunct; a clause break
    /// right after the verb ("..., the army said, while ...") still closes
    /// the words before it.
    #[test]
    fn not_before_a_clause_with_a_figure() {
        check_speaker(
            "Seven soldiers were killed in an ambush, the army said, while the rebels said 20 soldiers died.",
            "killed 7 by=the army camp=other; killed 20 by=the rebels camp=-",
        );
    }
}

/// 'reported “more than” 15': a qualifier quoted on its own hedges the figure.
mod a_quoted_qualifier {
    use super::*;

    #[test]
    fn hedges_the_figure() {
        let qualifier =
            |text: &str| extract(text).iter().filter_map(|c| c.quantity().map(|q| q.qualifier)).collect::<Vec<_>>();
        assert_eq!(
            qualifier("The BBC reported “more than” 15 people had been killed."),
            [crosscheck_model::Qualifier::MoreThan]
        );
        assert_eq!(
            qualifier("Local media said \"at least\" 40 people were killed."),
            [crosscheck_model::Qualifier::AtLeast]
        );
        assert_eq!(qualifier("وقالت الوزارة إن \"أكثر من\" 40 شخصا قتلوا."), [crosscheck_model::Qualifier::MoreThan]);
    }
}

/// "AFP quoted spokesman X as saying ...": the one quoted speaks, not the
/// outlet; «نقلت وكالة ... عن X قوله» is the Arabic of it.
mod quoted_as_saying {
    use super::*;

    #[test]
    fn the_one_quoted_speaks() {
        check_speaker(
            "AFP quoted the Russian army as saying 10 soldiers were killed overnight.",
            "killed 10 by=the Russian army camp=moscow",
        );
        check_speaker(
            "The agency quotes the Kenyan police as saying four officers were wounded.",
            "wounded 4 by=the Kenyan police camp=kenya",
        );
        check_speaker(
            "State television cited the Turkish defence ministry as saying 12 militants were killed in the strikes.",
            "killed 12 by=the Turkish defence ministry camp=ankara",
        );
        check_speaker(
            "ونقلت وكالة رويترز عن الشرطة الكينية قولها إن أربعة ضباط أصيبوا.",
            "wounded 4 by=الشرطة الكينية camp=kenya",
        );
    }

    /// "X was quoted by Fars as saying ...": the passive's subject is quoted;
    /// the agent only passes the words on.
    #[test]
    fn in_the_passive_the_subject_speaks() {
        check_speaker(
            "The Iranian border governor was quoted by Fars as saying 3 guards were wounded.",
            "wounded 3 by=The Iranian border governor camp=iran",
        );
        check_speaker(
            "A Kenyan police spokesman was quoted by Reuters as saying four officers were killed.",
            "killed 4 by=A Kenyan police spokesman camp=kenya",
        );
        check_speaker(
            "Dmitry Peskov, the Kremlin spokesman, was quoted by the agency as saying 12 soldiers were killed.",
            "killed 12 by=Dmitry Peskov camp=moscow",
        );
    }
}

/// "The Red Cross said an attack was reported and 25 were killed": a report
/// with no agent inside a named speaker's words is that speaker's.
mod an_agentless_report_inside_speech {
    use super::*;

    #[test]
    fn belongs_to_the_speaker() {
        check_speaker(
            "The Red Cross said an attack was reported and at least 25 people were killed.",
            "killed 25 by=The Red Cross camp=icrc",
        );
        check_speaker(
            "The Kenyan police said that shooting was reported near the camp and four officers were wounded.",
            "wounded 4 by=The Kenyan police camp=kenya",
        );
        check_speaker("It was reported that 25 people were killed.", "killed 25 by=It was reported camp=media");
    }
}

/// «وقال في التفاصيل إن ...» ("he said, in detail, that"): a phrase after
/// the verb that opens with «في» is no subject; the last speaker goes on.
mod in_detail_is_no_speaker {
    use super::*;

    #[test]
    fn the_last_speaker_goes_on() {
        check_speaker(
            "قال الجيش الإسرائيلي إن 19 جنديا قتلوا. وقال في التفاصيل إن 4 جنود قتلوا في الهجوم.",
            "killed 19 by=الجيش الإسرائيلي camp=israel; killed 4 by=الجيش الإسرائيلي camp=israel",
        );
        check_speaker(
            "قالت الشرطة الكينية إن 9 أشخاص أصيبوا. وأوضحت في تفاصيل البيان أن شخصين قتلا في الهجوم.",
            "wounded 9 by=الشرطة الكينية camp=kenya; killed 2 by=الشرطة الكينية camp=kenya",
        );
    }
}

/// "The National Security Council", «مجلس الأمن القومي»: a state's own
/// council is no body of the United Nations.
mod a_national_security_council {
    use super::*;

    #[test]
    fn is_its_state_s() {
        check_speaker(
            "The Iraqi National Security Council said 12 people were killed.",
            "killed 12 by=The Iraqi National Security Council camp=iraq",
        );
        check_speaker(
            "وقال مجلس الأمن القومي الإيراني إن 12 شخصا قتلوا.",
            "killed 12 by=مجلس الأمن القومي الإيراني camp=iran",
        );
        check_speaker("The Security Council said 12 people were killed.", "killed 12 by=The Security Council camp=un");
    }

    /// «مجلس الأمن والدفاع الوطني الأوكراني», "the National Security and
    /// Defense Council": a state's council of defence too.
    #[test]
    fn a_council_of_security_and_defence() {
        check_speaker(
            "وأفاد الناطق باسم مجلس الأمن والدفاع الوطني الأوكراني بمقتل 300 من العسكريين الروس.",
            "killed 300 by=الناطق باسم مجلس الأمن والدفاع الوطني الأوكراني camp=ukraine",
        );
        check_speaker(
            "Ukraine's National Security and Defense Council said 300 Russian soldiers were killed.",
            "killed 300 by=Ukraine's National Security and Defense Council camp=ukraine",
        );
    }
}

/// «وكانت وزارة الدفاع الأوكرانية، قد أعلنت ...»: a fronted subject set off
/// by a comma may have auxiliaries between the comma and the verb.
mod a_fronted_subject_before_an_auxiliary {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "وكانت وزارة الدفاع الأوكرانية، قد أعلنت مقتل 300 من العسكريين الروس.",
            "killed 300 by=وزارة الدفاع الأوكرانية camp=ukraine",
        );
        check_speaker(
            "وكان الناطق باسم الجيش الأوكراني أندريه ليسينكو، قد أفاد بمقتل 300 من العسكريين الروس.",
            "killed 300 by=الناطق باسم الجيش الأوكراني camp=ukraine",
        );
        check_speaker(
            "وكانت وزارة الدفاع الأوكرانية قد أعلنت مقتل 300 من العسكريين الروس.",
            "killed 300 by=وزارة الدفاع الأوكرانية camp=ukraine",
        );
    }
}

/// "The RSF — which controls the city — said ...": an aside between dashes
/// right before the verb is read over; the subject ends before it.
mod an_aside_between_dashes_before_the_verb {
    use super::*;

    #[test]
    fn is_read_over() {
        check_speaker(
            "The Kenyan police — who reached the village late on Monday — said 12 people were killed.",
            "killed 12 by=The Kenyan police camp=kenya",
        );
        check_speaker(
            "The Turkish army – which has bases in the region – said 5 soldiers were wounded.",
            "wounded 5 by=The Turkish army camp=ankara",
        );
        check_speaker(
            "The Red Cross - which runs the only hospital in the town - said 30 civilians were killed.",
            "killed 30 by=The Red Cross camp=icrc",
        );
    }
}

/// "the Iranian strikes killed 28", «قتلوا في غارات إسرائيلية»: a party's
/// word on a word of an attack names the attacker; the dead are of its
/// enemy, not of the party named.
mod the_dead_of_a_named_attack {
    use super::*;

    #[test]
    fn are_the_attacker_s_enemy() {
        check_side("The Israeli government said the Iranian strikes killed 28 people.", "killed 28 side=enemy of iran");
        check_side("Officials said 600 people were killed by Israeli attacks.", "killed 600 side=enemy of israel");
        check_side("وقال مسؤولون إن 12 شخصا قتلوا في غارات إسرائيلية على المدينة.", "killed 12 side=enemy of israel");
        check_side(
            "The governor said Russian shelling killed 12 people in the city.",
            "killed 12 side=enemy of moscow",
        );
    }

    #[test]
    fn a_nationality_of_the_dead_still_names_them() {
        check_side("Officials said the strikes killed 12 Iranian soldiers.", "killed 12 side=iran");
    }
}

/// «وقال اللواء الليبي خليفة حفتر إن ...»: a person named right after a
/// nationality is the speaker, of the person's own camp; a second party
/// further on still ends the phrase («نفت أرمينيا مزاعم أذربيجان»).
mod a_person_after_a_nationality {
    use super::*;

    #[test]
    fn is_the_speaker() {
        check_speaker(
            "وقال اللواء الليبي خليفة حفتر إن 12 مسلحا قتلوا.",
            "killed 12 by=اللواء الليبي خليفة حفتر camp=lna",
        );
        check_speaker("وأكد القائد الليبي حفتر أن 12 مسلحا قتلوا.", "killed 12 by=القائد الليبي حفتر camp=lna");
        check_speaker(
            "وأعلن المشير الليبي خليفة حفتر مقتل 12 مسلحا.",
            "killed 12 by=المشير الليبي خليفة حفتر camp=lna",
        );
        check_speaker(
            "The Libyan commander Khalifa Haftar said 12 militants were killed.",
            "killed 12 by=The Libyan commander Khalifa Haftar camp=lna",
        );
    }
}

/// "the US-backed Kurdish militia", «القوات الكردية»: in a war in Syria the
/// Kurdish forces are the SDF; in another war they are no one's.
mod kurdish_forces_in_syria {
    use super::*;

    fn camps(text: &str, conflict: &str) -> Vec<Option<String>> {
        extract_article(text, date(2024, 3, 12), Some(conflict))
            .into_iter()
            .map(|c| c.camp.as_deref().map(str::to_owned))
            .collect()
    }

    #[test]
    fn are_the_sdf() {
        let sdf = vec![Some("sdf".to_owned())];
        assert_eq!(
            camps("The US-backed Kurdish militia said 12 civilians were killed in the strike.", "syria-2019"),
            sdf
        );
        assert_eq!(camps("Kurdish fighters said 12 civilians were killed in the strike.", "syria-2024"), sdf);
        assert_eq!(camps("وقالت القوات الكردية إن 12 مدنيا قتلوا في الغارة.", "syria-2019"), sdf);
    }

    #[test]
    fn elsewhere_are_no_one() {
        assert_ne!(
            camps("Kurdish fighters said 12 soldiers were killed in the clash.", "turkey-pkk-2016"),
            vec![Some("sdf".to_owned())]
        );
        assert_ne!(
            camps("وقالت القوات الكردية إن 12 جنديا قتلوا في الاشتباك.", "iraq-kirkuk-2017"),
            vec![Some("sdf".to_owned())]
        );
    }
}

/// The SPLA was South Sudan's army until 2018; the SPLA in Opposition is a
/// camp of its own.
mod south_sudans_army {
    use super::*;

    #[test]
    fn the_spla_is_south_sudans_and_the_spla_io_is_not() {
        check("The SPLA said 5 soldiers were killed.", "killed 5 camp=south-sudan");
        check("The Sudan People's Liberation Army said 5 soldiers were killed.", "killed 5 camp=south-sudan");
        check("وقال الجيش الشعبي لتحرير السودان إن 5 جنود قتلوا.", "killed 5 camp=south-sudan");
        check("The SPLA-IO said 5 soldiers were killed.", "killed 5 camp=splm-io");
    }
}

/// «في وقت أكدت فيه وسائل إعلام دولية مقتل 18»: after a speech verb, a
/// resumptive pronoun of a noun the clause describes, with no relative
/// pronoun, leaves the subject after it when a party is named there and
/// what it said follows.
mod a_resumptive_pronoun_after_the_verb {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "قالت مصادر تابعة لحزب الله إن القصف لم يخلف أي خسائر، في وقت أكدت فيه وسائل إعلام دولية مقتل 18 جنديا.",
            "killed 18 by=وسائل إعلام camp=media",
        );
        check_speaker(
            "يأتي ذلك في وقت أعلن فيه المتحدث باسم الجيش الأذربيجاني أن 12 جنديا قتلوا.",
            "killed 12 by=المتحدث باسم الجيش الأذربيجاني camp=baku",
        );
        check_speaker("ونشرت الوزارة بيانا أكدت فيه باكو مقتل 5 جنود.", "killed 5 by=باكو camp=baku");
        // No party, or nothing said after it: the pronoun's verb has no subject there.
        check_speaker(
            "وقال المتحدث إن 7 جنود قتلوا. وأضاف فيه في رد على سؤال إن 3 أصيبوا.",
            "killed 7 by=المتحدث camp=other; wounded 3 by=المتحدث camp=other",
        );
    }
}

/// "Israel, which has accused Hamas of hiding in the hospital, again blamed
/// an errant missile": a relative clause with a speech verb of its own
/// between the subject and the verb leaves the subject before it; the words
/// after the verb are its object, no speaker.
mod a_speech_verb_inside_the_relative_clause {
    use super::*;

    #[test]
    fn english() {
        check_speaker(
            "The Azerbaijani army, which has accused Armenian units of shelling the town, said 5 soldiers were killed.",
            "killed 5 by=The Azerbaijani army camp=baku",
        );
        check_speaker(
            "Baku, which earlier said Armenian units shelled the town, again reported 5 soldiers killed.",
            "killed 5 by=Baku camp=baku",
        );
    }

    #[test]
    fn arabic() {
        check_speaker(
            "وقال الجيش الأذربيجاني، الذي اتهم الوحدات الأرمينية بقصف البلدة، إن 5 جنود قتلوا.",
            "killed 5 by=الجيش الأذربيجاني camp=baku",
        );
    }
}

/// «عملية العزم الصلب», Operation Inherent Resolve: the US-led coalition's,
/// in Arabic as in English.
mod inherent_resolve {
    use super::*;

    #[test]
    fn the_operations_spokesman_speaks_for_the_coalition() {
        check("وقال المتحدث باسم عملية العزم الصلب إن 5 مسلحين قتلوا.", "killed 5 camp=us-led-coalition");
        check(
            "A spokesman for Operation Inherent Resolve said 5 militants were killed.",
            "killed 5 camp=us-led-coalition",
        );
    }
}

/// «وزير الاندماج (المناطق الانفصالية) في جورجيا»: a gloss in parentheses
/// between a word of a name and a preposition that goes on with it is
/// inside the name; the place after the preposition tells the camp.
mod a_gloss_in_parentheses_inside_a_name {
    use super::*;

    #[test]
    fn arabic() {
        check("وقال وزير الاندماج (المناطق الانفصالية) في جورجيا إن 5 جنود قتلوا.", "killed 5 camp=georgia");
        check("وأعلن نائب وزير الداخلية (المكلف بالأمن) في جورجيا أن 4 مدنيين قتلوا.", "killed 4 camp=georgia");
        check("وقال وزير شؤون الدفاع (بالوكالة) في أبخازيا إن 3 جنود أصيبوا.", "wounded 3 camp=abkhazia");
        // An acronym closing a name, a statement after it: the name ends there.
        check("وقالت الجبهة الوطنية للتحرير (جوت) في بيان إن 6 مقاتلين قتلوا.", "killed 6 camp=-");
    }

    #[test]
    fn english() {
        check_speaker(
            "The deputy minister (acting) of Georgia said 5 soldiers were killed.",
            "killed 5 by=The deputy minister (acting) of Georgia camp=georgia",
        );
        check_speaker(
            "The Minister for Reintegration (breakaway regions) in Georgia said 4 civilians were killed.",
            "killed 4 by=The Minister for Reintegration (breakaway regions) in Georgia camp=georgia",
        );
        check_speaker(
            "The minister of state (for reintegration) of Georgia told reporters 3 soldiers were wounded.",
            "wounded 3 by=The minister of state (for reintegration) of Georgia camp=georgia",
        );
    }
}

/// «وأكد مسؤول أبخازي الخبر قائلا إن ...»: a word for reports after a
/// speech verb and a subject naming a party is what the party confirmed;
/// the participle after it goes on with the party, not with the reports.
mod reports_a_party_confirmed {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "وأكد مسؤول أبخازي الخبر قائلا إن 5 جنود جورجيين قتلوا.",
            "killed 5 by=مسؤول أبخازي camp=abkhazia",
        );
        check_speaker(
            "وأكد مسؤول أبخازي لوكالة أنترفاكس الروسية الخبر قائلا إن 5 جنود جورجيين قتلوا.",
            "killed 5 by=مسؤول أبخازي camp=abkhazia",
        );
        check_speaker(
            "وأكد المتحدث باسم الجيش الأبخازي الأنباء مضيفا أن 3 جنود جورجيين أصيبوا.",
            "wounded 3 by=المتحدث باسم الجيش الأبخازي camp=abkhazia",
        );
        // Reports as the subject, or words naming no one before them: the media's voice.
        check_speaker("وأفادت تقارير بأن 4 جنود جورجيين قتلوا.", "killed 4 by=تقارير camp=media");
        check_speaker(
            "وذكرت وكالة الأنباء الروسية أن 4 جنود جورجيين قتلوا.",
            "killed 4 by=وكالة الأنباء الروسية camp=moscow",
        );
    }
}

/// "the resistance committees", «لجان المقاومة»: committees are a named
/// party the packs may not know, of the catch-all camp, as a committee is.
mod committees_are_a_party {
    use super::*;

    #[test]
    fn arabic() {
        check("وقالت لجان المقاومة في المدينة إن 43 مدنيا قتلوا.", "killed 43 camp=other");
        check("وأعلنت اللجان الشعبية مقتل 12 شخصا في القصف.", "killed 12 camp=other");
    }

    #[test]
    fn english() {
        check("The local resistance committees said 43 civilians were killed.", "killed 43 camp=other");
        check("Neighbourhood committees reported that 12 people were killed in the shelling.", "killed 12 camp=other");
    }
}

/// "Iraq's U.N. ambassador", «سفير العراق لدى الأمم المتحدة», "the UN
/// envoy for Sudan": an envoy speaks for the party that sent him, named as
/// the owner before his title or right after it, not for the one he is
/// sent to.
mod an_envoy_speaks_for_the_sender {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "وقال سفير العراق لدى الأمم المتحدة إن 5 جنود قتلوا.",
            "killed 5 by=سفير العراق لدى الأمم المتحدة camp=iraq",
        );
        check_speaker(
            "وقال المندوب العراقي لدى مجلس الأمن إن 5 جنود قتلوا.",
            "killed 5 by=المندوب العراقي لدى مجلس الأمن camp=iraq",
        );
        check_speaker(
            "وقال السفير الأمريكي في بغداد إن 5 جنود قتلوا.",
            "killed 5 by=السفير الأمريكي في بغداد camp=washington",
        );
        check_speaker("وقال المبعوث الأممي إلى السودان إن 5 مدنيين قتلوا.", "killed 5 by=المبعوث الأممي camp=un");
    }

    #[test]
    fn english() {
        check_speaker(
            "Iraq's U.N. ambassador said 5 soldiers were killed.",
            "killed 5 by=Iraq's U.N. ambassador camp=iraq",
        );
        check_speaker(
            "Sudan's envoy to the United Nations said 5 soldiers were killed.",
            "killed 5 by=Sudan's envoy to the United Nations camp=sudan",
        );
        check_speaker(
            "The US ambassador to Iraq said 5 soldiers were killed.",
            "killed 5 by=The US ambassador to Iraq camp=washington",
        );
        check_speaker(
            "The UN envoy for Sudan said 5 civilians were killed.",
            "killed 5 by=The UN envoy for Sudan camp=un",
        );
    }
}

/// «وكان المتحدث باسم الجيش، أنار إيفازوف، قد أعلن، أمس، ...»: a subject
/// an auxiliary opens, a name set off by commas inside it, before a comma
/// and the auxiliary of its verb; a time aside after the verb is no part of
/// what was said.
mod a_fronted_subject_with_a_name_between_commas {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "وكان المتحدث باسم الجيش الأذربيجاني، أنار إيفازوف، قد أعلن، أمس، مقتل 12 جنديا.",
            "killed 12 by=المتحدث باسم الجيش الأذربيجاني، أنار إيفازوف camp=baku",
        );
        check_speaker(
            "وكان مسؤول الاتحاد الوطني الكردستاني في حمرين، ملا كريم شكور، قد اتهم، الخميس الماضي، فصائل الحشد بقتل 20 مدنيا.",
            "killed 20 by=مسؤول الاتحاد الوطني الكردستاني camp=krg",
        );
        check_speaker(
            "وكانت وزارة الدفاع الأرمينية، قد أعلنت مقتل 7 جنود.",
            "killed 7 by=وزارة الدفاع الأرمينية camp=yerevan",
        );
        // A paragraph's line with no closing mark joins the next: «وكان» still opens its clause.
        check_speaker(
            "وقال المتحدث إن الوضع هادئ حسب تعبيره\nوكان المتحدث باسم الجيش الأذربيجاني، أنار إيفازوف، قد أعلن مقتل 12 جنديا.",
            "killed 12 by=المتحدث باسم الجيش الأذربيجاني، أنار إيفازوف camp=baku",
        );
    }
}

/// The factions of Iraq's Popular Mobilization Forces speak for it; Iraqi
/// Kurdistan's KDP is the KRG's, Iran's KDPI a party of its own.
mod iraqs_factions_and_parties {
    use super::*;

    #[test]
    fn arabic() {
        check("وقال القيادي في عصائب أهل الحق إن 5 من مقاتلي الحشد قتلوا.", "killed 5 camp=pmf");
        check("وقال الحزب الديمقراطي الكردستاني إن 4 من البيشمركة قتلوا.", "killed 4 camp=krg");
        check("وقال الحزب الديمقراطي الكردستاني الإيراني إن مقاتليه قتلوا 4 جنود.", "killed 4 camp=kdpi");
    }

    #[test]
    fn english() {
        check("Kataib Hezbollah said 5 of its fighters were killed.", "killed 5 camp=pmf");
        check("The Kurdistan Democratic Party said 4 Peshmerga were killed.", "killed 4 camp=krg");
        check("The Kurdistan Democratic Party of Iran said its fighters killed 4 soldiers.", "killed 4 camp=kdpi");
    }
}

/// «اتهمت وزارة الدفاع الباكستانية القوات الأفغانية بـ...»: after a verb
/// and its subject, a noun of no camp («القوات») before another country's
/// adjective opens the object; the subject ends before it.
mod a_country_after_a_noun_opens_the_object {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "واتهمت وزارة الدفاع الباكستانية القوات الأفغانية بقتل 5 مدنيين.",
            "killed 5 by=وزارة الدفاع الباكستانية camp=pakistan",
        );
        check_speaker(
            "واتهمت وزارة الدفاع الرواندية القوات الكونغولية بقتل 3 مدنيين.",
            "killed 3 by=وزارة الدفاع الرواندية camp=rwanda",
        );
        check_speaker(
            "وقالت وزارة الدفاع الباكستانية إن 4 جنود قتلوا.",
            "killed 4 by=وزارة الدفاع الباكستانية camp=pakistan",
        );
    }
}

/// In Nepal's civil war "the Maoists" are the CPN (Maoist)'s; in an
/// article of another war they name no camp.
mod the_maoists_of_nepals_war {
    use super::*;

    fn camps_in(conflict: Option<&str>, text: &str) -> String {
        figures_and_camps(&extract_article(text, date(2005, 8, 9), conflict))
    }

    #[test]
    fn arabic() {
        let text = "وقال المتمردون الماويون إنهم قتلوا حوالي 159 شخصا خلال الهجوم.";
        assert_eq!(camps_in(Some("nepal-maoist-2005"), text), "killed 159 camp=nepal-maoists");
        assert_eq!(camps_in(Some("india-naxal-2024"), text), "killed 159 camp=-");
        assert_eq!(
            camps_in(Some("nepal-maoist-2005"), "وقال الماويون إن 26 من عناصرهم قتلوا."),
            "killed 26 camp=nepal-maoists"
        );
    }

    #[test]
    fn english() {
        let text = "Maoist rebels said they killed 159 soldiers in the attack.";
        assert_eq!(camps_in(Some("nepal-maoist-2005"), text), "killed 159 camp=nepal-maoists");
        assert_eq!(camps_in(Some("india-naxal-2024"), text), "killed 159 camp=-");
    }
}

/// A state's air force, navy or command is one body: the name after the
/// state's adjective is part of the speaker ("The Nigerian Air Force", not
/// "The Nigerian"), and a bare "the navy" is a named party. (Arabic puts
/// the noun first, «سلاح الجو النيجيري», and needs no such word.)
mod a_states_services_are_whole_names {
    use super::*;

    #[test]
    fn english() {
        check_speaker(
            "The Nigerian Air Force said 12 militants were killed in the strike.",
            "killed 12 by=The Nigerian Air Force camp=nigeria",
        );
        check_speaker(
            "The Sri Lankan Navy said 15 rebels were killed off the coast.",
            "killed 15 by=The Sri Lankan Navy camp=sri-lanka",
        );
        check_speaker(
            "The US Africa Command said 4 militants were killed in the raid.",
            "killed 4 by=The US Africa Command camp=washington",
        );
        check_speaker("The navy said 3 sailors were wounded.", "wounded 3 by=The navy camp=other");
    }

    #[test]
    fn arabic() {
        check_speaker(
            "وقال سلاح الجو النيجيري إن 12 مسلحا قتلوا في الغارة.",
            "killed 12 by=سلاح الجو النيجيري camp=nigeria",
        );
        check_speaker(
            "وقالت البحرية السريلانكية إن 15 متمردا قتلوا قبالة الساحل.",
            "killed 15 by=البحرية السريلانكية camp=sri-lanka",
        );
    }
}

/// «وفق تعبيره», «على حد تعبيره», «بحسب وصفه» ("in his words"): the words
/// are the speaker's own; the noun after "according to" names no one.
mod in_his_words_names_no_one {
    use super::*;

    #[test]
    fn arabic() {
        let before = "وقال المتحدث باسم الحكومة إن الجبهة تكذب.";
        for after in ["وفق تعبيره", "على حد تعبيره", "بحسب وصفه", "حسب قوله"] {
            check_speaker(
                &format!("{before} وأضاف أن 20 مسلحا قتلوا في الهجوم، {after}."),
                "killed 20 by=المتحدث باسم الحكومة camp=other",
            );
        }
    }
}

/// «المؤسسة المدعومة أمريكياً», «الحكومة المدعومة من السعودية», "the
/// militia backed by Iran": the backer named after a participle of backing
/// is not the speaker, as "the Iran-backed militia" is not Iran.
mod a_backer_is_not_the_speaker {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "وقال وزير الإعلام في الحكومة اليمنية المدعومة من السعودية إن 20 شخصا أصيبوا.",
            "wounded 20 by=وزير الإعلام في الحكومة اليمنية camp=yemen",
        );
        check_speaker(
            "وقالت الفصائل المدعومة من تركيا إن 12 من مقاتليها قتلوا.",
            "killed 12 by=الفصائل المدعومة من تركيا camp=-",
        );
        check_speaker(
            "وقال متحدث باسم مؤسسة غزة الإنسانية المدعومة أمريكيا إن 3 من موظفيها قتلوا.",
            "killed 3 by=متحدث باسم مؤسسة غزة الإنسانية camp=ghf",
        );
    }

    #[test]
    fn english() {
        check_speaker(
            "The militia backed by Iran said 12 of its fighters were killed.",
            "killed 12 by=The militia backed by Iran camp=-",
        );
        check_speaker(
            "The US-backed Gaza Humanitarian Foundation said 2 of its staff were killed.",
            "killed 2 by=The US-backed Gaza Humanitarian Foundation camp=ghf",
        );
        check_speaker(
            "Sudan's Armed Forces said 9 soldiers were killed.",
            "killed 9 by=Sudan's Armed Forces camp=sudan",
        );
    }
}

/// "..., an official told Voice of America.", «حسبما قال مسؤول لإذاعة صوت
/// أمريكا»: whom the words were said to may take a few words and still
/// close the sentence the speaker attributes.
mod a_longer_addressee_closes_the_sentence {
    use super::*;

    #[test]
    fn english() {
        check_speaker(
            "Six soldiers were killed in the attack, a security official told Voice of America.",
            "killed 6 by=a security official camp=other",
        );
        check_speaker(
            "Six soldiers were killed, an official told the radio station.",
            "killed 6 by=an official camp=other",
        );
        check_speaker(
            "\"Six soldiers were killed,\" the governor told the BBC's Somali service.",
            "killed 6 by=the governor camp=other",
        );
    }

    #[test]
    fn arabic() {
        check_speaker("قتل 6 جنود في الهجوم، حسبما قال مسؤول أمني لإذاعة صوت أمريكا.", "killed 6 by=مسؤول camp=other");
        check_speaker("قتل 6 جنود، حسبما قال مسؤول لقناة الجزيرة.", "killed 6 by=مسؤول camp=other");
        check_speaker("قتل 6 جنود، حسبما أفاد مسؤول لوكالة رويترز.", "killed 6 by=مسؤول camp=other");
    }
}

/// "The group said ..., while the government said ...": a body of the
/// catch-all camp after another one refers back to it only when the
/// earlier name holds its word ("the ministry" after "the health ministry
/// spokesman") or it names an office that person may hold ("the
/// spokesman" after "Yerima said").
mod another_body_of_no_camp_is_not_the_last_speaker {
    use super::*;

    #[test]
    fn english() {
        check_speaker(
            "The group said the attack killed seven soldiers, while the government said only two soldiers were killed.",
            "killed 7 by=The group camp=other; killed 2 by=the government camp=other",
        );
        check_speaker(
            "The committee said 12 people were wounded. The police said 3 people were wounded.",
            "wounded 12 by=The committee camp=other; wounded 3 by=The police camp=other",
        );
    }

    #[test]
    fn arabic() {
        check_speaker(
            "وقالت الحركة إن الهجوم قتل 7 جنود، بينما تقول الحكومة إن جنديين فقط قتلا.",
            "killed 7 by=الحركة camp=-; killed 2 by=الحكومة camp=other",
        );
        check_speaker(
            "وقالت لجنة أطباء السودان إن 12 شخصا أصيبوا. وقالت اللجنة إن 3 منهم في حالة خطرة.",
            "wounded 12 by=لجنة أطباء السودان camp=other",
        );
        check_speaker(
            "وقال مدير الإعلام العسكري يريما إن 5 جنود قتلوا. وكشف المتحدث عن أن هناك جنديين مصابين.",
            "killed 5 by=مدير الإعلام العسكري camp=other; wounded 2 by=مدير الإعلام العسكري camp=other",
        );
    }
}

/// "Ihsanullah Ihsan, a spokesman for the Pakistani Taliban said": a name
/// set off by a comma before a title that names its party is shown with
/// it, and "Ihsan said" later is a short form of it. (The comma after the
/// title is left out; with it, the apposition was read before.)
mod a_name_before_its_title {
    use super::*;

    #[test]
    fn english() {
        let first = "Ihsanullah Ihsan, a spokesman for the Pakistani Taliban said that 12 soldiers were killed.";
        check_speaker(
            &format!("{first}\n\n\"We killed 5 more soldiers,\" Ihsan said."),
            "killed 12 by=Ihsanullah Ihsan, a spokesman for the Pakistani Taliban camp=ttp; killed 5 by=Ihsan camp=ttp",
        );
        check_speaker(
            "Zabihullah Mujahid, a spokesman for the Taliban said 20 soldiers were killed. Mujahid said 3 fighters were wounded.",
            "killed 20 by=Zabihullah Mujahid, a spokesman for the Taliban camp=taliban; wounded 3 by=Mujahid camp=taliban",
        );
        // A title that names no party is read as before.
        check_speaker(
            "Ismael Omar, the government spokesman said 4 soldiers were wounded.",
            "wounded 4 by=the government spokesman camp=other",
        );
    }
}

/// "The US command in Afghanistan said", «قالت القيادة الأمريكية في
/// العراق»: a state named after a preposition of place, with a party named
/// before it, says where the speaker is, not whose; it stays in the words
/// shown. With no party before it, the place decides ("officials in Kyiv").
mod a_place_after_the_speaker_is_not_its_party {
    use super::*;

    #[test]
    fn english() {
        check_speaker(
            "The US command in Afghanistan said the strike killed 5 militants.",
            "killed 5 by=The US command in Afghanistan camp=washington",
        );
        check_speaker(
            "The Russian embassy in Kyiv said 3 people were killed.",
            "killed 3 by=The Russian embassy in Kyiv camp=moscow",
        );
        check_speaker("Officials in Kyiv said 3 people were killed.", "killed 3 by=Officials in Kyiv camp=ukraine");
    }

    #[test]
    fn arabic() {
        check_speaker(
            "وقالت قيادة العمليات الأميركية في أفغانستان إن الغارة قتلت 5 مسلحين.",
            "killed 5 by=قيادة العمليات الأميركية في أفغانستان camp=washington",
        );
        check_speaker(
            "وقالت السفارة الروسية في كييف إن 3 أشخاص قتلوا.",
            "killed 3 by=السفارة الروسية في كييف camp=moscow",
        );
        check_speaker(
            "وقالت القوات المسلحة في منطقة أبخازيا في جورجيا إن 3 جنود قتلوا.",
            "killed 3 by=القوات المسلحة في منطقة أبخازيا في جورجيا camp=abkhazia",
        );
        check_speaker("وقال مسؤولون في كييف إن 3 أشخاص قتلوا.", "killed 3 by=مسؤولون في كييف camp=ukraine");
    }
}

/// «وأضاف في هذا الصدد»: "in this regard" after a verb of speech is no
/// speaker; the one who spoke before goes on.
mod in_this_regard_is_no_speaker {
    use super::*;

    #[test]
    fn arabic() {
        for text in [
            "وقالت وزارة الدفاع الأرمينية إن القصف مستمر. وأضافت في هذا الصدد أن 3 جنود قتلوا.",
            "وقالت وزارة الدفاع الأرمينية إن القصف مستمر. وأضافت في هذا السياق أن 3 جنود قتلوا.",
            "وقالت وزارة الدفاع الأرمينية إن القصف مستمر. وأضافت في هذا الإطار أن 3 جنود قتلوا.",
        ] {
            check_speaker(text, "killed 3 by=وزارة الدفاع الأرمينية camp=yerevan");
        }
    }
}

/// "Pakistani and Indian officials said", «قال مسؤولون باكستانيون وهنود»:
/// two states joined by a conjunction speak together, for neither.
mod two_states_joined_speak_for_neither {
    use super::*;

    #[test]
    fn english() {
        check("Pakistani and Indian officials said at least seven people were killed.", "killed 7 camp=-");
        check("Armenian and Azerbaijani officials said 3 people were killed.", "killed 3 camp=-");
        check("Pakistani officials said at least seven people were killed.", "killed 7 camp=pakistan");
    }

    #[test]
    fn arabic() {
        check("وقال مسؤولون باكستانيون وهنود إن سبعة أشخاص على الأقل قتلوا.", "killed 7 camp=-");
        check("وقال مسؤولون أمريكيون وعراقيون إن سبعة أشخاص قتلوا.", "killed 7 camp=-");
        check("وقال مسؤولون باكستانيون إن سبعة أشخاص قتلوا.", "killed 7 camp=pakistan");
    }
}

/// "Turkish officials claim to have killed 56", «كييف تتحدث عن مقتل ...»:
/// a claim to have done something and "speaks of" are verbs of speech.
mod claiming_to_have_and_speaking_of {
    use super::*;

    #[test]
    fn english() {
        check(
            "While Turkish officials claim to have killed 56 militants, the group disputed it.",
            "killed 56 camp=ankara",
        );
        check("The Armenian army claims to have killed 30 soldiers in the raid.", "killed 30 camp=yerevan");
        check("Baku claimed to have killed 12 fighters.", "killed 12 camp=baku");
    }

    #[test]
    fn arabic() {
        check("لكن كييف تتحدث الآن عن مقتل 10 آلاف جندي روسي.", "killed 10000 camp=ukraine");
        check("ويتحدث الجيش الأرميني عن مقتل 30 جنديا في الهجوم.", "killed 30 camp=yerevan");
        check("والمتمردون يتحدثون عن قتل 170 جنديا.", "killed 170 camp=-");
    }
}

/// "The army later issued a statement saying ...", «وأصدرت الوزارة لاحقا
/// بيانا قالت فيه ...»: the verb of issuing and the statement issued are no
/// speaker; the party that issued it is, with a time word between or none.
mod the_issuer_of_a_statement {
    use super::*;

    #[test]
    fn english() {
        check_speaker(
            "The Somali army later issued a statement saying 12 militants were killed in the raid.",
            "killed 12 by=The Somali army camp=somalia",
        );
        check_speaker(
            "Al-Shabaab on Friday released a statement claiming it had killed 30 soldiers.",
            "killed 30 by=Al-Shabaab camp=al-shabaab",
        );
        check_speaker(
            "The Somali army, however, put out its own statement saying 12 militants were killed.",
            "killed 12 by=The Somali army camp=somalia",
        );
    }

    #[test]
    fn arabic() {
        check_speaker(
            "وأصدرت حركة الشباب مساء الجمعة بيانا قالت فيه إنها قتلت 57 جنديا حكوميا.",
            "killed 57 by=حركة الشباب camp=al-shabaab",
        );
        check_speaker(
            "ونشر الجيش الصومالي بيانا أكد فيه مقتل 12 من المسلحين.",
            "killed 12 by=الجيش الصومالي camp=somalia",
        );
        check_speaker(
            "وأصدرت وزارة الدفاع الصومالية لاحقا بيانا أعلنت فيه مقتل 12 مسلحا.",
            "killed 12 by=وزارة الدفاع الصومالية camp=somalia",
        );
    }
}

/// «في حين نقلت قناة المسيرة عن مقتل ثلاثة»: a verb of passing words on
/// whose "from" opens a casualty word, with nothing said after it, has the
/// relaying party for speaker; a clause break of two words ends the
/// speaker phrase before it at its last word too.
mod a_relay_of_the_event_itself {
    use super::*;

    #[test]
    fn arabic() {
        check_speaker(
            "وقال الجيش إن الغارات قتلت 20 مسلحا، في حين نقلت قناة المسيرة عن مقتل ثلاثة مدنيين.",
            "killed 20 by=الجيش camp=other; killed 3 by=قناة المسيرة camp=-",
        );
        check_speaker(
            "وزعم وزير الدفاع الإسرائيلي أن الضربات قتلت العشرات، بينما نقلت وسائل إعلام حوثية عن مقتل شخصين.",
            "killed ~ by=وزير الدفاع الإسرائيلي camp=israel; killed 2 by=وسائل إعلام حوثية camp=media",
        );
        check_speaker("ونقلت رويترز عن مقتل سبعة أشخاص في الغارة.", "killed 7 by=رويترز camp=-");
    }

    #[test]
    fn a_source_after_from_still_speaks() {
        check_speaker("ونقلت وكالة سبأ عن مصدر طبي قوله إن خمسة مدنيين قتلوا.", "killed 5 by=مصدر طبي camp=-");
        check_speaker("ونقلت وكالة رويترز عن مسؤول عسكري قوله إن سبعة جنود قتلوا.", "killed 7 by=مسؤول camp=other");
    }
}

/// "The U.S. said ...": an initialism's last period, right before the
/// verb, is part of the name, not punctuation to trim.
mod an_initialism_before_the_verb {
    use super::*;

    #[test]
    fn english() {
        check_speaker("The U.S. said 12 soldiers were killed.", "killed 12 by=The U.S. camp=washington");
        check_speaker("The U.N. said 12 civilians were killed.", "killed 12 by=The U.N. camp=un");
        check_speaker("The U.K. said 12 soldiers were killed.", "killed 12 by=The U.K. camp=united-kingdom");
    }
}

/// "according to a statement from the ministry": the party after the
/// statement and its preposition speaks, as after "according to the
/// statement of"; "a statement released by ..." keeps its words.
mod according_to_a_statement_from {
    use super::*;

    #[test]
    fn english() {
        let opening =
            "The Somali government on Wednesday said at least 20 al-Shabaab members were killed in a counter-attack.";
        check_speaker(
            &format!(
                "{opening} The fighting also claimed the lives of three soldiers, according to a statement from the ministry."
            ),
            "killed 20 by=The Somali government camp=somalia; killed 3 by=the ministry camp=somalia",
        );
        check_speaker(
            &format!(
                "{opening} The fighting also claimed the lives of three soldiers, according to the statement of the ministry."
            ),
            "killed 20 by=The Somali government camp=somalia; killed 3 by=the ministry camp=somalia",
        );
        check_speaker(
            "Three soldiers were killed, according to a statement from the Ethiopian National Defense Forces.",
            "killed 3 by=the Ethiopian National Defense Forces camp=ethiopia",
        );
    }
}

mod the_head_of_a_name {
    use super::*;

    // «وزارة الدفاع», «وزارة الصحة»: a catch-all camp's word heads a name
    // whose definite words after it tell one body from another; the speaker
    // is the whole name, not its head alone.
    #[test]
    fn is_shown_whole() {
        check_speaker("وكانت وزارة الدفاع أعلنت مقتل 11 شخصا.", "killed 11 by=وزارة الدفاع camp=other");
        check_speaker("وقالت وزارة الصحة إن 20 شخصا قتلوا.", "killed 20 by=وزارة الصحة camp=other");
        check_speaker("وأفاد مدير الإعلام العسكري بأن 7 أشخاص قتلوا.", "killed 7 by=مدير الإعلام العسكري camp=other");
    }

    // «وزارة الدفاع، في بيان،»: the name ends at the comma before an aside.
    #[test]
    fn up_to_its_last_word() {
        check_speaker("وقالت وزارة الدفاع، في بيان، إن 11 شخصا قتلوا.", "killed 11 by=وزارة الدفاع camp=other");
    }
}

// «وزعم فلان ...، مؤكدا ...»: a verb of claiming that is also a word for
// claims opens the speaker's own words, so a participle after a comma goes
// on with that speaker, not with a party the claims name.
mod a_participle_after_a_verb_of_claiming {
    use super::*;

    #[test]
    fn goes_on_with_the_claimant() {
        check_speaker(
            "وزعم ماكوي، مقتل أكثر من 70 من قوات الجيش الحكومي، مؤكدا مقتل 18 من مقاتليه.",
            "killed 70 by=ماكوي camp=-; killed 18 by=ماكوي camp=-",
        );
        check_speaker(
            "وزعم القيادي دينق مقتل 40 من عناصر الشرطة الحكومية، مضيفا أن 5 من رجاله قتلوا.",
            "killed 40 by=القيادي دينق camp=-; killed 5 by=القيادي دينق camp=-",
        );
        check_speaker(
            "وزعم أكول، مقتل 30 من جنود الجيش في الهجوم، موضحا مقتل 3 من عناصره.",
            "killed 30 by=أكول camp=-; killed 3 by=أكول camp=-",
        );
    }
}
