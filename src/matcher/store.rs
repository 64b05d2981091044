//! The listed names' folded forms, stored compactly: one arena of UTF-8 bytes
//! holding every name's tokens, and one small fixed-size record per name (its
//! entry, its place among the entry's names, its flags as bits and where its
//! bytes start). A `NameForm` is read back from them when a name is
//! verified; what is cheap to derive from its tokens is not stored at all:
//! the compact form (the tokens glued), the loose spelling, the bare form and
//! the phonetic keys (`matcher::loose_of`, `matcher::bare_of`,
//! `matcher::phonetic_keys`; a derived acronym has none of them). Deriving
//! the first two when a name is read back saved 3.3 MB of the 18.3 MB of
//! names at 100,000 entries, the phonetic keys 3.0 MB of the 15.7 MB left
//! (a check reads back about three names, each once: `Recent`).
//!
//! Layout of one name in the arena, each length as two 7-bit bytes (low
//! first): `token count (one byte)`, then per token `meta (script, upper) ·
//! len · bytes`.
//! Names follow one another with no gap. Every byte that is not text is
//! below 0x80, so the whole arena is UTF-8.
//!
//! The store is also what a compiled index carries (`compiled`): `validate`
//! checks bytes read from outside once (each record's lengths: every name
//! reads back whole, a token at least), and reading a name never panics even
//! on bytes it did not check. Text that is not UTF-8 (only forged bytes that
//! pass the checksum hold any) reads back with U+FFFD in its place, rather
//! than the arena being checked as UTF-8 at load (a tenth of a load at
//! 100,000 entries).

use super::flat::Bytes;
use super::{bare_of, loose_of, phonetic_keys, EntryIndex, NameForm};
use crate::text::words::Fnv;
use crate::text::{Script, Token};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, Mutex};

/// Flag bits of a record.
const COMMON: u16 = 1 << 0;
const ACRONYM: u16 = 1 << 1;
const MIXED: u16 = 1 << 2;
const DERIVED: u16 = 1 << 3;
const PERSON: u16 = 1 << 4;
const INITIALS: u16 = 1 << 5;
const SHARED: u16 = 1 << 6;
/// `entry_scripts` (two bits) sits at this shift...
const ENTRY_SCRIPTS_SHIFT: u16 = 7;
/// ...and the name's dominant script (two bits) at this one.
const SCRIPT_SHIFT: u16 = 9;
/// Bits a valid record may set.
const KNOWN_FLAGS: u16 = (1 << 11) - 1;

/// Token meta byte: the script in the low two bits, upper case in bit 2.
const META_UPPER: u8 = 1 << 2;

/// A byte of the arena that is not text (a count, a length's half, a token's
/// meta) is below this: the arena stays UTF-8, and text bytes never pass for one.
const ASCII: u8 = 0x80;
/// A field longer than this is cut (the `text` budgets keep names far
/// shorter: 64 tokens of 64 letters)...
const MAX_FIELD: usize = (1 << 14) - 1;
/// ...and tokens past this many are not stored.
const MAX_TOKENS: usize = ASCII as usize - 1;

/// One name: where it sits and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Record {
    pub entry: u32,
    /// Byte offset of the name in the arena.
    pub start: u32,
    /// Position in the entry's `names`.
    pub name: u16,
    pub flags: u16,
}

/// Every listed name, folded (see the module's doc).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct NameStore {
    pub records: Vec<Record>,
    /// Read in place from a loaded compiled index (`flat`).
    pub arena: Bytes,
}

fn script_code(s: Script) -> u8 {
    match s {
        Script::Latin => 0,
        Script::Arabic => 1,
        Script::Digits => 2,
        Script::Other => 3,
    }
}

fn script_of(code: u8) -> Script {
    match code & 3 {
        0 => Script::Latin,
        1 => Script::Arabic,
        2 => Script::Digits,
        _ => Script::Other,
    }
}

