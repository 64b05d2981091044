//! Which entry owns a Facebook account, by numeric id or by handle, and
//! which entry has a list id: three sorted arrays of `hash << 32 | entry`,
//! made from the entries without a string copied. A compiled index stores
//! them (hashing every account again took 15 ms of a load at 100,000
//! entries, every entry's id 5–10 ms: a cache miss each). A hash only points
//! at entries; the owner is the first of them (the list given first wins)
//! whose account or id really is that one.

use crate::list::{normalise_handle, Entry};
use crate::text::hash::{fnv1a, FNV_OFFSET};

#[derive(Debug, Default)]
pub(crate) struct Accounts {
    by_id: Vec<u64>,
    by_handle: Vec<u64>,
    /// The entries' own ids (`Entry::id`, not an account's).
    by_entry_id: Vec<u64>,
}

fn hash(text: &str) -> u32 {
    let h = fnv1a(FNV_OFFSET, text.as_bytes());
    ((h >> 32) ^ h) as u32
}

fn pack(h: u32, entry: usize) -> u64 {
    (u64::from(h) << 32) | entry as u64
}

/// The entries under hash `h`, in order.
fn under(table: &[u64], h: u32) -> impl Iterator<Item = usize> + '_ {
    let start = table.partition_point(|&p| p < pack(h, 0));
    table[start..].iter().take_while(move |&&p| (p >> 32) as u32 == h).map(|&p| p as u32 as usize)
}

impl Accounts {
    pub(crate) fn build(entries: &[Entry]) -> Accounts {
        let mut accounts = Accounts::default();
        for (i, entry) in entries.iter().enumerate().take(u32::MAX as usize) {
            for account in entry.facebook_accounts() {
                if let Some(id) = &account.id {
                    accounts.by_id.push(pack(hash(id.trim()), i));
                }
                if let Some(handle) = &account.handle {
                    accounts.by_handle.push(pack(hash(&normalise_handle(handle)), i));
                }
            }
        }
        accounts.by_entry_id = entries.iter().enumerate().take(u32::MAX as usize).map(|(i, e)| pack(hash(&e.id), i)).collect();
        for table in [&mut accounts.by_id, &mut accounts.by_handle, &mut accounts.by_entry_id] {
            table.sort_unstable();
            table.dedup();
            table.shrink_to_fit();
        }
        accounts
    }

    /// The three sorted arrays, by account id, by handle and by entry id, as a compiled index stores them.
    pub(crate) fn parts(&self) -> [&[u64]; 3] {
        [&self.by_id, &self.by_handle, &self.by_entry_id]
    }

    /// Owners from stored arrays (`parts`), if each is strictly ascending (as
    /// `build` leaves them: `under` relies on the order) and names entries below `entries`.
    pub(crate) fn from_parts([by_id, by_handle, by_entry_id]: [Vec<u64>; 3], entries: usize) -> Option<Accounts> {
        let valid = |table: &[u64]| table.windows(2).all(|w| w[0] < w[1]) && table.iter().all(|&p| (p as u32 as usize) < entries);
        [&by_id, &by_handle, &by_entry_id].iter().all(|t| valid(t)).then_some(Accounts { by_id, by_handle, by_entry_id })
    }

    /// The first entry whose id (`Entry::id`) this is.
    pub(crate) fn entry_with_id(&self, entries: &[Entry], id: &str) -> Option<usize> {
        under(&self.by_entry_id, hash(id)).find(|&i| entries.get(i).is_some_and(|e| e.id == id))
    }

    /// The entry whose account this is, by numeric id first (stable), then handle.
    pub(crate) fn owner(&self, entries: &[Entry], id: Option<&str>, handle: Option<&str>) -> Option<usize> {
        let has = |i: usize, same: &dyn Fn(&crate::list::Account) -> bool| entries.get(i).is_some_and(|e| e.facebook_accounts().any(same));
        let by_id = id
            .map(str::trim)
            .and_then(|id| under(&self.by_id, hash(id)).find(|&i| has(i, &|a| a.id.as_deref().is_some_and(|a| a.trim() == id))));
        by_id.or_else(|| {
            let handle = normalise_handle(handle?);
            under(&self.by_handle, hash(&handle)).find(|&i| has(i, &|a| a.handle.as_deref().is_some_and(|a| normalise_handle(a) == handle)))
        })
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        (self.by_id.capacity() + self.by_handle.capacity() + self.by_entry_id.capacity()) * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::List;

    fn entries() -> Vec<Entry> {
        let text = r#"{"format": "asli.list.v1", "version": 1, "entries": [
            {"id": "a", "kind": "outlet", "names": ["A"], "accounts": [{"platform": "facebook", "id": "100", "handle": "Hespress"}]},
            {"id": "b", "kind": "outlet", "names": ["B"], "accounts": [{"platform": "facebook", "id": " 100 ", "handle": "@hespress"},
                {"platform": "facebook", "id": "200", "handle": "facebook.com/Other/"}, {"platform": "x", "id": "300"}]}
        ]}"#;
        List::from_json(text).expect("a list").entries
    }

    #[test]
    fn the_first_entry_owns_an_account_two_claim() {
        let entries = entries();
        let accounts = Accounts::build(&entries);
        assert_eq!(accounts.owner(&entries, Some("100"), None), Some(0));
        assert_eq!(accounts.owner(&entries, None, Some("https://www.facebook.com/HESPRESS")), Some(0));
        assert_eq!(accounts.owner(&entries, Some("200 "), Some("hespress")), Some(1), "the id first");
        assert_eq!(accounts.owner(&entries, Some("999"), Some("other")), Some(1), "then the handle");
    }

    #[test]
    fn stored_owners_load_back_and_unordered_or_out_of_range_ones_are_refused() {
        let entries = entries();
        let accounts = Accounts::build(&entries);
        let parts = accounts.parts().map(<[u64]>::to_vec);
        let loaded = Accounts::from_parts(parts.clone(), entries.len()).expect("its own arrays");
        assert_eq!(loaded.owner(&entries, None, Some("other")), Some(1));
        assert_eq!(loaded.entry_with_id(&entries, "b"), Some(1));
        assert!(Accounts::from_parts(parts.clone(), 1).is_none(), "an entry out of range");
        for table in 0..3 {
            let mut unordered = parts.clone();
            unordered[table].reverse();
            assert!(Accounts::from_parts(unordered, entries.len()).is_none(), "out of order");
        }
    }

    #[test]
    fn an_account_on_another_platform_or_unknown_has_no_owner() {
        let entries = entries();
        let accounts = Accounts::build(&entries);
        assert_eq!(accounts.owner(&entries, Some("300"), None), None);
        assert_eq!(accounts.owner(&entries, Some("10"), Some("hespres")), None);
        assert_eq!(accounts.owner(&entries, None, None), None);
    }

    #[test]
    fn an_entry_is_found_by_its_id_the_first_list_first() {
        let mut entries = entries();
        entries.push(entries[1].clone());
        let accounts = Accounts::build(&entries);
        assert_eq!(accounts.entry_with_id(&entries, "a"), Some(0));
        assert_eq!(accounts.entry_with_id(&entries, "b"), Some(1), "the first of two entries with that id");
        assert_eq!(accounts.entry_with_id(&entries, "c"), None);
        assert_eq!(accounts.entry_with_id(&entries[..1], "b"), None, "an entry out of range is no one");
    }
}
