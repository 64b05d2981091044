//! Verification: does a listed name occur in a profile's name, and how
//! closely? Every run of adjacent profile tokens (a "window") is glued and
//! compared with the listed name's compact form: equal, a typo away
//! (`fuzzy`), or the same once transliterated. What is left of the profile's
//! name outside the window is sorted into decorations ("official", "news",
//! city names...) and other words.

use super::{fuzzy, NameForm};
use crate::text::translit::{latin_article_len, vowels_agree};
use crate::text::{words, Script, Token};

/// How the listed name appears in the profile's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Closeness {
    /// Letter for letter, once folded.
    Exact,
    /// One or two letters doubled, dropped, swapped or replaced.
    Similar(u8),
    /// The same name written in the other script (or Arabizi), or spelled
    /// another way in the same script.
    Transliterated,
    /// It sounds like the name in the other script, though the entity spells
    /// its name otherwise in this one (weak).
    SoundsLike,
    /// Letters of the same shape: Arabic letters that differ only by their
    /// dots, Latin sequences drawn alike (rn/m, cl/d, vv/w, 1/l/I).
    Lookalike,
    /// Every word of the name, in another order.
    Reordered,
    /// The name's most distinctive words without the rest (weak).
    Partial,
    /// Initials: an acronym of the name, or a given name cut to its initial (weak).
    Abbreviated,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NameMatch {
    /// The index's name id.
    pub name: u32,
    pub closeness: Closeness,
    /// Tokens of the profile's name outside the listed name that are decorations.
    pub decorations: Vec<String>,
    /// Tokens outside the listed name that are not decorations.
    pub others: Vec<String>,
    /// How many profile tokens the listed name spans.
    pub span: usize,
    /// Found by gluing several profile words, the first a common word or a
    /// letter ("Le 360 degrés" for Le360): not found whole.
    pub glued_from_common: bool,
    /// Every profile word the listed name spans is a common word ("Le Monde"
    /// written for "lemonde"): the match is as generic as those words.
    pub window_common: bool,
    /// The profile spelled the name out letter by letter ("H e s p r e s s").
    pub spelled_out: bool,
}

impl NameMatch {
    /// The whole profile name is the listed name, give or take decorations.
    pub fn is_full(&self) -> bool {
        self.others.is_empty()
    }

    /// Moves the words around the name that `is_decoration` accepts from
    /// `others` to `decorations` (words found to say nothing of whom it names).
    pub fn decorate(&mut self, is_decoration: impl Fn(&str) -> bool) {
        if self.others.iter().any(|o| is_decoration(o)) {
            let (decorations, others): (Vec<String>, Vec<String>) = self.others.drain(..).partition(|o| is_decoration(o));
            self.decorations.extend(decorations);
            self.others = others;
        }
    }

    fn rank(&self) -> (bool, Closeness, usize, usize) {
        (!self.is_full(), self.closeness, self.others.len(), self.decorations.len())
    }
}

/// Longest window tried, in tokens (letters spelled one by one need many).
const MAX_WINDOW_TOKENS: usize = 64;

/// A profile's tokens with what `align` needs of each computed once per
/// check rather than once per candidate.
pub struct Query<'a> {
    pub tokens: &'a [Token],
    /// The name is written with disguised letters (`text::Tokens::disguised`):
    /// then even a generic name may carry a typo ("اـأخ‍ـبار").
    pub disguised: bool,
    common: Vec<bool>,
    dictionary: Vec<bool>,
    decoration: Vec<bool>,
    loose: Vec<String>,
    phon: Vec<String>,
    /// The phonetic keys read word by word (no construct: `translit::phonetic_words_alone`).
    phon_alone: Vec<String>,
    /// The phonetic keys read the French way (`translit::phonetic_words_french`).
    phon_french: Vec<String>,
    /// Each word's phonetic key without a glued conjunction or preposition,
    /// empty when it has none (`translit::phonetic_without_proclitic`).
    phon_bare: Vec<String>,
    /// The phonetic keys with a glued "l" read as the word's own letter
    /// (`translit::phonetic_words_with_l`), the others as in `phon`.
    phon_l: Vec<String>,
    /// The phonetic keys with Egypt's and the Levant's Arabizi digits
    /// (`translit::phonetic_words_eastern`), the others as in `phon`.
    phon_east: Vec<String>,
    /// The phonetic keys with a soft-looking g read hard
    /// (`translit::phonetic_words_hard_g`), the others as in `phon`.
    phon_hard_g: Vec<String>,
    /// The phonetic keys with Arabizi's 3 read as ع (`translit::phonetic_words_ain`),
    /// the others as in `phon`.
    phon_ain: Vec<String>,
    /// The phonetic keys with a final "-ah" read as a ta marbuta
    /// (`translit::phonetic_words_final_h`), the others as in `phon`.
    phon_final_h: Vec<String>,
    bits: Vec<u8>,
}

