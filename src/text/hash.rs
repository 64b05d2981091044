//! FNV-1a, the one hash the engine uses for its word sets and its index keys:
//! fast on short keys, and neither needs protection against crafted collisions
//! (a collision only adds a candidate that verification then rejects).

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Continues the FNV-1a hash `h` over `bytes` (start from `FNV_OFFSET`).
pub(crate) fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}
