//! The verdict: from the names the matcher found, the avatar and the
//! profile's other signals to `verified`, `impersonation`, `suspicious` or
//! `unknown`, with its reasons. The matcher only finds; this module decides.
//!
//! The name decides whether there is a resemblance at all; the avatar can
//! decide it too (a copied logo). Creation signals (page age, renames, where
//! its managers are, followers) only move the score of a resemblance that is
//! already there: they never turn an innocent name into a warning.
//!
//! Guards against crying wolf:
//! - a generic name (dictionary words only: الأخبار, العاصمة, "Le Monde"...)
//!   alone is a warning only with more: a fake badge, an "official" claim, the
//!   entry's logo; a single generic word is never fuzzy-matched;
//! - a name that says it belongs to another country ("الصباح التونسية",
//!   "DGSN Algérie"), or an account the list declares as a namesake, is that
//!   country's namesake, not ours; managers abroad never exonerate (the pages
//!   this product exists for are often run from abroad): a plain copy of a
//!   generic name managed from abroad is only capped at `suspicious`;
//! - an official's name inside a longer name is another person ("Ahmed
//!   Hammouchi"), unless the other words are in the other script (their
//!   employer or show: weak evidence); generic or short names inside longer
//!   names are nothing.
//!
//! Scores and signal weights are in one table (`weights`); reason codes are
//! `verdict::ReasonCode`, explained in `docs/reasons.md`.

pub mod weights;

use crate::avatar::AvatarMatch;
use crate::list::{Entry, Kind};
use crate::matcher::align::{Closeness, NameMatch};
use crate::matcher::readings::Found;
use crate::matcher::{EntryIndex, Index};
use crate::profile::Profile;
use crate::text::{words, Tokens};
use crate::verdict::{Reason, ReasonCode as R, Verdict, VerdictKind};
use weights as w;

/// The best name match of one entry, once the guards have let it through.
#[derive(Debug, Clone)]
pub struct NameEvidence {
    pub entry: EntryIndex,
    pub found: NameMatch,
    pub score: f32,
    /// Weak evidence: capped below impersonation without the entry's logo.
    pub weak: bool,
    /// Accepted only because of supporting signals (a generic name).
    pub needs_support: bool,
    /// An exact copy of a name other countries' entities share, managed from abroad.
    pub possible_namesake: bool,
    /// Found by reading leet digits as letters ("H3spr3ss").
    pub read_through_leet: bool,
}

/// What the guards make of one name match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameScore {
    /// A resemblance with its base score.
    Match { score: f32, weak: bool, needs_support: bool, possible_namesake: bool },
    /// Not evidence.
    NoMatch,
    /// Evidence that the page is someone else (a foreign namesake): no other
    /// name of this entry may count either.
    Veto,
}

impl NameScore {
    fn strong(score: f32) -> NameScore {
        NameScore::Match { score, weak: false, needs_support: false, possible_namesake: false }
    }
    fn weak(score: f32) -> NameScore {
        NameScore::Match { score, weak: true, needs_support: false, possible_namesake: false }
    }
}

/// The page says it is some other country's: a country word in its name that
/// is not the entry's country. Around an outlet's name the country words
/// impersonators add ("Maroc", "المغرب") are decorations, not another country;
/// an institution is its country's ("Protection Civile Maroc" is not Algeria's).
fn names_another_country(query: &Tokens, listed: &[crate::text::Token], entry: &Entry) -> bool {
    // Not the listed name's own words: it may be spelled like a country
    // ("UAE", a university's acronym, is also the Emirates).
    query
        .tokens
        .iter()
        .filter(|t| !listed.iter().any(|l| l.text == t.text))
        .filter(|t| entry.kind == Kind::Institution || !words::is_decoration(&t.text))
        .filter_map(|t| words::country_of(&t.text))
        .any(|cc| entry.country.as_deref().is_some_and(|own| !own.eq_ignore_ascii_case(cc)))
}

/// The entity's own country beside its name says whose it is ("QNA قطر",
/// "A.M.I Mauritanie"): a decoration, as "Maroc" is beside a Moroccan name.
fn own_country_as_decoration(found: &mut NameMatch, entry: &Entry) {
    found.decorate(|o| words::country_of(o).is_some_and(|cc| entry.country.as_deref().is_some_and(|own| own.eq_ignore_ascii_case(cc))));
}

