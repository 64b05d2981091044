//! PDQ agrees with Meta's reference (`tests/fixtures/pdq/expected.txt`, see its SOURCES.md: the C++ code
//! through the `pdqhash` Python bindings, on Pillow-decoded RGB at full size):
//! within 2 bits on images of 512 px or less, within 10 bits on larger ones,
//! where JPEG decoders (libjpeg in Pillow, the `image` crate here) differ a little.
//! Flat pictures (quality < 50, hashes the reference ignores) need only agree
//! on being flat.
#![cfg(feature = "cli")]

use asli::avatar::{hash_pixels, PdqHash, PixelLayout};
use std::path::{Path, PathBuf};

fn reference_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdq")
}

struct Expected {
    hash: PdqHash,
    quality: u8,
    file: String,
    largest_side: u32,
}

fn expected(dir: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Expected {
                hash: PdqHash::from_hex(f[0]).unwrap(),
                quality: f[1].parse().unwrap(),
                file: f[2].to_string(),
                largest_side: f[3].parse::<u32>().unwrap().max(f[4].parse().unwrap()),
            }
        })
        .collect()
}

#[test]
fn hashes_agree_with_the_reference_implementation() {
    let dir = reference_dir();
    let cases = expected(&dir);
    assert!(cases.len() >= 30, "expected.txt has {} images", cases.len());
    let (mut worst_small, mut worst_large) = (0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let rgb = image::open(dir.join("images").join(&case.file)).unwrap().to_rgb8();
        let (w, h) = rgb.dimensions();
        let out = hash_pixels(rgb.as_raw(), w, h, PixelLayout::Rgb).unwrap();
        let off = out.hash.hamming(&case.hash);
        let (limit, worst) = if case.largest_side <= 512 { (2, &mut worst_small) } else { (10, &mut worst_large) };
        if case.quality >= 50 {
            *worst = (*worst).max(off);
        }
        eprintln!("{:>3} bits off, quality {:>3} (ref {:>3})  {}", off, out.quality, case.quality, case.file);
        // A flat picture's coefficients all sit near the median, so decoder noise
        // flips bits at will: the reference ignores such hashes, and so do we.
        let flat = case.quality < 50;
        if (!flat && off > limit) || out.quality.abs_diff(case.quality) > 5 || out.is_usable() == flat {
            failures.push(format!("{}: {off} bits off (limit {limit}), quality {} vs {}", case.file, out.quality, case.quality));
        }
    }
    eprintln!("worst: {worst_small} bits on images ≤ 512 px, {worst_large} bits on larger ones");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn flat_reference_images_are_not_usable() {
    let dir = reference_dir();
    for file in ["q0003.jpg", "q0004.jpg", "small.jpg"] {
        let rgb = image::open(dir.join("images").join(file)).unwrap().to_rgb8();
        let (w, h) = rgb.dimensions();
        let out = hash_pixels(rgb.as_raw(), w, h, PixelLayout::Rgb).unwrap();
        assert!(!out.is_usable(), "{file}: quality {}", out.quality);
    }
}