impl NameStore {
    /// Stores `form` as name `self.len()`. Always stores a record, so that ids
    /// stay those of the index's keys: what cannot be stored whole (never with
    /// `text`'s budgets: 64 tokens of 64 letters) is cut (tokens past
    /// `MAX_TOKENS`, fields past `MAX_FIELD` bytes), and a record whose start does not fit
    /// reads back as an empty form.
    pub fn push(&mut self, form: &NameForm) {
        let arena = self.arena.to_mut();
        let start = u32::try_from(arena.len()).unwrap_or(u32::MAX);
        let kept = &form.tokens[..form.tokens.len().min(MAX_TOKENS)];
        arena.push(kept.len() as u8);
        for t in kept {
            arena.push(script_code(t.script) | if t.upper { META_UPPER } else { 0 });
            field(arena, &t.text);
        }
        let bit = |b: bool, f: u16| if b { f } else { 0 };
        let flags = bit(form.common, COMMON)
            | bit(form.acronym, ACRONYM)
            | bit(form.mixed, MIXED)
            | bit(form.derived, DERIVED)
            | bit(form.person, PERSON)
            | bit(form.initials, INITIALS)
            | bit(form.shared, SHARED)
            | (u16::from(form.entry_scripts & 3) << ENTRY_SCRIPTS_SHIFT)
            | (u16::from(script_code(form.script)) << SCRIPT_SHIFT);
        let entry = u32::try_from(form.entry).unwrap_or(u32::MAX);
        self.records.push(Record { entry, start, name: u16::try_from(form.name).unwrap_or(u16::MAX), flags });
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Where the text of each stored token of name `id` lies in the arena
    /// (start, length in bytes), pushed on `spans` in order.
    pub fn token_spans(&self, id: u32, spans: &mut Vec<(u32, usize)>) {
        let Some(record) = self.records.get(id as usize) else { return };
        let Some(bytes) = self.arena.get(record.start as usize..) else { return };
        let mut r = Reader { bytes };
        let Some(n) = r.control() else { return };
        for _ in 0..n {
            let (Some(_), Some(len)) = (r.control(), r.len()) else { return };
            let start = self.arena.len() - r.bytes.len();
            if r.bytes.get(..len).is_none() {
                return;
            }
            r.bytes = &r.bytes[len..];
            spans.push((start as u32, len));
        }
    }

    /// Shares the arena's bytes (the word counts read their words there),
    /// as a loaded index shares them.
    pub fn share_arena(&mut self) {
        if let Bytes::Owned(arena) = &mut self.arena {
            let arena = std::sync::Arc::new(std::mem::take(arena));
            let len = arena.len();
            self.arena = Bytes::Shared(arena, 0..len);
        }
    }

    /// The entry of name `id` (without reading the name back).
    pub fn entry(&self, id: u32) -> EntryIndex {
        self.records.get(id as usize).map_or(usize::MAX, |r| r.entry as usize)
    }

    /// Name `id` read back. An id out of range, or bytes that do not parse
    /// (only possible in an unvalidated store), give an empty form.
    pub fn get(&self, id: u32) -> NameForm {
        let record = self.records.get(id as usize).copied().unwrap_or(Record { entry: u32::MAX, start: u32::MAX, name: 0, flags: 0 });
        let mut form = empty_form(&record);
        let _ = self.read(&record, &mut form);
        form
    }

    fn read(&self, record: &Record, form: &mut NameForm) -> Option<()> {
        let mut r = Reader { bytes: self.arena.get(record.start as usize..)? };
        let n = r.control()?;
        let mut tokens = Vec::with_capacity(n as usize);
        for _ in 0..n {
            let meta = r.control()?;
            let text = r.text()?;
            tokens.push(Token { text: text.into_owned(), script: script_of(meta), upper: meta & META_UPPER != 0 });
        }
        form.compact = tokens.iter().flat_map(|t| t.text.chars()).collect();
        if !form.initials {
            (form.phon, form.phon_french) = phonetic_keys(&tokens);
            form.loose = loose_of(&tokens, form.script, form.mixed);
            form.bare = bare_of(&tokens, &form.compact);
        }
        form.tokens = tokens;
        Some(())
    }

    /// Whether every record reads back whole (a token at least), inside the
    /// arena, with only known flags, and entries below `entries` in order (an
    /// entry's names are contiguous); the names one after the other with no gap.
    pub fn validate(&self, entries: usize) -> bool {
        let mut last_entry = 0;
        let mut end = 0;
        self.records.iter().all(|record| {
            let ok = record.flags & !KNOWN_FLAGS == 0
                && (record.entry as usize) < entries
                && record.entry >= last_entry
                && record.start as usize == end;
            last_entry = record.entry;
            end = self.end_of(record).unwrap_or(usize::MAX);
            ok && end != usize::MAX
        }) && end == self.arena.len()
    }

    /// Where a record's bytes end, if its lengths hold together (`read`
    /// without building the form, nor checking the text).
    fn end_of(&self, record: &Record) -> Option<usize> {
        let mut r = Reader { bytes: self.arena.get(record.start as usize..)? };
        // A name has a token at least (`NameForm::new`), and the rules rely on it.
        let n = r.control().filter(|&n| n > 0)?;
        for _ in 0..n {
            r.control()?;
            r.skip()?;
        }
        Some(self.arena.len() - r.bytes.len())
    }

    pub fn heap_bytes(&self) -> usize {
        self.records.capacity() * std::mem::size_of::<Record>() + self.arena.heap_bytes()
    }
}

/// Appends `text`, cut to `MAX_FIELD` bytes at a character boundary, after its length.
fn field(out: &mut Vec<u8>, text: &str) {
    let mut len = text.len().min(MAX_FIELD);
    while !text.is_char_boundary(len) {
        len -= 1;
    }
    put_len(out, len);
    out.extend_from_slice(&text.as_bytes()[..len]);
}

/// A field's length, as two 7-bit bytes (low first).
fn put_len(out: &mut Vec<u8>, len: usize) {
    out.extend_from_slice(&[(len & 0x7F) as u8, (len >> 7) as u8]);
}

fn empty_form(record: &Record) -> NameForm {
    let has = |f: u16| record.flags & f != 0;
    NameForm {
        entry: record.entry as usize,
        name: usize::from(record.name),
        tokens: Vec::new(),
        compact: Vec::new(),
        phon: String::new(),
        phon_french: String::new(),
        common: has(COMMON),
        acronym: has(ACRONYM),
        script: script_of((record.flags >> SCRIPT_SHIFT) as u8),
        mixed: has(MIXED),
        loose: Vec::new(),
        entry_scripts: ((record.flags >> ENTRY_SCRIPTS_SHIFT) & 3) as u8,
        bare: Vec::new(),
        derived: has(DERIVED),
        person: has(PERSON),
        initials: has(INITIALS),
        shared: has(SHARED),
    }
}

/// At most this many names read back are kept for the next reads.
const RECENT_NAMES: usize = 256;

/// Names read back lately, shared: one check reads the same few names several
/// times (each reading of the profile's name, then the judge), and reading one
/// back allocates each of its parts. Cleared whole when full.
#[derive(Debug, Default)]
pub(crate) struct Recent(Mutex<HashMap<u32, Arc<NameForm>, BuildHasherDefault<Fnv>>>);

impl Recent {
    /// Name `id`, from the recent ones or else `read()` (then kept).
    pub fn get(&self, id: u32, read: impl FnOnce() -> NameForm) -> Arc<NameForm> {
        let Ok(mut recent) = self.0.lock() else { return Arc::new(read()) };
        if let Some(form) = recent.get(&id) {
            return Arc::clone(form);
        }
        if recent.len() >= RECENT_NAMES {
            recent.clear();
        }
        let form = Arc::new(read());
        recent.insert(id, Arc::clone(&form));
        form
    }
}

/// Reads fields off the arena, bounds-checked.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    /// A byte that is not text.
    fn control(&mut self) -> Option<u8> {
        self.byte().filter(|&b| b < ASCII)
    }

