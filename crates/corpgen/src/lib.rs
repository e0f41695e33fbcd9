//! A deterministic generator of benchmark corpora: news articles in Arabic
//! and English about the conflicts the shipped rule packs know, written from
//! sentence templates.
//!
//! Every article is drawn from its own random stream (seed and article
//! number), so the same seed gives byte-identical files, and the first
//! thousand articles of a 10k corpus are the 1k corpus. About a quarter of
//! the sentences hold a claim: a figure given by a speaker ("at least 40
//! people were killed, the ministry said"), a proposition asserted or denied
//! (a town captured, forces present) or a framing word; the rest are
//! background (years, durations, distances) and plain narrative.
//!
//! The text is made up. Speakers, places and events carry the names the
//! rule packs use, so that camps and events resolve; outlets are invented.

mod ar;
mod en;
pub mod rng;
pub mod world;

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

pub use rng::Rng;
use world::{CONFLICTS, Conflict, OUTLETS_AR, OUTLETS_EN, Place, Stance, Ymd};

/// Bumped whenever the same seed would give different text.
pub const GENERATOR_VERSION: u32 = 1;

/// Articles per directory: a directory never holds more, plus its index.
pub const ARTICLES_PER_DIR: u64 = 1000;

/// The file in the output directory that records how the corpus was made.
pub const STAMP_FILE: &str = "corpgen.stamp";

/// The language of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

/// What a sentence is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A speaker gives a figure: killed, wounded, displaced, fighters.
    Figure,
    /// A speaker asserts or denies a proposition (a town taken, forces present, ...).
    Proposition,
    /// A speaker names the fighting in their camp's terms.
    Framing,
    /// History, distances and durations: numbers, but no claim.
    Background,
    /// Narrative with no claim.
    Neutral,
}

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    Killed,
    Wounded,
    Displaced,
    Combatants,
}

/// A figure as one statement gives it: the value and how it is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub value: u64,
    pub qualifier: Qualifier,
    /// Who is counted: 0 people, 1 civilians, 2 soldiers, 3 children.
    pub population: usize,
}

/// How a figure is qualified; each language has its words for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    AtLeast,
    /// "at least" written after the figure ("40 or more", "40 على الأقل").
    AtLeastAfter,
    MoreThan,
    About,
    Nearly,
    UpTo,
    LessThan,
    /// "dozens", "hundreds": no number at all.
    Vague,
}

/// What one article is about: its conflict, day and main place.
///
/// Figures are not made up per article: each side's voices (a ministry, a
/// separatist administration, the UN) have an official toll per metric that
/// grows as the days pass, and articles cite it, mostly with the qualifier
/// the statement used. So, as in real coverage, many articles repeat a few
/// figures, and the number of distinct figures does not grow with the corpus.
#[derive(Debug, Clone)]
pub struct Story {
    pub conflict: &'static Conflict,
    pub published: Ymd,
    /// Day of the week of `published`, 0 for Monday.
    pub weekday: usize,
    /// The settlement most of the article is about.
    pub focus: Place,
    /// Days since the conflict's first day.
    day: u64,
    seed: u64,
}

impl Story {
    pub fn new(seed: u64, rng: &mut Rng) -> Self {
        let weights: Vec<u32> = CONFLICTS.iter().map(|c| c.1).collect();
        let conflict = CONFLICTS[rng.weighted(&weights)].0;
        let first = days_from_civil(conflict.first_day);
        let last = days_from_civil(conflict.last_day);
        let day = rng.range(0, (last - first) as u64);
        let date = first + day as i64;
        Self {
            conflict,
            published: civil_from_days(date),
            weekday: (date + 3).rem_euclid(7) as usize,
            focus: *rng.pick(conflict.settlements),
            day,
            seed,
        }
    }

