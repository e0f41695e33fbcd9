//! The generated corpus: deterministic, indexed, readable by crosscheck, and
//! written with names the shipped rule packs resolve.

use std::path::Path;

use crosscheck_corpgen::world::CONFLICTS;
use crosscheck_corpgen::{ARTICLES_PER_DIR, Lang, article, write_corpus};
use crosscheck_extractor::Extractor;
use crosscheck_model::{DocumentMeta, Language};
use crosscheck_rules::Rules;

fn rules() -> Rules {
    crosscheck_rules::builtin().expect("the shipped rules load")
}

fn meta(lang: &str) -> DocumentMeta {
    DocumentMeta { path: "test.txt".into(), language: Some(Language::new(lang)), ..DocumentMeta::default() }
}

#[test]
fn every_speaker_resolves_to_a_camp() {
    let rules = rules();
    let extractor = Extractor::new(&rules);
    for (conflict, _) in CONFLICTS {
        for s in conflict.speakers() {
            let verb = if s.feminine { "قالت" } else { "قال" };
            let ar = format!("{verb} {} إن 40 شخصا قتلوا.", s.ar);
            let mut en = format!("{} said 40 people were killed.", s.en);
            en[..1].make_ascii_uppercase();
            for (lang, text) in [("ar", ar), ("en", en)] {
                let out = extractor.extract(0, &meta(lang), &text);
                let camps: Vec<_> = out.claims.iter().map(|c| c.camp.clone()).collect();
                assert!(
                    camps.iter().any(|c| c.as_deref().is_some_and(|c| c != "media")),
                    "{}: no camp for the speaker of `{text}`: {camps:?}",
                    conflict.id
                );
            }
        }
    }
}

#[test]
fn every_settlement_is_a_known_place() {
    let rules = rules();
    let extractor = Extractor::new(&rules);
    for (conflict, _) in CONFLICTS {
        for p in conflict.settlements {
            let ar = format!("قال الكرملين إن 40 شخصا قتلوا في {}.", p.ar);
            let en = format!("The Kremlin said 40 people were killed in {}.", p.en);
            for (lang, text) in [("ar", ar), ("en", en)] {
                let out = extractor.extract(0, &meta(lang), &text);
                assert!(out.claims.iter().any(|c| c.place.is_some()), "{}: no place in `{text}`", conflict.id);
            }
        }
    }
}

#[test]
fn most_sentences_hold_no_claim() {
    let rules = rules();
    let extractor = Extractor::new(&rules);
    let (mut sentences, mut claims, mut with_camp) = (0usize, 0usize, 0usize);
    let mut languages = [0usize; 2];
    for i in 0..300 {
        let a = article(7, i);
        assert!((15..=30).contains(&a.sentences), "{}: {} sentences", a.file, a.sentences);
        assert!((1200..=4500).contains(&a.text.len()), "{}: {} bytes", a.file, a.text.len());
        languages[usize::from(a.lang == Lang::En)] += 1;
        let out = extractor.extract(i as u32, &meta(a.lang.code()), &a.text);
        sentences += out.sentences;
        claims += out.claims.len();
        with_camp += out.claims.iter().filter(|c| c.camp.is_some()).count();
    }
    let ratio = claims as f64 / sentences as f64;
    assert!((0.12..=0.40).contains(&ratio), "{claims} claims in {sentences} sentences");
    assert!(with_camp * 100 >= claims * 95, "only {with_camp} of {claims} claims have a camp");
    assert!(languages[0] > languages[1] && languages[1] > 60, "Arabic, English: {languages:?}");
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).expect("under dir").display().to_string();
                out.push((name, std::fs::read(&path).expect("read file")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn same_seed_same_bytes_in_indexed_directories() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    let n = ARTICLES_PER_DIR + 200;
    let written = write_corpus(a.path(), n, 3).expect("write");
    assert_eq!(written.articles, n);
    write_corpus(b.path(), n, 3).expect("write");
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert!(fa == fb, "two runs with the same seed differ");
    // n articles, two indexes and the stamp.
    assert_eq!(fa.len() as u64, n + 3);

    assert!(crosscheck_corpgen::holds_corpus(a.path(), n, 3));
    assert!(!crosscheck_corpgen::holds_corpus(a.path(), n, 4));
    assert!(!crosscheck_corpgen::holds_corpus(a.path(), n + 1, 3));

    // Writing again over an earlier corpus replaces it.
    write_corpus(a.path(), 10, 3).expect("rewrite");
    assert_eq!(files(a.path()).len(), 10 + 2);

    let (sources, problems) = crosscheck_corpus::discover(&[b.path().to_path_buf()]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(sources.len() as u64, n);
    assert!(sources.iter().all(|s| s.meta.language.is_some() && s.meta.published.is_some()));
    assert!(sources.iter().all(|s| s.meta.conflict.is_some() && s.meta.outlet.is_some()));
}

#[test]
fn refuses_a_directory_it_did_not_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("notes.txt"), "keep me").expect("write");
    assert!(write_corpus(dir.path(), 5, 1).is_err());
    assert!(dir.path().join("notes.txt").exists());
}
