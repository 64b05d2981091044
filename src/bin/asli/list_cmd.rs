//! `asli list ...`: the maintainers' toolkit.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> ExitCode {
    eprintln!("asli list: not implemented yet");
    ExitCode::from(2)
}
