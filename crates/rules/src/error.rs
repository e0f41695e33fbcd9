use std::fmt;

/// A problem in a rule pack, with the file and, when known, the place.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The YAML does not parse or does not have the pack's shape. The message
    /// carries the line, column and a snippet.
    #[error("{path}: {message}")]
    Syntax { path: String, message: String },
    /// The YAML has the right shape but says something impossible.
    #[error("{}", DisplayInvalid { path, line: *line, column: *column, message })]
    Invalid { path: String, line: Option<usize>, column: Option<usize>, message: String },
    #[error("{path}: no rule packs (*.yaml) found")]
    Empty { path: String },
}

struct DisplayInvalid<'a> {
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

impl fmt::Display for DisplayInvalid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: {}", self.path, self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The 1-based line and column where `needle` first appears in `text`.
pub(crate) fn locate(text: &str, needle: &str) -> Option<(usize, usize)> {
    let at = text.find(needle)?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}
