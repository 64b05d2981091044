//! Digits written for letters, the one table of each kind:
//!
//! - leetspeak: a digit drawn like a Latin letter ("H3spr3ss", "54bik");
//! - Arabizi: a digit standing for an Arabic sound that Latin letters lack
//!   ("7ammouchi" for حموشي, "3omk" for عمق, "9ods" for قدس).

/// The Latin letter a digit is drawn like.
pub fn leet_letter(digit: char) -> Option<char> {
    Some(match digit {
        '0' => 'o',
        '1' => 'l',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        _ => return None,
    })
}

/// The sound an Arabizi digit stands for, spelled as the phonetic keys spell
/// it (`translit`): 2 ء and 3 ع are vowels there (""), 5 خ, 8 غ and 9 ق are
/// "k", 6 ط is "t", 7 ح is "h".
pub fn arabizi_sound(digit: char) -> Option<&'static str> {
    Some(match digit {
        '2' | '3' => "",
        '5' | '8' | '9' => "k",
        '6' => "t",
        '7' => "h",
        _ => return None,
    })
}
