//! Rule packs: the YAML files under `rules/` that say which camps, actors,
//! places, events and metrics exist and which words signal them.
//!
//! Loading is two steps, as in ast-grep: `Serializable*` types mirror the
//! file format (unknown keys are errors), then [`compile`] checks references
//! and builds per-language [`Lexicon`]s. This crate knows nothing about
//! articles or output formats.

mod compile;
mod compiled;
mod error;
mod examples;
mod grammar;
mod ids;
mod lexicon;
mod pack;
mod patterns;
mod serializable;
mod source_map;
mod suggest;
mod word_regex;

use std::path::{Path, PathBuf};

use serde_saphyr::MessageFormatter as _;

pub use compile::{Checked, EXAMPLE_DATE, check, compile};
pub use compiled::{Actor, Camp, Event, Metric, NameWord, Place, Population, PropositionDef, Rules, TermDef};
pub use error::{Location, RuleError};
pub use examples::{RuleExamples, RuleKind, rule_examples};
pub use grammar::Grammar;
pub use ids::{ActorId, CampId, EventId, MetricId, PlaceId, PopulationId, PropositionId, TermId};
pub use lexicon::{Form, GateWord, GrammaticalNumber, Lexicon, Match, Position, Tag, Tokenized};
pub use pack::SourcePack;
pub use patterns::{Element, GAP_WORDS, Pattern, SlotKind, parse_pattern};
pub use serializable::*;
pub use word_regex::REGEX_SIZE_LIMIT;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// serde's "unknown field `x`, expected one of a, b" (or "unknown variant"),
/// with the closest expected name suggested first.
fn with_did_you_mean(message: String) -> String {
    let Some((head, expected)) = message.split_once(", expected ") else {
        return message;
    };
    let wrong = ["unknown field `", "unknown variant `"]
        .iter()
        .find_map(|what| head.find(what).map(|at| &head[at + what.len()..]))
        .and_then(|rest| rest.split('`').next());
    let Some(wrong) = wrong else {
        return message;
    };
    let names = expected.strip_prefix("one of ").unwrap_or(expected);
    let names: Vec<&str> =
        names.split(", ").flat_map(|n| n.split(" or ")).map(|n| n.trim().trim_matches('`')).collect();
    match suggest::suggest(wrong, names.iter().copied()) {
        Some(best) => format!("{head}, did you mean `{best}`? (expected {expected})"),
        None => message,
    }
}

/// How many characters to underline at `line:column`: the word there.
fn word_len(text: &str, line: usize, column: usize) -> usize {
    let Some(source_line) = text.lines().nth(line.saturating_sub(1)) else {
        return 1;
    };
    source_line
        .chars()
        .skip(column.saturating_sub(1))
        .take_while(|c| !c.is_whitespace() && !matches!(c, ':' | ',' | '[' | ']' | '{' | '}' | '#'))
        .count()
        .max(1)
}

/// Parses one pack file's text. A file that does not parse, or has an
/// unknown key, a missing field or a value of the wrong type, is an error
/// with its place and a snippet; an unknown key or variant close to a known
/// one gets a "did you mean".
pub fn parse_pack(path: &str, text: &str) -> Result<SourcePack, RuleError> {
    let pack = serde_saphyr::from_str::<SerializablePack>(text).map_err(|e| {
        let message = serde_saphyr::UserMessageFormatter.format_message(&e).into_owned();
        let message = message.strip_prefix("error: ").unwrap_or(&message).to_owned();
        let location = e.location().and_then(|l| {
            let (line, column) = (l.line() as usize, l.column() as usize);
            Location::in_text(text, line, column, word_len(text, line, column))
        });
        RuleError::Syntax { path: path.to_owned(), location, message: with_did_you_mean(message) }
    })?;
    Ok(SourcePack::new(path, text, pack))
}

fn collect_yaml(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_yaml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Lists and parses every `*.yaml` pack under `dir` (sorted, recursively):
/// the packs that parse and the errors of those that do not, or one error
/// when the directory cannot be listed or holds no pack.
fn read_packs(dir: &Path) -> Result<(Vec<SourcePack>, Vec<RuleError>), RuleError> {
    let shown = dir.display().to_string();
    let mut files = Vec::new();
    collect_yaml(dir, &mut files).map_err(|source| RuleError::Io { path: shown.clone(), source })?;
    files.sort();
    if files.is_empty() {
        return Err(RuleError::Empty { path: shown });
    }
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        let path = file.display().to_string();
        match std::fs::read_to_string(&file) {
            Ok(text) => match parse_pack(&path, &text) {
                Ok(pack) => packs.push(pack),
                Err(e) => errors.push(e),
            },
            Err(source) => errors.push(RuleError::Io { path, source }),
        }
    }
    Ok((packs, errors))
}

