//! The maintainers' check of a list (`docs/spec.md` §1): every problem at once, each naming
//! the JSON path and, when it has one, the entry id. Works on the JSON value,
//! not the typed `List`, so that one wrong type does not hide every other error.

use super::{FORMAT, KINDS};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt;

/// The largest version: 2^53 - 1, so that the extension's JavaScript compares versions exactly.
pub const MAX_VERSION: u64 = (1 << 53) - 1;

/// One thing wrong with a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON path from the document root, e.g. `$.entries[3].accounts[0].id`.
    pub path: String,
    /// The id of the entry the problem is in, when there is one and it is readable.
    pub entry: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(id) => write!(f, "{} [{}]: {}", self.path, id, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Every problem in a list's text, in document order (duplicates are reported
/// at their second occurrence). An empty result means the list is valid.
pub fn validate(text: &str) -> Vec<Problem> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => validate_value(&value),
        Err(e) => vec![Problem { path: "$".into(), entry: None, message: format!("not valid JSON: {e}") }],
    }
}

/// As [`validate`], on an already parsed JSON value.
pub fn validate_value(doc: &Value) -> Vec<Problem> {
    let mut v = Validator { problems: Vec::new(), entry_ids: HashMap::new(), accounts: HashMap::new() };
    v.document(doc);
    v.problems
}

/// Where an account was first seen: (entry index, entry id, account index).
type Seen = (usize, Option<String>, usize);

struct Validator {
    problems: Vec<Problem>,
    entry_ids: HashMap<String, usize>,
    accounts: HashMap<(String, String), Seen>,
}

