//! The ways a profile's name is read before it is looked up: as written, and
//! as a disguise would have the reader see it (leet digits as letters, a
//! bidi-reordered name as shown, a number glued to a word split off, a
//! person's name family name first). Each reading is looked up in the index
//! and verified by `align`; `Index::find` gathers what they find.

use super::align::{align_query, Closeness, NameMatch, Query};
use super::Index;
use crate::text::{self, Script, Token, Tokens};

/// A listed name the profile's name resembles, and how it was read.
#[derive(Debug, Clone)]
pub struct Found {
    pub found: NameMatch,
    /// Read through leet digits ("H3spr3ss"): the name is a disguise.
    pub leet: bool,
}

impl Index {
    /// Every listed name that a reading of the profile's name resembles.
    pub fn find(&self, name: &str, query: &Tokens) -> Vec<Found> {
        let mut all: Vec<Found> = Vec::new();
        let plain = |found: Vec<NameMatch>| found.into_iter().map(|found| Found { found, leet: false });
        all.extend(plain(self.matches_written(&query.tokens, query.disguised)));
        let inner_leet = leet_variant(&query.tokens, Edges::Neither);
        if let Some(leet) = &inner_leet {
            all.extend(self.matches_written(leet, true).into_iter().map(|found| Found { found, leet: true }));
        }
        // A bidi override shows the name in another order than it is stored.
        if let Some(shown) = text::reading_order_tokens(name) {
            all.extend(plain(self.matches_written(&shown.tokens, true)));
        }
        // A person's name is often written family name first ("SABIK Boubker"):
        // read backwards a short name of which nothing matched whole as written.
        let core_words = query.tokens.iter().filter(|t| !text::words::is_decoration(&t.text)).count();
        if !all.iter().any(|f| f.found.is_full()) && (2..=3).contains(&core_words) {
            let reversed: Vec<Token> = query.tokens.iter().rev().cloned().collect();
            all.extend(plain(self.matches(&reversed).into_iter().filter(|m| self.name(m.name).person).collect()));
        }
        // A number glued to a name ("Hespress2024") reads like one beside it ("Hespress 2024").
        if let Some(split) = glued_number_split(&query.tokens) {
            all.extend(plain(self.matches(&split)));
        }
        // A digit among letters spelled one by one is a letter ("0.N.E.E", "C.N.0.P.S").
        if let Some(spelled) = spelled_leet_reading(&query.tokens) {
            all.extend(self.matches_written(&spelled, true).into_iter().map(|found| Found { found, leet: true }));
        }
        // A digit starting a word before its letters is drawn for a letter
        // ("5afadi", "4ir"), as inside one: read so, the name is compared as any name.
        let start_leet = leet_variant(&query.tokens, Edges::Start).filter(|l| Some(l) != inner_leet.as_ref());
        if let Some(leet) = &start_leet {
            all.extend(self.matches_written(leet, true).into_iter().map(|found| Found { found, leet: true }));
        }
        // Digits at the end of a word are usually a number ("Alyaoum25"):
        // read as letters ("Hespre55") they count only when they spell a listed name.
        if let Some(leet) =
            leet_variant(&query.tokens, Edges::Both).filter(|l| Some(l) != inner_leet.as_ref() && Some(l) != start_leet.as_ref())
        {
            all.extend(
                self.matches(&leet).into_iter().filter(|m| m.closeness == Closeness::Exact).map(|found| Found { found, leet: true }),
            );
        }
        // Other ways of writing the same words: the Arabic edition word
        // ("BBC 3arabi" for BBC Arabic), an acronym spelled with Arabic letter
        // names ("دي جي إس إن" for DGSN), letters drawn like digits in a
        // number ("Le 36O").
        let readings = REWRITES.iter().chain([&(combined_reading as Rewrite)]).filter_map(|rewrite| rewrite(&query.tokens));
        for reading in readings
            .chain(letter_names_readings(&query.tokens))
            .chain(city_readings(&query.tokens))
            .chain(head_noun_readings(&query.tokens))
        {
            all.extend(plain(self.matches(&reading)));
        }
        // The entity's other names beside this one ("Hespress | هسبريس") add nothing.
        for f in &mut all {
            if f.found.others.is_empty() {
                continue;
            }
            let names = self.names_of(self.name(f.found.name).entry);
            f.found.decorate(|o| names.iter().any(|n| n.tokens.iter().any(|t| t.text == o)));
        }
        all
    }

