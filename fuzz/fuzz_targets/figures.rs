//! The figure reader on one sentence of arbitrary text, in Arabic and
//! English: every figure is a char-boundary range of the text.
#![no_main]

use std::sync::OnceLock;

use crosscheck_rules::Rules;
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| crosscheck_rules::builtin().expect("the shipped rules compile"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let language = if choice & 1 == 0 { "ar" } else { "en" };
    for (span, _) in crosscheck_extractor::read_figures(rules(), language, &text) {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
});
