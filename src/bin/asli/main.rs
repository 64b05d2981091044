//! `asli`: the command-line tool for newsrooms, researchers and list maintainers.
//! Each subcommand lives in its own file; this one only dispatches.

mod avatar_hash;
mod check;
mod list_cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "asli", version, about = "Tell real Facebook pages from their impersonators, offline")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read profiles as JSON Lines on stdin, write one verdict per line on stdout.
    Check(check::Args),
    /// Print `<pdq hash> <quality> <path>` for each image.
    AvatarHash(avatar_hash::Args),
    /// Maintain a list: validate, add, diff, keygen, sign, verify, stats.
    List(list_cmd::Args),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Check(args) => check::run(args),
        Command::AvatarHash(args) => avatar_hash::run(args),
        Command::List(args) => list_cmd::run(args),
    }
}
