//! One check, end to end: lists in force → index → verdict for a profile.
//! Orchestration only:
//!
//! 1. the profile's id or handle is one of an entry's accounts: `verified`;
//! 2. otherwise the matcher finds the listed names its name resembles
//!    (`matcher`, on the name folded by `text`), the avatar index the nearest
//!    listed logo (`avatar`), and the judge decides (`judge`).

use crate::avatar::{AvatarIndex, PdqHash, SAME_PICTURE_MAX_DISTANCE, SIMILAR_PICTURE_MAX_DISTANCE};
use crate::judge::{best_name, Judgement};
use crate::list::{Entry, List};
use crate::matcher::{CompiledError, EntryIndex, Index};
use crate::profile::Profile;
use crate::text::{self, Tokens};
use crate::verdict::{Reason, ReasonCode, Verdict, VerdictKind};

/// At most this many previous names are compared.
const MAX_PREVIOUS_NAMES: usize = 8;

/// The lists in force and their index. Entries of every list sit in one table;
/// the first list given wins when two claim the same account.
pub struct Engine {
    entries: Vec<Entry>,
    /// Also which entry has an id (`Index::entry_with_id`: the first one,
    /// when two lists list the same id), stored in a compiled index.
    index: Index,
    avatars: AvatarIndex,
}

impl Engine {
    /// An engine on these lists (copied: `from_lists` takes them without a copy).
    pub fn new(lists: &[List]) -> Engine {
        Self::from_entries(Self::entries_of(lists))
    }

    /// `new`, taking the lists: their entries are kept as they are, not copied
    /// (at 100,000 entries the copy was half the engine's memory).
    pub fn from_lists(lists: Vec<List>) -> Engine {
        Self::from_entries(Self::entries_into(lists))
    }

    fn from_entries(entries: Vec<Entry>) -> Engine {
        let index = Index::build(&entries);
        Self::with_index(entries, index)
    }

    /// An engine on `lists` with the index compiled for them (`compiled_index`),
    /// loaded instead of built; `hash` is the lists' `matcher::lists_hash`.
    /// Bytes made for other lists, by another build, or damaged are refused:
    /// build with `new` then.
    pub fn from_compiled(lists: &[List], hash: &[u8; 32], compiled: &[u8]) -> Result<Engine, CompiledError> {
        let entries = Self::entries_of(lists);
        let index = Index::from_bytes(compiled, hash, &entries)?;
        Ok(Self::with_index(entries, index))
    }

    /// An engine on `lists` (taken, not copied) with the index loaded from
    /// `compiled` when those bytes are its compiled index (`from_compiled`),
    /// built otherwise; with why the bytes were refused, if they were. The
    /// bytes are kept: the index reads its large parts in place.
    pub fn load_or_build(lists: Vec<List>, hash: &[u8; 32], compiled: Option<Vec<u8>>) -> (Engine, Option<CompiledError>) {
        let entries = Self::entries_into(lists);
        let Some(bytes) = compiled else { return (Self::from_entries(entries), None) };
        match Index::from_owned_bytes(bytes, hash, &entries) {
            Ok(index) => (Self::with_index(entries, index), None),
            Err(e) => (Self::from_entries(entries), Some(e)),
        }
    }

    /// The index as bytes for `from_compiled` (`hash`: the lists' `matcher::lists_hash`).
    pub fn compiled_index(&self, hash: &[u8; 32]) -> Vec<u8> {
        self.index.to_bytes(hash, self.entries.len())
    }

    fn entries_of(lists: &[List]) -> Vec<Entry> {
        lists.iter().flat_map(|l| l.entries.iter().cloned()).collect()
    }

    /// The lists' entries in one table, the first list's moved rather than copied.
    fn entries_into(lists: Vec<List>) -> Vec<Entry> {
        let mut lists = lists.into_iter();
        let mut entries = lists.next().map(|l| l.entries).unwrap_or_default();
        for list in lists {
            entries.extend(list.entries);
        }
        entries
    }

