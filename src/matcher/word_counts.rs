//! How many entries' names each word appears in (`tokenset::Distinctiveness`),
//! stored flat: every word in one string, and an ordered table of the words'
//! hashes (as `keys::KeyTable` orders its tags) giving where each word sits
//! and its count. Made from counted words once; a compiled index stores the
//! two parts as they are, so loading copies them and checks them once
//! instead of allocating a string per word.

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
    text: String,
}

fn hash(word: &str) -> u32 {
    let h = fnv1a(FNV_OFFSET, word.as_bytes());
    ((h >> 32) ^ h) as u32
}

/// The home slot of a hash: monotone in the hash.
fn home(hash: u32, homes: usize) -> usize {
    ((u64::from(hash) * homes as u64) >> 32) as usize
}

impl<S: BuildHasher> From<HashMap<String, u32, S>> for WordCounts {
    fn from(counts: HashMap<String, u32, S>) -> WordCounts {
        let mut words: Vec<(u32, String, u32)> =
            counts.into_iter().filter(|(w, c)| *c > 0 && w.len() <= MAX_WORD).map(|(w, c)| (hash(&w), w, c)).collect();
        words.sort_unstable(); // by hash, then word: the same counts give the same bytes
        let homes = (words.len() * LOAD.1 / LOAD.0).max(16);
        let mut table = WordCounts { homes, slots: vec![Slot::default(); homes + 1], text: String::new() };
        table.text.reserve(words.iter().map(|(_, w, _)| w.len()).sum());
        let mut next = 0;
        for (h, word, count) in words {
            let at = home(h, homes).max(next);
            if at + 1 >= table.slots.len() {
                table.slots.resize(at + 2, Slot::default()); // the last slot stays empty
            }
            table.slots[at] = Slot { hash: h, start: table.text.len() as u32, len: word.len() as u32, count };
            table.text.push_str(&word);
            next = at + 1;
        }
        table
    }
}

impl WordCounts {
    /// The count of `word`, if it was counted.
    pub fn get(&self, word: &str) -> Option<&u32> {
        let h = hash(word);
        for slot in self.slots.iter().skip(home(h, self.homes)) {
            if slot.count == 0 || slot.hash > h {
                return None;
            }
            if slot.hash == h && self.word(slot) == Some(word) {
                return Some(&slot.count);
            }
        }
        None
    }

    fn word(&self, slot: &Slot) -> Option<&str> {
        self.text.get(slot.start as usize..(slot.start as usize).checked_add(slot.len as usize)?)
    }

    /// The home count, slots and words, as a compiled index stores them.
    pub(crate) fn parts(&self) -> (usize, &[Slot], &str) {
        (self.homes, &self.slots, &self.text)
    }

    /// Counts from stored parts, if they make a table: more slots than homes,
    /// the last one empty, the words' hashes ascending, and each word a whole
    /// run of `text` with the hash it is stored under.
    pub(crate) fn from_parts(homes: usize, slots: Vec<Slot>, text: String) -> Option<WordCounts> {
        if slots.len() <= homes || slots.last()?.count != 0 {
            return None;
        }
        let table = WordCounts { homes, slots, text };
        let mut last = None;
        for slot in table.slots.iter().filter(|s| s.count > 0) {
            if last.is_some_and(|l| l >= (slot.hash, slot.start)) || table.word(slot).map(hash) != Some(slot.hash) {
                return None;
            }
            last = Some((slot.hash, slot.start));
        }
        Some(table)
    }

    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>() + self.text.capacity()
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
        assert_eq!(WordCounts::from_parts(homes, slots.to_vec(), text.to_string()), Some(table.clone()));
        let mut wrong = slots.to_vec();
        let at = wrong.iter().position(|s| s.count > 0).expect("a word");
        wrong[at].len += 1;
        assert_eq!(WordCounts::from_parts(homes, wrong, text.to_string()), None, "a word that is not the one hashed");
        assert_eq!(WordCounts::from_parts(slots.len(), slots.to_vec(), text.to_string()), None, "no empty slot after the homes");
    }
}
