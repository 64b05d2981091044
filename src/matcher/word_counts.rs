//! How many entries' names each word appears in (`tokenset::Distinctiveness`),
//! stored flat: an ordered table of the words' hashes (as `keys::KeyTable`
//! orders its tags) giving where each word's bytes sit and its count. The
//! index's words are read where they lie in its names' arena (`over`): the
//! table holds no text of its own (a copy of every word was 4.2 MB of the
//! 7.8 at 100,000 entries). A compiled index stores the slots, so loading
//! copies them and reads the words in place (`flat`) instead of allocating
//! a string per word. A word is read only to be compared with the one asked
//! for, byte for byte.

use super::flat::Bytes;
use crate::text::hash::{fnv1a, FNV_OFFSET};
use std::collections::HashMap;
use std::hash::BuildHasher;

/// Words per home slot: 90 %, as the key table.
const LOAD: (usize, usize) = (9, 10);
/// Words longer than this (in bytes) are not stored: `text` keeps words far
/// shorter (64 letters), and a word never stored counts as unseen.
const MAX_WORD: usize = u16::MAX as usize;

/// One slot: the word's hash, where its bytes start and how many there are,
/// and its count (0: the slot is empty).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub hash: u32,
    pub start: u32,
    pub len: u32,
    pub count: u32,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WordCounts {
    /// How many slots hashes are spread over; `slots` may be longer (the last one empty).
    homes: usize,
    slots: Vec<Slot>,
    /// The bytes the words lie in (the names' arena, for the index's).
    text: Bytes,
}

fn hash(word: &str) -> u32 {
    let h = fnv1a(FNV_OFFSET, word.as_bytes());
    ((h >> 32) ^ h) as u32
}

/// The home slot of a hash: monotone in the hash.
fn home(hash: u32, homes: usize) -> usize {
    ((u64::from(hash) * homes as u64) >> 32) as usize
}

/// Counted words, keyed by owned or borrowed text: the words copied into a
/// text of their own (the index's words lie in its names: `over`).
impl<W: AsRef<str>, S: BuildHasher> From<HashMap<W, u32, S>> for WordCounts {
    fn from(counts: HashMap<W, u32, S>) -> WordCounts {
        let mut words: Vec<(u32, W, u32)> =
            counts.into_iter().filter(|(w, c)| *c > 0 && w.as_ref().len() <= MAX_WORD).map(|(w, c)| (hash(w.as_ref()), w, c)).collect();
        // By hash, then word: the same counts give the same bytes.
        words.sort_unstable_by(|a, b| (a.0, a.1.as_ref()).cmp(&(b.0, b.1.as_ref())));
        let mut text = Vec::with_capacity(words.iter().map(|(_, w, _)| w.as_ref().len()).sum());
        let mut slots = Vec::with_capacity(words.len());
        for (hash, word, count) in words {
            let word = word.as_ref().as_bytes();
            slots.push(Slot { hash, start: text.len() as u32, len: word.len() as u32, count });
            text.extend_from_slice(word);
        }
        WordCounts::laid_out(slots, Bytes::Owned(text))
    }
}

