//! The hashed key table behind the index: 64-bit FNV-1a keys tagged by kind,
//! symmetric one-letter deletions, an ordered table of 32-bit tags, and
//! postings of name ids in one flat array (both `flat`: read in place from a
//! loaded compiled index).

use super::flat::{Flat, Iter, U24};

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
        self.0.push((u64::from(tag(key)) << 32) | u64::from(id & !Encoding::WIDE.inline()));
    }
}

/// A table from 32-bit key tags to postings (name ids), in three flat arrays
/// in ascending tag order: each key's tag, cut to what its bucket does not
/// already say (`Tags`), and its value; plus where each bucket's keys start.
/// Two keys whose tags collide share their postings: that only adds
/// candidates, which `align` then rejects.
///
/// A tag's bucket is its top `bits` bits (about `KEYS_PER_BUCKET` keys
/// each), found in `starts`; its keys are read until the tag or a greater
/// one. On long lists (`bits` ≥ 16) only each tag's low 16 bits are stored:
/// with the bucket's they are the whole tag. A key costs 6 bytes there,
/// where the open-addressing table before cost 8.9 (a 64-bit slot at 90 %).
///
/// A value with the top bit set is the only id itself (most keys name one
/// name); with the next bit set, two ids near each other (`Encoding::pair`:
/// most shared keys name two names of one entry, a name and its core or its
/// anchor's); otherwise a run of ids in `postings` (`run`). Values take
/// three bytes when every one fits there (`Values`), else four.
#[derive(Debug, Default)]
pub(crate) struct KeyTable {
    /// How many top bits of a tag choose its bucket.
    bits: u32,
    /// Where bucket `b`'s keys start; `2^bits + 1` of them, the last one the key count.
    starts: Flat<u32>,
    tags: Tags,
    values: Values,
    postings: Flat<u32>,
    /// Ids are below this (`u32::MAX` in a built table, whose ids are the index's own).
    names: u32,
}

/// Each key's tag, ascending within its bucket.
#[derive(Debug)]
pub(crate) enum Tags {
    /// The low 16 bits (`bits` ≥ 16: the bucket holds the rest).
    Low(Flat<u16>),
    /// The whole tag (short lists: fewer keys than a bucket per 16-bit prefix would pay for).
    Whole(Flat<u32>),
}

impl Default for Tags {
    fn default() -> Self {
        Tags::Whole(Flat::default())
    }
}

impl Tags {
    fn len(&self) -> usize {
        match self {
            Tags::Low(t) => t.len(),
            Tags::Whole(t) => t.len(),
        }
    }

    /// Where `tag` sits among keys `range` (ascending), if it is there.
    #[inline]
    fn find(&self, range: std::ops::Range<usize>, tag: u32) -> Option<usize> {
        let (at, found) = match self {
            Tags::Low(t) => t.first_at_least(range, tag as u16).map(|(at, low)| (at, u32::from(low) == tag & 0xFFFF)),
            Tags::Whole(t) => t.first_at_least(range, tag).map(|(at, whole)| (at, whole == tag)),
        }?;
        found.then_some(at)
    }

    fn heap_bytes(&self) -> usize {
        match self {
            Tags::Low(t) => t.heap_bytes(),
            Tags::Whole(t) => t.heap_bytes(),
        }
    }
}

/// The ids under one key (`KeyTable::get`), in ascending order.
pub(crate) enum Ids<'a> {
    /// The only id (most keys name one name), or none.
    One(Option<u32>),
    /// Two ids kept in the key's value (`PAIR`), each while it is not read.
    Pair(Option<u32>, Option<u32>),
    /// A run of ids, those below the bound (all of them but in a damaged
    /// compiled index, whose ids are checked here rather than at load).
    Run(Iter<'a, u32>, u32),
}

impl Ids<'_> {
    /// How many ids the key has (in a damaged compiled index, out-of-range ones too).
    pub(crate) fn len(&self) -> usize {
        match self {
            Ids::One(id) => usize::from(id.is_some()),
            Ids::Pair(a, b) => usize::from(a.is_some()) + usize::from(b.is_some()),
            Ids::Run(ids, _) => ids.len(),
        }
    }
}

impl Iterator for Ids<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match self {
            Ids::One(id) => id.take(),
            Ids::Pair(a, b) => a.take().or_else(|| b.take()),
            Ids::Run(ids, bound) => ids.find(|&id| id < *bound),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Ids::One(_) | Ids::Pair(..) => (self.len(), Some(self.len())),
            Ids::Run(ids, _) => (0, Some(ids.len())),
        }
    }
}

