//! `asli check`: JSON Lines in, one verdict per line out, in order (`docs/spec.md` §2).

use asli::list::merge::merge;
use asli::{Engine, List, Profile};
use serde_json::json;
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The list bundled with the extension, used when no `--list` is given.
pub const BUNDLED_LIST: &str = include_str!("../../../lists/morocco.json");

#[derive(clap::Args)]
pub struct Args {
    /// A list in the asli.list.v1 format; repeat to use several at once.
    /// Without it, the list bundled with the extension is used.
    #[arg(long = "list", value_name = "FILE")]
    lists: Vec<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let lists = match load_lists(&args.lists) {
        Ok(lists) => lists,
        Err(message) => {
            eprintln!("asli check: {message}");
            return ExitCode::from(2);
        }
    };
    // Several lists: the first given wins a disagreement, as in the extension.
    let labelled: Vec<(String, &List)> =
        args.lists.iter().map(|p| p.display().to_string()).chain(std::iter::once("bundled".to_string())).zip(&lists).collect();
    let pairs: Vec<(&str, &List)> = labelled.iter().map(|(label, list)| (label.as_str(), *list)).collect();
    let merged = merge(&pairs);
    for conflict in &merged.conflicts {
        eprintln!("asli check: {conflict}");
    }
    let engine = Engine::new(&[List { entries: merged.entries, ..lists[0].clone() }]);
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(line) => line,
            Err(e) => json!({"verdict": "error", "error": format!("unreadable line: {e}")}).to_string(),
        };
        let verdict = verdict_line(&engine, &line);
        if writeln!(out, "{verdict}").is_err() {
            return ExitCode::from(1); // stdout closed: nobody is reading any more
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn load_lists(paths: &[PathBuf]) -> Result<Vec<List>, String> {
    if paths.is_empty() {
        return List::from_json(BUNDLED_LIST).map(|l| vec![l]).map_err(|e| format!("bundled list: {e}"));
    }
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            List::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

/// One input line to one output line; a bad line becomes an `error` verdict.
fn verdict_line(engine: &Engine, line: &str) -> String {
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"verdict": "error", "error": format!("not valid JSON: {e}")}).to_string(),
    };
    if !value.get("name").is_some_and(|n| n.is_string()) {
        return json!({"verdict": "error", "error": "the profile has no \"name\" string"}).to_string();
    }
    match serde_json::from_value::<Profile>(value) {
        Ok(profile) => serde_json::to_string(&engine.check(&profile)).expect("a verdict always serialises"),
        Err(e) => json!({"verdict": "error", "error": format!("not a profile: {e}")}).to_string(),
    }
}
