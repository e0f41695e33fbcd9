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

pub mod feed;
mod flat_index;
pub mod language;
mod load;
pub mod page;

pub use load::{Loaded, Origin, load};

/// File extensions read as articles: plain text, saved web pages
/// ([`page`]) and JSON Lines feeds ([`feed`]).
pub const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "text", "md", "html", "htm", "jsonl"];

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

/// Line and column of a YAML error, counted in the file when the YAML read
/// starts `line_offset` lines into it, and the error's message without its
/// own position and snippet.
fn yaml_error(e: &serde_saphyr::Error, line_offset: usize) -> (Option<(usize, usize)>, String) {
    let place = e.location().filter(|l| l.line() > 0).map(|l| (l.line() as usize + line_offset, l.column() as usize));
    let text = e.without_snippet().to_string();
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    // "line 3 column 3: unknown field ..." loses the position it repeats.
    let message = match text.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((position, rest)) if position.contains(" column ") => rest,
        _ => text,
    };
    let message = message.lines().next().unwrap_or_default();
    let message = match message.rsplit_once(" at line ") {
        Some((head, tail)) if tail.contains(", column ") => head,
        _ => message,
    };
    (place, message.to_owned())
}

/// The entries of a block list, each with the 1-based line it starts on,
/// when every line of `text` is a `- ` item, a line inside one, a blank or a
/// comment. `None` for any other shape, which is read as one document.
fn entry_chunks(text: &str) -> Option<Vec<(usize, &str)>> {
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare == "-" || bare.starts_with("- ") {
            chunks.push((i + 1, offset));
        } else if !(bare.trim().is_empty() || bare.trim_start().starts_with('#') || bare.starts_with(' '))
            || (chunks.is_empty() && bare.starts_with(' '))
        {
            return None;
        }
        offset += line.len();
    }
    let starts = chunks;
    (!starts.is_empty()).then(|| {
        starts
            .iter()
            .enumerate()
            .map(|(k, &(line, from))| {
                let to = starts.get(k + 1).map_or(text.len(), |next| next.1);
                (line, &text[from..to])
            })
            .collect()
    })
}

/// One index entry: its metadata and the line it starts on (0 when unknown).
type IndexEntry = (SerializableMeta, usize);

/// Where an index's problems are reported: the index file, shown as given.
struct IndexFile {
    shown: String,
}

impl IndexFile {
    /// A diagnostic about the index, at a line and column when known.
    fn problem(&self, severity: Severity, place: Option<(usize, usize)>, message: String) -> Diagnostic {
        Diagnostic { severity, line_col: place, ..error(&self.shown, message) }
    }
}

/// The entries of an index (or of one entry's chunk of it): the flat form
/// when it has one, YAML otherwise.
fn parse_entries(text: &str) -> Result<Vec<SerializableMeta>, serde_saphyr::Error> {
    match flat_index::read(text) {
        Some(entries) => Ok(entries),
        None => serde_saphyr::from_str::<Vec<SerializableMeta>>(text),
    }
}

/// Reads a directory's `index.yaml`, if it has one. Each entry is read on its
/// own, so a bad entry (an unknown key, a value of the wrong type) drops
/// only itself, reported with its line and column; an entry naming a file
/// that is not there is reported too.
fn read_index(dir: &Path, problems: &mut Vec<Diagnostic>) -> BTreeMap<String, IndexEntry> {
    let path = dir.join(INDEX_FILE);
    let index = IndexFile { shown: path.display().to_string() };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return BTreeMap::new(),
        Err(e) => {
            problems.push(error(&index.shown, format!("cannot read the index, its metadata is ignored: {e}")));
            return BTreeMap::new();
        }
    };
    let entries = index_entries(&index, &text, problems);
    entries_by_file(dir, &index, entries, problems)
}

/// Every entry of an index's text that reads, with the line it starts on;
/// an entry that does not read is reported and left out (the whole index,
/// when it cannot be cut into entries).
fn index_entries(index: &IndexFile, text: &str, problems: &mut Vec<Diagnostic>) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = Vec::new();
    let Some(chunks) = entry_chunks(text) else {
        match parse_entries(text) {
            Ok(list) => entries.extend(list.into_iter().map(|e| (e, 0))),
            Err(e) => {
                let (place, message) = yaml_error(&e, 0);
                problems.push(index.problem(
                    Severity::Error,
                    place,
                    format!("not a valid index, its metadata is ignored: {message}"),
                ));
            }
        }
        return entries;
    };
    for (line, chunk) in chunks {
        match parse_entries(chunk) {
            Ok(list) => entries.extend(list.into_iter().map(|e| (e, line))),
            Err(e) => {
                let (place, message) = yaml_error(&e, line - 1);
                problems.push(index.problem(
                    Severity::Error,
                    place.or(Some((line, 1))),
                    format!("{message}; this entry is ignored, the others apply"),
                ));
            }
        }
    }
    entries
}

