//! An article's language when nothing says it: the script first, decided by
//! counting letters (cheap, and never wrong about Arabic against English),
//! then, only where several languages with rule packs share that script,
//! the statistical detector, restricted to those languages. A short English
//! article can no longer come out as Afrikaans, which has no pack.

use crosscheck_model::Language;

/// A writing system, as far as choosing among rule packs needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Script {
    Arabic,
    Cyrillic,
    Hebrew,
    Latin,
}

/// How many characters of an article are looked at.
const SAMPLE_CHARS: usize = 4000;

fn script_of(c: char) -> Option<Script> {
    match c as u32 {
        // The Arabic letters proper, most of an Arabic text: all alphabetic,
        // so the Unicode table lookup below (about 100 instructions a
        // character) is skipped for them.
        0x0621..=0x063A | 0x0641..=0x064A => Some(Script::Arabic),
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF
            if c.is_alphabetic() =>
        {
            Some(Script::Arabic)
        }
        0x0400..=0x052F if c.is_alphabetic() => Some(Script::Cyrillic),
        0x0590..=0x05FF if c.is_alphabetic() => Some(Script::Hebrew),
        0x0041..=0x005A | 0x0061..=0x007A | 0x00C0..=0x024F if c.is_alphabetic() => Some(Script::Latin),
        _ => None,
    }
}

/// The script most of the text's letters are written in: the most letters
/// among its first [`SAMPLE_CHARS`] characters (ties to the first script in
/// [`Script`]'s order). The count stops as soon as the characters left
/// could no longer change the answer, which for an article in one script
/// is about half way.
pub fn dominant_script(text: &str) -> Option<Script> {
    let bytes = text.as_bytes();
    let mut counts = [0usize; 4];
    let (mut i, mut chars) = (0, 0);
    while i < bytes.len() && chars < SAMPLE_CHARS {
        if settled(&counts, (SAMPLE_CHARS - chars).min(bytes.len() - i)) {
            break;
        }
        // The characters up to the next check, counted without asking at each.
        let stop = (chars + SETTLED_EVERY).min(SAMPLE_CHARS);
        while i < bytes.len() && chars < stop {
            let (script, len) = script_at(text, i);
            if let Some(s) = script {
                counts[s as usize] += 1;
            }
            i += len;
            chars += 1;
        }
    }
    let (best, &count) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    if count == 0 {
        return None;
    }
    [Script::Arabic, Script::Cyrillic, Script::Hebrew, Script::Latin].get(best).copied()
}

/// How many characters are counted between two checks of whether the
/// answer is settled.
const SETTLED_EVERY: usize = 64;

/// Whether one script leads every other by more than `left` letters, so
/// that no `left` more characters could change which leads.
fn settled(counts: &[usize; 4], left: usize) -> bool {
    let Some((best, &lead)) = counts.iter().enumerate().max_by_key(|&(_, n)| *n) else { return false };
    counts.iter().enumerate().all(|(k, &n)| k == best || lead > n + left)
}

/// The script of the character at byte `i` of `text`, and its length in
/// bytes. ASCII and the Arabic letters proper (two bytes, 0xD8 0xA1 to
/// 0xD8 0xBA and 0xD9 0x81 to 0xD9 0x8A) are read from their bytes.
fn script_at(text: &str, i: usize) -> (Option<Script>, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (b.is_ascii_alphabetic().then_some(Script::Latin), 1);
    }
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    if (b == 0xD8 && (0xA1..=0xBA).contains(&next)) || (b == 0xD9 && (0x81..=0x8A).contains(&next)) {
        return (Some(Script::Arabic), 2);
    }
    let c = text[i..].chars().next().unwrap_or_default();
    (script_of(c), c.len_utf8().max(1))
}

/// The script a language (ISO 639-1 code) is written in, and the
/// detector's name for it, for the languages packs are likely to exist for.
fn language_info(code: &str) -> Option<(Script, whatlang::Lang)> {
    use whatlang::Lang;
    Some(match code {
        "ar" => (Script::Arabic, Lang::Ara),
        "fa" => (Script::Arabic, Lang::Pes),
        "ur" => (Script::Arabic, Lang::Urd),
        "he" => (Script::Hebrew, Lang::Heb),
        "ru" => (Script::Cyrillic, Lang::Rus),
        "uk" => (Script::Cyrillic, Lang::Ukr),
        "en" => (Script::Latin, Lang::Eng),
        "fr" => (Script::Latin, Lang::Fra),
        "de" => (Script::Latin, Lang::Deu),
        "es" => (Script::Latin, Lang::Spa),
        "tr" => (Script::Latin, Lang::Tur),
        "az" => (Script::Latin, Lang::Aze),
        _ => return None,
    })
}

