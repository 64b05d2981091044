//! One check, end to end: lists in force → index → verdict for a profile.
//!
//! 1. The profile's id or handle is one of an entry's accounts: `verified`.
//! 2. Otherwise its name is folded (`text`), candidate names are looked up in
//!    the index (`matcher`), verified (`matcher::align`) and scored
//!    (`matcher::score`), together with the avatar and the creation signals.

use crate::avatar::{AvatarIndex, PdqHash, SAME_PICTURE_MAX_DISTANCE, SIMILAR_PICTURE_MAX_DISTANCE};
use crate::list::{Entry, Kind, List};
use crate::matcher::align::{align_query, Closeness, NameMatch, Query};
use crate::matcher::score::{name_score, Judgement, NameEvidence, NameScore};
use crate::matcher::Index;
use crate::profile::Profile;
use crate::text::{self, Script, Token, Tokens};
use crate::verdict::{Reason, Verdict, VerdictKind};
use std::collections::HashMap;

/// At most this many previous names are compared.
const MAX_PREVIOUS_NAMES: usize = 8;

/// The lists in force and their index. Entries of every list sit in one table;
/// the first list given wins when two claim the same account.
pub struct Engine {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    index: Index,
    avatars: AvatarIndex,
}

impl Engine {
    pub fn new(lists: &[List]) -> Engine {
        let entries: Vec<Entry> = lists.iter().flat_map(|l| l.entries.iter().cloned()).collect();
        let index = Index::build(&entries);
        let avatars = AvatarIndex::build(&entries);
        let mut by_id = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_id.entry(e.id.clone()).or_insert(i);
        }
        Engine { entries, by_id, index, avatars }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The index's approximate heap size in bytes (benchmarks report it):
    /// folded names and accounts, and the key table.
    pub fn index_heap_bytes(&self) -> (usize, usize) {
        self.index.heap_bytes()
    }

    /// How many listed names the index hands to verification for this name
    /// (benchmarks and tuning).
    #[doc(hidden)]
    pub fn candidate_count(&self, name: &str) -> usize {
        let mut out = Vec::new();
        self.index.candidates(&text::tokens(name).tokens, &mut out);
        out.len()
    }

    pub fn check(&self, profile: &Profile) -> Verdict {
        if let Some(owner) = self.index.account_owner(profile.id.as_deref(), profile.handle.as_deref()) {
            let entry = &self.entries[owner];
            return Verdict {
                verdict: VerdictKind::Verified,
                score: 1.0,
                entry: Some(entry.id.clone()),
                reasons: vec![Reason::new("listed-account", format!("this account is on the list as {}", entry.id))],
            };
        }
        let query = text::tokens(&profile.name);
        // A page's avatar may travel as several robust hashes (comma-separated).
        let hashes = profile.avatar_pdq.as_deref().map(PdqHash::parse_many).unwrap_or_default();
        let nearest = if hashes.is_empty() { None } else { self.avatars.nearest(&hashes) };
        let avatar = nearest.filter(|m| m.distance <= SAME_PICTURE_MAX_DISTANCE);
        let avatar_similar = nearest.filter(|m| m.distance <= SIMILAR_PICTURE_MAX_DISTANCE);
        let name = self.best_name(&query, profile, avatar.map(|a| a.entry));
        // A name spelled with leet digits is written with look-alike characters: judged and explained so.
        let query = if name.as_ref().is_some_and(|n| n.read_through_leet) { Tokens { disguised: true, ..query } } else { query };
        let renamed_from = name.as_ref().and_then(|n| self.renamed_from(profile, n.entry));
        Judgement {
            entries: &self.entries,
            index: &self.index,
            query: &query,
            profile,
            name,
            avatar,
            avatar_similar,
            renamed_from,
        }
        .verdict()
    }

