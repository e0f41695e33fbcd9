//! From paths to claims, graph and findings.

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};
use crosscheck_corpus::{Discovery, Found, Source, read};
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

/// Reads and extracts every article under `paths` a chunk at a time (in
/// parallel on `pool`, order kept) and hands each document read to
/// `on_document` in input order. Discovery is lazy too, so only one chunk
/// of sources and extractions is held at a time.
fn read_corpus<E>(
    rules: &Rules,
    paths: &[PathBuf],
    pool: &rayon::ThreadPool,
    explain: bool,
    on_document: &mut dyn FnMut(DocumentMeta, Extraction) -> Result<(), E>,
) -> Result<Summary, E> {
    let extractor = Extractor::new(rules).with_explain(explain);
    let mut summary = Summary::default();
    let mut discovery = Discovery::new(paths);
    let mut chunk: Vec<Source> = Vec::with_capacity(STREAM_CHUNK);
    let mut base = 0usize;
    loop {
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
                    // Missing paths and directories without articles are skipped input;
                    // a broken index entry is a problem, but its article is still read.
                    if d.severity == Severity::Error && !d.path.ends_with(crosscheck_corpus::INDEX_FILE) {
                        summary.articles_skipped += 1;
                    }
                    summary.skipped.push(d);
                }
            }
        }
        if chunk.is_empty() {
            return Ok(summary);
        }
        let results: Vec<Read> = pool.install(|| {
            chunk.par_iter().enumerate().map(|(i, s)| read_one(&extractor, (base + i) as u32, s)).collect()
        });
        base += chunk.len();
        for result in results {
            match result {
                Read::Ok { meta, mut extraction } => {
                    summary.articles_read += 1;
                    summary.sentences += extraction.sentences;
                    let diagnostics = std::mem::take(&mut extraction.diagnostics);
                    summary.skipped.extend(diagnostics.into_iter().filter(|d| d.severity != Severity::Note));
                    on_document(meta, extraction)?;
                }
                Read::Skipped(d) => {
                    summary.articles_skipped += 1;
                    summary.skipped.push(d);
                }
            }
        }
    }
}

/// Hands each claim to `sink` as soon as its chunk of documents is read, so
/// memory stays flat however large the corpus. Nothing is compared.
pub fn stream_claims(
    rules: &Rules,
    paths: &[PathBuf],
    pool: &rayon::ThreadPool,
    explain: bool,
    sink: &mut dyn FnMut(ClaimId, &Claim, &DocumentMeta) -> std::io::Result<()>,
) -> std::io::Result<Summary> {
    let mut next_id = 0u32;
    read_corpus(rules, paths, pool, explain, &mut |meta, extraction| {
        for claim in &extraction.claims {
            sink(ClaimId(next_id), claim, &meta)?;
            next_id += 1;
        }
        Ok(())
    })
}

/// Reads, extracts (in parallel on `pool`, order kept), links and compares.
/// Texts are dropped as soon as their claims are out; claims keep their
/// traces only when `explain` asks for them.
pub fn analyse(rules: &Rules, paths: &[PathBuf], pool: &rayon::ThreadPool, explain: bool) -> Analysis {
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    let read = read_corpus::<std::convert::Infallible>(rules, paths, pool, explain, &mut |meta, extraction| {
        let index = docs.len() as u32;
        claims.extend(extraction.claims.into_iter().map(|mut c| {
            c.doc = index;
            c
        }));
        docs.push(meta);
        Ok(())
    });
    let summary = match read {
        Ok(summary) => summary,
        Err(never) => match never {},
    };
    let graph = ClaimGraph::build(&docs, &claims);
    let options =
        CompareOptions { catch_all_camps: rules.camps.iter().filter(|c| c.fallback).map(|c| c.id.clone()).collect() };
    let findings = compare_with(&claims, &graph, &options);
    Analysis { docs, claims, findings, graph, summary }
}
