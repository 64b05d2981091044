//! The answer of one check: `verified`, `impersonation`, `suspicious` or
//! `unknown`, with a score and reasons a reader can understand (the banner is
//! built from the same reasons, translated by their `code`).

use serde::{Deserialize, Serialize};

// The reason codes: stable, machine-readable, translated by the extension and
// the site (`docs/reasons.md` explains each; a test checks that the document,
// the banner and this enum name the same codes).
macro_rules! reason_codes {
    ($($variant:ident = $code:literal,)*) => {
        /// One kind of evidence. Codes are never renamed; new ones may be added.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ReasonCode {
            $(#[serde(rename = $code)] $variant,)*
        }

        impl ReasonCode {
            /// Every code, in the order `docs/reasons.md` lists them.
            pub const ALL: &'static [ReasonCode] = &[$(ReasonCode::$variant,)*];

            /// The code as written in verdicts: "name-identical".
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ReasonCode::$variant => $code,)*
                }
            }
        }
    };
}

reason_codes! {
    ListedAccount = "listed-account",
    NameIdentical = "name-identical",
    NameConfusable = "name-confusable",
    NameSimilar = "name-similar",
    NameTransliterated = "name-transliterated",
    NameAbbreviated = "name-abbreviated",
    NameReordered = "name-reordered",
    NamePartial = "name-partial",
    NameContains = "name-contains",
    NameDecorated = "name-decorated",
    KindWord = "kind-word",
    AvatarMatch = "avatar-match",
    FakeVerifiedBadge = "fake-verified-badge",
    CreatedAfterOriginal = "created-after-original",
    RenamedToResemble = "renamed-to-resemble",
    ManagersAbroad = "managers-abroad",
    FewFollowers = "few-followers",
    PossibleNamesake = "possible-namesake",
    OfficialAccountUnknown = "official-account-unknown",
    FacebookVerified = "facebook-verified",
}

impl PartialEq<&str> for ReasonCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerdictKind {
    Verified,
    Impersonation,
    Suspicious,
    Unknown,
}

impl VerdictKind {
    pub fn is_warning(self) -> bool {
        matches!(self, VerdictKind::Impersonation | VerdictKind::Suspicious)
    }
}

/// One piece of evidence. `code` is stable and machine-readable (the extension
/// translates it); `detail` is a short English explanation with the specifics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub code: ReasonCode,
    pub detail: String,
}

impl Reason {
    pub fn new(code: ReasonCode, detail: impl Into<String>) -> Reason {
        Reason { code, detail: detail.into() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub verdict: VerdictKind,
    /// 0..1: how strongly the profile resembles `entry`.
    #[serde(serialize_with = "three_decimals")]
    pub score: f32,
    /// The list entry's id the profile is, or resembles; `None` for `unknown`.
    pub entry: Option<String>,
    pub reasons: Vec<Reason>,
}

/// The score as the decimal a person would write (0.99, not the f32's
/// 0.9900000095 that JavaScript would otherwise receive from the Wasm engine).
fn three_decimals<S: serde::Serializer>(score: &f32, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_f64((f64::from(*score) * 1000.0).round() / 1000.0)
}

impl Verdict {
    pub fn unknown() -> Verdict {
        Verdict { verdict: VerdictKind::Unknown, score: 0.0, entry: None, reasons: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_is_written_as_a_short_decimal() {
        let v = Verdict { verdict: VerdictKind::Suspicious, score: 0.99, entry: None, reasons: Vec::new() };
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["score"].as_f64(), Some(0.99), "not 0.9900000095");
        let v = Verdict { score: 0.123_456, ..v };
        assert_eq!(serde_json::to_value(&v).unwrap()["score"].as_f64(), Some(0.123));
    }
}