    /// The listed names a run of tokens resembles, verified.
    pub fn matches(&self, tokens: &[Token]) -> Vec<NameMatch> {
        self.matches_written(tokens, false)
    }

    /// `matches` for a name written with disguised letters or not.
    fn matches_written(&self, tokens: &[Token], disguised: bool) -> Vec<NameMatch> {
        let mut query = Query::new(tokens);
        query.disguised = disguised;
        let mut candidates = Vec::new();
        self.candidates_for(&query, &mut candidates);
        candidates
            .iter()
            .filter_map(|&id| {
                let form = &self.name(id);
                align_query(&query, form, id)
                    .filter(|m| m.closeness != Closeness::SoundsLike || self.sound_is_unique(form))
                    .or_else(|| super::tokenset::token_set(&query, form, id, &self.distinct))
                    .or_else(|| super::initials::given_name_initials(&query, form, id))
            })
            .collect()
    }

    /// Whether `name`, as written or read through leet digits, resembles one of `entry`'s names.
    pub fn resembles(&self, name: &str, entry: super::EntryIndex) -> bool {
        let q = text::tokens(name);
        let hit = |t: &[Token]| self.matches(t).iter().any(|m| self.name(m.name).entry == entry);
        hit(&q.tokens) || leet_variant(&q.tokens, Edges::Neither).is_some_and(|l| hit(&l))
    }
}

/// The tokens with a number glued to the end of a Latin word split off
/// ("hespress2024" → "hespress" "2024"), if any word has one.
fn glued_number_split(tokens: &[Token]) -> Option<Vec<Token>> {
    let split = |t: &Token| -> Option<(Token, Token)> {
        let head = t.text.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = t.text.len() - head.len();
        let plain_head = head.chars().count() >= 3 && head.chars().all(char::is_alphabetic);
        if t.script != Script::Latin || !(1..=4).contains(&digits) || !plain_head {
            return None;
        }
        let number = Token { text: t.text[head.len()..].to_string(), script: Script::Digits, upper: t.upper };
        Some((Token { text: head.to_string(), ..t.clone() }, number))
    };
    rewritten(tokens, |t| split(t).map(|(head, number)| vec![head, number]))
}

/// `tokens` with every word that `rewrite` changes replaced by what it gives
/// (each word rewritten once); `None` when it changes none.
fn rewritten(tokens: &[Token], rewrite: impl Fn(&Token) -> Option<Vec<Token>>) -> Option<Vec<Token>> {
    let mut changed = false;
    let mut out = Vec::with_capacity(tokens.len() + 1);
    for t in tokens {
        match rewrite(t) {
            Some(words) => {
                changed = true;
                out.extend(words);
            }
            None => out.push(t.clone()),
        }
    }
    changed.then_some(out)
}

/// Where in a word `leet_variant` also reads digits as letters, besides between two letters.
#[derive(Clone, Copy, PartialEq)]
enum Edges {
    Neither,
    /// At its start ("5afadi").
    Start,
    /// At its start or end ("54bik", "Hespre55").
    Both,
}

/// The tokens with leetspeak digits read as letters ("H3spr3ss"), if any are:
/// runs of digits between two letters, and at a word's `edges`.
fn leet_variant(tokens: &[Token], edges: Edges) -> Option<Vec<Token>> {
    let leet = |t: &Token| -> Option<Token> {
        let chars: Vec<char> = t.text.chars().collect();
        let inner = |i: usize| {
            let mut a = i;
            while a > 0 && chars[a - 1].is_ascii_digit() {
                a -= 1;
            }
            let mut b = i;
            while b + 1 < chars.len() && chars[b + 1].is_ascii_digit() {
                b += 1;
            }
            let before = if a > 0 { chars[a - 1].is_alphabetic() } else { edges != Edges::Neither };
            let after = if b + 1 < chars.len() { chars[b + 1].is_alphabetic() } else { edges == Edges::Both };
            // Never a whole word of digits ("24"): letters on one side at least.
            before && after && (a > 0 || b + 1 < chars.len())
        };
        if t.script != Script::Latin || !(0..chars.len()).any(|i| chars[i].is_ascii_digit() && inner(i)) {
            return None;
        }
        let text = chars.iter().enumerate().map(|(i, &c)| if inner(i) { text::digits::leet_letter(c).unwrap_or(c) } else { c }).collect();
        Some(Token { text, script: Script::Latin, upper: t.upper })
    };
    rewritten(tokens, |t| leet(t).map(|word| vec![word]))
}

