//! PDQ of one avatar as Facebook serves it (320×320 RGBA, what the extension
//! hands the engine), beside the straightforward baseline in the same run:
//! box filter summed from scratch per pixel and a non-separable DCT with its
//! cosines computed on the spot (`pdq::naive`). Also the robust set (all the
//! variants one page's avatar is looked up by), which is what the extension
//! pays per new avatar.
//!
//! `cargo bench --bench bench_pdq -- --measurement-time 3`

use asli::avatar::pdq::{hash_luma, naive};
use asli::avatar::robust::avatar_hashes;
use asli::avatar::{hash_pixels, LumaPlane, PixelLayout};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

const SIDE: u32 = 320;

/// A deterministic logo-like avatar: rings and bars over a gradient, with noise.
fn avatar() -> Vec<u8> {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut out = Vec::with_capacity((SIDE * SIDE * 4) as usize);
    for y in 0..SIDE {
        for x in 0..SIDE {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let (dx, dy) = (x as f32 - 160.0, y as f32 - 150.0);
            let ring = (((dx * dx + dy * dy).sqrt() / 24.0) as u32).is_multiple_of(2);
            let bar = (250..280).contains(&y) && x % 40 < 28;
            let noise = (seed % 16) as u8;
            let (r, g, b) = match (ring, bar) {
                (_, true) => (20, 20, 20),
                (true, _) => (200, 30, 40),
                _ => ((x * 255 / SIDE) as u8, (y * 255 / SIDE) as u8, 180),
            };
            out.extend_from_slice(&[r.saturating_add(noise), g.saturating_add(noise), b, 255]);
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let rgba = avatar();
    let plane = LumaPlane::from_pixels(&rgba, SIDE, SIDE, PixelLayout::Rgba).unwrap();
    let fast = hash_luma(plane.clone());
    let slow = naive::hash_luma(&plane);
    assert!(fast.hash.hamming(&slow.hash) <= 4, "baseline disagrees: {}", fast.hash.hamming(&slow.hash));
    // tools/avatar-eval/wasm-bench.mjs prints the Wasm build's hash of the same picture.
    eprintln!("native hash {} quality {}", fast.hash, fast.quality);

    let mut group = c.benchmark_group("pdq_320x320");
    group.bench_function("pdq", |b| b.iter(|| hash_pixels(black_box(&rgba), SIDE, SIDE, PixelLayout::Rgba).unwrap()));
    group.bench_function("naive_baseline", |b| b.iter(|| naive::hash_luma(black_box(&plane))));
    group.bench_function("robust_all_variants", |b| b.iter(|| avatar_hashes(black_box(&rgba), SIDE, SIDE, PixelLayout::Rgba).unwrap()));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
