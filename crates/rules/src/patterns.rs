//! Proposition wordings compiled into token patterns.

use crosscheck_model::Polarity;
use serde::{Deserialize, Serialize};

use crate::ids::PropositionId;
use crate::lexicon::phrase_words;

/// What a slot binds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SlotKind {
    /// A city, town, village or site.
    City,
    /// A region or country, or a word for "the region".
    Region,
    /// Any place.
    Place,
    /// A side, from a camp word ("Armenian") or a word for the speaker's own side.
    Side,
    /// The day the claim is about, from the article's date and time words;
    /// never written in a wording. Incident propositions bind it so that
    /// strikes on different days stay apart.
    Day,
}

impl SlotKind {
    pub const NAMES: [&'static str; 5] = ["city", "region", "place", "side", "day"];

    pub fn name(self) -> &'static str {
        match self {
            SlotKind::City => "city",
            SlotKind::Region => "region",
            SlotKind::Place => "place",
            SlotKind::Side => "side",
            SlotKind::Day => "day",
        }
    }

    pub fn parse(name: &str) -> Option<SlotKind> {
        Some(match name {
            "city" => SlotKind::City,
            "region" => SlotKind::Region,
            "place" => SlotKind::Place,
            "side" => SlotKind::Side,
            "day" => SlotKind::Day,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Element {
    /// One of these words.
    Word(Vec<String>),
    /// Any one word.
    Any,
    /// Up to this many words.
    Gap(u8),
    /// One of these words, or nothing.
    Optional(Vec<String>),
    Slot(SlotKind),
}

/// One wording of a proposition.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pattern {
    pub proposition: PropositionId,
    /// What the wording says of the proposition when nothing negates it.
    pub polarity: Polarity,
    pub elements: Vec<Element>,
    /// The wording as the rule author wrote it.
    pub source: String,
}

impl Pattern {
    /// The alternatives of the first required word: every match contains one.
    pub fn anchors(&self) -> &[String] {
        self.elements
            .iter()
            .find_map(|e| match e {
                Element::Word(words) => Some(words.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }
}

/// The words a gap may skip.
pub const GAP_WORDS: u8 = 12;

/// Alternatives written `a|b`, each one word.
fn alternatives(piece: &str, text: &str) -> Result<Vec<String>, String> {
    piece
        .split('|')
        .map(|alt| {
            let words = phrase_words(alt);
            match words.as_slice() {
                [w] => Ok(w.clone()),
                _ => Err(format!("in wording `{text}`, alternative `{alt}` must be exactly one word")),
            }
        })
        .collect()
}

/// Parses a wording; the error says what is wrong with it.
pub fn parse_pattern(text: &str) -> Result<Vec<Element>, String> {
    let mut elements = Vec::new();
    for piece in text.split_whitespace() {
        if piece == "..." || piece == "…" {
            elements.push(Element::Gap(GAP_WORDS));
        } else if piece == "*" {
            elements.push(Element::Any);
        } else if let Some(name) = piece.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            // `{day}` is bound from the claim's date, never written.
            let kind = SlotKind::parse(name).filter(|k| *k != SlotKind::Day).ok_or_else(|| {
                let written = ["city", "region", "place", "side"].map(|n| format!("{{{n}}}")).join(", ");
                format!("unknown slot `{{{name}}}`; slots are {written}")
            })?;
            elements.push(Element::Slot(kind));
        } else if piece.starts_with('(') != piece.ends_with(')') {
            return Err(format!(
                "in wording `{text}`, `{piece}` opens or closes an optional word alone; write one word or alternatives as `(a|b)`"
            ));
        } else if let Some(inner) = piece.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
            elements.push(Element::Optional(alternatives(inner, text)?));
        } else if piece.contains('|') {
            elements.push(Element::Word(alternatives(piece, text)?));
        } else {
            for w in phrase_words(piece) {
                elements.push(Element::Word(vec![w]));
            }
        }
    }
    if !elements.iter().any(|e| matches!(e, Element::Word(_))) {
        return Err(format!("wording `{text}` has no literal word to anchor it"));
    }
    if matches!(elements.first(), Some(Element::Gap(_))) || matches!(elements.last(), Some(Element::Gap(_))) {
        return Err(format!("wording `{text}` may not start or end with `...`"));
    }
    Ok(elements)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordings_parse_into_elements() {
        let got = parse_pattern("سيطرة ... على (مدينة|بلدة) {city} fell|fallen").expect("valid");
        assert_eq!(
            got,
            vec![
                Element::Word(vec!["سيطرة".into()]),
                Element::Gap(GAP_WORDS),
                Element::Word(vec!["علي".into()]),
                Element::Optional(vec!["مدينة".into(), "بلدة".into()]),
                Element::Slot(SlotKind::City),
                Element::Word(vec!["fell".into(), "fallen".into()]),
            ]
        );
    }

    #[test]
    fn bad_wordings_say_what_is_wrong() {
        assert_eq!(
            parse_pattern("fall of {town}").unwrap_err(),
            "unknown slot `{town}`; slots are {city}, {region}, {place}, {side}"
        );
        assert_eq!(parse_pattern("{city} *").unwrap_err(), "wording `{city} *` has no literal word to anchor it");
        assert_eq!(parse_pattern("... fell").unwrap_err(), "wording `... fell` may not start or end with `...`");
        assert_eq!(
            parse_pattern("(the city) fell").unwrap_err(),
            "in wording `(the city) fell`, `(the` opens or closes an optional word alone; write one word or alternatives as `(a|b)`"
        );
    }
}
