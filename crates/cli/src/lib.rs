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
use crosscheck_rules::Rules;

pub use pipeline::{Analysis, ReadOptions, Reading, analyse, load_rules};

/// Reads news articles, extracts who claimed what, and reports where the
/// sources contradict each other.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// What standard output is: the binary fills it in; a library caller
    /// (and every test) gets a pipe.
    #[arg(skip)]
    pub terminal: Terminal,
}

/// What standard output is connected to, as far as tables care.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Its width in columns when it is a terminal.
    pub width: Option<u16>,
    /// Whether finding kinds may be coloured: a terminal, and no `NO_COLOR`.
    pub colour: bool,
}

/// When terminal tables are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColourChoice {
    /// When standard output is a terminal and `NO_COLOR` is not set.
    Auto,
    Always,
    Never,
}

/// Terminal tables this wide when standard output is not a terminal and no
/// `--width` is given.
const DEFAULT_TABLE_WIDTH: u16 = 120;

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

/// Every output format; each subcommand accepts the ones it can write
/// ([`REPORT_FORMATS`], [`CLAIMS_FORMATS`], [`GRAPH_FORMATS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A terminal table.
    Table,
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// The versioned JSON report (for `graph`: nodes and edges).
    Json,
    /// One JSON claim per line, streamed as articles are read.
    Jsonl,
    /// RFC 4180 CSV: one row per claim, or per claim on each side of a finding.
    Csv,
    /// schema.org ClaimReview drafts (JSON-LD), one per claim in a finding.
    Claimreview,
    /// One self-contained HTML page.
    Html,
    /// Graphviz DOT.
    Dot,
}

/// The formats `report` writes.
pub const REPORT_FORMATS: &[OutputFormat] = &[
    OutputFormat::Table,
    OutputFormat::Markdown,
    OutputFormat::Json,
    OutputFormat::Csv,
    OutputFormat::Claimreview,
    OutputFormat::Html,
];
/// The formats `claims` writes.
pub const CLAIMS_FORMATS: &[OutputFormat] =
    &[OutputFormat::Table, OutputFormat::Markdown, OutputFormat::Json, OutputFormat::Jsonl, OutputFormat::Csv];
/// The formats `graph` writes.
pub const GRAPH_FORMATS: &[OutputFormat] = &[OutputFormat::Dot, OutputFormat::Json];

/// A `--format` parser that offers, in `--help` and in its errors, only
/// `formats`.
fn formats(formats: &'static [OutputFormat]) -> impl clap::builder::TypedValueParser<Value = OutputFormat> {
    let names = formats.iter().filter_map(ValueEnum::to_possible_value);
    clap::builder::TypedValueParser::map(clap::builder::PossibleValuesParser::new(names), |name: String| {
        OutputFormat::from_str(&name, false).expect("a possible value is a format")
    })
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, short, default_value = "table", value_parser = formats(REPORT_FORMATS))]
    pub format: OutputFormat,
    /// Start CSV with a byte order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, short, default_value = "table", value_parser = formats(CLAIMS_FORMATS))]
    pub format: OutputFormat,
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
    #[arg(long, short, default_value = "table", value_parser = formats(REPORT_FORMATS))]
    pub format: OutputFormat,
    /// Start CSV with a byte order mark, for spreadsheet programs that need one.
    #[arg(long)]
    pub bom: bool,
    /// Show, for each claim, how it was found (when the streams were written with `--explain`).
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub table: TableArgs,
}

/// How terminal tables are drawn.
#[derive(Debug, Args)]
pub struct TableArgs {
    /// Width of terminal tables [default: the terminal's width, or 120 when
    /// standard output is not a terminal].
    #[arg(long)]
    pub width: Option<u16>,
    /// Colour finding kinds in terminal tables.
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: ColourChoice,
}