/// Reads every `*.yaml` pack under `dir` (sorted, recursively).
pub fn read_dir(dir: &Path) -> Result<Vec<SourcePack>, Vec<RuleError>> {
    let (packs, errors) = read_packs(dir).map_err(|e| vec![e])?;
    if errors.is_empty() { Ok(packs) } else { Err(errors) }
}

/// Loads and compiles the packs under `dir`.
pub fn load_dir(dir: &Path) -> Result<Rules, Vec<RuleError>> {
    compile(&read_dir(dir)?)
}

/// Reads and checks every pack under `dir`, going on past packs that do not
/// parse: their errors come first in file order with the others, and the
/// rest are still checked (a reference to something the broken file
/// defines may then be reported too). Returns the packs that parsed.
pub fn check_dir(dir: &Path) -> (Vec<SourcePack>, Checked) {
    let (packs, errors) = match read_packs(dir) {
        Ok(read) => read,
        Err(e) => return (Vec::new(), Checked { errors: vec![e], ..Checked::default() }),
    };
    let mut checked = check(&packs);
    checked.errors.extend(errors);
    checked.errors.sort_by_key(RuleError::sort_key);
    (packs, checked)
}

/// The JSON Schema of a rule-pack file, generated from [`SerializablePack`],
/// pretty-printed with a final newline.
pub fn pack_schema() -> String {
    let mut schema = schemars::schema_for!(SerializablePack);
    schema.insert("title".into(), "crosscheck rule pack".into());
    let mut json = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    json.push('\n');
    json
}

/// The schema's file name under the schema directory.
pub const SCHEMA_FILE: &str = "pack.schema.json";

/// Writes [`pack_schema`] to `dir/pack.schema.json`, creating `dir`.
pub fn write_schema(dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(SCHEMA_FILE);
    std::fs::write(&path, pack_schema())?;
    Ok(path)
}

/// The packs shipped with crosscheck, compiled into the binary. Each was
/// parsed when the binary was built ([`BUILTIN_PARSED`]) and is only decoded
/// here; a pack that did not parse then is parsed now, for its error.
pub fn builtin_packs() -> Result<Vec<SourcePack>, Vec<RuleError>> {
    // Written by build.rs with these very types, so it decodes; were it not
    // to, every pack would be parsed from its text instead.
    let parsed: Vec<Option<SerializablePack>> = postcard::from_bytes(BUILTIN_PARSED).unwrap_or_default();
    let mut parsed = parsed.into_iter();
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for (path, text) in BUILTIN_PACKS {
        let path = format!("rules/{path}");
        match parsed.next().flatten() {
            Some(pack) => packs.push(SourcePack::new(&path, text, pack)),
            None => match parse_pack(&path, text) {
                Ok(pack) => packs.push(pack),
                Err(e) => errors.push(e),
            },
        }
    }
    if errors.is_empty() { Ok(packs) } else { Err(errors) }
}

/// The shipped rules, compiled.
pub fn builtin() -> Result<Rules, Vec<RuleError>> {
    compile(&builtin_packs()?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_packs_compile() {
        let rules = crate::builtin().unwrap_or_else(|errors| {
            panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        });
        assert!(rules.camps.iter().any(|c| c.id == "separatists"));
        assert!(rules.lexicon("ar").is_some() && rules.lexicon("en").is_some());
    }

    /// The packs decoded from the build's bytes are the packs their YAML
    /// parses to, field for field.
    #[test]
    fn the_packs_parsed_at_build_time_are_the_yaml_parsed_now() {
        let decoded: Vec<Option<crate::SerializablePack>> =
            postcard::from_bytes(crate::BUILTIN_PARSED).expect("build.rs wrote the packs");
        assert_eq!(decoded.len(), crate::BUILTIN_PACKS.len());
        for ((path, text), decoded) in crate::BUILTIN_PACKS.iter().zip(&decoded) {
            let parsed = crate::parse_pack(path, text).expect("a shipped pack parses").pack;
            let decoded = decoded.as_ref().unwrap_or_else(|| panic!("{path} was not parsed at build time"));
            assert_eq!(format!("{decoded:?}"), format!("{parsed:?}"), "{path}");
        }
    }
}