impl Validator {
    fn problem(&mut self, path: impl Into<String>, entry: Option<&str>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), entry: entry.map(str::to_string), message: message.into() });
    }

    fn document(&mut self, doc: &Value) {
        let Some(obj) = doc.as_object() else {
            return self.problem("$", None, format!("a list is a JSON object, found {}", type_name(doc)));
        };
        match obj.get("format") {
            Some(Value::String(f)) if f == FORMAT => {}
            Some(Value::String(f)) => self.problem("$.format", None, format!("must be {FORMAT:?}, found {f:?}")),
            Some(other) => self.problem("$.format", None, format!("must be the string {FORMAT:?}, found {}", type_name(other))),
            None => self.problem("$.format", None, format!("missing (must be {FORMAT:?})")),
        }
        for key in ["name", "publisher"] {
            match obj.get(key) {
                None | Some(Value::String(_)) => {}
                Some(other) => self.problem(format!("$.{key}"), None, format!("must be a string, found {}", type_name(other))),
            }
        }
        match obj.get("version") {
            Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v > 0 && v <= MAX_VERSION) => {}
            Some(Value::Number(n)) if n.as_u64().is_some() => self.problem(
                "$.version",
                None,
                format!("{n} is above {MAX_VERSION}, the largest integer JavaScript holds exactly (YYYYMMDDNN is enough)"),
            ),
            Some(other) => {
                self.problem("$.version", None, format!("must be a positive integer that grows with every release, found {}", short(other)))
            }
            None => self.problem("$.version", None, "missing (a positive integer that grows with every release)"),
        }
        match obj.get("expires") {
            None => {}
            Some(Value::String(d)) if is_iso_date(d) => {}
            Some(other) => self.problem(
                "$.expires",
                None,
                format!("must be the ISO date (YYYY-MM-DD) after which readers are told the list is stale, found {}", short(other)),
            ),
        }
        match obj.get("entries") {
            Some(Value::Array(entries)) => {
                for (i, entry) in entries.iter().enumerate() {
                    self.entry(i, entry);
                }
            }
            Some(other) => self.problem("$.entries", None, format!("must be an array, found {}", type_name(other))),
            None => self.problem("$.entries", None, "missing (an array of entries)"),
        }
    }

    fn entry(&mut self, i: usize, value: &Value) {
        let path = format!("$.entries[{i}]");
        let Some(obj) = value.as_object() else {
            return self.problem(path, None, format!("an entry is a JSON object, found {}", type_name(value)));
        };
        // The id first: every later problem in this entry is reported with it.
        let id = match obj.get("id") {
            Some(Value::String(id)) if is_entry_id(id) => Some(id.clone()),
            Some(Value::String(id)) => {
                self.problem(format!("{path}.id"), None, format!("{id:?} is not a valid entry id (only a-z, 0-9 and '-')"));
                None
            }
            Some(other) => {
                self.problem(format!("{path}.id"), None, format!("must be a string, found {}", type_name(other)));
                None
            }
            None => {
                self.problem(format!("{path}.id"), None, "missing");
                None
            }
        };
        let eid = id.as_deref();
        if let Some(id) = &id {
            if let Some(&first) = self.entry_ids.get(id) {
                self.problem(format!("{path}.id"), eid, format!("duplicate entry id, first used by $.entries[{first}]"));
            } else {
                self.entry_ids.insert(id.clone(), i);
            }
        }

        match obj.get("kind") {
            Some(Value::String(k)) if KINDS.contains(&k.as_str()) => {}
            Some(Value::String(k)) => {
                self.problem(format!("{path}.kind"), eid, format!("{k:?} is not a kind (one of {})", KINDS.join(", ")))
            }
            Some(other) => self.problem(format!("{path}.kind"), eid, format!("must be a string, found {}", type_name(other))),
            None => self.problem(format!("{path}.kind"), eid, format!("missing (one of {})", KINDS.join(", "))),
        }

        match obj.get("names") {
            Some(Value::Array(names)) => {
                if names.is_empty() {
                    self.problem(format!("{path}.names"), eid, "at least one name is needed");
                }
                let mut seen: HashMap<&str, usize> = HashMap::new();
                for (n, name) in names.iter().enumerate() {
                    let npath = format!("{path}.names[{n}]");
                    match name {
                        Value::String(s) if s.trim().is_empty() => self.problem(npath, eid, "empty name"),
                        Value::String(s) => {
                            if let Some(first) = seen.get(s.as_str()) {
                                self.problem(npath, eid, format!("duplicate name {s:?}, also at names[{first}]"));
                            } else {
                                seen.insert(s, n);
                            }
                        }
                        other => self.problem(npath, eid, format!("must be a string, found {}", type_name(other))),
                    }
                }
            }
            Some(other) => self.problem(format!("{path}.names"), eid, format!("must be an array of strings, found {}", type_name(other))),
            None => self.problem(format!("{path}.names"), eid, "missing (at least one name is needed)"),
        }

        match obj.get("country") {
            None => {}
            Some(Value::String(c)) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {}
            Some(other) => self.problem(
                format!("{path}.country"),
                eid,
                format!("must be an ISO 3166-1 alpha-2 code in capitals like \"MA\", found {}", short(other)),
            ),
        }
        match obj.get("website") {
            None => {}
            Some(Value::String(w)) if !w.is_empty() && !w.chars().any(char::is_whitespace) => {}
            Some(other) => {
                self.problem(format!("{path}.website"), eid, format!("must be a host or URL without spaces, found {}", short(other)))
            }
        }

        match obj.get("accounts") {
            None => {}
            Some(Value::Array(accounts)) => {
                for (a, account) in accounts.iter().enumerate() {
                    self.account(i, eid, a, account);
                }
            }
            Some(other) => self.problem(format!("{path}.accounts"), eid, format!("must be an array, found {}", type_name(other))),
        }

        match obj.get("avatars") {
            None => {}
            Some(Value::Array(avatars)) => {
                for (n, hash) in avatars.iter().enumerate() {
                    match hash {
                        Value::String(h) if is_pdq_hex(h) => {}
                        other => self.problem(
                            format!("{path}.avatars[{n}]"),
                            eid,
                            format!("must be a PDQ hash: 64 lowercase hex characters, found {}", short(other)),
                        ),
                    }
                }
            }
            Some(other) => self.problem(format!("{path}.avatars"), eid, format!("must be an array, found {}", type_name(other))),
        }

        match obj.get("sources") {
            None => {}
            Some(Value::Array(sources)) => {
                for (n, s) in sources.iter().enumerate() {
                    match s {
                        Value::String(s) if !s.trim().is_empty() => {}
                        other => {
                            self.problem(format!("{path}.sources[{n}]"), eid, format!("must be a non-empty string, found {}", short(other)))
                        }
                    }
                }
            }
            Some(other) => self.problem(format!("{path}.sources"), eid, format!("must be an array, found {}", type_name(other))),
        }
    }

    fn account(&mut self, i: usize, eid: Option<&str>, a: usize, value: &Value) {
        let path = format!("$.entries[{i}].accounts[{a}]");
        let Some(obj) = value.as_object() else {
            return self.problem(path, eid, format!("an account is a JSON object, found {}", type_name(value)));
        };
        let platform = match obj.get("platform") {
            None => "facebook".to_string(),
            Some(Value::String(p)) if is_entry_id(p) => p.clone(),
            Some(other) => {
                self.problem(format!("{path}.platform"), eid, format!("must be a platform name like \"facebook\", found {}", short(other)));
                return;
            }
        };
        let facebook = platform == "facebook";
        let id = self.string_field(obj, &path, "id", eid);
        let handle = self.string_field(obj, &path, "handle", eid);
        if obj.get("id").is_none() && obj.get("handle").is_none() {
            self.problem(path.clone(), eid, "an account needs an id or a handle (or both)");
        }
        if let Some(id) = id {
            let ok = if facebook { is_account_id(id) } else { !id.is_empty() };
            if !ok {
                self.problem(format!("{path}.id"), eid, format!("{id:?} is not a numeric account id (digits only)"));
            } else {
                self.claim(i, eid, a, &path, &platform, "id", id.to_string());
            }
        }
        if let Some(handle) = handle {
            let problem = if facebook { facebook_handle_problem(handle) } else { handle.is_empty().then_some("empty handle") };
            match problem {
                Some(why) => self.problem(format!("{path}.handle"), eid, format!("{handle:?}: {why}")),
                None => self.claim(i, eid, a, &path, &platform, "handle", handle.to_lowercase()),
            }
        }
        if let Some(created) = self.string_field(obj, &path, "created", eid) {
            if !is_iso_date(created) {
                self.problem(format!("{path}.created"), eid, format!("{created:?} is not an ISO date (YYYY-MM-DD)"));
            }
        }
    }

    /// Records that this entry claims an account; reports it if another did first.
    #[allow(clippy::too_many_arguments)]
    fn claim(&mut self, i: usize, eid: Option<&str>, a: usize, path: &str, platform: &str, what: &str, key: String) {
        let map_key = (platform.to_string(), format!("{what}:{key}"));
        if let Some((fi, fid, fa)) = self.accounts.get(&map_key).cloned() {
            let owner = match (&fid, fi == i) {
                (_, true) => "this entry".to_string(),
                (Some(id), false) => format!("entry {id}"),
                (None, false) => format!("$.entries[{fi}]"),
            };
            self.problem(
                format!("{path}.{what}"),
                eid,
                format!("the same account ({platform} {what} {key}) is already listed by {owner} at $.entries[{fi}].accounts[{fa}]"),
            );
        } else {
            self.accounts.insert(map_key, (i, eid.map(str::to_string), a));
        }
    }

    fn string_field<'v>(&mut self, obj: &'v Map<String, Value>, path: &str, key: &str, eid: Option<&str>) -> Option<&'v str> {
        match obj.get(key) {
            None => None,
            Some(Value::String(s)) => Some(s),
            Some(other) => {
                let hint =
                    if key == "id" && other.is_number() { " (write numeric ids as strings: they exceed JSON's safe integers)" } else { "" };
                self.problem(format!("{path}.{key}"), eid, format!("must be a string, found {}{hint}", type_name(other)));
                None
            }
        }
    }
}

