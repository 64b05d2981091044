//! Name normalisation: everything that makes two spellings of one name compare
//! equal. One pass over the name turns it into tokens of canonical letters:
//!
//! - invisible and bidi characters are dropped (`invisible`);
//! - styled letters (mathematical, fullwidth, circled, parenthesised,
//!   superscript: `compat`; small capitals and negative circled: `styled`) become plain;
//! - accents, tashkeel and Quranic marks are dropped, Arabic letter variants
//!   folded (`arabic`);
//! - Cyrillic and Greek look-alikes become the Latin letter they imitate
//!   (`confusables`);
//! - everything is lower-cased; punctuation, spaces, emoji and HTML tags split
//!   tokens; a change of script splits tokens too.
//!
//! Transliteration between scripts lives in `translit`, word lists in `words`.
//! The work per name is bounded (`MAX_SCAN_CHARS`, `MAX_TOKENS`): a 100 KB name
//! costs the same as a 4 KB one.

pub(crate) mod arabic;
mod compat;
mod compat_table;
mod confusables;
mod confusables_table;
pub mod digits;
mod frequent_words;
pub(crate) mod hash;
mod invisible;
pub mod shape;
mod sorted_words;
mod styled;
pub mod translit;
pub mod words;

/// At most this many characters of a name are read.
pub const MAX_SCAN_CHARS: usize = 2048;
/// At most this many tokens are kept.
pub const MAX_TOKENS: usize = 64;
/// A token longer than this is cut.
pub const MAX_TOKEN_CHARS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Arabic,
    /// Only digits.
    Digits,
    Other,
}

/// One word of a name, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub script: Script,
    /// Every cased letter was upper case in the original (acronyms: "MAP", "AJ").
    pub upper: bool,
}

/// A name after normalisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// Something a keyboard would not type was folded away: look-alike letters
    /// from other scripts, styled letters, invisible characters, tatweel,
    /// tashkeel.
    pub disguised: bool,
    /// A check mark (✅ ☑ ✔ ✓) imitating Facebook's verified badge.
    pub badge: bool,
    /// A flag emoji.
    pub flag: bool,
}

impl Tokens {
    /// All tokens glued together: "H.e.s press" and "Hespress" agree.
    pub fn compact(&self) -> String {
        self.tokens.iter().map(|t| t.text.as_str()).collect()
    }
}

struct Builder {
    out: Tokens,
    current: String,
    /// Letters in `current` (counted as they are pushed, not recounted for each).
    current_chars: usize,
    script: Script,
    upper: bool,
    cased: bool,
}

impl Builder {
    fn flush(&mut self) {
        if !self.current.is_empty() && self.out.tokens.len() < MAX_TOKENS {
            // Copied at its size; `current` keeps its buffer for the next token.
            let text = self.current.clone();
            let script = if text.chars().all(|c| c.is_ascii_digit()) { Script::Digits } else { self.script };
            split_glued(&mut self.out.tokens, text, script, self.upper && self.cased);
        }
        self.current.clear();
        self.current_chars = 0;
        self.script = Script::Digits;
        self.upper = true;
        self.cased = false;
    }

    fn push_letter(&mut self, c: char, was_upper: bool) {
        let script = if c.is_ascii_digit() {
            Script::Digits
        } else if arabic::is_arabic_letter(c) {
            Script::Arabic
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            Script::Latin
        } else {
            Script::Other
        };
        if script != Script::Digits && self.script != Script::Digits && script != self.script {
            self.flush();
        }
        if script != Script::Digits {
            self.script = script;
        }
        if script == Script::Latin && c.is_alphabetic() {
            self.cased = true;
            self.upper &= was_upper;
        }
        if self.current_chars < MAX_TOKEN_CHARS && (c.is_ascii() || is_plain_arabic_letter(c)) {
            // Its own lower case, and no mark: most letters, without the Unicode tables.
            self.current.push(c.to_ascii_lowercase());
            self.current_chars += 1;
        } else if self.current_chars < MAX_TOKEN_CHARS {
            for l in c.to_lowercase() {
                if !compat::is_mark(l) {
                    self.current.push(l);
                    self.current_chars += 1;
                }
            }
        }
    }
}

