//! Extraction over arbitrary text and metadata, with one extractor built
//! once (as a run builds it) and shared by every input. The first byte
//! picks the metadata (language none/ar/en/unknown, with or without a
//! publication date and event); the rest is the article, front matter
//! offset included. Every span must be a char-boundary range of the text.
#![no_main]

use std::sync::OnceLock;

use crosscheck_extractor::Extractor;
use crosscheck_model::{DocumentMeta, Language};
use crosscheck_rules::Rules;
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor<'static> {
    static RULES: OnceLock<Rules> = OnceLock::new();
    static EXTRACTOR: OnceLock<Extractor<'static>> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let rules = RULES.get_or_init(|| crosscheck_rules::builtin().expect("the shipped rules compile"));
        Extractor::new(rules).with_explain(false)
    })
}

fn in_text(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut meta = DocumentMeta { path: "fuzz.txt".into(), ..DocumentMeta::default() };
    meta.language = match choice & 3 {
        0 => None,
        1 => Some(Language::new("ar")),
        2 => Some(Language::new("en")),
        _ => Some(Language::new("xx")),
    };
    if choice & 4 != 0 {
        meta.published = "2023-09-20".parse().ok();
    }
    if choice & 8 != 0 {
        meta.conflict = Some("karabakh-2023".into());
    }
    // Part of the inputs start the body past a prefix, as front matter does.
    let body_start = if choice & 16 != 0 { text.find('\n').map_or(0, |i| i + 1) } else { 0 };
    let extraction = extractor().extract_body(0, &meta, &text, body_start);
    for claim in &extraction.claims {
        assert!(in_text(&text, claim.span.start, claim.span.end), "claim span {:?}", claim.span);
        assert!(in_text(&text, claim.evidence.start, claim.evidence.end), "evidence span {:?}", claim.evidence);
        assert!(claim.span.start >= body_start, "a claim in the front matter");
        if let Some(speaker) = &claim.speaker {
            assert!(in_text(&text, speaker.span.start, speaker.span.end), "speaker span {:?}", speaker.span);
        }
    }
});
