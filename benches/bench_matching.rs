//! One check against a generated 100,000-entry list: through the engine's
//! index, and the naive way (normalise the name, then `strsim` against every
//! listed name), measured in the same run. Also reports the index build time
//! and its memory (live heap bytes, counted by a wrapping allocator), and the
//! compiled index (`Engine::compiled_index`): its size and how long loading
//! it takes (`Engine::load_or_build`) instead of building.
//!
//! Run: `cargo bench --bench bench_matching` (add `-- --quick` for a short run;
//! `ASLI_BENCH_PROFILE=SECONDS` runs only checks after the build, for a profiler;
//! `ASLI_BENCH_PROFILE_LOADS=N` only N loads of the compiled index).
//! The list is generated, deterministic (a fixed-seed xorshift), and mixes
//! Latin and Arabic names, multi-word names with common words, acronyms and
//! accounts, like the bundled list but 2,000 times larger.

use asli::list::{Account, Entry, Kind};
use asli::{text, Engine, List, Profile};
use criterion::{black_box, Criterion};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const ENTRIES: usize = 100_000;
/// The compiled index is loaded this many times.
const LOAD_RUNS: usize = 5;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const LATIN_SYLLABLES: &[&str] =
    &["ha", "mo", "ra", "ki", "sa", "be", "lu", "ta", "ni", "zo", "ma", "ri", "do", "fe", "gu", "pa", "ch", "ou", "el", "ar"];
const ARABIC_SYLLABLES: &[&str] = &["ها", "مو", "را", "كي", "سا", "بي", "لو", "تا", "ني", "زو", "ما", "ري", "دو", "في", "قو", "با"];
const COMMON: &[&str] = &["News", "Radio", "TV", "Info", "Presse", "جريدة", "أخبار", "قناة", "Maroc", "Journal"];

fn word(rng: &mut Rng, syllables: &[&str]) -> String {
    let n = 2 + rng.below(3);
    (0..n).map(|_| rng.pick(syllables)).collect()
}

/// A word that only entry `i` has: every listed entity's name is its own.
fn unique_word(mut i: usize, syllables: &[&str]) -> String {
    let mut out = String::new();
    for _ in 0..4 {
        out.push_str(syllables[i % syllables.len()]);
        i /= syllables.len();
    }
    out
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn generate_list() -> List {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let entries = (0..ENTRIES)
        .map(|i| {
            let latin = capitalise(&format!("{}{}", word(&mut rng, LATIN_SYLLABLES), unique_word(i, LATIN_SYLLABLES)));
            let arabic = format!("{}{}", word(&mut rng, ARABIC_SYLLABLES), unique_word(i, ARABIC_SYLLABLES));
            let mut names = vec![latin.clone(), arabic.clone()];
            match rng.below(4) {
                0 => names.push(format!("{latin} {}", rng.pick(COMMON))),
                1 => names.push(format!("{} {arabic}", rng.pick(COMMON))),
                2 => names.push(format!("{}.ma", latin.to_lowercase())),
                _ => {}
            }
            let accounts = if i % 2 == 0 {
                vec![Account {
                    platform: "facebook".into(),
                    id: Some(format!("{}", 100_000_000 + i)),
                    handle: Some(format!("{latin}{i}")),
                    created: None,
                    extra: Default::default(),
                }]
            } else {
                Vec::new()
            };
            Entry {
                id: format!("gen-{i}"),
                kind: [Kind::Outlet, Kind::Institution, Kind::Official][i % 3],
                names,
                country: Some("MA".into()),
                website: None,
                accounts,
                avatars: Vec::new(),
                sources: Vec::new(),
                namesakes: Vec::new(),
                extra: Default::default(),
            }
        })
        .collect();
    List {
        format: "asli.list.v1".into(),
        name: "generated".into(),
        publisher: "bench".into(),
        version: 1,
        entries,
        extra: Default::default(),
    }
}

/// Profiles to check: disguised copies of listed names (with the entry they
/// copy), and innocent names.
fn queries(list: &List) -> Vec<(Profile, Option<String>)> {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut out = Vec::new();
    for i in 0..1000 {
        let e = &list.entries[rng.below(list.entries.len())];
        let expected = (i % 5 < 3).then(|| e.id.clone());
        let name = &e.names[rng.below(e.names.len())];
        let q = match i % 5 {
            0 => format!("{name} Officiel ✅"),
            1 => name.replace('a', "а").replace('o', "о"), // Cyrillic
            2 => {
                let mut c: Vec<char> = name.chars().collect();
                if c.len() > 3 {
                    c.swap(1, 2);
                }
                c.into_iter().collect()
            }
            3 => format!("{} {}", capitalise(&word(&mut rng, LATIN_SYLLABLES)), rng.pick(COMMON)),
            _ => format!("Page {} {}", word(&mut rng, ARABIC_SYLLABLES), rng.pick(COMMON)),
        };
        out.push((Profile::named(&q), expected));
    }
    out
}

/// The naive way: fold every listed name once, then for each check fold the
/// profile's name and compare it with all of them.
struct Naive {
    names: Vec<(String, usize)>,
}

impl Naive {
    fn new(list: &List) -> Naive {
        let names = list.entries.iter().enumerate().flat_map(|(i, e)| e.names.iter().map(move |n| (text::fold(n), i))).collect();
        Naive { names }
    }

    fn check(&self, profile: &Profile) -> Option<usize> {
        let q = text::fold(&profile.name);
        let mut best = (0.0, None);
        for (name, entry) in &self.names {
            let s = strsim::normalized_damerau_levenshtein(&q, name);
            if s > best.0 {
                best = (s, Some(*entry));
            }
        }
        (best.0 >= 0.85).then_some(best.1).flatten()
    }
}

fn percentile(mut samples: Vec<Duration>, p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p) as usize]
}

