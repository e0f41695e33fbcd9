use serde::{Deserialize, Serialize};

use crate::Date;

/// A language code as rule packs and article indexes write it (`ar`, `en`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Language(pub String);

impl Language {
    pub fn new(code: impl Into<String>) -> Self {
        Self(code.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What is known about an article apart from its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// The path as the user gave it (or as found under a directory they gave).
    pub path: String,
    pub language: Option<Language>,
    pub published: Option<Date>,
    pub outlet: Option<String>,
    /// The conflict or event id the article is about, e.g. `karabakh-2023`.
    pub conflict: Option<String>,
}
