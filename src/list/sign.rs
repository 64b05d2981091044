//! Ed25519 keys and detached signatures over a list's exact bytes, and their
//! text form (docs/lists.md). Each key or signature is one line
//! `asli-ed25519-<what>:<standard base64>`; a file may add `#` comment lines and
//! blank lines. A signature file may also carry the public key that made it
//! (informational: only the key the reader pinned decides).
//!
//! No randomness here: a secret key comes from 32 seed bytes the caller draws
//! (the CLI takes them from the operating system).

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use std::fmt;

const PUBLIC_TAG: &str = "asli-ed25519-public";
const SECRET_TAG: &str = "asli-ed25519-secret";
const SIGNATURE_TAG: &str = "asli-ed25519-signature";

/// A publisher's public key: what a subscriber pins.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

/// A publisher's secret key. Its `Debug` never prints the key.
#[derive(Clone)]
pub struct SecretKey(SigningKey);

/// A detached signature, with the public key its file says made it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub signature: ed25519_dalek::Signature,
    pub declared_key: Option<PublicKey>,
}

/// Why a key or signature text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// No line with the expected `asli-ed25519-...:` tag.
    Missing {
        expected: &'static str,
    },
    /// A secret key where a public key or signature was expected, or the reverse.
    WrongKind {
        expected: &'static str,
        found: String,
    },
    /// The same tag twice.
    Repeated {
        tag: String,
    },
    /// A line that is neither a comment nor `tag:base64`.
    UnknownLine {
        line: usize,
    },
    BadBase64 {
        tag: &'static str,
    },
    WrongLength {
        tag: &'static str,
        expected: usize,
        found: usize,
    },
    /// 32 bytes that are not a valid Ed25519 public key.
    NotAPoint,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Missing { expected } => write!(f, "no `{expected}:` line found"),
            KeyError::WrongKind { expected, found } if found == SECRET_TAG => {
                write!(f, "this is a SECRET key, expected `{expected}:` (never hand out the secret key)")
            }
            KeyError::WrongKind { expected, found } => write!(f, "found `{found}:`, expected `{expected}:`"),
            KeyError::Repeated { tag } => write!(f, "`{tag}:` appears more than once"),
            KeyError::UnknownLine { line } => {
                write!(f, "line {line} is neither a `#` comment nor an `asli-ed25519-...:BASE64` line")
            }
            KeyError::BadBase64 { tag } => write!(f, "`{tag}:` is not followed by valid base64"),
            KeyError::WrongLength { tag, expected, found } => {
                write!(f, "`{tag}:` holds {found} bytes, expected {expected}")
            }
            KeyError::NotAPoint => write!(f, "not a valid Ed25519 public key"),
        }
    }
}

impl std::error::Error for KeyError {}

/// The `(tag, base64)` lines of a key or signature text.
fn tagged_lines(text: &str) -> Result<Vec<(&str, &str)>, KeyError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(':') {
            Some((tag, value)) if tag.starts_with("asli-ed25519-") => out.push((tag, value.trim())),
            _ => return Err(KeyError::UnknownLine { line: n + 1 }),
        }
    }
    Ok(out)
}

fn decode<const N: usize>(tag: &'static str, b64: &str) -> Result<[u8; N], KeyError> {
    let bytes = STANDARD.decode(b64).map_err(|_| KeyError::BadBase64 { tag })?;
    let found = bytes.len();
    bytes.try_into().map_err(|_| KeyError::WrongLength { tag, expected: N, found })
}

/// The one line tagged `tag`, refusing other tags except those in `also`.
fn single<'t>(lines: &[(&'t str, &'t str)], tag: &'static str, also: &[&str]) -> Result<&'t str, KeyError> {
    let mut found = None;
    for &(t, value) in lines {
        if t == tag {
            if found.is_some() {
                return Err(KeyError::Repeated { tag: t.to_string() });
            }
            found = Some(value);
        } else if !also.contains(&t) {
            return Err(KeyError::WrongKind { expected: tag, found: t.to_string() });
        }
    }
    found.ok_or(KeyError::Missing { expected: tag })
}

