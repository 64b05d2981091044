//! Counts a maintainer looks at: entries by kind and country, accounts, and the
//! gaps (entries with no known account, no avatar hash, no source).

use super::List;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub version: u64,
    pub entries: usize,
    pub by_kind: BTreeMap<String, usize>,
    /// `"-"` for entries without a country.
    pub by_country: BTreeMap<String, usize>,
    pub names: usize,
    pub accounts: usize,
    pub accounts_with_id: usize,
    /// Accounts known only by a handle, which can change hands.
    pub accounts_handle_only: usize,
    pub avatars: usize,
    pub without_account: Vec<String>,
    pub without_avatar: Vec<String>,
    pub without_source: Vec<String>,
}

pub fn stats(list: &List) -> Stats {
    let mut s = Stats {
        version: list.version,
        entries: list.entries.len(),
        by_kind: BTreeMap::new(),
        by_country: BTreeMap::new(),
        names: 0,
        accounts: 0,
        accounts_with_id: 0,
        accounts_handle_only: 0,
        avatars: 0,
        without_account: Vec::new(),
        without_avatar: Vec::new(),
        without_source: Vec::new(),
    };
    for e in &list.entries {
        let kind = serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        *s.by_kind.entry(kind).or_default() += 1;
        *s.by_country.entry(e.country.clone().unwrap_or_else(|| "-".into())).or_default() += 1;
        s.names += e.names.len();
        s.accounts += e.accounts.len();
        s.accounts_with_id += e.accounts.iter().filter(|a| a.id.is_some()).count();
        s.accounts_handle_only += e.accounts.iter().filter(|a| a.id.is_none()).count();
        s.avatars += e.avatars.len();
        if e.accounts.is_empty() {
            s.without_account.push(e.id.clone());
        }
        if e.avatars.is_empty() {
            s.without_avatar.push(e.id.clone());
        }
        if e.sources.is_empty() {
            s.without_source.push(e.id.clone());
        }
    }
    s
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |m: &BTreeMap<String, usize>| m.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ");
        writeln!(f, "version: {}", self.version)?;
        writeln!(f, "entries: {} ({})", self.entries, join(&self.by_kind))?;
        writeln!(f, "countries: {}", join(&self.by_country))?;
        writeln!(f, "names: {}", self.names)?;
        writeln!(
            f,
            "accounts: {} ({} with a numeric id, {} known only by handle)",
            self.accounts, self.accounts_with_id, self.accounts_handle_only
        )?;
        writeln!(f, "avatar hashes: {}", self.avatars)?;
        for (label, ids) in [
            ("without a known account", &self.without_account),
            ("without an avatar hash", &self.without_avatar),
            ("without a source", &self.without_source),
        ] {
            writeln!(f, "{label}: {}", ids.len())?;
            if !ids.is_empty() {
                writeln!(f, "  {}", ids.join(" "))?;
            }
        }
        Ok(())
    }
}
