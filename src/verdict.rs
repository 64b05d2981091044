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
