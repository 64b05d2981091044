//! How far a stolen logo's hash moves under what impersonators do to it, against
//! how close unrelated logos come: the measurement behind the avatar thresholds
//! (`docs/avatar-thresholds.md`).
//!
//! Reconstructed data, made here: logos drawn from a seeded generator (emblems,
//! wordmarks with text-like strokes, abstract shapes, photo-like gradients), each
//! listed as Facebook would serve the real one (320 px, JPEG), and copies of it
//! transformed as impersonators do (sizes 40–320 px, JPEG re-saves, circle masks,
//! frames and borders, a small text or emoji, small crops, colour shifts). A copy
//! is compared with its own logo (a positive) and with every other logo (a
//! negative); the distance between two avatars is the smallest Hamming distance
//! between their usable robust hashes (`asli::avatar::robust`: the list keeps
//! `listing_hashes` of the real logo, the page is looked up by `variant_hashes`). The PDQ reference
//! photos of 512 px or less (`tests/fixtures/pdq/images`) add more
//! negatives. `dump_logos` (ignored; `ASLI_DUMP=DIR`) draws a contact sheet.
//!
//! The test fails if the false-positive rate at `SAME_PICTURE_MAX_DISTANCE` goes
//! over 0.1 % or the true-positive rate falls under the floor measured when the
//! thresholds were chosen. `ASLI_AVATAR_TABLE=FILE` writes the full table
//! (markdown); `ASLI_AVATAR_LOGOS=N` changes the number of logos (default 20, about a minute in a debug build).
#![cfg(feature = "cli")]

use asli::avatar::robust::AVATAR_MIN_QUALITY;
use asli::avatar::robust::{avatar_hashes, listing_hashes, min_distance};
use asli::avatar::LumaPlane;
use asli::avatar::{PdqHash, PixelLayout, SAME_PICTURE_MAX_DISTANCE, SIMILAR_PICTURE_MAX_DISTANCE};
use std::fmt::Write as _;

// ---------------------------------------------------------------- pictures

#[derive(Clone)]
struct Rgb {
    w: usize,
    h: usize,
    px: Vec<[f32; 3]>,
}

impl Rgb {
    fn new(w: usize, h: usize, c: [f32; 3]) -> Rgb {
        Rgb { w, h, px: vec![c; w * h] }
    }
    fn bytes(&self) -> Vec<u8> {
        self.px.iter().flat_map(|p| p.map(|v| v.round().clamp(0.0, 255.0) as u8)).collect()
    }
    fn from_bytes(w: usize, h: usize, b: &[u8]) -> Rgb {
        Rgb { w, h, px: b.chunks_exact(3).map(|p| [p[0] as f32, p[1] as f32, p[2] as f32]).collect() }
    }
    fn map(&self, f: impl Fn(usize, usize, [f32; 3]) -> [f32; 3]) -> Rgb {
        let mut out = self.clone();
        for y in 0..self.h {
            for x in 0..self.w {
                out.px[y * self.w + x] = f(x, y, self.px[y * self.w + x]);
            }
        }
        out
    }
    fn crop(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> Rgb {
        let mut px = Vec::with_capacity((x1 - x0) * (y1 - y0));
        for y in y0..y1 {
            px.extend_from_slice(&self.px[y * self.w + x0..y * self.w + x1]);
        }
        Rgb { w: x1 - x0, h: y1 - y0, px }
    }
    /// Area-average when shrinking, bilinear when growing (as browsers and CDNs do).
    fn resize(&self, w: usize, h: usize) -> Rgb {
        let horizontal = resample(&self.px, self.w, self.h, w, true);
        Rgb { w, h, px: resample(&horizontal, w, self.h, h, false) }
    }
    fn jpeg(&self, quality: u8) -> Rgb {
        let mut buf = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut buf, quality)
            .encode(&self.bytes(), self.w as u32, self.h as u32, image::ExtendedColorType::Rgb8)
            .unwrap();
        let img = image::load_from_memory_with_format(&buf, image::ImageFormat::Jpeg).unwrap().to_rgb8();
        Rgb::from_bytes(self.w, self.h, img.as_raw())
    }
    /// What Facebook serves: a square of `size` px, JPEG-compressed.
    fn served(&self, size: usize, quality: u8) -> Rgb {
        self.resize(size, size).jpeg(quality)
    }
}