/// How a key's value says its ids, in `width` bits: the top bit set, the
/// only id; the next one set, two ids (the first above `gap_bits`, how far
/// the second is after it below them: at 100,000 entries nearly every
/// shared key names two such names, whose postings were 9.1 MB); otherwise
/// a run's count (when it fits, in two bits at `run_shift`) over its
/// `offset + 1` in `postings`. A key whose value does not fit is left out
/// (only at four bytes: a list of some 2^28 shared postings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Encoding {
    width: u32,
    gap_bits: u32,
}

impl Encoding {
    /// Three bytes: ids below 2^23, pairs whose first id is below 2^19 and
    /// ids at most 7 apart, runs starting below 2^20 (long lists beyond that are `WIDE`).
    pub(crate) const NARROW: Encoding = Encoding { width: 24, gap_bits: 3 };
    pub(crate) const WIDE: Encoding = Encoding { width: 32, gap_bits: 8 };

    const fn inline(self) -> u32 {
        1 << (self.width - 1)
    }

    const fn pair(self) -> u32 {
        1 << (self.width - 2)
    }

    const fn gap_mask(self) -> u32 {
        (1 << self.gap_bits) - 1
    }

    const fn run_shift(self) -> u32 {
        self.width - 4
    }

    /// The `offset + 1` bits of a run's value.
    const fn offset_mask(self) -> u32 {
        (1 << self.run_shift()) - 1
    }

    /// Runs of up to this many ids keep their count in the value; longer
    /// ones, as count 0, in `postings` before their ids.
    const fn count_in_value(self) -> usize {
        (self.pair() >> self.run_shift()) as usize - 1
    }

    /// The value of two ids, ascending, if they are near enough.
    fn pair_value(self, ids: &[u64]) -> Option<u32> {
        let [a, b] = ids else { return None };
        let (a, b) = (*a as u32, *b as u32);
        let gap = b.checked_sub(a).filter(|gap| (1..=self.gap_mask()).contains(gap))?;
        (a < self.pair() >> self.gap_bits).then_some(self.pair() | a << self.gap_bits | gap)
    }
}

/// A key table's values: three bytes each, or four.
#[derive(Debug)]
pub(crate) enum Values {
    Narrow(Flat<U24>),
    Wide(Flat<u32>),
}

impl Default for Values {
    fn default() -> Self {
        Values::Wide(Flat::default())
    }
}

impl Values {
    fn encoding(&self) -> Encoding {
        match self {
            Values::Narrow(_) => Encoding::NARROW,
            Values::Wide(_) => Encoding::WIDE,
        }
    }

    fn len(&self) -> usize {
        match self {
            Values::Narrow(v) => v.len(),
            Values::Wide(v) => v.len(),
        }
    }

    #[inline]
    fn get(&self, i: usize) -> Option<u32> {
        match self {
            Values::Narrow(v) => v.get(i).map(U24::get),
            Values::Wide(v) => v.get(i),
        }
    }

    fn heap_bytes(&self) -> usize {
        match self {
            Values::Narrow(v) => v.heap_bytes(),
            Values::Wide(v) => v.heap_bytes(),
        }
    }
}

/// The ids of a run's `value` in `postings`, if they are there.
fn run(postings: &Flat<u32>, value: u32, encoding: Encoding) -> Option<std::ops::Range<usize>> {
    let offset = ((value & encoding.offset_mask()) as usize).checked_sub(1)?;
    let ids = match ((value & !(encoding.inline() | encoding.pair())) >> encoding.run_shift()) as usize {
        0 => offset + 1..(offset + 1).checked_add(postings.get(offset)? as usize)?,
        n => offset..offset + n,
    };
    (ids.end <= postings.len()).then_some(ids)
}

/// Keys per bucket, about: few enough that a bucket's tags are read in one
/// or two cache lines, enough that `starts` stays a fraction of the table.
const KEYS_PER_BUCKET: usize = 16;
/// From this many bucket bits on, a tag's low 16 bits and its bucket make the whole tag.
pub(crate) const LOW_TAGS_FROM: u32 = 16;
/// At most this many bucket bits (2^24 buckets: tens of millions of keys).
const MAX_BITS: u32 = 24;

fn tag(h: u64) -> u32 {
    ((h >> 32) ^ h) as u32
}

