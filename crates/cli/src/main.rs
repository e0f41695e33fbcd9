//! The `crosscheck` binary: parse flags, run, map the outcome to an exit code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

// Extraction makes many small, short-lived allocations on every thread;
// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What standard output is: its width when it is a terminal, and whether
/// colour is welcome there (<https://no-color.org>: any non-empty `NO_COLOR`
/// turns it off).
fn terminal() -> crosscheck_cli::Terminal {
    if !std::io::stdout().is_terminal() {
        return crosscheck_cli::Terminal::default();
    }
    let width = console::Term::stdout().size_checked().map(|(_rows, columns)| columns);
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    crosscheck_cli::Terminal { width, colour }
}

fn main() -> ExitCode {
    let mut cli = crosscheck_cli::Cli::parse();
    cli.terminal = terminal();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let code = match crosscheck_cli::run(cli, &mut out, &mut err) {
        Ok(outcome) => outcome.code(),
        Err(e) => {
            // A closed pipe (`crosscheck ... | head`) is not an error.
            if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(err, "error: {e:#}");
            crosscheck_cli::Outcome::Error.code()
        }
    };
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    code
}
