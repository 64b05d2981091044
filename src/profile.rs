//! What one Facebook page or profile shows about itself: the input of a check
//! (`asli check` reads one per line; the extension's site adapter builds one).

use serde::{Deserialize, Serialize};

/// A profile as `docs/spec.md` §2 defines it. Every field but
/// `name` is optional and unknown fields are ignored, so older and newer
/// producers keep working.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default = "default_platform")]
    pub platform: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub handle: Option<String>,
    pub name: String,
    /// PDQ hash of the avatar, 64 hex chars.
    #[serde(default)]
    pub avatar_pdq: Option<String>,
    /// ISO date the page was created, when the page's transparency panel says.
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub previous_names: Vec<String>,
    #[serde(default)]
    pub manager_countries: Vec<String>,
    #[serde(default)]
    pub followers: Option<u64>,
    /// The page carries Facebook's own verified badge (read by the site
    /// adapter from the page header, never from the name).
    #[serde(default)]
    pub facebook_verified: bool,
    /// The page's category as Facebook shows it ("News & media website").
    #[serde(default)]
    pub category: Option<String>,
}

fn default_platform() -> String {
    "facebook".to_string()
}

impl Profile {
    /// A profile that only has a display name (tests and the corpus use this).
    pub fn named(name: &str) -> Profile {
        Profile { platform: default_platform(), name: name.to_string(), ..Profile::default() }
    }
}
