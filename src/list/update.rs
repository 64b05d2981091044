//! The decision whether a fetched list may replace the one in force: pure, no
//! IO. A reader must never be put at risk by a bad update, so every check must
//! pass; otherwise the typed `Rejection` says why, and the list in force stays.
//!
//! Order of the checks (cheapest and least trusting first): size, signature
//! file, signature over the exact bytes with the pinned key, UTF-8, parse,
//! validate, version strictly greater than the one in force. The signature
//! may also be checked by the caller (`accept_checked`, `SignatureCheck`).

use super::sign::{PublicKey, Signature};
use super::validate::{validate_value, Problem};
use super::List;
use serde::Serialize;
use std::fmt;

/// Lists larger than this are refused before anything else is looked at.
pub const MAX_LIST_BYTES: usize = 5 * 1024 * 1024;

/// A list that passed every check, ready to be put in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub list: List,
    pub version: u64,
}

/// Why an update was refused. `code()` is stable (the extension stores it and
/// the options page translates it); `Display` is the English explanation.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    TooLarge {
        size: usize,
        limit: usize,
    },
    /// The signature file could not be read.
    BadSignatureFile(String),
    /// The signature file says it was made by another key than the pinned one.
    WrongKey {
        declared: String,
        pinned: String,
    },
    /// The signature does not match the bytes and the bytes are not a whole
    /// JSON document: most likely a cut-off download.
    Truncated,
    /// The signature does not match the bytes: they were altered after signing.
    Tampered,
    NotUtf8,
    /// Signed, but not a readable `asli.list.v1` list.
    Malformed(String),
    /// Signed and readable, but fails validation.
    Invalid(Vec<Problem>),
    /// Older than the list in force.
    Downgrade {
        current: u64,
        offered: u64,
    },
    /// The same version as the list in force: nothing new.
    NotNewer {
        current: u64,
    },
}

impl Rejection {
    pub fn code(&self) -> &'static str {
        match self {
            Rejection::TooLarge { .. } => "too-large",
            Rejection::BadSignatureFile(_) => "bad-signature-file",
            Rejection::WrongKey { .. } => "wrong-key",
            Rejection::Truncated => "truncated",
            Rejection::Tampered => "tampered",
            Rejection::NotUtf8 => "not-utf8",
            Rejection::Malformed(_) => "malformed",
            Rejection::Invalid(_) => "invalid",
            Rejection::Downgrade { .. } => "downgrade",
            Rejection::NotNewer { .. } => "not-newer",
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::TooLarge { size, limit } => write!(f, "the list is {size} bytes, more than the {limit} allowed"),
            Rejection::BadSignatureFile(why) => write!(f, "the signature file is unreadable: {why}"),
            Rejection::WrongKey { declared, pinned } => {
                write!(f, "signed with another key ({declared}) than the one pinned for this list ({pinned})")
            }
            Rejection::Truncated => write!(f, "the list is incomplete (cut off while downloading?): its signature does not match"),
            Rejection::Tampered => write!(f, "the list was altered after it was signed: its signature does not match"),
            Rejection::NotUtf8 => write!(f, "the list is not UTF-8 text"),
            Rejection::Malformed(why) => write!(f, "the list is signed but unreadable: {why}"),
            Rejection::Invalid(problems) => {
                write!(f, "the list is signed but has {} problem(s)", problems.len())?;
                if let Some(first) = problems.first() {
                    write!(f, ", first: {first}")?;
                }
                Ok(())
            }
            Rejection::Downgrade { current, offered } => {
                write!(f, "version {offered} is older than the version in force, {current}")
            }
            Rejection::NotNewer { current } => write!(f, "version {current} is already in force"),
        }
    }
}

impl std::error::Error for Rejection {}

