//! Lookup in a table of words stored as one string, sorted, separated by
//! single spaces (as generated tables are written: `frequent_words`): a
//! binary search over its bytes, with nothing built at first use and nothing
//! stored beside the text.

/// Whether `word` is one of `sorted`'s words (sorted bytewise, separated by
/// single spaces, no space at either end).
pub(crate) fn contains(sorted: &str, word: &str) -> bool {
    let bytes = sorted.as_bytes();
    // Words starting in `lo..hi` (byte offsets) are those left to search.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        // The word around the middle: back to its start, on to its end.
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid].iter().rposition(|&b| b == b' ').map_or(lo, |at| lo + at + 1);
        let end = bytes[start..].iter().position(|&b| b == b' ').map_or(bytes.len(), |at| start + at);
        match bytes[start..end].cmp(word.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_a_sorted_table_is_found_and_no_other() {
        let words = ["a", "ab", "abc", "b", "hespress", "zz", "أخبار", "جريدة"];
        let table = words.join(" ");
        for w in words {
            assert!(contains(&table, w), "{w}");
        }
        for w in ["", "aa", "abcd", "c", "hespres", "z", "zzz", "أخبا", " ", "a b"] {
            assert!(!contains(&table, w), "{w:?}");
        }
        assert!(contains("one", "one"));
        assert!(!contains("", "one"));
    }

    #[test]
    fn the_frequent_words_are_stored_folded_sorted_and_once() {
        let table = super::super::frequent_words::FREQUENT_WORDS;
        assert!(!table.starts_with(' ') && !table.ends_with(' ') && !table.contains("  "));
        let words: Vec<&str> = table.split(' ').collect();
        assert!(words.len() > 5000, "{}", words.len());
        assert!(words.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()), "sorted, each once");
        for w in &words {
            // As the engine folds a word: it would find the table's words otherwise.
            assert_eq!(super::super::fold_word(w), [*w], "regenerate: python3 tools/gen-frequent-words.py");
            assert!(contains(table, w));
        }
    }
}