impl<'a> Query<'a> {
    pub fn new(tokens: &'a [Token]) -> Query<'a> {
        let phon = crate::text::translit::phonetic_words(tokens);
        Query {
            tokens,
            disguised: false,
            common: tokens.iter().map(|t| words::is_common(&t.text)).collect(),
            dictionary: tokens.iter().map(|t| words::is_dictionary_word(&t.text)).collect(),
            decoration: decorations(tokens),
            loose: tokens
                .iter()
                .map(|t| if t.script == Script::Arabic { String::new() } else { crate::text::translit::loose_latin(&t.text) })
                .collect(),
            phon_alone: crate::text::translit::phonetic_words_alone_beside(tokens, &phon),
            phon_french: crate::text::translit::phonetic_words_french_beside(tokens, &phon),
            phon,
            phon_bare: tokens
                .iter()
                .map(|t| crate::text::translit::phonetic_without_proclitic(&t.text, t.script).unwrap_or_default())
                .collect(),
            bits: tokens.iter().map(|t| super::script_bits(std::slice::from_ref(t))).collect(),
            phon_l: Vec::new(),
            phon_east: Vec::new(),
            phon_hard_g: Vec::new(),
            phon_ain: Vec::new(),
            phon_final_h: Vec::new(),
        }
        .with_other_readings()
    }

    /// The readings that differ from `phon` in some words only.
    fn with_other_readings(mut self) -> Self {
        let or_phon = |other: Vec<String>, phon: &[String]| -> Vec<String> {
            other.into_iter().zip(phon).map(|(o, p)| if o.is_empty() { p.clone() } else { o }).collect()
        };
        self.phon_l = or_phon(crate::text::translit::phonetic_words_with_l(self.tokens), &self.phon);
        self.phon_east = or_phon(crate::text::translit::phonetic_words_eastern(self.tokens), &self.phon);
        self.phon_hard_g = or_phon(crate::text::translit::phonetic_words_hard_g(self.tokens), &self.phon);
        self.phon_ain = or_phon(crate::text::translit::phonetic_words_ain(self.tokens), &self.phon);
        self.phon_final_h = or_phon(crate::text::translit::phonetic_words_final_h(self.tokens), &self.phon);
        self
    }

    fn run_bits(&self, start: usize, end: usize) -> u8 {
        self.bits[start..end].iter().fold(0, |a, b| a | b)
    }

    fn all_common(&self, start: usize, end: usize) -> bool {
        self.common[start..end].iter().all(|&c| c)
    }

    /// The phonetic keys of the tokens in every reading: as a construct, word
    /// by word, the French way, a glued l as the word's, eastern Arabizi, a
    /// hard g, Arabizi's 3 as ع, a final "-ah" as ة.
    pub(crate) fn phonetic_readings(&self) -> [&[String]; 8] {
        [
            &self.phon,
            &self.phon_alone,
            &self.phon_french,
            &self.phon_l,
            &self.phon_east,
            &self.phon_hard_g,
            &self.phon_ain,
            &self.phon_final_h,
        ]
    }

    /// Word `i`'s loose Latin spelling (`translit::loose_latin`; "" for Arabic).
    pub(crate) fn loose(&self, i: usize) -> &str {
        &self.loose[i]
    }

    /// Word `i`'s phonetic key without its glued conjunction or preposition ("" when none).
    pub(crate) fn phonetic_without_proclitic(&self, i: usize) -> &str {
        &self.phon_bare[i]
    }

    /// Which words are decorations (`decorations`).
    pub(crate) fn decorations(&self) -> &[bool] {
        &self.decoration
    }

    pub(crate) fn is_decoration(&self, i: usize) -> bool {
        self.decoration[i]
    }

    fn all_dictionary(&self, start: usize, end: usize) -> bool {
        self.dictionary[start..end].iter().all(|&c| c)
    }
}

/// Letters one by one that spell a word rather than stand for particles ("w l").
const MIN_SPELLED: usize = 3;

/// Which tokens are decorations. A place after a preposition is no
/// decoration but a phrase ("24 ساعة في مراكش" is a day in Marrakech).
pub(crate) fn decorations(tokens: &[Token]) -> Vec<bool> {
    let one_letter = |i: usize| tokens.get(i).is_some_and(|t| t.text.chars().nth(1).is_none());
    // A letter among letters spelled one by one is no particle ("i-n-f-o",
    // "O.N.C.F", "R.C.A Casablanca").
    let spelled = |i: usize| {
        let run = |from: usize| (from..from + MIN_SPELLED).all(one_letter);
        (i.saturating_sub(MIN_SPELLED - 1)..=i).any(run)
    };
    let mut out: Vec<bool> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| !spelled(i) && (words::is_decoration(&t.text) || words::is_misspelled_decoration(&t.text)))
        .collect();
    for i in 1..tokens.len() {
        out[i - 1] |= tokens[i - 1].script == Script::Latin && words::is_assimilated_article(&tokens[i - 1].text, &tokens[i].text);
        if words::is_preposition(&tokens[i - 1].text) && !spelled(i - 1) && words::is_place(&tokens[i].text) {
            out[i - 1] = false;
            out[i] = false;
        }
    }
    out
}

