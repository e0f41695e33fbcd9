//! From paths to claims, graph and findings.

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use crosscheck_compare::{CompareOptions, Corpus, compare_records};
use crosscheck_corpus::{Discovery, Found, Origin, Source};
use crosscheck_extractor::{Extraction, Extractor};
use crosscheck_graph::Sources;
use crosscheck_model::{Claim, ClaimId, Diagnostic, DocumentList, DocumentMeta, Findings, Records, Severity};
use crosscheck_report::spill::{ClaimSpill, SpilledClaims};
use crosscheck_report::stream::problem_order;
use crosscheck_report::{ClaimStore, Summary};
use crosscheck_rules::Rules;
use rayon::prelude::*;

/// Loads the rules in `dir`, or the shipped ones.
pub fn load_rules(dirs: &[PathBuf], shipped: bool) -> Result<Rules> {
    if !shipped && dirs.is_empty() {
        anyhow::bail!("--no-default-rules leaves no rule packs: give at least one --rules DIR");
    }
    // The shipped rules alone were compiled when the binary was built.
    let compiled = (shipped && dirs.is_empty()).then(crosscheck_builtin_rules::rules);
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    let mut add = |read: Result<Vec<crosscheck_rules::SourcePack>, Vec<crosscheck_rules::RuleError>>| match read {
        Ok(read) => packs.extend(read),
        Err(e) => errors.extend(e),
    };
    if shipped && compiled.is_none() {
        add(crosscheck_rules::builtin_packs());
    }
    for dir in dirs {
        add(crosscheck_rules::read_dir(dir));
    }
    let compiled =
        compiled.unwrap_or_else(|| if errors.is_empty() { crosscheck_rules::compile(&packs) } else { Err(errors) });
    compiled.map_err(|errors| {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        anyhow!("the rule packs have errors:\n{}", shown.join("\n"))
    })
}

/// The result of reading a corpus: what was read, what was claimed, what conflicts.
#[derive(Debug)]
pub struct Analysis {
    pub docs: DocumentList,
    /// Each claim's compact record, in claim order: what linking, comparing
    /// and the summary read.
    pub records: Records,
    /// The claims in full, in a temporary file, read back to be rendered.
    pub claims: SpilledClaims,
    pub findings: Findings,
    pub summary: Summary,
    /// Per document, which text its spans index (`file`, `extracted_text`, `feed_item`).
    pub indexes: Vec<&'static str>,
    /// The ids of the rules' actors that are people, sorted.
    pub people: Vec<String>,
}

/// How articles are read.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Keep each claim's trace.
    pub explain: bool,
    /// Larger articles are skipped, with an error.
    pub max_article_bytes: u64,
    /// Show a progress line on standard error when the run takes more than
    /// a second and standard error is a terminal.
    pub progress: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self { explain: false, max_article_bytes: crosscheck_corpus::DEFAULT_MAX_ARTICLE_BYTES, progress: false }
    }
}

/// How long a run goes before it shows its progress.
const PROGRESS_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

/// A progress line on standard error, shown only once a run has taken
/// [`PROGRESS_AFTER`], and only when standard error is a terminal. It
/// counts sources read, from every worker thread.
struct Progress {
    bar: indicatif::ProgressBar,
}

