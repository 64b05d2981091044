//! One check, end to end: lists in force → index → verdict for a profile.

use crate::list::{Entry, List};
use crate::matcher::Index;
use crate::profile::Profile;
use crate::verdict::{Reason, Verdict, VerdictKind};

/// The lists in force and their index. Entries of every list sit in one table;
/// the first list given wins when two claim the same account.
pub struct Engine {
    entries: Vec<Entry>,
    index: Index,
}

impl Engine {
    pub fn new(lists: &[List]) -> Engine {
        let entries: Vec<Entry> = lists.iter().flat_map(|l| l.entries.iter().cloned()).collect();
        let index = Index::build(&entries);
        Engine { entries, index }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn check(&self, profile: &Profile) -> Verdict {
        if let Some(owner) = self.index.account_owner(profile.id.as_deref(), profile.handle.as_deref()) {
            let entry = &self.entries[owner];
            return Verdict {
                verdict: VerdictKind::Verified,
                score: 1.0,
                entry: Some(entry.id.clone()),
                reasons: vec![Reason::new("listed-account", format!("this account is on the list as {}", entry.id))],
            };
        }
        if let Some(&hit) = self.index.same_skeleton(&profile.name).first() {
            let entry = &self.entries[hit];
            return Verdict {
                verdict: VerdictKind::Impersonation,
                score: 0.9,
                entry: Some(entry.id.clone()),
                reasons: vec![Reason::new(
                    "name-confusable",
                    format!("the name reads as {:?}, but this account is not one of {}'s", entry.names[0], entry.id),
                )],
            };
        }
        Verdict::unknown()
    }
}
