//! `crosscheck compare`: the report `report` gives, made from the claim
//! streams that `claims --format jsonl` wrote (possibly many, from many
//! machines, in any order).
//!
//! Extraction is the map: each article's claims depend on that article
//! alone. This is the reduce: every record is read, articles are put in the
//! order `report` lists them (by path, component by component, as a
//! directory is walked), claims in their run's order within their article,
//! problems in [`problem_order`], and then claims are linked and compared
//! exactly as `report` does.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use crosscheck_model::{Chunked, Diagnostic, DocumentList, Records, Severity, permute};
use crosscheck_report::spill::{ClaimSpill, SpillEntry};
use crosscheck_report::stream::{
    ArticleRecord, RECORD_PREFIX, RecordIn, RunRecord, STREAM_VERSION, article_order, problem_order, read_record,
    rules_hash,
};
use crosscheck_report::{JsonClaimIn, Summary};

use crate::pipeline::{Analysis, Gathered, RuleFacts, finish};

/// The version of the rules a stream is written with: a hash of the packs'
/// texts, the shipped ones (unless `shipped` is off) and then those under each
/// of `dirs`, by their paths inside it. `--no-default-rules --rules rules`
/// is the shipped version.
pub fn rules_version(dirs: &[PathBuf], shipped: bool) -> Result<String> {
    if shipped && dirs.is_empty() {
        return Ok(crosscheck_builtin_rules::RULES_VERSION.to_owned());
    }
    let mut packs: Vec<(String, String)> = Vec::new();
    if shipped {
        packs.extend(crosscheck_rules::BUILTIN_PACKS.iter().map(|&(path, text)| (path.to_owned(), text.to_owned())));
    }
    for dir in dirs {
        let read = crosscheck_rules::read_dir(dir).map_err(|errors| {
            let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
            anyhow::anyhow!("the rule packs have errors:\n{}", shown.join("\n"))
        })?;
        let prefix = dir.display().to_string();
        packs.extend(read.into_iter().map(|p| {
            let rel = p.path.strip_prefix(&prefix).unwrap_or(&p.path).trim_start_matches(['/', '\\']).to_owned();
            (rel, p.text)
        }));
    }
    Ok(rules_hash(packs.iter().map(|(path, text)| (path.as_str(), text.as_str()))))
}

/// The run record a stream starts with.
pub fn run_record(rules: &crosscheck_rules::Rules, dirs: &[PathBuf], shipped: bool) -> Result<RunRecord> {
    Ok(RunRecord::new(
        rules_version(dirs, shipped)?,
        crate::pipeline::people(rules),
        (crate::pipeline::catch_all_camps(rules), crate::pipeline::relay_camps(rules)),
        (crate::pipeline::exclusive_propositions(rules), crate::pipeline::recurring_propositions(rules)),
    ))
}

/// Where a line stands: the stream's name (as given, shared by its lines)
/// and the line number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Place {
    file: std::sync::Arc<str>,
    line: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Paths as small numbers: every claim names its article by path.
#[derive(Default)]
struct Paths {
    ids: HashMap<String, u32>,
}

impl Paths {
    fn id(&mut self, path: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(path).or_insert(next)
    }
}

/// Everything read from the streams, before it is put in order.
struct Read {
    run: Option<(RunRecord, Place)>,
    /// Each article record's meta, in the order read: put in `report`'s
    /// order in place, it becomes the documents' list.
    docs: DocumentList,
    /// Beside `docs`: what else comparison keeps of each article record.
    articles: Vec<Article>,
    /// Claims' compact records, each with its path id as its `doc` for now.
    claims: Records,
    /// The claims in full, written to a temporary file as they are read, in
    /// the same order as `claims` until they are put in order.
    spill: ClaimSpill,
    /// Beside `claims`: each one's number in its run (`c17` is 17).
    seqs: Vec<u32>,
    problems: Vec<(Diagnostic, bool)>,
    paths: Paths,
    /// Lines that could not be read, as errors with their place.
    malformed: Vec<Diagnostic>,
}

fn malformed(place: &Place, column: usize, message: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        path: place.file.to_string(),
        span: None,
        line_col: Some((place.line, column.max(1))),
        message: format!("{message}; the line is skipped"),
    }
}

/// serde_json's message without its own "at line 1 column N".
fn json_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    message.rsplit_once(" at line ").map_or(message.clone(), |(head, _)| head.to_owned())
}

