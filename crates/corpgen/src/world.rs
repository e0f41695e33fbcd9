//! The people, places and conflicts the generated articles write about.
//!
//! Names are spelled as the shipped rule packs spell them (rules/karabakh,
//! rules/sudan, rules/camps.yaml), so the extractor resolves speakers to
//! actors and camps; a test checks that every name here is known to the
//! rules.

/// Which side of a conflict a speaker stands on; it decides what they claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// The side that attacks and takes ground.
    Attacker,
    /// The side that is attacked and counts its losses.
    Defender,
    /// Governments and agencies that are not party to the fighting.
    Observer,
}

/// Someone who may be quoted, named as each language names them.
#[derive(Debug, Clone, Copy)]
pub struct Speaker {
    pub ar: &'static str,
    pub en: &'static str,
    /// Arabic verbs agree with a feminine subject ("قالت").
    pub feminine: bool,
}

/// Whether a place is a settlement (cities, towns and villages can be taken)
/// or an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    City,
    Town,
    Village,
    Region,
}

#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub ar: &'static str,
    pub en: &'static str,
    pub kind: PlaceKind,
}

/// A day, as (year, month, day).
pub type Ymd = (i32, u32, u32);

/// A conflict with its dates, voices and map. Settlements and speakers are
/// all known to the rule packs; places `elsewhere` need not be.
#[derive(Debug)]
pub struct Conflict {
    /// The event id the index gives as `conflict`.
    pub id: &'static str,
    pub first_day: Ymd,
    pub last_day: Ymd,
    /// The attacking side's voices.
    pub attackers: &'static [&'static [Speaker]],
    /// The attacked side's voices.
    pub defenders: &'static [&'static [Speaker]],
    /// Voices outside the fighting.
    pub observers: &'static [&'static [Speaker]],
    /// Settlements where fighting and incidents happen.
    pub settlements: &'static [Place],
    /// Places outside the fighting (where people flee to, where talks are held).
    pub elsewhere: &'static [Place],
    /// The disputed area, for propositions about forces in it.
    pub region: Place,
    /// The attacking side's forces, as a noun phrase.
    pub attacker_forces: (&'static str, &'static str),
    /// The attacked side's forces, as a noun phrase.
    pub defender_forces: (&'static str, &'static str),
    /// The attacking side's capital or state, as an object ("accused Baku of").
    pub attacker_state: (&'static str, &'static str),
    /// Events of earlier years, for background sentences: (year, Arabic, English).
    pub history: &'static [(i32, &'static str, &'static str)],
}

const fn sp(ar: &'static str, en: &'static str, feminine: bool) -> Speaker {
    Speaker { ar, en, feminine }
}

const fn pl(ar: &'static str, en: &'static str, kind: PlaceKind) -> Place {
    Place { ar, en, kind }
}

use PlaceKind::{City, Region, Town, Village};