    /// The official figure of one group of voices for `metric`, as of the
    /// article's day (or the day before), and the qualifier it came with.
    fn official(&self, metric: Metric, stance: Stance, group: usize, rng: &mut Rng) -> Figure {
        let key = self.conflict.id.bytes().fold(self.seed, |h, b| rng::mix(h ^ u64::from(b)));
        let key = rng::mix(key ^ (metric as u64) << 8 ^ (stance as u64) << 16 ^ (group as u64) << 24);
        let mut own = Rng::new(key);
        let base = match metric {
            Metric::Killed => own.range(20, 320),
            Metric::Wounded => own.range(60, 900),
            Metric::Displaced => own.range(2_000, if self.conflict.id == "sudan-war" { 300_000 } else { 90_000 }),
            Metric::Combatants => own.range(200, 3_000),
        };
        let percent = match stance {
            Stance::Defender => own.range(90, 160),
            Stance::Attacker => own.range(15, 50),
            Stance::Observer => own.range(70, 120),
        };
        // Tolls are updated daily in the first week of a short war, about
        // monthly in a long one.
        let day = self.day.saturating_sub(u64::from(rng.chance(30)));
        let update = if self.conflict.id == "sudan-war" { day / 30 } else { day.min(7) };
        let value = round_figure((base * percent / 100 * (100 + 30 * update) / 100).max(3));
        let qualifier = [Qualifier::Exact, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::About]
            [rng::mix(key ^ update) as usize % 4];
        let population = [0, 0, 0, 1, 1, 2][(key >> 40) as usize % 6];
        Figure { value, qualifier, population }
    }

    /// The toll of one strike, as every voice that reports it gives it, and
    /// which of `strikes` kinds of strike it was.
    pub fn incident(&self, strike: &Strike, strikes: usize, rng: &mut Rng) -> (Figure, usize) {
        let Strike { place, metric, days_ago } = *strike;
        let day = self.day.saturating_sub(days_ago);
        let key = [self.conflict.id, place.en]
            .iter()
            .flat_map(|s| s.bytes())
            .fold(self.seed ^ day << 32, |h, b| rng::mix(h ^ u64::from(b)));
        let mut own = Rng::new(rng::mix(key ^ metric as u64));
        let value = match metric {
            Metric::Wounded => own.range(4, 90),
            _ => own.range(2, 40),
        };
        let qualifier = if own.chance(60) { Qualifier::Exact } else { Qualifier::AtLeast };
        let population = [0, 0, 1, 1, 3][own.below(5)];
        let mut figure = Figure { value, qualifier, population };
        self.reword(&mut figure, rng);
        (figure, rng::mix(key) as usize % strikes)
    }

    /// Most articles repeat a figure as it was given; some qualify it their
    /// own way, or only say "dozens", or count other people.
    fn reword(&self, figure: &mut Figure, rng: &mut Rng) {
        if rng.chance(3) {
            figure.qualifier = Qualifier::Vague;
        } else if rng.chance(10) {
            use Qualifier::*;
            let all = [Exact, AtLeast, AtLeastAfter, MoreThan, About, Nearly, UpTo, LessThan];
            figure.qualifier = all[rng.weighted(&[30, 14, 8, 16, 14, 8, 6, 4])];
        }
        if rng.chance(10) {
            figure.population = rng.below(4);
        }
    }

    /// A figure for `metric` as a voice of `stance` (in its `group`) gives
    /// it: the attacked side counts high, the attacking side low. Most
    /// articles repeat the official wording; some qualify it their own way.
    pub fn figure(&self, metric: Metric, stance: Stance, group: usize, rng: &mut Rng) -> Figure {
        let mut figure = self.official(metric, stance, group, rng);
        self.reword(&mut figure, rng);
        figure
    }

    /// A settlement of the conflict, usually the article's focus.
    pub fn settlement(&self, rng: &mut Rng) -> Place {
        if rng.chance(60) { self.focus } else { *rng.pick(self.conflict.settlements) }
    }

    /// A place away from the fighting.
    pub fn elsewhere(&self, rng: &mut Rng) -> Place {
        *rng.pick(self.conflict.elsewhere)
    }

    /// A speaker of the given side.
    pub fn speaker(&self, stance: Stance, rng: &mut Rng) -> world::Speaker {
        self.voice(stance, rng).0
    }

