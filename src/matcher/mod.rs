//! Candidate search: from a profile to the list entries it is, or resembles.
//! Built once per set of lists; a check looks names up, it never scans.

use crate::list::Entry;
use crate::text;
use std::collections::HashMap;

/// Where an entry sits in the engine's merged entry table.
pub type EntryIndex = usize;

#[derive(Debug, Default)]
pub struct Index {
    by_account_id: HashMap<String, EntryIndex>,
    by_handle: HashMap<String, EntryIndex>,
    by_skeleton: HashMap<String, Vec<EntryIndex>>,
}

impl Index {
    pub fn build(entries: &[Entry]) -> Index {
        let mut index = Index::default();
        for (i, entry) in entries.iter().enumerate() {
            for account in entry.facebook_accounts() {
                if let Some(id) = &account.id {
                    index.by_account_id.entry(id.clone()).or_insert(i);
                }
                if let Some(handle) = &account.handle {
                    index.by_handle.entry(handle.to_lowercase()).or_insert(i);
                }
            }
            for name in &entry.names {
                let key = text::skeleton(name);
                if key.is_empty() {
                    continue;
                }
                let slot = index.by_skeleton.entry(key).or_default();
                if !slot.contains(&i) {
                    slot.push(i);
                }
            }
        }
        index
    }

    /// The entry whose account this is, by numeric id first (stable), then handle.
    pub fn account_owner(&self, id: Option<&str>, handle: Option<&str>) -> Option<EntryIndex> {
        id.and_then(|id| self.by_account_id.get(id).copied())
            .or_else(|| handle.and_then(|h| self.by_handle.get(&h.to_lowercase()).copied()))
    }

    /// Entries one of whose names has exactly this name's skeleton.
    pub fn same_skeleton(&self, name: &str) -> &[EntryIndex] {
        self.by_skeleton.get(&text::skeleton(name)).map(Vec::as_slice).unwrap_or(&[])
    }
}