static KARABAKH_OBSERVERS: [Speaker; 9] = [
    sp("الكرملين", "the Kremlin", false),
    sp("المتحدث باسم الكرملين دميتري بيسكوف", "Kremlin spokesman Dmitry Peskov", false),
    sp("وزارة الدفاع الروسية", "Russia's Defence Ministry", true),
    sp("وزير الخارجية الروسي سيرغي لافروف", "Russian Foreign Minister Sergei Lavrov", false),
    sp("الرئيس التركي رجب طيب أردوغان", "Turkish President Recep Tayyip Erdogan", false),
    sp("وزير الخارجية الأميركي أنتوني بلينكن", "US Secretary of State Antony Blinken", false),
    sp("الرئيس الفرنسي إيمانويل ماكرون", "French President Emmanuel Macron", false),
    sp("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "UN Secretary-General Antonio Guterres", false),
    sp("الأمم المتحدة", "the UN refugee agency UNHCR", true),
];

static BAKU: [Speaker; 6] = [
    sp("الرئيس الأذربيجاني إلهام علييف", "Azerbaijani President Ilham Aliyev", false),
    sp("وزارة الدفاع الأذربيجانية", "Azerbaijan's defence ministry", true),
    sp("مساعد الرئيس الأذربيجاني حكمت حاجييف", "presidential adviser Hikmet Hajiyev", false),
    sp("المتحدث باسم وزارة الدفاع الأذربيجانية أنار إيفازوف", "defence ministry spokesman Anar Eyvazov", false),
    sp("السلطات الأذربيجانية", "the Azerbaijani authorities", true),
    sp("باكو", "Baku", true),
];

static YEREVAN: [Speaker; 6] = [
    sp("رئيس الوزراء الأرميني نيكول باشينيان", "Armenian Prime Minister Nikol Pashinyan", false),
    sp("وزارة الدفاع الأرمينية", "Armenia's defence ministry", true),
    sp("المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان", "defence ministry spokeswoman Shushan Stepanyan", true),
    sp(
        "المتحدث باسم وزارة الدفاع الأرمينية أرتسرون هوفهانيسيان",
        "defence ministry spokesman Artsrun Hovhannisyan",
        false,
    ),
    sp("وزارة الصحة الأرمينية", "Armenia's health ministry", true),
    sp("الحكومة الأرمينية", "the Armenian government", true),
];

static SEPARATISTS_2023: [Speaker; 5] = [
    sp("أمين المظالم في قره باغ غيغام ستيبانيان", "Karabakh ombudsman Gegham Stepanyan", false),
    sp("السلطات الانفصالية", "the separatist authorities", true),
    sp("الزعيم الانفصالي سامفيل شهرامانيان", "separatist leader Samvel Shahramanyan", false),
    sp("روبن فاردانيان", "Ruben Vardanyan", false),
    sp("مسؤول انفصالي", "a separatist official", false),
];

static SEPARATISTS_2020: [Speaker; 4] = [
    sp("رئيس الإقليم الانفصالي أرايك هاروتيونيان", "separatist leader Arayik Harutyunyan", false),
    sp("المتحدثة باسم الرئاسة الانفصالية أرميني غريغوريان", "separatist spokeswoman Armine Grigoryan", true),
    sp("سلطات قره باغ", "the Karabakh authorities", true),
    sp("المتحدث باسم الرئاسة الانفصالية سينور حسراتيان", "separatist spokesman Senor Hasratyan", false),
];

static SUDAN_ATTACKERS: [Speaker; 2] = [
    sp("قوات الدعم السريع", "the Rapid Support Forces", true),
    sp("المتحدث باسم قوات الدعم السريع", "a spokesman for the Rapid Support Forces", false),
];

static SUDAN_DEFENDERS: [Speaker; 3] = [
    sp("الجيش السوداني", "the Sudanese army", false),
    sp("القوات المسلحة السودانية", "the Sudanese Armed Forces", true),
    sp("وزارة الخارجية السودانية", "Sudan's foreign ministry", true),
];

static SUDAN_OBSERVERS: [Speaker; 6] = [
    sp("نقابة أطباء السودان", "the Sudan Doctors Network", true),
    sp("محامو الطوارئ", "Emergency Lawyers", false),
    sp("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "the UN humanitarian affairs office OCHA", false),
    sp("منظمة اليونيسف", "UNICEF", true),
    sp("منسق الشؤون الإنسانية في الأمم المتحدة", "the UN refugee agency UNHCR", false),
    sp("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "UN Secretary-General Antonio Guterres", false),
];

static KARABAKH_2023_SETTLEMENTS: [Place; 5] = [
    pl("ستيبانكيرت", "Stepanakert", City),
    pl("مارتاكيرت", "Martakert", Town),
    pl("شوشا", "Shusha", City),
    pl("لاتشين", "Lachin", Town),
    pl("سيسولان", "Sisulan", Village),
];

static KARABAKH_2020_SETTLEMENTS: [Place; 9] = [
    pl("شوشا", "Shusha", City),
    pl("هادروت", "Hadrut", Town),
    pl("ستيبانكيرت", "Stepanakert", City),
    pl("غانجا", "Ganja", City),
    pl("باردا", "Barda", City),
    pl("ترتر", "Tartar", City),
    pl("مارتاكيرت", "Martakert", Town),
    pl("تاليش", "Talish", Village),
    pl("مينغاتشفير", "Mingachevir", City),
];

static KARABAKH_ELSEWHERE: [Place; 5] = [
    pl("غوريس", "Goris", Town),
    pl("يريفان", "Yerevan", City),
    pl("باكو", "Baku", City),
    pl("كورنيدزور", "Kornidzor", Village),
    pl("موسكو", "Moscow", City),
];

static SUDAN_SETTLEMENTS: [Place; 4] = [
    pl("الفاشر", "El Fasher", City),
    pl("الخرطوم", "Khartoum", City),
    pl("أم درمان", "Omdurman", City),
    pl("الجنينة", "El Geneina", City),
];

static SUDAN_ELSEWHERE: [Place; 4] = [
    pl("بورتسودان", "Port Sudan", City),
    pl("أدري", "Adre", Town),
    pl("القاهرة", "Cairo", City),
    pl("جدة", "Jeddah", City),
];

static KARABAKH_HISTORY: [(i32, &str, &str); 4] = [
    (1994, "انتهت الحرب الأولى بوقف لإطلاق النار", "the first war ended in a ceasefire"),
    (2016, "اندلعت مواجهات قصيرة على خط التماس", "a short flare-up broke out along the line of contact"),
    (2020, "استعادت أذربيجان مناطق واسعة من الإقليم", "Azerbaijan regained large parts of the region"),
    (2022, "بدأت محادثات سلام بوساطة أوروبية", "peace talks began under European mediation"),
];

static SUDAN_HISTORY: [(i32, &str, &str); 3] = [
    (2019, "أطاحت احتجاجات شعبية بالرئيس السابق", "street protests toppled the former president"),
    (
        2021,
        "تولى الجيش السلطة بعد حل الحكومة الانتقالية",
        "the army took power and dissolved the transitional government",
    ),
    (2023, "اندلع القتال بين الجيش وقوات الدعم السريع", "fighting broke out between the army and the RSF"),
];

pub static KARABAKH_2023: Conflict = Conflict {
    id: "karabakh-2023",
    first_day: (2023, 9, 19),
    last_day: (2023, 10, 15),
    attackers: &[&BAKU],
    defenders: &[&YEREVAN, &SEPARATISTS_2023],
    observers: &[&KARABAKH_OBSERVERS],
    settlements: &KARABAKH_2023_SETTLEMENTS,
    elsewhere: &KARABAKH_ELSEWHERE,
    region: pl("ناغورني قره باغ", "Nagorno-Karabakh", Region),
    attacker_forces: ("القوات الأذربيجانية", "Azerbaijani forces"),
    defender_forces: ("القوات الأرمينية", "Armenian forces"),
    attacker_state: ("أذربيجان", "Azerbaijan"),
    history: &KARABAKH_HISTORY,
};

pub static KARABAKH_2020: Conflict = Conflict {
    id: "karabakh-2020",
    first_day: (2020, 9, 27),
    last_day: (2020, 11, 10),
    attackers: &[&BAKU],
    defenders: &[&YEREVAN, &SEPARATISTS_2020],
    observers: &[&KARABAKH_OBSERVERS],
    settlements: &KARABAKH_2020_SETTLEMENTS,
    elsewhere: &KARABAKH_ELSEWHERE,
    region: pl("قره باغ", "Karabakh", Region),
    attacker_forces: ("القوات الأذربيجانية", "Azerbaijani forces"),
    defender_forces: ("القوات الأرمينية", "Armenian forces"),
    attacker_state: ("باكو", "Baku"),
    history: &KARABAKH_HISTORY,
};

pub static SUDAN: Conflict = Conflict {
    id: "sudan-war",
    first_day: (2023, 4, 15),
    last_day: (2024, 12, 31),
    attackers: &[&SUDAN_ATTACKERS],
    defenders: &[&SUDAN_DEFENDERS],
    observers: &[&SUDAN_OBSERVERS],
    settlements: &SUDAN_SETTLEMENTS,
    elsewhere: &SUDAN_ELSEWHERE,
    region: pl("دارفور", "Darfur", Region),
    attacker_forces: ("قوات الدعم السريع", "the Rapid Support Forces"),
    defender_forces: ("الجيش السوداني", "the Sudanese army"),
    attacker_state: ("قوات الدعم السريع", "the RSF"),
    history: &SUDAN_HISTORY,
};

/// The conflicts and how often an article is about each (percent).
pub static CONFLICTS: [(&Conflict, u32); 3] = [(&KARABAKH_2023, 45), (&KARABAKH_2020, 35), (&SUDAN, 20)];

/// Outlets, invented: (Arabic articles, English articles).
pub static OUTLETS_AR: [&str; 6] =
    ["الأفق اليومية", "وكالة المدار", "بوابة الشرق الإخبارية", "صحيفة الرصد", "نشرة الساحل", "موقع الجسر"];
pub static OUTLETS_EN: [&str; 6] =
    ["Meridian Wire", "Harbor Tribune", "Northgate Herald", "Crescent Agency", "Lowland Courier", "Daily Ledger"];

impl Conflict {
    /// The voices of one side, in groups (a government, a separatist
    /// administration, ...).
    pub fn voices(&self, stance: Stance) -> &'static [&'static [Speaker]] {
        match stance {
            Stance::Attacker => self.attackers,
            Stance::Defender => self.defenders,
            Stance::Observer => self.observers,
        }
    }

    /// Every speaker of the conflict.
    pub fn speakers(&self) -> impl Iterator<Item = &'static Speaker> + '_ {
        [self.attackers, self.defenders, self.observers].into_iter().flatten().flat_map(|group| group.iter())
    }
}
