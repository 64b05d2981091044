//! `asli list validate`: every problem at once, each with its JSON path and
//! entry id (golden output), and the bundled list passes.

use asli::list::validate::validate;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares with `tests/golden/list/NAME`; `UPDATE_GOLDEN=1` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden/list").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(actual, expected, "output differs from {} (UPDATE_GOLDEN=1 to accept)", path.display());
}

fn asli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_asli")).args(args).current_dir(root()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn bundled_list_is_valid() {
    let text = std::fs::read_to_string(root().join("lists/morocco.json")).unwrap();
    assert_eq!(validate(&text), vec![]);
}

#[test]
fn cli_validate_passes_on_the_bundled_list() {
    let (code, out, err) = asli(&["list", "validate", "lists/morocco.json"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("lists/morocco.json: ok (version "), "{out}");
}

#[test]
fn every_problem_is_reported_at_once_with_path_and_entry_id() {
    let (code, out, err) = asli(&["list", "validate", "tests/golden/list/invalid.json"]);
    assert_eq!(code, 1);
    assert_eq!(err, "asli list validate: 1 of 1 list(s) invalid\n");
    golden("invalid.validate.txt", &out);
}

#[test]
fn problems_carry_the_entry_id_and_path_as_data() {
    let text = std::fs::read_to_string(root().join("tests/golden/list/invalid.json")).unwrap();
    let problems = validate(&text);
    let p = problems.iter().find(|p| p.path == "$.entries[2].accounts[1].id").unwrap();
    assert_eq!(p.entry.as_deref(), Some("ma-good"));
    let json = serde_json::to_value(p).unwrap();
    assert_eq!(json["path"], "$.entries[2].accounts[1].id");
}

#[test]
fn the_same_account_on_two_entries_is_reported_at_the_second() {
    let text = r#"{"format":"asli.list.v1","version":1,"entries":[
        {"id":"a","kind":"outlet","names":["A"],"accounts":[{"platform":"facebook","handle":"Same.Page"}]},
        {"id":"b","kind":"outlet","names":["B"],"accounts":[{"handle":"same.page"}]}]}"#;
    let problems = validate(text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "$.entries[1].accounts[0].handle");
    assert_eq!(problems[0].entry.as_deref(), Some("b"));
    assert!(problems[0].message.contains("entry a"), "{}", problems[0]);
}

#[test]
fn a_cut_off_file_is_one_json_problem() {
    let text = std::fs::read_to_string(root().join("lists/morocco.json")).unwrap();
    // Half the bytes, moved back to a character boundary (the list has Arabic names).
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let problems = validate(&text[..cut]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "$");
    assert!(problems[0].message.starts_with("not valid JSON"));
}

#[test]
fn a_missing_file_is_a_usage_error_not_a_finding() {
    let (code, _, err) = asli(&["list", "validate", "no/such/list.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/list.json"), "{err}");
}

#[test]
fn unknown_fields_are_allowed() {
    let text = r#"{"format":"asli.list.v1","version":1,"homepage":"x","entries":[
        {"id":"a","kind":"outlet","names":["A"],"notes":"n","accounts":[{"id":"123","confidence":"high"}]}]}"#;
    assert_eq!(validate(text), vec![]);
}

#[test]
fn a_version_javascript_cannot_hold_exactly_is_a_problem() {
    let text = r#"{"format":"asli.list.v1","version":9007199254740993,"entries":[]}"#;
    let problems = validate(text);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "$.version");
    let ok = r#"{"format":"asli.list.v1","version":9007199254740991,"entries":[]}"#;
    assert_eq!(validate(ok), vec![]);
}