/// The words around the name (`others`) are all in one script and the
/// name's own words (the rest, decorations aside) all in the other.
fn beside_in_other_script(query: &Tokens, found: &NameMatch) -> bool {
    let bits = |t: &crate::text::Token| crate::matcher::script_bits(std::slice::from_ref(t));
    let (mut around, mut name) = (0u8, 0u8);
    for t in &query.tokens {
        if found.others.contains(&t.text) {
            around |= bits(t);
        } else if !found.decorations.contains(&t.text) {
            name |= bits(t);
        }
    }
    matches!((around, name), (1, 2) | (2, 1))
}

/// The words around the name (`others`) are all acronyms in capitals
/// ("Abdellah Bouanou PJD"): an official's party or body, not a longer name.
fn beside_acronyms(query: &Tokens, found: &NameMatch) -> bool {
    let around: Vec<_> = query.tokens.iter().filter(|t| found.others.contains(&t.text)).collect();
    !around.is_empty()
        && around
            .iter()
            .all(|t| t.upper && t.script == crate::text::Script::Latin && (2..=MAX_BODY_ACRONYM).contains(&t.text.chars().count()))
}

/// An acronym beside an official's name is this long at most (a party: "PJD", "USFP").
const MAX_BODY_ACRONYM: usize = 5;

/// A word naming what the entry is ("Newspaper" beside an outlet's name,
/// "وزير" beside a minister's) says whom the name means: a decoration, not
/// another name around it. Not for institutions: their names hold their kind
/// already, and another kind word names another body ("ولاية جهة الشرق", the
/// region's governorate, is not the region's council).
fn kind_as_decoration(found: &mut NameMatch, entry: &Entry) {
    if entry.kind != Kind::Institution {
        found.decorate(|o| fits_kind(o, entry));
    }
}

