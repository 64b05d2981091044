//! Abbreviations: the acronym of a multi-word name even where the list does
//! not declare it ("DGSN", "م.ع.أ.و"), and a person's given names cut to their
//! initials ("A. Hammouchi", "ع. حموشي"). Both are weak evidence (an acronym
//! names many things; an initial fits many people): `judge` caps them.

use super::align::{Closeness, NameMatch, Query};
use super::{bare, NameForm};
use crate::text::{words, Script, Token};

/// A given name cut short keeps at least this many letters ("Abd.").
const MIN_CUT: usize = 3;

/// Acronyms shorter than this are not derived (two letters name too much).
const MIN_ACRONYM: usize = 3;

/// The acronym of a listed name: the first letter of each word that is not a
/// particle or decoration ("de", "la", "of", "Maroc"), but for a leading Latin
/// article, Arabic words without their article; `None` for names of fewer
/// than `MIN_ACRONYM` such words.
pub fn derived_acronym(form: &NameForm) -> Option<NameForm> {
    if form.tokens.len() < MIN_ACRONYM || form.mixed || form.acronym {
        return None;
    }
    // A leading article counts ("La Nouvelle Tribune" is LNT); particles
    // and decorations inside do not ("Direction Générale de la Sûreté
    // Nationale" is DGSN, "… Résidant à l'Étranger" is …RE).
    let leading_article = |i: usize, t: &Token| i == 0 && t.script == Script::Latin && words::is_article(&t.text);
    let initials: String = form
        .tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| {
            leading_article(i, t) || ((!words::is_decoration(&t.text) || words::is_place(&t.text)) && !words::is_preposition(&t.text))
        })
        .filter_map(|(_, t)| bare(std::slice::from_ref(t)).first().copied())
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

/// A person's name with some of its given names cut to initials: one-letter
/// words, in order, each the first letter of one of the listed given names
/// (others may stay whole), then the family name whole ("A. Hammouchi" for
/// "Abdellatif Hammouchi", "R. Talbi Alami" for "Rachid Talbi Alami").
pub fn given_name_initials(q: &Query, form: &NameForm, name_id: u32) -> Option<NameMatch> {
    let n = form.tokens.len();
    // An outlet's or institution's name too, when its last word tells it
    // apart ("R. Mars" for Radio Mars; not "H. Radio").
    let last = &form.tokens[n.saturating_sub(1)].text;
    let distinctive_last = !words::is_common(last) && last.chars().count() >= MIN_KEPT_WORD;
    if n < 2 || !(form.person || distinctive_last) {
        return None;
    }
    let word = |t: &Token| bare(std::slice::from_ref(t));
    let family = &form.tokens[n - 1];
    let given: Vec<(&Token, Vec<char>)> = form.tokens[..n - 1].iter().map(|t| (t, word(t))).collect();
    let tokens = q.tokens;
    let Some(at) = (1..tokens.len()).find(|&j| word(&tokens[j]) == word(family) || spelled_alike(&tokens[j], family)) else {
        return family_initial(q, form, name_id);
    };
    let initial = |t: &Token| t.text.chars().count() == 1 && t.script == form.tokens[0].script;
    // A given name cut short ("Abd." for Abdellatif, "Moh." for Mohammed, "Ch."
    // for Chakib: a digraph is one letter), or contracted to letters that keep
    // its first and last ("Med", "Mhd" for Mohamed).
    let cut = |w: &[char], g: &[char]| {
        let digraph = w.len() == 2 && w[1] == 'h';
        let prefix = (w.len() >= MIN_CUT || digraph) && g.starts_with(w);
        let contracted = w.len() >= MIN_CUT && w.first() == g.first() && w.last() == g.last() && is_subsequence(w, g);
        w.len() < g.len() && (prefix || contracted)
    };
    let stands_for = |t: &Token, (listed, g): &(&Token, Vec<char>)| {
        let w = word(t);
        if initial(t) {
            g.first() == w.first()
        } else {
            *g == w || cut(&w, g) || spelled_alike(t, listed)
        }
    };
    // An article written before the family name is part of it ("F.Z El Mansoury").
    let family_start = if at > 1 && words::is_article(&tokens[at - 1].text) && tokens[at - 1].text.len() > 1 { at - 1 } else { at };
    // The given names just before the family name, initials, cut or whole.
    let mut start = family_start;
    while start > 0 && given.iter().any(|g| stands_for(&tokens[start - 1], g)) {
        start -= 1;
    }
    if !tokens[start..family_start].iter().any(|t| initial(t) || given.iter().any(|(_, g)| cut(&word(t), g))) {
        return None;
    }
    // In the listed order, each standing for its own given name.
    let mut next = given.iter();
    let in_order = tokens[start..family_start].iter().all(|t| next.any(|g| stands_for(t, g)));
    if !in_order {
        return None;
    }
    abbreviated(q, name_id, start..=at)
}

