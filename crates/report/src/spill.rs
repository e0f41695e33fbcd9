//! Claims written to a temporary file as they are read, and read back one
//! at a time to be rendered: a run over a large corpus holds only their
//! compact records (see [`crosscheck_model::Records`]) in memory.
//!
//! The file is anonymous (`tempfile::tempfile`): the system removes it
//! when the run ends, however it ends. Each claim is one JSON line; its
//! offset and length are kept, so that a finding's claims are read back
//! by offset and every claim in order by one sequential read.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::sync::Mutex;

use crosscheck_model::{Claim, ClaimId};

use crate::ClaimStore;

/// Where one claim stands in the file: its offset and length in bytes.
pub type SpillEntry = (u64, u32);

/// Claims being written to a temporary file.
#[derive(Debug)]
pub struct ClaimSpill {
    writer: BufWriter<File>,
    file: File,
    entries: Vec<SpillEntry>,
    written: u64,
    line: Vec<u8>,
}

impl ClaimSpill {
    /// A new, empty spill file.
    pub fn new() -> io::Result<Self> {
        let file = tempfile::tempfile()?;
        let writer = BufWriter::with_capacity(1 << 16, file.try_clone()?);
        Ok(Self { writer, file, entries: Vec::new(), written: 0, line: Vec::with_capacity(1024) })
    }

    /// Writes `claim` after the others.
    pub fn push(&mut self, claim: &Claim) -> io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, claim)?;
        let len = u32::try_from(self.line.len()).map_err(|_| io::Error::other("a claim of over 4 GiB"))?;
        self.writer.write_all(&self.line)?;
        self.entries.push((self.written, len));
        self.written += u64::from(len);
        Ok(())
    }

    /// How many claims are written.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where each claim stands, in the order written: reordered with the
    /// claims' records, so that claim `k` is the `k`-th entry.
    pub fn entries_mut(&mut self) -> &mut Vec<SpillEntry> {
        &mut self.entries
    }

    /// The claims written, to be read back.
    pub fn finish(self) -> io::Result<SpilledClaims> {
        let Self { writer, file, mut entries, .. } = self;
        writer.into_inner().map_err(|e| e.into_error())?.flush()?;
        entries.shrink_to_fit();
        let reader = BufReader::with_capacity(1 << 16, file);
        // The file's offset is shared with the writer's handle, at its end: the first read seeks.
        Ok(SpilledClaims { reader: Mutex::new(SpillReader { reader, position: u64::MAX }), entries })
    }
}

#[derive(Debug)]
struct SpillReader {
    reader: BufReader<File>,
    position: u64,
}

impl SpillReader {
    /// One claim read where it stands, outside the buffer of sequential reads.
    fn read_at(&mut self, (offset, len): SpillEntry, buffer: &mut Vec<u8>) -> io::Result<Claim> {
        buffer.resize(len as usize, 0);
        read_exact_at(&mut self.reader, buffer, offset)?;
        // Where the sequential reads stand is not trusted after a read elsewhere.
        self.position = u64::MAX;
        Ok(serde_json::from_str(std::str::from_utf8(buffer).map_err(io::Error::other)?)?)
    }

    fn read(&mut self, (offset, len): SpillEntry, buffer: &mut Vec<u8>) -> io::Result<Claim> {
        if offset != self.position {
            self.reader.seek(SeekFrom::Start(offset))?;
        }
        buffer.resize(len as usize, 0);
        self.reader.read_exact(buffer)?;
        self.position = offset + u64::from(len);
        Ok(serde_json::from_str(std::str::from_utf8(buffer).map_err(io::Error::other)?)?)
    }
}

#[cfg(unix)]
fn read_exact_at(reader: &mut BufReader<File>, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(reader.get_ref(), buffer, offset)
}

/// Elsewhere the read goes through the buffered reader, which seeks.
#[cfg(not(unix))]
fn read_exact_at(reader: &mut BufReader<File>, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    reader.seek(SeekFrom::Start(offset))?;
    reader.read_exact(buffer)
}

/// Claims in a temporary file, read back by id.
#[derive(Debug)]
pub struct SpilledClaims {
    reader: Mutex<SpillReader>,
    entries: Vec<SpillEntry>,
}

impl SpilledClaims {
    fn read(&self, id: ClaimId, buffer: &mut Vec<u8>) -> io::Result<Claim> {
        let mut reader = self.reader.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        reader.read(self.entries[id.index()], buffer)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl ClaimStore for SpilledClaims {
    fn claim(&self, id: ClaimId) -> Cow<'_, Claim> {
        let mut reader = self.reader.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let claim = reader.read_at(self.entries[id.index()], &mut Vec::new());
        Cow::Owned(claim.unwrap_or_else(|e| panic!("the temporary file of claims could not be read back: {e}")))
    }

    fn each(&self, each: &mut dyn FnMut(ClaimId, Cow<'_, Claim>) -> io::Result<()>) -> io::Result<()> {
        let mut buffer = Vec::with_capacity(1024);
        for i in 0..self.entries.len() {
            let id = ClaimId(i as u32);
            let claim = self.read(id, &mut buffer)?;
            each(id, Cow::Owned(claim))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ClaimKind, Polarity, Proposition, Scope, Span, Speaker, Term};

    fn claim(doc: u32, quote: &str, kind: ClaimKind) -> Claim {
        Claim {
            doc,
            span: Span::new(3, 3 + quote.len()),
            quote: quote.to_owned(),
            line: 1,
            evidence: Span::new(0, 40),
            text: format!("they said {quote}\nthere").into(),
            speaker: Some(Speaker { text: "the ministry".into(), span: Span::new(0, 3), actor: Some("moh".into()) }),
            camp: Some("gov".into()),
            event: None,
            place: None,
            time: None,
            earlier_report: false,
            later_report: false,
            scope: Scope::Event,
            headline: false,
            kind,
            trace: vec!["rule".into()],
        }
    }

    #[test]
    fn claims_come_back_as_they_were_written_in_order_and_by_id() {
        let claims = vec![
            claim(0, "an offensive", ClaimKind::Term(Term { frame: "war".into(), topic: "offensive".into() })),
            claim(
                1,
                "was taken",
                ClaimKind::Proposition(Proposition {
                    id: "city_captured:x".into(),
                    template: "city_captured".into(),
                    slots: vec![("city".into(), Some("x".into()))],
                    polarity: Polarity::Denies,
                    target: Some(Span::new(1, 2)),
                }),
            ),
        ];
        let mut spill = ClaimSpill::new().unwrap();
        for c in &claims {
            spill.push(c).unwrap();
        }
        let read = spill.finish().unwrap();
        let mut again = Vec::new();
        read.each(&mut |_, c| {
            again.push(c.into_owned());
            Ok(())
        })
        .unwrap();
        assert_eq!(again, claims);
        assert_eq!(*read.claim(ClaimId(1)), claims[1]);
        assert_eq!(*read.claim(ClaimId(0)), claims[0]);
        let mut again = Vec::new();
        read.each(&mut |_, c| {
            again.push(c.into_owned());
            Ok(())
        })
        .unwrap();
        assert_eq!(again, claims);
    }
}
