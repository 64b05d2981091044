//! The `asli check` contract (`docs/spec.md` §2), pinned from the outside: the real
//! binary, JSON Lines on stdin, one verdict per line on stdout, in order.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

const LIST_A: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lists/check-a.json");
const LIST_B: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lists/check-b.json");

struct Run {
    status: std::process::ExitStatus,
    lines: Vec<Value>,
    stderr: String,
}

fn check(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_asli"))
        .arg("check")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("asli runs");
    // Written from a thread: asli may stop reading early (a bad --list), and a
    // large input must not fill the pipe while nobody reads stdout.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_owned();
    let writer = std::thread::spawn(move || match pipe.write_all(input.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.expect("stdin is written"),
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let lines = stdout.lines().map(|l| serde_json::from_str(l).expect("every output line is JSON")).collect();
    Run { status: out.status, lines, stderr: String::from_utf8_lossy(&out.stderr).into_owned() }
}

fn verdict(v: &Value) -> &str {
    v["verdict"].as_str().expect("verdict is a string")
}

#[test]
fn one_verdict_per_line_in_input_order() {
    let input = [
        r#"{"name": "Nintendo", "id": "119240841493711"}"#,
        r#"{"name": "Some bakery in Fes"}"#,
        r#"{"name": "Nintendo", "id": "999"}"#,
        r#"{"name": "Someone else", "handle": "NINTENDO"}"#,
    ]
    .join("\n");
    let run = check(&["--list", LIST_A], &input);
    assert!(run.status.success(), "{}", run.stderr);
    let got: Vec<&str> = run.lines.iter().map(verdict).collect();
    assert_eq!(got, ["verified", "unknown", "impersonation", "verified"]);
    assert_eq!(run.lines[0]["entry"], "test-nintendo");
    assert_eq!(run.lines[1]["entry"], Value::Null);
    assert_eq!(run.lines[2]["entry"], "test-nintendo");
}

#[test]
fn verdicts_carry_score_and_reasons() {
    let run = check(&["--list", LIST_A], r#"{"name": "Nintendo", "id": "5"}"#);
    let v = &run.lines[0];
    let score = v["score"].as_f64().expect("score is a number");
    assert!((0.0..=1.0).contains(&score));
    let reasons = v["reasons"].as_array().expect("reasons is an array");
    assert!(!reasons.is_empty());
    assert!(reasons.iter().all(|r| r["code"].is_string() && r["detail"].is_string()));
}

#[test]
fn a_bad_line_gets_an_error_verdict_and_the_run_goes_on() {
    let input = "not json\n{\"id\": \"1\"}\n{\"name\": 42}\n[]\n{\"name\": \"Nintendo\", \"id\": \"119240841493711\"}\n";
    let run = check(&["--list", LIST_A], input);
    assert!(run.status.success());
    assert_eq!(run.lines.len(), 5);
    for bad in &run.lines[..4] {
        assert_eq!(verdict(bad), "error");
        assert!(!bad["error"].as_str().unwrap().is_empty());
    }
    assert_eq!(verdict(&run.lines[4]), "verified");
}

#[test]
fn unknown_profile_fields_are_ignored() {
    let run = check(&["--list", LIST_A], r#"{"name": "Nintendo", "id": "119240841493711", "colour": "red", "followers": 10}"#);
    assert_eq!(verdict(&run.lines[0]), "verified");
}

#[test]
fn without_list_the_bundled_list_is_used() {
    let input = "{\"name\": \"Hespress\", \"handle\": \"hespress\"}\n{\"name\": \"Nintendo\", \"id\": \"119240841493711\"}\n";
    let run = check(&[], input);
    assert!(run.status.success(), "{}", run.stderr);
    assert_eq!(verdict(&run.lines[0]), "verified");
    assert_eq!(run.lines[0]["entry"], "ma-hespress");
    assert_eq!(verdict(&run.lines[1]), "unknown", "Nintendo is not on the bundled list");
}

#[test]
fn several_lists_are_in_force_together() {
    let input = "{\"name\": \"Nintendo\", \"id\": \"119240841493711\"}\n{\"name\": \"x\", \"id\": \"2222222222\"}\n";
    let run = check(&["--list", LIST_A, "--list", LIST_B], input);
    let entries: Vec<&Value> = run.lines.iter().map(|v| &v["entry"]).collect();
    assert_eq!(entries, [&Value::from("test-nintendo"), &Value::from("test-sabah")]);
    assert!(run.lines.iter().all(|v| verdict(v) == "verified"));
}

#[test]
fn an_unreadable_list_is_a_clear_error_before_any_input_is_read() {
    let run = check(&["--list", "/nonexistent/list.json"], "{\"name\": \"x\"}\n");
    assert!(!run.status.success());
    assert!(run.stderr.contains("/nonexistent/list.json"), "{}", run.stderr);
    assert!(run.lines.is_empty());
}

#[test]
fn a_list_in_another_format_is_refused() {
    let dir = std::env::temp_dir().join(format!("asli-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v2.json");
    std::fs::write(&path, r#"{"format": "asli.list.v2", "version": 1, "entries": []}"#).unwrap();
    let run = check(&["--list", path.to_str().unwrap()], "{\"name\": \"x\"}\n");
    assert!(!run.status.success());
    assert!(run.stderr.contains("asli.list.v1"), "{}", run.stderr);
}

#[test]
fn empty_input_gives_empty_output() {
    let run = check(&["--list", LIST_A], "");
    assert!(run.status.success());
    assert!(run.lines.is_empty());
}

#[test]
fn a_hostile_hundred_kilobyte_name_gets_a_verdict() {
    let name = format!("<script>alert(1)</script>\u{202e}{}", "Nintendo ".repeat(12_000));
    let line = serde_json::json!({ "name": name }).to_string();
    let run = check(&["--list", LIST_A], &line);
    assert!(run.status.success());
    assert_eq!(run.lines.len(), 1);
    assert_ne!(verdict(&run.lines[0]), "error");
}

#[test]
fn help_describes_the_command() {
    let out = Command::new(env!("CARGO_BIN_EXE_asli")).args(["check", "--help"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--list"));
}