    /// A speaker of the given side and the index of their group of voices.
    pub fn voice(&self, stance: Stance, rng: &mut Rng) -> (world::Speaker, usize) {
        let groups = self.conflict.voices(stance);
        let group = rng.below(groups.len());
        (*rng.pick(groups[group]), group)
    }

    /// A side, weighted towards the side that counts its losses.
    pub fn stance(&self, rng: &mut Rng) -> Stance {
        [Stance::Defender, Stance::Attacker, Stance::Observer][rng.weighted(&[50, 25, 25])]
    }

    pub fn is_karabakh(&self) -> bool {
        self.conflict.id.starts_with("karabakh")
    }
}

/// One strike on one place, on the article's day (`days_ago` 0) or the day
/// before (1), and what its toll counts.
#[derive(Debug, Clone, Copy)]
pub struct Strike<'a> {
    pub place: &'a Place,
    pub metric: Metric,
    pub days_ago: u64,
}

/// Figures as news gives them: small ones exact, large ones round.
fn round_figure(n: u64) -> u64 {
    match n {
        0..=60 => n,
        61..=1000 => n / 10 * 10,
        1001..=20_000 => n / 100 * 100,
        _ => n / 1000 * 1000,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil((y, m, d): Ymd) -> i64 {
    let y = i64::from(if m <= 2 { y - 1 } else { y });
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let (m, d) = (i64::from(m), i64::from(d));
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day `z` days after 1970-01-01.
pub fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// One generated article with its index metadata.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file name, e.g. `000042_ar.txt`.
    pub file: String,
    /// The directory it belongs in, e.g. `0000`.
    pub dir: String,
    pub lang: Lang,
    pub published: Ymd,
    pub outlet: &'static str,
    pub conflict: &'static str,
    pub text: String,
    /// Sentences written, headings not counted.
    pub sentences: usize,
}

/// How the lines of an article are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Paragraphs of one to three sentences between blank lines.
    Paragraphs,
    /// One sentence per line, no blank lines.
    Lines,
    /// Paragraphs hard-wrapped at a fixed width, as some wire copy is.
    Wrapped(usize),
}

fn sentence(lang: Lang, kind: Kind, story: &Story, lead: bool, rng: &mut Rng) -> String {
    match lang {
        Lang::Ar => ar::sentence(kind, story, lead, rng),
        Lang::En => en::sentence(kind, story, lead, rng),
    }
}

/// The kind of the next sentence: news leads with a claim; after it most
/// sentences are narrative.
fn next_kind(lead: bool, rng: &mut Rng) -> Kind {
    if lead {
        [Kind::Figure, Kind::Proposition, Kind::Neutral][rng.weighted(&[55, 25, 20])]
    } else {
        [Kind::Figure, Kind::Proposition, Kind::Framing, Kind::Background, Kind::Neutral]
            [rng.weighted(&[11, 6, 3, 18, 62])]
    }
}

/// Generates article number `index` of the corpus with `seed`.
pub fn article(seed: u64, index: u64) -> Article {
    let mut rng = Rng::for_item(seed, index);
    let lang = if rng.chance(60) { Lang::Ar } else { Lang::En };
    let story = Story::new(seed, &mut rng);
    let outlet = *rng.pick(match lang {
        Lang::Ar => &OUTLETS_AR,
        Lang::En => &OUTLETS_EN,
    });
    let layout = match lang {
        Lang::Ar => match rng.weighted(&[45, 25, 30]) {
            0 => Layout::Paragraphs,
            1 => Layout::Lines,
            _ => Layout::Wrapped(rng.range(60, 80) as usize),
        },
        Lang::En => Layout::Paragraphs,
    };
    let headline = match lang {
        Lang::Ar => ar::headline(&story, &mut rng),
        Lang::En => en::headline(&story, &mut rng),
    };
    let (body, bytes) = body(lang, &story, headline.len() + 2, &mut rng);
    let sentences = body.len();
    let mut text = String::with_capacity(bytes + 64);
    text.push_str(&headline);
    text.push_str("\n\n");
    lay_out(&body, lang, layout, &mut text, &mut rng);
    Article {
        file: format!("{index:06}_{}.txt", lang.code()),
        dir: format!("{:04}", index / ARTICLES_PER_DIR),
        lang,
        published: story.published,
        outlet,
        conflict: story.conflict.id,
        text,
        sentences,
    }
}

/// An article's sentences: 15 to 30 of them, to about 1,500 to 3,000
/// bytes, none said twice. `bytes` is the length before them (the
/// headline's); returns the sentences and the length with them.
fn body(lang: Lang, story: &Story, mut bytes: usize, rng: &mut Rng) -> (Vec<String>, usize) {
    let target = rng.range(1500, 3000) as usize;
    let mut body: Vec<String> = Vec::new();
    while body.len() < 15 || (body.len() < 30 && bytes < target) {
        let lead = body.is_empty();
        let kind = next_kind(lead, rng);
        // An article does not say the same thing twice.
        let mut s = sentence(lang, kind, story, lead, rng);
        for _ in 0..4 {
            if !body.contains(&s) {
                break;
            }
            s = sentence(lang, kind, story, lead, rng);
        }
        bytes += s.len() + 1;
        body.push(s);
    }
    (body, bytes)
}

/// Appends the sentences to `text` as `layout` sets them, in paragraphs,
/// sometimes with a subheading among them.
fn lay_out(body: &[String], lang: Lang, layout: Layout, text: &mut String, rng: &mut Rng) {
    let sentences = body.len();
    let subheading_at = if rng.chance(30) { Some(rng.range(5, sentences as u64 - 3) as usize) } else { None };
    let mut i = 0;
    while i < body.len() {
        if subheading_at == Some(i) {
            let sub = match lang {
                Lang::Ar => ar::subheading(rng),
                Lang::En => en::subheading(rng),
            };
            text.push_str(sub);
            text.push_str(if layout == Layout::Lines { "\n" } else { "\n\n" });
        }
        let take = match layout {
            Layout::Lines => 1,
            Layout::Paragraphs => [1, 1, 2, 3][rng.below(4)],
            Layout::Wrapped(_) => rng.range(2, 4) as usize,
        }
        .min(body.len() - i);
        let take = match subheading_at {
            Some(at) if at > i && at < i + take => at - i,
            _ => take,
        };
        let paragraph = body[i..i + take].join(" ");
        i += take;
        match layout {
            Layout::Wrapped(width) => wrap(&paragraph, width, text),
            _ => text.push_str(&paragraph),
        }
        text.push('\n');
        if layout != Layout::Lines && i < body.len() {
            text.push('\n');
        }
    }
}

/// Appends `paragraph` broken into lines of at most `width` characters (a
/// longer word gets a line of its own).
fn wrap(paragraph: &str, width: usize, out: &mut String) {
    let mut line_chars = 0;
    for (n, word) in paragraph.split(' ').enumerate() {
        let chars = word.chars().count();
        if n > 0 {
            if line_chars + 1 + chars > width {
                out.push('\n');
                line_chars = 0;
            } else {
                out.push(' ');
                line_chars += 1;
            }
        }
        out.push_str(word);
        line_chars += chars;
    }
}

/// `count` sentences of one kind and language, from a random story of
/// `seed`: material for benchmarks that need claim-only or claim-free text.
pub fn sentences(lang: Lang, kind: Kind, count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(rng::mix(seed));
    let story = Story::new(seed, &mut rng);
    (0..count).map(|_| sentence(lang, kind, &story, false, &mut rng)).collect()
}

/// The first article of `seed` in `lang`, for benchmarks that need one
/// seed-sized article of a language.
pub fn article_in(lang: Lang, seed: u64) -> Article {
    (0..).map(|i| article(seed, i)).find(|a| a.lang == lang).expect("both languages occur")
}

/// What was written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    pub articles: u64,
    pub bytes: u64,
    pub sentences: u64,
}

