//! The `crosscheck` binary: parse flags, run, map the outcome to an exit code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

// Extraction makes many small, short-lived allocations on every thread;
// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The one foreign function the workspace calls; declared `safe`: it takes
// two integers and mimalloc checks the option number.
#[allow(unsafe_code)]
unsafe extern "C" {
    /// mimalloc's `mi_option_set` (`mimalloc.h`), linked in with the allocator.
    safe fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_t`: how many
/// milliseconds freed memory stays with the process before it is given back.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

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
    // Memory a run frees goes back at once, not a second later: the pages
    // extraction frees while a large corpus is read are not still counted
    // when comparison peaks. An explicit `MIMALLOC_PURGE_DELAY` wins.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
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
