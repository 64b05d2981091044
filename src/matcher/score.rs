//! Scoring: from the names found and the profile's other signals to a verdict.
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
//!   "DGSN Algérie"), or a plain copy of a generic name whose managers are all
//!   in another country, is that country's namesake, not ours;
//! - an official's name inside a longer name is another person ("Ahmed
//!   Hammouchi"); generic or short names inside longer names are nothing.
//!
//! Reason codes are listed in `docs/reasons.md`.

use super::align::{Closeness, NameMatch};
use super::{EntryIndex, Index};
use crate::avatar::AvatarMatch;
use crate::list::{Entry, Kind};
use crate::profile::Profile;
use crate::text::{words, Tokens};
use crate::verdict::{Reason, Verdict, VerdictKind};

/// From this score on, a resemblance to an entry whose account is known is an impersonation.
pub const IMPERSONATION_FROM: f32 = 0.75;
/// From this score on, it is worth a warning at all.
pub const SUSPICIOUS_FROM: f32 = 0.5;
/// Fewer followers than this is a sign of a new or throwaway page.
pub const FEW_FOLLOWERS: u64 = 1000;

/// The best name match of one entry, once the guards have let it through.
#[derive(Debug, Clone)]
pub struct NameEvidence {
    pub entry: EntryIndex,
    pub found: NameMatch,
    pub score: f32,
    /// Accepted only because of supporting signals (a generic name).
    pub needs_support: bool,
    /// Found by reading leet digits as letters ("H3spr3ss").
    pub read_through_leet: bool,
}

/// What the guards make of one name match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameScore {
    /// A resemblance with its base score; `true` when it needs supporting signals.
    Match(f32, bool),
    /// Not evidence.
    NoMatch,
    /// Evidence that the page is someone else (a foreign namesake): no other
    /// name of this entry may count either.
    Veto,
}

/// Base score of a name match, before signals.
pub fn name_score(index: &Index, entries: &[Entry], query: &Tokens, found: &NameMatch, profile: &Profile) -> NameScore {
    match name_score_inner(index, entries, query, found, profile) {
        Ok(Some((score, needs_support))) => NameScore::Match(score, needs_support),
        Ok(None) => NameScore::NoMatch,
        Err(Veto) => NameScore::Veto,
    }
}

struct Veto;