/// The entries keyed by the file they name; an entry with no file, or
/// naming one that is not in the directory, is reported.
fn entries_by_file(
    dir: &Path,
    index: &IndexFile,
    entries: Vec<IndexEntry>,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, IndexEntry> {
    let mut out = BTreeMap::new();
    for (entry, line) in entries {
        let place = (line > 0).then_some((line, 1));
        match &entry.file {
            Some(file) => {
                if !dir.join(file).exists() {
                    problems.push(index.problem(
                        Severity::Warning,
                        place,
                        format!("the entry for `{file}` names no file in this directory; it applies to nothing"),
                    ));
                }
                out.insert(file.clone(), (entry, line));
            }
            None => problems.push(index.problem(
                Severity::Error,
                place,
                "an entry has no `file`; it applies to nothing".into(),
            )),
        }
    }
    out
}

/// What discovery finds, in order: an article, or a problem with the input.
#[derive(Debug)]
pub enum Found {
    Article(Source),
    Problem(Diagnostic),
}

/// The path that stands for standard input on the command line.
pub const STDIN: &str = "-";

/// Walks the given paths directory by directory, yielding articles and
/// problems as it meets them. It holds one directory listing per level and
/// one index at a time, so memory grows only by one path per file read
/// (to read every file once, however many paths and links lead to it).
///
/// A walk reads only regular files; a fifo, socket or device inside a
/// directory is reported and skipped, and a directory link that leads back
/// to a directory being walked (a loop) is reported once and not followed.
/// A path named on the command line is read as given, whatever it is
/// (`-` is standard input).
#[derive(Debug)]
pub struct Discovery {
    roots: std::vec::IntoIter<PathBuf>,
    /// Sorted entries still to visit, one listing per directory level, with
    /// the directory's canonical path.
    stack: Vec<(PathBuf, std::vec::IntoIter<PathBuf>)>,
    /// The directory root being walked, and how many articles it held.
    root: Option<(String, usize)>,
    index_dir: Option<PathBuf>,
    index: BTreeMap<String, IndexEntry>,
    pending: std::collections::VecDeque<Found>,
    /// Files already found (canonical paths), so each is read once.
    seen: std::collections::HashSet<PathBuf>,
    /// Directories already walked (canonical paths).
    walked: std::collections::HashSet<PathBuf>,
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| error(&dir.display().to_string(), format!("cannot read directory: {e}")))?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    Ok(paths)
}

/// What a file that is neither a directory nor a regular file is, in words.
fn kind_of(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a fifo";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "not a regular file"
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
            seen: std::collections::HashSet::new(),
            walked: std::collections::HashSet::new(),
        }
    }

    /// The source for one article file, its index read when its directory changes.
    fn article(&mut self, file: PathBuf) -> Option<Found> {
        if let Some((_, count)) = &mut self.root {
            *count += 1;
        }
        // A file reached twice (a path and its directory, a link) is read once.
        let canonical =
            if file.as_os_str() == STDIN { file.clone() } else { file.canonicalize().unwrap_or(file.clone()) };
        if !self.seen.insert(canonical) {
            return None;
        }
        if file.as_os_str() == STDIN {
            let meta = DocumentMeta { path: STDIN.to_owned(), ..DocumentMeta::default() };
            self.pending.push_back(Found::Article(Source { path: file, meta }));
            return self.pending.pop_front();
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
        if let Some((entry, line)) = self.index.get(&name) {
            let origin = dir.join(INDEX_FILE).display().to_string();
            if let Err(d) = apply(&mut meta, entry, &origin) {
                self.pending.push_back(Found::Problem(Diagnostic {
                    message: format!("entry for {name}: {}", d.message),
                    line_col: (*line > 0).then_some((*line, 1)),
                    ..d
                }));
            }
        }
        self.pending.push_back(Found::Article(Source { path: file, meta }));
        self.pending.pop_front()
    }

    /// Enters a directory met in a walk, unless it was walked already; a
    /// directory that holds the walk's own position is a loop, reported.
    fn enter(&mut self, path: &Path) -> Option<Found> {
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        if self.stack.iter().any(|(dir, _)| *dir == canonical) {
            return Some(Found::Problem(Diagnostic {
                severity: Severity::Warning,
                ..error(
                    &path.display().to_string(),
                    format!(
                        "leads back to {}, a directory being read (a symlink loop); not followed",
                        canonical.display()
                    ),
                )
            }));
        }
        if !self.walked.insert(canonical.clone()) {
            return None;
        }
        match sorted_entries(path) {
            Ok(entries) => {
                self.stack.push((canonical, entries.into_iter()));
                None
            }
            Err(d) => Some(Found::Problem(d)),
        }
    }
}

