//! The shipped rule packs and an extractor over them, built once per test
//! binary, shared by the tests that run text through extraction.

use std::sync::OnceLock;

use crosscheck_extractor::Extractor;
use crosscheck_model::{Claim, Date, DocumentMeta, Language};
use crosscheck_rules::Rules;

pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        crosscheck_rules::builtin().unwrap_or_else(|errors| {
            panic!(
                "the shipped rule packs do not compile:\n{}",
                errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
            )
        })
    })
}

pub fn extractor() -> &'static Extractor<'static> {
    static EXTRACTOR: OnceLock<Extractor<'static>> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(rules()))
}

/// Arabic when the text has Arabic letters, English otherwise.
pub fn language_of(text: &str) -> &'static str {
    if text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) { "ar" } else { "en" }
}

/// The claims of `text` as an article published on `published` about
/// `conflict`, in the language its letters say.
#[allow(dead_code, reason = "the compare crate's tests include this module and write several articles' metadata")]
pub fn extract_article(text: &str, published: Date, conflict: Option<&str>) -> Vec<Claim> {
    let meta = DocumentMeta {
        path: "t.txt".into(),
        language: Some(Language::new(language_of(text))),
        published: Some(published),
        conflict: conflict.map(str::to_owned),
        ..Default::default()
    };
    extractor().extract(0, &meta, text).claims
}
