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

/// The bundled list as committed (its counts change with every release).
fn bundled() -> asli::List {
    asli::List::from_json(&std::fs::read_to_string(root().join("lists/morocco.json")).unwrap()).unwrap()
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
        "list",
        "add",
        "--list",
        &s(&list),
        "https://m.facebook.com/profile.php?id=100064123456789",
        "--entry",
        "ma-dgsn",
        "--source",
        "https://dgsn.gov.ma (footer link)",
        "--created",
        "2012-05-01",
        "--bump",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("~ entry ma-dgsn\n    + account facebook id 100064123456789 created 2012-05-01\n"), "{out}");
    let (code, out, _) = asli(&["list", "validate", &s(&list)]);
    assert_eq!(code, 0, "{out}");
    let original = bundled();
    assert!(out.contains(&format!(", {} entries)", original.entries.len())), "{out}");
    let bumped = asli::List::from_json(&std::fs::read_to_string(&list).unwrap()).unwrap().version;
    assert!(bumped > original.version, "--bump raises the version: {bumped}");
    // Everything else is byte for byte what it was: the tool rewrites in the bundled list's own form.
    let before = std::fs::read_to_string(root().join("lists/morocco.json")).unwrap();
    let mut after = asli::List::from_json(&std::fs::read_to_string(&list).unwrap()).unwrap();
    let dgsn = after.entries.iter_mut().find(|e| e.id == "ma-dgsn").unwrap();
    assert_eq!(dgsn.accounts.pop().unwrap().id.as_deref(), Some("100064123456789"));
    assert_eq!(dgsn.sources.pop().as_deref(), Some("https://dgsn.gov.ma (footer link)"));
    after.version = original.version;
    assert!(after.to_file_text() == before, "rewriting changed more than the addition");
}

