//! Articles on disk: which files to read, what metadata applies to each, and
//! what went wrong with the ones that could not be read.
//!
//! A directory's `index.yaml` (a list of `file`, `language`, `published`,
//! `outlet`, `conflict` entries) applies to the files it lists; a file may
//! also open with YAML front matter between `---` lines, which wins. Reading
//! is one file at a time, so callers can stream and parallelise.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crosscheck_model::{Date, Diagnostic, DocumentMeta, Language, Severity};
use serde::Deserialize;

mod flat_index;

/// File extensions read as plain-text articles.
pub const ARTICLE_EXTENSIONS: [&str; 3] = ["txt", "text", "md"];

/// The name of a directory's metadata file.
pub const INDEX_FILE: &str = "index.yaml";

/// Metadata fields, as an index entry or front matter writes them.
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SerializableMeta {
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub conflict: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

/// An article found on disk, not yet read.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub meta: DocumentMeta,
}

/// An article read into memory.
#[derive(Debug, Clone)]
pub struct Document {
    pub meta: DocumentMeta,
    pub text: String,
    /// Where the body starts, after any front matter.
    pub body_start: usize,
}

fn error(path: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic { severity: Severity::Error, path: path.to_owned(), span: None, line_col: None, message: message.into() }
}

fn parse_date(path: &str, field: &str, value: &str) -> Result<Date, Diagnostic> {
    value
        .trim()
        .parse::<Date>()
        .map_err(|_| error(path, format!("{field}: `{value}` is not a date; write it YYYY-MM-DD")))
}

fn apply(meta: &mut DocumentMeta, raw: &SerializableMeta, origin: &str) -> Result<(), Diagnostic> {
    if let Some(l) = &raw.language {
        meta.language = Some(Language::new(l.trim().to_ascii_lowercase()));
    }
    if let Some(p) = &raw.published {
        meta.published = Some(parse_date(origin, "published", p)?);
    }
    if let Some(o) = &raw.outlet {
        meta.outlet = Some(o.clone());
    }
    if let Some(c) = &raw.conflict {
        meta.conflict = Some(c.clone());
    }
    Ok(())
}

fn is_article(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n != INDEX_FILE)
        && path.extension().and_then(|e| e.to_str()).is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e))
}

/// Reads a directory's `index.yaml`, if it has one.
fn read_index(dir: &Path, problems: &mut Vec<Diagnostic>) -> BTreeMap<String, SerializableMeta> {
    let path = dir.join(INDEX_FILE);
    let shown = path.display().to_string();
    let Ok(text) = std::fs::read_to_string(&path) else {
        return BTreeMap::new();
    };
    let entries = match flat_index::read(&text) {
        Some(entries) => Ok(entries),
        None => serde_saphyr::from_str::<Vec<SerializableMeta>>(&text),
    };
    match entries {
        Ok(entries) => {
            let mut out = BTreeMap::new();
            for entry in entries {
                match &entry.file {
                    Some(file) => {
                        out.insert(file.clone(), entry);
                    }
                    None => problems.push(error(&shown, "an entry has no `file`; it applies to nothing")),
                }
            }
            out
        }
        Err(e) => {
            problems.push(error(&shown, format!("not a valid index, its metadata is ignored: {e}")));
            BTreeMap::new()
        }
    }
}

/// What discovery finds, in order: an article, or a problem with the input.
#[derive(Debug)]
pub enum Found {
    Article(Source),
    Problem(Diagnostic),
}

/// Walks the given paths directory by directory, yielding articles and
/// problems as it meets them. It holds one directory listing per level and
/// one index at a time, so memory does not grow with the corpus.
#[derive(Debug)]
pub struct Discovery {
    roots: std::vec::IntoIter<PathBuf>,
    /// Sorted entries still to visit, one listing per directory level.
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    /// The directory root being walked, and how many articles it held.
    root: Option<(String, usize)>,
    index_dir: Option<PathBuf>,
    index: BTreeMap<String, SerializableMeta>,
    pending: std::collections::VecDeque<Found>,
    /// Files already found, when several paths could name the same file.
    seen: Option<std::collections::HashSet<PathBuf>>,
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| error(&dir.display().to_string(), format!("cannot read directory: {e}")))?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    Ok(paths)
}

