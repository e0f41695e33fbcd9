//! End-to-end tests of the `crosscheck` binary, in one test binary.
//!
//! Every test runs the real binary (`CARGO_BIN_EXE_crosscheck`) with
//! `std::process::Command`, so exit codes, stdout and stderr are the ones a
//! user sees. The harness lives in `util` (a temporary directory to write
//! articles into, a command to run in it, golden files) and `macros`
//! (`cctest!`, which hands each test both).
//!
//! - `golden`: the seed report in every format, byte for byte, against
//!   `tests/golden/` (`UPDATE_GOLDEN=1` rewrites them).
//! - `seeds`: what the seed report must mean whatever its exact wording.
//! - `input`: bad input is named on stderr, skipped and counted, and the rest
//!   of the run still happens.
//! - `exit_code`, `determinism`, `rules`: the command-line contract.
//! - `rule_tests`: `rules test` runs the shipped packs' examples; `rules
//!   schema` writes the committed schema; a pack with ten mistakes.
//! - `mixed`: an Arabic and an English article compared with each other.
//! - `languages`: `--rules` adds packs, `--no-default-rules` starts empty; the
//!   French test pack extracts and compares with no code of its own.
//! - `roundtrip`: comparing claims read back from the JSON report gives its findings.
//! - `compare`: `compare` over `claims --format jsonl` streams gives `report`'s bytes.
//! - `regression`: one test per bug, named after the bug.
//! - `doc_examples`: the examples in README.md and docs/ are what the binary
//!   prints (`UPDATE_DOCS=1` rewrites them).
//! - `hostile`: the bad-input matrix (empty, binary, UTF-16, fifos, loops,
//!   broken index entries and front matter, size and thread limits);
//!   `hostile_output`: every output format escapes a hostile article;
//!   `table_width`: terminal tables line up as terminals draw them.
//!
//! Run from any directory: paths are built from `CARGO_MANIFEST_DIR`.

#[macro_use]
mod macros;
mod util;

mod compare;
mod determinism;
mod doc_examples;
mod exit_code;
mod golden;
mod hostile;
mod hostile_output;
mod input;
mod languages;
mod mixed;
mod outputs;
mod properties;
mod regression;
mod rivals;
mod roundtrip;
mod rule_tests;
mod rules;
mod seeds;
mod table_width;
mod web_inputs;
