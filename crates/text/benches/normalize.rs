//! Normalisation and sentence segmentation of one seed-sized article: the
//! first two steps of every extraction.
//!
//! `cargo bench -p crosscheck-text`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck_corpgen::{Lang, article, article_in};
use crosscheck_text::{Segmentation, normalize, sentences};

/// A real Arabic seed article (5 KB).
const SEED_AR: &str = include_str!("../../../seeds/000_b2d432f4c5225c23.txt");

fn inputs() -> Vec<(&'static str, String)> {
    // A generated Arabic article hard-wrapped mid-sentence, which the
    // segmenter has to join back.
    let wrapped = (0..)
        .map(|i| article(1, i))
        .find(|a| a.lang == Lang::Ar && a.text.lines().count() > a.sentences + 5)
        .expect("some Arabic articles are hard-wrapped");
    vec![
        ("ar-seed", SEED_AR.to_owned()),
        ("ar-generated", article_in(Lang::Ar, 1).text),
        ("ar-wrapped", wrapped.text),
        ("en-generated", article_in(Lang::En, 1).text),
    ]
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();

    let mut group = c.benchmark_group("normalize");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| normalize(black_box(text))));
    }
    group.finish();

    let mut group = c.benchmark_group("sentences");
    for (name, text) in &inputs {
        let normalized = normalize(text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| sentences(black_box(normalized.as_str()), &Segmentation::default())));
    }
    group.finish();

    let mut group = c.benchmark_group("normalize+sentences");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let normalized = normalize(black_box(text));
                sentences(normalized.as_str(), &Segmentation::default()).len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
