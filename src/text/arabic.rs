//! Arabic orthography: the letters people write interchangeably (hamza and
//! alef forms, ى/ي/ی, ك/ک/گ/ڭ, ة/ه, ؤ/ئ/ء), tatweel, tashkeel and Quranic
//! marks, Arabic-Indic and Persian digits. Everything is folded to one
//! canonical letter so that two spellings of one name compare equal.

/// What one Arabic-block character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Replaced by this character; `disguise` when ordinary typing would not
    /// produce the original (Persian yeh and kaf, tatweel...).
    Char(char, bool),
    /// Dropped; `disguise` as above.
    Drop(bool),
}

/// Letters that follow an article for it to be one: "الى" is a word, not ال + ى.
const MIN_AFTER_ARTICLE: usize = 2;

/// The length of the Arabic article at `at` in a folded word: 2 for ال (at the
/// start of the word or inside a compound name: "عبداللطيف"), and for لل at the
/// start (ل + ال: "للأمن"), when at least two letters follow; else 0. The one
/// place the article is recognised in Arabic script.
pub(crate) fn article_at(chars: &[char], at: usize) -> usize {
    let first = chars.get(at).copied();
    let is_article = (first == Some('ا') || (at == 0 && first == Some('ل')))
        && chars.get(at + 1) == Some(&'ل')
        && chars.len().saturating_sub(at + 2) >= MIN_AFTER_ARTICLE;
    if is_article {
        2
    } else {
        0
    }
}

/// A word whose article is written with a hamza, madda or wasla on its alef
/// ("إلوطن", "آلشروق", "ٱلعلم"): the article is never typed so; the alef is
/// swapped to dodge a copy check, though folding reads it as the plain word.
pub(crate) fn article_with_hamza(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('أ' | 'إ' | 'آ' | 'ٱ')) && chars.next() == Some('ل') && chars.filter(|&c| is_arabic_letter(c)).count() >= 3
}

/// A letter typed twice in a row in an Arabic word as written ("الأخبارر",
/// "الععمق"): Arabic writes a doubled consonant once (with a shadda), so
/// this is a slip or a disguise. Read before folding, where a hamza's seat is
/// still its own letter ("الشؤون" is no doubled و). Not ل after the article
/// or as the preposition with it ("الليل", "للأمن"), nor a letter drawn out ("ههههه").
pub(crate) fn has_doubled_letter(name: &str) -> bool {
    let mut word: Vec<char> = Vec::new();
    for c in name.chars().chain(std::iter::once(' ')) {
        if is_arabic_letter(c) && c != TATWEEL {
            word.push(c);
        } else if !is_mark_or_tatweel(c) {
            if doubled_in_word(&word) {
                return true;
            }
            word.clear();
        }
    }
    false
}

const TATWEEL: char = '\u{0640}';

/// Tashkeel and tatweel, which sit inside a word.
fn is_mark_or_tatweel(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | TATWEEL)
}

fn doubled_in_word(chars: &[char]) -> bool {
    let article = article_at(chars, 0);
    chars.windows(2).enumerate().any(|(i, pair)| {
        let lam_after_article = pair[0] == 'ل' && (i + 1 == article || (i == 0 && article == 2));
        let drawn_out = chars.get(i + 2) == Some(&pair[0]) || (i > 0 && chars[i - 1] == pair[0]);
        pair[0] == pair[1] && !lam_after_article && !drawn_out
    })
}

/// A folded word without its leading article, if it has one.
pub(crate) fn strip_article(word: &str) -> Option<&str> {
    // `article_at(word, 0)` without gathering the word's letters (a check
    // asks this of every word several times): its first two letters, and
    // enough after them.
    let rest = word.strip_prefix(['ا', 'ل'])?.strip_prefix('ل')?;
    (rest.chars().nth(MIN_AFTER_ARTICLE - 1).is_some()).then_some(rest)
}

/// The canonical form of an Arabic-block character, or `None` when `c` is not
/// one this module folds.
pub(crate) fn fold(c: char) -> Option<Fold> {
    use Fold::{Char, Drop};
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => Char('ا', false),
        'ى' | 'ئ' => Char('ي', false),
        'ی' | 'ې' | 'ۍ' | 'ێ' | 'ے' | 'ۓ' | 'ي' => Char('ي', c != 'ي'),
        'ؤ' | 'ۄ' | 'ۅ' | 'ۆ' | 'ۇ' | 'ۈ' | 'ۉ' | 'ۋ' | 'ۏ' => Char('و', c != 'ؤ'),
        'ء' | 'ٴ' => Drop(false),
        'ک' | 'ڪ' | 'ګ' | 'ڬ' | 'ڭ' | 'ڮ' | 'گ' => Char('ك', c != 'ڭ' && c != 'گ'),
        'ڨ' | 'ڧ' => Char('ق', false),
        'ة' | 'ۃ' => Char('ه', false),
        'ھ' | 'ہ' | 'ۀ' | 'ە' => Char('ه', true),
        'ڤ' | 'ڥ' => Char('ف', false),
        'پ' => Char('ب', false),
        'چ' => Char('ج', false),
        'ژ' => Char('ز', false),
        // Dotless and extra-dotted letters drawn like the common ones.
        'ٮ' | 'ٻ' | 'ڀ' | 'ݐ' | 'ݑ' | 'ݒ' | 'ݓ' | 'ݔ' | 'ݕ' | 'ݖ' => Char('ب', true),
        'ٯ' => Char('ق', true),
        'ڡ' | 'ڢ' | 'ڣ' | 'ڦ' => Char('ف', true),
        'ټ' | 'ٽ' | 'ٿ' | 'ٺ' => Char('ت', true),
        'ڃ' | 'ڄ' | 'ڇ' => Char('ج', true),
        'ڊ' | 'ڋ' | 'ڌ' | 'ڍ' | 'ڎ' | 'ڏ' | 'ڐ' => Char('د', true),
        'ڒ' | 'ړ' | 'ڔ' | 'ڕ' | 'ږ' | 'ڗ' => Char('ر', true),
        'ڙ' => Char('ز', true),
        'ښ' | 'ڛ' => Char('س', true),
        'ڜ' | 'ۺ' => Char('ش', true),
        'ڝ' | 'ڞ' => Char('ص', true),
        'ڟ' => Char('ط', true),
        'ڠ' => Char('ع', true),
        'ڵ' | 'ڶ' | 'ڷ' | 'ڸ' => Char('ل', true),
        'ۂ' => Char('ه', true),
        'ۑ' => Char('ي', true),
        'ٹ' => Char('ت', true),
        'ڈ' => Char('د', true),
        'ڑ' => Char('ر', true),
        'ں' => Char('ن', true),
        '\u{0640}' => Drop(true), // tatweel
        '٠'..='٩' => Char(char::from_u32('0' as u32 + (c as u32 - 0x0660)).unwrap_or('0'), false),
        '۰'..='۹' => Char(char::from_u32('0' as u32 + (c as u32 - 0x06F0)).unwrap_or('0'), false),
        '\u{06DD}' | '\u{06DE}' | '\u{06E5}' | '\u{06E6}' | '\u{06E9}' => Drop(true),
        c if super::compat::is_mark(c) => Drop(true), // tashkeel, Quranic marks
        _ => return None,
    })
}

