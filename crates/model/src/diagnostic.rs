use serde::{Deserialize, Serialize};

use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Input that could not be used at all: the file was skipped.
    Error,
    /// Input that was used, but not all of it.
    Warning,
    /// Something the user may want to know, such as a figure with no metric.
    Note,
}

/// A problem found in the input. Bad text is data: extraction returns these
/// beside its claims instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    pub span: Option<Span>,
    /// 1-based line and column of `span.start`, when known.
    pub line_col: Option<(usize, usize)>,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        match self.line_col {
            Some((line, col)) => write!(f, "{level}: {}:{line}:{col}: {}", self.path, self.message),
            None => write!(f, "{level}: {}: {}", self.path, self.message),
        }
    }
}
