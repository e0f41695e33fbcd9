//! Denials linked to what they deny, compared: hand-written claim fixtures
//! for the comparison alone, then short articles (written for these tests)
//! run through the extractor, in Arabic and English, within one article,
//! across articles and across languages.
//!
//! A finding renders as `<kind> <subject> <pairs>`, each pair
//! `<claim>><claim>` with a claim as `d<doc>:<camp>:<polarity or metric>`.

#[path = "../../extractor/tests/shipped/mod.rs"]
mod shipped;

use crosscheck_compare::compare;
use crosscheck_graph::ClaimGraph;
use crosscheck_model::{
    Claim, ClaimId, ClaimKind, DocumentMeta, Finding, Interval, Language, Polarity, Proposition, Qualifier, Quantity,
    STATEMENT_TEMPLATE, Scope, Span, Speaker,
};
use jiff::civil::date;

use shipped::{extractor, language_of};

fn who(claims: &[Claim], id: ClaimId) -> String {
    let c = &claims[id.index()];
    let camp = c.camp.as_deref().unwrap_or("-");
    match &c.kind {
        ClaimKind::Proposition(p) => format!("d{}:{camp}:{}", c.doc, p.polarity.as_str()),
        ClaimKind::Quantity(q) => format!("d{}:{camp}:{}", c.doc, q.metric),
        ClaimKind::Term(_) => format!("d{}:{camp}", c.doc),
    }
}