impl Progress {
    fn new(wanted: bool) -> Self {
        let bar = indicatif::ProgressBar::hidden();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {pos} sources read")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        if wanted && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            let shown = bar.clone();
            // Detached: a run that ends sooner never shows the line.
            std::thread::spawn(move || {
                std::thread::sleep(PROGRESS_AFTER);
                if !shown.is_finished() {
                    shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                    shown.enable_steady_tick(std::time::Duration::from_millis(200));
                }
            });
        }
        Self { bar }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

enum Read {
    Ok { meta: DocumentMeta, extraction: Extraction, origin: Origin },
    Skipped(Diagnostic),
}

/// Reads one source: one article, or, for a feed, one per line (a bad line
/// is a skipped article).
fn read_one(extractor: &Extractor, index: u32, source: &Source, max_bytes: u64, packs: &[&str]) -> Vec<Read> {
    match crosscheck_corpus::load(source, max_bytes) {
        Ok(loaded) => {
            let mut out: Vec<Read> = loaded
                .documents
                .into_iter()
                .map(|(mut doc, origin)| {
                    // The script first, then the detector among the packs in it.
                    if doc.meta.language.is_none() {
                        doc.meta.language = crosscheck_corpus::language::detect(&doc.text[doc.body_start..], packs);
                    }
                    let extraction = extractor.extract_body(index, &doc.meta, &doc.text, doc.body_start);
                    let mut meta = doc.meta;
                    meta.language = meta.language.or_else(|| extraction.language.clone());
                    Read::Ok { meta, extraction, origin }
                })
                .collect();
            out.extend(loaded.problems.into_iter().map(Read::Skipped));
            out
        }
        Err(d) => vec![Read::Skipped(d)],
    }
}

/// A document read: what is known of it, its claims, which text its spans
/// index, and whether it counts as read (else as skipped: nothing could be
/// read from it).
pub type ReadDocument = (DocumentMeta, Extraction, Origin, bool);

/// Documents extracted together before their claims are written, when streaming.
const STREAM_CHUNK: usize = 256;

/// The next chunk of sources from discovery, with the problems met on the
/// way (in order) and how many of them are skipped articles.
struct Chunk {
    sources: Vec<Source>,
    problems: Vec<Diagnostic>,
    skipped: usize,
}

fn next_chunk(discovery: &mut Discovery) -> Chunk {
    let mut chunk = Chunk { sources: Vec::with_capacity(STREAM_CHUNK), problems: Vec::new(), skipped: 0 };
    for found in discovery.by_ref() {
        match found {
            Found::Article(source) => {
                chunk.sources.push(source);
                if chunk.sources.len() == STREAM_CHUNK {
                    break;
                }
            }
            Found::Problem(d) => {
                // Missing paths and directories without articles are skipped input;
                // a broken index entry is a problem, but its article is still read.
                if skips_input(&d) {
                    chunk.skipped += 1;
                }
                chunk.problems.push(d);
            }
        }
    }
    chunk
}

/// What one chunk adds to the summary: the problems met (in order), each
/// with whether it skipped an input.
pub struct ChunkProblems<'a> {
    pub problems: &'a [Diagnostic],
    pub skipped: &'a [bool],
}

/// What is done with each chunk of documents read.
type OnChunk<'a, E> = dyn FnMut(Vec<ReadDocument>, ChunkProblems) -> Result<(), E> + 'a;

/// A corpus to read: the articles under `paths`, extracted with `rules` on
/// `pool`, as `options` say.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    pub rules: &'a Rules,
    pub paths: &'a [PathBuf],
    pub pool: &'a rayon::ThreadPool,
    pub options: ReadOptions,
}

/// The summary of a corpus as it is read, with, beside `summary.skipped`,
/// whether each problem skipped an input.
#[derive(Default)]
struct Tally {
    summary: Summary,
    skips: Vec<bool>,
}

impl Tally {
    /// Counts the problems discovery met before a chunk.
    fn discovered(&mut self, chunk: &mut Chunk) {
        self.summary.articles_skipped += chunk.skipped;
        self.skips.extend(chunk.problems.iter().map(skips_input));
        self.summary.skipped.append(&mut chunk.problems);
    }

    /// Counts a chunk's extractions and skipped sources, and returns its documents read.
    fn read(&mut self, results: Vec<Vec<Read>>) -> Vec<ReadDocument> {
        let summary = &mut self.summary;
        let mut documents = Vec::with_capacity(results.len());
        for result in results.into_iter().flatten() {
            match result {
                Read::Ok { meta, mut extraction, origin } => {
                    // An article nothing could be read from (no rule pack for its language) is skipped.
                    let read = !(extraction.claims.is_empty()
                        && extraction.diagnostics.iter().any(|d| d.severity == Severity::Error));
                    if read {
                        summary.articles_read += 1;
                    } else {
                        summary.articles_skipped += 1;
                    }
                    summary.sentences += extraction.sentences;
                    let diagnostics = std::mem::take(&mut extraction.diagnostics);
                    for d in diagnostics.into_iter().filter(|d| d.severity != Severity::Note) {
                        summary.skipped.push(d);
                        self.skips.push(false);
                    }
                    documents.push((meta, extraction, origin, read));
                }
                Read::Skipped(d) => {
                    summary.articles_skipped += 1;
                    summary.skipped.push(d);
                    self.skips.push(true);
                }
            }
        }
        documents
    }

    /// The problems counted since there were `mark` of them.
    fn since(&self, mark: usize) -> ChunkProblems<'_> {
        ChunkProblems { problems: &self.summary.skipped[mark..], skipped: &self.skips[mark..] }
    }
}

