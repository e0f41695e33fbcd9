//! English sentence templates, in the wire style: the speaker first or the
//! attribution at the end ("..., the ministry said on Tuesday").

use crate::world::{Place, PlaceKind, Stance};
use crate::{Figure, Kind, Metric, Qualifier, Rng, Story, Strike, capitalize};

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const SMALL: [&str; 13] =
    ["", "", "", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

const PEOPLE: [&str; 4] = ["people", "civilians", "soldiers", "children"];

/// When it was said, with a leading space, or nothing.
fn when(story: &Story, rng: &mut Rng) -> String {
    let today = WEEKDAYS[story.weekday];
    let yesterday = WEEKDAYS[(story.weekday + 6) % 7];
    match rng.below(8) {
        0 | 1 => format!(" on {today}"),
        2 => format!(" on {yesterday}"),
        3 => " in a statement".to_owned(),
        4 => " earlier today".to_owned(),
        _ => String::new(),
    }
}

fn kind_word(p: &Place) -> &'static str {
    match p.kind {
        PlaceKind::City => "city",
        PlaceKind::Town => "town",
        PlaceKind::Village => "village",
        PlaceKind::Region => "region",
    }
}

fn number(n: u64, rng: &mut Rng) -> String {
    if (3..=12).contains(&n) && rng.chance(40) {
        return SMALL[n as usize].to_owned();
    }
    if n >= 1000 {
        if n.is_multiple_of(1000) && (3000..=12_000).contains(&n) && rng.chance(15) {
            return format!("{} thousand", SMALL[(n / 1000) as usize]);
        }
        if rng.chance(75) {
            let (high, low) = (n / 1000, n % 1000);
            return if high >= 1000 {
                format!("{},{:03},{low:03}", high / 1000, high % 1000)
            } else {
                format!("{high},{low:03}")
            };
        }
    }
    n.to_string()
}

/// A qualified figure and its noun: "at least 40 people", "dozens of civilians".
fn figure(f: Figure, noun: &str, rng: &mut Rng) -> String {
    let n = f.value;
    if f.qualifier == Qualifier::Vague {
        let vague = if n < 100 {
            "dozens"
        } else if n < 1000 {
            "hundreds"
        } else {
            "thousands"
        };
        return format!("{vague} of {noun}");
    }
    let number = number(n, rng);
    // Two wordings for the commoner qualifiers.
    let second = rng.chance(35);
    match f.qualifier {
        Qualifier::Exact | Qualifier::Vague => format!("{number} {noun}"),
        Qualifier::AtLeast if second => format!("no fewer than {number} {noun}"),
        Qualifier::AtLeast => format!("at least {number} {noun}"),
        Qualifier::AtLeastAfter => format!("{number} {noun} or more"),
        Qualifier::MoreThan if second => format!("over {number} {noun}"),
        Qualifier::MoreThan => format!("more than {number} {noun}"),
        Qualifier::About if second => format!("around {number} {noun}"),
        Qualifier::About => format!("about {number} {noun}"),
        Qualifier::Nearly => format!("nearly {number} {noun}"),
        Qualifier::UpTo if second => format!("as many as {number} {noun}"),
        Qualifier::UpTo => format!("up to {number} {noun}"),
        Qualifier::LessThan => format!("fewer than {number} {noun}"),
    }
}

/// A figure that opens a sentence: capitalised, and never a bare digit
/// ("A total of 40 people ...", as style guides ask).
fn opening(figure: String) -> String {
    if figure.starts_with(|c: char| c.is_ascii_digit()) { format!("A total of {figure}") } else { capitalize(&figure) }
}

const SPANS: [&str; 5] = ["", "", " since the offensive began", " since the fighting started", " so far"];

/// Over what span a war-wide figure counts, with a leading space, or nothing.
fn span(rng: &mut Rng) -> &'static str {
    SPANS[rng.below(SPANS.len())]
}

pub fn sentence(kind: Kind, story: &Story, lead: bool, rng: &mut Rng) -> String {
    let _ = lead;
    match kind {
        Kind::Figure => figure_claim(story, rng),
        Kind::Proposition => proposition(story, rng),
        Kind::Framing => framing(story, rng),
        Kind::Background => background(story, rng),
        Kind::Neutral => neutral(story, rng),
    }
}