/// p50 and p99 of one check through the index, each query checked five times.
fn index_checks(engine: &Engine, queries: &[Profile]) -> (Duration, Duration) {
    let mut fast = Vec::new();
    for _ in 0..5 {
        for q in queries {
            let t = Instant::now();
            black_box(engine.check(black_box(q)));
            fast.push(t.elapsed());
        }
    }
    (percentile(fast.clone(), 0.5), percentile(fast, 0.99))
}

fn report(engine: &Engine, naive: &Naive, queries: &[Profile]) -> (Duration, Duration) {
    let (p50_fast, p99_fast) = index_checks(engine, queries);
    let mut slow = Vec::new();
    for q in queries.iter().take(40) {
        let t = Instant::now();
        black_box(naive.check(black_box(q)));
        slow.push(t.elapsed());
    }
    let p50_slow = percentile(slow, 0.5);
    println!("one check, index: p50 {p50_fast:?}, p99 {p99_fast:?}");
    println!("one check, naive (fold + strsim against every name): p50 {p50_slow:?}");
    println!("ratio naive/index at p50: {:.0}x", p50_slow.as_secs_f64() / p50_fast.as_secs_f64());
    (p50_fast, p50_slow)
}

/// The bundled list (`lists/morocco.json`).
const BUNDLED: &str = include_str!("../lists/morocco.json");

/// Cold start, first thing in the process: the tables `text` makes at first
/// use (the word lexicons), the engine on the bundled list, its first check
/// and a second one. What a freshly started service worker waits for.
fn cold_start() {
    let t = Instant::now();
    black_box(text::words::is_frequent_word(black_box("hespress")));
    let lexicon = t.elapsed();
    let list = List::from_json(BUNDLED).expect("the bundled list");
    let entries = list.entries.len();
    let t = Instant::now();
    let engine = Engine::new(&[list]);
    let build = t.elapsed();
    let t = Instant::now();
    black_box(engine.check(&Profile::named("Hespress Officiel")));
    let first = t.elapsed();
    let t = Instant::now();
    black_box(engine.check(&Profile::named("هسبريس عربي")));
    let second = t.elapsed();
    println!(
        "cold start, bundled list ({entries} entries): word lexicons made in {lexicon:?}, then engine built in {build:?}, first check {first:?}, second {second:?}"
    );
}