const INDEXES: [&str; 3] = ["file", "extracted_text", "feed_item"];

impl Read {
    fn new() -> std::io::Result<Self> {
        Ok(Self {
            run: None,
            docs: DocumentList::new(),
            articles: Vec::new(),
            claims: Records::new(),
            spill: ClaimSpill::new()?,
            seqs: Vec::new(),
            problems: Vec::new(),
            paths: Paths::default(),
            malformed: Vec::new(),
        })
    }

    fn line(&mut self, place: Place, text: &str) -> Result<()> {
        if text.starts_with(RECORD_PREFIX) {
            match read_record(text) {
                Ok(RecordIn::Run(run)) => self.run_record(run, place)?,
                Ok(RecordIn::Article(article)) => {
                    if !INDEXES.contains(&article.indexes.as_str()) {
                        let message = format!("unknown `indexes` value `{}`", article.indexes);
                        self.malformed.push(malformed(&place, 1, &message));
                    } else if article.record != "article" {
                        self.malformed.push(malformed(&place, 1, "not an article record"));
                    } else {
                        let id = self.paths.id(article.path.clone());
                        self.articles.push(Article::of(&article, id, place));
                        self.docs.push(&article.into_meta());
                    }
                }
                Ok(RecordIn::Problem(problem)) => match problem.diagnostic() {
                    Some(d) => self.problems.push((d, problem.skipped)),
                    None => {
                        let message = format!("unknown severity `{}`", problem.severity);
                        self.malformed.push(malformed(&place, 1, &message));
                    }
                },
                Err(message) => self.malformed.push(malformed(&place, 1, &format!("not a stream record: {message}"))),
            }
            return Ok(());
        }
        let wire: JsonClaimIn = match serde_json::from_str(text) {
            Ok(wire) => wire,
            Err(e) => {
                let message = format!("not a claim: {}", json_message(&e));
                self.malformed.push(malformed(&place, e.column(), &message));
                return Ok(());
            }
        };
        let Some(seq) = wire.id.as_deref().and_then(|id| id.strip_prefix('c')).and_then(|n| n.parse::<u32>().ok())
        else {
            self.malformed.push(malformed(&place, 1, "a claim without an `id` such as `c17`"));
            return Ok(());
        };
        let path = wire.path.clone();
        match wire.into_claim(0) {
            Ok(mut claim) => {
                claim.doc = self.paths.id(path);
                self.claims.push(&claim);
                self.spill.push(&claim).context("writing the claims to a temporary file")?;
                self.seqs.push(seq);
            }
            Err(e) => self.malformed.push(malformed(&place, 1, &format!("not a usable claim: {e}"))),
        }
        Ok(())
    }

    fn run_record(&mut self, run: RunRecord, place: Place) -> Result<()> {
        if run.version != STREAM_VERSION {
            bail!(
                "{place}: a claim stream of version {}; this crosscheck reads version {STREAM_VERSION}: \
                 write the claims again with this crosscheck",
                run.version
            );
        }
        match &self.run {
            None => self.run = Some((run, place)),
            Some((first, at)) if *first != run => {
                // Named in a fixed order, whatever order the streams came in.
                let (a, b) = if *at <= place { ((first, at), (&run, &place)) } else { ((&run, &place), (first, at)) };
                bail!(
                    "{} and {} were written with different rules (engine {}, rules {} against engine {}, rules {}): \
                     compare claims extracted with the same rules",
                    a.1,
                    b.1,
                    a.0.engine,
                    a.0.rules,
                    b.0.engine,
                    b.0.rules
                );
            }
            Some(_) => {}
        }
        Ok(())
    }

    fn stream(&mut self, name: &str, reader: &mut dyn BufRead) -> Result<()> {
        let mut buffer = Vec::new();
        let mut line = 0usize;
        let file: std::sync::Arc<str> = name.into();
        loop {
            buffer.clear();
            let n = reader.read_until(b'\n', &mut buffer).with_context(|| format!("reading {name}"))?;
            if n == 0 {
                return Ok(());
            }
            line += 1;
            let place = Place { file: std::sync::Arc::clone(&file), line };
            match std::str::from_utf8(&buffer) {
                Ok(text) => {
                    let text = text.trim();
                    if !text.is_empty() {
                        self.line(place, text)?;
                    }
                }
                Err(e) => {
                    let column = e.valid_up_to() + 1;
                    self.malformed.push(malformed(&place, column, "not UTF-8"));
                }
            }
        }
    }
}

