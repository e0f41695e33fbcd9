//! Normalisation and segmentation: every folded range maps back to a
//! char-boundary range inside the original, in order; sentences are
//! ordered, non-overlapping, inside the text and at most the segmenter's
//! limit long; tokens stay inside their sentence. The first byte picks the
//! segmentation data: none, or the shipped Arabic or English pack's.
#![no_main]

use std::sync::OnceLock;

use crosscheck_rules::Rules;
use crosscheck_text::{Segmentation, normalize, sentences_with_case, tokenize};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| crosscheck_rules::builtin().expect("the shipped rules compile"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let none = Segmentation::default();
    let segmentation = match choice % 3 {
        1 => rules().lexicon("ar").map_or(&none, |l| &l.segmentation),
        2 => rules().lexicon("en").map_or(&none, |l| &l.segmentation),
        _ => &none,
    };
    let text = String::from_utf8_lossy(rest);
    let normalized = normalize(&text);
    let folded = normalized.as_str();
    let mut last = 0;
    for (i, _) in folded.char_indices() {
        let (a, b) = normalized.original_range(i, i);
        assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
        assert!(a >= last, "the map goes backwards at {i}");
        last = a;
    }
    let (a, b) = normalized.original_range(0, folded.len());
    assert!(a <= b && b <= text.len());
    let was_upper = |i: usize| normalized.was_uppercase(i);
    let mut end = 0;
    for (s, e) in sentences_with_case(folded, &was_upper, segmentation) {
        assert!(end <= s && s < e && e <= folded.len(), "sentence ({s}, {e}) after {end}");
        assert!(folded.is_char_boundary(s) && folded.is_char_boundary(e));
        end = e;
        let mut tokens = Vec::new();
        tokenize(folded, s, e, &mut tokens);
        for token in tokens {
            assert!(s <= token.start && token.start <= token.end && token.end <= e);
        }
    }
});
