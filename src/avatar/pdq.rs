//! Meta's PDQ perceptual hash, written from the published algorithm
//! (ThreatExchange `pdq/`, hashing doc of 2017): luminance plane → two X,Y
//! passes of 1-D box filters (Jarosz: together a tent filter) with a window of
//! about 1/128 of each side → decimation to 64×64 → the 16×16 lowest non-DC
//! coefficients of the 2-D DCT-II → one bit per coefficient, set when it is
//! above their median. The quality score (0..=100) counts significant gradients
//! of the 64×64 plane; flat pictures score low and their hashes mean nothing.
//!
//! Arithmetic is `f32` with the reference's summation order (box averages are
//! taken as a product with the reciprocal of the window's count, not a
//! division: 15 % faster, at most one ulp apart), so hashes agree with the
//! reference on the same luminance up to the odd coefficient that sits on the
//! median (tests/pdq_reference.rs: 0 bits on the photos, ≤ 2 on small images).

use super::luma::{ImageError, LumaPlane, PixelLayout};
use super::PdqHash;

/// Below this many rows or columns the reference gives up: all-zero hash, quality 0.
pub const MIN_HASHABLE_DIM: usize = 5;

/// Quality below which a hash is ignored: Meta's recommendation for matching.
/// Flat or near-flat pictures (a plain colour, a faint gradient) score far below.
pub const MIN_USABLE_QUALITY: u8 = 50;

const DOWNSAMPLED: usize = 64;
const DCT_OUT: usize = 16;
const JAROSZ_PASSES: usize = 2;

/// A hash and how much the picture it came from can be trusted to carry one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdqOutput {
    pub hash: PdqHash,
    /// 0..=100, as the reference computes it.
    pub quality: u8,
}

impl PdqOutput {
    /// Whether the hash is worth comparing (the picture is not flat).
    pub fn is_usable(&self) -> bool {
        self.quality >= MIN_USABLE_QUALITY
    }
}

/// PDQ of a picture given as RGB or RGBA bytes.
pub fn hash_pixels(pixels: &[u8], width: u32, height: u32, layout: PixelLayout) -> Result<PdqOutput, ImageError> {
    LumaPlane::from_pixels(pixels, width, height, layout).map(hash_luma)
}

/// PDQ of a luminance plane (consumed: its buffer is reused for filtering).
pub fn hash_luma(plane: LumaPlane) -> PdqOutput {
    let LumaPlane { width, height, mut data } = plane;
    if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
        return PdqOutput { hash: PdqHash([0; 32]), quality: 0 };
    }
    let mut scratch = vec![0f32; data.len()];
    let window_along_rows = jarosz_window(width);
    let window_along_cols = jarosz_window(height);
    for _ in 0..JAROSZ_PASSES {
        box_filter_rows(&data, &mut scratch, width, window_along_rows);
        box_filter_columns(&scratch, &mut data, width, height, window_along_cols);
    }
    let small = decimate(&data, width, height);
    let quality = quality(&small);
    let coefficients = dct_64_to_16(&small);
    PdqOutput { hash: bits_above_median(&coefficients), quality }
}

/// Box-filter window for one pass: ceil(old / 128), since two passes of it
/// make a tent covering about one downsampled cell.
fn jarosz_window(old: usize) -> usize {
    old.div_ceil(2 * DOWNSAMPLED)
}

/// The span of inputs averaged into output `i` is
/// `[i - before, i + after)`, clipped to the vector, with
/// `after = (window + 2) / 2` and `before = window - after`.
fn window_split(window: usize) -> (usize, usize) {
    let after = (window + 2) / 2;
    (window - after, after)
}

/// One 1-D box filter along a row, as a running sum (the definition the
/// blocked versions are checked against) (add the entering value,
/// then drop the leaving one, then divide by how many are in the window).
#[cfg_attr(not(test), allow(dead_code))]
fn box_filter_row(input: &[f32], output: &mut [f32], window: usize) {
    let len = input.len();
    let (before, after) = window_split(window);
    let mut sum = 0f32;
    let mut count = 0usize;
    for &v in input.iter().take(after - 1) {
        sum += v;
        count += 1;
    }
    for (i, out) in output.iter_mut().enumerate() {
        if i + after - 1 < len {
            sum += input[i + after - 1];
            count += 1;
        }
        if i > before {
            sum -= input[i - before - 1];
            count -= 1;
        }
        *out = sum * (1.0 / count as f32);
    }
}

