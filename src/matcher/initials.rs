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
    let family = word(&form.tokens[n - 1]);
    let given: Vec<Vec<char>> = form.tokens[..n - 1].iter().map(word).collect();
    let tokens = q.tokens;
    let at = (1..tokens.len()).find(|&j| word(&tokens[j]) == family)?;
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
    let stands_for = |t: &Token, g: &[char]| {
        let w = word(t);
        if initial(t) {
            g.first() == w.first()
        } else {
            *g == *w || cut(&w, g)
        }
    };
    // The given names just before the family name, initials, cut or whole.
    let mut start = at;
    while start > 0 && given.iter().any(|g| stands_for(&tokens[start - 1], g)) {
        start -= 1;
    }
    if !tokens[start..at].iter().any(|t| initial(t) || given.iter().any(|g| cut(&word(t), g))) {
        return None;
    }
    // In the listed order, each standing for its own given name.
    let mut next = given.iter();
    let in_order = tokens[start..at].iter().all(|t| next.any(|g| stands_for(t, g)));
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
