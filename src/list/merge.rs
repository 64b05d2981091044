//! Several lists in force at once (bundled, subscriptions, imported by hand):
//! one table of entries, and the disagreements between the lists as data the
//! options page can show.
//!
//! The rule (docs/lists.md): the lists are given in priority order and **the
//! first one wins**.
//! - An entry id already taken by an earlier list: the later entry is dropped
//!   whole (silently if it is identical, as a conflict otherwise).
//! - An account (same platform and numeric id, or same platform and handle,
//!   case-insensitive) already claimed by an earlier entry: the later entry
//!   keeps its names but loses that account, so the account is verified as the
//!   earlier entry only.
//!
//! The extension orders its lists: managed by policy, imported by hand,
//! subscriptions (oldest first), bundled.

use super::{Account, Entry, List};
use serde::Serialize;
use std::collections::HashMap;

/// Where a claim comes from: the list's label (as the caller named it) and the entry id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub list: String,
    pub entry: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// Two lists define an entry with the same id, differently.
    EntryReplaced,
    /// Two entries claim the same account.
    AccountClaimed,
}

/// One disagreement, and how the rule settled it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub code: ConflictKind,
    /// The account in dispute (`facebook id 123`, `facebook handle Foo`), for `account-claimed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    pub kept: Claim,
    pub dropped: Claim,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.code, &self.account) {
            (ConflictKind::AccountClaimed, Some(account)) => write!(
                f,
                "{account} is {} in {} and {} in {}: kept as {}",
                self.kept.entry, self.kept.list, self.dropped.entry, self.dropped.list, self.kept.entry
            ),
            _ => write!(
                f,
                "entry {} is defined by {} and, differently, by {}: {}'s is kept",
                self.kept.entry, self.kept.list, self.dropped.list, self.kept.list
            ),
        }
    }
}

/// The lists in force, merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub entries: Vec<Entry>,
    /// For each entry, the index of the list it comes from.
    pub origin: Vec<usize>,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// The merged entries as one list (version 0, not for publishing), to hand
    /// to the engine so it follows exactly this rule.
    pub fn to_list(&self) -> List {
        List { entries: self.entries.clone(), ..self.to_list_header() }
    }

    /// `to_list` without copying the entries, and the conflicts.
    pub fn into_list(self) -> (List, Vec<Conflict>) {
        let list = List { entries: Vec::new(), ..self.to_list_header() };
        (List { entries: self.entries, ..list }, self.conflicts)
    }

    fn to_list_header(&self) -> List {
        List {
            format: super::FORMAT.to_string(),
            name: "lists in force".to_string(),
            publisher: String::new(),
            version: 0,
            entries: Vec::new(),
            extra: Default::default(),
        }
    }
}

/// Merges `lists`, given as `(label, list)` in priority order, first wins.
pub fn merge(lists: &[(&str, &List)]) -> Merged {
    merge_owned(lists.iter().map(|&(label, list)| (label, list.entries.clone())).collect())
}

/// `merge`, taking the lists' entries rather than copying them: what puts
/// lists in force (the extension and the site: the bundled list's entries
/// were copied once more, a twelfth of the site's first index task).
pub fn merge_owned(lists: Vec<(&str, Vec<Entry>)>) -> Merged {
    let mut merged = Merged { entries: Vec::new(), origin: Vec::new(), conflicts: Vec::new() };
    let mut by_id: HashMap<String, usize> = HashMap::new();
    // Account key -> index of the merged entry that holds it.
    let mut owners: HashMap<String, usize> = HashMap::new();
    let labels: Vec<&str> = lists.iter().map(|&(label, _)| label).collect();
    for (li, (label, entries)) in lists.into_iter().enumerate() {
        for mut entry in entries {
            if let Some(&kept) = by_id.get(entry.id.as_str()) {
                if merged.entries[kept] != entry {
                    merged.conflicts.push(Conflict {
                        code: ConflictKind::EntryReplaced,
                        account: None,
                        kept: Claim { list: labels[merged.origin[kept]].to_string(), entry: entry.id.clone() },
                        dropped: Claim { list: label.to_string(), entry: entry.id },
                    });
                }
                continue;
            }
            let index = merged.entries.len();
            let accounts = std::mem::take(&mut entry.accounts);
            for account in accounts {
                let keys = account_keys(&account);
                match keys.iter().find_map(|k| owners.get(k).map(|&o| (k, o))) {
                    Some((_, owner)) if owner == index => {} // the same account twice in one entry
                    Some((key, owner)) => merged.conflicts.push(Conflict {
                        code: ConflictKind::AccountClaimed,
                        account: Some(key.replacen(':', " ", 1).replacen(':', " ", 1)),
                        kept: Claim { list: labels[merged.origin[owner]].to_string(), entry: merged.entries[owner].id.clone() },
                        dropped: Claim { list: label.to_string(), entry: entry.id.clone() },
                    }),
                    None => {
                        for key in keys {
                            owners.insert(key, index);
                        }
                        entry.accounts.push(account);
                    }
                }
            }
            by_id.insert(entry.id.clone(), index);
            merged.entries.push(entry);
            merged.origin.push(li);
        }
    }
    merged
}

/// `platform:id:N` and `platform:handle:lowercased`, the ways an account is recognised.
fn account_keys(account: &Account) -> Vec<String> {
    let mut keys = Vec::with_capacity(2);
    if let Some(id) = &account.id {
        keys.push(format!("{}:id:{id}", account.platform));
    }
    if let Some(handle) = &account.handle {
        keys.push(format!("{}:handle:{}", account.platform, handle.to_lowercase()));
    }
    keys
}