/// The tokens with a lone leet digit beside letters spelled one by one read
/// as the letter it is drawn like ("0.N.E.E" → O N E E), if there is one.
fn spelled_leet_reading(tokens: &[Token]) -> Option<Vec<Token>> {
    let one_letter = |t: Option<&Token>| t.is_some_and(|t| t.script == Script::Latin && t.text.chars().count() == 1);
    let mut out = tokens.to_vec();
    let mut changed = false;
    for (i, t) in tokens.iter().enumerate() {
        let mut chars = t.text.chars();
        let (Some(d), None) = (chars.next(), chars.next()) else { continue };
        let beside_letters = one_letter(i.checked_sub(1).and_then(|p| tokens.get(p))) || one_letter(tokens.get(i + 1));
        if let Some(letter) = text::digits::leet_letter(d).filter(|_| beside_letters) {
            out[i] = Token { text: letter.to_string(), script: Script::Latin, upper: true };
            changed = true;
        }
    }
    changed.then_some(out)
}

/// A way of writing some words otherwise, giving the tokens rewritten if any are.
type Rewrite = fn(&[Token]) -> Option<Vec<Token>>;

/// The rewrites read each as a reading of its own.
const REWRITES: [Rewrite; 4] = [edition_reading, digit_lookalike_reading, number_word_reading, glued_initials_reading];

/// Two rewrites or more at once ("Le 36O Arabi": a letter drawn like a digit
/// and the edition word), each applied to the last one's result.
fn combined_reading(tokens: &[Token]) -> Option<Vec<Token>> {
    let (mut combined, mut applied) = (tokens.to_vec(), 0);
    for rewrite in REWRITES {
        if let Some(rewritten) = rewrite(&combined) {
            combined = rewritten;
            applied += 1;
        }
    }
    (applied >= 2).then_some(combined)
}

/// The tokens with the word for "Arabic" (an outlet's Arabic edition) in any
/// spelling written the one way each script's list names write it: "arabic",
/// "عربي" ("BBC 3arabi", "CNN bel3arabiya", "سكاي نيوز بالعربية").
fn edition_reading(tokens: &[Token]) -> Option<Vec<Token>> {
    rewritten(tokens, |t| {
        let canonical = if t.script == Script::Arabic { "عربي" } else { "arabic" };
        (text::words::is_arabic_edition(&t.text) && t.text != canonical)
            .then(|| vec![Token { text: canonical.to_string(), script: t.script, upper: false }])
    })
}

/// An acronym spelled with the names of its letters in Arabic script, as a
/// reader says it ("دي جي إس إن" for DGSN, "آر إف إي" for RFI): runs of at
/// least `MIN_SPELLED_LETTERS` letter names become one Latin acronym. Names
/// that sound alike ("بي" is B or P) give one reading per spelling, at most
/// `MAX_SPELLINGS`.
fn letter_names_readings(tokens: &[Token]) -> Vec<Vec<Token>> {
    let letters: Vec<Vec<char>> =
        tokens.iter().map(|t| if t.script == Script::Arabic { text::arabic::latin_letters_named(&t.text) } else { Vec::new() }).collect();
    let mut readings: Vec<Vec<Token>> = vec![Vec::with_capacity(tokens.len())];
    let mut changed = false;
    let mut i = 0;
    while i < tokens.len() {
        let end = (i..tokens.len()).find(|&e| letters[e].is_empty()).unwrap_or(tokens.len());
        if end - i < MIN_SPELLED_LETTERS {
            readings.iter_mut().for_each(|r| r.push(tokens[i].clone()));
            i += 1;
            continue;
        }
        // Every spelling of the run (tokens are folded to lower case).
        let mut spellings = vec![String::new()];
        for options in &letters[i..end] {
            spellings = spellings
                .iter()
                .flat_map(|s| options.iter().map(move |l| format!("{s}{}", l.to_ascii_lowercase())))
                .take(MAX_SPELLINGS)
                .collect();
        }
        readings = readings
            .iter()
            .flat_map(|r| {
                spellings.iter().map(move |s| {
                    let mut r = r.clone();
                    r.push(Token { text: s.clone(), script: Script::Latin, upper: true });
                    r
                })
            })
            .take(MAX_SPELLINGS)
            .collect();
        changed = true;
        i = end;
    }
    if changed {
        readings
    } else {
        Vec::new()
    }
}