/// Reads and extracts every article of a corpus a chunk at a time (in
/// parallel on its pool, order kept) and hands each chunk of documents read,
/// with the problems the chunk added, to `on_chunk` in input order.
/// Discovery is lazy too, and finds the next chunk while the current one is
/// extracted, so only two chunks of sources and one of extractions are held
/// at a time. The summary's problems come back in [`problem_order`].
fn read_corpus<E>(reading: Reading, on_chunk: &mut OnChunk<E>) -> Result<Summary, E> {
    let Reading { rules, paths, pool, options } = reading;
    let extractor = Extractor::new(rules).with_explain(options.explain);
    let packs: Vec<&str> = rules.languages.keys().map(String::as_str).collect();
    let mut tally = Tally::default();
    let progress = Progress::new(options.progress);
    let mut discovery = Discovery::new(paths);
    let mut chunk = next_chunk(&mut discovery);
    let mut base = 0usize;
    loop {
        let mark = tally.summary.skipped.len();
        tally.discovered(&mut chunk);
        if chunk.sources.is_empty() {
            on_chunk(Vec::new(), tally.since(mark))?;
            let mut summary = tally.summary;
            summary.skipped.sort_by(problem_order);
            return Ok(summary);
        }
        let sources = std::mem::take(&mut chunk.sources);
        let (next, results) = pool.install(|| {
            rayon::join(
                || next_chunk(&mut discovery),
                || {
                    sources
                        .par_iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let read = read_one(&extractor, (base + i) as u32, s, options.max_article_bytes, &packs);
                            progress.bar.inc(1);
                            read
                        })
                        .collect::<Vec<Vec<Read>>>()
                },
            )
        });
        base += sources.len();
        let documents = tally.read(results);
        on_chunk(documents, tally.since(mark))?;
        chunk = next;
    }
}

/// Whether a problem met in discovery skipped an input: missing paths and
/// directories without articles do; a broken index entry is a problem, but
/// its article is still read.
fn skips_input(d: &Diagnostic) -> bool {
    d.severity == Severity::Error && !d.path.ends_with(crosscheck_corpus::INDEX_FILE)
}

/// How one claim is written: into the buffer, as its document's line(s).
pub type RenderClaim = dyn Fn(ClaimId, &Claim, &DocumentMeta, Origin, &mut Vec<u8>) -> std::io::Result<()> + Sync;