#[test]
fn add_creates_a_new_entry_and_a_new_list() {
    let dir = scratch("newlist");
    let list = dir.join("newsroom.json");
    let (code, out, err) = asli(&[
        "list",
        "add",
        "--list",
        &s(&list),
        "https://www.facebook.com/pages/Le-Desk/123456789012345",
        "--entry",
        "ma-ledesk",
        "--kind",
        "outlet",
        "--name",
        "Le Desk",
        "--name",
        "لوديسك",
        "--country",
        "MA",
        "--website",
        "ledesk.ma",
        "--source",
        "https://ledesk.ma (fb:pages meta tag)",
        "--list-name",
        "Le Desk staff",
        "--publisher",
        "Le Desk",
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
fn add_sets_and_removes_the_signed_expires_date_and_validate_checks_it() {
    let dir = scratch("expires");
    let list = copy_bundled(&dir);
    let (code, out, err) = asli(&["list", "add", "--list", &s(&list), "--expires", "2027-01-31", "--bump"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("expires"), "{out}");
    let written = asli::List::from_json(&std::fs::read_to_string(&list).unwrap()).unwrap();
    assert_eq!(written.expires(), Some("2027-01-31"));
    assert_eq!(written.entries, bundled().entries, "only the date and the version change");
    assert_eq!(asli(&["list", "validate", &s(&list)]).0, 0);
    let (code, _, err) = asli(&["list", "add", "--list", &s(&list), "--expires", "2027-02-30"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--expires"), "{err}");
    assert_eq!(asli(&["list", "add", "--list", &s(&list), "--expires", "none"]).0, 0);
    assert_eq!(asli::List::from_json(&std::fs::read_to_string(&list).unwrap()).unwrap().expires(), None);
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"format": "asli.list.v1", "version": 1, "expires": "soon", "entries": []}"#).unwrap();
    let (code, out, _) = asli(&["list", "validate", &s(&bad)]);
    assert_eq!(code, 1);
    assert!(out.contains("$.expires"), "{out}");
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
    let (code, out, _) =
        asli(&["list", "add", "--list", &s(&list), "SomePage", "--entry", "Bad Id", "--kind", "outlet", "--name", "X", "--source", "x"]);
    assert_eq!(code, 1);
    let at = bundled().entries.len();
    assert!(out.contains(&format!("$.entries[{at}].id: \"Bad Id\" is not a valid entry id")), "{out}");
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
    let version = bundled().version.to_string();
    let (code, _, err) = asli(&["list", "verify", "--key", &s(&public), &s(&list), "--newer-than", &version]);
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
    let (code, out, _) =
        asli(&["list", "sign", "--key", "tests/keys/test.key", "tests/golden/list/invalid.json", "--out", &s(&dir.join("x.sig"))]);
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
    let list = bundled();
    let count = |kind: &str| list.entries.iter().filter(|e| serde_json::to_value(e.kind).unwrap() == kind).count();
    let (code, out, _) = asli(&["list", "stats", "lists/morocco.json"]);
    assert_eq!(code, 0);
    let line = format!(
        "entries: {} (institution {}, official {}, outlet {})",
        list.entries.len(),
        count("institution"),
        count("official"),
        count("outlet")
    );
    assert!(out.contains(&line), "{out}");
    let (code, out, _) = asli(&["list", "stats", "--json", "lists/morocco.json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["entries"], list.entries.len());
    let moroccan = list.entries.iter().filter(|e| e.country.as_deref() == Some("MA")).count();
    assert_eq!(json["by_country"]["MA"], moroccan);
    assert!(json.get("evidence_before").is_none(), "only with --evidence-before");
}

#[test]
fn every_account_of_the_bundled_list_has_evidence_with_a_confidence() {
    let (code, out, _) = asli(&["list", "stats", "--json", "lists/morocco.json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["without_evidence"], serde_json::json!([]), "{out}");
    let by_confidence = json["accounts_by_confidence"].as_object().unwrap();
    assert!(by_confidence.keys().all(|c| ["high", "medium", "low"].contains(&c.as_str())), "{by_confidence:?}");
}

/// A small list whose evidence has every shape stats reads: an account's own
/// sources with a partial date, an entry's sources, no evidence, no account.
const EVIDENCE_LIST: &str = r#"{"format": "asli.list.v1", "version": 5, "entries": [
  {"id": "ma-old", "kind": "outlet", "names": ["Old"], "country": "MA", "accounts": [
    {"platform": "facebook", "id": "111", "confidence": "high", "seen": "2018-03", "sources": ["its site, 2018"]},
    {"platform": "facebook", "handle": "Old.New", "confidence": "low", "seen": "2025-06-01", "sources": ["a test fixture"]}]},
  {"id": "ma-entry-sourced", "kind": "institution", "names": ["Entry"], "accounts": [{"platform": "facebook", "id": "222"}],
   "sources": ["its site"]},
  {"id": "ma-bare", "kind": "official", "names": ["Bare"], "accounts": [{"platform": "facebook", "handle": "Bare.Page"}]},
  {"id": "ma-name-only", "kind": "official", "names": ["Name Only"]}
]}"#;

#[test]
fn stats_reports_entries_without_an_account_or_evidence() {
    let dir = scratch("stats-evidence");
    let list = dir.join("list.json");
    std::fs::write(&list, EVIDENCE_LIST).unwrap();
    let (code, out, err) = asli(&["list", "stats", &s(&list)]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("accounts by confidence: - 2, high 1, low 1\n"), "{out}");
    assert!(out.contains("without a known account: 1\n  ma-name-only\n"), "{out}");
    assert!(out.contains("with an account but no evidence: 1\n  ma-bare\n"), "{out}");
    assert!(!out.contains("evidence older than"), "{out}");
    let (code, out, _) = asli(&["list", "stats", "--json", &s(&list)]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["without_account"], serde_json::json!(["ma-name-only"]));
    assert_eq!(json["without_evidence"], serde_json::json!(["ma-bare"]));
}

#[test]
fn stats_lists_accounts_whose_evidence_is_older_than_a_date() {
    let dir = scratch("stats-before");
    let list = dir.join("list.json");
    std::fs::write(&list, EVIDENCE_LIST).unwrap();
    let (code, out, err) = asli(&["list", "stats", &s(&list), "--evidence-before", "2020-01-01"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("accounts with evidence older than 2020-01-01: 1\n  ma-old facebook id 111 (seen 2018-03, high)\n"), "{out}");
    assert!(
        out.contains("accounts whose evidence has no date: 2\n  ma-entry-sourced facebook id 222\n  ma-bare facebook handle Bare.Page\n"),
        "{out}"
    );
    // A month counts from its first day: March 2018 is not older than 2018-03-01, but may be older than the 2nd.
    let (_, out, _) = asli(&["list", "stats", &s(&list), "--evidence-before", "2018-03-01"]);
    assert!(out.contains("accounts with evidence older than 2018-03-01: 0\n"), "{out}");
    let (_, out, _) = asli(&["list", "stats", &s(&list), "--evidence-before", "2018-03-02"]);
    assert!(out.contains("older than 2018-03-02: 1\n"), "{out}");
    let (code, out, _) = asli(&["list", "stats", "--json", &s(&list), "--evidence-before", "2026-01-01"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let older = &json["evidence_before"]["older"];
    assert_eq!(older.as_array().unwrap().len(), 2, "{out}");
    assert_eq!(
        older[1],
        serde_json::json!({"entry": "ma-old", "account": "facebook handle Old.New", "seen": "2025-06-01", "confidence": "low"})
    );
    assert_eq!(json["evidence_before"]["undated"].as_array().unwrap().len(), 2);
}

#[test]
fn stats_refuses_a_date_that_is_not_one() {
    let (code, _, err) = asli(&["list", "stats", "lists/morocco.json", "--evidence-before", "2018-13-01"]);
    assert_eq!(code, 2);
    assert!(err.contains("--evidence-before \"2018-13-01\": must be an ISO date YYYY-MM-DD"), "{err}");
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

#[test]
fn stats_read_by_a_reader_that_stops_early_is_no_failure() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_asli"))
        .args(["list", "stats", "lists/morocco.json"])
        .current_dir(root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader is gone before anything is written, as `| head` is once it has its lines.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(status.success() && !err.contains("panicked"), "{status:?} {err}");
}
