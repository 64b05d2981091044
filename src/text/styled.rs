//! Styled letters that compatibility decomposition (NFKD) leaves alone: small
//! capitals, negative circled and negative squared letters, a few modifier
//! letters, dingbat digits, and the decimal digits of scripts a Moroccan name
//! is not written in ("Le३६०" is "Le360"). Mathematical alphanumerics,
//! fullwidth, circled, parenthesised and superscript letters are handled by
//! NFKD itself (see `mod.rs`).

/// The plain letter a styled one stands for, if it is one NFKD does not know.
/// All of them are drawn as capitals, so they count as upper case ("ᴍᴀᴘ" is "MAP").
pub(crate) fn unstyle(c: char) -> Option<char> {
    let cp = c as u32;
    let plain = match cp {
        // 🅐..🅩 negative circled, 🅰..🆉 negative squared capitals
        0x1F150..=0x1F169 => char::from_u32('a' as u32 + cp - 0x1F150),
        0x1F170..=0x1F189 => char::from_u32('a' as u32 + cp - 0x1F170),
        // ❶..❾, ➀..➈, ➊..➒ (the tenth of each is "10": left alone)
        0x2776..=0x277E => char::from_u32('1' as u32 + cp - 0x2776),
        0x2780..=0x2788 => char::from_u32('1' as u32 + cp - 0x2780),
        0x278A..=0x2792 => char::from_u32('1' as u32 + cp - 0x278A),
        0x24FF => Some('0'),
        _ => foreign_digit(cp).or_else(|| small_capital(c)),
    };
    plain.map(|p| p.to_ascii_uppercase())
}

/// The first code point (digit zero) of each run of ten decimal digits in a
/// script other than Latin and Arabic (those are folded elsewhere): Devanagari
/// to Khmer, Mongolian, NKo, Myanmar, Tai, Balinese and others.
const DIGIT_ZEROS: [u32; 37] = [
    0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0x104A0, 0x11066, 0x110F0, 0x11136,
];

fn foreign_digit(cp: u32) -> Option<char> {
    let zero = DIGIT_ZEROS.iter().copied().find(|&z| (z..z + 10).contains(&cp))?;
    char::from_u32('0' as u32 + cp - zero)
}

fn small_capital(c: char) -> Option<char> {
    Some(match c {
        'ᴀ' => 'a',
        'ʙ' | 'ᴃ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' | 'ᴆ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ɢ' | 'ʛ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' | 'ᴌ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' | 'ᴑ' => 'o',
        'ᴘ' => 'p',
        'ꞯ' => 'q',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        'ɑ' => 'a',
        'ɡ' => 'g',
        'ı' => 'i',
        'ȷ' => 'j',
        'ℓ' => 'l',
        'ǝ' | 'ɘ' => 'e',
        _ => return None,
    })
}
