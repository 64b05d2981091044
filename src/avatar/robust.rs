//! Several PDQ hashes per avatar, so a stolen logo is still recognised after
//! what impersonators do to it: Facebook serves it at 40–320 px and shows it in
//! a circle; copies get re-saved, framed, bordered, overlaid with a small text or
//! emoji, cropped a little, colour-shifted.
//!
//! One picture gives up to seven hashes (the [`Variant`]s): the whole picture;
//! four centre crops of it, a ladder of scales 0.9 apart (90, 81, 73, 65 %), so
//! a copy zoomed in by about 10 % lands on a neighbouring rung, the inner crops
//! drop overlays at the edges and frames, and 65 % lies inside the inscribed
//! circle, out of reach of a circle mask or corner badge; the picture with
//! near-uniform borders trimmed (frames, padding: this also undoes small crops
//! of a logo on a plain background); and an 80 % centre crop of that ([`variant_hashes`]).
//! A list entry keeps more of its real avatar ([`listing_hashes`]): also 92 %
//! crops pushed to each edge and corner, for copies cropped on one or two sides.
//! Two avatars are compared by the smallest Hamming distance between any of
//! their usable hashes ([`min_distance`], `AvatarIndex::best_match_any`).
//! `docs/avatar-thresholds.md` gives the measured distances and the thresholds.

use super::luma::{ImageError, LumaPlane, PixelLayout};
use super::pdq::{hash_luma, PdqOutput};
use super::PdqHash;

/// Which part of the picture a hash covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Full,
    Trimmed,
    /// A centred crop of the whole picture, this many percent of each side.
    Centre(u8),
    /// A centred crop of the trimmed picture, this many percent of each side.
    TrimmedCentre(u8),
    /// A crop of this many percent of each side, pushed against the picture's
    /// edges in the direction (dx, dy) ∈ {-1, 0, 1}² (listing side only).
    Offset(u8, i8, i8),
}

impl Variant {
    /// Short label for command-line output (`full`, `trim`, `centre80`, ...).
    pub fn label(&self) -> String {
        match self {
            Variant::Full => "full".to_string(),
            Variant::Trimmed => "trim".to_string(),
            Variant::Centre(p) => format!("centre{p}"),
            Variant::TrimmedCentre(p) => format!("trim-centre{p}"),
            Variant::Offset(p, dx, dy) => {
                let v = ["top", "", "bottom"][(dy.clamp(&-1, &1) + 1) as usize];
                let h = ["left", "", "right"][(dx.clamp(&-1, &1) + 1) as usize];
                format!("crop{p}-{v}{}{h}", if v.is_empty() || h.is_empty() { "" } else { "-" })
            }
        }
    }
}

/// One hash of one part of a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VariantHash {
    pub variant: Variant,
    pub output: PdqOutput,
}

/// Centre crops taken of the whole picture, in percent of each side.
pub const CENTRE_CROPS: [u8; 4] = [90, 81, 73, 65];
/// Centre crops taken of the trimmed picture, in percent of each side.
pub const TRIMMED_CENTRE_CROPS: [u8; 1] = [80];

/// Luminance distance from a line's median within which a pixel counts as border.
const BORDER_TOLERANCE: f32 = 20.0;
/// Share of a line's pixels that must be border-coloured for the line to go.
const BORDER_SHARE: f32 = 0.97;
/// No side is trimmed by more than this share of the picture's size.
const MAX_TRIM_PER_SIDE: f32 = 0.30;

/// A rectangle `[x0, x1) × [y0, y1)` in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x0: usize,
    pub y0: usize,
    pub x1: usize,
    pub y1: usize,
}

/// Every variant's hash of a picture (RGB/RGBA bytes), usable or not.
pub fn avatar_hashes(pixels: &[u8], width: u32, height: u32, layout: PixelLayout) -> Result<Vec<VariantHash>, ImageError> {
    LumaPlane::from_pixels(pixels, width, height, layout).map(|p| variant_hashes(&p))
}

/// Every variant's hash of a luminance plane, usable or not. Variants whose
/// crop is the same rectangle as one already hashed are left out.
pub fn variant_hashes(plane: &LumaPlane) -> Vec<VariantHash> {
    hash_rects(plane, page_rects(plane))
}

/// The hashes a list entry keeps of its real avatar: the page's variants plus
/// off-centre crops ([`OFFSET_CROP`] % pushed to each edge and corner), so a
/// copy cropped on one or two sides still lands near one of them. Only the
/// listed side carries these: a page is hashed once per visit, the list once.
pub fn listing_hashes(plane: &LumaPlane) -> Vec<VariantHash> {
    let mut rects = page_rects(plane);
    let full = rects[0].1;
    for dy in -1i8..=1 {
        for dx in -1i8..=1 {
            if (dx, dy) != (0, 0) {
                rects.push((Variant::Offset(OFFSET_CROP, dx, dy), offset(full, OFFSET_CROP, dx, dy)));
            }
        }
    }
    hash_rects(plane, rects)
}

