//! A parsed pack and the file it came from.

use std::sync::OnceLock;

use crate::error::Location;
use crate::serializable::SerializablePack;
use crate::source_map::SourceMap;

/// A parsed pack and the file it came from.
#[derive(Debug)]
pub struct SourcePack {
    pub path: String,
    pub text: String,
    pub pack: SerializablePack,
    /// Where each node stands, mapped from `text` the first time a problem
    /// needs a place: a run whose packs are sound never maps them.
    map: OnceLock<SourceMap>,
}

impl SourcePack {
    pub(crate) fn new(path: &str, text: &str, pack: SerializablePack) -> SourcePack {
        SourcePack { path: path.to_owned(), text: text.to_owned(), pack, map: OnceLock::new() }
    }

    fn map(&self) -> &SourceMap {
        self.map.get_or_init(|| SourceMap::new(&self.text))
    }

    /// Where the value at `path` (`actors[3].camp`, `metrics[0].examples[1]`) stands.
    pub fn location(&self, path: &str) -> Option<Location> {
        let p = self.map().value(path)?;
        Location::in_text(&self.text, p.line, p.column, p.len)
    }

    /// Where the mapping key that ends `path` (`metrics[0].triggers.ar`) stands.
    pub fn key_location(&self, path: &str) -> Option<Location> {
        let p = self.map().key(path)?;
        Location::in_text(&self.text, p.line, p.column, p.len)
    }

    /// `file:line:column` of the value at `path`, or the file alone.
    pub fn place(&self, path: &str) -> String {
        match self.map().value(path) {
            Some(p) => format!("{}:{}:{}", self.path, p.line, p.column),
            None => self.path.clone(),
        }
    }
}
