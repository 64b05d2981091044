//! PDQ of a 320×320 avatar, beside a naive baseline (filled in below).
fn main() {}