    /// The strongest name resemblance that the guards let through.
    fn best_name(&self, query: &Tokens, profile: &Profile, avatar_entry: Option<usize>) -> Option<NameEvidence> {
        // Each match, and whether it was read through leetspeak (then it counts as a disguise).
        let mut found_all: Vec<(NameMatch, bool)> = Vec::new();
        let plain = |found: Vec<NameMatch>| found.into_iter().map(|m| (m, false));
        found_all.extend(plain(self.matches(&query.tokens)));
        let inner_leet = leet_variant(&query.tokens, false);
        if let Some(leet) = &inner_leet {
            found_all.extend(self.matches(leet).into_iter().map(|m| (m, true)));
        }
        // A bidi override shows the name in another order than it is stored.
        if let Some(shown) = text::reading_order_tokens(&profile.name) {
            found_all.extend(plain(self.matches(&shown.tokens)));
        }
        // A person's name is often written family name first ("SABIK Boubker"):
        // read backwards a short name that matched nothing as written.
        if found_all.is_empty() && (2..=3).contains(&query.tokens.len()) {
            let reversed: Vec<Token> = query.tokens.iter().rev().cloned().collect();
            let is_person = |m: &NameMatch| self.entries[self.index.name(m.name).entry].kind == Kind::Official;
            found_all.extend(plain(self.matches(&reversed).into_iter().filter(is_person).collect()));
        }
        // A number glued to a name ("Hespress2024") reads like one beside it ("Hespress 2024").
        if let Some(split) = glued_number_split(&query.tokens) {
            found_all.extend(plain(self.matches(&split)));
        }
        // Digits at the start or end of a word are usually a number ("Alyaoum25"):
        // read as letters ("Hespre55") they count only when they spell a listed name.
        if let Some(leet) = leet_variant(&query.tokens, true).filter(|l| Some(l) != inner_leet.as_ref()) {
            found_all.extend(self.matches(&leet).into_iter().filter(|m| m.closeness == Closeness::Exact).map(|m| (m, true)));
        }
        let disguised_query = found_all.iter().any(|(_, leet)| *leet).then(|| Tokens { disguised: true, ..query.clone() });
        let mut scored = Vec::with_capacity(found_all.len());
        let mut vetoed: Vec<usize> = Vec::new();
        for (mut found, leet) in found_all {
            let entry = self.index.name(found.name).entry;
            // The entity's other names beside this one ("Hespress | هسبريس") add nothing.
            if !found.others.is_empty() {
                let names = self.index.names_of(entry);
                let (own, others): (Vec<String>, Vec<String>) = std::mem::take(&mut found.others)
                    .into_iter()
                    .partition(|o| names.iter().any(|f| f.tokens.iter().any(|t| t.text == *o)));
                found.others = others;
                found.decorations.extend(own);
            }
            let as_read = if leet { disguised_query.as_ref().unwrap_or(query) } else { query };
            match name_score(&self.index, &self.entries, as_read, &found, profile) {
                NameScore::Match(score, needs_support) => scored.push((found, entry, score, needs_support, leet)),
                NameScore::Veto => vetoed.push(entry),
                NameScore::NoMatch => {}
            }
        }
        let mut best: Option<NameEvidence> = None;
        {
            for (found, entry, score, needs_support, leet) in scored {
                if vetoed.contains(&entry) {
                    continue;
                }
                let supported = !needs_support
                    || query.badge
                    || avatar_entry == Some(entry)
                    || found.decorations.iter().any(|d| text::words::is_official_claim(d));
                if !supported {
                    continue;
                }
                // Ties go to the match that leaves fewer other words, then to
                // a name the list declares over one derived from it.
                let rank = |f: &NameMatch| (f.others.len(), self.index.name(f.name).derived);
                let better = best
                    .as_ref()
                    .is_none_or(|b| score > b.score || (score == b.score && rank(&found) < rank(&b.found)));
                if better {
                    best = Some(NameEvidence { entry, found, score, needs_support, read_through_leet: leet });
                }
            }
        }
        best
    }

    fn matches(&self, tokens: &[Token]) -> Vec<NameMatch> {
        let mut candidates = Vec::new();
        self.index.candidates(tokens, &mut candidates);
        let query = Query::new(tokens);
        candidates.iter().filter_map(|&id| align_query(&query, self.index.name(id), id)).collect()
    }

