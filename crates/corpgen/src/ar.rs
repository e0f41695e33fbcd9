//! Arabic sentence templates.
//!
//! Sentences open with the verb, as Arabic news does ("وقالت الوزارة إن
//! ..."), and the verb agrees with a feminine speaker. Counted nouns follow
//! the number: a plural after 3–10, the accusative singular after 11–99, the
//! genitive singular after hundreds and thousands.

use crate::world::{Place, PlaceKind, Speaker, Stance};
use crate::{Figure, Kind, Metric, Qualifier, Rng, Story, Strike};

const WEEKDAYS: [&str; 7] = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

/// Reporting verbs: masculine, feminine, and the word that introduces what was said.
const VERBS: [(&str, &str, &str); 7] = [
    ("قال", "قالت", "إن"),
    ("أعلن", "أعلنت", "أن"),
    ("أكد", "أكدت", "أن"),
    ("أفاد", "أفادت", "بأن"),
    ("ذكر", "ذكرت", "أن"),
    ("أوضح", "أوضحت", "أن"),
    ("صرح", "صرحت", "بأن"),
];

/// A counted noun: plural (3–10), accusative singular (11–99), genitive singular (100+).
type Counted = (&'static str, &'static str, &'static str);

const PEOPLE: [Counted; 4] =
    [("أشخاص", "شخصا", "شخص"), ("مدنيين", "مدنيا", "مدني"), ("جنود", "جنديا", "جندي"), ("أطفال", "طفلا", "طفل")];
const DEAD: Counted = ("قتلى", "قتيلا", "قتيل");
const INJURED: Counted = ("جرحى", "جريحا", "جريح");
const FIGHTERS: Counted = ("مقاتلين", "مقاتلا", "مقاتل");
const REFUGEES: Counted = ("نازحين", "نازحا", "نازح");

const DIGITS: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const SMALL: [&str; 11] = ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];

fn w(rng: &mut Rng, lead: bool) -> &'static str {
    if !lead && rng.chance(75) { "و" } else { "" }
}

/// A reporting verb agreeing with `s`, and its complementizer.
fn verb(s: &Speaker, rng: &mut Rng) -> (&'static str, &'static str) {
    let (m, f, c) = *rng.pick(&VERBS);
    (if s.feminine { f } else { m }, c)
}

fn fem(s: &Speaker, masculine: &'static str, feminine: &'static str) -> &'static str {
    if s.feminine { feminine } else { masculine }
}

/// When or how it was said, with a leading space, or nothing.
fn when(story: &Story, rng: &mut Rng) -> String {
    let today = WEEKDAYS[story.weekday];
    let yesterday = WEEKDAYS[(story.weekday + 6) % 7];
    match rng.below(9) {
        0 => format!(" اليوم {today}"),
        1 => format!(" أمس {yesterday}"),
        2 => " في بيان".to_owned(),
        3 => format!(" مساء {yesterday}"),
        4 => " في مؤتمر صحفي".to_owned(),
        5 => " في وقت سابق اليوم".to_owned(),
        _ => String::new(),
    }
}

fn kind_word(p: &Place) -> &'static str {
    match p.kind {
        PlaceKind::City => "مدينة",
        PlaceKind::Town => "بلدة",
        PlaceKind::Village => "قرية",
        PlaceKind::Region => "منطقة",
    }
}

/// A number as Arabic news writes it: digits (sometimes Arabic-Indic), words
/// for small ones, "آلاف"/"ألف" for round thousands.
fn number(n: u64, rng: &mut Rng) -> String {
    let digits = |n: u64, rng: &mut Rng| {
        let s = n.to_string();
        if rng.chance(12) { s.chars().map(|c| DIGITS[c.to_digit(10).unwrap_or(0) as usize]).collect() } else { s }
    };
    if (3..=10).contains(&n) && rng.chance(35) {
        return SMALL[n as usize].to_owned();
    }
    if n >= 2000 && n.is_multiple_of(1000) {
        let k = n / 1000;
        return match k {
            2 => "ألفي".to_owned(),
            3..=10 => format!("{} آلاف", digits(k, rng)),
            _ => format!("{} ألف", digits(k, rng)),
        };
    }
    if n >= 1000 && rng.chance(20) {
        return format!("{},{:03}", n / 1000, n % 1000);
    }
    digits(n, rng)
}