/// The language of `text` among `packs` (the languages with rule packs):
/// the only pack in the text's script, or the detector's choice among the
/// packs in it. `None` when no pack is written in the text's script (the
/// caller may then ask the detector without restriction).
pub fn detect(text: &str, packs: &[&str]) -> Option<Language> {
    let script = dominant_script(text)?;
    let candidates: Vec<(&str, whatlang::Lang)> = packs
        .iter()
        .filter_map(|&code| language_info(code).filter(|(s, _)| *s == script).map(|(_, lang)| (code, lang)))
        .collect();
    match candidates.as_slice() {
        [] => None,
        [(code, _)] => Some(Language::new(*code)),
        many => {
            let sample: String = text.chars().take(SAMPLE_CHARS).collect();
            let detector = whatlang::Detector::with_allowlist(many.iter().map(|(_, l)| *l).collect());
            let lang = detector.detect_lang(&sample)?;
            many.iter().find(|(_, l)| *l == lang).map(|(code, _)| Language::new(*code))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_the_one_most_letters_are_in() {
        assert_eq!(dominant_script("\u{642}\u{627}\u{644} 12 (UN)"), Some(Script::Arabic));
        assert_eq!(dominant_script("Officials said 12 (\u{642})"), Some(Script::Latin));
        assert_eq!(dominant_script("12, 13 -- 2023"), None);
    }

    /// The count that stops once the answer is settled gives the answer of
    /// counting every one of the first [`SAMPLE_CHARS`] characters.
    #[test]
    fn stopping_early_gives_the_full_count_s_answer() {
        let full = |text: &str| {
            let mut counts = [0usize; 4];
            for c in text.chars().take(SAMPLE_CHARS) {
                if let Some(s) = script_of(c) {
                    counts[s as usize] += 1;
                }
            }
            let (best, &n) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
            (n > 0).then(|| [Script::Arabic, Script::Cyrillic, Script::Hebrew, Script::Latin][best])
        };
        let (ar, en, he) = ("\u{642}\u{627}\u{644} \u{6a9} ", "said 12 é ", "\u{5e9}\u{5dc} ");
        let mut texts = Vec::new();
        for (a, b, n) in [(ar, en, 300), (en, ar, 300), (ar, he, 700), (en, he, 10), (ar, en, 2000)] {
            texts.push(format!("{}{}", a.repeat(n), b.repeat(n)));
            texts.push(format!("{}{}", b.repeat(n / 2), a.repeat(n)));
            texts.push(a.repeat(n) + &b.repeat(n * 2));
        }
        texts.push(format!("{}{}", ar.repeat(800), en.repeat(560)));
        texts.push(format!("{}{}", "\u{feff}\u{200f}".repeat(900), he.repeat(900)));
        for text in &texts {
            assert_eq!(dominant_script(text), full(text), "{text}");
        }
    }

    #[test]
    fn the_arabic_letters_read_without_the_table_are_alphabetic() {
        for c in ('\u{621}'..='\u{63a}').chain('\u{641}'..='\u{64a}') {
            assert!(c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn one_pack_in_a_script_is_chosen_without_the_detector() {
        let packs = ["ar", "en"];
        // A short Latin-script text, which a detector could take for another language.
        assert_eq!(detect("Al 12 dood.", &packs), Some(Language::new("en")));
        assert_eq!(detect("\u{642}\u{627}\u{644} 12", &packs), Some(Language::new("ar")));
        assert_eq!(detect("\u{5e9}\u{5dc}\u{5d5}\u{5dd}", &packs), None, "no pack for Hebrew");
    }

    #[test]
    fn within_a_script_only_languages_with_packs_are_chosen() {
        let packs = ["en", "fr"];
        let text = "Le ministère a déclaré que les civils ont été tués dans les bombardements de la ville.";
        assert_eq!(detect(text, &packs), Some(Language::new("fr")));
        let text = "The ministry said that civilians were killed in the shelling of the town overnight.";
        assert_eq!(detect(text, &packs), Some(Language::new("en")));
    }
}