impl WordCounts {
    /// Counted words that lie in `text`: each word with where its bytes
    /// start there and its count. None is copied.
    pub(crate) fn over<'a>(counts: impl IntoIterator<Item = (&'a str, (u32, u32))>, text: Bytes) -> WordCounts {
        let mut words: Vec<(u32, &str, u32, u32)> = counts
            .into_iter()
            .filter(|(w, (_, c))| *c > 0 && w.len() <= MAX_WORD)
            .map(|(w, (start, count))| (hash(w), w, start, count))
            .collect();
        // By hash, then word: the same counts give the same slots.
        words.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let slots = words.into_iter().map(|(hash, w, start, count)| Slot { hash, start, len: w.len() as u32, count }).collect();
        WordCounts::laid_out(slots, text)
    }

    /// The table of `words` (by hash, then word), each in the first free
    /// slot from its home on.
    fn laid_out(words: Vec<Slot>, text: Bytes) -> WordCounts {
        let homes = (words.len() * LOAD.1 / LOAD.0).max(16);
        let mut slots = vec![Slot::default(); homes + 1];
        let mut next = 0;
        for word in words {
            let at = home(word.hash, homes).max(next);
            if at + 1 >= slots.len() {
                slots.resize(at + 2, Slot::default()); // the last slot stays empty
            }
            slots[at] = word;
            next = at + 1;
        }
        // Growing past the last home doubled the slots' room: a third of the table, unused.
        slots.shrink_to_fit();
        WordCounts { homes, slots, text }
    }

    /// The count of `word`, if it was counted.
    pub fn get(&self, word: &str) -> Option<&u32> {
        let h = hash(word);
        for slot in self.slots.iter().skip(home(h, self.homes)) {
            if slot.count == 0 || slot.hash > h {
                return None;
            }
            if slot.hash == h && self.word(slot) == Some(word.as_bytes()) {
                return Some(&slot.count);
            }
        }
        None
    }

    fn word(&self, slot: &Slot) -> Option<&[u8]> {
        self.text.get(slot.start as usize..(slot.start as usize).checked_add(slot.len as usize)?)
    }

    /// The home count, slots and words, as a compiled index stores them.
    pub(crate) fn parts(&self) -> (usize, &[Slot], &[u8]) {
        (self.homes, &self.slots, &self.text)
    }

    /// Counts from stored parts, if they make a table: more slots than homes,
    /// the last one empty (a probe stops there). Nothing else is checked at
    /// load (the checksum has found damage by then): a slot is read only
    /// within its bytes, and counts only for the very word it holds, so a
    /// forged one loses a word, never gives another's count.
    pub(crate) fn from_parts(homes: usize, slots: Vec<Slot>, text: Bytes) -> Option<WordCounts> {
        (slots.len() > homes && slots.last()?.count == 0).then_some(WordCounts { homes, slots, text })
    }

    /// Heap bytes of the slots (the words' text is counted where it lies: the names' arena for the index's).
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(words: &[(&str, u32)]) -> WordCounts {
        let map: HashMap<String, u32> = words.iter().map(|&(w, c)| (w.to_string(), c)).collect();
        WordCounts::from(map)
    }

    #[test]
    fn every_counted_word_reads_back_its_count_and_no_other_word_does() {
        let words: Vec<(String, u32)> = (0..5000).map(|i| (format!("كلمة{i}"), i % 7 + 1)).collect();
        let table = counts(&words.iter().map(|(w, c)| (w.as_str(), *c)).collect::<Vec<_>>());
        for (w, c) in &words {
            assert_eq!(table.get(w), Some(c), "{w}");
        }
        assert_eq!(table.get("hespress"), None);
        assert_eq!(table.get(""), None);
        assert_eq!(table.slots.iter().filter(|s| s.count > 0).count(), 5000);
        assert!(WordCounts::default().get("a").is_none());
    }

    #[test]
    fn stored_parts_load_back_and_damaged_ones_are_refused() {
        let table = counts(&[("hespress", 2), ("أخبار", 40), ("maroc", 9)]);
        let (homes, slots, text) = table.parts();
        let text = || Bytes::Owned(text.to_vec());
        assert_eq!(WordCounts::from_parts(homes, slots.to_vec(), text()), Some(table.clone()));
        assert_eq!(WordCounts::from_parts(slots.len(), slots.to_vec(), text()), None, "no empty slot after the homes");
        // A slot over other bytes than its word's (forged: the checksum finds damage) loses that word.
        let mut wrong = slots.to_vec();
        let at = wrong.iter().position(|s| s.count > 0).expect("a word");
        wrong[at].len += 1;
        let forged = WordCounts::from_parts(homes, wrong, text()).expect("the same shape");
        let lost = ["hespress", "أخبار", "maroc"].into_iter().filter(|w| forged.get(w).is_none()).count();
        assert_eq!(lost, 1);
    }
}