fn render(claims: &[Claim], findings: &[Finding]) -> String {
    findings
        .iter()
        .filter(|f| f.kind.is_contradiction())
        .map(|f| {
            let pairs: Vec<String> =
                f.pairs.iter().map(|&(a, b)| format!("{}>{}", who(claims, a), who(claims, b))).collect();
            format!("{} {} {}", f.kind.as_str(), f.subject, pairs.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn compared(docs: usize, claims: &[Claim]) -> String {
    let docs: Vec<DocumentMeta> =
        (0..docs).map(|i| DocumentMeta { path: format!("a{i}.txt"), ..Default::default() }).collect();
    let graph = ClaimGraph::build(&crosscheck_model::DocumentList::of(&docs), &crosscheck_model::Records::of(claims));
    render(claims, &compare(claims, &graph))
}

// --- Fixtures: the comparison reads the link, nothing else ------------------

fn claim(doc: u32, at: usize, speaker: &str, camp: &str, kind: ClaimKind) -> Claim {
    Claim {
        doc,
        span: Span::new(at, at + 10),
        quote: format!("words at {at}"),
        line: 1,
        evidence: Span::new(at, at + 10),
        text: "".into(),
        speaker: Some(Speaker { text: speaker.into(), span: Span::new(0, 0), actor: Some(speaker.into()) }),
        camp: Some(camp.into()),
        event: Some("karabakh-2020".into()),
        place: None,
        time: None,
        earlier_report: false,
        later_report: false,
        scope: Scope::Event,
        headline: false,
        kind,
        trace: Vec::new(),
    }
}

fn statement(polarity: Polarity, target: Option<usize>) -> ClaimKind {
    ClaimKind::Proposition(Proposition {
        id: STATEMENT_TEMPLATE.into(),
        template: STATEMENT_TEMPLATE.into(),
        slots: Vec::new(),
        polarity,
        target: target.map(|at| Span::new(at, at + 10)),
    })
}

fn killed(value: u64) -> ClaimKind {
    ClaimKind::Quantity(Quantity {
        metric: "killed".into(),
        value: Some(value),
        qualifier: Qualifier::Exact,
        interval: Interval::new(value, Some(value)),
        population: None,
        side: None,
        increment: false,
        subset: false,
    })
}

fn figure_denial(target: usize) -> ClaimKind {
    ClaimKind::Proposition(Proposition {
        id: "figure:killed".into(),
        template: "figure".into(),
        slots: Vec::new(),
        polarity: Polarity::Denies,
        target: Some(Span::new(target, target + 10)),
    })
}

/// A proposition of `city_captured` whose city is `city`, or unbound.
fn captured(city: Option<&str>, polarity: Polarity, target: Option<usize>) -> ClaimKind {
    let slots = vec![("city".to_owned(), city.map(str::to_owned))];
    ClaimKind::Proposition(Proposition {
        id: Proposition::id_of("city_captured", &slots),
        template: "city_captured".into(),
        slots,
        polarity,
        target: target.map(|at| Span::new(at, at + 10)),
    })
}

mod fixtures {
    use super::*;

    #[test]
    fn an_unbound_slot_is_written_apart_from_every_name() {
        let ClaimKind::Proposition(p) = captured(None, Polarity::Asserts, None) else { unreachable!() };
        assert_eq!(p.id, "city_captured:?");
        assert!(p.has_unbound_slot());
        let ClaimKind::Proposition(p) = captured(Some("unknown"), Polarity::Asserts, None) else { unreachable!() };
        assert_eq!(p.id, "city_captured:unknown");
        assert!(!p.has_unbound_slot());
    }

    #[test]
    fn two_unbound_cities_never_pair_by_id() {
        // "the town has fallen" and "the fighting for the town goes on" may be two towns.
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", captured(None, Polarity::Asserts, None)),
            claim(1, 10, "armenia", "yerevan", captured(None, Polarity::Denies, None)),
        ];
        assert_eq!(compared(2, &claims), "");
        // A place that happens to be named "Unknown" is a place like any other.
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", captured(Some("unknown"), Polarity::Asserts, None)),
            claim(1, 10, "armenia", "yerevan", captured(Some("unknown"), Polarity::Denies, None)),
        ];
        assert_eq!(compared(2, &claims), "assertion_denial city_captured:unknown d0:baku:asserts>d1:yerevan:denies");
    }

    #[test]
    fn an_unbound_city_pairs_through_the_denial_that_names_it() {
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", captured(None, Polarity::Asserts, None)),
            claim(0, 50, "armenia", "yerevan", captured(None, Polarity::Denies, Some(10))),
        ];
        assert_eq!(compared(1, &claims), "assertion_denial city_captured:? d0:baku:asserts>d0:yerevan:denies");
    }

    #[test]
    fn a_denial_pairs_with_the_statement_it_names() {
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", statement(Polarity::Asserts, None)),
            claim(0, 50, "armenia", "yerevan", statement(Polarity::Denies, Some(10))),
        ];
        assert_eq!(compared(1, &claims), "assertion_denial statement d0:baku:asserts>d0:yerevan:denies");
    }

    #[test]
    fn open_statements_never_pair_by_id() {
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", statement(Polarity::Asserts, None)),
            claim(1, 10, "armenia", "yerevan", statement(Polarity::Denies, None)),
            claim(1, 40, "armenia", "yerevan", statement(Polarity::Denies, Some(90))),
        ];
        assert_eq!(compared(2, &claims), "");
    }

    #[test]
    fn a_link_stays_in_its_article() {
        // The same span in another article is another claim.
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", statement(Polarity::Asserts, None)),
            claim(1, 50, "armenia", "yerevan", statement(Polarity::Denies, Some(10))),
        ];
        assert_eq!(compared(2, &claims), "");
    }

    #[test]
    fn one_camp_does_not_dispute_itself() {
        let claims = vec![
            claim(0, 10, "azerbaijan", "baku", statement(Polarity::Asserts, None)),
            claim(0, 50, "azerbaijan-mod", "baku", statement(Polarity::Denies, Some(10))),
        ];
        assert_eq!(compared(1, &claims), "");
    }

    #[test]
    fn a_denied_figure() {
        let claims = vec![
            claim(0, 10, "armenia", "yerevan", killed(6000)),
            claim(0, 50, "azerbaijan", "baku", figure_denial(10)),
            claim(0, 90, "ilham-aliyev", "baku", figure_denial(10)),
        ];
        assert_eq!(
            compared(1, &claims),
            "assertion_denial figure:killed d0:yerevan:killed>d0:baku:denies d0:yerevan:killed>d0:baku:denies"
        );
    }
}

// --- Articles ----------------------------------------------------------------

