//! The documents of a run, kept compact: a record of fixed size per
//! document, its path in a list of text kept in chunks and its language,
//! outlet and conflict as symbols of one [`Symbols`] table, so that a
//! corpus's documents hold no string of their own and the list never
//! stands twice in memory while it grows.

use crate::chunked::{Place, Slab};
use crate::{Chunked, Date, DocumentMeta, Language, Sym, Symbols};

/// One document, without strings of its own.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DocumentRecord {
    path: Place,
    language: Sym,
    outlet: Sym,
    conflict: Sym,
    published: Option<Date>,
}

/// A document as the list holds it, with the fields of a [`DocumentMeta`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentRef<'a> {
    pub path: &'a str,
    pub language: Option<&'a str>,
    pub published: Option<Date>,
    pub outlet: Option<&'a str>,
    pub conflict: Option<&'a str>,
}

impl DocumentRef<'_> {
    /// The document's meta, with strings of its own.
    pub fn to_meta(&self) -> DocumentMeta {
        DocumentMeta {
            path: self.path.to_owned(),
            language: self.language.map(Language::new),
            published: self.published,
            outlet: self.outlet.map(str::to_owned),
            conflict: self.conflict.map(str::to_owned),
        }
    }
}

/// The documents of a run, by number.
#[derive(Debug, Default)]
pub struct DocumentList {
    list: Chunked<DocumentRecord>,
    symbols: Symbols,
    paths: Slab<u8>,
}

impl DocumentList {
    pub fn new() -> Self {
        Self::default()
    }

    /// The list of `docs`, in their order.
    pub fn of(docs: &[DocumentMeta]) -> Self {
        let mut list = Self::new();
        for meta in docs {
            list.push(meta);
        }
        list
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Adds a copy of `meta` at the end.
    pub fn push(&mut self, meta: &DocumentMeta) {
        let s = &mut self.symbols;
        let mut sym = |name: Option<&str>| name.map_or(Sym::NONE, |name| s.intern(name));
        let record = DocumentRecord {
            language: sym(meta.language.as_ref().map(Language::as_str)),
            outlet: sym(meta.outlet.as_deref()),
            conflict: sym(meta.conflict.as_deref()),
            published: meta.published,
            path: self.paths.push(meta.path.as_bytes()),
        };
        self.list.push(record);
    }

    fn view(&self, record: &DocumentRecord) -> DocumentRef<'_> {
        DocumentRef {
            path: std::str::from_utf8(self.paths.get(record.path)).expect("a path is the text it was given"),
            language: self.symbols.get(record.language),
            published: record.published,
            outlet: self.symbols.get(record.outlet),
            conflict: self.symbols.get(record.conflict),
        }
    }

    /// Document `doc`, if there is one.
    pub fn get(&self, doc: usize) -> Option<DocumentRef<'_>> {
        self.list.get(doc).map(|r| self.view(r))
    }

    /// The path of document `doc`.
    pub fn path(&self, doc: usize) -> Option<&str> {
        self.get(doc).map(|d| d.path)
    }

    /// The documents, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = DocumentRef<'_>> + '_ {
        self.list.iter().map(|r| self.view(r))
    }

    /// Swaps documents `a` and `b`.
    pub fn swap(&mut self, a: usize, b: usize) {
        self.list.swap(a, b);
    }

    /// Keeps the first `len` documents (their paths' text stays).
    pub fn truncate(&mut self, len: usize) {
        self.list.truncate(len);
    }

    /// Gives back the room the lists do not use.
    pub fn shrink_to_fit(&mut self) {
        self.list.shrink_to_fit();
        self.paths.shrink_to_fit();
    }
}

impl PartialEq for DocumentList {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(n: usize) -> DocumentMeta {
        DocumentMeta {
            path: format!("corpus/{n:05}.txt"),
            language: (!n.is_multiple_of(3)).then(|| Language::new(if n.is_multiple_of(2) { "ar" } else { "en" })),
            published: (!n.is_multiple_of(4)).then(|| Date::constant(2024, 5, (n % 28 + 1) as i8)),
            outlet: (!n.is_multiple_of(5)).then(|| format!("outlet {}", n % 7)),
            conflict: (!n.is_multiple_of(6)).then(|| "sudan-war".to_owned()),
        }
    }

    #[test]
    fn documents_read_back_as_they_were_added() {
        let docs: Vec<DocumentMeta> = (0..30_000).map(meta).collect();
        let list = DocumentList::of(&docs);
        assert_eq!(list.len(), docs.len());
        let back: Vec<DocumentMeta> = list.iter().map(|d| d.to_meta()).collect();
        assert_eq!(back, docs);
        assert_eq!(list.path(12_345), Some("corpus/12345.txt"));
        assert_eq!(list.get(30_000), None);
    }

    #[test]
    fn a_document_record_stays_small() {
        assert_eq!(size_of::<DocumentRecord>(), 32);
    }

    #[test]
    fn swapping_and_truncating_move_whole_documents() {
        let docs: Vec<DocumentMeta> = (0..5).map(meta).collect();
        let mut list = DocumentList::of(&docs);
        list.swap(0, 4);
        list.truncate(2);
        let back: Vec<DocumentMeta> = list.iter().map(|d| d.to_meta()).collect();
        assert_eq!(back, vec![docs[4].clone(), docs[1].clone()]);
    }
}
