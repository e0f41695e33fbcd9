//! Saved web pages (`.html`, `.htm`): the article's text and metadata, taken
//! with `dom_smoothie`, a maintained Rust port of Mozilla's Readability that
//! also reads a page's JSON-LD (headline, author, dates, publisher).
//! Navigation, comments and other boilerplate are left out, as a reader
//! view leaves them out.
//!
//! Claims' spans index the extracted text ([`Page::text`]): the title on the
//! first line, a blank line, then the article's paragraphs. `crosscheck text
//! PAGE` prints that text.

use crosscheck_model::{Date, DocumentMeta, Language};
use dom_smoothie::{Config, Readability, TextMode};

/// File extensions read as saved web pages.
pub const PAGE_EXTENSIONS: [&str; 2] = ["html", "htm"];

/// What a page holds, as a reader view sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The title, then a blank line, then the article's paragraphs.
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub site_name: Option<String>,
    /// The page's language code (`ar`, `en`), from its `lang` attribute.
    pub language: Option<Language>,
    /// The page's canonical URL, from its JSON-LD.
    pub url: Option<String>,
}

/// Whether a path names a saved web page.
pub fn is_page(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| PAGE_EXTENSIONS.iter().any(|p| e.eq_ignore_ascii_case(p)))
}

/// A date at the start of a timestamp (`2023-09-20T10:00:00Z`).
pub(crate) fn date_prefix(value: &str) -> Option<Date> {
    value.trim().get(..10).and_then(|d| d.parse::<Date>().ok())
}

/// The base language of a language tag (`ar-SA` is `ar`).
pub(crate) fn language_tag(tag: &str) -> Option<Language> {
    let base = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (base.len() >= 2 && base.len() <= 3 && base.chars().all(|c| c.is_ascii_alphabetic())).then(|| Language::new(base))
}

/// Folds the runs of blank lines and the spaces a reader view leaves into
/// paragraphs separated by one blank line, each on one line.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for block in text.split("\n\n") {
        let line = block.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}

/// Extracts the article of a saved page. `Err` says why nothing could be.
pub fn extract(html: &str) -> Result<Page, String> {
    let config = Config { text_mode: TextMode::Formatted, char_threshold: 100, ..Config::default() };
    let mut readability = Readability::new(html, None, Some(config)).map_err(|e| e.to_string())?;
    let article = readability.parse().map_err(|e| format!("no article found in the page: {e}"))?;
    let body = paragraphs(&article.text_content);
    let title = Some(article.title.trim().to_owned()).filter(|t| !t.is_empty());
    if body.trim().is_empty() {
        return Err("no article text found in the page".to_owned());
    }
    let text = match &title {
        // The body often repeats the title as its heading.
        Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}\n"),
        _ => format!("{body}\n"),
    };
    Ok(Page {
        text,
        title,
        author: article.byline.map(|b| b.trim().to_owned()).filter(|b| !b.is_empty()),
        published: article.published_time.as_deref().and_then(date_prefix),
        site_name: article.site_name.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
        language: article.lang.as_deref().and_then(language_tag),
        url: article.url.map(|u| u.to_string()),
    })
}

/// Fills what the page says into what an index or front matter left empty.
pub fn fill(meta: &mut DocumentMeta, page: &Page) {
    if meta.language.is_none() {
        meta.language.clone_from(&page.language);
    }
    if meta.published.is_none() {
        meta.published = page.published;
    }
    if meta.outlet.is_none() {
        meta.outlet.clone_from(&page.site_name);
    }
}
