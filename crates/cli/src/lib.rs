//! The command line: flags, the pipeline from paths to a report, and exit codes.

mod compare_cmd;
mod pipeline;
pub mod rule_tests;
mod rules_cmd;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck_model::{Claim, DocumentMeta, Severity};
use crosscheck_report::{Format, Report};

pub use pipeline::{Analysis, ReadOptions, analyse, load_rules};

/// Reads news articles, extracts who claimed what, and reports where the
/// sources contradict each other.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare the claims of the articles and report conflicts (the main job).
    Report(ReportArgs),
    /// List every claim extracted from the articles.
    Claims(ClaimsArgs),
    /// Report, as `report` does, from the claim streams that `claims
    /// --format jsonl` wrote (many files from many machines, in any order).
    Compare(CompareArgs),
    /// Export the claim graph (claims, sources, camps, articles, events).
    Graph(GraphArgs),
    /// Print the text that claims' spans index: a saved web page's extracted
    /// text, a feed item's text, or a text file as it is.
    Text(TextArgs),
    /// Write a shell completion script for crosscheck to standard output.
    Completions {
        /// The shell: bash, elvish, fish, powershell or zsh.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Debug, Args)]
pub struct TextArgs {
    /// An article file, a saved web page (.html, .htm) or a feed (.jsonl).
    pub path: PathBuf,
    /// In a feed, the article to print, named as claims cite it (its URL, else its id).
    #[arg(long, value_name = "URL_OR_ID")]
    pub item: Option<String>,
    /// Skip, with an error naming it, any article larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crosscheck_corpus::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: u64,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate every rule pack in a directory: errors and lints with file,
    /// line, column and a snippet.
    Check {
        /// The rule directory.
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
    /// Run every rule's examples and report each rule as passed or failed
    /// (missing, wrong or unexpected claims); exit 1 on failure.
    Test {
        /// The rule directory.
        #[arg(default_value = "rules")]
        dir: PathBuf,
        /// Run only the examples of this metric, proposition or framing topic.
        #[arg(long, value_name = "ID")]
        rule: Option<String>,
    },
    /// Write the JSON Schema of rule packs (pack.schema.json) for editors.
    Schema {
        /// The directory to write it to.
        #[arg(default_value = "rules/schema")]
        out_dir: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A terminal table.
    Table,
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// The versioned JSON report.
    Json,
    /// One JSON claim per line, streamed as articles are read (`claims` only).
    Jsonl,
}

/// The formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A terminal table.
    Table,
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// The versioned JSON report.
    Json,
    /// RFC 4180 CSV, one row per claim on each side of a finding.
    Csv,
    /// schema.org ClaimReview drafts (JSON-LD), one per claim in a finding.
    Claimreview,
    /// One self-contained HTML page.
    Html,
}

/// The formats of `claims`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    /// A terminal table.
    Table,
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// The versioned JSON report.
    Json,
    /// One JSON claim per line, streamed as articles are read.
    Jsonl,
    /// RFC 4180 CSV, one row per claim.
    Csv,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: ReportFormat,
    /// Start CSV with a byte order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: ClaimsFormat,
    /// Start CSV with a byte order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Claim streams written by `crosscheck claims --format jsonl` (`-`:
    /// standard input), in any order.
    #[arg(required = true)]
    pub streams: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: ReportFormat,
    /// Start CSV with a byte order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
    /// Show, for each claim, how it was found (when the streams were written with `--explain`).
    #[arg(long)]
    pub explain: bool,
    /// Width of terminal tables.
    #[arg(long, default_value_t = 120)]
    pub width: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Json,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files or directories of articles (with an optional index.yaml).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Rule directory to use instead of the shipped rules.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Show, for each claim, the rule and words that produced it and how its
    /// speaker, camp and event were chosen.
    #[arg(long)]
    pub explain: bool,
    /// Width of terminal tables.
    #[arg(long, default_value_t = 120)]
    pub width: u16,
    /// Worker threads (0: one per core). More than four per core (at least
    /// 64) gains nothing and is capped, with a warning.
    #[arg(long, short = 'j', default_value_t = 0)]
    pub threads: usize,
    /// Skip, with an error naming it, any article larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crosscheck_corpus::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: u64,
    /// No progress line on standard error (it shows only on a terminal, in
    /// runs over a second).
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Accepted for compatibility and ignored: `graph` writes `--graph-format`.
    #[arg(long, short, value_enum, default_value = "table", hide = true)]
    pub format: OutputFormat,
    /// Export format.
    #[arg(long = "graph-format", value_enum, default_value = "dot")]
    pub graph_format: GraphFormat,
}

/// How a run ended, as an exit code.
///
/// Like ripgrep: 0 when something was found (contradictions for `report`,
/// claims for `claims`), 1 when the run was clean but found nothing, 2 when
/// any input or rule could not be used (the output still covers the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Found,
    NothingFound,
    Error,
}

