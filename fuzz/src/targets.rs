//! The four fuzz targets. Each takes raw bytes and must never panic: a panic
//! is a bug (the engine's rule: errors as types, never panics on input).

use arbitrary::{Arbitrary, Unstructured};
use asli::avatar::{hash_pixels, robust::avatar_hashes, PixelLayout};
use asli::list::{merge::merge, sign::SecretKey, update::accept_update, validate::validate, List};
use asli::matcher::{lists_hash, reseal};
use asli::{text, Engine, Profile};
use std::sync::OnceLock;

/// The list the extension ships: what one check runs against.
const BUNDLED: &str = include_str!("../../lists/morocco.json");

fn bundled() -> &'static (List, Engine, Vec<String>) {
    static ONCE: OnceLock<(List, Engine, Vec<String>)> = OnceLock::new();
    ONCE.get_or_init(|| {
        let list = List::from_json(BUNDLED).expect("the bundled list parses");
        let engine = Engine::new(std::slice::from_ref(&list));
        let names = list.entries.iter().flat_map(|e| e.names.iter().cloned()).collect();
        (list, engine, names)
    })
}

/// The small list the compiled-index seeds were compiled for (`asli list compile`).
const COMPILED_FOR: &str = include_str!("../corpus/list_update/small.json");

fn compiled_for() -> &'static (List, [u8; 32]) {
    static ONCE: OnceLock<(List, [u8; 32])> = OnceLock::new();
    ONCE.get_or_init(|| {
        let list = List::from_json(COMPILED_FOR).expect("the seed list parses");
        let in_force = merge(&[("seed", &list)]).to_list();
        (in_force, lists_hash(&[COMPILED_FOR]))
    })
}

/// A compiled index (`Engine::from_compiled`) for a small list: the bytes as
/// given, and resealed (this build's fingerprint, the body's length and
/// checksum made right) so that the parts behind the checksum are read too.
/// A loaded engine runs one check.
pub fn compiled_index(data: &[u8]) {
    let (list, hash) = compiled_for();
    let mut resealed = data.to_vec();
    reseal(&mut resealed);
    for bytes in [data, resealed.as_slice()] {
        if let Ok(engine) = Engine::from_compiled(std::slice::from_ref(list), hash, bytes) {
            let _ = engine.check(&Profile::named("Fuzz Desk"));
            let _ = engine.check(&Profile::named("مكتب"));
        }
    }
}

/// Text folding: every reading of a name (fold, confusable skeleton, word
/// tokens, reading-order tokens) on arbitrary text, the bytes as UTF-8 (lossy)
/// and as an `arbitrary` string.
pub fn fold_text(data: &[u8]) {
    let lossy = String::from_utf8_lossy(data);
    let mut u = Unstructured::new(data);
    let arb = String::arbitrary(&mut u).unwrap_or_default();
    for s in [lossy.as_ref(), arb.as_str()] {
        let folded = text::fold(s);
        let _ = text::fold(&folded);
        let _ = text::skeleton(s);
        let _ = text::tokens(s).compact();
        let _ = text::reading_order_tokens(s);
    }
}

/// A profile built from the bytes: often a listed name, disguised.
#[derive(Debug, Arbitrary)]
struct FuzzProfile {
    name_from_list: Option<u16>,
    edits: Vec<(u16, char)>,
    name: String,
    id: Option<u64>,
    raw_id: Option<String>,
    handle: Option<String>,
    avatar: Option<[u8; 32]>,
    raw_avatar: Option<String>,
    created: Option<(u16, u8, u8)>,
    raw_created: Option<String>,
    previous_names: Vec<String>,
    manager_countries: Vec<String>,
    followers: Option<u64>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One engine check (the bundled list) on an arbitrary profile: JSON bytes as
/// `asli check` reads them when the input starts with `{`, otherwise a profile
/// built field by field, its name often a listed one with characters replaced.
pub fn check_profile(data: &[u8]) {
    let (_, engine, names) = bundled();
    if data.first() == Some(&b'{') {
        if let Ok(profile) = serde_json::from_slice::<Profile>(data) {
            let _ = engine.check(&profile);
        }
        return;
    }
    let Ok(f) = FuzzProfile::arbitrary(&mut Unstructured::new(data)) else { return };
    let mut name = match f.name_from_list {
        Some(i) if !names.is_empty() => names[i as usize % names.len()].clone(),
        _ => f.name.clone(),
    };
    for (at, c) in &f.edits {
        let mut chars: Vec<char> = name.chars().collect();
        if chars.is_empty() {
            chars.push(*c);
        } else {
            let i = *at as usize % (chars.len() + 1);
            if at % 2 == 0 && i < chars.len() {
                chars[i] = *c;
            } else {
                chars.insert(i.min(chars.len()), *c);
            }
        }
        name = chars.into_iter().collect();
    }
    if f.name_from_list.is_some() && !f.name.is_empty() {
        name.push_str(&f.name);
    }
    let mut profile = Profile::named(&name);
    profile.id = f.raw_id.or(f.id.map(|n| n.to_string()));
    profile.handle = f.handle;
    profile.avatar_pdq = f.raw_avatar.or(f.avatar.map(|a| hex(&a)));
    profile.created = f.raw_created.or(f.created.map(|(y, m, d)| format!("{:04}-{:02}-{:02}", y % 10000, m % 13, d % 32)));
    profile.previous_names = f.previous_names;
    profile.manager_countries = f.manager_countries;
    profile.followers = f.followers;
    let _ = engine.check(&profile);
}

fn test_key() -> &'static SecretKey {
    static KEY: OnceLock<SecretKey> = OnceLock::new();
    KEY.get_or_init(|| SecretKey::from_seed([7; 32]))
}

