//! The hashed key table behind the index: 64-bit FNV-1a keys tagged by kind,
//! symmetric one-letter deletions, an ordered table of 32-bit tags, and
//! postings of name ids in one flat array (both `flat`: read in place from a
//! loaded compiled index).

use super::flat::{Flat, Iter};

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

/// `hash` of the text these letters spell, without making it.
pub(crate) fn hash_chars(kind: KeyKind, chars: impl IntoIterator<Item = char>) -> u64 {
    let mut utf8 = [0u8; 4];
    chars.into_iter().fold(feed(FNV_OFFSET, &[kind as u8]), |h, c| feed(h, c.encode_utf8(&mut utf8).as_bytes()))
}

/// Calls `f` with the key's hash and, for keys of a fuzzy-matchable length,
/// the hash of each one-letter deletion.
pub(crate) fn with_deletions(kind: KeyKind, key: &str, mut f: impl FnMut(u64)) {
    if key.is_empty() {
        return;
    }
    let seed = feed(FNV_OFFSET, &[kind as u8]);
    f(feed(seed, key.as_bytes()));
    let n = key.chars().count();
    if !(DELETIONS_FROM..=DELETIONS_UP_TO).contains(&n) {
        return;
    }
    // Deletions share the whole keys' space: "hespresss" minus a letter is
    // "hespress" itself (an insertion), and two names one substitution apart
    // share a deletion. FNV-1a runs in order, so the hash of the letters
    // before the one deleted is carried along rather than fed again.
    let bytes = key.as_bytes();
    let mut before = seed;
    let mut prev: Option<char> = None;
    for (at, c) in key.char_indices() {
        let next = at + c.len_utf8();
        if prev != Some(c) {
            // Deleting either of two equal letters gives the same key.
            f(feed(before, &bytes[next..]));
        }
        prev = Some(c);
        before = feed(before, &bytes[at..next]);
    }
}

/// Key hashes paired with name ids, packed `tag << 32 | id`, as the index
/// makes them (names in id order): what `KeyTable::build` takes.
#[derive(Debug, Default)]
pub(crate) struct Pairs(Vec<u64>);

impl Pairs {
    pub(crate) fn with_capacity(n: usize) -> Pairs {
        Pairs(Vec::with_capacity(n))
    }

    pub(crate) fn push(&mut self, key: u64, id: u32) {
        self.0.push((u64::from(tag(key)) << 32) | u64::from(id & !INLINE));
    }
}

/// An ordered linear-probing table from 32-bit key tags to postings (name
/// ids). Two keys whose tags collide share their postings: that only adds
/// candidates, which `align` then rejects.
///
/// Each slot is `tag << 32 | value`, 0 when empty; a value with the top bit
/// set is the only id itself (most keys name one name), otherwise a run of
/// ids in `postings` (`run`). A tag's home slot grows with the tag (`home`), and tags are
/// placed in ascending order, each at its home or just after the one before:
/// the occupied slots are sorted, so a probe stops at the first empty slot or
/// greater tag, the table can be filled to `LOAD` with short probes, and
/// building it writes the slots in order (no wrap: slack slots follow the
/// last home).
#[derive(Debug, Default)]
pub(crate) struct KeyTable {
    /// How many slots tags are spread over (`home`); `slots` may be longer.
    homes: usize,
    slots: Flat<u64>,
    postings: Flat<u32>,
}

/// The ids under one key (`KeyTable::get`), in ascending order.
pub(crate) enum Ids<'a> {
    /// The only id (most keys name one name), or none.
    One(Option<u32>),
    Run(Iter<'a, u32>),
}

impl Iterator for Ids<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match self {
            Ids::One(id) => id.take(),
            Ids::Run(ids) => ids.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Ids::One(id) => (usize::from(id.is_some()), Some(usize::from(id.is_some()))),
            Ids::Run(ids) => ids.size_hint(),
        }
    }
}

impl ExactSizeIterator for Ids<'_> {}

const INLINE: u32 = 0x8000_0000;
/// A run's value: its count (when it fits) at this shift, over `offset + 1`.
const RUN_SHIFT: u32 = 28;
/// Runs of up to this many ids keep their count in the value (most shared
/// keys name two or three names); longer ones, as count 0, in `postings`
/// before their ids.
const COUNT_IN_VALUE: usize = (INLINE >> RUN_SHIFT) as usize - 1;
/// The `offset + 1` bits of a run's value: a key whose run would start past
/// them (a list of some 2^28 shared postings) is left out.
const OFFSET_MASK: u32 = (1 << RUN_SHIFT) - 1;