fn main() {
    cold_start();
    let list = generate_list();
    let names: usize = list.entries.iter().map(|e| e.names.len()).sum();
    let lists = [list];
    // The engine takes the lists (`Engine::from_lists`): its heap is what it
    // adds to the list's own entries, which it keeps without copying them.
    let before = LIVE.load(Ordering::Relaxed);
    let taken = lists.to_vec();
    let list_heap = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let before = LIVE.load(Ordering::Relaxed);
    let t = Instant::now();
    let engine = Engine::from_lists(taken);
    let build = t.elapsed();
    let live = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    println!("list: {ENTRIES} entries, {names} names; the list's entries hold {:.1} MB", list_heap as f64 / 1e6);
    let (names_bytes, keys_bytes) = engine.index_heap_bytes();
    println!(
        "index build: {build:?}; engine heap {:.1} MB beside the entries it took (index + its own tables); index ~{:.1} MB = folded names {:.1} MB + key table {:.1} MB",
        live as f64 / 1e6,
        (names_bytes + keys_bytes) as f64 / 1e6,
        names_bytes as f64 / 1e6,
        keys_bytes as f64 / 1e6
    );
    // Every query's verdict, to compare two versions' results (`ASLI_BENCH_DUMP=PATH`), then nothing else.
    if let Ok(path) = std::env::var("ASLI_BENCH_DUMP") {
        let mut out = String::new();
        for (p, _) in queries(&lists[0]) {
            let v = engine.check(&p);
            out.push_str(&format!("{:?}\t{:?}\t{:?}\t{:?}\n", p.name, v.verdict, v.entry, v.score));
        }
        std::fs::write(path, out).expect("the dump written");
        return;
    }
    // Checks alone, for a profiler (`ASLI_BENCH_PROFILE=SECONDS`), then nothing else.
    if let Some(seconds) = std::env::var("ASLI_BENCH_PROFILE").ok().and_then(|s| s.parse().ok()) {
        let profiles: Vec<Profile> = queries(&lists[0]).into_iter().map(|(p, _)| p).collect();
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(seconds) {
            profiles.iter().for_each(|p| drop(black_box(engine.check(black_box(p)))));
        }
        return;
    }
    // The compiled index: the list's hash stands in for its text's (the list is generated, never written).
    let hash = asli::matcher::lists_hash(&["generated by bench_matching"]);
    let t = Instant::now();
    let bytes = engine.compiled_index(&hash);
    let compile = t.elapsed();
    // Loads alone, for a profiler (`ASLI_BENCH_PROFILE_LOADS=N`), then nothing else.
    if let Some(n) = std::env::var("ASLI_BENCH_PROFILE_LOADS").ok().and_then(|n| n.parse().ok()) {
        for _ in 0..n {
            let (taken, kept) = (lists.to_vec(), bytes.clone());
            drop(black_box(Engine::load_or_build(taken, &hash, Some(kept))));
        }
        return;
    }
    // The lists and the bytes are the engine's to keep (as the extension's
    // wasm gives them). Loaded a few times: the fastest and the median say
    // more than one load on a machine shared with other work.
    let mut loads = Vec::new();
    let mut loaded = None;
    let mut loaded_live = 0;
    for _ in 0..LOAD_RUNS {
        drop(loaded.take());
        let (taken, kept) = (lists.to_vec(), bytes.clone());
        let before = LIVE.load(Ordering::Relaxed);
        let t = Instant::now();
        let (engine, refused) = Engine::load_or_build(taken, &hash, Some(kept));
        loads.push(t.elapsed());
        // The bytes it keeps count as its heap: they were allocated before it took them.
        loaded_live = LIVE.load(Ordering::Relaxed).saturating_sub(before) + bytes.len();
        assert_eq!(refused, None, "the engine loads its own compiled index");
        loaded = Some(engine);
    }
    let loaded = loaded.expect("loaded");
    println!(
        "compiled index: {:.1} MB, written in {compile:?}; loaded in {:?} (fastest of {LOAD_RUNS}; median {:?}; index read and checked, the engine's tables made), engine heap {:.1} MB beside the entries (the bytes it reads in place included)",
        bytes.len() as f64 / 1e6,
        percentile(loads.clone(), 0.0),
        percentile(loads, 0.5),
        loaded_live as f64 / 1e6
    );
    drop(bytes);
    let naive = Naive::new(&lists[0]);
    let labelled = queries(&lists[0]);
    let disguised = labelled.iter().filter(|(_, e)| e.is_some()).count();
    let found = labelled.iter().filter(|(p, e)| e.is_some() && engine.check(p).entry == *e).count();
    let alarms = labelled.iter().filter(|(p, e)| e.is_none() && engine.check(p).verdict.is_warning()).count();
    println!(
        "disguised copies found in the 100k list: {found}/{disguised}; warnings on innocent names: {alarms}/{}",
        labelled.len() - disguised
    );
    // A few of them, to see which rule spoke (`ASLI_BENCH_SHOW=N`).
    let show: usize = std::env::var("ASLI_BENCH_SHOW").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    for (p, _) in labelled.iter().filter(|(p, e)| e.is_none() && engine.check(p).verdict.is_warning()).take(show) {
        let v = engine.check(p);
        let codes: Vec<&str> = v.reasons.iter().map(|r| r.code.as_str()).collect();
        println!("  innocent warned: {:?} -> {:?} {:?} {codes:?}", p.name, v.verdict, v.entry);
    }
    let queries: Vec<Profile> = labelled.into_iter().map(|(p, _)| p).collect();
    let counts: Vec<usize> = queries.iter().map(|q| engine.candidate_count(&q.name)).collect();
    println!(
        "candidates verified per check: mean {:.1}, max {}",
        counts.iter().sum::<usize>() as f64 / counts.len() as f64,
        counts.iter().max().unwrap_or(&0)
    );
    report(&engine, &naive, &queries);
    // The loaded engine reads its index in place: the same verdicts, at what speed.
    let same = queries.iter().all(|q| {
        let (a, b) = (engine.check(q), loaded.check(q));
        (a.verdict, a.entry, a.score) == (b.verdict, b.entry, b.score)
    });
    assert!(same, "the loaded engine decides as the built one");
    let (p50, p99) = index_checks(&loaded, &queries);
    println!("one check, loaded engine (index read in place; same verdicts on every check): p50 {p50:?}, p99 {p99:?}");

    let mut c = Criterion::default().configure_from_args().measurement_time(Duration::from_secs(3)).sample_size(30);
    let mut group = c.benchmark_group("check_100k");
    let mut i = 0;
    group.bench_function("index", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            engine.check(black_box(&queries[i]))
        })
    });
    let mut j = 0;
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    group.bench_function("naive_strsim", |b| {
        b.iter(|| {
            j = (j + 1) % queries.len();
            naive.check(black_box(&queries[j]))
        })
    });
    group.finish();
    c.final_summary();
}
