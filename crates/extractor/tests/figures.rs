//! Figures as a careful reader reads them: ranges, upper bounds, compound
//! numbers, increments, parts of totals, lists, running totals, and what is
//! not a count at all. One `check(input, expected)` helper renders every
//! quantity claim of a short article; each construction is tried with three
//! or more wordings in Arabic and in English, all written for these tests.

mod shipped;

use crosscheck_model::{Claim, Quantity, Scope};
use jiff::civil::date;

use shipped::{extract_article, extractor};

fn extract(text: &str) -> Vec<Claim> {
    extract_article(text, date(2023, 9, 20), Some("karabakh-2023"))
}

/// `metric qualifier value[..high]` with flags: `+` increment, `⊂` part of a
/// total, `!` one incident, `@camp` when the claim has one that is not the
/// article's own voice.
fn render(c: &Claim, q: &Quantity) -> String {
    let value = match (q.qualifier.as_str(), q.value, q.interval.high) {
        ("range", Some(_), Some(high)) => format!("{}..{high}", q.interval.low),
        (_, Some(v), _) => v.to_string(),
        (_, None, _) => "~".to_owned(),
    };
    let mut out = format!("{} {} {value}", q.metric, q.qualifier);
    if let Some(p) = &q.population {
        out.push_str(&format!(" ({p})"));
    }
    if q.increment {
        out.push_str(" +");
    }
    if q.subset {
        out.push_str(" ⊂");
    }
    if c.scope == Scope::Incident {
        out.push_str(" !");
    }
    out
}

