//! The index's flat arrays (the key table's slots and postings, the names'
//! arena): owned when the index is built, or read in place from a compiled
//! index's bytes when it is loaded, so that loading shares those bytes
//! instead of copying them into new arrays (at 100,000 entries the copies and
//! the pages they touched were most of a load).
//!
//! Integers are read little-endian from any offset (no alignment needed, no
//! `unsafe`); every read is bounds-checked, so bytes that were not checked
//! still never panic.

use std::ops::{Deref, Range};
use std::sync::Arc;

/// A compiled index's bytes, shared by the parts read in place from them.
pub(crate) type Shared = Arc<Vec<u8>>;

/// An integer stored little-endian in `SIZE` bytes.
pub(crate) trait Le: Copy {
    const SIZE: usize;
    /// The integer at the start of `bytes` (which hold at least `SIZE`).
    fn read(bytes: &[u8]) -> Self;
}

impl Le for u16 {
    const SIZE: usize = 2;
    fn read(bytes: &[u8]) -> u16 {
        u16::from_le_bytes(bytes[..2].try_into().unwrap_or_default())
    }
}

impl Le for u32 {
    const SIZE: usize = 4;
    fn read(bytes: &[u8]) -> u32 {
        u32::from_le_bytes(bytes[..4].try_into().unwrap_or_default())
    }
}

impl Le for u64 {
    const SIZE: usize = 8;
    fn read(bytes: &[u8]) -> u64 {
        u64::from_le_bytes(bytes[..8].try_into().unwrap_or_default())
    }
}

/// A 24-bit integer in three bytes (a key table's values, on lists whose
/// values all fit: a quarter of the table less).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct U24(pub [u8; 3]);

impl U24 {
    /// The low 24 bits of `n`.
    pub(crate) fn new(n: u32) -> U24 {
        let [a, b, c, _] = n.to_le_bytes();
        U24([a, b, c])
    }

    pub(crate) fn get(self) -> u32 {
        let [a, b, c] = self.0;
        u32::from_le_bytes([a, b, c, 0])
    }
}

impl Le for U24 {
    const SIZE: usize = 3;
    fn read(bytes: &[u8]) -> U24 {
        U24(bytes[..3].try_into().unwrap_or_default())
    }
}

/// An array of integers, owned or read in place.
#[derive(Debug, Clone)]
pub(crate) enum Flat<T> {
    Owned(Vec<T>),
    /// `len` integers from byte `start` of shared bytes (`start + len * SIZE`
    /// within them: `Flat::shared` checks).
    Shared {
        bytes: Shared,
        start: usize,
        len: usize,
    },
}

impl<T> Default for Flat<T> {
    fn default() -> Self {
        Flat::Owned(Vec::new())
    }
}

impl<T: Le> Flat<T> {
    /// `len` integers at byte `start` of `bytes`, if they are all there.
    pub(crate) fn shared(bytes: &Shared, start: usize, len: usize) -> Option<Flat<T>> {
        let end = len.checked_mul(T::SIZE)?.checked_add(start)?;
        (end <= bytes.len()).then(|| Flat::Shared { bytes: Arc::clone(bytes), start, len })
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Flat::Owned(v) => v.len(),
            Flat::Shared { len, .. } => *len,
        }
    }

    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<T> {
        match self {
            Flat::Owned(v) => v.get(i).copied(),
            Flat::Shared { bytes, start, len } => {
                if i >= *len {
                    return None;
                }
                let at = start + i * T::SIZE;
                bytes.get(at..at + T::SIZE).map(T::read)
            }
        }
    }

    pub(crate) fn last(&self) -> Option<T> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// The integers of `range`, if it lies within the array.
    pub(crate) fn range(&self, range: Range<usize>) -> Option<Iter<'_, T>> {
        match self {
            Flat::Owned(v) => v.get(range).map(|s| Iter::Owned(s.iter())),
            Flat::Shared { bytes, start, len } => {
                if range.start > range.end || range.end > *len {
                    return None;
                }
                let bytes = bytes.get(start + range.start * T::SIZE..start + range.end * T::SIZE)?;
                Some(Iter::Shared(bytes.chunks_exact(T::SIZE), std::marker::PhantomData))
            }
        }
    }

    /// The first place in `range` (integers ascending there) whose integer
    /// is `target` or more, with that integer: one loop for each kind of
    /// array (a check looks a hundred keys or more up).
    #[inline]
    pub(crate) fn first_at_least(&self, range: Range<usize>, target: T) -> Option<(usize, T)>
    where
        T: Ord,
    {
        let found = match self {
            Flat::Owned(v) => v.get(range.clone())?.iter().copied().enumerate().find(|&(_, n)| n >= target),
            Flat::Shared { bytes, start, len } => {
                if range.start > range.end || range.end > *len {
                    return None;
                }
                let bytes = bytes.get(start + range.start * T::SIZE..start + range.end * T::SIZE)?;
                bytes.chunks_exact(T::SIZE).map(T::read).enumerate().find(|&(_, n)| n >= target)
            }
        };
        found.map(|(at, n)| (range.start + at, n))
    }

    /// Calls `f` on every integer, in order: one loop for each kind of
    /// array, not a choice between them for every integer (a load checks
    /// millions of them).
    pub(crate) fn each(&self, mut f: impl FnMut(T)) {
        match self {
            Flat::Owned(v) => v.iter().for_each(|&n| f(n)),
            Flat::Shared { bytes, start, len } => {
                let Some(bytes) = bytes.get(*start..start + len * T::SIZE) else { return };
                bytes.chunks_exact(T::SIZE).for_each(|c| f(T::read(c)));
            }
        }
    }

    /// Every integer, in order.
    pub(crate) fn iter(&self) -> Iter<'_, T> {
        self.range(0..self.len()).unwrap_or(Iter::Owned([].iter()))
    }

    /// Heap bytes it holds (a shared array: its share of the bytes).
    pub(crate) fn heap_bytes(&self) -> usize {
        match self {
            Flat::Owned(v) => v.capacity() * T::SIZE,
            Flat::Shared { len, .. } => len * T::SIZE,
        }
    }
}

