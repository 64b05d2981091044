//! The luminance plane PDQ works on: pixels (RGB or RGBA bytes) in, one `f32`
//! per pixel out, with Meta's coefficients (Rec. 601: 0.299 R + 0.587 G + 0.114 B).
//! Also the few plane operations the robust hashing needs (crop).

use std::fmt;

/// How the bytes of a picture are laid out, row-major, no padding between rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PixelLayout {
    /// 3 bytes per pixel.
    Rgb,
    /// 4 bytes per pixel, straight (not premultiplied) alpha, as a canvas's
    /// `getImageData` gives. Transparent parts are composited over white, as
    /// Facebook shows a transparent logo.
    Rgba,
}

impl PixelLayout {
    pub fn bytes_per_pixel(self) -> usize {
        match self {
            PixelLayout::Rgb => 3,
            PixelLayout::Rgba => 4,
        }
    }
}

/// Largest picture hashed, in pixels (two `f32` planes of it are held at once).
pub const MAX_PIXELS: u64 = 40_000_000;

/// Why a picture could not be turned into a luminance plane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageError {
    /// Width or height is zero.
    Empty { width: u32, height: u32 },
    /// More than [`MAX_PIXELS`] pixels.
    TooLarge { width: u32, height: u32 },
    /// The byte buffer does not hold `width × height` pixels of the layout.
    WrongLength { expected: u64, got: usize },
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::Empty { width, height } => write!(f, "empty image ({width}×{height})"),
            ImageError::TooLarge { width, height } => {
                write!(f, "image too large to hash ({width}×{height}, limit {MAX_PIXELS} pixels)")
            }
            ImageError::WrongLength { expected, got } => {
                write!(f, "pixel buffer has {got} bytes, expected {expected}")
            }
        }
    }
}

impl std::error::Error for ImageError {}

pub(crate) const LUMA_FROM_R: f32 = 0.299;
pub(crate) const LUMA_FROM_G: f32 = 0.587;
pub(crate) const LUMA_FROM_B: f32 = 0.114;

/// A luminance plane, row-major, values 0..=255.
#[derive(Debug, Clone, PartialEq)]
pub struct LumaPlane {
    pub(crate) width: usize,
    pub(crate) height: usize,
    pub(crate) data: Vec<f32>,
}

impl LumaPlane {
    /// Converts pixels to luminance. Checks sizes; never panics on input.
    pub fn from_pixels(pixels: &[u8], width: u32, height: u32, layout: PixelLayout) -> Result<LumaPlane, ImageError> {
        if width == 0 || height == 0 {
            return Err(ImageError::Empty { width, height });
        }
        let count = width as u64 * height as u64;
        if count > MAX_PIXELS {
            return Err(ImageError::TooLarge { width, height });
        }
        let expected = count * layout.bytes_per_pixel() as u64;
        if pixels.len() as u64 != expected {
            return Err(ImageError::WrongLength { expected, got: pixels.len() });
        }
        let data = match layout {
            PixelLayout::Rgb => {
                pixels.chunks_exact(3).map(|p| LUMA_FROM_R * p[0] as f32 + LUMA_FROM_G * p[1] as f32 + LUMA_FROM_B * p[2] as f32).collect()
            }
            PixelLayout::Rgba => pixels
                .chunks_exact(4)
                .map(|p| {
                    let y = LUMA_FROM_R * p[0] as f32 + LUMA_FROM_G * p[1] as f32 + LUMA_FROM_B * p[2] as f32;
                    match p[3] {
                        255 => y,
                        a => {
                            let a = a as f32 / 255.0;
                            y * a + 255.0 * (1.0 - a)
                        }
                    }
                })
                .collect(),
        };
        Ok(LumaPlane { width: width as usize, height: height as usize, data })
    }

    /// A plane from luminance values already computed (tests, benches).
    pub fn from_luma(data: Vec<f32>, width: usize, height: usize) -> Option<LumaPlane> {
        (width > 0 && height > 0 && width.checked_mul(height) == Some(data.len())).then_some(LumaPlane { width, height, data })
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    pub fn data(&self) -> &[f32] {
        &self.data
    }

    pub(crate) fn at(&self, x: usize, y: usize) -> f32 {
        self.data[y * self.width + x]
    }

    /// The rectangle `[x0, x1) × [y0, y1)`, clamped to the plane; `None` if empty.
    pub fn crop(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> Option<LumaPlane> {
        let (x1, y1) = (x1.min(self.width), y1.min(self.height));
        if x0 >= x1 || y0 >= y1 {
            return None;
        }
        let mut data = Vec::with_capacity((x1 - x0) * (y1 - y0));
        for y in y0..y1 {
            data.extend_from_slice(&self.data[y * self.width + x0..y * self.width + x1]);
        }
        Some(LumaPlane { width: x1 - x0, height: y1 - y0, data })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_and_short_buffers() {
        assert_eq!(LumaPlane::from_pixels(&[], 0, 0, PixelLayout::Rgb), Err(ImageError::Empty { width: 0, height: 0 }));
        assert!(matches!(LumaPlane::from_pixels(&[0; 11], 2, 2, PixelLayout::Rgb), Err(ImageError::WrongLength { expected: 12, got: 11 })));
        assert!(matches!(LumaPlane::from_pixels(&[], u32::MAX, u32::MAX, PixelLayout::Rgba), Err(ImageError::TooLarge { .. })));
    }

    #[test]
    fn transparent_pixels_read_as_white() {
        let plane = LumaPlane::from_pixels(&[0, 0, 0, 0, 0, 0, 0, 255], 2, 1, PixelLayout::Rgba).unwrap();
        assert!((plane.data[0] - 255.0).abs() < 1e-3);
        assert_eq!(plane.data[1], 0.0);
    }

    #[test]
    fn crop_clamps_and_refuses_empty() {
        let plane = LumaPlane::from_luma((0..12).map(|v| v as f32).collect(), 4, 3).unwrap();
        let c = plane.crop(1, 1, 10, 10).unwrap();
        assert_eq!((c.width, c.height), (3, 2));
        assert_eq!(c.data, vec![5.0, 6.0, 7.0, 9.0, 10.0, 11.0]);
        assert!(plane.crop(3, 0, 3, 3).is_none());
    }
}