/// Size of the listing side's off-centre crops, in percent of each side.
pub const OFFSET_CROP: u8 = 92;

fn page_rects(plane: &LumaPlane) -> Vec<(Variant, Rect)> {
    let full = Rect { x0: 0, y0: 0, x1: plane.width, y1: plane.height };
    let trimmed = trim_box(plane);
    let mut rects = vec![(Variant::Full, full), (Variant::Trimmed, trimmed)];
    for pct in CENTRE_CROPS {
        rects.push((Variant::Centre(pct), centre(full, pct)));
    }
    for pct in TRIMMED_CENTRE_CROPS {
        rects.push((Variant::TrimmedCentre(pct), centre(trimmed, pct)));
    }
    rects
}

fn hash_rects(plane: &LumaPlane, rects: Vec<(Variant, Rect)>) -> Vec<VariantHash> {
    let full = Rect { x0: 0, y0: 0, x1: plane.width, y1: plane.height };
    let mut out: Vec<VariantHash> = Vec::with_capacity(rects.len());
    let mut seen: Vec<Rect> = Vec::with_capacity(rects.len());
    for (variant, r) in rects {
        if seen.contains(&r) {
            continue;
        }
        seen.push(r);
        let part = if r == full { Some(plane.clone()) } else { plane.crop(r.x0, r.y0, r.x1, r.y1) };
        if let Some(part) = part {
            out.push(VariantHash { variant, output: hash_luma(part) });
        }
    }
    out
}

/// Quality at or above which an avatar's hash is compared. Lower than Meta's
/// general recommendation for photos (50, [`super::pdq::MIN_USABLE_QUALITY`]):
/// logos are simpler than photos (13 % of generated logos score under 50), and
/// measurement (docs/avatar-thresholds.md) shows that hashes down to this floor
/// bring no unrelated pair closer while matching those logos' copies. Under it:
/// flat pictures (a plain colour, a faint gradient), whose bits are noise.
pub const AVATAR_MIN_QUALITY: u8 = 20;

/// The usable hashes of a picture: what an index stores or a page is looked up by.
pub fn usable(hashes: &[VariantHash]) -> Vec<PdqHash> {
    hashes.iter().filter(|h| h.output.quality >= AVATAR_MIN_QUALITY).map(|h| h.output.hash).collect()
}

/// Smallest Hamming distance between any hash of `a` and any of `b`; `None` if
/// either is empty.
pub fn min_distance(a: &[PdqHash], b: &[PdqHash]) -> Option<u32> {
    a.iter().flat_map(|x| b.iter().map(move |y| x.hamming(y))).min()
}

fn offset(r: Rect, pct: u8, dx: i8, dy: i8) -> Rect {
    let c = centre(r, pct);
    let shift = |lo: usize, hi: usize, c0: usize, c1: usize, d: i8| match d {
        -1 => (lo, lo + (c1 - c0)),
        1 => (hi - (c1 - c0), hi),
        _ => (c0, c1),
    };
    let (x0, x1) = shift(r.x0, r.x1, c.x0, c.x1, dx);
    let (y0, y1) = shift(r.y0, r.y1, c.y0, c.y1, dy);
    Rect { x0, y0, x1, y1 }
}

fn centre(r: Rect, pct: u8) -> Rect {
    let (w, h) = (r.x1 - r.x0, r.y1 - r.y0);
    let (cw, ch) = ((w * pct as usize / 100).max(1), (h * pct as usize / 100).max(1));
    let (x0, y0) = (r.x0 + (w - cw) / 2, r.y0 + (h - ch) / 2);
    Rect { x0, y0, x1: x0 + cw, y1: y0 + ch }
}

/// The picture without its near-uniform borders: lines of (almost) one shade
/// are peeled off each side in turn, whatever the shade (a frame, then the
/// padding inside it), up to [`MAX_TRIM_PER_SIDE`] of the picture per side.
pub fn trim_box(plane: &LumaPlane) -> Rect {
    let (w, h) = (plane.width, plane.height);
    let mut r = Rect { x0: 0, y0: 0, x1: w, y1: h };
    let max_x = (w as f32 * MAX_TRIM_PER_SIDE) as usize;
    let max_y = (h as f32 * MAX_TRIM_PER_SIDE) as usize;
    let mut line = Vec::with_capacity(w.max(h));
    loop {
        let before = r;
        if r.y0 < max_y && uniform(&mut line, (r.x0..r.x1).map(|x| plane.at(x, r.y0))) {
            r.y0 += 1;
        }
        if h - r.y1 < max_y && uniform(&mut line, (r.x0..r.x1).map(|x| plane.at(x, r.y1 - 1))) {
            r.y1 -= 1;
        }
        if r.x0 < max_x && uniform(&mut line, (r.y0..r.y1).map(|y| plane.at(r.x0, y))) {
            r.x0 += 1;
        }
        if w - r.x1 < max_x && uniform(&mut line, (r.y0..r.y1).map(|y| plane.at(r.x1 - 1, y))) {
            r.x1 -= 1;
        }
        if r == before {
            return r;
        }
    }
}

