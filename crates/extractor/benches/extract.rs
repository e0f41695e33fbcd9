//! Extraction benchmarks: figures and qualifiers in short sentences, the
//! sentence gate over long texts, and one whole seed article.
//!
//! `cargo bench -p crosscheck-extractor`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck_corpgen::{Kind, Lang, article_in, sentences};
use crosscheck_extractor::{Extractor, SentenceGate};
use crosscheck_model::{DocumentMeta, Language};
use crosscheck_rules::Rules;

/// A real Arabic seed article (5 KB).
const SEED_AR: &str = include_str!("../../../seeds/000_b2d432f4c5225c23.txt");

fn meta(lang: &str) -> DocumentMeta {
    DocumentMeta { path: "bench.txt".into(), language: Some(Language::new(lang)), ..DocumentMeta::default() }
}

/// Short sentences that differ in how the figure is written.
const FIGURES: [(&str, &str, &str); 10] = [
    ("ar-digits", "ar", "قالت وزارة الصحة الأرمينية إن 32 شخصا قتلوا."),
    ("ar-indic-digits", "ar", "قالت وزارة الصحة الأرمينية إن ٣٢ شخصا قتلوا."),
    ("ar-words", "ar", "قال مسؤول انفصالي إن ثلاثة أشخاص قتلوا."),
    ("ar-scaled", "ar", "أعلنت الأمم المتحدة إجلاء 10 آلاف شخص من ستيبانكيرت."),
    ("ar-vague", "ar", "قال أمين المظالم إن عشرات الآلاف نزحوا."),
    ("en-digits", "en", "Armenia's health ministry said 32 people were killed."),
    ("en-thousands", "en", "The UN refugee agency said 1,200 people had fled."),
    ("en-words", "en", "Azerbaijan's defence ministry said twelve soldiers were killed."),
    ("en-scaled", "en", "The UN said three thousand people were evacuated."),
    ("en-vague", "en", "Karabakh authorities said hundreds of civilians were wounded."),
];

/// Short sentences that differ in the qualifier.
const QUALIFIERS: [(&str, &str, &str); 10] = [
    ("ar-at-least-before", "ar", "قال أمين المظالم إن ما لا يقل عن 200 شخص قتلوا."),
    ("ar-at-least-after", "ar", "قال أمين المظالم إن 200 قتيل سقطوا على الأقل."),
    ("ar-more-than", "ar", "قالت السلطات الانفصالية إن أكثر من 400 شخص أصيبوا."),
    ("ar-about", "ar", "قال روبن فاردانيان إن نحو 100 شخص قتلوا."),
    ("ar-up-to", "ar", "قالت الأمم المتحدة إن ما يصل إلى 30 ألف شخص نزحوا."),
    ("en-at-least", "en", "The separatist authorities said at least 200 people were killed."),
    ("en-more-than", "en", "Karabakh ombudsman Gegham Stepanyan said more than 400 people were wounded."),
    ("en-about", "en", "Ruben Vardanyan said about 100 people were killed."),
    ("en-up-to", "en", "The UN said up to 30,000 people had fled."),
    ("en-or-more", "en", "Armenia's health ministry said 32 people or more were killed."),
];

fn short_sentences(c: &mut Criterion, rules: &Rules, group: &str, cases: &[(&str, &str, &str)]) {
    let extractor = Extractor::new(rules);
    let mut group = c.benchmark_group(group);
    for (name, lang, text) in cases {
        let meta = meta(lang);
        assert!(!extractor.extract(0, &meta, text).claims.is_empty(), "{name}: no claim in `{text}`");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| extractor.extract(0, &meta, black_box(text))));
    }
    group.finish();
}

/// Whether a sentence passes the extractor's gate: one of the language's
/// gate words stands in its normalised text as a word, clitics allowed.
fn gate(rules: &Rules, lang: &str) -> impl Fn(&str) -> bool {
    let lexicon = rules.lexicon(lang).expect("shipped languages");
    let wordings = rules.patterns.get(lang).map_or(&[][..], Vec::as_slice);
    let gate = SentenceGate::new(lexicon, wordings).expect("gate words compile");
    move |sentence: &str| gate.passes(crosscheck_text::normalize(sentence).as_str())
}

/// `count` sentences of `kind`, kept only when the gate says `passes`.
fn long_text(lang: Lang, kind: Kind, count: usize, passes: bool, gate: &dyn Fn(&str) -> bool) -> String {
    let mut kept = Vec::with_capacity(count);
    let mut seed = 0;
    while kept.len() < count {
        kept.extend(sentences(lang, kind, 200, seed).into_iter().filter(|s| gate(s) == passes));
        seed += 1;
        assert!(seed < 100, "too few {kind:?} sentences with gate {passes}");
    }
    kept.truncate(count);
    kept.join(" ")
}

/// A long text where almost no sentence passes the gate, against one where
/// every sentence does: the gate is what keeps narrative text cheap.
fn gating(c: &mut Criterion, rules: &Rules) {
    let extractor = Extractor::new(rules);
    let mut group = c.benchmark_group("gate");
    group.sample_size(30);
    for lang in [Lang::Ar, Lang::En] {
        let code = lang.code();
        let gate = gate(rules, code);
        let closed = long_text(lang, Kind::Neutral, 400, false, &gate);
        let open = long_text(lang, Kind::Figure, 400, true, &gate);
        let meta = meta(code);
        for (name, text) in [("none-pass", &closed), ("all-pass", &open)] {
            let out = extractor.extract(0, &meta, text);
            assert!(out.sentences >= 390, "{code}-{name}: {} sentences", out.sentences);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{code}-{name}"), |b| b.iter(|| extractor.extract(0, &meta, black_box(text))));
        }
    }
    group.finish();
}

/// One whole article, as `crosscheck claims` reads it.
fn articles(c: &mut Criterion, rules: &Rules) {
    let extractor = Extractor::new(rules);
    let generated_en = article_in(Lang::En, 1).text;
    let generated_ar = article_in(Lang::Ar, 1).text;
    let mut group = c.benchmark_group("article");
    for (name, lang, text) in
        [("ar-seed", "ar", SEED_AR), ("ar-generated", "ar", &generated_ar), ("en-generated", "en", &generated_en)]
    {
        let meta = meta(lang);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| extractor.extract(0, &meta, black_box(text))));
    }
    group.finish();
}

/// Building the extractor (the gates' automata), which a run does once.
fn setup(c: &mut Criterion, rules: &Rules) {
    c.bench_function("extractor-new", |b| b.iter(|| Extractor::new(black_box(rules))));
}

fn bench(c: &mut Criterion) {
    let rules = crosscheck_rules::builtin().expect("the shipped rules load");
    short_sentences(c, &rules, "figures", &FIGURES);
    short_sentences(c, &rules, "qualifiers", &QUALIFIERS);
    gating(c, &rules);
    articles(c, &rules);
    setup(c, &rules);
}

criterion_group!(benches, bench);
criterion_main!(benches);