/// Writes `articles` articles of `seed` under `out`, in directories of at
/// most [`ARTICLES_PER_DIR`] articles, each with its `index.yaml`, and a
/// stamp naming the parameters. A directory this generator wrote before is
/// replaced; any other non-empty directory is refused.
pub fn write_corpus(out: &Path, articles: u64, seed: u64) -> io::Result<Written> {
    prepare(out)?;
    // Marks the directory as this generator's before any article is
    // written, so an interrupted run is cleared, not refused, next time.
    std::fs::write(out.join(STAMP_FILE), "crosscheck-corpgen (incomplete)\n")?;
    let mut written = Written::default();
    let dirs = articles.div_ceil(ARTICLES_PER_DIR);
    for d in 0..dirs {
        let first = d * ARTICLES_PER_DIR;
        let last = (first + ARTICLES_PER_DIR).min(articles);
        let dir = out.join(format!("{d:04}"));
        std::fs::create_dir_all(&dir)?;
        let mut index = format!(
            "# Generated by crosscheck-corpgen (version {GENERATOR_VERSION}, seed {seed}): synthetic articles.\n"
        );
        for i in first..last {
            let a = article(seed, i);
            std::fs::write(dir.join(&a.file), &a.text)?;
            let (y, m, day) = a.published;
            let _ = write!(
                index,
                "- file: {}\n  language: {}\n  published: {y:04}-{m:02}-{day:02}\n  outlet: {}\n  conflict: {}\n",
                a.file,
                a.lang.code(),
                a.outlet,
                a.conflict
            );
            written.articles += 1;
            written.bytes += a.text.len() as u64;
            written.sentences += a.sentences as u64;
        }
        std::fs::write(dir.join("index.yaml"), index)?;
    }
    let mut stamp = std::fs::File::create(out.join(STAMP_FILE))?;
    writeln!(stamp, "{}", stamp_line(articles, seed))?;
    Ok(written)
}