/// A person's family name cut to its initial after every given name written
/// whole ("Aziz A." for Aziz Akhannouch, "فاطمة الزهراء م."). Weak: an
/// initial fits many people (`judge` caps it).
fn family_initial(q: &Query, form: &NameForm, name_id: u32) -> Option<NameMatch> {
    let n = form.tokens.len();
    if !form.person || n < 2 {
        return None;
    }
    let family = bare(std::slice::from_ref(&form.tokens[n - 1]));
    let given = &form.tokens[..n - 1];
    let tokens = q.tokens;
    let start = (0..tokens.len()).find(|&j| tokens[j].text == given[0].text || spelled_alike(&tokens[j], &given[0]))?;
    let at = start + given.len();
    let whole = tokens.get(start..at)?.iter().zip(given).all(|(t, g)| t.text == g.text || spelled_alike(t, g));
    let last = tokens.get(at)?;
    let is_initial =
        last.text.chars().count() == 1 && last.script == form.tokens[0].script && last.text.chars().next() == family.first().copied();
    if !whole || !is_initial {
        return None;
    }
    abbreviated(q, name_id, start..=at)
}

/// The name found at `span` of the profile, abbreviated; `None` when any
/// other word is more than a decoration (another word: another person).
fn abbreviated(q: &Query, name_id: u32, span: std::ops::RangeInclusive<usize>) -> Option<NameMatch> {
    let mut decorations = Vec::new();
    for (j, t) in q.tokens.iter().enumerate() {
        if span.contains(&j) {
            continue;
        }
        if !q.is_decoration(j) {
            return None;
        }
        decorations.push(t.text.clone());
    }
    Some(NameMatch {
        name: name_id,
        closeness: Closeness::Abbreviated,
        decorations,
        others: Vec::new(),
        span: span.end() + 1 - span.start(),
        glued_from_common: false,
        window_common: false,
        spelled_out: false,
    })
}

/// One word of a name romanised another way ("Alamy" / "Alami", "Mahdi" /
/// "Mehdi"): Latin words at least `MIN_ALIKE` letters long whose loose
/// spellings (`translit::loose_latin`) are the same or one vowel apart.
fn spelled_alike(written: &Token, listed: &Token) -> bool {
    if written.script != Script::Latin || listed.script != Script::Latin {
        return false;
    }
    let loose = |t: &Token| crate::text::translit::loose_latin(&t.text).chars().collect::<Vec<char>>();
    let (a, b) = (loose(written), loose(listed));
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let mut apart = a.iter().zip(&b).filter(|(x, y)| x != y);
    let one_vowel_apart = apart.next().is_none_or(|(&x, &y)| vowel(x) && vowel(y)) && apart.next().is_none();
    written.text.chars().count() >= MIN_ALIKE && !a.is_empty() && a.len() == b.len() && one_vowel_apart
}

/// Words compared by their loose spelling are at least this long.
const MIN_ALIKE: usize = 4;

/// Whether `short`'s letters appear in `long` in order.
fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|l| l == c))
}