/// The tokens with each Moroccan city written as the list's Arabic names
/// write it, and as its Latin names do ("Amn Casablanca" → "Amn الدار
/// البيضاء", "أمن كازا" → "أمن casablanca"): those that differ from the name as written.
fn city_readings(tokens: &[Token]) -> Vec<Vec<Token>> {
    let written = |arabic: bool| {
        rewritten(tokens, |t| {
            let (ar, lat) = text::words::city_names(&t.text)?;
            let (words, script) = if arabic { (ar, Script::Arabic) } else { (lat, Script::Latin) };
            Some(words.iter().map(|w| Token { text: w.clone(), script, upper: false }).collect())
        })
    };
    [written(true), written(false)].into_iter().flatten().filter(|r| r.iter().map(|t| &t.text).ne(tokens.iter().map(|t| &t.text))).collect()
}

/// The tokens with a head noun ("Jamiat", "أونيفيرسيتي" for a university)
/// written as the list's Arabic, French and English names write it: the rest
/// of the name then meets a listed name in its own script ("أونيفيرسيتي عبد
/// المالك السعدي" is "جامعة عبد المالك السعدي").
fn head_noun_readings(tokens: &[Token]) -> Vec<Vec<Token>> {
    let Some(forms) = tokens.iter().find_map(|t| text::words::head_noun_forms(&t.text)) else { return Vec::new() };
    (0..forms.len())
        .filter_map(|f| {
            rewritten(tokens, |t| {
                let words = text::words::head_noun_forms(&t.text)?.get(f)?;
                let script = if f == 0 { Script::Arabic } else { Script::Latin };
                Some(words.iter().map(|w| Token { text: w.clone(), script, upper: false }).collect())
            })
        })
        .filter(|r| r.iter().map(|t| &t.text).ne(tokens.iter().map(|t| &t.text)))
        .collect()
}

/// Spellings tried for letter names that sound alike: enough for two
/// ambiguous letters in one acronym.
const MAX_SPELLINGS: usize = 4;

/// Letter names in a row that spell an acronym (one alone is a word: "في").
const MIN_SPELLED_LETTERS: usize = 2;

/// The tokens with a number written as a word read as its digit, beside
/// other words ("Medi One", "ميدي آن تيفي" for "Medi 1 TV").
fn number_word_reading(tokens: &[Token]) -> Option<Vec<Token>> {
    if tokens.len() < 2 {
        return None;
    }
    rewritten(tokens, |t| {
        text::words::number_word(&t.text).map(|digit| vec![Token { text: digit.to_string(), script: Script::Digits, upper: false }])
    })
}

/// The tokens with initials typed together before a name read apart ("FZ
/// Mansouri" is "F Z Mansouri", for Fatima Zahra): a short word in capitals
/// followed by a longer one.
fn glued_initials_reading(tokens: &[Token]) -> Option<Vec<Token>> {
    let glued = |i: usize| {
        let t = &tokens[i];
        t.upper
            && t.script == Script::Latin
            && !text::words::is_decoration(&t.text) // "TV", "FM": words, not initials
            && (2..=MAX_GLUED_INITIALS).contains(&t.text.chars().count())
            && tokens.get(i + 1).is_some_and(|next| next.text.chars().count() > MAX_GLUED_INITIALS)
    };
    let mut out = Vec::with_capacity(tokens.len() + 2);
    for (i, t) in tokens.iter().enumerate() {
        if glued(i) {
            out.extend(t.text.chars().map(|c| Token { text: c.to_string(), script: Script::Latin, upper: true }));
        } else {
            out.push(t.clone());
        }
    }
    (out.len() != tokens.len()).then_some(out)
}

/// Initials typed together are at most this many.
const MAX_GLUED_INITIALS: usize = 3;

