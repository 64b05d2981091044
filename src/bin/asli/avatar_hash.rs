//! `asli avatar-hash IMAGE...`: one `<hash> <quality> <path>` line per image.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Images to hash (JPEG, PNG, WebP).
    #[arg(required = true)]
    images: Vec<PathBuf>,
}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("asli avatar-hash: not implemented yet");
    ExitCode::from(2)
}
