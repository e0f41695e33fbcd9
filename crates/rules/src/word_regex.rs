//! Word-form patterns (`regex` triggers): folded like rule words, checked,
//! and compiled with a size limit.

use crosscheck_text::normalize_word;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// The most memory one compiled pattern may take, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// A compiled word-form pattern and the literals every match starts with.
#[derive(Debug)]
pub(crate) struct WordRegex {
    pub regex: regex::Regex,
    pub prefixes: Vec<String>,
}

/// Folds the letters of a pattern the way text is folded (hamza forms,
/// alef maqsura, diacritics) and leaves ASCII, where the syntax lives, alone:
/// case is ignored when matching instead.
fn fold(pattern: &str) -> String {
    pattern.chars().map(|c| if c.is_ascii() { c.to_string() } else { normalize_word(&c.to_string()) }).collect()
}

/// Compiles an anchored, folded pattern as every word-form pattern is
/// compiled: ignoring case, within [`REGEX_SIZE_LIMIT`].
pub(crate) fn build(anchored: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(anchored).case_insensitive(true).size_limit(REGEX_SIZE_LIMIT).build()
}

/// Compiles `pattern`; the error says what is wrong with it.
pub(crate) fn compile(pattern: &str) -> Result<WordRegex, String> {
    let folded = fold(pattern);
    let hir = regex_syntax::ParserBuilder::new().build().parse(&folded).map_err(|e| {
        let why = match &e {
            regex_syntax::Error::Parse(e) => e.kind().to_string(),
            regex_syntax::Error::Translate(e) => e.kind().to_string(),
            _ => e.to_string(),
        };
        format!("invalid regex `{pattern}`: {why}")
    })?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let prefixes: Option<Vec<String>> = seq.literals().and_then(|literals| {
        literals
            .iter()
            .map(|l| {
                let bytes = l.as_bytes();
                let valid = match std::str::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
                };
                let word = valid.to_lowercase();
                (!word.trim().is_empty()).then_some(word)
            })
            .collect()
    });
    let mut prefixes = prefixes.filter(|p| !p.is_empty()).ok_or_else(|| {
        format!(
            "regex `{pattern}` must start with a literal (as `massacre[sd]?` does), which the sentence gate looks for"
        )
    })?;
    // The gate finds substrings: keep only the shortest of literals that share a start.
    prefixes.sort_by_key(|p| (p.len(), p.clone()));
    let mut kept: Vec<String> = Vec::new();
    for p in prefixes {
        if !kept.iter().any(|k| p.starts_with(k.as_str())) {
            kept.push(p);
        }
    }
    let prefixes = kept;
    let regex = build(&format!("^(?:{folded})$")).map_err(|e| match e {
        regex::Error::CompiledTooBig(limit) => {
            format!("regex `{pattern}` is too big: compiled, it exceeds the size limit of {limit} bytes")
        }
        other => format!("invalid regex `{pattern}`: {other}"),
    })?;
    Ok(WordRegex { regex, prefixes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_folded_anchored_and_gated_by_their_prefixes() {
        let w = compile("أصيب(وا|ت)?").expect("valid");
        assert_eq!(w.prefixes, ["اصيب"]);
        assert!(w.regex.is_match("اصيبوا"));
        assert!(!w.regex.is_match("اصيبوا2"));
        let w = compile("Massacre[sd]?|slaughter(ed)?").expect("valid");
        assert_eq!(w.prefixes, ["massacre", "slaughter"]);
        assert!(!w.regex.is_match("massacrer"));
        // Unicode classes fit under the limit.
        assert!(compile(r"kill\w*").is_ok());
        assert!(compile(r"قتل\w{0,3}").is_ok());
        assert!(w.regex.is_match("massacred"));
    }

    #[test]
    fn bad_patterns_say_what_is_wrong() {
        assert_eq!(compile("kill(ed").unwrap_err(), "invalid regex `kill(ed`: unclosed group");
        assert_eq!(
            compile(r"\w+ed").unwrap_err(),
            r"regex `\w+ed` must start with a literal (as `massacre[sd]?` does), which the sentence gate looks for"
        );
        assert_eq!(
            compile(r"kill\w{500}").unwrap_err(),
            r"regex `kill\w{500}` is too big: compiled, it exceeds the size limit of 1048576 bytes"
        );
    }
}
