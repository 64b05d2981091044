//! The index as bytes (`asli list compile`, and the extension's copy of the
//! index of the lists in force): loading them costs a checksum and a check
//! of the parts instead of folding and keying every listed name again. The
//! large parts (the names' arena, the key table, the words counted) are read
//! in place from the loaded bytes (`flat`), not copied.
//!
//! Bytes from outside are never trusted. They are refused (`CompiledError`),
//! and the caller builds the index instead, when they were made by another
//! format version or another build of the matching code (`FINGERPRINT`), for
//! other lists (`lists_hash`) or another number of entries, when their
//! checksum fails (damage), or when a part does not hold together (a name
//! that does not read back whole, of no entry; a key table of other sizes;
//! account owners out of order). The key table's millions of ids are
//! checked where they are read (`keys`), and a word's count is read only for
//! that very word (`word_counts`): bytes forged to pass the checksum lose
//! keys or words there, never give an id out of range. Loading never panics,
//! whatever the bytes.
//!
//! Layout, little-endian: `MAGIC`, format version (u32), fingerprint (16
//! ASCII hex digits), lists hash (32 bytes), entries (u32), body length (u64),
//! body checksum (u64, `checksum`), then the body: the name records (count,
//! then entry u32, start u32, name u16, flags u16 each), the arena (length,
//! bytes), the key table's bucket bits (u32), bucket starts (count, u32
//! each), tags (count, u16 each from 16 bucket bits on, else u32), the
//! values' width in bytes (u32: 3 or 4) and the values (count, each in that
//! width), postings (count, u32 each), the word counts (entries u32, homes u32, slots: count,
//! then hash, start, length and count u32 each; the words are read in the arena),
//! the account owners (by id, by handle, then the entries by their own id:
//! count, u64 each; `accounts`). What is cheap
//! to derive (each entry's first name, the sound threshold) is not stored.

use super::accounts::Accounts;
use super::flat::{Bytes, Flat, Le, Shared};
use super::keys::{KeyTable, Tags, Values, LOW_TAGS_FROM};
use super::store::{NameStore, Record};
use super::tokenset::Distinctiveness;
use super::word_counts::{Slot as WordSlot, WordCounts};
use super::Index;
use crate::list::Entry;
use sha2::{Digest, Sha256};
use std::fmt;
use std::sync::Arc;

/// The first bytes of a compiled index.
const MAGIC: &[u8; 8] = b"ASLI.IDX";
/// Bumped whenever the layout changes.
pub const FORMAT_VERSION: u32 = 9;
/// Identifies the build of the matching code (`build.rs`): another build may
/// key names otherwise, so its bytes are refused.
pub const FINGERPRINT: &str = env!("ASLI_INDEX_FINGERPRINT");
/// Bytes before the body: magic, version, fingerprint, hash, entries, length, checksum.
const HEADER_LEN: usize = 8 + 4 + 16 + 32 + 4 + 8 + 8;
/// Bytes of one stored name record.
const RECORD_LEN: usize = 12;
/// Bytes of one slot of the word counts.
const WORD_SLOT_LEN: usize = 16;

/// Why compiled bytes were refused; the caller builds the index instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompiledError {
    /// Not a compiled index, or cut short.
    NotAnIndex,
    /// Another format version or another build of the matching code.
    OtherVersion,
    /// Made for other lists (or another number of entries).
    OtherLists,
    /// The checksum or a part's consistency failed.
    Corrupt,
}

impl fmt::Display for CompiledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CompiledError::NotAnIndex => "not a compiled index",
            CompiledError::OtherVersion => "compiled by another version of the engine",
            CompiledError::OtherLists => "compiled for other lists",
            CompiledError::Corrupt => "the compiled index is damaged",
        })
    }
}

impl std::error::Error for CompiledError {}

/// SHA-256 of the lists' texts, in order, each preceded by its length (u64
/// LE): what a compiled index is made for. Labels are not part of it.
pub fn lists_hash(texts: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"asli.lists.v1");
    for t in texts {
        h.update((t.len() as u64).to_le_bytes());
        h.update(t.as_bytes());
    }
    h.finalize().into()
}

/// A fast 64-bit checksum of the body (four lanes of 8 bytes at a time,
/// multiply-xorshift, then folded): it finds damage, not tampering (whoever
/// can rewrite the stored index can rewrite the stored lists too).
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mix = |h: u64, w: u64| {
        let h = (h ^ w).wrapping_mul(K);
        h ^ (h >> 29)
    };
    let mut lanes = [bytes.len() as u64 ^ K, 1, 2, 3];
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        // A block as an array and its lanes written out: no loop nor bounds
        // check within a block (twice as fast as zipping its chunks).
        let block: &[u8; 32] = block.try_into().unwrap_or(&[0; 32]);
        let word = |at: usize| {
            let mut w = [0; 8];
            w.copy_from_slice(&block[at..at + 8]);
            u64::from_le_bytes(w)
        };
        lanes = [mix(lanes[0], word(0)), mix(lanes[1], word(8)), mix(lanes[2], word(16)), mix(lanes[3], word(24))];
    }
    let mut h = lanes.iter().fold(0, |h, &lane| mix(h, lane));
    for &b in blocks.remainder() {
        h = mix(h, u64::from(b));
    }
    h
}

