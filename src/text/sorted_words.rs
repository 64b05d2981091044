//! Lookup in a table of words stored as one front-coded string (as generated
//! tables are written: `frequent_words`): the words sorted bytewise, each
//! once, each after a control byte that says how many leading bytes it
//! shares with the word before it, only the rest of it written. A word that
//! shares nothing, and every `BLOCK`-th word at least, is written whole after
//! `HEAD`: the lookup is a binary search over these heads (where they are is
//! found at first use: `SortedWords`), then a scan of one block.
//! Written so, the table is half the bytes of the words one space apart
//! (about 4 KB less in the gzipped wasm).

/// The control byte before a word written whole (a block's head).
pub(crate) const HEAD: u8 = 0;

/// The largest number of shared leading bytes a control byte can say (the
/// control bytes are those below a space, which no word holds); a word
/// sharing more says this much.
#[cfg(test)]
pub(crate) const MAX_SHARED: u8 = 0x1F;

/// A front-coded table (as above) with where its heads are, found once:
/// the binary search then reads heads only, where bisecting the table's
/// bytes scanned half a block for the next head at every step (about half
/// of each lookup; `is_frequent_word` runs on every word of every listed name).
pub(crate) struct SortedWords<'a> {
    table: &'a [u8],
    /// Offsets of the `HEAD` bytes, ascending.
    heads: Vec<u32>,
}

impl<'a> SortedWords<'a> {
    pub(crate) fn new(table: &'a str) -> SortedWords<'a> {
        let table = table.as_bytes();
        let heads = table.iter().enumerate().filter(|&(_, &b)| b == HEAD).map(|(at, _)| at as u32).collect();
        SortedWords { table, heads }
    }

    /// Whether the table holds `word`.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        // The last head whose word is `word` or before it (else the first:
        // `in_block` then finds nothing before `word`).
        let after = self.heads.partition_point(|&head| written(self.table, head as usize + 1) <= word);
        let head = self.heads.get(after.saturating_sub(1)).map_or(0, |&h| h as usize);
        in_block(self.table, head, word)
    }
}

/// Whether `table` (front-coded as above) holds `word` (heads found anew: tests).
#[cfg(test)]
pub(crate) fn contains(table: &str, word: &str) -> bool {
    SortedWords::new(table).contains(word)
}

/// The bytes of `table` from `start` to the next control byte.
fn written(table: &[u8], start: usize) -> &[u8] {
    let end = table[start..].iter().position(|&b| b < b' ').map_or(table.len(), |at| start + at);
    &table[start..end]
}

/// Whether the block starting at `head` holds `word`. Each word is compared
/// without being put together: `matched` is how many leading bytes the word
/// before has in common with `word` (which it is before). A word sharing
/// more than that with it has the same first difference, so is before `word`
/// too; one sharing at most that is `word[..shared]` and its own rest.
fn in_block(table: &[u8], head: usize, word: &[u8]) -> bool {
    let (mut at, mut matched) = (head, 0);
    while at < table.len() && (at == head || table[at] != HEAD) {
        let shared = usize::from(table[at]);
        let rest = written(table, at + 1);
        at += 1 + rest.len();
        if shared > matched {
            continue;
        }
        let Some(tail) = word.get(shared..) else { return false };
        match rest.cmp(tail) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Greater => return false,
            std::cmp::Ordering::Less => matched = shared + rest.iter().zip(tail).take_while(|(a, b)| a == b).count(),
        }
    }
    false
}

/// The generator's block: a head every this many words at least (a lookup
/// scans one block).
#[cfg(test)]
pub(crate) const BLOCK: usize = 16;

/// Every word of `table`, in order (for tests and the generator's checks).
#[cfg(test)]
pub(crate) fn words(table: &str) -> Vec<String> {
    let table = table.as_bytes();
    let (mut at, mut out) = (0, Vec::new());
    let mut word: Vec<u8> = Vec::new();
    while at < table.len() {
        let rest = written(table, at + 1);
        word.truncate(usize::from(table[at]));
        word.extend_from_slice(rest);
        out.push(String::from_utf8(word.clone()).expect("whole characters"));
        at += 1 + rest.len();
    }
    out
}

/// `words` front-coded as the generator writes them (`tools/gen-frequent-words.py`), heads every `block` words at least.
#[cfg(test)]
pub(crate) fn front_coded(words: &[&str], block: usize) -> String {
    let mut out = String::new();
    let mut before = "";
    for (i, w) in words.iter().enumerate() {
        // Shared whole characters only, so that the table stays text.
        let common = w.bytes().zip(before.bytes()).take_while(|(a, b)| a == b).count();
        let most = if i % block == 0 { 0 } else { common.min(usize::from(MAX_SHARED)) };
        let shared = (0..=most).rev().find(|&n| w.is_char_boundary(n)).unwrap_or(0);
        out.push(char::from(u8::try_from(shared).expect("at most MAX_SHARED")));
        out.push_str(&w[shared..]);
        before = w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_a_front_coded_table_is_found_and_no_other() {
        let words = [
            "a",
            "ab",
            "abc",
            "abcdefghijklmnopqrstuvwxyz0123456789",
            "abcdefghijklmnopqrstuvwxyz01234567890",
            "abd",
            "b",
            "hespress",
            "hespresse",
            "hesz",
            "zz",
            "أخبار",
            "أخبر",
            "جريدة",
        ];
        for block in [1, 2, 3, 16] {
            let table = front_coded(&words, block);
            assert_eq!(super::words(&table), words, "block {block}");
            for w in words {
                assert!(contains(&table, w), "{w} (block {block})");
            }
            for w in [
                "",
                "aa",
                "abcd",
                "abcdefghijklmnopqrstuvwxyz012345678",
                "abe",
                "c",
                "hespres",
                "hesq",
                "z",
                "zzz",
                "أخبا",
                "أخبارا",
                " ",
                "a b",
            ] {
                assert!(!contains(&table, w), "{w:?} (block {block})");
            }
        }
        assert!(contains(&front_coded(&["one"], 16), "one"));
        assert!(!contains("", "one"));
    }

    #[test]
    fn the_frequent_words_are_stored_folded_sorted_and_once() {
        let table = super::super::frequent_words::FREQUENT_WORDS;
        let words = super::words(table);
        assert!(words.len() > 5000, "{}", words.len());
        assert!(words.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()), "sorted, each once");
        for w in &words {
            assert!(!w.is_empty() && w.bytes().all(|b| b > b' '), "{w:?}");
            // As the engine folds a word: it would find the table's words otherwise.
            assert_eq!(super::super::fold_word(w), [w.as_str()], "regenerate: python3 tools/gen-frequent-words.py");
            assert!(contains(table, w));
            // A word just past or just short of a listed one is not found unless listed.
            for near in [format!("{w}a"), w[..w.len() - w.chars().last().map_or(0, char::len_utf8)].to_string()] {
                assert_eq!(contains(table, &near), words.binary_search(&near).is_ok(), "{near:?}");
            }
        }
        // Written as the generator writes it (its blocks, its shared prefixes).
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        assert!(table == front_coded(&refs, BLOCK), "regenerate: python3 tools/gen-frequent-words.py --from-table");
    }
}
