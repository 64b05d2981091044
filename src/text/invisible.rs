//! Invisible characters: zero-width spaces and joiners, bidi controls (marks,
//! embeddings, overrides, isolates), soft hyphen, variation selectors and tag
//! characters. They change nothing a reader sees, so matching drops them; all
//! but the variation selectors (which emoji legitimately carry) count as a
//! disguise.

/// What an invisible character is to the matcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Invisible {
    /// Dropped, and a sign the name was tampered with.
    Disguise,
    /// Dropped silently (emoji variation selectors and the like).
    Benign,
}

pub(crate) fn classify(c: char) -> Option<Invisible> {
    match c {
        '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{200D}' => Some(Invisible::Benign),
        '\u{00AD}'                      // soft hyphen
        | '\u{034F}'                    // combining grapheme joiner
        | '\u{061C}'                    // Arabic letter mark
        | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
        | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'       // Mongolian selectors and vowel separator
        | '\u{200B}' | '\u{200C}'       // zero-width space, non-joiner
        | '\u{200E}' | '\u{200F}'       // LRM, RLM
        | '\u{202A}'..='\u{202E}'       // embeddings and overrides
        | '\u{2060}'..='\u{206F}'       // word joiner, invisible operators, isolates
        | '\u{FEFF}'                    // BOM / zero-width no-break space
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E007F}' => Some(Invisible::Disguise), // tags
        _ => None,
    }
}

const LRO: char = '\u{202D}';
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// The name in the order a reader reads it when it carries a bidi override:
/// "\u{202E}sserpseH" is drawn right to left and reads "Hespress". Under an
/// override (to the next PDF or the end) a Latin reader reads a right-to-left
/// run backwards and an Arabic reader a left-to-right one. `None` when the name
/// has no override. The controls themselves stay (they are dropped later).
pub(crate) fn reading_order(name: &str) -> Option<String> {
    if !name.contains([LRO, RLO]) {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    let mut run: Vec<char> = Vec::new();
    let mut forced: Option<char> = None;
    let finish = |run: &mut Vec<char>, forced: Option<char>, out: &mut String| {
        match forced {
            Some(RLO) => {
                // Drawn right to left: the run reversed, Arabic words read back in their own direction.
                run.reverse();
                reverse_runs(run, is_rtl_letter);
            }
            // LRO: Arabic drawn left to right; read from the right, a wholly
            // Arabic run is read backwards, word order included.
            Some(_) if !run.iter().any(|c| c.is_ascii_alphabetic()) => run.reverse(),
            Some(_) => reverse_runs(run, is_rtl_letter),
            None => {}
        }
        out.extend(run.drain(..));
    };
    for c in name.chars() {
        match c {
            LRO | RLO | PDF => {
                finish(&mut run, forced, &mut out);
                forced = if c == PDF { None } else { Some(c) };
                out.push(c);
            }
            _ => run.push(c),
        }
    }
    finish(&mut run, forced, &mut out);
    Some(out)
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Reverses, in place, every maximal run of characters that `inside` accepts.
fn reverse_runs(chars: &mut [char], inside: impl Fn(char) -> bool) {
    let mut i = 0;
    while i < chars.len() {
        if !inside(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && inside(chars[i]) {
            i += 1;
        }
        chars[start..i].reverse();
    }
}