/// The bucket of a tag: its top `bits` bits.
fn bucket(tag: u32, bits: u32) -> usize {
    tag.checked_shr(32 - bits).unwrap_or(0) as usize
}

/// Bucket bits for `keys` keys: the fewest that leave `KEYS_PER_BUCKET` a bucket or fewer.
fn bits_for(keys: usize) -> u32 {
    let mut bits = 0;
    while bits < MAX_BITS && keys >> bits > KEYS_PER_BUCKET {
        bits += 1;
    }
    bits
}

/// Sorts packed pairs by their tags (the high halves), stably: a radix sort
/// of three 11-bit digits, every digit counted in one read of the pairs.
/// Its counts fit the first cache levels, where two 16-bit passes scattered
/// each pair over 65,536 places (a tenth of a build at 100,000 entries).
/// Pairs come in id order, so each tag's ids stay in ascending order (as
/// the postings keep them).
fn sort_by_tag(pairs: &mut Vec<u64>) {
    const DIGIT_BITS: u32 = 11;
    const DIGITS: usize = 1 << DIGIT_BITS;
    const SHIFTS: [u32; 3] = [32, 32 + DIGIT_BITS, 32 + 2 * DIGIT_BITS];
    let digit = |p: u64, shift: u32| (p >> shift) as usize & (DIGITS - 1);
    // u32 counts: half the cache lines of usize ones (pairs never number 2^32).
    let mut counts = [[0u32; DIGITS]; SHIFTS.len()];
    for &p in pairs.iter() {
        for (count, &shift) in counts.iter_mut().zip(&SHIFTS) {
            count[digit(p, shift)] += 1;
        }
    }
    let mut scratch = vec![0u64; pairs.len()];
    for (count, &shift) in counts.iter().zip(&SHIFTS) {
        let mut places = [0u32; DIGITS];
        let mut next = 0;
        for (place, &n) in places.iter_mut().zip(count) {
            *place = next;
            next += n;
        }
        for &p in pairs.iter() {
            let at = &mut places[digit(p, shift)];
            scratch[*at as usize] = p;
            *at += 1;
        }
        std::mem::swap(pairs, &mut scratch);
    }
}

/// A table's arrays as `lay_out` makes them: bucket starts, whole tags, values, postings.
type Laid = (Vec<u32>, Vec<u32>, Values, Vec<u32>);

/// Bucket starts, tags, values and postings of sorted `pairs` (`keys` tags,
/// `shared` of them over more than one id) in `bits` bucket bits, their
/// values in `encoding`; none when a value does not fit in three bytes.
fn lay_out(pairs: &[u64], bits: u32, keys: usize, shared: usize, encoding: Encoding) -> Option<Laid> {
    let tag_of = |p: u64| (p >> 32) as u32;
    let mut starts = vec![0u32; (1 << bits) + 1];
    let (mut tags, mut values, mut postings) = (Vec::with_capacity(keys), Vec::with_capacity(keys), Vec::new());
    let narrow = encoding == Encoding::NARROW;
    for group in pairs.chunk_by(|a, b| tag_of(*a) == tag_of(*b)) {
        let value = if let [one] = group {
            let id = *one as u32;
            if id >= encoding.inline() {
                return None; // only narrow: built ids are below `Encoding::WIDE.inline()`
            }
            id | encoding.inline()
        } else if let Some(pair) = encoding.pair_value(group) {
            pair
        } else {
            if postings.capacity() == 0 {
                postings.reserve(shared + keys / 8);
            }
            let Some(start) = u32::try_from(postings.len() + 1).ok().filter(|&s| s <= encoding.offset_mask()) else {
                if narrow {
                    return None;
                }
                continue;
            };
            let value = if group.len() <= encoding.count_in_value() {
                ((group.len() as u32) << encoding.run_shift()) | start
            } else {
                postings.push(group.len() as u32);
                start
            };
            postings.extend(group.iter().map(|&p| p as u32));
            value
        };
        let t = tag_of(group[0]);
        starts[bucket(t, bits) + 1] += 1;
        tags.push(t);
        values.push(value);
    }
    for b in 0..1 << bits {
        starts[b + 1] += starts[b];
    }
    postings.shrink_to_fit();
    let values =
        if narrow { Values::Narrow(Flat::Owned(values.into_iter().map(U24::new).collect())) } else { Values::Wide(Flat::Owned(values)) };
    Some((starts, tags, values, postings))
}

