//! Digits written for letters, the one table of each kind:
//!
//! - leetspeak: a digit drawn like a Latin letter ("H3spr3ss", "54bik");
//! - Arabizi: a digit standing for an Arabic sound that Latin letters lack
//!   ("7ammouchi" for حموشي, "3omk" for عمق, "9ods" for قدس), and the
//!   digits Egypt and the Levant read otherwise ("el2ahera" for القاهرة).

/// The Latin letter a digit is drawn like.
pub fn leet_letter(digit: char) -> Option<char> {
    Some(match digit {
        '0' => 'o',
        '1' => 'l',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '6' => 'b',
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

/// The letter an Arabizi digit stands for in Egypt and the Levant, where it
/// differs from Morocco's (`arabizi_sound`): 2 for ق (said as a glottal stop
/// there), 9 for ص.
pub fn eastern_arabizi_letter(digit: char) -> Option<char> {
    Some(match digit {
        '2' => 'q',
        '9' => 's',
        _ => return None,
    })
}

/// The letters an Arabizi digit with an apostrophe (its dot) stands for:
/// 3' غ, 7' خ, 6' ظ, 9' ض ("bla3'" for بلاغ, "al 3'ad" for الغد).
pub fn dotted_arabizi(digit: char) -> Option<&'static str> {
    Some(match digit {
        '3' => "gh",
        '7' => "kh",
        '6' | '9' => "dh",
        _ => return None,
    })
}

/// Whether the digit at `i` may be a letter rather than part of a number: it
/// stands alone, or doubled as a letter is ("sa77a" for صحة, with a shadda);
/// "2024" and "24" are numbers.
pub fn may_be_letter(chars: &[char], i: usize) -> bool {
    let mut start = i;
    while start > 0 && chars[start - 1].is_ascii_digit() {
        start -= 1;
    }
    let mut end = i + 1;
    while end < chars.len() && chars[end].is_ascii_digit() {
        end += 1;
    }
    end - start == 1 || (end - start == 2 && chars[start] == chars[start + 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digit_alone_or_doubled_may_be_a_letter_a_number_is_not() {
        let at = |w: &str, i: usize| may_be_letter(&w.chars().collect::<Vec<_>>(), i);
        assert!(at("7amza", 0) && at("sa77a", 2) && at("sa77a", 3));
        assert!(!at("hespress2024", 8) && !at("alyaoum24", 7) && !at("a787b", 1));
    }
}
