//! The hashed key table behind the index: 64-bit FNV-1a keys tagged by kind,
//! symmetric one-letter deletions, and postings of name ids in one flat array.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyKind {
    Exact = 1,
    Phonetic = 2,
}

/// Deletions are generated for keys of this many letters and more...
const DELETIONS_FROM: usize = 5;
/// ...up to this many.
const DELETIONS_UP_TO: usize = 24;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn feed(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub(crate) fn hash(kind: KeyKind, key: &str) -> u64 {
    feed(feed(FNV_OFFSET, &[kind as u8]), key.as_bytes())
}

/// Calls `f` with the key's hash and, for keys of a fuzzy-matchable length,
/// the hash of each one-letter deletion.
pub(crate) fn with_deletions(kind: KeyKind, key: &str, mut f: impl FnMut(u64)) {
    if key.is_empty() {
        return;
    }
    f(hash(kind, key));
    let n = key.chars().count();
    if !(DELETIONS_FROM..=DELETIONS_UP_TO).contains(&n) {
        return;
    }
    // Deletions share the whole keys' space: "hespresss" minus a letter is
    // "hespress" itself (an insertion), and two names one substitution apart
    // share a deletion.
    let seed = feed(FNV_OFFSET, &[kind as u8]);
    let mut prev: Option<char> = None;
    for (at, c) in key.char_indices() {
        if prev == Some(c) {
            continue; // deleting either of two equal letters gives the same key
        }
        prev = Some(c);
        let h = feed(feed(seed, &key.as_bytes()[..at]), &key.as_bytes()[at + c.len_utf8()..]);
        f(h);
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Debug, Default)]
pub(crate) struct KeyTable {
    slots: HashMap<u64, (u32, u32), BuildHasherDefault<IdentityHasher>>,
    postings: Vec<u32>,
}

impl KeyTable {
    pub(crate) fn build(mut pairs: Vec<(u64, u32)>) -> KeyTable {
        pairs.sort_unstable();
        pairs.dedup();
        let mut table = KeyTable { slots: HashMap::default(), postings: Vec::with_capacity(pairs.len()) };
        let mut i = 0;
        while i < pairs.len() {
            let key = pairs[i].0;
            let start = table.postings.len() as u32;
            while i < pairs.len() && pairs[i].0 == key {
                table.postings.push(pairs[i].1);
                i += 1;
            }
            table.slots.insert(key, (start, table.postings.len() as u32 - start));
        }
        table.slots.shrink_to_fit();
        table.postings.shrink_to_fit();
        table
    }

    pub(crate) fn get(&self, key: u64) -> &[u32] {
        match self.slots.get(&key) {
            Some(&(start, len)) => &self.postings[start as usize..(start + len) as usize],
            None => &[],
        }
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.slots.capacity() * (std::mem::size_of::<(u64, (u32, u32))>() + 1) + self.postings.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_substitution_shares_a_deletion() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        with_deletions(KeyKind::Exact, "hespress", |h| a.push(h));
        with_deletions(KeyKind::Exact, "hezpress", |h| b.push(h));
        assert!(a.iter().any(|h| b.contains(h)));
    }

    #[test]
    fn an_inserted_letter_is_found_through_a_deletion() {
        let mut a = Vec::new();
        with_deletions(KeyKind::Exact, "hespresss", |h| a.push(h));
        assert!(a[1..].contains(&hash(KeyKind::Exact, "hespress")));
    }
}
