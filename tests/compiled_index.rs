//! The compiled index (`Engine::compiled_index` / `Engine::from_compiled`):
//! loaded, it gives the verdicts the built index gives; made for other lists,
//! by another format, or damaged, it is refused (never trusted, never a panic).

use asli::matcher::{lists_hash, CompiledError};
use asli::{Engine, List, Profile};

const BUNDLED: &str = include_str!("../lists/morocco.json");
const DEVSET_LIST: &str = include_str!("devset/list.json");
const DEVSET_CASES: &str = include_str!("devset/cases.jsonl");
const CORPUS: &str = include_str!("corpus/generated.tsv");

fn engine_and_bytes(text: &str) -> (Vec<List>, [u8; 32], Engine, Vec<u8>) {
    let lists = vec![List::from_json(text).expect("the list parses")];
    let hash = lists_hash(&[text]);
    let engine = Engine::new(&lists);
    let bytes = engine.compiled_index(&hash);
    (lists, hash, engine, bytes)
}

fn verdict(engine: &Engine, profile: &Profile) -> String {
    serde_json::to_string(&engine.check(profile)).expect("a verdict serialises")
}

#[test]
fn a_loaded_index_gives_the_verdicts_of_the_built_one() {
    let (lists, hash, built, bytes) = engine_and_bytes(DEVSET_LIST);
    let loaded = Engine::from_compiled(&lists, &hash, &bytes).expect("its own bytes load");
    let mut profiles: Vec<Profile> = DEVSET_CASES
        .lines()
        .map(|l| {
            let case: serde_json::Value = serde_json::from_str(l).expect("a case");
            serde_json::from_value(case["profile"].clone()).expect("a profile")
        })
        .collect();
    profiles.extend(CORPUS.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(3)).map(Profile::named));
    assert!(profiles.len() > 1000);
    for p in &profiles {
        assert_eq!(verdict(&built, p), verdict(&loaded, p), "{p:?}");
    }
    assert_eq!(loaded.compiled_index(&hash), bytes, "compiling a loaded index gives the same bytes");
}

#[test]
fn an_index_compiled_for_other_lists_is_refused() {
    let (lists, _, _, bytes) = engine_and_bytes(BUNDLED);
    let other = lists_hash(&[DEVSET_LIST]);
    assert_eq!(Engine::from_compiled(&lists, &other, &bytes).err(), Some(CompiledError::OtherLists));
    let devset = vec![List::from_json(DEVSET_LIST).expect("parses")];
    let hash = lists_hash(&[BUNDLED]);
    assert_eq!(Engine::from_compiled(&devset, &hash, &bytes).err(), Some(CompiledError::OtherLists), "other entries");
}

#[test]
fn an_index_of_another_format_version_or_build_is_refused() {
    let (lists, hash, _, bytes) = engine_and_bytes(BUNDLED);
    for at in [8, 12] {
        let mut other = bytes.clone();
        other[at] ^= 1;
        assert_eq!(Engine::from_compiled(&lists, &hash, &other).err(), Some(CompiledError::OtherVersion), "byte {at}");
    }
}

#[test]
fn a_truncated_index_is_refused_without_panicking() {
    let (lists, hash, _, bytes) = engine_and_bytes(BUNDLED);
    let step = (bytes.len() / 2000).max(1);
    for len in (0..bytes.len()).step_by(step).chain(bytes.len() - 16..bytes.len()) {
        assert!(Engine::from_compiled(&lists, &hash, &bytes[..len]).is_err(), "cut at {len}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Engine::from_compiled(&lists, &hash, &longer).is_err());
}

#[test]
fn a_bit_flipped_anywhere_is_refused_without_panicking() {
    let (lists, hash, _, bytes) = engine_and_bytes(BUNDLED);
    let step = (bytes.len() / 3000).max(1);
    for at in (0..bytes.len()).step_by(step) {
        for bit in [0, 5] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 1 << bit;
            assert!(Engine::from_compiled(&lists, &hash, &flipped).is_err(), "bit {bit} of byte {at}");
        }
    }
}

#[test]
fn the_cli_compiles_the_index_the_extension_loads() {
    let out = std::env::temp_dir().join(format!("asli-compiled-{}.idx", std::process::id()));
    let list = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lists/morocco.json");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_asli"))
        .args(["list", "compile", list.to_str().expect("a path"), "-o", out.to_str().expect("a path")])
        .output()
        .expect("asli runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let bytes = std::fs::read(&out).expect("written");
    let _ = std::fs::remove_file(&out);
    // As the extension puts lists in force: merged, whatever their labels.
    let parsed = List::from_json(BUNDLED).expect("parses");
    let in_force = asli::list::merge::merge(&[("bundled", &parsed)]).to_list();
    let engine = Engine::from_compiled(&[in_force], &lists_hash(&[BUNDLED]), &bytes).expect("the extension loads it");
    assert_eq!(engine.check(&Profile::named("Hespress")).verdict, asli::VerdictKind::Impersonation);
}

#[test]
fn lists_and_bytes_taken_by_the_engine_load_or_build_alike() {
    let (lists, hash, built, bytes) = engine_and_bytes(DEVSET_LIST);
    let (loaded, refused) = Engine::load_or_build(lists.clone(), &hash, Some(bytes.clone()));
    assert_eq!(refused, None, "its own bytes load, read in place");
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    let (rebuilt, refused) = Engine::load_or_build(lists.clone(), &hash, Some(damaged));
    assert_eq!(refused, Some(CompiledError::Corrupt), "damaged bytes are refused, and the index built");
    let (fresh, refused) = Engine::load_or_build(lists, &hash, None);
    assert_eq!(refused, None);
    for name in ["Hespress", "Hespres Officiel", "هسبريس", "Le Monde", "Daily Cats"] {
        let p = Profile::named(name);
        for other in [&loaded, &rebuilt, &fresh] {
            assert_eq!(verdict(&built, &p), verdict(other, &p), "{name}");
        }
    }
    assert_eq!(loaded.compiled_index(&hash), bytes);
}

#[test]
fn an_index_forged_to_pass_its_checksum_never_panics_a_check() {
    // Damage resealed (`reseal`: this build's header, the body's checksum
    // made right) passes the checksum: what it cannot check is checked where
    // it is read (a key's ids, a name's fields), so checks run, whatever
    // they find.
    let (lists, hash, _, bytes) = engine_and_bytes(BUNDLED);
    let step = (bytes.len() / 400).max(1);
    let mut loaded = 0;
    for at in (100..bytes.len()).step_by(step) {
        for flip in [0x01, 0x80, 0xFF] {
            let mut forged = bytes.clone();
            forged[at] ^= flip;
            asli::matcher::reseal(&mut forged);
            if let Ok(engine) = Engine::from_compiled(&lists, &hash, &forged) {
                loaded += 1;
                for name in ["Hespress", "Hespres Officiel", "هسبريس", "Le360", "Daily Cats"] {
                    let _ = engine.check(&Profile::named(name));
                }
            }
        }
    }
    assert!(loaded > 0, "some damage passes for a forged index's");
}