/// The tokens with letters drawn like digits read as digits inside a number
/// ("36O" → "360", "2l" → "21"): a word of digits and O, o, l, I only.
fn digit_lookalike_reading(tokens: &[Token]) -> Option<Vec<Token>> {
    rewritten(tokens, |t| {
        let digit = |c: char| match c {
            'o' | 'O' => Some('0'),
            'l' | 'I' | 'i' => Some('1'),
            _ => None,
        };
        let chars: Vec<char> = t.text.chars().collect();
        let digits = chars.iter().filter(|c| c.is_ascii_digit()).count();
        let lookalikes = chars.iter().filter(|&&c| digit(c).is_some()).count();
        (digits >= 1 && lookalikes >= 1 && digits + lookalikes == chars.len()).then(|| {
            let text = chars.iter().map(|&c| digit(c).unwrap_or(c)).collect();
            vec![Token { text, script: Script::Digits, upper: false }]
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(reading: Option<Vec<Token>>) -> Option<Vec<String>> {
        reading.map(|ts| ts.into_iter().map(|t| t.text).collect())
    }

    fn read(name: &str, reading: Rewrite) -> Option<Vec<String>> {
        words(reading(&text::tokens(name).tokens))
    }

    #[test]
    fn the_arabic_edition_is_read_one_way_in_each_script() {
        assert_eq!(read("BBC 3arabi", edition_reading), Some(vec!["bbc".into(), "arabic".into()]));
        assert_eq!(read("سي إن إن بالعربية", edition_reading).map(|w| w[3].clone()), Some("عربي".into()));
        assert_eq!(read("BBC Arabic", edition_reading), None, "already written that way");
    }

    #[test]
    fn letter_names_in_a_row_spell_an_acronym() {
        let spelled = |name: &str| -> Vec<Vec<String>> {
            letter_names_readings(&text::tokens(name).tokens).into_iter().filter_map(|r| words(Some(r))).collect()
        };
        assert!(spelled("آر إف إي").contains(&vec!["rfi".to_string()]));
        assert!(spelled("أخبار في المغرب").is_empty(), "one letter name alone is a word");
    }

    #[test]
    fn letter_names_that_sound_alike_give_each_spelling() {
        let spelled: Vec<String> = letter_names_readings(&text::tokens("أو سي بي").tokens).into_iter().map(|r| r[0].text.clone()).collect();
        assert!(spelled.contains(&"ocp".to_string()) && spelled.contains(&"ocb".to_string()), "{spelled:?}");
    }

    #[test]
    fn a_number_spelled_out_beside_other_words_is_its_digit() {
        assert_eq!(read("Medi One TV", number_word_reading), Some(vec!["medi".into(), "1".into(), "tv".into()]));
        assert_eq!(read("ميدي آن تيفي", number_word_reading), Some(vec!["ميدي".into(), "1".into(), "تيفي".into()]));
        assert_eq!(read("One", number_word_reading), None, "a word alone is the word");
    }

    #[test]
    fn initials_typed_together_before_a_name_are_read_apart() {
        assert_eq!(read("FZ Mansouri", glued_initials_reading), Some(vec!["f".into(), "z".into(), "mansouri".into()]));
        assert_eq!(read("Fz Mansouri", glued_initials_reading), None, "not in capitals");
    }

    #[test]
    fn two_ways_of_writing_at_once_are_read_together() {
        assert_eq!(read("Le 36O Arabi", combined_reading), Some(vec!["le".into(), "360".into(), "arabic".into()]));
        assert_eq!(read("Le 36O", combined_reading), None, "one alone is its own reading");
    }

    #[test]
    fn a_digit_among_spelled_letters_is_a_letter() {
        assert_eq!(read("0.N.E.E", spelled_leet_reading), Some(vec!["o".into(), "n".into(), "e".into(), "e".into()]));
        assert_eq!(read("France 24", spelled_leet_reading), None);
    }

    #[test]
    fn a_city_is_read_as_both_scripts_write_it() {
        let readings: Vec<Vec<String>> =
            city_readings(&text::tokens("Amn Casa").tokens).into_iter().map(|r| r.into_iter().map(|t| t.text).collect()).collect();
        let casablanca = text::fold("الدار البيضاء");
        assert!(readings.iter().any(|r| r[0] == "amn" && r[1..].join(" ") == casablanca), "{readings:?}");
        assert!(readings.contains(&vec!["amn".to_string(), "casablanca".into()]), "{readings:?}");
        assert!(city_readings(&text::tokens("Hespress").tokens).is_empty());
    }

    #[test]
    fn a_head_noun_is_read_as_each_script_writes_it() {
        let readings: Vec<String> = head_noun_readings(&text::tokens("أونيفيرسيتي عبد المالك").tokens)
            .into_iter()
            .map(|r| r.into_iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
            .collect();
        assert!(readings.contains(&text::fold("جامعة عبد المالك")), "{readings:?}");
        assert!(readings.contains(&text::fold("université عبد المالك")), "{readings:?}");
        assert!(readings.contains(&text::fold("university عبد المالك")), "{readings:?}");
        assert!(head_noun_readings(&text::tokens("Jamiya Al Khair").tokens).is_empty(), "jamiya is also an association");
    }

    #[test]
    fn letters_drawn_like_digits_in_a_number_are_digits() {
        assert_eq!(read("Le 36O", digit_lookalike_reading), Some(vec!["le".into(), "360".into()]));
        assert_eq!(read("Hello", digit_lookalike_reading), None);
    }
}