/// The best way `form` appears in `tokens`, if it does.
pub fn align(tokens: &[Token], form: &NameForm, name_id: u32) -> Option<NameMatch> {
    align_query(&Query::new(tokens), form, name_id)
}

/// `align` for a prepared query.
pub fn align_query(q: &Query, form: &NameForm, name_id: u32) -> Option<NameMatch> {
    let tokens = q.tokens;
    let name = &form.compact;
    let max_edits = if form.acronym {
        0
    } else if form.common && form.tokens.len() == 1 {
        usize::from(q.disguised && name.len() >= fuzzy::MIN_FUZZY_CHARS)
    } else if form.common {
        usize::from(name.len() >= 8)
    } else if form.person {
        // One letter at most in a person's name: "Boubker Sbai" is someone else.
        fuzzy::allowed_edits(name.len()).min(1)
    } else {
        fuzzy::allowed_edits(name.len())
    };
    // Another script writes more or fewer letters (Latin writes vowels).
    let translit_ok = !form.acronym || form.said_as_word();
    let limit = if translit_ok { name.len() * 2 + 3 } else { name.len() + max_edits.max(2) + 1 };
    let arabic_form = form.script == Script::Arabic;
    let mut best: Option<NameMatch> = None;
    let mut window: Vec<char> = Vec::with_capacity(name.len() + 4);
    let mut scratch: Vec<char> = Vec::new();
    let mut phon = String::new();
    // The listed name's other keys, made once for all its runs.
    let other_keys = if translit_ok { OtherKeys::of(q, form) } else { OtherKeys::default() };
    for start in 0..tokens.len() {
        window.clear();
        for end in start + 1..=tokens.len().min(start + MAX_WINDOW_TOKENS) {
            window.extend(tokens[end - 1].text.chars());
            if window.len() > limit {
                break;
            }
            let run = &tokens[start..end];
            let closeness = if window == *name {
                if form.acronym
                    && name.len() <= 3
                    && !super::initials::written_as_acronym(run)
                    && !run.iter().all(|t| t.upper || t.script == Script::Digits)
                {
                    continue; // "Map" is a word, "MAP" (or "م.ا.ب", letter by letter) the agency
                }
                if form.initials {
                    if !super::initials::written_as_acronym(run) {
                        continue;
                    }
                    Closeness::Abbreviated
                } else {
                    Closeness::Exact
                }
            } else if let Some(d) = (max_edits > 0)
                .then(|| fuzzy::similar(&window, name))
                .flatten()
                .filter(|&d| d <= max_edits && !(form.common && (edit_in_decoration(run, form) || only_plural(run, form))))
                .filter(|_| !another_word(run, form))
                // Another number is another name ("Mohammed 5" is not "Mohammed 1").
                .filter(|_| same_numbers(run, &form.tokens))
            {
                Closeness::Similar(d as u8)
            } else if !form.acronym
                // Letters repeated ("برلمااان"; short names too: "عككاظ"; generic
                // ones when that makes no word: "Le Mondde").
                && (!form.common || !q.all_dictionary(start, end))
                && ((window.len() > name.len() && crate::text::squeeze(&window) == crate::text::squeeze(name))
                    || (max_edits > 0
                        && !form.common
                        && arabic_form // an Arabic article added or dropped ("الحموشي" for حموشي),
                        // not one that makes a dictionary word ("البرلمان" is not "برلمان")
                        && (form.person || !q.all_common(start, end))
                        && window.len().abs_diff(form.bare_form().len()) <= 4
                        && super::bare(run) == form.bare_form()))
            {
                Closeness::Similar(1)
            } else if form.acronym
                && window.len() == name.len() + 1
                && crate::text::squeeze(&window) == crate::text::squeeze(name)
                && super::initials::written_as_acronym(run)
            {
                // An acronym in capitals with a letter doubled ("DGSSN").
                Closeness::Similar(1)
            } else if form.acronym
                && name.len() >= MIN_SWAPPED_ACRONYM
                && window.len() == name.len()
                && super::initials::written_as_acronym(run)
                && (0..name.len() - 1).any(|i| {
                    window[i] == name[i + 1]
                        && window[i + 1] == name[i]
                        && window[i] != window[i + 1]
                        && window[..i] == name[..i]
                        && window[i + 2..] == name[i + 2..]
                })
            {
                // Two letters of an acronym in capitals swapped ("DGNS"); shorter ones are other acronyms.
                Closeness::Similar(1)
            } else if (max_edits > 0 || !form.person)
                // (a spelling, not a typo: short names too, "3okaz" for "Okaz", "El Wafd" for "Al Wafd")
                && !form.loose.is_empty()
                // A name others share keeps its article: "Akhbar" is not "Alakhbar".
                && (!form.shared || (latin_article_len(&window) > 0) == (latin_article_len(name) > 0))
                && window.len().abs_diff(name.len()) <= 4
                && same_loose_spelling(q, start, end, form, &mut scratch)
            {
                // Another spelling in the same script.
                Closeness::Transliterated
            } else if let Some(d) = (max_edits > 0 && !form.shared && form.script == Script::Latin && q.run_bits(start, end) == 1)
                .then(|| latin_article_variant(&window, name))
                .flatten()
            {
                Closeness::Similar(d)
            } else if !form.common
                && !form.acronym
                && name.len() >= super::MIN_SHAPE
                && window.len().abs_diff(name.len()) <= 2
                && crate::text::shape::shape(&window) == crate::text::shape::shape(name)
            {
                // Letters swapped for others of the same shape ("rn" for "m", ب for ت).
                Closeness::Lookalike
            } else if max_edits > 0
                && !form.acronym
                && name.len() >= super::MIN_SHAPE
                && window.len().abs_diff(name.len()) <= 1
                // Another number is another name ("Le362"), never a typo.
                && same_digits(&window, name)
                && fuzzy::similar(&crate::text::shape::shape(&window), &crate::text::shape::shape(name)) == Some(1)
                && !(form.common && (edit_in_decoration(run, form) || only_plural(run, form)))
                && !another_word(run, form)
            {
                // Letters of the same shape and a typo on top.
                Closeness::Similar(2)
            } else if arabic_form
                && !form.common
                && !form.person // "عمرو دياب" is not "عمرو أديب"
                && q.run_bits(start, end) == 2
                && same_arabic_consonants(&window, name)
            {
                // Another spelling in Arabic letters: long vowels written or left out ("هيسبريس").
                Closeness::Transliterated
            } else if let Some(closeness) = translit_ok
                .then(|| window.len() + 1 >= form.phon.len())
                .filter(|&long_enough| long_enough)
                .and_then(|_| transliterated(q, start, end, form, &other_keys, &mut phon))
            {
                closeness
            } else {
                continue;
            };
            let mut decorations = Vec::new();
            let mut others = Vec::new();
            for (i, t) in tokens.iter().enumerate() {
                if (start..end).contains(&i) {
                    continue;
                }
                if q.decoration[i] {
                    decorations.push(t.text.clone());
                } else {
                    others.push(t.text.clone());
                }
            }
            // Several words glued, the first common, and not letters spelled out one by one.
            let spelled_out = tokens[start..end].iter().all(|t| t.text.chars().nth(1).is_none());
            // The Arabic article romanised apart ("Al Youm 24", "l wi9aya l madania")
            // glues naturally and is no word of its own.
            // So is Arabic's conjunction و written apart ("النقل و اللوجستيك").
            let apart_article = |t: &Token| !spelled_out && matches!(t.text.as_str(), "al" | "el" | "l" | "lil" | "lel" | "lal" | "و");
            let article = apart_article(&tokens[start]);
            let glued_from_common = end - start > 1 && q.dictionary[start] && !spelled_out && !article;
            let window_common = q.dictionary[start..end].iter().all(|&d| d);
            let found = NameMatch {
                name: name_id,
                closeness,
                decorations,
                others,
                span: tokens[start..end].iter().filter(|t| !apart_article(t)).count().max(1),
                glued_from_common,
                window_common,
                spelled_out,
            };
            if best.as_ref().is_none_or(|b| found.rank() < b.rank()) {
                best = Some(found);
            }
        }
    }
    best
}