/// Base score of a name match, after the guards.
pub fn name_score(index: &Index, entries: &[Entry], query: &Tokens, found: &NameMatch, profile: &Profile) -> NameScore {
    let form = index.name(found.name);
    let entry = &entries[form.entry];
    // Written as common words ("Le Monde" for "lemonde"), a name is as generic as they are.
    let written_common = found.window_common && found.span > form.tokens.len();
    let glued = found.span > form.tokens.len() && found.glued_from_common;
    if (written_common || glued) && found.closeness != Closeness::Exact {
        return NameScore::NoMatch;
    }
    // Words glued into the name and a typo on top ("Hits Radio" for "hitradio"): two
    // coincidences, no evidence.
    if found.span > form.tokens.len() && !found.spelled_out && matches!(found.closeness, Closeness::Similar(_)) {
        return NameScore::NoMatch;
    }
    let common = form.common || written_common;
    let shared_prone = form.shared || written_common;
    // A disguised name is no namesake: nobody hides their own country's paper's letters.
    if names_another_country(query, &form.tokens, entry) && !query.disguised && !query.badge {
        return NameScore::Veto;
    }
    // A generic name followed by a language word is another generic phrase ("Le Monde Arabe").
    if common && found.decorations.iter().any(|d| words::is_language(d)) {
        return NameScore::NoMatch;
    }
    // Part of a name, or initials: found by the matcher only where the words
    // it kept are distinctive (`matcher::tokenset`, `matcher::initials`), and
    // only alone: with other words they are someone else's.
    if matches!(found.closeness, Closeness::Partial | Closeness::Abbreviated) && !found.is_full() {
        return NameScore::NoMatch;
    }
    // "Fans de Radio Mars", "We love ...": a page about the entity, which says
    // so; whatever else its name holds, that is what it is. Not when its
    // letters are disguised: nobody hides the name they honestly quote.
    // So does a page that says it is not the official one ("page non officielle").
    let denied = found.others.iter().any(|o| words::is_negation(o));
    let claims_official = found.decorations.iter().chain(&found.others).any(|d| words::is_official_claim(d));
    if (found.decorations.iter().any(|d| words::is_affiliation(d)) || (denied && claims_official)) && !query.disguised {
        let as_official = !denied && claims_official;
        return NameScore::weak(if as_official { w::AFFILIATED_AS_OFFICIAL } else { w::AFFILIATED });
    }
    match found.closeness {
        Closeness::Partial => return NameScore::weak(w::PARTIAL),
        Closeness::Abbreviated => return NameScore::weak(w::ABBREVIATED),
        _ => {}
    }
    // An official's whole name with words in the other script beside it
    // ("Khadija Bengana الجزيرة", "Faysal Al Qasem - الاتجاه المعاكس"): their
    // employer, their show, their office, written as their audience writes
    // them; not another person, whose longer name would be in the name's own
    // script. Weak: the words may be anything.
    // So are acronyms beside it: their party or their body ("Nabila Mounib PSU").
    if !found.is_full() && entry.kind == Kind::Official && (beside_in_other_script(query, found) || beside_acronyms(query, found)) {
        return NameScore::weak(w::CONTAINED);
    }
    if !found.is_full() {
        // Contained in a longer name: only distinctive names of outlets and
        // institutions, copied letter for letter, with few other words.
        // Not a generic name, nor one derived from a listed name, nor the Latin
        // form of a generic Arabic one ("Assabah Al Khair" is "good morning"),
        // and found whole, not glued from pieces ("Le 360 degrés").
        if entry.kind == Kind::Official
            || common
            || form.acronym
            || form.shared
            || form.derived
            || glued
            || form.compact.len() < 5
            || found.others.len() > 3
            || found.closeness != Closeness::Exact
            // A club, a school or a shop bearing the name is a business of its own.
            || found.others.iter().any(|o| words::is_other_business(o))
            // A phrase about a place ("24 ساعة في مراكش"), not a page's name.
            || found.others.iter().any(|o| words::is_preposition(o))
        {
            return NameScore::NoMatch;
        }
        return NameScore::weak(w::CONTAINED);
    }
    let plain = found.closeness == Closeness::Exact && !query.disguised && !query.badge;
    // A plain copy of a generic or acronym name, run from another country: it
    // may be that country's namesake, or a page run from abroad against us.
    let possible_namesake = plain
        && shared_prone
        && !profile.manager_countries.is_empty()
        && entry.country.as_deref().is_some_and(|own| profile.manager_countries.iter().all(|m| !m.eq_ignore_ascii_case(own)));
    if form.common && form.tokens.len() == 1 && !form.acronym {
        // One dictionary word: needs more than the word.
        return NameScore::Match { score: w::ONE_GENERIC_WORD, weak: false, needs_support: true, possible_namesake };
    }
    let score = match found.closeness {
        Closeness::Exact if query.disguised => w::EXACT_DISGUISED,
        Closeness::Exact if common => w::EXACT_GENERIC,
        Closeness::Exact => w::EXACT,
        Closeness::Similar(1) => w::SIMILAR_ONE,
        Closeness::Similar(_) => w::SIMILAR_TWO,
        Closeness::Transliterated => w::TRANSLITERATED,
        Closeness::Lookalike => w::LOOKALIKE,
        Closeness::SoundsLike => w::SOUNDS_LIKE,
        Closeness::Reordered => w::REORDERED,
        // Returned above with their weak scores; the same numbers here.
        Closeness::Partial => w::PARTIAL,
        Closeness::Abbreviated => w::ABBREVIATED,
    };
    if possible_namesake {
        return NameScore::Match { score: w::POSSIBLE_NAMESAKE, weak: true, needs_support: false, possible_namesake };
    }
    if found.closeness == Closeness::SoundsLike {
        return NameScore::weak(w::SOUNDS_LIKE);
    }
    NameScore::strong(score)
}

