//! Styled letters that compatibility decomposition (NFKD) leaves alone: small
//! capitals, negative circled and negative squared letters, a few modifier
//! letters. Mathematical alphanumerics, fullwidth, circled, parenthesised and
//! superscript letters are handled by NFKD itself (see `mod.rs`).

/// The plain letter a styled one stands for, if it is one NFKD does not know.
/// All of them are drawn as capitals, so they count as upper case ("ᴍᴀᴘ" is "MAP").
pub(crate) fn unstyle(c: char) -> Option<char> {
    let cp = c as u32;
    let plain = match cp {
        // 🅐..🅩 negative circled, 🅰..🆉 negative squared capitals
        0x1F150..=0x1F169 => char::from_u32('a' as u32 + cp - 0x1F150),
        0x1F170..=0x1F189 => char::from_u32('a' as u32 + cp - 0x1F170),
        _ => small_capital(c),
    };
    plain.map(|p| p.to_ascii_uppercase())
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
