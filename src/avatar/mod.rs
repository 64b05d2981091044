//! Avatar hashing (PDQ) and the search for a listed logo among hashes.
//!
//! - [`luma`]: pixels (RGB/RGBA bytes) to the luminance plane PDQ reads.
//! - [`pdq`]: Meta's PDQ hash and quality score of one plane.
//! - [`robust`]: the several hashes of one avatar (border trimmed, centre crops)
//!   that survive what impersonators do to a stolen logo.
//! - here: the hash type and the index of listed avatars, searched by Hamming distance.

pub mod luma;
pub mod pdq;
pub mod robust;

pub use luma::{ImageError, LumaPlane, PixelLayout};
pub use pdq::{hash_pixels, PdqOutput};

use std::fmt;

/// A 256-bit PDQ hash, most significant bit first as Meta prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PdqHash(pub [u8; 32]);

impl PdqHash {
    pub fn from_hex(hex: &str) -> Option<PdqHash> {
        let hex = hex.trim();
        if hex.len() != 64 || !hex.is_ascii() {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(PdqHash(out))
    }

    pub fn hamming(&self, other: &PdqHash) -> u32 {
        self.0.iter().zip(other.0.iter()).map(|(a, b)| (a ^ b).count_ones()).sum()
    }
}

impl fmt::Display for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

use crate::list::Entry;
use crate::matcher::EntryIndex;

/// A listed logo that a profile's avatar is close to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AvatarMatch {
    pub entry: EntryIndex,
    pub distance: u32,
}

/// Hamming distance at or below which two avatars are taken as the same picture
/// (the smallest distance between their robust hashes). Chosen from measurement
/// (docs/avatar-thresholds.md): no unrelated pair of ~330 000 came this close
/// (nearest: 46), and 94 % of transformed copies do.
pub const SAME_PICTURE_MAX_DISTANCE: u32 = 40;

/// Hamming distance at or below which two avatars are taken as a similar
/// picture: supporting evidence beside a similar name, not enough alone.
/// 0.002 % of unrelated pairs measured this close (6 of ~330 000), 95 % of copies.
pub const SIMILAR_PICTURE_MAX_DISTANCE: u32 = 48;

/// The listed avatars' hashes, searchable by Hamming distance.
#[derive(Debug, Default)]
pub struct AvatarIndex {
    hashes: Vec<(PdqHash, EntryIndex)>,
}

impl AvatarIndex {
    pub fn build(entries: &[Entry]) -> AvatarIndex {
        let hashes = entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.avatars.iter().filter_map(move |h| PdqHash::from_hex(h).map(|h| (h, i))))
            .collect();
        AvatarIndex { hashes }
    }

    /// Remembers another real avatar of an entry (the extension learns them from verified pages).
    pub fn add(&mut self, hash: PdqHash, entry: EntryIndex) {
        if !self.hashes.contains(&(hash, entry)) {
            self.hashes.push((hash, entry));
        }
    }

    /// The closest listed avatar within the same-picture distance, if any.
    pub fn best_match(&self, hash: &PdqHash) -> Option<AvatarMatch> {
        self.best_match_any(std::slice::from_ref(hash))
    }

    /// The closest listed avatar to any of a page's hashes (its robust
    /// variants, `robust::usable`) within the same-picture distance, if any.
    pub fn best_match_any(&self, hashes: &[PdqHash]) -> Option<AvatarMatch> {
        self.nearest(hashes).filter(|m| m.distance <= SAME_PICTURE_MAX_DISTANCE)
    }

    /// The closest listed avatar to any of the hashes, however far.
    pub fn nearest(&self, hashes: &[PdqHash]) -> Option<AvatarMatch> {
        self.hashes
            .iter()
            .flat_map(|(h, e)| hashes.iter().map(move |q| AvatarMatch { entry: *e, distance: h.hamming(q) }))
            .min_by_key(|m| m.distance)
    }

    /// How many listed hashes the index holds.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

impl PdqHash {
    /// Every hash in a text of hex hashes separated by commas or white space
    /// (how a page's several robust hashes travel in one field); others skipped.
    pub fn parse_many(text: &str) -> Vec<PdqHash> {
        text.split(|c: char| c == ',' || c.is_whitespace()).filter_map(PdqHash::from_hex).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(byte: u8) -> PdqHash {
        PdqHash([byte; 32])
    }

    #[test]
    fn hex_round_trips_most_significant_bit_first() {
        let hex = "d8f8f0cec0f4a84f0637022a278f67f0b36e2ed596621e1d33e6339c4e9c9b22";
        let hash = PdqHash::from_hex(hex).unwrap();
        assert_eq!(hash.0[0], 0xd8);
        assert_eq!(hash.to_string(), hex);
        assert!(PdqHash::from_hex("d8f8").is_none());
        assert!(PdqHash::from_hex(&"zz".repeat(32)).is_none());
    }

    #[test]
    fn parse_many_skips_what_is_not_a_hash() {
        let text = format!("{}, nonsense {}", h(1), h(2));
        assert_eq!(PdqHash::parse_many(&text), vec![h(1), h(2)]);
    }

    #[test]
    fn best_match_any_takes_the_closest_of_several_query_hashes() {
        let mut index = AvatarIndex::default();
        index.add(h(0x00), 0);
        index.add(h(0xff), 1);
        index.add(h(0xff), 1);
        assert_eq!(index.len(), 2);
        // 0x01 per byte: 32 bits from entry 0; 0xfe: 32 bits from entry 1.
        assert_eq!(index.best_match_any(&[h(0x01)]), Some(AvatarMatch { entry: 0, distance: 32 }));
        let near_one = PdqHash([0xff; 32]);
        assert_eq!(index.best_match_any(&[h(0x0f), near_one]), Some(AvatarMatch { entry: 1, distance: 0 }));
        assert_eq!(index.best_match_any(&[h(0x0f)]), None, "128 bits from both");
        assert_eq!(index.nearest(&[h(0x0f)]).map(|m| m.distance), Some(128));
        assert_eq!(index.best_match_any(&[]), None);
    }
}