/// Resamples along x (`along_x`) or y, from `n_in` to `n_out` samples.
fn resample(px: &[[f32; 3]], w: usize, h: usize, n_out: usize, along_x: bool) -> Vec<[f32; 3]> {
    let n_in = if along_x { w } else { h };
    let (ow, oh) = if along_x { (n_out, h) } else { (w, n_out) };
    let at = |i: usize, j: usize| if along_x { px[j * w + i] } else { px[i * w + j] };
    let mut out = vec![[0f32; 3]; ow * oh];
    let scale = n_in as f32 / n_out as f32;
    let lines = if along_x { h } else { w };
    for o in 0..n_out {
        let mut taps: Vec<(usize, f32)> = Vec::new();
        if scale > 1.0 {
            let (a, b) = (o as f32 * scale, (o + 1) as f32 * scale);
            let mut i = a.floor() as usize;
            while (i as f32) < b && i < n_in {
                let cover = (b.min(i as f32 + 1.0) - a.max(i as f32)).max(0.0);
                taps.push((i, cover / scale));
                i += 1;
            }
        } else {
            let c = ((o as f32 + 0.5) * scale - 0.5).clamp(0.0, (n_in - 1) as f32);
            let i = c.floor() as usize;
            let t = c - i as f32;
            taps.push((i, 1.0 - t));
            taps.push(((i + 1).min(n_in - 1), t));
        }
        for line in 0..lines {
            let mut acc = [0f32; 3];
            for &(i, wt) in &taps {
                let p = at(i, line);
                (0..3).for_each(|c| acc[c] += p[c] * wt);
            }
            let idx = if along_x { line * ow + o } else { o * ow + line };
            out[idx] = acc;
        }
    }
    out
}

// ---------------------------------------------------------------- logos

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn f(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
    fn range(&mut self, a: f32, b: f32) -> f32 {
        a + (b - a) * self.f()
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn colour(&mut self) -> [f32; 3] {
        [self.range(0.0, 255.0), self.range(0.0, 255.0), self.range(0.0, 255.0)]
    }
    /// A colour at least `min` luma levels away from `other`.
    fn contrasting(&mut self, other: [f32; 3], min: f32) -> [f32; 3] {
        loop {
            let c = self.colour();
            if (luma(c) - luma(other)).abs() >= min {
                return c;
            }
        }
    }
}

fn luma(c: [f32; 3]) -> f32 {
    0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]
}

/// Shapes in unit coordinates (0..1 both ways).
enum Shape {
    Disc { cx: f32, cy: f32, r: f32 },
    Ring { cx: f32, cy: f32, r: f32, t: f32 },
    Rect { x0: f32, y0: f32, x1: f32, y1: f32 },
    Stroke { ax: f32, ay: f32, bx: f32, by: f32, t: f32 },
    Polygon(Vec<(f32, f32)>),
    Arc { cx: f32, cy: f32, r: f32, t: f32, a0: f32, a1: f32 },
}

impl Shape {
    fn contains(&self, x: f32, y: f32) -> bool {
        match *self {
            Shape::Disc { cx, cy, r } => (x - cx).powi(2) + (y - cy).powi(2) <= r * r,
            Shape::Ring { cx, cy, r, t } => ((x - cx).hypot(y - cy) - r).abs() <= t / 2.0,
            Shape::Rect { x0, y0, x1, y1 } => x >= x0 && x <= x1 && y >= y0 && y <= y1,
            Shape::Stroke { ax, ay, bx, by, t } => {
                let (dx, dy) = (bx - ax, by - ay);
                let len2 = (dx * dx + dy * dy).max(1e-9);
                let s = (((x - ax) * dx + (y - ay) * dy) / len2).clamp(0.0, 1.0);
                (x - ax - s * dx).hypot(y - ay - s * dy) <= t / 2.0
            }
            Shape::Polygon(ref pts) => {
                let mut inside = false;
                let mut j = pts.len() - 1;
                for i in 0..pts.len() {
                    let ((xi, yi), (xj, yj)) = (pts[i], pts[j]);
                    if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                        inside = !inside;
                    }
                    j = i;
                }
                inside
            }
            Shape::Arc { cx, cy, r, t, a0, a1 } => {
                let a = (y - cy).atan2(x - cx);
                ((x - cx).hypot(y - cy) - r).abs() <= t / 2.0 && a >= a0 && a <= a1
            }
        }
    }
}

/// Text-like strokes (Latin- or Arabic-looking) along a baseline, in a box.
fn text_strokes(rng: &mut Rng, x0: f32, x1: f32, y: f32, height: f32, out: &mut Vec<Shape>) {
    let t = height * rng.range(0.12, 0.22);
    let arabic = rng.f() < 0.5;
    if arabic {
        out.push(Shape::Stroke { ax: x0, ay: y, bx: x1, by: y, t });
    }
    let mut x = x0;
    while x < x1 {
        let wdt = height * rng.range(0.35, 0.8);
        match rng.below(4) {
            0 => out.push(Shape::Stroke { ax: x, ay: y, bx: x, by: y - height, t }),
            1 => out.push(Shape::Arc { cx: x + wdt / 2.0, cy: y - wdt / 2.0, r: wdt / 2.0, t, a0: -3.2, a1: rng.range(0.0, 3.2) }),
            2 => out.push(Shape::Stroke { ax: x, ay: y, bx: x + wdt, by: y - height, t }),
            _ => {
                out.push(Shape::Stroke { ax: x, ay: y - height * 0.5, bx: x + wdt, by: y - height * 0.5, t });
                if arabic {
                    out.push(Shape::Disc { cx: x + wdt / 2.0, cy: y + height * 0.3, r: t * 0.8 });
                }
            }
        }
        x += wdt + height * 0.15;
    }
}