    /// A previous name that did not resemble `entry`: the page was renamed to resemble it.
    fn renamed_from(&self, profile: &Profile, entry: usize) -> Option<String> {
        profile.previous_names.iter().take(MAX_PREVIOUS_NAMES).find(|prev| {
            let q = text::tokens(prev);
            let resembles = |t: &[Token]| self.matches(t).iter().any(|m| self.index.name(m.name).entry == entry);
            !(resembles(&q.tokens) || leet_variant(&q.tokens, false).is_some_and(|l| resembles(&l)))
        }).cloned()
    }

    /// Remembers a real avatar of a listed entry (the extension learns it when
    /// the reader visits the verified account), so later copies are caught
    /// where the list carries no hash. `hash`: one or more 64-hex PDQ hashes,
    /// comma- or space-separated. True if the index gained a hash.
    pub fn learn_avatar(&mut self, entry_id: &str, hash: &str) -> bool {
        let Some(&entry) = self.by_id.get(entry_id) else { return false };
        let before = self.avatars.len();
        for h in crate::avatar::PdqHash::parse_many(hash) {
            self.avatars.add(h, entry);
        }
        self.avatars.len() > before
    }
}

/// The tokens with a number glued to the end of a Latin word split off
/// ("hespress2024" → "hespress" "2024"), if any word has one.
fn glued_number_split(tokens: &[Token]) -> Option<Vec<Token>> {
    let split = |t: &Token| -> Option<(Token, Token)> {
        let head = t.text.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = t.text.len() - head.len();
        let plain_head = head.chars().count() >= 3 && head.chars().all(char::is_alphabetic);
        if t.script != Script::Latin || !(1..=4).contains(&digits) || !plain_head {
            return None;
        }
        let number = Token { text: t.text[head.len()..].to_string(), script: Script::Digits, upper: t.upper };
        Some((Token { text: head.to_string(), ..t.clone() }, number))
    };
    rewritten(tokens, |t| split(t).map(|(head, number)| vec![head, number]))
}

/// `tokens` with every word that `rewrite` changes replaced by what it gives
/// (each word rewritten once); `None` when it changes none.
fn rewritten(tokens: &[Token], rewrite: impl Fn(&Token) -> Option<Vec<Token>>) -> Option<Vec<Token>> {
    let mut changed = false;
    let mut out = Vec::with_capacity(tokens.len() + 1);
    for t in tokens {
        match rewrite(t) {
            Some(words) => {
                changed = true;
                out.extend(words);
            }
            None => out.push(t.clone()),
        }
    }
    changed.then_some(out)
}

