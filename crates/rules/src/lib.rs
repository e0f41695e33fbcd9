//! Rule packs: the YAML files under `rules/` that say which camps, actors,
//! places, events and metrics exist and which words signal them.
//!
//! Loading is two steps, as in ast-grep: `Serializable*` types mirror the
//! file format (unknown keys are errors), then [`compile`] checks references
//! and builds per-language [`Lexicon`]s. This crate knows nothing about
//! articles or output formats.

mod compile;
mod error;
mod lexicon;
mod patterns;
mod serializable;

use std::path::Path;

pub use compile::{Actor, Camp, Event, Metric, Place, Population, PropositionDef, Rules, SourcePack, TermDef, compile};
pub use error::RuleError;
pub use lexicon::{Form, GrammaticalNumber, Lexicon, Match, Position, Tag};
pub use patterns::{Element, GAP_WORDS, Pattern, SlotKind, parse_pattern};
pub use serializable::*;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// Parses one pack file's text.
pub fn parse_pack(path: &str, text: &str) -> Result<SourcePack, RuleError> {
    let pack = serde_saphyr::from_str::<SerializablePack>(text).map_err(|e| {
        let message = e.to_string();
        let message = message.strip_prefix("error: ").unwrap_or(&message).to_owned();
        RuleError::Syntax { path: path.to_owned(), message }
    })?;
    Ok(SourcePack { path: path.to_owned(), text: text.to_owned(), pack })
}

fn collect_yaml(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
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

/// Reads every `*.yaml` pack under `dir` (sorted, recursively).
pub fn read_dir(dir: &Path) -> Result<Vec<SourcePack>, Vec<RuleError>> {
    let shown = dir.display().to_string();
    let mut files = Vec::new();
    collect_yaml(dir, &mut files).map_err(|source| vec![RuleError::Io { path: shown.clone(), source }])?;
    files.sort();
    if files.is_empty() {
        return Err(vec![RuleError::Empty { path: shown }]);
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
    if errors.is_empty() { Ok(packs) } else { Err(errors) }
}

/// Loads and compiles the packs under `dir`.
pub fn load_dir(dir: &Path) -> Result<Rules, Vec<RuleError>> {
    compile(&read_dir(dir)?)
}

/// The packs shipped with crosscheck, compiled into the binary.
pub fn builtin_packs() -> Result<Vec<SourcePack>, Vec<RuleError>> {
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for (path, text) in BUILTIN_PACKS {
        match parse_pack(&format!("rules/{path}"), text) {
            Ok(pack) => packs.push(pack),
            Err(e) => errors.push(e),
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
}
