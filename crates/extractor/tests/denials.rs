//! Data-driven tests for denials read as acts and the claims they answer, in
//! the style of `propositions.rs`: one `check(input, expected)` helper, many
//! small cases, Arabic and English, every sentence written for these tests.
//!
//! Each claim a denial links renders as
//! `<proposition> <polarity> camp=<camp> -> <what it denies>`, where the target
//! is `<proposition or metric> camp=<camp> «<quote>»`; open statements that no
//! denial answers are not claims, so they do not render. Claims are joined by
//! "; " in text order; an empty string means no denial was linked.

mod shipped;

use crosscheck_model::{Claim, ClaimKind};
use jiff::civil::date;

use shipped::extract_article;

fn extract(text: &str) -> Vec<Claim> {
    extract_article(text, date(2020, 10, 12), Some("karabakh-2020"))
}

fn camp(c: &Claim) -> &str {
    c.camp.as_deref().unwrap_or("-")
}

fn what(c: &Claim) -> String {
    match &c.kind {
        ClaimKind::Proposition(p) => format!("{} camp={} «{}»", p.id, camp(c), c.quote),
        ClaimKind::Quantity(q) => format!("{} camp={} «{}»", q.metric, camp(c), c.quote),
        ClaimKind::Term(t) => t.topic.clone(),
    }
}

/// Every denial with a link, as `id polarity camp=... -> target`.
fn links(claims: &[Claim]) -> String {
    claims
        .iter()
        .filter_map(|c| {
            let p = c.proposition()?;
            let t = p.target?;
            let target = claims.iter().find(|o| o.span == t && o.doc == c.doc)?;
            Some(format!("{} {} camp={} -> {}", p.id, p.polarity.as_str(), camp(c), what(target)))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[track_caller]
fn check(input: &str, expected: &str) {
    let actual = links(&extract(input));
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

/// Each proposition, as `id polarity camp=...`, for cases without links.
#[track_caller]
fn check_propositions(input: &str, expected: &str) {
    let claims = extract(input);
    let actual = claims
        .iter()
        .filter_map(|c| c.proposition().map(|p| format!("{} {} camp={}", p.id, p.polarity.as_str(), camp(c))))
        .collect::<Vec<_>>()
        .join("; ");
    assert_eq!(actual, expected, "\ninput:    {input}\nactual:   {actual}\nexpected: {expected}\n");
}

// --- 1. A back-reference answers the last statement of another camp --------

mod back_reference {
    use super::*;

    #[test]
    fn english_this_these_claims_the_allegations() {
        check(
            "Azerbaijan said Armenian units took part in the assault on the village. Yerevan rejected this.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units took part in the assault on the village»",
        );
        check(
            "The Azerbaijani ministry said Armenian saboteurs crossed the border at night. Armenia dismissed these claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs crossed the border at night»",
        );
        check(
            "Baku said Armenian troops were moving toward the pass. Yerevan refuted the allegations.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops were moving toward the pass»",
        );
    }

    #[test]
    fn arabic_dhalik_hadhihi_al_iddi_aat() {
        check(
            "قالت باكو إن وحدات أرمينية شاركت في الهجوم على القرية. ونفت يريفان ذلك.",
            "forces_took_part:armenian denies camp=yerevan -> forces_took_part:armenian camp=baku «وحدات أرمينية شاركت في الهجوم»",
        );
        check(
            "أعلنت وزارة الدفاع الأذربيجانية أن مخربين أرمن عبروا الحدود ليلا. ورفضت أرمينيا هذه الادعاءات.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود ليلا»",
        );
        check(
            "قالت باكو إن قوات أرمينية تتحرك نحو الممر. وقالت يريفان إن هذه المعلومات لا علاقة لها بالحقيقة.",
            "statement denies camp=yerevan -> statement camp=baku «قوات أرمينية تتحرك نحو الممر»",
        );
    }

    #[test]
    fn a_denial_phrase_holding_its_object() {
        check(
            "قالت باكو إن مخربين أرمن فجروا جسرا قرب الحدود. وقالت يريفان إنها استنكرت الادعاءات.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا جسرا قرب الحدود»",
        );
    }

    #[test]
    fn a_verdict_on_the_announcement() {
        check(
            "Baku said Armenian drones struck a fuel depot. Yerevan called the announcement misinformation.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian drones struck a fuel depot»",
        );
        check(
            "أعلنت باكو أن مسيرات أرمينية ضربت مستودعا للوقود. واعتبرت يريفان الإعلان معلومات مضللة.",
            "statement denies camp=yerevan -> statement camp=baku «مسيرات أرمينية ضربت مستودعا للوقود»",
        );
    }
}

// --- 1a. More verdict words: "unfounded", "مفبرك" ----------------------------

/// «روسيا تعلن ضرب مواقع في أوكرانيا وتنفي استهداف المستشفى»: a verb with a
/// conjunction written onto it, after the object of a verb of telling,
/// goes on with that verb's subject.
mod a_headline_verb_joined_after_an_object {
    use super::*;

    #[test]
    fn goes_on_with_the_subject() {
        check(
            "روسيا تعلن ضرب مواقع في أوكرانيا وتنفي استهداف المستشفى\nوقال مسؤولون أوكرانيون إن مستشفى أصيب في الضربة.",
            "statement denies camp=moscow -> statement camp=ukraine «مستشفى أصيب في الضربة»",
        );
        check(
            "إسرائيل تعلن قصف أهداف في غزة وتنفي استهداف المدرسة\nوقال الدفاع المدني في غزة إن المدرسة أصيبت في الغارة.",
            "statement denies camp=israel -> statement camp=palestine «المدرسة أصيبت في الغارة»",
        );
        check(
            "روسيا تعلن ضرب أهداف عسكرية في أوديسا وتنفي استهداف الميناء\nوقالت السلطات الأوكرانية إن الميناء أصيب في الهجوم.",
            "statement denies camp=moscow -> statement camp=ukraine «الميناء أصيب في الهجوم»",
        );
    }
}

mod verdicts {
    use super::*;

    #[test]
    fn unfounded() {
        check(
            "The Azerbaijani ministry said Armenian saboteurs crossed the border at night. Armenia called the allegations unfounded.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs crossed the border at night»",
        );
        check(
            "Baku said Armenian drones struck a fuel depot. Yerevan dismissed this as unfounded.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian drones struck a fuel depot»",
        );
        check(
            "Baku said Armenian troops were moving toward the pass. Yerevan said these claims were unfounded.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops were moving toward the pass»",
        );
    }

    #[test]
    fn mufabrak() {
        check(
            "قالت باكو إن مسيرات أرمينية ضربت مستودعا للوقود. وقالت يريفان إن هذا التصريح مفبرك.",
            "statement denies camp=yerevan -> statement camp=baku «مسيرات أرمينية ضربت مستودعا للوقود»",
        );
        check(
            "أعلنت باكو أن مخربين أرمن فجروا جسرا. واعتبرت يريفان هذا الإعلان مفبركا.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا جسرا»",
        );
        check(
            "أعلنت أذربيجان أن مخربين أرمن عبروا الحدود. وقالت أرمينيا إن هذا الخبر مفبرك تماما.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود»",
        );
    }

    /// «باطل», «باطلة»: void, so false.
    #[test]
    fn batil() {
        check(
            "قالت باكو إن مسيرات أرمينية ضربت مستودعا للوقود. وقالت يريفان إن هذه الادعاءات باطلة.",
            "statement denies camp=yerevan -> statement camp=baku «مسيرات أرمينية ضربت مستودعا للوقود»",
        );
        check(
            "أعلنت أذربيجان أن مخربين أرمن عبروا الحدود. ووصفت أرمينيا هذه المزاعم بأنها باطلة.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود»",
        );
        check(
            "أعلنت باكو أن مخربين أرمن فجروا جسرا. وقالت يريفان إن هذا الإعلان باطل تماما.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا جسرا»",
        );
    }
}

// --- 1a'. Disputing, "no truth to", «لا صحة ل» -------------------------------

mod disputes {
    use super::*;

    #[test]
    fn english_disputed_the_figure() {
        check(
            "The Armenian ministry said 300 Azerbaijani soldiers were killed on Tuesday. Baku disputed the toll.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "Yerevan said 40 Azerbaijani tanks were destroyed near the pass. Baku disputes the claim.",
            "statement denies camp=baku -> statement camp=yerevan «40 Azerbaijani tanks were destroyed near the pass»",
        );
        check(
            "Baku said Armenian drones struck a fuel depot. Yerevan said there was no truth to these claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian drones struck a fuel depot»",
        );
    }

    #[test]
    fn english_the_figures_are_inflated() {
        check(
            "The Armenian ministry said 300 Azerbaijani soldiers were killed on Tuesday. Baku said the toll was inflated.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "The Armenian ministry said 300 Azerbaijani soldiers were killed on Tuesday. Baku said these figures were not accurate.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "The Armenian ministry said 300 Azerbaijani soldiers were killed on Tuesday. Baku called the figures propaganda.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
    }

    #[test]
    fn arabic_the_figures_are_exaggerated() {
        check(
            "وقالت يريفان إن 300 جندي أذربيجاني قتلوا الثلاثاء. وقالت باكو إن هذه الأرقام مبالغ فيها.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
        check(
            "وقالت يريفان إن 300 جندي أذربيجاني قتلوا الثلاثاء. واعتبرت باكو هذه الحصيلة غير دقيقة.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
        check(
            "وقالت يريفان إن 300 جندي أذربيجاني قتلوا الثلاثاء. وقالت باكو إن هذه الادعاءات حرب نفسية.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
    }

    // A verdict before what it judges: "said it was untrue reports that ...".
    #[test]
    fn a_verdict_leading_its_object() {
        check(
            "The Armenian army said it was untrue reports that 40 of its soldiers were killed near Hadrut.",
            "figure:killed denies camp=yerevan -> killed camp=media «40 of its soldiers were killed»",
        );
        check(
            "The Azerbaijani ministry said 300 Armenian soldiers were killed. Yerevan said it was untrue reports that 300 soldiers had died.",
            "figure:killed denies camp=yerevan -> killed camp=media «300 soldiers had died»",
        );
        check(
            "The Armenian army said it was false reports that 12 of its soldiers had been wounded.",
            "figure:wounded denies camp=yerevan -> wounded camp=media «12 of its soldiers had been wounded»",
        );
    }

    #[test]
    fn a_disputed_region_is_no_denial() {
        check("Baku said Armenian drones struck a fuel depot. Fighting in the long-disputed region went on.", "");
        check("Baku said Armenian units shelled the village. The disputed territory lies to the south.", "");
    }

    #[test]
    fn arabic_la_sihha() {
        check(
            "قالت باكو إن مسيرات أرمينية ضربت مستودعا للوقود. وقالت يريفان إنه لا صحة لهذه الادعاءات.",
            "statement denies camp=yerevan -> statement camp=baku «مسيرات أرمينية ضربت مستودعا للوقود»",
        );
        check(
            "أعلنت أذربيجان أن مخربين أرمن عبروا الحدود. وأكدت أرمينيا أن لا صحة لما أعلنته باكو.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود»",
        );
        check(
            "وقالت يريفان إن 300 جندي أذربيجاني قتلوا الثلاثاء. وقالت باكو إنه لا صحة لهذه الأرقام.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
    }
}

// --- 1b. "The announcement": what was announced, not only its figure -------

mod announcements {
    use super::*;

    #[test]
    fn a_death_announced_with_a_quoted_circumstance_english() {
        check(
            "Baku announced the death of one of its soldiers while he was \"repelling an Armenian provocation on the front line\". Yerevan called the announcement false information.",
            "statement denies camp=yerevan -> statement camp=baku «the death of one of its soldiers while he was \"repelling an Armenian provocation on the front line\"»",
        );
        check(
            "The Azerbaijani ministry announced that two of its servicemen were killed, while they were \"preventing sabotage near the border\". Armenia said the announcement was baseless.",
            "statement denies camp=yerevan -> statement camp=baku «two of its servicemen were killed, while they were \"preventing sabotage near the border\"»",
        );
        check(
            "Baku announced that one of its officers was killed while \"stopping an enemy raid near Fuzuli\". Yerevan dismissed the statement as lies.",
            "statement denies camp=yerevan -> statement camp=baku «one of its officers was killed while \"stopping an enemy raid near Fuzuli\"»",
        );
    }

    #[test]
    fn a_death_announced_with_a_quoted_circumstance_arabic() {
        check(
            "أعلنت باكو مقتل أحد جنودها فيما كان «يتصدى لاستفزاز أرميني على خط الجبهة». واعتبرت يريفان الإعلان معلومات كاذبة.",
            "statement denies camp=yerevan -> statement camp=baku «مقتل أحد جنودها فيما كان «يتصدى لاستفزاز أرميني على خط الجبهة»»",
        );
        check(
            "أعلنت وزارة الدفاع الأذربيجانية مقتل اثنين من عسكرييها بينما كانا «يمنعان تسلل مخربين قرب الحدود». لكن أرمينيا قالت إن هذا الإعلان لا أساس له من الصحة.",
            "statement denies camp=yerevan -> statement camp=baku «مقتل اثنين من عسكرييها بينما كانا «يمنعان تسلل مخربين قرب الحدود»»",
        );
        check(
            "أعلنت أذربيجان مقتل أحد ضباطها في حين كان «يصد هجوما للعدو قرب فضولي». ونفت يريفان هذا التصريح.",
            "statement denies camp=yerevan -> statement camp=baku «مقتل أحد ضباطها في حين كان «يصد هجوما للعدو قرب فضولي»»",
        );
    }

    #[test]
    fn a_bare_announced_toll_is_the_figure() {
        check(
            "Baku announced that 12 of its soldiers were killed. Yerevan called the announcement false information.",
            "figure:killed denies camp=yerevan -> killed camp=baku «12 of its soldiers were killed»",
        );
        check(
            "أعلنت باكو مقتل 12 من جنودها. واعتبرت يريفان الإعلان معلومات كاذبة.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل 12»",
        );
    }
}

// --- 1c. A denial before the statement it answers --------------------------

mod later_statements {
    use super::*;

    #[test]
    fn the_owner_s_words_reported_after_the_denial_english() {
        check(
            "Armenia denied Azerbaijan's claims that its artillery hit a hospital in Barda. The Azerbaijani ministry said on Monday that Armenian artillery struck the hospital in Barda overnight.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian artillery struck the hospital in Barda overnight»",
        );
        check(
            "Yerevan rejected Baku's allegations about the destruction of a bridge near Lachin. Earlier, the Azerbaijani defence ministry said Armenian sappers had blown up the bridge near Lachin.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian sappers had blown up the bridge near Lachin»",
        );
        check(
            "Armenia dismissed Azerbaijan's accusations over the attack on the power station. Roads were closed. Baku said Armenian drones attacked the power station in Tartar.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian drones attacked the power station in Tartar»",
        );
    }

    #[test]
    fn the_owner_s_words_reported_after_the_denial_arabic() {
        check(
            "نفت أرمينيا مزاعم أذربيجان بمسؤوليتها عن قصف مستشفى في بردعة. وكانت وزارة الدفاع الأذربيجانية قد قالت إن المدفعية الأرمينية قصفت المستشفى ليلا.",
            "statement denies camp=yerevan -> statement camp=baku «المدفعية الأرمينية قصفت المستشفى ليلا»",
        );
        check(
            "رفضت يريفان اتهامات باكو بتفجير الجسر قرب لاتشين. وقالت وزارة الدفاع الأذربيجانية إن مخربين أرمن فجروا الجسر قرب لاتشين.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا الجسر قرب لاتشين»",
        );
        check(
            "نفت أرمينيا ادعاءات أذربيجان بشأن الهجوم على محطة الكهرباء. وأغلقت الطرق. وقالت باكو إن مسيرات أرمينية هاجمت محطة الكهرباء في ترتر.",
            "statement denies camp=yerevan -> statement camp=baku «مسيرات أرمينية هاجمت محطة الكهرباء في ترتر»",
        );
    }

    #[test]
    fn a_second_denial_of_the_reported_claim_follows_it() {
        check(
            "Armenia denied Azerbaijan's claims that its artillery hit a hospital in Barda, and Yerevan said these claims were lies. The Azerbaijani ministry said on Monday that Armenian artillery struck the hospital in Barda overnight.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian artillery struck the hospital in Barda overnight»; \
             statement denies camp=yerevan -> statement camp=baku «Armenian artillery struck the hospital in Barda overnight»",
        );
    }

    #[test]
    fn an_accusation_after_a_denial_that_names_nobody() {
        check(
            "Armenia denied shelling the school in the village. The denial came after Baku accused the Armenian army of shelling the school.",
            "statement denies camp=yerevan -> statement camp=baku «the Armenian army of shelling the school»",
        );
    }

    #[test]
    fn nothing_said_later_keeps_the_reported_claim() {
        check(
            "Armenia denied Azerbaijan's claims that its artillery hit a hospital in Barda. The weather was cold on Monday. Baku said talks would resume in Moscow.",
            "statement denies camp=yerevan -> statement camp=baku «Azerbaijan's claims that its artillery hit a hospital in Barda»",
        );
        check(
            "نفت أرمينيا مزاعم أذربيجان بمسؤوليتها عن قصف مستشفى في بردعة. وكان الطقس باردا. وقالت باكو إن المحادثات ستستأنف في موسكو.",
            "statement denies camp=yerevan -> statement camp=baku «مزاعم أذربيجان بمسؤوليتها عن قصف مستشفى في بردعة»",
        );
    }
}

mod a_later_statement_sharing_only_a_party_word {
    use super::*;

    #[test]
    fn is_not_what_the_denial_answers() {
        check(
            "Armenia denied Azerbaijan's claims that it had shelled an Azerbaijani bus near Tartar. \"Azerbaijani forces will answer every provocation,\" the Azerbaijani ministry said.",
            "statement denies camp=yerevan -> statement camp=baku «Azerbaijan's claims that it had shelled an Azerbaijani bus near Tartar»",
        );
        check(
            "Yerevan rejected claims by Baku that Armenian drones struck a fuel depot. Baku said Armenian leaders must stop their threats.",
            "statement denies camp=yerevan -> statement camp=baku «claims by Baku that Armenian drones struck a fuel depot»",
        );
        check(
            "نفت أرمينيا مزاعم أذربيجان بأنها قصفت حافلة أذربيجانية قرب ترتر. وقالت وزارة الدفاع الأذربيجانية إن القوات الأذربيجانية سترد على أي استفزاز.",
            "statement denies camp=yerevan -> statement camp=baku «مزاعم أذربيجان بأنها قصفت حافلة أذربيجانية قرب ترتر»",
        );
    }
}

mod a_caption_between_claim_and_denial {
    use super::*;

    #[test]
    fn keeps_them_neighbours() {
        check(
            "Azerbaijan said its forces killed 40 Armenian soldiers near Fuzuli.\n\nColonel Artur Sargsyan\n\nArmenia denied the claims.",
            "figure:killed denies camp=yerevan -> killed camp=baku «killed 40»",
        );
        check(
            "Baku said Armenian artillery shelled a school in Tartar.\n\nPhoto: the school yard\n\nYerevan rejected it.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian artillery shelled a school in Tartar»",
        );
        check(
            "قالت أذربيجان إن قواتها قتلت 40 جنديا أرمينيا قرب فضولي.\n\nالعقيد آرتور سركسيان\n\nونفت أرمينيا هذه المزاعم.",
            "figure:killed denies camp=yerevan -> killed camp=baku «قتلت 40»",
        );
        check(
            "Baku said Armenian shells hit a bakery in Terter. The Azerbaijani ministry added that its units held their positions.\n\nArchive photo\n\nYerevan denied the claims.",
            "statement denies camp=yerevan -> statement camp=baku «its units held their positions»",
        );
    }
}

mod a_party_beside_a_verb_of_publishing {
    use super::*;

    #[test]
    fn owns_the_statement_a_verdict_judges() {
        check(
            "قالت وزارة الدفاع الأذربيجانية إن ما يذيعه الجانب الأرميني حول انسحاب قواتها من فضولي عار عن الصحة.",
            "statement denies camp=baku -> statement camp=yerevan «يذيعه الجانب الأرميني حول انسحاب قواتها من فضولي»",
        );
        check(
            "وأكدت يريفان أن التقرير الذي نشرته باكو عن تدمير جسر في لاتشين لا أساس له من الصحة.",
            "statement denies camp=yerevan -> statement camp=baku «نشرته باكو عن تدمير جسر في لاتشين»",
        );
        check(
            "Baku said the story Yerevan was circulating about a mined road near Agdam was baseless.",
            "statement denies camp=baku -> statement camp=yerevan «the story Yerevan was circulating about a mined road near Agdam»",
        );
    }

    #[test]
    fn over_a_comma_before_a_pronoun_that_takes_it_up() {
        check(
            "قالت باكو إن كل ما تبثه يريفان عن قصف مدرسة في ترتر، هو كذب محض.",
            "statement denies camp=baku -> statement camp=yerevan «تبثه يريفان عن قصف مدرسة في ترتر»",
        );
        check(
            "وأضافت يريفان أن التصريحات التي نشرتها باكو حول هجوم على قرية في لاتشين، هي معلومات مضللة.",
            "statement denies camp=yerevan -> statement camp=baku «التصريحات التي نشرتها باكو حول هجوم على قرية في لاتشين»",
        );
    }

    #[test]
    fn a_party_named_alone_waits_for_its_next_statement() {
        check(
            "Yerevan said Baku was spreading false information. The Azerbaijani ministry had said that Armenian sappers mined a road near Lachin.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian sappers mined a road near Lachin»",
        );
        check(
            "قالت يريفان إن باكو تنشر معلومات كاذبة. وكانت وزارة الدفاع الأذربيجانية قد قالت إن مخربين أرمن لغموا طريقا قرب لاتشين.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن لغموا طريقا قرب لاتشين»",
        );
        // A statement of another party is no answer.
        check(
            "Yerevan said Baku was spreading false information. The Russian peacekeepers said the road near Lachin was open.",
            "",
        );
    }
}

mod a_word_inside_a_party_s_name {
    use super::*;

    #[test]
    fn names_no_other_party() {
        // «السوري» inside the observatory's name is not Syria.
        check(
            "نفت وزارة الدفاع الروسية معلومات نشرها المرصد السوري لحقوق الإنسان عن قصف سوق في إدلب.",
            "statement denies camp=moscow -> statement camp=other «نشرها المرصد السوري لحقوق الإنسان عن قصف سوق في إدلب»",
        );
        check(
            "Moscow denied claims by the Syrian Observatory for Human Rights about strikes on a market in Idlib.",
            "statement denies camp=moscow -> statement camp=other «claims by the Syrian Observatory for Human Rights about strikes on a market in Idlib»",
        );
    }
}

mod what_is_no_denial {
    use super::*;

    #[test]
    fn a_negated_denial_verb() {
        check("Baku said Armenian units shelled a school in Tartar. Yerevan did not confirm or deny the claim.", "");
        check("Baku said Armenian units shelled a school in Tartar. Yerevan has not denied it.", "");
        check("قالت باكو إن وحدات أرمينية قصفت مدرسة في ترتر. ولم تنف يريفان ذلك.", "");
    }

    #[test]
    fn a_verdict_denied_after_a_negation_is_still_two_denials() {
        check(
            "Baku said Armenian units shelled a school in Tartar. Yerevan said the claim was not true and denied it.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled a school in Tartar»; \
             statement denies camp=yerevan -> statement camp=baku «Armenian units shelled a school in Tartar»",
        );
    }

    #[test]
    fn a_denial_of_words_put_in_the_denier_s_mouth() {
        check(
            "Baku said its troops entered Lachin. Yerevan denied remarks attributed to it about the withdrawal from Lachin.",
            "",
        );
        check("قالت باكو إن قواتها دخلت لاتشين. ونفت يريفان التصريحات التي نسبت إليها حول الانسحاب من لاتشين.", "");
        check("قالت باكو إن قواتها دخلت لاتشين. ونفت يريفان التصريحات المنسوبة إليها بشأن لاتشين.", "");
    }

    #[test]
    fn a_verdict_no_speaker_voices() {
        check("Baku said Armenian units shelled a school in Tartar. All of it is lies.", "");
        check("قالت باكو إن وحدات أرمينية قصفت مدرسة في ترتر. وكل هذا أكاذيب.", "");
    }
}

mod the_denier_goes_on {
    use super::*;

    #[test]
    fn with_a_participle_of_its_own() {
        check(
            "India said its troops struck launch pads near Kotli. Pakistan rejected the claim, maintaining that two of its soldiers died in cross-border firing.",
            "strikes_on_towns:india:2020-10-12 denies camp=pakistan -> strikes_on_towns:india:2020-10-12 camp=india «its troops struck»",
        );
        check(
            "India said its troops struck launch pads near Kotli. Pakistan rejected the claim, insisting that only border posts were hit.",
            "strikes_on_towns:india:2020-10-12 denies camp=pakistan -> strikes_on_towns:india:2020-10-12 camp=india «its troops struck»",
        );
    }
}

mod a_counter_accusation_after_a_denial {
    use super::*;

    #[test]
    fn is_the_denier_s_own_claim_not_what_it_denies() {
        check(
            "قالت باكو إن قصفا مدفعيا أرمينيا أصاب قرية قرب ترتر. ونفت يريفان هذه الاتهامات واتهمت القوات الأذربيجانية بقصف قرى حدودية.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «قصفا مدفعيا أرمينيا»",
        );
        check(
            "قالت باكو إن قصفا مدفعيا أرمينيا أصاب قرية قرب ترتر. ورفضت يريفان هذه المزاعم واتهمت الجيش الأذربيجاني بقصف مدرسة.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «قصفا مدفعيا أرمينيا»",
        );
    }
}

mod a_quotation_that_opens_on_a_denial_verb {
    use super::*;

    #[test]
    fn reports_the_denial_of_the_party_before_it() {
        check(
            "أعلنت باكو أن قواتها دخلت بلدة قرب لاتشين. لكن المتحدث باسم الحكومة الأرمينية \"نفى صحة ادعاء باكو بدخول البلدة\".",
            "statement denies camp=yerevan -> statement camp=baku «ادعاء باكو بدخول البلدة»",
        );
    }
}

mod a_toll_inside_a_denial_of_responsibility {
    use super::*;

    #[test]
    fn names_the_event_and_is_not_what_is_denied() {
        // The toll is nobody's to deny: the denial answers who did it.
        check(
            "Baku said an Armenian missile killed 7 civilians in Barda. Yerevan rejected responsibility for the attack that killed 7 civilians.",
            "statement denies camp=yerevan -> statement camp=baku «an Armenian missile killed 7 civilians in Barda»",
        );
        check(
            "Baku said an Armenian missile killed 7 civilians in Barda. Yerevan denied any involvement in the strike that killed 7 civilians.",
            "statement denies camp=yerevan -> statement camp=baku «an Armenian missile killed 7 civilians in Barda»",
        );
        check(
            "قالت باكو إن صاروخا أرمينيا قتل 7 مدنيين في بردعة. ورفضت يريفان الاتهامات بشأن الهجوم الذي أدى إلى مقتل 7 مدنيين.",
            "statement denies camp=yerevan -> statement camp=baku «صاروخا أرمينيا قتل 7 مدنيين في بردعة»",
        );
    }

    #[test]
    fn but_a_denied_toll_is_the_toll() {
        check(
            "Baku said 7 Armenian soldiers were killed near Fuzuli. Yerevan denied that 7 soldiers were killed.",
            "figure:killed denies camp=yerevan -> killed camp=baku «7 Armenian soldiers were killed»",
        );
    }
}

mod a_name_set_off_by_commas_after_the_speaker {
    use super::*;

    #[test]
    fn is_no_part_of_what_was_said() {
        check(
            "قال نائب وزير الدفاع الأذربيجاني، كامران علييف، إن مخربين أرمن لغموا طريقا قرب لاتشين. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن لغموا طريقا قرب لاتشين»",
        );
        check(
            "صرح رئيس الإدارة الأذربيجانية في ترتر، إلدار حسينوف، أن مخربين أرمن لغموا طريقا قرب البلدة. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن لغموا طريقا قرب البلدة»",
        );
        check(
            "أعلن المتحدث باسم الحكومة الأذربيجانية، سامر أحمدوف، أن مخربين أرمن لغموا طريقا. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن لغموا طريقا»",
        );
    }
}

mod a_headline_party_before_a_colon {
    use super::*;

    #[test]
    fn speaks_a_verdict() {
        check(
            "أرمينيا: باكو تنشر معلومات كاذبة\n\nوقالت وزارة الدفاع الأذربيجانية إن وحدات أرمينية قصفت مواقعها قرب كلبجار.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت مواقعها قرب كلبجار»",
        );
        check(
            "Armenia: Baku is spreading disinformation\n\nThe Azerbaijani ministry said Armenian sappers mined a road near Kalbajar.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian sappers mined a road near Kalbajar»",
        );
    }
}

// --- 2. Hearsay stays with its owner ----------------------------------------

mod hearsay {
    use super::*;

    #[test]
    fn english_the_claim_of_a_named_party() {
        check(
            "Armenia denied Azerbaijan's claim that its artillery had hit a school.",
            "statement denies camp=yerevan -> statement camp=baku «Azerbaijan's claim that its artillery had hit a school»",
        );
        check(
            "Yerevan rejected Baku's claim that Armenian saboteurs mined the road.",
            "statement denies camp=yerevan -> statement camp=baku «Baku's claim that Armenian saboteurs mined the road»",
        );
    }

    // An armed group's claim is the group's, not the outlet's: the group is
    // a party of its own.
    #[test]
    fn english_the_claim_of_an_armed_group() {
        check(
            "The ministry dismissed a Taliban claim that 10 policemen were killed.",
            "figure:killed denies camp=other -> killed camp=taliban «10 policemen were killed»",
        );
        check(
            "The army denied an Islamic State claim that it shot down two helicopters.",
            "aircraft_downed denies camp=other -> aircraft_downed camp=islamic-state «shot down two helicopters»",
        );
        check(
            "The general rejected claims by al-Qaeda fighters that 12 soldiers had died in the raid.",
            "figure:killed denies camp=- -> killed camp=al-qaeda «12 soldiers had died»",
        );
    }

    #[test]
    fn arabic_the_claim_of_an_armed_group() {
        check(
            "نفت وزارة الدفاع ما أعلنه تنظيم داعش عن مقتل 30 جنديا.",
            "figure:killed denies camp=other -> killed camp=islamic-state «مقتل 30»",
        );
        check(
            "ونفى الجيش مزاعم حركة طالبان بشأن مقتل 15 شرطيا في الهجوم.",
            "figure:killed denies camp=other -> killed camp=taliban «مقتل 15»",
        );
    }

    // A claim in the singular («ادعاء», «زعم», "assertion"), and a party
    // named in more than one word («الجيش الأذربيجاني»).
    #[test]
    fn arabic_a_single_claim_of_a_party() {
        check(
            "وقالت وزارة الدفاع الأرمينية في بيان: «ننفي ادعاء الجيش الأذربيجاني أن قواتنا قصفت المدرسة».",
            "statement denies camp=yerevan -> statement camp=baku «ادعاء الجيش الأذربيجاني أن قواتنا قصفت المدرسة»",
        );
        check(
            "ونفت يريفان زعم باكو أن مخربين أرمن لغموا الطريق.",
            "statement denies camp=yerevan -> statement camp=baku «زعم باكو أن مخربين أرمن لغموا الطريق»",
        );
        check(
            "نفى المتحدث باسم الرئاسة الأرمينية ادعاء أذربيجان أن الطائرات الأرمينية قصفت الجسر.",
            "statement denies camp=yerevan -> statement camp=baku «ادعاء أذربيجان أن الطائرات الأرمينية قصفت الجسر»",
        );
    }

    #[test]
    fn english_an_assertion_of_a_party() {
        check(
            "Yerevan rejected Azerbaijan's assertion that Armenian drones had hit the bridge.",
            "statement denies camp=yerevan -> statement camp=baku «Azerbaijan's assertion that Armenian drones had hit the bridge»",
        );
    }

    #[test]
    fn arabic_what_a_party_reported() {
        check(
            "نفت وزارة الدفاع الأرمينية ما ذكرته باكو بشأن تفخيخ الطريق.",
            "statement denies camp=yerevan -> statement camp=baku «ذكرته باكو بشأن تفخيخ الطريق»",
        );
        check(
            "ونفت أرمينيا ما أعلنته أذربيجان بشأن إسقاط طائرة مسيرة فوق الحدود.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «إسقاط طائرة»",
        );
    }

    #[test]
    fn the_owner_s_earlier_words_are_the_claim_denied() {
        check(
            "Baku said its drones destroyed an Armenian depot near Lachin. Yerevan denied Azerbaijan's claim that a depot was destroyed.",
            "statement denies camp=yerevan -> statement camp=baku «its drones destroyed an Armenian depot near Lachin»",
        );
        check(
            "قالت باكو إن مسيراتها دمرت مستودعا أرمينيا قرب لاتشين. ونفت يريفان مزاعم أذربيجان بتدمير المستودع.",
            "statement denies camp=yerevan -> statement camp=baku «مسيراتها دمرت مستودعا أرمينيا قرب لاتشين»",
        );
    }

    #[test]
    fn a_figure_inside_the_denied_claim_is_the_owner_s() {
        check(
            "Armenia denied Azerbaijan's claim that it killed 300 Armenian soldiers.",
            "figure:killed denies camp=yerevan -> killed camp=baku «killed 300»",
        );
    }
}

// --- 3. A denied figure -----------------------------------------------------

mod figures {
    use super::*;

    #[test]
    fn these_claims_after_a_toll() {
        check(
            "The Armenian ministry said 300 Azerbaijani soldiers were killed on Tuesday. Baku said these claims were lies.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "وقالت يريفان إن 300 جندي أذربيجاني قتلوا الثلاثاء. لكن باكو قالت إن هذه الادعاءات عارية عن الصحة.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
        check(
            "قالت يريفان إن 300 جندي أذربيجاني قتلوا الثلاثاء، إلا أن باكو أكدت أن هذه الادعاءات لا علاقة لها بالحقيقة.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
    }
}

// --- 4. An object with words of its own ------------------------------------

mod noun_phrase_objects {
    use super::*;

    #[test]
    fn shared_words_link() {
        check(
            "The Azerbaijani prosecutor said a missile struck a school in Barda. Armenia denied any role in the strike on the school.",
            "statement denies camp=yerevan -> statement camp=baku «a missile struck a school in Barda»",
        );
        check(
            "قالت النيابة الأذربيجانية إن صاروخا أصاب مدرسة في بردعة. ونفت أرمينيا مسؤوليتها عن قصف المدرسة.",
            "statement denies camp=yerevan -> statement camp=baku «صاروخا أصاب مدرسة في بردعة»",
        );
    }

    #[test]
    fn a_sentence_in_between_english() {
        check(
            "The Azerbaijani prosecutor said a missile struck a school in Barda. The school had 300 pupils. Armenia denied any role in the strike on the school.",
            "statement denies camp=yerevan -> statement camp=baku «a missile struck a school in Barda»",
        );
        check(
            "Baku said Armenian drones hit a bridge near Lachin on Monday. Traffic on the road was stopped for hours. Yerevan denied responsibility for the attack on the bridge.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian drones hit a bridge near Lachin on Monday»",
        );
        check(
            "The Azerbaijani ministry said an Armenian shell destroyed a mosque in Tartar. Worshippers had left an hour earlier. Armenia denied any part in the shelling of the mosque.",
            "statement denies camp=yerevan -> statement camp=baku «an Armenian shell destroyed a mosque in Tartar»",
        );
    }

    #[test]
    fn a_sentence_in_between_arabic() {
        check(
            "أعلنت باكو أن صواريخ أرمينية أصابت مصنعا في غنجة. وكان المصنع متوقفا عن العمل. ونفت أرمينيا مسؤوليتها عن ضرب المصنع.",
            "statement denies camp=yerevan -> statement camp=baku «صواريخ أرمينية أصابت مصنعا في غنجة»",
        );
        check(
            "قالت النيابة الأذربيجانية إن صاروخا أصاب مدرسة في بردعة. وكانت المدرسة تضم 300 تلميذ. ونفت أرمينيا مسؤوليتها عن قصف المدرسة.",
            "statement denies camp=yerevan -> statement camp=baku «صاروخا أصاب مدرسة في بردعة»",
        );
        check(
            "قالت باكو إن مسيرات أرمينية ضربت محطة كهرباء قرب لاتشين. وانقطع التيار عن آلاف المنازل. ونفت يريفان مسؤوليتها عن ضرب المحطة.",
            "statement denies camp=yerevan -> statement camp=baku «مسيرات أرمينية ضربت محطة كهرباء قرب لاتشين»",
        );
    }

    #[test]
    fn a_bare_pointer_does_not_reach_over_a_sentence() {
        check("Baku said Armenian units shelled Tartar. The weather was cold. Yerevan rejected this.", "");
        check(
            "قالت باكو إن مسيرات أرمينية ضربت محطة كهرباء قرب لاتشين. وانقطع التيار عن آلاف المنازل. ونفت يريفان ذلك.",
            "",
        );
        check(
            "The Azerbaijani prosecutor said a missile struck a school in Barda. The school had 300 pupils. Armenia denied sending troops.",
            "",
        );
    }

    #[test]
    fn no_shared_word_no_link() {
        check("The Azerbaijani prosecutor said a missile struck a school in Barda. Armenia denied sending troops.", "");
        check("قالت النيابة الأذربيجانية إن صاروخا أصاب مدرسة في بردعة. ونفت أرمينيا إرسال جنود.", "");
    }
}

// --- 5. What is not a denial, or not one to link ----------------------------

mod an_accusing_participle {
    use super::*;

    // "accusing" after an issued statement or a comma goes on with the
    // speaker before it, like "saying".
    #[test]
    fn the_issuer_accuses() {
        check(
            "Baku issued a statement on Monday, accusing Armenian troops of shelling the village of Shosh. \
             Yerevan rejected the accusation.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops of shelling the village of Shosh»",
        );
        check(
            "The Azerbaijani ministry said the night was tense, accusing Armenian troops of shelling the village \
             of Shosh. Yerevan rejected the accusation.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops of shelling the village of Shosh»",
        );
        check(
            "The Azerbaijani ministry put out a statement blaming Armenian troops for shelling the village of \
             Shosh. Yerevan dismissed the accusation.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops for shelling the village of Shosh»",
        );
    }
}

mod rebut_and_debunk {
    use super::*;

    // "rebut" and "debunk" deny, as "refute" does; «دحض» and «فند» are
    // their Arabic peers, already read.
    #[test]
    fn english_verbs_of_rebuttal() {
        check(
            "Baku said its forces had captured the village of Talish. Yerevan rebuts Baku's claim.",
            "city_captured:talish denies camp=yerevan -> city_captured:talish camp=baku «captured the village of Talish»",
        );
        check(
            "Baku said its forces had captured the village of Talish. Armenia's army debunked the claim.",
            "city_captured:talish denies camp=yerevan -> city_captured:talish camp=baku «captured the village of Talish»",
        );
        check(
            "Baku said Armenian units shelled Tartar. Yerevan said no shell was fired, rebutting claims by the Azerbaijani government.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled Tartar»",
        );
        check(
            "قالت باكو إن قواتها حررت قرية تاليش. وفندت يريفان هذه المزاعم.",
            "city_captured:talish denies camp=yerevan -> city_captured:talish camp=baku «حررت قرية تاليش»",
        );
    }
}

mod not_linked {
    use super::*;

    #[test]
    fn one_camp_answering_itself() {
        check("Baku said Armenian units shelled Tartar. Azerbaijan's ministry rejected this.", "");
        check("قالت باكو إن وحدات أرمينية قصفت ترتر. ونفت وزارة الدفاع الأذربيجانية ذلك.", "");
    }

    // Neither side has a camp: nothing says they are two sides, and an
    // unnamed "source" may well be the same one.
    #[test]
    fn two_speakers_of_no_camp() {
        check("A source said troops advanced toward the bridge. Another source denied this.", "");
        check("One witness said the convoy was hit at dawn. A second witness dismissed these claims.", "");
        check("قال مصدر إن القوات تقدمت نحو الجسر. ونفى المصدر هذه الأنباء.", "");
    }

    #[test]
    fn a_verdict_with_nothing_pointed_at() {
        check(
            "Baku said Armenian units shelled Tartar. Yerevan said the shelling of towns was lies.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled Tartar»",
        );
    }

    #[test]
    fn disputed_as_an_adjective() {
        check("Baku said Armenian units shelled Tartar in the disputed region. The disputed town was quiet.", "");
    }

    // A statement under a negation of its own says what did not happen:
    // a denial of the same thing by another camp agrees with it.
    #[test]
    fn a_negated_statement_is_not_what_a_denial_answers() {
        check("Yerevan said no one had crossed the border from Armenia. Baku rejected this.", "");
        check("Yerevan said there was no evidence that its units shelled Tartar. Baku dismissed these claims.", "");
        check("قالت يريفان إن قصف ترتر لم يتم بمدفعية أرمينية. ونفت باكو ذلك.", "");
        check("وقالت يريفان إن أحدا لم يعبر الحدود من أرمينيا. ونفت باكو هذه الأنباء.", "");
    }

    // ... but "at least", "not far from" and a purpose's "so as not to"
    // negate nothing.
    #[test]
    fn words_that_only_look_negative() {
        check(
            "Baku said Armenian units shelled Tartar, not far from the front line. Yerevan rejected this.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled Tartar, not far from the front line»",
        );
        check(
            "قالت باكو إن وحدات أرمينية قصفت بلدة غير بعيد عن ترتر. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت بلدة غير بعيد عن ترتر»",
        );
    }

    // «غير» that qualifies a noun («هجوم غير مسبوق», «الهجوم غير المسبوق»)
    // negates nothing; between a definite subject and an indefinite word
    // («القوات غير موجودة») it negates the statement.
    #[test]
    fn a_negation_that_qualifies_a_noun() {
        check_propositions(
            "قالت يريفان إن القوات الأذربيجانية شنت هجوما غير مسبوق على بلدة ترتر.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan; offensive_launched:azerbaijani asserts camp=yerevan",
        );
        check(
            "قالت يريفان إن الهجوم غير المسبوق استهدف بلدة ترتر. ونفت باكو ذلك.",
            "statement denies camp=baku -> statement camp=yerevan «الهجوم غير المسبوق استهدف بلدة ترتر»",
        );
        check("قالت يريفان إن القوات الأرمينية غير موجودة في ترتر. ونفت باكو ذلك.", "");
    }

    // A denial in the same sentence that points back at "these claims"
    // answers the statement all the same.
    #[test]
    fn a_negated_statement_a_later_clause_calls_claims() {
        check(
            "قالت باكو إن قذيفتين أرمينيتين لم تنفجرا سقطتا على ترتر ولكن يريفان رفضت هذه المزاعم.",
            "statement denies camp=yerevan -> statement camp=baku «قذيفتين أرمينيتين لم تنفجرا سقطتا على ترتر»",
        );
    }

    #[test]
    fn too_far_back() {
        check(
            "Baku said Armenian units shelled Tartar. The weather was cold. Roads were closed. Schools were shut. Yerevan rejected this.",
            "",
        );
    }
}

// --- 6. Place names across spellings ----------------------------------------

mod place_spellings {
    use super::*;

    #[test]
    fn alef_and_ta_marbuta_endings() {
        check_propositions("أعلن علييف السيطرة على مدينة شوشة.", "city_captured:shusha asserts camp=baku");
        check_propositions("قال علييف إنه تم تحرير شوشه.", "city_captured:shusha asserts camp=baku");
        check_propositions("قال علييف إنه تم تحرير شوشا.", "city_captured:shusha asserts camp=baku");
    }
}

// --- 7. Unlisted places and "the town" ---------------------------------------

mod places {
    use super::*;

    #[test]
    fn an_unlisted_name_after_a_locality_word() {
        check_propositions(
            "Baku said its troops had captured the village of Maralyan.",
            "city_captured:maralyan asserts camp=baku",
        );
        check_propositions("قالت باكو إن قواتها سيطرت على بلدة ماراليان.", "city_captured:ماراليان asserts camp=baku");
        // Alef and ta marbuta endings name one place.
        check_propositions("قالت باكو إن قواتها حررت قرية مادغيزة.", "city_captured:مادغيزا asserts camp=baku");
        check_propositions("قالت باكو إن قواتها حررت قرية مادغيزا.", "city_captured:مادغيزا asserts camp=baku");
    }

    /// In a script with capitals, the word after "town" names a place only
    /// when it is written as a name: "the town in the north" names none.
    #[test]
    fn a_lower_case_word_after_a_locality_word_is_no_name() {
        check_propositions("The rebels said they had taken control of a town in the north.", "");
        check_propositions("The rebels said they had captured a village near the border.", "");
        check_propositions("The rebels said they had seized a city after heavy fighting.", "");
        check_propositions(
            "The rebels said they had taken control of the town of Dessie.",
            "city_captured:dessie asserts camp=-",
        );
    }

    #[test]
    fn the_town_is_the_place_last_named() {
        check_propositions(
            "أعلن علييف السيطرة على مدينة شوشا. وقالت يريفان إن القتال لا يزال متواصلا للسيطرة على المدينة.",
            "city_captured:shusha asserts camp=baku; city_captured:shusha denies camp=yerevan",
        );
        check_propositions(
            "Aliyev said his army had captured Shusha. Yerevan said the fighting for the town was still raging.",
            "city_captured:shusha asserts camp=baku; city_captured:shusha denies camp=yerevan",
        );
        check_propositions(
            "قال علييف إن جيشه حرر مدينة شوشا. وأكدت أرمينيا أن المعارك مستمرة في المدينة.",
            "city_captured:shusha asserts camp=baku; city_captured:shusha denies camp=yerevan",
        );
    }

    /// "the town" with no locality named before binds no city: the id says
    /// the slot is unbound with `?`, never with a word a place could be named.
    #[test]
    fn the_town_with_no_place_named_before_is_unbound() {
        check_propositions(
            "Yerevan said the fighting for the town was still raging.",
            "city_captured:? denies camp=yerevan",
        );
        check_propositions(
            "The Armenian ministry said the battle for the city continues.",
            "city_captured:? denies camp=yerevan",
        );
        check_propositions(
            "Armenia said the operation in the village was ongoing.",
            "city_captured:? denies camp=yerevan",
        );
        check_propositions(
            "وقالت يريفان إن القتال لا يزال متواصلا للسيطرة على المدينة.",
            "city_captured:? denies camp=yerevan",
        );
        check_propositions("وأكدت أرمينيا أن المعارك مستمرة في المدينة.", "city_captured:? denies camp=yerevan");
        check_propositions(
            "وقالت وزارة الدفاع الأرمينية إن القتال مستمر في البلدة.",
            "city_captured:? denies camp=yerevan",
        );
    }
}

// --- 8. "No losses" against a toll -------------------------------------------

mod no_losses {
    use super::*;

    #[test]
    fn english() {
        check(
            "The Azerbaijani ministry said 50 Armenian soldiers were killed in the strike. The Armenian ministry said its units were not affected.",
            "figure:killed denies camp=yerevan -> killed camp=baku «50 Armenian soldiers were killed»",
        );
        check(
            "Baku said 50 Armenian soldiers were killed overnight. Yerevan said its forces suffered no losses.",
            "figure:killed denies camp=yerevan -> killed camp=baku «50 Armenian soldiers were killed»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "قالت وزارة الدفاع الأذربيجانية إن 50 جنديا أرمينيا قتلوا في الضربة. وقالت وزارة الدفاع الأرمينية إن وحداتها لم تتكبد أي خسائر.",
            "figure:killed denies camp=yerevan -> killed camp=baku «50 جنديا أرمينيا قتلوا»",
        );
        check(
            "أعلنت باكو مقتل 50 جنديا أرمينيا. لكن يريفان قالت إنها لم تسجل أي خسائر.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل 50»",
        );
    }

    /// A vague toll ("dozens of soldiers", «عشرات الجنود») is still a toll:
    /// "no losses" answers it.
    #[test]
    fn a_vague_toll_is_answered() {
        check(
            "Baku said dozens of Armenian soldiers were killed overnight. Yerevan said its forces suffered no losses.",
            "figure:killed denies camp=yerevan -> killed camp=baku «dozens of Armenian soldiers were killed»",
        );
        check(
            "Azerbaijan claimed to have killed hundreds of Armenian troops. Armenia said there were no casualties.",
            "figure:killed denies camp=yerevan -> killed camp=baku «killed hundreds»",
        );
        check(
            "أعلنت باكو مقتل عشرات الجنود الأرمن. لكن يريفان قالت إنها لم تسجل أي خسائر.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل عشرات»",
        );
        check(
            "قالت وزارة الدفاع الأذربيجانية إنها قتلت المئات من الجنود الأرمن. وقالت وزارة الدفاع الأرمينية إن وحداتها لم تتكبد أي خسائر.",
            "figure:killed denies camp=yerevan -> killed camp=baku «قتلت المئات»",
        );
    }

    /// A vague figure in a statement's background ("a war that has killed
    /// hundreds") is no headline: a bare "denied that" answers the statement.
    #[test]
    fn a_vague_figure_is_not_what_a_bare_denial_answers() {
        check(
            "Armenia said its forces had destroyed an Azerbaijani brigade in a war that has killed hundreds. Baku denied that.",
            "statement denies camp=baku -> statement camp=yerevan «its forces had destroyed an Azerbaijani brigade in a war that has killed hundreds»",
        );
    }

    #[test]
    fn no_toll_before_no_link() {
        check("Baku said Armenian units shelled Tartar. Yerevan said its forces suffered no losses.", "");
        check("قالت باكو إن وحدات أرمينية قصفت ترتر. وقالت يريفان إنها لم تسجل أي خسائر.", "");
    }
}

// --- 9. Reports: the media's voice --------------------------------------------

mod reports {
    use super::*;

    #[test]
    fn a_figure_in_denied_reports_is_the_reports() {
        check(
            "The Azerbaijani army denied reports that Armenian shelling had killed 16 civilians.",
            "figure:killed denies camp=baku -> killed camp=media «killed 16»",
        );
        check(
            "Baku denied reports that 40 soldiers were killed in the ambush.",
            "figure:killed denies camp=baku -> killed camp=media «40 soldiers were killed»",
        );
        check(
            "ونفى الجيش الأذربيجاني أنباء عن مقتل 16 مدنيا في القصف.",
            "figure:killed denies camp=baku -> killed camp=media «مقتل 16»",
        );
    }
}

// --- 10. Refusing is not denying ----------------------------------------------

mod refusals {
    use super::*;

    #[test]
    fn a_refused_demand_is_no_denial() {
        check(
            "Baku said Armenian units must withdraw from the border villages. Yerevan rejected the withdrawal from the villages.",
            "",
        );
        check("طالبت باكو بانسحاب الوحدات الأرمينية من القرى. ورفضت يريفان الانسحاب من القرى.", "");
        check(
            "Baku said the commander of the border units was replaced. Yerevan dismissed the commander of the units.",
            "",
        );
    }

    #[test]
    fn a_rejected_claim_is_one() {
        check(
            "Baku said Armenian units shelled the border villages. Yerevan rejected these claims.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «Armenian units shelled the border villages»",
        );
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرى الحدودية. ورفضت يريفان هذه الاتهامات.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرى الحدودية»",
        );
    }
}

// --- 11. A template claim answered by a pointer -------------------------------

mod template_targets {
    use super::*;

    #[test]
    fn forces_taking_part() {
        check(
            "Baku accused Armenian troops of taking part in the fighting. Yerevan refuted this, saying its soldiers stayed home.",
            "forces_took_part:armenian denies camp=yerevan -> forces_took_part:armenian camp=baku «Armenian troops of taking part in the fighting»",
        );
        check(
            "قالت باكو إن جنودا أرمن شاركوا في المعارك. ونفت يريفان هذه الادعاءات.",
            "forces_took_part:armenian denies camp=yerevan -> forces_took_part:armenian camp=baku «جنودا أرمن شاركوا في المعارك»",
        );
        check_propositions(
            "قالت باكو إن قوات أرمينية شاركت في القتال. ونفت يريفان هذه الادعاءات.",
            "forces_took_part:armenian asserts camp=baku; forces_took_part:armenian denies camp=yerevan",
        );
    }
}

// --- 12. Whose reports ---------------------------------------------------------

mod whose_reports {
    use super::*;

    #[test]
    fn a_party_named_beside_the_reports() {
        check(
            "The Azerbaijani ministry dismissed the reports of Armenia regarding a night raid on the border.",
            "statement denies camp=baku -> statement camp=yerevan «the reports of Armenia regarding a night raid on the border»",
        );
        check(
            "The Armenian spokeswoman denied the Azerbaijani reports on a raid near the border as fake news.",
            "statement denies camp=yerevan -> statement camp=baku «Azerbaijani reports on a raid near the border»",
        );
        check(
            "ونفت وزارة الدفاع الأرمينية التقارير الأذربيجانية عن غارة ليلية على الحدود.",
            "statement denies camp=yerevan -> statement camp=baku «التقارير الأذربيجانية عن غارة ليلية على الحدود»",
        );
    }

    #[test]
    fn a_camp_calling_the_other_side_s_words_false_agrees_with_its_own_denial() {
        check_propositions(
            "Armenia denied that its forces shelled Tartar. The Armenian spokeswoman called the accusations false information.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
        // The accusation named as Azerbaijan's is Azerbaijan's assertion; both
        // Armenian voices deny it.
        check_propositions(
            "Armenia denied Azerbaijani accusations that its forces shelled Tartar. The Armenian spokeswoman called this false information.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan; strikes_on_towns:armenian:2020-10-12 asserts camp=baku; \
             strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
    }
}

// --- 13. Strikes by a side, in the orders news uses ----------------------------

mod strikes {
    use super::*;

    #[test]
    fn relative_clause_verb_first_passive_and_nationality() {
        check_propositions(
            "قال الادعاء الأذربيجاني إن مدنيين قتلوا في هجوم صاروخي شنه الجيش الأرميني.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
        check_propositions(
            "وقالت باكو إن ضربة صاروخية أرمينية أصابت مدرسة في بردعة.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
        check_propositions(
            "Baku said an Armenian missile strike had hit a school in Barda.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
        check_propositions(
            "Baku said the attack was carried out by the Armenian army.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
    }

    #[test]
    fn responsibility_put_on_a_side_s_strike() {
        check_propositions(
            "Hamas accused an Israeli air strike of killing hundreds at the hospital.",
            "strikes_on_towns:israel:2020-10-12 asserts camp=hamas",
        );
        check_propositions(
            "The governor accused a Russian missile strike of destroying the school.",
            "strikes_on_towns:russian:2020-10-12 asserts camp=other",
        );
        check_propositions(
            "Kyiv accused a Russian missile strike of killing five people in the village.",
            "strikes_on_towns:russian:2020-10-12 asserts camp=ukraine",
        );
        check_propositions(
            "وقالت وزارة الصحة في غزة إنها تتهم الجيش الإسرائيلي بقصف المستشفى.",
            "strikes_on_towns:israel:2020-10-12 asserts camp=palestine",
        );
        check_propositions(
            "وقال المتحدث باسم الحكومة الأوكرانية إن كييف تتهم الجيش الروسي بقصف المدرسة.",
            "strikes_on_towns:russian:2020-10-12 asserts camp=ukraine",
        );
        check_propositions(
            "وقالت الخارجية الأرمينية إن يريفان تتهم القوات الأذربيجانية باستهداف المسجد.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan",
        );
    }

    #[test]
    fn striking_back_after_coming_under_fire_denies_starting_it() {
        check_propositions(
            "The Armenian ministry said its units counterattacked after coming under fire near Talish.",
            "offensive_launched:armenian denies camp=yerevan",
        );
        check_propositions(
            "Baku insisted that its forces counter-attacked after they came under fire from Armenian positions.",
            "offensive_launched:azerbaijani denies camp=baku",
        );
        check_propositions(
            "Baku said its troops launched a counter-attack after coming under attack overnight.",
            "offensive_launched:azerbaijani denies camp=baku",
        );
        check_propositions(
            "وأكدت يريفان أن وحداتها قامت بهجوم مضاد بعد تعرضها لهجوم أذربيجاني.",
            "offensive_launched:armenian denies camp=yerevan",
        );
        check_propositions(
            "وقالت باكو إن الجيش نفذ هجوما مضادا بعد تعرضه لقصف أرميني.",
            "offensive_launched:azerbaijani denies camp=baku",
        );
        check_propositions(
            "وقالت وزارة الدفاع الأرمينية إن قواتها ردت بهجوم مضاد بعد تعرضها لنيران أذربيجانية.",
            "offensive_launched:armenian denies camp=yerevan",
        );
    }

    #[test]
    #[ignore = "known gap: \"شنت هجوما\" reads an offensive launched before \"مضادا\" says it was a counter-attack"]
    fn a_counter_attack_is_no_offensive() {
        check_propositions(
            "وقالت وزارة الدفاع الأذربيجانية إن قواتها شنت هجوما مضادا بعد تعرضها لقصف أرميني.",
            "offensive_launched:azerbaijani denies camp=baku",
        );
    }

    #[test]
    fn the_blame_put_on_a_side() {
        check_propositions(
            "Hamas has blamed the blast on Israel.",
            "strikes_on_towns:israel:2020-10-12 asserts camp=hamas",
        );
        check_propositions(
            "Kyiv blamed the explosion on Russia, while Moscow said it was a Ukrainian missile.",
            "strikes_on_towns:russian:2020-10-12 asserts camp=ukraine",
        );
        check_propositions(
            "The governor blamed the shelling on Russian forces.",
            "strikes_on_towns:russian:2020-10-12 asserts camp=other",
        );
        check_propositions(
            "وقالت حماس إنها تلقي باللوم على إسرائيل في الانفجار.",
            "strikes_on_towns:israel:2020-10-12 asserts camp=hamas",
        );
        check_propositions(
            "وقال مسؤول أوكراني إن كييف تلقي اللوم على روسيا في القصف.",
            "strikes_on_towns:russian:2020-10-12 asserts camp=ukraine",
        );
        check_propositions(
            "وقالت وزارة الدفاع الأذربيجانية إنها تلقي باللوم على الجيش الأرميني في الضربة.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
    }

    #[test]
    fn an_army_blaming_a_misfired_rocket_denies_its_strike() {
        check_propositions(
            "The Israeli military blamed a misfired rocket fired by militants for the blast.",
            "strikes_on_towns:israel:2020-10-12 denies camp=israel",
        );
        check_propositions(
            "The Azerbaijani military blamed an errant Armenian rocket for the fire.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku",
        );
        check_propositions(
            "The Russian army has blamed a failed Ukrainian missile for the blast.",
            "strikes_on_towns:russian:2020-10-12 denies camp=moscow",
        );
        check_propositions(
            "وعزا الجيش الإسرائيلي الانفجار إلى صاروخ فاشل أطلقته حركة الجهاد.",
            "strikes_on_towns:israel:2020-10-12 denies camp=israel",
        );
        check_propositions(
            "وقال الجيش الروسي إن الانفجار نجم عن صاروخ أوكراني فاشل.",
            "strikes_on_towns:russian:2020-10-12 denies camp=moscow",
        );
        check_propositions(
            "وقال الجيش الأذربيجاني إن الحريق سببه قذيفة طائشة.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku",
        );
    }

    #[test]
    fn a_side_that_did_not_bomb_the_hospital() {
        check_propositions(
            "The US official said Russia likely did not bomb the children's hospital in Kyiv.",
            "strikes_on_towns:russian:2020-10-12 denies camp=washington",
        );
        check_propositions(
            "Washington said Israel did not shell the school in Rafah.",
            "strikes_on_towns:israel:2020-10-12 denies camp=washington",
        );
        check_propositions(
            "US officials said Russia did not bomb the maternity hospital in Mariupol.",
            "strikes_on_towns:russian:2020-10-12 denies camp=washington",
        );
        check_propositions(
            "قالت واشنطن إن إسرائيل لم تقصف المستشفى على الأرجح.",
            "strikes_on_towns:israel:2020-10-12 denies camp=washington",
        );
        check_propositions(
            "وقالت موسكو إن روسيا لم تقصف المدرسة.",
            "strikes_on_towns:russian:2020-10-12 denies camp=moscow",
        );
        check_propositions(
            "وقال المسؤول الأمريكي إن روسيا لم تضرب السوق في المدينة.",
            "strikes_on_towns:russian:2020-10-12 denies camp=washington",
        );
    }

    #[test]
    fn the_side_is_not_the_speaker_s_nationality() {
        // No gap between the side and its verb: a speech verb never stands in it.
        check_propositions("The Sudanese army said the RSF did not bomb the market in El Fasher.", "");
        check_propositions("وكانت وزارة الدفاع الأذربيجانية قد قالت إن المدفعية الأرمينية قصفت المستشفى ليلا.", "");
        check_propositions("The Azerbaijani ministry said the RSF bombed the market.", "");
    }

    #[test]
    fn a_side_that_did_not_shell_the_town() {
        check_propositions(
            "Yerevan said Armenia did not shell the town.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
    }
}

// --- 13b. "..., which X denied": a relative denial of the clause before ----------

mod relative_denials {
    use super::*;

    #[test]
    fn english_which_something() {
        check(
            "Baku said Armenian units shelled the village, which Yerevan denied.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
        check(
            "Baku said Armenian saboteurs crossed the border at night, something Armenia denies.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs crossed the border at night»",
        );
        check(
            "The Azerbaijani ministry said Armenian troops were moving toward the pass, which Yerevan rejected.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops were moving toward the pass»",
        );
    }

    #[test]
    fn arabic_wa_huwa_ma_al_amr_alladhi() {
        check(
            "أعلنت باكو أن وحدات أرمينية قصفت القرية، وهو ما نفته يريفان.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "قالت باكو إن مخربين أرمن عبروا الحدود ليلا، الأمر الذي نفته أرمينيا.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود ليلا»",
        );
        check(
            "أكدت باكو أن قوات أرمينية تتحرك نحو الممر، وهذا ما تنفيه يريفان بشكل قاطع.",
            "statement denies camp=yerevan -> statement camp=baku «قوات أرمينية تتحرك نحو الممر»",
        );
    }

    /// The clause before the pointer is what is denied, read as a statement
    /// or not: never a statement of an earlier sentence.
    #[test]
    fn never_reach_an_earlier_sentence() {
        check(
            "Baku says its troops will stay only as border guards. Turkish media point to an Armenian plan to attack the pass soon, which Yerevan strongly denied.",
            "",
        );
        check(
            "تقول باكو إن قواتها ستبقى حرسا للحدود فقط. وتحدثت وسائل إعلام تركية عن خطة أرمينية لمهاجمة الممر قريبا، الأمر الذي نفته يريفان بشدة.",
            "statement denies camp=yerevan -> statement camp=media «خطة أرمينية لمهاجمة الممر قريبا»",
        );
        check(
            "تقول باكو إن قواتها ستبقى حرسا للحدود فقط. وتفيد تقارير تركية بخطة أرمينية لمهاجمة الممر قريبا، وهو ما نفته يريفان بشدة.",
            "",
        );
    }

    /// «وتشير مصادر إلى أن ...»: "indicate that" reports as "said that" does.
    #[test]
    fn after_a_verb_of_pointing_out() {
        check(
            "تقول باكو إن قواتها ستبقى حرسا للحدود فقط. وتشير مصادر أذربيجانية إلى أن أرمينيا أعدت خطة لمهاجمة الممر، الأمر الذي نفته يريفان بشدة.",
            "statement denies camp=yerevan -> statement camp=baku «أرمينيا أعدت خطة لمهاجمة الممر»",
        );
    }

    #[test]
    fn a_relative_clause_about_the_speaker_denies_for_its_antecedent() {
        check(
            "Baku said Armenian units shelled the village. Yerevan, which denied the reports, said its troops held the line.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرية. وقالت يريفان، التي نفت هذه الاتهامات، إن قواتها لم تتحرك.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "Baku said Armenian units shelled the village. The Armenian ministry, which has rejected these claims, said talks would go on.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
        check(
            "Baku said Armenian units shelled the village. The ministry, which rejected the proposal, said talks would go on.",
            "",
        );
    }

    /// "..., which Yerevan denied", «، الأمر الذي نفته يريفان»: a denial
    /// trailing the statement it points at answers it even when its maker is
    /// a body of no known camp («وزارة الدفاع», "the spokesman").
    #[test]
    fn a_trailing_denial_answers_a_body_of_no_camp() {
        check(
            "وقالت وزارة الدفاع إن القوات سيطرت على المعسكر الجبلي، الأمر الذي نفته يريفان.",
            "statement denies camp=yerevan -> statement camp=other «القوات سيطرت على المعسكر الجبلي»",
        );
        check(
            "وأكد المتحدث باسم الجيش أن المدفعية دمرت مستودع الذخيرة، وهو ما نفته أرمينيا.",
            "statement denies camp=yerevan -> statement camp=other «المدفعية دمرت مستودع الذخيرة»",
        );
        check(
            "وذكر مدير المستشفى أن القذائف أصابت الجناح الشرقي، وهو ما نفته باكو.",
            "statement denies camp=baku -> statement camp=other «القذائف أصابت الجناح الشرقي»",
        );
        check(
            "The defence ministry said its troops had stormed the hill camp, which Yerevan denied.",
            "statement denies camp=yerevan -> statement camp=other «its troops had stormed the hill camp»",
        );
        check(
            "A ministry spokesman said artillery had destroyed the ammunition depot, a claim Yerevan rejected.",
            "statement denies camp=yerevan -> statement camp=other «artillery had destroyed the ammunition depot»",
        );
        check(
            "The hospital director said shells had hit the east wing, a claim denied by Baku.",
            "statement denies camp=baku -> statement camp=other «shells had hit the east wing»",
        );
    }

    /// A denial in the next sentence still needs such a body to name the
    /// denier: "the ministry" may be the denier's own.
    #[test]
    fn a_later_denial_of_a_body_of_no_camp_needs_the_denier_named() {
        check("وقالت وزارة الدفاع إن القوات سيطرت على المعسكر الجبلي. ونفت يريفان ذلك.", "");
        check("The defence ministry said its troops had stormed the hill camp. Yerevan denied this.", "");
        check("قال مدير المستشفى إن القذائف أصابت الجناح الشرقي. وقد نفت باكو هذه الأنباء.", "");
    }

    /// «في وقت نفت فيه يريفان هذه المزاعم»: the pronoun that takes up «وقت»
    /// stands between the denial verb and its subject.
    #[test]
    fn a_resumptive_pronoun_between_the_denial_verb_and_its_subject() {
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرية، في وقت نفت فيه يريفان هذه المزاعم.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "أعلنت وزارة الدفاع الأذربيجانية أن قواتها دمرت مستودع الذخيرة، في وقت نفت فيه أرمينيا الخبر.",
            "statement denies camp=yerevan -> statement camp=baku «قواتها دمرت مستودع الذخيرة»",
        );
        check(
            "أكدت يريفان أن طائرة مسيرة أذربيجانية أسقطت فوق البلدة، في وقت تنفي فيه باكو ذلك.",
            "aircraft_downed denies camp=baku -> aircraft_downed camp=yerevan «طائرة مسيرة أذربيجانية أسقطت»",
        );
    }
}

// --- 13a. A quoted first-person denial is the quoted speaker's -----------------

mod quoted_first_person {
    use super::*;

    #[test]
    fn english_we_deny_in_quotes() {
        check(
            "Baku said Armenian saboteurs crossed the border at night. A Yerevan spokesman said, \"We categorically deny these allegations.\"",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs crossed the border at night»",
        );
        check(
            "The Azerbaijani ministry said Armenian units shelled the village. \"We reject these claims,\" Yerevan said.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
        check(
            "Baku said Armenian troops were moving toward the pass. Armenia said: \"We strongly deny this.\"",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops were moving toward the pass»",
        );
    }

    #[test]
    fn arabic_nanfi_in_quotes() {
        check(
            "قالت باكو إن مخربين أرمن عبروا الحدود ليلا. وقال متحدث باسم يريفان: «ننفي هذه الادعاءات».",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود ليلا»",
        );
        check(
            "أعلنت باكو أن وحدات أرمينية قصفت القرية. وقالت يريفان في بيان: «نحن ننفي هذه المزاعم».",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "قالت باكو إن قوات أرمينية تتحرك نحو الممر. وقالت أرمينيا: «إننا ندحض هذه الادعاءات».",
            "statement denies camp=yerevan -> statement camp=baku «قوات أرمينية تتحرك نحو الممر»",
        );
    }

    #[test]
    fn ankara_the_verb_of_denying() {
        check(
            "قالت باكو إن مخربين أرمن عبروا الحدود ليلا. وأنكرت يريفان هذه الادعاءات.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود ليلا»",
        );
        check(
            "أعلنت باكو أن وحدات أرمينية قصفت القرية. وقال متحدث باسم يريفان: «ننكر هذه المزاعم».",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "قالت باكو إن قوات أرمينية تتحرك نحو الممر. وأنكر المتحدث باسم وزارة الدفاع الأرمينية ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «قوات أرمينية تتحرك نحو الممر»",
        );
    }

    #[test]
    fn not_a_first_person_denial() {
        // Negated, or another subject: the quoted speaker denies nothing.
        check(
            "Baku said Armenian saboteurs crossed the border at night. A Yerevan spokesman said, \"We do not deny these allegations.\"",
            "",
        );
        check(
            "Baku said Armenian saboteurs crossed the border at night. A Yerevan spokesman said, \"They deny these allegations.\"",
            "",
        );
        check("قالت باكو إن مخربين أرمن عبروا الحدود ليلا. وقال متحدث باسم يريفان: «لا ننفي هذه الادعاءات».", "");
    }
}

// --- 14. Known gaps -------------------------------------------------------------

mod gaps {
    use super::*;

    #[test]
    fn a_template_claim_inside_the_owner_s_words() {
        check_propositions(
            "Armenia denied Azerbaijan's claim that its army had captured the town of Hadrut.",
            "city_captured:hadrut denies camp=yerevan; city_captured:hadrut asserts camp=baku",
        );
        check_propositions(
            "Yerevan rejected Baku's claim that Azerbaijani troops had captured the town of Shushi.",
            "city_captured:shusha denies camp=yerevan; city_captured:shusha asserts camp=baku",
        );
        check_propositions(
            "ونفت أرمينيا مزاعم أذربيجان بأن قواتها سيطرت على مدينة شوشا.",
            "city_captured:shusha denies camp=yerevan; city_captured:shusha asserts camp=baku",
        );
    }

    #[test]
    #[ignore = "known gap: \"نفى الجيش ... قصف\" is read as a template wording with the army as its side, and the accusation after \"وجاء ذلك بعد أن اتهمت\" loses its speaker"]
    fn an_accusation_reported_after_the_denial() {
        check(
            "نفى الجيش الأذربيجاني قصف مدرسة في القرية. وجاء ذلك بعد أن اتهمت يريفان الجيش الأذربيجاني بقصف المدرسة.",
            "statement denies camp=baku -> statement camp=yerevan «الجيش الأذربيجاني بقصف المدرسة»",
        );
    }
}

// --- An apposition, an aside or a relay after the speaker -------------------

mod speaker_asides {
    use super::*;

    #[test]
    fn an_office_set_off_after_the_denier_is_the_denier_s() {
        check(
            "وقالت وسائل إعلام إن 30 جنديا أرمينيا قتلوا في الهجوم. ونفى أحمد سالم، المتحدث باسم وزارة الدفاع الأرمينية، هذه المعلومات.",
            "figure:killed denies camp=yerevan -> killed camp=media «30 جنديا أرمينيا قتلوا»",
        );
        check(
            "وقالت وسائل إعلام إن 30 جنديا أرمينيا قتلوا في الهجوم. ونفى أحمد سالم، الناطق باسم “العملية”، التي تشنها القوات الأرمينية، هذه المعلومات.",
            "figure:killed denies camp=other -> killed camp=media «30 جنديا أرمينيا قتلوا»",
        );
        check(
            "Media reports said 30 Armenian soldiers were killed in the attack. \"These reports are false,\" said John Smith, the spokesman for the Armenian defence ministry.",
            "figure:killed denies camp=yerevan -> killed camp=media «30 Armenian soldiers were killed»",
        );
    }

    #[test]
    fn an_outlet_that_carried_a_statement_is_no_speaker() {
        check_propositions(
            "Baku said Armenian forces shelled the town of Barda. The Armenian ministry said in a statement carried by Al Jazeera that Azerbaijani forces shelled the town.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan",
        );
        check_propositions(
            "وقالت وزارة الدفاع الأرمينية في بيان أوردته قناة الجزيرة إن القوات الأذربيجانية قصفت مدينة ستيباناكيرت.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan",
        );
        check_propositions(
            "وأكدت وزارة الدفاع الأرمينية، في بيان نشرته وكالة الأناضول، أن القوات الأذربيجانية قصفت مدينة ستيباناكيرت.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan",
        );
    }

    #[test]
    fn the_speaker_of_a_verb_is_no_agent_of_what_it_reports() {
        check_propositions(
            "Baku said Armenian forces shelled the town of Barda.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
        check_propositions("Turkey accused Kurdish forces of shelling the town.", "");
        check_propositions(
            "Armenia denied that Azerbaijani forces shelled the town.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=yerevan",
        );
    }
}

mod crash_by_fault {
    use super::*;

    #[test]
    fn a_crash_put_down_to_a_fault_denies_a_shoot_down() {
        check_propositions(
            "Baku said it shot down an Armenian bomber. The Armenian ministry said the bomber crashed because of a technical malfunction.",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "Yerevan said the crash of its jet was caused by a mechanical failure.",
            "aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "The Armenian army blamed a technical fault for the crash of the helicopter.",
            "aircraft_downed denies camp=yerevan",
        );
        check_propositions("وقالت يريفان إن المروحية سقطت بسبب عطل فني.", "aircraft_downed denies camp=yerevan");
        check_propositions(
            "وعزت وزارة الدفاع الأرمينية تحطم الطائرة إلى خلل تقني.",
            "aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "وأعلنت باكو إسقاط قاذفة أرمينية، فيما قالت يريفان إن خللا فنيا أدى إلى سقوط الطائرة.",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
    }

    #[test]
    fn a_crash_alone_denies_nothing() {
        check_propositions("The Armenian ministry said the bomber crashed near the border.", "");
        check_propositions("وقالت يريفان إن المروحية تحطمت قرب الحدود.", "");
        check_propositions("A technical fault delayed the convoy, the army said.", "");
    }
}

mod parts_of_a_toll {
    use super::*;

    #[test]
    fn a_disputed_toll_is_its_total_not_its_part() {
        check(
            "Baku said strikes killed nearly 30 Armenian soldiers, including four officers. Yerevan disputed the claim.",
            "figure:killed denies camp=yerevan -> killed camp=baku «killed nearly 30»",
        );
        check(
            "قالت باكو إن الضربات قتلت 30 جنديا أرمينيا بينهم 4 ضباط. ونفت يريفان هذه الادعاءات.",
            "figure:killed denies camp=yerevan -> killed camp=baku «قتلت 30»",
        );
        check(
            "The Armenian ministry said 40 people were killed, among them 12 children. Baku rejected these figures.",
            "figure:killed denies camp=baku -> killed camp=yerevan «40 people were killed»",
        );
    }
}

mod ceasefire_accusations {
    use super::*;

    #[test]
    fn an_accused_side_broke_the_ceasefire() {
        check_propositions(
            "Yerevan accused Azerbaijan of violating the ceasefire.",
            "ceasefire_broken:azerbaijani asserts camp=yerevan",
        );
        check_propositions(
            "The Armenian army accused Azerbaijani forces of breaking the truce on Sunday.",
            "ceasefire_broken:azerbaijani asserts camp=yerevan",
        );
        check_propositions(
            "Baku said Armenian troops had breached the ceasefire.",
            "ceasefire_broken:armenian asserts camp=baku",
        );
        check_propositions(
            "واتهمت يريفان القوات الأذربيجانية بخرق الهدنة.",
            "ceasefire_broken:azerbaijani asserts camp=yerevan",
        );
    }
}

mod what_a_party_said {
    use super::*;

    #[test]
    fn denying_what_a_party_said_is_that_party_s_statement() {
        check_propositions(
            "Yerevan denied what Baku said about the shelling of the village.",
            "statement denies camp=yerevan; statement asserts camp=baku",
        );
        check_propositions(
            "Armenia rejected what Azerbaijan claimed about its troops near the border.",
            "statement denies camp=yerevan; statement asserts camp=baku",
        );
        check_propositions(
            "نفت يريفان ما أعلنته باكو بشأن قصف القرية.",
            "statement denies camp=yerevan; statement asserts camp=baku",
        );
    }
}

mod object_nouns {
    use super::*;

    #[test]
    fn the_truth_of_a_claim_is_what_is_denied_not_who_denies() {
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرية. وقال المتحدث باسم وزارة الدفاع الأرمينية إن ذلك غير صحيح، ونفى صحة هذه الادعاءات.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»; \
             statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "أعلنت باكو أن قوات أرمينية تتمركز في الممر. ونفت يريفان صحة ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «قوات أرمينية تتمركز في الممر»",
        );
        check(
            "قالت باكو إن مخربين أرمن عبروا الحدود. ونفت وزارة الدفاع الأرمينية صحة هذه الاتهامات.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود»",
        );
    }
}

mod no_one_refutes_himself {
    use super::*;

    #[test]
    fn a_speaker_named_again_by_his_last_name_is_the_same_speaker() {
        // The reports he calls fake news are the media's, never his own statement.
        check(
            "Colonel John Smith said armed gunmen attacked the village. Colonel Smith later said reports of heavy losses were fake news.",
            "statement denies camp=- -> statement camp=media «reports of heavy losses»",
        );
        check(
            "Police chief Ali Hassan said separatist fighters shelled the town. Hassan called the claims of a massacre lies.",
            "",
        );
        check("قال العقيد أحمد سالم إن مسلحين هاجموا القرية. ونفى سالم صحة هذه الاتهامات.", "");
    }

    #[test]
    fn an_office_and_a_name_set_off_by_commas_are_one_speaker() {
        check(
            "نفى المتحدث باسم القوات المشتركة، العقيد سامر حرب، وقوع أي قصف في المحافظة. وأكد حرب عدم وقوع أي غارات على قرى المحافظة. وتطابق نفي المتحدث باسم القوات المشتركة مع تأكيد مصادر محلية عدم حدوث انفجارات في قرى المحافظة.",
            "",
        );
        check(
            "نفى الناطق باسم الشرطة، المقدم رامي يوسف، حدوث أي اشتباك في الحي. وأكد يوسف عدم وقوع أي إطلاق نار في شوارع الحي. وجاء نفي الناطق باسم الشرطة بعد تأكيد سكان عدم حدوث اشتباكات في شوارع الحي.",
            "",
        );
        // The reports he calls baseless are the media's, never his own words.
        check(
            "Azerbaijan's defence ministry spokesman, Colonel Sam Harb, denied any shelling in the region on Tuesday. Harb said that no air strikes hit the villages of the region. Reports of strikes on the villages of the region are baseless, the defence ministry spokesman said.",
            "statement denies camp=baku -> statement camp=media «Reports of strikes on the villages of the region»",
        );
        check(
            "The police spokesman, Captain Rami Yousef, denied any clash in the district. Yousef said no shots were fired in the streets of the district. Residents' accounts of shots in the streets of the district are false, the police spokesman added.",
            "",
        );
    }

    #[test]
    fn two_spokesmen_are_two_speakers() {
        check_propositions(
            "The MNDAA spokesman said the group had captured Lashio. But the junta spokesman said the claim was not true.",
            "city_captured:lashio asserts camp=other; city_captured:lashio denies camp=other",
        );
    }
}

mod denial_verbs_are_not_inverted {
    use super::*;

    /// "..., says the ombudsman." closes a sentence on its speaker; "...,
    /// denied any losses on Tuesday." closes it on what is denied.
    #[test]
    fn the_words_after_a_denial_verb_before_the_full_stop_are_its_object() {
        check(
            "Armenia said 5 Azerbaijani soldiers were killed. Azerbaijan's defence ministry spokesman, Colonel Sam Harb, denied any losses on Tuesday.",
            "figure:killed denies camp=baku -> killed camp=yerevan «5 Azerbaijani soldiers were killed»",
        );
        check(
            "Armenia said 5 Azerbaijani soldiers were killed. The army's spokeswoman, Major Lale Aliyeva, denied any casualties in the fighting.",
            "figure:killed denies camp=baku -> killed camp=yerevan «5 Azerbaijani soldiers were killed»",
        );
        check(
            "Baku said Armenian units shelled the village of Talish. An Armenian ministry spokesman, Colonel Sam Harb, denied shelling the village.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village of Talish»",
        );
    }
}

mod a_pointer_after_a_clause_break {
    use super::*;

    /// The clause before "while X denied this" holds what "this" is, even
    /// when no speech verb let it be read: the sentence before is not it.
    #[test]
    fn points_at_its_own_sentence_not_the_one_before() {
        check(
            "The Nigerian army said its forces defended the base against the attack. The group in a message on Telegram that 20 soldiers were killed, while Osman denied this.",
            "",
        );
        check(
            "Police in Kano said officers repelled the raid on the station. Residents on social media that dozens of officers fled the station, but Captain Musa denied this.",
            "",
        );
        check(
            "قال الجيش النيجيري إن قواته صدت الهجوم على القاعدة. والتنظيم في رسالة على تلغرام أن عشرات الجنود قتلوا، فيما نفى عثمان ذلك.",
            "",
        );
    }

    #[test]
    fn a_clause_read_in_its_own_sentence_is_still_answered() {
        check(
            "قال الجيش إن قواته صدت الهجوم. وذكر التنظيم في رسالة على تلغرام سقوط عشرات الجنود في الهجوم، فيما نفى المتحدث باسم الجيش ذلك.",
            "statement denies camp=other -> statement camp=- «سقوط عشرات الجنود في الهجوم»",
        );
    }
}

mod a_toll_judged_too_high {
    use super::*;

    /// "the Kabul-declared toll": a speech word joined by a hyphen is part
    /// of an adjective, no verb; "of killed militia" says whose dead, not
    /// whose claim. The toll judged is the figure given before.
    #[test]
    fn answers_the_figure_given_before() {
        check(
            "The Afghan army said 90 Taliban fighters were killed in Kandahar. The Taliban denied any clashes, adding that the Kabul-declared toll of killed militia was too high to be true.",
            "figure:killed denies camp=taliban -> killed camp=afghanistan «90 Taliban fighters were killed»",
        );
        check(
            "The Afghan army said 90 Taliban fighters were killed in Kandahar. The Taliban said the Kabul-reported toll was false.",
            "figure:killed denies camp=taliban -> killed camp=afghanistan «90 Taliban fighters were killed»",
        );
        check(
            "قال الجيش الأفغاني إن 90 مسلحا قتلوا في قندهار. وقالت طالبان إن حصيلة قتلى الميليشيا غير صحيحة.",
            "figure:killed denies camp=taliban -> killed camp=afghanistan «90 مسلحا قتلوا»",
        );
    }
}

mod a_denier_whose_name_holds_a_speech_word {
    use super::*;

    #[test]
    fn denies_in_its_own_name() {
        check(
            "Al-Shabab said its fighters killed three US soldiers. The United States denied losing three of its soldiers.",
            "statement denies camp=washington -> statement camp=al-shabaab «its fighters killed three US soldiers»",
        );
        check(
            "The United States on Monday denied losing three of its soldiers in an attack on Friday. Al-Shabab had claimed that its fighters killed three American soldiers.",
            "statement denies camp=washington -> statement camp=al-shabaab «its fighters killed three American soldiers»",
        );
        check(
            "The Houthis said their drones hit a destroyer in the Red Sea. The United States denied the claims.",
            "vessel_hit:2020-10-12 denies camp=washington -> vessel_hit:2020-10-12 camp=houthis «hit a destroyer»",
        );
    }
}

mod no_losses_before_the_toll {
    use super::*;

    /// "No losses" said first answers the next toll another party gives of
    /// the people the denier speaks for.
    #[test]
    fn answers_the_toll_given_next() {
        check(
            "قال الجيش إنه لم تسجل أي خسائر في صفوف قواته. وأعلنت حركة الشباب مقتل 7 جنود في الهجوم.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «مقتل 7»",
        );
        check(
            "قال الجيش إن جنوده لم يتكبدوا أي خسائر في الهجوم. وقالت حركة الشباب إن مقاتليها قتلوا 5 جنود.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «قتلوا 5»",
        );
        check(
            "The army said its soldiers suffered no casualties in the attack. Al-Shabaab said its fighters killed five soldiers.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «killed five»",
        );
        check(
            "The ministry said no soldiers were killed in the raid on the base. But the Islamic State said 12 soldiers died.",
            "figure:killed denies camp=other -> killed camp=islamic-state «12 soldiers died»",
        );
    }

    #[test]
    fn not_a_toll_of_other_people_nor_the_denier_s_own() {
        check(
            "The army said its soldiers suffered no casualties. Al-Shabaab said 7 civilians were killed in the market.",
            "",
        );
        check("The army said its soldiers suffered no casualties. The army later said 3 soldiers were wounded.", "");
        check("قال الجيش إن جنوده لم يتكبدوا أي خسائر. وقال الجيش لاحقا إن 3 جنود أصيبوا.", "");
    }
}

mod a_claim_of_strikes_judged_false {
    use super::*;

    /// "the Houthi claims of coalition strikes ... were false": words that
    /// name no figure deny the statement, not the toll it gave.
    #[test]
    fn denies_the_statement_not_its_toll() {
        check(
            "قال الحوثيون إن 20 مقاتلا قتلوا في غارات للتحالف على مواقعهم. وقال المتحدث باسم التحالف إن مزاعم الحوثيين عن غارات على مواقعهم كاذبة.",
            "statement denies camp=other -> statement camp=houthis «20 مقاتلا قتلوا في غارات للتحالف على مواقعهم»",
        );
        check(
            "A Houthi spokesman said 20 fighters were killed in coalition air strikes on their positions. A coalition spokesman said the Houthi claims of coalition strikes on their positions were false.",
            "statement denies camp=other -> statement camp=houthis «20 fighters were killed in coalition air strikes on their positions»",
        );
        check(
            "Rebels said 12 civilians died when army shells hit the market. The army said the rebel claims of shelling the market were baseless.",
            "statement denies camp=other -> statement camp=- «12 civilians died when army shells hit the market»",
        );
    }
}

mod a_denial_verb_with_a_pronoun_written_on {
    use super::*;

    /// «نفاه», «نفاها», «نفوه»: the final letter of «نفى» and «نفوا» changes
    /// before a pronoun.
    #[test]
    fn is_a_denial_verb() {
        check(
            "قال المتحدث باسم الحوثيين إن القوات السعودية قصفت السوق، وهو ما نفاه التحالف.",
            "strikes_on_towns:saudi-arabia:2020-10-12 denies camp=- -> strikes_on_towns:saudi-arabia:2020-10-12 camp=houthis «القوات السعودية قصفت»",
        );
        check(
            "قالت باكو إن القوات الأرمينية قصفت المدينة، وهي رواية نفاها المتحدث باسم وزارة الدفاع الأرمينية.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية قصفت»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية، وهو ما نفوه في باكو.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
    }
}

mod a_party_s_assertion_denied {
    use super::*;

    /// «نفى ... تأكيد طالبان سيطرتها»: "the Taliban's assertion" points at
    /// what the Taliban said, as "Moscow's assertion" does.
    #[test]
    fn answers_that_party_s_statement() {
        check(
            "قالت طالبان إنها تسيطر على 85 بالمئة من أراضي أفغانستان. ونفى مسؤولون حكوميون تأكيد طالبان سيطرتها على معظم أراضي البلاد.",
            "statement denies camp=other -> statement camp=taliban «تسيطر على 85 بالمئة من أراضي أفغانستان»",
        );
        check(
            "أعلنت قوات الدعم السريع أنها سيطرت على مقر القيادة العامة في الخرطوم. ورفض الجيش السوداني تأكيدات الدعم السريع بشأن السيطرة على مقر القيادة.",
            "statement denies camp=sudan -> statement camp=rsf «سيطرت على مقر القيادة العامة في الخرطوم»",
        );
        check(
            "Moscow said its forces had taken the town of Soledar. Kyiv rejected Moscow's assertion that it controls the town.",
            "city_captured:soledar denies camp=ukraine -> city_captured:soledar camp=moscow «taken the town of Soledar»",
        );
    }
}

mod a_denial_of_one_s_own_act {
    use super::*;

    /// "the RSF denied firing at the plane": of the statements it may answer,
    /// the one that names the denier as the doer, not a later one that only
    /// says the plane was hit.
    #[test]
    fn answers_the_statement_that_names_the_denier() {
        check(
            "Sudan's army said the Rapid Support Forces shot at a Turkish plane at the airport. Turkey said the plane was hit at the airport but nobody was hurt. The RSF denied firing at the plane.",
            "statement denies camp=rsf -> statement camp=sudan «the Rapid Support Forces shot at a Turkish plane at the airport»",
        );
        check(
            "قال الجيش السوداني إن قوات الدعم السريع استهدفت طائرة تركية في المطار. وقالت وزارة الدفاع التركية إن الطائرة أصيبت في المطار دون إصابات. ونفت قوات الدعم السريع استهداف الطائرة في المطار.",
            "statement denies camp=rsf -> statement camp=sudan «قوات الدعم السريع استهدفت طائرة تركية في المطار»",
        );
        check(
            "Baku said Armenian units shelled a bus in Tartar. Russia's defence ministry said the bus in Tartar was hit and two passengers were hurt. Yerevan denied shelling the bus in Tartar.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled a bus in Tartar»",
        );
    }
}

mod fired_at_is_no_death_by_gunfire {
    use super::*;

    /// "a plane was fired at" says nothing of how anyone died; firing at
    /// people ("at the crowd", "toward us") does.
    #[test]
    fn without_someone_firing() {
        check_propositions("Turkey said its evacuation plane was fired at as it landed at the airport.", "");
        check_propositions("The RSF denied firing at the plane on Friday.", "");
        check_propositions(
            "Witnesses said soldiers fired at the crowd outside the market.",
            "deaths_by_gunfire asserts camp=-",
        );
        check_propositions(
            "Witnesses said the troops kept firing toward them near the aid site.",
            "deaths_by_gunfire asserts camp=-",
        );
    }
}

mod a_figure_given_not_claimed {
    use super::*;

    /// "refuted claims that the seven persons killed were civilians": a
    /// figure after a definite article is given; what is said of the dead
    /// is what is denied, not their number.
    #[test]
    fn leaves_the_statement_denied() {
        check(
            "Residents said seven civilians were killed in the gunfight. Police refuted claims of local residents that the seven persons killed in the gunfight were civilians.",
            "statement denies camp=other -> statement camp=- «seven civilians were killed in the gunfight»",
        );
        check(
            "قال السكان إن سبعة مدنيين قتلوا في الاشتباك. ونفت الشرطة ادعاءات السكان بأن القتلى السبعة في الاشتباك كانوا مدنيين.",
            "statement denies camp=other -> statement camp=- «سبعة مدنيين قتلوا في الاشتباك»",
        );
        check(
            "Villagers said the army killed 12 farmers. The army denied that the 12 men killed in the raid were farmers.",
            "statement denies camp=other -> statement camp=- «the army killed 12 farmers»",
        );
    }
}

mod all_this_is_a_lie {
    use super::*;

    /// «كل هذا كذب», «هذا كذب»: a pointer called a lie judges what it
    /// points at, as "this is a lie" does.
    #[test]
    fn judges_what_was_said() {
        check_propositions(
            "اتهمت تركيا روسيا باستهداف المدنيين في إدلب، فقالت المتحدثة باسم الخارجية الروسية: \"كل هذا كذب\".",
            "strikes_on_towns:russian:2020-10-12 asserts camp=ankara; civilians_targeted asserts camp=ankara; civilians_targeted denies camp=moscow",
        );
        check_propositions(
            "قالت باكو إن القوات الأرمينية قصفت المدينة. وقال المتحدث باسم وزارة الدفاع الأرمينية إن هذا كذب.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
        check_propositions(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. وقال المتحدث باسم الرئاسة الأذربيجانية إن كل ذلك كذب.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan; strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku",
        );
    }
}

mod a_figure_called_overstated {
    use super::*;

    #[test]
    fn is_denied() {
        check(
            "Al-Shabaab said Pentagon claims of 150 militants killed were overstated.",
            "figure:killed denies camp=al-shabaab -> killed camp=washington «150 militants killed»",
        );
        check(
            "Kyiv said 500 Russian soldiers were killed. Moscow said the figures were grossly overstated.",
            "figure:killed denies camp=moscow -> killed camp=ukraine «500 Russian soldiers were killed»",
        );
        check(
            "Al-Shabaab said American claims of over 150 militants killed were far overstated.",
            "figure:killed denies camp=al-shabaab -> killed camp=washington «over 150 militants killed»",
        );
    }
}

mod no_evidence_of {
    use super::*;

    /// "no evidence of", «ليس لديه أدلة على»: what there is no evidence of
    /// is denied.
    #[test]
    fn denies_what_follows() {
        check(
            "The government said NATO strikes killed 85 civilians in the village. NATO said it had no evidence to support government claims that the strikes killed 85 people.",
            "figure:killed denies camp=- -> killed camp=other «killed 85»",
        );
        check(
            "قالت الحكومة الليبية إن غارات الناتو قتلت 85 مدنيا في القرية. وقال حلف الناتو إنه ليس لديه أدلة على مزاعم الحكومة بأن الغارات قتلت 85 شخصا.",
            "figure:killed denies camp=- -> killed camp=other «قتلت 85»",
        );
        check_propositions(
            "قالت باكو إن القوات الأرمينية قصفت المدينة. وقالت يريفان إنه لا دليل على قصف المدينة.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
    }
}

mod a_statement_of_an_earlier_month {
    use super::*;

    /// A denial that reports the claim it rejects does not go on to a later
    /// sentence the text dates to a named month: that is background.
    #[test]
    fn is_not_what_the_denial_reported() {
        check(
            "رفضت القوة الإثيوبية مزاعم حركة الشباب عن مقتل جنود إثيوبيين في كمين. وفي أكتوبر الماضي، أعلنت حركة الشباب مسؤوليتها عن مقتل 30 جنديا إثيوبيا في كمين.",
            "statement denies camp=ethiopia -> statement camp=al-shabaab «مزاعم حركة الشباب عن مقتل جنود إثيوبيين في كمين»",
        );
        check(
            "The Ethiopian force rejected al-Shabaab claims that Ethiopian soldiers were killed in an ambush. In October, al-Shabaab said it had killed 30 Ethiopian soldiers in an ambush.",
            "statement denies camp=ethiopia -> statement camp=al-shabaab «al-Shabaab claims that Ethiopian soldiers were killed in an ambush»",
        );
        check(
            "رفضت القوة الإثيوبية مزاعم حركة الشباب عن مقتل جنود إثيوبيين في كمين. وقالت حركة الشباب إن مقاتليها قتلوا جنودا إثيوبيين في الكمين.",
            "statement denies camp=ethiopia -> statement camp=al-shabaab «مقاتليها قتلوا جنودا إثيوبيين في الكمين»",
        );
    }
}

mod a_denial_of_responsibility_answers_the_blame {
    use super::*;

    /// "denied responsibility for the attack" after a statement that names
    /// the denier as the doer answers it, though they share no other word.
    #[test]
    fn of_the_statement_naming_the_denier() {
        check(
            "قال الجيش الهندي إن القوات الباكستانية نفذت هجمات بطائرات مسيرة على الحدود الغربية. ونفت باكستان مسؤوليتها عن أي هجوم.",
            "statement denies camp=pakistan -> statement camp=india «القوات الباكستانية نفذت هجمات بطائرات مسيرة على الحدود الغربية»",
        );
        check(
            "Kyiv said Russian forces struck the market in the town. Moscow denied any involvement in the blast.",
            "strikes_on_towns:russian:2020-10-12 denies camp=moscow -> strikes_on_towns:russian:2020-10-12 camp=ukraine «Russian forces struck»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية أطلقت النار على مواقعها الحدودية. ونفت باكو مسؤوليتها عن الحادث.",
            "deaths_by_gunfire denies camp=baku -> deaths_by_gunfire camp=yerevan «أطلقت النار على»",
        );
    }
}

mod conjoined_verbs {
    use super::*;

    #[test]
    fn a_speech_verb_with_a_conjunction_written_on_ends_the_object() {
        check(
            "قال مسؤول أرميني إن 23 جنديا أذربيجانيا قتلوا. لكن باكو نفت صحة تلك الأخبار وأكدت أن الهجوم وقع.",
            "figure:killed denies camp=baku -> killed camp=yerevan «23 جنديا أذربيجانيا قتلوا»",
        );
        check(
            "قال مسؤول أرميني إن 23 جنديا أذربيجانيا قتلوا. ونفت باكو هذه الأنباء وقالت إن جنديين أصيبا.",
            "figure:killed denies camp=baku -> killed camp=yerevan «23 جنديا أذربيجانيا قتلوا»",
        );
        check(
            "An Armenian official said 23 Azerbaijani soldiers were killed. Baku denied these reports and said two soldiers were wounded.",
            "figure:killed denies camp=baku -> killed camp=yerevan «23 Azerbaijani soldiers were killed»",
        );
    }
}

mod negated_denial_phrases {
    use super::*;

    #[test]
    fn no_truth_to_is_said_by_the_speaker_around_it() {
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرية. وأعلنت وزارة الدفاع الأرمينية أنه لا صحة لهذه الادعاءات، واصفة إياها بالاستفزاز.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "وأعلنت وزارة الدفاع الأرمينية أنه لا صحة لتقارير وسائل الإعلام بشأن قصف القرية، معتبرة إياها حربا إعلامية.",
            "statement denies camp=yerevan -> statement camp=media «لتقارير وسائل الإعلام بشأن قصف القرية»",
        );
        check(
            "Baku said Armenian units shelled the village. The Armenian ministry said there was no truth to these claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
    }
}

mod participles_and_passives {
    use super::*;

    #[test]
    fn a_participle_denial_is_the_clause_speaker_s() {
        check_propositions(
            "Rebels said they captured the town of Hadrut. Armenia's army said it still controls the town of Hadrut, rejecting claims of its fall.",
            "city_captured:hadrut asserts camp=-; city_captured:hadrut denies camp=yerevan",
        );
        check(
            "Baku said Armenian units shelled the village. An Armenian general said on Tuesday that his units held their lines, refuting these claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
        check(
            "Baku said Armenian units shelled the village. The Armenian ministry said the army held its lines, dismissing the claims as lies.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
    }

    #[test]
    fn a_town_overrun_or_fallen_is_captured() {
        check_propositions("Baku said the town of Hadrut had been overrun.", "city_captured:hadrut asserts camp=baku");
        check_propositions(
            "Local media said Shusha was captured on Sunday.",
            "city_captured:shusha asserts camp=media",
        );
        check_propositions(
            "Reports said the town of Lachin had fallen to Azerbaijani forces.",
            "city_captured:lachin asserts camp=media",
        );
    }

    #[test]
    fn a_speech_word_after_a_preposition_is_a_noun() {
        check_propositions(
            "Armenia says it still holds the town of Hadrut, contrary to reports that the town has been overrun.",
            "city_captured:hadrut denies camp=yerevan; city_captured:hadrut asserts camp=media",
        );
        check_propositions(
            "Armenia says it still holds the town of Hadrut amid reports that the town had been captured.",
            "city_captured:hadrut denies camp=yerevan; city_captured:hadrut asserts camp=media",
        );
        check_propositions(
            "Armenia says it still holds the town of Hadrut despite claims that the town was seized.",
            "city_captured:hadrut denies camp=yerevan",
        );
    }
}

mod owners_further_on {
    use super::*;

    #[test]
    fn an_accusation_by_a_party_named_a_few_words_on_is_that_party_s() {
        check_propositions(
            "Baku denied an accusation by the leader of the Armenian government that its troops had crossed the border.",
            "statement denies camp=baku; statement asserts camp=yerevan",
        );
        check_propositions(
            "Yerevan rejected claims made by officials in the Azerbaijani capital that its army had shelled the border.",
            "statement denies camp=yerevan; statement asserts camp=baku",
        );
        check_propositions(
            "نفت باكو اتهامات صادرة عن مسؤولين في الحكومة الأرمينية بأن قواتها عبرت الحدود.",
            "statement denies camp=baku; statement asserts camp=yerevan",
        );
    }
}

mod no_event {
    use super::*;

    #[test]
    fn saying_no_clash_happened_denies_an_attack_just_reported() {
        check_propositions(
            "The Armenian army said Azerbaijani troops attacked its positions near the border. Baku said there was no clash whatsoever.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan; strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku",
        );
        check(
            "Yerevan said 11 Armenian soldiers were killed in an ambush. Baku said there had been no armed clashes in any region.",
            "statement denies camp=baku -> statement camp=yerevan «11 Armenian soldiers were killed in an ambush»",
        );
        check_propositions(
            "قالت يريفان إن القوات الأذربيجانية هاجمت مواقعها على الحدود. وقالت باكو إنه لم تقع أي اشتباكات في المنطقة.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan; strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku",
        );
    }

    #[test]
    fn no_clash_after_no_attack_denies_nothing() {
        check("Baku said 5 Armenian drones were shot down. Yerevan said there were no clashes overnight.", "");
        check("The ministry said there were no clashes overnight.", "");
        check("قالت باكو إن المفاوضات مستمرة. وقالت يريفان إنه لم تقع أي اشتباكات.", "");
    }
}

mod refutations_after_denials {
    use super::*;

    #[test]
    fn a_refuter_of_no_known_camp_agrees_with_the_denial_before() {
        check_propositions(
            "Baku said it shot down two Armenian drones. The interior ministry in Yerevan denied that any drone had been shot down. A ministry spokesman said the claim was not true.",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "أعلنت باكو إسقاط طائرتين مسيرتين أرمينيتين. ونفت وزارة الدفاع الأرمينية إسقاط أي طائرة. وقال متحدث إن ذلك غير صحيح.",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "Baku said it shot down two Armenian drones. Yerevan denied that any drone had been shot down. Officials said the report was false.",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
    }
}

mod full_control {
    use super::*;

    #[test]
    fn a_side_in_full_control_of_a_town_denies_its_capture() {
        check_propositions(
            "Rebels said they captured the town of Hadrut. The government said it was in full control of the town.",
            "city_captured:hadrut asserts camp=-; city_captured:hadrut denies camp=other",
        );
        check_propositions(
            "The Armenian army said the town of Hadrut is under full government control.",
            "city_captured:hadrut denies camp=yerevan",
        );
        check_propositions(
            "Yerevan said its forces remained in complete control of the town of Hadrut.",
            "city_captured:hadrut denies camp=yerevan",
        );
    }
}

mod doubt {
    use super::*;

    #[test]
    fn casting_doubt_on_a_claim_disputes_it() {
        check(
            "Baku said Armenian units shelled the village. Yerevan cast doubt on these claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled the village»",
        );
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرية. وشككت يريفان في هذه الادعاءات.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
        check(
            "قالت باكو إن وحدات أرمينية قصفت القرية. وشكك المتحدث باسم وزارة الدفاع الأرمينية في هذه الرواية.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت القرية»",
        );
    }
}

// --- Words that call something false are the denier's -----------------------

mod verdicts_are_denials {
    use super::*;

    #[test]
    fn a_statement_calling_news_false_is_not_what_a_denial_answers() {
        // The first speaker's words are themselves a denial; the second
        // denial agrees with them and answers no one.
        check(
            "The rebel media office said the agency published false news about a raid on the village. A rebel source said the report is a lie.",
            "",
        );
        check(
            "قال المركز الإعلامي للمتمردين إن الوكالة نشرت أخبارا كاذبة عن مداهمة في القرية. وقال مصدر في المتمردين إن هذا الخبر كاذب.",
            "",
        );
        check(
            "The army spokesman described the reports as rumours and lies. An army officer said the reports were baseless.",
            "",
        );
    }

    #[test]
    fn reports_dismissed_as_fabrications_say_nothing_of_their_own() {
        check("The rebel group dismissed the reports as fabrications.", "");
        check("The Armenian ministry rejected the reports as lies.", "");
        check("ورفضت الحركة التقارير ووصفتها بأنها أكاذيب.", "");
    }
}

mod a_name_after_an_office {
    use super::*;

    #[test]
    fn a_name_given_after_an_office_is_the_same_speaker() {
        check(
            "A member of the local council, Omar Haddad, denied the reports and said the dead number no more than 20. Haddad told reporters this figure is not true.",
            "",
        );
        check(
            "نفى عضو المجلس المحلي عمر حداد التقارير وأوضح أن عدد القتلى لا يتجاوز العشرين. وقال حداد إن هذا العدد غير صحيح.",
            "",
        );
        check(
            "An aide to the governor, Sami Nasser, said 12 people were killed. Nasser later said the figure was inaccurate.",
            "",
        );
    }
}

mod a_backer_named_in_the_owner_s_name {
    use super::*;

    #[test]
    fn the_backed_party_owns_the_claim_not_its_backer() {
        check_propositions(
            "The Saudi-led coalition rejected claims by the Iran-backed Houthi rebels that they had shot down a coalition drone.",
            "aircraft_downed denies camp=arab-coalition; aircraft_downed asserts camp=houthis",
        );
        check_propositions(
            "The army dismissed claims by the Russian-backed separatists that they had shot down a helicopter.",
            "aircraft_downed denies camp=other; aircraft_downed asserts camp=donbas-separatists",
        );
        check_propositions(
            "The Saudi-led coalition denied claims by Iranian-supported Houthi rebels that they shot down a jet.",
            "aircraft_downed denies camp=arab-coalition; aircraft_downed asserts camp=houthis",
        );
    }
}

mod a_source_asking_not_to_be_named {
    use super::*;

    #[test]
    fn refusing_to_give_a_name_denies_nothing() {
        check("قال الجيش إن 12 مسلحا قتلوا. وكان مصدر عسكري رفض الكشف عن اسمه أفاد في وقت سابق بمقتل 5 جنود.", "");
        check("قالت الوزارة إن 4 مدنيين قتلوا. وقال مسؤول طلب عدم الكشف عن اسمه إن الهجوم وقع ليلا.", "");
        check("قال المتمردون إنهم سيطروا على البلدة. وقال ضابط رفض ذكر اسمه إن القتال مستمر.", "");
        check(
            "The army said 12 militants were killed. A soldier who declined to be named said the raid began at dawn.",
            "",
        );
        check(
            "The rebels said they took the town. An official who refused to be identified said the road was closed.",
            "",
        );
        check("Police said 4 people died. A witness, who asked not to be named, said the blast was loud.", "");
    }
}

mod a_pointer_at_figures {
    use super::*;

    #[test]
    fn a_denial_of_the_figures_answers_a_figure_not_a_later_remark() {
        check(
            "قالت الحكومة الإريترية إن قواتها قتلت 140 جنديا إثيوبيا، فيما قالت الإذاعة إنه لا يوجد مصدر مستقل للتحقق من ذلك. وقال وزير الإعلام الإثيوبي إن الأرقام ليست دقيقة.",
            "figure:killed denies camp=ethiopia -> killed camp=eritrea «قتلت 140»",
        );
        check(
            "قال الجيش السوداني إن 300 من المتمردين قتلوا، فيما قالت الإذاعة إن المعارك تواصلت طوال الليل. وقال متحدث باسم الدعم السريع إن هذه الأعداد غير صحيحة.",
            "figure:killed denies camp=rsf -> killed camp=sudan «300 من المتمردين قتلوا»",
        );
        check(
            "The Eritrean government said its troops killed 140 Ethiopian soldiers, while the radio said no independent source could verify it. The Ethiopian minister said the figures are not accurate.",
            "figure:killed denies camp=ethiopia -> killed camp=eritrea «killed 140»",
        );
    }
}

mod a_refutation_of_an_open_wording {
    use super::*;

    #[test]
    fn names_the_claim_it_answers() {
        check(
            "وقالت الحركة إن قوات حكومية وميليشيات حليفة لها شنت هجمات على مواقعها، فأصدر الجيش بيانا وصف فيه تلك التقارير بأنها مزاعم لا أساس لها من الصحة.",
            "offensive_launched:? denies camp=other -> offensive_launched:? camp=- «لها شنت هجمات»",
        );
        check(
            "وقال المتمردون إن قوات موالية لها شنت هجمات على القرية، فأصدر الجيش بيانا قصيرا وصف فيه الأنباء بأنها كاذبة.",
            "offensive_launched:? denies camp=other -> offensive_launched:? camp=- «لها شنت هجمات»",
        );
        // Neither party of a known camp: the army answers the rebels.
        check(
            "The rebels said that allied militias launched attacks on the village. The army said that this was baseless.",
            "statement denies camp=other -> statement camp=- «allied militias launched attacks on the village»",
        );
    }
}

mod a_claimant_of_no_known_camp {
    use super::*;

    #[test]
    fn is_answered_by_a_denier_of_a_known_camp() {
        check(
            "Rebels said they had taken control of the town of Kalembe. Ukraine denied the claims.",
            "city_captured:kalembe denies camp=ukraine -> city_captured:kalembe camp=- «taken control of the town of Kalembe»",
        );
        check(
            "قال المتمردون إنهم سيطروا على بلدة كاليمبي. ونفت الحكومة السودانية هذه الادعاءات.",
            "city_captured:كاليمبي denies camp=sudan -> city_captured:كاليمبي camp=- «سيطروا على بلدة كاليمبي»",
        );
        check(
            "Local activists said the militia shelled the market at dawn. The Syrian army rejected these claims.",
            "statement denies camp=syria -> statement camp=- «the militia shelled the market at dawn»",
        );
    }

    #[test]
    fn only_when_no_party_of_a_known_camp_said_it() {
        check(
            "The Russian defence ministry said its forces took the village of Kalembe, while activists said the village of Kalembe was captured. Kyiv denied the claims.",
            "city_captured:kalembe denies camp=ukraine -> city_captured:kalembe camp=moscow «took the village of Kalembe»",
        );
        check(
            "قالت وزارة الدفاع الروسية إن قواتها سيطرت على قرية كاليمبي، فيما قال ناشطون إن قرية كاليمبي سقطت. ونفت كييف هذه الادعاءات.",
            "city_captured:كاليمبي denies camp=ukraine -> city_captured:كاليمبي camp=moscow «سيطرت على قرية كاليمبي»",
        );
    }
}

mod claims_of_a_group_of_no_camp {
    use super::*;

    #[test]
    fn the_group_named_beside_the_claims_owns_them() {
        check(
            "Ukraine denied rebel claims to have taken the railway junction.",
            "statement denies camp=ukraine -> statement camp=- «rebel claims to have taken the railway junction»",
        );
        check(
            "The Syrian army dismissed claims by activists that its jets struck a bakery.",
            "statement denies camp=syria -> statement camp=- «claims by activists that its jets struck a bakery»",
        );
        check(
            "ونفى الناطق باسم الجيش السوداني ادعاءات المتمردين بحصار مقر القيادة.",
            "statement denies camp=sudan -> statement camp=- «ادعاءات المتمردين بحصار مقر القيادة»",
        );
    }

    #[test]
    fn their_later_words_are_not_told_from_anyone_s() {
        // The group's claim is the one the denial reports; a later sentence of
        // no known camp is not taken for the group's own words.
        check(
            "Ukraine denied rebel claims to have taken the junction. The ministry said fighting went on and soldiers had been taken prisoner.",
            "statement denies camp=ukraine -> statement camp=- «rebel claims to have taken the junction»",
        );
    }
}

mod no_such_incident {
    use super::*;

    #[test]
    fn an_incident_said_not_to_have_happened_denies_the_attack() {
        check(
            "The Islamic State said its fighters killed 6 Nigerian soldiers in an ambush, but a Nigerian army spokesman said no such incident was recorded.",
            "statement denies camp=nigeria -> statement camp=islamic-state «its fighters killed 6 Nigerian soldiers in an ambush»",
        );
        check(
            "Al-Shabaab said it killed 7 soldiers in an ambush. The Somali army said no such incident took place.",
            "statement denies camp=somalia -> statement camp=al-shabaab «it killed 7 soldiers in an ambush»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 7 جنود في كمين. وقال الجيش الصومالي إنه لم يقع أي حادث في المنطقة.",
            "statement denies camp=somalia -> statement camp=al-shabaab «قتلت 7 جنود في كمين»",
        );
    }
}

mod a_named_party_of_no_known_camp {
    use super::*;

    #[test]
    fn a_toll_or_account_owned_by_a_named_office_is_its_figure() {
        check(
            "The district governor said 52 gunmen died in the raid on the depot. A spokesman for the militia rejected the governor's toll.",
            "figure:killed denies camp=other -> killed camp=other «52 gunmen died»",
        );
        check(
            "The army said its troops killed 31 fighters near the bridge. The rebel leadership dismissed the army's account.",
            "figure:killed denies camp=- -> killed camp=other «killed 31»",
        );
        check(
            "قال المحافظ إن 52 مسلحا قتلوا في الهجوم على المستودع. ورفض المتحدث باسم المليشيا حصيلة المحافظ.",
            "figure:killed denies camp=other -> killed camp=other «52 مسلحا قتلوا»",
        );
    }

    #[test]
    fn a_party_the_object_names_is_not_another_speaker_of_the_catch_all_camp() {
        // The denial names the police; the toll is the hospital's.
        check(
            "The hospital director said 14 people were killed in the blast. A militia spokesman denied the police figures.",
            "",
        );
    }

    #[test]
    fn a_toll_described_at_length_runs_past_a_comma() {
        // The comma after a toll ends only the words saying which toll it is.
        check(
            "شكك الجيش في حصيلة القتلى المعلنة بعد قصف السوق المركزي في المدينة، والتي يقول مسؤولون محليون إنها بلغت 70 قتيلا.",
            "figure:killed denies camp=other -> killed camp=other «70 قتيلا»",
        );
    }
}

mod no_fatalities {
    use super::*;

    #[test]
    fn a_side_saying_it_lost_no_one_denies_the_toll_given_for_it() {
        check(
            "The army said 40 rebels were killed in the clashes. \"We have no fatalities,\" a rebel spokesman said.",
            "figure:killed denies camp=other -> killed camp=other «40 rebels were killed»",
        );
        check(
            "The army said 40 rebels were killed in the clashes. A rebel spokesman said the group lost no fighters.",
            "figure:killed denies camp=other -> killed camp=other «40 rebels were killed»",
        );
        check(
            "وقال الجيش إن 40 متمردا قتلوا في الاشتباكات. وقال متحدث باسم المتمردين إنه لا قتلى في صفوفهم.",
            "figure:killed denies camp=other -> killed camp=other «40 متمردا قتلوا»",
        );
        check(
            "أعلن الجيش مقتل 40 مسلحا في المعارك، لكن متحدثا باسم الجماعة قال إنهم لم يخسروا أحدا ولم يسقط أي قتيل في صفوفهم.",
            "figure:killed denies camp=other -> killed camp=other «مقتل 40»",
        );
    }
}

mod denial_of_any_toll {
    use super::*;

    /// "denied the strikes had caused any casualties": "any" a few words
    /// into a short clause still denies that anyone was counted.
    #[test]
    fn any_toll_in_a_short_clause() {
        check(
            "The rebels said they killed 12 soldiers in the ambush. The army denied the ambush had caused any casualties.",
            "figure:killed denies camp=other -> killed camp=- «killed 12»",
        );
        check(
            "The rebels said they killed 12 soldiers in the ambush. The army confirmed the ambush but denied it had caused any casualties.",
            "figure:killed denies camp=other -> killed camp=- «killed 12»",
        );
    }

    #[test]
    fn denying_any_losses_denies_the_toll_before_it() {
        check(
            "The rebels said they killed 12 soldiers in the ambush. The army denied suffering any casualties.",
            "figure:killed denies camp=other -> killed camp=- «killed 12»",
        );
        check(
            "The rebels said they killed 12 soldiers in the ambush. The army denied that any of its soldiers were killed.",
            "figure:killed denies camp=other -> killed camp=- «killed 12»",
        );
        check(
            "قال المتمردون إنهم قتلوا 12 جنديا في الكمين. ونفى الجيش وقوع أي خسائر في صفوفه.",
            "figure:killed denies camp=other -> killed camp=- «قتلوا 12»",
        );
        check(
            "قال المتمردون إنهم قتلوا 12 جنديا في الكمين. ونفى الجيش سقوط أي قتلى من عناصره.",
            "figure:killed denies camp=other -> killed camp=- «قتلوا 12»",
        );
    }

    #[test]
    fn denying_any_role_is_not_denying_a_toll() {
        check(
            "The rebels said they killed 12 soldiers in the ambush. The army denied any involvement in the killing of civilians.",
            "",
        );
        check("قال المتمردون إنهم قتلوا 12 جنديا في الكمين. ونفى الجيش أي مسؤولية عن مقتل المدنيين.", "");
    }
}

mod the_groups_claims {
    use super::*;

    #[test]
    fn a_group_word_in_the_object_names_the_armed_group_said_before() {
        check(
            "The Nasir Brigade said it has seized complete control of the town of Kuma. However, the Libyan army denied the group's claims.",
            "",
        );
        check(
            "Al-Shabaab said it killed 20 soldiers. The Somali army denied the group's claims.",
            "figure:killed denies camp=somalia -> killed camp=al-shabaab «killed 20»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 20 جنديا. ونفى الجيش الصومالي ادعاءات الحركة.",
            "figure:killed denies camp=somalia -> killed camp=al-shabaab «قتلت 20»",
        );
        check(
            "قال تنظيم أنصار الشريعة إنه سيطر بالكامل على مدينة مصراتة. لكن المشير خليفة حفتر نفى مزاعم الجماعة.",
            "city_captured:misrata denies camp=lna -> city_captured:misrata camp=ansar-al-sharia «سيطر بالكامل على مدينة مصراتة»",
        );
    }
}

mod institutions_of_no_known_camp {
    use super::*;

    #[test]
    fn an_institution_answers_a_group_of_no_camp() {
        check(
            "قال التنظيم إنه قتل 40 جنديا في الهجوم. لكن المتحدث باسم الجيش قال إن هذه الأنباء عارية تماما من الصحة.",
            "figure:killed denies camp=other -> killed camp=- «قتل 40»",
        );
        check(
            "The Dawa Front said its fighters killed 40 soldiers at the depot. A government spokesman dismissed these claims as completely false.",
            "figure:killed denies camp=other -> killed camp=- «killed 40»",
        );
        check(
            "وقالت جبهة الدعوة إن مقاتليها قتلوا 40 جنديا. ونفت الحكومة ذلك.",
            "figure:killed denies camp=other -> killed camp=- «قتلوا 40»",
        );
    }

    #[test]
    fn a_bare_office_does_not_answer_the_institution_it_speaks_for() {
        // "The spokesman" of no party named is the army's own voice.
        check(
            "كان الجيش أعلن السبت مقتل 3 من جنوده وإصابة 4 آخرين. وشدد المتحدث على أن هذه الإدعاءات عارية تماما من الصحة.",
            "",
        );
        check(
            "The army said on Saturday that 3 of its soldiers were killed and 4 wounded. The spokesman insisted that these claims were completely false.",
            "",
        );
    }
}

mod a_denial_repeated_as_its_own_noun {
    use super::*;

    #[test]
    fn the_absolute_object_is_the_same_denial() {
        // «ننفي هذا الكلام نفيا قاطعا»: one denial, not a second one spoken by «قاطعا».
        check("وقال قائد الكتيبة: نحن ننفي هذا الكلام نفيا قاطعا.", "");
        check(
            "قالت حركة الشباب إنها قتلت 20 جنديا. وقال قائد في الجيش: نحن ننفي هذا الكلام نفيا قاطعا.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «قتلت 20»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 20 جنديا. وقال ضابط في الجيش: \"ننفي هذا الكلام\".",
            "figure:killed denies camp=other -> killed camp=al-shabaab «قتلت 20»",
        );
    }
}

mod statements_of_a_party {
    use super::*;

    #[test]
    fn a_party_s_statements_name_its_claim() {
        check(
            "أعلنت روسيا سيطرتها على قرية كاليمبي. ونفى الجيش الأوكراني تصريحات موسكو.",
            "city_captured:كاليمبي denies camp=ukraine -> city_captured:كاليمبي camp=moscow «سيطرتها على قرية كاليمبي»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 20 جنديا. ونفى الجيش الصومالي تصريحات الحركة.",
            "figure:killed denies camp=somalia -> killed camp=al-shabaab «قتلت 20»",
        );
        check(
            "Moscow said its forces took the village of Kalembe. The Ukrainian army rejected these remarks.",
            "city_captured:kalembe denies camp=ukraine -> city_captured:kalembe camp=moscow «took the village of Kalembe»",
        );
    }
}

mod a_pointer_inside_the_denial_phrase {
    use super::*;

    #[test]
    fn denied_it_answers_what_was_said_before() {
        check(
            "The rebels said they killed 40 soldiers at the base. The army denied it.",
            "figure:killed denies camp=other -> killed camp=- «killed 40»",
        );
        check(
            "Russia's defence ministry said its forces killed 40 Ukrainian soldiers. The Ukrainian army denied it.",
            "figure:killed denies camp=ukraine -> killed camp=moscow «killed 40»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 20 جنديا. ونفت الحكومة ذلك.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «قتلت 20»",
        );
    }

    #[test]
    fn a_denier_is_not_the_speaker_just_before() {
        check(
            "قالت وزارة الدفاع الروسية إن قواتها قتلت 40 جنديا أوكرانيا. ونفى الجيش ذلك.",
            "figure:killed denies camp=other -> killed camp=moscow «قتلت 40»",
        );
    }

    #[test]
    fn denied_that_before_a_clause_is_no_pointer() {
        // "denied that the colonel was kidnapped" denies the kidnapping, not the toll.
        check(
            "The rebels said 85 soldiers were killed at the base. The army denied that the colonel was kidnapped.",
            "",
        );
        check("قال المتمردون إن 85 جنديا قتلوا. ونفى الجيش أن يكون العقيد قد خطف.", "");
    }
}

mod claims_no_one_owns {
    use super::*;

    #[test]
    fn a_figure_the_denied_claims_report_is_the_media_s() {
        // «مزاعم إعلامية أفادت بمقتل 25»: the 25 is the reports', never the denier's.
        check(
            "ونفت السلطات الكينية مزاعم إعلامية أفادت بمقتل 25 جنديا في هجوم.",
            "figure:killed denies camp=kenya -> killed camp=media «بمقتل 25»",
        );
        check(
            "ونفى الجيش الصومالي ادعاءات صحفية تحدثت عن مقتل 30 جنديا.",
            "figure:killed denies camp=somalia -> killed camp=media «مقتل 30»",
        );
        check(
            "The Kenyan army denied media claims that 25 soldiers were killed in the attack.",
            "figure:killed denies camp=kenya -> killed camp=media «25 soldiers were killed»",
        );
    }
}

mod verdicts_on_a_pronoun {
    use super::*;

    #[test]
    fn it_was_false_answers_what_was_said_before() {
        check(
            "The Polisario Front said it killed three Moroccan soldiers. The Moroccan government said it was false information.",
            "figure:killed denies camp=morocco -> killed camp=polisario «killed three»",
        );
        check(
            "The Polisario Front said it killed three Moroccan soldiers. A Moroccan army page called the claim a malicious rumour.",
            "figure:killed denies camp=morocco -> killed camp=polisario «killed three»",
        );
        check(
            "The Polisario Front said it killed three Moroccan soldiers. The Moroccan government said this was pure invention.",
            "figure:killed denies camp=morocco -> killed camp=polisario «killed three»",
        );
    }

    #[test]
    fn it_is_untrue_reports_that_still_leads_what_it_judges() {
        check(
            "The army says it is untrue reports that the rebels killed 30 of its men at the base.",
            "figure:killed denies camp=other -> killed camp=media «killed 30»",
        );
    }

    #[test]
    fn what_the_denier_called_the_claims_is_no_new_clause() {
        check(
            "أعلن الثوار السيطرة على مدينة الزاوية. ونفت الحكومة الليبية ما وصفتها بمزاعم المعارضة السيطرة على مدينة الزاوية.",
            "city_captured:الزاويا denies camp=libya -> city_captured:الزاويا camp=- «السيطرة على مدينة الزاوية»",
        );
        check(
            "The rebels said they had taken the town of Kuma. The government denied what it called rebel claims of capturing the town of Kuma.",
            "city_captured:kuma denies camp=other -> city_captured:kuma camp=- «taken the town of Kuma»",
        );
    }
}

mod claims_named_by_a_noun {
    use super::*;

    #[test]
    fn claims_by_a_party_are_its_statement() {
        check(
            "اندلعت اشتباكات وسط ادعاءات من قوات الدعم السريع بالسيطرة على مقر قيادة الجيش. ونفى القيادي في حركة العدل والمساواة هذه الادعاءات.",
            "statement denies camp=jem -> statement camp=rsf «بالسيطرة على مقر قيادة الجيش»",
        );
        check(
            "Fighting broke out amid claims by the Rapid Support Forces of capturing the army headquarters. A Justice and Equality Movement leader denied these claims.",
            "statement denies camp=jem -> statement camp=rsf «of capturing the army headquarters»",
        );
        check(
            "The army rejected claims by Boko Haram that it killed 40 soldiers.",
            "figure:killed denies camp=other -> killed camp=boko-haram «killed 40»",
        );
    }

    #[test]
    fn claims_by_officials_name_no_party() {
        check(
            "Fighting broke out amid claims by officials of a massacre in the village. The rebels denied these claims.",
            "",
        );
    }
}

mod claims_not_worth_a_reply {
    use super::*;

    #[test]
    fn a_dismissal_is_a_verdict() {
        check(
            "أعلن المتحدث باسم الحوثيين أن الهجوم أسفر عن مقتل 200 جندي سعودي. وقال المتحدث باسم التحالف الذي تقوده السعودية إنها ادعاءات لا تستحق الرد.",
            "figure:killed denies camp=arab-coalition -> killed camp=houthis «مقتل 200»",
        );
        check(
            "The Houthis said the attack killed 200 Saudi soldiers. A spokesman for the Saudi-led coalition said the claims were not worth responding to.",
            "figure:killed denies camp=arab-coalition -> killed camp=houthis «killed 200»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 20 جنديا. وقال الجيش الصومالي إنها أنباء مضللة.",
            "figure:killed denies camp=somalia -> killed camp=al-shabaab «قتلت 20»",
        );
    }
}

mod what_a_denial_denies_in_verb_first_order {
    use super::*;

    #[test]
    fn a_verbal_noun_after_the_subject_is_the_object() {
        // «نفت قوات التحالف استهداف منزل»: the targeting is denied, not part of the name.
        check_propositions(
            "نفت قوات التحالف استهداف المدنيين في القرية.",
            "civilians_targeted denies camp=arab-coalition",
        );
        check_propositions(
            "نفى الجيش السوداني قصف الأحياء السكنية في المدينة.",
            "civilians_targeted denies camp=sudan; strikes_on_towns:sudan:2020-10-12 denies camp=sudan",
        );
    }

    #[test]
    fn a_claim_after_after_is_not_what_is_denied() {
        // «بعد أن قال مسؤول إن 9 قتلوا»: the toll is the official's; the denial is of the targeting.
        check("نفت قوات التحالف استهداف منزل في القرية بعد أن قال مسؤول محلي إن تسعة مدنيين قتلوا في ضربة جوية.", "");
    }
}

mod has_disputed {
    use super::*;

    #[test]
    fn a_perfect_tense_dispute_is_a_denial() {
        check(
            "Iraq's military has disputed UN figures indicating that nearly 2,000 Iraqi troops were killed in November.",
            "figure:killed denies camp=iraq -> killed camp=un «nearly 2,000 Iraqi troops were killed»",
        );
        check(
            "The ministry has contested rebel claims that 40 soldiers were killed at the base.",
            "figure:killed denies camp=other -> killed camp=- «40 soldiers were killed»",
        );
        check("The disputed region saw 40 soldiers killed, the army said.", "");
    }
}

mod a_denial_that_leads_the_article {
    use super::*;

    #[test]
    fn answers_a_statement_further_on_that_shares_two_words() {
        check(
            "نفى الجيش السوداني أن تكون طائراته قصفت مستودع الوقود في المدينة. وقال شهود إن الاشتباكات تواصلت ليلا. وأضافوا أن الأسواق أغلقت. وقال الناطق باسم قوات الدعم السريع إن طائرات الجيش قصفت مستودع الوقود.",
            "statement denies camp=sudan -> statement camp=rsf «طائرات الجيش قصفت مستودع الوقود»",
        );
        check(
            "The Kremlin denied that its missile hit the children's hospital. Markets were closed. Trains stopped. Ukrainian officials said a Russian missile hit the children's hospital in Kyiv.",
            "statement denies camp=moscow -> statement camp=ukraine «a Russian missile hit the children's hospital in Kyiv»",
        );
    }

    #[test]
    fn a_party_with_an_enemy_answers_only_that_enemy_further_on() {
        // The Lebanese army only found the launchers; Hezbollah's denial answers Israel.
        check(
            "نفى حزب الله أي علاقة له بإطلاق الصواريخ من جنوب لبنان. وقالت مصادر إن الطرق أغلقت. وتوقفت المدارس. وقال الجيش اللبناني إنه عثر على منصات إطلاق الصواريخ في جنوب لبنان.",
            "",
        );
    }
}

mod the_toll_in_words_of_its_own {
    use super::*;

    #[test]
    fn words_after_a_toll_only_say_which_toll() {
        check(
            "The rebel group said on Friday it had killed 200 government troops, but the army denied the toll in the latest fighting.",
            "figure:killed denies camp=other -> killed camp=other «killed 200»",
        );
        check(
            "قالت الجماعة المتمردة إنها قتلت 200 جندي، لكن الجيش نفى حصيلة القتلى في المعارك الأخيرة.",
            "figure:killed denies camp=other -> killed camp=- «قتلت 200»",
        );
        check(
            "The rebels said they killed 200 troops. The army, which gave its own toll, denied that the colonel was captured.",
            "",
        );
    }
}

mod reports_that_deny {
    use super::*;

    #[test]
    fn reports_that_deny_are_the_denier_not_the_claim() {
        // «نفت بعض التقارير سماع السكان صافرات»: the residents claimed nothing.
        check(
            "وقال الجيش إنه أطلق صافرات الإنذار قبل سقوط القذيفة. بينما نفت بعض التقارير الإعلامية سماع السكان هناك أي صافرات تحذيرية.",
            "",
        );
        check("ونفت بعض التقارير سماع السكان أي انفجار في البلدة.", "");
    }
}

mod the_figure_a_statement_leads_with {
    use super::*;

    #[test]
    fn a_denial_of_the_claims_answers_the_first_figure_not_an_addition() {
        check(
            "The army said 30 militants were killed in the clashes near the border, adding that two soldiers also died. The rebels rejected the claims.",
            "figure:killed denies camp=- -> killed camp=other «30 militants were killed»",
        );
        check(
            "The rebels said they had killed 40 soldiers in the ambush and that three of their fighters died. The army dismissed the claims.",
            "figure:killed denies camp=other -> killed camp=- «killed 40»",
        );
        check(
            "قال الجيش إن 30 مسلحا قتلوا في الاشتباكات قرب الحدود، مضيفا أن جنديين قتلا أيضا. ونفى المتمردون هذه المزاعم.",
            "figure:killed denies camp=- -> killed camp=other «30 مسلحا قتلوا»",
        );
        check(
            "وقالت الجماعة إنها قتلت 25 جنديا في الهجوم، وأشارت إلى مقتل اثنين من عناصرها. ونفى الجيش هذه الادعاءات.",
            "figure:killed denies camp=other -> killed camp=- «قتلت 25»",
        );
    }

    #[test]
    fn a_later_sentence_of_the_same_speaker_is_a_statement_of_its_own() {
        // The headline is looked for in the sentence denied, not across sentences.
        check(
            "The army said 30 militants were killed on Monday. It said on Tuesday that 12 more were killed. The rebels rejected the claims.",
            "figure:killed denies camp=- -> killed camp=other «12 more were killed»",
        );
    }
}

mod a_denied_number_names_its_claim {
    use super::*;

    #[test]
    fn a_denial_naming_a_number_does_not_answer_another_number() {
        // The claim denied (34) is only in the denial; the army's 29 is another announcement.
        check(
            "Hezbollah denied that the Israeli army killed 34 of its fighters in strikes on the valley. On Sunday the Israeli army said 29 Hezbollah members were killed in strikes on the valley.",
            "",
        );
        check(
            "Azerbaijan said 40 Armenian soldiers were killed near Fuzuli. Armenia denied that 70 of its soldiers were killed near Fuzuli.",
            "",
        );
        check(
            "نفى حزب الله مقتل 34 من مقاتليه في الغارات على الوادي. وقال الجيش الإسرائيلي يوم الأحد إن 29 من عناصر الحزب قتلوا في الغارات على الوادي.",
            "",
        );
    }

    #[test]
    fn the_same_number_still_answers() {
        check(
            "Azerbaijan said 40 Armenian soldiers were killed near Fuzuli. Armenia denied that 40 of its soldiers were killed near Fuzuli.",
            "figure:killed denies camp=yerevan -> killed camp=baku «40 Armenian soldiers were killed»",
        );
        check(
            "قالت أذربيجان إن 40 جنديا أرمينيا قتلوا قرب فضولي. ونفت أرمينيا مقتل 40 من جنودها قرب فضولي.",
            "figure:killed denies camp=yerevan -> killed camp=baku «40 جنديا أرمينيا قتلوا»",
        );
    }
}

mod a_trailing_attribution {
    use super::*;

    #[test]
    fn who_reported_the_denial_is_no_part_of_what_is_denied() {
        check(
            "Colonel Rami Saleh, a spokesman for Haftar, said that his troops were in full control of the airbase. The Derna brigade denied losing the airbase to Haftar's troops, a local radio station reported.",
            "statement denies camp=- -> statement camp=lna «his troops were in full control of the airbase»",
        );
        check(
            "The YPG said Turkish soldiers had entered the town. Turkey denied that its soldiers had entered the town, the state news agency said.",
            "statement denies camp=ankara -> statement camp=sdf «Turkish soldiers had entered the town»",
        );
        check(
            "وقالت وحدات حماية الشعب إن جنودا أتراكا دخلوا البلدة. ونفت تركيا دخول جنودها إلى البلدة، قالت وكالة الأناضول.",
            "statement denies camp=ankara -> statement camp=sdf «جنودا أتراكا دخلوا البلدة»",
        );
    }
}

mod what_a_party_published {
    use super::*;

    #[test]
    fn a_verdict_on_what_a_party_published_reports_its_statement() {
        check(
            "The coalition spokesman said there was no truth to what the Houthi militia published about striking Jizan port.",
            "statement denies camp=other -> statement camp=houthis «the Houthi militia published about striking Jizan port»",
        );
        check(
            "Kyiv rejected what the Russian ministry published about the capture of the village.",
            "city_captured:? denies camp=ukraine -> city_captured:? camp=moscow «capture of the village»",
        );
    }
}

mod a_verdict_on_a_party_s_claims {
    use super::*;

    #[test]
    fn the_judge_is_the_speaker_not_the_party_whose_claims_are_judged() {
        check_propositions(
            "Armenia said claims by the Azerbaijani ministry that Armenian troops shelled the village were false.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
        check_propositions(
            "Armenia said the claims of the Azerbaijani ministry that Armenian troops shelled the village were false.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
        check_propositions(
            "وقالت أرمينيا إن ادعاءات وزارة الدفاع الأذربيجانية بأن القوات الأرمينية قصفت القرية كاذبة.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
    }

    #[test]
    fn the_claims_stand_before_a_long_name_and_that() {
        check_propositions(
            "Yerevan said the claims of the Defence Ministry of Azerbaijan that the attack was launched by the Armenian side are completely false.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
        check_propositions(
            "وقالت يريفان إن ادعاءات وزارة الدفاع في جمهورية أذربيجان بأن القوات الأرمينية قصفت القرية كاذبة تماما.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku; strikes_on_towns:armenian:2020-10-12 denies camp=yerevan",
        );
    }
}

mod a_long_subject_of_a_verdict {
    use super::*;

    #[test]
    fn a_verdict_judges_its_whole_subject_and_not_its_copula() {
        check(
            "The coalition spokesman said claims by the Houthi militia about carrying out a large ground operation across the Saudi border near Najran were media fabrications.",
            "statement denies camp=other -> statement camp=houthis «claims by the Houthi militia about carrying out a large ground operation across the Saudi border near Najran»",
        );
        check(
            "\"Indian claims of destroying a Pakistani army post along the border in the Kotli area are absolutely false,\" the Pakistani army spokesman said.",
            "statement denies camp=pakistan -> statement camp=india «Indian claims of destroying a Pakistani army post along the border in the Kotli area»",
        );
        check(
            "وقال المتحدث باسم التحالف إن ادعاءات ميليشيا الحوثي بشأن تنفيذ عملية عسكرية واسعة على الحدود مع منطقة جازان في جنوب المملكة أكاذيب.",
            "statement denies camp=other -> statement camp=houthis «ادعاءات ميليشيا الحوثي بشأن تنفيذ عملية عسكرية واسعة على الحدود مع منطقة جازان في جنوب المملكة»",
        );
    }
}

mod reports_that_speak_of_a_party {
    use super::*;

    #[test]
    fn reports_are_the_media_s_unless_a_party_is_named_beside_them() {
        check(
            "ونفت مصادر عسكرية روسية الأنباء التي تحدثت عن قصف مستشفى في حلب.",
            "statement denies camp=moscow -> statement camp=media «الأنباء التي تحدثت عن قصف مستشفى في حلب»",
        );
        check(
            "The Russian defence ministry denied reports about strikes on a hospital run by the Syrian opposition.",
            "statement denies camp=moscow -> statement camp=media «reports about strikes on a hospital run by the Syrian opposition»",
        );
        check(
            "ونفت وزارة الدفاع الروسية أنباء أذربيجانية عن قصف مستشفى.",
            "statement denies camp=moscow -> statement camp=baku «أنباء أذربيجانية عن قصف مستشفى»",
        );
        check(
            "Moscow dismissed reports on Monday by Georgia's Defence Ministry that a Russian helicopter had come down on Georgian soil killing three.",
            "figure:killed denies camp=moscow -> killed camp=georgia «killing three»",
        );
    }

    #[test]
    fn a_relative_pronoun_after_reports_stands_for_the_reports() {
        check(
            "نفت المصادر الروسية الأنباء التي تحدثت عن قصف مستشفى في إدلب.",
            "statement denies camp=moscow -> statement camp=media «الأنباء التي تحدثت عن قصف مستشفى في إدلب»",
        );
        // Written with presentation forms («ﻷ») and diacritics, as pages have it.
        check(
            "نفت المصادر الروسية اﻷنباءَ التي تحدَّثت عن قصف مستشفى في إدلب.",
            "statement denies camp=moscow -> statement camp=media «اﻷنباءَ التي تحدَّثت عن قصف مستشفى في إدلب»",
        );
    }
}

mod what_claims_are_about {
    use super::*;

    #[test]
    fn a_party_named_after_about_is_the_topic_not_the_owner() {
        check("The rebels denied claims about the presence of al-Qaeda fighters in the northern countryside.", "");
        check("ونفت الفصائل ادعاءات حول وجود عناصر القاعدة في الريف الشمالي.", "");
        check(
            "ونفى جيش الإسلام ادعاءات روسيا حول وجود عناصر القاعدة في الريف الشمالي.",
            "statement denies camp=jaysh-al-islam -> statement camp=moscow «ادعاءات روسيا حول وجود عناصر القاعدة في الريف الشمالي»",
        );
        check(
            "Jaysh al-Islam denied Russia's claims regarding the presence of al-Qaeda fighters in the northern countryside.",
            "statement denies camp=jaysh-al-islam -> statement camp=moscow «Russia's claims regarding the presence of al-Qaeda fighters in the northern countryside»",
        );
    }
}

mod a_party_denies_a_count_of_its_own_people {
    use super::*;

    #[test]
    fn not_the_claimants_count_of_its_own_dead() {
        check(
            "At least 18 Armenian soldiers were killed in the fighting, the Azerbaijani ministry said. The soldiers died in two clashes, the ministry said, adding that one Azerbaijani soldier also died. Yerevan rejected the claims.",
            "figure:killed denies camp=yerevan -> killed camp=baku «At least 18 Armenian soldiers were killed»",
        );
        check(
            "قالت وزارة الدفاع الأذربيجانية إن 25 جنديا أرمينيا قتلوا في المعارك. وأضافت الوزارة أن 3 جنود أذربيجانيين قتلوا أيضا. ونفت يريفان هذه المزاعم.",
            "figure:killed denies camp=yerevan -> killed camp=baku «25 جنديا أرمينيا قتلوا»",
        );
    }

    #[test]
    fn the_claimants_own_dead_when_nothing_else_was_said() {
        check(
            "The Azerbaijani ministry said one Azerbaijani soldier died in the attack. Yerevan rejected the claims.",
            "figure:killed denies camp=yerevan -> killed camp=baku «one Azerbaijani soldier died»",
        );
    }
}

mod lies_and_reports_of_a_party {
    use super::*;

    #[test]
    fn a_lie_is_a_verdict() {
        check(
            "قالت وزارة الدفاع الأرمينية إن قناصة أذربيجانيين قتلوا 3 من جنودها على الحدود، لكن باكو قالت إن هذه الرواية كذب بين.",
            "figure:killed denies camp=baku -> killed camp=yerevan «قتلوا 3»",
        );
        check_propositions(
            "قالت أرمينيا إن القوات الأذربيجانية قصفت القرية. وقالت باكو إن هذه الرواية محض كذب.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=yerevan; strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku",
        );
        check(
            "Armenia said Azerbaijani troops killed 3 of its soldiers near the border. Baku said the report was an outright lie.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 3»",
        );
        check(
            "Armenia said Azerbaijani troops killed 3 of its soldiers near the border. Baku said the report does not reflect reality.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 3»",
        );
    }

    #[test]
    fn a_party_s_report_or_statements_are_its_claims() {
        check(
            "Baku denied the Armenian report of a ceasefire breach near the lake.",
            "statement denies camp=baku -> statement camp=yerevan «Armenian report of a ceasefire breach near the lake»",
        );
        check(
            "The ministry denied Armenia's report on an alleged ceasefire breach near the village.",
            "statement denies camp=other -> statement camp=yerevan «Armenia's report on an alleged ceasefire breach near the village»",
        );
        check(
            "Pakistan rejected Indian statements that its jets destroyed a training camp near Muzaffarabad.",
            "statement denies camp=pakistan -> statement camp=india «Indian statements that its jets destroyed a training camp near Muzaffarabad»",
        );
    }
}

mod reports_after_the_denier {
    use super::*;

    #[test]
    fn reports_after_a_named_subject_are_the_object() {
        check(
            "وفي وقت لاحق، رفضت وزارة الدفاع الأذربيجانية أيضا تقارير عن قصف قرى حدودية بالمدفعية.",
            "statement denies camp=baku -> statement camp=media «تقارير عن قصف قرى حدودية بالمدفعية»",
        );
        check(
            "ونفت تركيا تقارير عن دخول جنودها إلى البلدة.",
            "statement denies camp=ankara -> statement camp=media «تقارير عن دخول جنودها إلى البلدة»",
        );
        // The agency's own name holds a word for news: it stays the speaker's.
        check_propositions(
            "أفادت وكالة أرمنبريس للأنباء بأن القوات الأذربيجانية قصفت المدينة.",
            "strikes_on_towns:azerbaijani:2020-10-12 asserts camp=media",
        );
    }
}

mod reports_saying_and_verdicts_before_their_object {
    use super::*;

    #[test]
    fn a_participle_after_reports_says_what_they_say() {
        check(
            "The army dismissed reports alleging its soldiers abandoned two armoured vehicles near the river.",
            "statement denies camp=other -> statement camp=media «reports alleging its soldiers abandoned two armoured vehicles near the river»",
        );
        check(
            "The army dismissed reports saying its soldiers abandoned two armoured vehicles near the river.",
            "statement denies camp=other -> statement camp=media «reports saying its soldiers abandoned two armoured vehicles near the river»",
        );
        check(
            "ونفى الجيش تقارير تزعم أن الجنود تركوا آليتين مدرعتين قرب النهر.",
            "statement denies camp=other -> statement camp=media «تقارير تزعم أن الجنود تركوا آليتين مدرعتين قرب النهر»",
        );
    }

    #[test]
    fn a_participle_after_a_pointer_is_the_denier_s() {
        // «هذه الادعاءات قائلا إن ...»: the words after the participle are the denier's own.
        check(
            "وقالت الحكومة إن قوات الدعم السريع قصفت المدينة. ونفى القيادي في الحركة هذه الادعاءات قائلا إن الجيش قصف السوق.",
            "statement denies camp=- -> statement camp=other «قوات الدعم السريع قصفت المدينة»",
        );
    }

    #[test]
    fn a_verdict_before_its_object() {
        check(
            "The army dismissed as unfounded reports alleging its soldiers abandoned two armoured vehicles near the river.",
            "statement denies camp=other -> statement camp=media «reports alleging its soldiers abandoned two armoured vehicles near the river»",
        );
        check(
            "The army has described as untrue, reports circulating online that the militants overran its base at Dikwa.",
            "statement denies camp=other -> statement camp=media «reports circulating online that the militants overran its base at Dikwa»",
        );
    }
}

mod the_denier_goes_on_after_a_rejection {
    use super::*;

    #[test]
    fn a_participle_after_a_verdict_is_no_statement_to_deny() {
        // The denial that leads the article waits for a later statement; the
        // denier's own "saying ..." after "these claims were false" is not one.
        for text in [
            "A spokesman for fighters in Ethiopia's Tigray region rejected a media report that Tigrayan units had seized a market town near the front. Late on Sunday, several outlets said the TPLF had entered the town. But a TPLF official said these claims were false, saying Tigrayan units have not entered the town.",
            "نفى متحدث باسم قوات تيغراي تقريرا عن سيطرتها على البلدة. وقال ممثل عن الجبهة إن هذه المزاعم كاذبة، مؤكدا أن قوات تيغراي لم تدخل البلدة بعد.",
        ] {
            let actual = links(&extract(text));
            assert!(
                !actual.contains("not entered") && !actual.contains("لم تدخل"),
                "\ninput: {text}\nactual: {actual}"
            );
        }
    }
}

// "a claim denied by X": the party after a passive denial's agent word denies.
mod a_passive_denial_names_its_denier_after_by {
    use super::*;

    #[test]
    fn in_an_apposition() {
        check(
            "Azerbaijan accused Armenia of shelling Tartar, a claim denied by Yerevan.",
            "statement denies camp=yerevan -> statement camp=baku «Armenia of shelling Tartar»",
        );
        check(
            "Armenia said Azerbaijani drones had struck a bus near Lachin, allegations dismissed by Baku as lies.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani drones had struck a bus near Lachin»",
        );
    }

    #[test]
    fn after_a_passive_auxiliary() {
        check(
            "Azerbaijan said it had killed 40 Armenian soldiers. The claim was denied by Yerevan.",
            "figure:killed denies camp=yerevan -> killed camp=baku «killed 40»",
        );
        check(
            "Azerbaijan said it had killed 40 Armenian soldiers, a toll that has been rejected by Yerevan.",
            "figure:killed denies camp=yerevan -> killed camp=baku «killed 40»",
        );
    }

    #[test]
    fn arabic_relative_clause_of_the_same_meaning() {
        check(
            "واتهمت أذربيجان أرمينيا بقصف ترتر، وهو اتهام نفته يريفان.",
            "statement denies camp=yerevan -> statement camp=baku «أرمينيا بقصف ترتر»",
        );
        check(
            "وقالت أذربيجان إنها قتلت 40 جنديا أرمنيا، وهي أرقام نفتها يريفان.",
            "figure:killed denies camp=yerevan -> killed camp=baku «قتلت 40»",
        );
    }

    #[test]
    fn a_passive_with_no_agent_names_no_denier() {
        check_propositions("Azerbaijan said it had killed 40 Armenian soldiers. The claim was later denied.", "");
    }
}

// "dismissed the report as absurd": what the object is called ends it.
mod what_a_denial_calls_its_object {
    use super::*;

    #[test]
    fn is_no_part_of_the_object() {
        check(
            "Azerbaijan said it had shot down an Armenian drone. Armenia dismissed the report as absurd.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «shot down an Armenian drone»",
        );
        check(
            "Azerbaijan said its forces had shelled Armenian positions near Tavush. Yerevan rejected the claim as a fabrication.",
            "statement denies camp=yerevan -> statement camp=baku «its forces had shelled Armenian positions near Tavush»",
        );
        check(
            "Azerbaijan said it had shot down an Armenian drone near the border, a report dismissed by Armenia as ridiculous.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «shot down an Armenian drone»",
        );
    }

    #[test]
    fn a_denied_clause_keeps_its_own_as() {
        check(
            "Azerbaijan said Russian troops acted as Armenian guards. Moscow denied that its troops served as guards.",
            "statement denies camp=moscow -> statement camp=baku «Russian troops acted as Armenian guards»",
        );
    }

    #[test]
    fn arabic_description_after_the_denial() {
        check(
            "وقالت أذربيجان إنها أسقطت طائرة مسيرة أرمنية. ونفت أرمينيا الخبر ووصفته بأنه سخيف.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «أسقطت طائرة»",
        );
    }
}

// "two of our soldiers were killed, and about 100 Azerbaijani soldiers were
// wounded ... Baku called this account baseless": the account's count of the
// denier's people is what is denied, not the claimant's count of its own.
mod a_denied_account_counts_the_deniers_people {
    use super::*;

    #[test]
    fn not_the_claimants_own() {
        check(
            "وقال المتحدث باسم وزارة الدفاع الأرمنية إن جنديين أرمنيين قتلا وأصيب تسعة آخرون، وإن نحو 100 جندي أذربيجاني أصيبوا. وقالت وزارة الدفاع الأذربيجانية إن هذه الرواية لا أساس لها من الصحة.",
            "figure:wounded denies camp=baku -> wounded camp=yerevan «نحو 100 جندي أذربيجاني أصيبوا»",
        );
        check(
            "Armenia's defence ministry said two Armenian soldiers were killed and nine others wounded, and that about 100 Azerbaijani soldiers were wounded. Azerbaijan's defence ministry called this account baseless.",
            "figure:wounded denies camp=baku -> wounded camp=yerevan «about 100 Azerbaijani soldiers were wounded»",
        );
    }
}

// "denied the claim of the rebels 13 soldiers were killed": a claims word
// and a toll after it, "that" left out, name the toll denied.
mod a_claims_word_before_a_toll_without_that {
    use super::*;

    #[test]
    fn the_toll_inside_is_denied() {
        check(
            "The commander said six soldiers were wounded. Colonel Ivanov denied the claim of the rebels 13 soldiers were killed.",
            "figure:killed denies camp=- -> killed camp=- «13 soldiers were killed»",
        );
        check(
            "The commander said six soldiers were wounded. The colonel rejected reports 20 soldiers had died in the ambush.",
            "figure:killed denies camp=- -> killed camp=media «20 soldiers had died»",
        );
    }

    #[test]
    fn a_real_camps_statement_just_before_is_answered_first() {
        check(
            "Azerbaijan said it had destroyed some Armenian positions. Local sources rejected the claims of 40 positions destroyed.",
            "statement denies camp=- -> statement camp=baku «it had destroyed some Armenian positions»",
        );
    }
}

// «نفت الوكالة ...، واصفة الصور بأنها مفبركة»: a participle after a comma
// goes on with the clause's speaker.
mod a_participle_after_a_comma {
    use super::*;

    #[test]
    fn goes_on_with_the_clauses_speaker() {
        check_propositions(
            "وأعلنت القوات الأرمنية تحرير قرية. ونفت وزارة الدفاع الأذربيجانية ذلك، واصفة الصور المتداولة بأنها مفبركة.",
            "statement asserts camp=yerevan; statement denies camp=baku; statement denies camp=baku",
        );
        check_propositions(
            "وأعلنت القوات الأرمنية تحرير قرية. ونفى المتحدث باسم وزارة الدفاع الأذربيجانية ذلك، واصفا الأنباء بأنها عارية عن الصحة.",
            "statement asserts camp=yerevan; statement denies camp=baku; statement denies camp=baku",
        );
    }
}

// «الأخبار عن ...»: news, like reports, is what the media said.
mod news_like_reports {
    use super::*;

    #[test]
    fn a_verdict_on_news_denies_what_the_news_said() {
        check(
            "وقال المتحدث باسم وزارة الدفاع الأرمنية إن الأخبار عن إصابة قائد الجيش كاذبة.",
            "statement denies camp=yerevan -> statement camp=media «الأخبار عن إصابة قائد الجيش»",
        );
        check(
            "ونفت وزارة الدفاع الأذربيجانية صحة الأخبار التي انتشرت حول سيطرة القوات الأرمنية على مواقع قرب ترتر.",
            "statement denies camp=baku -> statement camp=media «الأخبار التي انتشرت حول سيطرة القوات الأرمنية على مواقع قرب ترتر»",
        );
    }

    #[test]
    fn news_in_a_verdict_reports_nothing() {
        check_propositions("وقال المصدر إن ما تم تداوله من أخبار هي أخبار مغلوطة ولا أساس لها من الصحة.", "");
    }
}

// «ونقلت عن مصادر رسمية، نفيها قيام ...»: the pronoun on a noun of denial
// is the denier; the words after it are what is denied.
mod a_possessed_noun_of_denial {
    use super::*;

    #[test]
    fn is_the_last_speakers_denial() {
        check_propositions(
            "وقالت وسائل إعلام أرمنية إن مسيرة أذربيجانية قصفت قافلة. ونقلت الإذاعة عن مصادر أذربيجانية رسمية، نفيها قيام مسيرات أذربيجانية باستهداف قافلة قرب الحدود.",
            "statement asserts camp=media; statement denies camp=baku",
        );
        check_propositions(
            "وقال المتحدث باسم وزارة الدفاع الأرمنية إن القوات الأرمنية أسقطت مسيرة. وجددت وزارة الدفاع الأذربيجانية نفيها إسقاط أي مسيرة أذربيجانية.",
            "aircraft_downed asserts camp=yerevan; aircraft_downed denies camp=baku",
        );
    }
}

// «نفت إيران على لسان المتحدث، ...»: "through the mouth of" names who spoke
// for the denier; what follows is what is denied.
mod a_denier_speaking_through_another {
    use super::*;

    #[test]
    fn keeps_the_object() {
        check(
            "وقالت أذربيجان إن طائراتها قصفت مواقع للجيش الأرمني. ونفت أرمينيا على لسان المتحدث باسم وزارة دفاعها، تعرض مواقع الجيش لأي قصف.",
            "statement denies camp=yerevan -> statement camp=baku «طائراتها قصفت مواقع للجيش الأرمني»",
        );
        check(
            "وقالت أذربيجان إن طائراتها قصفت مواقع للجيش الأرمني. ونفت يريفان على لسان وزير دفاعها تعرض مواقع الجيش لأي قصف.",
            "statement denies camp=yerevan -> statement camp=baku «طائراتها قصفت مواقع للجيش الأرمني»",
        );
        check(
            "وقالت أذربيجان إن طائراتها قصفت مواقع للجيش الأرمني. وكذبت أرمينيا بلسان المتحدث باسمها هذه المزاعم.",
            "statement denies camp=yerevan -> statement camp=baku «طائراتها قصفت مواقع للجيش الأرمني»",
        );
        check(
            "Azerbaijan said its jets struck Armenian positions near Lachin. Armenia, through its defence ministry spokesman, denied that its positions had been struck.",
            "statement denies camp=yerevan -> statement camp=baku «its jets struck Armenian positions near Lachin»",
        );
    }
}

// «..., نافيا الأنباء عن ...»: a participle of denial after a comma denies
// with the clause's speaker.
mod a_participle_of_denial {
    use super::*;

    #[test]
    fn denies_with_the_clauses_speaker() {
        check(
            "وأعلنت أذربيجان سيطرتها على مدينة شوشا. وقال المتحدث باسم وزارة الدفاع الأرمنية إن القتال مستمر، نافيا هذه الأنباء.",
            "city_captured:shusha denies camp=yerevan -> city_captured:shusha camp=baku «سيطرتها على مدينة شوشا»",
        );
        check(
            "وأعلنت أذربيجان سيطرتها على مدينة شوشا. وقالت وزارة الدفاع الأرمنية إن قواتها ما زالت في المدينة، نافية هذه المزاعم.",
            "city_captured:shusha denies camp=yerevan -> city_captured:shusha camp=baku «سيطرتها على مدينة شوشا»",
        );
        check(
            "Azerbaijan said it had taken control of the city of Shusha. Armenia's defence ministry said fighting continued, denying the claim.",
            "city_captured:shusha denies camp=yerevan -> city_captured:shusha camp=baku «taken control of the city of Shusha»",
        );
    }
}

// «المعلومات حول ...»: information, like reports, is what the media said.
mod information_like_reports {
    use super::*;

    #[test]
    fn a_verdict_on_information_denies_what_it_said() {
        check(
            "وقالت وزارة الدفاع الأذربيجانية إن المعلومات حول سقوط المروحية كاذبة.",
            "statement denies camp=baku -> statement camp=media «المعلومات حول سقوط المروحية»",
        );
        check(
            "وأكد المتحدث باسم وزارة الدفاع الأرمنية أن المعلومات عن انسحاب القوات من المدينة عارية عن الصحة.",
            "statement denies camp=yerevan -> statement camp=media «المعلومات عن انسحاب القوات من المدينة»",
        );
    }
}

// «المعلومات المتعلقة بهجوم جديد في المنطقة التي قتل فيها أكثر من 130 مدنيا
// غير صحيحة»: a toll that says which place is meant is not what is denied.
mod a_toll_describing_a_place {
    use super::*;

    #[test]
    fn is_not_the_denied_claim() {
        check(
            "وقال رئيس أركان الجيش الأرمني إن الأنباء عن هجوم جديد في المنطقة التي قتل فيها أكثر من 130 مدنيا غير صحيحة.",
            "statement denies camp=yerevan -> statement camp=media «الأنباء عن هجوم جديد في المنطقة التي قتل فيها أكثر من 130 مدنيا»",
        );
        check(
            "ونفت وزارة الدفاع الأذربيجانية الأنباء عن قصف جديد في القرية التي قتل فيها 12 مدنيا الشهر الماضي.",
            "statement denies camp=baku -> statement camp=media «الأنباء عن قصف جديد في القرية التي قتل فيها 12 مدنيا الشهر الماضي»",
        );
    }

    #[test]
    fn a_toll_the_reports_give_is_still_denied() {
        check(
            "ونفت وزارة الدفاع الأذربيجانية الأنباء التي تحدثت عن مقتل 40 جنديا في القرية.",
            "figure:killed denies camp=baku -> killed camp=media «مقتل 40»",
        );
    }
}

// «نفى X ...، ليسجل نفيه ضربة لـ ...»: "his denial" names the denial just
// made; it is no second act with an object of its own.
mod a_possessed_noun_naming_the_denial_just_made {
    use super::*;

    #[test]
    fn is_no_second_denial() {
        check_propositions(
            "ونفى قائد القوات الأرمنية ما ورد على لسان المتحدث باسم وزارة الدفاع الأذربيجانية حكمت حاجييف، بأنه قتل في القتال؛ ليسجل نفيه سقطة كبيرة لحاجييف ومعلومات قيادة الجيش الاستخبارية.",
            "",
        );
        check_propositions(
            "وأعلنت أذربيجان سيطرتها على مدينة شوشا. ونفت وزارة الدفاع الأرمنية ذلك، ويعد نفيها ضربة لمعلومات الجيش الأذربيجاني.",
            "city_captured:shusha asserts camp=baku; city_captured:shusha denies camp=yerevan",
        );
    }
}

// "did not believe the helicopter was shot down", «لا يعتقد أن ...»: a
// negated belief denies the clause after it.
mod a_negated_belief {
    use super::*;

    #[test]
    fn denies_the_clause_after_it() {
        check_propositions(
            "The separatists said they shot down an Azerbaijani helicopter. Baku said it did not believe the helicopter was shot down.",
            "aircraft_downed asserts camp=separatists; aircraft_downed denies camp=baku",
        );
        check_propositions(
            "The separatists posted a video of what they said was the downing of an Azerbaijani U.S.-made drone. Baku said it does not think the drone was shot down.",
            "aircraft_downed asserts camp=separatists; aircraft_downed denies camp=baku",
        );
        check_propositions(
            "وقالت القوات الانفصالية إنها أسقطت مروحية أذربيجانية. وقالت باكو إنها لا تعتقد أن المروحية أسقطت.",
            "aircraft_downed asserts camp=separatists; aircraft_downed denies camp=baku",
        );
    }
}

// "a U.S. military helicopter": the full stops of an abbreviation inside a
// sentence break no wording's gap.
mod an_abbreviation_inside_a_gap {
    use super::*;

    #[test]
    fn breaks_no_gap() {
        check_propositions(
            "The separatists said they shot down a U.S.-made Azerbaijani drone.",
            "aircraft_downed asserts camp=separatists",
        );
        check_propositions(
            "The separatists claimed the downing of a U.S. made drone over the village.",
            "aircraft_downed asserts camp=separatists",
        );
    }
}

// "did not confirm or deny", «لم يؤكد ... أو ينفي»: a denial verb joined by
// "or" to a negated verb is negated too, however long the subject between.
mod a_negated_alternative {
    use super::*;

    #[test]
    fn denies_nothing() {
        check_propositions(
            "وقالت أذربيجان إن جنديين أرمنيين قتلا. ولم يؤكد اللواء أحمد سركيسيان، قائد الجيش الأرمني في المنطقة، أو ينفي للصحفيين مقتل الجنديين.",
            "",
        );
        check_propositions(
            "وقالت أذربيجان إن جنديين أرمنيين قتلا. ولم يؤكد المتحدث باسم وزارة الدفاع الأرمنية في مؤتمره الصحفي أمس أو ينفي مقتل الجنديين.",
            "",
        );
        check_propositions(
            "Azerbaijan said two Armenian soldiers were killed. General Ara Sarkisian, the Armenian commander in the region, did not confirm or deny the deaths.",
            "",
        );
    }
}

// «مزاعم عن مقتل جنود مصريين»: the nationality of the people a casualty
// word counts is theirs, not the owner of the claims.
mod the_nationality_of_the_dead {
    use super::*;

    #[test]
    fn owns_no_claim() {
        check_propositions("ونفى الجيش الأذربيجاني مزاعم عن مقتل جنود أرمن في ترتر.", "");
        check_propositions("ونفت وزارة الدفاع الأرمنية ادعاءات بشأن إصابة جنود أذربيجانيين قرب لاتشين.", "");
        check_propositions(
            "Azerbaijan's defence ministry denied claims of the deaths of Armenian soldiers near Tartar.",
            "",
        );
    }
}

// «في الوقت الذي نفى فيه الجيش ...»: the pronoun after a relative clause's
// verb takes up its antecedent; the verb's subject follows it.
mod a_resumptive_pronoun_after_the_verb {
    use super::*;

    #[test]
    fn leaves_the_subject_after_it() {
        check_propositions(
            "وأعلنت أذربيجان سيطرتها على مدينة شوشا، في الوقت الذي نفت فيه أرمينيا هذه الأنباء.",
            "city_captured:shusha asserts camp=baku; city_captured:shusha denies camp=yerevan",
        );
        check_propositions(
            "وأعلنت أذربيجان سيطرتها على مدينة شوشا. وهذه المرة الثانية التي تنفي فيها أرمينيا هذه الأنباء.",
            "city_captured:shusha asserts camp=baku; city_captured:shusha denies camp=yerevan",
        );
    }
}

// "denied that its jets struck the camp, which killed 28": the toll in a
// clause set off by a comma tells what the act did; the act is denied.
mod a_toll_in_an_aside_after_the_denied_act {
    use super::*;

    #[test]
    fn is_not_what_is_denied() {
        check(
            "وقال الانفصاليون إن طائرات أذربيجانية قصفت مخيما للنازحين. ونفت باكو أن طائراتها شنت غارات على المخيم، مما أسفر عن مقتل 28 شخصا.",
            "statement denies camp=baku -> statement camp=separatists «طائرات أذربيجانية قصفت مخيما للنازحين»",
        );
        check(
            "The separatists said Azerbaijani jets struck a camp for displaced people. Baku denied that its jets had struck the camp, which killed 28 people.",
            "statement denies camp=baku -> statement camp=separatists «Azerbaijani jets struck a camp for displaced people»",
        );
    }

    #[test]
    fn a_toll_the_denial_names_is_still_denied() {
        check(
            "Baku denied claims that 28 people were killed in the camp.",
            "figure:killed denies camp=baku -> killed camp=- «28 people were killed»",
        );
    }
}

// "denied the incident", «نفى وقوع الحادث»: the incident points at what was
// just reported.
mod the_incident_points_back {
    use super::*;

    #[test]
    fn at_the_report_just_before() {
        check(
            "Armenian media reported that eight soldiers were killed near the border. The Azerbaijani army spokesman denied the incident.",
            "figure:killed denies camp=baku -> killed camp=media «eight soldiers were killed»",
        );
        check(
            "وأفادت وسائل إعلام أرمنية بمقتل ثمانية جنود قرب الحدود. ونفى المتحدث باسم الجيش الأذربيجاني وقوع الحادث.",
            "figure:killed denies camp=baku -> killed camp=media «بمقتل ثمانية»",
        );
    }
}

// «بعد ورود مزاعم تقول إن ...، وهي مزاعم تنفيها الحركة التي يتزعمها فلان»:
// claims that say something are the media's statement; a pointer right after
// it in the same sentence answers it, whatever a named party said before;
// and a relative clause after the denier describes the denier.
mod claims_saying_then_a_pointer {
    use super::*;

    #[test]
    fn the_pointer_answers_the_claims_of_its_own_sentence() {
        check(
            "وقالت وزارة الدفاع الأذربيجانية إن قواتها تتقدم قرب لاتشين. واندلعت اشتباكات بعد ورود مزاعم تقول إن مسيرات أرمنية قصفت قرية قرب ترتر، وهي مزاعم تنفيها يريفان التي تتهم باكو بالتصعيد.",
            "statement denies camp=yerevan -> statement camp=media «مسيرات أرمنية قصفت قرية قرب ترتر»",
        );
        check(
            "وقالت وزارة الدفاع الأذربيجانية إن قواتها تتقدم قرب لاتشين. وتصاعد التوتر بعد ادعاءات تقول إن مسيرات أرمنية قصفت قرية قرب ترتر، وهي ادعاءات تنفيها يريفان.",
            "statement denies camp=yerevan -> statement camp=media «مسيرات أرمنية قصفت قرية قرب ترتر»",
        );
        check(
            "Azerbaijan's defence ministry said its forces were advancing near Lachin. Clashes broke out after claims saying that Armenian drones struck a village near Tartar, claims which Yerevan denies.",
            "statement denies camp=yerevan -> statement camp=media «Armenian drones struck a village near Tartar, claims»",
        );
    }
}

// «الأنباء التي تحدثت عن ... عارية عن الصحة»: a speech verb in a relative
// clause on a word for reports is part of what the verdict judges.
mod a_verdict_on_reports_that_spoke_of {
    use super::*;

    #[test]
    fn judges_what_the_reports_said() {
        check(
            "وقال المتحدث باسم وزارة الدفاع الأرمنية إن الأنباء التي تحدثت عن سيطرة القوات الأذربيجانية على تلال قرب لاتشين عارية عن الصحة.",
            "statement denies camp=yerevan -> statement camp=media «الأنباء التي تحدثت عن سيطرة القوات الأذربيجانية على تلال قرب لاتشين»",
        );
        check(
            "وأكدت وزارة الدفاع الأذربيجانية أن التقارير التي تحدثت عن انسحاب قواتها من التلال كاذبة.",
            "statement denies camp=baku -> statement camp=media «التقارير التي تحدثت عن انسحاب قواتها من التلال»",
        );
        check(
            "وقالت يريفان إن الأخبار التي أشارت إلى فرار قائد اللواء لا أساس لها من الصحة.",
            "statement denies camp=yerevan -> statement camp=media «الأخبار التي أشارت إلى فرار قائد اللواء»",
        );
    }
}

// "said reports of the fall of the district were false": "reports" is the
// noun the verdict judges, not a verb ending its subject.
mod a_verdict_on_reports_of {
    use super::*;

    #[test]
    fn judges_what_the_reports_said() {
        check(
            "Azerbaijan's defence ministry said reports of an attack on the bridge near Lachin were false.",
            "statement denies camp=baku -> statement camp=media «reports of an attack on the bridge near Lachin»",
        );
        check(
            "Yerevan said reports of heavy losses near Tavush were complete nonsense.",
            "statement denies camp=yerevan -> statement camp=media «reports of heavy losses near Tavush»",
        );
    }

    /// "reports of Armenian troops inside Azerbaijan": the people the
    /// reports speak of do not own them.
    #[test]
    fn the_people_reported_on_own_no_reports() {
        check(
            "Baku's defence ministry said reports of Armenian troops inside Azerbaijan were not true.",
            "statement denies camp=baku -> statement camp=media «reports of Armenian troops inside Azerbaijan»",
        );
    }

    /// "described the claims as false": the verdict after "as" judges the
    /// words before "as", and "dismissed the claims as fabrications" makes
    /// one denial, not a second garbled one.
    #[test]
    fn a_verdict_after_as_judges_the_words_before_it() {
        check_propositions(
            "Armenia said its forces had repelled an attack near Tavush. Baku described the Armenian claims as false and laughable.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
        check_propositions(
            "Armenia said its forces had repelled an attack near Tavush. Baku dismissed the claims as fabrications.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
    }
}

// --- A pointer before the denier: "a claim the army denied" ---------------

mod a_pointer_before_its_denier {
    use super::*;

    /// "…, a claim the ministry denied": the words after the pointer are
    /// the denier, not a party that owns the claim, and the claim denied is
    /// the statement just made.
    #[test]
    fn english_relative_clause_without_a_pronoun() {
        check(
            "Armenia's defence ministry said 300 Azerbaijani soldiers were killed near Fuzuli, a claim the Azerbaijani army denied.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "Armenia's defence ministry said 300 Azerbaijani soldiers were killed near Fuzuli, claims that the Azerbaijani defence ministry rejected.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "Armenia's defence ministry said 300 Azerbaijani soldiers were killed near Fuzuli, which Baku denied.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
    }

    /// "…, an account Baku called lies": a verb that calls the pointer a
    /// verdict denies it as a denial verb does.
    #[test]
    fn english_a_pointer_called_a_verdict() {
        check(
            "Armenia's defence ministry said 300 Azerbaijani soldiers were killed near Fuzuli, a claim Baku called lies.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "Armenia's defence ministry said 300 Azerbaijani soldiers were killed near Fuzuli, an assertion Baku described as baseless.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
        check(
            "Armenia's defence ministry said 300 Azerbaijani soldiers were killed near Fuzuli. Baku called it a fabrication.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 Azerbaijani soldiers were killed»",
        );
    }

    /// The same construction in Arabic: the pointer is a pronoun on the verb.
    #[test]
    fn arabic_a_pointer_before_the_verb() {
        check(
            "وقالت وزارة الدفاع الأرمينية إن 300 جندي أذربيجاني قتلوا قرب فضولي، وهو ما نفته باكو.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
        check(
            "وقالت وزارة الدفاع الأرمينية إن 300 جندي أذربيجاني قتلوا قرب فضولي، وهي رواية ترفضها باكو.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
        check(
            "وقالت وزارة الدفاع الأرمينية إن 300 جندي أذربيجاني قتلوا قرب فضولي. ووصفت باكو ذلك بأنه أكاذيب.",
            "figure:killed denies camp=baku -> killed camp=yerevan «300 جندي أذربيجاني قتلوا»",
        );
    }

    /// A name holding a pointer word stays whole: "the information
    /// ministry" is no pointer followed by its denier.
    #[test]
    fn a_name_holding_a_pointer_word_stays_whole() {
        check_propositions(
            "Armenia said its forces had repelled an attack near Tavush. The Azerbaijani information ministry denied it.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
    }
}

// --- A verdict on "X's claim that ..." ------------------------------------

mod a_verdict_on_a_claim_that {
    use super::*;

    /// "X's claim that S is false, Y said": the verdict judges the claim
    /// the "that" clause belongs to, and the claim is X's.
    #[test]
    fn english_the_claim_and_its_clause_are_judged_together() {
        check(
            "Moscow's claim that its troops had captured the village is a lie, Kyiv said.",
            "statement denies camp=ukraine -> statement camp=moscow «Moscow's claim that its troops had captured the village»",
        );
        check(
            "A claim by Azerbaijan's defence ministry on Sunday that Armenian forces had shelled Ganja is false, Yerevan said.",
            "statement denies camp=yerevan -> statement camp=baku «claim by Azerbaijan's defence ministry on Sunday that Armenian forces had shelled Ganja»",
        );
        check(
            "Claims by Azerbaijan that 50 Armenian soldiers died near the U.S. embassy's convoy are untrue, an Armenian spokesman said.",
            "figure:killed denies camp=yerevan -> killed camp=baku «50 Armenian soldiers died»",
        );
    }

    /// "Yemen's Houthi group": a country's possessive says where the party
    /// after it is from; that party owns the claim.
    #[test]
    fn a_possessive_country_before_a_party() {
        check_propositions(
            "A claim by Armenia's separatist authorities that they had shot down a drone is false, Baku said.",
            "aircraft_downed asserts camp=separatists; aircraft_downed denies camp=baku",
        );
    }
}

// --- Small words around a denial ------------------------------------------

mod small_words_around_a_denial {
    use super::*;

    /// "denied that and said ...": "that" before a conjunction is a pointer.
    #[test]
    fn that_before_a_conjunction_points_back() {
        check_propositions(
            "Armenia said its forces had destroyed an Azerbaijani division near Fuzuli. Baku denied that and said its units were advancing.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
    }

    /// «نفى صحة ما أعلنته الحركة بشأن عدد القتلى», "denied what the group said
    /// about the number of dead": words after the owner that only name its
    /// figures point at its figure.
    #[test]
    fn words_about_the_toll_point_at_the_figure() {
        check(
            "قالت أرمينيا إنها قتلت 300 جندي أذربيجاني. ونفت باكو صحة ما أعلنته يريفان بشأن عدد القتلى.",
            "figure:killed denies camp=baku -> killed camp=yerevan «قتلت 300»",
        );
        check(
            "Armenia said it had killed 300 Azerbaijani soldiers. Baku denied what Yerevan said about the number of dead.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 300»",
        );
    }

    /// «حملة أكاذيب وشائعات مضللة», "lies and rumours": a word for reports
    /// joined to a verdict is one more verdict; it reports nothing.
    #[test]
    fn rumours_joined_to_lies_report_nothing() {
        check("وقالت باكو إن يريفان تنشر حملة أكاذيب وشائعات مضللة للتغطية على هزائمها في الميدان.", "");
        check("وقالت باكو إن يريفان تنشر أكاذيب و شائعات مضللة عن المعارك.", "");
    }
}

// --- What a party circulated, after a dated aside --------------------------

mod what_a_party_circulated {
    use super::*;

    /// «ما تداولته X»: a verb of putting a statement about names its owner;
    /// "what" after the comma of a dated aside opens the object, not a
    /// trailing attribution.
    #[test]
    fn arabic_what_a_party_circulated_after_a_dated_aside() {
        check_propositions(
            "نفت وزارة الدفاع الأذربيجانية مساء الإثنين، ما أعلنته وزارة الدفاع الأرمينية حول تدمير مواقعها قرب فضولي.",
            "statement denies camp=baku; statement asserts camp=yerevan",
        );
        check_propositions(
            "نفت وزارة الدفاع الأذربيجانية ما تداولته وزارة الدفاع الأرمينية حول تدمير مواقعها قرب فضولي.",
            "statement denies camp=baku; statement asserts camp=yerevan",
        );
        check_propositions(
            "ونفت باكو، اليوم الثلاثاء، ما تتداوله يريفان عن تدمير مواقعها قرب فضولي.",
            "statement denies camp=baku; statement asserts camp=yerevan",
        );
    }
}

// --- Accusations name the accused ------------------------------------------

mod accusations_name_the_accused {
    use super::*;

    /// "denied these accusations": of the statements before, the one that
    /// names the denier is the accusation, even a sentence further back than
    /// a bare pointer reaches.
    #[test]
    fn the_statement_naming_the_denier() {
        check(
            "Baku said Armenian forces blew up a bridge near Tartar. Baku said its units rebuilt it. Armenia denied these accusations.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian forces blew up a bridge near Tartar»",
        );
        check(
            "Azerbaijan said Armenian troops blew up a bridge near Fuzuli. It said its units had rebuilt it. Yerevan rejected the accusations.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian troops blew up a bridge near Fuzuli»",
        );
        check(
            "أعلنت باكو أن القوات الأرمينية فجرت جسرا قرب ترتر. وأكدت باكو أن وحداتها أعادت بناءه. ونفت أرمينيا هذه الاتهامات.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية فجرت جسرا قرب ترتر»",
        );
    }

    /// "denied the accusations and called them baseless": the verdict judges
    /// what the denial answered; it is no second act.
    #[test]
    fn a_bare_verdict_after_the_denial_repeats_it() {
        check(
            "أعلنت باكو أن القوات الأرمينية فجرت جسرا قرب ترتر. وأكدت باكو أن وحداتها أعادت بناءه. ونفت أرمينيا هذه الاتهامات ووصفتها بأنها لا أساس لها من الصحة.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية فجرت جسرا قرب ترتر»",
        );
        check(
            "قالت باكو إن القوات الأرمينية فجرت جسرا قرب ترتر. ورفضت يريفان الاتهامات واعتبرتها عارية عن الصحة.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية فجرت جسرا قرب ترتر»",
        );
        check(
            "Baku said Armenian forces blew up a bridge near Tartar. Yerevan denied the accusations and called them baseless.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian forces blew up a bridge near Tartar»",
        );
    }
}

// --- A long possessor before the pointer ------------------------------------

mod a_long_possessor {
    use super::*;

    /// "the Azerbaijani defence ministry spokesman's claim": the party a
    /// possessive closes may start well before the pointer, with words
    /// describing the claim between ("explosive", "latest").
    #[test]
    fn owns_the_claim() {
        check(
            "Yerevan rejected the Azerbaijani defence ministry spokesman's claim that 40 Armenian soldiers were killed.",
            "figure:killed denies camp=yerevan -> killed camp=baku «40 Armenian soldiers were killed»",
        );
        check(
            "Yerevan denied the Azerbaijani defence ministry's latest claim that 40 Armenian soldiers were killed.",
            "figure:killed denies camp=yerevan -> killed camp=baku «40 Armenian soldiers were killed»",
        );
        check(
            "Armenia's defence minister has publicly rejected the Azerbaijani army chief's explosive claim that 40 Armenian soldiers were killed.",
            "figure:killed denies camp=yerevan -> killed camp=baku «40 Armenian soldiers were killed»",
        );
    }
}

// --- The object names who made the statement --------------------------------

mod the_object_names_the_speaker {
    use super::*;

    /// "denied the claim by Tahirov", "the minister's claim", «ما قاله
    /// طاهروف»: a person or office the packs do not know, named in the
    /// object as in the speaker phrase before, owns the statement.
    #[test]
    fn by_name_or_office() {
        check(
            "Azerbaijan's foreign minister Kamal Tahirov said Armenian saboteurs blew up a bridge near Lachin. Yerevan denied the claim by Tahirov.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs blew up a bridge near Lachin»",
        );
        check(
            "Azerbaijan's foreign minister said Armenian saboteurs blew up a bridge near Lachin. Yerevan denied the minister's claim.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs blew up a bridge near Lachin»",
        );
        check(
            "قال وزير الخارجية الأذربيجاني كمال طاهروف إن مخربين أرمن فجروا جسرا قرب لاتشين. ونفت يريفان ما قاله طاهروف.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا جسرا قرب لاتشين»",
        );
        check(
            "قال وزير الخارجية الأذربيجاني إن مخربين أرمن فجروا جسرا قرب لاتشين. ونفت يريفان ادعاء الوزير.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا جسرا قرب لاتشين»",
        );
    }

    /// Words of what the claim says do not name its owner: "disputed reports
    /// that military forces were targeted" after "military officials said".
    #[test]
    fn not_by_the_words_of_the_claim() {
        check(
            "Rockets were fired near the airport, two Azerbaijani military officials said. Yerevan disputed reports that military positions were targeted.",
            "",
        );
    }
}

// --- A verb of naming after "what" ------------------------------------------

mod naming_after_what {
    use super::*;

    /// "what it described as attacks", «ما وصفتها بهجمات»: the verb names
    /// something inside the statement; it opens no statement of its own for
    /// a denial to answer.
    #[test]
    fn opens_no_statement() {
        check(
            "Baku said it shot down two Armenian drones during what it described as attacks on its positions. Yerevan denied the Azerbaijani account.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «shot down two Armenian drones»",
        );
        check(
            "Baku said it shot down two Armenian drones in what it called provocations near Tartar. Yerevan denied the Azerbaijani account.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «shot down two Armenian drones»",
        );
        check(
            "أعلنت باكو أنها أسقطت مسيرتين أرمينيتين خلال ما وصفتها بهجمات على مواقعها. ونفت يريفان صحة الرواية الأذربيجانية.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «أسقطت مسيرتين»",
        );
        check(
            "أعلنت باكو أنها أسقطت مسيرتين أرمينيتين فيما وصفته باستفزازات قرب ترتر. ونفت يريفان الرواية الأذربيجانية.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «أسقطت مسيرتين»",
        );
    }
}

// --- One report, spelled out -------------------------------------------------

mod one_report_spelled_out {
    use super::*;

    /// "denied a report that ...", «نفت تقريرا يزعم أن ...»: one report whose
    /// "that" spells out what it says is the media's statement, not a pointer
    /// at something said before.
    #[test]
    fn is_the_media_s_statement() {
        check(
            "Yerevan denied a report that Armenian saboteurs blew up a bridge near Lachin.",
            "statement denies camp=yerevan -> statement camp=media «report that Armenian saboteurs blew up a bridge near Lachin»",
        );
        check(
            "Yerevan rejected the report that Armenian saboteurs blew up a bridge near Lachin.",
            "statement denies camp=yerevan -> statement camp=media «report that Armenian saboteurs blew up a bridge near Lachin»",
        );
        check(
            "نفت يريفان تقريرا يزعم أن مخربين أرمن فجروا جسرا قرب لاتشين.",
            "statement denies camp=yerevan -> statement camp=media «تقريرا يزعم أن مخربين أرمن فجروا جسرا قرب لاتشين»",
        );
    }
}

// --- A charge the accused denies --------------------------------------------

mod a_charge_the_accused_denies {
    use super::*;

    /// "X accuses Y of Z, which it denies", "- a charge he denies": the
    /// pronoun that denies right after the pointer is the accused.
    #[test]
    fn the_pronoun_is_the_accused() {
        check(
            "Baku accused Yerevan of blowing up a bridge near Lachin, which it denies.",
            "statement denies camp=yerevan -> statement camp=baku «Yerevan of blowing up a bridge near Lachin»",
        );
        check(
            "Azerbaijan blamed Armenia for the blast at the bridge near Lachin - a charge it denies.",
            "statement denies camp=yerevan -> statement camp=baku «Armenia for the blast at the bridge near Lachin»",
        );
        check(
            "اتهمت أذربيجان أرمينيا بتفجير جسر قرب لاتشين، وهو ما تنفيه يريفان.",
            "statement denies camp=yerevan -> statement camp=baku «أرمينيا بتفجير جسر قرب لاتشين»",
        );
    }

    /// A bare pointer after a statement of its own sentence answers that
    /// statement or nothing: "rebels accuse the president of X - a charge
    /// he denies" never answers an older statement of the government's.
    #[test]
    fn answers_the_charge_of_its_own_sentence_or_nothing() {
        check(
            "An Azerbaijani official said the roads were open. The rebels accuse the president of failing to honour the deal - a charge he denies.",
            "statement denies camp=other -> statement camp=- «the president of failing to honour the deal»",
        );
    }
}

// --- The owner of reported claims is no antecedent ------------------------

mod the_owner_of_reported_claims_is_no_antecedent {
    use super::*;

    /// 'Allegations by the Armenian side that ... are "lies," the ministry
    /// said': "the ministry" refers back to the last speaker, not to the
    /// party whose claims the sentence reports.
    #[test]
    fn the_ministry_is_the_last_speaker() {
        check(
            "The Azerbaijani defence ministry said it did not fire on the village. Allegations by the Armenian side that Azerbaijani troops fired on the village are \"lies,\" the ministry said.",
            "statement denies camp=baku -> statement camp=yerevan «Allegations by the Armenian side that Azerbaijani troops fired on the village are \"»",
        );
        check(
            "The Azerbaijani defence ministry said it did not fire on the village. Claims by Yerevan that Azerbaijani troops fired on the village are untrue, the ministry said.",
            "statement denies camp=baku -> statement camp=yerevan «Claims by Yerevan that Azerbaijani troops fired on the village»",
        );
    }
}

// --- A body of the catch-all camp that names the denier ---------------------

mod a_catch_all_body_naming_the_denier {
    use super::*;

    /// "The observatory said Armenian forces blew up the bridge ... Yerevan
    /// denied any involvement": a body of no real camp that names the denier
    /// as the doer is what a denier of a real camp answers.
    #[test]
    fn is_answered() {
        check(
            "The observatory said Armenian forces blew up the bridge near Lachin. Yerevan denied any involvement.",
            "statement denies camp=yerevan -> statement camp=other «Armenian forces blew up the bridge near Lachin»",
        );
        check(
            "وقال المرصد إن القوات الأرمينية فجرت الجسر قرب لاتشين. ونفت يريفان أي تورط في التفجير.",
            "statement denies camp=yerevan -> statement camp=other «القوات الأرمينية فجرت الجسر قرب لاتشين»",
        );
    }

    /// One that does not name the denier is still passed over: "the army's
    /// spokesman" may be the denier's own side.
    #[test]
    fn not_when_it_names_someone_else() {
        check("The army's spokesman said the bridge near Lachin was still standing. Yerevan denied that.", "");
    }
}

// --- A campaign as a verdict ----------------------------------------------------

mod a_campaign_as_a_verdict {
    use super::*;

    /// "a planned media campaign", «حملة إعلامية مضللة»: calling claims a
    /// campaign of the other side's media calls them false.
    #[test]
    fn judges_the_claims() {
        check(
            "Yerevan said Azerbaijani saboteurs blew up the bridge near Lachin. Baku described these claims as a planned media campaign.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani saboteurs blew up the bridge near Lachin»",
        );
        check(
            "قالت يريفان إن مخربين أذربيجانيين فجروا الجسر قرب لاتشين. ووصفت باكو هذه المزاعم بأنها حملة إعلامية مخططة.",
            "statement denies camp=baku -> statement camp=yerevan «مخربين أذربيجانيين فجروا الجسر قرب لاتشين»",
        );
        check(
            "قالت يريفان إن مخربين أذربيجانيين فجروا الجسر قرب لاتشين. واعتبرت باكو ذلك حملة تضليل.",
            "statement denies camp=baku -> statement camp=yerevan «مخربين أذربيجانيين فجروا الجسر قرب لاتشين»",
        );
    }
}

// --- A denial of one's own part --------------------------------------------------

mod a_denial_of_ones_own_part {
    use super::*;

    /// "denied any links to the attack", «نفت أي صلة لها بالهجوم»: answers a
    /// statement that names the denier as the doer.
    #[test]
    fn answers_the_statement_naming_the_denier() {
        check(
            "Baku said Armenian saboteurs blew up the bridge near Lachin. Yerevan denied any links to the blast.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs blew up the bridge near Lachin»",
        );
        check(
            "قالت باكو إن مخربين أرمن فجروا الجسر قرب لاتشين. ونفت يريفان أي صلة لها بالتفجير.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن فجروا الجسر قرب لاتشين»",
        );
    }

    /// "blamed the blast on the Karabakh separatists, pro-Armenia fighters":
    /// the statement names another party as the doer (a name joined by a
    /// hyphen only describes), and a shared word ("blast") is not enough.
    #[test]
    fn not_a_statement_naming_another_doer() {
        check(
            "Baku blamed the blast near Lachin on the Karabakh separatists, a group of pro-Armenia fighters. Yerevan denied any links to the blast.",
            "",
        );
        check("حملت باكو المسؤولية عن التفجير قرب لاتشين لانفصاليي قره باغ. ونفت يريفان أي صلة لها بالتفجير.", "");
    }
}

mod a_denial_of_ones_own_part_before_the_charge {
    use super::*;

    /// "The ELN denied any involvement in the abduction ... The candidate said
    /// the ELN kidnapped his daughter": a later statement naming the denier
    /// as the doer answers the denial, even from a speaker of no known camp.
    #[test]
    fn a_later_charge_naming_the_denier_answers_it() {
        check(
            "Yerevan denied any involvement in the blast at the bridge near Lachin. A local official said Armenian saboteurs blew up the bridge.",
            "statement denies camp=yerevan -> statement camp=other «Armenian saboteurs blew up the bridge»",
        );
        check(
            "Yerevan denied any involvement in the blast at the bridge near Lachin. A witness said Armenian saboteurs blew up the bridge.",
            "statement denies camp=yerevan -> statement camp=- «Armenian saboteurs blew up the bridge»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "نفت يريفان أي تورط في تفجير الجسر. وقال مسؤول محلي إن مخربين أرمن فجروا الجسر.",
            "statement denies camp=yerevan -> statement camp=other «مخربين أرمن فجروا الجسر»",
        );
    }
}

// --- A pointer at reports whose topic follows ----------------------------------

mod a_pointer_at_reports_whose_topic_follows {
    use super::*;

    /// "denied the reports of the Armenian media about the shelling", «نفت
    /// هذه التقارير حول القصف»: a pointer followed by what the reports are
    /// about spells them out; it points at nothing said before.
    #[test]
    fn is_the_media_s_statement() {
        check(
            "Baku denied the reports of the Armenian media about the blast at the bridge near Lachin.",
            "statement denies camp=baku -> statement camp=media «reports of the Armenian media about the blast at the bridge near Lachin»",
        );
        check(
            "Baku denied the reports about the blast at the bridge near Lachin.",
            "statement denies camp=baku -> statement camp=media «reports about the blast at the bridge near Lachin»",
        );
        check(
            "نفت باكو هذه التقارير حول تفجير الجسر قرب لاتشين.",
            "statement denies camp=baku -> statement camp=media «التقارير حول تفجير الجسر قرب لاتشين»",
        );
    }
}

// --- Reports that say only "this" ------------------------------------------------

mod reports_that_say_only_this {
    use super::*;

    /// «نفى التقارير التي تزعم ذلك», "the reports claiming this": reports
    /// whose words are a verb of saying and a pointer own no statement; with
    /// words of their own they do.
    #[test]
    fn own_no_statement() {
        check("ونفت يريفان التقارير التي تزعم ذلك.", "");
        check("ونفت يريفان التقارير التي تقول ذلك.", "");
        check("ونفت يريفان الأنباء التي تزعم ذلك.", "");
        check(
            "ونفت يريفان التقارير التي تزعم أن مخربين أرمن فجروا الجسر.",
            "statement denies camp=yerevan -> statement camp=media «التقارير التي تزعم أن مخربين أرمن فجروا الجسر»",
        );
    }
}

// --- "however" after an auxiliary -------------------------------------------------

mod however_after_an_auxiliary {
    use super::*;

    /// "has however denied", "had, however, rejected": a clause break right
    /// after an auxiliary is an adverb; the denial is still the subject's.
    #[test]
    fn breaks_no_clause() {
        check(
            "Baku said its forces had taken Lachin. A government spokesman has however denied the claim.",
            "city_captured:lachin denies camp=other -> city_captured:lachin camp=baku «taken Lachin»",
        );
        check(
            "Baku said its forces had taken Lachin. An army spokesman had, however, rejected the claim.",
            "city_captured:lachin denies camp=other -> city_captured:lachin camp=baku «taken Lachin»",
        );
        check(
            "Baku said its forces had taken Lachin. The separatist leader has however dismissed the claim, a news agency reports.",
            "city_captured:lachin denies camp=separatists -> city_captured:lachin camp=baku «taken Lachin»",
        );
    }

    /// "The spokesman of X, NAME, has however denied the claim, a news
    /// agency reports": the subject set off by commas still speaks, not the
    /// agency that reports it.
    #[test]
    fn the_subject_before_the_adverb_speaks() {
        check(
            "Baku said its forces had taken Lachin. The spokesman of the separatists, Artak Beglaryan, has however denied the claim, a news agency reports.",
            "city_captured:lachin denies camp=separatists -> city_captured:lachin camp=baku «taken Lachin»",
        );
        check(
            "Baku said its forces had taken Lachin. The spokesman of the separatists, Artak Beglaryan, has also denied the claim, a news agency reports.",
            "city_captured:lachin denies camp=separatists -> city_captured:lachin camp=baku «taken Lachin»",
        );
    }
}

// --- "pushed back on" a claim -------------------------------------------------------

mod pushed_back_on_a_claim {
    use super::*;

    /// "pushed back on the claims that …" disputes them; like "rejected", it
    /// denies only a claim it names or points at.
    #[test]
    fn denies_the_claim_it_names() {
        check(
            "Baku said its forces had taken Lachin. Yerevan pushed back on Baku's claims that it had taken Lachin.",
            "city_captured:lachin denies camp=yerevan -> city_captured:lachin camp=baku «taken Lachin»",
        );
        check(
            "Baku said its forces had taken Lachin. Yerevan pushes back on the claim.",
            "city_captured:lachin denies camp=yerevan -> city_captured:lachin camp=baku «taken Lachin»",
        );
        check(
            "Baku said its forces had taken Lachin. Yerevan is pushing back against the claims.",
            "city_captured:lachin denies camp=yerevan -> city_captured:lachin camp=baku «taken Lachin»",
        );
    }

    #[test]
    fn a_front_pushed_back_on_is_no_claim() {
        check("Armenian forces pushed back on the eastern front, Yerevan said.", "");
    }
}

// --- A denial of the losses themselves ------------------------------------------------

mod a_denial_of_the_losses_themselves {
    use super::*;

    /// "denied the deaths", «نفت سقوط قتلى»: an object of a word for losses
    /// alone (an article or an event noun before it) says there were none.
    #[test]
    fn answers_the_toll_before() {
        check(
            "Baku said 14 Armenian soldiers were killed. Yerevan denied the deaths.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 Armenian soldiers were killed»",
        );
        check(
            "Baku said 14 Armenian soldiers were killed. Yerevan has denied the casualties.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 Armenian soldiers were killed»",
        );
        check(
            "قالت باكو إن 14 جنديا أرمنيا قتلوا. ونفت يريفان سقوط قتلى.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 جنديا أرمنيا قتلوا»",
        );
        check(
            "قالت باكو إن 14 جنديا أرمنيا قتلوا. ونفت يريفان وقوع خسائر.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 جنديا أرمنيا قتلوا»",
        );
    }

    /// Words before the losses say what of them is denied: who caused them.
    #[test]
    fn responsibility_for_them_is_another_denial() {
        check(
            "Baku said 14 Armenian soldiers were killed. Yerevan denied responsibility for the deaths.",
            "statement denies camp=yerevan -> killed camp=baku «14 Armenian soldiers were killed»",
        );
        check(
            "قالت باكو إن 14 جنديا أرمنيا قتلوا. ونفت يريفان مسؤوليتها عن القتلى.",
            "statement denies camp=yerevan -> killed camp=baku «14 جنديا أرمنيا قتلوا»",
        );
    }
}

// --- The losses a denial names --------------------------------------------------------

mod the_losses_a_denial_names {
    use super::*;

    /// "denied the deaths" after "14 killed and 865 wounded": the toll of
    /// the deaths, not the last figure.
    #[test]
    fn choose_the_toll() {
        check(
            "Baku said 14 Armenian soldiers were killed and 865 wounded. Yerevan denied the deaths.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 Armenian soldiers were killed»",
        );
        check(
            "قالت باكو إن 14 جنديا أرمنيا قتلوا و865 أصيبوا. ونفت يريفان سقوط قتلى.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 جنديا أرمنيا قتلوا»",
        );
        check(
            "At least 14 people were killed and 865 wounded overnight, Reuters reported, citing medical sources. Police denied the deaths.",
            "figure:killed denies camp=other -> killed camp=- «At least 14 people were killed»",
        );
    }
}

// --- A negated verb of carrying out an attack -----------------------------------------

mod a_negated_verb_of_carrying_out_an_attack {
    use super::*;

    /// "had not conducted airstrikes", «لم تشن أي غارات»: the attack did not
    /// happen, whatever words the claim of it used.
    #[test]
    fn denies_the_attack() {
        check(
            "Baku said Armenian forces shelled Tartar. Yerevan said its forces had not conducted any shelling.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «Armenian forces shelled»",
        );
        check(
            "Baku said Armenian forces shelled the market in Tartar. Yerevan said its troops never launched an attack on the market.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «Armenian forces shelled the market»",
        );
        check(
            "قالت باكو إن القوات الأرمينية قصفت مدينة ترتر. وقالت يريفان إن قواتها لم تشن أي هجوم على المدينة.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية قصفت»",
        );
        check(
            "قالت باكو إن القوات الأرمينية قصفت السوق. وقال الجيش الأرميني إنه لم ينفذ أي قصف على السوق.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية قصفت»",
        );
    }

    /// Without an incident word after it, the verb carries out something
    /// else; and a negation of another verb denies nothing.
    #[test]
    fn needs_an_incident_word() {
        check(
            "Baku said Armenian forces shelled Tartar. Yerevan said it had not carried out the evacuation of Tartar.",
            "",
        );
        check("Baku said Armenian forces shelled Tartar. Yerevan said it did not confirm the attack.", "");
    }
}

// --- A negation before a word for evidence ----------------------------------------------

mod a_negation_before_a_word_for_evidence {
    use super::*;

    /// "had no evidence that …", «لا يملك أدلة على …», «بعدم وجود دليل على
    /// …»: what the evidence would show is denied, in any wording.
    #[test]
    fn denies_what_follows() {
        check(
            "Baku said Armenian forces shelled the school. Yerevan said it had no evidence that the school was shelled.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «Armenian forces shelled the school»",
        );
        check(
            "Baku said Armenian forces shelled the school. A Yerevan official said there was no proof of an attack on the school.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «Armenian forces shelled the school»",
        );
        check(
            "قالت باكو إن القوات الأرمينية قصفت المدرسة. وقالت يريفان إنها لا تملك أدلة على قصف المدرسة.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية قصفت»",
        );
        check(
            "قالت باكو إن القوات الأرمينية قصفت المدرسة. وأفاد مسؤول أرميني بعدم وجود دليل على هجوم على المدرسة.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية قصفت»",
        );
    }

    /// «ليس لديه "أي مؤشر" على مقتل مدنيين»: quotation marks may stand
    /// between the negation and the word.
    #[test]
    fn through_quotation_marks() {
        check(
            "قالت باكو إن 7 مدنيين قتلوا في القصف. وقالت يريفان إنه ليس لديها \"أي مؤشر\" على مقتل مدنيين.",
            "statement denies camp=yerevan -> statement camp=baku «7 مدنيين قتلوا في القصف»",
        );
    }

    #[test]
    fn a_sign_of_something_else_denies_nothing() {
        check("The economy showed no indication of slowing, the minister said.", "");
    }
}

// --- A report that closes a denial --------------------------------------------------------

mod a_report_that_closes_a_denial {
    use super::*;

    /// "X denied on Monday that …, the Interfax news agency reported.": the
    /// agency passes X's denial on; a denial whose clause names X's own side
    /// as the doer answers the later statement that names X.
    #[test]
    fn passes_the_denial_on() {
        check(
            "Russia's Defence Ministry denied on Monday that Russian war planes had carried out air strikes on the village of Shafah, the Interfax news agency reported. The Syrian Observatory said that 53 civilians had been killed in Russian air strikes on Shafah.",
            "statement denies camp=moscow -> statement camp=other «53 civilians had been killed in Russian air strikes on Shafah»",
        );
        check(
            "Armenia's defence ministry denied on Monday that Armenian saboteurs had crossed the border near Sofulu, the Armenpress agency reported. Baku said Armenian saboteurs had crossed the border near Sofulu at night.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs had crossed the border near Sofulu at night»",
        );
    }

    /// «كما ذكرت قيادة الأركان»: a verb that opens the closing clause says
    /// whose the denied content is; it passes nothing on.
    #[test]
    fn as_reported_by_names_the_content_s_owner() {
        check("نفى حزب العمال الكردستاني مقتل 15 من مسلحيه على يد الجيش التركي، كما ذكرت قيادة الأركان التركية.", "");
    }
}

// --- A subject after a clause that opens on a negation ---------------------------------------

mod a_subject_after_a_negated_clause {
    use super::*;

    /// "There was no immediate comment from X and a local official denied
    /// the claim": words that open on a negation name no one; the subject
    /// is what follows the conjunction.
    #[test]
    fn is_the_one_after_the_conjunction() {
        check(
            "Baku said its forces had taken Lachin. There was no immediate comment from Moscow and a local Armenian official denied the claim.",
            "city_captured:lachin denies camp=yerevan -> city_captured:lachin camp=baku «taken Lachin»",
        );
        check(
            "Baku said its forces had taken Lachin. There was no comment from the separatists and Yerevan rejected the claim.",
            "city_captured:lachin denies camp=yerevan -> city_captured:lachin camp=baku «taken Lachin»",
        );
    }
}

// --- "No attack" answers what was said of the attack -----------------------------------------

mod no_attack_answers_the_statement {
    use super::*;

    /// "had not carried out any strikes on the hospital" after "missiles
    /// struck the hospital and killed three": the attack is denied, not the
    /// toll given beside it.
    #[test]
    fn not_the_toll() {
        check(
            "Yerevan said Azerbaijani missiles struck the hospital and killed three people. Baku said its forces had not carried out any strikes on the hospital.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani missiles struck the hospital and killed three people»",
        );
        check(
            "قالت يريفان إن صواريخ أذربيجانية أصابت المستشفى وقتلت ثلاثة أشخاص. وقالت باكو إنها لم تشن أي هجمات على المستشفى.",
            "statement denies camp=baku -> statement camp=yerevan «صواريخ أذربيجانية أصابت المستشفى وقتلت ثلاثة أشخاص»",
        );
    }
}

// --- A denial as a habit ----------------------------------------------------------------------

mod a_denial_as_a_habit {
    use super::*;

    /// "generally reject claims made by …", «عادة ما تنفي»: what a party
    /// tends to do denies no one claim.
    #[test]
    fn denies_nothing() {
        check("Baku said its forces had taken Lachin. The separatists generally reject claims made by Baku.", "");
        check("Baku said its forces had taken Lachin. Yerevan routinely denies such claims.", "");
        check("قالت باكو إن قواتها سيطرت على لاتشين. وعادة ما تنفي يريفان هذه المزاعم.", "");
        check(
            "Baku said its forces had taken Lachin. Yerevan denied the claim.",
            "city_captured:lachin denies camp=yerevan -> city_captured:lachin camp=baku «taken Lachin»",
        );
    }
}

// --- "a US drone strike" names the United States ---------------------------------------------

mod a_us_strike_names_the_united_states {
    use super::*;

    /// "Local officials said a US drone strike hit the village": a statement
    /// of the catch-all camp that names the denier as the doer is answered.
    #[test]
    fn is_answered() {
        check(
            "Local officials said a US drone strike hit the village. The US military denied the claim.",
            "statement denies camp=washington -> statement camp=other «a US drone strike hit the village»",
        );
        check(
            "Local officials said a US drone strike hit the village. The US military said it had not conducted airstrikes in the area.",
            "statement denies camp=washington -> statement camp=other «a US drone strike hit the village»",
        );
        check(
            "قال مسؤولون محليون إن غارة أمريكية بطائرة مسيرة أصابت القرية. ونفى الجيش الأمريكي هذه المزاعم.",
            "statement denies camp=washington -> statement camp=other «غارة أمريكية بطائرة مسيرة أصابت القرية»",
        );
    }
}

mod a_later_charge_by_a_body_of_no_camp {
    use super::*;

    /// "Yerevan denied killing civilians in the village … A rights group had
    /// said that Armenian forces killed 14 civilians there": a denial that
    /// names no one's claim waits for the charge; a body of no real camp that
    /// names the denier as the doer makes it, whatever the denial's words.
    #[test]
    fn english() {
        check(
            "Yerevan denied killing civilians in the village of Aghdam. A rights group had said on Monday that Armenian forces killed 14 civilians in the village.",
            "statement denies camp=yerevan -> statement camp=other «Armenian forces killed 14 civilians in the village»",
        );
        check(
            "Yerevan rejected the accusations of shelling the village. A human rights watchdog said that Armenian artillery shelled the village overnight.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=- «Armenian artillery shelled the village»",
        );
        check(
            "Baku denied that its drones had hit the bus near the village. Residents said an Azerbaijani drone hit the bus near the village.",
            "statement denies camp=baku -> statement camp=- «an Azerbaijani drone hit the bus near the village»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "أنكرت يريفان بشكل قاطع مقتل مدنيين على يد عناصرها في القرية. وكانت منظمة حقوقية قالت إن القوات الأرمينية قتلت 14 مدنيا في القرية.",
            "statement denies camp=yerevan -> statement camp=other «القوات الأرمينية قتلت 14 مدنيا في القرية»",
        );
        check(
            "نفت باكو قصف القرية. وقال شهود عيان إن المدفعية الأذربيجانية قصفت القرية ليلا.",
            "statement denies camp=baku -> statement camp=- «المدفعية الأذربيجانية قصفت القرية ليلا»",
        );
        check(
            "رفضت يريفان الاتهامات بشأن قصف الحافلة. وكان مرصد حقوقي ذكر أن صاروخا أرمينيا أصاب الحافلة قرب القرية.",
            "statement denies camp=yerevan -> statement camp=other «صاروخا أرمينيا أصاب الحافلة قرب القرية»",
        );
    }

    /// The charge must name the denier: a body of no camp that names nobody
    /// answers nothing said before it was made.
    #[test]
    fn a_statement_naming_no_one_answers_nothing() {
        check(
            "Yerevan denied killing civilians in the village of Aghdam. A rights group said that 14 civilians were killed in the village.",
            "",
        );
        check("نفت يريفان مقتل مدنيين في القرية. وقالت منظمة حقوقية إن 14 مدنيا قتلوا في القرية.", "");
    }
}

mod a_verdict_word_as_the_verb_of_a_relative_clause {
    use super::*;

    /// "Saada province, which lies on the border": "lies" right after a
    /// relative pronoun is where something is, not a verdict on a claim.
    #[test]
    fn is_no_verdict() {
        check(
            "A Yemeni health official said the strike killed at least 26 people. Ali Saleh said the strike wounded nine others in Saada province, which lies on the border.",
            "",
        );
        check(
            "Baku said 12 soldiers were killed. Anar Aliyev said shelling wounded four civilians in the village, which lies 20 kilometres from the front.",
            "",
        );
        check(
            "Baku said 12 soldiers were killed. Anar Aliyev said the shelling wounded four civilians near the road that lies along the river.",
            "",
        );
    }

    /// A verdict after a verb of being still judges: "which is false".
    #[test]
    fn a_verdict_after_is_still_judges() {
        check(
            "Baku said 12 Armenian soldiers were killed. Yerevan said the claim, which is false, was propaganda.",
            "figure:killed denies camp=yerevan -> killed camp=baku «12 Armenian soldiers were killed»",
        );
    }
}

mod a_denial_after_the_charge_it_answers {
    use super::*;

    /// "denied any role in the strikes, after the rebels blamed it": a
    /// clause of time after the denial tells the charge it answers; it is
    /// no attribution of the denial.
    #[test]
    fn english() {
        check(
            "Baku denied any role in the strike on the bus, after Yerevan blamed it for the attack.",
            "statement denies camp=baku -> statement camp=yerevan «Yerevan blamed it for the attack»",
        );
        check(
            "Yerevan denied shelling the village, after Baku accused its forces of firing on the houses.",
            "statement denies camp=yerevan -> statement camp=baku «Baku accused its forces of firing on the houses»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "نفت باكو أي ضلوع لها في الغارة على الحافلة، بعدما اتهمتها يريفان بتنفيذ الغارة.",
            "statement denies camp=baku -> statement camp=yerevan «اتهمتها يريفان بتنفيذ الغارة»",
        );
        check(
            "نفت يريفان قصف القرية، بعدما اتهمت باكو القوات الأرمينية بقصف المنازل في القرية.",
            "statement denies camp=yerevan -> statement camp=baku «اتهمت باكو القوات الأرمينية بقصف المنازل في القرية»",
        );
    }

    /// «وكانت باكو قد اتهموا ...»: the plural and the attached object of
    /// the verb of accusing speak as «اتهم» does.
    #[test]
    fn a_charge_told_later_in_the_plural() {
        check(
            "نفى الانفصاليون أي ضلوع لهم في قصف الحافلة قرب القرية. وكان الأذربيجانيون قد اتهموا الانفصاليين بقصف الحافلة قرب القرية.",
            "statement denies camp=separatists -> statement camp=baku «الانفصاليين بقصف الحافلة قرب القرية»",
        );
    }
}

/// «بعدما» ("after") ends like «بعدم» ("for lack of"), a negation: it
/// negates nothing.
mod after_is_no_negation {
    use super::*;

    #[test]
    fn a_wording_after_it_is_asserted() {
        check_propositions(
            "قال مسؤول بعدما اتهمت باكو القوات الأرمينية بقصف المنازل في القرية.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
        check_propositions(
            "وذلك بعدما قصفت القوات الأرمينية المنازل في القرية، بحسب باكو.",
            "strikes_on_towns:armenian:2020-10-12 asserts camp=baku",
        );
    }
}

/// "South Sudanese forces", «قوات جنوب السودان»: a name inside a longer
/// one names no party, so a charge against South Sudan names no Sudanese
/// denier.
mod a_name_inside_a_longer_name {
    use super::*;

    #[test]
    fn names_no_party() {
        check(
            "The Sudanese army denied bombing the town of Bentiu near the border. A witness said South Sudanese forces shelled the town of Bentiu.",
            "",
        );
        check(
            "نفى الجيش السوداني قصف مدينة بانتيو قرب الحدود. وقال شاهد عيان إن قوات جنوب السودان قصفت مدينة بانتيو.",
            "",
        );
    }

    #[test]
    fn the_longer_name_still_names_its_party() {
        check(
            "The Sudanese army denied bombing the town of Bentiu near the border. A witness said Sudanese jets bombed the town of Bentiu.",
            "strikes_on_towns:sudan:2020-10-12 denies camp=sudan -> strikes_on_towns:sudan:2020-10-12 camp=- «Sudanese jets bombed the town»",
        );
    }
}

/// "Baku said saboteurs crossed the border … Baku added that Yerevan would
/// bear responsibility. Yerevan denied that any saboteurs had crossed the
/// border": of the statements a denial may answer, one that shares two
/// words or more with its object comes before a later one.
mod the_statement_that_shares_the_object_s_words {
    use super::*;

    #[test]
    fn is_answered_before_a_later_one() {
        check(
            "Baku said Armenian saboteurs had crossed the border near Lachin overnight. Baku added that Armenian units had shelled the village of Aghdam. Yerevan denied that any saboteurs had crossed the border near Lachin.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian saboteurs had crossed the border near Lachin overnight»",
        );
        check(
            "قالت باكو إن مخربين أرمن عبروا الحدود قرب لاتشين ليلا. وأضافت باكو أن وحدات أرمينية قصفت قرية أغدام. ونفت يريفان أن يكون أي مخربين قد عبروا الحدود قرب لاتشين.",
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود قرب لاتشين ليلا»",
        );
    }
}

/// "did not result in any casualties", "caused no casualties", «لم يسفر
/// الحادث عن سقوط قتلى»: a negated verb of an outcome before a word for
/// losses says no one was hurt, whatever the wording.
mod a_negated_outcome_of_losses {
    use super::*;

    #[test]
    fn english() {
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the strike did not result in any casualties.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the shelling caused no casualties.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the strike had not led to casualties.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن الضربة لم تسفر عن سقوط قتلى.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن الحادث لم يؤد إلى أي إصابات.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن القصف لم يخلف أي ضحايا.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
    }

    /// «عدم سقوط أي قتيل», «لم تسجل أي إصابات»: a negated word of an
    /// occurrence before a word for losses says there were none.
    #[test]
    fn arabic_words_of_an_occurrence() {
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وأكدت باكو عدم سقوط أي قتيل في القرية.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إنه لم تسجل أي إصابات.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إنه لم تقع أي خسائر بشرية.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
    }

    /// «لم يسفر الهجوم إلا عن 3 قتلى»: an exception or a figure after the
    /// verb counts the losses there were.
    #[test]
    fn an_exception_counts_losses() {
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن الضربة لم تسفر إلا عن مقتل 3 أشخاص.",
            "",
        );
        check("قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن الضربة لم تسفر سوى عن 3 قتلى.", "");
    }

    /// "there were no casualties" answers a toll two sentences back, a line
    /// of background between.
    #[test]
    fn reaches_a_toll_two_sentences_back() {
        check(
            "Yerevan said the strike on the village killed 16 people. Clashes went on along the border in the morning. Baku said there were no casualties.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. واستمرت الاشتباكات على الحدود صباحا. وقالت باكو إنه لم تقع أي إصابات.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
    }

    /// "did not result in any change": no word for losses, no denial.
    #[test]
    fn an_outcome_that_is_no_loss_denies_nothing() {
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the talks did not result in any change.",
            "",
        );
    }
}

/// "hurting no one", "killed nobody", «لم يصب أحد», «لم يسفر عن إصابة أحد»:
/// a word of harm with a word for anyone under a negation, or with "no one"
/// after it, says no one was hurt.
mod harm_to_no_one {
    use super::*;

    #[test]
    fn english() {
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the shell was detonated in a controlled explosion, hurting no one.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the strike killed nobody.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said the blast was controlled, injuring no one.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إنه لم يصب أحد.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن الضربة لم تسفر عن إصابة أحد.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
        check(
            "قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إن القصف لم يؤد إلى مقتل أحد.",
            "figure:killed denies camp=baku -> killed camp=yerevan «مقتل 16»",
        );
    }

    /// "one of the soldiers was wounded", «أصيب أحد الجنود»: no negation, no denial.
    #[test]
    fn without_a_negation_denies_nothing() {
        check(
            "Yerevan said the strike on the village killed 16 people. Baku said one of its soldiers was wounded.",
            "",
        );
        check("قالت يريفان إن الضربة على القرية أدت إلى مقتل 16 شخصا. وقالت باكو إنه أصيب أحد جنودها.", "");
    }
}

/// "An official said the SDF's statement was disinformation and denied the
/// claims": a statement cannot deny; the denial verb joined after a clause
/// about one goes on with the speaker who said it.
mod a_denial_joined_after_a_clause_about_a_statement {
    use super::*;

    #[test]
    fn is_the_speaker_s() {
        check(
            "Baku said 14 civilians were killed in the shelling. A Yerevan official said on Monday the Azerbaijani statement was propaganda and denied the claims.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 civilians were killed»",
        );
        check(
            "Baku said 14 civilians were killed in the shelling. Yerevan said the report was false and rejected the accusations.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 civilians were killed»; figure:killed denies camp=yerevan -> killed camp=baku «14 civilians were killed»",
        );
        check(
            "Baku said 14 civilians were killed in the shelling. An Armenian official said the claims were baseless and dismissed the allegations.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 civilians were killed»; figure:killed denies camp=yerevan -> killed camp=baku «14 civilians were killed»",
        );
    }
}

/// "…, which the army denied": a relative clause with a subject of its own
/// (after an article) denies for that subject, not for the clause before.
mod a_relative_clause_with_its_own_subject {
    use super::*;

    #[test]
    fn denies_for_its_subject() {
        check_propositions(
            "Yerevan said the troops shelled the village, which the Azerbaijani army denied.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
        check_propositions(
            "قالت يريفان إن القوات قصفت القرية، وهو ما نفاه الجيش الأذربيجاني.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
        check_propositions(
            "Yerevan said the troops shelled the village, which the Azerbaijani defence ministry later denied.",
            "statement asserts camp=yerevan; statement denies camp=baku",
        );
        check_propositions(
            "Kenya said Somali forces shelled the village, which the army denied.",
            "strikes_on_towns:somalia:2020-10-12 asserts camp=kenya; strikes_on_towns:somalia:2020-10-12 denies camp=other",
        );
    }
}

/// "denied responsibility for the blast, which the army said killed 9",
/// «نفى مسؤوليته عن الانفجار الذي قالت الحكومة إنه أودى بـ9»: what the
/// incident did, as another speaker tells it in a relative clause, is not
/// what a denial of who did it answers.
mod a_toll_told_beside_a_denial_of_responsibility {
    use super::*;

    #[test]
    fn english() {
        check(
            "Azerbaijan denied any responsibility for the shelling of the market in Kelbajar, which Armenia said killed 9 civilians.",
            "",
        );
        check(
            "Baku has flatly denied responsibility for an explosion on Friday in the town of Aghdam, which Yerevan said had left 7 people dead.",
            "",
        );
        check(
            "Azerbaijan rejected responsibility for the blast near the bridge, which the Armenian ministry said wounded 12 people.",
            "",
        );
    }

    #[test]
    fn arabic() {
        check("نفت أذربيجان أي مسؤولية عن قصف السوق في كلبجار، الذي قالت أرمينيا إنه أودى بحياة 9 مدنيين.", "");
        check("نفت باكو مسؤوليتها عن الانفجار في بلدة أغدام، والذي قالت يريفان إنه أسفر عن سقوط 7 قتلى.", "");
        check(
            "ونفت أذربيجان مسؤوليتها عن التفجير قرب الجسر الذي قالت وزارة الدفاع الأرمينية إنه أدى إلى إصابة 12 شخصا.",
            "",
        );
    }

    /// The accusation said before is still what the denial answers.
    #[test]
    fn the_accusation_before_is_answered() {
        check(
            "Armenia accused Azerbaijan of shelling the market in Kelbajar. Azerbaijan denied any responsibility for the shelling, which Armenia said killed 9 civilians.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijan of shelling the market in Kelbajar»",
        );
    }

    /// A denial of the act itself, not of who did it, still answers what
    /// the relative clause says the act did.
    #[test]
    fn a_denial_of_the_act_still_answers_its_toll() {
        check(
            "Azerbaijan denied shelling the market in Kelbajar, which Armenia said killed 9 civilians.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 9»",
        );
    }
}

/// «نفت وقوع خسائر بشرية جراء غاراتها», "denied civilian casualties in the
/// strikes": a word for losses among the first words of the object, with no
/// figure, denies that there were any, whatever follows to say where.
mod losses_denied_with_where_they_fell {
    use super::*;

    #[test]
    fn english() {
        check(
            "Yerevan said the strikes on the village killed 16 people. Baku denied civilian casualties in the strikes.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "Yerevan said the strikes on the village killed 16 people. Baku denied any casualties from its artillery fire.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
        check(
            "Yerevan said the strikes on the village killed 16 people. Baku denied the deaths among residents of the village.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed 16»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن الضربات على القرية قتلت 16 شخصا. ونفت باكو وقوع خسائر بشرية جراء غاراتها.",
            "figure:killed denies camp=baku -> killed camp=yerevan «قتلت 16»",
        );
        check(
            "قالت يريفان إن الضربات على القرية قتلت 16 شخصا. ونفت باكو سقوط ضحايا مدنيين في القرية.",
            "figure:killed denies camp=baku -> killed camp=yerevan «قتلت 16»",
        );
        check(
            "قالت يريفان إن الضربات على القرية قتلت 16 شخصا. ونفت باكو وقوع أي إصابات بين السكان.",
            "figure:killed denies camp=baku -> killed camp=yerevan «قتلت 16»",
        );
    }
}

/// "'It is not true that 200 people were killed,' the governor said": the
/// figure a denier calls untrue is not the denier's; the claim of the party
/// that gave it before is what is denied, however far back.
mod a_figure_called_untrue {
    use super::*;

    #[test]
    fn english() {
        check(
            "Yerevan said 200 people were killed in the raids. The village was burned. \"It is not true that 200 people were killed,\" Baku said.",
            "figure:killed denies camp=baku -> killed camp=yerevan «200 people were killed»",
        );
        check(
            "Yerevan said 200 people were killed in the raids. \"It is not true (that 200 people were killed),\" Baku said.",
            "figure:killed denies camp=baku -> killed camp=yerevan «200 people were killed»",
        );
        check(
            "Yerevan said 200 people were killed in the raids. Baku said it was false that 200 people had died.",
            "figure:killed denies camp=baku -> killed camp=yerevan «200 people were killed»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن 200 شخص قتلوا في الغارات. وقالت باكو: \"ليس صحيحا أن 200 شخص قتلوا\".",
            "figure:killed denies camp=baku -> killed camp=yerevan «200 شخص قتلوا»",
        );
        check(
            "أفادت يريفان بمقتل 200 شخص في الغارات. وأكدت باكو أنه من غير الصحيح أن 200 شخص قتلوا.",
            "figure:killed denies camp=baku -> killed camp=yerevan «بمقتل 200»",
        );
        check(
            "قالت يريفان إن 200 شخص قتلوا في الغارات. وقالت باكو إنه غير صحيح أن 200 شخص لقوا حتفهم.",
            "figure:killed denies camp=baku -> killed camp=yerevan «200 شخص قتلوا»",
        );
    }

    /// With no one who gave it before, the figure is nobody's: the denier
    /// does not assert what it calls untrue.
    #[test]
    fn given_by_no_one_before() {
        let claims = extract("\"It is not true that 200 people were killed,\" Baku said.");
        let figures: Vec<String> = claims.iter().filter(|c| c.quantity().is_some()).map(what).collect();
        assert_eq!(figures, ["killed camp=- «200 people were killed»"]);
        assert_eq!(links(&claims), "figure:killed denies camp=baku -> killed camp=- «200 people were killed»");
    }
}

/// «رافضة مزاعم ...», "rejecting claims that ...": a participle of
/// rejection after the main clause denies, as «نافية» does, and is said by
/// the main clause's speaker; rejecting a proposal or declining to say
/// more denies nothing.
mod a_participle_of_rejection {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. وقالت باكو إن قواتها ردت على إطلاق نار، رافضة مزاعم يريفان بأنها قصفت القرية.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. وأعلنت باكو أن الوضع هادئ، رافضا الاتهامات الأرمينية.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. ودعت باكو إلى الهدوء، رافضة ما وصفته بمزاعم يريفان.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
    }

    #[test]
    fn english() {
        check(
            "Yerevan said Azerbaijani forces shelled the village. Baku said its forces returned fire, rejecting Yerevan's claims that they shelled the village.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «Azerbaijani forces shelled the village»",
        );
        check(
            "Yerevan said Azerbaijani forces shelled the village. Baku called for calm, dismissing the Armenian accusations.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «Azerbaijani forces shelled the village»",
        );
    }

    #[test]
    fn refusing_is_no_denial() {
        check(
            "قال الحوثيون إنهم استهدفوا سفينة أمريكية. وقال الجيش الأمريكي إنه يحقق في الحادث، رافضا الإدلاء بمزيد من التفاصيل.",
            "",
        );
        check("قالت يريفان إن القوات الأذربيجانية قصفت القرية. ودعت باكو إلى الحوار، رافضة الانسحاب من المنطقة.", "");
        check(
            "Yerevan said Azerbaijani forces shelled the village. Baku called for talks, rejecting the offer of a truce.",
            "",
        );
    }
}

/// "Yerevan was quick to deny it", «سارعت يريفان إلى نفي ذلك»: a verb of
/// haste between the denier and its denial leaves the denier the subject.
mod a_denial_in_haste {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan was quick to deny it.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. The Armenian ministry moved to deny the claim.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan on Monday hastened to reject the claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. وسارعت وزارة الدفاع الأرمينية إلى نفي الاتهامات الأذربيجانية.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. وبادرت يريفان بنفي هذه الأنباء.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. لكن يريفان سارعت لنفي الاتهامات.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
    }
}

/// "Yerevan denied.", «لكن يريفان سارعت بالنفي», «ونفت يريفان»: a party's denial with no object answers what another
/// party just said; with no party's statement before, it answers nothing.
mod a_denial_with_no_object {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan denied.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. But Yerevan quickly denied.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. لكن يريفان سارعت بالنفي.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. ونفت يريفان.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو السيطرة على قرية تاليش. ونفت يريفان.",
            "city_captured:talish denies camp=yerevan -> city_captured:talish camp=baku «السيطرة على قرية تاليش»",
        );
    }

    #[test]
    fn no_party_said_anything() {
        check("The shelling of the village went on overnight, residents said. Yerevan denied.", "");
        check("تواصل القصف على القرية ليلا بحسب السكان. ونفت يريفان.", "");
    }
}

/// "Iraqi officials contradicted US claims that ...", «وناقض مسؤولون
/// عراقيون المزاعم الأمريكية بأن ...»: a verb of contradiction denies its
/// object as a denial verb does; a participle after it goes on with the
/// one who contradicts, not with the party whose claims it names.
mod a_verb_of_contradiction {
    use super::*;

    #[test]
    fn english() {
        check(
            "Iraqi officials contradicted US claims that 20 militants had died in the raid, saying instead that 17 civilians had been killed.",
            "figure:killed denies camp=iraq -> killed camp=- «20 militants had died»",
        );
        check(
            "Yerevan said Azerbaijani forces shelled the village. Baku's account contradicts that.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «Azerbaijani forces shelled the village»",
        );
        check(
            "Yerevan said Azerbaijani forces shelled the village. The Azerbaijani ministry contradicted these claims.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «Azerbaijani forces shelled the village»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وناقض مسؤولون عراقيون المزاعم الأمريكية بأن 20 مسلحا قتلوا في الغارة، مؤكدين أن 17 مدنيا قتلوا.",
            "figure:killed denies camp=iraq -> killed camp=washington «20 مسلحا قتلوا»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. وناقضت باكو الرواية الأرمينية.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
        check("قالت يريفان إن القوات الأذربيجانية قصفت القرية. ويناقض ذلك ما أعلنته وزارة الدفاع الأذربيجانية.", "");
    }

    /// "…, saying …" after a denial of another party's claims is the denier's.
    #[test]
    fn the_participle_is_the_denier_s() {
        let claims = extract(
            "Iraqi officials denied US claims that 20 militants had died in the raid, saying instead that 17 civilians had been killed.",
        );
        let figures: Vec<String> = claims.iter().filter(|c| c.quantity().is_some()).map(what).collect();
        assert_eq!(
            figures,
            ["killed camp=- «20 militants had died»", "killed camp=iraq «17 civilians had been killed»"]
        );
    }
}

/// "This has been disputed by the victims' families", "the account was
/// contested by witnesses": a passive of disputing names its denier after
/// "by", as "denied by" does.
mod a_passive_of_disputing {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian gunmen opened fire on the car. This has been disputed by the victims' families.",
            "deaths_by_gunfire denies camp=- -> deaths_by_gunfire camp=baku «opened fire on»",
        );
        check(
            "Baku said Armenian gunmen opened fire on the car. The account was contested by witnesses.",
            "deaths_by_gunfire denies camp=- -> deaths_by_gunfire camp=baku «opened fire on»",
        );
        check(
            "Baku said Armenian gunmen opened fire on the car. That version was disputed by Yerevan.",
            "deaths_by_gunfire denies camp=yerevan -> deaths_by_gunfire camp=baku «opened fire on»",
        );
    }

    /// "the disputed region", "the figure is disputed": no one disputes.
    #[test]
    fn no_agent_no_denial() {
        check("Baku said Armenian gunmen opened fire on the car. The disputed region was quiet on Monday.", "");
        check("Baku said Armenian gunmen opened fire on the car. The account was disputed.", "");
    }
}

/// «لكن عائلات الضحايا نفت ذلك», «ونفى ذوو الضحايا هذه الرواية», «إلا أن
/// شهود عيان نفوا ذلك»: the kin of the dead speak (a word for the dead
/// completing a noun ends no speaker), and words between a clause break
/// and the verb are its subject, party or not, not the last speaker.
mod the_kin_of_the_dead_deny {
    use super::*;

    #[test]
    fn arabic() {
        check("قالت باكو إن مسلحين أرمن أطلقوا النار على السيارة. لكن عائلات الضحايا نفت ذلك.", "");
        check(
            "قالت باكو إن مسلحين أرمن أطلقوا النار على السيارة. ونفى ذوو الضحايا هذه الرواية.",
            "deaths_by_gunfire denies camp=- -> deaths_by_gunfire camp=baku «أطلقوا النار على»",
        );
        check("قالت باكو إن مسلحين أرمن أطلقوا النار على السيارة. إلا أن شهود عيان نفوا ذلك.", "");
        check(
            "قالت باكو إن مسلحين أرمن أطلقوا النار على السيارة. وهو ما نفته عائلات الضحايا.",
            "deaths_by_gunfire denies camp=- -> deaths_by_gunfire camp=baku «أطلقوا النار على»",
        );
    }
}

/// «واشنطن تكذب ادعاءات الحوثيين», «تحقيق يكذب رواية إسرائيل»: the present
/// tense of «كذّب» belies as its past does.
mod the_present_of_belying {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. وباكو تكذب ادعاءات يريفان.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. ويكذب الجيش الأذربيجاني هذه الرواية.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
        check(
            "قالت يريفان إن القوات الأذربيجانية قصفت القرية. والأذربيجانيون يكذبون هذه المزاعم.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=yerevan «القوات الأذربيجانية قصفت»",
        );
    }
}

/// «نفى الجيش احتجازه الجثامين ... وبحسب صحيفة "X"، أظهر التحقيق ...»: a
/// newspaper relays; what it reports of the denier's own inquiry is no
/// rival party's claim.
mod a_newspaper_relays {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "نفى الجيش الأذربيجاني احتجازه لجثث المسلحين الذين تسللوا اليوم عبر الحدود. وبحسب صحيفة \"يني مساوات\" الأذربيجانية، أظهر التحقيق الأولي للجيش الأذربيجاني أن المسلحين فجروا عبوة ناسفة قرب السياج، ثم تسلل 20 شخصا داخل الحدود، فأطلق الجنود عليهم النار.",
            "",
        );
    }

    #[test]
    fn english() {
        check(
            "The Azerbaijani army denied holding the bodies of the gunmen who crossed the border today. According to the Azerbaijani newspaper Yeni Musavat, the army's initial inquiry showed the gunmen set off a bomb near the fence, then 20 people crossed the border and soldiers opened fire on them.",
            "",
        );
    }
}

/// «قالت إن بعض وسائل الإعلام نقلت خبرا عن ...، مضيفة "ننفي هذا الخبر"»:
/// a participle after a comma goes on with the speaker of the clause whose
/// "that" holds the later speaker, not with the media it reports; past a
/// clause break it goes on with the latest speaker.
mod a_participle_after_reported_speech {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "وقالت وزارة الدفاع الأذربيجانية إن بعض وسائل الإعلام نقلت خبرا عن إسقاط إحدى طائراتها، مضيفة \"ننفي هذا الخبر جملة وتفصيلا\".",
            "aircraft_downed denies camp=baku -> aircraft_downed camp=media «إسقاط إحدى طائراتها»",
        );
        check(
            "وأعلنت يريفان أن القوات الأذربيجانية تكبدت خسائر كبيرة، إلا أن باكو شددت على أن هذه الادعاءات كاذبة، واصفة هذه التصريحات بالدعاية.",
            "statement denies camp=baku -> statement camp=yerevan «القوات الأذربيجانية تكبدت خسائر كبيرة»; statement denies camp=baku -> statement camp=yerevan «القوات الأذربيجانية تكبدت خسائر كبيرة»",
        );
    }
}

/// "the city that lies 50km west of the capital": a verdict's word before
/// a number is a verb of place.
mod lies_as_a_verb_of_place {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian forces shelled the village. The offensive encircled the city that lies 50km west of the capital, Yerevan said.",
            "",
        );
        check("Baku said Armenian forces shelled the village. The town lies 20 km from the border, Yerevan said.", "");
    }
}

/// «وسبق للحوثيين استهداف المطار في 27 أغسطس، في حين نفت الإمارات ذلك»,
/// "In a previous incident, …": a denial in a sentence about another,
/// earlier incident answers only that sentence, not the claim before it.
mod a_denial_of_a_previous_incident {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قالت يريفان إن طائرة مسيرة أذربيجانية قصفت المطار. وسبق ليريفان أن اتهمت باكو بقصف المطار في أغسطس، في حين نفت أذربيجان تعرض المطار لأي هجوم.",
            "",
        );
        check("قالت يريفان إن طائرة مسيرة أذربيجانية قصفت المطار. وفي حادث سابق، نفت أذربيجان أي هجوم على المطار.", "");
        check("قالت يريفان إن طائرة مسيرة أذربيجانية قصفت المطار. وسبق أن نفت باكو استهداف المطار.", "");
    }

    #[test]
    fn english() {
        check(
            "Yerevan said an Azerbaijani drone struck the airport. In a previous incident, Baku denied any attack on the airport.",
            "",
        );
        check(
            "Yerevan said an Azerbaijani drone struck the airport. In an earlier incident, Baku rejected the claims.",
            "",
        );
        check(
            "Yerevan said an Azerbaijani drone struck the airport. In a separate incident, Baku denied shelling the village.",
            "",
        );
    }
}

/// "…, the Gaza government said, while the Israeli military cast doubt on
/// the toll": a speaker after a comma with a clause break right after its
/// verb speaks the words before it; "…, but later said …" goes on with it.
mod a_speaker_before_while {
    use super::*;

    #[test]
    fn english() {
        check(
            "An air strike on the school killed around 100 people, the Armenian ministry said, while Baku cast doubt on the death toll.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed around 100»",
        );
        check(
            "An air strike on the school killed around 100 people, the Armenian ministry said on Saturday, while Baku said the death toll was inflated.",
            "figure:killed denies camp=baku -> killed camp=yerevan «killed around 100»",
        );
        check(
            "Three men were taken to a hospital, the Armenian ministry said, but later said Azerbaijani forces raided the same hospital, which Baku denied.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani forces raided the same hospital»",
        );
    }
}

/// «نفى ما تداولته وسائل إعلام أرمينية نقلا عن مسؤول ... حول ...», "denied
/// reports by Armenian media, citing an official, about ...": the source
/// that reports cite is part of what they said; the object runs on.
mod reports_citing_a_source {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "نفى المتحدث باسم وزارة الدفاع الأذربيجانية ما تداولته وسائل إعلام أرمينية نقلا عن مسؤول أمني في يريفان حول مقتل مئات الجنود الأذربيجانيين.",
            "statement denies camp=baku -> statement camp=yerevan «نقلا عن مسؤول أمني في يريفان حول مقتل مئات الجنود الأذربيجانيين»",
        );
        check(
            "نفت باكو ما نشرته وسائل إعلام أرمينية نقلا عن مصادر عسكرية بشأن قصف القرية.",
            "statement denies camp=baku -> statement camp=yerevan «نشرته وسائل إعلام أرمينية نقلا عن مصادر عسكرية بشأن قصف القرية»",
        );
    }

    #[test]
    fn english() {
        check(
            "Baku denied reports by Armenian media citing a security official in Yerevan about the shelling of the village.",
            "statement denies camp=baku -> statement camp=yerevan «citing a security official in Yerevan about the shelling of the village»",
        );
    }
}

/// "Yerevan said what Baku announced was false", «إن ما أعلنته باكو لا أساس له
/// من الصحة»: a subject that "what" opens with a speech verb is the claim the
/// verdict judges, and its speaker is the owner, not the judge; in Arabic it
/// may run on over commas and the "that" of what was announced.
mod what_a_party_announced_judged {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said 60 Armenian soldiers were killed. Yerevan said what Baku announced was baseless.",
            "figure:killed denies camp=yerevan -> killed camp=baku «60 Armenian soldiers were killed»",
        );
        check(
            "Baku said 60 Armenian soldiers were killed. The Armenian ministry said that what the Azerbaijani ministry reported is not true.",
            "figure:killed denies camp=yerevan -> killed camp=baku «60 Armenian soldiers were killed»",
        );
        check(
            "Baku said 60 Armenian soldiers were killed. Yerevan said what Baku claimed, in a statement on Monday, was false.",
            "figure:killed denies camp=yerevan -> killed camp=baku «60 Armenian soldiers were killed»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وقالت باكو إن 60 جنديا أرمينيا قتلوا. وقالت يريفان إن ما أعلنته باكو لا أساس له من الصحة.",
            "figure:killed denies camp=yerevan -> killed camp=baku «60 جنديا أرمينيا قتلوا»",
        );
        check(
            "وأكد المتحدث باسم وزارة الدفاع الأرمينية أن ما تزعمه وزارة الدفاع الأذربيجانية من مقتل 60 جنديا أرمينيا عار عن الصحة.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل 60»",
        );
        check(
            "وقالت يريفان، في بيان لها، إن ما أعلنت عنه وزارة الدفاع الأذربيجانية، لوسائل الإعلام، بأن القرية سقطت، لا أساس له من الصحة.",
            "statement denies camp=yerevan -> statement camp=baku «أعلنت عنه وزارة الدفاع الأذربيجانية، لوسائل الإعلام، بأن القرية سقطت»",
        );
    }

    /// "what" with no speech verb judges no one's claim: "what happened was a tragedy".
    #[test]
    fn without_a_speech_verb() {
        check(
            "Baku said 60 Armenian soldiers were killed. Yerevan said what happened in the village was not true war.",
            "",
        );
    }
}

/// "denied the attack", «نفت وقوع الهجوم»: an object that is a word for an
/// incident answers the statement that tells one, whatever verb told it
/// ("ambushed a convoy", «هاجموا قافلة»); a statement that tells none is not
/// answered.
mod an_incident_denied {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan denied the attack.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "The rebels said their fighters ambushed an army convoy near the town. The army denied that any such ambush took place.",
            "statement denies camp=other -> statement camp=- «their fighters ambushed an army convoy near the town»",
        );
        check(
            "Baku said Armenian units fired on its positions near the village. Yerevan denied the shelling, calling it a provocation.",
            "",
        );
    }

    #[test]
    fn arabic() {
        check(
            "قالت باكو إن وحدات أرمينية هاجمت مواقعها قرب القرية. ونفت يريفان وقوع الهجوم.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية هاجمت مواقعها قرب القرية»",
        );
        check(
            "أعلنت باكو أن القوات الأرمينية استهدفت مواقعها قرب القرية. لكن يريفان نفت حدوث القصف.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية استهدفت»",
        );
        check(
            "قالت باكو إن وحدات أرمينية هاجمت مواقعها قرب القرية. ونفت يريفان الحادث جملة وتفصيلا.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية هاجمت مواقعها قرب القرية»",
        );
    }

    #[test]
    fn no_incident_told() {
        check("Baku said its forces had taken control of the village. Yerevan denied the attack.", "");
        check("قالت باكو إن قواتها سيطرت على القرية. ونفت يريفان وقوع الهجوم.", "");
    }
}

/// «قالت الحركة، على لسان متحدثها، في بيان له، إن ...», "the rebels said,
/// in a statement on Monday, that ...": asides between the speaker and its
/// "that" are no part of what was said.
mod asides_before_that {
    use super::*;

    #[test]
    fn english() {
        check(
            "The rebels said, in a statement posted on their channel on Monday, that their fighters ambushed an army convoy. The army denied it.",
            "statement denies camp=other -> statement camp=- «their fighters ambushed an army convoy»",
        );
        check(
            "Baku said, through its defence ministry spokesman, that Armenian units fired on its positions. Yerevan called this a lie.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units fired on its positions»",
        );
        check(
            "Baku said, in a statement on Monday, that Armenian units fired on its positions, and that two soldiers were wounded. Yerevan denied it.",
            "figure:wounded denies camp=yerevan -> wounded camp=baku «two soldiers were wounded»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وقالت باكو، على لسان متحدث وزارة الدفاع، في بيان لها اليوم، إن وحدات أرمينية هاجمت مواقعها. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية هاجمت مواقعها»",
        );
        check(
            "وأعلنت الحركة، عبر قناتها على تلغرام، أن مقاتليها هاجموا قافلة للجيش قرب البلدة. لكن الجيش نفى ذلك.",
            "statement denies camp=other -> statement camp=- «مقاتليها هاجموا قافلة للجيش قرب البلدة»",
        );
        check(
            "وقالت باكو، في بيان، إن وحدات أرمينية هاجمت مواقعها، وإن جنديين أصيبا. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية هاجمت مواقعها، وإن جنديين أصيبا»",
        );
    }
}

/// «باكو تعلن ... .. ويريفان تنفي»: the last words of a headline after ".."
/// are a sentence of that headline, not a subhead on a line of its own;
/// they answer what the headline's first words said.
mod a_headline_denial_after_dots {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "الجيش الأذربيجاني يعلن إسقاط طائرة مسيرة أرمينية.. ويريفان تنفي\nوقالت الوزارة إن الدفاعات الجوية تصدت للطائرة.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «إسقاط طائرة»",
        );
        check(
            "باكو تعلن إسقاط مروحية أرمينية .. ويريفان تنفي\nوأعلنت الوزارة ذلك في بيان.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «إسقاط مروحية»",
        );
        check(
            "وزارة الدفاع الأذربيجانية تعلن إسقاط طائرة أرمينية .. والجانب الأرميني ينفي",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «إسقاط طائرة»",
        );
    }

    #[test]
    fn english() {
        check(
            "Azerbaijan says it shot down an Armenian helicopter .. Yerevan denies\nThe ministry gave no details.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «shot down an Armenian helicopter»",
        );
        check(
            "Azerbaijan says it shot down an Armenian helicopter; Yerevan denies\nThe ministry gave no details.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «shot down an Armenian helicopter»",
        );
    }
}

/// "..., after the September attack, which killed four. Belgrade denied any
/// such plan": a toll told in a relative clause on the incident after
/// "after" dates the statement; a bare denial answers what was said, not
/// that toll.
mod a_toll_that_dates_the_statement {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قالت باكو إن وحدات أرمينية تستعد لشن هجمات جديدة بعد هجوم سبتمبر الذي أوقع أربعة قتلى. ونفت يريفان وجود أي خطة من هذا النوع.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية تستعد لشن هجمات جديدة بعد هجوم سبتمبر الذي أوقع أربعة قتلى»",
        );
        check(
            "قالت باكو إن القوات الأرمينية تحشد قرب الحدود عقب الهجوم الذي أسفر عن مقتل خمسة جنود. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية تحشد قرب الحدود»",
        );
        check(
            "قالت باكو إن 5 جنود قتلوا في هجوم أرميني. ونفت يريفان ذلك.",
            "figure:killed denies camp=yerevan -> killed camp=baku «5 جنود قتلوا»",
        );
    }

    #[test]
    fn english() {
        check(
            "Baku said Armenian units were preparing new attacks, after the September attack which killed four. Yerevan denied it.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units were preparing new attacks, after the September attack which killed four»",
        );
        check(
            "Baku said Armenian units were massing near the border following the raid which killed five soldiers. Yerevan denied it.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units were massing near the border following the raid which killed five soldiers»",
        );
        check(
            "Baku said five soldiers were killed in an Armenian attack. Yerevan denied it.",
            "figure:killed denies camp=yerevan -> killed camp=baku «five soldiers were killed»",
        );
    }
}

/// «لم يصدر الجيش أي بيان كذب فيه أو أكد ...», "a statement denying or
/// confirming": a denial verb "or" joins to a speech verb names one of two
/// alternatives, neither made.
mod deny_or_confirm {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قال المتمردون إنهم أسقطوا مروحية للجيش قرب البلدة. ولم يصدر الجيش أي بيان كذب فيه أو أكد مزاعم المتمردين.",
            "",
        );
        check("قال المتمردون إنهم أسقطوا مروحية للجيش قرب البلدة. ولم يصدر عن الجيش أي تعليق ينفي أو يؤكد ذلك.", "");
        check(
            "قال المتمردون إنهم أسقطوا مروحية للجيش قرب البلدة. ونفى الجيش ذلك.",
            "aircraft_downed denies camp=other -> aircraft_downed camp=- «أسقطوا مروحية»",
        );
    }

    #[test]
    fn english() {
        check(
            "Rebels said they shot down an army helicopter near the town. The army has issued no statement denying or confirming the claims of the rebels.",
            "",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan did not deny or confirm it.",
            "",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan denied it.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
    }
}

/// «أصدرت الحكومة نفيا رسميا لهذه الأنباء», "issued a formal denial of the
/// reports": a light verb and a noun of denial deny as the verb does.
mod a_denial_issued {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. وقالت يريفان إنها تقدم نفيا رسميا لهذه الأنباء.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. وأصدرت يريفان نفيا لهذه الاتهامات.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
    }

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan issued a formal denial of the claims.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan later issued a denial of these reports.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
    }
}

/// «...، وهو ما نفته يريفان، واصفة الأمر بأنه ادعاءات مضللة»: a participle
/// after a relative denial goes on with the denier, not with the party
/// whose words were denied.
mod a_participle_after_a_relative_denial {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "وذكرت باكو أن 29 مسيرة أسقطت مساء الخميس. وأفادت وسائل إعلام أذربيجانية بأن الجيش الأرميني قصف القرية، وهو ما نفته يريفان، واصفة الأمر بأنه ادعاءات مضللة.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=media «الجيش الأرميني قصف»",
        );
        check(
            "وأفادت وسائل إعلام أذربيجانية بأن الجيش الأرميني قصف القرية، وهو ما نفته وزارة الدفاع الأرمينية، مؤكدة أنها لم تطلق النار.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=media «الجيش الأرميني قصف»",
        );
    }

    #[test]
    fn english() {
        check(
            "Azerbaijani media reported that the Armenian army shelled the village, which Yerevan denied, calling the claims misleading.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=media «Armenian army shelled the village»",
        );
        check(
            "Baku said the Armenian army shelled the village, a claim the Armenian ministry rejected, saying its forces had not fired a single shot.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «Armenian army shelled the village»",
        );
    }
}

/// "ruled that out", "ruled it out": a denial of what is pointed at; "ruled
/// out talks" refuses, and denies nothing.
mod ruled_out {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan ruled that out.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku claimed responsibility for downing the Armenian helicopter, but Yerevan swiftly ruled that out.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «downing the Armenian helicopter»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village, but the Armenian ministry ruled it out.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan ruled out talks with Baku.",
            "",
        );
    }
}

/// "its officers were not involved in any shooting", «لا علاقة لها بالقصف»,
/// «لم تكن متورطة في القصف»: a denial of taking part answers the statement
/// it shares words with, or, when its object is only a word for an incident,
/// the statement that tells one.
mod not_involved {
    use super::*;

    #[test]
    fn english() {
        check(
            "Serbian media claimed that the shooting had involved Kosovo police. Kosovo Police stated that its officers were not involved in any shooting.",
            "statement denies camp=kosovo -> statement camp=media «the shooting had involved Kosovo police»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan said its forces were not involved in the shelling.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan said it had nothing to do with the attack.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. Yerevan said it had nothing to do with the talks in Vienna.",
            "",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وقالت باكو إن وحدات أرمينية قصفت مواقعها قرب القرية. وقالت يريفان إن قواتها لم تكن متورطة في القصف.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت مواقعها قرب القرية»",
        );
        check(
            "وقالت باكو إن وحدات أرمينية قصفت مواقعها قرب القرية. وقالت يريفان إنه لا علاقة لها بالقصف.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت مواقعها قرب القرية»",
        );
        check(
            "وقالت باكو إن وحدات أرمينية قصفت مواقعها قرب القرية. وأكدت يريفان أنه لا علاقة لها بالهجوم على القرية.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت مواقعها قرب القرية»",
        );
        check(
            "وقالت باكو إن وحدات أرمينية قصفت مواقعها قرب القرية. وقالت يريفان إنه لا علاقة لها بالمحادثات في فيينا.",
            "",
        );
    }
}

/// "As per the report, Bangkok has rejected mediation efforts": a pointer
/// before a verb of refusing that has an object of its own is no object of
/// it; "the accusation was rejected by ...", "..., which Yerevan rejected"
/// still deny what the pointer points at.
mod a_refusal_after_a_pointer {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. As per the report, Yerevan has rejected mediation efforts from third parties.",
            "",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. The accusation was quickly rejected by Yerevan.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village, a claim Yerevan rejected.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
    }

    #[test]
    fn arabic() {
        check("وقالت باكو إن وحدات أرمينية قصفت مواقعها. وحسب التقرير، رفضت يريفان جهود الوساطة من أطراف ثالثة.", "");
        check(
            "وقالت باكو إن وحدات أرمينية قصفت مواقعها، وهو ما رفضته يريفان.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت مواقعها»",
        );
    }
}

/// "suffered no casualty": the singular denies losses as the plural does.
mod no_casualty {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said two Armenian soldiers were killed. But Yerevan said it suffered no casualty.",
            "figure:killed denies camp=yerevan -> killed camp=baku «two Armenian soldiers were killed»",
        );
        check(
            "The army said two rebels were killed. But the rebels said they suffered no casualty.",
            "figure:killed denies camp=- -> killed camp=other «two rebels were killed»",
        );
    }
}

/// «ونقل الجيش الجثة إلى المستشفى»: a verb of passing words on with no
/// source, "that" or quotation after it carries something else; it makes
/// no statement a denial may answer. «ونقلت وكالة رويترز عن مسؤول ...»
/// still passes words on.
mod a_verb_of_carrying {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "وقالت العائلة إن الرواية الإسرائيلية ليست صحيحة. ونقل الجيش الإسرائيلي جثة القتيل إلى أحد المستشفيات داخل إسرائيل.",
            "",
        );
        check(
            "ونقلت وكالة رويترز عن مسؤول إسرائيلي قوله إن الجيش قصف القرية. لكن العائلة قالت إن الرواية الإسرائيلية ليست صحيحة.",
            "statement denies camp=- -> statement camp=israel «الجيش قصف القرية»",
        );
        check(
            "ونقل الوزير في مذكرات نشرتها صحيفة لبنانية، عن مسؤول إسرائيلي، أن الجيش قصف القرية. لكن العائلة قالت إن الرواية الإسرائيلية ليست صحيحة.",
            "statement denies camp=- -> statement camp=israel «الجيش قصف القرية»",
        );
    }
}

/// "Baku, which has accused ..., again blamed an errant missile": the
/// subject stands before the relative clause, whose own speech verb does
/// not hide it; the words after "blamed" are what Baku said, not a speaker.
mod a_speech_verb_inside_the_relative_clause {
    use super::*;

    #[test]
    fn english() {
        check(
            "Another blast shook the hospital. Baku, which has previously accused Armenian militants of hiding in the hospital, again blamed an errant missile. \"We have not fired on the hospital,\" an Armenian officer said.",
            "statement denies camp=yerevan -> statement camp=baku «an errant missile»",
        );
    }
}

/// "Local media said ... But the governor denied the claims": a bare office
/// answers what the media said; only an institution of the catch-all camp
/// ("the army said ...; the spokesman denied") is taken for its own.
mod a_bare_office_answers_the_media {
    use super::*;

    #[test]
    fn english() {
        check(
            "Local media said two soldiers were shot dead in the head. But the governor denied the claims.",
            "deaths_by_gunfire denies camp=other -> deaths_by_gunfire camp=media «shot dead»",
        );
        check(
            "Media reports said the soldiers were shot dead at the hospital. The spokesman rejected these reports.",
            "deaths_by_gunfire denies camp=other -> deaths_by_gunfire camp=media «shot dead»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وقالت وسائل إعلام محلية إن جنديين قتلا بالرصاص في الرأس. لكن المحافظ نفى هذه المزاعم.",
            "statement denies camp=other -> statement camp=media «جنديين قتلا بالرصاص في الرأس»",
        );
    }
}

/// "the monitor confirmed the rebels took parts of the airport, saying
/// fighting goes on. State media denied the reports": a noun that points
/// back answers what the speaker said first in its sentence, not what its
/// participle added; "denied that" still points at the latest words.
mod a_noun_pointer_answers_the_first_words {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said its forces took the village, adding that fighting goes on nearby. Yerevan denied the claims.",
            "city_captured:? denies camp=yerevan -> city_captured:? camp=baku «took the village»",
        );
        check(
            "Baku said its forces took the village, adding that fighting goes on nearby. Yerevan denied that.",
            "statement denies camp=yerevan -> statement camp=baku «fighting goes on nearby»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وأكدت باكو سيطرة قواتها على أجزاء من المطار، مشيرة إلى استمرار المعارك العنيفة في محيطه. ونفت يريفان الخبر.",
            "statement denies camp=yerevan -> statement camp=baku «سيطرة قواتها على أجزاء من المطار»",
        );
        check(
            "وأكدت باكو سيطرة قواتها على أجزاء من المطار، مشيرة إلى استمرار المعارك العنيفة في محيطه. ونفت يريفان هذه المزاعم.",
            "statement denies camp=yerevan -> statement camp=baku «سيطرة قواتها على أجزاء من المطار»",
        );
    }
}

/// A subhead announcing a denial («جورجيا تنفي», "Georgia denies") over
/// prose that gives the denial in full answers nothing itself: the prose's
/// denial does, or nothing does. Without a denial in the prose after it,
/// the subhead still answers the claim before it.
mod a_subhead_over_the_denial_in_full {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قال مسؤول أذربيجاني إن القوات الأذربيجانية تجمع حطام الطائرة الأرمينية.\n\nأرمينيا تنفي\nوقال وزير أرميني إن الطائرة لا تعود إلى أرمينيا. ونفت وزارة الدفاع الأرمينية أن يكون لديها أي علاقة بما جرى.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأذربيجانية تجمع حطام الطائرة الأرمينية»",
        );
        check(
            "أعلنت باكو أن قواتها سيطرت على قرية تاليش.\n\nيريفان تنفي\nونفت وزارة الدفاع الأرمينية سيطرة القوات الأذربيجانية على قرية تاليش.",
            "",
        );
        check(
            "قال مسؤول أذربيجاني إن القوات الأذربيجانية أسقطت طائرة أرمينية.\n\nأرمينيا تنفي\nوقال وزير أرميني إن الأجواء كانت هادئة يوم الأحد.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «أسقطت طائرة»",
        );
    }

    #[test]
    fn english() {
        check(
            "An Azerbaijani official said Azerbaijani forces were collecting the wreckage of the Armenian drone.\n\nArmenia denies\nAn Armenian minister said the drone did not belong to Armenia. The Armenian defence ministry denied having anything to do with the incident.",
            "",
        );
        check(
            "Baku said its forces had taken the village of Talish.\n\nYerevan denies\nThe Armenian defence ministry said the report was false.",
            "",
        );
    }
}

/// «وكثيرا ما ادعى الانفصاليون إسقاط طائرات», "the rebels have often
/// claimed ...": a speech verb after an adverb of habit tells what a party
/// tends to say, no claim of one event: a template's wording under it is
/// no claim, to be set beside claims of one event; a denial right after it
/// answers it as a standing accusation, an open statement.
mod what_a_party_says_by_habit {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "وكثيرا ما ادعى الانفصاليون الأرمن إسقاط طائرات أذربيجانية. ونفت باكو ذلك.",
            "statement denies camp=baku -> statement camp=separatists «الأرمن إسقاط طائرات أذربيجانية»",
        );
        check(
            "ودائما ما تقول يريفان إنها أسقطت طائرات أذربيجانية. ونفت باكو ذلك.",
            "statement denies camp=baku -> statement camp=yerevan «أسقطت طائرات أذربيجانية»",
        );
        check_propositions("وعادة ما تعلن يريفان أنها أسقطت طائرات أذربيجانية.", "");
        // One claim, no habit: the denial answers it.
        check(
            "وقالت يريفان إنها أسقطت طائرة أذربيجانية. ونفت باكو ذلك.",
            "aircraft_downed denies camp=baku -> aircraft_downed camp=yerevan «أسقطت طائرة»",
        );
    }

    #[test]
    fn english() {
        check(
            "Armenian separatists have often claimed to have shot down Azerbaijani drones. Baku denied this.",
            "statement denies camp=baku -> statement camp=separatists «shot down Azerbaijani drones»",
        );
        check(
            "Yerevan frequently says it shot down Azerbaijani drones. Baku denied this.",
            "statement denies camp=baku -> statement camp=yerevan «it shot down Azerbaijani drones»",
        );
        check_propositions("Yerevan usually announces that it shot down Azerbaijani drones.", "");
        check_propositions(
            "Yerevan said it shot down an Azerbaijani drone. Baku denied this.",
            "aircraft_downed asserts camp=yerevan; aircraft_downed denies camp=baku",
        );
    }
}

/// "Both Turkey and the SDF deny", «وتنفي كل من تركيا وقوات سوريا
/// الديمقراطية ذلك»: a denier naming parties of two camps joined by a
/// conjunction answers no statement of either; it may answer a third
/// party's.
mod a_joint_denial {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قالت وزارة الدفاع الأرمينية إن قواتها اشتبكت مع القوات الأذربيجانية يوم السبت. وتنفي كل من باكو ويريفان ذلك.",
            "",
        );
        check("قالت يريفان إن قواتها صدت هجوما على الحدود. ونفت أذربيجان وأرمينيا ذلك.", "");
        check(
            "قالت الأمم المتحدة إن قوات أذربيجانية قصفت قرية حدودية. وتنفي أذربيجان وأرمينيا ذلك.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=un «قوات أذربيجانية قصفت»",
        );
    }

    #[test]
    fn english() {
        check(
            "The Armenian defence ministry said its troops clashed with Azerbaijani forces on Saturday. Both Baku and Yerevan deny this.",
            "",
        );
        check("Yerevan said its forces repelled an attack on the border. Armenia and Azerbaijan denied it.", "");
        check(
            "The UN said Azerbaijani troops shelled a border village. Azerbaijan and Armenia both deny the report.",
            "strikes_on_towns:azerbaijani:2020-10-12 denies camp=baku -> strikes_on_towns:azerbaijani:2020-10-12 camp=un «Azerbaijani troops shelled»",
        );
    }
}

/// «قد اتهم، الخميس الماضي، فصائل ...», "had said, on Thursday, that ...":
/// a time aside between commas after the verb is no part of what was said.
mod a_time_aside_after_the_verb {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "وكان مسؤول في الحكومة الأذربيجانية، إلهام علييف، قد اتهم، الخميس الماضي، القوات الأرمينية بقصف قرى حدودية. ونفت يريفان ذلك.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية بقصف قرى حدودية»",
        );
        check(
            "وكانت باكو قد أعلنت، يوم الأحد الماضي، أن القوات الأرمينية قصفت قرى حدودية. ونفت يريفان ذلك.",
            "strikes_on_towns:armenian:2020-10-11 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-11 camp=baku «القوات الأرمينية قصفت»",
        );
    }
}

/// «ووصف المتحدث ... تقارير إعلامية عن مقتل 40 ... بأنها "أنباء كاذبة"»:
/// «بأنها» is "as" after a verb of describing and words that spell out
/// what is judged (reports and what they say, a figure): the verdict
/// judges those words. It is "that" after a verb and its subject alone
/// («وأكدت باكو بأنها أنباء كاذبة» judges what was said) or a bare pointer,
/// and before a clause («تقارير تفيد بأنها قصفت»). A verdict in quotation
/// marks is a verdict; an outlet the sentence is passed on by («حسبما ذكرت
/// رويترز») is no judge.
mod a_verdict_after_as {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "ووصف المتحدث باسم الخارجية الأذربيجانية تقارير إعلامية عن مقتل 40 جنديا أذربيجانيا بأنها \"أنباء كاذبة\"، حسبما ذكرت رويترز.",
            "figure:killed denies camp=baku -> killed camp=media «مقتل 40»",
        );
        check(
            "وقالت يريفان إن 40 جنديا أذربيجانيا قتلوا. وأكدت باكو بأنها أنباء كاذبة.",
            "figure:killed denies camp=baku -> killed camp=yerevan «40 جنديا أذربيجانيا قتلوا»",
        );
        check(
            "وقالت يريفان إن 40 جنديا أذربيجانيا قتلوا. ووصفت باكو هذه الأرقام بأنها “مفبركة”.",
            "figure:killed denies camp=baku -> killed camp=yerevan «40 جنديا أذربيجانيا قتلوا»",
        );
        check(
            "وقالت يريفان إن 40 جنديا أذربيجانيا قتلوا. ووصفت باكو هذه الأرقام بأنها مزيفة.",
            "figure:killed denies camp=baku -> killed camp=yerevan «40 جنديا أذربيجانيا قتلوا»",
        );
        check_propositions(
            "نفت وزارة الدفاع الأذربيجانية تقارير تفيد بأنها قصفت مدرسة في مدينة ستيباناكيرت.",
            "statement denies camp=baku; statement asserts camp=media",
        );
    }

    #[test]
    fn english() {
        check(
            "Yerevan said 40 Azerbaijani soldiers were killed. Baku described the figures as “fabricated”.",
            "figure:killed denies camp=baku -> killed camp=yerevan «40 Azerbaijani soldiers were killed»",
        );
        check(
            "Armenian media speculated that 40 Azerbaijani soldiers were killed. Baku called the reports fake news.",
            "figure:killed denies camp=baku -> killed camp=media «40 Azerbaijani soldiers were killed»",
        );
    }
}

/// "the story is untrue": a story, like a report, is what a verdict on it
/// judges, and it points back to the figure told before.
mod a_story_is_a_report {
    use super::*;

    #[test]
    fn english() {
        check(
            "Residents said 10 civilians were killed in the air strike. The air force spokesman said the story is untrue.",
            "figure:killed denies camp=other -> killed camp=- «10 civilians were killed»",
        );
        check(
            "Residents said 10 civilians were killed in the air strike. The spokesman called the story a fabrication.",
            "figure:killed denies camp=other -> killed camp=- «10 civilians were killed»",
        );
        check(
            "Baku said 14 civilians were killed in the shelling. \"That story is a lie,\" the Armenian defence ministry said.",
            "figure:killed denies camp=yerevan -> killed camp=baku «14 civilians were killed»",
        );
    }
}

/// «رفض الجيش التعليق على ذلك», "refused to comment on this": declining to
/// speak about what was said denies none of it; rejecting it does.
mod a_refusal_to_comment_denies_nothing {
    use super::*;

    #[test]
    fn arabic() {
        let claim = "وقال قائد المتمردين إن قواته أسرت 300 جندي في المعركة.";
        check(&format!("{claim} ورفض الجيش التعليق على ذلك."), "");
        check(&format!("{claim} ورفضت الحكومة التعليق على هذه الأنباء."), "");
        check(&format!("{claim} ورفض متحدث باسم الجيش الرد على هذه المزاعم."), "");
        check(
            &format!("{claim} ورفض الجيش هذه المزاعم."),
            "statement denies camp=other -> statement camp=- «قواته أسرت 300 جندي في المعركة»",
        );
    }

    #[test]
    fn english() {
        let claim = "The rebel commander said his forces captured 300 soldiers in the battle.";
        check(&format!("{claim} The army refused to comment on that."), "");
        check(&format!("{claim} The army rejected requests to comment on these claims."), "");
        check(
            &format!("{claim} The army rejected these claims."),
            "statement denies camp=other -> statement camp=- «his forces captured 300 soldiers in the battle»",
        );
    }
}

/// «لم يفقد أي جندي» ("lost no soldier") says nothing of positions; «لم
/// يفقد أي موقع» does.
mod losing_no_soldier_is_no_position_lost {
    use super::*;

    #[test]
    fn arabic() {
        check_propositions("وقالت وزارة الدفاع الأرمينية إن الجيش لم يفقد أي جندي.", "");
        check_propositions(
            "وقالت وزارة الدفاع الأرمينية إن الجيش لم يفقد أي موقع.",
            "positions_lost:armenian denies camp=yerevan",
        );
        check_propositions(
            "وقالت وزارة الدفاع الأرمينية إن قواتها لم تخسر أيا من مواقعها.",
            "positions_lost:armenian denies camp=yerevan",
        );
    }
}

/// "denied carrying out the attack", «نفى الحوثيون تنفيذ الهجوم», «نفت
/// موسكو شن الغارة»: a verb of carrying out an attack at the head of the
/// object denies the denier's own part, as "responsibility" does. It
/// answers a telling of an attack that names the denier as the doer, not
/// one that blames others or names no one, nor a charge of another kind.
mod denying_carrying_out_an_attack {
    use super::*;

    #[test]
    fn english() {
        check(
            "Turkey said the Houthis attacked the airport. The Houthis denied carrying out the attack.",
            "statement denies camp=houthis -> statement camp=ankara «the Houthis attacked the airport»",
        );
        check(
            "Turkey accused the Houthis of attacking the airport. The Houthis denied carrying out the attack.",
            "statement denies camp=houthis -> statement camp=ankara «the Houthis of attacking the airport»",
        );
        check(
            "Turkey says two Houthi missiles fired at the airport were intercepted. The Houthis denied launching the attack.",
            "statement denies camp=houthis -> statement camp=ankara «two Houthi missiles fired at the airport were intercepted»",
        );
        check("Residents said gunmen attacked the village. The army denied carrying out the attack.", "");
        check(
            "Turkey accused the Houthis of supplying weapons to the rebels. The Houthis denied carrying out any attack.",
            "",
        );
    }

    #[test]
    fn arabic() {
        check(
            "وقالت تركيا إن الحوثيين هاجموا المطار. ونفى الحوثيون تنفيذ الهجوم.",
            "statement denies camp=houthis -> statement camp=ankara «الحوثيين هاجموا المطار»",
        );
        check(
            "واتهمت تركيا الحوثيين بمهاجمة المطار. ونفى الحوثيون تنفيذ الهجوم.",
            "statement denies camp=houthis -> statement camp=ankara «الحوثيين بمهاجمة المطار»",
        );
        check(
            "وقالت تركيا إن الحوثيين هاجموا المطار. ونفى الحوثيون مسؤوليتهم عن الهجوم.",
            "statement denies camp=houthis -> statement camp=ankara «الحوثيين هاجموا المطار»",
        );
        check("وقال سكان إن مسلحين هاجموا القرية. ونفى الجيش تنفيذ الهجوم.", "");
        check("وقال شهود إن طائرة مسيرة قصفت السوق. ونفى الحوثيون تنفيذ الهجوم.", "");
    }
}

/// "Russia denies being behind the downing of the aircraft", «نفت موسكو
/// وقوفها وراء إسقاط الطائرة»: a denial of one's part in what a template
/// tells is no denial that it happened; it answers a statement that blames
/// the denier, and an agentless "a plane was shot down" is none.
mod denying_ones_part_in_a_template {
    use super::*;

    #[test]
    fn english() {
        check_propositions(
            "A Ukrainian plane was shot down on Wednesday. Russia denied being behind the downing of the plane.",
            "aircraft_downed asserts camp=media",
        );
        check_propositions(
            "A helicopter was shot down over the border. Baku denied responsibility for downing the helicopter.",
            "aircraft_downed asserts camp=media",
        );
        check(
            "Kyiv accused Russia of shooting down the plane. Moscow denied being behind the downing of the plane.",
            "statement denies camp=moscow -> statement camp=ukraine «Russia of shooting down the plane»",
        );
    }

    #[test]
    fn arabic() {
        check_propositions(
            "وقال الجيش إنه أسقط طائرة أوكرانية يوم الأربعاء. ونفت روسيا وقوفها وراء إسقاط الطائرة.",
            "aircraft_downed asserts camp=other",
        );
        check_propositions(
            "وقال الجيش إنه أسقط مروحية فوق الحدود. ونفت باكو مسؤوليتها عن إسقاط المروحية.",
            "aircraft_downed asserts camp=other",
        );
    }
}

/// "It is absurd", «مزاعم سخيفة»: calling what was said absurd is a verdict
/// that denies it.
mod absurd_is_a_verdict {
    use super::*;

    #[test]
    fn english() {
        let claim = "The rebel commander said his forces captured 300 soldiers in the battle.";
        for verdict in [
            "The army said the claim was absurd.",
            "The army called the claims preposterous.",
            "The army said the claims were ridiculous.",
        ] {
            check(
                &format!("{claim} {verdict}"),
                "statement denies camp=other -> statement camp=- «his forces captured 300 soldiers in the battle»",
            );
        }
    }

    #[test]
    fn arabic() {
        check(
            "وقال قائد المتمردين إن قواته أسرت 300 جندي في المعركة. ووصف الجيش هذه المزاعم بأنها سخيفة.",
            "statement denies camp=other -> statement camp=- «قواته أسرت 300 جندي في المعركة»",
        );
    }
}

/// "the deaths were caused by a crush", «سقطوا نتيجة التدافع»: another
/// cause denies death by gunfire; "soldiers had not shot any civilians"
/// and «لم يطلقوا النار على المتظاهرين» deny it by a negation; "began to
/// open fire on residents" asserts it as "opened fire on" does.
mod another_cause_or_no_shooting_denies_gunfire {
    use super::*;

    #[test]
    fn english() {
        check_propositions(
            "Israel claimed the deaths were caused by a crush of civilians.",
            "deaths_by_gunfire denies camp=israel",
        );
        check_propositions(
            "The police said the victims were killed in the pushing and trampling.",
            "deaths_by_gunfire denies camp=other",
        );
        check_propositions(
            "An army spokesman told the BBC that soldiers had not shot any civilians.",
            "deaths_by_gunfire denies camp=other",
        );
        check_propositions(
            "Witnesses said soldiers began to open fire on residents.",
            "deaths_by_gunfire asserts camp=-",
        );
    }

    #[test]
    fn arabic() {
        check_propositions("وقالت الشرطة إن القتلى سقطوا نتيجة التدافع.", "deaths_by_gunfire denies camp=other");
        check_propositions(
            "وقال الجيش إن الجنود لم يطلقوا النار على المتظاهرين.",
            "deaths_by_gunfire denies camp=other",
        );
        check_propositions("وقال شهود إن الجنود فتحوا النار على المحتجين.", "deaths_by_gunfire asserts camp=-");
    }
}

/// "accused unidentified gunmen of the attack ... Al-Shabaab denied any
/// role": an accusation whose accused is an indefinite party of no known
/// camp names another doer; a denial of one's own part does not answer it.
/// One that names the denier, or refers to someone ("its rivals"), may be
/// answered.
mod a_denial_of_ones_part_and_another_accused {
    use super::*;

    #[test]
    fn english() {
        check(
            "Somalia's defence ministry accused unidentified gunmen of carrying out the attack on the base. Al-Shabaab denied any involvement in the attack.",
            "",
        );
        check(
            "Somalia's defence ministry blamed armed clans for the attack on the base. Al-Shabaab denied any role in the attack.",
            "",
        );
        check(
            "Somalia's defence ministry accused al-Shabaab of carrying out the attack on the base. Al-Shabaab denied any involvement in the attack.",
            "statement denies camp=al-shabaab -> statement camp=somalia «al-Shabaab of carrying out the attack on the base»",
        );
        check(
            "Somalia's defence ministry blamed its rivals for the attack on the base. Al-Shabaab denied any role in the attack.",
            "statement denies camp=al-shabaab -> statement camp=somalia «its rivals for the attack on the base»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "اتهمت وزارة الدفاع الصومالية مسلحين مجهولين بتنفيذ الهجوم على القاعدة. ونفت حركة الشباب أي تورط لها في الهجوم.",
            "",
        );
        check(
            "اتهمت وزارة الدفاع الصومالية عناصر قبلية بالهجوم على القاعدة. ونفت حركة الشباب أي تورط لها في الهجوم.",
            "",
        );
        check(
            "اتهمت وزارة الدفاع الصومالية حركة الشباب بتنفيذ الهجوم على القاعدة. ونفت حركة الشباب أي تورط لها في الهجوم.",
            "statement denies camp=al-shabaab -> statement camp=somalia «حركة الشباب بتنفيذ الهجوم على القاعدة»",
        );
    }
}

/// "The ministry later issued a statement denying ...", «وأصدرت الوزارة
/// لاحقا بيانا نفت فيه ...»: the issuer of the statement is the denier.
mod a_denial_in_an_issued_statement {
    use super::*;

    #[test]
    fn english() {
        check(
            "Baku said Armenian units shelled its positions near the village. The Armenian defence ministry later issued a statement denying the claim.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. The Armenian army, however, released a statement rejecting the claim.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
        check(
            "Baku said Armenian units shelled its positions near the village. The Armenian army on Monday put out a statement dismissing the claim.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian units shelled its positions near the village»",
        );
    }

    #[test]
    fn arabic() {
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. وأصدرت وزارة الدفاع الأرمينية لاحقا بيانا نفت فيه ذلك.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. ونشرت وزارة الدفاع الأرمينية بيانا كذبت فيه هذه المزاعم.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
        check(
            "أعلنت باكو أن وحدات الجيش الأرميني قصفت مواقعها قرب القرية. وأصدرت يريفان مساء الاثنين بيانا رفضت فيه هذه الاتهامات.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «الجيش الأرميني قصفت»",
        );
    }
}

/// «الجيش السوري يعلن إسقاط طائرتين وإسرائيل تنفي», "Baku announces the
/// downing of a drone and Yerevan denies": a party joined by a conjunction
/// after a verb of telling's object is the subject of the verb after it;
/// the object is no part of it.
mod a_headline_of_two_clauses {
    use super::*;

    #[test]
    fn english() {
        check_propositions(
            "Baku announces the downing of an Armenian drone and Yerevan denies",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "The Azerbaijani army reports shooting down an Armenian helicopter and Armenia denies it",
            "statement asserts camp=baku; statement denies camp=yerevan",
        );
    }

    #[test]
    fn arabic() {
        check_propositions(
            "الجيش الأذربيجاني يعلن إسقاط طائرتين أرمينيتين وأرمينيا تنفي",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "باكو تعلن إسقاط طائرة مسيرة ويريفان تنفي",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
        check_propositions(
            "أذربيجان تعلن إسقاط مروحية أرمينية ووزارة الدفاع الأرمينية تنفي",
            "aircraft_downed asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
    }
}

/// «وأضافت الجماعة التي رفضت السلام مع الحكومة أن ...»: a verb of refusal
/// in a relative clause on the speaker, with a noun for object, refuses
/// that noun; the "that" clause after it is the main verb's, not denied.
mod a_refusal_in_a_relative_clause {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قال المتمردون إن الجيش قتل عشرة مدنيين. وأضافت الجماعة التي رفضت السلام مع الحكومة أن مقاتليها قتلوا عشرة جنود.",
            "",
        );
        check("قال المتمردون إن الجيش قتل عشرة مدنيين. وأكدت الحركة التي رفضت الاتفاق أن قواتها قتلت عشرة جنود.", "");
        check("قال المتمردون إن الجيش قتل عشرة مدنيين. وقال المتمردون الذين رفضوا الهدنة إنهم قتلوا عشرة جنود.", "");
    }

    #[test]
    fn a_rejection_of_a_clause_still_denies() {
        check(
            "قال المتمردون إن الجيش قتل عشرة مدنيين. ورفضت الحكومة بشدة أن يكون الجيش قد قتل عشرة مدنيين.",
            "figure:killed denies camp=other -> killed camp=- «قتل عشرة»",
        );
        check(
            "The rebels said the army killed ten civilians. The group, which rejected the peace deal, said its fighters killed ten soldiers.",
            "",
        );
    }
}

/// "Disinformation and false rumors are irresponsible": a verdict before a
/// word for reports that is the subject of what is said of them judges no
/// content of its own; "false reports that ...", "false claims of ..."
/// tell what they judge.
mod a_verdict_before_the_subject {
    use super::*;

    #[test]
    fn english() {
        check(
            "Disinformation and false rumors are irresponsible and put peacekeepers at risk, the spokesman said.",
            "",
        );
        check("False reports spread quickly on social media, the ministry said.", "");
        check(
            "The rebels said the army shelled the village of Talish. The ministry dismissed as false reports that the army had shelled the village.",
            "statement denies camp=other -> statement camp=media «reports that the army had shelled the village»",
        );
    }
}

/// "..., but the U.S. said the attack was launched from Iran, which denied
/// the allegations": the allegations are the U.S.'s, named by an
/// initialism before its verb.
mod a_relative_denial_after_an_initialism {
    use super::*;

    #[test]
    fn english() {
        check(
            "The Houthis claimed responsibility for the attack, but the U.S. said the attack was launched from Iran, which denied the allegations.",
            "statement denies camp=iran -> statement camp=washington «the attack was launched from Iran»",
        );
    }
}

/// "Israeli officials said the army had not carried out any air strike in
/// the area", «لم ينفذ أي غارة جوية في المنطقة», two sentences after the
/// strike was told: a denial that an incident happened reaches as far back
/// as a denial with words of its own.
mod a_denied_incident_two_sentences_on {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "أفادت وزارة الصحة في غزة أن غارة إسرائيلية في مخيم جباليا أسفرت عن مقتل سبعة مدنيين. وأظهرت صور متداولة سبعة أكياس جثث. لكن الجيش الإسرائيلي قال إنه لم ينفذ أي غارة جوية في المنطقة.",
            "statement denies camp=israel -> statement camp=palestine «غارة إسرائيلية في مخيم جباليا أسفرت عن مقتل سبعة مدنيين»",
        );
        check(
            "أفادت وزارة الصحة في غزة أن غارة إسرائيلية في مخيم جباليا أسفرت عن مقتل سبعة مدنيين. وأظهرت صور متداولة سبعة أكياس جثث. لكن الجيش الإسرائيلي قال إنه لم يشن أي غارة على المخيم.",
            "statement denies camp=israel -> statement camp=palestine «غارة إسرائيلية في مخيم جباليا أسفرت عن مقتل سبعة مدنيين»",
        );
    }

    #[test]
    fn english() {
        check(
            "Gaza's health ministry said an Israeli air strike in Jabalia killed seven civilians. Pictures shared online showed seven body bags. But the Israeli army said it had not carried out any air strike in the area.",
            "statement denies camp=israel -> statement camp=palestine «an Israeli air strike in Jabalia killed seven civilians»",
        );
    }

    #[test]
    fn not_three_sentences_on() {
        check(
            "Gaza's health ministry said an Israeli air strike in Jabalia killed seven civilians. Pictures shared online showed seven body bags. Funerals were held in the afternoon. But the Israeli army said it had not carried out any air strike in the area.",
            "",
        );
    }
}

/// «ولا تشن فقط هجمات مفاجئة», "do not just carry out surprise attacks":
/// "not only" negates nothing.
mod not_only_is_no_negation {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "أفادت وزارة الصحة في غزة أن غارة إسرائيلية أسفرت عن مقتل سبعة مدنيين. وقال الجيش الإسرائيلي إن قواته لا تشن فقط غارات جوية.",
            "",
        );
        check(
            "أفادت وزارة الصحة في غزة أن غارة إسرائيلية أسفرت عن مقتل سبعة مدنيين. وقال الجيش الإسرائيلي إن قواته لم تنفذ فقط غارات جوية.",
            "",
        );
    }

    #[test]
    fn english() {
        check(
            "Gaza's health ministry said an Israeli air strike killed seven civilians. The Israeli army said its forces do not just carry out air strikes.",
            "",
        );
    }
}

/// «غير أن موسكو نفت قصفها مطار تبليسي»: a party right after "that" or a
/// clause break and before the verb is its subject, though the words after
/// the verb name a place of another party.
mod a_subject_after_a_clause_break {
    use super::*;

    #[test]
    fn arabic() {
        for denial in [
            "غير أن موسكو نفت قصفها مطار تبليسي الدولي.",
            "لكن موسكو نفت قصف مطار تبليسي.",
            "إلا أن روسيا نفت استهداف مطار تبليسي.",
        ] {
            let text = format!("قالت وزارة الداخلية الجورجية إن طائرات روسية قصفت مطار تبليسي الدولي. {denial}");
            let actual = extract(&text)
                .iter()
                .filter(|c| c.proposition().is_some_and(|p| p.polarity.as_str() == "denies"))
                .map(camp)
                .collect::<Vec<_>>()
                .join(", ");
            assert_eq!(actual, "moscow", "{denial}");
        }
    }
}

/// «ونفى البيان رواية ...», "The statement contradicts media reports ...":
/// a statement that denies is its issuer's, the speaker before it (nobody
/// else's denial is read back to the previous speaker).
mod a_statement_that_denies {
    use super::*;

    #[test]
    fn arabic() {
        check(
            "قالت قوات الدعم السريع إن قواتها انسحبت من مواقع في الخرطوم باتفاق مع الجيش. وقال الجيش السوداني في بيان إن قواته تتقدم في المدينة. ونفى البيان رواية قوات الدعم السريع بشأن انسحاب قواتها.",
            "statement denies camp=sudan -> statement camp=rsf «قواتها انسحبت من مواقع في الخرطوم باتفاق مع الجيش»",
        );
    }

    #[test]
    fn english() {
        check(
            "Local and foreign media reported on Thursday that militants had seized the port. Mozambique's defence minister said on Friday that the port had never been lost. The statement contradicts media reports which had earlier said militants had seized the port.",
            "statement denies camp=mozambique -> statement camp=media «reports which had earlier said militants had seized the port»",
        );
    }
}

/// «رفض التعليق على إسقاط ...», "refused to comment on the downing ...":
/// refusing to speak of what a wording says denies none of it.
mod a_refusal_to_comment_on_a_wording {
    use super::*;

    #[test]
    fn denies_nothing() {
        check("قالت باكو إنها أسقطت طائرة أرمينية. ورفض وزير أرميني التعليق على إسقاط الطائرة.", "");
        check("قالت باكو إنها أسقطت طائرة أرمينية. كما رفضت يريفان الرد على إسقاط الطائرة.", "");
        check("Baku said it shot down an Armenian plane. Yerevan refused to comment on the downing of the plane.", "");
    }

    #[test]
    fn a_refusal_of_the_claim_still_denies() {
        check_propositions(
            "قالت باكو إنها أسقطت طائرة أرمينية. ورفضت يريفان مزاعم إسقاط الطائرة.",
            "aircraft_downed asserts camp=baku; shot_down_by_foreign_jet:armenian asserts camp=baku; aircraft_downed denies camp=yerevan",
        );
    }
}

/// «زعمت كذبا», «ادعت كذبا»: the letters of a denial verb right after a
/// speech verb are an adverb of how the claim was made, not a denial by the
/// one who made it; «وأكد نافيا ذلك» is a participle and still denies.
mod a_denial_word_as_the_adverb_of_a_claim {
    use super::*;

    #[test]
    fn denies_nothing() {
        check(
            "قالت يريفان إن القصف استهدف مستشفى في المدينة. وأكدت يريفان أن باكو زعمت كذبا أن القصف استهدف مخزن أسلحة.",
            "",
        );
        check(
            "قالت يريفان إن القصف استهدف مستشفى في المدينة. وقالت يريفان إن باكو ادعت كذبا أن الموقع كان عسكريا.",
            "",
        );
        check(
            "قالت يريفان إن القصف استهدف مستشفى في المدينة. وأضافت أن أذربيجان أعلنت كذبا أن قواتها لم تقصف المدينة.",
            "",
        );
    }

    #[test]
    fn a_participle_of_denial_still_denies() {
        check(
            "قالت باكو إن وحدات أرمينية قصفت مواقعها على الحدود. وأكدت يريفان نافية ذلك أن الوضع على الحدود مستقر.",
            "statement denies camp=yerevan -> statement camp=baku «وحدات أرمينية قصفت مواقعها على الحدود»",
        );
    }
}

/// "the accusations of the Belarusian president, Alexander Lukashenko":
/// a name set off by commas after the owner is the owner's, and the
/// denial answers what that person said, not its own words.
mod an_owner_with_a_name_set_off_by_commas {
    use super::*;

    #[test]
    fn answers_the_named_speaker() {
        check(
            "Kocharyan claimed the shells were fired from Azerbaijani positions. Baku rejected the accusations of the Armenian president, Robert Kocharyan.",
            "statement denies camp=baku -> statement camp=- «the shells were fired from Azerbaijani positions»",
        );
        check(
            "وزعم كوتشاريان أن القذائف أطلقت من مواقع أذربيجانية. ورفضت باكو اتهامات السياسي الأرميني، روبرت كوتشاريان.",
            "statement denies camp=baku -> statement camp=- «القذائف أطلقت من مواقع أذربيجانية»",
        );
        check(
            "وقال كوتشاريان إن القذائف أطلقت من مواقع أذربيجانية. ونفت باكو مزاعم السياسي الأرميني، روبرت كوتشاريان، جملة وتفصيلا.",
            "statement denies camp=baku -> statement camp=- «القذائف أطلقت من مواقع أذربيجانية»",
        );
        check(
            "Kocharyan claimed the shells were fired from Azerbaijani positions. Baku rejected the claims of Armenia's ombudsman, Robert Kocharyan.",
            "statement denies camp=baku -> statement camp=- «the shells were fired from Azerbaijani positions»",
        );
    }
}

/// "The military said two rebels were killed. The NPA said it suffered no
/// casualty": a party's denial of losses answers a count of armed men who
/// are not the counting body's own, though that body names no one; a count
/// of the body's own soldiers it does not answer.
mod no_losses_against_a_count_of_enemy_armed_men {
    use super::*;

    #[test]
    fn answers_it() {
        check(
            "The military said 5 rebels were killed in the clash. The Houthis said they suffered no casualties.",
            "figure:killed denies camp=houthis -> killed camp=other «5 rebels were killed»",
        );
        check(
            "The army said its troops killed 12 militants. Al-Shabaab denied suffering any casualties.",
            "figure:killed denies camp=al-shabaab -> killed camp=other «killed 12»",
        );
        check(
            "وقال الجيش إن 5 مسلحين قتلوا في الاشتباك. وقالت حركة الشباب إنها لم تتكبد أي خسائر.",
            "figure:killed denies camp=al-shabaab -> killed camp=other «5 مسلحين قتلوا»",
        );
    }

    #[test]
    fn not_a_count_of_the_body_s_own_soldiers() {
        check(
            "The military said 5 soldiers were killed in the clash. The Houthis said they suffered no casualties.",
            "",
        );
        check("وقال الجيش إن 5 جنود قتلوا في الاشتباك. وقالت حركة الشباب إنها لم تتكبد أي خسائر.", "");
    }
}

/// «المزاعم التي روجها “مرصد الحدود”»: a short quoted name after the
/// pointer owns the claims, as the same name unquoted does.
mod an_owner_named_in_quotation_marks {
    use super::*;

    #[test]
    fn owns_the_claims() {
        check(
            "نفت وزارة الدفاع الأذربيجانية صحة المزاعم التي روجها “مرصد الحدود”، والتي ادعى فيها قصف قرية تاليش.",
            "statement denies camp=baku -> statement camp=other «المزاعم التي روجها “مرصد الحدود”»",
        );
        check(
            "نفت وزارة الدفاع الأذربيجانية الادعاءات التي روجها “مرصد الحدود” حول قصف قرية تاليش.",
            "statement denies camp=baku -> statement camp=other «الادعاءات التي روجها “مرصد الحدود” حول قصف قرية تاليش»",
        );
        check(
            "نفت وكالة الأنباء الأذربيجانية “أذرتاج” صحة المزاعم التي روجها “مرصد الساحل”، والتي ادعى فيها قصف قرية تاليش.",
            "statement denies camp=baku -> statement camp=other «المزاعم التي روجها “مرصد الساحل”»",
        );
    }
}

/// «رفضت الهند هذا العرض», "rejected this offer": a refusal of a thing a
/// bare pointer word names denies nothing; of what was said it still does.
mod a_refusal_of_a_thing_pointed_at {
    use super::*;

    #[test]
    fn denies_nothing() {
        check("قالت باكو إنها عرضت إجراء تحقيق محايد في الهجوم. لكن يريفان رفضت هذا العرض.", "");
        check("قالت باكو إنها طلبت تسليم المتهمين. ورفضت يريفان هذا الطلب.", "");
        check("Baku said it had offered a neutral inquiry into the attack. Yerevan rejected this offer.", "");
    }

    #[test]
    fn a_refusal_of_what_was_said_still_denies() {
        check(
            "قالت باكو إن القوات الأرمينية قصفت القرية. ورفضت يريفان هذه المزاعم.",
            "strikes_on_towns:armenian:2020-10-12 denies camp=yerevan -> strikes_on_towns:armenian:2020-10-12 camp=baku «القوات الأرمينية قصفت»",
        );
    }
}

/// "had nothing to do with an attack that killed 25", «لا علاقة له بهجوم
/// أوقع 25 قتيلا»: a denial phrase of one's own part makes the toll in its
/// object only say which attack; the toll is not what is denied.
mod a_toll_after_a_denial_of_involvement {
    use super::*;

    #[test]
    fn is_not_what_is_denied() {
        check(
            "Residents said coalition helicopters attacked the village. A Saudi official said the coalition had nothing to do with an attack that reportedly killed 25 civilians in the village.",
            "",
        );
        check(
            "Residents said coalition helicopters attacked the village. A coalition spokesman said it was not involved in the attack that killed 25 civilians in the village.",
            "",
        );
        check(
            "وقال سكان إن طائرات هليكوبتر تابعة للتحالف هاجمت القرية. وقال مسؤول سعودي إن التحالف لا علاقة له بهجوم تردد أنه أوقع 25 قتيلا من المدنيين في القرية.",
            "statement denies camp=saudi-arabia -> statement camp=- «طائرات هليكوبتر تابعة للتحالف هاجمت القرية»",
        );
    }
}

mod a_denial_naming_another_place {
    use super::*;

    // "denied the strike on Ganja" answers no statement about a strike on
    // Tartar: when both name a town, they must name the same one.
    #[test]
    fn answers_no_statement_about_another_town() {
        check("Baku said Armenian forces shelled the town of Tartar. Yerevan denied shelling Ganja.", "");
        check(
            "Armenia said Azerbaijani drones struck the village of Talish on Monday. Baku denied responsibility for the strike on Martakert.",
            "",
        );
        check("قالت باكو إن القوات الأرمينية قصفت مدينة ترتر. ونفت يريفان قصف كنجة.", "");
        check("قالت يريفان إن مسيرات أذربيجانية قصفت قرية تاليش. ونفت باكو مسؤوليتها عن قصف مارتاكيرت.", "");
    }

    // An unlisted town after a locality word is a town too; a statement
    // that names none is about the one the sentence before named.
    #[test]
    fn a_named_town_carried_to_the_next_sentence() {
        check(
            "Yerevan accused Baku of shelling a school in the town of Vank. Baku said the strike hit an arms depot. Armenia's army denied responsibility for the strike on Ganja.",
            "",
        );
        check(
            "اتهمت يريفان باكو بقصف مدرسة في بلدة فانك. وقالت باكو إن الضربة أصابت مخزن أسلحة. ونفت وزارة الدفاع الأرمينية مسؤوليتها عن ضربة كنجة.",
            "",
        );
    }

    // (The shipped template reads these shellings, dated to the article.)
    #[test]
    fn the_same_town_or_none_still_answers() {
        let shelled = "strikes_on_towns:armenian:2020-10-12";
        check(
            "Baku said Armenian forces shelled the town of Tartar. Yerevan denied shelling Tartar.",
            &format!("{shelled} denies camp=yerevan -> {shelled} camp=baku «Armenian forces shelled the town»"),
        );
        check(
            "Baku said Armenian forces shelled a school. Yerevan denied shelling the school in Tartar.",
            &format!("{shelled} denies camp=yerevan -> {shelled} camp=baku «Armenian forces shelled»"),
        );
        check(
            "قالت باكو إن القوات الأرمينية قصفت مدينة ترتر. ونفت يريفان قصف ترتر.",
            &format!("{shelled} denies camp=yerevan -> {shelled} camp=baku «القوات الأرمينية قصفت»"),
        );
    }

    // A province holds towns the other party may name: «منطقة ترتر»,
    // "the Tartar region" rule no town out.
    #[test]
    fn a_province_rules_no_town_out() {
        let shelled = "strikes_on_towns:armenian:2020-10-12";
        check(
            "Baku said Armenian forces shelled the village of Talish. Yerevan denied shelling villages in the Tartar region.",
            &format!("{shelled} denies camp=yerevan -> {shelled} camp=baku «Armenian forces shelled the village»"),
        );
        check(
            "Baku said Armenian forces shelled the village of Talish. Yerevan denied shelling any village in Tartar province.",
            &format!("{shelled} denies camp=yerevan -> {shelled} camp=baku «Armenian forces shelled the village»"),
        );
        check(
            "قالت باكو إن القوات الأرمينية استهدفت مدرسة في قرية تاليش. ونفت يريفان استهداف أي مدرسة في منطقة ترتر.",
            &format!("{shelled} denies camp=yerevan -> {shelled} camp=baku «القوات الأرمينية استهدفت»"),
        );
        // Without the province word, Tartar is a town, and not Talish.
        check("قالت باكو إن القوات الأرمينية استهدفت مدرسة في قرية تاليش. ونفت يريفان استهداف مدرسة في ترتر.", "");
    }

    /// "Yerevan dismissed Baku's statements about two other villages,
    /// Talish and Madagiz": a party's words about other towns are not its
    /// statement about the one named before; what the denial spells out is
    /// the claim it answers. (A capital marks a name set off after the
    /// locality word; plurals of the locality words count.)
    #[test]
    fn the_named_party_s_statement_about_another_town_is_not_answered() {
        check(
            "Baku said its forces had taken the town of Tartar. Yerevan dismissed Baku's statements that its forces had taken large parts of the other villages, Talish and Madagiz.",
            "statement denies camp=yerevan -> statement camp=baku «Baku's statements that its forces had taken large parts of the other villages, Talish and Madagiz»",
        );
        check(
            "Baku said its forces had taken the town of Tartar. Yerevan dismissed Baku's statements that its forces had taken the villages of Talish and Madagiz.",
            "city_captured:talish denies camp=yerevan -> city_captured:talish camp=baku «taken the villages of Talish»",
        );
        check(
            "قالت باكو إن قواتها دمرت جسورا في مدينة ترتر. ونفت يريفان مزاعم باكو بأن قواتها دمرت جسورا في قرية تاليش.",
            "statement denies camp=yerevan -> statement camp=baku «مزاعم باكو بأن قواتها دمرت جسورا في قرية تاليش»",
        );
        check(
            "قالت باكو إن قواتها دمرت جسورا في مدينة ترتر. ونفت يريفان مزاعم باكو بأن قواتها دمرت جسورا في مدينة ترتر.",
            "statement denies camp=yerevan -> statement camp=baku «قواتها دمرت جسورا في مدينة ترتر»",
        );
    }
}

mod a_denial_of_losses_naming_a_side {
    use super::*;

    // "no casualties on the Indian side" answers a toll of Indian dead, not
    // the claimant's count of its own.
    #[test]
    fn answers_no_toll_of_another_side() {
        check(
            "Pakistani officials said seven Pakistani soldiers had died. The army's Northern Command said there were no casualties on the Indian side.",
            "",
        );
        check(
            "Islamabad said seven Pakistani soldiers had died in the firing. The army's Northern Command said there were no casualties on the Indian side.",
            "",
        );
        check("قالت باكستان إن سبعة جنود باكستانيين قتلوا. ونفى الجيش وقوع أي خسائر في صفوف القوات الهندية.", "");
        check("قالت باكستان إن سبعة من جنودها قتلوا. ونفت القيادة الشمالية وقوع أي خسائر في الجانب الهندي.", "");
    }

    #[test]
    fn answers_a_toll_of_that_side() {
        check(
            "Pakistan said seven Indian soldiers were killed. The army's Northern Command said there were no casualties on the Indian side.",
            "figure:killed denies camp=other -> killed camp=pakistan «seven Indian soldiers were killed»",
        );
        check(
            "قالت باكستان إن سبعة جنود هنود قتلوا. ونفت القيادة الشمالية وقوع أي خسائر في الجانب الهندي.",
            "figure:killed denies camp=- -> killed camp=pakistan «سبعة جنود هنود قتلوا»",
        );
        check(
            "قالت باكستان إن سبعة جنود هنود قتلوا. ونفى الجيش الهندي وقوع أي خسائر في صفوفه.",
            "figure:killed denies camp=india -> killed camp=pakistan «سبعة جنود هنود قتلوا»",
        );
    }

    // "no casualties among American troops" says nothing of "13 people,
    // six of them children": a toll that counts no side answers a denial
    // naming a party only when it counts armed men.
    #[test]
    fn answers_no_toll_of_people_that_counts_no_side() {
        check(
            "Rescuers said the raid killed 13 people, including six children. The Pentagon said the operation was a success and that there were no casualties among American troops.",
            "",
        );
        check(
            "Local medics said 11 civilians were killed in the strike. The army denied any losses among Israeli soldiers.",
            "",
        );
        check(
            "وبحسب الدفاع المدني، أسفرت العملية عن مقتل 13 شخصاً بينهم 6 أطفال. وقال البنتاغون إن العملية نجحت، نافياً وقوع خسائر بين الجنود الأمريكيين.",
            "",
        );
        check("وقال مسعفون إن الغارة أسفرت عن مقتل 9 مدنيين. ونفى الجيش وقوع أي خسائر في صفوف الجنود الإسرائيليين.", "");
    }

    /// A toll that names no one, or counts fighters, may be of those soldiers.
    #[test]
    fn answers_a_toll_that_names_no_unarmed_people() {
        check(
            "Al-Shabaab said it killed 13 in the attack on the base. The army denied any losses among Somali soldiers.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «killed 13»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 13 في الهجوم على القاعدة. ونفى الجيش وقوع أي خسائر في صفوف الجنود الصوماليين.",
            "figure:killed denies camp=other -> killed camp=al-shabaab «قتلت 13»",
        );
        check(
            "وزعم الجيش الروسي أنه تم تطويق نحو 200 مقاتل شيشاني في المعركة. ونفى المتحدث باسم المقاتلين حصار أي مقاتلين شيشان.",
            "figure:combatants denies camp=other -> combatants camp=moscow «نحو 200 مقاتل»",
        );
    }

    #[test]
    fn answers_a_count_of_soldiers_that_counts_no_side() {
        check(
            "Al-Shabaab said it killed 13 soldiers. The Somali army said there were no casualties among Somali troops.",
            "figure:killed denies camp=somalia -> killed camp=al-shabaab «killed 13»",
        );
        check(
            "قالت حركة الشباب إنها قتلت 13 جنديا. ونفى الجيش الصومالي وقوع خسائر في صفوف الجنود الصوماليين.",
            "figure:killed denies camp=somalia -> killed camp=al-shabaab «قتلت 13»",
        );
    }
}

mod a_connective_before_the_denial {
    use super::*;

    // «في غضون ذلك، نفت ...», «وبعد ذلك، ...»: a pointer with a comma between it
    // and the verb is a connective, not what is denied; the object names it.
    #[test]
    fn is_no_pointer_at_the_last_statement() {
        check(
            "قالت باكو إن قواتها أسقطت طائرة أرمينية من طراز سو-25. وأضافت أن الطائرة كانت تحاول قصف مواقع أذربيجانية. في غضون ذلك، نفت المتحدثة باسم وزارة الدفاع الأرمينية، شوشان ستيبانيان، إسقاط الطائرة.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «أسقطت طائرة»",
        );
        check(
            "قالت باكو إن القوات الأرمينية استخدمت قنابل عنقودية في ترتر. وأضافت أن القصف استمر ساعتين. وبعد ذلك، نفى المتحدث باسم وزارة الدفاع الأرمينية، أرتسرون هوفهانيسيان، استخدام قنابل عنقودية.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية استخدمت قنابل عنقودية في ترتر»",
        );
        check(
            "قالت باكو إن القوات الأرمينية استخدمت قنابل عنقودية في ترتر. وأضافت أن القصف استمر ساعتين. ومع ذلك، نفى المتحدث باسم الجيش الأرميني، أرتسرون هوفهانيسيان، استخدام قنابل عنقودية.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية استخدمت قنابل عنقودية في ترتر»",
        );
    }

    // «..، غير المعترف بها دوليا، صحة ...»: an aside on the denier between
    // commas is no part of what is denied.
    #[test]
    fn an_aside_on_the_denier_is_read_over() {
        check(
            "في غضون ذلك، نفت وزارة الدفاع في قره باغ، غير المعترف بها دوليا، صحة إعلان علييف عن سيطرة القوات الأذربيجانية على قرية ماداغيز.",
            "city_captured:ماداغيز denies camp=separatists -> city_captured:ماداغيز camp=baku «سيطرة القوات الأذربيجانية على قرية ماداغيز»",
        );
        check(
            "قالت باكو إن القوات الأرمينية استخدمت قنابل عنقودية في ترتر. وبعد ذلك، نفت وزارة الدفاع الأرمينية، في بيان مقتضب، استخدام قنابل عنقودية.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية استخدمت قنابل عنقودية في ترتر»",
        );
    }
}

mod a_party_named_right_after_a_denial_verb {
    use super::*;

    // «ونفت يريفان استخدام قنابل عنقودية»: a subject that is a party's name
    // ends with it; the words after it are what is denied.
    #[test]
    fn ends_before_the_denied_words() {
        let said = "قالت باكو إن القوات الأرمينية استخدمت قنابل عنقودية في ترتر.";
        let linked =
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية استخدمت قنابل عنقودية في ترتر»";
        check(&format!("{said} ونفت يريفان استخدام قنابل عنقودية."), linked);
        check(&format!("{said} ونفت وزارة الدفاع الأرمينية استخدام قنابل عنقودية."), linked);
        check(&format!("{said} في غضون ذلك، نفت أرمينيا استخدام أي قنابل عنقودية."), linked);
    }

    // An office goes on with a name no pack lists; a definite word goes on
    // with the name; after "which", the words are the denier's.
    #[test]
    fn unless_a_name_or_the_denier_s_words_follow() {
        check(
            "وقالت وسائل إعلام إن 30 جنديا أرمينيا قتلوا في الهجوم. ونفى المتحدث باسم الجيش الأرميني أحمد سالم هذه المعلومات.",
            "figure:killed denies camp=yerevan -> killed camp=media «30 جنديا أرمينيا قتلوا»",
        );
        check(
            "قالت باكو إن قواتها أسقطت طائرة أرمينية من طراز سو-25، وهو ما نفته الحكومة الأرمينية بشكل قاطع.",
            "aircraft_downed denies camp=yerevan -> aircraft_downed camp=baku «أسقطت طائرة»",
        );
    }
}

mod no_losses_of_an_earlier_incident {
    use super::*;

    // "an ambush earlier this month that caused no casualties" tells
    // what an earlier incident did not cause: it denies no toll of today's.
    #[test]
    fn answers_no_toll() {
        check(
            "Armenian officials said 5 civilians were killed in the shelling of Stepanakert. The Azerbaijani army said it had detained two men wanted over an ambush earlier this month near Tartar that caused no casualties.",
            "",
        );
        check(
            "قالت وزارة الصحة الفلسطينية إن 5 فلسطينيين قتلوا في اقتحام نابلس. وقال الجيش الإسرائيلي إنه اعتقل مطلوبين نفذا هجوما في وقت سابق من الشهر الجاري لم يسفر عن مقتل أحد.",
            "",
        );
        check(
            "Palestinian health officials said 5 Palestinians were killed in the raid on Nablus. The Israeli army said the men had carried out an attack earlier this year that caused no casualties.",
            "",
        );
    }

    // (Guards: the same incident, and a month that may be the toll's own.)
    #[test]
    fn while_the_incident_of_the_toll_still_does() {
        check(
            "قالت وزارة الصحة الفلسطينية إن 5 فلسطينيين قتلوا في اقتحام نابلس في مارس. وقال الجيش الإسرائيلي إن اقتحام مارس لم يسفر عن مقتل أحد.",
            "figure:killed denies camp=israel -> killed camp=palestine «5 فلسطينيين قتلوا»",
        );
        check(
            "Palestinian health officials said 5 Palestinians were killed in the raid on Nablus. The Israeli army said the raid caused no casualties.",
            "figure:killed denies camp=israel -> killed camp=palestine «5 Palestinians were killed»",
        );
        check(
            "قالت وزارة الصحة الفلسطينية إن 5 فلسطينيين قتلوا في اقتحام نابلس. وقال الجيش الإسرائيلي إن الاقتحام لم يسفر عن مقتل أحد.",
            "figure:killed denies camp=israel -> killed camp=palestine «5 فلسطينيين قتلوا»",
        );
    }
}

mod a_lie_qualified {
    use super::*;

    // "was absolute lie", "a complete lie", "a total lie": a lie qualified is
    // a verdict as "a lie" is; "disclosed" says it.
    #[test]
    fn is_a_verdict() {
        check(
            "The Armenian claim that Azerbaijani troops used cluster bombs in Stepanakert was absolute lie, an Azerbaijani army spokesman disclosed.",
            "statement denies camp=baku -> statement camp=yerevan «Armenian claim that Azerbaijani troops used cluster bombs in Stepanakert»",
        );
        check(
            "Yerevan said Azerbaijani troops used cluster bombs in Stepanakert. Baku called the claim a complete lie.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani troops used cluster bombs in Stepanakert»",
        );
        check(
            "Yerevan said Azerbaijani troops used cluster bombs in Stepanakert. Azerbaijan's defence ministry said the claim was a total lie.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani troops used cluster bombs in Stepanakert»",
        );
    }

    // "the Tigray People's Liberation Front (TPLF) claim that ...": initials
    // in brackets are part of the claimant's name.
    #[test]
    fn after_initials_in_brackets() {
        check(
            "The Tigray People's Liberation Front (TPLF) claim that government troops used cluster bombs in Mekelle is a lie, the Ethiopian army said.",
            "statement denies camp=ethiopia -> statement camp=tplf «TPLF) claim that government troops used cluster bombs in Mekelle»",
        );
    }
}

mod a_participle_naming_the_object {
    use super::*;

    // "denied the report calling it propaganda": the participle and what it
    // calls the object are the denier's words, no part of what is denied.
    #[test]
    fn is_no_part_of_the_object() {
        let linked = "figure:killed denies camp=yerevan -> killed camp=baku «killed 40»";
        let said = "Baku said its forces killed 40 Armenian soldiers near Tartar.";
        check(&format!("{said} Yerevan denied the report calling it sheer propaganda."), linked);
        check(&format!("{said} Yerevan rejected the claims terming them propaganda."), linked);
        check(&format!("{said} Yerevan dismissed the report branding it a lie."), linked);
    }
}

mod a_pointer_after_despite {
    use super::*;

    // «..، على الرغم من نفي باكو لذلك», "..., despite Baku denying this": a
    // concessive opens a clause of its own, so its pointer answers the
    // clause before it in the sentence, never an earlier sentence.
    #[test]
    fn answers_its_own_sentence() {
        let said = "statement denies camp=baku -> statement camp=yerevan «القوات الأذربيجانية استخدمت قنابل عنقودية في ستيباناكيرت»";
        check(
            "وتقول يريفان إن القوات الأذربيجانية استخدمت قنابل عنقودية في ستيباناكيرت، على الرغم من نفي باكو لذلك.",
            said,
        );
        check("وتقول يريفان إن القوات الأذربيجانية استخدمت قنابل عنقودية في ستيباناكيرت، رغم نفي باكو ذلك.", said);
        check(
            "Yerevan says Azerbaijani troops used cluster bombs in Stepanakert, despite Baku denying this.",
            "statement denies camp=baku -> statement camp=yerevan «Azerbaijani troops used cluster bombs in Stepanakert»",
        );
    }

    #[test]
    fn and_not_an_earlier_sentence() {
        let earlier = "قالت باكو إن القوات الأرمينية استخدمت قنابل عنقودية في ترتر.";
        check(&format!("{earlier} ولا يزال الخبراء يفحصون الموقع، على الرغم من نفي يريفان لذلك."), "");
        check(&format!("{earlier} وتواصل فرق الإنقاذ عملها في الموقع، رغم نفي يريفان ذلك."), "");
        check(&format!("{earlier} وتواصل فرق الإنقاذ عملها في الموقع، بالرغم من نفي يريفان ذلك."), "");
    }
}

mod a_pointer_before_the_denier {
    use super::*;

    // «نفى ذلك المتحدث ...», «نفت ذلك وزارة الدفاع»: "that" right after the
    // verb is what is denied, and the party after it is the denier.
    #[test]
    fn is_the_object() {
        let said = "قالت باكو إن القوات الأرمينية استخدمت قنابل عنقودية في ترتر.";
        let linked =
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية استخدمت قنابل عنقودية في ترتر»";
        check(&format!("{said} ونفى ذلك المتحدث باسم وزارة الدفاع الأرمينية."), linked);
        check(&format!("{said} ونفت ذلك وزارة الدفاع الأرمينية."), linked);
        check(&format!("{said} لكن نفى ذلك الجيش الأرميني في بيان."), linked);
    }
}

mod plural_verbs_of_claiming {
    use super::*;

    // «ادعوا», «زعموا» ("they claimed") speak as «ادعى» does, so the denier
    // after «وهو الأمر الذي كذبته» is not taken for the claimant.
    #[test]
    fn credit_the_claimants() {
        check(
            "وكان مسؤولون أذربيجانيون قد ادعوا مقتل 12 جنديا أرمينيا، وهو الأمر الذي كذبته يريفان.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل 12»",
        );
        check(
            "وزعم مسؤولون أذربيجانيون مقتل 12 جنديا أرمينيا، وهو ما نفته يريفان.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل 12»",
        );
        check(
            "وكان مسؤولون أذربيجانيون قد زعموا مقتل 12 جنديا أرمينيا، وهو ما نفته يريفان.",
            "figure:killed denies camp=yerevan -> killed camp=baku «مقتل 12»",
        );
    }
}

mod a_participle_naming_the_object_guards {
    use super::*;

    // (A guard.) "reports saying they ..." keeps what the reports say: the
    // participle names no verdict.
    #[test]
    fn what_reports_say_stays_in_the_object() {
        check(
            "Baku said Armenian troops abandoned two vehicles near Tartar. Yerevan dismissed reports saying they abandoned two vehicles.",
            "statement denies camp=yerevan -> statement camp=media «reports saying they abandoned two vehicles»",
        );
    }
}

mod a_fake_verdict {
    use super::*;

    // "called the report fake", "the figures were fake": "fake" alone is a
    // verdict, as "false" is.
    #[test]
    fn judges_what_it_is_said_of() {
        let linked = "figure:killed denies camp=yerevan -> killed camp=baku «killed 40»";
        let said = "Baku said its forces killed 40 Armenian soldiers near Tartar.";
        check(&format!("{said} Yerevan called the report fake."), linked);
        check(&format!("{said} An Armenian army spokesman said the figures were fake."), linked);
        check(&format!("{said} Yerevan described the Azerbaijani account as fake."), linked);
    }

    // "carried false passports", "wore fake uniforms": a verdict's word
    // before a noun that names no claim qualifies that noun.
    #[test]
    fn not_before_a_noun_it_qualifies() {
        let said = "Baku said Armenian saboteurs crossed the border near Tartar on Monday.";
        check(&format!("{said} Yerevan said the saboteurs carried false passports."), "");
        check(&format!("{said} Yerevan said the saboteurs wore false uniforms."), "");
        check(&format!("{said} An Armenian spokesman said the saboteurs used false identity papers."), "");
        check(&format!("{said} The Armenian ministry said the saboteurs gave false names to the border guards."), "");
    }

    // «حملوا وثائق مزيفة», «سجلوا فيديو مزيفا»: where adjectives follow
    // their noun, an indefinite verdict's word right after an indefinite
    // common noun qualifies it.
    #[test]
    fn not_after_an_indefinite_noun_it_qualifies() {
        let said = "قالت باكو إن مخربين أرمن عبروا الحدود قرب ترتر يوم الاثنين.";
        check(&format!("{said} وقالت يريفان إن المخربين حملوا وثائق مزيفة."), "");
        check(&format!("{said} وقالت يريفان إن المخربين ارتدوا بزات عسكرية مزيفة."), "");
        check(&format!("{said} وقالت يريفان إن المخربين سجلوا فيديو مزيفا."), "");
    }

    // (Guard: a definite subject, or a clause that names the reports,
    // takes the verdict as its predicate.)
    #[test]
    fn but_after_a_definite_subject_or_reports() {
        let said = "قالت باكو إن مخربين أرمن عبروا الحدود قرب ترتر يوم الاثنين.";
        let linked =
            "statement denies camp=yerevan -> statement camp=baku «مخربين أرمن عبروا الحدود قرب ترتر يوم الاثنين»";
        check(&format!("{said} وقالت يريفان إن هذه الأنباء مزيفة."), linked);
        check(
            &format!("{said} وقالت يريفان إن الأنباء عن عبور مخربين قرب ترتر كاذبة."),
            "statement denies camp=yerevan -> statement camp=media «الأنباء عن عبور مخربين قرب ترتر»",
        );
    }

    // (Guards: before a word for claims it still judges them; a verdict
    // after a copula or "called ..." is said of its subject, whatever follows.)
    #[test]
    fn but_before_a_word_for_claims_or_after_a_copula() {
        let linked = "figure:killed denies camp=yerevan -> killed camp=baku «killed 40»";
        let said = "Baku said its forces killed 40 Armenian soldiers near Tartar.";
        check(&format!("{said} Yerevan dismissed the baseless Azerbaijani claims."), linked);
        check(&format!("{said} Yerevan called the report false on Tuesday."), linked);
        check(&format!("{said} An Armenian spokesman said the figures were untrue in every respect."), linked);
    }

    // (Guard: «وصفت يريفان التقرير بأنه مزيف»: Arabic puts the adjective after its
    // noun, so a verdict with a word after it is still a verdict.)
    #[test]
    fn in_arabic_whatever_follows() {
        let linked = "figure:killed denies camp=yerevan -> killed camp=baku «قتلت 40»";
        let said = "قالت باكو إن قواتها قتلت 40 جنديا أرمينيا قرب ترتر.";
        check(&format!("{said} ووصفت يريفان التقرير بأنه مزيف جملة وتفصيلا."), linked);
        check(&format!("{said} وقالت وزارة الدفاع الأرمينية إن هذه الأرقام كاذبة تماما."), linked);
        check(&format!("{said} وقالت يريفان إن هذه التقارير ملفقة بالكامل."), linked);
    }
}

mod what_was_published {
    use super::*;

    // «نفى ما تداولته بعض وسائل الإعلام عن ...», "denied what some outlets
    // circulated about ...": what a publishing verb after "what" puts about,
    // with no party beside it, is the media's voice; with a party, the
    // party's.
    #[test]
    fn is_the_claim_denied() {
        check(
            "نفت وزارة الدفاع الأرمينية ما تناقلته وسائل الإعلام بشأن قصف مدينة ترتر.",
            "statement denies camp=yerevan -> statement camp=media «تناقلته وسائل الإعلام بشأن قصف مدينة ترتر»",
        );
        check(
            "وينفي الجيش الأرميني ما تداولته بعض وسائل الإعلام عن استخدام أراضيه لقصف ترتر.",
            "statement denies camp=yerevan -> statement camp=media «تداولته بعض وسائل الإعلام عن استخدام أراضيه لقصف ترتر»",
        );
        check(
            "نفت يريفان ما تم تداوله عبر بعض المواقع حول انسحاب قواتها من ترتر.",
            "statement denies camp=yerevan -> statement camp=media «تداوله عبر بعض المواقع حول انسحاب قواتها من ترتر»",
        );
        check(
            "The Armenian defence ministry denied what some media outlets circulated about the shelling of Tartar.",
            "statement denies camp=yerevan -> statement camp=media «some media outlets circulated about the shelling of Tartar»",
        );
        check(
            "Yerevan denied what was being circulated about a withdrawal of its troops from Tartar.",
            "statement denies camp=yerevan -> statement camp=media «circulated about a withdrawal of its troops from Tartar»",
        );
        check(
            "Yerevan denied what some websites were spreading about the shelling of Tartar.",
            "statement denies camp=yerevan -> statement camp=media «some websites were spreading about the shelling of Tartar»",
        );
    }

    #[test]
    fn or_by_the_party_named() {
        check(
            "نفت وزارة الدفاع الأرمينية ما تناقلته إحدى الوكالات الأذربيجانية بشأن قصف مدينة ترتر.",
            "statement denies camp=yerevan -> statement camp=baku «تناقلته إحدى الوكالات الأذربيجانية بشأن قصف مدينة ترتر»",
        );
        check(
            "ونفت وزارة الدفاع الأرمينية ما صدر عن القناة الأذربيجانية بأن قواتها قصفت ترتر.",
            "statement denies camp=yerevan -> statement camp=baku «صدر عن القناة الأذربيجانية بأن قواتها قصفت ترتر»",
        );
    }

    // (Guard: «بهذا الشأن», "about this": a pointer is all it says, so it
    // answers what was said before.)
    #[test]
    fn unless_it_only_points_back() {
        check(
            "قالت باكو إن قواتها قتلت 40 جنديا أرمينيا قرب ترتر. ونفت يريفان ما تداولته وسائل الإعلام بهذا الشأن.",
            "figure:killed denies camp=yerevan -> killed camp=baku «قتلت 40»",
        );
    }
}

// "said it was not responsible for the strike", «قالت إنها غير مسؤولة عن
// القصف»: a denial of responsibility written as a predicate.
mod not_responsible_for {
    use super::*;

    #[test]
    fn denies_the_charge_before_it() {
        check(
            "Yerevan accused Baku of shelling the hospital in Stepanakert. Baku said it was not responsible for the shelling of the hospital.",
            "statement denies camp=baku -> statement camp=yerevan «Baku of shelling the hospital in Stepanakert»",
        );
        check(
            "Baku accused Armenian forces of shelling the market in Tartar. Yerevan said its forces were not behind the attack on the market.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian forces of shelling the market in Tartar»",
        );
        check(
            "Yerevan accused Baku of striking the bridge. A spokesman for the Azerbaijani defence ministry said Baku bears no responsibility for the strike on the bridge.",
            "statement denies camp=baku -> statement camp=yerevan «Baku of striking the bridge»",
        );
        check(
            "اتهمت يريفان باكو بقصف المستشفى في ستيباناكيرت. وقالت باكو إنها ليست مسؤولة عن قصف المستشفى.",
            "statement denies camp=baku -> statement camp=yerevan «باكو بقصف المستشفى في ستيباناكيرت»",
        );
        check(
            "اتهمت باكو القوات الأرمينية بقصف السوق في ترتر. وقالت يريفان إنها غير مسؤولة عن الهجوم على السوق.",
            "statement denies camp=yerevan -> statement camp=baku «القوات الأرمينية بقصف السوق في ترتر»",
        );
        check(
            "اتهمت يريفان باكو بقصف الجسر. وقالت وزارة الدفاع الأذربيجانية إنها لا تتحمل مسؤولية القصف.",
            "statement denies camp=baku -> statement camp=yerevan «باكو بقصف الجسر»",
        );
    }

    /// (Responsible for something else, or not denied: no denial.)
    #[test]
    fn what_is_not_a_denial_of_responsibility() {
        check(
            "Yerevan accused Baku of shelling the hospital. Baku said it was responsible for the security of the road.",
            "",
        );
        check("اتهمت يريفان باكو بقصف المستشفى. وقالت باكو إنها مسؤولة عن أمن الطريق.", "");
    }
}

// "said it had nothing to do with the killing", «قال إنه ليس مسؤولا عن مقتل
// الشاب»: a phrase denying one's own part in an attack or a killing answers
// the statement that names the denier as the doer, though they share no
// word; of a template's reading of another part of that statement ("the
// drones were downed") it denies nothing.
mod a_phrase_denying_one_s_part_in_a_killing {
    use super::*;

    #[test]
    fn answers_the_statement_naming_the_denier() {
        check(
            "قالت يريفان إن قوة أذربيجانية أطلقت النار على الشاب. وقالت باكو إنها ليست مسؤولة عن مقتل الشاب.",
            "statement denies camp=baku -> statement camp=yerevan «قوة أذربيجانية أطلقت النار على الشاب»",
        );
        check(
            "قالت باكو إن جنودا أرمن قتلوا الشاب. وقالت يريفان إنه لا علاقة لها بمقتله.",
            "statement denies camp=yerevan -> statement camp=baku «جنودا أرمن قتلوا الشاب»",
        );
        check(
            "قالت يريفان إن مسيرة أذربيجانية أصابت الحافلة. وقالت باكو إنها غير مسؤولة عن الهجوم.",
            "statement denies camp=baku -> statement camp=yerevan «مسيرة أذربيجانية أصابت الحافلة»",
        );
        check(
            "Yerevan said an Azerbaijani unit shot the shepherd. Baku said it was not responsible for the killing.",
            "statement denies camp=baku -> statement camp=yerevan «an Azerbaijani unit shot the shepherd»",
        );
        check(
            "Baku said Armenian soldiers opened fire on the farmer. Yerevan said it had nothing to do with the killing.",
            "statement denies camp=yerevan -> statement camp=baku «Armenian soldiers opened fire on the farmer»",
        );
        check(
            "Baku said it shot down two drones in what it called an Armenian attack on its base. Yerevan said it had nothing to do with the attack.",
            "statement denies camp=yerevan -> statement camp=baku «it shot down two drones in what it called an Armenian attack on its base»",
        );
    }
}

mod a_denial_of_responsibility_for_an_incident {
    use super::*;

    // "denied responsibility for the attack": of the statements naming the
    // denier's forces, the one that tells an attack, not a later one that
    // only names those forces ("concerned by the expansion of ...").
    #[test]
    fn answers_the_statement_that_tells_the_incident() {
        let cases = [
            (
                "The US statement said the attack came from positions held by the Rwandan army. It added that Washington was deeply concerned by the recent expansion of the Rwandan army in eastern Congo. Rwanda's government spokeswoman denied that the Rwandan army was responsible for the attack.",
                "the attack came from positions held by the Rwandan army",
            ),
            (
                "The State Department said the strike on the camp was launched from areas under the control of Rwandan forces. It added that the United States was alarmed by the growing presence of Rwandan forces near Goma. Rwanda denied responsibility for the strike on the camp.",
                "the strike on the camp was launched from areas under the control of Rwandan forces",
            ),
            (
                "قالت وزارة الخارجية الأمريكية إن القصف على المخيم انطلق من مناطق تسيطر عليها القوات الرواندية. وأضافت أن الولايات المتحدة قلقة من تزايد انتشار القوات الرواندية قرب غوما. ونفت رواندا مسؤولية قواتها عن القصف على المخيم.",
                "القصف على المخيم انطلق من مناطق تسيطر عليها القوات الرواندية",
            ),
            (
                "وقال البيان الأمريكي إن الهجوم جاء من مواقع تسيطر عليها قوات الدفاع الرواندية. وأضاف أن الولايات المتحدة تشعر بقلق بالغ من التوسع الأخير لقوات الدفاع الرواندية في شرق الكونغو. ونفت المتحدثة باسم حكومة رواندا مسؤولية قوات الدفاع الرواندية عن الهجوم.",
                "الهجوم جاء من مواقع تسيطر عليها قوات الدفاع الرواندية",
            ),
            (
                "قال الجيش السوداني إن الغارة على السوق نفذتها قوات الدعم السريع. وأضاف أن قوات الدعم السريع تواصل حشد مقاتليها حول المدينة. ونفت قوات الدعم السريع مسؤوليتها عن الغارة على السوق.",
                "الغارة على السوق نفذتها قوات الدعم السريع",
            ),
        ];
        for (input, answered) in cases {
            let actual = links(&extract(input));
            assert!(
                actual.contains(&format!("«{answered}")),
                "\ninput:    {input}\nactual:   {actual}\nexpected the link to: {answered}\n"
            );
        }
    }

    // A later telling that names no doer says nothing of who did it; a
    // capital after a compass word ("south of Khartoum", «جنوب الخرطوم»)
    // names a place, not the denier.
    #[test]
    fn answers_no_later_telling_that_names_no_doer() {
        check(
            "Sudan's army denied responsibility for the shelling of the market south of Khartoum. Activists said the shelling of the market south of Khartoum killed 43 people.",
            "",
        );
        check(
            "The Sudanese army denied responsibility for the drone strike on a camp east of Khartoum. The Sudan Doctors Network said the drone strike on the camp east of Khartoum killed 20 people.",
            "",
        );
        check(
            "Rwanda denied responsibility for the shelling of the camp north of Kigali. Aid workers said the shelling of the camp north of Kigali killed 9 people.",
            "",
        );
        check(
            "نفى الجيش السوداني أنه كان مسؤولا عن القصف الجوي الذي استهدف سوقا في جنوب الخرطوم. وأعلنت نقابة أطباء السودان أن القصف وقع صباح الأمس في سوق بمنطقة مايو جنوب الخرطوم، ما أسفر عن مقتل 43 شخصا.",
            "",
        );
        check(
            "نفى الجيش السوداني مسؤوليته عن الغارة التي استهدفت سوقا شرق الخرطوم. وقالت لجنة أطباء السودان إن الغارة وقعت ظهر أمس في سوق شعبي شرق الخرطوم، ما أدى إلى مقتل 12 شخصا.",
            "",
        );
    }

    #[test]
    fn answers_a_later_telling_that_names_the_denier() {
        check(
            "Sudan's army denied responsibility for the shelling of the market. Activists said the Sudanese army's shelling of the market killed 43 people.",
            "statement denies camp=sudan -> statement camp=- «the Sudanese army's shelling of the market killed 43 people»",
        );
        check(
            "نفى الجيش السوداني مسؤوليته عن قصف السوق. وقال ناشطون إن قصف الجيش السوداني للسوق أسفر عن مقتل 43 شخصا.",
            "strikes_on_towns:sudan:2020-10-12 denies camp=sudan -> strikes_on_towns:sudan:2020-10-12 camp=- «قصف الجيش السوداني»",
        );
    }
}

mod a_staged_show {
    use super::*;

    // "a staged provocation", «مسرحية مدبرة», «استفزاز متعمد»: a claim
    // called a show put on is a claim denied.
    #[test]
    fn is_a_verdict() {
        let cases = [
            "Ukraine said Russian aircraft bombed the maternity hospital in Mariupol. Russia said the accusations were fully staged.",
            "Kyiv said Russian troops shelled the hospital. Moscow called Kyiv's claims a staged provocation.",
            "The Kremlin said Ukrainian saboteurs had attacked a village across the border. Kyiv dismissed the reports as a deliberate provocation.",
            "وقالت أوكرانيا إن روسيا قصفت مستشفى توليد في ماريوبول. واعتبرت روسيا أن الاتهامات باستهدافها مستشفى التوليد مسرحية مدبرة.",
            "وقالت باكو إن مرتزقة أجانب يقاتلون إلى جانب القوات الأرمينية. ووصفت يريفان اتهامات باكو بأنها تمثيلية.",
            "أعلن الكرملين أن مخربين أوكرانيين شنوا هجوما على قرية حدودية. واعتبرت كييف أن هذه التقارير استفزاز متعمد.",
        ];
        for input in cases {
            let actual = links(&extract(input));
            assert!(
                actual.contains(" denies camp="),
                "\ninput:    {input}\nactual:   {actual}\nexpected a denial that answers a claim\n"
            );
        }
        // A play that is no verdict on anything said.
        check("The army staged a raid on the village, the ministry said.", "");
    }
}