impl Index {
    /// The index as bytes, for lists whose `lists_hash` is `hash`, over `entries` entries.
    pub fn to_bytes(&self, hash: &[u8; 32], entries: usize) -> Vec<u8> {
        // The header first (its length and checksum filled in at the end), then the body.
        let mut out = Vec::with_capacity(HEADER_LEN + self.names.arena.len() + self.keys.heap_bytes() + self.names.len() * RECORD_LEN);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(FINGERPRINT.as_bytes());
        out.extend_from_slice(hash);
        put_u32(&mut out, entries);
        out.resize(HEADER_LEN, 0);
        let store = &self.names;
        put_u32(&mut out, store.records.len());
        for r in &store.records {
            out.extend_from_slice(&r.entry.to_le_bytes());
            out.extend_from_slice(&r.start.to_le_bytes());
            out.extend_from_slice(&r.name.to_le_bytes());
            out.extend_from_slice(&r.flags.to_le_bytes());
        }
        put_u32(&mut out, store.arena.len());
        out.extend_from_slice(&store.arena);
        let (bits, starts, tags, values, postings) = self.keys.parts();
        put_u32(&mut out, bits as usize);
        put_flat(&mut out, starts, u32::to_le_bytes);
        match tags {
            Tags::Low(tags) => put_flat(&mut out, tags, u16::to_le_bytes),
            Tags::Whole(tags) => put_flat(&mut out, tags, u32::to_le_bytes),
        }
        match values {
            Values::Narrow(values) => {
                put_u32(&mut out, 3);
                put_flat(&mut out, values, |v| v.0);
            }
            Values::Wide(values) => {
                put_u32(&mut out, 4);
                put_flat(&mut out, values, u32::to_le_bytes);
            }
        }
        put_flat(&mut out, postings, u32::to_le_bytes);
        put_u32(&mut out, self.distinct.entries as usize);
        // The words lie in the names' arena: only the slots are stored.
        let (homes, slots, _) = self.distinct.df.parts();
        put_u32(&mut out, homes);
        put_u32(&mut out, slots.len());
        for slot in slots {
            for n in [slot.hash, slot.start, slot.len, slot.count] {
                out.extend_from_slice(&n.to_le_bytes());
            }
        }
        for table in self.accounts.parts() {
            put_u32(&mut out, table.len());
            for p in table {
                out.extend_from_slice(&p.to_le_bytes());
            }
        }
        reseal(&mut out);
        out
    }

    /// The index these bytes hold, if they were compiled by this build for
    /// these `entries` (whose lists hash to `hash`) and hold together (the
    /// bytes copied once: `from_owned_bytes` keeps them without a copy).
    pub fn from_bytes(bytes: &[u8], hash: &[u8; 32], entries: &[Entry]) -> Result<Index, CompiledError> {
        check_header(bytes, hash, entries)?;
        read_body(&Arc::new(bytes.to_vec()), entries).ok_or(CompiledError::Corrupt)
    }

    /// `from_bytes`, keeping `bytes`: the index reads its large parts in place.
    pub fn from_owned_bytes(bytes: Vec<u8>, hash: &[u8; 32], entries: &[Entry]) -> Result<Index, CompiledError> {
        check_header(&bytes, hash, entries)?;
        read_body(&Arc::new(bytes), entries).ok_or(CompiledError::Corrupt)
    }
}

/// Whether the header says these bytes were compiled by this build for
/// these `entries` (whose lists hash to `hash`), and the body's checksum holds.
fn check_header(bytes: &[u8], hash: &[u8; 32], entries: &[Entry]) -> Result<(), CompiledError> {
    let mut r = Reader { bytes };
    if r.take(MAGIC.len()) != Some(MAGIC.as_slice()) {
        return Err(CompiledError::NotAnIndex);
    }
    let version = r.u32().ok_or(CompiledError::NotAnIndex)?;
    let fingerprint = r.take(FINGERPRINT.len()).ok_or(CompiledError::NotAnIndex)?;
    if version != FORMAT_VERSION || fingerprint != FINGERPRINT.as_bytes() {
        return Err(CompiledError::OtherVersion);
    }
    let stored_hash = r.take(32).ok_or(CompiledError::NotAnIndex)?;
    let stored_entries = r.u32().ok_or(CompiledError::NotAnIndex)?;
    if stored_hash != hash.as_slice() || stored_entries as usize != entries.len() {
        return Err(CompiledError::OtherLists);
    }
    let body_len = r.u64().ok_or(CompiledError::NotAnIndex)?;
    let sum = r.u64().ok_or(CompiledError::NotAnIndex)?;
    if body_len != r.bytes.len() as u64 {
        return Err(CompiledError::NotAnIndex);
    }
    if checksum(r.bytes) != sum {
        return Err(CompiledError::Corrupt);
    }
    Ok(())
}

