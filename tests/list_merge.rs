//! Several lists in force: the first list wins, and every disagreement is
//! reported as data for the options page.

use asli::list::merge::{merge, Claim, ConflictKind};
use asli::List;

fn list(entries: &str) -> List {
    List::from_json(&format!(r#"{{"format":"asli.list.v1","version":1,"entries":[{entries}]}}"#)).unwrap()
}

#[test]
fn the_first_list_wins_an_account_claimed_by_two_entries() {
    let org = list(r#"{"id":"org-desk","kind":"outlet","names":["Desk"],"accounts":[{"id":"123"}]}"#);
    let bundled = list(r#"{"id":"ma-paper","kind":"outlet","names":["Paper"],"accounts":[{"id":"123"},{"id":"456"}]}"#);
    let m = merge(&[("newsroom", &org), ("bundled", &bundled)]);
    assert_eq!(m.entries.len(), 2);
    assert_eq!(m.entries[0].accounts.len(), 1);
    // The loser keeps its names and its other accounts, not the disputed one.
    assert_eq!(m.entries[1].id, "ma-paper");
    assert_eq!(m.entries[1].accounts.iter().map(|a| a.id.as_deref().unwrap()).collect::<Vec<_>>(), ["456"]);
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(c.code, ConflictKind::AccountClaimed);
    assert_eq!(c.account.as_deref(), Some("facebook id 123"));
    assert_eq!(c.kept, Claim { list: "newsroom".into(), entry: "org-desk".into() });
    assert_eq!(c.dropped, Claim { list: "bundled".into(), entry: "ma-paper".into() });
    assert_eq!(c.to_string(), "facebook id 123 is org-desk in newsroom and ma-paper in bundled: kept as org-desk");
}

#[test]
fn swapping_the_order_swaps_the_winner() {
    let a = list(r#"{"id":"a","kind":"outlet","names":["A"],"accounts":[{"handle":"Shared.Page"}]}"#);
    let b = list(r#"{"id":"b","kind":"outlet","names":["B"],"accounts":[{"handle":"shared.page"}]}"#);
    let ab = merge(&[("a", &a), ("b", &b)]);
    let ba = merge(&[("b", &b), ("a", &a)]);
    assert_eq!(ab.conflicts[0].kept.entry, "a");
    assert_eq!(ba.conflicts[0].kept.entry, "b");
    assert_eq!(ab.conflicts[0].account.as_deref(), Some("facebook handle shared.page"), "handles compare case-insensitively");
}

#[test]
fn an_entry_id_defined_differently_by_two_lists_keeps_the_first() {
    let sub = list(r#"{"id":"ma-x","kind":"outlet","names":["X"],"accounts":[{"id":"1"}]}"#);
    let bundled = list(r#"{"id":"ma-x","kind":"outlet","names":["X","Old X"],"accounts":[{"id":"2"}]}"#);
    let m = merge(&[("subscription", &sub), ("bundled", &bundled)]);
    assert_eq!(m.entries.len(), 1);
    assert_eq!(m.entries[0].names, ["X"]);
    assert_eq!(m.origin, [0]);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].code, ConflictKind::EntryReplaced);
    assert_eq!(m.conflicts[0].dropped.list, "bundled");
}

#[test]
fn the_same_entry_in_two_lists_is_not_a_conflict() {
    let a = list(r#"{"id":"ma-x","kind":"outlet","names":["X"],"accounts":[{"id":"1"}]}"#);
    let m = merge(&[("one", &a), ("two", &a.clone())]);
    assert_eq!(m.entries.len(), 1);
    assert!(m.conflicts.is_empty());
}

#[test]
fn an_account_known_by_id_in_one_list_and_id_and_handle_in_another_is_one_account() {
    let a = list(r#"{"id":"a","kind":"outlet","names":["A"],"accounts":[{"handle":"APage"}]}"#);
    let b = list(r#"{"id":"b","kind":"outlet","names":["B"],"accounts":[{"id":"77","handle":"apage"}]}"#);
    let m = merge(&[("a", &a), ("b", &b)]);
    assert!(m.entries[1].accounts.is_empty());
    assert_eq!(m.conflicts.len(), 1);
}

#[test]
fn conflicts_serialize_for_the_options_page() {
    let a = list(r#"{"id":"a","kind":"outlet","names":["A"],"accounts":[{"id":"9"}]}"#);
    let b = list(r#"{"id":"b","kind":"outlet","names":["B"],"accounts":[{"id":"9"}]}"#);
    let m = merge(&[("imported", &a), ("bundled", &b)]);
    let json = serde_json::to_value(&m.conflicts).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{"code": "account-claimed", "account": "facebook id 9",
            "kept": {"list": "imported", "entry": "a"}, "dropped": {"list": "bundled", "entry": "b"}}])
    );
}

#[test]
fn the_bundled_list_merged_with_itself_has_no_conflict() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/lists/morocco.json")).unwrap();
    let l = List::from_json(&text).unwrap();
    let m = merge(&[("bundled", &l), ("copy", &l)]);
    assert_eq!(m.entries.len(), l.entries.len());
    assert!(m.conflicts.is_empty());
    assert_eq!(m.entries, l.entries);
}
