//! Properties of extraction over generated articles (crosscheck-corpgen,
//! Arabic and English, every layout): the claims are the same, spans and
//! line numbers aside, whether lines end in LF or CRLF and whether the file
//! opens with a byte-order mark; and every span lies inside the text.

use std::sync::OnceLock;

use crosscheck_corpgen::article;
use crosscheck_extractor::Extractor;
use crosscheck_model::{Claim, DocumentMeta, Language, Span};
use crosscheck_rules::Rules;
use proptest::prelude::*;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| crosscheck_rules::builtin().expect("the shipped rules compile"))
}

fn extract(text: &str, language: &str) -> Vec<Claim> {
    let meta = DocumentMeta {
        path: "generated.txt".into(),
        language: Some(Language::new(language)),
        published: "2023-09-20".parse().ok(),
        ..DocumentMeta::default()
    };
    let extraction = Extractor::new(rules()).with_explain(false).extract(0, &meta, text);
    for c in &extraction.claims {
        assert!(c.span.end <= text.len() && text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert!(c.evidence.start <= c.span.start && c.span.end <= c.evidence.end, "evidence holds the claim");
    }
    extraction.claims
}

/// A claim with its places in the file (spans, line) left out.
fn placeless(mut claims: Vec<Claim>) -> Vec<Claim> {
    for c in &mut claims {
        c.span = Span::new(0, 0);
        c.evidence = Span::new(0, 0);
        c.line = 0;
        if let Some(s) = &mut c.speaker {
            s.span = Span::new(0, 0);
        }
    }
    claims
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn claims_are_the_same_for_lf_crlf_and_a_byte_order_mark(seed in 0u64..1_000_000, index in 0u64..64) {
        let a = article(seed, index);
        let language = a.lang.code();
        let lf = placeless(extract(&a.text, language));
        let crlf = placeless(extract(&a.text.replace('\n', "\r\n"), language));
        let bom = placeless(extract(&format!("\u{FEFF}{}", a.text), language));
        prop_assert_eq!(&lf, &crlf, "LF and CRLF differ for article {} of seed {}", index, seed);
        prop_assert_eq!(&lf, &bom, "a byte-order mark changes the claims of article {} of seed {}", index, seed);
    }
}
