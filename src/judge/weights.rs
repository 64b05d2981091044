//! The one table of scores. A verdict's score is the base score of the
//! strongest resemblance (a name, or a copied logo) plus the signals that
//! support it, clamped to 0..0.99; the score then picks the level:
//!
//! | score          | entry's account known | entry's account unknown |
//! |----------------|-----------------------|-------------------------|
//! | ≥ 0.75         | `impersonation`       | `suspicious`            |
//! | 0.50 – 0.74    | `suspicious`          | `suspicious`            |
//! | < 0.50         | `unknown`             | `unknown`               |
//!
//! Weak resemblances (a name contained in a longer one, part of a name, an
//! abbreviation, a name that may be another country's namesake) are capped
//! below `IMPERSONATION_FROM` whatever the signals add, unless the page also
//! shows the entry's logo: weak evidence never makes the red warning alone.
//! Heuristics, labelled as such: set by hand on the tuning corpus
//! (`tests/corpus/`), checked on the held-out set (`tests/heldout/`).

/// From this score on, a resemblance to an entry whose account is known is an impersonation.
pub const IMPERSONATION_FROM: f32 = 0.75;
/// From this score on, it is worth a warning at all.
pub const SUSPICIOUS_FROM: f32 = 0.5;
/// The highest score weak evidence reaches without the entry's logo.
pub const WEAK_CAP: f32 = 0.74;
/// The highest score of any verdict but `verified` (nothing but the list is certain).
pub const MAX_SCORE: f32 = 0.99;

// ---- Base scores of a name resemblance (full: nothing but decorations around it).

/// The listed name letter for letter, written with look-alike or hidden characters.
pub const EXACT_DISGUISED: f32 = 0.95;
/// The listed name letter for letter.
pub const EXACT: f32 = 0.9;
/// A listed name made of common words, letter for letter.
pub const EXACT_GENERIC: f32 = 0.85;
/// One letter doubled, dropped, swapped or replaced.
pub const SIMILAR_ONE: f32 = 0.85;
/// Two letters.
pub const SIMILAR_TWO: f32 = 0.8;
/// The listed name in another script, or spelled another way in the same script.
pub const TRANSLITERATED: f32 = 0.8;
/// Letters of the same shape (Arabic letters that differ only by their dots,
/// Latin sequences drawn alike: rn/m, cl/d, vv/w).
pub const LOOKALIKE: f32 = 0.85;
/// Every word of the listed name, in another order.
pub const REORDERED: f32 = 0.8;

// ---- Weak resemblances (capped at `WEAK_CAP`).

/// A distinctive listed name copied letter for letter inside a longer name.
pub const CONTAINED: f32 = 0.62;
/// The listed name's most distinctive words, without the rest (a ministry
/// without its long tail, a person's family name alone).
pub const PARTIAL: f32 = 0.6;
/// Initials: an acronym of the listed name, or a given name cut to its initial.
pub const ABBREVIATED: f32 = 0.62;
/// The sound of the name in another script, where the entity spells its name
/// otherwise in this one ("Hesperis" sounds like هسبريس but is a word of its own).
pub const SOUNDS_LIKE: f32 = 0.6;
/// The name beside a word saying the page is its fans', friends' or a parody
/// ("Fans de Radio Mars", "محبي ..."): a page that says it is not the entity is
/// no impersonation, so no warning on the name alone (the logo makes it one).
pub const AFFILIATED: f32 = 0.45;
/// The same, while also calling itself official ("Hespress Official Fan Page"):
/// a contradiction that serves only to mislead.
pub const AFFILIATED_AS_OFFICIAL: f32 = 0.6;
/// A single dictionary word (الأخبار, العاصمة): a warning only with support.
pub const ONE_GENERIC_WORD: f32 = 0.55;
/// An exact copy of a name other countries' entities share, managed from abroad.
pub const POSSIBLE_NAMESAKE: f32 = 0.6;

// ---- The logo.

/// The entry's logo under a name that resembles no entry.
pub const AVATAR_ALONE: f32 = 0.8;
/// The entry's logo beside a name that resembles the entry.
pub const AVATAR_SAME: f32 = 0.1;
/// A picture close to the entry's logo, beside a name that resembles the entry.
pub const AVATAR_SIMILAR: f32 = 0.05;

// ---- Signals: they move a resemblance's score, never create one.

/// A check mark in the name imitating Facebook's verified badge.
pub const FAKE_BADGE: f32 = 0.05;
/// A word naming the entity's kind beside its name ("جريدة", "Ministère").
pub const KIND_WORD: f32 = 0.03;
/// Created after the real account.
pub const CREATED_AFTER: f32 = 0.03;
/// Created before the real account (rather a namesake than a copy).
pub const CREATED_BEFORE: f32 = -0.05;
/// Renamed from a name that did not resemble the entity.
pub const RENAMED: f32 = 0.05;
/// Managed from far from the entity's country.
pub const MANAGERS_ABROAD: f32 = 0.05;
/// Fewer than `FEW_FOLLOWERS` followers.
pub const FEW_FOLLOWERS_SIGNAL: f32 = 0.03;
/// Fewer followers than this is a sign of a new or throwaway page.
pub const FEW_FOLLOWERS: u64 = 1000;