/// The integers of a `Flat`, in order.
pub(crate) enum Iter<'a, T> {
    Owned(std::slice::Iter<'a, T>),
    Shared(std::slice::ChunksExact<'a, u8>, std::marker::PhantomData<T>),
}

impl<T: Le> Iterator for Iter<'_, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        match self {
            Iter::Owned(it) => it.next().copied(),
            Iter::Shared(it, _) => it.next().map(T::read),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Iter::Owned(it) => it.size_hint(),
            Iter::Shared(it, _) => it.size_hint(),
        }
    }
}

impl<T: Le> ExactSizeIterator for Iter<'_, T> {}

/// Bytes, owned or a run of shared bytes (the names' arena).
#[derive(Debug, Clone)]
pub(crate) enum Bytes {
    Owned(Vec<u8>),
    Shared(Shared, Range<usize>),
}

impl Default for Bytes {
    fn default() -> Self {
        Bytes::Owned(Vec::new())
    }
}

impl Bytes {
    /// `range` of `bytes`, if it lies within them.
    pub(crate) fn shared(bytes: &Shared, range: Range<usize>) -> Option<Bytes> {
        bytes.get(range.clone())?;
        Some(Bytes::Shared(Arc::clone(bytes), range))
    }

    /// The bytes to change (shared ones copied first).
    pub(crate) fn to_mut(&mut self) -> &mut Vec<u8> {
        if let Bytes::Shared(..) = self {
            *self = Bytes::Owned(self.to_vec());
        }
        match self {
            Bytes::Owned(v) => v,
            Bytes::Shared(..) => unreachable!("made owned above"),
        }
    }

    /// Heap bytes it holds (shared ones: their share).
    pub(crate) fn heap_bytes(&self) -> usize {
        match self {
            Bytes::Owned(v) => v.capacity(),
            Bytes::Shared(_, range) => range.len(),
        }
    }
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Shared(bytes, range) => bytes.get(range.clone()).unwrap_or(&[]),
        }
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Bytes) -> bool {
        **self == **other
    }
}

impl Eq for Bytes {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_integers_read_as_the_owned_ones_they_were_written_from() {
        let owned: Vec<u64> = vec![1, u64::MAX, 0x0102_0304_0506_0708];
        let mut bytes = vec![0xAA]; // an odd offset: no alignment needed
        bytes.extend(owned.iter().flat_map(|n| n.to_le_bytes()));
        let shared: Flat<u64> = Flat::shared(&Arc::new(bytes.clone()), 1, 3).expect("in bounds");
        let owned = Flat::Owned(owned);
        assert_eq!(shared.iter().collect::<Vec<_>>(), owned.iter().collect::<Vec<_>>());
        assert_eq!((shared.get(2), shared.get(3), shared.last()), (owned.get(2), None, owned.last()));
        assert_eq!(shared.range(1..3).map(|r| r.len()), Some(2));
        assert!(shared.range(2..4).is_none() && owned.range(2..4).is_none());
        assert!(Flat::<u64>::shared(&Arc::new(bytes), 2, 3).is_none(), "past the end");
    }

    #[test]
    fn shared_bytes_copy_on_write() {
        let all = Arc::new(b"hespress".to_vec());
        let mut part = Bytes::shared(&all, 3..8).expect("in bounds");
        assert_eq!(&*part, b"press");
        part.to_mut().push(b'!');
        assert_eq!(&*part, b"press!");
        assert_eq!(all.as_slice(), b"hespress");
        assert!(Bytes::shared(&all, 3..9).is_none());
    }
}