/// The form of a counted noun after `n`.
fn counted(n: u64, noun: Counted) -> &'static str {
    match n {
        0..=10 => noun.0,
        11..=99 => noun.1,
        _ => noun.2,
    }
}

/// "أكثر من 40 شخصا", "40 شخصا على الأقل", "عشرات المدنيين": a qualified
/// figure and its noun.
fn figure(f: Figure, noun: Counted, rng: &mut Rng) -> String {
    let n = f.value;
    if f.qualifier == Qualifier::Vague {
        let vague = if n < 100 {
            "عشرات"
        } else if n < 1000 {
            "مئات"
        } else {
            "آلاف"
        };
        return format!("{vague} ال{}", noun.0);
    }
    let number = number(n, rng);
    let noun = counted(n, noun);
    // Two wordings for the commoner qualifiers.
    let second = rng.chance(35);
    match f.qualifier {
        Qualifier::Exact | Qualifier::Vague => format!("{number} {noun}"),
        Qualifier::AtLeast if second => format!("{number} {noun} على الأقل"),
        Qualifier::AtLeast => format!("ما لا يقل عن {number} {noun}"),
        Qualifier::AtLeastAfter => format!("{number} {noun} على الأقل"),
        Qualifier::MoreThan if second => format!("ما يزيد على {number} {noun}"),
        Qualifier::MoreThan => format!("أكثر من {number} {noun}"),
        Qualifier::About if second => format!("حوالي {number} {noun}"),
        Qualifier::About => format!("نحو {number} {noun}"),
        Qualifier::Nearly => format!("قرابة {number} {noun}"),
        Qualifier::UpTo => format!("ما يصل إلى {number} {noun}"),
        Qualifier::LessThan => format!("أقل من {number} {noun}"),
    }
}

const SPANS: [&str; 5] = ["", "", " منذ بدء العملية العسكرية", " منذ بدء القتال", " منذ اندلاع المعارك"];

/// Over what span a war-wide figure counts, with a leading space, or nothing.
fn span(rng: &mut Rng) -> &'static str {
    SPANS[rng.below(SPANS.len())]
}

pub fn sentence(kind: Kind, story: &Story, lead: bool, rng: &mut Rng) -> String {
    match kind {
        Kind::Figure => figure_claim(story, lead, rng),
        Kind::Proposition => proposition(story, lead, rng),
        Kind::Framing => framing(story, lead, rng),
        Kind::Background => background(story, rng),
        Kind::Neutral => neutral(story, rng),
    }
}