fn articles(texts: &[&str]) -> String {
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let meta = DocumentMeta {
            path: format!("a{i}.txt"),
            language: Some(Language::new(language_of(text))),
            published: Some(date(2020, 10, 12)),
            conflict: Some("karabakh-2020".into()),
            ..Default::default()
        };
        claims.extend(extractor().extract(i as u32, &meta, text).claims);
        docs.push(meta);
    }
    let graph = ClaimGraph::build(&crosscheck_model::DocumentList::of(&docs), &crosscheck_model::Records::of(&claims));
    render(&claims, &compare(&claims, &graph))
}

mod in_articles {
    use super::*;

    #[test]
    fn an_open_statement_and_its_denial() {
        let expected = "assertion_denial statement d0:baku:asserts>d0:yerevan:denies";
        assert_eq!(
            articles(&["Baku said Armenian saboteurs crossed the border at night. Yerevan rejected this."]),
            expected
        );
        assert_eq!(articles(&["قالت باكو إن مخربين أرمن عبروا الحدود ليلا. ونفت يريفان ذلك."]), expected);
        assert_eq!(
            articles(&["نفت وزارة الدفاع الأرمينية ما ذكرته باكو بشأن تفخيخ الطريق."]),
            "assertion_denial statement d0:baku:asserts>d0:yerevan:denies"
        );
    }

    #[test]
    fn a_toll_and_these_claims() {
        let expected = "assertion_denial figure:killed d0:yerevan:killed>d0:baku:denies";
        assert_eq!(
            articles(&[
                "The Armenian ministry said 300 Azerbaijani soldiers were killed. Baku said these claims were lies."
            ]),
            expected
        );
        assert_eq!(
            articles(&["وقالت يريفان إن 300 جندي أذربيجاني قتلوا. لكن باكو قالت إن هذه الادعاءات عارية عن الصحة."]),
            expected
        );
    }

    #[test]
    fn the_announcement_pairs_with_what_was_announced_not_its_figure() {
        let expected = "assertion_denial statement d0:baku:asserts>d0:yerevan:denies";
        assert_eq!(
            articles(&[
                "Baku announced that one of its officers was killed while \"stopping an enemy raid near Fuzuli\". Yerevan dismissed the statement as lies."
            ]),
            expected
        );
        assert_eq!(
            articles(&[
                "أعلنت باكو مقتل أحد جنودها فيما كان «يتصدى لاستفزاز أرميني على خط الجبهة». واعتبرت يريفان الإعلان معلومات كاذبة."
            ]),
            expected
        );
    }

    #[test]
    fn a_denial_pairs_with_the_accusation_reported_after_it() {
        let expected = "assertion_denial statement d0:baku:asserts>d0:yerevan:denies";
        assert_eq!(
            articles(&[
                "Armenia denied Azerbaijan's claims that its artillery hit a hospital in Barda. The Azerbaijani ministry said on Monday that Armenian artillery struck the hospital in Barda overnight."
            ]),
            expected
        );
        assert_eq!(
            articles(&[
                "رفضت يريفان اتهامات باكو بتفجير الجسر قرب لاتشين. وقالت وزارة الدفاع الأذربيجانية إن مخربين أرمن فجروا الجسر قرب لاتشين."
            ]),
            expected
        );
    }

    #[test]
    fn a_strike_and_a_misfired_rocket_pair_across_languages() {
        assert_eq!(
            articles(&[
                "وقالت وزارة الصحة في غزة إنها تتهم الجيش الإسرائيلي بقصف المستشفى.",
                "The Israeli military blamed a misfired rocket fired by militants for the blast.",
            ]),
            "assertion_denial strikes_on_towns:israel:2020-10-12 d0:palestine:asserts>d1:israel:denies"
        );
    }

    #[test]
    fn a_template_claim_denied_by_a_back_reference_pairs_across_articles_and_languages() {
        // The denial takes the id of the claim it answers, so it meets the
        // same claim made in another article, in another language.
        assert_eq!(
            articles(&[
                "أعلن علييف السيطرة على مدينة شوشة، وهو تصريح نفى صحته مسؤولون من أرمينيا.",
                "The Azerbaijani defence ministry said its forces had captured the town of Shushi.",
            ]),
            "assertion_denial city_captured:shusha d0:baku:asserts>d0:yerevan:denies d1:baku:asserts>d0:yerevan:denies"
        );
    }
}