/// The word kept whole after initials, in a name that is not a person's, is at least this long.
const MIN_KEPT_WORD: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::align::align;
    use crate::text::tokens;

    fn person(name: &str) -> NameForm {
        let mut form = NameForm::new(0, 0, name).expect("a name");
        form.person = true;
        form
    }

    fn initials_of(profile: &str, listed: &str) -> bool {
        let t = tokens(profile);
        given_name_initials(&Query::new(&t.tokens), &person(listed), 0).is_some()
    }

    #[test]
    fn a_given_name_cut_to_its_initial_is_abbreviated() {
        assert!(initials_of("A. Hammouchi", "Abdellatif Hammouchi"));
        assert!(initials_of("R. Talbi Alami", "Rachid Talbi Alami"));
        assert!(initials_of("ر. الطالبي العلمي", "رشيد الطالبي العلمي"));
        assert!(initials_of("Abd. Hammouchi", "Abdellatif Hammouchi"));
    }

    #[test]
    fn an_outlet_with_its_first_word_cut_to_an_initial_is_abbreviated() {
        let t = tokens("R. Mars");
        let outlet = NameForm::new(0, 0, "Radio Mars").expect("a name");
        assert!(given_name_initials(&Query::new(&t.tokens), &outlet, 0).is_some());
        let t = tokens("H. Radio");
        let outlet = NameForm::new(0, 0, "Hit Radio").expect("a name");
        assert!(given_name_initials(&Query::new(&t.tokens), &outlet, 0).is_none(), "a common word kept tells nothing");
    }

    #[test]
    fn a_given_name_contracted_or_cut_to_a_digraph_is_abbreviated() {
        assert!(initials_of("Med Mehdi Bensaid", "Mohamed Mehdi Bensaid"));
        assert!(initials_of("Ch. Benmoussa", "Chakib Benmoussa"));
        assert!(initials_of("F Z Mansouri", "Fatima Zahra Mansouri"));
        assert!(!initials_of("Mid Bensaid", "Mohamed Bensaid"), "not its letters");
    }

    #[test]
    fn names_romanised_another_way_or_with_the_article_still_take_initials() {
        assert!(initials_of("M. Mahdi Bensaïd", "Mohamed Mehdi Bensaid"));
        assert!(initials_of("F.Z El Mansoury", "Fatima Zahra Mansouri"));
        assert!(initials_of("R. Talbi El Alamy", "Rachid Talbi El Alami"));
    }

    #[test]
    fn a_family_name_cut_to_its_initial_after_the_whole_given_names_is_abbreviated() {
        assert!(initials_of("Aziz A.", "Aziz Akhannouch"));
        assert!(initials_of("Fatima Zahra M.", "Fatima Zahra Mansouri"));
        assert!(!initials_of("Aziz B.", "Aziz Akhannouch"), "another initial");
        assert!(!initials_of("Fatima M.", "Fatima Zahra Mansouri"), "every given name");
        assert!(!initials_of("Aziz A. Ouahbi", "Aziz Akhannouch"), "another word: another person");
    }

    #[test]
    fn another_given_name_is_another_person() {
        assert!(!initials_of("Ahmed Hammouchi", "Abdellatif Hammouchi"));
        assert!(!initials_of("B. Hammouchi", "Abdellatif Hammouchi"));
        assert!(!initials_of("Talbi Alami", "Rachid Talbi Alami"));
        assert!(!initials_of("Ab Hammouchi", "Abdellatif Hammouchi"), "two letters are a word of their own");
    }

    fn acronym_of(name: &str) -> Option<String> {
        derived_acronym(&NameForm::new(0, 0, name).expect("a name")).map(|a| a.compact.iter().collect())
    }

    #[test]
    fn an_acronym_keeps_a_leading_article_and_skips_particles() {
        assert_eq!(acronym_of("La Nouvelle Tribune").as_deref(), Some("lnt"));
        assert_eq!(acronym_of("Direction Générale de la Sûreté Nationale").as_deref(), Some("dgsn"));
        assert_eq!(acronym_of("Marocains Résidant à l'Étranger").as_deref(), Some("mre"));
    }

    #[test]
    fn an_arabic_acronym_spelled_letter_by_letter_is_found() {
        let form = NameForm::new(0, 0, "وكالة الأنباء الجزائرية").expect("a name");
        let acronym = derived_acronym(&form).expect("an acronym");
        let found = align(&tokens("و.أ.ج").tokens, &acronym, 0).map(|m| m.closeness);
        assert_eq!(found, Some(Closeness::Abbreviated));
        assert_eq!(align(&tokens("واج").tokens, &acronym, 0), None, "a word that spells it is a word");
    }
}