/// The strongest name resemblance that the guards let through, among every
/// listed name the matcher found.
pub fn best_name(
    index: &Index,
    entries: &[Entry],
    query: &Tokens,
    profile: &Profile,
    found: Vec<Found>,
    avatar_entry: Option<EntryIndex>,
) -> Option<NameEvidence> {
    // Read through leet digits, the name is written with look-alike characters.
    let disguised_query = found.iter().any(|f| f.leet).then(|| Tokens { disguised: true, ..query.clone() });
    let mut scored: Vec<NameEvidence> = Vec::with_capacity(found.len());
    let mut vetoed: Vec<EntryIndex> = Vec::new();
    for Found { mut found, leet } in found {
        let entry = index.name(found.name).entry;
        own_country_as_decoration(&mut found, &entries[entry]);
        kind_as_decoration(&mut found, &entries[entry]);
        if declared_namesake(&entries[entry], profile) {
            vetoed.push(entry);
            continue;
        }
        let as_read = if leet { disguised_query.as_ref().unwrap_or(query) } else { query };
        match name_score(index, entries, as_read, &found, profile) {
            NameScore::Match { score, weak, needs_support, possible_namesake } => {
                scored.push(NameEvidence { entry, found, score, weak, needs_support, possible_namesake, read_through_leet: leet })
            }
            NameScore::Veto => vetoed.push(entry),
            NameScore::NoMatch => {}
        }
    }
    // An exact copy managed from abroad makes the whole entry a possible
    // namesake: a typo'd reading of another of its names must not escape that.
    let namesakes: Vec<EntryIndex> = scored.iter().filter(|n| n.possible_namesake).map(|n| n.entry).collect();
    let mut best: Option<NameEvidence> = None;
    for mut n in scored {
        if vetoed.contains(&n.entry) {
            continue;
        }
        if namesakes.contains(&n.entry) {
            n.possible_namesake = true;
            n.weak = true;
            n.score = n.score.min(w::POSSIBLE_NAMESAKE);
        }
        if !supported(&n, query, entries, avatar_entry) {
            continue;
        }
        // Ties go to the strong match, then to the one that leaves fewer other
        // words, then to a name the list declares over one derived from it,
        // then to the longer (more specific) name: "France 24 Arabic" over "France 24".
        let rank = |e: &NameEvidence| {
            let form = index.name(e.found.name);
            (e.weak, e.found.others.len(), form.derived, std::cmp::Reverse(form.compact.len()))
        };
        if best.as_ref().is_none_or(|b| n.score > b.score || (n.score == b.score && rank(&n) < rank(b))) {
            best = Some(n);
        }
    }
    best
}

/// The profile is an account the entry's list declares as another entity's
/// that legitimately shares the name (another country's police, say).
fn declared_namesake(entry: &Entry, profile: &Profile) -> bool {
    entry.namesakes.iter().any(|a| a.is_account(profile.id.as_deref(), profile.handle.as_deref()))
}

/// Everything a verdict is made from.
pub struct Judgement<'a> {
    pub entries: &'a [Entry],
    pub index: &'a Index,
    pub query: &'a Tokens,
    pub profile: &'a Profile,
    pub name: Option<NameEvidence>,
    /// The entry's logo: the same picture (`avatar::SAME_PICTURE_MAX_DISTANCE`).
    pub avatar: Option<AvatarMatch>,
    /// The nearest listed logo within the similar-picture distance: supports a
    /// name resemblance to the same entry, never decides alone.
    pub avatar_similar: Option<AvatarMatch>,
    /// `previous_names` that did not resemble the entry the name resembles.
    pub renamed_from: Option<String>,
}

