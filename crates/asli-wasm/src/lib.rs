//! The only Rust that talks to JavaScript. The extension's background holds one
//! `AsliEngine`, feeds it the lists in force, and asks it for verdicts.
//! Structured values cross as plain JS objects (serde-wasm-bindgen); bytes
//! cross as typed arrays. Nothing here decides anything: the engine does.

use asli::{Engine, List, Profile};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct AsliEngine {
    lists: Vec<List>,
    engine: Engine,
}

/// What the banner needs to know about the entry a verdict names.
#[derive(Serialize)]
struct EntryCard<'a> {
    id: &'a str,
    kind: &'a asli::list::Kind,
    names: &'a [String],
    country: Option<&'a str>,
    website: Option<&'a str>,
    /// Real Facebook addresses the list knows, best first (numeric id last: handles read better).
    urls: Vec<String>,
}

#[derive(Serialize)]
struct CheckResult<'a> {
    #[serde(flatten)]
    verdict: &'a asli::Verdict,
    entry_card: Option<EntryCard<'a>>,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
impl AsliEngine {
    /// An engine with no list in force: every page is `unknown`.
    #[wasm_bindgen(constructor)]
    pub fn new() -> AsliEngine {
        AsliEngine { lists: Vec::new(), engine: Engine::new(&[]) }
    }

    /// Parses a list (its exact text) and returns its `{name, version, entries}`
    /// summary without putting it in force. Throws a readable error.
    #[wasm_bindgen(js_name = parseList)]
    pub fn parse_list(text: &str) -> Result<JsValue, JsError> {
        let list = List::from_json(text).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&serde_json::json!({"name": list.name, "publisher": list.publisher,
                                   "version": list.version, "entries": list.entries.len()}))
    }

    /// Puts these lists in force, in priority order (the first wins a conflict).
    /// All-or-nothing: if one does not parse, nothing changes and it throws.
    #[wasm_bindgen(js_name = setLists)]
    pub fn set_lists(&mut self, texts: Vec<String>) -> Result<(), JsError> {
        let lists = texts
            .iter()
            .enumerate()
            .map(|(i, t)| List::from_json(t).map_err(|e| JsError::new(&format!("list {}: {e}", i + 1))))
            .collect::<Result<Vec<_>, _>>()?;
        self.engine = Engine::new(&lists);
        self.lists = lists;
        Ok(())
    }

    /// Checks one profile (a plain object as in spec §2) and returns the verdict
    /// plus an `entry_card` describing the entry it names.
    pub fn check(&self, profile: JsValue) -> Result<JsValue, JsError> {
        let profile: Profile = serde_wasm_bindgen::from_value(profile).map_err(|e| JsError::new(&e.to_string()))?;
        let verdict = self.engine.check(&profile);
        let entry_card = verdict.entry.as_deref().and_then(|id| self.engine.entry(id)).map(|e| EntryCard {
            id: &e.id,
            kind: &e.kind,
            names: &e.names,
            country: e.country.as_deref(),
            website: e.website.as_deref(),
            urls: facebook_urls(e),
        });
        to_js(&CheckResult { verdict: &verdict, entry_card })
    }
}

impl Default for AsliEngine {
    fn default() -> Self {
        Self::new()
    }
}

fn facebook_urls(entry: &asli::Entry) -> Vec<String> {
    let handles = entry.facebook_accounts().filter_map(|a| a.handle.as_ref()).map(|h| format!("https://www.facebook.com/{h}"));
    let ids = entry.facebook_accounts().filter_map(|a| a.id.as_ref()).map(|id| format!("https://www.facebook.com/profile.php?id={id}"));
    handles.chain(ids).collect()
}
