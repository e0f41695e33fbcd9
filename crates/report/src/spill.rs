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

use crosscheck_model::{Chunked, Claim, ClaimId};

use crate::ClaimStore;

/// Where one claim stands in the file, in 8 bytes: its offset and length
/// packed together, or, for a claim that is too long or stands too far
/// (over 16 MiB, or past 512 GiB), its number among those kept apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpillEntry(u64);

/// The bits of a packed entry's length.
const LEN_BITS: u32 = 24;
/// Set in an entry kept apart.
const APART: u64 = 1 << 63;

impl SpillEntry {
    /// The entry of a claim at `offset` of `len` bytes; `apart` keeps the
    /// offsets and lengths that do not pack.
    fn new(offset: u64, len: u32, apart: &mut Vec<(u64, u32)>) -> Self {
        if u64::from(len) < 1 << LEN_BITS && offset < APART >> LEN_BITS {
            SpillEntry(offset << LEN_BITS | u64::from(len))
        } else {
            apart.push((offset, len));
            SpillEntry(APART | (apart.len() - 1) as u64)
        }
    }

    /// Its offset and length.
    fn place(self, apart: &[(u64, u32)]) -> (u64, u32) {
        if self.0 & APART == 0 {
            (self.0 >> LEN_BITS, (self.0 & ((1 << LEN_BITS) - 1)) as u32)
        } else {
            apart[(self.0 & !APART) as usize]
        }
    }
}

/// Claims being written to a temporary file.
#[derive(Debug)]
pub struct ClaimSpill {
    writer: BufWriter<File>,
    file: File,
    entries: Chunked<SpillEntry>,
    /// Offsets and lengths that do not pack into an entry.
    apart: Vec<(u64, u32)>,
    written: u64,
    line: Vec<u8>,
}

impl ClaimSpill {
    /// A new, empty spill file.
    pub fn new() -> io::Result<Self> {
        let file = tempfile::tempfile()?;
        let writer = BufWriter::with_capacity(1 << 16, file.try_clone()?);
        Ok(Self {
            writer,
            file,
            entries: Chunked::new(),
            apart: Vec::new(),
            written: 0,
            line: Vec::with_capacity(1024),
        })
    }

    /// Writes `claim` after the others.
    pub fn push(&mut self, claim: &Claim) -> io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, claim)?;
        let len = u32::try_from(self.line.len()).map_err(|_| io::Error::other("a claim of over 4 GiB"))?;
        self.writer.write_all(&self.line)?;
        self.entries.push(SpillEntry::new(self.written, len, &mut self.apart));
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
    pub fn entries_mut(&mut self) -> &mut Chunked<SpillEntry> {
        &mut self.entries
    }

    /// The claims written, to be read back.
    pub fn finish(self) -> io::Result<SpilledClaims> {
        let Self { writer, file, mut entries, apart, .. } = self;
        writer.into_inner().map_err(|e| e.into_error())?.flush()?;
        entries.shrink_to_fit();
        let reader = BufReader::with_capacity(1 << 16, file);
        // The file's offset is shared with the writer's handle, at its end: the first read seeks.
        Ok(SpilledClaims { reader: Mutex::new(SpillReader { reader, position: u64::MAX }), entries, apart })
    }
}

#[derive(Debug)]
struct SpillReader {
    reader: BufReader<File>,
    position: u64,
}

impl SpillReader {
    /// One claim read where it stands, outside the buffer of sequential reads.
    fn read_at(&mut self, (offset, len): (u64, u32), buffer: &mut Vec<u8>) -> io::Result<Claim> {
        buffer.resize(len as usize, 0);
        read_exact_at(&mut self.reader, buffer, offset)?;
        // Where the sequential reads stand is not trusted after a read elsewhere.
        self.position = u64::MAX;
        Ok(serde_json::from_str(std::str::from_utf8(buffer).map_err(io::Error::other)?)?)
    }

    fn read(&mut self, (offset, len): (u64, u32), buffer: &mut Vec<u8>) -> io::Result<Claim> {
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
    entries: Chunked<SpillEntry>,
    apart: Vec<(u64, u32)>,
}

impl SpilledClaims {
    fn read(&self, id: ClaimId, buffer: &mut Vec<u8>) -> io::Result<Claim> {
        let mut reader = self.reader.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        reader.read(self.entries[id.index()].place(&self.apart), buffer)
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
        let claim = reader.read_at(self.entries[id.index()].place(&self.apart), &mut Vec::new());
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

    #[test]
    fn entries_pack_offset_and_length_or_keep_them_apart() {
        let mut apart = Vec::new();
        for (offset, len) in
            [(0, 0), (17, 900), ((1 << 39) - 1, (1 << 24) - 1), (1 << 39, 5), (3, 1 << 24), (u64::MAX, u32::MAX)]
        {
            let entry = SpillEntry::new(offset, len, &mut apart);
            assert_eq!(entry.place(&apart), (offset, len));
        }
        assert_eq!(apart.len(), 3);
    }
}