impl Judgement<'_> {
    pub fn verdict(self) -> Verdict {
        let avatar_entry = self.avatar.map(|a| a.entry);
        // Which entry: the name's, unless only the avatar points somewhere.
        let (entry_ix, mut score, mut reasons, mut weak) = match (&self.name, self.avatar) {
            (Some(n), _) if supported(n, self.query, self.entries, avatar_entry) => {
                (n.entry, n.score, name_reasons(self.index, self.entries, self.query, n), n.weak)
            }
            (_, Some(a)) => {
                let e = &self.entries[a.entry];
                let detail = format!("uses the logo of {} (hamming distance {}) under another name", display(e), a.distance);
                (a.entry, w::AVATAR_ALONE, vec![Reason::new(R::AvatarMatch, detail)], false)
            }
            _ => return Verdict::unknown(),
        };
        let entry = &self.entries[entry_ix];
        let has = |reasons: &[Reason], code: R| reasons.iter().any(|r| r.code == code);
        if let Some(a) = self.avatar.filter(|a| a.entry == entry_ix) {
            if !has(&reasons, R::AvatarMatch) {
                score += w::AVATAR_SAME;
                weak = false; // the name and the logo together are strong evidence
                let detail = format!("its picture is the logo of {} (hamming distance {})", display(entry), a.distance);
                reasons.push(Reason::new(R::AvatarMatch, detail));
            }
        }
        if let Some(a) = self.avatar_similar.filter(|a| a.entry == entry_ix) {
            if !has(&reasons, R::AvatarMatch) {
                score += w::AVATAR_SIMILAR;
                let detail = format!("its picture resembles the logo of {} (hamming distance {})", display(entry), a.distance);
                reasons.push(Reason::new(R::AvatarMatch, detail));
            }
        }
        if self.query.badge {
            score += w::FAKE_BADGE;
            reasons.push(Reason::new(R::FakeVerifiedBadge, "its name contains a check mark imitating Facebook's verified badge"));
        }
        if let Some(kind) = self.name.as_ref().filter(|n| n.entry == entry_ix).and_then(|n| kind_word(&n.found, entry)) {
            score += w::KIND_WORD;
            reasons.push(Reason::new(R::KindWord, format!("the word {kind:?} names what {} is", display(entry))));
        }
        // Creation signals: they move a resemblance's score, never create one.
        let original_created = entry.facebook_accounts().filter_map(|a| a.created.as_deref()).min();
        if let (Some(created), Some(original)) = (self.profile.created.as_deref(), original_created) {
            if let (Some(c), Some(o)) = (iso_date(created), iso_date(original)) {
                if c > o {
                    score += w::CREATED_AFTER;
                    let detail = format!("created on {created}, after the real account ({original})");
                    reasons.push(Reason::new(R::CreatedAfterOriginal, detail));
                } else {
                    score += w::CREATED_BEFORE;
                }
            }
        }
        if let Some(previous) = &self.renamed_from {
            score += w::RENAMED;
            let detail = format!("it was called {:?} before taking a name like {}'s", clip(previous, 60), display(entry));
            reasons.push(Reason::new(R::RenamedToResemble, detail));
        }
        if let Some(own) = entry.country.as_deref() {
            let far: Vec<&str> =
                self.profile.manager_countries.iter().map(String::as_str).filter(|m| !words::is_near(own, m)).take(4).collect();
            if !far.is_empty() {
                score += w::MANAGERS_ABROAD;
                let detail = format!("managed from {} while {} is in {}", far.join(", "), display(entry), own);
                reasons.push(Reason::new(R::ManagersAbroad, detail));
            }
        }
        if let Some(f) = self.profile.followers.filter(|&f| f < w::FEW_FOLLOWERS) {
            score += w::FEW_FOLLOWERS_SIGNAL;
            reasons.push(Reason::new(R::FewFollowers, format!("only {f} followers")));
        }
        if self.name.as_ref().is_some_and(|n| n.entry == entry_ix && n.possible_namesake) {
            let managers: Vec<&str> = self.profile.manager_countries.iter().map(String::as_str).take(4).collect();
            let detail =
                format!("managed from {}: it may be another country's {}, or a page run from abroad", managers.join(", "), display(entry));
            reasons.push(Reason::new(R::PossibleNamesake, detail));
        }
        let ceiling = if weak { w::WEAK_CAP } else { w::MAX_SCORE };
        let score = (score.clamp(0.0, ceiling) * 100.0).round() / 100.0;
        if score < w::SUSPICIOUS_FROM {
            return Verdict::unknown();
        }
        // Facebook itself verifies this page: a resemblance by name alone is
        // then the entity's own page that the list does not know yet.
        if self.profile.facebook_verified && self.name.as_ref().is_some_and(|n| n.entry == entry_ix) && avatar_entry.is_none() {
            let detail =
                format!("Facebook verifies this page, which uses the name of {}; Asli's list does not know it yet", display(entry));
            return Verdict {
                verdict: VerdictKind::Unknown,
                score: 0.0,
                entry: None,
                reasons: vec![Reason::new(R::FacebookVerified, detail)],
            };
        }
        let verdict = if entry.facebook_accounts().next().is_none() {
            let site = entry.website.as_deref().map(|w| format!("; check its website {w}")).unwrap_or_default();
            let detail = format!("Asli does not know the official page of {}{site}", display(entry));
            reasons.push(Reason::new(R::OfficialAccountUnknown, detail));
            VerdictKind::Suspicious
        } else if score >= w::IMPERSONATION_FROM {
            VerdictKind::Impersonation
        } else {
            VerdictKind::Suspicious
        };
        Verdict { verdict, score, entry: Some(entry.id.clone()), reasons }
    }
}

/// A name that needs support (a generic name) has it: a fake badge, disguised
/// letters (no innocent use of the word), the entry's logo, an "official"
/// claim, or a word naming the entity's kind.
fn supported(n: &NameEvidence, query: &Tokens, entries: &[Entry], avatar_entry: Option<EntryIndex>) -> bool {
    !n.needs_support
        || query.badge
        || query.disguised
        || avatar_entry == Some(n.entry)
        || claims_official(&n.found)
        || names_kind(&n.found, &entries[n.entry])
        || names_own_country(&n.found, &entries[n.entry])
}