fn figure_claim(story: &Story, rng: &mut Rng) -> String {
    let metric =
        [Metric::Killed, Metric::Wounded, Metric::Displaced, Metric::Combatants][rng.weighted(&[50, 24, 20, 6])];
    if matches!(metric, Metric::Killed | Metric::Wounded) && rng.chance(30) {
        return incident_claim(story, metric, rng);
    }
    let stance = story.stance(rng);
    let (speaker, group) = story.voice(stance, rng);
    let s = speaker.en;
    let t = when(story, rng);
    let n = story.figure(metric, stance, group, rng);
    let people = PEOPLE[n.population];
    let ctx = span(rng);
    let region = story.conflict.region.en;
    let s_cap = capitalize(s);
    match metric {
        Metric::Killed => match rng.below(6) {
            0 => format!("{s_cap} said{t} that {} were killed{ctx}.", figure(n, people, rng)),
            1 => format!("{} were killed{ctx}, {s} said{t}.", opening(figure(n, people, rng))),
            2 => {
                let event = rng.pick(&["the offensive", "the fighting", "the war"]);
                format!("According to {s}, {event} has killed {}.", figure(n, people, rng))
            }
            3 => {
                let hurt = story.figure(Metric::Wounded, stance, group, rng).value;
                format!(
                    "{s_cap} told reporters that {} had died and {} were wounded{ctx}.",
                    figure(n, people, rng),
                    number(hurt, rng)
                )
            }
            4 => format!("{s_cap} put the death toll at {}{ctx}.", number(n.value, rng)),
            _ => format!("{s_cap} said{t} the death toll had risen to {}.", number(n.value, rng)),
        },
        Metric::Wounded => match rng.below(3) {
            0 => format!("{s_cap} reported that {} were injured{ctx}.", figure(n, people, rng)),
            1 => format!("{} were wounded{ctx}, {s} said.", opening(figure(n, people, rng))),
            _ => format!("{s_cap} said{t} that hospitals had treated {} wounded{ctx}.", number(n.value, rng)),
        },
        Metric::Displaced => {
            let away = story.elsewhere(rng).en;
            match rng.below(4) {
                0 => format!("{s_cap} said{t} that {} had fled {region}.", figure(n, people, rng)),
                1 => format!("According to {s}, {} have crossed into {away}.", figure(n, "refugees", rng)),
                2 => format!("{s_cap} announced the evacuation of {} from {region}.", figure(n, people, rng)),
                _ => format!("{} have been displaced{ctx}, {s} said{t}.", opening(figure(n, people, rng))),
            }
        }
        Metric::Combatants => {
            format!("{s_cap} accused the other side of sending {} to {region}.", figure(n, "fighters", rng))
        }
    }
}

/// One strike on one place, reported by the side that was hit or by an observer.
fn incident_claim(story: &Story, metric: Metric, rng: &mut Rng) -> String {
    let stance = if rng.chance(70) { Stance::Defender } else { Stance::Observer };
    let s = story.speaker(stance, rng).en;
    let place = story.settlement(rng);
    let days_ago = u64::from(rng.chance(30));
    let strikes = ["shelling of", "an airstrike on", "a rocket attack on", "a drone strike on"];
    let (n, strike) = story.incident(&Strike { place: &place, metric, days_ago }, strikes.len(), rng);
    let strike = strikes[strike];
    let people = PEOPLE[n.population];
    let day = WEEKDAYS[(story.weekday + 7 - days_ago as usize) % 7];
    let (kind, city) = (kind_word(&place), place.en);
    let hurt = if metric == Metric::Killed { "killed" } else { "wounded" };
    if rng.chance(50) {
        format!(
            "{} said {} were {hurt} in {strike} the {kind} of {city} on {day}.",
            capitalize(s),
            figure(n, people, rng)
        )
    } else {
        format!("{} were {hurt} in {strike} {city} on {day}, {s} said.", opening(figure(n, people, rng)))
    }
}

fn proposition(story: &Story, rng: &mut Rng) -> String {
    let c = story.conflict;
    let place = story.settlement(rng);
    let (city, kind) = (place.en, kind_word(&place));
    let region = c.region.en;
    let (attackers, state) = (c.attacker_forces.1, c.attacker_state.1);
    let choice = rng.below(if story.is_karabakh() { 13 } else { 9 });
    let stance = match choice {
        0 | 1 | 6 | 8 | 9 => Stance::Attacker,
        4 | 5 if rng.chance(30) => Stance::Observer,
        12 if rng.chance(40) => Stance::Observer,
        _ => Stance::Defender,
    };
    let s = story.speaker(stance, rng).en;
    let s_cap = capitalize(s);
    let t = when(story, rng);
    match choice {
        0 => format!("{s_cap} said{t} that its forces had captured the {kind} of {city}."),
        1 => format!("{} have taken control of the {kind} of {city}, {s} said{t}.", capitalize(attackers)),
        2 => format!("{s_cap} denied the fall of {city}."),
        3 => format!("{s_cap} said{t} that fighting in {city} continues."),
        4 | 5 => format!("{s_cap} accused {attackers} of targeting civilians in {city}."),
        6 => format!("{s_cap} said its forces struck only legitimate military targets."),
        7 => format!("{s_cap} said air defences shot down a drone over {city}{t}."),
        8 => format!("{s_cap} announced the liberation of {city}{t}."),
        9 => format!("{s_cap} said the presence of Armenian forces in {region} left no other option."),
        10 => format!("{s_cap} said{t} that Armenia has no troops in {region}."),
        11 => format!("{s_cap} accused {state} of ethnic cleansing."),
        _ => format!("{s_cap} rejected accusations of ethnic cleansing."),
    }
}

