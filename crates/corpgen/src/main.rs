//! `crosscheck-corpgen --articles N --out DIR [--seed S]`: writes a
//! benchmark corpus of N generated articles.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Parser;

/// Writes N generated news articles (about 60% Arabic, 40% English) under
/// DIR, in directories of at most 1000 articles, each with an index.yaml.
/// The same N and seed always give byte-identical files.
#[derive(Debug, Parser)]
#[command(name = "crosscheck-corpgen", version, about, long_about = None)]
struct Args {
    /// How many articles to write.
    #[arg(long)]
    articles: u64,
    /// The output directory (created; an earlier corpus in it is replaced).
    #[arg(long)]
    out: PathBuf,
    /// The random seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Leave DIR as it is when it already holds this corpus (same
    /// generator version, number of articles and seed).
    #[arg(long)]
    reuse: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if args.reuse && crosscheck_corpgen::holds_corpus(&args.out, args.articles, args.seed) {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("{} already holds this corpus; reusing it", args.out.display());
        }
        return Ok(());
    }
    let started = Instant::now();
    let written = crosscheck_corpgen::write_corpus(&args.out, args.articles, args.seed)
        .with_context(|| format!("writing the corpus to {}", args.out.display()))?;
    #[allow(clippy::print_stderr)]
    {
        eprintln!(
            "wrote {} articles, {:.1} MB, {} sentences to {} in {:.1}s",
            written.articles,
            written.bytes as f64 / 1e6,
            written.sentences,
            args.out.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
