//! The `asli.list.v1` format (`docs/spec.md` §1): parsing, and the types every other part
//! of the engine reads. Unknown fields are kept (`extra`) so that a tool which
//! rewrites a list never drops what a newer producer added.
//!
//! The maintainers' toolkit lives in the submodules, all free of IO:
//! `validate` (every problem with its JSON path), `sign` (Ed25519 keys and
//! detached signatures), `update` (may a fetched list replace the one in
//! force?), `merge` (several lists in force), `diff`, `stats`, `account_ref`
//! (Facebook addresses to accounts). docs/lists.md describes the formats and rules.

pub mod account_ref;
pub mod diff;
pub mod merge;
pub mod sign;
pub mod stats;
pub mod update;
pub mod validate;

use serde::{Deserialize, Serialize};
use std::fmt;

pub const FORMAT: &str = "asli.list.v1";

/// The values of an entry's `kind`, as written in the JSON.
pub const KINDS: &[&str] = &["outlet", "institution", "official"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct List {
    pub format: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub publisher: String,
    pub version: u64,
    pub entries: Vec<Entry>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Outlet,
    Institution,
    Official,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub kind: Kind,
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default)]
    pub accounts: Vec<Account>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avatars: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Accounts of other entities that legitimately share this entry's name
    /// (another country's police, a namesake paper): never warned about as
    /// this entry (an added field; lists without it load as before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub namesakes: Vec<Account>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    #[serde(default = "facebook")]
    pub platform: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

fn facebook() -> String {
    "facebook".to_string()
}

/// Why a list could not be read. The message names where the problem is.
#[derive(Debug, Clone, PartialEq)]
pub enum ListError {
    Json(String),
    Format(String),
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListError::Json(m) => write!(f, "not a valid list: {m}"),
            ListError::Format(found) => {
                write!(f, "not an {FORMAT} list (format is {found:?})")
            }
        }
    }
}

impl std::error::Error for ListError {}

impl List {
    /// Parses a list's bytes. Structural checks only; `validate` (maintainers'
    /// tool) reports every problem with its JSON path.
    pub fn from_json(text: &str) -> Result<List, ListError> {
        let list: List = serde_json::from_str(text).map_err(|e| ListError::Json(e.to_string()))?;
        if list.format != FORMAT {
            return Err(ListError::Format(list.format));
        }
        Ok(list)
    }

    /// The list as a file: two-space indented JSON, non-ASCII kept as is, one
    /// final newline (the form tools/build-bundled-list.py writes).
    pub fn to_file_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The optional signed `expires` date (`YYYY-MM-DD`, docs/spec.md §1): after
    /// it, a reader is told the list is stale. `None` when absent or not a string
    /// (`validate` reports the latter).
    pub fn expires(&self) -> Option<&str> {
        self.extra.get("expires").and_then(serde_json::Value::as_str)
    }

    /// Sets (`Some`) or removes (`None`) the `expires` date; it is kept among the
    /// list's other fields, so older readers ignore it.
    pub fn set_expires(&mut self, date: Option<&str>) {
        match date {
            Some(d) => {
                self.extra.insert("expires".into(), serde_json::Value::String(d.to_string()));
            }
            None => {
                self.extra.remove("expires");
            }
        }
    }
}

impl Entry {
    pub fn facebook_accounts(&self) -> impl Iterator<Item = &Account> {
        self.accounts.iter().filter(|a| a.platform == "facebook")
    }
}

impl Account {
    /// Whether a Facebook page with this numeric `id` or `handle` is this account.
    pub fn is_account(&self, id: Option<&str>, handle: Option<&str>) -> bool {
        let same_id = matches!((&self.id, id), (Some(a), Some(b)) if a.trim() == b.trim());
        let same_handle = matches!((&self.handle, handle), (Some(a), Some(b)) if normalise_handle(a) == normalise_handle(b));
        self.platform == "facebook" && (same_id || same_handle)
    }
}

/// Handles compare case-insensitively, without a leading "@" or URL prefix.
pub fn normalise_handle(handle: &str) -> String {
    let h = handle.trim().trim_start_matches('@');
    let h = h.rsplit("facebook.com/").next().unwrap_or(h);
    let h = h.split(['?', '#']).next().unwrap_or(h);
    h.trim_end_matches('/').to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::normalise_handle;

    #[test]
    fn handles_compare_without_case_at_sign_or_address() {
        for h in ["Hespress", "@hespress", "https://www.facebook.com/Hespress/", "facebook.com/HESPRESS?ref=page"] {
            assert_eq!(normalise_handle(h), "hespress", "{h}");
        }
    }
}