/// The run sounds like the listed name written in the other script: the same
/// phonetic key (`translit`) from Latin ↔ Arabic ("هسبريس" / "Hespress",
/// "Amn Tetouan" / "أمن تطوان") or Arabizi ("7ammouchi"). Never for
/// acronyms, and never from dictionary words alone ("البرلمان" is not
/// "Barlamane"); a generic name read so still needs support (`judge`). Within one script, spellings are compared letter by letter
/// and by `same_loose_spelling` instead.
///
/// When the entity also writes its name in the run's script, and spells it
/// otherwise, the sound alone is weak evidence ("Hesperis" is a word of its
/// own), unless the run is plainly romanised Arabic (Arabizi digits).
fn transliterated(q: &Query, start: usize, end: usize, form: &NameForm, other: &OtherKeys, key: &mut String) -> Option<Closeness> {
    let said_acronym = form.said_as_word();
    let long_enough = form.phon.len() >= form.min_phonetic_key() || other.ain.as_ref().is_some_and(|k| k.len() >= MIN_PHONETIC_KEY);
    if (form.acronym && !said_acronym) || form.mixed || !long_enough {
        return None;
    }
    let bits = q.run_bits(start, end);
    // A number the name has too is no dictionary word ("الجريدة 24" is
    // Aljarida24), when the entry never writes its name in the run's script
    // ("الأيام 24" is not اليوم 24), and the words are written as the name
    // writes them, article and all: "Journal 24" read جريدة 24 is a
    // translation, "24 اللبنانية" a demonym.
    let run = &q.tokens[start..end];
    let numbered = form.entry_scripts & bits == 0
        && run.iter().any(|t| t.script == Script::Digits)
        && same_numbers(run, &form.tokens)
        && run.iter().any(has_article) == form.tokens.iter().any(has_article);
    // An acronym said as a word takes the article like any noun ("الهاكا"):
    // only a word of the lexicon is a dictionary word then.
    let dictionary =
        if said_acronym { run.iter().all(|t| words::is_lexicon_word(&t.text)) } else { q.all_dictionary(start, end) && !numbered };
    if bits == 0 || bits == 3 || bits == super::script_bits(&form.tokens) || dictionary {
        return None;
    }
    // Read as a construct ("Qanat Al Arabiya"), word by word ("Al Ahdat"),
    // the French way, on either side ("Sûreté Nationale" / "سورتي ناسيونال").
    let sounds_like = |phon: &[String], key: &mut String| {
        key.clear();
        for p in &phon[start..end] {
            crate::text::translit::join(key, p);
        }
        *key == form.phon || (!form.phon_french.is_empty() && *key == form.phon_french)
    };
    // Every reading the candidates were looked up by (a glued l as the
    // word's, eastern Arabizi digits too), each once.
    let readings = q.phonetic_readings();
    let heard = readings.iter().enumerate().any(|(r, phon)| {
        !readings[..r].contains(phon) && (sounds_like(phon, key) || [&other.alone, &other.ain].iter().any(|k| k.as_ref() == Some(key)))
    });
    if !heard {
        return None;
    }
    // More words than the name has, glued to sound like it: a few consonants
    // meet by chance across words ("نادية العلوي" and "Wandaloo" both read "ndl").
    let sounding_words = q.phon[start..end].iter().filter(|p| !p.is_empty()).count();
    if sounding_words > form.tokens.len() && key.len() < MIN_GLUED_SOUND {
        return None;
    }
    let fits = if bits == 1 { vowels_agree(run, &form.tokens) } else { vowels_agree(&form.tokens, run) };
    if !fits {
        return None;
    }
    // An acronym said as a word is its letters' sounds, every vowel written:
    // that many letters do not meet by chance ("نارسا" / NARSA).
    if said_acronym {
        return (bits == 2 && crate::text::translit::vowels_match_one_to_one(&form.tokens, run)).then_some(Closeness::Transliterated);
    }
    let romanised = q.tokens[start..end].iter().any(|t| has_arabizi_digit(&t.text));
    // Several words that sound like the whole name, consonant for consonant,
    // do not meet it by chance: that is the name written in the other script.
    // Not for people: given names that differ sound alike ("Imane", أيمن).
    let long_sound = end - start >= 2 && key.len() >= LONG_SOUND && !form.person;
    // Every vowel written, one long vowel for each: a letter-for-letter
    // transcription ("لاكوم" for Lakome), not a word that sounds alike ("Hesperis").
    let (latin, arabic) = if bits == 1 { (run, &form.tokens[..]) } else { (&form.tokens[..], run) };
    let transcribed = !form.person && crate::text::translit::vowels_match_one_to_one(latin, arabic);
    Some(if form.entry_scripts & bits != 0 && !romanised && !long_sound && !transcribed {
        Closeness::SoundsLike
    } else {
        Closeness::Transliterated
    })
}

