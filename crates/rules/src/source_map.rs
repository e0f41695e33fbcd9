//! Where each node of a pack file stands, by its path in the document
//! (`actors[3].camp`, `metrics[0].triggers.ar.before[2]`), so that problems
//! found after parsing point at the exact key or value.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, Span};

/// A node's place: 1-based line and column (in characters), and its length
/// in characters when it sits on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Position {
    pub line: usize,
    pub column: usize,
    pub len: usize,
}

impl Position {
    fn of(span: &Span) -> Position {
        let (start, end) = (span.start, span.end);
        let len = if end.line() == start.line() { end.index().saturating_sub(start.index()) } else { 1 };
        Position { line: start.line(), column: start.col() + 1, len: len.max(1) }
    }
}

/// Positions of the values and mapping keys of one YAML document.
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceMap {
    values: HashMap<String, Position>,
    keys: HashMap<String, Position>,
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

fn join_key(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_owned() } else { format!("{parent}.{key}") }
}

impl SourceMap {
    /// Maps `text`; a document that does not parse maps as far as it goes.
    pub fn new(text: &str) -> SourceMap {
        let mut map = SourceMap::default();
        let mut stack: Vec<Frame> = Vec::new();
        for event in Parser::new_from_str(text) {
            let Ok((event, span)) = event else { break };
            let is_node = matches!(
                event,
                Event::Scalar(..) | Event::SequenceStart(..) | Event::MappingStart(..) | Event::Alias(_)
            );
            if is_node {
                let position = Position::of(&span);
                // Where this node stands, or `None` when it is a mapping key.
                let path = match stack.last_mut() {
                    None => Some(String::new()),
                    Some(Frame::Seq { path, next }) => {
                        *next += 1;
                        Some(format!("{path}[{}]", *next - 1))
                    }
                    Some(Frame::Map { path, key }) => match key.take() {
                        Some(k) => Some(join_key(path, &k)),
                        None => {
                            let k = match &event {
                                Event::Scalar(value, ..) => value.to_string(),
                                _ => "?".to_owned(),
                            };
                            map.keys.insert(join_key(path, &k), position);
                            *key = Some(k);
                            None
                        }
                    },
                };
                match (path, event) {
                    (Some(path), Event::MappingStart(..)) => {
                        map.values.insert(path.clone(), position);
                        stack.push(Frame::Map { path, key: None });
                    }
                    (Some(path), Event::SequenceStart(..)) => {
                        map.values.insert(path.clone(), position);
                        stack.push(Frame::Seq { path, next: 0 });
                    }
                    (Some(path), _) => {
                        map.values.insert(path, position);
                    }
                    // A complex key (a mapping or sequence used as a key):
                    // walk it under a throwaway path.
                    (None, Event::MappingStart(..)) => stack.push(Frame::Map { path: "?".into(), key: None }),
                    (None, Event::SequenceStart(..)) => stack.push(Frame::Seq { path: "?".into(), next: 0 }),
                    (None, _) => {}
                }
            } else if matches!(event, Event::MappingEnd | Event::SequenceEnd) {
                stack.pop();
            }
        }
        map
    }

    /// The position of the value at `path`.
    pub fn value(&self, path: &str) -> Option<Position> {
        self.values.get(path).copied()
    }

    /// The position of the mapping key that ends `path`.
    pub fn key(&self, path: &str) -> Option<Position> {
        self.keys.get(path).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_keys_are_found_by_path() {
        let text = "camps:\n  - id: baku\n    cues:\n      en: [azeri, \"baku\"]\nlanguage:\n  code: en\n";
        let map = SourceMap::new(text);
        assert_eq!(map.value("camps[0].id"), Some(Position { line: 2, column: 9, len: 4 }));
        assert_eq!(map.key("camps[0].cues.en"), Some(Position { line: 4, column: 7, len: 2 }));
        assert_eq!(map.value("camps[0].cues.en[0]"), Some(Position { line: 4, column: 12, len: 5 }));
        assert_eq!(map.value("camps[0].cues.en[1]").map(|p| (p.line, p.column)), Some((4, 19)));
        assert_eq!(map.value("language.code"), Some(Position { line: 6, column: 9, len: 2 }));
        assert_eq!(map.value("camps[1]"), None);
    }
}