impl TableArgs {
    /// The terminal table format these flags ask for on `terminal`.
    fn format(&self, terminal: Terminal) -> Format {
        let width = self.width.or(terminal.width).unwrap_or(DEFAULT_TABLE_WIDTH);
        let colour = match self.color {
            ColourChoice::Auto => terminal.colour,
            ColourChoice::Always => true,
            ColourChoice::Never => false,
        };
        Format::Table { width, colour }
    }
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files or directories of articles (with an optional index.yaml).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// A directory of rule packs to add to the shipped ones (a language, a
    /// conflict, more actors). May be given more than once.
    #[arg(long, value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Start from no rule packs: only those of `--rules` are used.
    #[arg(long)]
    pub no_default_rules: bool,
    /// Show, for each claim, the rule and words that produced it and how its
    /// speaker, camp and event were chosen.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub table: TableArgs,
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
    /// Output format.
    #[arg(long, short, default_value = "dot", value_parser = formats(GRAPH_FORMATS))]
    pub format: OutputFormat,
    /// The same as `--format`, the flag's earlier name.
    #[arg(long = "graph-format", hide = true, value_parser = formats(GRAPH_FORMATS), conflicts_with = "format")]
    pub graph_format: Option<OutputFormat>,
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

/// The reporter's format for `format` (one a subcommand accepted).
fn render_format(format: OutputFormat, table: &TableArgs, bom: bool, terminal: Terminal) -> Format {
    match format {
        OutputFormat::Table => table.format(terminal),
        OutputFormat::Markdown => Format::Markdown,
        OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Dot => Format::Json,
        OutputFormat::Csv => Format::Csv { bom },
        OutputFormat::Claimreview => Format::ClaimReview,
        OutputFormat::Html => Format::Html,
    }
}

/// Runs one command, writing results to `out` and problems to `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    match cli.command {
        Command::Report(args) => {
            let analysis = analyse_args(&args.input, err)?;
            let report = analysis.report(args.input.explain);
            crosscheck_report::write_findings(
                out,
                &report,
                render_format(args.format, &args.input.table, args.bom, cli.terminal),
            )?;
            Ok(outcome(&analysis, report.findings.iter().any(|f| f.kind.is_contradiction())))
        }
        Command::Compare(args) => {
            let analysis = compare_cmd::compare_streams(&args.streams)?;
            for d in &analysis.summary.skipped {
                writeln!(err, "{}", printable(&d.to_string()))?;
            }
            let report = analysis.report(args.explain);
            let format = render_format(args.format, &args.table, args.bom, cli.terminal);
            crosscheck_report::write_findings(out, &report, format)?;
            Ok(outcome(&analysis, report.findings.iter().any(|f| f.kind.is_contradiction())))
        }
        Command::Claims(ClaimsArgs { input: args, format: OutputFormat::Jsonl, .. }) => claims_jsonl(&args, out, err),
        Command::Claims(args) => {
            let analysis = analyse_args(&args.input, err)?;
            let report = analysis.report(args.input.explain);
            crosscheck_report::write_claims(
                out,
                &report,
                render_format(args.format, &args.input.table, args.bom, cli.terminal),
            )?;
            Ok(outcome(&analysis, report.claim_count() > 0))
        }
        Command::Graph(args) => {
            let analysis = analyse_args(&args.input, err)?;
            let format = match args.graph_format.unwrap_or(args.format) {
                OutputFormat::Json => crosscheck_report::GraphFormat::Json,
                _ => crosscheck_report::GraphFormat::Dot,
            };
            let graph = crosscheck_graph::ClaimGraph::build(&analysis.docs, &analysis.records);
            crosscheck_report::write_graph(out, &graph, &analysis.claims, &analysis.findings, format)?;
            Ok(outcome(&analysis, !analysis.records.is_empty()))
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

/// `crosscheck claims --format jsonl`: the claim stream, written as the
/// articles are read (a run record, then each article's record and claims).
fn claims_jsonl(args: &InputArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let rules = load_rules(&args.rules, !args.no_default_rules)?;
    let pool = thread_pool(args.threads, err)?;
    let explain = args.explain;
    let render =
        move |id, claim: &Claim, meta: &DocumentMeta, origin: crosscheck_corpus::Origin, buffer: &mut Vec<u8>| {
            let article = crosscheck_report::ClaimArticle { path: &meta.path, indexes: origin.as_str() };
            crosscheck_report::write_claim_jsonl(buffer, id, claim, article, explain)
        };
    let run = compare_cmd::run_record(&rules, &args.rules, !args.no_default_rules)?;
    crosscheck_report::stream::write_run_jsonl(out, &run)?;
    let (summary, written) = pipeline::stream_claims(reading(&rules, args, &pool), &render, true, out)?;
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

/// The corpus the input flags name, read with `rules` on `pool`.
fn reading<'a>(rules: &'a Rules, args: &'a InputArgs, pool: &'a rayon::ThreadPool) -> Reading<'a> {
    let options =
        ReadOptions { explain: args.explain, max_article_bytes: args.max_article_bytes, progress: !args.quiet };
    Reading { rules, paths: &args.paths, pool, options }
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
    let rules = load_rules(&args.rules, !args.no_default_rules)?;
    let pool = thread_pool(args.threads, err)?;
    let analysis = analyse(reading(&rules, args, &pool)).context("writing the claims to a temporary file")?;
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
            records: &self.records,
            findings: &self.findings,
            summary: &self.summary,
            explain,
            indexes: &self.indexes,
            people: &self.people,
        }
    }

    /// Every claim in full, read back from the temporary file (for tests and
    /// small corpora: a large one's claims do not fit in memory together).
    pub fn claims_in_full(&self) -> std::io::Result<Vec<Claim>> {
        let mut claims = Vec::with_capacity(self.records.len());
        self.report(true).each_claim(&mut |_, claim| {
            claims.push(claim.clone());
            Ok(())
        })?;
        Ok(claims)
    }
}