/// Rows filtered in blocks of [`ROW_BLOCK`] that advance side by side: the
/// running sums of the block's rows are independent chains, so they overlap
/// instead of waiting on one another. Each row sees exactly the arithmetic of
/// [`box_filter_row`].
fn box_filter_rows(input: &[f32], output: &mut [f32], width: usize, window: usize) {
    let rows = input.len() / width;
    let (before, after) = window_split(window);
    let mut r0 = 0;
    while r0 < rows {
        let n = ROW_BLOCK.min(rows - r0);
        let mut sums = [0f32; ROW_BLOCK];
        let mut count = 0usize;
        let base = r0 * width;
        for k in 0..(after - 1).min(width) {
            for (r, s) in sums[..n].iter_mut().enumerate() {
                *s += input[base + r * width + k];
            }
            count += 1;
        }
        for i in 0..width {
            if i + after - 1 < width {
                for (r, s) in sums[..n].iter_mut().enumerate() {
                    *s += input[base + r * width + i + after - 1];
                }
                count += 1;
            }
            if i > before {
                for (r, s) in sums[..n].iter_mut().enumerate() {
                    *s -= input[base + r * width + i - before - 1];
                }
                count -= 1;
            }
            let inv = 1.0 / count as f32;
            for (r, s) in sums[..n].iter().enumerate() {
                output[base + r * width + i] = s * inv;
            }
        }
        r0 += n;
    }
}

const ROW_BLOCK: usize = 8;

/// The same filter down every column at once, row by row (cache-friendly; each
/// column sees exactly the arithmetic of [`box_filter_row`]).
fn box_filter_columns(input: &[f32], output: &mut [f32], width: usize, height: usize, window: usize) {
    let (before, after) = window_split(window);
    let mut sums = vec![0f32; width];
    let mut count = 0usize;
    for row in input.chunks_exact(width).take(after - 1) {
        sums.iter_mut().zip(row).for_each(|(s, v)| *s += v);
        count += 1;
    }
    for i in 0..height {
        if i + after - 1 < height {
            let row = &input[(i + after - 1) * width..(i + after) * width];
            sums.iter_mut().zip(row).for_each(|(s, v)| *s += v);
            count += 1;
        }
        if i > before {
            let row = &input[(i - before - 1) * width..(i - before) * width];
            sums.iter_mut().zip(row).for_each(|(s, v)| *s -= v);
            count -= 1;
        }
        let inv = 1.0 / count as f32;
        output[i * width..(i + 1) * width].iter_mut().zip(&sums).for_each(|(o, s)| *o = s * inv);
    }
}

/// Picks the 64×64 samples at the centres of a 64×64 grid over the filtered plane.
fn decimate(plane: &[f32], width: usize, height: usize) -> [[f32; DOWNSAMPLED]; DOWNSAMPLED] {
    let mut out = [[0f32; DOWNSAMPLED]; DOWNSAMPLED];
    for (i, out_row) in out.iter_mut().enumerate() {
        let y = ((i as f64 + 0.5) * height as f64 / DOWNSAMPLED as f64) as usize;
        for (j, o) in out_row.iter_mut().enumerate() {
            let x = ((j as f64 + 0.5) * width as f64 / DOWNSAMPLED as f64) as usize;
            *o = plane[y.min(height - 1) * width + x.min(width - 1)];
        }
    }
    out
}

/// Sum of quantised neighbour differences (in percent of full scale, truncated),
/// scaled so that a busy picture reaches 100.
fn quality(small: &[[f32; DOWNSAMPLED]; DOWNSAMPLED]) -> u8 {
    let step = |u: f32, v: f32| ((((u - v) * 100.0) / 255.0) as i32).unsigned_abs() as u64;
    let mut gradients = 0u64;
    for (upper, lower) in small.iter().zip(&small[1..]) {
        for (&u, &v) in upper.iter().zip(lower) {
            gradients += step(u, v);
        }
    }
    for row in small {
        for j in 0..DOWNSAMPLED - 1 {
            gradients += step(row[j], row[j + 1]);
        }
    }
    (gradients / 90).min(100) as u8
}

/// Rows 1..=16 of the 64-point DCT-II matrix (row 0, the mean, is skipped).
fn dct_matrix() -> &'static [[f32; DOWNSAMPLED]; DCT_OUT] {
    static MATRIX: std::sync::OnceLock<[[f32; DOWNSAMPLED]; DCT_OUT]> = std::sync::OnceLock::new();
    MATRIX.get_or_init(|| {
        let scale = (2.0f64 / DOWNSAMPLED as f64).sqrt();
        let mut m = [[0f32; DOWNSAMPLED]; DCT_OUT];
        for (i, row) in m.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                let angle = std::f64::consts::PI / 2.0 / DOWNSAMPLED as f64 * (i + 1) as f64 * (2 * j + 1) as f64;
                *v = (scale * angle.cos()) as f32;
            }
        }
        m
    })
}