fn framing(story: &Story, rng: &mut Rng) -> String {
    let region = story.conflict.region.en;
    if rng.chance(50) {
        let s = capitalize(story.speaker(Stance::Attacker, rng).en);
        format!("{s} called the operation a set of local anti-terrorist measures.")
    } else {
        let s = capitalize(story.speaker(Stance::Defender, rng).en);
        format!("{s} condemned what it called an act of aggression against {region}.")
    }
}

fn background(story: &Story, rng: &mut Rng) -> String {
    let c = story.conflict;
    let place = story.settlement(rng).en;
    let away = story.elsewhere(rng).en;
    match rng.below(8) {
        0 => format!("{place} lies about {} kilometres from {away}.", rng.range(12, 95)),
        1 | 2 => {
            let (year, _, what) = *rng.pick(c.history);
            format!("In {year}, {what}.")
        }
        3 => format!(
            "The road between {place} and {away} winds for some {} km through mountain passes.",
            rng.range(20, 90)
        ),
        4 => format!("The previous round of talks lasted {} days without an agreement.", rng.range(3, 9)),
        5 => format!("The last round of negotiations took place {} months ago in {away}.", rng.range(3, 10)),
        6 => format!("The airport of {place} is {} km from the city centre.", rng.range(3, 10)),
        _ => format!(
            "The dispute over {} goes back decades, and {} saw its worst fighting.",
            c.region.en,
            rng.pick(c.history).0
        ),
    }
}

/// Narrative with no claim.
const NEUTRAL: [&str; 34] = [
    "A Red Cross convoy reached the outskirts of {city} in the afternoon.",
    "Most shops in {city} stayed shut, and the streets were largely empty.",
    "Residents have gone without fuel, flour and medicine for weeks.",
    "Russia's foreign minister met his Turkish counterpart to discuss ways to calm the situation.",
    "The European Union urged both sides to show restraint and return to talks.",
    "Further talks are expected in {away} next week.",
    "Smoke rose above the hills around {city} as night fell.",
    "Local groups turned schools and sports halls into shelters.",
    "Long lines of cars formed at the border crossing before dawn.",
    "The local airport remains closed to civilian flights.",
    "Western capitals are following events on the ground with growing concern.",
    "{city} is known for its old markets and religious sites, some of them centuries old.",
    "Internet and phone lines were cut across much of the area.",
    "Medical teams are struggling to reach remote mountain villages.",
    "Food prices in local markets have climbed sharply.",
    "Independent journalists have not been able to enter the area.",
    "Aid trucks waited for hours at a checkpoint before being let through.",
    "Families of the missing gathered outside government buildings to ask for news.",
    "Military vehicles were seen moving along the highway towards {city}.",
    "Residents are waiting anxiously for the outcome of the diplomatic contacts.",
    "Some schools reopened in districts far from the front line.",
    "Many families spend their nights in basements and shelters.",
    "European mediators passed messages between the two capitals all day.",
    "Volunteers queued outside blood donation centres in {away}.",
    "Farmers fear they will lose the harvest after leaving their fields.",
    "Bus services between {city} and nearby towns have stopped.",
    "People in {city} go without electricity and water for long hours.",
    "Several countries sent tents and blankets to the area.",
    "Diplomats are working to arrange a direct meeting between the two leaders.",
    "{city} sits in mountainous terrain that is hard to reach in winter.",
    "A tense calm settled over the eastern districts of {city} in the morning.",
    "Doctors are working in difficult conditions, short of equipment and staff.",
    "Analysts describe a deep shift in the regional balance of power.",
    "Activists are calling for safe corridors for the sick and the elderly.",
];

fn neutral(story: &Story, rng: &mut Rng) -> String {
    let template = *rng.pick(&NEUTRAL);
    template.replace("{city}", story.settlement(rng).en).replace("{away}", story.elsewhere(rng).en)
}

pub fn headline(story: &Story, rng: &mut Rng) -> String {
    let place = story.focus.en;
    let region = story.conflict.region.en;
    let away = story.elsewhere(rng).en;
    match rng.below(6) {
        0 => format!("Heavy fighting around {place} as both sides trade blame"),
        1 => format!("New escalation in {region}"),
        2 => format!("Residents leave {place}"),
        3 => format!("Talks planned in {away} as fighting goes on"),
        4 => format!("Conflicting tolls from {place}"),
        _ => format!("{region}: international concern and a humanitarian crisis"),
    }
}

const SUBHEADINGS: [&str; 5] =
    ["Casualties", "Diplomatic push", "Humanitarian crisis", "Stalled talks", "On the ground"];

pub fn subheading(rng: &mut Rng) -> &'static str {
    SUBHEADINGS[rng.below(SUBHEADINGS.len())]
}