/// Whether `out` holds the corpus of `articles` and `seed` written by this
/// version of the generator (its stamp says so).
pub fn holds_corpus(out: &Path, articles: u64, seed: u64) -> bool {
    std::fs::read_to_string(out.join(STAMP_FILE)).is_ok_and(|s| s.trim_end() == stamp_line(articles, seed))
}

/// The stamp's content for a corpus: generator version and parameters.
pub fn stamp_line(articles: u64, seed: u64) -> String {
    format!("crosscheck-corpgen version={GENERATOR_VERSION} articles={articles} seed={seed}")
}

/// Makes `out` an empty directory, removing what an earlier run wrote.
fn prepare(out: &Path) -> io::Result<()> {
    if !out.exists() {
        return std::fs::create_dir_all(out);
    }
    let entries: Vec<PathBuf> = std::fs::read_dir(out)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    if entries.is_empty() {
        return Ok(());
    }
    if !out.join(STAMP_FILE).is_file() {
        return Err(io::Error::other(format!(
            "{} is not empty and was not written by crosscheck-corpgen; choose another directory",
            out.display()
        )));
    }
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let ours = name == STAMP_FILE || (name.len() == 4 && name.bytes().all(|b| b.is_ascii_digit()));
        if ours && path.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else if ours {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Capitalises the first letter (English speaker phrases start sentences).
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(days_from_civil((1970, 1, 1)), 0);
        assert_eq!(civil_from_days(days_from_civil((2023, 9, 19))), (2023, 9, 19));
        assert_eq!(civil_from_days(days_from_civil((2020, 2, 29))), (2020, 2, 29));
        // 2023-09-20 was a Wednesday (index 2).
        assert_eq!((days_from_civil((2023, 9, 20)) + 3).rem_euclid(7), 2);
    }

    #[test]
    fn same_seed_same_article() {
        for i in 0..50 {
            assert_eq!(article(9, i).text, article(9, i).text);
        }
        assert_ne!(article(9, 0).text, article(10, 0).text);
    }

    #[test]
    fn wrapping_keeps_words_and_width() {
        let mut out = String::new();
        wrap("one two three four five six seven", 9, &mut out);
        assert_eq!(out, "one two\nthree\nfour five\nsix seven");
    }
}