fn figure_claim(story: &Story, lead: bool, rng: &mut Rng) -> String {
    let metric =
        [Metric::Killed, Metric::Wounded, Metric::Displaced, Metric::Combatants][rng.weighted(&[50, 24, 20, 6])];
    if matches!(metric, Metric::Killed | Metric::Wounded) && rng.chance(30) {
        return incident_claim(story, metric, lead, rng);
    }
    let stance = story.stance(rng);
    let (s, group) = story.voice(stance, rng);
    let w = w(rng, lead);
    let (v, c) = verb(&s, rng);
    let t = when(story, rng);
    let n = story.figure(metric, stance, group, rng);
    let people = PEOPLE[n.population];
    let ctx = span(rng);
    let region = story.conflict.region.ar;
    let sp = s.ar;
    match metric {
        Metric::Killed => match rng.below(6) {
            0 => format!("{w}{v} {sp}{t} {c} {} قتلوا{ctx}.", figure(n, people, rng)),
            1 => {
                let (event, caused) = *rng.pick(&[
                    ("العملية العسكرية", "أسفرت عن"),
                    ("القتال", "أسفر عن"),
                    ("الهجوم", "أدى إلى"),
                    ("المعارك", "أدت إلى"),
                ]);
                format!("{w}{v} {sp}{t} {c} {event} {caused} مقتل {}.", figure(n, people, rng))
            }
            2 => format!("{w}بحسب {sp}، سقط {}{ctx}.", figure(n, DEAD, rng)),
            3 => {
                let hurt = story.figure(Metric::Wounded, stance, group, rng).value;
                format!("{w}{v} {sp}{t} {c} {} قتلوا وأصيب {} آخرين{ctx}.", figure(n, people, rng), number(hurt, rng))
            }
            4 => format!("{w}{v} {sp}{t}: «{} سقطوا في {region} حتى الآن».", figure(n, DEAD, rng)),
            _ => format!("{w}{v} {sp}{t} {c} حصيلة القتلى ارتفعت إلى {}{ctx}.", number(n.value, rng)),
        },
        Metric::Wounded => match rng.below(3) {
            0 => format!("{w}{v} {sp}{t} {c} {} أصيبوا بجروح{ctx}.", figure(n, people, rng)),
            1 => format!("{w}{v} {sp}{t} {c} القتال أدى إلى إصابة {}.", figure(n, people, rng)),
            _ => format!("{w}{v} {sp}{t} {c} المستشفيات استقبلت {}{ctx}.", figure(n, INJURED, rng)),
        },
        Metric::Displaced => {
            let away = story.elsewhere(rng);
            match rng.below(4) {
                0 => format!("{w}{v} {sp}{t} {c} {} نزحوا من {region}.", figure(n, people, rng)),
                1 => format!("{w}{v} {sp}{t} {c} {} فروا إلى {} خلال الأيام الماضية.", figure(n, people, rng), away.ar),
                2 => format!("{w}{v} {sp}{t} إجلاء {} من {region}.", figure(n, people, rng)),
                _ => format!("{w}بحسب {sp}، وصل {} إلى {}.", figure(n, REFUGEES, rng), away.ar),
            }
        }
        Metric::Combatants => {
            let accused = fem(&s, "اتهم", "اتهمت");
            format!("{w}{accused} {sp} الطرف الآخر بنشر {} في {region}.", figure(n, FIGHTERS, rng))
        }
    }
}

/// One strike on one place, reported by the side that was hit or by an observer.
fn incident_claim(story: &Story, metric: Metric, lead: bool, rng: &mut Rng) -> String {
    let stance = if rng.chance(70) { Stance::Defender } else { Stance::Observer };
    let s = story.speaker(stance, rng);
    let w = w(rng, lead);
    let (v, c) = verb(&s, rng);
    let place = story.settlement(rng);
    let days_ago = u64::from(rng.chance(30));
    let strikes = ["قصف", "غارة", "هجوم صاروخي", "قصف مدفعي"];
    let (n, strike) = story.incident(&Strike { place: &place, metric, days_ago }, strikes.len(), rng);
    let strike = strikes[strike];
    let people = PEOPLE[n.population];
    let day = if days_ago == 0 { "اليوم" } else { "أمس" };
    let (kind, city) = (kind_word(&place), place.ar);
    match (metric, rng.below(2)) {
        (Metric::Killed, 0) => {
            format!("{w}{v} {} {c} {} قتلوا في {strike} على {kind} {city} {day}.", s.ar, figure(n, people, rng))
        }
        (Metric::Killed, _) => {
            format!("{w}{v} {} {c} {strike} على {kind} {city} {day} أسفر عن مقتل {}.", s.ar, figure(n, people, rng))
        }
        (_, 0) => format!("{w}{v} {} {c} {} أصيبوا في {strike} على {kind} {city} {day}.", s.ar, figure(n, people, rng)),
        _ => format!("{w}{v} {} {c} {strike} على {kind} {city} {day} أدى إلى إصابة {}.", s.ar, figure(n, people, rng)),
    }
}