fn star(cx: f32, cy: f32, r: f32, points: usize, inner: f32, turn: f32) -> Shape {
    let n = points * 2;
    Shape::Polygon(
        (0..n)
            .map(|i| {
                let a = turn + i as f32 * std::f32::consts::TAU / n as f32;
                let rr = if i % 2 == 0 { r } else { r * inner };
                (cx + rr * a.cos(), cy + rr * a.sin())
            })
            .collect(),
    )
}

/// One generated logo, drawn at `size` px.
fn logo(seed: u64, size: usize) -> Rgb {
    let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0xA5A5);
    let bg = if rng.f() < 0.5 { [255.0; 3] } else { rng.colour() };
    let style = seed % 4;
    let mut shapes: Vec<(Shape, [f32; 3])> = Vec::new();
    match style {
        0 => {
            // Emblem: a disc or badge, a ring, a star or triangle, a word under it.
            let c = rng.contrasting(bg, 60.0);
            let (cx, cy, r) = (rng.range(0.4, 0.6), rng.range(0.35, 0.5), rng.range(0.22, 0.36));
            if rng.f() < 0.5 {
                shapes.push((Shape::Disc { cx, cy, r }, c));
            } else {
                shapes.push((Shape::Rect { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r }, c));
            }
            let c2 = rng.contrasting(c, 60.0);
            shapes.push((Shape::Ring { cx, cy, r: r * 0.8, t: r * 0.1 }, c2));
            let points = 3 + rng.below(5);
            shapes.push((star(cx, cy, r * 0.6, points, rng.range(0.4, 1.0), rng.range(0.0, 3.0)), c2));
            let mut text = Vec::new();
            let ty = (cy + r + 0.14).min(0.95);
            text_strokes(&mut rng, 0.15, 0.85, ty, 0.09, &mut text);
            let c3 = rng.contrasting(bg, 70.0);
            shapes.extend(text.into_iter().map(|s| (s, c3)));
        }
        1 => {
            // Wordmark: one or two lines of text-like strokes, maybe a bar.
            let c = rng.contrasting(bg, 70.0);
            let lines = 1 + rng.below(2);
            for l in 0..lines {
                let hgt = rng.range(0.12, 0.2);
                let y = 0.45 + l as f32 * 0.25 + rng.range(-0.05, 0.05);
                let mut text = Vec::new();
                let (x0, x1) = (rng.range(0.08, 0.2), rng.range(0.75, 0.92));
                text_strokes(&mut rng, x0, x1, y, hgt, &mut text);
                shapes.extend(text.into_iter().map(|s| (s, c)));
            }
            if rng.f() < 0.6 {
                let c2 = rng.contrasting(bg, 50.0);
                let y = rng.range(0.1, 0.25);
                shapes.push((Shape::Rect { x0: 0.1, y0: y, x1: 0.9, y1: y + rng.range(0.03, 0.08) }, c2));
            }
        }
        2 => {
            // Abstract: a few overlapping shapes.
            for _ in 0..3 + rng.below(5) {
                let c = rng.contrasting(bg, 40.0);
                let (cx, cy) = (rng.range(0.15, 0.85), rng.range(0.15, 0.85));
                let r = rng.range(0.08, 0.3);
                let s = match rng.below(5) {
                    0 => Shape::Disc { cx, cy, r },
                    1 => Shape::Ring { cx, cy, r, t: r * rng.range(0.15, 0.5) },
                    2 => Shape::Rect { x0: cx - r, y0: cy - r * 0.6, x1: cx + r, y1: cy + r * 0.6 },
                    3 => star(cx, cy, r, 3 + rng.below(4), rng.range(0.4, 1.0), rng.range(0.0, 3.0)),
                    _ => Shape::Stroke { ax: cx - r, ay: cy + r, bx: cx + r, by: cy - r, t: r * 0.4 },
                };
                shapes.push((s, c));
            }
        }
        _ => {}
    }
    // Photo-like pictures (style 3): smooth colour blobs over a gradient.
    let blobs: Vec<(f32, f32, f32, [f32; 3])> = if style == 3 {
        (0..6 + rng.below(6)).map(|_| (rng.range(0.0, 1.0), rng.range(0.0, 1.0), rng.range(0.08, 0.35), rng.colour())).collect()
    } else {
        Vec::new()
    };
    if style == 3 {
        // A portrait: head and shoulders in front of the blurred background.
        let c = rng.colour();
        let (cx, r) = (rng.range(0.4, 0.6), rng.range(0.12, 0.18));
        let cy = rng.range(0.3, 0.45);
        shapes.push((Shape::Disc { cx, cy: cy + r * 2.6 + 0.2, r: r * 2.4 }, rng.colour()));
        shapes.push((Shape::Disc { cx, cy, r }, c));
        if rng.f() < 0.5 {
            shapes
                .push((Shape::Polygon(vec![(cx, cy + r * 1.6), (cx - r * 0.3, cy + r * 2.8), (cx + r * 0.3, cy + r * 2.8)]), rng.colour()));
        }
    }
    let (g0, g1) = (rng.colour(), rng.colour());
    let mut img = Rgb::new(size, size, bg);
    for y in 0..size {
        for x in 0..size {
            let (u, v) = ((x as f32 + 0.5) / size as f32, (y as f32 + 0.5) / size as f32);
            let mut c = bg;
            if style == 3 {
                c = [0, 1, 2].map(|k| g0[k] * (1.0 - v) + g1[k] * v);
                for &(bx, by, r, col) in &blobs {
                    let wgt = (-((u - bx).powi(2) + (v - by).powi(2)) / (r * r)).exp();
                    c = [0, 1, 2].map(|k| c[k] * (1.0 - wgt) + col[k] * wgt);
                }
            }
            for (s, col) in &shapes {
                if s.contains(u, v) {
                    c = *col;
                }
            }
            img.px[y * size + x] = c;
        }
    }
    img
}