/// A listed name's phonetic keys in the readings few names need, made when
/// a name is compared rather than stored.
#[derive(Default)]
struct OtherKeys {
    /// Read word by word (`NameForm::phon_alone`).
    alone: Option<String>,
    /// With ع kept, when the profile's name writes it as Arabizi's 3: a short
    /// name has a consonant more then ("9anat l3youn", قناة العيون).
    ain: Option<String>,
}

impl OtherKeys {
    fn of(q: &Query, form: &NameForm) -> OtherKeys {
        let ain = if q.phon_ain != q.phon { crate::text::translit::phonetic_keeping_ain(&form.tokens) } else { None };
        OtherKeys { alone: form.phon_alone(), ain }
    }
}

/// The same digits, in the same order: a name with another number is another name.
fn same_digits(a: &[char], b: &[char]) -> bool {
    a.iter().filter(|c| c.is_ascii_digit()).eq(b.iter().filter(|c| c.is_ascii_digit()))
}

/// The same numbers written apart (words of digits), in the same order;
/// digits among letters are letters (Arabizi, leetspeak).
fn same_numbers(a: &[Token], b: &[Token]) -> bool {
    let numbers = |ts: &[Token]| ts.iter().filter(|t| t.script == Script::Digits).map(|t| t.text.clone()).collect::<Vec<_>>();
    numbers(a) == numbers(b)
}