/// `[a-z0-9-]+`: entry ids and platform names.
pub fn is_entry_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A Facebook numeric profile/page id: digits only, no leading zero, at most 20 digits.
pub fn is_account_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0')
}

/// Facebook path segments that are never a page's vanity name. THE SAME TABLE as
/// `RESERVED_PATHS` in extension/content/facebook-adapter.js (the site adapter):
/// extension/tests/reserved-paths.test.js fails when they differ.
#[rustfmt::skip] // laid out by hand, like the adapter's copy
pub(crate) const RESERVED_PATHS: &[&str] = &[
    "a", "about", "ads", "ajax", "api", "apps", "bookmarks", "browse", "buddylist.php", "business",
    "campaign", "careers", "checkpoint", "climatescienceinfo", "composer", "developers", "dialog",
    "directory", "donate", "event.php", "events", "feeds", "find-friends", "friends", "fundraisers",
    "games", "gaming", "group.php", "groups", "hashtag", "help", "home", "home.php", "instantgames",
    "jobs", "l.php", "legal", "lite", "live", "login", "login.php", "logout.php", "marketplace", "me",
    "media", "memories", "menu", "messages", "mobile", "news", "notes", "notifications",
    "notifications.php", "offers", "onthisday", "p", "pages", "pages_reaction_units", "people",
    "permalink.php", "pg", "photo", "photo.php", "photos", "places", "plugins", "policies",
    "policy.php", "privacy", "profile", "profile.php", "r.php", "recover", "reel", "reels", "reg",
    "saved", "search", "security", "settings", "share", "sharer", "sharer.php", "stories", "story",
    "story.php", "terms", "tr", "trust", "ufi", "updates", "video", "video.php", "videos", "watch",
    "watchparty", "weather",
];

