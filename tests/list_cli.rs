//! `asli list ...` end to end: add then validate, keygen/sign/verify, stats,
//! `--help` everywhere, and the exit codes (0 ok, 1 finding, 2 could not run).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory outside the repository.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("asli-list-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn asli<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_asli")).args(args).current_dir(root()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn copy_bundled(dir: &Path) -> PathBuf {
    let path = dir.join("list.json");
    std::fs::copy(root().join("lists/morocco.json"), &path).unwrap();
    path
}

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

#[test]
fn every_list_subcommand_has_help() {
    for sub in ["validate", "add", "diff", "keygen", "sign", "verify", "stats"] {
        let (code, out, _) = asli(&["list", sub, "--help"]);
        assert_eq!(code, 0, "{sub}");
        assert!(out.contains("Usage: asli list"), "{sub}: {out}");
    }
}

#[test]
fn add_then_validate_round_trips_and_changes_only_what_was_added() {
    let dir = scratch("roundtrip");
    let list = copy_bundled(&dir);
    let (code, out, err) = asli(&[
        "list", "add", "--list", &s(&list), "https://m.facebook.com/profile.php?id=100064123456789",
        "--entry", "ma-dgsn", "--source", "https://dgsn.gov.ma (footer link)", "--created", "2012-05-01", "--bump",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("~ entry ma-dgsn\n    + account facebook id 100064123456789 created 2012-05-01\n"), "{out}");
    let (code, out, _) = asli(&["list", "validate", &s(&list)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(", 45 entries)"), "{out}");
    let bumped = asli::List::from_json(&std::fs::read_to_string(&list).unwrap()).unwrap().version;
    assert!(bumped > 2026112301, "--bump raises the version: {bumped}");
    // Everything else is byte for byte what it was: the tool rewrites in the bundled list's own form.
    let before = std::fs::read_to_string(root().join("lists/morocco.json")).unwrap();
    let mut after = asli::List::from_json(&std::fs::read_to_string(&list).unwrap()).unwrap();
    let dgsn = after.entries.iter_mut().find(|e| e.id == "ma-dgsn").unwrap();
    assert_eq!(dgsn.accounts.pop().unwrap().id.as_deref(), Some("100064123456789"));
    assert_eq!(dgsn.sources.pop().as_deref(), Some("https://dgsn.gov.ma (footer link)"));
    after.version = 2026112301;
    assert!(after.to_file_text() == before, "rewriting changed more than the addition");
}

#[test]
fn add_creates_a_new_entry_and_a_new_list() {
    let dir = scratch("newlist");
    let list = dir.join("newsroom.json");
    let (code, out, err) = asli(&[
        "list", "add", "--list", &s(&list), "https://www.facebook.com/pages/Le-Desk/123456789012345",
        "--entry", "ma-ledesk", "--kind", "outlet", "--name", "Le Desk", "--name", "لوديسك", "--country", "MA",
        "--website", "ledesk.ma", "--source", "https://ledesk.ma (fb:pages meta tag)",
        "--list-name", "Le Desk staff", "--publisher", "Le Desk",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("+ entry ma-ledesk (outlet, MA)"), "{out}");
    let (code, out, _) = asli(&["list", "validate", &s(&list)]);
    assert_eq!(code, 0, "{out}");
    // A second add by handle, names only, reaches the same entry through --entry.
    let (code, out, err) =
        asli(&["list", "add", "--list", &s(&list), "@LeDesk.ma", "--entry", "ma-ledesk", "--source", "https://ledesk.ma"]);
    assert_eq!(code, 0, "{out}{err}");
    // And now the handle alone finds its entry.
    let (code, out, err) = asli(&["list", "add", "--list", &s(&list), "ledesk.ma", "--name", "LeDesk"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("~ entry ma-ledesk\n    + name \"LeDesk\""), "{out}");
}

#[test]
fn add_refuses_an_account_already_on_another_entry() {
    let dir = scratch("taken");
    let list = copy_bundled(&dir);
    let (code, _, err) = asli(&["list", "add", "--list", &s(&list), "https://web.facebook.com/Hespress", "--entry", "ma-le360"]);
    assert_eq!(code, 2);
    assert!(err.contains("already on the list, in entry ma-hespress, not ma-le360"), "{err}");
}

#[test]
fn add_refuses_a_new_account_without_a_source() {
    let dir = scratch("nosource");
    let list = copy_bundled(&dir);
    let (code, _, err) = asli(&["list", "add", "--list", &s(&list), "123456789", "--entry", "ma-2m"]);
    assert_eq!(code, 2);
    assert!(err.contains("--source"), "{err}");
}

#[test]
fn add_refuses_what_validation_would_refuse_and_writes_nothing() {
    let dir = scratch("badid");
    let list = copy_bundled(&dir);
    let before = std::fs::read(&list).unwrap();
    let (code, out, _) = asli(&[
        "list", "add", "--list", &s(&list), "SomePage", "--entry", "Bad Id", "--kind", "outlet", "--name", "X",
        "--source", "x",
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("$.entries[45].id: \"Bad Id\" is not a valid entry id"), "{out}");
    assert_eq!(std::fs::read(&list).unwrap(), before);
}

#[test]
fn add_refuses_an_address_that_is_not_a_page() {
    let dir = scratch("group");
    let list = copy_bundled(&dir);
    let (code, _, err) = asli(&["list", "add", "--list", &s(&list), "https://www.facebook.com/groups/123", "--entry", "ma-2m"]);
    assert_eq!(code, 2);
    assert!(err.contains("a group, not a page or profile"), "{err}");
}

#[test]
fn keygen_sign_verify_round_trip() {
    let dir = scratch("keys");
    let (secret, public) = (dir.join("k.key"), dir.join("k.pub"));
    let (code, out, err) = asli(&["list", "keygen", "--secret", &s(&secret), "--public", &s(&public)]);
    assert_eq!(code, 0, "{out}{err}");
    let list = copy_bundled(&dir);
    let (code, out, err) = asli(&["list", "sign", "--key", &s(&secret), &s(&list)]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = asli(&["list", "verify", "--key", &s(&public), &s(&list)]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("good signature"), "{out}");
    // The key line itself works as well as the file.
    let line = std::fs::read_to_string(&public).unwrap().lines().last().unwrap().to_string();
    assert_eq!(asli(&["list", "verify", "--key", &line, &s(&list)]).0, 0);
    // As an update over the version in force: refused.
    let (code, _, err) = asli(&["list", "verify", "--key", &s(&public), &s(&list), "--newer-than", "2026112301"]);
    assert_eq!(code, 1);
    assert!(err.contains("[not-newer]"), "{err}");
    // Another key: refused, and said so.
    let (code, _, err) = asli(&["list", "verify", "--key", "tests/keys/test.pub", &s(&list)]);
    assert_eq!(code, 1);
    assert!(err.contains("[wrong-key]"), "{err}");
    // One byte changed: refused.
    let text = std::fs::read_to_string(&list).unwrap().replacen("Hespress", "Hespres5", 1);
    std::fs::write(&list, text).unwrap();
    let (code, _, err) = asli(&["list", "verify", "--key", &s(&public), &s(&list)]);
    assert_eq!(code, 1);
    assert!(err.contains("[tampered]"), "{err}");
}

#[test]
fn keygen_refuses_to_overwrite_a_key() {
    let dir = scratch("overwrite");
    let secret = dir.join("k.key");
    assert_eq!(asli(&["list", "keygen", "--secret", &s(&secret)]).0, 0);
    let (code, _, err) = asli(&["list", "keygen", "--secret", &s(&secret)]);
    assert_eq!(code, 2);
    assert!(err.contains("refusing to overwrite"), "{err}");
}

#[test]
fn keygen_refuses_a_secret_key_inside_a_repository() {
    let (code, _, err) = asli(&["list", "keygen", "--secret", "keys/oops.key"]);
    assert_eq!(code, 2);
    assert!(err.contains("must never enter a repository"), "{err}");
    assert!(!root().join("keys/oops.key").exists());
}

#[test]
fn sign_refuses_an_invalid_list() {
    let dir = scratch("signinvalid");
    let (code, out, _) = asli(&["list", "sign", "--key", "tests/keys/test.key", "tests/golden/list/invalid.json", "--out", &s(&dir.join("x.sig"))]);
    assert_eq!(code, 1);
    assert!(out.contains("$.version"), "{out}");
    assert!(!dir.join("x.sig").exists());
}

#[test]
fn verify_refuses_a_secret_key_in_place_of_the_public_one() {
    let (code, _, err) = asli(&["list", "verify", "--key", "tests/keys/test.key", "lists/morocco.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("SECRET key"), "{err}");
}

#[test]
fn the_bundled_list_verifies_with_the_release_key() {
    let (code, out, err) = asli(&["list", "verify", "--key", "keys/asli-release.pub", "lists/morocco.json"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn stats_counts_the_bundled_list() {
    let (code, out, _) = asli(&["list", "stats", "lists/morocco.json"]);
    assert_eq!(code, 0);
    assert!(out.contains("entries: 45 (institution 10, official 3, outlet 32)"), "{out}");
    let (code, out, _) = asli(&["list", "stats", "--json", "lists/morocco.json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["entries"], 45);
    assert_eq!(json["by_country"]["MA"], 35);
}

#[test]
fn add_names_to_an_entry_with_no_known_account() {
    let dir = scratch("namesonly");
    let list = copy_bundled(&dir);
    let (code, out, err) = asli(&["list", "add", "--list", &s(&list), "--entry", "ma-dgst", "--name", "DGST Maroc"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("~ entry ma-dgst\n    + name \"DGST Maroc\"\n"), "{out}");
    let (code, _, err) = asli(&["list", "add", "--list", &s(&list), "--name", "Orphan"]);
    assert_eq!(code, 2);
    assert!(err.contains("--entry"), "{err}");
}
