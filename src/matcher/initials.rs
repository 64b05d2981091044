//! Abbreviations: the acronym of a multi-word name even where the list does
//! not declare it ("DGSN", "م.ع.أ.و"), and a person's given names cut to their
//! initials ("A. Hammouchi", "ع. حموشي"). Both are weak evidence (an acronym
//! names many things; an initial fits many people): `judge` caps them.

use super::align::{Closeness, NameMatch, Query};
use super::{bare, NameForm};
use crate::text::{words, Script, Token};

/// Acronyms shorter than this are not derived (two letters name too much).
const MIN_ACRONYM: usize = 3;

/// The acronym of a listed name: the first letter of each word that is not a
/// particle or decoration ("de", "la", "of", "Maroc"), Arabic words without
/// their article; `None` for names of fewer than `MIN_ACRONYM` such words.
pub fn derived_acronym(form: &NameForm) -> Option<NameForm> {
    if form.tokens.len() < MIN_ACRONYM || form.mixed || form.acronym {
        return None;
    }
    let initials: String = form
        .tokens
        .iter()
        .filter(|t| !words::is_decoration(&t.text) || words::is_place(&t.text))
        .filter_map(|t| bare(std::slice::from_ref(t)).first().copied())
        .collect();
    if initials.chars().count() < MIN_ACRONYM || initials.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let token = Token { text: initials.clone(), script: form.script, upper: true };
    let mut acronym = form.clone();
    acronym.tokens = vec![token];
    acronym.compact = initials.chars().collect();
    acronym.phon = String::new();
    acronym.phon_french = String::new();
    acronym.loose = Vec::new();
    acronym.bare = Vec::new();
    acronym.common = false;
    acronym.acronym = true;
    acronym.shared = true;
    acronym.derived = true;
    acronym.initials = true;
    Some(acronym)
}

/// A derived acronym must be written as one: in capitals or letter by letter
/// ("DGSN", "d.g.s.n", "م.ع.أ.و"), never as a word that happens to spell it.
pub fn written_as_acronym(run: &[Token]) -> bool {
    let spelled_out = run.len() > 1 && run.iter().all(|t| t.text.chars().count() == 1);
    spelled_out || run.iter().all(|t| t.script == Script::Latin && t.upper)
}

/// A person's name with its given names cut to initials: one-letter words, in
/// order, each the first letter of one of the listed given names, then the
/// family name whole ("A. Hammouchi" for "Abdellatif Hammouchi").
pub fn given_name_initials(q: &Query, form: &NameForm, name_id: u32) -> Option<NameMatch> {
    let n = form.tokens.len();
    if !form.person || n < 2 {
        return None;
    }
    let family = bare(&form.tokens[n - 1..]);
    let given: Vec<char> = form.tokens[..n - 1].iter().filter_map(|t| bare(std::slice::from_ref(t)).first().copied()).collect();
    let tokens = q.tokens;
    let at = (1..tokens.len()).find(|&j| bare(&tokens[j..=j]) == family)?;
    // The initials just before the family name.
    let mut start = at;
    while start > 0 && tokens[start - 1].text.chars().count() == 1 && tokens[start - 1].script == form.tokens[0].script {
        start -= 1;
    }
    if start == at {
        return None;
    }
    let mut next = given.iter();
    let in_order = tokens[start..at].iter().all(|t| {
        let c = t.text.chars().next();
        next.any(|&g| Some(g) == c)
    });
    if !in_order {
        return None;
    }
    let mut decorations = Vec::new();
    for (j, t) in tokens.iter().enumerate() {
        if (start..=at).contains(&j) {
            continue;
        }
        if !q.is_decoration(j) {
            return None; // another word: another person
        }
        decorations.push(t.text.clone());
    }
    Some(NameMatch {
        name: name_id,
        closeness: Closeness::Abbreviated,
        decorations,
        others: Vec::new(),
        span: at + 1 - start,
        glued_from_common: false,
        window_common: false,
        spelled_out: false,
    })
}
