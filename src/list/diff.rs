//! What changed between two versions of a list, as a reviewer reads it before
//! signing: the version, entries added and removed, and for each changed entry
//! its names, accounts, kind, country, website, avatars, sources and other fields.
//!
//! Entries are matched by id; accounts by platform and numeric id, or, for an
//! account without an id, by handle (case-insensitive).

use super::{Account, Entry, List};
use serde_json::Value;
use std::fmt::{self, Write};

/// The change from one list to another. `Display` is the reviewer's text.
#[derive(Debug, Clone, PartialEq)]
pub struct ListDiff {
    pub old_version: u64,
    pub new_version: u64,
    /// Top-level fields other than `entries` whose value changed: (field, old, new).
    pub header: Vec<(String, Option<Value>, Option<Value>)>,
    pub added: Vec<Entry>,
    pub removed: Vec<Entry>,
    pub changed: Vec<EntryChange>,
    pub old_entries: usize,
    pub new_entries: usize,
}

/// What changed inside one entry present in both lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntryChange {
    pub id: String,
    pub names_added: Vec<String>,
    pub names_removed: Vec<String>,
    pub accounts_added: Vec<Account>,
    pub accounts_removed: Vec<Account>,
    /// Same account, different details: (old, new).
    pub accounts_changed: Vec<(Account, Account)>,
    /// Any other field: (field, old, new), absent as `None`.
    pub fields: Vec<(String, Option<Value>, Option<Value>)>,
}

impl ListDiff {
    pub fn is_empty(&self) -> bool {
        self.old_version == self.new_version
            && self.header.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
    }
}

/// The change from `old` to `new`.
pub fn diff(old: &List, new: &List) -> ListDiff {
    let header = changed_fields(&header_value(old), &header_value(new), &["version", "entries"]);
    let added = new.entries.iter().filter(|e| old.entry(&e.id).is_none()).cloned().collect();
    let removed = old.entries.iter().filter(|e| new.entry(&e.id).is_none()).cloned().collect();
    let changed = new
        .entries
        .iter()
        .filter_map(|n| old.entry(&n.id).map(|o| entry_change(o, n)))
        .filter(|c| *c != EntryChange { id: c.id.clone(), ..Default::default() })
        .collect();
    ListDiff {
        old_version: old.version,
        new_version: new.version,
        header,
        added,
        removed,
        changed,
        old_entries: old.entries.len(),
        new_entries: new.entries.len(),
    }
}

fn header_value(list: &List) -> Value {
    serde_json::to_value(list).unwrap_or(Value::Null)
}

fn as_value<T: serde::Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// The object fields whose values differ, except `skip`, in the new order then the removed ones.
fn changed_fields(old: &Value, new: &Value, skip: &[&str]) -> Vec<(String, Option<Value>, Option<Value>)> {
    let empty = serde_json::Map::new();
    let (o, n) = (old.as_object().unwrap_or(&empty), new.as_object().unwrap_or(&empty));
    let mut out = Vec::new();
    for (k, nv) in n {
        if !skip.contains(&k.as_str()) && o.get(k) != Some(nv) {
            out.push((k.clone(), o.get(k).cloned(), Some(nv.clone())));
        }
    }
    for (k, ov) in o {
        if !skip.contains(&k.as_str()) && !n.contains_key(k) {
            out.push((k.clone(), Some(ov.clone()), None));
        }
    }
    out
}

fn same_account(a: &Account, b: &Account) -> bool {
    if a.platform != b.platform {
        return false;
    }
    match (&a.id, &b.id) {
        (Some(x), Some(y)) => x == y,
        _ => match (&a.handle, &b.handle) {
            (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
            _ => false,
        },
    }
}

fn entry_change(old: &Entry, new: &Entry) -> EntryChange {
    let mut change = EntryChange { id: new.id.clone(), ..Default::default() };
    change.names_added = new.names.iter().filter(|n| !old.names.contains(n)).cloned().collect();
    change.names_removed = old.names.iter().filter(|n| !new.names.contains(n)).cloned().collect();
    for account in &new.accounts {
        match old.accounts.iter().find(|o| same_account(o, account)) {
            None => change.accounts_added.push(account.clone()),
            Some(o) if o != account => change.accounts_changed.push((o.clone(), account.clone())),
            Some(_) => {}
        }
    }
    change.accounts_removed = old.accounts.iter().filter(|o| !new.accounts.iter().any(|n| same_account(o, n))).cloned().collect();
    change.fields = changed_fields(&as_value(old), &as_value(new), &["id", "names", "accounts"]);
    change
}

/// `facebook id 123 handle Foo (created 2012-05-01)`.
fn account_text(a: &Account) -> String {
    let mut s = a.platform.clone();
    if let Some(id) = &a.id {
        let _ = write!(s, " id {id}");
    }
    if let Some(h) = &a.handle {
        let _ = write!(s, " handle {h}");
    }
    if let Some(c) = &a.created {
        let _ = write!(s, " created {c}");
    }
    for (k, v) in &a.extra {
        let _ = write!(s, " {k}={}", value_text(v));
    }
    s
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    }
}

