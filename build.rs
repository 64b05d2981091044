//! Fingerprints the code a built index depends on (`src/matcher`, `src/text`,
//! `src/list`): a compiled index (`matcher::compiled`) made by another build
//! of these is refused, since its keys may no longer be the ones this build
//! looks up. FNV-1a over every file's path and bytes, in path order.

use std::path::{Path, PathBuf};

const DIRS: &[&str] = &["src/matcher", "src/text", "src/list"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(read) = std::fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn main() {
    let mut paths = Vec::new();
    for dir in DIRS {
        println!("cargo:rerun-if-changed={dir}");
        files(Path::new(dir), &mut paths);
    }
    paths.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &paths {
        let bytes = std::fs::read(path).unwrap_or_default();
        for &b in path.to_string_lossy().as_bytes().iter().chain(&bytes) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=ASLI_INDEX_FINGERPRINT={h:016x}");
}