impl PublicKey {
    /// Reads a public key: a `.pub` file's text, or its single line.
    pub fn parse(text: &str) -> Result<PublicKey, KeyError> {
        let lines = tagged_lines(text)?;
        PublicKey::from_base64(single(&lines, PUBLIC_TAG, &[])?)
    }

    fn from_base64(b64: &str) -> Result<PublicKey, KeyError> {
        let bytes = decode::<32>(PUBLIC_TAG, b64)?;
        VerifyingKey::from_bytes(&bytes).map(PublicKey).map_err(|_| KeyError::NotAPoint)
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// Checks a detached signature over `message` (strict Ed25519 verification).
    pub fn verifies(&self, message: &[u8], signature: &Signature) -> bool {
        self.0.verify_strict(message, &signature.signature).is_ok()
    }
}

/// The single line `asli-ed25519-public:BASE64`.
impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PUBLIC_TAG}:{}", STANDARD.encode(self.0.as_bytes()))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

impl SecretKey {
    /// The key made from 32 random bytes (draw them from the operating system).
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    /// Reads a secret key file's text.
    pub fn parse(text: &str) -> Result<SecretKey, KeyError> {
        let lines = tagged_lines(text)?;
        Ok(SecretKey::from_seed(decode::<32>(SECRET_TAG, single(&lines, SECRET_TAG, &[])?)?))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The secret key file's text: a warning comment and the key line.
    pub fn to_file_text(&self) -> String {
        format!(
            "# Asli list signing key, SECRET half (Ed25519). Never commit it, never share it.\n\
             # Its public half: {}\n{SECRET_TAG}:{}\n",
            self.public(),
            STANDARD.encode(self.0.to_bytes())
        )
    }

    /// The detached signature of `message`, declaring this key's public half.
    pub fn sign(&self, message: &[u8]) -> Signature {
        Signature { signature: self.0.sign(message), declared_key: Some(self.public()) }
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey(public: {})", self.public())
    }
}

impl PublicKey {
    /// The public key file's text: a comment and the key line.
    pub fn to_file_text(&self) -> String {
        format!("# Asli list signing key, public half (Ed25519). Pin it to trust lists signed with it.\n{self}\n")
    }
}

impl Signature {
    /// Reads a signature file's text: one `asli-ed25519-signature:` line and at
    /// most one `asli-ed25519-public:` line.
    pub fn parse(text: &str) -> Result<Signature, KeyError> {
        let lines = tagged_lines(text)?;
        let sig = single(&lines, SIGNATURE_TAG, &[PUBLIC_TAG])?;
        let declared_key = match single(&lines, PUBLIC_TAG, &[SIGNATURE_TAG]) {
            Ok(b64) => Some(PublicKey::from_base64(b64)?),
            Err(KeyError::Missing { .. }) => None,
            Err(e) => return Err(e),
        };
        let bytes = decode::<64>(SIGNATURE_TAG, sig)?;
        Ok(Signature { signature: ed25519_dalek::Signature::from_bytes(&bytes), declared_key })
    }

    /// The signature file's text.
    pub fn to_file_text(&self) -> String {
        let mut out = String::from("# Asli detached signature (Ed25519) over the exact bytes of the list file\n");
        if let Some(key) = &self.declared_key {
            out.push_str(&format!("{key}\n"));
        }
        out.push_str(&format!("{SIGNATURE_TAG}:{}\n", STANDARD.encode(self.signature.to_bytes())));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_signatures_survive_their_text_form() {
        let secret = SecretKey::from_seed([7; 32]);
        let again = SecretKey::parse(&secret.to_file_text()).unwrap();
        assert_eq!(again.public(), secret.public());
        let public = PublicKey::parse(&secret.public().to_file_text()).unwrap();
        let sig = Signature::parse(&secret.sign(b"list").to_file_text()).unwrap();
        assert_eq!(sig.declared_key, Some(public));
        assert!(public.verifies(b"list", &sig));
        assert!(!public.verifies(b"lisT", &sig));
    }

    #[test]
    fn a_secret_key_is_refused_where_a_public_key_is_expected() {
        let text = SecretKey::from_seed([1; 32]).to_file_text();
        assert!(matches!(PublicKey::parse(&text), Err(KeyError::WrongKind { .. })));
    }
}