/// The ids of a run's `value` in `postings`, if they are there.
fn run(postings: &Flat<u32>, value: u32) -> Option<std::ops::Range<usize>> {
    let offset = ((value & OFFSET_MASK) as usize).checked_sub(1)?;
    let ids = match ((value & !INLINE) >> RUN_SHIFT) as usize {
        0 => offset + 1..(offset + 1).checked_add(postings.get(offset)? as usize)?,
        n => offset..offset + n,
    };
    (ids.end <= postings.len()).then_some(ids)
}

/// Tags per home slot: 90 % keeps probes within a cache line or two.
const LOAD: (usize, usize) = (9, 10);

fn tag(h: u64) -> u32 {
    ((h >> 32) ^ h) as u32
}

/// The home slot of a tag among `homes` slots: monotone in the tag (tags are
/// hashes, so spread evenly).
fn home(tag: u32, homes: usize) -> usize {
    ((u64::from(tag) * homes as u64) >> 32) as usize
}

/// Sorts packed pairs by their tags (the high halves), stably: two passes of
/// a 16-bit radix sort. Pairs come in id order, so each tag's ids stay in
/// ascending order (as the postings keep them).
fn sort_by_tag(pairs: &mut Vec<u64>) {
    const DIGITS: usize = 1 << 16;
    let mut scratch = vec![0u64; pairs.len()];
    for shift in [32, 48] {
        let digit = |p: u64| ((p >> shift) & 0xFFFF) as usize;
        // u32 counts: half the cache lines of usize ones (pairs never number 2^32).
        let mut starts = vec![0u32; DIGITS + 1];
        for &p in pairs.iter() {
            starts[digit(p) + 1] += 1;
        }
        for d in 0..DIGITS {
            starts[d + 1] += starts[d];
        }
        for &p in pairs.iter() {
            let at = &mut starts[digit(p)];
            scratch[*at as usize] = p;
            *at += 1;
        }
        std::mem::swap(pairs, &mut scratch);
    }
}

impl KeyTable {
    pub(crate) fn build(pairs: Pairs) -> KeyTable {
        let mut pairs = pairs.0;
        sort_by_tag(&mut pairs);
        pairs.dedup();
        let tag_of = |p: u64| (p >> 32) as u32;
        let same_tag = |a: &u64, b: &u64| tag_of(*a) == tag_of(*b);
        let keys = pairs.chunk_by(same_tag).count();
        let homes = (keys * LOAD.1 / LOAD.0).max(16);
        let shared = pairs.len() - pairs.chunk_by(same_tag).filter(|g| g.len() == 1).count();
        let (mut slots, mut postings) = (vec![0; homes + 1], Vec::with_capacity(shared + keys / 8));
        let mut next = 0;
        for group in pairs.chunk_by(same_tag) {
            let value = if let [one] = group {
                *one as u32 | INLINE
            } else {
                let Some(start) = u32::try_from(postings.len() + 1).ok().filter(|&s| s <= OFFSET_MASK) else { continue };
                let value = if group.len() <= COUNT_IN_VALUE {
                    ((group.len() as u32) << RUN_SHIFT) | start
                } else {
                    postings.push(group.len() as u32);
                    start
                };
                postings.extend(group.iter().map(|&p| p as u32));
                value
            };
            let t = tag_of(group[0]);
            let at = home(t, homes).max(next);
            if at + 1 >= slots.len() {
                slots.resize(at + 2, 0); // the last slot stays empty
            }
            slots[at] = (u64::from(t) << 32) | u64::from(value);
            next = at + 1;
        }
        slots.shrink_to_fit();
        postings.shrink_to_fit();
        KeyTable { homes, slots: Flat::Owned(slots), postings: Flat::Owned(postings) }
    }

