//! The hashed key table behind the index: 64-bit FNV-1a keys tagged by kind,
//! symmetric one-letter deletions, and postings of name ids in one flat array.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyKind {
    Exact = 1,
    Phonetic = 2,
    /// One distinctive word of a multi-word name, without its Arabic article.
    Word = 3,
    /// The shape of a name's letters (`text::shape`).
    Shape = 4,
    /// The loose Latin spelling (`text::translit::loose_latin`).
    Loose = 5,
    /// The phonetic key of one distinctive word of a multi-word name: its
    /// words written in the other script ("Al Maktab ... Lilkahraba").
    WordSound = 6,
}

/// Deletions are generated for keys of this many letters and more...
const DELETIONS_FROM: usize = 5;
/// ...up to this many.
const DELETIONS_UP_TO: usize = 24;

use crate::text::hash::{fnv1a as feed, FNV_OFFSET};

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

/// Open-addressing table from 32-bit key tags to postings (name ids). Two keys
/// whose tags collide share their postings: that only adds candidates, which
/// `align` then rejects. Each slot is `tag << 32 | value`, 0 when empty; a
/// value with the top bit set is the only id itself (most keys name one
/// name), otherwise `offset + 1` into `postings`, where `postings[offset]` is
/// the count and the ids follow. The table is filled to 80 %.
#[derive(Debug, Default)]
pub(crate) struct KeyTable {
    slots: Vec<u64>,
    postings: Vec<u32>,
}

const INLINE: u32 = 0x8000_0000;

fn tag(h: u64) -> u32 {
    ((h >> 32) ^ h) as u32
}

/// The home slot of a tag in a table of `len` slots (multiply-shift, no power of two needed).
fn slot_of(tag: u32, len: usize) -> usize {
    ((u64::from(tag.wrapping_mul(0x9E37_79B1)) * len as u64) >> 32) as usize
}

impl KeyTable {
    pub(crate) fn build(pairs: Vec<(u64, u32)>) -> KeyTable {
        let mut pairs: Vec<(u32, u32)> = pairs.into_iter().map(|(h, id)| (tag(h), id & !INLINE)).collect();
        pairs.sort_unstable();
        pairs.dedup();
        let keys = pairs.chunk_by(|a, b| a.0 == b.0).count();
        let len = (keys * 5 / 4 + 1).max(16);
        let shared = pairs.len() - pairs.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() == 1).count();
        let mut table = KeyTable { slots: vec![0; len], postings: Vec::with_capacity(shared + keys / 8) };
        for group in pairs.chunk_by(|a, b| a.0 == b.0) {
            let value = if group.len() == 1 {
                group[0].1 | INLINE
            } else {
                let offset = table.postings.len() as u32;
                table.postings.push(group.len() as u32);
                table.postings.extend(group.iter().map(|p| p.1));
                offset + 1
            };
            let t = group[0].0;
            let mut at = slot_of(t, len);
            while table.slots[at] != 0 {
                at = if at + 1 == len { 0 } else { at + 1 };
            }
            table.slots[at] = (u64::from(t) << 32) | u64::from(value);
        }
        table.postings.shrink_to_fit();
        table
    }

    /// The ids under `key`; `one` holds a lone id so that a slice can be returned.
    pub(crate) fn get<'a>(&'a self, key: u64, one: &'a mut u32) -> &'a [u32] {
        let len = self.slots.len();
        if len == 0 {
            return &[];
        }
        let t = tag(key);
        let mut at = slot_of(t, len);
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return &[];
            }
            if (slot >> 32) as u32 == t {
                let value = slot as u32;
                if value & INLINE != 0 {
                    *one = value & !INLINE;
                    return std::slice::from_ref(one);
                }
                let offset = value as usize - 1;
                let n = self.postings[offset] as usize;
                return &self.postings[offset + 1..offset + 1 + n];
            }
            at = if at + 1 == len { 0 } else { at + 1 };
        }
    }

    /// The table's slots and postings, as a compiled index stores them.
    pub(crate) fn parts(&self) -> (&[u64], &[u32]) {
        (&self.slots, &self.postings)
    }

    /// A table from stored parts, if they make one: some slot empty (a probe
    /// always ends), every value an id below `names` or the start of a run of
    /// postings, every posting an id below `names`.
    pub(crate) fn from_parts(slots: Vec<u64>, postings: Vec<u32>, names: usize) -> Option<KeyTable> {
        let id_ok = |id: u32| (id as usize) < names;
        // Runs of postings, in order: each a count then that many ids; their starts marked.
        let mut run_start = vec![false; postings.len()];
        let mut at = 0;
        while at < postings.len() {
            let n = postings[at] as usize;
            let ids = postings.get(at + 1..at + 1 + n)?;
            if !ids.iter().all(|&id| id_ok(id)) {
                return None;
            }
            run_start[at] = true;
            at += 1 + n;
        }
        let mut empty = slots.is_empty();
        for &slot in &slots {
            let value = slot as u32;
            let ok = if slot == 0 {
                empty = true;
                true
            } else if value & INLINE != 0 {
                id_ok(value & !INLINE)
            } else {
                (value as usize).checked_sub(1).is_some_and(|offset| run_start.get(offset) == Some(&true))
            };
            if !ok {
                return None;
            }
        }
        empty.then_some(KeyTable { slots, postings })
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.slots.capacity() * 8 + self.postings.capacity() * 4
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
    fn the_table_returns_lone_and_shared_postings() {
        let (a, b, c) = (hash(KeyKind::Exact, "a"), hash(KeyKind::Exact, "b"), hash(KeyKind::Exact, "c"));
        let table = KeyTable::build(vec![(a, 7), (b, 1), (b, 2), (b, 2)]);
        let mut one = 0;
        assert_eq!(table.get(a, &mut one), &[7]);
        assert_eq!(table.get(b, &mut one), &[1, 2]);
        assert!(table.get(c, &mut one).is_empty());
        assert!(KeyTable::default().get(a, &mut one).is_empty());
    }

    #[test]
    fn an_inserted_letter_is_found_through_a_deletion() {
        let mut a = Vec::new();
        with_deletions(KeyKind::Exact, "hespresss", |h| a.push(h));
        assert!(a[1..].contains(&hash(KeyKind::Exact, "hespress")));
    }
}
