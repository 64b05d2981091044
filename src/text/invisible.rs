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