fn proposition(story: &Story, lead: bool, rng: &mut Rng) -> String {
    let w = w(rng, lead);
    let c = story.conflict;
    let place = story.settlement(rng);
    let (city, kind) = (place.ar, kind_word(&place));
    let (attackers, defenders) = (c.attacker_forces.0, c.defender_forces.0);
    let choice = rng.below(if story.is_karabakh() { 12 } else { 8 });
    if choice >= 8 {
        return karabakh_proposition(story, choice, w, rng);
    }
    match choice {
        0 | 1 => {
            let s = story.speaker(Stance::Attacker, rng);
            let (v, cmp) = verb(&s, rng);
            let t = when(story, rng);
            if choice == 0 {
                // Verbs that take the news as their object: "أعلن سيطرة ...".
                let (m, f) = *rng.pick(&[("أعلن", "أعلنت"), ("أكد", "أكدت")]);
                let forces = fem(&s, "قواته", "قواتها");
                format!("{w}{} {}{t} سيطرة {forces} على {kind} {city}.", fem(&s, m, f), s.ar)
            } else {
                format!("{w}{v} {}{t} {cmp} القوات استعادت {kind} {city} بعد معارك عنيفة.", s.ar)
            }
        }
        2 | 3 => {
            let s = story.speaker(Stance::Defender, rng);
            if choice == 2 {
                let denied = fem(&s, "نفى", "نفت");
                let adding = fem(&s, "مؤكدا", "مؤكدة");
                format!("{w}{denied} {} سقوط {kind} {city}، {adding} أن {defenders} ما زالت تسيطر عليها.", s.ar)
            } else {
                let (v, cmp) = verb(&s, rng);
                format!("{w}{v} {}{} {cmp} المعارك في {kind} {city} لا تزال مستمرة.", s.ar, when(story, rng))
            }
        }
        4 | 5 => {
            let s = story.speaker(if rng.chance(70) { Stance::Defender } else { Stance::Observer }, rng);
            let accused = fem(&s, "اتهم", "اتهمت");
            format!("{w}{accused} {} {attackers} باستهداف المدنيين في {kind} {city}.", s.ar)
        }
        6 => {
            let s = story.speaker(Stance::Attacker, rng);
            let (v, cmp) = verb(&s, rng);
            format!("{w}{v} {} {cmp} قواتها تستهدف فقط المواقع العسكرية.", s.ar)
        }
        _ => {
            let s = story.speaker(Stance::Defender, rng);
            let (v, cmp) = verb(&s, rng);
            format!("{w}{v} {}{} {cmp} الدفاعات الجوية أسقطت طائرة مسيرة فوق {city}.", s.ar, when(story, rng))
        }
    }
}

/// The propositions only the Karabakh war has (foreign troops, ethnic
/// cleansing): `choice` 8 to 11.
fn karabakh_proposition(story: &Story, choice: usize, w: &str, rng: &mut Rng) -> String {
    let c = story.conflict;
    let region = c.region.ar;
    match choice {
        8 => {
            let s = story.speaker(Stance::Attacker, rng);
            let (v, cmp) = verb(&s, rng);
            format!("{w}{v} {} {cmp} وجود قوات أرمينية في {region} يهدد أمن المنطقة.", s.ar)
        }
        9 => {
            let s = story.speaker(Stance::Defender, rng);
            let denied = fem(&s, "نفى", "نفت");
            format!("{w}{denied} {} وجود أي قوات أرمينية في {region}.", s.ar)
        }
        10 => {
            let s = story.speaker(Stance::Defender, rng);
            let accused = fem(&s, "اتهم", "اتهمت");
            format!("{w}{accused} {} {} بممارسة تطهير عرقي بحق السكان.", s.ar, c.attacker_state.0)
        }
        _ => {
            let s = story.speaker(if rng.chance(60) { Stance::Attacker } else { Stance::Observer }, rng);
            let rejected = fem(&s, "رفض", "رفضت");
            format!("{w}{rejected} {} اتهامات التطهير العرقي في {region}.", s.ar)
        }
    }
}

