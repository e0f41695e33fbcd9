//! Reading one source into the documents it holds: a text file is one
//! article, a saved web page one article (its extracted text), a feed one
//! article a line.

use crosscheck_model::Diagnostic;

use crate::{Document, STDIN, Source, feed, page, read_at_most};

/// Which text a document's spans index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    /// The file's own bytes.
    #[default]
    File,
    /// The text extracted from a saved web page (`crosscheck text PAGE`).
    Extracted,
    /// A feed item's `text` (or the text extracted from its `html`).
    Feed,
}

impl Origin {
    /// As the JSON report writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::File => "file",
            Origin::Extracted => "extracted_text",
            Origin::Feed => "feed_item",
        }
    }
}

/// The documents of one source, and the problems of the parts that could
/// not be read (a feed's bad lines).
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<(Document, Origin)>,
    pub problems: Vec<Diagnostic>,
}

/// Reads a source: by its extension a page (`.html`, `.htm`), a feed
/// (`.jsonl`; standard input when it starts with `{`) or a text article.
///
/// The size limit applies to each article: a feed may hold many articles,
/// and is read whole when named as one (standard input holds to the limit).
pub fn load(source: &Source, max_bytes: u64) -> Result<Loaded, Diagnostic> {
    let is_feed_file = feed::is_feed(&source.path);
    let doc = read_at_most(source, if is_feed_file { u64::MAX } else { max_bytes })?;
    let is_stdin = source.path.as_os_str() == STDIN;
    if is_feed_file || (is_stdin && feed::looks_like_feed(&doc.text)) {
        let (mut articles, mut problems) = feed::parse(&doc.meta.path, &doc.text);
        articles.retain(|a| {
            let fits = a.text.len() as u64 <= max_bytes;
            if !fits {
                problems.push(Diagnostic {
                    severity: crosscheck_model::Severity::Error,
                    path: doc.meta.path.clone(),
                    span: None,
                    line_col: None,
                    message: format!(
                        "article `{}` is {} bytes, more than the limit of {max_bytes}; skipped \
                         (raise it with --max-article-bytes)",
                        a.id,
                        a.text.len()
                    ),
                });
            }
            fits
        });
        let documents = articles
            .into_iter()
            .map(|a| {
                let mut meta = a.meta;
                // The feed's index entry or front matter fills what the item leaves out.
                meta.language = meta.language.or_else(|| doc.meta.language.clone());
                meta.published = meta.published.or(doc.meta.published);
                meta.outlet = meta.outlet.or_else(|| doc.meta.outlet.clone());
                meta.conflict = meta.conflict.or_else(|| doc.meta.conflict.clone());
                (Document { meta, text: a.text, body_start: 0 }, Origin::Feed)
            })
            .collect();
        return Ok(Loaded { documents, problems });
    }
    if page::is_page(&source.path) {
        let extracted = page::extract(&doc.text[doc.body_start..]).map_err(|message| Diagnostic {
            severity: crosscheck_model::Severity::Error,
            path: doc.meta.path.clone(),
            span: None,
            line_col: None,
            message,
        })?;
        let mut meta = doc.meta;
        page::fill(&mut meta, &extracted);
        return Ok(Loaded {
            documents: vec![(Document { meta, text: extracted.text, body_start: 0 }, Origin::Extracted)],
            problems: Vec::new(),
        });
    }
    Ok(Loaded { documents: vec![(doc, Origin::File)], problems: Vec::new() })
}