/// The tokens with leetspeak digits read as letters ("H3spr3ss"), if any are:
/// runs of digits between two letters, and with `at_edges` also at the start
/// or end of a word ("54bik", "Hespre55").
fn leet_variant(tokens: &[Token], at_edges: bool) -> Option<Vec<Token>> {
    let leet = |t: &Token| -> Option<Token> {
        let chars: Vec<char> = t.text.chars().collect();
        let inner = |i: usize| {
            let mut a = i;
            while a > 0 && chars[a - 1].is_ascii_digit() {
                a -= 1;
            }
            let mut b = i;
            while b + 1 < chars.len() && chars[b + 1].is_ascii_digit() {
                b += 1;
            }
            let before = if a > 0 { chars[a - 1].is_alphabetic() } else { at_edges };
            let after = if b + 1 < chars.len() { chars[b + 1].is_alphabetic() } else { at_edges };
            // Never a whole word of digits ("24"): letters on one side at least.
            before && after && (a > 0 || b + 1 < chars.len())
        };
        if t.script != Script::Latin || !(0..chars.len()).any(|i| chars[i].is_ascii_digit() && inner(i)) {
            return None;
        }
        let text = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| if !inner(i) { c } else { match c {
                '0' => 'o',
                '1' => 'l',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '8' => 'b',
                _ => c,
            } })
            .collect();
        Some(Token { text, script: Script::Latin, upper: t.upper })
    };
    rewritten(tokens, |t| leet(t).map(|word| vec![word]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::VerdictKind::{Impersonation, Suspicious, Unknown, Verified};

    const LOGO: &str = "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0";
    /// The logo with 8 bits flipped: the same picture, re-encoded.
    const LOGO_COPY: &str = "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f00f0f";

    fn engine() -> Engine {
        let list = List::from_json(&format!(
            r#"{{"format": "asli.list.v1", "version": 1, "entries": [
              {{"id": "ma-hespress", "kind": "outlet", "names": ["هسبريس", "Hespress"], "country": "MA",
                "accounts": [{{"platform": "facebook", "id": "111", "handle": "Hespress", "created": "2010-03-01"}},
                             {{"platform": "facebook", "handle": "HespressFR"}}],
                "avatars": ["{LOGO}"]}},
              {{"id": "ma-dgsn", "kind": "institution", "names": ["المديرية العامة للأمن الوطني", "DGSN"],
                "country": "MA", "website": "dgsn.gov.ma"}},
              {{"id": "ma-alakhbar", "kind": "outlet", "names": ["الأخبار", "Alakhbar"], "country": "MA",
                "accounts": [{{"platform": "facebook", "handle": "alakhbar"}}]}},
              {{"id": "ma-hammouchi", "kind": "official", "names": ["عبد اللطيف حموشي", "Abdellatif Hammouchi"], "country": "MA"}}
            ]}}"#
        ))
        .expect("test list");
        Engine::new(&[list])
    }

    fn check(profile: serde_json::Value) -> Verdict {
        engine().check(&serde_json::from_value(profile).expect("profile"))
    }

    fn codes(v: &Verdict) -> Vec<&str> {
        v.reasons.iter().map(|r| r.code.as_str()).collect()
    }

    macro_rules! t {
        ($name:ident, $profile:tt, $verdict:expr, $entry:expr) => {
            #[test]
            fn $name() {
                let v = check(serde_json::json!($profile));
                assert_eq!((v.verdict, v.entry.as_deref()), ($verdict, $entry), "{v:?}");
            }
        };
    }

    t!(a_listed_handle_is_verified_whatever_its_case, {"name": "anything", "handle": "HESPRESS"}, Verified, Some("ma-hespress"));
    t!(a_listed_numeric_id_is_verified, {"name": "Hespress", "id": "111"}, Verified, Some("ma-hespress"));
    t!(another_declared_page_is_verified, {"name": "Hespress Français ✅", "handle": "hespressfr"}, Verified, Some("ma-hespress"));
    t!(an_exact_copy_of_a_known_outlet_is_impersonation, {"name": "Hespress"}, Impersonation, Some("ma-hespress"));
    t!(a_confusable_copy_is_impersonation, {"name": "Неѕрrеѕѕ ✅"}, Impersonation, Some("ma-hespress"));
    t!(an_entity_without_known_account_gets_a_careful_warning, {"name": "DGSN Maroc"}, Suspicious, Some("ma-dgsn"));
    t!(a_generic_word_alone_is_not_enough, {"name": "الأخبار"}, Unknown, None);
    t!(a_generic_word_with_a_fake_badge_is_suspicious, {"name": "الأخبار ✅"}, Suspicious, Some("ma-alakhbar"));
    t!(a_person_sharing_a_family_name_is_not_the_official, {"name": "Ahmed Hammouchi"}, Unknown, None);
    t!(an_algerian_dgsn_is_a_namesake, {"name": "المديرية العامة للأمن الوطني", "manager_countries": ["DZ"]}, Unknown, None);
    t!(a_name_saying_another_country_is_a_namesake, {"name": "DGSN Algérie"}, Unknown, None);
    t!(creation_signals_alone_never_warn,
       {"name": "Cuisine de Maman", "created": "2024-01-01", "previous_names": ["Hespress"],
        "manager_countries": ["VN"], "followers": 3}, Unknown, None);
    t!(a_copied_logo_with_an_unrelated_name_is_impersonation, {"name": "Daily Cats", "avatar_pdq": LOGO_COPY}, Impersonation, Some("ma-hespress"));
    t!(a_number_glued_to_the_name_reads_like_one_beside_it, {"name": "Hespress2024", "id": "9"}, Impersonation, Some("ma-hespress"));
    t!(leet_digits_at_a_word_edge_spell_the_name, {"name": "Hespre55", "id": "9"}, Impersonation, Some("ma-hespress"));
    t!(a_name_shown_reversed_by_a_bidi_override_is_read_as_shown, {"name": "\u{202E}sserpseH", "id": "9"}, Impersonation, Some("ma-hespress"));
    t!(an_official_written_family_name_first_is_that_official, {"name": "Hammouchi Abdellatif"}, Suspicious, Some("ma-hammouchi"));
    t!(another_word_with_a_number_glued_stays_quiet, {"name": "Hespéride2024"}, Unknown, None);

    #[test]
    fn leet_digits_are_explained_as_look_alike_characters() {
        let v = check(serde_json::json!({"name": "H3spr3ss", "id": "9"}));
        assert_eq!(v.reasons[0].code, "name-confusable", "{:?}", v.reasons);
        let plain = check(serde_json::json!({"name": "Hespress", "id": "9"}));
        assert_eq!(plain.reasons[0].code, "name-identical");
        assert!(v.score > plain.score);
    }

    #[test]
    fn creation_signals_raise_the_score_and_are_reported() {
        let plain = check(serde_json::json!({"name": "Hespres"}));
        let signalled = check(serde_json::json!({"name": "Hespres", "created": "2024-09-17",
            "previous_names": ["Cute cats"], "manager_countries": ["VN"], "followers": 12}));
        assert!(signalled.score > plain.score, "{plain:?} / {signalled:?}");
        for code in ["created-after-original", "renamed-to-resemble", "managers-abroad", "few-followers"] {
            assert!(codes(&signalled).contains(&code), "{code} missing: {signalled:?}");
        }
    }

    #[test]
    fn managers_in_a_neighbouring_or_diaspora_country_are_not_abroad() {
        let v = check(serde_json::json!({"name": "Hespres", "manager_countries": ["FR", "ES"]}));
        assert!(!codes(&v).contains(&"managers-abroad"), "{v:?}");
    }

    #[test]
    fn logo_and_similar_name_are_stronger_than_either() {
        let name = check(serde_json::json!({"name": "Hespres"}));
        let logo = check(serde_json::json!({"name": "Daily Cats", "avatar_pdq": LOGO_COPY}));
        let both = check(serde_json::json!({"name": "Hespres", "avatar_pdq": LOGO_COPY}));
        assert!(both.score > name.score && both.score > logo.score, "{name:?} {logo:?} {both:?}");
        assert!(codes(&both).contains(&"avatar-match") && codes(&both).contains(&"name-similar"));
    }

    #[test]
    fn an_unknown_official_account_is_said_so_with_the_website() {
        let v = check(serde_json::json!({"name": "المديرية العامة للأمن الوطني ✅"}));
        let reason = v.reasons.iter().find(|r| r.code == "official-account-unknown").expect("the reason");
        assert!(reason.detail.contains("dgsn.gov.ma"), "{reason:?}");
    }

    #[test]
    fn hostile_input_never_panics_and_stays_quiet() {
        let engine = engine();
        let huge = "ﷺ\u{202E}<b>x</b>&amp;".repeat(10_000);
        for name in [String::new(), huge, "\u{200B}".repeat(100_000), "<script>alert(1)</script>".into(), "✅".into()] {
            let profile = Profile {
                avatar_pdq: Some("not a hash".into()),
                created: Some("yesterday".into()),
                previous_names: vec!["x".repeat(100_000); 50],
                ..Profile::named(&name)
            };
            assert_eq!(engine.check(&profile).verdict, Unknown);
        }
    }

    #[test]
    fn a_very_long_name_is_still_matched_on_its_beginning() {
        let name = format!("Hespress {}", "news ".repeat(20_000));
        let v = engine().check(&Profile::named(&name));
        assert_eq!(v.entry.as_deref(), Some("ma-hespress"), "{v:?}");
    }
}