fn uniform(line: &mut Vec<f32>, values: impl Iterator<Item = f32>) -> bool {
    line.clear();
    line.extend(values);
    if line.is_empty() {
        return false;
    }
    let mid = line.len() / 2;
    let (_, &mut median, _) = line.select_nth_unstable_by(mid, f32::total_cmp);
    let near = line.iter().filter(|v| (*v - median).abs() <= BORDER_TOLERANCE).count();
    near as f32 >= BORDER_SHARE * line.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plane(width: usize, height: usize, f: impl Fn(usize, usize) -> f32) -> LumaPlane {
        let data = (0..height).flat_map(|y| (0..width).map(move |x| (x, y))).map(|(x, y)| f(x, y)).collect();
        LumaPlane::from_luma(data, width, height).unwrap()
    }

    fn busy(x: usize, y: usize) -> f32 {
        ((x / 7 * 5 + y / 9 * 11 + x * y / 40) % 13) as f32 * 18.0
    }

    #[test]
    fn trim_peels_a_frame_and_the_padding_inside_it() {
        // 100×100: a black frame 5 px wide, white padding 5 px, busy content inside.
        let p = plane(100, 100, |x, y| {
            let d = x.min(y).min(99 - x).min(99 - y);
            if d < 5 {
                0.0
            } else if d < 10 {
                255.0
            } else {
                busy(x, y)
            }
        });
        let r = trim_box(&p);
        assert_eq!(r, Rect { x0: 10, y0: 10, x1: 90, y1: 90 });
    }

    #[test]
    fn trim_leaves_a_busy_picture_alone() {
        let p = plane(64, 48, busy);
        assert_eq!(trim_box(&p), Rect { x0: 0, y0: 0, x1: 64, y1: 48 });
    }

    #[test]
    fn trim_of_a_flat_picture_stops_at_the_cap() {
        let p = plane(100, 50, |_, _| 7.0);
        assert_eq!(trim_box(&p), Rect { x0: 30, y0: 15, x1: 70, y1: 35 });
    }

    #[test]
    fn framed_copy_is_closer_than_unrelated_picture() {
        let original = plane(200, 200, busy);
        let framed = plane(240, 240, |x, y| if x < 20 || y < 20 || x >= 220 || y >= 220 { 40.0 } else { busy(x - 20, y - 20) });
        let other = plane(200, 200, |x, y| busy(y, x / 2 + 3));
        let a = usable(&variant_hashes(&original));
        let b = usable(&variant_hashes(&framed));
        let c = usable(&variant_hashes(&other));
        assert!(!a.is_empty() && !b.is_empty() && !c.is_empty());
        assert!(min_distance(&a, &b).unwrap() <= 10, "{:?}", min_distance(&a, &b));
        assert!(min_distance(&a, &c).unwrap() > 60, "{:?}", min_distance(&a, &c));
    }

    #[test]
    fn offset_crops_sit_against_the_edges() {
        let r = Rect { x0: 0, y0: 0, x1: 100, y1: 50 };
        assert_eq!(offset(r, 90, -1, -1), Rect { x0: 0, y0: 0, x1: 90, y1: 45 });
        assert_eq!(offset(r, 90, 1, 1), Rect { x0: 10, y0: 5, x1: 100, y1: 50 });
        assert_eq!(offset(r, 90, 0, 1), Rect { x0: 5, y0: 5, x1: 95, y1: 50 });
        assert_eq!(Variant::Offset(92, -1, 1).label(), "crop92-bottom-left");
        assert_eq!(Variant::Offset(92, 0, -1).label(), "crop92-top");
        assert_eq!(Variant::Offset(92, 9, 0).label(), "crop92-right");
    }

    #[test]
    fn a_listing_keeps_the_page_variants_and_the_edge_crops() {
        let p = plane(120, 120, busy);
        let page = variant_hashes(&p);
        let listing = listing_hashes(&p);
        assert_eq!(&listing[..page.len()], &page[..]);
        assert_eq!(listing.len(), page.len() + 8);
    }

    #[test]
    fn tiny_and_empty_inputs_do_not_panic() {
        assert!(avatar_hashes(&[], 0, 0, PixelLayout::Rgba).is_err());
        let one = avatar_hashes(&[1, 2, 3], 1, 1, PixelLayout::Rgb).unwrap();
        assert!(usable(&one).is_empty());
        let thin = avatar_hashes(&[9; 3 * 300], 300, 1, PixelLayout::Rgb).unwrap();
        assert!(usable(&thin).is_empty());
        assert_eq!(min_distance(&[], &usable(&thin)), None);
    }
}