/// A word with the Arabic article, in either script ("الجريدة", "Aljarida", "Al").
pub(crate) fn has_article(t: &Token) -> bool {
    match t.script {
        Script::Arabic => crate::text::arabic::strip_article(&t.text).is_some(),
        Script::Latin => words::is_romanised_arabic_article(&t.text) || latin_article_len(&t.text.chars().collect::<Vec<_>>()) > 0,
        _ => false,
    }
}

/// A digit between letters that stands for an Arabic sound ("7amza", "ta3lim").
fn has_arabizi_digit(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        crate::text::digits::arabizi_sound(c).is_some()
            && (i > 0 && chars[i - 1].is_alphabetic() || chars.get(i + 1).is_some_and(|n| n.is_alphabetic()))
    })
}

/// A phonetic key of this many consonants, heard over two words or more, is
/// the name itself in the other script, not a word that sounds like it
/// (heuristic: "Hesperis" is one word of five).
const LONG_SOUND: usize = 5;

/// Shortest phonetic key of a name heard across more words than it has.
const MIN_GLUED_SOUND: usize = 4;

/// Shortest phonetic key (consonants) a name is compared by.
pub(crate) const MIN_PHONETIC_KEY: usize = 3;
/// ...and an acronym said as a word, whose every vowel must be written too
/// (`translit::vowels_match_one_to_one`): "HACA" is four sounds, الهاكا.
pub(crate) const MIN_SAID_ACRONYM_KEY: usize = 2;

/// The Latin name with its romanised article written another way or left out
/// ("Lyoum 24" / "Alyaoum 24"): the rest is the same, or a typo away. The
/// article counts as one of the edits.
fn latin_article_variant(window: &[char], name: &[char]) -> Option<u8> {
    let (wa, na) = (latin_article_len(window), latin_article_len(name));
    if wa == 0 && na == 0 {
        return None;
    }
    let (w, n) = (&window[wa..], &name[na..]);
    if w == n {
        return Some(1);
    }
    fuzzy::similar(w, n).filter(|&d| d == 1).map(|_| 2)
}

/// The run is the listed (Latin) name spelled another way: ch/sh, ou/u, ee/i...
fn same_loose_spelling(q: &Query, start: usize, end: usize, form: &NameForm, buf: &mut Vec<char>) -> bool {
    if q.run_bits(start, end) != 1 {
        return false;
    }
    // Common words: the same ones, the article romanised another way ("El Maghribia" for "Al Maghribia").
    if q.all_common(start, end) {
        let run = &q.tokens[start..end];
        return run.len() == form.tokens.len()
            && run.iter().zip(&form.tokens).all(|(w, l)| {
                w.text == l.text || (words::is_romanised_arabic_article(&w.text) && words::is_romanised_arabic_article(&l.text))
            });
    }
    buf.clear();
    for l in &q.loose[start..end] {
        for c in l.chars() {
            if buf.last() != Some(&c) || c.is_ascii_digit() {
                buf.push(c);
            }
        }
    }
    *buf == form.loose || short_vowels_dropped(buf, &form.loose)
}

