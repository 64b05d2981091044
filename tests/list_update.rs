//! The decision whether a fetched list may replace the one in force: every
//! rejection path, each with its stable code, and the bundled list's signature.

use asli::list::sign::{PublicKey, SecretKey, Signature};
use asli::list::update::{accept_checked, accept_update, Rejection, SignatureCheck, MAX_LIST_BYTES};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

fn test_key() -> SecretKey {
    SecretKey::parse(&read("tests/keys/test.key")).unwrap()
}

fn pinned() -> PublicKey {
    PublicKey::parse(&read("tests/keys/test.pub")).unwrap()
}

/// A valid list with this version.
fn list(version: u64) -> Vec<u8> {
    let text = read("lists/morocco.json");
    let bundled = asli::List::from_json(&text).unwrap().version;
    text.replacen(&format!("\"version\": {bundled}"), &format!("\"version\": {version}"), 1).into_bytes()
}

fn signed(bytes: &[u8]) -> String {
    test_key().sign(bytes).to_file_text()
}

fn code(result: Result<asli::list::update::Accepted, Rejection>) -> &'static str {
    match result {
        Ok(_) => "accepted",
        Err(r) => r.code(),
    }
}

#[test]
fn the_test_key_files_are_a_pair() {
    assert_eq!(test_key().public(), pinned());
}

#[test]
fn a_signed_newer_list_is_accepted() {
    let bytes = list(2026112401);
    let accepted = accept_update(Some(2026112301), &bytes, &signed(&bytes), &pinned()).unwrap();
    assert_eq!(accepted.version, 2026112401);
    assert_eq!(accepted.list.entries.len(), asli::List::from_json(&read("lists/morocco.json")).unwrap().entries.len());
}

#[test]
fn a_first_list_is_accepted_whatever_its_version() {
    let bytes = list(1);
    assert_eq!(code(accept_update(None, &bytes, &signed(&bytes), &pinned())), "accepted");
}

#[test]
fn altered_bytes_are_refused_as_tampered() {
    let bytes = list(2026112401);
    let sig = signed(&bytes);
    let tampered = String::from_utf8(bytes).unwrap().replacen("\"Hespress\"", "\"HespresS\"", 1).into_bytes();
    assert_eq!(code(accept_update(Some(1), &tampered, &sig, &pinned())), "tampered");
}

#[test]
fn a_signature_made_for_another_list_is_refused_as_tampered() {
    let bytes = list(2026112401);
    let sig = signed(&list(2026112402));
    assert_eq!(code(accept_update(Some(1), &bytes, &sig, &pinned())), "tampered");
}

#[test]
fn a_cut_off_download_is_refused_as_truncated() {
    let bytes = list(2026112401);
    let sig = signed(&bytes);
    for cut in [1, bytes.len() / 2, bytes.len() - 3] {
        assert_eq!(code(accept_update(Some(1), &bytes[..cut], &sig, &pinned())), "truncated", "cut at {cut}");
    }
}

#[test]
fn an_older_version_is_refused_as_a_downgrade() {
    let bytes = list(2026112201);
    let r = accept_update(Some(2026112301), &bytes, &signed(&bytes), &pinned());
    assert_eq!(r, Err(Rejection::Downgrade { current: 2026112301, offered: 2026112201 }));
}

#[test]
fn the_same_version_is_refused_as_not_newer() {
    let bytes = list(2026112301);
    assert_eq!(code(accept_update(Some(2026112301), &bytes, &signed(&bytes), &pinned())), "not-newer");
}

#[test]
fn a_list_over_the_size_limit_is_refused_before_anything_else() {
    let bytes = vec![b' '; MAX_LIST_BYTES + 1];
    let r = accept_update(None, &bytes, "not even a signature", &pinned());
    assert_eq!(r, Err(Rejection::TooLarge { size: MAX_LIST_BYTES + 1, limit: MAX_LIST_BYTES }));
}

#[test]
fn a_list_at_the_size_limit_is_not_refused_for_its_size() {
    let mut bytes = list(2026112401);
    bytes.resize(MAX_LIST_BYTES, b' '); // trailing whitespace is still valid JSON
    assert_eq!(code(accept_update(Some(1), &bytes, &signed(&bytes), &pinned())), "accepted");
}

#[test]
fn signed_bytes_that_are_not_json_are_refused_as_malformed() {
    let bytes = b"<html>502 Bad Gateway</html>".to_vec();
    assert_eq!(code(accept_update(None, &bytes, &signed(&bytes), &pinned())), "malformed");
}

#[test]
fn signed_json_that_is_not_a_valid_list_is_refused_as_invalid() {
    let bytes = read("tests/golden/list/invalid.json").into_bytes();
    match accept_update(None, &bytes, &signed(&bytes), &pinned()) {
        Err(Rejection::Invalid(problems)) => assert_eq!(problems.len(), 26),
        other => panic!("{other:?}"),
    }
    let other_format = br#"{"format":"asli.list.v9","version":5,"entries":[]}"#;
    assert_eq!(code(accept_update(None, other_format, &signed(other_format), &pinned())), "invalid");
}

#[test]
fn signed_bytes_that_are_not_utf8_are_refused() {
    let bytes = vec![b'{', 0xff, 0xfe, b'}'];
    assert_eq!(code(accept_update(None, &bytes, &signed(&bytes), &pinned())), "not-utf8");
}

#[test]
fn a_list_signed_with_another_key_is_refused_as_wrong_key() {
    let bytes = list(2026112401);
    let other = SecretKey::from_seed([9; 32]);
    let r = accept_update(Some(1), &bytes, &other.sign(&bytes).to_file_text(), &pinned());
    assert_eq!(code(r.clone()), "wrong-key");
    assert!(r.unwrap_err().to_string().contains(&other.public().to_string()));
}