/// The adjective of the entity's own country beside its generic name says
/// which of the word's bearers it is, as its kind does ("الهلال السعودي",
/// "الترجي التونسي", "Al Rai koweïtien"); the country's name does not ("الصباح
/// المغرب" is the morning in Morocco).
fn names_own_country(found: &NameMatch, entry: &Entry) -> bool {
    let Some(own) = entry.country.as_deref() else { return false };
    found.decorations.iter().any(|d| words::demonym_of(d).is_some_and(|cc| cc.eq_ignore_ascii_case(own)))
}

fn claims_official(found: &NameMatch) -> bool {
    found.decorations.iter().any(|d| words::is_official_claim(d))
}

/// A word around the name that names the entity's kind ("جريدة" beside an
/// outlet's name, "Ministère" beside an institution's).
fn kind_word<'f>(found: &'f NameMatch, entry: &Entry) -> Option<&'f str> {
    found.decorations.iter().map(String::as_str).find(|d| fits_kind(d, entry))
}

/// The word names the entry's kind.
fn fits_kind(word: &str, entry: &Entry) -> bool {
    words::kind_word(word).is_some_and(|k| match k {
        words::KindWord::Outlet => entry.kind == Kind::Outlet,
        words::KindWord::Institution => entry.kind == Kind::Institution,
        words::KindWord::Official => entry.kind == Kind::Official,
    })
}

fn names_kind(found: &NameMatch, entry: &Entry) -> bool {
    kind_word(found, entry).is_some()
}

fn name_reasons(index: &Index, entries: &[Entry], query: &Tokens, n: &NameEvidence) -> Vec<Reason> {
    let form = index.name(n.found.name);
    let entry = &entries[n.entry];
    let listed = clip(&entry.names[form.name], 80);
    let mut reasons = Vec::new();
    let (code, detail) = match n.found.closeness {
        _ if !n.found.is_full() && !matches!(n.found.closeness, Closeness::Partial | Closeness::Abbreviated | Closeness::SoundsLike) => {
            (R::NameContains, format!("its name contains {listed:?}, a name of {}", display(entry)))
        }
        Closeness::Exact if query.disguised => {
            (R::NameConfusable, format!("its name reads as {listed:?} but is written with look-alike or hidden characters"))
        }
        Closeness::Exact => (R::NameIdentical, format!("it uses the name {listed:?}")),
        Closeness::Similar(d) => {
            (R::NameSimilar, format!("its name differs from {listed:?} by {d} letter{}", if d == 1 { "" } else { "s" }))
        }
        Closeness::Transliterated => (R::NameTransliterated, format!("its name is {listed:?} written another way or in another alphabet")),
        Closeness::Lookalike => (R::NameConfusable, format!("its name is {listed:?} written with letters drawn alike")),
        Closeness::Reordered => (R::NameReordered, format!("its name is {listed:?} with its words in another order")),
        Closeness::Partial => (R::NamePartial, format!("its name is the distinctive part of {listed:?}")),
        Closeness::SoundsLike => (R::NameTransliterated, format!("its name sounds like {listed:?} written in another alphabet")),
        Closeness::Abbreviated => (R::NameAbbreviated, format!("its name abbreviates {listed:?}")),
    };
    reasons.push(Reason::new(code, detail));
    if query.disguised && code != R::NameConfusable {
        reasons.push(Reason::new(R::NameConfusable, "its name is written with look-alike or hidden characters"));
    }
    if !n.found.decorations.is_empty() {
        let added: Vec<&str> = n.found.decorations.iter().map(String::as_str).take(6).collect();
        reasons.push(Reason::new(R::NameDecorated, format!("words added around the name: {}", added.join(", "))));
    }
    reasons
}

fn display(entry: &Entry) -> String {
    clip(entry.names.first().map(String::as_str).unwrap_or(&entry.id), 80)
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

/// "2024-09-17" (or a longer ISO timestamp) as a comparable number.
fn iso_date(s: &str) -> Option<u32> {
    let s = s.trim();
    let date = s.get(..10)?;
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Some(y.parse::<u32>().ok()? * 10_000 + m.parse::<u32>().ok()? * 100 + d.parse::<u32>().ok()?)
}