fn name_score_inner(
    index: &Index,
    entries: &[Entry],
    query: &Tokens,
    found: &NameMatch,
    profile: &Profile,
) -> Result<Option<(f32, bool)>, Veto> {
    let form = index.name(found.name);
    let entry = &entries[form.entry];
    // Written as common words ("Le Monde" for "lemonde"), a name is as generic as they are.
    let written_common = found.window_common && found.span > form.tokens.len();
    let glued = found.span > form.tokens.len() && found.glued_from_common;
    if (written_common || glued) && found.closeness != Closeness::Exact {
        return Ok(None);
    }
    // Words glued into the name and a typo on top ("Hits Radio" for "hitradio"): two
    // coincidences, no evidence.
    if found.span > form.tokens.len() && !found.spelled_out && matches!(found.closeness, Closeness::Similar(_)) {
        return Ok(None);
    }
    let common = form.common || written_common;
    let shared_prone = form.shared || written_common;
    // A name that says it belongs to another country (the list's own country
    // words, "Maroc", "المغرب", are decorations, not another country).
    let foreign = query
        .tokens
        .iter()
        .filter(|t| !words::is_decoration(&t.text))
        .filter_map(|t| words::country_of(&t.text))
        .any(|cc| entry.country.as_deref().is_some_and(|own| !own.eq_ignore_ascii_case(cc)));
    // A disguised name is no namesake: nobody hides their own country's paper's letters.
    if foreign && !query.disguised && !query.badge {
        return Err(Veto);
    }
    // A generic name followed by a language word is another generic phrase ("Le Monde Arabe").
    if common && found.decorations.iter().any(|d| words::is_language(d)) {
        return Ok(None);
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
        {
            return Ok(None);
        }
        if found.others.iter().any(|o| words::country_of(o).is_some()) && common {
            return Ok(None);
        }
        let base = if found.closeness == Closeness::Exact { 0.62 } else { 0.55 };
        return Ok(Some((base, false)));
    }
    let plain = found.closeness == Closeness::Exact && !query.disguised && !query.badge;
    // A plain copy of a generic or acronym name, run from another country: a namesake.
    if plain && shared_prone && !profile.manager_countries.is_empty() {
        if let Some(own) = entry.country.as_deref() {
            if profile.manager_countries.iter().all(|m| !m.eq_ignore_ascii_case(own)) {
                return Err(Veto);
            }
        }
    }
    if form.common && form.tokens.len() == 1 && !form.acronym {
        // One dictionary word: needs more than the word.
        return Ok(Some((0.55, true)));
    }
    let base = match found.closeness {
        Closeness::Exact if query.disguised => 0.95,
        Closeness::Exact if common => 0.85,
        Closeness::Exact => 0.9,
        Closeness::Similar(1) => 0.85,
        Closeness::Similar(_) => 0.8,
        Closeness::Transliterated => 0.8,
    };
    Ok(Some((base, false)))
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
        let (entry_ix, mut score, mut reasons) = match (&self.name, self.avatar) {
            (Some(n), avatar) if !n.needs_support || avatar_entry == Some(n.entry) || self.query.badge || claims_official(&n.found) => {
                let reasons = name_reasons(self.index, self.entries, self.query, n);
                let _ = avatar;
                (n.entry, n.score, reasons)
            }
            (_, Some(a)) => {
                let e = &self.entries[a.entry];
                let reasons = vec![Reason::new(
                    "avatar-match",
                    format!("uses the logo of {} (hamming distance {}) under another name", display(e), a.distance),
                )];
                (a.entry, 0.8, reasons)
            }
            _ => return Verdict::unknown(),
        };
        let entry = &self.entries[entry_ix];
        if let Some(a) = self.avatar.filter(|a| a.entry == entry_ix) {
            if !reasons.iter().any(|r| r.code == "avatar-match") {
                score += 0.1;
                reasons.push(Reason::new(
                    "avatar-match",
                    format!("its picture is the logo of {} (hamming distance {})", display(entry), a.distance),
                ));
            }
        }
        if let Some(a) = self.avatar_similar.filter(|a| a.entry == entry_ix) {
            if !reasons.iter().any(|r| r.code == "avatar-match") {
                score += 0.05;
                reasons.push(Reason::new(
                    "avatar-match",
                    format!("its picture resembles the logo of {} (hamming distance {})", display(entry), a.distance),
                ));
            }
        }
        if self.query.badge {
            score += 0.05;
            reasons.push(Reason::new("fake-verified-badge", "its name contains a check mark imitating Facebook's verified badge"));
        }
        // Creation signals: they move a resemblance's score, never create one.
        let original_created = entry.facebook_accounts().filter_map(|a| a.created.as_deref()).min();
        if let (Some(created), Some(original)) = (self.profile.created.as_deref(), original_created) {
            if let (Some(c), Some(o)) = (iso_date(created), iso_date(original)) {
                if c > o {
                    score += 0.03;
                    reasons.push(Reason::new(
                        "created-after-original",
                        format!("created on {created}, after the real account ({original})"),
                    ));
                } else {
                    score -= 0.05;
                }
            }
        }
        if let Some(previous) = &self.renamed_from {
            score += 0.05;
            reasons.push(Reason::new(
                "renamed-to-resemble",
                format!("it was called {:?} before taking a name like {}'s", clip(previous, 60), display(entry)),
            ));
        }
        if let Some(own) = entry.country.as_deref() {
            let far: Vec<&str> =
                self.profile.manager_countries.iter().map(String::as_str).filter(|m| !words::is_near(own, m)).take(4).collect();
            if !far.is_empty() {
                score += 0.05;
                reasons.push(Reason::new(
                    "managers-abroad",
                    format!("managed from {} while {} is in {}", far.join(", "), display(entry), own),
                ));
            }
        }
        if let Some(f) = self.profile.followers.filter(|&f| f < FEW_FOLLOWERS) {
            score += 0.03;
            reasons.push(Reason::new("few-followers", format!("only {f} followers")));
        }
        let score = (score.clamp(0.0, 0.99) * 100.0).round() / 100.0;
        if score < SUSPICIOUS_FROM {
            return Verdict::unknown();
        }
        let verdict = if entry.facebook_accounts().next().is_none() {
            let site = entry.website.as_deref().map(|w| format!("; check its website {w}")).unwrap_or_default();
            reasons.push(Reason::new(
                "official-account-unknown",
                format!("Asli does not know the official page of {}{site}", display(entry)),
            ));
            VerdictKind::Suspicious
        } else if score >= IMPERSONATION_FROM {
            VerdictKind::Impersonation
        } else {
            VerdictKind::Suspicious
        };
        Verdict { verdict, score, entry: Some(entry.id.clone()), reasons }
    }
}

fn claims_official(found: &NameMatch) -> bool {
    found.decorations.iter().any(|d| words::is_official_claim(d))
}

fn name_reasons(index: &Index, entries: &[Entry], query: &Tokens, n: &NameEvidence) -> Vec<Reason> {
    let form = index.name(n.found.name);
    let entry = &entries[n.entry];
    let listed = clip(&entry.names[form.name], 80);
    let mut reasons = Vec::new();
    if !n.found.is_full() {
        reasons.push(Reason::new(
            "name-contains",
            format!("its name contains {listed:?}, a name of {}", display(entry)),
        ));
    } else {
        match n.found.closeness {
            Closeness::Exact if query.disguised => reasons.push(Reason::new(
                "name-confusable",
                format!("its name reads as {listed:?} but is written with look-alike or hidden characters"),
            )),
            Closeness::Exact => reasons.push(Reason::new("name-identical", format!("it uses the name {listed:?}"))),
            Closeness::Similar(d) => reasons.push(Reason::new(
                "name-similar",
                format!("its name differs from {listed:?} by {d} letter{}", if d == 1 { "" } else { "s" }),
            )),
            Closeness::Transliterated => reasons.push(Reason::new(
                "name-transliterated",
                format!("its name is {listed:?} written in another alphabet"),
            )),
        }
        if query.disguised && n.found.closeness != Closeness::Exact {
            reasons.push(Reason::new("name-confusable", "its name is written with look-alike or hidden characters"));
        }
    }
    if !n.found.decorations.is_empty() {
        let added: Vec<&str> = n.found.decorations.iter().map(String::as_str).take(6).collect();
        reasons.push(Reason::new("name-decorated", format!("words added around the name: {}", added.join(", "))));
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
