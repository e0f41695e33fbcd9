//! Speakers and camps on articles about any war: states and their
//! institutions through the world pack, parties of their own, carry-over of
//! the speaker in news prose, and whole speaker phrases.
//!
//! Every sentence here is written for these tests.

mod shipped;

use crosscheck_model::{Claim, DocumentMeta, Language, Quantity};
use jiff::civil::date;

use shipped::{extractor, language_of};

fn extract(text: &str) -> Vec<Claim> {
    let meta = DocumentMeta {
        path: "t.txt".into(),
        language: Some(Language::new(language_of(text))),
        published: Some(date(2024, 3, 12)),
        ..Default::default()
    };
    extractor().extract(0, &meta, text).claims
}

fn figure(q: &Quantity) -> String {
    match q.value {
        Some(v) => format!("{} {v}", q.metric),
        None => format!("{} ~", q.metric),
    }
}

/// Figure and camp of every quantity claim.
#[track_caller]
fn check(input: &str, expected: &str) {
    let claims = extract(input);
    let actual = claims
        .iter()
        .filter_map(|c| c.quantity().map(|q| format!("{} camp={}", figure(q), c.camp.as_deref().unwrap_or("-"))))
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
    fn a_speaker_nobody_can_resolve_has_no_camp() {
        check("Witnesses said 10 people were killed.", "killed 10 camp=-");
        check("قال شهود إن 10 أشخاص قتلوا.", "killed 10 camp=-");
    }
}
