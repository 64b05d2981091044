// The avatar's PDQ hash, computed on this device: the background fetches the
// avatar URL the site adapter found (Facebook's image CDN only, fbcdn.net host
// permission in the manifest; no cookies, no referrer), decodes it with
// createImageBitmap + OffscreenCanvas (both in a Chrome service worker and a
// Firefox background script), hands the RGBA to the Wasm engine and caches the
// result per URL. Nothing else is fetched, and nothing leaves the browser.

import { pdqHash, pdqListingHashes } from './wasm.js';
import { createAvatarHasher, MAX_BYTES } from './avatar-core.js';
import { decodeRgba } from './decode-picture.js';
import { rememberAvatar } from './learned-avatars.js';

async function fetchImage(url) {
  const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache' });
  if (!res.ok) throw new Error(`avatar: HTTP ${res.status}`);
  if (Number(res.headers.get('content-length')) > MAX_BYTES) throw new Error('avatar: too large');
  const blob = await res.blob();
  if (blob.size > MAX_BYTES) throw new Error('avatar: too large');
  return blob;
}

async function hashRgba({ rgba, width, height }) {
  return pdqHash(rgba, width, height); // {hash, quality, usable, hashes}; the façade waits for the Wasm
}

/** url → Promise<{hash, quality, usable, hashes} | null>, cached per URL. */
export const avatarHashes = createAvatarHasher({ fetchImage, decodeRgba, hashRgba });

/**
 * The avatar's hashes for `profile.avatar_pdq`, comma-separated, or null (not
 * fbcdn, failed, or too flat to compare). All the robust hashes (whole picture,
 * centre crops, trimmed border) travel: they are what catches framed and
 * circle-cut copies (docs/avatar-thresholds.md).
 */
export async function avatarHash(url) {
  const out = await avatarHashes(url);
  if (!out || !out.usable) return null;
  return out.hashes.length ? out.hashes.join(',') : out.hash;
}

/**
 * When the reader is on a verified account (verdict `verified`, entry id from
 * the verdict): remember its avatar's hashes for that entry, on this device.
 */
export async function learnVerifiedAvatar(engine, entryId, url) {
  const out = await avatarHashes(url);
  if (!out || !out.usable) return false;
  // A list entry keeps more hashes of its avatar than a page is looked up by
  // (off-centre crops too); the picture usually comes from the HTTP cache.
  let hashes = out.hashes;
  try {
    const { rgba, width, height } = await decodeRgba(await fetchImage(url));
    hashes = await pdqListingHashes(rgba, width, height);
  } catch {
    // keep the page-side hashes
  }
  return rememberAvatar(engine, entryId, hashes);
}