/// Decides whether `bytes` (a fetched list) with its detached `signature` (the
/// `.sig` file's text) may replace the list in force, whose version is
/// `current_version` (`None` when no list from this source is in force yet).
pub fn accept_update(current_version: Option<u64>, bytes: &[u8], signature: &str, pinned: &PublicKey) -> Result<Accepted, Rejection> {
    // Before the signature is checked over the bytes, however many there are.
    too_large(bytes)?;
    let check = match Signature::parse(signature) {
        Err(e) => SignatureCheck::Unreadable(e.to_string()),
        Ok(signature) if pinned.verifies(bytes, &signature) => SignatureCheck::Valid,
        // Only to say *why* it failed: nothing unauthenticated is ever trusted.
        Ok(signature) => match signature.declared_key.filter(|k| k != pinned) {
            Some(declared) => SignatureCheck::WrongKey { declared: declared.to_string(), pinned: pinned.to_string() },
            None => SignatureCheck::Mismatch,
        },
    };
    accept_checked(current_version, bytes, check)
}

/// What a check of a list's detached signature with the pinned key found,
/// made by `accept_update` or by the caller (the public site: the browser's
/// own Ed25519, so that its wasm carries none).
#[derive(Debug, Clone, PartialEq)]
pub enum SignatureCheck {
    /// The signature is the pinned key's over exactly these bytes.
    Valid,
    /// The signature file could not be read: why.
    Unreadable(String),
    /// Not a signature of these bytes by the pinned key, and the file says it
    /// was made by another key (both as their `asli-ed25519-public:` lines).
    WrongKey { declared: String, pinned: String },
    /// Not a signature of these bytes by the pinned key.
    Mismatch,
}

/// `accept_update` once the signature has been checked (`check`): refused
/// unless `Valid`, and then only if the bytes are a valid list newer than
/// `current_version`.
pub fn accept_checked(current_version: Option<u64>, bytes: &[u8], check: SignatureCheck) -> Result<Accepted, Rejection> {
    too_large(bytes)?;
    match check {
        SignatureCheck::Valid => {}
        SignatureCheck::Unreadable(why) => return Err(Rejection::BadSignatureFile(why)),
        SignatureCheck::WrongKey { declared, pinned } => return Err(Rejection::WrongKey { declared, pinned }),
        SignatureCheck::Mismatch => {
            let whole_json = serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok();
            return Err(if whole_json { Rejection::Tampered } else { Rejection::Truncated });
        }
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Rejection::NotUtf8)?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Rejection::Malformed(e.to_string()))?;
    let problems = validate_value(&value);
    if !problems.is_empty() {
        return Err(Rejection::Invalid(problems));
    }
    let list = List::from_json(text).map_err(|e| Rejection::Malformed(e.to_string()))?;
    match current_version {
        Some(current) if list.version < current => Err(Rejection::Downgrade { current, offered: list.version }),
        Some(current) if list.version == current => Err(Rejection::NotNewer { current }),
        _ => Ok(Accepted { version: list.version, list }),
    }
}

fn too_large(bytes: &[u8]) -> Result<(), Rejection> {
    if bytes.len() > MAX_LIST_BYTES {
        return Err(Rejection::TooLarge { size: bytes.len(), limit: MAX_LIST_BYTES });
    }
    Ok(())
}

/// How many of an invalid list's problems an [`UpdateReport`] carries.
pub const MAX_REPORTED_PROBLEMS: usize = 100;

/// The outcome of [`accept_update`] as plain data for the extension's storage
/// and options page: `{ok, version, code, message, problems}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateReport {
    pub ok: bool,
    /// The accepted list's version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    /// The refusal's stable code (`Rejection::code`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// The refusal in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// For `invalid`: the problems found, the first `MAX_REPORTED_PROBLEMS` of them
    /// (`message` gives the total).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
}

impl UpdateReport {
    pub fn new(result: &Result<Accepted, Rejection>) -> UpdateReport {
        match result {
            Ok(accepted) => UpdateReport { ok: true, version: Some(accepted.version), code: None, message: None, problems: vec![] },
            Err(r) => UpdateReport {
                ok: false,
                version: None,
                code: Some(r.code()),
                message: Some(r.to_string()),
                problems: match r {
                    Rejection::Invalid(p) => p.iter().take(MAX_REPORTED_PROBLEMS).cloned().collect(),
                    _ => vec![],
                },
            },
        }
    }
}
