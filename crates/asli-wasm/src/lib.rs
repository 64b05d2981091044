//! The only Rust that talks to JavaScript. The extension's background holds one
//! `AsliEngine`, feeds it the lists in force, and asks it for verdicts.
//! Structured values cross as plain JS objects (serde-wasm-bindgen); bytes
//! cross as typed arrays. Nothing here decides anything: the engine does.

use asli::list::merge::{merge_owned, Conflict};
#[cfg(not(feature = "browser-ed25519"))]
use asli::list::sign::PublicKey;
use asli::list::update;
use asli::{Engine, List, Profile};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct AsliEngine {
    /// The engine on the lists in force; before any list is put in force, one
    /// on no list, made when first asked (`engine`): even an empty index's
    /// build runs the build's code, which freshly loaded wasm compiles on
    /// first use, and a page that then loads its lists' compiled index never
    /// needs it (a sixth of the public site's index task on a revisit).
    engine: OnceCell<Engine>,
    /// `asli::matcher::lists_hash` of the lists in force: what `compiledIndex`
    /// is made for (`None`: no list put in force, the hash of no list).
    lists_hash: Option<[u8; 32]>,
}

/// One list handed over by the background: where it comes from, and its exact text.
#[derive(Deserialize)]
struct LabelledList {
    label: String,
    text: String,
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

/// Parses `[{label, text}]` and merges the lists in priority order: the list
/// in force, its lists' hash (`given`, when the caller computed it: 32 bytes,
/// else computed here), and the conflicts the merge settled (as JS).
fn in_force(lists: JsValue, given: Option<Vec<u8>>) -> Result<(List, [u8; 32], Vec<Conflict>), JsError> {
    let labelled: Vec<LabelledList> = serde_wasm_bindgen::from_value(lists).map_err(|e| JsError::new(&e.to_string()))?;
    merged(&labelled.iter().map(|l| (l.label.as_str(), l.text.as_str())).collect::<Vec<_>>(), given)
}

/// `in_force` for lists given as `labels` and their UTF-8 texts one after
/// another in `texts`, `lengths[i]` bytes each (`setListBytesWithIndex`).
#[cfg(feature = "small")]
fn in_force_bytes(
    labels: &[String],
    texts: &[u8],
    lengths: &[u32],
    given: Option<Vec<u8>>,
) -> Result<(List, [u8; 32], Vec<Conflict>), JsError> {
    if labels.len() != lengths.len() {
        return Err(JsError::new("one length per list's label"));
    }
    let mut rest = texts;
    let mut labelled = Vec::with_capacity(labels.len());
    for (label, &length) in labels.iter().zip(lengths) {
        let length = usize::try_from(length).map_err(|_| JsError::new("a list's length"))?;
        if length > rest.len() {
            return Err(JsError::new("the lists' lengths add up to more than their bytes"));
        }
        let (text, after) = rest.split_at(length);
        rest = after;
        let text = std::str::from_utf8(text).map_err(|_| JsError::new(&format!("{label}: not UTF-8")))?;
        labelled.push((label.as_str(), text));
    }
    if !rest.is_empty() {
        return Err(JsError::new("the lists' lengths add up to less than their bytes"));
    }
    merged(&labelled, given)
}

/// The lists `(label, text)` parsed and merged in priority order, with their
/// lists' hash (`given`, or computed here) and the conflicts the merge settled.
fn merged(labelled: &[(&str, &str)], given: Option<Vec<u8>>) -> Result<(List, [u8; 32], Vec<Conflict>), JsError> {
    let given = match given.map(<[u8; 32]>::try_from) {
        None => None,
        Some(Ok(hash)) => Some(hash),
        Some(Err(_)) => return Err(JsError::new("the lists' hash is 32 bytes")),
    };
    let parsed = labelled
        .iter()
        .map(|&(label, text)| List::from_json(text).map(|list| (label, list.entries)).map_err(|e| JsError::new(&format!("{label}: {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let merged = merge_owned(parsed);
    let hash = given.unwrap_or_else(|| asli::matcher::lists_hash(&labelled.iter().map(|&(_, text)| text).collect::<Vec<_>>()));
    let (list, conflicts) = merged.into_list();
    Ok((list, hash, conflicts))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What `setListsWithIndex` returns.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ListsSet<'a> {
    conflicts: &'a [Conflict],
    /// `asli::matcher::lists_hash` of the lists, hex: what the compiled index is kept under.
    lists_hash: String,
    /// The index was loaded from the given bytes (not built).
    loaded: bool,
    /// Why given bytes were refused (stale, foreign or damaged).
    refused: Option<String>,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
impl AsliEngine {
    /// An engine with no list in force: every page is `unknown`.
    #[wasm_bindgen(constructor)]
    pub fn new() -> AsliEngine {
        AsliEngine { engine: OnceCell::new(), lists_hash: None }
    }

    /// Parses a list (its exact text) and returns its `{name, version, entries}`
    /// summary without putting it in force. Throws a readable error.
    #[cfg(not(feature = "small"))] // the extension's alone (Cargo.toml)
    #[wasm_bindgen(js_name = parseList)]
    pub fn parse_list(text: &str) -> Result<JsValue, JsError> {
        let list = List::from_json(text).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&serde_json::json!({"name": list.name, "publisher": list.publisher,
                                   "version": list.version, "entries": list.entries.len(), "expires": list.expires()}))
    }

    /// Puts these lists in force: `[{label, text}]` in priority order, the
    /// first wins a disagreement (docs/lists.md). All-or-nothing: if one does
    /// not parse, nothing changes and it throws. Returns the conflicts the
    /// merge settled, for the options page: `[{code, account, kept, dropped}]`.
    #[cfg(not(feature = "small"))] // the extension's alone (Cargo.toml)
    #[wasm_bindgen(js_name = setLists)]
    pub fn set_lists(&mut self, lists: JsValue) -> Result<JsValue, JsError> {
        let (in_force, hash, conflicts) = in_force(lists, None)?;
        self.engine = OnceCell::from(Engine::from_lists(vec![in_force]));
        self.lists_hash = Some(hash);
        to_js(&conflicts)
    }

    /// `setLists`, with the index compiled for these lists earlier
    /// (`compiledIndex`, kept by the caller): loaded if it was made by this
    /// engine for exactly these texts and is intact, otherwise the index is
    /// built (the bytes are never trusted). Returns `{conflicts, listsHash,
    /// loaded, refused}`: `listsHash` (hex) names the lists in force;
    /// `loaded` false means the index was built, so `compiledIndex()` is
    /// worth keeping; `refused` says why given bytes were not used.
    /// `listsHash`, optional: the lists' `asli::matcher::lists_hash` (32
    /// bytes) as the caller computed it from the very texts it hands over (the
    /// public site, by the browser's own SHA-256, before the wasm is even
    /// ready: the hash is otherwise the largest part of loading a kept index
    /// in freshly loaded wasm). It is the caller's word for its own texts,
    /// like the texts themselves; the index bytes are still never trusted.
    #[wasm_bindgen(js_name = setListsWithIndex)]
    pub fn set_lists_with_index(
        &mut self,
        lists: JsValue,
        compiled: Option<Vec<u8>>,
        lists_hash: Option<Vec<u8>>,
    ) -> Result<JsValue, JsError> {
        let lists = in_force(lists, lists_hash)?;
        self.put_in_force(lists, compiled)
    }

    /// `setListsWithIndex` for lists handed over as bytes, as they were
    /// fetched: `labels` in priority order, and their UTF-8 texts one after
    /// another in `texts`, `lengths[i]` bytes each (one copy into the wasm's
    /// memory, where `[{label, text}]` is decoded to JS strings and encoded
    /// back: the public site's first visit). Throws, changing nothing, when the
    /// lengths do not add up or a text is not UTF-8. The public site's alone
    /// (Cargo.toml's feature `small`): 2 KB gzipped the extension need not carry.
    #[cfg(feature = "small")]
    #[wasm_bindgen(js_name = setListBytesWithIndex)]
    pub fn set_list_bytes_with_index(
        &mut self,
        labels: JsValue,
        texts: &[u8],
        lengths: &[u32],
        compiled: Option<Vec<u8>>,
        lists_hash: Option<Vec<u8>>,
    ) -> Result<JsValue, JsError> {
        // Labels cross as the lists' `[{label, text}]` do (serde-wasm-bindgen), not as a Vec<String>, whose glue is more code.
        let labels: Vec<String> = serde_wasm_bindgen::from_value(labels).map_err(|e| JsError::new(&e.to_string()))?;
        let lists = in_force_bytes(&labels, texts, lengths, lists_hash)?;
        self.put_in_force(lists, compiled)
    }

    /// The index of the lists in force as bytes, for `setListsWithIndex`
    /// after the service worker restarts.
    #[wasm_bindgen(js_name = compiledIndex)]
    pub fn compiled_index(&self) -> Vec<u8> {
        let hash = self.lists_hash.unwrap_or_else(|| asli::matcher::lists_hash(&[]));
        self.engine().compiled_index(&hash)
    }

    /// Decides whether a fetched list may replace the one in force (signature
    /// with the pinned key, format, growing version, size). Never throws for a
    /// bad update: returns `{ok: true, version, name, entries}` or
    /// `{ok: false, code, message, problems}` (codes in src/list/update.rs).
    /// Not in a build with the feature `browser-ed25519` (the extension's and
    /// the site's, scripts/build): there the signature is checked by the
    /// browser's own Ed25519 and `acceptCheckedUpdate` decides the rest (the
    /// wasm then carries no Ed25519: some 30 KB gzipped).
    #[cfg(not(feature = "browser-ed25519"))]
    #[wasm_bindgen(js_name = acceptUpdate)]
    pub fn accept_update(current_version: Option<f64>, bytes: &[u8], signature: &str, public_key: &str) -> Result<JsValue, JsError> {
        let key = match PublicKey::parse(public_key) {
            Ok(key) => key,
            Err(e) => return to_js(&serde_json::json!({"ok": false, "code": "bad-public-key", "message": e.to_string()})),
        };
        let current = match current_version_of(current_version) {
            Ok(current) => current,
            Err(refusal) => return refusal,
        };
        update_report(update::accept_update(current, bytes, signature, &key))
    }

    /// `acceptUpdate` for a list whose signature the caller checked with the
    /// pinned key (the public site: WebCrypto's Ed25519), `signature` saying
    /// what it found: `valid`, `mismatch`, `wrong-key` (`detail`: the key the
    /// signature file declares, then the pinned one, a line each) or
    /// `unreadable` (`detail`: why). The same checks of the bytes and the
    /// same report; anything but `valid` is refused. With the feature
    /// `browser-ed25519` only (extension/background/signature-check.js).
    #[cfg(feature = "browser-ed25519")]
    #[wasm_bindgen(js_name = acceptCheckedUpdate)]
    pub fn accept_checked_update(current_version: Option<f64>, bytes: &[u8], signature: &str, detail: &str) -> Result<JsValue, JsError> {
        use update::SignatureCheck;
        let check = match signature {
            "valid" => SignatureCheck::Valid,
            "mismatch" => SignatureCheck::Mismatch,
            "wrong-key" => {
                let (declared, pinned) = detail.split_once('\n').unwrap_or((detail, ""));
                SignatureCheck::WrongKey { declared: declared.to_string(), pinned: pinned.to_string() }
            }
            "unreadable" => SignatureCheck::Unreadable(detail.to_string()),
            other => return Err(JsError::new(&format!("no signature check {other:?}"))),
        };
        let current = match current_version_of(current_version) {
            Ok(current) => current,
            Err(refusal) => return refusal,
        };
        update_report(update::accept_checked(current, bytes, check))
    }

    /// Every problem of a list, for a list imported by hand: `[{path, entry, message}]`
    /// (empty when the list is valid).
    #[cfg(not(feature = "small"))] // the extension's alone (Cargo.toml)
    #[wasm_bindgen(js_name = validateList)]
    pub fn validate_list(text: &str) -> Result<JsValue, JsError> {
        to_js(&asli::list::validate::validate(text))
    }

    /// Reads a pasted public key; returns its canonical text or throws a
    /// readable error (a secret key pasted by mistake is named as such).
    #[cfg(not(any(feature = "small", feature = "browser-ed25519")))] // reads the key's point: Ed25519 code (Cargo.toml)
    #[wasm_bindgen(js_name = parsePublicKey)]
    pub fn parse_public_key(text: &str) -> Result<String, JsError> {
        PublicKey::parse(text).map(|k| k.to_string()).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Checks one profile (a plain object as in `docs/spec.md` §2) and returns the verdict
    /// plus an `entry_card` describing the entry it names.
    pub fn check(&self, profile: JsValue) -> Result<JsValue, JsError> {
        let profile: Profile = serde_wasm_bindgen::from_value(profile).map_err(|e| JsError::new(&e.to_string()))?;
        let engine = self.engine();
        let verdict = engine.check(&profile);
        let entry_card = verdict.entry.as_deref().and_then(|id| engine.entry(id)).map(|e| EntryCard {
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

impl AsliEngine {
    /// Puts the merged lists in force, their index loaded from `compiled` when
    /// it was made for them by this build and is intact, else built.
    fn put_in_force(
        &mut self,
        (in_force, hash, conflicts): (List, [u8; 32], Vec<Conflict>),
        compiled: Option<Vec<u8>>,
    ) -> Result<JsValue, JsError> {
        let given = compiled.is_some();
        let (engine, refused) = Engine::load_or_build(vec![in_force], &hash, compiled);
        let refused = refused.map(|e| e.to_string());
        let loaded = given && refused.is_none();
        self.engine = OnceCell::from(engine);
        self.lists_hash = Some(hash);
        to_js(&ListsSet { conflicts: &conflicts, lists_hash: hex(&hash), loaded, refused })
    }

    /// The engine on the lists in force (on no list before any is put in force).
    fn engine(&self) -> &Engine {
        self.engine.get_or_init(|| Engine::new(&[]))
    }
}

impl Default for AsliEngine {
    fn default() -> Self {
        Self::new()
    }
}

/// The version in force as given by the caller, from storage: anything but a
/// positive integer is refused (the refusal, as JS), never read as 0.
fn current_version_of(current_version: Option<f64>) -> Result<Option<u64>, Result<JsValue, JsError>> {
    match current_version {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && v >= 1.0 && v <= asli::list::validate::MAX_VERSION as f64 => Ok(Some(v as u64)),
        Some(v) => {
            let message = format!("the version in force ({v}) is not a positive integer");
            Err(to_js(&serde_json::json!({"ok": false, "code": "bad-current-version", "message": message})))
        }
    }
}

/// An update's outcome as the extension and the site read it:
/// `{ok: true, version, name, publisher, entries, expires}` or `{ok: false, code, message, problems}`.
fn update_report(result: Result<update::Accepted, update::Rejection>) -> Result<JsValue, JsError> {
    let mut outcome = serde_json::to_value(update::UpdateReport::new(&result)).map_err(|e| JsError::new(&e.to_string()))?;
    if let Ok(accepted) = &result {
        outcome["name"] = accepted.list.name.clone().into();
        outcome["publisher"] = accepted.list.publisher.clone().into();
        outcome["entries"] = accepted.list.entries.len().into();
        outcome["expires"] = accepted.list.expires().into();
    }
    to_js(&outcome)
}

fn facebook_urls(entry: &asli::Entry) -> Vec<String> {
    let handles = entry.facebook_accounts().filter_map(|a| a.handle.as_ref()).map(|h| format!("https://www.facebook.com/{h}"));
    let ids = entry.facebook_accounts().filter_map(|a| a.id.as_ref()).map(|id| format!("https://www.facebook.com/profile.php?id={id}"));
    handles.chain(ids).collect()
}

// ---------------------------------------------------------------- avatars (issue 4)

/// What `pdqHash` returns.
#[derive(Serialize)]
struct AvatarHashes {
    /// PDQ of the whole picture, 64 hex chars (as `asli avatar-hash` prints).
    hash: String,
    /// 0..=100; flat pictures score low.
    quality: u8,
    /// Whether matching uses this picture at all (quality at or above the avatar floor).
    usable: bool,
    /// Every usable robust hash (whole picture, centre crops, trimmed), the
    /// whole picture's first when usable: what a page is looked up by.
    hashes: Vec<String>,
}

/// PDQ hashes of an avatar given as RGBA bytes (a canvas's `getImageData`,
/// row-major, straight alpha; transparent parts read as white). Throws on a
/// buffer that is not `width × height × 4` bytes, an empty or a huge picture.
#[wasm_bindgen(js_name = pdqHash)]
pub fn pdq_hash(rgba: &[u8], width: u32, height: u32) -> Result<JsValue, JsError> {
    use asli::avatar::robust::{avatar_hashes, AVATAR_MIN_QUALITY};
    let all = avatar_hashes(rgba, width, height, asli::avatar::PixelLayout::Rgba).map_err(|e| JsError::new(&e.to_string()))?;
    let full = all.first().map(|v| v.output).ok_or_else(|| JsError::new("no hash"))?;
    to_js(&AvatarHashes {
        hash: full.hash.to_string(),
        quality: full.quality,
        usable: full.quality >= AVATAR_MIN_QUALITY,
        hashes: all.iter().filter(|v| v.output.quality >= AVATAR_MIN_QUALITY).map(|v| v.output.hash.to_string()).collect(),
    })
}

/// The hashes a list entry keeps of an avatar (RGBA as for `pdqHash`), usable
/// ones only, hex: `asli avatar-hash --variants`' hashes, off-centre crops
/// included. For remembering a verified account's avatar; about 3× the work
/// of `pdqHash`.
#[cfg(not(feature = "small"))] // the extension's alone (Cargo.toml)
#[wasm_bindgen(js_name = pdqListingHashes)]
pub fn pdq_listing_hashes(rgba: &[u8], width: u32, height: u32) -> Result<Vec<String>, JsError> {
    use asli::avatar::robust::{listing_hashes, AVATAR_MIN_QUALITY};
    let plane = asli::avatar::LumaPlane::from_pixels(rgba, width, height, asli::avatar::PixelLayout::Rgba)
        .map_err(|e| JsError::new(&e.to_string()))?;
    Ok(listing_hashes(&plane).iter().filter(|v| v.output.quality >= AVATAR_MIN_QUALITY).map(|v| v.output.hash.to_string()).collect())
}

/// What `pdqHashWhole` returns: `asli avatar-hash`'s `<hash> <quality>`.
#[cfg(not(feature = "small"))]
#[derive(Serialize)]
struct WholeHash {
    hash: String,
    quality: u8,
}

/// PDQ of the whole picture only (RGBA as for `pdqHash`): the hash a list
/// maintainer publishes, as `asli avatar-hash` prints it. One PDQ, no variants.
#[cfg(not(feature = "small"))] // the extension's alone (Cargo.toml)
#[wasm_bindgen(js_name = pdqHashWhole)]
pub fn pdq_hash_whole(rgba: &[u8], width: u32, height: u32) -> Result<JsValue, JsError> {
    let out = asli::avatar::hash_pixels(rgba, width, height, asli::avatar::PixelLayout::Rgba).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&WholeHash { hash: out.hash.to_string(), quality: out.quality })
}

#[cfg(not(feature = "small"))]
#[wasm_bindgen]
impl AsliEngine {
    /// Remembers the avatar hash(es) of a verified account's entry (comma- or
    /// space-separated hex), until the lists are set again. True if new.
    #[wasm_bindgen(js_name = learnAvatar)]
    pub fn learn_avatar(&mut self, entry_id: &str, hashes: &str) -> bool {
        self.engine(); // made on no list, if no list was put in force
        self.engine.get_mut().is_some_and(|engine| engine.learn_avatar(entry_id, hashes))
    }
}

// ---------------------------------------------------------------- the site's list search (issue 12)

/// A name as the engine folds it, separators removed (`asli::text::skeleton`:
/// styled letters plain, look-alikes Latin, Arabic orthography canonical):
/// the public site's list search compares these, so "𝐇𝐞𝐬𝐩𝐫𝐞𝐬𝐬" or "hespres"
/// finds "Hespress". Nothing is decided here.
#[wasm_bindgen(js_name = foldName)]
pub fn fold_name(text: &str) -> String {
    asli::text::skeleton(text)
}
