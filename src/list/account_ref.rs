//! Turns what a maintainer pastes (a Facebook address in any of its forms, a
//! handle, or a numeric id) into the account it names.
//!
//! Accepted: `facebook.com`, `fb.com` and their `www`, `web`, `m`, `mbasic`,
//! `touch`, `mobile` and language (`ar-ar`, `fr-fr`...) hosts, with or without
//! scheme; `/profile.php?id=N`, `/pages/Name/N`, `/pages/category/Cat/Name-N`,
//! `/people/Name/N`, `/p/Name-N`, `/N`, `/handle` (anything after it ignored);
//! a bare `handle`, `@handle` or `N`.

use super::validate::{facebook_handle_problem, is_account_id};
use std::fmt;

/// The account a reference names: a numeric id or a handle, never both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountRef {
    Id(String),
    Handle(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefError {
    pub input: String,
    pub why: String,
}

impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} does not name a Facebook page or profile: {}", self.input, self.why)
    }
}

impl std::error::Error for RefError {}

fn is_facebook_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let host = host.strip_suffix('.').unwrap_or(&host);
    let Some(sub) = host.strip_suffix("facebook.com").or_else(|| host.strip_suffix("fb.com")) else { return false };
    match sub {
        "" => true,
        s => {
            let Some(label) = s.strip_suffix('.') else { return false };
            matches!(label, "www" | "web" | "m" | "mbasic" | "touch" | "mobile" | "business")
                || (label.len() == 5 && label.as_bytes()[2] == b'-' && label.bytes().all(|b| b == b'-' || b.is_ascii_lowercase()))
        }
    }
}

/// The value of `key` in a query string.
fn query_value<'q>(query: &'q str, key: &str) -> Option<&'q str> {
    query.split('&').find_map(|kv| kv.split_once('=').filter(|(k, _)| *k == key).map(|(_, v)| v))
}

/// The trailing digits of `Name-123`, if it ends with an id.
fn trailing_id(segment: &str) -> Option<&str> {
    let id = segment.rsplit('-').next()?;
    is_account_id(id).then_some(id)
}

pub fn parse_account_ref(input: &str) -> Result<AccountRef, RefError> {
    let err = |why: &str| RefError { input: input.to_string(), why: why.to_string() };
    let s = input.trim();
    if s.is_empty() {
        return Err(err("empty"));
    }
    let lower = s.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).map(|r| &s[s.len() - r.len()..]);
    let looks_like_url = rest.is_some() || lower.contains(".com/") || lower.ends_with("facebook.com");
    if !looks_like_url {
        let bare = s.strip_prefix('@').unwrap_or(s);
        if is_account_id(bare) {
            return Ok(AccountRef::Id(bare.to_string()));
        }
        return match facebook_handle_problem(bare) {
            None => Ok(AccountRef::Handle(bare.to_string())),
            Some(why) => Err(err(why)),
        };
    }
    let rest = rest.unwrap_or(s);
    let (host, path_query) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.rsplit('@').next().unwrap_or(host); // user:pass@host
    let host = host.split(':').next().unwrap_or(host); // host:port
    if !is_facebook_host(host) {
        return Err(err("not a facebook.com address"));
    }
    let path_query = path_query.split('#').next().unwrap_or("");
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let segments: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let Some(&first) = segments.first() else {
        return Err(err("the address has no page in it"));
    };
    match first.to_ascii_lowercase().as_str() {
        "profile.php" => match query_value(query, "id") {
            Some(id) if is_account_id(id) => Ok(AccountRef::Id(id.to_string())),
            _ => Err(err("profile.php without a numeric ?id=")),
        },
        "pages" | "people" => segments
            .iter()
            .skip(1)
            .rev()
            .find_map(|seg| if is_account_id(seg) { Some(*seg) } else { None })
            .or_else(|| segments.last().and_then(|seg| trailing_id(seg)))
            .map(|id| AccountRef::Id(id.to_string()))
            .ok_or_else(|| err("no numeric id in this /pages/ or /people/ address")),
        "p" => segments
            .get(1)
            .and_then(|seg| trailing_id(seg))
            .map(|id| AccountRef::Id(id.to_string()))
            .ok_or_else(|| err("no numeric id at the end of this /p/ address")),
        "groups" => Err(err("a group, not a page or profile")),
        _ if is_account_id(first) => Ok(AccountRef::Id(first.to_string())),
        _ => match facebook_handle_problem(first) {
            None => Ok(AccountRef::Handle(first.to_string())),
            Some(why) => Err(err(why)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Result<AccountRef, RefError> {
        Ok(AccountRef::Id(s.into()))
    }
    fn handle(s: &str) -> Result<AccountRef, RefError> {
        Ok(AccountRef::Handle(s.into()))
    }

    #[test]
    fn every_facebook_address_form_names_its_account() {
        let cases = [
            ("https://www.facebook.com/Hespress", handle("Hespress")),
            ("https://web.facebook.com/Hespress/?ref=page", handle("Hespress")),
            ("http://m.facebook.com/Hespress/posts/123", handle("Hespress")),
            ("mbasic.facebook.com/Le360.ma", handle("Le360.ma")),
            ("https://touch.facebook.com/profile.php?id=100064123456789&sk=about", id("100064123456789")),
            ("https://ar-ar.facebook.com/profile.php?id=42", id("42")),
            ("https://www.facebook.com/pages/Goud/172118712872056", id("172118712872056")),
            ("https://www.facebook.com/pages/category/Media/Goud-172118712872056/", id("172118712872056")),
            ("https://www.facebook.com/people/Some-One/100012345678901/", id("100012345678901")),
            ("https://www.facebook.com/p/Some-Name-100064123456789/", id("100064123456789")),
            ("https://facebook.com/172118712872056", id("172118712872056")),
            ("https://fb.com/Hespress#top", handle("Hespress")),
            ("@Hespress", handle("Hespress")),
            ("Hespress", handle("Hespress")),
            ("6555594946", id("6555594946")),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_account_ref(input), expected, "{input}");
        }
    }

    #[test]
    fn addresses_that_name_no_page_are_refused() {
        for input in [
            "https://www.facebook.com/",
            "https://twitter.com/Hespress",
            "https://www.facebook.com/groups/123",
            "https://www.facebook.com/profile.php",
            "https://www.facebook.com/watch/?v=1",
            "https://evilfacebook.com/Hespress",
            "hes press",
            "",
        ] {
            assert!(parse_account_ref(input).is_err(), "{input}");
        }
    }
}