impl Discovery {
    /// One entry of a directory listing: a directory is entered, an article
    /// file read; anything else by an article's name is reported.
    fn visit(&mut self, path: PathBuf) -> Option<Found> {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => self.enter(&path),
            Ok(m) if is_article(&path) && m.is_file() => self.article(path),
            Ok(m) if is_article(&path) => {
                if let Some((_, count)) = &mut self.root {
                    *count += 1;
                }
                let what = kind_of(m.file_type());
                Some(Found::Problem(Diagnostic {
                    severity: Severity::Warning,
                    ..error(
                        &path.display().to_string(),
                        format!(
                            "{what}, not a regular file: skipped in a directory walk \
                             (name it on the command line to read it)"
                        ),
                    )
                }))
            }
            Ok(_) => None,
            // A dangling link, or an entry gone since the listing.
            Err(e) if is_article(&path) => {
                Some(Found::Problem(error(&path.display().to_string(), format!("cannot read: {e}"))))
            }
            Err(_) => None,
        }
    }

    /// Leaves a directory whose listing is done; a root directory that held
    /// no articles is reported when its walk ends.
    fn leave(&mut self) -> Option<Found> {
        self.stack.pop();
        if self.stack.is_empty()
            && let Some((shown, 0)) = self.root.take()
        {
            let exts = ARTICLE_EXTENSIONS.map(|e| format!("*.{e}")).join(", ");
            return Some(Found::Problem(error(&shown, format!("directory holds no articles ({exts})"))));
        }
        None
    }

    /// Starts on a path given on the command line: standard input, a
    /// directory to walk, or a file read as it is.
    fn start(&mut self, given: PathBuf) -> Option<Found> {
        let shown = given.display().to_string();
        if given.as_os_str() == STDIN {
            self.root = None;
            self.article(given)
        } else if given.is_dir() {
            let canonical = given.canonicalize().unwrap_or_else(|_| given.clone());
            // The same directory named twice is read once, and is no error.
            if !self.walked.insert(canonical.clone()) {
                return None;
            }
            match sorted_entries(&given) {
                Ok(entries) => {
                    self.root = Some((shown, 0));
                    self.stack.push((canonical, entries.into_iter()));
                    None
                }
                Err(d) => Some(Found::Problem(d)),
            }
        } else if given.exists() {
            self.root = None;
            self.article(given)
        } else {
            Some(Found::Problem(error(&shown, "no such file or directory")))
        }
    }
}

