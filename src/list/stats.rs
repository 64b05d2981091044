//! Counts a maintainer looks at: entries by kind and country, accounts by
//! confidence, and the gaps (entries with no known account, accounts with no
//! evidence, no avatar hash, no source), and, given a date, the accounts whose
//! evidence is older than it.
//!
//! Evidence is read from fields `asli.list.v1` leaves open (docs/lists.md,
//! "Evidence"): an account's `sources` (or `source`), `seen` (the date of the
//! newest evidence: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is
//! known) and `confidence`; an account without sources of its own is backed by
//! its entry's `sources`.

use super::{Account, Entry, List};
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
    /// Accounts by their `confidence` (`"-"` when it is not given).
    pub accounts_by_confidence: BTreeMap<String, usize>,
    pub avatars: usize,
    pub without_account: Vec<String>,
    /// Entries with at least one account that no source backs (neither its own
    /// `sources` nor its entry's).
    pub without_evidence: Vec<String>,
    pub without_avatar: Vec<String>,
    pub without_source: Vec<String>,
    /// Only with a date (`--evidence-before`): the accounts whose evidence is
    /// older than it, or whose evidence has no date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence_before: Option<EvidenceAge>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceAge {
    /// The date asked about, `YYYY-MM-DD`.
    pub date: String,
    /// Accounts whose newest evidence is older than `date`.
    pub older: Vec<AccountEvidence>,
    /// Accounts whose evidence carries no (readable) date: their age is unknown.
    pub undated: Vec<AccountEvidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountEvidence {
    pub entry: String,
    /// `facebook id 123` or `facebook handle Some.Page`.
    pub account: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<String>,
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
        accounts_by_confidence: BTreeMap::new(),
        avatars: 0,
        without_account: Vec::new(),
        without_evidence: Vec::new(),
        without_avatar: Vec::new(),
        without_source: Vec::new(),
        evidence_before: None,
    };
    for e in &list.entries {
        let kind = serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        *s.by_kind.entry(kind).or_default() += 1;
        *s.by_country.entry(e.country.clone().unwrap_or_else(|| "-".into())).or_default() += 1;
        s.names += e.names.len();
        s.accounts += e.accounts.len();
        s.accounts_with_id += e.accounts.iter().filter(|a| a.id.is_some()).count();
        s.accounts_handle_only += e.accounts.iter().filter(|a| a.id.is_none()).count();
        for a in &e.accounts {
            *s.accounts_by_confidence.entry(confidence(a).unwrap_or_else(|| "-".into())).or_default() += 1;
        }
        s.avatars += e.avatars.len();
        if e.accounts.is_empty() {
            s.without_account.push(e.id.clone());
        }
        if e.accounts.iter().any(|a| !has_evidence(e, a)) {
            s.without_evidence.push(e.id.clone());
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

/// `stats` plus the accounts whose evidence is older than `date` (`YYYY-MM-DD`)
/// or undated. A partial `seen` date counts from the first day it can mean
/// (`2018-03` is read as 2018-03-01), so that evidence which may be too old is
/// reported rather than missed.
pub fn stats_with_evidence_before(list: &List, date: &str) -> Stats {
    let mut s = stats(list);
    let mut age = EvidenceAge { date: date.to_string(), older: Vec::new(), undated: Vec::new() };
    for e in &list.entries {
        for a in &e.accounts {
            let seen = string_field(a, "seen");
            let item = AccountEvidence { entry: e.id.clone(), account: describe(a), seen: seen.clone(), confidence: confidence(a) };
            match seen.as_deref().and_then(earliest_day) {
                Some(day) if day.as_str() < date => age.older.push(item),
                Some(_) => {}
                None => age.undated.push(item),
            }
        }
    }
    s.evidence_before = Some(age);
    s
}

/// The first day a `seen` date can mean: `YYYY-MM-DD` as is, `YYYY-MM` → its
/// first day, `YYYY` → January 1st; anything else is no date.
pub fn earliest_day(seen: &str) -> Option<String> {
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = seen.split('-').collect();
    let day = match parts.as_slice() {
        [y] if digits(y, 4) => format!("{y}-01-01"),
        [y, m] if digits(y, 4) && digits(m, 2) => format!("{y}-{m}-01"),
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => seen.to_string(),
        _ => return None,
    };
    super::validate::is_iso_date(&day).then_some(day)
}

fn string_field(a: &Account, key: &str) -> Option<String> {
    a.extra.get(key).and_then(serde_json::Value::as_str).map(str::to_string)
}

fn confidence(a: &Account) -> Option<String> {
    string_field(a, "confidence")
}

/// An account is backed by evidence when it names its own source(s), or its
/// entry does.
fn has_evidence(e: &Entry, a: &Account) -> bool {
    let own = match a.extra.get("sources").or_else(|| a.extra.get("source")) {
        Some(serde_json::Value::String(s)) => !s.trim().is_empty(),
        Some(serde_json::Value::Array(v)) => v.iter().any(|s| s.as_str().is_some_and(|s| !s.trim().is_empty())),
        _ => false,
    };
    own || e.sources.iter().any(|s| !s.trim().is_empty())
}

fn describe(a: &Account) -> String {
    match (&a.id, &a.handle) {
        (Some(id), Some(h)) => format!("{} id {id} ({h})", a.platform),
        (Some(id), None) => format!("{} id {id}", a.platform),
        (None, Some(h)) => format!("{} handle {h}", a.platform),
        (None, None) => format!("{} (no id or handle)", a.platform),
    }
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
        writeln!(f, "accounts by confidence: {}", join(&self.accounts_by_confidence))?;
        writeln!(f, "avatar hashes: {}", self.avatars)?;
        for (label, ids) in [
            ("without a known account", &self.without_account),
            ("with an account but no evidence", &self.without_evidence),
            ("without an avatar hash", &self.without_avatar),
            ("without a source", &self.without_source),
        ] {
            writeln!(f, "{label}: {}", ids.len())?;
            if !ids.is_empty() {
                writeln!(f, "  {}", ids.join(" "))?;
            }
        }
        if let Some(age) = &self.evidence_before {
            writeln!(f, "accounts with evidence older than {}: {}", age.date, age.older.len())?;
            for a in &age.older {
                let confidence = a.confidence.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
                writeln!(f, "  {} {} (seen {}{confidence})", a.entry, a.account, a.seen.as_deref().unwrap_or("?"))?;
            }
            writeln!(f, "accounts whose evidence has no date: {}", age.undated.len())?;
            for a in &age.undated {
                let confidence = a.confidence.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
                writeln!(f, "  {} {}{confidence}", a.entry, a.account)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> List {
        List::from_json(text).unwrap()
    }

    const LIST: &str = r#"{"format":"asli.list.v1","version":7,"entries":[
        {"id":"a","kind":"outlet","names":["A"],"accounts":[
            {"id":"1","confidence":"high","seen":"2018-03","sources":["site footer"]},
            {"handle":"A.Two","confidence":"low","seen":"2025-06-30","source":"a test fixture"}]},
        {"id":"b","kind":"institution","names":["B"],"accounts":[{"id":"2"}],"sources":["its site"]},
        {"id":"c","kind":"official","names":["C"],"accounts":[{"handle":"C.Page","confidence":"medium"}]},
        {"id":"d","kind":"official","names":["D"]}]}"#;

    #[test]
    fn gaps_and_confidence() {
        let s = stats(&list(LIST));
        assert_eq!(s.without_account, vec!["d"]);
        assert_eq!(s.without_evidence, vec!["c"], "b's account is backed by its entry's sources");
        assert_eq!(s.without_source, vec!["a", "c", "d"]);
        assert_eq!(
            s.accounts_by_confidence,
            BTreeMap::from([("-".into(), 1), ("high".into(), 1), ("low".into(), 1), ("medium".into(), 1)])
        );
        assert_eq!(s.evidence_before, None);
    }

    #[test]
    fn evidence_older_than_a_date_and_undated() {
        let s = stats_with_evidence_before(&list(LIST), "2018-03-15");
        let age = s.evidence_before.unwrap();
        assert_eq!(age.older.iter().map(|a| a.account.as_str()).collect::<Vec<_>>(), vec!["facebook id 1"]);
        assert_eq!(age.undated.iter().map(|a| a.entry.as_str()).collect::<Vec<_>>(), vec!["b", "c"]);
        let age = stats_with_evidence_before(&list(LIST), "2018-03-01").evidence_before.unwrap();
        assert!(age.older.is_empty(), "2018-03 is not older than its own first day");
        let age = stats_with_evidence_before(&list(LIST), "2026-01-01").evidence_before.unwrap();
        assert_eq!(age.older.len(), 2);
    }

    #[test]
    fn partial_dates() {
        assert_eq!(earliest_day("2018").as_deref(), Some("2018-01-01"));
        assert_eq!(earliest_day("2018-03").as_deref(), Some("2018-03-01"));
        assert_eq!(earliest_day("2018-02-29"), None);
        assert_eq!(earliest_day("March 2018"), None);
    }
}
