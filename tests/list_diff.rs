//! `asli list diff OLD NEW`: the reviewer's text (golden), and its edge cases.

use asli::list::diff::diff;
use asli::List;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden/list").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(actual, expected, "output differs from {} (UPDATE_GOLDEN=1 to accept)", path.display());
}

fn load(name: &str) -> List {
    List::from_json(&std::fs::read_to_string(root().join("tests/golden/list").join(name)).unwrap()).unwrap()
}

#[test]
fn diff_shows_entries_accounts_names_and_fields_changed() {
    let out = Command::new(env!("CARGO_BIN_EXE_asli"))
        .args(["list", "diff", "tests/golden/list/old.json", "tests/golden/list/new.json"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success());
    golden("old-new.diff.txt", &String::from_utf8(out.stdout).unwrap());
}

#[test]
fn diff_as_data_matches_entries_by_id_and_accounts_by_id() {
    let d = diff(&load("old.json"), &load("new.json"));
    assert_eq!(d.added.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["ma-new"]);
    assert_eq!(d.removed.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["ma-gone"]);
    assert_eq!(d.changed.len(), 1);
    let c = &d.changed[0];
    assert_eq!(c.accounts_changed.len(), 1, "same id, new handle: one changed account");
    assert_eq!(c.accounts_changed[0].1.handle.as_deref(), Some("KeptNew"));
    assert_eq!(c.names_removed, ["كيبت"]);
}

#[test]
fn diff_warns_when_the_version_goes_down() {
    let text = diff(&load("new.json"), &load("old.json")).to_string();
    assert!(text.starts_with("version: 2026112401 -> 2026112301  WARNING: it went down"), "{text}");
}

#[test]
fn diff_of_a_list_with_itself_is_no_change() {
    let l = load("old.json");
    assert_eq!(diff(&l, &l).to_string(), "no change (version 2026112301, 3 entries)\n");
}

#[test]
fn diff_warns_when_content_changes_but_version_does_not() {
    let old = load("old.json");
    let mut new = old.clone();
    new.entries[0].names.push("Another".into());
    let text = diff(&old, &new).to_string();
    assert!(text.contains("WARNING: unchanged; subscribers will ignore this list"), "{text}");
    assert!(text.contains("    + name \"Another\""), "{text}");
}