/// Why a string is not a Facebook vanity name (letters, digits and periods;
/// Facebook's own rule), or `None` if it is one.
pub fn facebook_handle_problem(s: &str) -> Option<&'static str> {
    if s.is_empty() {
        Some("empty handle")
    } else if s.len() > 50 {
        Some("longer than Facebook's 50 characters")
    } else if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') {
        Some("a Facebook handle has only letters A-Z, digits and periods")
    } else if s.starts_with('.') || s.ends_with('.') {
        Some("a Facebook handle does not start or end with a period")
    } else if s.bytes().all(|b| b.is_ascii_digit()) {
        Some("digits only: this is a numeric id, put it in \"id\"")
    } else if RESERVED_PATHS.iter().any(|r| r.eq_ignore_ascii_case(s)) {
        Some("a Facebook path, not a page's handle")
    } else {
        None
    }
}

/// 64 lowercase hexadecimal characters: a PDQ hash as `docs/spec.md` §3 writes it.
pub fn is_pdq_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// `YYYY-MM-DD`, a real calendar date (leap years included).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1 && (1..=days).contains(&d)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A value as it appears in the document, shortened for a one-line message.
fn short(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_real_calendar_dates() {
        assert!(is_iso_date("2012-05-01"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("1900-02-29"));
        assert!(!is_iso_date("2012-13-01"));
        assert!(!is_iso_date("2012-5-01"));
        assert!(!is_iso_date("2012-05-01T00:00"));
        assert!(!is_iso_date("２０１２-05-01"));
    }

    #[test]
    fn expires_is_optional_and_an_iso_date() {
        let list = |extra: &str| format!(r#"{{"format": "asli.list.v1", "version": 1, "entries": []{extra}}}"#);
        assert!(validate(&list("")).is_empty());
        assert!(validate(&list(r#", "expires": "2027-01-31""#)).is_empty());
        for bad in [r#", "expires": "2027-02-30""#, r#", "expires": 20270131"#, r#", "expires": "2027-01-31T00:00:00Z""#] {
            let problems = validate(&list(bad));
            assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
            assert_eq!(problems[0].path, "$.expires");
        }
    }

    #[test]
    fn facebook_handles_follow_facebooks_charset() {
        assert_eq!(facebook_handle_problem("Le360.ma"), None);
        assert_eq!(facebook_handle_problem("www.lematin.ma"), None);
        assert!(facebook_handle_problem("hes press").is_some());
        assert!(facebook_handle_problem("hespress_news").is_some());
        assert!(facebook_handle_problem("هسبريس").is_some());
        assert!(facebook_handle_problem("12345").is_some());
        assert!(facebook_handle_problem("profile.php").is_some());
    }
}