/// A fetched list: parse, validate, then the extension's acceptance check with
/// a signature that verifies (so that parsing and validation run behind it),
/// or an arbitrary signature file; an accepted list is merged with the bundled
/// one and put in an engine, which checks one of its names.
pub fn list_update(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = validate(&text);
    let _ = List::from_json(&text);
    let key = test_key();
    let (selector, current) = match data.len() {
        0 => (0, None),
        n => (data[n - 1], if data[0] % 3 == 0 { None } else { Some(u64::from(data[n / 2]) * 1_000_003) }),
    };
    let signature = if selector % 8 == 0 {
        String::from_utf8_lossy(&data[data.len() / 2..]).into_owned()
    } else {
        key.sign(data).to_file_text()
    };
    let Ok(accepted) = accept_update(current, data, &signature, &key.public()) else { return };
    let (bundled_list, _, _) = bundled();
    let merged = merge(&[("fuzzed", &accepted.list), ("bundled", bundled_list)]);
    let engine = Engine::new(&[merged.to_list()]);
    if let Some(name) = accepted.list.entries.first().and_then(|e| e.names.first()) {
        let _ = engine.check(&Profile::named(name));
    }
    let _ = asli::list::diff::diff(bundled_list, &accepted.list).to_string();
}

/// PDQ on image bytes: decoded as JPEG/PNG/WebP the way `asli avatar-hash`
/// does (with a memory limit), and as raw RGBA whose size the first bytes give.
pub fn pdq_image(data: &[u8]) {
    if let Ok(reader) = image::ImageReader::new(std::io::Cursor::new(data)).with_guessed_format() {
        if reader.format().is_some() {
            let mut reader = reader;
            let mut limits = image::Limits::default();
            limits.max_alloc = Some(64 * 1024 * 1024);
            limits.max_image_width = Some(4096);
            limits.max_image_height = Some(4096);
            reader.limits(limits);
            if let Ok(img) = reader.decode() {
                let rgba = img.to_rgba8();
                let (w, h) = rgba.dimensions();
                let _ = hash_pixels(rgba.as_raw(), w, h, PixelLayout::Rgba);
                let _ = avatar_hashes(rgba.as_raw(), w, h, PixelLayout::Rgba);
            }
        }
    }
    if data.len() >= 4 {
        let w = u32::from(u16::from_le_bytes([data[0], data[1]]) % 300);
        let h = u32::from(u16::from_le_bytes([data[2], data[3]]) % 300);
        let want = (w * h * 4) as usize;
        let mut rgba: Vec<u8> = data[4..].iter().copied().cycle().take(want).collect();
        if data[0] % 5 == 0 {
            rgba.truncate(rgba.len().saturating_sub(1)); // a buffer of the wrong size is an error, not a panic
        }
        let _ = hash_pixels(&rgba, w, h, PixelLayout::Rgba);
        let _ = avatar_hashes(&rgba, w, h, PixelLayout::Rgba);
    }
}

pub type Target = fn(&[u8]);

pub const TARGETS: &[(&str, Target)] = &[
    ("fold_text", fold_text),
    ("check_profile", check_profile),
    ("list_update", list_update),
    ("pdq_image", pdq_image),
    ("compiled_index", compiled_index),
];