/// Writes each claim to `out` as `render` makes it, as soon as its chunk of
/// documents is read, so memory stays flat however large the corpus. Claims
/// are rendered in parallel on the reading's pool and written in input order.
/// With `records`, each document's claims follow its article record, and each
/// problem is written as a problem record (see `crosscheck_report::stream`).
/// Nothing is compared. Returns the summary and how many claims were written.
pub fn stream_claims(
    reading: Reading,
    render: &RenderClaim,
    records: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<(Summary, usize)> {
    let pool = reading.pool;
    let mut next_id = 0u32;
    let summary = read_corpus::<std::io::Error>(reading, &mut |documents, problems| {
        // Claim ids run on from document to document: each document's first id, before rendering.
        let firsts: Vec<u32> = documents
            .iter()
            .map(|(_, extraction, _, _)| {
                let first = next_id;
                next_id += extraction.claims.len() as u32;
                first
            })
            .collect();
        let rendered: Vec<std::io::Result<Vec<u8>>> = pool.install(|| {
            documents
                .par_iter()
                .zip(&firsts)
                .map(|((meta, extraction, origin, read), &first)| {
                    let mut buffer = Vec::new();
                    if records {
                        let record = crosscheck_report::stream::ArticleReading {
                            indexes: origin.as_str(),
                            sentences: extraction.sentences,
                            claims: extraction.claims.len(),
                            read: *read,
                        };
                        crosscheck_report::stream::write_article_jsonl(&mut buffer, meta, record)?;
                    }
                    for (k, claim) in extraction.claims.iter().enumerate() {
                        render(ClaimId(first + k as u32), claim, meta, *origin, &mut buffer)?;
                    }
                    Ok(buffer)
                })
                .collect()
        });
        for buffer in rendered {
            out.write_all(&buffer?)?;
        }
        if records {
            for (d, &skipped) in problems.problems.iter().zip(problems.skipped) {
                crosscheck_report::stream::write_problem_jsonl(out, d, skipped)?;
            }
        }
        Ok(())
    })?;
    Ok((summary, next_id as usize))
}

/// Reads, extracts (in parallel on the reading's pool, order kept), links
/// and compares, in two passes: each claim is written to a temporary file
/// as soon as it is out, and only its compact record stays in memory for
/// linking and comparing; rendering reads the claims back. Texts are
/// dropped as soon as their claims are out; claims keep their traces only
/// when `explain` asks for them. Fails only when the temporary file does.
pub fn analyse(reading: Reading) -> std::io::Result<Analysis> {
    let rules = reading.rules;
    let mut docs = DocumentList::new();
    let mut records = Records::new();
    let mut spill = ClaimSpill::new()?;
    let mut indexes = Vec::new();
    let summary = read_corpus::<std::io::Error>(reading, &mut |documents, _| {
        for (meta, extraction, origin, _) in documents {
            indexes.push(origin.as_str());
            let index = docs.len() as u32;
            for mut claim in extraction.claims {
                claim.doc = index;
                records.push(&claim);
                spill.push(&claim)?;
            }
            // A copy made on this thread, its strings in the list's own
            // chunks: the worker's pages, where the extraction's garbage lay
            // around the meta's strings, can be given back.
            docs.push(&meta);
        }
        Ok(())
    })?;
    // The room the vectors grew into is given back before linking and comparing.
    records.shrink_to_fit();
    docs.shrink_to_fit();
    let gathered = Gathered { docs, records, claims: spill.finish()?, summary, indexes };
    Ok(finish(gathered, RuleFacts::of(rules)))
}

/// What a run read, before it is linked and compared: per document, its
/// meta and which text its spans index; per claim, its record and the
/// claim in full.
#[derive(Debug)]
pub struct Gathered {
    pub docs: DocumentList,
    pub records: Records,
    pub claims: SpilledClaims,
    pub summary: Summary,
    pub indexes: Vec<&'static str>,
}

/// What linking, comparing and reporting need of the rules beyond the
/// claims (a claim stream's run record carries the same).
#[derive(Debug, Clone)]
pub struct RuleFacts {
    /// The ids of the rules' actors that are people, sorted.
    pub people: Vec<String>,
    /// The camps that take any speaker no other camp claims.
    pub catch_all_camps: Vec<String>,
    /// The camps that pass on what others say and are no party.
    pub relay_camps: Vec<String>,
    /// The propositions only one value of which holds for one event.
    pub exclusive_propositions: Vec<String>,
    /// The propositions of incidents a war repeats day after day.
    pub recurring_propositions: Vec<String>,
}

impl RuleFacts {
    pub fn of(rules: &Rules) -> Self {
        Self {
            people: people(rules),
            catch_all_camps: catch_all_camps(rules),
            relay_camps: relay_camps(rules),
            exclusive_propositions: exclusive_propositions(rules),
            recurring_propositions: recurring_propositions(rules),
        }
    }
}

/// Links and compares claims read (from articles or from a stream).
pub fn finish(gathered: Gathered, facts: RuleFacts) -> Analysis {
    let Gathered { docs, records, claims, summary, indexes } = gathered;
    let RuleFacts { people, catch_all_camps, relay_camps, exclusive_propositions, recurring_propositions } = facts;
    let sources = Sources::of(&docs, &records);
    // Framing and denial findings quote their claims' words: those few are read back.
    let quote = |id: ClaimId| claims.claim(id).quote.clone();
    let corpus = Corpus { claims: &records, sources: &sources, quote: &quote };
    let options = CompareOptions { catch_all_camps, relay_camps, exclusive_propositions, recurring_propositions };
    let findings = compare_records(&corpus, &options);
    drop(sources);
    Analysis { docs, records, claims, findings, summary, indexes, people }
}

/// The ids of the rules' actors that are people, sorted.
pub fn people(rules: &Rules) -> Vec<String> {
    let mut people: Vec<String> =
        rules.actors.iter().filter(|a| a.kind == crosscheck_rules::ActorKind::Person).map(|a| a.id.clone()).collect();
    people.sort();
    people.dedup();
    people
}

/// The camps that take any speaker no other camp claims.
pub fn catch_all_camps(rules: &Rules) -> Vec<String> {
    rules.camps.iter().filter(|c| c.fallback).map(|c| c.id.clone()).collect()
}

/// The camps that pass on what others say and are no party.
pub fn relay_camps(rules: &Rules) -> Vec<String> {
    rules.camps.iter().filter(|c| c.relays).map(|c| c.id.clone()).collect()
}

/// The propositions only one value of which holds for one event.
pub fn exclusive_propositions(rules: &Rules) -> Vec<String> {
    rules.propositions.iter().filter(|p| p.exclusive).map(|p| p.id.clone()).collect()
}

/// The propositions of incidents a war repeats day after day.
pub fn recurring_propositions(rules: &Rules) -> Vec<String> {
    rules.propositions.iter().filter(|p| p.recurring).map(|p| p.id.clone()).collect()
}