/// "HespressOfficiel" → "hespress" "officiel"; "Medias24" → "medias" "24".
fn split_glued(tokens: &mut Vec<Token>, text: String, script: Script, upper: bool) {
    if script == Script::Arabic {
        // Digits glued to Arabic letters are a separate word: "هسبريس24".
        let letters = text.trim_end_matches(|c: char| c.is_ascii_digit());
        if letters.len() < text.len() && letters.chars().count() >= 3 {
            let (head, tail) = text.split_at(letters.len());
            tokens.push(Token { text: head.to_string(), script, upper });
            tokens.push(Token { text: tail.to_string(), script: Script::Digits, upper });
            return;
        }
    }
    if script == Script::Latin {
        for suffix in words::GLUED_SUFFIXES {
            if text.len() >= suffix.len() + 4 && text.ends_with(suffix) && text.is_char_boundary(text.len() - suffix.len()) {
                let (head, tail) = text.split_at(text.len() - suffix.len());
                let tail_script = if tail.chars().all(|c| c.is_ascii_digit()) { Script::Digits } else { Script::Latin };
                tokens.push(Token { text: head.to_string(), script, upper });
                tokens.push(Token { text: tail.to_string(), script: tail_script, upper });
                return;
            }
        }
    }
    tokens.push(Token { text, script, upper });
}

/// A letter of the basic Arabic block that no fold of `tokens` changes (not
/// a hamza form, ta marbuta, alef maqsura nor tatweel: `arabic::fold`), and
/// that has no case: most letters of Arabic names, taken as they are.
fn is_plain_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c) && arabic::fold(c).is_none()
}

/// The letter a symbol is drawn like, when written inside a word.
fn symbol_letter(c: char) -> Option<char> {
    Some(match c {
        '@' => 'a',
        '$' => 's',
        '|' => 'l',
        '!' => 'i',
        '€' => 'e',
        _ => return None,
    })
}

