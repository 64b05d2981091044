//! Tuning aid: how the engine reads and finds names.
//! `cargo run --release --example explain -- LIST.json "name" ...`
use asli::{text, Engine, List, Profile};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let list = List::from_json(&std::fs::read_to_string(&args[1]).expect("list file")).expect("list");
    let engine = Engine::new(&[list]);
    for name in &args[2..] {
        println!("== {name}");
        for t in &text::tokens(name).tokens {
            println!("  token {:?} {:?} upper={} phon={}", t.text, t.script, t.upper, text::translit::phonetic(&t.text, t.script));
        }
        for line in engine.explain_name(name) {
            println!("  {line}");
        }
        let profile = Profile { name: name.clone(), ..Profile::default() };
        let v = engine.check(&profile);
        println!("  verdict {:?} {:.2} {:?} {:?}", v.verdict, v.score, v.entry, v.reasons.iter().map(|r| r.code).collect::<Vec<_>>());
    }
}