/// `short` is `long` with some of its vowels left out, as Darija writes
/// names ("lbtola", "sltan" for "Elbotola", "Sultan"): the same consonants in
/// the same order, at least `MIN_UNVOWELLED_CONSONANTS` of them, a vowel or
/// more still written, and only vowels between two consonants left out (a
/// first or last syllable's vowel makes another word: "Bladi" is not
/// "Yabiladi", "Masry" not "Masrawy").
fn short_vowels_dropped(short: &[char], long: &[char]) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let consonants = short.iter().filter(|&&c| !vowel(c)).count();
    if short.len() >= long.len() || consonants < MIN_UNVOWELLED_CONSONANTS || consonants == short.len() {
        return false;
    }
    let mut rest = short.iter().peekable();
    for (i, &c) in long.iter().enumerate() {
        if rest.peek() == Some(&&c) {
            rest.next();
            continue;
        }
        let inner = i > 0 && !vowel(long[i - 1]) && long.get(i + 1).is_some_and(|&n| !vowel(n));
        if !vowel(c) || !inner {
            return false;
        }
    }
    rest.next().is_none()
}

/// Consonants a name must keep for its vowels to be left out: fewer meet by chance.
const MIN_UNVOWELLED_CONSONANTS: usize = 3;

/// Word for word the listed name but for one letter replaced in a word of
/// at most `SHORT_WORD` letters: that is another word ("Hot Radio", "Red Radio"
/// beside "Hit Radio", "Med Radio"), not a typo.
fn short_word_replaced(run: &[Token], form: &NameForm) -> bool {
    if run.len() != form.tokens.len() || run.len() < 2 {
        return false;
    }
    let mut differing = run.iter().zip(&form.tokens).filter(|(a, b)| a.text != b.text);
    match (differing.next(), differing.next()) {
        (Some((written, listed)), None) => {
            // A word, not letters: Arabic, or Latin with a vowel ("HzT", "BdC" are no words).
            let word = written.script == Script::Arabic || written.text.chars().any(|c| "aeiouy".contains(c));
            let (a, b): (Vec<char>, Vec<char>) = (written.text.chars().collect(), listed.text.chars().collect());
            word && !words::is_decoration(&listed.text)
                && a.len() == b.len()
                && a.len() <= SHORT_WORD
                && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1
        }
        _ => false,
    }
}

/// The run differs from the listed name by another word, not a slip: a
/// trade's word ("عطارة الفلاحة" is a herbalist's), a city's name where the
/// listed name has none ("Amman News" beside "Ammon News"), or a short word
/// with a letter replaced (`short_word_replaced`).
fn another_word(run: &[Token], form: &NameForm) -> bool {
    let city = |t: &Token| (words::is_place(&t.text) || words::is_city_abroad(&t.text)) && !form.tokens.iter().any(|l| l.text == t.text);
    run.iter().any(|t| words::is_other_business(&t.text) || city(t)) || short_word_replaced(run, form)
}

