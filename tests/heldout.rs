//! The held-out set (`tests/heldout/`, written by someone who never read the
//! matcher, on entities that are not on the bundled list): no rule is tuned
//! on it. This test only guards against regressions: it prints recall per
//! family and false alarms, and fails below the floors measured when the set
//! was last scored (raise them as the matcher improves; never tune a rule to
//! a case here). `tools/heldout/score.py` gives the same numbers through `asli check`.

use asli::{Engine, List, Profile, VerdictKind};
use std::collections::BTreeMap;

/// Overall recall (impersonation or suspicious) must stay at or above this.
const MIN_RECALL: f64 = 0.94;
/// False alarms on its innocent names must stay at or below this.
const MAX_FALSE_ALARMS: f64 = 0.006;

#[test]
fn heldout_recall_and_false_alarms_do_not_regress() {
    let list = List::from_json(include_str!("heldout/list.json")).expect("the held-out list");
    let engine = Engine::new(&[list]);
    let mut families: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut alarms, mut disguises, mut false_alarms, mut innocents, mut verified, mut accounts) = (0, 0, 0, 0, 0, 0);
    for line in include_str!("heldout/cases.jsonl").lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("a case");
        let profile: Profile = serde_json::from_value(case.clone()).expect("a profile");
        let verdict = engine.check(&profile).verdict;
        let family = case["_family"].as_str().unwrap_or("?").to_string();
        let counts = families.entry(family).or_default();
        counts.0 += 1;
        match case["_expect"].as_str() {
            Some("alarm") => {
                disguises += 1;
                if verdict.is_warning() {
                    alarms += 1;
                    counts.1 += 1;
                }
            }
            Some("quiet") => {
                innocents += 1;
                if verdict.is_warning() {
                    false_alarms += 1;
                    counts.1 += 1;
                }
            }
            Some("verified") => {
                accounts += 1;
                if verdict == VerdictKind::Verified {
                    verified += 1;
                    counts.1 += 1;
                }
            }
            other => panic!("unknown expectation {other:?}"),
        }
    }
    for (family, (n, hit)) in &families {
        eprintln!("{family:<24} {n:>5} {:>6.1}%", 100.0 * *hit as f64 / *n as f64);
    }
    let recall = alarms as f64 / disguises as f64;
    let false_rate = false_alarms as f64 / innocents as f64;
    eprintln!(
        "held-out recall {:.1}% ({disguises}), false alarms {:.2}% ({innocents}), verified {verified}/{accounts}",
        100.0 * recall,
        100.0 * false_rate
    );
    assert!(recall >= MIN_RECALL, "held-out recall {recall:.3} fell below {MIN_RECALL}");
    assert!(false_rate <= MAX_FALSE_ALARMS, "held-out false alarms {false_rate:.4} rose above {MAX_FALSE_ALARMS}");
    assert_eq!(verified, accounts, "every listed account is verified");
}
