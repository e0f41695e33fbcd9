//! Properties of normalisation over arbitrary text: every folded range maps
//! back to a char-boundary range inside the original, in order.

use crosscheck_text::{Segmentation, normalize, sentences};
use proptest::prelude::*;

/// Text that exercises the folding: any character, and often the ones that
/// fold, vanish or separate (Arabic variants, digits, separators, marks,
/// controls, line ends).
fn text() -> impl Strategy<Value = String> {
    let folding = prop::sample::select(vec![
        'ا', 'أ', 'إ', 'آ', 'ل', 'ى', 'ي', 'ئ', 'ة', 'ـ', '\u{064B}', '\u{0670}', '٣', '۴', '٬', '٫', ',', '\'', '’',
        '\r', '\n', '\t', ' ', '\u{00A0}', '\u{2028}', '\u{202E}', '\u{202C}', '\u{200B}', '\u{200C}', '\u{FEFF}',
        '\u{00AD}', 'A', 'Z', 'z', 'İ', 'ß', '.', '؟', '"', '«', '»', '1', '0',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), folding], 0..120).prop_map(|chars| chars.into_iter().collect())
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn normalised_offsets_map_back_inside_the_original(original in text(), a in 0usize..500, b in 0usize..500) {
        let n = normalize(&original);
        let folded = n.as_str();
        let (lo, hi) = (floor_boundary(folded, a.min(b)), floor_boundary(folded, a.max(b)));
        let (start, end) = n.original_range(lo, hi);
        prop_assert!(start <= end && end <= original.len(), "({lo}, {hi}) -> ({start}, {end}) of {}", original.len());
        prop_assert!(original.is_char_boundary(start) && original.is_char_boundary(end));
        // Every folded range maps inside what the whole folded text maps to.
        let (whole_start, whole_end) = n.original_range(0, folded.len());
        prop_assert!(whole_start <= start && end <= whole_end);
    }

    #[test]
    fn sentences_stay_in_order_inside_the_text(original in text()) {
        let folded = normalize(&original);
        let folded = folded.as_str();
        let mut last = 0;
        for (s, e) in sentences(folded, &Segmentation::default()) {
            prop_assert!(last <= s && s < e && e <= folded.len());
            prop_assert!(folded.is_char_boundary(s) && folded.is_char_boundary(e));
            last = e;
        }
    }
}