fn is_badge(c: char) -> bool {
    matches!(c, '\u{2705}' | '\u{2611}' | '\u{2714}' | '\u{2713}' | '\u{1F5F8}' | '\u{1F5F9}')
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// The start of a name that covers the characters `tokens` reads, at most
/// (`MAX_SCAN_CHARS` of up to four bytes), cut on a character boundary.
fn scanned(name: &str) -> &str {
    let mut end = name.len().min(MAX_SCAN_CHARS * 4);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// The name as a reader sees it when a bidi override reorders it on screen
/// ("\u{202E}sserpseH" shows "Hespress"), normalised; `None` without an
/// override. `tokens` reads the characters in their stored order: both are
/// evidence of what the name imitates.
pub fn reading_order_tokens(name: &str) -> Option<Tokens> {
    invisible::reading_order(scanned(name)).map(|shown| tokens(&shown))
}

/// The apostrophes a keyboard types.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`')
}

/// The Arabizi digit for a mark that romanised Arabic writes for ع or
/// hamza, where it stands for one: ʻ ʿ (ع) and ʾ (hamza) of the scholarly
/// romanisation beside a Latin letter; a typed apostrophe only inside a word
/// of two letters or more on each side, which French elision ("l'Intérieur",
/// "qu'il", "aujourd'hui") and English ("Children's", "we're") never make.
fn romanised_ain_or_hamza(c: char, b: &Builder, after: impl Iterator<Item = char>) -> Option<char> {
    let latin_before = b.script == Script::Latin && !b.current.is_empty();
    let mut after = after.peekable();
    match c {
        '\u{02BB}' | '\u{02BF}' | '\u{02BE}' => {
            let letter_after = after.peek().is_some_and(|c| c.is_alphabetic());
            (latin_before || letter_after).then_some(if c == '\u{02BE}' { '2' } else { '3' })
        }
        c if is_apostrophe(c) => {
            let elided = b.current.ends_with("qu") || b.current == "aujourd";
            let word_after: String = after.take_while(|c| c.is_ascii_alphabetic()).take(3).collect::<String>().to_ascii_lowercase();
            let contraction = matches!(word_after.as_str(), "ll" | "re" | "ve");
            (latin_before && b.current_chars >= 2 && !elided && word_after.len() >= 2 && !contraction).then_some('3')
        }
        _ => None,
    }
}

/// Normalises a name into tokens (see the module doc).
pub fn tokens(name: &str) -> Tokens {
    let mut b = Builder {
        out: Tokens::default(),
        current: String::with_capacity(64),
        current_chars: 0,
        script: Script::Digits,
        upper: true,
        cased: false,
    };
    let mut chars = name.chars().take(MAX_SCAN_CHARS).peekable();
    // Arabic writing's slips (an article with a hamza, a doubled letter) need Arabic letters.
    let arabic_letters = !scanned(name).is_ascii();
    b.out.disguised |= arabic_letters && scanned(name).split_whitespace().any(arabic::article_with_hamza);
    let mut buf: Vec<char> = Vec::with_capacity(4);
    while let Some(c) = chars.next() {
        if b.out.tokens.len() >= MAX_TOKENS {
            break;
        }
        // A plain ASCII letter is itself through every step below (no
        // markup, symbol, digit, invisible, styled, compatibility, look-alike
        // or Arabic form: `ascii_letters_pass_every_fold_unchanged`): most
        // letters of most names, straight to their token.
        if c.is_ascii_alphabetic() {
            b.push_letter(c, c.is_ascii_uppercase());
            continue;
        }
        // So is a plain Arabic letter (`plain_arabic_letters_pass_every_fold_unchanged`).
        if is_plain_arabic_letter(c) {
            b.push_letter(c, false);
            continue;
        }
        // HTML tags and entities: skipped whole, they split words.
        if c == '<' || c == '&' {
            let close = if c == '<' { '>' } else { ';' };
            let ahead: Vec<char> = chars.clone().take(40).collect();
            if let Some(end) = ahead.iter().position(|&d| d == close) {
                let inner = &ahead[..end];
                let looks_like_markup = !inner.is_empty()
                    && inner
                        .iter()
                        .all(|d| d.is_ascii_alphanumeric() || matches!(d, '/' | ' ' | '=' | '"' | '\'' | '-' | '#' | ':' | ';' | '.'));
                if looks_like_markup {
                    for _ in 0..=end {
                        chars.next();
                    }
                    b.flush();
                    continue;
                }
            }
        }
        // A romanisation's mark for ع or hamza ("Jāmiʻat", "Maʻan", "ʻUkaz",
        // "Jami'at"): a letter of the word, as Arabizi's 3 and 2 write them.
        if let Some(sound) = romanised_ain_or_hamza(c, &b, chars.clone()) {
            b.push_letter(sound, false);
            continue;
        }
        // A symbol drawn like a letter inside a word ("Barl@mane", "Hespre$$").
        let c = match symbol_letter(c) {
            Some(letter) if !b.current.is_empty() && chars.peek().is_some_and(|n| n.is_alphanumeric() || symbol_letter(*n).is_some()) => {
                b.out.disguised = true;
                letter
            }
            Some(letter) if !b.current.is_empty() && symbol_letter(c) == Some('s') => {
                b.out.disguised = true; // a final "$" is an "s": "Hespre$$"
                letter
            }
            _ => c,
        };
        // An Arabizi digit with its dot written as an apostrophe, beside letters.
        if let Some(letters) = digits::dotted_arabizi(c).filter(|_| chars.peek().is_some_and(|&n| is_apostrophe(n))) {
            let letter_after = chars.clone().nth(1).is_some_and(char::is_alphabetic);
            if !b.current.is_empty() || letter_after {
                chars.next();
                for l in letters.chars() {
                    b.push_letter(l, false);
                }
                continue;
            }
        }
        if let Some(kind) = invisible::classify(c) {
            if kind == invisible::Invisible::Disguise {
                b.out.disguised = true;
            }
            continue;
        }
        if is_badge(c) {
            b.out.badge = true;
            b.flush();
            continue;
        }
        if is_regional_indicator(c) {
            b.out.flag = true;
            b.flush();
            continue;
        }
        if matches!(c, '\u{2122}' | '\u{2120}' | '\u{00AE}' | '\u{00A9}') {
            b.flush();
            continue;
        }
        let c = match styled::unstyle(c) {
            Some(plain) => {
                b.out.disguised = true;
                plain
            }
            None => c,
        };
        buf.clear();
        if compat::fold(c, &mut buf) {
            b.out.disguised = true; // a compatibility (styled) form
        }
        for &d in buf.iter() {
            if compat::is_mark(d) {
                // Tashkeel, and marks drawn over Latin letters (underline,
                // strike-through, "zalgo"), disguise a name; plain accents do not.
                let accent = ('\u{0300}'..='\u{032F}').contains(&d);
                if !accent && !matches!(d, '\u{0653}'..='\u{0655}') {
                    b.out.disguised = true;
                }
                continue;
            }
            let (d, was_upper) = if let Some(latin) = confusables::to_latin(d) {
                b.out.disguised = true;
                (latin, d.is_uppercase())
            } else {
                (d, d.is_uppercase())
            };
            let d = match arabic::fold(d) {
                Some(arabic::Fold::Char(f, disguise)) => {
                    b.out.disguised |= disguise;
                    f
                }
                Some(arabic::Fold::Drop(disguise)) => {
                    b.out.disguised |= disguise;
                    continue;
                }
                None => d,
            };
            if d.is_alphanumeric() {
                b.push_letter(d, was_upper);
            } else {
                b.flush();
            }
        }
    }
    b.flush();
    b.out.disguised |= arabic_letters && arabic::has_doubled_letter(scanned(name));
    // Arabic never writes the article apart from its word ("ال جزيرة").
    b.out.disguised |= b.out.tokens.windows(2).any(|w| w[0].text == "ال" && w[1].script == Script::Arabic);
    b.out
}

/// Letters repeated in a row counted once ("برلمااان", "Barlamanne").
pub fn squeeze(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    for &c in chars {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

/// The folded forms of one word as a list builds them (usually one token).
pub(crate) fn fold_word(word: &str) -> Vec<String> {
    tokens(word).tokens.into_iter().map(|t| t.text).collect()
}

/// The name folded to plain lower-case words separated by single spaces:
/// styled letters plain, confusables Latin, Arabic orthography canonical.
pub fn fold(name: &str) -> String {
    tokens(name).tokens.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// The name with every separator removed as well: "H.e.s press" → "hespress".
pub fn skeleton(name: &str) -> String {
    tokens(name).compact()
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $input:expr, $folded:expr) => {
            #[test]
            fn $name() {
                assert_eq!(fold($input), $folded);
            }
        };
    }

    t!(cyrillic_letters_read_as_latin, "Неѕрrеѕѕ", "hespress");
    t!(greek_letters_read_as_latin, "ΗΕSPRΕSS", "hespress");
    t!(math_bold_is_plain, "𝐇𝐞𝐬𝐩𝐫𝐞𝐬𝐬", "hespress");
    t!(math_script_is_plain, "𝓗𝓮𝓼𝓹𝓻𝓮𝓼𝓼", "hespress");
    t!(double_struck_is_plain, "ℍ𝕖𝕤𝕡𝕣𝕖𝕤𝕤", "hespress");
    t!(fullwidth_is_plain, "Ｈｅｓｐｒｅｓｓ", "hespress");
    t!(small_capitals_are_plain, "ʜᴇꜱᴘʀᴇꜱꜱ", "hespress");
    t!(circled_letters_are_plain, "Ⓗⓔⓢⓟⓡⓔⓢⓢ", "hespress");
    t!(negative_squared_letters_are_plain, "🅷🅴🆂🅿🆁🅴🆂🆂", "hespress");
    t!(parenthesised_letters_are_plain, "⒣⒠⒮", "hes");
    t!(superscripts_are_plain, "ᴴᵉˢᵖʳᵉˢˢ", "hespress");
    t!(accents_are_dropped, "Médias24", "medias 24");
    t!(a_romanisations_ain_is_arabizis_3, "Jāmiʻat al-Qāḍī ʻIyāḍ", "jami3at al qadi 3iyad");
    t!(an_apostrophe_inside_a_romanised_word_is_its_ain, "Ma'an News", "ma3an news");
    t!(
        an_elided_article_stays_apart,
        "Ministère de l'Intérieur d’Agadir qu'il aujourd'hui",
        "ministere de l interieur d agadir qu il aujourd hui"
    );
    t!(an_english_possessive_or_contraction_stays_apart, "Children's we're", "children s we re");
    t!(hamza_forms_fold, "الأحداث", "الاحداث");
    t!(teh_marbuta_and_alef_maqsura_fold, "جريدة الأولى", "جريده الاولي");
    t!(tashkeel_is_dropped, "هِسْبْرِيس", "هسبريس");
    t!(tatweel_is_dropped, "هســـبريس", "هسبريس");
    t!(persian_yeh_and_kaf_fold, "کود الیوم", "كود اليوم");
    t!(invisible_characters_join, "Hes\u{200B}pr\u{200E}ess\u{00AD}", "hespress");
    t!(bidi_overrides_are_dropped, "\u{202E}هسبريس\u{202C}", "هسبريس");

    t!(punctuation_splits, "H.e.s-p_r", "h e s p r");
    t!(html_tags_are_skipped, "<b>Hespress</b>&nbsp;news", "hespress news");
    t!(glued_decorations_split, "HespressOfficiel", "hespress officiel");
    t!(symbols_inside_a_word_are_letters, "Barl@mane Hespre$$ Te|Quel", "barlamane hespress telquel");
    t!(symbols_between_words_split, "Hespress @ Maroc | news !", "hespress maroc news");
    t!(scripts_split, "BBCعربي", "bbc عربي");
    t!(arabic_indic_digits_are_ascii, "اليوم ٢٤", "اليوم 24");
    t!(digits_of_other_scripts_are_ascii, "Le३६० ٢٤ ๒๔ ➋➍", "le360 24 24 24");
    t!(empty_name_has_no_tokens, "", "");
    t!(an_arabizi_digit_with_its_dot_is_a_letter, "bla3' al 3'ad 7'abar", "blagh al ghad khabar");
    t!(a_digit_and_an_apostrophe_apart_stay_apart, "24' 3' 7", "24 3 7");

    #[test]
    fn arabic_written_against_its_rules_is_a_disguise() {
        assert!(tokens("ال جزيرة").disguised, "the article apart");
        assert!(tokens("الأخبارر").disguised, "a letter doubled");
        assert!(!tokens("الجزيرة الليلة للأمن").disguised);
    }

    fn shown(name: &str) -> String {
        let t = reading_order_tokens(name).expect("the name has an override");
        assert!(t.disguised);
        t.tokens.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_right_to_left_override_is_read_backwards_as_shown() {
        assert_eq!(fold("\u{202E}sserpseH\u{202C} news"), "sserpseh news", "stored order");
        assert_eq!(shown("\u{202E}sserpseH\u{202C} news"), "hespress news");
        assert_eq!(shown("\u{202E}sserpseH هسبريس"), "هسبريس hespress", "Arabic words keep their direction");
        assert_eq!(shown("\u{202E}هسبريس\u{202C}"), "هسبريس");
    }

    #[test]
    fn a_left_to_right_override_shows_arabic_backwards() {
        assert_eq!(shown("\u{202D}سيربسه\u{202C} news"), "هسبريس news");
        assert_eq!(shown("\u{202D}ينطولا نمالا"), "الامن الوطني", "read from the right, words too");
        assert_eq!(reading_order_tokens("Hespress \u{202B}news"), None, "an embedding reorders nothing");
    }

    #[test]
    fn an_article_written_with_a_hamza_is_a_disguise() {
        for name in ["إلوطن", "آلشروق", "ٱلعلم"] {
            assert!(tokens(name).disguised, "{name}");
        }
        assert!(!tokens("الوطن").disguised);
        assert!(!tokens("ألف").disguised, "a word, not an article");
    }

    #[test]
    fn digits_of_other_scripts_are_a_disguise() {
        assert!(tokens("Le३६०").disguised);
        assert!(!tokens("Le360").disguised);
    }

    #[test]
    fn a_check_mark_in_the_name_is_noted() {
        let t = tokens("Hespress ✅");
        assert!(t.badge);
        assert_eq!(t.compact(), "hespress");
    }

    #[test]
    fn confusables_mark_the_name_disguised_but_accents_do_not() {
        assert!(tokens("Неѕрrеѕѕ").disguised);
        assert!(!tokens("Médias24").disguised);
        assert!(!tokens("الأحداث المغربية").disguised);
    }

    #[test]
    fn acronyms_remember_their_case() {
        let t = tokens("MAP Express");
        assert!(t.tokens[0].upper);
        assert!(!t.tokens[1].upper);
    }

    #[test]
    fn ascii_letters_pass_every_fold_unchanged() {
        for c in ('a'..='z').chain('A'..='Z') {
            let mut buf = Vec::new();
            assert!(!compat::fold(c, &mut buf) && buf == [c], "{c}");
            assert!(symbol_letter(c).is_none() && digits::dotted_arabizi(c).is_none(), "{c}");
            assert!(invisible::classify(c).is_none() && styled::unstyle(c).is_none(), "{c}");
            assert!(!compat::is_mark(c) && confusables::to_latin(c).is_none() && arabic::fold(c).is_none(), "{c}");
            assert!(!is_badge(c) && !is_regional_indicator(c) && c.is_uppercase() == c.is_ascii_uppercase(), "{c}");
        }
    }

    #[test]
    fn plain_arabic_letters_pass_every_fold_unchanged() {
        let plain: Vec<char> = ('\u{0600}'..='\u{06FF}').filter(|&c| is_plain_arabic_letter(c)).collect();
        assert!(plain.len() >= 28, "the common letters are plain: {plain:?}");
        for c in plain {
            let mut buf = Vec::new();
            assert!(!compat::fold(c, &mut buf) && buf == [c], "{c}");
            assert!(symbol_letter(c).is_none() && digits::dotted_arabizi(c).is_none(), "{c}");
            assert!(invisible::classify(c).is_none() && styled::unstyle(c).is_none(), "{c}");
            assert!(!compat::is_mark(c) && confusables::to_latin(c).is_none(), "{c}");
            assert!(!is_badge(c) && !is_regional_indicator(c) && !c.is_uppercase(), "{c}");
            assert!(c.is_alphanumeric() && arabic::is_arabic_letter(c) && c.to_lowercase().eq([c]), "{c}");
        }
    }

    #[test]
    fn huge_names_are_bounded() {
        let name = "هسبريس ".repeat(20_000);
        let t = tokens(&name);
        assert!(t.tokens.len() <= MAX_TOKENS);
    }
}
