//! One check, end to end: lists in force → index → verdict for a profile.
//!
//! 1. The profile's id or handle is one of an entry's accounts: `verified`.
//! 2. Otherwise its name is folded (`text`), candidate names are looked up in
//!    the index (`matcher`), verified (`matcher::align`) and scored
//!    (`matcher::score`), together with the avatar and the creation signals.

use crate::avatar::{AvatarIndex, PdqHash};
use crate::list::{Entry, List};
use crate::matcher::align::{align_query, NameMatch, Query};
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

    /// The index's approximate heap size in bytes (benchmarks report it).
    pub fn index_heap_bytes(&self) -> usize {
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
        let avatar = profile
            .avatar_pdq
            .as_deref()
            .and_then(PdqHash::from_hex)
            .and_then(|h| self.avatars.best_match(&h));
        let name = self.best_name(&query, profile, avatar.map(|a| a.entry));
        let renamed_from = name.as_ref().and_then(|n| self.renamed_from(profile, n.entry));
        Judgement { entries: &self.entries, index: &self.index, query: &query, profile, name, avatar, renamed_from }
            .verdict()
    }

    /// The strongest name resemblance that the guards let through.
    fn best_name(&self, query: &Tokens, profile: &Profile, avatar_entry: Option<usize>) -> Option<NameEvidence> {
        let mut found_all: Vec<NameMatch> = Vec::new();
        found_all.extend(self.matches(&query.tokens));
        if let Some(leet) = leet_variant(&query.tokens) {
            found_all.extend(self.matches(&leet));
        }
        let mut scored = Vec::with_capacity(found_all.len());
        let mut vetoed: Vec<usize> = Vec::new();
        for found in found_all {
            let entry = self.index.name(found.name).entry;
            match name_score(&self.index, &self.entries, query, &found, profile) {
                NameScore::Match(score, needs_support) => scored.push((found, entry, score, needs_support)),
                NameScore::Veto => vetoed.push(entry),
                NameScore::NoMatch => {}
            }
        }
        let mut best: Option<NameEvidence> = None;
        {
            for (found, entry, score, needs_support) in scored {
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
                    best = Some(NameEvidence { entry, found, score, needs_support });
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
            !(resembles(&q.tokens) || leet_variant(&q.tokens).is_some_and(|l| resembles(&l)))
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

/// The tokens with leetspeak digits read as letters ("H3spr3ss"), if any are.
fn leet_variant(tokens: &[Token]) -> Option<Vec<Token>> {
    let leet = |t: &Token| -> Option<Token> {
        let chars: Vec<char> = t.text.chars().collect();
        // Only runs of digits between two letters: "Alyaoum25" keeps its number.
        let inner = |i: usize| {
            let mut a = i;
            while a > 0 && chars[a - 1].is_ascii_digit() {
                a -= 1;
            }
            let mut b = i;
            while b + 1 < chars.len() && chars[b + 1].is_ascii_digit() {
                b += 1;
            }
            a > 0 && b + 1 < chars.len() && chars[a - 1].is_alphabetic() && chars[b + 1].is_alphabetic()
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
    if tokens.iter().any(|t| leet(t).is_some()) {
        Some(tokens.iter().map(|t| leet(t).unwrap_or_else(|| t.clone())).collect())
    } else {
        None
    }
}
