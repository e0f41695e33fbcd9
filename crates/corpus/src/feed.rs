//! JSON Lines feeds: one article an object a line, from a file (`*.jsonl`)
//! or standard input. Each object has an `id` and the article as `text` or
//! `html` (a page, read as [`crate::page`] reads saved pages), and may have
//! `url`, `language`, `published`, `outlet`, `conflict` and `title`.
//!
//! A line that is not such an object is reported with its line number and
//! skipped; the other lines are read. Claims cite an article by its `url`,
//! else its `id`, and their spans index its text (for `html`, the extracted
//! text).

use crosscheck_model::{Diagnostic, DocumentMeta, Severity};
use serde::Deserialize;

use crate::page;

/// File extensions read as feeds.
pub const FEED_EXTENSIONS: [&str; 1] = ["jsonl"];

/// Whether a path names a feed.
pub fn is_feed(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| FEED_EXTENSIONS.iter().any(|f| e.eq_ignore_ascii_case(f)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    id: serde_json::Value,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    conflict: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// One article of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedArticle {
    pub id: String,
    pub meta: DocumentMeta,
    pub text: String,
    /// The text was extracted from the item's `html`.
    pub extracted: bool,
}

fn problem(path: &str, line: usize, column: usize, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        path: path.to_owned(),
        span: None,
        line_col: Some((line, column.max(1))),
        message: format!("{message}; the line is skipped"),
    }
}

fn article(item: Item) -> Result<FeedArticle, String> {
    let id = match item.id {
        serde_json::Value::String(s) if !s.trim().is_empty() => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err("`id` must be a non-empty string or a number".to_owned()),
    };
    let (body, extracted, from_page) = match (item.text, item.html) {
        (Some(_), Some(_)) => return Err("give `text` or `html`, not both".to_owned()),
        (Some(text), None) => (text, false, None),
        (None, Some(html)) => {
            let page = page::extract(&html)?;
            (page.text.clone(), true, Some(page))
        }
        (None, None) => return Err("no `text` or `html`".to_owned()),
    };
    if body.trim().is_empty() {
        return Err("the article text is empty".to_owned());
    }
    let text = match (&item.title, extracted) {
        (Some(title), false) if !title.trim().is_empty() => format!("{}\n\n{body}", title.trim()),
        _ => body,
    };
    let mut meta = DocumentMeta {
        path: item.url.clone().filter(|u| !u.trim().is_empty()).unwrap_or_else(|| id.clone()),
        language: item.language.as_deref().and_then(page::language_tag),
        outlet: item.outlet,
        conflict: item.conflict,
        ..DocumentMeta::default()
    };
    if let Some(p) = &item.published {
        meta.published =
            Some(page::date_prefix(p).ok_or_else(|| format!("published: `{p}` is not a date (YYYY-MM-DD)"))?);
    }
    if let Some(page) = &from_page {
        page::fill(&mut meta, page);
    }
    Ok(FeedArticle { id, meta, text, extracted })
}

/// Reads a feed's lines: the articles, and a problem for each line that
/// could not be read (blank lines are no problem).
pub fn parse(path: &str, text: &str) -> (Vec<FeedArticle>, Vec<Diagnostic>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = line.trim().trim_start_matches('\u{FEFF}');
        if trimmed.is_empty() {
            continue;
        }
        match serde_json::from_str::<Item>(trimmed) {
            Ok(item) => match article(item) {
                Ok(a) => articles.push(a),
                Err(message) => problems.push(problem(path, line_no, 1, message)),
            },
            Err(e) => {
                // serde_json places the error on the line's own "line 1"; the file's line is ours.
                let message = e.to_string();
                let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(head, _)| head);
                problems.push(problem(path, line_no, e.column(), format!("not a feed item: {message}")));
            }
        }
    }
    (articles, problems)
}

/// Whether text read from standard input is a feed: its first character
/// (after spaces) opens a JSON object, as no news article starts.
pub fn looks_like_feed(text: &str) -> bool {
    text.trim_start_matches('\u{FEFF}').trim_start().starts_with('{')
}