impl KeyTable {
    pub(crate) fn build(pairs: Pairs) -> KeyTable {
        let mut pairs = pairs.0;
        sort_by_tag(&mut pairs);
        pairs.dedup();
        let tag_of = |p: u64| (p >> 32) as u32;
        let same_tag = |a: &u64, b: &u64| tag_of(*a) == tag_of(*b);
        // Keys, and pairs of keys with more than one id, counted in one read.
        let (keys, single) = pairs.chunk_by(same_tag).fold((0, 0), |(keys, single), g| (keys + 1, single + usize::from(g.len() == 1)));
        let shared = pairs.len() - single;
        let bits = bits_for(keys);
        // Three bytes a value when they all fit there, else four.
        let (starts, tags, values, postings) = lay_out(&pairs, bits, keys, shared, Encoding::NARROW)
            .or_else(|| lay_out(&pairs, bits, keys, shared, Encoding::WIDE))
            .unwrap_or_default();
        let tags = if bits >= LOW_TAGS_FROM {
            Tags::Low(Flat::Owned(tags.iter().map(|&t| t as u16).collect()))
        } else {
            Tags::Whole(Flat::Owned(tags))
        };
        KeyTable { bits, starts: Flat::Owned(starts), tags, values, postings: Flat::Owned(postings), names: u32::MAX }
    }

    /// Where `key` sits among the keys, if it is there.
    #[inline]
    fn position(&self, key: u64) -> Option<usize> {
        let t = tag(key);
        let b = bucket(t, self.bits);
        let (start, end) = (self.starts.get(b)?, self.starts.get(b + 1)?);
        self.tags.find(start as usize..end as usize, t)
    }