/// Reads every stream (`-` is standard input) and compares their claims.
pub fn compare_streams(streams: &[PathBuf]) -> Result<Analysis> {
    let mut read = Read::new().context("opening a temporary file for the claims")?;
    for stream in streams {
        let name = stream.display().to_string();
        if name == "-" {
            let stdin = std::io::stdin();
            read.stream(&name, &mut stdin.lock())?;
        } else {
            let file = std::fs::File::open(stream).with_context(|| format!("opening {name}"))?;
            read.stream(&name, &mut std::io::BufReader::with_capacity(1 << 16, file))?;
        }
    }
    assemble(read, streams)
}

/// Puts what was read in `report`'s order, checks that every article has
/// its claims, and compares.
fn assemble(read: Read, streams: &[PathBuf]) -> Result<Analysis> {
    let Read { run, docs, articles, mut claims, mut spill, mut seqs, problems, paths, malformed } = read;
    // The room the vectors grew into is given back before linking and comparing.
    claims.shrink_to_fit();
    seqs.shrink_to_fit();
    let Some((run, _)) = run else {
        let names: Vec<String> = streams.iter().map(|s| s.display().to_string()).collect();
        bail!("{}: no run record: write claim streams with `crosscheck claims --format jsonl`", names.join(", "));
    };
    let mut summary = Summary::default();
    summary.articles_skipped += malformed.len();
    summary.skipped = malformed;
    for (d, skipped) in problems {
        summary.articles_skipped += usize::from(skipped);
        summary.skipped.push(d);
    }
    let documents = Documents::in_order(docs, articles, paths.ids.len(), &mut summary);
    let mut kept = Kept { claims: &mut claims, entries: spill.entries_mut(), seqs: &mut seqs };
    documents.drop_orphans(&mut kept, &paths, &mut summary);
    let got = documents.renumber(&mut claims);
    // Claims in document order, and in their run's order within a document.
    let list = claims.list_mut();
    let mut order: Vec<u32> = (0..list.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (list[i as usize].doc, seqs[i as usize]));
    drop(seqs);
    let entries = spill.entries_mut();
    permute(order, |a, b| {
        list.swap(a, b);
        entries.swap(a, b);
    });
    documents.check_counts(&got, &mut summary);
    summary.skipped.sort_by(problem_order);
    // The paths' numbers and the counts are done with before linking and comparing.
    drop(paths);
    let Documents { docs, indexes, expected, doc_of } = documents;
    drop((expected, doc_of));
    let facts = RuleFacts {
        people: run.people,
        catch_all_camps: run.catch_all_camps,
        relay_camps: run.relay_camps,
        exclusive_propositions: run.exclusive_propositions,
        recurring_propositions: run.recurring_propositions,
    };
    let claims_read = spill.finish().context("reading back the temporary file of claims")?;
    Ok(finish(Gathered { docs, records: claims, claims: claims_read, summary, indexes }, facts))
}

/// The claims read, with their places in the temporary file and their
/// numbers in their runs, all in the same order.
struct Kept<'a> {
    claims: &'a mut Records,
    entries: &'a mut Chunked<SpillEntry>,
    seqs: &'a mut Vec<u32>,
}

/// An article record as comparison keeps it beside its meta: its path's
/// number, where it was read, and its counts.
struct Article {
    id: u32,
    place: Place,
    indexes: &'static str,
    sentences: usize,
    claims: usize,
    read: bool,
}

impl Article {
    fn of(record: &ArticleRecord, id: u32, place: Place) -> Self {
        Article {
            id,
            place,
            indexes: INDEXES.into_iter().find(|i| *i == record.indexes).unwrap_or("file"),
            sentences: record.sentences,
            claims: record.claims,
            read: record.read,
        }
    }
}

/// The articles of the streams, as documents in `report`'s order.
struct Documents {
    docs: DocumentList,
    /// Per document, which text its spans index.
    indexes: Vec<&'static str>,
    /// Per document, how many claims its article record announces.
    expected: Vec<usize>,
    /// Per path id, the document it is (u32::MAX: none).
    doc_of: Vec<u32>,
}