/// `D · A · Dᵀ` with `D` the 16×64 matrix: separable, 16·64·64 + 16·16·64 products.
fn dct_64_to_16(a: &[[f32; DOWNSAMPLED]; DOWNSAMPLED]) -> [[f32; DCT_OUT]; DCT_OUT] {
    let d = dct_matrix();
    let mut t = [[0f32; DOWNSAMPLED]; DCT_OUT];
    for (t_row, d_row) in t.iter_mut().zip(d) {
        // Accumulate row by row of A so every t_row[j] sums over k in order 0..64.
        for (k, a_row) in a.iter().enumerate() {
            let dk = d_row[k];
            t_row.iter_mut().zip(a_row).for_each(|(t, a)| *t += dk * a);
        }
    }
    let mut b = [[0f32; DCT_OUT]; DCT_OUT];
    for (b_row, t_row) in b.iter_mut().zip(&t) {
        for (b, d_row) in b_row.iter_mut().zip(d) {
            *b = t_row.iter().zip(d_row).fold(0f32, |s, (t, d)| s + t * d);
        }
    }
    b
}

/// Bit `16·i + j` of the 256-bit number is set when coefficient (i, j) is above
/// the median (the 128th smallest); the hex form prints the number MSB first.
fn bits_above_median(coefficients: &[[f32; DCT_OUT]; DCT_OUT]) -> PdqHash {
    let mut sorted: Vec<f32> = coefficients.iter().flatten().copied().collect();
    sorted.sort_unstable_by(f32::total_cmp);
    let median = sorted[sorted.len() / 2 - 1];
    let mut bytes = [0u8; 32];
    for (k, &c) in coefficients.iter().flatten().enumerate() {
        if c > median {
            bytes[31 - k / 8] |= 1 << (k % 8);
        }
    }
    PdqHash(bytes)
}

/// The straightforward version of the same hash, kept as the benchmark's
/// baseline and as a cross-check: each output of the box filter summed from
/// scratch over its window, and each DCT coefficient summed over all 64×64
/// samples with its cosines computed on the spot (non-separable).
#[doc(hidden)]
pub mod naive {
    use super::*;

    pub fn hash_luma(plane: &LumaPlane) -> PdqOutput {
        let (width, height) = (plane.width, plane.height);
        if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
            return PdqOutput { hash: PdqHash([0; 32]), quality: 0 };
        }
        let mut data = plane.data.clone();
        let (rows_before, rows_after) = window_split(jarosz_window(width));
        let (cols_before, cols_after) = window_split(jarosz_window(height));
        for _ in 0..JAROSZ_PASSES {
            let mut pass = vec![0f32; data.len()];
            for y in 0..height {
                for x in 0..width {
                    let (lo, hi) = (x.saturating_sub(rows_before), (x + rows_after).min(width));
                    let s: f32 = (lo..hi).map(|k| data[y * width + k]).sum();
                    pass[y * width + x] = s / (hi - lo) as f32;
                }
            }
            for y in 0..height {
                for x in 0..width {
                    let (lo, hi) = (y.saturating_sub(cols_before), (y + cols_after).min(height));
                    let s: f32 = (lo..hi).map(|k| pass[k * width + x]).sum();
                    data[y * width + x] = s / (hi - lo) as f32;
                }
            }
        }
        let small = decimate(&data, width, height);
        let quality = quality(&small);
        let mut coefficients = [[0f32; DCT_OUT]; DCT_OUT];
        let n = DOWNSAMPLED as f64;
        for (u, row) in coefficients.iter_mut().enumerate() {
            for (v, c) in row.iter_mut().enumerate() {
                let mut s = 0f64;
                for (y, small_row) in small.iter().enumerate() {
                    for (x, &a) in small_row.iter().enumerate() {
                        let cy = (std::f64::consts::PI / (2.0 * n) * (u + 1) as f64 * (2 * y + 1) as f64).cos();
                        let cx = (std::f64::consts::PI / (2.0 * n) * (v + 1) as f64 * (2 * x + 1) as f64).cos();
                        s += a as f64 * cy * cx;
                    }
                }
                *c = (s * 2.0 / n) as f32;
            }
        }
        PdqOutput { hash: bits_above_median(&coefficients), quality }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plane(width: usize, height: usize, f: impl Fn(usize, usize) -> f32) -> LumaPlane {
        let data = (0..height).flat_map(|y| (0..width).map(move |x| (x, y))).map(|(x, y)| f(x, y)).collect();
        LumaPlane::from_luma(data, width, height).unwrap()
    }

