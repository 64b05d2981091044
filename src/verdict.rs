//! The answer of one check: `verified`, `impersonation`, `suspicious` or
//! `unknown`, with a score and reasons a reader can understand (the banner is
//! built from the same reasons, translated by their `code`).

use serde::{Deserialize, Serialize};

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
    pub code: String,
    pub detail: String,
}

impl Reason {
    pub fn new(code: &str, detail: impl Into<String>) -> Reason {
        Reason { code: code.to_string(), detail: detail.into() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub verdict: VerdictKind,
    /// 0..1: how strongly the profile resembles `entry`.
    pub score: f32,
    /// The list entry's id the profile is, or resembles; `None` for `unknown`.
    pub entry: Option<String>,
    pub reasons: Vec<Reason>,
}

impl Verdict {
    pub fn unknown() -> Verdict {
        Verdict { verdict: VerdictKind::Unknown, score: 0.0, entry: None, reasons: Vec::new() }
    }
}