#[track_caller]
fn check(input: &str, expected: &str) {
    let actual =
        extract(input).iter().filter_map(|c| c.quantity().map(|q| render(c, q))).collect::<Vec<_>>().join("; ");
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

/// Every quantity claim with the side whose people it counts, `-` for none.
#[track_caller]
fn check_sides(input: &str, expected: &str) {
    let actual = extract(input)
        .iter()
        .filter_map(|c| c.quantity().map(|q| format!("{} side={}", render(c, q), q.side.as_deref().unwrap_or("-"))))
        .collect::<Vec<_>>()
        .join("; ");
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

/// The camp of every quantity claim, `-` for none.
#[track_caller]
fn check_camps(input: &str, expected: &str) {
    let actual = extract(input)
        .iter()
        .filter(|c| c.quantity().is_some())
        .map(|c| {
            format!("{} {}", c.quantity().and_then(|q| q.value).unwrap_or_default(), c.camp.as_deref().unwrap_or("-"))
        })
        .collect::<Vec<_>>()
        .join("; ");
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

/// "one killed and one wounded", "at least one was killed": "one" right
/// before the word of what befell it counts one; "no one was killed" and a
/// lone "one" count nothing.
mod one_before_the_word_of_harm {
    use super::*;

    #[test]
    fn counts_one() {
        check("“We have one killed and one wounded,” the police chief said.", "killed exact 1; wounded exact 1");
        check("Police said at least one was killed in the blast.", "killed at_least 1 !");
        check("The clashes left at least one dead, an official said.", "killed at_least 1");
    }

    #[test]
    fn no_one_and_a_lone_one_count_nothing() {
        check("Police said no one was killed in the blast.", "");
        check("Police said not a single one was killed.", "");
        check("One of the officials said the talks would go on.", "");
    }
}

/// "Husseini, 31, decided to flee": digits set off by commas after a
/// capitalised name are an age, not a count.
mod ages_after_a_name {
    use super::*;

    #[test]
    fn count_no_one() {
        check("Husseini, 31, decided to flee the city.", "");
        check("Ahmed, 34, was killed in the strike on the market.", "");
        check("Maria Petrova, 52, said she fled the town.", "");
    }

    #[test]
    fn a_count_after_a_comma_still_counts() {
        check("The toll rose to 31, officials said.", "killed exact 31");
        check("In the morning, 12 were killed in the shelling.", "killed exact 12 !");
    }
}

mod ranges {
    use super::*;

    #[test]
    fn between_and() {
        check("Officials said between 100 and 300 people were killed.", "killed range 100..300");
        check("The toll is somewhere between 40 and 60 dead, doctors said.", "killed range 40..60");
    }

    #[test]
    fn to_and_hyphen() {
        check("Analysts estimated 100 to 300 people were killed in the blast.", "killed range 100..300 !");
        check("An estimated 100-300 people died, the agency said.", "killed range 100..300");
        check("From 20 to 25 soldiers were wounded on Monday.", "wounded range 20..25 (soldiers)");
    }

    #[test]
    fn arabic_ranges() {
        check("قالت المصادر إن ما بين 100 و300 شخص قتلوا.", "killed range 100..300");
        check("أصيب بين 20 و30 مدنيا بجروح.", "wounded range 20..30 (civilians)");
        check("نزح من 5 إلى 7 آلاف شخص من القرى.", "displaced range 5000..7000");
        check("سقط 100 إلى 300 قتيل في الاشتباكات.", "killed range 100..300");
    }

    #[test]
    fn a_change_is_no_range() {
        check("The toll rose from 100 to 300 killed.", "killed exact 300");
        check("ارتفع عدد القتلى من 100 إلى 300 قتيل.", "killed exact 300");
        check("The number of displaced climbed from 2,000 to 5,000 people who fled.", "displaced exact 5000");
    }

    #[test]
    fn two_counts_joined_by_and_are_no_range() {
        check("Shelling killed 7 and wounded 33.", "killed exact 7 !; wounded exact 33 !");
        check("The fighting killed 7 and wounded 33.", "killed exact 7; wounded exact 33");
        check("قتل 7 وأصيب 33 آخرون.", "killed exact 7; wounded exact 33");
    }
}

mod upper_bounds {
    use super::*;

    #[test]
    fn english() {
        check("No more than 12 soldiers were killed, the ministry said.", "killed up_to 12 (soldiers)");
        check("At most 30 people were wounded.", "wounded up_to 30");
        check("A maximum of 400 people have fled the town.", "displaced up_to 400");
        check("Not more than 5 civilians died in the raid.", "killed up_to 5 (civilians) !");
    }

    #[test]
    fn arabic() {
        check("قال الجيش إن عدد القتلى لا يتجاوز 12 جنديا.", "killed up_to 12 (soldiers)");
        check("أصيب 30 شخصا على الأكثر.", "wounded up_to 30");
        check("نزح ما لا يزيد على 400 شخص بحد أقصى.", "displaced up_to 400");
    }

    /// «وصل إلى» ("reached") gives the count; «يصل إلى» ("up to") bounds it.
    #[test]
    fn reached_is_no_upper_bound() {
        check("وقال المتحدث إن عدد القتلى وصل إلى 27 قتيلا.", "killed exact 27");
        check("وقالت الوزارة إن عدد الجرحى وصل إلى 40.", "wounded exact 40");
        check("قتل ما يصل إلى 30 شخصا في القصف.", "killed up_to 30 !");
    }

    #[test]
    fn exceeding_is_a_lower_bound() {
        check("قالت أرمينيا إن عدد القتلى الأذربيجانيين تجاوز 6000.", "killed more_than 6000");
        check("The death toll exceeded 500.", "killed more_than 500");
    }
}

mod numbers_in_full {
    use super::*;

    #[test]
    fn arabic_compounds() {
        check("قتل ستة عشر جنديا في الهجوم.", "killed exact 16 (soldiers) !");
        check("أصيب مئة وستة عشر شخصا.", "wounded exact 116");
        check("نزح ثلاثمائة وواحد من السكان.", "displaced exact 301");
        check("قتل أحد عشر مدنيا.", "killed exact 11 (civilians)");
    }

    #[test]
    fn arabic_digits_with_scales() {
        check("أعلنت الوزارة مقتل 6 آلاف و500 شخص.", "killed exact 6500");
        check("أصيب ٣ مئة و٢١ شخصا بجروح.", "wounded exact 321");
        check("نزح ألفان وخمسمئة شخص.", "displaced exact 2500");
        check("بلغت حصيلة القتلى ألفاً و422 شخصا.", "killed exact 1422");
    }

    #[test]
    fn english_compounds() {
        check("Three hundred and one people were killed.", "killed exact 301");
        check("Two thousand five hundred people fled.", "displaced exact 2500");
        check("Twenty-five soldiers were wounded.", "wounded exact 25 (soldiers)");
        check("About 4 thousand people were evacuated.", "displaced about 4000");
    }

    #[test]
    fn thousands_groups() {
        check("More than 28,000 people have fled.", "displaced more_than 28000");
        check("More than 28 000 people have fled.", "displaced more_than 28000");
        check("فر أكثر من 28،000 شخص.", "displaced more_than 28000");
    }

    #[test]
    fn a_decimal_with_a_scale() {
        check("About 1.5 million people have been displaced.", "displaced about 1500000");
    }
}

/// "Not even 30" bounds a figure from above, as "fewer than" does.
mod not_even {
    use super::*;

    #[test]
    fn not_even_is_fewer_than() {
        check("The rebels said not even 30 of their fighters were killed.", "killed less_than 30 (fighters)");
        check("قال المتمردون إن عدد قتلاهم لا يصل إلى 30 مقاتلا.", "killed less_than 30 (fighters)");
        check("وقالت الحركة إن قتلاها ولا حتى 30.", "killed less_than 30");
    }
}

/// "Martyrs" counts the dead in the words of their own side.
mod martyrs {
    use super::*;

    #[test]
    fn english_martyrs() {
        check("The civil defence said there were more than 40 martyrs.", "killed more_than 40");
        check("Twelve people were martyred in the strike, the ministry said.", "killed exact 12 !");
        check("The group said 7 of its fighters have been martyred.", "killed exact 7 (fighters)");
    }

    /// «استشهد», «استشهدوا»: the verb of martyrdom counts the dead, before
    /// or after the figure, and not as the next clause's wounded.
    #[test]
    fn arabic_verbs_of_martyrdom() {
        check("قالت الوزارة إن 24 شخصا استشهدوا وأصيب 29 آخرون في الغارة.", "killed exact 24 !; wounded exact 29 !");
        check("وقالت الوزارة إنه استشهد 5 فلسطينيين في المخيم.", "killed exact 5");
        check("أعلنت الوزارة أن 3 مسعفين استشهدت في القصف.", "killed exact 3 !");
    }
}

/// Armed men of no state are their own population: a side's count of rebels
/// killed is not a count of soldiers, nor of everyone.
mod fighters {
    use super::*;

    #[test]
    fn arabic_fighter_nouns() {
        check("قال الجيش إن قواته قتلت أكثر من 40 مسلحا في الاشتباكات.", "killed more_than 40 (fighters)");
        check("أعلنت القوات الحكومية مقتل 25 متمردا خلال المعارك.", "killed exact 25 (fighters)");
        check("قتل 12 مقاتلا من الحركة في الغارة.", "killed exact 12 (fighters) !");
    }

    /// «أحد مقاتليها», «أحد منفذي العملية»: the construct forms of the
    /// nouns count as the nouns do.
    #[test]
    fn arabic_construct_forms() {
        check("وأكدت الجماعة مقتل أحد مقاتليها.", "killed exact 1 (fighters) !");
        check("وأكدت الجماعة وفاة أحد منفذي العملية.", "killed exact 1 (fighters) !");
        check("وقالت الحركة إن 3 من مسلحيها قتلوا.", "killed exact 3 (fighters)");
    }

    #[test]
    fn english_fighter_nouns() {
        check("The army said it had killed at least 30 militants.", "killed at_least 30 (fighters)");
        check("Some 45 rebels were killed in the clashes, the ministry said.", "killed about 45 (fighters)");
        check("Nine insurgents died in the raid.", "killed exact 9 (fighters) !");
    }

    /// Bandits, extremists and kidnappers are armed men too: their dead
    /// are not a count of the villagers they attacked.
    #[test]
    fn armed_men_of_no_cause() {
        check("The military said its airstrikes killed more than 100 bandits.", "killed more_than 100 (fighters) !");
        check("Police said 12 kidnappers were killed in the shootout.", "killed exact 12 (fighters)");
        check("قال الجيش إن غاراته قتلت أكثر من 100 من قطاع الطرق.", "killed more_than 100 (fighters) !");
        check("قتل 14 من المتطرفين في الاشتباك.", "killed exact 14 (fighters) !");
        check("وقال المرصد إن اربعة جهاديين من تنظيم الدولة قتلوا في الغارات.", "killed exact 4 (fighters) !");
        check("وأعلن الجيش مقتل 30 من الجهاديين في المعارك.", "killed exact 30 (fighters)");
    }
}

/// "two were killed in another drone strike", «شخصين قتلا في غارة أخرى»: a
/// figure of another incident adds to a toll; it is no rival count.
mod another_incident {
    use super::*;

    #[test]
    fn adds_to_the_toll() {
        check("Doctors said two people were killed in another drone strike on Tuesday.", "killed exact 2 + !");
        check(
            "Two more civilians died in another attack near the town, officials said.",
            "killed exact 2 (civilians) + !",
        );
        check("وقال طبيب إن شخصين قتلا في غارة أخرى بطائرة مسيرة الثلاثاء.", "killed exact 2 + !");
        check("وقتل 4 أشخاص في هجوم آخر قرب البلدة.", "killed exact 4 + !");
    }

    #[test]
    fn the_incident_itself_counts() {
        check("Doctors said two people were killed in the drone strike on Tuesday.", "killed exact 2 !");
        check("وقال طبيب إن شخصين قتلا في الغارة الثلاثاء.", "killed exact 2 !");
    }
}

/// "three of them approached the position", «ثلاثة منهم عند موقع»: people a
/// partitive takes from are what a figure counts, not the places a
/// secondary metric's word further on names.
mod people_before_a_place_word {
    use super::*;

    #[test]
    fn are_no_positions() {
        check("Three of them approached the sniper position and were shot.", "");
        check("واقترب ثلاثة منهم من موقع القناصة.", "");
        check("ووصل 22 شخصا إلى قرية مجاورة.", "");
        check("وسيطرت القوات على ثلاثة مواقع.", "positions_captured exact 3");
    }
}

/// "36 people were killed in Bukkuyum and 22 in Anka": one speaker's two
/// counts of one metric and one population in one clause split a toll;
/// each is a part, not a rival count.
mod split_tolls {
    use super::*;

    #[test]
    fn english() {
        check(
            "The governor said 36 people were killed in Bukkuyum and 22 in Anka.",
            "killed exact 36 ⊂; killed exact 22 ⊂",
        );
        check(
            "The governor said 36 people were killed on Monday and 22 on Tuesday.",
            "killed exact 36 ⊂; killed exact 22 ⊂",
        );
        check(
            "The governor said 36 people were killed in Bukkuyum, and 22 people were killed in Anka.",
            "killed exact 36 ⊂; killed exact 22 ⊂",
        );
    }

    #[test]
    fn arabic() {
        check("وقال المحافظ إن 36 شخصا قتلوا في بوكويوم و22 في أنكا.", "killed exact 36 ⊂; killed exact 22 ⊂");
        check("وأفاد المحافظ بمقتل 36 شخصا في بوكويوم ومقتل 22 شخصا في أنكا.", "killed exact 36 ⊂; killed exact 22 ⊂");
        check("وأفاد المحافظ بمقتل 36 شخصا في بلدة و22 شخصا في بلدة أخرى.", "killed exact 36");
        check("قتل 36 مدنيا في القرية الأولى و22 مدنيا في الثانية.", "killed exact 36 (civilians)");
    }

    /// A whole and its part, two populations, a change of count, two
    /// speakers: no split.
    #[test]
    fn what_is_no_split() {
        check(
            "At least 11 people, including five children, were killed, family members said.",
            "killed at_least 11; killed exact 5 (children) ⊂",
        );
        check(
            "Three soldiers and 14 militants were killed in the clashes.",
            "killed exact 3 (soldiers); killed exact 14 (fighters)",
        );
        check("The toll rose from 22 to 36 people killed.", "killed exact 36");
        check(
            "Officials said 58 people were killed, but residents said 200 were killed.",
            "killed exact 58; killed exact 200",
        );
    }
}

mod loyalists_and_security_forces {
    use super::*;

    #[test]
    fn pro_government_men_are_a_population_of_their_own() {
        check("The monitor said 300 loyalists were killed in the fighting.", "killed exact 300 (loyalists)");
        check("At least 40 pro-government fighters died in the clashes.", "killed at_least 40 (loyalists)");
        check("قال المرصد إن 200 من الموالين قتلوا في المعارك.", "killed exact 200 (loyalists)");
        check("وقتل 15 من الشبيحة في الاشتباكات.", "killed exact 15 (loyalists)");
    }

    #[test]
    fn security_personnel_are_soldiers() {
        check("Twelve security personnel were killed in the attack.", "killed exact 12 (soldiers) !");
        check("وقتل 9 من أفراد الأمن في الهجوم.", "killed exact 9 (soldiers) !");
        check("وقال إن عدد قتلاهم وصل 2600 فرد أمن.", "killed exact 2600 (soldiers)");
    }

    #[test]
    fn gendarmes_are_soldiers_and_separatists_fighters() {
        check("Two gendarmes were killed in the attack.", "killed exact 2 (soldiers) !");
        check("The army said 12 secessionists were killed.", "killed exact 12 (fighters)");
        check("قال الجيش إن 7 انفصاليين قتلوا.", "killed exact 7 (fighters)");
    }

    #[test]
    fn a_toll_since_the_insurgency_began_counts_the_whole_event() {
        check(
            "Two gendarmes were killed in the attack. The government said 109 security forces have been killed since the insurgency began.",
            "killed exact 2 (soldiers) !; killed exact 109 (soldiers)",
        );
        check("Some 300 soldiers have died since the start of the rebellion.", "killed about 300 (soldiers)");
        check("قتل 500 جندي منذ اندلاع التمرد.", "killed exact 500 (soldiers)");
    }

    #[test]
    fn the_noun_before_a_word_that_points_back_says_whom_a_toll_counts() {
        check("وأوضح المرصد أن أعداد القتلى الموالين للحكومة بلغ 4348 فردا.", "killed exact 4348 (loyalists)");
        check("وقال إن عدد القتلى المدنيين بلغ 50.", "killed exact 50 (civilians)");
        check("The number of civilians killed has reached 75, officials said.", "killed exact 75 (civilians)");
    }
}

mod uncounted_singulars {
    use super::*;

    #[test]
    fn any_or_every_soldier_counts_no_one() {
        check("The army denied that any soldier was killed.", "");
        check("Every soldier killed will be honoured, the minister said.", "");
        check("ونفى المتحدث مقتل أي جندي في الهجوم.", "");
        check("وقال إن كل جندي قتل سيكرم.", "");
    }
}

mod counted_singulars {
    use super::*;

    #[test]
    fn one_of() {
        check("أعلنت الوزارة مقتل أحد جنودها.", "killed exact 1 (soldiers) !");
        check("أصيبت إحدى النساء بجروح.", "wounded exact 1 (women) !");
        check("One of the soldiers was killed at the checkpoint.", "killed exact 1 (soldiers) !");
    }

    #[test]
    fn number_after_its_noun() {
        check("قتل جندي واحد في القصف.", "killed exact 1 (soldiers) !");
        check("أصيب مدني واحد بجروح.", "wounded exact 1 (civilians)");
    }

    #[test]
    fn one_before_its_noun() {
        check("One civilian was killed.", "killed exact 1 (civilians)");
        check("One Azerbaijani soldier was wounded.", "wounded exact 1 (soldiers)");
    }

    /// "a Somali soldier was killed": a party's adjective may stand
    /// between the article and the noun that counts itself.
    #[test]
    fn a_party_s_adjective_after_the_article() {
        check("The officer said a Somali soldier was killed in the attack.", "killed exact 1 (soldiers) !");
        check("An Israeli soldier was wounded by gunfire, the army said.", "wounded exact 1 (soldiers) !");
        check("The ministry announced the death of an Armenian soldier.", "killed exact 1 (soldiers) !");
        check("وقال ضابط في الجيش إن جنديا صوماليا قتل في الهجوم.", "killed exact 1 (soldiers) !");
    }

    #[test]
    fn a_negated_one_is_no_count() {
        check("Not a single one of our soldiers has been killed.", "");
        check("لم يقتل أي أحد من جنودنا.", "");
        check("No one of the civilians was wounded.", "");
    }

    #[test]
    fn one_of_a_relative_is_no_count() {
        check("أدى القصف إلى مقتل صهره وأحد أقاربه.", "");
        check("قتل شقيقه وأحد جيرانه في الغارة.", "");
    }
}

mod increments {
    use super::*;

    #[test]
    fn english() {
        check("Officials said 16 more soldiers have been killed.", "killed exact 16 (soldiers) +");
        check("A further 20 people were wounded.", "wounded exact 20 +");
        check("The ministry reported 20 additional deaths.", "killed exact 20 +");
    }

    #[test]
    fn arabic() {
        check("أعلنت الوزارة مقتل 5 جنود إضافيين.", "killed exact 5 (soldiers) +");
        check("ارتفعت الحصيلة بمقدار 20 قتيلا.", "killed exact 20 +");
        check("سجلت السلطات 7 قتلى جدد.", "killed exact 7 +");
    }

    #[test]
    fn others_after_a_figure_of_the_same_kind() {
        check("قتل 3 جنود. وقتل 2 آخرون من الجنود لاحقا.", "killed exact 3 (soldiers); killed exact 2 +");
        check(
            "Two civilians were killed. Another 3 civilians were killed later.",
            "killed exact 2 (civilians); killed exact 3 (civilians) +",
        );
        check("قتل 4 أشخاص. ثم قتل 6 آخرون.", "killed exact 4; killed exact 6 +");
    }

    #[test]
    fn others_of_another_metric_are_a_count() {
        check("قتل 7 وأصيب 33 آخرون.", "killed exact 7; wounded exact 33");
        check("Two people died and another 21 were wounded.", "killed exact 2; wounded exact 21");
        check("مقتل 4 مدنيين وإصابة 12 آخرين.", "killed exact 4 (civilians); wounded exact 12");
        check(
            "أصيب 400 شخص. وقال إن نحو 100 قتلوا وأصيب مئات آخرون.",
            "wounded exact 400; killed about 100; wounded vague ~",
        );
    }

    #[test]
    fn more_than_is_no_increment() {
        check("More than 40 people were wounded.", "wounded more_than 40");
        check("16 more than the day before were killed.", "killed exact 16");
    }
}

mod parts_of_totals {
    use super::*;

    /// "killing two, in addition to the death of the bomber": the figure
    /// leaves someone out, so it is a part of a toll the text does not give.
    #[test]
    fn counted_besides_someone() {
        check(
            "Police said the blast killed two people and wounded 25, in addition to the death of the bomber.",
            "killed exact 2 ⊂ !; wounded exact 25 !",
        );
        check(
            "The army said four soldiers were killed, not counting the dead attackers.",
            "killed exact 4 (soldiers) ⊂",
        );
        check(
            "وأوضح المصدر أن التفجير تسبب في مقتل شخصين وإصابة 25 شخصاً، بالإضافة إلى مصرع الانتحاري.",
            "killed exact 2 ⊂ !; wounded exact 25 !",
        );
        check("وقالت الشرطة إن الهجوم أسفر عن مقتل 4 جنود، علاوة على مقتل المهاجم.", "killed exact 4 (soldiers) ⊂ !");
        // A figure after the phrase is a count of its own.
        check("Officials said 12 people were killed, in addition to 30 wounded.", "killed exact 12; wounded exact 30");
    }

    /// "killed 18 members of one family": one group's dead, a part of
    /// whatever toll the strike had, not a rival of it.
    #[test]
    fn one_group() {
        check("A resident said the strikes killed 18 members of one family.", "killed exact 18 ⊂ !");
        check("Residents said the air strike killed 9 people from the same family.", "killed exact 9 ⊂ !");
        check("The shelling killed 7 members of a single family, a doctor said.", "killed exact 7 ⊂ !");
        check("وقال أحد السكان إن الغارات أسفرت عن مقتل 18 شخصا من عائلة واحدة.", "killed exact 18 ⊂ !");
        check("وأفاد مسعفون بمقتل 9 أشخاص من أسرة واحدة في القصف.", "killed exact 9 ⊂ !");
        check("وقال شهود إن القصف قتل 7 من أفراد عائلة واحدة.", "killed exact 7 ⊂ !");
        // A family named as the victims' is no part of anything.
        check("The strike killed 18 people, the family of one of them said.", "killed exact 18 !");
    }

    #[test]
    fn including() {
        check(
            "At least 200 people were killed, including 10 children.",
            "killed at_least 200; killed exact 10 (children) ⊂",
        );
        check("قتل 50 شخصا بينهم 12 طفلا.", "killed exact 50; killed exact 12 (children) ⊂");
        check("This number includes 10 killed civilians.", "killed exact 10 (civilians) ⊂");
        check("أصيب 30 شخصا، من بينهم 5 نساء.", "wounded exact 30; wounded exact 5 (women) ⊂");
    }

    #[test]
    /// Items of a list are parts of its sum; an item that names whom it
    /// counts is that population's whole count, an item that names no one
    /// ("12 police officers" with no noun the packs know) stays a part.
    fn a_list_sharing_its_trigger() {
        check(
            "180 soldiers, 12 police officers and one civilian were killed.",
            "killed exact 180 (soldiers); killed exact 12 (police); killed exact 1 (civilians)",
        );
        check(
            "أعلنت الوزارة مقتل 192 من جنودها ومدني واحد.",
            "killed exact 192 (soldiers); killed exact 1 (civilians)",
        );
        check("40 soldiers and 3 civilians were wounded.", "wounded exact 40 (soldiers); wounded exact 3 (civilians)");
    }

    #[test]
    fn each_item_with_its_own_trigger_is_a_count() {
        check("9 قتلى و34 جريحا في القصف.", "killed exact 9 !; wounded exact 34 !");
        check("The attack left 9 dead and 34 wounded.", "killed exact 9 !; wounded exact 34 !");
    }

    /// "nine of the dead": a part of the dead the text counts elsewhere.
    #[test]
    fn a_figure_of_the_dead_or_wounded() {
        check(
            "Police said 11 people were killed. Khalaf said nine of the dead were family members.",
            "killed exact 11; killed exact 9 ⊂",
        );
        check(
            "قالت الشرطة إن 11 شخصا قتلوا. وقال خلف إن تسعة من القتلى من أفراد عائلته.",
            "killed exact 11; killed exact 9 ⊂",
        );
        check(
            "Officials said 30 were wounded, and five of the wounded died later.",
            "wounded exact 30; wounded exact 5 ⊂",
        );
    }

    #[test]
    fn a_closing_qualifier_holds_for_the_list() {
        check("أفاد مسؤولون أن 200 قتيل و400 جريح على الأقل سقطوا.", "killed at_least 200; wounded at_least 400");
    }
}

mod running_totals {
    use super::*;

    #[test]
    fn english() {
        check(
            "Officials said the total number of dead among military members rose to 532.",
            "killed exact 532 (soldiers)",
        );
        check("This brings the death toll in the region to 610.", "killed exact 610");
        check("The number of people killed in the region since the start has reached 90.", "killed exact 90");
    }

    #[test]
    fn arabic() {
        check("ليرتفع مجمل القتلى بين القوات في الإقليم إلى 1166.", "killed exact 1166");
        check("قال إن عدد القتلى في صفوف الجيش تجاوز 6000.", "killed more_than 6000");
        check("بلغ إجمالي عدد الجرحى منذ بدء المعارك 320.", "wounded exact 320");
    }
}

mod fillers {
    use super::*;

    #[test]
    fn adverbs_inside_trigger_phrases() {
        check("Over 28,000 people have reportedly left the region.", "displaced more_than 28000");
        check("Some 500 people have allegedly fled the town.", "displaced about 500");
        check("أكثر من 40 شخصا لقوا أيضا حتفهم.", "killed more_than 40");
    }
}

mod not_counts {
    use super::*;

    #[test]
    fn overflow_exponents_and_negatives() {
        check("Officials said 99999999999999999999999 people were killed.", "");
        check("The report said 1e309 people were killed.", "");
        check("A value of -5 killed was logged.", "");
    }

    #[test]
    fn numbers_that_describe_a_noun() {
        check("The ministry published a 212-page report on those killed.", "");
        check("The 44-day war killed thousands of soldiers.", "killed vague ~ (soldiers)");
        check("قتل 5 أشخاص خلال الساعات الـ24 الماضية.", "killed exact 5 ⊂");
        check("أصيب 11 شخصا خلال الـ48 ساعة الأخيرة.", "wounded exact 11 ⊂");
    }

    /// "Resolution 1701", "Channel 12", "the number 2 man": a number a
    /// label names counts no one.
    #[test]
    fn numbers_a_label_names() {
        check("The army said Resolution 1701 was violated and 4 soldiers were wounded.", "wounded exact 4 (soldiers)");
        check("He was the number 2 man in the movement and was killed in the strike.", "");
        check("Officers at checkpoint 300 said 6 people were wounded.", "wounded exact 6");
        check("وقال الجيش إن القرار 1701 انتهك وأصيب 4 جنود.", "wounded exact 4 (soldiers)");
        check("وكان الرجل رقم 2 في الحزب قد قتل في الغارة.", "");
        check("وذكرت القناة 12 أن الغارة قتلت 3 أشخاص.", "killed exact 3 !");
    }

    /// «اللواء 810», «قائد اللواء 115»: a unit's number counts no one.
    #[test]
    fn numbers_of_military_units() {
        check("وقال قائد اللواء 115 إن 4 جنود قتلوا في الهجوم.", "killed exact 4 (soldiers) !");
        check("وأعلن الرئيس أن اللواء 810 عبر الحدود ونزح 300 شخص.", "displaced exact 300");
        check("قتل 20 جنديا من اللواء 47 في المعارك.", "killed exact 20 (soldiers)");
        check("وقال الفيلق 5 إن 12 مسلحا قتلوا.", "killed exact 12 (fighters)");
    }

    #[test]
    fn markup_and_escape_codes() {
        check("The page ran alert(2) and said people were killed.", "");
        check("\u{1b}[2J The clashes killed people.", "");
    }
}

/// A list shares its trigger only with items, not with a figure that has a
/// verb of its own: "killing 12 and taking 30 hostages" counts 30 hostages,
/// not 30 more dead.
mod lists_and_other_predicates {
    use super::*;

    #[test]
    fn a_verb_of_its_own_ends_the_list() {
        check("Gunmen attacked the village, killing 12 people and taking about 30 hostages.", "killed exact 12 !");
        check("The shelling killed 9 people, abducted 14 and burned houses.", "killed exact 9 !");
        check("The raid killed four soldiers and wounded two.", "killed exact 4 (soldiers) !; wounded exact 2 !");
        check("أسفر الهجوم عن مقتل 20 شخصا واختطاف 30 آخرين.", "killed exact 20 !");
        check("قتل المسلحون 7 أشخاص و خطفوا نحو 15 آخرين.", "killed exact 7");
        check("أسفر القصف عن مقتل 11 شخصا وتدمير 4 منازل.", "killed exact 11 !");
    }

    #[test]
    fn items_of_a_list_still_share_it() {
        check(
            "The strike killed 12 soldiers and 3 civilians.",
            "killed exact 12 (soldiers) !; killed exact 3 (civilians) !",
        );
        check("أسفر الهجوم عن مقتل 20 جنديا و5 مدنيين.", "killed exact 20 (soldiers) !; killed exact 5 (civilians) !");
        check("The raid killed 40 people, including 12 children.", "killed exact 40 !; killed exact 12 (children) ⊂ !");
    }
}

/// "destroyed" counts people only before its figure ("destroyed more than 370
/// soldiers"); "three of its cars were destroyed" counts cars. "Dozen" is a
/// scale: "two dozen" is 24.
mod destroyed_and_dozens {
    use super::*;

    #[test]
    fn destroyed_before_people_only() {
        check("The ministry said it destroyed more than 370 enemy soldiers.", "killed more_than 370 (soldiers)");
        check("Three of its cars were also destroyed, the army said.", "");
        check("Two of the trucks were destroyed in the strike.", "");
    }

    #[test]
    fn destroyed_things_are_no_toll() {
        check("\"We destroyed six encampments of the rebels,\" the commander said.", "");
        check("The army said it destroyed 20 motorcycles and 15 cars.", "");
        check("قال الجيش إنه دمر ستة معسكرات و20 دراجة نارية.", "");
    }

    /// Whatever it destroyed, a count is a toll only when people follow it:
    /// no list of things can be long enough to name every other kind.
    #[test]
    fn destroyed_what_no_list_names_is_no_toll() {
        check("Witnesses said the shelling destroyed 12 flats.", "");
        check("According to residents, two houses were destroyed and 12 flats were ruined.", "");
        check("The mayor said the strikes destroyed 40 greenhouses in the village.", "");
        check("وقال شهود إن القصف دمر 12 شقة سكنية.", "");
        // One word may qualify the people.
        check("The ministry said the army destroyed up to 50 enemy servicemen.", "killed up_to 50 (soldiers)");
    }

    #[test]
    fn countries_and_powers_are_no_count_of_fighters() {
        check("Fifteen countries condemned the deployment of mercenaries in the country.", "");
        check("The 15 Western powers said mercenaries had arrived in Mali.", "");
        check("ندد بيان 15 قوة غربية بانتشار مرتزقة في البلاد.", "");
        check("وقالت 15 دولة إن مرتزقة انتشروا في البلاد.", "");
    }

    #[test]
    fn dozens_scale_their_number() {
        check("The strike also injured almost two dozen people.", "wounded about 24 !");
        check("Officials said three dozen civilians were killed.", "killed exact 36 (civilians)");
        check("A dozen soldiers were wounded.", "wounded exact 12 (soldiers)");
    }
}

mod denials {
    use super::*;

    #[test]
    fn a_figure_inside_a_denial_is_not_the_deniers() {
        check_camps("Ukraine denied Russia's claim that it killed 600 troops.", "600 moscow");
        check_camps("Armenia denied Azerbaijani claims that 300 soldiers were killed.", "300 baku");
        check_camps("نفت أرمينيا مزاعم أذربيجان بمقتل 600 جندي.", "600 baku");
        check_camps("نفت أرمينيا مقتل 600 جندي.", "600 -");
    }
}

mod incidents {
    use super::*;

    #[test]
    fn attack_verbs_weapons_and_sites() {
        check("استهدفت القوات بالمدفعية مقبرة ما أسفر عن مقتل 3 أشخاص.", "killed exact 3 !");
        check("A missile hit the market, killing 12 people.", "killed exact 12 !");
        check(
            "Artillery fire on a funeral killed 4 mourners and wounded 9 people.",
            "killed exact 4 !; wounded exact 9 !",
        );
    }

    #[test]
    fn a_war_toll_stays_the_events() {
        check("The war has killed 5,000 people.", "killed exact 5000");
        check("أسفرت الحرب عن مقتل 5 آلاف شخص.", "killed exact 5000");
    }
}

mod stretches_of_time {
    use super::*;

    #[test]
    fn a_days_count_is_part_of_the_total() {
        check("The ministry said 98 people were killed in the past 24 hours.", "killed exact 98 ⊂");
        check("وصل إلى المستشفيات 98 شهيدا خلال الساعات الأربع والعشرين الماضية.", "killed exact 98 ⊂");
        check("Overnight, 12 civilians were wounded.", "wounded exact 12 (civilians) ⊂");
        check("قتل 7 أشخاص خلال الليلة الماضية.", "killed exact 7 ⊂");
    }

    #[test]
    fn a_count_over_some_days_weeks_or_hours_is_part_of_the_total() {
        check("The police said 108 insurgents were killed over the last three days.", "killed exact 108 (fighters) ⊂");
        check("At least 40 people have been killed in the past two weeks.", "killed at_least 40 ⊂");
        check("Officials said 15 soldiers died over four days of fighting.", "killed exact 15 (soldiers) ⊂");
        check("قتل 22 مسلحا خلال الأيام الثلاثة الماضية.", "killed exact 22 (fighters) ⊂");
        check("أصيب 60 مدنيا على مدى يومين من القصف.", "wounded exact 60 (civilians) ⊂ !");
        check("قتل 9 جنود في غضون 48 ساعة.", "killed exact 9 (soldiers) ⊂");
    }

    #[test]
    fn a_clause_of_another_speaker_ends_including() {
        check(
            "وقالت الحركة إن الهجوم قتل سبعة جنود، من بينهم ضباط، بينما تقول الحكومة إن جنديين فقط قتلا.",
            "killed exact 7 (soldiers) !; killed exact 2 (soldiers) !",
        );
        check(
            "The group said the attack killed 7 soldiers, including officers, while the government said 2 soldiers were killed.",
            "killed exact 7 (soldiers) !; killed exact 2 (soldiers) !",
        );
        check("The attack killed 12 people, including 5 children.", "killed exact 12 !; killed exact 5 (children) ⊂ !");
    }

    #[test]
    fn last_night_dates_an_incident_and_is_no_stretch() {
        check("وقال مسؤولون إن 18 جنديا قتلوا في اشتباكات اندلعت الليلة الماضية.", "killed exact 18 (soldiers)");
        check("Officials said 18 soldiers were killed in clashes last night.", "killed exact 18 (soldiers)");
        // "During last night" is a stretch, as "overnight" is.
        check("قتل 7 أشخاص خلال الليلة الماضية.", "killed exact 7 ⊂");
    }

    #[test]
    fn a_running_count_since_a_month_is_no_count_of_one_incident() {
        check("The commission said 460 protesters have been killed since October.", "killed exact 460 ⊂");
        check(
            "وتشهد البلاد احتجاجات منذ أكتوبر/تشرين الأول الماضي، تخللتها أعمال عنف خلفت 460 قتيلا.",
            "killed exact 460 ⊂",
        );
        check("ومنذ مطلع أكتوبر الماضي، قتل 323 متظاهرا في أرجاء البلاد.", "killed exact 323 ⊂");
        // A weekday is a few days, not a running count.
        check("The ministry said 14 people were killed since Wednesday.", "killed exact 14");
    }

    #[test]
    fn a_count_for_the_year_so_far_is_a_count_of_its_own() {
        check(
            "Four soldiers were killed on Saturday, bringing to 166 the number of coalition deaths so far this year.",
            "killed exact 4 (soldiers) ⊂; killed exact 166 ⊂",
        );
        check(
            "The group said 1,200 civilians have been killed since the start of the year.",
            "killed exact 1200 (civilians) ⊂",
        );
        check("وقالت الأمم المتحدة إن 300 مدني قتلوا منذ بداية العام.", "killed exact 300 (civilians) ⊂");
        check("وأحصت المنظمة مقتل 45 صحفيا خلال العام الجاري.", "killed exact 45 ⊂");
    }

    // "eight soldiers are reported to have been killed": a report with no
    // agent between a figure and its trigger keeps them together.
    #[test]
    fn a_hedged_passive_keeps_the_figure_with_its_trigger() {
        check(
            "At least eight Armenian soldiers are reported to have been killed in the attack.",
            "killed at_least 8 (soldiers) !",
        );
        check("Twelve civilians were reported to have died in the shelling.", "killed exact 12 (civilians) !");
    }

    // «قتل ضباطا وجنديا», "an officer and a soldier were killed": a noun
    // that counts itself, joined by "and" to a noun before it, is one item
    // of what was counted.
    #[test]
    fn a_self_counting_noun_joined_to_another_is_a_part() {
        check("وقال التنظيم إنه قتل ضباطا وجنديا في الهجوم.", "killed exact 1 (soldiers) ⊂ !");
        check("قتل مسعف وجندي في الانفجار.", "killed exact 1 (soldiers) ⊂ !");
        check(
            "An officer and a soldier were killed in the blast.",
            "killed exact 1 (soldiers) ⊂ !; killed exact 1 (soldiers) ⊂ !",
        );
        // The noun before "and" is an item too.
        check(
            "A soldier and a civilian were killed in the blast.",
            "killed exact 1 (soldiers) ⊂ !; killed exact 1 (civilians) ⊂ !",
        );
        check("قتل جندي في الانفجار.", "killed exact 1 (soldiers) !");
    }

    #[test]
    fn a_count_for_one_day_of_several_is_a_part() {
        check(
            "The army said it killed 31 fighters on the first day and 211 on the second.",
            "killed exact 31 (fighters) ⊂",
        );
        check("وقال الجيش إنه قتل 31 مسلحا في اليوم الأول من المعارك.", "killed exact 31 (fighters) ⊂");
        check(
            "Officials said 12 civilians were killed on the last day of the offensive.",
            "killed exact 12 (civilians) ⊂",
        );
    }

    #[test]
    fn an_opener_without_a_unit_of_time_is_no_period() {
        check("Over 30 people were killed in the attack.", "killed more_than 30 !");
        check("Rescuers said 12 people died during the shelling.", "killed exact 12 !");
        check("قتل 5 أشخاص خلال القصف على المدينة.", "killed exact 5 !");
    }
}

mod asides_and_tolls {
    use super::*;

    #[test]
    fn a_total_with_its_part_set_off_by_including() {
        check(
            "The ministry said 19 people including 14 foreign nationals were killed.",
            "killed exact 19; killed exact 14 ⊂",
        );
        check("قال إن 50 شخصا بينهم 12 طفلا قتلوا.", "killed exact 50; killed exact 12 (children) ⊂");
        check("Some 30 people, among them 4 women, died.", "killed about 30; killed exact 4 (women) ⊂");
    }

    #[test]
    fn a_toll_put_at_a_figure() {
        check("The government put the death toll from the attack on the town at 150.", "killed exact 150 !");
        check("The agency put the toll from last week's fighting at 90.", "killed exact 90");
    }
}

mod casualties {
    use super::*;

    #[test]
    fn killed_and_wounded_together() {
        check("As many as 400 people were killed or wounded.", "casualties up_to 400");
        check("أعلنت السلطات مقتل وإصابة 13 عسكريا.", "casualties exact 13 (soldiers)");
        check("سقط 50 بين قتيل وجريح.", "casualties exact 50");
    }

    /// «25 شخصا سقطوا بين قتيل وجريح»: the phrase right after a word that
    /// leaves the fate open says what was counted.
    #[test]
    fn a_phrase_after_a_word_of_falling_names_the_fates() {
        check("قال ناشطون إن 25 شخصا سقطوا بين قتيل وجريح في القصف.", "casualties exact 25 !");
        check("وأفاد مصدر بأن 14 عنصرا سقطوا بين قتيل وجريح في الكمين.", "casualties exact 14 (soldiers) !");
        check("وقال المرصد إن 30 مدنيا سقطوا قتلى في الغارة.", "killed exact 30 (civilians) !");
    }
}

/// "killed and arrested", «بين قتيل ومعتقل»: one count of two fates is no
/// count of the dead.
mod killed_or_detained {
    use super::*;

    #[test]
    fn english_wordings() {
        check(
            "An official said nearly 20 villagers have been killed and arrested in the village.",
            "killed_or_detained about 20",
        );
        check("Residents said 12 men were killed or abducted by the gunmen.", "killed_or_detained exact 12 (men)");
        check(
            "The army said 40 soldiers were dead or missing after the ambush.",
            "killed_or_detained exact 40 (soldiers) !",
        );
        check(
            "Activists said 35 people were killed, wounded or arrested during the raid.",
            "killed_or_detained exact 35 !",
        );
    }

    #[test]
    fn arabic_wordings() {
        check("وقال ناشطون إن 25 شخصا سقطوا بين قتيل ومعتقل خلال المداهمة.", "killed_or_detained exact 25");
        check("وأكد مصدر أن 30 عنصرا قتلوا أو اعتقلوا في الكمين.", "killed_or_detained exact 30 (soldiers) !");
        check("وأعلنت الجماعة مقتل واعتقال 12 من عناصر الأمن.", "killed_or_detained exact 12 (soldiers)");
    }

    #[test]
    fn a_count_of_the_dead_beside_one_of_the_captured_stays_a_count_of_the_dead() {
        check("Rebels said 9 soldiers were killed and 4 captured.", "killed exact 9 (soldiers)");
        check("قتل 9 جنود وأسر 4 آخرون.", "killed exact 9 (soldiers)");
    }
}

/// "killed in three air strikes", «في ثلاث غارات»: a number of attacks
/// counts no one.
mod counts_of_attacks {
    use super::*;

    #[test]
    fn english_wordings() {
        check("Twenty people were killed in the two attacks.", "killed exact 20 !");
        check("The ministry said 40 people were killed in three air strikes on the town.", "killed exact 40 !");
        check("Officials said civilians were killed in two separate attacks on Monday.", "");
    }

    #[test]
    fn arabic_wordings() {
        check("قتل 20 شخصا في ثلاث غارات على البلدة.", "killed exact 20 !");
        check("وقالت الوزارة إن غارتين أسفرتا عن مقتل 7 مدنيين.", "killed exact 7 (civilians)");
        check("قتل مدنيون في هجومين منفصلين على القرية.", "");
    }
}

/// "killed two Islamic State suicide bombers": bombers sent by a side are
/// its fighters.
mod suicide_bombers {
    use super::*;

    #[test]
    fn are_fighters() {
        check("Commanders said forces killed two suicide bombers at the gate.", "killed exact 2 (fighters)");
        check("Police said three suicide attackers were shot dead.", "killed exact 3 (fighters)");
        check("وقال الجيش إن قواته قتلت 4 انتحاريين قبل وصولهم.", "killed exact 4 (fighters)");
    }
}

/// Numbers written out in full, from an outside reference (num2words, through
/// `scripts/number-phrases.py`), read back by the figure reader.
mod number_phrases {
    use super::*;

    #[test]
    fn numbers_written_in_full_read_back_to_their_value() {
        let table = include_str!("data/number-phrases.tsv");
        let mut wrong = Vec::new();
        let mut rows = 0;
        for line in table.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let mut cells = line.split('\t');
            let (Some(language), Some(value), Some(phrase)) = (cells.next(), cells.next(), cells.next()) else {
                panic!("a row of language, value and phrase: {line:?}");
            };
            let value: u64 = value.parse().expect("a value");
            rows += 1;
            let read = extractor().read_numbers(language, phrase);
            if read != [value] {
                wrong.push(format!("{language} {value} {phrase:?} read as {read:?}"));
            }
        }
        assert!(rows > 300, "the table should hold the generated rows, found {rows}");
        assert!(wrong.is_empty(), "{} of {rows} phrases read wrong:\n{}", wrong.len(), wrong.join("\n"));
    }
}

mod lists_of_sides {
    use super::*;

    #[test]
    fn a_list_s_trigger_wins_over_a_noun_of_fighters_present() {
        check(
            "The army said 30 militants and four soldiers were killed.",
            "killed exact 30 (fighters); killed exact 4 (soldiers)",
        );
        check(
            "More than 25 Taliban militants and five soldiers have been killed.",
            "killed more_than 25 (fighters); killed exact 5 (soldiers)",
        );
        check("قال الجيش إن 30 مسلحا و4 جنود قتلوا.", "killed exact 30 (fighters); killed exact 4 (soldiers)");
        check("He said 2,000 mercenaries were fighting in the region.", "combatants exact 2000");
    }

    #[test]
    fn each_side_s_item_is_its_whole_count() {
        check(
            "The general staff said 15 soldiers and 23 rebels were killed.",
            "killed exact 15 (soldiers); killed exact 23 (fighters)",
        );
        check("وأعلنت هيئة الأركان مقتل 15 جنديا و23 متمردا.", "killed exact 15 (soldiers); killed exact 23 (fighters)");
        check(
            "Officials said 8 civilians and 4 soldiers died.",
            "killed exact 8 (civilians); killed exact 4 (soldiers)",
        );
    }
}

mod died_of_wounds {
    use super::*;

    #[test]
    fn the_wounded_who_died_are_counted_as_killed() {
        check("Police said 5 people succumbed to their injuries in hospital.", "killed exact 5 !");
        check("A hospital official said two soldiers died of their wounds on Tuesday.", "killed exact 2 (soldiers) !");
        check("Four people later succumbed to their injuries, the ministry said.", "killed exact 4");
        check("وأعلنت وزارة الصحة وفاة 4 أشخاص متأثرين بجروحهم.", "killed exact 4");
        check("وقال المستشفى إن جنديين قضيا متأثرين بجراحهما.", "killed exact 2 (soldiers) !");
        check("وتوفي 3 مدنيين متأثرين بجراحهم في المستشفى.", "killed exact 3 (civilians) !");
    }
}

mod partitives {
    use super::*;

    #[test]
    fn a_part_of_a_counted_whole_is_the_count_and_a_part() {
        check("A neighbour said two of the four herders were killed near the well.", "killed exact 2 ⊂");
        check("Police said 4 of the 9 passengers died in the crash.", "killed exact 4 ⊂");
        check("Officials said three out of 12 soldiers were killed.", "killed exact 3 (soldiers) ⊂");
        check("وقال أحد السكان إن اثنين من الثلاثة رعاة قتلوا في الحقل.", "killed exact 2 ⊂");
        check("وقالت الشرطة إن 4 من أصل 9 ركاب لقوا حتفهم في الحادث.", "killed exact 4 ⊂ !");
        check("وقال مسؤول إن 3 من أصل 12 جنديا قتلوا.", "killed exact 3 (soldiers) ⊂");
    }

    #[test]
    fn a_number_in_the_speaker_s_words_counts_the_speakers() {
        check("The toll from the bombing has risen to 57, three local officials said.", "killed exact 57 !");
        check(
            "At least 12 civilians were killed, three local officials told reporters.",
            "killed at_least 12 (civilians)",
        );
        check("ارتفعت حصيلة القتلى إلى 40، قال ثلاثة مسؤولين محليين.", "killed exact 40");
    }

    #[test]
    fn digits_after_a_glued_article_count_whom_they_name() {
        check("وقال الرئيس إن قواته تمكنت من القضاء على الـ140 مسلحا.", "killed exact 140 (fighters)");
        check("وأكدت الوزارة مقتل الـ15 جنديا في الكمين.", "killed exact 15 (soldiers) !");
        check("وقال إن الهجوم وقع خلال الساعات الـ24 الماضية ولم يقتل أحد.", "");
    }
}

mod executions {
    use super::*;

    #[test]
    fn the_executed_are_killed_and_the_killers_flight_displaces_no_one() {
        check("Police said the raiders executed four farmhands and then fled.", "killed exact 4");
        check("Witnesses said the militants beheaded 3 villagers.", "killed exact 3");
        check("The army said two soldiers were shot dead at a checkpoint.", "killed exact 2 (soldiers)");
        check("وقالت الشرطة إن مسلحين أعدموا خمسة أشخاص قبل أن يفروا.", "killed exact 5");
        check("وأعلنت الجماعة إعدام 4 رهائن.", "killed exact 4");
        check("وقال شهود إن المسلحين ذبحوا 3 قرويين.", "killed exact 3");
    }
}

/// A trigger before a thing counted in units is about the thing: the person
/// after it owns the thing, and is not counted by the trigger.
mod a_thing_between_trigger_and_figure {
    use super::*;

    #[test]
    fn the_trigger_is_about_the_thing() {
        check("وقال الدفاع المدني إن القذيفة أدت إلى إصابة منزل أحد المدنيين.", "");
        check("وأسفر القصف عن تدمير سيارة أحد السكان وإصابة 3 آخرين.", "wounded exact 3 !");
        check("The rocket hit the house of one farmer and wounded 2 others.", "wounded exact 2 !");
        check("وقال الدفاع المدني إن القذيفة أدت إلى إصابة أحد المدنيين.", "wounded exact 1 (civilians) !");
    }
}

/// A number inside a party's name counts no one: «إم 23», "March 23 Movement".
mod numbers_in_names {
    use super::*;

    #[test]
    fn a_party_name_holds_no_figure() {
        check("وقال مصدر محلي إن حركة إم 23 قتلت 5 مدنيين.", "killed exact 5 (civilians)");
        check("The March 23 Movement said 5 soldiers were killed.", "killed exact 5 (soldiers)");
        check("وقال مصدر إن أم 23 سيطرت على البلدة.", "");
    }
}

/// «40 شخصا 10 منهم مدنيون»: the figure before "of them" is the whole.
mod a_part_after_its_whole {
    use super::*;

    #[test]
    fn the_figure_before_of_them_is_the_total() {
        check("أعلنت الحكومة عن مقتل 40 شخصا 10 منهم مدنيون.", "killed exact 40; killed exact 10 (civilians) ⊂");
        check("وقالت الوزارة إن 25 شخصا قتلوا 7 منهم أطفال.", "killed exact 25; killed exact 7 (children) ⊂");
        check(
            "The ministry said 25 people were killed, including 7 children.",
            "killed exact 25; killed exact 7 (children) ⊂",
        );
    }
}

/// A four-digit count before a nationality and whom it counts is no year.
mod a_count_before_a_nationality {
    use super::*;

    #[test]
    fn is_counted() {
        check("The UN said nearly 2,000 Iraqi troops were killed in November.", "killed about 2000 (soldiers)");
        check("وقالت الأمم المتحدة إن 2000 جندي عراقي قتلوا في نوفمبر.", "killed exact 2000 (soldiers)");
        check("In 2003 American troops entered the city, the officer said.", "");
    }
}

mod a_part_named_after_the_figure {
    use super::*;

    #[test]
    fn among_the_dead_after_the_figure_is_a_part() {
        check(
            "Police said 118 people were killed. Officials said 17 foreigners were among the dead.",
            "killed exact 118; killed exact 17 ⊂",
        );
        check("The ministry said 12 children were among those killed.", "killed exact 12 (children) ⊂");
        check("وقال المسؤولون إن 17 أجنبيا بين القتلى.", "killed exact 17 ⊂");
        check("وأوضحت الوزارة أن 15 طفلا من بين القتلى.", "killed exact 15 (children) ⊂");
        check("وأضاف أن 30 امرأة ضمن المصابين.", "wounded exact 30 (women) ⊂");
    }

    #[test]
    fn a_part_inside_the_phrase_leaves_the_whole_whole() {
        check(
            "The ministry said 42 people, including five children, were killed.",
            "killed exact 42; killed exact 5 (children) ⊂",
        );
    }
}

mod put_the_number_at {
    use super::*;

    #[test]
    fn a_total_word_with_an_article_before_the_trigger() {
        check("A police commander put the number of the dead at 23.", "killed exact 23");
        check("Officials put the total number of the wounded at 40.", "wounded exact 40");
        check("The officer put the number of dead at 15.", "killed exact 15");
        check("وقدر مسؤول عدد القتلى بـ15.", "killed exact 15");
    }
}

mod vehicles_are_no_casualties {
    use super::*;

    #[test]
    fn vehicles_hit_are_not_people_wounded() {
        check("وقال المصدر إن ثلاث ناقلات جند مدرعة وشاحنتين أصيبت في الهجوم.", "");
        check("وأضاف أن دبابتين وآليتين أصيبت بقذائف.", "");
        check("The source said three armoured personnel carriers and two trucks were hit.", "");
        check("وقال المتحدث إن خمسة جنود أصيبوا في الهجوم.", "wounded exact 5 (soldiers) !");
    }
}

mod attackers_are_fighters {
    use super::*;

    #[test]
    fn attackers_killed_are_a_count_of_fighters() {
        check("The mission said three of the attackers were killed.", "killed exact 3 (fighters)");
        check("Police said 4 assailants were killed in the raid.", "killed exact 4 (fighters) !");
        check("وقالت الشرطة إن 4 مهاجمين قتلوا في الاشتباك.", "killed exact 4 (fighters) !");
    }
}

mod a_count_that_others_add_to {
    use super::*;

    #[test]
    fn is_a_part_of_their_sum() {
        check(
            "The governor said 14 people were killed at the market, while 9 others died in the camp.",
            "killed exact 14 ⊂ !; killed exact 9 + !",
        );
        check(
            "وقال الحاكم إن 14 شخصا قتلوا في السوق، فيما قتل 9 آخرون في المخيم.",
            "killed exact 14 ⊂ !; killed exact 9 + !",
        );
        check(
            "Police said 30 miners were wounded on Monday, and 12 others were wounded on Tuesday.",
            "wounded exact 30 ⊂; wounded exact 12 +",
        );
    }

    #[test]
    fn not_when_the_others_count_another_metric() {
        check("The governor said 14 people were killed and 9 others wounded.", "killed exact 14; wounded exact 9");
        check("وقال الحاكم إن 14 شخصا قتلوا وأصيب 9 آخرون.", "killed exact 14; wounded exact 9");
    }
}

mod a_breakdown_after_a_dash_or_colon {
    use super::*;

    #[test]
    fn each_item_is_a_part_of_the_figure_before() {
        check(
            "The minister said 26 people were killed - 20 civilians and 6 policemen - in the raid.",
            "killed exact 26 !; killed exact 20 (civilians) ⊂ !; killed exact 6 (police) ⊂ !",
        );
        check(
            "Officials said 26 people were killed: 20 civilians and 6 soldiers.",
            "killed exact 26; killed exact 20 (civilians) ⊂; killed exact 6 (soldiers) ⊂",
        );
        check(
            "وقال الوزير إن 26 شخصا قتلوا: 20 مدنيا و6 جنود.",
            "killed exact 26; killed exact 20 (civilians) ⊂; killed exact 6 (soldiers) ⊂",
        );
    }
}

mod of_them_after_a_figure {
    use super::*;

    #[test]
    fn marks_a_part_of_the_count_before() {
        check("Doctors said 80 people were wounded, 22 of them critically.", "wounded exact 80; wounded exact 22 ⊂");
        check(
            "The army said 35 soldiers were wounded, 9 of those seriously.",
            "wounded exact 35 (soldiers); wounded exact 9 ⊂",
        );
        check("وقال الأطباء إن 80 شخصا أصيبوا، 22 منهم في حالة خطرة.", "wounded exact 80; wounded exact 22 ⊂");
    }
}

mod two_kinds_of_people {
    use super::*;

    /// "killed 12 troops and police": one figure for two kinds of people
    /// counts no one kind; a second noun with its own number or article is
    /// a count of its own.
    #[test]
    fn a_figure_for_two_nouns_joined_by_and_counts_no_one_kind() {
        check("The attack killed 12 troops and police, officials said.", "killed exact 12 !");
        check("The ambush killed 20 soldiers and civilians on the road.", "killed exact 20 !");
        check("The attack killed 12 soldiers and a police officer, officials said.", "killed exact 12 (soldiers) !");
        check(
            "قالت الشرطة إن الهجوم أسفر عن مقتل 12 جنديا وإصابة 30.",
            "killed exact 12 (soldiers) !; wounded exact 30 !",
        );
    }

    /// "four soldiers and officers": two words for one kind count that kind.
    #[test]
    fn two_words_for_one_kind_count_it() {
        check("The army announced the death of four soldiers and officers.", "killed exact 4 (soldiers)");
        check("أعلن الجيش مقتل أربعة جنود وضباط في المعارك.", "killed exact 4 (soldiers)");
        check("The rebels said 30 fighters and militants were killed.", "killed exact 30 (fighters)");
    }
}

/// «مقتل ضابطين», "an officer was killed": officers are soldiers.
mod officers {
    use super::*;

    #[test]
    fn are_soldiers_in_arabic_and_english() {
        check("وقال التنظيم إن الهجوم أسفر عن مقتل ضابطين.", "killed exact 2 (soldiers) !");
        check("وأعلن المتحدث العسكري مقتل ضابط وإصابة اثنين آخرين.", "killed exact 1 (soldiers) !; wounded exact 2");
        check("Two officers were killed in the ambush, the ministry said.", "killed exact 2 (soldiers) !");
        check("Two police officers were killed, the ministry said.", "killed exact 2 (police)");
        check("قتل ضابط شرطة في الانفجار.", "killed exact 1 (police) !");
    }
}

mod a_qualifier_after_a_counting_noun {
    use super::*;

    /// «جنديين على الأقل»: a dual or singular noun that counts takes a lower
    /// bound after it, and a nationality may stand between.
    #[test]
    fn a_lower_bound_after_a_dual_or_a_nationality() {
        check("وقالت الحركة إن جنديين على الأقل قتلا في الانفجار.", "killed at_least 2 (soldiers) !");
        check("وقالت الحركة إن جنديين أذربيجانيين على الأقل قتلا في الانفجار.", "killed at_least 2 (soldiers) !");
        check("The group said two Azerbaijani soldiers at least were killed.", "killed at_least 2 (soldiers)");
        check("وقالت الحركة إن جنديين قتلا في الانفجار.", "killed exact 2 (soldiers) !");
    }

    /// «ستة من أفراد الأمن على الأقل»: a partitive before the counted noun
    /// is part of it, and the lower bound after it still holds.
    #[test]
    fn a_lower_bound_after_a_partitive() {
        check("أسفر الهجوم عن مقتل ستة من أفراد الأمن على الأقل.", "killed at_least 6 (soldiers) !");
        check("قتل ثلاثة من الجنود على الأقل في الكمين.", "killed at_least 3 (soldiers) !");
        check("قتل ستة من المدنيين على الأقل وأصيب عشرة.", "killed at_least 6 (civilians); wounded exact 10");
        check("قتل ستة من الجنود في الكمين.", "killed exact 6 (soldiers) !");
    }
}

mod a_death_count {
    use super::*;

    /// "put the death count at 15": a count of the dead is a toll, whatever
    /// its noun; the wounded beside it stay wounded.
    #[test]
    fn a_death_count_or_tally_is_a_toll() {
        check("Local media put the death count at 15 people, with 20 wounded.", "killed exact 15; wounded exact 20");
        check("The ministry put the death tally at 40.", "killed exact 40");
        check("The death count rose to 40, officials said.", "killed exact 40");
    }
}

mod several_and_a_few {
    use super::*;

    /// `metric low..high` of every vague figure.
    #[track_caller]
    fn check_vague(input: &str, expected: &str) {
        let actual = extract(input)
            .iter()
            .filter_map(|c| c.quantity().filter(|q| q.value.is_none()))
            .map(|q| {
                format!("{} {}..{}", q.metric, q.interval.low, q.interval.high.map_or("".into(), |h| h.to_string()))
            })
            .collect::<Vec<_>>()
            .join("; ");
        assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
    }

    /// "several", "a few", «عدة», «بضعة»: more than one, fewer than a hundred.
    #[test]
    fn count_two_to_ninety_nine() {
        check_vague("Baku said it killed several Armenian soldiers.", "killed 2..99");
        check_vague("Yerevan said a few civilians were wounded in the shelling.", "wounded 2..99");
        check_vague("The ministry said a number of soldiers were killed.", "killed 2..99");
        check_vague("قالت باكو إنها قتلت عدة جنود أرمن.", "killed 2..99");
        check_vague("وأصيب بضعة مدنيين في القصف.", "wounded 2..99");
    }

    /// "several hundred", "a few thousand" scale the count.
    #[test]
    fn a_scale_after_them_scales_the_count() {
        check_vague("Several hundred civilians were wounded.", "wounded 200..999");
        check_vague("The shelling killed a few thousand people, officials said.", "killed 2000..9999");
    }
}

mod a_part_of_a_risen_total {
    use super::*;

    /// "10 were killed on Monday, bringing the toll to 53", «مقتل 10 ...
    /// لترتفع الحصيلة إلى 53»: the day's count is a part of the total it
    /// raised.
    #[test]
    fn the_smaller_count_before_it_is_a_part() {
        check(
            "The Azerbaijani army said 10 soldiers were killed on Monday, bringing the toll to 53.",
            "killed exact 10 (soldiers) ⊂; killed exact 53",
        );
        check(
            "أعلن الجيش الأذربيجاني مقتل 10 من جنوده امس، لترتفع حصيلة قتلاه إلى 53 قتيلا.",
            "killed exact 10 (soldiers) ⊂; killed exact 53",
        );
        check(
            "Baku said 4 civilians died on Monday, taking the toll to 40.",
            "killed exact 4 (civilians) ⊂; killed exact 40",
        );
    }

    /// Another source's figure before it is not its part.
    #[test]
    fn not_another_source_s() {
        check(
            "Yerevan said 10 soldiers were killed, while Baku said its toll rose to 53.",
            "killed exact 10 (soldiers); killed exact 53",
        );
    }
}

/// A negation before a noun that counts one counts no one: «لم يقتل جندي»,
/// «ولا مقاتل واحد», "not one soldier". A word of exception keeps the count.
mod a_single_under_a_negation {
    use super::*;

    #[test]
    fn counts_no_one() {
        check("وقالت الجماعة إنه لم يقتل جندي في الهجوم.", "");
        check("وقالت الجماعة إنه لم يقتل ولا جندي واحد.", "");
        check("وقالت الجماعة إنه لم يكن هناك حتى مقاتل واحد قتل.", "");
        check("The group said not one civilian was killed in the strike.", "");
    }

    #[test]
    fn a_word_of_exception_keeps_the_count() {
        check("وقال الجيش إنه لم يقتل سوى جندي واحد في الهجوم.", "killed exact 1 (soldiers) !");
        check("وقال الجيش إنه لم يقتل إلا مدني واحد.", "killed exact 1 (civilians)");
        check("The army said only one soldier was killed.", "killed exact 1 (soldiers)");
    }

    #[test]
    fn a_negation_of_another_clause_does_not_reach_it() {
        check("وقال الجيش إن جنديا قتل في الهجوم ولم يصب أحد.", "killed exact 1 (soldiers) !");
        check("The army said no soldier was killed but one civilian died.", "killed exact 1 (civilians)");
    }
}

/// "12 families", «12 عائلة»: households are no count of people.
mod families_are_no_count_of_people {
    use super::*;

    #[test]
    fn count_no_one() {
        check("The spokesman said 12 families were killed in the strike.", "");
        check("قال المتحدث إن 12 عائلة قتلوا في الغارة.", "");
        check("The UN said 5,000 households were displaced by the fighting.", "");
    }

    /// "a nine-storey building", «مبنى من تسعة طوابق»: floors are no people.
    #[test]
    fn nor_do_floors() {
        check("A nine-storey building was hit by a missile and 38 people were wounded.", "wounded exact 38 !");
        check("وأصيب مبنى من تسعة طوابق بصاروخ وأصيب 38 شخصا.", "wounded exact 38 !");
    }

    #[test]
    fn the_people_of_the_families_still_count() {
        check(
            "The spokesman said 33 children from 12 families were killed in the strike.",
            "killed exact 33 (children) !",
        );
    }
}

/// "guerrillas" are armed men of no state: a count of them is no count of everyone.
mod guerrillas_are_fighters {
    use super::*;

    #[test]
    fn counted_as_fighters() {
        check("The group said around 250 guerrillas were killed in the war.", "killed about 250 (fighters)");
        check("Israel has contended that 800 guerrillas died in the war.", "killed exact 800 (fighters)");
    }
}

/// "two of the staff", «اثنين من الموظفين»: a part of a group the text
/// names; "ten of the soldiers" still counts soldiers.
mod a_part_of_a_named_group {
    use super::*;

    #[test]
    fn is_a_part() {
        check("The hospital said two of the staff were killed in the strike.", "killed exact 2 ⊂ !");
        check("Officials said three of the crew died.", "killed exact 3 ⊂");
        check("قال المسؤول إن اثنين من الموظفين لقيا حتفهما في الغارة.", "killed exact 2 ⊂ !");
    }

    #[test]
    fn a_kind_of_people_is_no_group() {
        check("The army said ten of the soldiers were killed.", "killed exact 10 (soldiers)");
        check("قال الجيش إن 10 من الجنود قتلوا في الهجوم.", "killed exact 10 (soldiers) !");
        check("قال الجيش إن 19 من جنوده قتلوا.", "killed exact 19 (soldiers)");
    }
}

/// "over the past year", «خلال العام الماضي»: a year is a stretch of the
/// event like a week, and a count over it is a part of the total.
mod a_count_over_a_year {
    use super::*;

    #[test]
    fn is_a_part() {
        check("The group said 98 civilians were killed over the past year.", "killed exact 98 (civilians) ⊂");
        check("قالت المنظمة إن 98 مدنيا قتلوا خلال العام الماضي.", "killed exact 98 (civilians) ⊂");
        check("قال الأمين العام إن 98 مدنيا قتلوا.", "killed exact 98 (civilians)");
    }
}

/// "250 members of the guerrilla group": the noun of whom a figure counts
/// may stand past "of the".
mod whom_members_of_a_group_are {
    use super::*;

    #[test]
    fn the_noun_past_of_the() {
        check(
            "A senior official said around 250 members of the guerrilla group were killed in the war.",
            "killed about 250 (fighters)",
        );
        check("The army said 12 members of the militant group were killed.", "killed exact 12 (fighters)");
        // (One family's dead are a part of the strike's toll.)
        check("Officials said five members of one family were killed in the strike.", "killed exact 5 ⊂ !");
    }
}

/// "the town of about 3,500 residents": the size of a place counts no one.
mod the_size_of_a_place {
    use super::*;

    #[test]
    fn counts_no_one() {
        check("The death toll in the town of about 3,500 residents rose to 25, officials said.", "killed exact 25");
        check("The strike on the village of 400 people killed 12, officials said.", "killed exact 12 !");
    }
}

/// "in the previous 24 hours", «خلال الأيام الثلاثة السابقة»: "previous"
/// and "preceding" open a stretch of the event as "past" and "last" do.
mod a_count_over_the_previous_days {
    use super::*;

    #[test]
    fn is_a_part() {
        check("The minister said 107 people were killed in the previous 24 hours.", "killed exact 107 ⊂");
        check("The ministry said 40 civilians were killed over the preceding week.", "killed exact 40 (civilians) ⊂");
        check("قالت الوزارة إن 107 أشخاص قتلوا خلال الساعات السابقة.", "killed exact 107 ⊂");
        check("قالت الوزارة إن 40 مدنيا قتلوا خلال الأيام الثلاثة المنصرمة.", "killed exact 40 (civilians) ⊂");
    }
}

/// «اعتقلت القوات 9 أشخاص، فيما قتل ...», "detained 30 fighters, while
/// others were killed": a clause break opens another clause, whose verb
/// counts nothing of the clause before.
mod a_trigger_past_a_clause_break {
    use super::*;

    #[test]
    fn counts_nothing_before_the_break() {
        check("قال الجيش إن القوات اعتقلت 9 أشخاص، فيما قتل 15 جنديا.", "killed exact 15 (soldiers)");
        check("وقال المسؤول إن عشرة أشخاص أصيبوا فيما فقد خمسة آخرون.", "wounded exact 10");
        check(
            "The army said troops detained 30 fighters, while others were killed in the raid.",
            "combatants exact 30 !",
        );
        check("The police said 12 people were arrested, but many more were wounded.", "");
    }
}

/// "buried in five mass graves", «دفنوا في خمسة مقابر جماعية»: graves are
/// no count of the dead.
mod graves {
    use super::*;

    #[test]
    fn are_no_count_of_people() {
        check("The agency said villagers were killed and buried in five mass graves.", "");
        check("وقالت الوكالة إن قرويين قتلوا ودفنوا في خمسة مقابر جماعية.", "");
        check("وقال السكان إن الضحايا دفنوا في 3 قبور قرب القرية.", "");
        check("The residents said 14 people were killed and buried in two graves.", "killed exact 14");
    }
}

/// "500 residents of the West Bank town were killed": a place named in the
/// counted noun's complement keeps the figure with its verb.
mod a_place_in_the_counted_noun_s_complement {
    use super::*;

    #[test]
    fn keeps_the_figure_with_its_verb() {
        check("The minister said 500 residents of the West Bank town were killed.", "killed exact 500");
        check("The official said 40 people from the Gaza Strip city were wounded.", "wounded exact 40");
        check("قال الوزير إن 500 من سكان مدينة جنين في الضفة الغربية قتلوا.", "killed exact 500 !");
    }
}

/// "six bodies were recovered": the bodies found so far are the fewest dead,
/// a lower bound of the toll, not the toll.
mod bodies_found {
    use super::*;

    #[test]
    fn are_a_lower_bound() {
        check("The police said six bodies were recovered from the rubble.", "killed at_least 6");
        check("Rescuers said they had pulled 14 bodies from the building.", "killed at_least 14");
        check("The police said six people were killed.", "killed exact 6");
    }
}

/// "one police officer was killed", «شرطيا قتل», «ثلاثة من رجال الشرطة»:
/// the police are a population of their own, counted apart from soldiers.
mod police {
    use super::*;

    #[test]
    fn english() {
        check("The prime minister said one police officer was killed in the attack.", "killed exact 1 (police) !");
        check(
            "A policeman was killed and two soldiers were wounded, the ministry said.",
            "killed exact 1 (police) !; wounded exact 2 (soldiers)",
        );
        check(
            "The ministry said 3 police officers and 2 soldiers were killed.",
            "killed exact 3 (police); killed exact 2 (soldiers)",
        );
    }

    #[test]
    fn arabic() {
        check("وقالت الوزارة إن شرطيا قتل في الهجوم.", "killed exact 1 (police) !");
        check("وقالت الوزارة إن ثلاثة من رجال الشرطة قتلوا.", "killed exact 3 (police)");
        check("وأصيب شرطيان وقتل ثلاثة جنود في الهجوم.", "wounded exact 2 (police) !; killed exact 3 (soldiers) !");
    }
}

/// "5 Armenian soldiers were killed and 7 wounded", «قتل 35 مواطنا من
/// طاجيكستان، وأصيب حوالي 30»: a figure of another metric joined right after
/// a toll, with no noun of its own, counts people of the same side.
mod an_elided_noun {
    use super::*;

    #[test]
    fn english() {
        check_sides(
            "The ministry said 5 Armenian soldiers were killed and 7 wounded.",
            "killed exact 5 (soldiers) side=armenian; wounded exact 7 side=armenian",
        );
        check_sides(
            "The ministry said 5 soldiers of Armenia were killed and 7 wounded.",
            "killed exact 5 (soldiers) side=armenian; wounded exact 7 side=armenian",
        );
        check_sides(
            "The ministry said 5 Armenian soldiers were killed, and 7 people were wounded.",
            "killed exact 5 (soldiers) side=armenian; wounded exact 7 side=-",
        );
    }

    #[test]
    fn arabic() {
        check_sides(
            "وجاء في بيان الوزارة قتل 35 مواطنا من أرمينيا، وأصيب حوالي 30 نتيجة الهجمات.",
            "killed exact 35 ! side=armenian; wounded about 30 ! side=armenian",
        );
        check_sides(
            "وقالت الوزارة إن 5 جنود أرمن قتلوا وأصيب 7.",
            "killed exact 5 (soldiers) side=armenian; wounded exact 7 side=armenian",
        );
        check_sides(
            "وقالت الوزارة إن 5 جنود أرمن قتلوا وأصيب 7 أشخاص.",
            "killed exact 5 (soldiers) side=armenian; wounded exact 7 side=-",
        );
    }
}

/// "4 soldiers were killed and 10 captured", «وأصيب 470 و26 مفقودون»: a
/// figure with a word of what else befell people (`other_outcomes`) right
/// after it, or right before it («واعتقال 30»), counts no casualty and
/// takes no metric word from before it.
mod other_outcomes {
    use super::*;

    #[test]
    fn english() {
        check("The army said 4 soldiers were killed and 10 captured.", "killed exact 4 (soldiers)");
        check(
            "The spokesman said 105 militants have been killed and 2,829 people have been arrested.",
            "killed exact 105 (fighters)",
        );
        check(
            "Eight soldiers were killed, three were wounded and several are missing, the army said.",
            "killed exact 8 (soldiers); wounded exact 3",
        );
        check(
            "Nine gunmen were killed and eight others were captured, the military said.",
            "killed exact 9 (fighters)",
        );
    }

    #[test]
    fn arabic() {
        check("وقال المتحدث إن 105 مسلحين قتلوا واعتقل 2829 شخصا.", "killed exact 105 (fighters)");
        check("وأسفر الهجوم عن مقتل 5 جنود واختطاف 30 آخرين.", "killed exact 5 (soldiers) !");
        check("وأعلن الجيش مقتل 4 جنود و10 أسرى.", "killed exact 4 (soldiers)");
    }
}

/// "the attackers also killed 11 people nearby", "11 people were also
/// killed", «قتلوا أيضا 11 شخصا»: an additive word before the verb that
/// counts them (or between the figure and its verb) adds them to an
/// earlier count of the same metric; they are no rival count of it. After
/// a figure of another metric ("killed 5 and also injured 20") it adds
/// nothing.
mod also_killed_is_an_addition {
    use super::*;

    #[test]
    fn english() {
        check(
            "The group said 136 people were killed. It said the attackers also killed 11 people nearby.",
            "killed exact 136; killed exact 11 +",
        );
        check(
            "The group said 136 people were killed. It said 11 people were also killed in a nearby village.",
            "killed exact 136; killed exact 11 +",
        );
        check(
            "The group said 136 people were killed. The gunmen additionally killed 4 people on the road.",
            "killed exact 136; killed exact 4 +",
        );
        check("The strike killed 5 people and also injured 20 people.", "killed exact 5 !; wounded exact 20 !");
        check(
            "The group said 136 people were killed. It said the attackers killed 11 people nearby.",
            "killed exact 136; killed exact 11",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وقالت المنظمة إن 136 شخصا قتلوا. وأضافت أن المهاجمين قتلوا أيضا 11 شخصا في قرى مجاورة.",
            "killed exact 136; killed exact 11 +",
        );
        check(
            "وقالت المنظمة إن 136 شخصا قتلوا. وقالت إن المسلحين قتلوا أيضاً 4 أشخاص على الطريق.",
            "killed exact 136; killed exact 4 +",
        );
        check("وقالت المنظمة إن الغارة قتلت 5 أشخاص، كما أصيب أيضا 20 شخصا.", "killed exact 5 !; wounded exact 20 !");
    }
}

/// «تسعة جنود هنود», «جنود أتراك», "Indian soldiers": a nationality's
/// broken plural after the counted noun names whose dead a figure counts,
/// as its regular plural does, whoever reports them.
mod broken_plural_nationalities {
    use super::*;

    #[test]
    fn arabic() {
        check_sides(
            "وقال المتحدث باسم الجيش الباكستاني إن الاشتباكات أسفرت عن مقتل تسعة جنود هنود.",
            "killed exact 9 (soldiers) side=india",
        );
        check_sides(
            "وقالت وحدات حماية الشعب إن 12 جنديا من الأتراك قتلوا في الاشتباكات.",
            "killed exact 12 (soldiers) side=turkish",
        );
        check_sides("وأعلنت كييف مقتل ثلاثة جنود روس في المعارك.", "killed exact 3 (soldiers) side=russian");
        check_sides("وقالت طالبان إنها قتلت 7 جنود ألمان في الهجوم.", "killed exact 7 (soldiers) ! side=germany");
    }

    #[test]
    fn english() {
        check_sides(
            "A Pakistani army spokesman said nine Indian soldiers were killed in the clashes.",
            "killed exact 9 (soldiers) side=india",
        );
        check_sides("The Kurdish militia said it killed 12 Turks in the clashes.", "killed exact 12 side=turkish");
    }
}

/// "Turkey said it had lost 12 soldiers", «فقدنا أربعة جنود», «خسر الجيش 12
/// من جنوده»: a loss of people counted right after the figure is a death of
/// the speaker's own side; a loss of anything else is none ("lost 12
/// seats", "lost 20 percent").
mod a_loss_of_people {
    use super::*;

    #[test]
    fn english() {
        check_sides("Ankara said it had lost 12 soldiers in the operation.", "killed exact 12 (soldiers) side=turkish");
        check_sides("The militia said it had lost 20 of its fighters.", "killed exact 20 (fighters) side=-");
        check("The Armenian army said it lost four soldiers in the attack.", "killed exact 4 (soldiers) !");
        check("The party lost 12 seats in the election.", "");
        check("Ukraine has lost 20 percent of its territory.", "");
    }

    #[test]
    fn arabic() {
        check("وقال الضابط: فقدنا أربعة جنود لكننا دحرناهم.", "killed exact 4 (soldiers)");
        check_sides("وقالت أنقرة إنها خسرت 12 جنديا في المعارك.", "killed exact 12 (soldiers) side=turkish");
        check("وقال الجيش إنه خسر 12 من جنوده في المعارك.", "killed exact 12 (soldiers)");
        check("وخسرت الليرة 20 بالمئة من قيمتها.", "");
    }
}

/// «سبعة جنود ماليين»: a state whose nisba is a common word («مالي»,
/// "financial") still names its people in the plural.
mod a_plural_nationality_whose_singular_is_a_common_word {
    use super::*;

    #[test]
    fn arabic() {
        check_sides("وأعلنت الجماعة أنها قتلت سبعة جنود ماليين في الهجوم.", "killed exact 7 (soldiers) ! side=mali");
        check_sides("وقال الجيش إن 4 من الجنود الماليين قتلوا.", "killed exact 4 (soldiers) side=mali");
    }
}

/// «مقتل 2870 جنديا أوكرانيا و498 جنديا روسيا», "2,870 Ukrainian soldiers
/// and 498 Russian soldiers were killed": in a list sharing one trigger,
/// the nationality right after an item's noun is that item's, not the
/// one of the item before it.
mod each_item_of_a_list_its_own_nationality {
    use super::*;

    #[test]
    fn arabic() {
        check_sides(
            "وأعلنت موسكو مقتل 2870 جنديا أوكرانيا و498 جنديا روسيا.",
            "killed exact 2870 (soldiers) ⊂ side=ukraine; killed exact 498 (soldiers) ⊂ side=russian",
        );
        check_sides(
            "وقالت باكو إن 40 جنديا أرمنيا و12 جنديا أذربيجانيا قتلوا.",
            "killed exact 40 (soldiers) ⊂ side=armenian; killed exact 12 (soldiers) ⊂ side=azerbaijani",
        );
    }

    #[test]
    fn english() {
        check_sides(
            "Moscow said 2,870 Ukrainian soldiers and 498 Russian soldiers were killed.",
            "killed exact 2870 (soldiers) ⊂ side=ukraine; killed exact 498 (soldiers) ⊂ side=russian",
        );
        check_sides(
            "Baku said the fighting killed 40 Armenian soldiers and 12 Azerbaijani soldiers.",
            "killed exact 40 (soldiers) ⊂ side=armenian; killed exact 12 (soldiers) ⊂ side=azerbaijani",
        );
    }
}

/// "2,870 were killed on the Ukrainian side", «2870 قتيلا في الجانب
/// الأوكراني», «30 قتيلا في صفوف القوات الروسية»: a party named with a noun
/// of a side after the figure is whose dead it counts.
mod a_party_named_with_a_side_noun {
    use super::*;

    #[test]
    fn arabic() {
        check_sides("وأعلنت موسكو سقوط 2870 قتيلا في الجانب الأوكراني.", "killed exact 2870 side=ukraine");
        check_sides("وقال الجيش إن 30 قتيلا سقطوا في صفوف القوات الروسية.", "killed exact 30 side=russian");
        check_sides("وقالت كييف إن 30 جنديا قتلوا في صفوف الجيش الروسي.", "killed exact 30 (soldiers) side=russian");
    }

    #[test]
    fn english() {
        check_sides("Moscow said 2,870 were killed on the Ukrainian side.", "killed exact 2870 side=ukraine");
        check_sides("Kyiv said 30 died on the Russian side.", "killed exact 30 side=russian");
    }
}

/// "one of its fighters was killed out of 12 who took part", «مقتل أحد
/// مقاتليها من أصل 12 شاركوا»: the figure after "out of" is the whole the
/// part came from, not a count of the dead.
mod the_whole_after_out_of {
    use super::*;

    #[test]
    fn english() {
        check(
            "The Qassam Brigades said one of its fighters was killed out of 12 who took part in the operation.",
            "killed exact 1 (fighters) !",
        );
        check("The army said 5 out of 40 soldiers were killed.", "killed exact 5 (soldiers) ⊂");
    }

    #[test]
    fn arabic() {
        check(
            "وتبنت كتائب القسام العملية، مؤكدة مقتل أحد مقاتليها من أصل 12 شاركوا في العملية.",
            "killed exact 1 (fighters) ⊂",
        );
        check("وقالت الحركة إن ثلاثة قتلوا من أصل 20 شاركوا في الهجوم.", "killed exact 3 !");
    }
}

/// "destroyed two UAVs", "downed three quadcopters": machines counted after
/// a verb of destroying are no people killed.
#[test]
fn destroyed_machines_are_no_dead() {
    check("The ministry said air defence systems destroyed two UAVs over the region.", "");
    check("The army said it shot down three quadcopters and destroyed two warplanes.", "");
    check("The army said it destroyed 12 militants and two UAVs.", "killed exact 12 (fighters)");
}

/// «قتلوا أو جرحوا», «قتلوا أو أصيبوا», «بين قتيل ومصاب»: one count of the
/// killed and the wounded together is a count of casualties, not of deaths.
#[test]
fn killed_or_wounded_together_are_casualties() {
    check("وقال الرئيس إن أكثر من 3000 جندي قتلوا أو جرحوا في المعارك.", "casualties more_than 3000 (soldiers)");
    check("وأفادت السلطات بأن 40 شخصا قتلوا أو أصيبوا في القصف.", "casualties exact 40 !");
    check("وسقط 25 بين قتيل ومصاب في الانفجار.", "casualties exact 25 !");
}

mod minors {
    use super::*;

    // «22 قاصرا», "22 minors": minors are children.
    #[test]
    fn are_children() {
        check("وقال الحاكم إن 22 قاصرا أصيبوا في القصف.", "wounded exact 22 (children) !");
        check("وأصيب قاصر في القصف.", "wounded exact 1 (children) !");
        check("The governor said 22 minors were wounded in the shelling.", "wounded exact 22 (children) !");
    }
}

mod a_count_and_an_unstated_number {
    use super::*;

    // "one officer and some soldiers were killed", «ضابطا وعددا من الجنود»:
    // a stated count joined to an unstated number of its own kind is part
    // of the toll, which is more than it.
    #[test]
    fn is_more_than_the_count() {
        check(
            "The army said one officer and some soldiers were killed in the clash.",
            "killed more_than 1 (soldiers) !",
        );
        check("The army said one officer and “some soldiers” were killed.", "killed more_than 1 (soldiers)");
        check(
            "Two policemen and several others were wounded in the blast, officials said.",
            "wounded more_than 2 (police) ⊂ !; wounded vague ~ + ⊂ !",
        );
        check("وقال الجيش إن ضابطا وعددا من الجنود قتلوا في الاشتباك.", "killed more_than 1 (soldiers) !");
        check("وقال الجيش إن ضابطين وبعض الجنود قتلوا في الاشتباك.", "killed more_than 2 (soldiers) !");
        check("أصيب 3 مدنيين وآخرون في القصف.", "wounded more_than 3 (civilians) !");
    }

    // (Guard: others of another kind leave the count as it is.)
    #[test]
    fn but_not_others_of_another_kind() {
        check("وقال الجيش إن 3 جنود وعددا من المدنيين قتلوا.", "killed exact 3 (soldiers)");
    }

    // (Guard: «قتل 5 أشخاص وعدد من الجرحى»: others of another metric leave the count.)
    #[test]
    fn nor_of_another_metric() {
        check("قتل 5 أشخاص وعدد من الجرحى في القصف.", "killed exact 5 !");
    }
}

// "targeted a market in the city of Sarrin, killing eight": a town the packs
// do not list, named after its locality word before an incident's figure,
// is where the figure counts; a toll of the whole fighting names none.
mod an_unlisted_town_places_an_incident {
    use super::*;

    /// Metric, value and place of every quantity claim.
    #[track_caller]
    fn check_place(input: &str, expected: &str) {
        let actual = extract(input)
            .iter()
            .filter_map(|c| {
                let q = c.quantity()?;
                Some(format!("{} {} place={}", q.metric, q.value?, c.place.as_deref().unwrap_or("-")))
            })
            .collect::<Vec<_>>()
            .join("; ");
        assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
    }

    #[test]
    fn the_town_before_the_figure() {
        check_place(
            "Drones struck a market in the town of Zarvan on Tuesday, killing eight civilians.",
            "killed 8 place=zarvan",
        );
        check_place("The shelling of the village of Korbek killed 3 civilians.", "killed 3 place=korbek");
        check_place("An air strike on the city of Tolmar killed 5 people.", "killed 5 place=tolmar");
        check_place("قصفت المسيرات سوقا في مدينة زرفان، مما أسفر عن مقتل 8 مدنيين.", "killed 8 place=زرفان");
        check_place("أدى قصف قرية دوربيك إلى مقتل 3 مدنيين.", "killed 3 place=دوربيك");
        check_place("استهدفت المدفعية بلدة تولمار حيث قتل 5 أشخاص.", "killed 5 place=تولمار");
    }

    #[test]
    fn a_toll_of_the_fighting_names_none() {
        check_place("At least 14 civilians were killed in attacks in the north on Monday.", "killed 14 place=-");
        check_place("قتل 14 مدنيا على الأقل في هجمات شمال البلاد.", "killed 14 place=-");
    }
}