/// Makes `bytes` pass the header's own checks: this build's version and
/// fingerprint, the body's length and checksum (what follows is left as it
/// is). A testing aid: the fuzz target reaches the parts behind the checksum
/// with it.
#[doc(hidden)]
pub fn reseal(bytes: &mut [u8]) {
    if bytes.len() < HEADER_LEN {
        return;
    }
    let (header, body) = bytes.split_at_mut(HEADER_LEN);
    header[..8].copy_from_slice(MAGIC);
    header[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    header[12..28].copy_from_slice(FINGERPRINT.as_bytes());
    header[HEADER_LEN - 16..HEADER_LEN - 8].copy_from_slice(&(body.len() as u64).to_le_bytes());
    header[HEADER_LEN - 8..].copy_from_slice(&checksum(body).to_le_bytes());
}

/// The parts of the body (after the header of `all`, which `check_header`
/// passed), each checked; the large ones read in place.
fn read_body(all: &Shared, entries: &[Entry]) -> Option<Index> {
    let mut r = Reader { bytes: all.get(HEADER_LEN..)? };
    // Where the reader is in `all`.
    let at = |r: &Reader| all.len() - r.bytes.len();
    let n = r.count(RECORD_LEN)?;
    let records: Vec<Record> = r
        .take(n * RECORD_LEN)?
        .chunks_exact(RECORD_LEN)
        .map(|c| Record {
            entry: u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            start: u32::from_le_bytes([c[4], c[5], c[6], c[7]]),
            name: u16::from_le_bytes([c[8], c[9]]),
            flags: u16::from_le_bytes([c[10], c[11]]),
        })
        .collect();
    let arena_len = r.count(1)?;
    let start = at(&r);
    r.take(arena_len)?;
    let arena = Bytes::shared(all, start..start + arena_len)?;
    let names = NameStore { records, arena };
    if !names.validate(entries.len()) || names.records.iter().any(|rec| usize::from(rec.name) >= entries[rec.entry as usize].names.len()) {
        return None;
    }
    let bits = r.u32()?;
    let starts = r.flat(all)?;
    let tags = if bits >= LOW_TAGS_FROM { Tags::Low(r.flat(all)?) } else { Tags::Whole(r.flat(all)?) };
    let values = match r.u32()? {
        3 => Values::Narrow(r.flat(all)?),
        4 => Values::Wide(r.flat(all)?),
        _ => return None,
    };
    let postings = r.flat(all)?;
    let keys = KeyTable::from_parts(bits, starts, tags, values, postings, names.len())?;
    let entries_counted = r.u32()?;
    let homes = r.u32()? as usize;
    let n = r.count(WORD_SLOT_LEN)?;
    let slots = r
        .take(n * WORD_SLOT_LEN)?
        .chunks_exact(WORD_SLOT_LEN)
        .map(|c| {
            let at = |i: usize| u32::from_le_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]);
            WordSlot { hash: at(0), start: at(4), len: at(8), count: at(12) }
        })
        .collect();
    let distinct = Distinctiveness { entries: entries_counted, df: WordCounts::from_parts(homes, slots, names.arena.clone())? };
    let mut owners = [Vec::new(), Vec::new(), Vec::new()];
    for table in &mut owners {
        let n = r.count(8)?;
        *table = r.take(n * 8)?.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default())).collect();
    }
    let accounts = Accounts::from_parts(owners, entries.len())?;
    if !r.bytes.is_empty() {
        return None;
    }
    let mut index = Index { accounts, names, keys, distinct, ..Default::default() };
    index.derive_from_names();
    Some(index)
}

/// An array of integers: its count, then each one.
fn put_flat<T: Le, const N: usize>(out: &mut Vec<u8>, items: &Flat<T>, le: fn(T) -> [u8; N]) {
    put_u32(out, items.len());
    for n in items.iter() {
        out.extend_from_slice(&le(n));
    }
}

fn put_u32(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n.min(u32::MAX as usize) as u32).to_le_bytes());
}

/// Reads the bytes in order, bounds-checked.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let head = self.bytes.get(..n)?;
        self.bytes = &self.bytes[n..];
        Some(head)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Option<u64> {
        self.array().map(u64::from_le_bytes)
    }

    /// An array of integers (`put_flat`), read in place from `all` (whose tail the reader is).
    fn flat<T: Le>(&mut self, all: &Shared) -> Option<Flat<T>> {
        let n = self.count(T::SIZE)?;
        let items = Flat::shared(all, all.len() - self.bytes.len(), n)?;
        self.take(n * T::SIZE)?;
        Some(items)
    }

    /// A count of items of `item_len` bytes each, if that many bytes follow
    /// (so that no allocation is sized by a count the bytes cannot hold).
    fn count(&mut self, item_len: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(item_len)? <= self.bytes.len()).then_some(n)
    }
}