// ---------------------------------------------------------------- transformations

const MASTER: usize = 480;

fn circle_mask(img: &Rgb, corner: [f32; 3]) -> Rgb {
    let (cx, cy, r) = (img.w as f32 / 2.0, img.h as f32 / 2.0, img.w.min(img.h) as f32 / 2.0);
    img.map(|x, y, p| if (x as f32 + 0.5 - cx).hypot(y as f32 + 0.5 - cy) > r { corner } else { p })
}

fn pad(img: &Rgb, share: f32, colour: [f32; 3]) -> Rgb {
    let b = (img.w as f32 * share) as usize;
    let mut out = Rgb::new(img.w + 2 * b, img.h + 2 * b, colour);
    for y in 0..img.h {
        let row = &img.px[y * img.w..(y + 1) * img.w];
        out.px[(y + b) * out.w + b..(y + b) * out.w + b + img.w].copy_from_slice(row);
    }
    out
}

fn border_over(img: &Rgb, share: f32, colour: [f32; 3]) -> Rgb {
    let b = (img.w as f32 * share) as usize;
    img.map(|x, y, p| if x < b || y < b || x >= img.w - b || y >= img.h - b { colour } else { p })
}

fn overlay(img: &Rgb, shapes: &[(Shape, [f32; 3])]) -> Rgb {
    img.map(|x, y, p| {
        let (u, v) = ((x as f32 + 0.5) / img.w as f32, (y as f32 + 0.5) / img.h as f32);
        shapes.iter().rev().find(|(s, _)| s.contains(u, v)).map_or(p, |(_, c)| *c)
    })
}

fn emoji(cx: f32, cy: f32, r: f32) -> Vec<(Shape, [f32; 3])> {
    // Later entries are on top.
    vec![
        (Shape::Disc { cx, cy, r }, [250.0, 200.0, 40.0]),
        (Shape::Disc { cx: cx - r * 0.35, cy: cy - r * 0.25, r: r * 0.15 }, [40.0, 30.0, 20.0]),
        (Shape::Disc { cx: cx + r * 0.35, cy: cy - r * 0.25, r: r * 0.15 }, [40.0, 30.0, 20.0]),
        (Shape::Arc { cx, cy, r: r * 0.55, t: r * 0.12, a0: 0.4, a1: 2.7 }, [40.0, 30.0, 20.0]),
    ]
}

fn caption(seed: u64) -> Vec<(Shape, [f32; 3])> {
    let mut rng = Rng(seed ^ 0xC0FFEE);
    let mut shapes = vec![(Shape::Rect { x0: 0.0, y0: 0.86, x1: 1.0, y1: 1.0 }, [200.0, 20.0, 20.0])];
    let mut text = Vec::new();
    text_strokes(&mut rng, 0.1, 0.9, 0.97, 0.08, &mut text);
    shapes.extend(text.into_iter().map(|s| (s, [255.0; 3])));
    shapes
}

fn hue_rotate(img: &Rgb, degrees: f32) -> Rgb {
    let (s, c) = degrees.to_radians().sin_cos();
    let m = [
        [0.299 + 0.701 * c + 0.168 * s, 0.587 - 0.587 * c + 0.330 * s, 0.114 - 0.114 * c - 0.497 * s],
        [0.299 - 0.299 * c - 0.328 * s, 0.587 + 0.413 * c + 0.035 * s, 0.114 - 0.114 * c + 0.292 * s],
        [0.299 - 0.300 * c + 1.250 * s, 0.587 - 0.588 * c - 1.050 * s, 0.114 + 0.886 * c - 0.203 * s],
    ];
    img.map(|_, _, p| [0, 1, 2].map(|k| (m[k][0] * p[0] + m[k][1] * p[1] + m[k][2] * p[2]).clamp(0.0, 255.0)))
}