impl Outcome {
    pub fn code(self) -> ExitCode {
        match self {
            Outcome::Found => ExitCode::from(0),
            Outcome::NothingFound => ExitCode::from(1),
            Outcome::Error => ExitCode::from(2),
        }
    }
}

fn report_format(format: ReportFormat, width: u16, bom: bool) -> Format {
    match format {
        ReportFormat::Table => Format::Table { width },
        ReportFormat::Markdown => Format::Markdown,
        ReportFormat::Json => Format::Json,
        ReportFormat::Csv => Format::Csv { bom },
        ReportFormat::Claimreview => Format::ClaimReview,
        ReportFormat::Html => Format::Html,
    }
}

fn claims_format(args: &ClaimsArgs) -> Format {
    match args.format {
        ClaimsFormat::Table => Format::Table { width: args.input.width },
        ClaimsFormat::Markdown => Format::Markdown,
        ClaimsFormat::Json | ClaimsFormat::Jsonl => Format::Json,
        ClaimsFormat::Csv => Format::Csv { bom: args.bom },
    }
}

/// Runs one command, writing results to `out` and problems to `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    match cli.command {
        Command::Graph(args) if args.format == OutputFormat::Jsonl => {
            anyhow::bail!("--format jsonl streams claims: use it with `crosscheck claims`")
        }
        Command::Report(args) => {
            let analysis = analyse_args(&args.input, err)?;
            let report = analysis.report(args.input.explain);
            crosscheck_report::write_findings(out, &report, report_format(args.format, args.input.width, args.bom))?;
            Ok(outcome(&analysis, report.findings.iter().any(|f| f.kind.is_contradiction())))
        }
        Command::Compare(args) => {
            let analysis = compare_cmd::compare_streams(&args.streams)?;
            for d in &analysis.summary.skipped {
                writeln!(err, "{}", printable(&d.to_string()))?;
            }
            let report = analysis.report(args.explain);
            crosscheck_report::write_findings(out, &report, report_format(args.format, args.width, args.bom))?;
            Ok(outcome(&analysis, report.findings.iter().any(|f| f.kind.is_contradiction())))
        }
        Command::Claims(ClaimsArgs { input: args, format: ClaimsFormat::Jsonl, .. }) => {
            let rules = load_rules(args.rules.as_deref())?;
            let pool = thread_pool(args.threads, err)?;
            let explain = args.explain;
            let render = move |id,
                               claim: &Claim,
                               meta: &DocumentMeta,
                               origin: crosscheck_corpus::Origin,
                               buffer: &mut Vec<u8>| {
                crosscheck_report::write_claim_jsonl(buffer, id, claim, &meta.path, origin.as_str(), explain)
            };
            let run = compare_cmd::run_record(&rules, args.rules.as_deref())?;
            crosscheck_report::stream::write_run_jsonl(out, &run)?;
            let (summary, written) =
                pipeline::stream_claims(&rules, &args.paths, &pool, options(&args), &render, true, out)?;
            let any = written > 0;
            for d in summary.skipped.iter().filter(|d| d.severity != Severity::Note) {
                writeln!(err, "{}", printable(&d.to_string()))?;
            }
            let failed = summary.errors().next().is_some();
            Ok(if failed {
                Outcome::Error
            } else if any {
                Outcome::Found
            } else {
                Outcome::NothingFound
            })
        }
        Command::Claims(args) => {
            let analysis = analyse_args(&args.input, err)?;
            let report = analysis.report(args.input.explain);
            crosscheck_report::write_claims(out, &report, claims_format(&args))?;
            Ok(outcome(&analysis, !report.claims.is_empty()))
        }
        Command::Graph(args) => {
            let analysis = analyse_args(&args.input, err)?;
            let format = match args.graph_format {
                GraphFormat::Dot => crosscheck_report::GraphFormat::Dot,
                GraphFormat::Json => crosscheck_report::GraphFormat::Json,
            };
            crosscheck_report::write_graph(out, &analysis.graph, &analysis.claims, &analysis.findings, format)?;
            Ok(outcome(&analysis, !analysis.claims.is_empty()))
        }
        Command::Text(args) => text(&args, out, err),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "crosscheck", out);
            Ok(Outcome::Found)
        }
        Command::Rules(command) => rules_cmd::run(command, out, err),
    }
}