    fn with_index(entries: Vec<Entry>, index: Index) -> Engine {
        let avatars = AvatarIndex::build(&entries);
        Engine { entries, index, avatars }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.index.entry_with_id(&self.entries, id).map(|i| &self.entries[i])
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

    /// What the matcher finds for a name, one line each (tuning aid:
    /// `cargo run --example explain LIST NAME...`).
    #[doc(hidden)]
    pub fn explain_name(&self, name: &str) -> Vec<String> {
        let query = text::tokens(name);
        let mut candidates = Vec::new();
        self.index.candidates(&query.tokens, &mut candidates);
        let words = |id: u32| self.index.name(id).tokens.iter().map(|t| t.text.clone()).collect::<Vec<_>>().join(" ");
        let mut out: Vec<String> =
            candidates.iter().map(|&id| format!("candidate {} [{}]", self.entries[self.index.name(id).entry].id, words(id))).collect();
        for f in self.index.find(name, &query) {
            let m = &f.found;
            out.push(format!(
                "found {} [{}] {:?} others={:?} decorations={:?} leet={}",
                self.entries[self.index.name(m.name).entry].id,
                words(m.name),
                m.closeness,
                m.others,
                m.decorations,
                f.leet
            ));
        }
        out
    }

    pub fn check(&self, profile: &Profile) -> Verdict {
        if let Some(owner) = self.index.account_owner(&self.entries, profile.id.as_deref(), profile.handle.as_deref()) {
            let entry = &self.entries[owner];
            return Verdict {
                verdict: VerdictKind::Verified,
                score: 1.0,
                entry: Some(entry.id.clone()),
                reasons: vec![Reason::new(ReasonCode::ListedAccount, format!("this account is on the list as {}", entry.id))],
            };
        }
        let query = text::tokens(&profile.name);
        // A page's avatar may travel as several robust hashes (comma-separated).
        let hashes = profile.avatar_pdq.as_deref().map(PdqHash::parse_many).unwrap_or_default();
        let nearest = if hashes.is_empty() { None } else { self.avatars.nearest(&hashes) };
        let avatar = nearest.filter(|m| m.distance <= SAME_PICTURE_MAX_DISTANCE);
        let avatar_similar = nearest.filter(|m| m.distance <= SIMILAR_PICTURE_MAX_DISTANCE);
        let found = self.index.find(&profile.name, &query);
        let name = best_name(&self.index, &self.entries, &query, profile, found, avatar.map(|a| a.entry));
        // A name spelled with leet digits is written with look-alike characters: judged and explained so.
        let query = if name.as_ref().is_some_and(|n| n.read_through_leet) { Tokens { disguised: true, ..query } } else { query };
        let renamed_from = name.as_ref().and_then(|n| self.renamed_from(profile, n.entry));
        Judgement { entries: &self.entries, index: &self.index, query: &query, profile, name, avatar, avatar_similar, renamed_from }
            .verdict()
    }

    /// A previous name that did not resemble `entry`: the page was renamed to resemble it.
    fn renamed_from(&self, profile: &Profile, entry: EntryIndex) -> Option<String> {
        profile.previous_names.iter().take(MAX_PREVIOUS_NAMES).find(|prev| !self.index.resembles(prev, entry)).cloned()
    }

    /// Remembers a real avatar of a listed entry (the extension learns it when
    /// the reader visits the verified account), so later copies are caught
    /// where the list carries no hash. `hash`: one or more 64-hex PDQ hashes,
    /// comma- or space-separated. True if the index gained a hash.
    pub fn learn_avatar(&mut self, entry_id: &str, hash: &str) -> bool {
        let Some(entry) = self.index.entry_with_id(&self.entries, entry_id) else { return false };
        let before = self.avatars.len();
        for h in crate::avatar::PdqHash::parse_many(hash) {
            self.avatars.add(h, entry);
        }
        self.avatars.len() > before
    }
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
                "country": "MA", "website": "dgsn.gov.ma",
                "namesakes": [{{"platform": "facebook", "id": "4242", "handle": "dgsn.dz"}}]}},
              {{"id": "ma-alakhbar", "kind": "outlet", "names": ["الأخبار", "Alakhbar"], "country": "MA",
                "accounts": [{{"platform": "facebook", "handle": "alakhbar"}}]}},
              {{"id": "ma-hammouchi", "kind": "official", "names": ["عبد اللطيف حموشي", "Abdellatif Hammouchi"], "country": "MA"}},
              {{"id": "qa-qna", "kind": "outlet", "names": ["وكالة الأنباء القطرية", "QNA"], "country": "QA"}},
              {{"id": "ma-ump", "kind": "institution", "names": ["جامعة محمد الأول", "Université Mohammed Premier"], "country": "MA"}}
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

    t!(an_acronym_beside_its_own_country_is_the_entity, {"name": "Q.N.A قطر"}, Suspicious, Some("qa-qna"));
    t!(an_acronym_beside_another_country_is_not, {"name": "Q.N.A Tunisie"}, Unknown, None);
    t!(a_listed_handle_is_verified_whatever_its_case, {"name": "anything", "handle": "HESPRESS"}, Verified, Some("ma-hespress"));
    t!(a_listed_numeric_id_is_verified, {"name": "Hespress", "id": "111"}, Verified, Some("ma-hespress"));
    t!(another_declared_page_is_verified, {"name": "Hespress Français ✅", "handle": "hespressfr"}, Verified, Some("ma-hespress"));
    t!(an_exact_copy_of_a_known_outlet_is_impersonation, {"name": "Hespress"}, Impersonation, Some("ma-hespress"));
    t!(a_confusable_copy_is_impersonation, {"name": "Неѕрrеѕѕ ✅"}, Impersonation, Some("ma-hespress"));
    t!(an_entity_without_known_account_gets_a_careful_warning, {"name": "DGSN Maroc"}, Suspicious, Some("ma-dgsn"));
    t!(a_generic_word_alone_is_not_enough, {"name": "الأخبار"}, Unknown, None);
    t!(a_generic_word_with_a_fake_badge_is_suspicious, {"name": "الأخبار ✅"}, Suspicious, Some("ma-alakhbar"));
    t!(a_generic_word_with_its_countrys_adjective_is_suspicious, {"name": "الأخبار المغربية"}, Suspicious, Some("ma-alakhbar"));
    t!(a_generic_word_with_its_countrys_name_is_not_enough, {"name": "الأخبار المغرب"}, Unknown, None);
    t!(a_generic_word_with_another_countrys_adjective_is_not_enough, {"name": "الأخبار التونسية"}, Unknown, None);
    t!(a_person_sharing_a_family_name_is_not_the_official, {"name": "Ahmed Hammouchi"}, Unknown, None);
    t!(managers_abroad_never_exonerate_an_exact_copy,
       {"name": "المديرية العامة للأمن الوطني", "manager_countries": ["DZ"]}, Suspicious, Some("ma-dgsn"));
    t!(an_account_the_list_declares_a_namesake_is_not_warned_about,
       {"name": "المديرية العامة للأمن الوطني", "id": "4242"}, Unknown, None);
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
    t!(an_acronym_spelled_with_arabic_letter_names_is_that_acronym, {"name": "دي جي إس إن"}, Suspicious, Some("ma-dgsn"));
    t!(one_letter_name_alone_is_a_word, {"name": "في"}, Unknown, None);
    t!(a_page_that_says_it_is_the_fans_gets_no_warning, {"name": "Les amis de Hespress"}, Unknown, None);
    t!(a_page_saying_it_is_not_the_official_one_gets_no_warning, {"name": "Hespress Photos (page non officielle)"}, Unknown, None);
    t!(a_kings_number_written_as_an_ordinal_is_the_same_name, {"name": "Université Mohammed 1er"}, Suspicious, Some("ma-ump"));
    t!(a_kings_number_in_arabic_words_is_the_same_name, {"name": "جامعة محمد 1"}, Suspicious, Some("ma-ump"));
    t!(a_fans_page_calling_itself_official_is_suspicious, {"name": "Hespress Official Fan Page"}, Suspicious, Some("ma-hespress"));
    t!(a_newspaper_word_beside_an_outlet_says_which_it_is, {"name": "Hespress Newspaper"}, Impersonation, Some("ma-hespress"));
    t!(an_official_beside_their_title_is_that_official, {"name": "عبد اللطيف حموشي المدير"}, Suspicious, Some("ma-hammouchi"));
    t!(an_official_beside_a_president_title_is_that_official, {"name": "الرئيس عبد اللطيف حموشي"}, Suspicious, Some("ma-hammouchi"));
    t!(an_official_beside_an_acronym_is_that_official, {"name": "Abdellatif Hammouchi DGSN"}, Suspicious, Some("ma-hammouchi"));
    t!(a_title_beside_a_family_name_alone_is_still_another_person, {"name": "Ahmed Hammouchi Directeur"}, Unknown, None);
    t!(an_official_beside_words_in_the_other_script_is_that_official, {"name": "Abdellatif Hammouchi - الأمن الوطني"}, Suspicious, Some("ma-hammouchi"));
    t!(a_longer_name_in_the_official_names_script_is_another_person, {"name": "Mohamed Abdellatif Hammouchi"}, Unknown, None);
    t!(a_fans_page_in_disguised_letters_is_no_fans_page, {"name": "Неѕрrеѕѕ Fans"}, Impersonation, Some("ma-hespress"));

    #[test]
    fn leet_digits_are_explained_as_look_alike_characters() {
        let v = check(serde_json::json!({"name": "H3spr3ss", "id": "9"}));
        assert_eq!(v.reasons[0].code, ReasonCode::NameConfusable, "{:?}", v.reasons);
        let plain = check(serde_json::json!({"name": "Hespress", "id": "9"}));
        assert_eq!(plain.reasons[0].code, ReasonCode::NameIdentical);
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
    fn a_copy_managed_from_abroad_says_it_may_be_a_namesake() {
        let v = check(serde_json::json!({"name": "Hespress", "manager_countries": ["BE"]}));
        assert_eq!(v.verdict, Impersonation, "a distinctive name copied from abroad is still a copy: {v:?}");
        let v = check(serde_json::json!({"name": "DGSN", "manager_countries": ["DZ"]}));
        assert_eq!(v.verdict, Suspicious, "{v:?}");
        assert!(codes(&v).contains(&"possible-namesake"), "{v:?}");
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
