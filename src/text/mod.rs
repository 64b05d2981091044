//! Name normalisation: everything that makes two spellings of one name compare
//! equal (compatibility forms, case, confusable letters).

use unicode_normalization::UnicodeNormalization;

/// NFKC, then lower case: styled letters (𝐇, Ｈ) become plain, case is ignored.
pub fn fold(name: &str) -> String {
    name.nfkc().flat_map(char::to_lowercase).collect()
}

/// The UTS #39 confusable skeleton of the folded name: Cyrillic "е" and Latin
/// "e" share one skeleton.
pub fn skeleton(name: &str) -> String {
    let folded = fold(name);
    let trimmed: String = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    unicode_security::skeleton(&trimmed).collect::<String>().nfkc().flat_map(char::to_lowercase).collect()
}
