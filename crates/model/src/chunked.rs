//! A list kept in chunks of a fixed size: it grows without moving what it
//! holds, so a list of a million claims' records never stands twice in
//! memory while it grows (a `Vec` copies itself into one twice its size),
//! and never holds more than one chunk of room it does not use.

use std::ops::{Index, IndexMut};

/// About how many bytes one chunk takes.
const CHUNK_BYTES: usize = 64 * 1024;

/// A list of `T` in chunks of `CHUNK_BYTES` or so.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for Chunked<T> {
    fn default() -> Self {
        Self { chunks: Vec::new(), len: 0 }
    }
}

impl<T> Chunked<T> {
    /// How many items one chunk holds.
    const PER_CHUNK: usize = {
        let size = if size_of::<T>() == 0 { 1 } else { size_of::<T>() };
        if CHUNK_BYTES / size == 0 { 1 } else { CHUNK_BYTES / size }
    };

    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds `item` at the end.
    pub fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < Self::PER_CHUNK => last.push(item),
            _ => {
                let mut chunk = Vec::with_capacity(Self::PER_CHUNK);
                chunk.push(item);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// The item at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&T> {
        self.chunks.get(index / Self::PER_CHUNK)?.get(index % Self::PER_CHUNK)
    }

    /// Swaps the items at `a` and `b`.
    pub fn swap(&mut self, a: usize, b: usize) {
        let (ca, ia, cb, ib) = (a / Self::PER_CHUNK, a % Self::PER_CHUNK, b / Self::PER_CHUNK, b % Self::PER_CHUNK);
        if ca == cb {
            self.chunks[ca].swap(ia, ib);
            return;
        }
        let (low, high) = (ca.min(cb), ca.max(cb));
        let (before, after) = self.chunks.split_at_mut(high);
        let (x, y) = (&mut before[low], &mut after[0]);
        let (ix, iy) = if ca < cb { (ia, ib) } else { (ib, ia) };
        std::mem::swap(&mut x[ix], &mut y[iy]);
    }

    /// Keeps the first `len` items.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let chunks = len.div_ceil(Self::PER_CHUNK);
        self.chunks.truncate(chunks);
        if let Some(last) = self.chunks.last_mut() {
            last.truncate(len - (chunks - 1) * Self::PER_CHUNK);
        }
        self.len = len;
    }

    /// Every item, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &T> + DoubleEndedIterator {
        (0..self.len).map(move |i| &self[i])
    }

    /// Every item, in order, to change.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.chunks.iter_mut().flatten()
    }

    /// Gives back the room the last chunk did not fill.
    pub fn shrink_to_fit(&mut self) {
        if let Some(last) = self.chunks.last_mut() {
            last.shrink_to_fit();
        }
        self.chunks.shrink_to_fit();
    }
}

impl<T> Index<usize> for Chunked<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        &self.chunks[index / Self::PER_CHUNK][index % Self::PER_CHUNK]
    }
}

impl<T> IndexMut<usize> for Chunked<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self.chunks[index / Self::PER_CHUNK][index % Self::PER_CHUNK]
    }
}

impl<T> IntoIterator for Chunked<T> {
    type Item = T;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<T>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
    }
}

impl<T> FromIterator<T> for Chunked<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut list = Self::new();
        for item in items {
            list.push(item);
        }
        list
    }
}

/// About how many items one slab chunk holds: a slice never straddles two.
pub(crate) const SLAB_ITEMS: usize = 16 * 1024;

/// Slices of `T` kept end to end in chunks, each named by where it starts;
/// a slice longer than a chunk gets a chunk of its own.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Slab<T> {
    chunks: Vec<Vec<T>>,
}

impl<T> Default for Slab<T> {
    fn default() -> Self {
        Self { chunks: Vec::new() }
    }
}

/// Where a slice stands in a [`Slab`]: its chunk, its start, its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    chunk: u32,
    start: u32,
    len: u32,
}

impl<T: Copy> Slab<T> {
    pub(crate) fn push(&mut self, items: &[T]) -> Place {
        let fits = self.chunks.last().is_some_and(|last| last.capacity() - last.len() >= items.len());
        if !fits {
            self.chunks.push(Vec::with_capacity(SLAB_ITEMS.max(items.len())));
        }
        let chunk = self.chunks.len() - 1;
        let last = &mut self.chunks[chunk];
        let start = last.len();
        last.extend_from_slice(items);
        Place { chunk: chunk as u32, start: start as u32, len: items.len() as u32 }
    }

    pub(crate) fn get(&self, place: Place) -> &[T] {
        let start = place.start as usize;
        &self.chunks[place.chunk as usize][start..start + place.len as usize]
    }

    /// Gives back the room the last chunk does not use.
    pub(crate) fn shrink_to_fit(&mut self) {
        if let Some(last) = self.chunks.last_mut() {
            last.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Chunked;

    /// Items of 4 KiB, so that a chunk holds 16 of them.
    type Big = [u8; 4096];

    fn big(n: usize) -> Big {
        let mut b = [0u8; 4096];
        b[0] = n as u8;
        b[4095] = (n >> 8) as u8;
        b
    }

    fn id(b: &Big) -> usize {
        usize::from(b[0]) | usize::from(b[4095]) << 8
    }

    #[test]
    fn items_stay_in_order_across_chunks() {
        let list: Chunked<Big> = (0..100).map(big).collect();
        assert_eq!(list.len(), 100);
        assert_eq!(list.iter().map(id).collect::<Vec<_>>(), (0..100).collect::<Vec<_>>());
        assert_eq!(id(&list[37]), 37);
        assert!(list.get(100).is_none());
        assert_eq!(list.into_iter().map(|b| id(&b)).collect::<Vec<_>>(), (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn swap_and_truncate_behave_as_a_vec_does() {
        let mut list: Chunked<Big> = (0..50).map(big).collect();
        let mut vec: Vec<usize> = (0..50).collect();
        for (a, b) in [(0, 49), (3, 4), (20, 5), (16, 15), (7, 7), (48, 1)] {
            list.swap(a, b);
            vec.swap(a, b);
        }
        assert_eq!(list.iter().map(id).collect::<Vec<_>>(), vec);
        for len in [50, 33, 32, 17, 16, 3, 0] {
            list.truncate(len);
            vec.truncate(len);
            assert_eq!(list.iter().map(id).collect::<Vec<_>>(), vec);
            assert_eq!(list.len(), len);
        }
        list.push(big(9));
        assert_eq!(list.iter().map(id).collect::<Vec<_>>(), vec![9]);
    }

    #[test]
    fn small_items_fill_a_chunk_before_the_next() {
        let mut list: Chunked<u32> = Chunked::new();
        for i in 0..40_000u32 {
            list.push(i);
        }
        for c in list.iter_mut() {
            *c += 1;
        }
        list.shrink_to_fit();
        assert_eq!(list.iter().copied().sum::<u32>(), (1..=40_000u32).sum::<u32>());
        assert_eq!(*list.iter().next_back().unwrap(), 40_000);
    }
}
