//! The development sets, written by independent writers who never read the
//! matcher, and looked at case by case while tuning (unlike the held-out
//! set): `tests/devset/` (other entities, every family), `tests/devset2/`
//! (the bundled list, the hardest families), `tests/devset3/` (a third
//! writer's entities, the hardest families and near innocents),
//! `tests/devset4/` (a fourth writer's entities: the other script, Arabizi,
//! combinations, abbreviations), `tests/innocents/` (innocent names against both lists),
//! `tests/devset5/` (a fifth writer's entities), which is kept blind:
//! only its aggregates are read, no rule is tuned on its cases, and
//! `tests/devset6/` (a sixth writer's entities, hard innocents) and
//! `tests/devset7/` (a seventh writer's entities, weighted toward the other
//! script, Arabizi and combinations) and `tests/devset8/` (an eighth
//! writer's: clubs, banks, artists; criticism pages among the innocents). These tests only guard against regressions:
//! they print recall and false alarms per family and fail below the floors
//! measured when the sets were last scored (raise them as the matcher
//! improves). `tools/devset/score.py`, `tools/devset2/score.py` and
//! `tools/innocents/score.py` give the same numbers through `asli check`.

use asli::{Engine, List, Profile, VerdictKind};
use std::collections::BTreeMap;

const BUNDLED: &str = include_str!("../lists/morocco.json");
const DEVSET_LIST: &str = include_str!("devset/list.json");
const DEVSET3_LIST: &str = include_str!("devset3/list.json");
const DEVSET4_LIST: &str = include_str!("devset4/list.json");
const DEVSET5_LIST: &str = include_str!("devset5/list.json");
const DEVSET6_LIST: &str = include_str!("devset6/list.json");
const DEVSET7_LIST: &str = include_str!("devset7/list.json");
const DEVSET8_LIST: &str = include_str!("devset8/list.json");

struct Score {
    recall: f64,
    false_alarms: f64,
    verified: (usize, usize),
}

/// Scores a set's cases (one JSON object per line: `family`, `expect`
/// alarm/quiet/verified, `profile`, and optionally `list`: "bundled",
/// "devset", "devset3" to "devset8", else `default_list`).
fn score(name: &str, cases: &str, default_list: &str) -> Score {
    let bundled = Engine::new(&[List::from_json(BUNDLED).expect("the bundled list")]);
    let devset = Engine::new(&[List::from_json(DEVSET_LIST).expect("the dev set's list")]);
    let devset3 = Engine::new(&[List::from_json(DEVSET3_LIST).expect("the third dev set's list")]);
    let devset4 = Engine::new(&[List::from_json(DEVSET4_LIST).expect("the fourth dev set's list")]);
    let devset5 = Engine::new(&[List::from_json(DEVSET5_LIST).expect("the fifth dev set's list")]);
    let devset6 = Engine::new(&[List::from_json(DEVSET6_LIST).expect("the sixth dev set's list")]);
    let devset7 = Engine::new(&[List::from_json(DEVSET7_LIST).expect("the seventh dev set's list")]);
    let devset8 = Engine::new(&[List::from_json(DEVSET8_LIST).expect("the eighth dev set's list")]);
    let mut families: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut alarms, mut disguises, mut false_alarms, mut innocents, mut verified, mut accounts) = (0, 0, 0, 0, 0, 0);
    for line in cases.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("a case");
        let profile: Profile = serde_json::from_value(case["profile"].clone()).expect("a profile");
        let engine = match case["list"].as_str().unwrap_or(default_list) {
            "devset" => &devset,
            "devset3" => &devset3,
            "devset4" => &devset4,
            "devset5" => &devset5,
            "devset6" => &devset6,
            "devset7" => &devset7,
            "devset8" => &devset8,
            _ => &bundled,
        };
        let verdict = engine.check(&profile).verdict;
        let counts = families.entry(case["family"].as_str().unwrap_or("?").to_string()).or_default();
        counts.0 += 1;
        let hit = match case["expect"].as_str() {
            Some("alarm") => {
                disguises += 1;
                alarms += usize::from(verdict.is_warning());
                verdict.is_warning()
            }
            Some("quiet") => {
                innocents += 1;
                false_alarms += usize::from(verdict.is_warning());
                verdict.is_warning()
            }
            Some("verified") => {
                accounts += 1;
                verified += usize::from(verdict == VerdictKind::Verified);
                verdict == VerdictKind::Verified
            }
            other => panic!("{name}: unknown expectation {other:?}"),
        };
        counts.1 += usize::from(hit);
    }
    for (family, (n, hit)) in &families {
        eprintln!("{name} {family:<28} {n:>5} {:>6.1}%", 100.0 * *hit as f64 / *n as f64);
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let s = Score { recall: ratio(alarms, disguises), false_alarms: ratio(false_alarms, innocents), verified: (verified, accounts) };
    eprintln!("{name}: recall {:.1}% ({disguises}), false alarms {:.2}% ({innocents})", 100.0 * s.recall, 100.0 * s.false_alarms);
    s
}