    /// A field's length: two 7-bit bytes, low first.
    fn len(&mut self) -> Option<usize> {
        let low = self.control()?;
        Some(usize::from(low) | usize::from(self.control()?) << 7)
    }

    /// Skips a field, as long as its length says.
    fn skip(&mut self) -> Option<()> {
        let len = self.len()?;
        self.bytes = self.bytes.get(len..)?;
        Some(())
    }

    /// A field's text (what is not UTF-8 as U+FFFD: see the module's doc).
    fn text(&mut self) -> Option<Cow<'a, str>> {
        let len = self.len()?;
        let bytes = self.bytes.get(..len)?;
        self.bytes = &self.bytes[len..];
        Some(String::from_utf8_lossy(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_name_reads_back_as_the_form_it_was_stored_from() {
        let mut store = NameStore::default();
        let mut forms = Vec::new();
        for (i, raw) in ["Hespress English", "المديرية العامة للأمن الوطني", "BBC عربي", "2M", "Le Monde.fr"].iter().enumerate()
        {
            let mut form = NameForm::new(i, 1, raw).expect("a name");
            form.person = i == 1;
            form.entry_scripts = 3;
            store.push(&form);
            forms.push(form);
        }
        for (id, form) in forms.iter().enumerate() {
            assert_eq!(&store.get(id as u32), form);
        }
        assert!(store.validate(forms.len()));
        assert!(!store.validate(forms.len() - 1), "an entry out of range");
    }

    #[test]
    fn token_spans_are_where_the_tokens_lie_in_the_arena() {
        let mut store = NameStore::default();
        let forms: Vec<NameForm> =
            ["هسبريس Hespress", "Le360 ٣٦٠ Maroc"].iter().enumerate().map(|(i, raw)| NameForm::new(i, 0, raw).expect("a name")).collect();
        forms.iter().for_each(|f| store.push(f));
        store.share_arena();
        for (id, form) in forms.iter().enumerate() {
            let mut spans = Vec::new();
            store.token_spans(id as u32, &mut spans);
            let words: Vec<&[u8]> = spans.iter().map(|&(start, len)| &store.arena[start as usize..start as usize + len]).collect();
            assert_eq!(words, form.tokens.iter().map(|t| t.text.as_bytes()).collect::<Vec<_>>());
            assert_eq!(&store.get(id as u32), form, "read back from the shared arena");
        }
    }

    #[test]
    fn a_name_too_long_to_store_whole_keeps_the_ids_in_step() {
        let mut store = NameStore::default();
        let mut long = NameForm::new(0, 0, "Hespress").expect("a name");
        long.tokens[0].text = "ب".repeat(MAX_FIELD); // two bytes a letter: cut at a letter's boundary
        store.push(&long);
        store.push(&NameForm::new(1, 0, "Alyaoum").expect("a name"));
        assert_eq!(store.len(), 2);
        assert!(store.validate(2));
        assert_eq!(store.get(0).tokens[0].text.len(), MAX_FIELD - 1);
        assert_eq!((store.get(1).entry, store.get(1).tokens[0].text.as_str()), (1, "alyaoum"));
    }

    #[test]
    fn the_arena_is_utf8_and_a_record_inside_another_name_is_refused() {
        let mut store = NameStore::default();
        store.push(&NameForm::new(0, 0, "هسبريس Hespress").expect("a name"));
        store.push(&NameForm::new(0, 1, "Le360 ٣٦٠").expect("a name"));
        assert!(std::str::from_utf8(&store.arena).is_ok());
        assert!(store.validate(1));
        let mut inside = store.clone();
        inside.records[1].start += 1;
        assert!(!inside.validate(1));
        // No token: whole, but no name.
        let record = Record { entry: 0, start: 0, name: 0, flags: 0 };
        let no_token = NameStore { records: vec![record], arena: Bytes::Owned(vec![0]) };
        assert!(!no_token.validate(1), "a name without a token");
        let mut split = store.clone();
        split.arena.to_mut()[2] = 0xC3; // a token's meta byte made the first byte of a letter
        assert!(!split.validate(1));
        // A letter's bytes cut (forged: lengths whole) read back as U+FFFD.
        let mut cut = store.clone();
        cut.arena.to_mut()[4] = 0xFF; // the first byte of هسبريس's first letter
        assert!(cut.validate(1));
        assert!(cut.get(0).tokens[0].text.starts_with('\u{FFFD}'));
    }

    #[test]
    fn a_damaged_arena_is_refused_and_never_panics() {
        let mut store = NameStore::default();
        store.push(&NameForm::new(0, 0, "هسبريس Hespress").expect("a name"));
        for cut in 0..store.arena.len() {
            let mut damaged = store.clone();
            damaged.arena.to_mut().truncate(cut);
            assert!(!damaged.validate(1));
            let _ = damaged.get(0);
        }
        assert!(store.get(7).tokens.is_empty());
    }
}
