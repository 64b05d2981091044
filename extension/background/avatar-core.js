// Avatar hashing without the browser: which URLs may be fetched, how large a
// picture is drawn, and the per-URL cache. The browser parts (fetch,
// createImageBitmap, OffscreenCanvas, the Wasm engine) are handed in by
// avatar-hash.js, so this file runs as is under node's test runner.

/** Largest avatar file fetched, in bytes (Facebook serves ≤ 100 KB; a bomb is refused). */
export const MAX_BYTES = 4 * 1024 * 1024;
/** Pictures larger than this on a side are drawn scaled down (PDQ barely moves: it works at 64×64). */
export const MAX_SIDE = 1024;
/** Avatars remembered per background lifetime. */
export const CACHE_SIZE = 256;

/** Only Facebook's image CDN over HTTPS: nothing else is ever fetched. */
export function isAvatarUrl(url) {
  if (typeof url !== 'string' || url.length > 4096) return false;
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  return u.protocol === 'https:' && !u.username && !u.password && (host === 'fbcdn.net' || host.endsWith('.fbcdn.net'));
}

/** Size to draw a width × height picture at, at most `max` on a side, aspect kept. */
export function fitWithin(width, height, max = MAX_SIDE) {
  if (!(width > 0 && height > 0)) return null;
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A cached hasher: url → Promise<{hash, quality, usable, hashes} | null>.
 *   fetchImage(url) → Blob          (throws on a network or size problem)
 *   decodeRgba(blob) → {rgba, width, height}
 *   hashRgba({rgba, width, height}) → {hash, quality, usable, hashes}
 * A URL is fetched once while its result is cached (concurrent callers share
 * the pending promise). A failure is not cached, so a later visit tries again;
 * a picture that decodes but is too flat to hash is cached as such.
 */
export function createAvatarHasher({ fetchImage, decodeRgba, hashRgba, size = CACHE_SIZE }) {
  const cache = new Map();
  return function hashesOf(url) {
    if (!isAvatarUrl(url)) return Promise.resolve(null);
    const hit = cache.get(url);
    if (hit) {
      cache.delete(url); // most recently used last
      cache.set(url, hit);
      return hit;
    }
    const pending = (async () => {
      const blob = await fetchImage(url);
      const pixels = await decodeRgba(blob);
      const out = await hashRgba(pixels);
      return out && out.usable ? out : { ...out, usable: false, hashes: [] };
    })().catch(() => {
      cache.delete(url);
      return null;
    });
    cache.set(url, pending);
    while (cache.size > size) cache.delete(cache.keys().next().value);
    return pending;
  };
}
