//! Letters of other scripts (Cyrillic, Greek, Armenian, Cherokee...) that are
//! drawn like Latin letters: the subset of Unicode's confusables that matters
//! for names, kept as a small table rather than the full UTS #39 data (which
//! would weigh tens of kilobytes in the wasm build).

/// The Latin letter (lower case) `c` is drawn like, when `c` is not Latin.
pub(crate) fn to_latin(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'а' | 'А' | 'ӑ' | 'ӓ' => 'a',
        'в' | 'В' | 'Ь' | 'ь' | 'Ꮟ' => 'b',
        'с' | 'С' | 'ϲ' | 'Ϲ' | 'ᴄ' => 'c',
        'ԁ' | 'ժ' => 'd',
        'е' | 'Е' | 'ё' | 'Ё' | 'є' | 'Є' | 'ҽ' => 'e',
        'ғ' => 'f',
        'ԍ' | 'ց' => 'g',
        'н' | 'Н' | 'һ' | 'Һ' | 'ђ' | 'ћ' => 'h',
        'і' | 'І' | 'ї' | 'Ї' | 'ӏ' | 'Ӏ' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'ĸ' => 'k',
        'м' | 'М' => 'm',
        'п' | 'П' | 'ո' => 'n',
        'о' | 'О' | 'օ' | 'Օ' | 'ჿ' => 'o',
        'р' | 'Р' | 'ք' => 'p',
        'ԛ' | 'Ԛ' => 'q',
        'г' | 'Г' => 'r',
        'ѕ' | 'Ѕ' => 's',
        'т' | 'Т' => 't',
        'џ' | 'ս' | 'Ս' => 'u',
        'ѵ' | 'Ѵ' => 'v',
        'ԝ' | 'Ԝ' | 'ѡ' | 'ա' => 'w',
        'х' | 'Х' | 'ҳ' => 'x',
        'у' | 'У' | 'ү' | 'Ү' | 'ў' => 'y',
        // Greek
        'α' | 'Α' | 'ά' => 'a',
        'β' | 'Β' => 'b',
        'ε' | 'Ε' | 'έ' => 'e',
        'η' | 'Η' => 'h',
        'ι' | 'Ι' | 'ί' | 'ϊ' => 'i',
        'κ' | 'Κ' => 'k',
        'μ' | 'Μ' => 'm',
        'ν' | 'Ν' => 'n',
        'ο' | 'Ο' | 'ό' | 'σ' => 'o',
        'ρ' | 'Ρ' => 'p',
        'τ' | 'Τ' => 't',
        'υ' | 'Υ' | 'ύ' => 'u',
        'χ' | 'Χ' => 'x',
        'γ' | 'Ύ' => 'y',
        'ζ' | 'Ζ' => 'z',
        'ω' => 'w',
        // others drawn like Latin letters
        'ⅼ' | 'ǀ' | 'ɭ' | 'ł' | 'ƚ' => 'l',
        'ħ' | 'Ħ' | 'ɦ' | 'ḥ' => 'h',
        'ƙ' | 'ķ' => 'k',
        'ɱ' => 'm',
        'ɲ' | 'ŋ' => 'n',
        'ƥ' => 'p',
        'ʂ' | 'ş' => 's',
        'ɾ' | 'ɽ' => 'r',
        'ƭ' | 'ʈ' => 't',
        'ʋ' => 'v',
        'ƴ' => 'y',
        'ȥ' | 'ʐ' => 'z',
        'ɓ' => 'b',
        'ɗ' | 'ɖ' => 'd',
        'ɠ' => 'g',
        _ => return None,
    })
}