impl Discovery {
    pub fn new(paths: &[PathBuf]) -> Self {
        Self {
            roots: Vec::from(paths).into_iter(),
            stack: Vec::new(),
            root: None,
            index_dir: None,
            index: BTreeMap::new(),
            pending: std::collections::VecDeque::new(),
            seen: (paths.len() > 1).then(std::collections::HashSet::new),
        }
    }

    /// The source for one article file, its index read when its directory changes.
    fn article(&mut self, file: PathBuf) -> Option<Found> {
        // A file named twice (a path and its directory) is read once.
        if let Some(seen) = &mut self.seen
            && !seen.insert(file.canonicalize().unwrap_or_else(|_| file.clone()))
        {
            return None;
        }
        let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
        if self.index_dir.as_ref() != Some(&dir) {
            let mut problems = Vec::new();
            self.index = read_index(&dir, &mut problems);
            self.pending.extend(problems.into_iter().map(Found::Problem));
            self.index_dir = Some(dir.clone());
        }
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut meta = DocumentMeta { path: file.display().to_string(), ..DocumentMeta::default() };
        if let Some(entry) = self.index.get(&name) {
            let origin = dir.join(INDEX_FILE).display().to_string();
            if let Err(d) = apply(&mut meta, entry, &origin) {
                self.pending
                    .push_back(Found::Problem(Diagnostic { message: format!("entry for {name}: {}", d.message), ..d }));
            }
        }
        if let Some((_, count)) = &mut self.root {
            *count += 1;
        }
        self.pending.push_back(Found::Article(Source { path: file, meta }));
        self.pending.pop_front()
    }
}

impl Iterator for Discovery {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            if let Some(found) = self.pending.pop_front() {
                return Some(found);
            }
            if let Some(listing) = self.stack.last_mut() {
                match listing.next() {
                    Some(path) if path.is_dir() => match sorted_entries(&path) {
                        Ok(entries) => self.stack.push(entries.into_iter()),
                        Err(d) => return Some(Found::Problem(d)),
                    },
                    Some(path) if is_article(&path) => {
                        if let Some(found) = self.article(path) {
                            return Some(found);
                        }
                    }
                    Some(_) => {}
                    None => {
                        self.stack.pop();
                        if self.stack.is_empty()
                            && let Some((shown, 0)) = self.root.take()
                        {
                            let exts = ARTICLE_EXTENSIONS.map(|e| format!("*.{e}")).join(", ");
                            return Some(Found::Problem(error(
                                &shown,
                                format!("directory holds no articles ({exts})"),
                            )));
                        }
                    }
                }
                continue;
            }
            let given = self.roots.next()?;
            let shown = given.display().to_string();
            if given.is_dir() {
                match sorted_entries(&given) {
                    Ok(entries) => {
                        self.root = Some((shown, 0));
                        self.stack.push(entries.into_iter());
                    }
                    Err(d) => return Some(Found::Problem(d)),
                }
            } else if given.exists() {
                self.root = None;
                if let Some(found) = self.article(given) {
                    return Some(found);
                }
            } else {
                return Some(Found::Problem(error(&shown, "no such file or directory")));
            }
        }
    }
}

/// Finds the articles under `paths` (files or directories), in a stable order,
/// with their index metadata. Problems (a missing path, a directory with no
/// articles, a broken index) are returned beside the sources found.
pub fn discover(paths: &[PathBuf]) -> (Vec<Source>, Vec<Diagnostic>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for found in Discovery::new(paths) {
        match found {
            Found::Article(s) => sources.push(s),
            Found::Problem(d) => problems.push(d),
        }
    }
    (sources, problems)
}