#[test]
fn the_first_dev_set_does_not_regress() {
    let s = score("devset", include_str!("devset/cases.jsonl"), "devset");
    assert!(s.recall >= 0.975, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.012, "false alarms {:.4}", s.false_alarms);
    assert_eq!(s.verified.0, s.verified.1, "every listed account is verified");
}

#[test]
fn the_third_dev_set_does_not_regress() {
    let s = score("devset3", include_str!("devset3/cases.jsonl"), "devset3");
    assert!(s.recall >= 0.97, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.012, "false alarms {:.4}", s.false_alarms);
    assert_eq!(s.verified.0, s.verified.1, "every listed account is verified");
}

#[test]
fn the_fourth_dev_set_does_not_regress() {
    let s = score("devset4", include_str!("devset4/cases.jsonl"), "devset4");
    assert!(s.recall >= 0.965, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.012, "false alarms {:.4}", s.false_alarms);
}

#[test]
fn the_fifth_dev_set_kept_blind_does_not_regress() {
    let s = score("devset5", include_str!("devset5/cases.jsonl"), "devset5");
    assert!(s.recall >= 0.885, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.02, "false alarms {:.4}", s.false_alarms);
}

#[test]
fn the_sixth_dev_set_does_not_regress() {
    let s = score("devset6", include_str!("devset6/cases.jsonl"), "devset6");
    assert!(s.recall >= 0.94, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.035, "false alarms {:.4}", s.false_alarms);
    assert_eq!(s.verified.0, s.verified.1, "every listed account is verified");
}

#[test]
fn the_seventh_dev_set_does_not_regress() {
    let s = score("devset7", include_str!("devset7/cases.jsonl"), "devset7");
    assert!(s.recall >= 0.94, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.035, "false alarms {:.4}", s.false_alarms);
    assert_eq!(s.verified.0, s.verified.1, "every listed account is verified");
}

#[test]
fn the_eighth_dev_set_does_not_regress() {
    let s = score("devset8", include_str!("devset8/cases.jsonl"), "devset8");
    assert!(s.recall >= 0.915, "recall {:.3}", s.recall);
    assert!(s.false_alarms <= 0.06, "false alarms {:.4}", s.false_alarms);
    assert_eq!(s.verified.0, s.verified.1, "every listed account is verified");
}

#[test]
fn the_second_dev_set_does_not_regress() {
    let s = score("devset2", include_str!("devset2/cases.jsonl"), "bundled");
    assert!(s.recall >= 0.95, "recall {:.3}", s.recall);
    // One of the four is "Al Ahram", which the set calls another outlet's
    // name: it is the listed eg-ahram's (الأهرام, ahram.org.eg), romanised.
    assert!(s.false_alarms <= 0.014, "false alarms {:.4}", s.false_alarms);
}

#[test]
fn the_innocent_names_do_not_regress() {
    let s = score("innocents", include_str!("innocents/cases.jsonl"), "bundled");
    assert!(s.false_alarms <= 0.024, "false alarms {:.4}", s.false_alarms);
}
