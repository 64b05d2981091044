//! One list of reason codes: the engine's enum, `docs/reasons.md`, the
//! banner's `KNOWN_REASONS` and the ar/fr/en locales name the same codes, so a
//! reader never sees a code the extension cannot put into words.

use asli::verdict::ReasonCode;
use std::collections::BTreeSet;

fn repo_file(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn engine_codes() -> BTreeSet<String> {
    ReasonCode::ALL.iter().map(|c| c.as_str().to_string()).collect()
}

#[test]
fn the_reasons_page_documents_every_code_and_no_other() {
    let doc = repo_file("docs/reasons.md");
    let documented: BTreeSet<String> =
        doc.lines().filter_map(|l| l.strip_prefix("| `")).filter_map(|l| l.split_once('`').map(|(code, _)| code.to_string())).collect();
    assert_eq!(documented, engine_codes());
}

#[test]
fn the_banner_knows_every_code_and_no_other() {
    let banner = repo_file("extension/ui/banner.js");
    let start = banner.find("KNOWN_REASONS = [").expect("banner.js declares KNOWN_REASONS");
    let list = &banner[start..start + banner[start..].find("];").expect("the list ends")];
    let known: BTreeSet<String> = list.split('\'').skip(1).step_by(2).map(str::to_string).collect();
    assert_eq!(known, engine_codes());
}

#[test]
fn every_locale_words_every_code() {
    for lang in ["ar", "fr", "en"] {
        let messages: serde_json::Value = serde_json::from_str(&repo_file(&format!("extension/_locales/{lang}/messages.json"))).unwrap();
        for code in engine_codes() {
            let key = format!("reason_{}", code.replace('-', "_"));
            assert!(messages.get(&key).and_then(|m| m["message"].as_str()).is_some_and(|m| !m.is_empty()), "{lang}: no {key}");
        }
    }
}

#[test]
fn codes_are_written_in_verdicts_as_documented() {
    for code in ReasonCode::ALL {
        let json = serde_json::to_value(code).unwrap();
        assert_eq!(json.as_str(), Some(code.as_str()));
    }
}