/// The copies an impersonator might post of a logo (drawn at MASTER px).
/// A named transformation: (master picture, seed) → the copy.
type Transform = (&'static str, fn(&Rgb, u64) -> Rgb);

fn transformations() -> Vec<Transform> {
    vec![
        ("served 320 px, JPEG q85", |m, _| m.served(320, 85)),
        ("served 160 px, JPEG q80", |m, _| m.served(160, 80)),
        ("served 100 px, JPEG q80", |m, _| m.served(100, 80)),
        ("served 60 px, JPEG q75", |m, _| m.served(60, 75)),
        ("served 40 px, JPEG q75", |m, _| m.served(40, 75)),
        ("re-saved twice, JPEG q40", |m, _| m.served(320, 70).jpeg(40)),
        ("grabbed at 96 px, re-uploaded 320 px", |m, _| m.served(96, 80).served(320, 85)),
        ("circle mask, white corners", |m, _| circle_mask(m, [255.0; 3]).served(320, 85)),
        ("circle mask, black corners, 160 px", |m, _| circle_mask(m, [0.0; 3]).served(160, 80)),
        ("frame added (pad 6 %)", |m, s| pad(m, 0.06, Rng(s).colour()).served(320, 85)),
        ("thick frame (pad 12 %) + circle", |m, s| circle_mask(&pad(m, 0.12, Rng(s).colour()), [255.0; 3]).served(160, 80)),
        ("border drawn over edges (5 %)", |m, s| border_over(m, 0.05, Rng(s + 1).colour()).served(320, 85)),
        ("caption band with text (14 %)", |m, s| overlay(m, &caption(s)).served(320, 85)),
        ("emoji in a corner (18 %)", |m, _| overlay(m, &emoji(0.82, 0.82, 0.09)).served(320, 85)),
        ("emoji over the centre (12 %)", |m, _| overlay(m, &emoji(0.5, 0.5, 0.06)).served(320, 85)),
        ("crop 5 % off the left", |m, _| m.crop(MASTER / 20, 0, MASTER, MASTER).served(320, 85)),
        ("crop 8 % off top and right", |m, _| m.crop(0, MASTER * 8 / 100, MASTER * 92 / 100, MASTER).served(160, 80)),
        ("zoom: centre 90 %", |m, _| m.crop(MASTER / 20, MASTER / 20, MASTER * 19 / 20, MASTER * 19 / 20).served(320, 85)),
        ("hue rotated 60°", |m, _| hue_rotate(m, 60.0).served(320, 85)),
        ("brighter +25, contrast 0.8", |m, _| m.map(|_, _, p| p.map(|v| (v - 128.0) * 0.8 + 153.0)).served(320, 85)),
        ("desaturated (grey)", |m, _| m.map(|_, _, p| [luma(p); 3]).served(160, 80)),
        ("recoloured: R and B swapped", |m, _| m.map(|_, _, p| [p[2], p[1], p[0]]).served(320, 85)),
        ("crop 5 % + circle + 100 px q70", |m, _| {
            circle_mask(&m.crop(MASTER / 20, 0, MASTER, MASTER * 95 / 100), [255.0; 3]).served(100, 70)
        }),
    ]
}

// ---------------------------------------------------------------- measurement

/// Every variant's hash of a picture with its quality; the first is the whole picture's.
fn hashes(img: &Rgb) -> Vec<(PdqHash, u8)> {
    avatar_hashes(&img.bytes(), img.w as u32, img.h as u32, PixelLayout::Rgb)
        .unwrap()
        .iter()
        .map(|h| (h.output.hash, h.output.quality))
        .collect()
}

/// The hashes a list entry keeps of a picture; the first is the whole picture's.
fn listing(img: &Rgb) -> Vec<(PdqHash, u8)> {
    let plane = LumaPlane::from_pixels(&img.bytes(), img.w as u32, img.h as u32, PixelLayout::Rgb).unwrap();
    listing_hashes(&plane).iter().map(|h| (h.output.hash, h.output.quality)).collect()
}

/// The hashes kept at a quality floor: all variants (robust) or the whole picture's only.
fn kept(all: &[(PdqHash, u8)], floor: u8, robust: bool) -> Vec<PdqHash> {
    all.iter().take(if robust { usize::MAX } else { 1 }).filter(|h| h.1 >= floor).map(|h| h.0).collect()
}

fn robust_hashes(img: &Rgb) -> Vec<PdqHash> {
    kept(&hashes(img), AVATAR_MIN_QUALITY, true)
}

/// Hashes of every listed logo, every copy and every reference photo.
/// One picture's hashes with their qualities, the whole picture's first.
type Hashes = Vec<(PdqHash, u8)>;

struct Hashed {
    /// Per logo: its listed (served) picture's hashes.
    listed: Vec<Hashes>,
    /// Per transformation, per logo: the copy's hashes.
    copies: Vec<(&'static str, Vec<Hashes>)>,
    photos: Vec<Hashes>,
}

/// Per transformation: distances of each copy to its own logo (robust, whole picture only).
type Positives = (&'static str, Vec<Option<u32>>, Vec<Option<u32>>);

fn hash_everything(logos: usize) -> Hashed {
    let transforms = transformations();
    let masters: Vec<Rgb> = (0..logos as u64).map(|s| logo(s, MASTER)).collect();
    let listed = masters.iter().map(|m| listing(&m.served(320, 90))).collect();
    let copies = transforms
        .iter()
        .enumerate()
        .map(|(t, (name, transform))| {
            (*name, masters.iter().enumerate().map(|(i, m)| hashes(&transform(m, i as u64 * 31 + t as u64))).collect())
        })
        .collect();
    let photos = reference_photos().iter().map(hashes).collect();
    Hashed { listed, copies, photos }
}

struct Measured {
    /// Per transformation: distances of each copy to its own logo (robust, full-only); None = no usable hash.
    positives: Vec<Positives>,
    /// Distances of copies (and reference photos) to other logos (robust, full-only).
    negatives: Vec<u32>,
    negatives_full: Vec<u32>,
    logos: usize,
    logos_without_usable_hash: usize,
    floor: u8,
}

fn measure(h: &Hashed, floor: u8) -> Measured {
    let listed: Vec<(Vec<PdqHash>, Vec<PdqHash>)> = h.listed.iter().map(|l| (kept(l, floor, true), kept(l, floor, false))).collect();
    let logos_without_usable_hash = listed.iter().filter(|l| l.0.is_empty()).count();
    let (mut negatives, mut negatives_full) = (Vec::new(), Vec::new());
    let mut compare_with_others = |own: Option<usize>, all: &[(PdqHash, u8)]| {
        let (robust, full) = (kept(all, floor, true), kept(all, floor, false));
        for (j, (lr, lf)) in listed.iter().enumerate() {
            if Some(j) != own {
                negatives.extend(min_distance(&robust, lr));
                negatives_full.extend(min_distance(&full, lf));
            }
        }
    };
    let mut positives = Vec::new();
    for (name, per_logo) in &h.copies {
        let (mut robust, mut full) = (Vec::new(), Vec::new());
        for (i, all) in per_logo.iter().enumerate() {
            robust.push(min_distance(&kept(all, floor, true), &listed[i].0));
            full.push(min_distance(&kept(all, floor, false), &listed[i].1));
            compare_with_others(Some(i), all);
        }
        positives.push((*name, robust, full));
    }
    for photo in &h.photos {
        compare_with_others(None, photo);
    }
    Measured { positives, negatives, negatives_full, logos: h.listed.len(), logos_without_usable_hash, floor }
}

/// The PDQ reference photos, served as 320 px avatars, as more unrelated pictures.
fn reference_photos() -> Vec<Rgb> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdq/images");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    files
        .iter()
        .filter(|f| image::image_dimensions(f).is_ok_and(|(w, h)| w.max(h) <= 512))
        .filter_map(|f| image::open(f).ok())
        .map(|img| {
            let rgb = img.to_rgb8();
            let (w, h) = rgb.dimensions();
            Rgb::from_bytes(w as usize, h as usize, rgb.as_raw()).resize(320, 320)
        })
        .collect()
}

fn rate(distances: &[Option<u32>], threshold: u32) -> f64 {
    distances.iter().filter(|d| d.is_some_and(|d| d <= threshold)).count() as f64 / distances.len().max(1) as f64
}

fn fpr(negatives: &[u32], threshold: u32) -> f64 {
    negatives.iter().filter(|&&d| d <= threshold).count() as f64 / negatives.len().max(1) as f64
}

/// Largest threshold whose false-positive rate stays at or under `max_fpr`.
fn threshold_at(negatives: &[u32], max_fpr: f64) -> u32 {
    (0..=256).take_while(|&t| fpr(negatives, t) <= max_fpr).last().unwrap_or(0)
}

fn quantile(sorted: &[u32], q: f64) -> u32 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn median(ds: &[Option<u32>]) -> String {
    let mut v: Vec<u32> = ds.iter().flatten().copied().collect();
    v.sort_unstable();
    if v.is_empty() {
        "–".into()
    } else {
        quantile(&v, 0.5).to_string()
    }
}

fn table(m: &Measured) -> String {
    let all_pos: Vec<Option<u32>> = m.positives.iter().flat_map(|p| p.1.iter().copied()).collect();
    let all_pos_full: Vec<Option<u32>> = m.positives.iter().flat_map(|p| p.2.iter().copied()).collect();
    let (mut neg, mut neg_full) = (m.negatives.clone(), m.negatives_full.clone());
    neg.sort_unstable();
    neg_full.sort_unstable();
    let t_robust = threshold_at(&neg, 0.001);
    let t_full = threshold_at(&neg_full, 0.001);
    let mut s = String::new();
    let _ = writeln!(s, "Quality floor {}. Logos: {} generated ({} with no usable hash when served at 320 px). Copies: {} ({} transformations × logos). Unrelated pairs: {} (robust), {} (full picture only).\n",
        m.floor, m.logos, m.logos_without_usable_hash, all_pos.len(), m.positives.len(), neg.len(), neg_full.len());
    let _ = writeln!(s, "| | robust (min over all variants) | full picture only |\n|---|---|---|");
    for (label, q) in
        [("unrelated: minimum", 0.0), ("unrelated: 0.1 % quantile", 0.001), ("unrelated: 1 % quantile", 0.01), ("unrelated: median", 0.5)]
    {
        let _ = writeln!(s, "| {label} | {} | {} |", quantile(&neg, q), quantile(&neg_full, q));
    }
    let _ = writeln!(s, "| largest threshold with FPR ≤ 0.1 % | {t_robust} | {t_full} |");
    let _ = writeln!(
        s,
        "| TPR there (all copies) | {:.1} % | {:.1} % |",
        100.0 * rate(&all_pos, t_robust),
        100.0 * rate(&all_pos_full, t_full)
    );
    let _ = writeln!(
        s,
        "| at SAME_PICTURE_MAX_DISTANCE = {}: FPR / TPR | {:.3} % / {:.1} % | {:.3} % / {:.1} % |",
        SAME_PICTURE_MAX_DISTANCE,
        100.0 * fpr(&neg, SAME_PICTURE_MAX_DISTANCE),
        100.0 * rate(&all_pos, SAME_PICTURE_MAX_DISTANCE),
        100.0 * fpr(&neg_full, SAME_PICTURE_MAX_DISTANCE),
        100.0 * rate(&all_pos_full, SAME_PICTURE_MAX_DISTANCE)
    );
    let _ = writeln!(
        s,
        "| at SIMILAR_PICTURE_MAX_DISTANCE = {}: FPR / TPR | {:.3} % / {:.1} % | {:.3} % / {:.1} % |",
        SIMILAR_PICTURE_MAX_DISTANCE,
        100.0 * fpr(&neg, SIMILAR_PICTURE_MAX_DISTANCE),
        100.0 * rate(&all_pos, SIMILAR_PICTURE_MAX_DISTANCE),
        100.0 * fpr(&neg_full, SIMILAR_PICTURE_MAX_DISTANCE),
        100.0 * rate(&all_pos_full, SIMILAR_PICTURE_MAX_DISTANCE)
    );
    let _ = writeln!(s, "\nSweep (robust): threshold → FPR / TPR\n\n| threshold | FPR | TPR |\n|---|---|---|");
    for t in [24, 31, 36, 40, 44, 48, 52, 56, 60, 64, 70] {
        let _ = writeln!(s, "| {t} | {:.4} % | {:.1} % |", 100.0 * fpr(&neg, t), 100.0 * rate(&all_pos, t));
    }
    let _ = writeln!(s, "\nPer transformation (distance of a copy to its own logo; TPR at SAME_PICTURE_MAX_DISTANCE = {SAME_PICTURE_MAX_DISTANCE} and SIMILAR_PICTURE_MAX_DISTANCE = {SIMILAR_PICTURE_MAX_DISTANCE}):\n");
    let _ = writeln!(
        s,
        "| transformation | robust: median | max | TPR same | TPR similar | full only: median | TPR same |\n|---|---|---|---|---|---|---|"
    );
    for (name, robust, full) in &m.positives {
        let max = robust.iter().map(|d| d.map_or(256, |d| d)).max().unwrap_or(0);
        let _ = writeln!(
            s,
            "| {name} | {} | {} | {:.0} % | {:.0} % | {} | {:.0} % |",
            median(robust),
            if max == 256 { "no hash".to_string() } else { max.to_string() },
            100.0 * rate(robust, SAME_PICTURE_MAX_DISTANCE),
            100.0 * rate(robust, SIMILAR_PICTURE_MAX_DISTANCE),
            median(full),
            100.0 * rate(full, SAME_PICTURE_MAX_DISTANCE)
        );
    }
    let _ = writeln!(s, "\nHistogram of distances (robust), in bins of 8 bits:\n\n| distance | copies | unrelated |\n|---|---|---|");
    for bin in 0..16u32 {
        let (lo, hi) = (bin * 8, bin * 8 + 7);
        let p = all_pos.iter().flatten().filter(|&&d| d >= lo && d <= hi).count();
        let n = neg.iter().filter(|&&d| d >= lo && d <= hi).count();
        if p + n > 0 {
            let _ = writeln!(s, "| {lo}–{hi} | {p} | {n} |");
        }
    }
    s
}

/// Floors measured when the thresholds were chosen (docs/avatar-thresholds.md:
/// 93.7 % of copies on the default 20 logos, 93.8 % on 120), with a little room
/// for decoder and float noise. The FPR ceiling is the requirement itself.
const MIN_TPR_SAME: f64 = 0.90;
const MAX_FPR_SAME: f64 = 0.001;
/// What the robust hashes are for: copies in a circle or a frame, measured at
/// 95–100 % on the default logos (the whole-picture hash alone: 0–25 %).
const MIN_TPR_CIRCLE_AND_FRAME: f64 = 0.85;

#[test]
fn copied_logos_match_and_unrelated_logos_stay_apart() {
    let logos = std::env::var("ASLI_AVATAR_LOGOS").ok().and_then(|v| v.parse().ok()).unwrap_or(20);
    let hashed = hash_everything(logos);
    let m = measure(&hashed, AVATAR_MIN_QUALITY);
    let mut report = table(&m);
    eprintln!("{report}");
    if let Ok(path) = std::env::var("ASLI_AVATAR_TABLE") {
        // The full write-up also shows what other quality floors would give.
        for floor in [50, 30, 20, 10] {
            if floor != AVATAR_MIN_QUALITY {
                report.push_str(&format!("\n## With quality floor {floor} instead\n\n"));
                report.push_str(&table(&measure(&hashed, floor)));
            }
        }
        std::fs::write(path, &report).unwrap();
    }
    let all_pos: Vec<Option<u32>> = m.positives.iter().flat_map(|p| p.1.iter().copied()).collect();
    let tpr = rate(&all_pos, SAME_PICTURE_MAX_DISTANCE);
    let fpr_same = fpr(&m.negatives, SAME_PICTURE_MAX_DISTANCE);
    assert!(m.negatives.len() >= 8_000, "too few unrelated pairs to measure 0.1 %: {}", m.negatives.len());
    assert!(fpr_same <= MAX_FPR_SAME, "FPR {:.4} % at {SAME_PICTURE_MAX_DISTANCE}", 100.0 * fpr_same);
    assert!(tpr >= MIN_TPR_SAME, "TPR {:.1} % at {SAME_PICTURE_MAX_DISTANCE}", 100.0 * tpr);
    for (name, robust, _) in &m.positives {
        if name.starts_with("circle mask") || name.starts_with("frame added") {
            let r = rate(robust, SAME_PICTURE_MAX_DISTANCE);
            assert!(r >= MIN_TPR_CIRCLE_AND_FRAME, "{name}: TPR {:.0} %", 100.0 * r);
        }
    }
}

#[test]
fn a_plain_resave_is_always_recognised() {
    for seed in 0..8 {
        let master = logo(seed, MASTER);
        let listed = robust_hashes(&master.served(320, 90));
        let copy = robust_hashes(&master.served(160, 75));
        let d = min_distance(&listed, &copy);
        assert!(d.is_some_and(|d| d <= SAME_PICTURE_MAX_DISTANCE), "logo {seed}: {d:?}");
    }
}

#[test]
#[ignore]
fn dump_logos() {
    let dir = std::env::var("ASLI_DUMP").unwrap();
    let mut grid = Rgb::new(160 * 8, 160 * 5, [255.0; 3]);
    let mut put = |k: usize, img: &Rgb| {
        let small = img.resize(156, 156);
        for y in 0..156 {
            for x in 0..156 {
                grid.px[((k / 8) * 160 + y) * grid.w + (k % 8) * 160 + x] = small.px[y * 156 + x];
            }
        }
    };
    for seed in 0..16u64 {
        let m = logo(seed, MASTER).served(320, 90);
        let all = avatar_hashes(&m.bytes(), 320, 320, PixelLayout::Rgb).unwrap();
        eprintln!("{seed}: {:?}", all.iter().map(|h| (h.variant.label(), h.output.quality)).collect::<Vec<_>>());
        put(seed as usize, &m);
    }
    let m = logo(5, MASTER);
    for (t, (name, f)) in transformations().iter().enumerate() {
        let c = f(&m, 5);
        eprintln!("{t}: {name} {}x{}", c.w, c.h);
        put(16 + t, &c);
    }
    image::RgbImage::from_raw(grid.w as u32, grid.h as u32, grid.bytes()).unwrap().save(format!("{dir}/grid.png")).unwrap();
}

#[test]
#[ignore]
fn timing() {
    let t = std::time::Instant::now();
    let m = logo(5, MASTER);
    eprintln!("logo {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let r = m.resize(320, 320);
    eprintln!("resize {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let j = r.jpeg(85);
    eprintln!("jpeg {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _ = robust_hashes(&j);
    eprintln!("hashes {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _ = circle_mask(&m, [0.0; 3]);
    eprintln!("mask {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _ = reference_photos();
    eprintln!("photos {:?}", t.elapsed());
}

/// Writes the end-to-end fixtures (tests/fixtures/avatar/): a generated logo as
/// the real page serves it, and an impersonator's copy of it (160 px, hue
/// shifted, an emoji over it, re-saved), plus an unrelated logo.
/// `ASLI_FIXTURES=tests/fixtures/avatar cargo test --test avatar_robustness write_avatar_fixtures -- --ignored`
#[test]
#[ignore]
fn write_avatar_fixtures() {
    let dir = std::path::PathBuf::from(std::env::var("ASLI_FIXTURES").unwrap());
    let save = |img: &Rgb, name: &str| {
        let mut buf = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut buf, 85)
            .encode(&img.bytes(), img.w as u32, img.h as u32, image::ExtendedColorType::Rgb8)
            .unwrap();
        std::fs::write(dir.join(name), buf).unwrap();
    };
    let master = logo(4, MASTER);
    save(&master.resize(320, 320), "real-logo.jpg");
    let copy = overlay(&hue_rotate(&master, 25.0), &emoji(0.5, 0.55, 0.07)).served(160, 75);
    save(&copy, "copied-logo.jpg");
    let circle = circle_mask(&pad(&master, 0.06, [30.0, 90.0, 200.0]), [255.0; 3]).served(200, 80);
    save(&circle, "copied-logo-framed-circle.jpg");
    save(&logo(9, MASTER).resize(320, 320), "unrelated-logo.jpg");
}