    #[test]
    fn jarosz_window_is_ceil_of_old_over_128() {
        assert_eq!(jarosz_window(34), 1);
        assert_eq!(jarosz_window(128), 1);
        assert_eq!(jarosz_window(129), 2);
        assert_eq!(jarosz_window(320), 3);
        assert_eq!(jarosz_window(1600), 13);
    }

    #[test]
    fn box_filter_averages_a_clipped_window() {
        let input = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
        let mut out = [0.0; 6];
        box_filter_row(&input, &mut out, 3); // window [i-1, i+1]
        assert_eq!(out, [1.5, 2.0, 3.0, 4.0, 5.0, 5.5]);
        box_filter_row(&input, &mut out, 4); // window [i-1, i+2]
        assert_eq!(out, [2.0, 2.5, 3.5, 4.5, 5.0, 5.5]);
        box_filter_row(&input, &mut out, 1);
        assert_eq!(out, input);
    }

    #[test]
    fn column_filter_matches_row_filter_on_transpose() {
        let (w, h) = (7, 300);
        let p = plane(w, h, |x, y| ((x * 31 + y * 17) % 101) as f32);
        let mut cols = vec![0f32; w * h];
        box_filter_columns(&p.data, &mut cols, w, h, 3);
        for x in 0..w {
            let column: Vec<f32> = (0..h).map(|y| p.at(x, y)).collect();
            let mut out = vec![0f32; h];
            box_filter_row(&column, &mut out, 3);
            for y in 0..h {
                assert_eq!(cols[y * w + x], out[y]);
            }
        }
    }

    #[test]
    fn blocked_row_filter_matches_row_filter_exactly() {
        let (w, h) = (37, 41); // not a multiple of the block
        let p = plane(w, h, |x, y| ((x * 13 + y * 29) % 97) as f32 * 1.7);
        let mut blocked = vec![0f32; w * h];
        box_filter_rows(&p.data, &mut blocked, w, 4);
        for y in 0..h {
            let mut out = vec![0f32; w];
            box_filter_row(&p.data[y * w..(y + 1) * w], &mut out, 4);
            assert_eq!(&blocked[y * w..(y + 1) * w], &out[..]);
        }
    }

    #[test]
    fn flat_picture_has_quality_zero() {
        let out = hash_luma(plane(100, 100, |_, _| 128.0));
        assert_eq!(out.quality, 0);
        assert!(!out.is_usable());
    }

    #[test]
    fn tiny_picture_gives_zero_hash_like_the_reference() {
        let out = hash_luma(plane(4, 40, |x, y| (x * y) as f32));
        assert_eq!(out, PdqOutput { hash: PdqHash([0; 32]), quality: 0 });
    }

    #[test]
    fn busy_picture_sets_half_the_bits() {
        let out = hash_luma(plane(320, 320, |x, y| ((x / 20 + y / 15) % 2 * 200 + (x * y) % 37) as f32));
        assert!(out.is_usable(), "quality {}", out.quality);
        let ones: u32 = out.hash.0.iter().map(|b| b.count_ones()).sum();
        assert_eq!(ones, 128);
    }

    #[test]
    fn naive_baseline_agrees_with_fast_hash() {
        let p = plane(200, 150, |x, y| ((x / 10 * 7 + y / 12 * 13 + x * y / 300) % 17) as f32 * 15.0);
        let fast = hash_luma(p.clone());
        let slow = naive::hash_luma(&p);
        assert_eq!(fast.quality, slow.quality);
        assert!(fast.hash.hamming(&slow.hash) <= 4, "{}", fast.hash.hamming(&slow.hash));
    }

    #[test]
    fn rgba_and_rgb_of_an_opaque_picture_hash_alike() {
        let rgb: Vec<u8> = (0..60 * 40).flat_map(|i| [(i % 251) as u8, (i / 7 % 256) as u8, (i * 3 % 256) as u8]).collect();
        let rgba: Vec<u8> = rgb.chunks(3).flat_map(|p| [p[0], p[1], p[2], 255]).collect();
        assert_eq!(hash_pixels(&rgb, 60, 40, PixelLayout::Rgb).unwrap(), hash_pixels(&rgba, 60, 40, PixelLayout::Rgba).unwrap());
    }
}