/// True for letters of the Arabic script (after folding).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// The Latin letters whose name a folded Arabic word spells, as Arabic script
/// writes the names of Latin letters ("دي" D, "إس" S, "آر" R): none when it
/// is no letter's name, several when names sound alike ("بي" is B or P).
pub fn latin_letters_named(word: &str) -> Vec<char> {
    static NAMES: std::sync::OnceLock<Vec<(String, char)>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        LETTER_NAMES
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .flat_map(|(name, letter)| super::fold_word(name).into_iter().map(move |f| (f, letter.chars().next().unwrap_or('?'))))
            .collect()
    });
    let mut letters: Vec<char> = names.iter().filter(|(name, _)| name == word).map(|&(_, letter)| letter).collect();
    letters.dedup();
    letters
}

/// Names of Latin letters in Arabic script, as French and English speakers
/// say them (both where they differ), the vowel of F, L, M, N, S and R
/// written long too ("إير إف إي" for RFI).
const LETTER_NAMES: &str = "\
    إيه:A أيه:A بي:B سي:C دي:D إي:E إي:I إف:F جي:G إتش:H أتش:H آي:I جاي:J جي:J كي:K كاي:K كا:K إل:L ال:L \
    إم:M إن:N أو:O بي:P كيو:Q آر:R ار:R إس:S تي:T يو:U في:V دبليو:W إكس:X واي:Y زد:Z زي:Z \
    آش:H أش:H إر:R زيد:Z آ:A إيف:F إيل:L إيم:M إين:N إيس:S إير:R";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_is_stripped_where_article_at_finds_it() {
        for word in ["الصباح", "للأمن", "الي", "ال", "لل", "اللا", "ا", "", "hespress", "لا", "اللجنة", "الل", "al"]
        {
            let chars: Vec<char> = word.chars().collect();
            let expected = (article_at(&chars, 0) == 2).then(|| chars[2..].iter().collect::<String>());
            assert_eq!(strip_article(word).map(str::to_string), expected, "{word}");
        }
    }

    #[test]
    fn latin_letters_are_named_the_english_and_the_french_way() {
        let named = |w: &str| latin_letters_named(&crate::text::fold(w));
        assert_eq!(named("إتش"), vec!['H']);
        assert_eq!(named("آش"), vec!['H'], "French: ache");
        assert_eq!(named("زيد"), vec!['Z'], "French: zède");
        assert_eq!(named("آ"), vec!['A'], "French: a");
        assert_eq!(named("إير"), vec!['R'], "French: erre, its vowel written long");
        assert!(named("هسبريس").is_empty());
    }

    #[test]
    fn a_letter_typed_twice_is_a_slip_but_not_the_articles_lam() {
        for slip in ["الأخبارر", "الععمق", "االصباح", "هسببريس", "هسبرييس"] {
            assert!(has_doubled_letter(slip), "{slip}");
        }
        for word in ["الليل", "للأمن", "اللجنة", "هههههه", "الأخبار", "الشؤون", "مسؤول", "هسبريس.سبورت", "هســـبريس"]
        {
            assert!(!has_doubled_letter(word), "{word}");
        }
    }

    #[test]
    fn hamza_forms_fold_to_bare_alef() {
        for c in ['أ', 'إ', 'آ', 'ٱ'] {
            assert_eq!(fold(c), Some(Fold::Char('ا', false)), "{c}");
        }
    }

    #[test]
    fn persian_yeh_and_kaf_are_disguises() {
        assert_eq!(fold('ی'), Some(Fold::Char('ي', true)));
        assert_eq!(fold('ک'), Some(Fold::Char('ك', true)));
        assert_eq!(fold('ى'), Some(Fold::Char('ي', false)));
    }

    #[test]
    fn dotless_letters_are_disguises() {
        assert_eq!(fold('ٮ'), Some(Fold::Char('ب', true)));
        assert_eq!(fold('ٯ'), Some(Fold::Char('ق', true)));
    }

    #[test]
    fn arabic_indic_digits_become_ascii() {
        assert_eq!(fold('٢'), Some(Fold::Char('2', false)));
        assert_eq!(fold('۴'), Some(Fold::Char('4', false)));
    }
}