/// Two Arabic spellings with the same consonants, letter for letter, once the
/// long vowels, hamza and its carriers are left out, and at least
/// `MIN_ARABIC_CONSONANTS` of them (fewer make other words: كتاب, كاتب).
fn same_arabic_consonants(a: &[char], b: &[char]) -> bool {
    let consonants =
        |s: &[char]| -> Vec<char> { s.iter().copied().filter(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ء' | 'ئ' | 'ؤ')).collect() };
    let (ca, cb) = (consonants(a), consonants(b));
    a != b && ca.iter().filter(|c| c.is_alphabetic()).count() >= MIN_ARABIC_CONSONANTS && ca == cb
}

/// Acronyms this long are recognised with two letters swapped ("DGNS" / "MPA" is not "MAP").
pub(crate) const MIN_SWAPPED_ACRONYM: usize = 4;

/// Consonants an Arabic name needs to be recognised by them alone.
const MIN_ARABIC_CONSONANTS: usize = 4;

/// Words this short become other words with one letter replaced.
const SHORT_WORD: usize = 3;

/// A difference that is only a plural "s" on a generic name ("Hits Radio").
fn only_plural(run: &[Token], form: &NameForm) -> bool {
    let singular = |ts: &[Token]| -> String { ts.iter().map(|t| t.text.trim_end_matches('s')).collect() };
    singular(run) == singular(&form.tokens)
}

/// A one-letter difference that only turns a decoration into another
/// ("العمق المغرب" / "العمق المغربي"): the same name, not a typo of it.
fn edit_in_decoration(run: &[Token], form: &NameForm) -> bool {
    let core = |ts: &[Token]| -> String { ts.iter().filter(|t| !words::is_decoration(&t.text)).map(|t| t.text.as_str()).collect() };
    core(run) == core(&form.tokens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn form(name: &str) -> NameForm {
        NameForm::new(0, 0, name).expect("a name")
    }

    fn closeness(profile: &str, listed: &str) -> Option<(Closeness, bool)> {
        align(&tokens(profile).tokens, &form(listed), 0).map(|m| (m.closeness, m.is_full()))
    }

    macro_rules! t {
        ($name:ident, $profile:expr, $listed:expr, $expect:expr) => {
            #[test]
            fn $name() {
                assert_eq!(closeness($profile, $listed), $expect);
            }
        };
    }

    t!(identical_names_are_exact, "Hespress", "Hespress", Some((Closeness::Exact, true)));
    t!(spaced_out_letters_are_exact, "H.e.s.p.r.e.s.s", "Hespress", Some((Closeness::Exact, true)));
    t!(a_cut_name_is_exact, "Hes press", "Hespress", Some((Closeness::Exact, true)));
    t!(decorations_keep_the_match_full, "Hespress Officiel 🇲🇦", "Hespress", Some((Closeness::Exact, true)));
    t!(other_words_make_it_contained, "Hespress Sport", "Hespress", Some((Closeness::Exact, false)));
    t!(a_city_is_a_decoration, "Hespress Rabat", "Hespress", Some((Closeness::Exact, true)));
    t!(a_city_after_a_preposition_is_a_phrase, "Hespress à Rabat", "Hespress", Some((Closeness::Exact, false)));
    t!(a_spelled_letter_before_a_city_is_no_preposition, "D.G.S.N.A Rabat", "DGSNA", Some((Closeness::Exact, true)));
    t!(a_typo_is_similar, "Hesspress", "Hespress", Some((Closeness::Similar(1), true)));
    t!(a_short_word_with_a_letter_replaced_is_another_word, "Hot Radio", "Hit Radio", None);
    t!(a_city_one_letter_from_the_name_is_that_city, "Amman News", "Ammon News", None);
    t!(a_short_word_with_a_letter_doubled_is_a_typo, "Hitt Radio", "Hit Radio", Some((Closeness::Similar(1), true)));
    t!(other_script_is_transliterated, "هسبريس", "Hespress", Some((Closeness::Transliterated, true)));
    t!(arabizi_is_transliterated, "7ammouchi", "حموشي", Some((Closeness::Transliterated, true)));
    t!(one_shared_word_is_no_match, "الأمن الغذائي", "الأمن الوطني", None);
    t!(a_lowercase_word_is_not_the_acronym, "map", "MAP", None);
    t!(an_acronym_with_a_letter_doubled_is_a_typo, "DGSSN", "DGSN", Some((Closeness::Similar(1), true)));
    t!(an_acronym_with_two_letters_swapped_is_a_typo, "DGNS", "DGSN", Some((Closeness::Similar(1), true)));
    t!(a_short_acronym_with_two_letters_swapped_is_another, "MPA", "MAP", None);
    t!(the_acronym_in_capitals_matches, "MAP", "MAP", Some((Closeness::Exact, true)));
    t!(a_romanised_name_of_several_words_is_transliterated, "Wilayat Amn Tanja", "ولاية أمن طنجة", Some((Closeness::Transliterated, true)));
    t!(a_latin_final_at_may_be_a_consonant_in_arabic_letters, "سوفيان أمرابات", "Sofyan Amrabat", Some((Closeness::Transliterated, true)));
    t!(a_name_written_without_its_inner_vowels_is_another_spelling, "lbtola", "Elbotola", Some((Closeness::Transliterated, true)));
    t!(a_first_syllable_left_out_is_another_word, "Bladi", "Yabiladi", None);
    t!(generic_words_are_never_fuzzy, "الأخبر", "الأخبار", None);
    t!(
        generic_words_with_their_article_romanised_otherwise_are_the_name,
        "El Maghribia",
        "Al Maghribia",
        Some((Closeness::Transliterated, true))
    );
    t!(
        a_dictionary_word_with_the_names_number_is_the_name_in_another_script,
        "الجريدة 24",
        "Aljarida24",
        Some((Closeness::Transliterated, true))
    );
    t!(a_dictionary_word_translated_with_the_names_number_is_no_transcription, "جريدة 24", "Aljarida24", None);
    #[test]
    fn the_conjunction_written_apart_is_no_word_of_its_own() {
        let found = align(&tokens("وزارة النقل و اللوجيستيك").tokens, &form("وزارة النقل واللوجستيك"), 0).expect("found");
        assert_eq!((found.closeness, found.span), (Closeness::Similar(1), 3), "not words glued into the name");
    }

    t!(an_arabic_name_with_long_vowels_written_is_another_spelling, "هيسبيريس", "هسبريس", Some((Closeness::Transliterated, true)));
}
