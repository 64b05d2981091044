//! The fuzz driver: runs one target (or all) on its seed corpus, then on N
//! inputs made from it (bit flips, inserted, removed and repeated bytes,
//! splices of two seeds, truncations) and on random bytes, each under
//! `catch_unwind`. A panic is a crash: its input is written to
//! `fuzz/artifacts/<target>/crash-<hash>` and counted; the run goes on.
//! Deterministic for a given `--seed`.
//!
//!   cargo run --release --manifest-path fuzz/Cargo.toml -- TARGET [--runs N] [--seed S] [--max-len BYTES]
//!   TARGET: fold_text | check_profile | list_update | pdq_image | compiled_index | all
//!   replay one input: ... -- TARGET --input FILE
//!   check the driver itself: ... -- self-check   (a target that panics on purpose must be caught)

mod targets;

use std::panic;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// xorshift64*: small, seedable, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Bytes worth inserting: JSON punctuation, digits, UTF-8 of Arabic letters,
/// bidi controls, combining marks, zero-width joiners.
const TOKENS: &[&[u8]] = &[
    b"{", b"}", b"[", b"]", b"\"", b":", b",", b"0", b"9", b"-", b"null", b"true", b"1e999", b"\\u0000",
    "ا".as_bytes(), "ى".as_bytes(), "ة".as_bytes(), "\u{202e}".as_bytes(), "\u{200d}".as_bytes(), "\u{0301}".as_bytes(),
    "\u{fe0f}".as_bytes(), "Ⓗ".as_bytes(), "０".as_bytes(), b"\xff", b"\xc3",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    if seeds.is_empty() || rng.below(8) == 0 {
        let len = rng.below(max_len.min(512) + 1);
        return (0..len).map(|_| rng.next() as u8).collect();
    }
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(6) {
        let len = data.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            2 => {
                let i = rng.below(len + 1);
                let t = TOKENS[rng.below(TOKENS.len())];
                data.splice(i..i, t.iter().copied());
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(16));
                data.drain(i..i + n);
            }
            4 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                let chunk = data[i..i + n].to_vec();
                let at = rng.below(data.len() + 1);
                data.splice(at..at, chunk);
            }
            5 => {
                let other = &seeds[rng.below(seeds.len())];
                let cut = rng.below(data.len() + 1);
                let from = rng.below(other.len() + 1);
                data.truncate(cut);
                data.extend_from_slice(&other[from..]);
            }
            6 if len > 0 => data.truncate(rng.below(len)),
            _ => {
                let i = rng.below(len + 1);
                let n = rng.below(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                data.splice(i..i, bytes);
            }
        }
    }
    data.truncate(max_len);
    data
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn read_corpus(name: &str) -> Vec<Vec<u8>> {
    let dir = fuzz_dir().join("corpus").join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.sort();
    files.iter().filter(|p| p.is_file()).filter_map(|p| std::fs::read(p).ok()).collect()
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3))
}

/// Runs `target` on one input; the panic message when it panicked.
fn run_one(target: targets::Target, data: &[u8]) -> Option<String> {
    panic::catch_unwind(|| target(data)).err().map(|e| {
        e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_else(|| "panic".into())
    })
}

struct Summary {
    inputs: u64,
    from_corpus: usize,
    crashes: u64,
    seconds: f64,
}

fn fuzz(name: &str, target: targets::Target, runs: u64, seed: u64, max_len: usize) -> Summary {
    let start = Instant::now();
    let seeds = read_corpus(name);
    let mut rng = Rng(seed ^ fnv(name.as_bytes()) | 1);
    let mut crashes = 0;
    let mut inputs = 0;
    let mut report = |data: &[u8], message: String| {
        crashes += 1;
        let dir = fuzz_dir().join("artifacts").join(name);
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join(format!("crash-{:016x}", fnv(data)));
        let _ = std::fs::write(&file, data);
        if crashes <= 5 {
            eprintln!("{name}: CRASH ({} bytes) saved as {}: {message}", data.len(), file.display());
        }
    };
    for data in &seeds {
        inputs += 1;
        if let Some(m) = run_one(target, data) {
            report(data, m);
        }
    }
    for _ in 0..runs {
        let data = mutate(&mut rng, &seeds, max_len);
        inputs += 1;
        if let Some(m) = run_one(target, &data) {
            report(&data, m);
        }
    }
    Summary { inputs, from_corpus: seeds.len(), crashes, seconds: start.elapsed().as_secs_f64() }
}

/// The driver catches a panic, saves its input and counts it: a target that
/// panics on inputs containing "boom" must be reported on the seed that has it.
fn self_check() {
    fn boom(data: &[u8]) {
        if data.windows(4).any(|w| w == b"boom") {
            panic!("deliberate");
        }
    }
    panic::set_hook(Box::new(|_| {}));
    assert_eq!(run_one(boom, b"fine"), None);
    assert_eq!(run_one(boom, b"a boom here").as_deref(), Some("deliberate"));
    let mut rng = Rng(7);
    let seeds = vec![b"xxboomxx".to_vec()];
    let mut found = 0;
    for _ in 0..1000 {
        if run_one(boom, &mutate(&mut rng, &seeds, 64)).is_some() {
            found += 1;
        }
    }
    assert!(found > 0, "mutations near a crashing seed crash too");
    println!("self-check: ok (a deliberate panic is caught; {found} of 1000 mutated inputs reached it)");
}

fn usage() -> ! {
    eprintln!("usage: asli-fuzz TARGET|all [--runs N] [--seed S] [--max-len BYTES] | TARGET --input FILE");
    eprintln!("targets: {}", targets::TARGETS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "));
    std::process::exit(2)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(which) = args.first().cloned() else { usage() };
    if which == "self-check" {
        self_check();
        return;
    }
    let (mut runs, mut seed, mut max_len, mut input) = (10_000u64, 1u64, 64 * 1024usize, None::<PathBuf>);
    let mut i = 1;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_else(|| usage());
        match args[i].as_str() {
            "--runs" => runs = value.parse().unwrap_or_else(|_| usage()),
            "--seed" => seed = value.parse().unwrap_or_else(|_| usage()),
            "--max-len" => max_len = value.parse().unwrap_or_else(|_| usage()),
            "--input" => input = Some(PathBuf::from(value)),
            _ => usage(),
        }
        i += 2;
    }
    let chosen: Vec<_> = targets::TARGETS.iter().filter(|(n, _)| which == "all" || *n == which).collect();
    if chosen.is_empty() {
        usage();
    }
    // Panics are reported by the driver, one line each, not by the default hook.
    panic::set_hook(Box::new(|_| {}));
    if let Some(file) = input {
        let data = std::fs::read(&file).unwrap_or_else(|e| {
            eprintln!("{}: {e}", file.display());
            std::process::exit(2)
        });
        for (name, target) in chosen {
            match run_one(*target, &data) {
                Some(m) => println!("{name}: CRASH: {m}"),
                None => println!("{name}: ok"),
            }
        }
        return;
    }
    let mut total = 0;
    for (name, target) in chosen {
        let s = fuzz(name, *target, runs, seed, max_len);
        println!(
            "{name}: {} inputs ({} from the seed corpus), {} crash(es), {:.1} s ({:.0} inputs/s)",
            s.inputs,
            s.from_corpus,
            s.crashes,
            s.seconds,
            s.inputs as f64 / s.seconds.max(1e-9)
        );
        total += s.crashes;
    }
    if total > 0 {
        std::process::exit(1);
    }
}