impl Documents {
    /// The articles sorted as `report` lists them, each counted in the
    /// summary; an article given twice is reported and read once. `docs`
    /// (beside `articles`) is put in order in place, with no second list.
    fn in_order(mut docs: DocumentList, articles: Vec<Article>, paths: usize, summary: &mut Summary) -> Self {
        let mut order: Vec<u32> = (0..docs.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            let path = |k: usize| docs.path(k).unwrap_or_default();
            article_order(path(a), path(b)).then_with(|| articles[a].place.cmp(&articles[b].place))
        });
        let mut documents = Documents {
            docs: DocumentList::new(),
            indexes: Vec::with_capacity(articles.len()),
            expected: Vec::with_capacity(articles.len()),
            doc_of: vec![u32::MAX; paths],
        };
        let mut keep = Vec::with_capacity(order.len());
        let mut last: Option<&Article> = None;
        for &k in &order {
            let article = &articles[k as usize];
            if let Some(first) = last
                && first.id == article.id
            {
                summary.skipped.push(Diagnostic {
                    severity: Severity::Error,
                    path: docs.path(k as usize).unwrap_or_default().to_owned(),
                    span: None,
                    line_col: None,
                    message: format!(
                        "the article is in the streams twice ({} and {}); the second is left out",
                        first.place, article.place
                    ),
                });
                keep.push(false);
                continue;
            }
            keep.push(true);
            documents.doc_of[article.id as usize] = documents.indexes.len() as u32;
            documents.count(article, summary);
            last = Some(article);
        }
        permute(order, |a, b| docs.swap(a, b));
        // The documents kept move forward, in order, over those left out.
        let mut kept = 0;
        for (k, keep) in keep.into_iter().enumerate() {
            if keep {
                docs.swap(kept, k);
                kept += 1;
            }
        }
        docs.truncate(kept);
        docs.shrink_to_fit();
        documents.docs = docs;
        documents
    }

    /// Counts an article in the summary, and keeps its counts.
    fn count(&mut self, article: &Article, summary: &mut Summary) {
        if article.read {
            summary.articles_read += 1;
        } else {
            summary.articles_skipped += 1;
        }
        summary.sentences += article.sentences;
        self.indexes.push(article.indexes);
        self.expected.push(article.claims);
    }

    /// Leaves out (and reports, once per path) the claims of paths that no
    /// article record names, with their entries and numbers.
    fn drop_orphans(&self, kept_claims: &mut Kept, paths: &Paths, summary: &mut Summary) {
        let Kept { claims, entries, seqs } = kept_claims;
        let claims = claims.list_mut();
        let mut names: Vec<&str> = vec![""; paths.ids.len()];
        for (path, &id) in &paths.ids {
            names[id as usize] = path;
        }
        let mut orphans: Vec<&str> = Vec::new();
        let mut kept = 0;
        for i in 0..claims.len() {
            let path = claims[i].doc as usize;
            if self.doc_of[path] == u32::MAX {
                orphans.push(names[path]);
            } else {
                claims.swap(kept, i);
                entries.swap(kept, i);
                seqs.swap(kept, i);
                kept += 1;
            }
        }
        claims.truncate(kept);
        entries.truncate(kept);
        seqs.truncate(kept);
        orphans.sort_unstable();
        orphans.dedup();
        for path in orphans {
            summary.skipped.push(Diagnostic {
                severity: Severity::Error,
                path: path.to_owned(),
                span: None,
                line_col: None,
                message: "claims of an article no article record names (a stream is missing); they are left out"
                    .to_owned(),
            });
        }
    }

    /// Numbers each claim by its document instead of its path, and returns
    /// how many claims each document has.
    fn renumber(&self, claims: &mut Records) -> Vec<usize> {
        let mut got = vec![0usize; self.docs.len()];
        for c in claims.list_mut().iter_mut() {
            c.doc = self.doc_of[c.doc as usize];
            got[c.doc as usize] += 1;
        }
        got
    }

    /// Reports each document whose claims are not as many as its article
    /// record announces.
    fn check_counts(&self, got: &[usize], summary: &mut Summary) {
        for (doc, (&want, &have)) in self.expected.iter().zip(got).enumerate() {
            if want != have {
                summary.skipped.push(Diagnostic {
                    severity: Severity::Error,
                    path: self.docs.path(doc).unwrap_or_default().to_owned(),
                    span: None,
                    line_col: None,
                    message: format!(
                        "the article record announces {want} claims and the streams hold {have} (a stream is missing, \
                         truncated or given twice)"
                    ),
                });
            }
        }
    }
}