/// `crosscheck text`: the text a source's claims' spans index.
fn text(args: &TextArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let mut source = None;
    for found in crosscheck_corpus::Discovery::new(std::slice::from_ref(&args.path)) {
        match found {
            crosscheck_corpus::Found::Article(s) if source.is_none() => source = Some(s),
            crosscheck_corpus::Found::Article(_) => {}
            crosscheck_corpus::Found::Problem(d) => writeln!(err, "{d}")?,
        }
    }
    let Some(source) = source else { return Ok(Outcome::Error) };
    let loaded = match crosscheck_corpus::load(&source, args.max_article_bytes) {
        Ok(loaded) => loaded,
        Err(d) => {
            writeln!(err, "{d}")?;
            return Ok(Outcome::Error);
        }
    };
    for d in &loaded.problems {
        writeln!(err, "{d}")?;
    }
    let chosen: Vec<_> = match &args.item {
        Some(item) => loaded.documents.iter().filter(|(doc, _)| doc.meta.path == *item).collect(),
        None => loaded.documents.iter().collect(),
    };
    match chosen.as_slice() {
        [(doc, _)] => {
            out.write_all(doc.text.as_bytes())?;
            Ok(Outcome::Found)
        }
        [] => {
            let item = args.item.as_deref().unwrap_or_default();
            writeln!(err, "error: {}: no article `{item}`", source.meta.path)?;
            Ok(Outcome::Error)
        }
        many => {
            writeln!(
                err,
                "error: {} holds {} articles; choose one with --item (its URL, else its id): {}",
                source.meta.path,
                many.len(),
                many.iter().map(|(d, _)| d.meta.path.as_str()).collect::<Vec<_>>().join(", ")
            )?;
            Ok(Outcome::Error)
        }
    }
}

fn outcome(analysis: &Analysis, found: bool) -> Outcome {
    if analysis.summary.errors().next().is_some() {
        Outcome::Error
    } else if found {
        Outcome::Found
    } else {
        Outcome::NothingFound
    }
}

/// A diagnostic line as a terminal may show it: a control character (from a
/// file name or a YAML error quoting the file) is written as its control
/// picture, so no escape sequence reaches the terminal.
fn printable(line: &str) -> String {
    crosscheck_report::visible(line)
}

fn options(args: &InputArgs) -> ReadOptions {
    ReadOptions { explain: args.explain, max_article_bytes: args.max_article_bytes, progress: !args.quiet }
}

/// The most worker threads a run starts: four per core, and at least 64.
/// Extraction is CPU-bound, so threads past the cores only add stacks and
/// switching; the margin leaves room for slow disks, and the floor keeps
/// a habitual `-j 64` quiet on a small machine. Far more (`-j 100000`)
/// would fail to allocate the threads' stacks and abort.
pub fn max_threads() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    cores.saturating_mul(4).max(64)
}

fn thread_pool(threads: usize, err: &mut dyn Write) -> Result<rayon::ThreadPool> {
    let max = max_threads();
    let threads = if threads > max {
        writeln!(err, "warning: --threads {threads} is more than this machine can use; using {max}")?;
        max
    } else {
        threads
    };
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")
}

fn analyse_args(args: &InputArgs, err: &mut dyn Write) -> Result<Analysis> {
    let rules = load_rules(args.rules.as_deref())?;
    let pool = thread_pool(args.threads, err)?;
    let analysis = analyse(&rules, &args.paths, &pool, options(args));
    for d in &analysis.summary.skipped {
        if d.severity != Severity::Note {
            writeln!(err, "{}", printable(&d.to_string()))?;
        }
    }
    Ok(analysis)
}

impl Analysis {
    pub fn report(&self, explain: bool) -> Report<'_> {
        Report {
            docs: &self.docs,
            claims: &self.claims,
            findings: &self.findings,
            summary: &self.summary,
            explain,
            indexes: &self.indexes,
            people: &self.people,
        }
    }
}