/// Reads one article. An unreadable, empty or non-UTF-8 file is an error
/// naming the file and, for bad bytes, the place.
pub fn read(source: &Source) -> Result<Document, Diagnostic> {
    let shown = source.meta.path.clone();
    let bytes = std::fs::read(&source.path).map_err(|e| error(&shown, format!("cannot read: {e}")))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let col = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(Diagnostic {
                line_col: Some((line, col)),
                ..error(
                    &shown,
                    format!("invalid UTF-8 at byte {at} (line {line}, column {col}); save the file as UTF-8"),
                )
            });
        }
    };
    // A byte-order mark stays: spans count the file's own bytes, and
    // normalisation drops the mark.
    if text.trim_start_matches('\u{FEFF}').trim().is_empty() {
        return Err(error(&shown, "empty file"));
    }
    let mut meta = source.meta.clone();
    let body_start = match front_matter(&text) {
        Some((yaml, body_start)) => {
            let raw = serde_saphyr::from_str::<SerializableMeta>(yaml)
                .map_err(|e| error(&shown, format!("front matter: {e}")))?;
            apply(&mut meta, &raw, &shown)?;
            body_start
        }
        None => 0,
    };
    if text[body_start..].trim().is_empty() {
        return Err(error(&shown, "the file has front matter but no article text"));
    }
    Ok(Document { meta, text, body_start })
}

/// The YAML between an opening `---` line and the next `---` line, and where the body starts.
fn front_matter(text: &str) -> Option<(&str, usize)> {
    let bom = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
    let rest = text[bom..].strip_prefix("---\n").or_else(|| text[bom..].strip_prefix("---\r\n"))?;
    let opening = text.len() - rest.len();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            return Some((yaml, opening + offset + line.len()));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write test file");
        path
    }

    #[test]
    fn index_metadata_applies_to_listed_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "a.txt", "قال علييف".as_bytes());
        write(dir.path(), "b.txt", b"Armenia said");
        write(
            dir.path(),
            INDEX_FILE,
            b"- file: a.txt\n  language: ar\n  published: 2023-09-20\n  conflict: karabakh-2023\n",
        );
        let (sources, problems) = discover(&[dir.path().to_path_buf()]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(sources.len(), 2);
        assert_eq!(sources[0].meta.language, Some(Language::new("ar")));
        assert_eq!(sources[0].meta.published, Some(jiff::civil::date(2023, 9, 20)));
        assert_eq!(sources[1].meta.language, None);
    }

    #[test]
    fn front_matter_wins_and_offsets_stay_in_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = write(dir.path(), "a.md", b"---\nlanguage: en\npublished: 2024-03-02\n---\nBody text.\n");
        let (sources, _) = discover(&[path]);
        let doc = read(&sources[0]).expect("readable");
        assert_eq!(doc.meta.language, Some(Language::new("en")));
        assert_eq!(&doc.text[doc.body_start..], "Body text.\n");
    }

    #[test]
    fn bad_input_is_named_and_placed() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "empty.txt", b"  \n");
        write(dir.path(), "latin1.txt", b"ok\nbad \xe9 byte");
        let missing = dir.path().join("missing.txt");
        let (sources, problems) = discover(&[dir.path().to_path_buf(), missing]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("no such file"));
        let errors: Vec<String> = sources.iter().filter_map(|s| read(s).err()).map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].ends_with("empty.txt: empty file"), "{}", errors[0]);
        assert!(errors[1].contains("latin1.txt:2:5: invalid UTF-8 at byte 7 (line 2, column 5)"), "{}", errors[1]);
    }

    #[test]
    fn a_directory_without_articles_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "notes.pdf", b"%PDF");
        let (sources, problems) = discover(&[dir.path().to_path_buf()]);
        assert!(sources.is_empty());
        assert!(problems[0].message.starts_with("directory holds no articles"));
    }

    #[test]
    fn a_bad_date_in_the_index_is_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "a.txt", b"text");
        write(dir.path(), INDEX_FILE, b"- file: a.txt\n  published: 20 Sept\n");
        let (_, problems) = discover(&[dir.path().to_path_buf()]);
        assert!(problems[0].message.contains("published: `20 Sept` is not a date"), "{:?}", problems[0]);
    }
}