fn framing(story: &Story, lead: bool, rng: &mut Rng) -> String {
    let w = w(rng, lead);
    let region = story.conflict.region.ar;
    if rng.chance(50) {
        let s = story.speaker(Stance::Attacker, rng);
        let described = fem(&s, "وصف", "وصفت");
        let how = *rng.pick(&["في بيان", "في تصريحات صحفية", "في كلمة متلفزة"]);
        format!("{w}{described} {} {how} العملية بأنها إجراءات لمكافحة الإرهاب.", s.ar)
    } else {
        let s = story.speaker(Stance::Defender, rng);
        let condemned = fem(&s, "ندد", "نددت");
        let called = fem(&s, "وصفه", "وصفته");
        format!("{w}{condemned} {} بما {called} بالعدوان على {region}.", s.ar)
    }
}

fn background(story: &Story, rng: &mut Rng) -> String {
    let c = story.conflict;
    let place = story.settlement(rng);
    let away = story.elsewhere(rng);
    match rng.below(8) {
        0 => format!("وتبعد {} نحو {} كيلومترا عن {}.", place.ar, rng.range(12, 95), away.ar),
        1 | 2 => {
            let (year, what, _) = *rng.pick(c.history);
            format!("وفي عام {year}، {what}.")
        }
        3 => format!(
            "ويمتد الطريق الرابط بين {} و{} على مسافة {} كيلومترا عبر ممرات وعرة.",
            place.ar,
            away.ar,
            rng.range(20, 90)
        ),
        4 => format!("واستمرت الجولة السابقة من المحادثات {} أيام دون التوصل إلى اتفاق.", rng.range(3, 9)),
        5 => format!("وكانت آخر جولة من المفاوضات قد عقدت قبل {} أشهر في {}.", rng.range(3, 10), away.ar),
        6 => format!("ويقع مطار {} على بعد {} كيلومترات من وسط المدينة.", place.ar, rng.range(3, 10)),
        _ => format!("ويعود النزاع في {} إلى عقود، وشهد عام {} أعنف جولاته.", c.region.ar, rng.pick(c.history).0),
    }
}

