//! `asli avatar-hash IMAGE...`: one `<hash> <quality> <path>` line per image
//! (`docs/spec.md` §3). JPEG, PNG and WebP are decoded by the `image` crate; transparent
//! parts read as white, as Facebook shows them. A file that cannot be read or
//! decoded gets an error line on stderr, the others are still hashed, and the
//! exit status is 1. With `--variants`, each image also gets one line per
//! robust variant a list entry keeps (`<hash> <quality> <path>#trim`,
//! `#centre90`, `#crop92-top-left`, ...: `robust::listing_hashes`), the extra
//! hashes that let framed, circle-cut or cropped copies still match.

use asli::avatar::robust::AVATAR_MIN_QUALITY;
use asli::avatar::robust::{listing_hashes, Variant};
use asli::avatar::{hash_pixels, LumaPlane, PixelLayout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Also print the hashes of the trimmed picture and its centre and edge crops (for a list entry's `avatars`).
    #[arg(long)]
    variants: bool,
    /// Images to hash (JPEG, PNG, WebP).
    #[arg(required = true)]
    images: Vec<PathBuf>,
}

/// Largest decoded picture accepted, in bytes of RGBA (guards against decompression bombs).
const MAX_DECODED_BYTES: u64 = 512 * 1024 * 1024;

pub fn run(args: Args) -> ExitCode {
    let mut failed = 0usize;
    for path in &args.images {
        match hash_file(path, args.variants) {
            Ok(lines) => {
                for line in lines {
                    println!("{line}");
                }
            }
            Err(e) => {
                eprintln!("asli avatar-hash: {}: {e}", path.display());
                failed += 1;
            }
        }
    }
    if failed > 0 {
        eprintln!("asli avatar-hash: {failed} of {} images could not be hashed", args.images.len());
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn hash_file(path: &Path, variants: bool) -> Result<Vec<String>, String> {
    let mut reader = image::ImageReader::open(path)
        .map_err(|e| format!("cannot open: {e}"))?
        .with_guessed_format()
        .map_err(|e| format!("cannot read: {e}"))?;
    if reader.format().is_none() {
        return Err("not a JPEG, PNG or WebP image".to_string());
    }
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    reader.limits(limits);
    let rgba = reader.decode().map_err(|e| format!("cannot decode: {e}"))?.to_rgba8();
    let (w, h) = rgba.dimensions();
    let out = hash_pixels(rgba.as_raw(), w, h, PixelLayout::Rgba).map_err(|e| e.to_string())?;
    if out.quality < AVATAR_MIN_QUALITY {
        eprintln!(
            "asli avatar-hash: {}: quality {} is below {AVATAR_MIN_QUALITY}: too flat, matching will ignore this hash",
            path.display(),
            out.quality
        );
    }
    let shown = path.display();
    let mut lines = vec![format!("{} {} {shown}", out.hash, out.quality)];
    if variants {
        let plane = LumaPlane::from_pixels(rgba.as_raw(), w, h, PixelLayout::Rgba).map_err(|e| e.to_string())?;
        for v in listing_hashes(&plane).into_iter().filter(|v| v.variant != Variant::Full) {
            lines.push(format!("{} {} {shown}#{}", v.output.hash, v.output.quality, v.variant.label()));
        }
    }
    Ok(lines)
}