impl Iterator for Discovery {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            if let Some(found) = self.pending.pop_front() {
                return Some(found);
            }
            let found = match self.stack.last_mut() {
                Some((_, listing)) => match listing.next() {
                    Some(path) => self.visit(path),
                    None => self.leave(),
                },
                None => {
                    let given = self.roots.next()?;
                    self.start(given)
                }
            };
            if found.is_some() {
                return found;
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

/// The default for the largest article read: far above any news article
/// (a long feature is under 100 KiB), low enough that one stray dump
/// cannot take the run's memory and time.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads one article. An unreadable, empty or non-UTF-8 file is an error
/// naming the file and, for bad bytes, the place.
pub fn read(source: &Source) -> Result<Document, Diagnostic> {
    read_at_most(source, u64::MAX)
}

/// Reads the bytes of a source, at most `max_bytes` of them: more is an error
/// that says how large the file is.
fn read_bytes(source: &Source, max_bytes: u64) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let shown = &source.meta.path;
    let too_large = |size: String| {
        error(
            shown,
            format!(
                "the article is {size} bytes, more than the limit of {max_bytes}; skipped \
                 (raise it with --max-article-bytes)"
            ),
        )
    };
    let mut bytes = Vec::new();
    let cap = max_bytes.saturating_add(1);
    let read = if source.path.as_os_str() == STDIN {
        std::io::stdin().lock().take(cap).read_to_end(&mut bytes)
    } else {
        let file = std::fs::File::open(&source.path).map_err(|e| error(shown, format!("cannot read: {e}")))?;
        let metadata = file.metadata().map_err(|e| error(shown, format!("cannot read: {e}")))?;
        if metadata.is_dir() {
            return Err(error(shown, "is a directory"));
        }
        if metadata.is_file() && metadata.len() > max_bytes {
            return Err(too_large(metadata.len().to_string()));
        }
        file.take(cap).read_to_end(&mut bytes)
    };
    read.map_err(|e| error(shown, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(format!("more than {max_bytes}")));
    }
    Ok(bytes)
}

/// Reads one article of at most `max_bytes` bytes; a larger one is an error
/// naming the file and its size, and is not read into memory.
pub fn read_at_most(source: &Source, max_bytes: u64) -> Result<Document, Diagnostic> {
    let shown = source.meta.path.clone();
    let bytes = read_bytes(source, max_bytes)?;
    let text = decode(&shown, bytes)?;
    // A byte-order mark stays: spans count the file's own bytes, and
    // normalisation drops the mark.
    if text.trim_start_matches('\u{FEFF}').trim().is_empty() {
        return Err(error(&shown, "empty file"));
    }
    let mut meta = source.meta.clone();
    let body_start = read_front_matter(&text, &mut meta, &shown)?;
    if text[body_start..].trim().is_empty() {
        return Err(error(&shown, "the file has front matter but no article text"));
    }
    Ok(Document { meta, text, body_start })
}

/// The text of an article's bytes: UTF-16, a NUL byte (a binary file) and
/// invalid UTF-8 are errors that say what the file is and where.
fn decode(shown: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let utf16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some("UTF-16LE"),
        Some([0xFE, 0xFF]) => Some("UTF-16BE"),
        _ => None,
    };
    if let Some(encoding) = utf16 {
        return Err(error(
            shown,
            format!(
                "UTF-16 text ({encoding}, with a byte-order mark), not UTF-8; convert it with \
                 `iconv -f UTF-16 -t UTF-8 {shown} > converted.txt`"
            ),
        ));
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(error(shown, format!("binary file (a NUL byte at byte {at}), not an article")));
    }
    // Checked with SIMD and copied once: the standard check reads text
    // that is not ASCII (all of an Arabic article) a character at a time.
    if let Ok(text) = simdutf8::basic::from_utf8(&bytes) {
        return Ok(text.to_owned());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or_default();
        let line = valid.matches('\n').count() + 1;
        let col = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Diagnostic {
            line_col: Some((line, col)),
            ..error(shown, format!("invalid UTF-8 at byte {at} (line {line}, column {col}); save the file as UTF-8"))
        }
    })
}

/// Applies an article's front matter, if it has any, to its metadata, and
/// returns where its body starts (0 without front matter).
fn read_front_matter(text: &str, meta: &mut DocumentMeta, shown: &str) -> Result<usize, Diagnostic> {
    match front_matter(text) {
        FrontMatter::Closed(yaml, body_start) => {
            let raw = serde_saphyr::from_str::<SerializableMeta>(yaml).map_err(|e| {
                // The block starts on the file's second line.
                let (place, message) = yaml_error(&e, 1);
                Diagnostic { line_col: place, ..error(shown, format!("front matter: {message}")) }
            })?;
            apply(meta, &raw, shown)?;
            Ok(body_start)
        }
        FrontMatter::Unclosed => Err(Diagnostic {
            line_col: Some((1, 1)),
            ..error(
                shown,
                "front matter opened by `---` on line 1 is never closed by a `---` line; \
                 close it, or remove the opening line if the file has no front matter",
            )
        }),
        FrontMatter::None => Ok(0),
    }
}

enum FrontMatter<'a> {
    None,
    /// The YAML between the lines, and where the body starts.
    Closed(&'a str, usize),
    Unclosed,
}

/// The YAML between an opening `---` line and the next `---` line, and where the body starts.
fn front_matter(text: &str) -> FrontMatter<'_> {
    let bom = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
    let Some(rest) = text[bom..].strip_prefix("---\n").or_else(|| text[bom..].strip_prefix("---\r\n")) else {
        return FrontMatter::None;
    };
    let opening = text.len() - rest.len();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            return FrontMatter::Closed(yaml, opening + offset + line.len());
        }
        offset += line.len();
    }
    FrontMatter::Unclosed
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