/// Narrative with no claim: the day's scenes, diplomacy, aid.
const NEUTRAL: [&str; 34] = [
    "ووصلت قافلة تابعة للصليب الأحمر إلى مشارف {city} بعد ظهر اليوم.",
    "وبدت شوارع {city} شبه خالية، فيما أغلقت معظم المحال التجارية أبوابها.",
    "ويعاني السكان من نقص حاد في الوقود والطحين والأدوية منذ أسابيع.",
    "وعقد وزير الخارجية الروسي لقاء مع نظيره التركي لبحث سبل التهدئة.",
    "ودعا الاتحاد الأوروبي الطرفين إلى ضبط النفس والعودة إلى طاولة المفاوضات.",
    "ومن المنتظر أن تستأنف المحادثات بين الجانبين في {away} الأسبوع المقبل.",
    "وتصاعد الدخان فوق التلال المحيطة {city} مع حلول المساء.",
    "وحولت منظمات محلية المدارس والصالات الرياضية إلى مراكز إيواء مؤقتة.",
    "واصطفت طوابير طويلة من السيارات عند المعبر الحدودي منذ ساعات الفجر.",
    "وأغلقت السلطات المطار المحلي أمام الرحلات المدنية حتى إشعار آخر.",
    "وتتابع العواصم الغربية التطورات الميدانية بقلق متزايد.",
    "وتضم {city} أسواقا قديمة ومعالم دينية يعود بعضها إلى قرون.",
    "وانقطعت خدمات الإنترنت والهاتف عن أجزاء واسعة من المنطقة.",
    "وتحاول الفرق الطبية الوصول إلى القرى النائية في المرتفعات.",
    "وارتفعت أسعار المواد الغذائية في الأسواق المحلية بشكل لافت.",
    "ولم يتمكن الصحفيون المستقلون من دخول المنطقة للتحقق من الأوضاع على الأرض.",
    "وانتظرت شاحنات المساعدات ساعات عند الحاجز قبل السماح لها بالمرور.",
    "وناشدت عائلات المفقودين الجهات المعنية الكشف عن مصير أبنائها.",
    "وشوهدت عربات عسكرية تتحرك على الطريق السريع المؤدي إلى {city}.",
    "وتسود حالة من الترقب بين السكان بانتظار ما ستسفر عنه الاتصالات الدبلوماسية.",
    "وأعادت بعض المدارس فتح أبوابها في الأحياء البعيدة عن خطوط التماس.",
    "ويقضي كثير من العائلات لياليهم في الأقبية والملاجئ.",
    "وتبادل الوسطاء الأوروبيون الرسائل مع العاصمتين طوال اليوم.",
    "وتجمع متطوعون أمام مراكز التبرع بالدم في {away}.",
    "ويخشى المزارعون ضياع موسم الحصاد بعد أن هجروا حقولهم.",
    "وتوقفت حركة الحافلات بين {city} والبلدات المجاورة.",
    "ويشكو سكان {city} من انقطاع الكهرباء والمياه لساعات طويلة.",
    "وأرسلت دول عدة شحنات من الخيام والبطانيات إلى المنطقة.",
    "وتواصل الجهات الدولية مساعيها لترتيب لقاء مباشر بين قادة الطرفين.",
    "وتقع {city} في منطقة جبلية يصعب الوصول إليها في فصل الشتاء.",
    "وخيم الهدوء الحذر على الأحياء الشرقية من {city} صباح اليوم.",
    "ويعمل الأطباء في ظروف صعبة مع نقص المعدات والكوادر.",
    "وتحدث مراقبون عن تحولات عميقة في موازين القوى الإقليمية.",
    "ويطالب ناشطون بفتح ممرات آمنة لخروج المرضى وكبار السن.",
];

fn neutral(story: &Story, rng: &mut Rng) -> String {
    let template = *rng.pick(&NEUTRAL);
    let city = story.settlement(rng).ar;
    // "المحيطة بالخرطوم", "المحيطة بـستيبانكيرت": the preposition joins a name.
    let with_city = if city.starts_with("ال") { format!("ب{city}") } else { format!("بـ{city}") };
    template
        .replace("المحيطة {city}", &format!("المحيطة {with_city}"))
        .replace("{city}", city)
        .replace("{away}", story.elsewhere(rng).ar)
}

pub fn headline(story: &Story, rng: &mut Rng) -> String {
    let place = story.focus.ar;
    let region = story.conflict.region.ar;
    let away = story.elsewhere(rng).ar;
    match rng.below(6) {
        0 => format!("{place}: معارك عنيفة وتبادل للاتهامات"),
        1 => format!("تصعيد جديد في {region}"),
        2 => format!("موجة نزوح من {place}"),
        3 => format!("محادثات مرتقبة في {away} وسط استمرار القتال"),
        4 => format!("حصيلة متضاربة للمواجهات في {place}"),
        _ => format!("{region}: قلق دولي وأزمة إنسانية"),
    }
}

const SUBHEADINGS: [&str; 5] = ["قتلى وجرحى", "موقف دولي", "أزمة إنسانية", "مفاوضات متعثرة", "على الأرض"];

pub fn subheading(rng: &mut Rng) -> &'static str {
    SUBHEADINGS[rng.below(SUBHEADINGS.len())]
}