    /// The ids under `key`.
    pub(crate) fn get(&self, key: u64) -> Ids<'_> {
        let t = tag(key);
        let mut at = home(t, self.homes);
        while let Some(slot) = self.slots.get(at) {
            let slot_tag = (slot >> 32) as u32;
            if slot == 0 || slot_tag > t {
                break;
            }
            if slot_tag == t {
                let value = slot as u32;
                if value & INLINE != 0 {
                    return Ids::One(Some(value & !INLINE));
                }
                return run(&self.postings, value).and_then(|ids| self.postings.range(ids)).map_or(Ids::One(None), Ids::Run);
            }
            at += 1;
        }
        Ids::One(None)
    }

    /// Reads the home slot of each key, so that looking them up next finds
    /// them in cache: these reads do not wait on one another, so the
    /// processor overlaps their cache misses (the table is far larger than
    /// a cache on long lists, and a check probes a hundred keys or more).
    pub(crate) fn warm(&self, keys: impl IntoIterator<Item = u64>) {
        let read = keys.into_iter().fold(0, |acc, key| acc ^ self.slots.get(home(tag(key), self.homes)).unwrap_or(0));
        std::hint::black_box(read);
    }

    /// The table's home count, slots and postings, as a compiled index stores them.
    pub(crate) fn parts(&self) -> (usize, &Flat<u64>, &Flat<u32>) {
        (self.homes, &self.slots, &self.postings)
    }

    /// A table from stored parts, if they make one: as many slots as homes
    /// or more, the last one empty, the occupied ones in ascending tag order,
    /// every value an id below `names` or a run of postings, the runs laid
    /// one after the other in slot order (as `build` lays them) and covering
    /// the postings, every posting an id below `names` but the counts before
    /// long runs.
    pub(crate) fn from_parts(homes: usize, slots: Flat<u64>, postings: Flat<u32>, names: usize) -> Option<KeyTable> {
        let id_ok = |id: u32| (id as usize) < names;
        if slots.len() <= homes || slots.last() != Some(0) {
            return None;
        }
        // Millions of slots at 100,000 entries, empty, lone or shared at
        // random: checked without branching on them but for runs, whose ids
        // are then checked in one pass over the postings (checking each run's
        // ids from its slot took most of a load).
        let mut bad = false;
        // The last occupied slot's tag + 1; 0 before the first.
        let mut after_last = 0u64;
        // Where the next run must start, and where long runs keep their counts.
        let (mut cursor, mut counts) = (0usize, Vec::new());
        for slot in slots.iter() {
            let (t, value) = (slot >> 32, slot as u32);
            let occupied = slot != 0;
            let inline = value & INLINE != 0;
            bad |= occupied & (t < after_last);
            bad |= occupied & inline & !id_ok(value & !INLINE);
            if occupied & !inline {
                let offset = ((value & OFFSET_MASK) as usize).wrapping_sub(1);
                let long = (value >> RUN_SHIFT) == 0;
                match run(&postings, value) {
                    Some(ids) if offset == cursor => {
                        if long {
                            counts.push(offset);
                        }
                        cursor = ids.end;
                    }
                    _ => return None,
                }
            }
            after_last = if occupied { t + 1 } else { after_last };
        }
        if bad || cursor != postings.len() {
            return None;
        }
        // The counts are in ascending order, as the runs.
        let mut counts = counts.into_iter().peekable();
        for (at, id) in postings.iter().enumerate() {
            if !id_ok(id) {
                while counts.next_if(|&c| c < at).is_some() {}
                if counts.peek() != Some(&at) {
                    return None;
                }
            }
        }
        Some(KeyTable { homes, slots, postings })
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.slots.heap_bytes() + self.postings.heap_bytes()
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
        let mut pairs = Pairs::default();
        for (h, id) in [(a, 7), (b, 1), (b, 2), (b, 2)] {
            pairs.push(h, id);
        }
        for id in 10..30 {
            pairs.push(c, id); // a run too long to keep its count in the slot
        }
        let table = KeyTable::build(pairs);
        let get = |key| table.get(key).collect::<Vec<u32>>();
        assert_eq!(get(a), [7]);
        assert_eq!(get(b), [1, 2]);
        assert_eq!(get(c), (10..30).collect::<Vec<u32>>());
        assert_eq!(table.get(c).len(), 20);
        assert!(get(hash(KeyKind::Exact, "d")).is_empty());
        assert_eq!(KeyTable::default().get(a).len(), 0);
    }

    #[test]
    fn each_deletion_hashes_as_the_key_without_that_letter() {
        for key in ["hespress", "hessspress", "الأحداث المغربية", "ab"] {
            let mut got = Vec::new();
            with_deletions(KeyKind::Word, key, |h| got.push(h));
            let chars: Vec<char> = key.chars().collect();
            let mut want = vec![hash(KeyKind::Word, key)];
            if (DELETIONS_FROM..=DELETIONS_UP_TO).contains(&chars.len()) {
                for at in (0..chars.len()).filter(|&at| at == 0 || chars[at] != chars[at - 1]) {
                    let deleted: String = chars.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, c)| c).collect();
                    want.push(hash(KeyKind::Word, &deleted));
                }
            }
            assert_eq!(got, want, "{key}");
        }
    }

    #[test]
    fn a_large_table_finds_every_key_and_its_ids_in_order() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let keys: Vec<u64> = (0..20_000).map(|_| next()).collect();
        let mut pairs = Pairs::default();
        let mut want: std::collections::HashMap<u32, Vec<u32>> = Default::default();
        for id in 0..30_000u32 {
            let key = keys[(next() % keys.len() as u64) as usize];
            pairs.push(key, id);
            want.entry(tag(key)).or_default().push(id);
        }
        let table = KeyTable::build(pairs);
        for key in &keys {
            assert_eq!(table.get(*key).collect::<Vec<u32>>(), want.get(&tag(*key)).map_or(&[][..], |ids| &ids[..]));
        }
        let (homes, slots, postings) = table.parts();
        let (slots, postings): (Vec<u64>, Vec<u32>) = (slots.iter().collect(), postings.iter().collect());
        let owned = |slots: &[u64]| (Flat::Owned(slots.to_vec()), Flat::Owned(postings.clone()));
        let (s, p) = owned(&slots);
        assert!(KeyTable::from_parts(homes, s, p, 30_000).is_some());
        let (s, p) = owned(&slots);
        assert!(KeyTable::from_parts(homes, s, p, 29_999).is_none(), "an id out of range");
        // The same table read in place from bytes finds the same ids.
        let mut bytes: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
        bytes.extend(postings.iter().flat_map(|p| p.to_le_bytes()));
        let bytes = std::sync::Arc::new(bytes);
        let shared = KeyTable::from_parts(
            homes,
            Flat::shared(&bytes, 0, slots.len()).expect("slots"),
            Flat::shared(&bytes, slots.len() * 8, postings.len()).expect("postings"),
            30_000,
        )
        .expect("the same table");
        for key in &keys {
            assert!(shared.get(*key).eq(table.get(*key)));
        }
        let mut unordered = slots.clone();
        let occupied: Vec<usize> = (0..unordered.len()).filter(|&i| unordered[i] != 0).take(2).collect();
        unordered.swap(occupied[0], occupied[1]);
        let (s, p) = owned(&unordered);
        assert!(KeyTable::from_parts(homes, s, p, 30_000).is_none(), "tags out of order");
        let mut stray = postings.clone();
        stray.push(0);
        let (s, _) = owned(&slots);
        assert!(KeyTable::from_parts(homes, s, Flat::Owned(stray), 30_000).is_none(), "a posting no run covers");
        let mut overlapping = slots.clone();
        let runs: Vec<usize> =
            (0..overlapping.len()).filter(|&i| overlapping[i] != 0 && overlapping[i] as u32 & INLINE == 0).take(2).collect();
        overlapping[runs[1]] = (overlapping[runs[1]] & !u64::from(OFFSET_MASK)) | (overlapping[runs[0]] & u64::from(OFFSET_MASK));
        let (s, p) = owned(&overlapping);
        assert!(KeyTable::from_parts(homes, s, p, 30_000).is_none(), "two runs over the same postings");
    }

    #[test]
    fn letters_hash_as_the_text_they_spell() {
        for key in ["", "hespress", "الأحداث المغربية"] {
            assert_eq!(hash_chars(KeyKind::Shape, key.chars()), hash(KeyKind::Shape, key));
        }
    }

    #[test]
    fn an_inserted_letter_is_found_through_a_deletion() {
        let mut a = Vec::new();
        with_deletions(KeyKind::Exact, "hespresss", |h| a.push(h));
        assert!(a[1..].contains(&hash(KeyKind::Exact, "hespress")));
    }
}
