//! From paths to claims, graph and findings.

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};
use crosscheck_corpus::{Discovery, Found, Source, discover, read};
use crosscheck_extractor::{Extraction, Extractor};
use crosscheck_graph::{ClaimGraph, CompareOptions, compare_with};
use crosscheck_model::{Claim, ClaimId, Diagnostic, DocumentMeta, Finding, Severity};
use crosscheck_report::Summary;
use crosscheck_rules::Rules;
use rayon::prelude::*;

/// Loads the rules in `dir`, or the shipped ones.
pub fn load_rules(dir: Option<&Path>) -> Result<Rules> {
    let loaded = match dir {
        Some(d) => crosscheck_rules::load_dir(d),
        None => crosscheck_rules::builtin(),
    };
    loaded.map_err(|errors| {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        anyhow!("the rule packs have errors:\n{}", shown.join("\n"))
    })
}

/// The result of reading a corpus: what was read, what was claimed, what conflicts.
#[derive(Debug)]
pub struct Analysis {
    pub docs: Vec<DocumentMeta>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    pub graph: ClaimGraph,
    pub summary: Summary,
}

enum Read {
    Ok { meta: DocumentMeta, extraction: Extraction },
    Skipped(Diagnostic),
}

fn read_one(extractor: &Extractor, index: u32, source: &Source) -> Read {
    match read(source) {
        Ok(doc) => {
            let extraction = extractor.extract_body(index, &doc.meta, &doc.text, doc.body_start);
            let mut meta = doc.meta;
            meta.language = meta.language.or_else(|| extraction.language.clone());
            Read::Ok { meta, extraction }
        }
        Err(d) => Read::Skipped(d),
    }
}

/// Documents extracted together before their claims are written, when streaming.
const STREAM_CHUNK: usize = 256;

/// Reads and extracts in chunks of documents (in parallel, order kept) and
/// hands each claim to `sink` as soon as its chunk is done, so memory stays
/// flat however large the corpus. Nothing is compared.
pub fn stream_claims(
    rules: &Rules,
    paths: &[PathBuf],
    pool: &rayon::ThreadPool,
    explain: bool,
    sink: &mut dyn FnMut(ClaimId, &Claim, &DocumentMeta) -> std::io::Result<()>,
) -> std::io::Result<Summary> {
    let extractor = Extractor::new(rules).with_explain(explain);
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut articles_skipped = 0;
    let mut next_id = 0u32;
    let mut articles_read = 0usize;
    let mut sentences = 0;
    let mut discovery = Discovery::new(paths);
    let mut chunk: Vec<Source> = Vec::with_capacity(STREAM_CHUNK);
    let mut base = 0usize;
    loop {
        // Discovery is lazy too: only one chunk of sources is held at a time.
        chunk.clear();
        for found in discovery.by_ref() {
            match found {
                Found::Article(source) => {
                    chunk.push(source);
                    if chunk.len() == STREAM_CHUNK {
                        break;
                    }
                }
                Found::Problem(d) => {
                    if d.severity == Severity::Error && !d.path.ends_with(crosscheck_corpus::INDEX_FILE) {
                        articles_skipped += 1;
                    }
                    problems.push(d);
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Read> = pool.install(|| {
            chunk.par_iter().enumerate().map(|(i, s)| read_one(&extractor, (base + i) as u32, s)).collect()
        });
        base += chunk.len();
        for result in results {
            match result {
                Read::Ok { meta, extraction } => {
                    articles_read += 1;
                    sentences += extraction.sentences;
                    for claim in &extraction.claims {
                        sink(ClaimId(next_id), claim, &meta)?;
                        next_id += 1;
                    }
                    problems.extend(extraction.diagnostics.into_iter().filter(|d| d.severity != Severity::Note));
                }
                Read::Skipped(d) => {
                    articles_skipped += 1;
                    problems.push(d);
                }
            }
        }
    }
    Ok(Summary { articles_read, articles_skipped, sentences, skipped: problems })
}

/// Reads, extracts (in parallel, order kept), links and compares.
/// Texts are dropped as soon as their claims are out; claims keep their
/// traces only when `explain` asks for them.
pub fn analyse(rules: &Rules, paths: &[PathBuf], explain: bool) -> Analysis {
    let extractor = Extractor::new(rules).with_explain(explain);
    let (sources, mut problems) = discover(paths);
    // Missing paths and directories without articles are skipped input;
    // a broken index entry is a problem, but its article is still read.
    let mut articles_skipped = problems
        .iter()
        .filter(|d| d.severity == Severity::Error && !d.path.ends_with(crosscheck_corpus::INDEX_FILE))
        .count();
    let results: Vec<Read> = sources.par_iter().enumerate().map(|(i, s)| read_one(&extractor, i as u32, s)).collect();

    let mut docs = Vec::new();
    let mut claims = Vec::new();
    let mut sentences = 0;
    for result in results {
        match result {
            Read::Ok { meta, extraction } => {
                let index = docs.len() as u32;
                sentences += extraction.sentences;
                claims.extend(extraction.claims.into_iter().map(|mut c| {
                    c.doc = index;
                    c
                }));
                problems.extend(extraction.diagnostics.into_iter().filter(|d| d.severity != Severity::Note));
                docs.push(meta);
            }
            Read::Skipped(d) => {
                articles_skipped += 1;
                problems.push(d);
            }
        }
    }
    let graph = ClaimGraph::build(&docs, &claims);
    let options =
        CompareOptions { catch_all_camps: rules.camps.iter().filter(|c| c.fallback).map(|c| c.id.clone()).collect() };
    let findings = compare_with(&claims, &graph, &options);
    let summary = Summary { articles_read: docs.len(), articles_skipped, sentences, skipped: problems };
    Analysis { docs, claims, findings, graph, summary }
}
