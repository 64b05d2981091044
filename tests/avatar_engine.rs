//! The avatar through the engine: a listed logo's hash on a page with an
//! unrelated name gives `impersonation` with reason `avatar-match`; an avatar
//! learned from a verified account (Engine::learn_avatar) is caught the same
//! way where the list carries no hash.

use asli::avatar::{PdqHash, SAME_PICTURE_MAX_DISTANCE};
use asli::{Engine, List, Profile, VerdictKind};

const LOGO: &str = "9643594c1a4b9edb298c794c596fa7b4e78df2db163346b3b8c4584c584da570";

fn list(avatars: &[&str]) -> List {
    let json = serde_json::json!({
        "format": "asli.list.v1", "name": "test", "publisher": "tests", "version": 1,
        "entries": [{
            "id": "test-logo-news", "kind": "outlet", "names": ["Akhbar Test Maghrib"],
            "accounts": [{"platform": "facebook", "id": "100064000000021"}],
            "avatars": avatars, "sources": ["tests"]
        }]
    });
    List::from_json(&json.to_string()).unwrap()
}

/// The logo with `bits` of its bits flipped (a re-saved, resized copy).
fn copy_of_logo(bits: usize) -> String {
    let mut h = PdqHash::from_hex(LOGO).unwrap();
    for k in 0..bits {
        h.0[k / 8] ^= 1 << (k % 8);
    }
    h.to_string()
}

fn page(avatar: &str) -> Profile {
    Profile { id: Some("100088000000031".into()), avatar_pdq: Some(avatar.into()), ..Profile::named("Recettes de Maman") }
}

#[test]
fn a_listed_logo_under_an_unrelated_name_is_impersonation() {
    let engine = Engine::new(&[list(&[LOGO])]);
    let v = engine.check(&page(&copy_of_logo(20)));
    assert_eq!(v.verdict, VerdictKind::Impersonation, "{v:?}");
    assert_eq!(v.entry.as_deref(), Some("test-logo-news"));
    assert!(v.reasons.iter().any(|r| r.code == "avatar-match"), "{v:?}");
}

#[test]
fn a_picture_past_the_same_picture_distance_is_not_a_match() {
    let engine = Engine::new(&[list(&[LOGO])]);
    let far = copy_of_logo(SAME_PICTURE_MAX_DISTANCE as usize + 20);
    let v = engine.check(&page(&far));
    assert_eq!(v.verdict, VerdictKind::Unknown, "{v:?}");
}

#[test]
fn an_avatar_learned_from_the_verified_account_catches_later_copies() {
    let mut engine = Engine::new(&[list(&[])]);
    assert_eq!(engine.check(&page(&copy_of_logo(20))).verdict, VerdictKind::Unknown);
    assert!(engine.learn_avatar("test-logo-news", LOGO));
    assert!(!engine.learn_avatar("test-logo-news", LOGO), "nothing new the second time");
    assert!(!engine.learn_avatar("no-such-entry", LOGO));
    assert!(!engine.learn_avatar("test-logo-news", "not a hash"));
    let v = engine.check(&page(&copy_of_logo(20)));
    assert_eq!(v.verdict, VerdictKind::Impersonation, "{v:?}");
    assert_eq!(v.entry.as_deref(), Some("test-logo-news"));
}
