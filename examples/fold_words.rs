//! Words as the engine folds them, for tables made at generation time
//! (`tools/gen-frequent-words.py`): reads words on standard input, one or
//! more a line, and prints each word's folded tokens, one a line.
//! `cargo run --release --example fold_words < words.txt`
use asli::text;
use std::io::{BufRead, Write};

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        for word in line.expect("words on standard input").split_whitespace() {
            for token in text::tokens(word).tokens {
                writeln!(out, "{}", token.text).expect("standard output");
            }
        }
    }
}
