//! Edit distance with Chromium-lookalike-style care: a typo (a letter doubled,
//! dropped, swapped or replaced) is evidence only on names long enough for one
//! letter not to make another word, and never when the names differ only in
//! trailing digits or, on a short name, in the first letter.

/// Longest string compared (in letters).
const MAX_CHARS: usize = 128;

/// Names shorter than this (in letters) are never matched fuzzily.
pub const MIN_FUZZY_CHARS: usize = 5;
/// From this length on, two edits are allowed.
pub const TWO_EDITS_FROM: usize = 12;
/// Below this length, a different first letter makes a different name.
const FIRST_LETTER_MATTERS_BELOW: usize = 8;

/// Latin names this short become other words with a vowel changed or a final letter.
const SHORT_NAME: usize = 5;

/// `candidate` is `name` with a vowel replaced by another, or a letter added,
/// dropped or replaced at the end (Latin letters only).
fn another_short_word(candidate: &[char], name: &[char]) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    if !candidate.iter().chain(name).all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let (short, long) = if candidate.len() <= name.len() { (candidate, name) } else { (name, candidate) };
    match long.len() - short.len() {
        0 => {
            let differ: Vec<usize> = (0..short.len()).filter(|&i| short[i] != long[i]).collect();
            matches!(differ[..], [i] if (vowel(short[i]) && vowel(long[i])) || i + 1 == short.len())
        }
        1 => long.starts_with(short),
        _ => false,
    }
}

/// Edits allowed between a name of `len` letters and a look-alike.
pub fn allowed_edits(len: usize) -> usize {
    if len < MIN_FUZZY_CHARS {
        0
    } else if len < TWO_EDITS_FROM {
        1
    } else {
        2
    }
}

/// Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps),
/// or `None` when it exceeds `max`.
pub fn distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let (n, m) = (a.len(), b.len());
    if m > MAX_CHARS || n > MAX_CHARS {
        return None; // names are cut long before this; never worth the work
    }
    let width = m + 1;
    let mut buffer = [0u16; 3 * (MAX_CHARS + 1)];
    let rows = &mut buffer[..3 * width];
    for (j, cell) in rows[..width].iter_mut().enumerate() {
        *cell = j as u16;
    }
    for i in 1..=n {
        let (cur_row, prev_row, prev2_row) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur_row * width] = i as u16;
        let mut row_min = i as u16;
        for j in 1..=m {
            let cost = u16::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev_row * width + j] + 1).min(rows[cur_row * width + j - 1] + 1).min(rows[prev_row * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[prev2_row * width + j - 2] + 1);
            }
            rows[cur_row * width + j] = v;
            row_min = row_min.min(v);
        }
        if usize::from(row_min) > max {
            return None;
        }
    }
    let d = usize::from(rows[(n % 3) * width + m]);
    (d <= max).then_some(d)
}

/// A look-alike of `name` within the allowed edits, and not one of the shapes
/// that are known to be innocent. Returns the distance (≥ 1).
pub fn similar(candidate: &[char], name: &[char]) -> Option<usize> {
    if candidate == name {
        return None;
    }
    let max = allowed_edits(name.len().min(candidate.len() + 1));
    if max == 0 {
        return None;
    }
    let d = distance(candidate, name, max)?;
    // Differences only in trailing digits: "France 25" is not "France 24".
    let trim = |s: &[char]| -> usize { s.len() - s.iter().rev().take_while(|c| c.is_ascii_digit()).count() };
    let (tc, tn) = (trim(candidate), trim(name));
    if tn < name.len() && candidate[..tc] == name[..tn] {
        return None;
    }
    // A different first letter on a short name makes another word.
    if name.len() < FIRST_LETTER_MATTERS_BELOW && candidate.first() != name.first() {
        return None;
    }
    // On a short Latin name a vowel for a vowel, or a letter more or less at
    // its end, makes another word ("Petro", "Gouda" beside "Petra", "Goud").
    if name.len() <= SHORT_NAME && another_short_word(candidate, name) {
        return None;
    }
    // Digits replacing digits are not typos of a name either.
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_name_with_a_vowel_changed_or_a_final_letter_is_another_word() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        assert_eq!(similar(&c("petro"), &c("petra")), None);
        assert_eq!(similar(&c("gouda"), &c("goud")), None);
        assert_eq!(similar(&c("ptera"), &c("petra")), Some(1), "two letters swapped stay a typo");
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    macro_rules! t {
        ($name:ident, $a:expr, $b:expr, $expect:expr) => {
            #[test]
            fn $name() {
                assert_eq!(similar(&chars($a), &chars($b)), $expect);
            }
        };
    }

    t!(a_doubled_letter_is_one_edit, "hesspress", "hespress", Some(1));
    t!(a_dropped_letter_is_one_edit, "hespres", "hespress", Some(1));
    t!(swapped_letters_are_one_edit, "hepsress", "hespress", Some(1));
    t!(a_replaced_letter_is_one_edit, "hespresz", "hespress", Some(1));
    t!(short_names_are_never_fuzzy, "goud", "good", None);
    t!(trailing_digits_are_not_evidence, "france25", "france24", None);
    t!(first_letter_counts_on_long_names, "barlamane", "parlamane", Some(1));
    t!(first_letter_of_a_short_name_differs, "medi1tv", "kedi1tv", None);
    t!(two_edits_only_on_long_names, "hespresx", "hespress", Some(1));
    t!(two_edits_on_a_short_name_are_too_many, "hasprass", "hespress", None);
    t!(two_edits_on_a_long_name, "skynewsarabiaa", "skynewsarabya", Some(2));
    t!(two_edits_on_a_ten_letter_name_are_too_many, "mode1radio", "medi1radio", None);

    #[test]
    fn distance_counts_a_swap_once() {
        assert_eq!(distance(&chars("ab"), &chars("ba"), 3), Some(1));
        assert_eq!(distance(&chars("abc"), &chars("xyz"), 2), None);
        assert_eq!(distance(&chars(""), &chars("ab"), 2), Some(2));
    }
}