fn opt_text(v: &Option<Value>) -> String {
    v.as_ref().map(value_text).unwrap_or_else(|| "(absent)".into())
}

/// Lines for an array field: each element added or removed, else old -> new.
fn field_lines(out: &mut String, field: &str, old: &Option<Value>, new: &Option<Value>) -> fmt::Result {
    let none = Vec::new();
    let as_arr = |v: &Option<Value>| -> Option<Vec<Value>> {
        match v {
            None => Some(none.clone()),
            Some(Value::Array(a)) => Some(a.clone()),
            Some(_) => None,
        }
    };
    if let (Some(o), Some(n), true) = (as_arr(old), as_arr(new), matches!(field, "avatars" | "sources")) {
        let singular = &field[..field.len() - 1];
        for v in n.iter().filter(|v| !o.contains(v)) {
            writeln!(out, "    + {singular} {}", value_text(v))?;
        }
        for v in o.iter().filter(|v| !n.contains(v)) {
            writeln!(out, "    - {singular} {}", value_text(v))?;
        }
        return Ok(());
    }
    writeln!(out, "    ~ {field}: {} -> {}", opt_text(old), opt_text(new))
}

fn entry_lines(out: &mut String, sign: char, e: &Entry) -> fmt::Result {
    let kind = as_value(&e.kind);
    let mut what = value_text(&kind).trim_matches('"').to_string();
    if let Some(c) = &e.country {
        let _ = write!(what, ", {c}");
    }
    writeln!(out, "{sign} entry {} ({what})", e.id)?;
    for n in &e.names {
        writeln!(out, "    {sign} name {n:?}")?;
    }
    for a in &e.accounts {
        writeln!(out, "    {sign} account {}", account_text(a))?;
    }
    if e.accounts.is_empty() {
        writeln!(out, "      (no known account)")?;
    }
    Ok(())
}

impl fmt::Display for ListDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return writeln!(f, "no change (version {}, {} entries)", self.new_version, self.new_entries);
        }
        let mut out = String::new();
        let (o, n) = (self.old_version, self.new_version);
        let note = match n.cmp(&o) {
            std::cmp::Ordering::Greater => "",
            std::cmp::Ordering::Equal => "  WARNING: unchanged; subscribers will ignore this list",
            std::cmp::Ordering::Less => "  WARNING: it went down; subscribers will refuse this list",
        };
        writeln!(out, "version: {o} -> {n}{note}")?;
        writeln!(
            out,
            "entries: {} -> {} ({} added, {} removed, {} changed)",
            self.old_entries,
            self.new_entries,
            self.added.len(),
            self.removed.len(),
            self.changed.len()
        )?;
        for (field, old, new) in &self.header {
            writeln!(out, "~ {field}: {} -> {}", opt_text(old), opt_text(new))?;
        }
        for e in &self.added {
            entry_lines(&mut out, '+', e)?;
        }
        for e in &self.removed {
            entry_lines(&mut out, '-', e)?;
        }
        for c in &self.changed {
            writeln!(out, "~ entry {}", c.id)?;
            for n in &c.names_added {
                writeln!(out, "    + name {n:?}")?;
            }
            for n in &c.names_removed {
                writeln!(out, "    - name {n:?}")?;
            }
            for a in &c.accounts_added {
                writeln!(out, "    + account {}", account_text(a))?;
            }
            for a in &c.accounts_removed {
                writeln!(out, "    - account {}", account_text(a))?;
            }
            for (a, b) in &c.accounts_changed {
                writeln!(out, "    ~ account {} -> {}", account_text(a), account_text(b))?;
            }
            for (field, old, new) in &c.fields {
                field_lines(&mut out, field, old, new)?;
            }
        }
        f.write_str(&out)
    }
}
