//! Asli's engine: given what a Facebook page shows (its id, handle, name, avatar
//! and creation signals) and one or more signed lists of real accounts, decide
//! whether the page is one of them, imitates one of them, or neither.
//!
//! No browser types live here: the same crate builds natively (the `asli` CLI,
//! tests, benchmarks) and for wasm32 (through `crates/asli-wasm`).

pub mod avatar;
pub mod engine;
pub mod judge;
pub mod list;
pub mod matcher;
pub mod profile;
pub mod text;
pub mod verdict;

pub use engine::Engine;
pub use list::{Account, Entry, List};
pub use profile::Profile;
pub use verdict::{Reason, Verdict, VerdictKind};
