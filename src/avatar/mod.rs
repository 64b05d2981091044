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

/// Hamming distance at or below which two hashes are taken as the same picture.
/// Placeholder until thresholds are chosen from measurement (issue 4).
pub const SAME_PICTURE_MAX_DISTANCE: u32 = 31;

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
        self.hashes
            .iter()
            .map(|(h, e)| AvatarMatch { entry: *e, distance: h.hamming(hash) })
            .filter(|m| m.distance <= SAME_PICTURE_MAX_DISTANCE)
            .min_by_key(|m| m.distance)
    }
}
