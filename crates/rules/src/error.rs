use std::fmt;

/// Where in a pack file a problem stands: 1-based line and column (in
/// characters), how many characters to underline, and the line itself for
/// the snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    /// Characters to underline (at least one).
    pub len: usize,
    /// The text of the line, without its line break.
    pub source_line: String,
}

impl Location {
    /// The location of `line:column` in `text`, underlining `len` characters.
    pub fn in_text(text: &str, line: usize, column: usize, len: usize) -> Option<Location> {
        let source_line = text.lines().nth(line.checked_sub(1)?)?;
        let source_line = source_line.strip_prefix('\u{FEFF}').unwrap_or(source_line).to_owned();
        let available = source_line.chars().count().saturating_sub(column.saturating_sub(1));
        Some(Location { line, column, len: len.clamp(1, available.max(1)), source_line })
    }
}

/// A problem in a rule pack, with the file and, when known, the place.
///
/// `Syntax` and `Invalid` render the same way, as compilers do:
///
/// ```text
/// rules/karabakh/actors.yaml:12:11: actor `armenia`: unknown camp `yerevn`, did you mean `yerevan`?
///    |
/// 12 |     camp: yerevn
///    |           ^^^^^^
/// ```
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The YAML does not parse or does not have the pack's shape (an unknown
    /// key, a missing field, a value of the wrong type).
    #[error("{}", Located { path, location: location.as_ref(), message })]
    Syntax { path: String, location: Option<Location>, message: String },
    /// The YAML has the right shape but says something impossible or
    /// suspicious (as a warning).
    #[error("{}", Located { path, location: location.as_ref(), message })]
    Invalid { path: String, location: Option<Location>, message: String },
    #[error("{path}: no rule packs (*.yaml) found")]
    Empty { path: String },
}

impl RuleError {
    /// The file the problem is in.
    pub fn path(&self) -> &str {
        match self {
            RuleError::Io { path, .. }
            | RuleError::Syntax { path, .. }
            | RuleError::Invalid { path, .. }
            | RuleError::Empty { path } => path,
        }
    }

    /// Where in the file, when known.
    pub fn location(&self) -> Option<&Location> {
        match self {
            RuleError::Syntax { location, .. } | RuleError::Invalid { location, .. } => location.as_ref(),
            _ => None,
        }
    }

    /// The first line of the rendering: `path:line:column: message`, without the snippet.
    pub fn headline(&self) -> String {
        self.to_string().lines().next().unwrap_or_default().to_owned()
    }

    /// The order problems are shown in: by file, then by place in the file.
    pub(crate) fn sort_key(&self) -> (String, usize, usize) {
        let (line, column) = self.location().map_or((0, 0), |l| (l.line, l.column));
        (self.path().to_owned(), line, column)
    }
}

struct Located<'a> {
    path: &'a str,
    location: Option<&'a Location>,
    message: &'a str,
}

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(at) = self.location else {
            return write!(f, "{}: {}", self.path, self.message);
        };
        write!(f, "{}:{}:{}: {}", self.path, at.line, at.column, self.message)?;
        let number = at.line.to_string();
        let gutter = " ".repeat(number.len());
        let pad: String = at.source_line.chars().take(at.column.saturating_sub(1)).map(|_| ' ').collect();
        write!(f, "\n{gutter} |\n{number} | {}\n{gutter} | {pad}{}", at.source_line, "^".repeat(at.len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn located_errors_render_with_a_snippet() {
        let text = "actors:\n  - id: a\n    camp: yerevn\n";
        let location = Location::in_text(text, 3, 11, 6);
        let e = RuleError::Invalid { path: "p.yaml".into(), location, message: "unknown camp `yerevn`".into() };
        assert_eq!(
            e.to_string(),
            "p.yaml:3:11: unknown camp `yerevn`\n  |\n3 |     camp: yerevn\n  |           ^^^^^^"
        );
        assert_eq!(e.headline(), "p.yaml:3:11: unknown camp `yerevn`");
    }

    #[test]
    fn errors_without_a_place_name_the_file() {
        let e = RuleError::Invalid { path: "p.yaml".into(), location: None, message: "m".into() };
        assert_eq!(e.to_string(), "p.yaml: m");
    }
}