#[test]
fn another_key_that_does_not_declare_itself_is_still_refused() {
    let bytes = list(2026112401);
    let mut sig = SecretKey::from_seed([9; 32]).sign(&bytes);
    sig.declared_key = None;
    assert_eq!(code(accept_update(Some(1), &bytes, &sig.to_file_text(), &pinned())), "tampered");
}

#[test]
fn a_declared_key_cannot_make_a_bad_signature_pass() {
    // The attacker writes the pinned key into the signature file: still refused.
    let bytes = list(2026112401);
    let mut sig = SecretKey::from_seed([9; 32]).sign(&bytes);
    sig.declared_key = Some(pinned());
    assert_eq!(code(accept_update(Some(1), &bytes, &sig.to_file_text(), &pinned())), "tampered");
}

#[test]
fn an_unreadable_signature_file_is_refused() {
    let bytes = list(2026112401);
    for sig in [
        String::new(),
        "<html>404</html>".to_string(),
        "asli-ed25519-signature:!!!".to_string(),
        "asli-ed25519-signature:AAAA".to_string(),
        read("tests/keys/test.key"),
        format!("{}{}", signed(&bytes), signed(&bytes)),
    ] {
        assert_eq!(code(accept_update(Some(1), &bytes, &sig, &pinned())), "bad-signature-file", "{sig:?}");
    }
}

#[test]
fn rejection_codes_are_stable() {
    let all = [
        Rejection::TooLarge { size: 2, limit: 1 },
        Rejection::BadSignatureFile(String::new()),
        Rejection::WrongKey { declared: String::new(), pinned: String::new() },
        Rejection::Truncated,
        Rejection::Tampered,
        Rejection::NotUtf8,
        Rejection::Malformed(String::new()),
        Rejection::Invalid(vec![]),
        Rejection::Downgrade { current: 2, offered: 1 },
        Rejection::NotNewer { current: 1 },
    ];
    let codes: Vec<_> = all.iter().map(Rejection::code).collect();
    assert_eq!(
        codes,
        [
            "too-large",
            "bad-signature-file",
            "wrong-key",
            "truncated",
            "tampered",
            "not-utf8",
            "malformed",
            "invalid",
            "downgrade",
            "not-newer"
        ]
    );
}

#[test]
fn the_bundled_list_is_signed_with_the_release_key() {
    let key = PublicKey::parse(&read("keys/asli-release.pub")).unwrap();
    let sig = Signature::parse(&read("lists/morocco.json.sig")).unwrap();
    let bytes = std::fs::read(root().join("lists/morocco.json")).unwrap();
    assert!(key.verifies(&bytes, &sig), "lists/morocco.json changed since it was signed: run tools/sign-bundled-list.sh (docs/lists.md)");
    assert_ne!(key, pinned(), "the release key must not be the test key");
}

#[test]
fn the_outcome_is_plain_data_for_the_extension() {
    let bytes = list(2026112401);
    let ok = asli::list::update::UpdateReport::new(&accept_update(Some(1), &bytes, &signed(&bytes), &pinned()));
    assert_eq!(serde_json::to_value(&ok).unwrap(), serde_json::json!({"ok": true, "version": 2026112401u64}));
    let bad = asli::list::update::UpdateReport::new(&accept_update(Some(1), &bytes[..10], &signed(&bytes), &pinned()));
    let json = serde_json::to_value(&bad).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(json["code"], "truncated");
    assert!(json["message"].as_str().unwrap().contains("incomplete"));
}

/// A signature checked by the caller (the public site: the browser's Ed25519)
/// decides as `accept_update`'s own check does: only `Valid` lets a list
/// through, and then every other check still applies; each refusal keeps its code.
#[test]
fn a_signature_checked_by_the_caller_decides_as_the_engines_own() {
    let bytes = list(2026112401);
    let same = |check: SignatureCheck, bytes: &[u8]| code(accept_checked(Some(2026112301), bytes, check));
    assert_eq!(same(SignatureCheck::Valid, &bytes), "accepted");
    assert_eq!(
        accept_checked(None, &bytes, SignatureCheck::Valid).unwrap(),
        accept_update(None, &bytes, &signed(&bytes), &pinned()).unwrap()
    );
    assert_eq!(same(SignatureCheck::Mismatch, &bytes), "tampered");
    assert_eq!(same(SignatureCheck::Mismatch, &bytes[..bytes.len() / 2]), "truncated");
    assert_eq!(same(SignatureCheck::Unreadable("no line".into()), &bytes), "bad-signature-file");
    let wrong = SignatureCheck::WrongKey { declared: "asli-ed25519-public:A".into(), pinned: pinned().to_string() };
    assert_eq!(same(wrong, &bytes), "wrong-key");
    // Valid, yet refused for what the bytes are: older, the same version, too large, not UTF-8, not a list.
    assert_eq!(code(accept_checked(Some(2026112501), &bytes, SignatureCheck::Valid)), "downgrade");
    assert_eq!(code(accept_checked(Some(2026112401), &bytes, SignatureCheck::Valid)), "not-newer");
    assert_eq!(same(SignatureCheck::Valid, &vec![b' '; MAX_LIST_BYTES + 1]), "too-large");
    assert_eq!(same(SignatureCheck::Valid, &[0xff, 0xfe]), "not-utf8");
    assert_eq!(same(SignatureCheck::Valid, b"{}"), "invalid");
}