    /// The ids under `key`.
    pub(crate) fn get(&self, key: u64) -> Ids<'_> {
        let Some(value) = self.position(key).and_then(|at| self.values.get(at)) else { return Ids::One(None) };
        let encoding = self.values.encoding();
        if value & encoding.inline() != 0 {
            return Ids::One(Some(value & !encoding.inline()).filter(|&id| id < self.names));
        }
        if value & encoding.pair() != 0 {
            let first = (value & !encoding.pair()) >> encoding.gap_bits;
            let ids = [first, first + (value & encoding.gap_mask())].map(|id| Some(id).filter(|&id| id < self.names));
            return Ids::Pair(ids[0], ids[1]);
        }
        run(&self.postings, value, encoding)
            .and_then(|ids| self.postings.range(ids))
            .map_or(Ids::One(None), |ids| Ids::Run(ids, self.names))
    }

    /// Reads where each key's bucket starts and its first tag and value, so
    /// that looking them up next finds them in cache: these reads do not wait
    /// on one another from key to key, so the processor overlaps their cache
    /// misses (the table is far larger than a cache on long lists, and a
    /// check probes a hundred keys or more).
    pub(crate) fn warm(&self, keys: impl IntoIterator<Item = u64>) {
        let read = keys.into_iter().fold(0, |acc, key| {
            let at = self.starts.get(bucket(tag(key), self.bits)).unwrap_or(0) as usize;
            let first = match &self.tags {
                Tags::Low(t) => t.get(at).map(u32::from),
                Tags::Whole(t) => t.get(at),
            };
            acc ^ first.unwrap_or(0) ^ self.values.get(at).unwrap_or(0)
        });
        std::hint::black_box(read);
    }

    /// The table's parts, as a compiled index stores them: bucket bits,
    /// starts, tags, values and postings.
    pub(crate) fn parts(&self) -> (u32, &Flat<u32>, &Tags, &Values, &Flat<u32>) {
        (self.bits, &self.starts, &self.tags, &self.values, &self.postings)
    }

    /// A table from stored parts over `names` names, if they have its
    /// shape: tags of the width `bits` calls for, one per value, in buckets
    /// that start in order from 0 and end at the last key. Nothing else is
    /// read at load (the checksum has found damage by then, and millions of
    /// keys took most of a load to check): a lookup reads only within its
    /// bucket and its run (each bounds-checked), and yields only ids below
    /// `names`. Tags out of order or runs laid otherwise than `build` lays
    /// them, which only a forged index could hold, lose keys, never panic.
    pub(crate) fn from_parts(
        bits: u32,
        starts: Flat<u32>,
        tags: Tags,
        values: Values,
        postings: Flat<u32>,
        names: usize,
    ) -> Option<KeyTable> {
        let names = u32::try_from(names).ok()?;
        let table = KeyTable { bits, starts, tags, values, postings, names };
        table.has_its_shape().then_some(table)
    }

    fn has_its_shape(&self) -> bool {
        let keys = self.values.len();
        let width_ok = match self.tags {
            Tags::Low(_) => self.bits >= LOW_TAGS_FROM,
            Tags::Whole(_) => self.bits < LOW_TAGS_FROM,
        };
        if !width_ok || self.bits > MAX_BITS || self.starts.len() != (1 << self.bits) + 1 || self.tags.len() != keys {
            return false;
        }
        if self.starts.get(0) != Some(0) || self.starts.last().map(|s| s as usize) != Some(keys) {
            return false;
        }
        let mut ordered = true;
        let mut last = 0;
        self.starts.each(|s| {
            ordered &= s >= last;
            last = s;
        });
        ordered
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.starts.heap_bytes() + self.tags.heap_bytes() + self.values.heap_bytes() + self.postings.heap_bytes()
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
        let (far, three) = (hash(KeyKind::Exact, "far"), hash(KeyKind::Exact, "three"));
        for (h, id) in [(b, 1), (three, 1), (b, 2), (b, 2), (three, 3), (three, 4), (a, 7), (far, 7), (far, 700)] {
            pairs.push(h, id);
        }
        for id in 10..30 {
            pairs.push(c, id); // a run too long to keep its count in the slot
        }
        let table = KeyTable::build(pairs);
        let get = |key| table.get(key).collect::<Vec<u32>>();
        assert_eq!(get(a), [7]);
        assert_eq!(get(b), [1, 2]);
        assert!(matches!(table.get(b), Ids::Pair(..)), "two near ids in the value");
        assert_eq!(get(far), [7, 700]);
        assert_eq!(get(three), [1, 3, 4]);
        assert_eq!((table.get(far).len(), table.get(three).len()), (2, 3));
        assert_eq!(table.values.encoding(), Encoding::NARROW, "short lists' values take three bytes");
        // An id past three bytes' values: four bytes each.
        let mut pairs = Pairs::default();
        for (h, id) in [(a, 7), (b, 8), (b, 9), (c, 1 << 23)] {
            pairs.push(h, id);
        }
        let wide = KeyTable::build(pairs);
        assert_eq!(wide.values.encoding(), Encoding::WIDE);
        assert_eq!(wide.get(b).collect::<Vec<u32>>(), [8, 9]);
        assert_eq!(wide.get(c).collect::<Vec<u32>>(), [1 << 23]);
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

    /// A table's parts, owned, to damage.
    struct Parts {
        bits: u32,
        starts: Vec<u32>,
        tags: Vec<u32>,
        values: Vec<u32>,
        narrow: bool,
        postings: Vec<u32>,
    }

    impl Parts {
        fn of(table: &KeyTable) -> Parts {
            let (bits, starts, tags, values, postings) = table.parts();
            let tags = match tags {
                Tags::Low(t) => t.iter().map(u32::from).collect(),
                Tags::Whole(t) => t.iter().collect(),
            };
            let narrow = values.encoding() == Encoding::NARROW;
            let values = (0..values.len()).filter_map(|i| values.get(i)).collect();
            Parts { bits, starts: starts.iter().collect(), tags, values, narrow, postings: postings.iter().collect() }
        }

        /// The table these parts make, read in place from bytes as a compiled index reads it.
        fn load(&self, names: usize) -> Option<KeyTable> {
            let low = self.bits >= LOW_TAGS_FROM;
            let mut bytes: Vec<u8> = self.starts.iter().flat_map(|n| n.to_le_bytes()).collect();
            for &t in &self.tags {
                let le = t.to_le_bytes();
                bytes.extend_from_slice(if low { &le[..2] } else { &le });
            }
            let value_len = if self.narrow { 3 } else { 4 };
            for &v in &self.values {
                bytes.extend_from_slice(&v.to_le_bytes()[..value_len]);
            }
            let at = [self.starts.len() * 4, self.tags.len() * if low { 2 } else { 4 }, self.values.len() * value_len];
            bytes.extend(self.postings.iter().flat_map(|n| n.to_le_bytes()));
            let bytes = std::sync::Arc::new(bytes);
            let tags = if low {
                Tags::Low(Flat::shared(&bytes, at[0], self.tags.len())?)
            } else {
                Tags::Whole(Flat::shared(&bytes, at[0], self.tags.len())?)
            };
            let values = if self.narrow {
                Values::Narrow(Flat::shared(&bytes, at[0] + at[1], self.values.len())?)
            } else {
                Values::Wide(Flat::shared(&bytes, at[0] + at[1], self.values.len())?)
            };
            KeyTable::from_parts(
                self.bits,
                Flat::shared(&bytes, 0, self.starts.len())?,
                tags,
                values,
                Flat::shared(&bytes, at[0] + at[1] + at[2], self.postings.len())?,
                names,
            )
        }
    }

    /// A table of `keys` random keys over `names` names (each id under one
    /// key at random), finding every key's ids, built and loaded, and
    /// refused when damaged.
    fn a_table_of(keys: usize, names: u32) {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let keys: Vec<u64> = (0..keys).map(|_| next()).collect();
        let mut pairs = Pairs::default();
        let mut want: std::collections::HashMap<u32, Vec<u32>> = Default::default();
        for id in 0..names {
            let key = keys[(next() % keys.len() as u64) as usize];
            pairs.push(key, id);
            want.entry(tag(key)).or_default().push(id);
        }
        let table = KeyTable::build(pairs);
        for key in &keys {
            assert_eq!(table.get(*key).collect::<Vec<u32>>(), want.get(&tag(*key)).map_or(&[][..], |ids| &ids[..]));
        }
        let parts = Parts::of(&table);
        let loaded = parts.load(names as usize).expect("its own parts load");
        for key in keys.iter().step_by(7) {
            assert!(loaded.get(*key).eq(table.get(*key)));
            assert_eq!(loaded.get(!*key).len(), table.get(!*key).len());
        }
        // Loaded for fewer names, it never yields an id out of range.
        let fewer = parts.load(names as usize - 1).expect("the same shape");
        assert!(keys.iter().all(|&key| fewer.get(key).all(|id| id < names - 1)));
        let damaged = |damage: &dyn Fn(&mut Parts)| {
            let mut p = Parts::of(&table);
            damage(&mut p);
            p.load(names as usize)
        };
        // Another shape is refused.
        let b = (0..parts.starts.len() - 1).find(|&b| parts.starts[b + 1] - parts.starts[b] >= 2).expect("a full bucket");
        assert!(damaged(&|p| p.starts[b + 1] = p.starts[b + 2] + 1).is_none(), "buckets out of order");
        assert!(damaged(&|p| p.bits ^= 1).is_none(), "other bucket bits");
        assert!(
            damaged(&|p| {
                p.tags.pop();
            })
            .is_none(),
            "a key without its tag"
        );
        // Keys out of order, or runs over the same postings (a forged
        // index: the checksum finds damage) lose keys, never panic.
        let first = parts.starts[b] as usize;
        let encoding = table.values.encoding();
        let (inline, offsets) = (encoding.inline(), encoding.offset_mask());
        let runs: Vec<usize> = (0..parts.values.len()).filter(|&i| parts.values[i] & inline == 0).take(2).collect();
        for forged in [
            damaged(&|p| p.tags.swap(first, first + 1)),
            damaged(&|p| p.values[runs[1]] = (p.values[runs[1]] & !offsets) | (p.values[runs[0]] & offsets)),
            damaged(&|p| p.values.iter_mut().for_each(|v| *v = !*v & (inline | (inline - 1)))),
        ] {
            let forged = forged.expect("the same shape");
            assert!(keys.iter().all(|&key| forged.get(key).all(|id| id < names)));
        }
    }

    #[test]
    fn pairs_sort_by_their_tags_alone_keeping_the_ids_in_order() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut pairs: Vec<u64> = (0..50_000u64)
            .map(|id| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Few tags, each over many ids.
                ((((state % 3_000) * 0x9E37_79B9) & 0xFFFF_FFFF) << 32) | id
            })
            .collect();
        let mut want = pairs.clone();
        want.sort_by_key(|p| p >> 32);
        sort_by_tag(&mut pairs);
        assert_eq!(pairs, want);
    }

    #[test]
    fn a_large_table_finds_every_key_and_its_ids_in_order() {
        a_table_of(20_000, 30_000);
    }

    #[test]
    fn a_table_of_a_million_keys_stores_their_low_halves() {
        a_table_of(1_100_000, 1_600_000);
        let table =
            KeyTable::build(Pairs((0..1_100_000u64).map(|i| (u64::from(tag(i.wrapping_mul(0x9E37_79B9_7F4A_7C15))) << 32) | i).collect()));
        assert!(matches!(table.parts().2, Tags::Low(_)));
        assert!(table.heap_bytes() < 1_100_000 * 7, "{}", table.heap_bytes());
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
