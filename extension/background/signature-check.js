// A list's detached signature checked with the pinned key by the browser's own
// Ed25519 (WebCrypto), for the engine's acceptCheckedUpdate: the extension's
// and the site's wasm carry no Ed25519 of their own (some 30 KB gzipped of
// the extension's; the CLI keeps its Rust check, src/list/sign.rs). The files
// are read as src/list/sign.rs reads them. A plain module that imports
// nothing: the background (wasm.js) and the public site (www/js/site-engine.js)
// use it.

const PUBLIC = 'asli-ed25519-public:';

/** The bytes of the single line of `text` tagged `tag`, exactly `length` of them, or null. */
function tagged(text, tag, length) {
  const lines = String(text).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith(tag));
  return lines.length === 1 ? decoded(lines[0].slice(tag.length), length) : null;
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A tagged line: `asli-ed25519-<what>:<base64>` (the Rust side's `sign.rs` format). */
const LINE = /^(asli-ed25519-[a-z]+):(.*)$/;

/** Base64 to bytes of exactly `length`, or null. */
function decoded(b64, length) {
  try {
    const out = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return out.length === length ? out : null;
  } catch (_) {
    return null;
  }
}

/**
 * A signature file's text read as src/list/sign.rs reads it (comment and
 * blank lines skipped, every other line tagged, one signature line, at most
 * one public key line): {signature, declared (bytes or null)} or {error}.
 */
function readSignature(text) {
  const found = {};
  for (const raw of String(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m || (m[1] !== 'asli-ed25519-signature' && m[1] !== 'asli-ed25519-public')) return { error: `unexpected line ${JSON.stringify(line.slice(0, 40))}` };
    if (m[1] in found) return { error: `${m[1]} twice` };
    found[m[1]] = m[2].trim();
  }
  if (!('asli-ed25519-signature' in found)) return { error: 'no asli-ed25519-signature line' };
  const signature = decoded(found['asli-ed25519-signature'], 64);
  if (!signature) return { error: 'the signature is not 64 bytes of base64' };
  const declared = 'asli-ed25519-public' in found ? decoded(found['asli-ed25519-public'], 32) : null;
  if ('asli-ed25519-public' in found && !declared) return { error: 'the public key is not 32 bytes of base64' };
  return { signature, declared };
}

const keyText = (bytes) => `${PUBLIC}${btoa(String.fromCharCode(...bytes))}`;

/**
 * The list's signature checked with the pinned key by the browser's own
 * Ed25519, for the engine's acceptCheckedUpdate (the site's wasm carries no
 * Ed25519): {check: 'valid' | 'mismatch' | 'wrong-key' | 'unreadable',
 * detail}, or {refusal: {ok: false, code, message}} when the pinned key does
 * not read or this browser has no Ed25519 (nothing is then accepted).
 */
export async function checkSignature(bytes, signatureText, keyTextGiven) {
  const key = tagged(keyTextGiven, PUBLIC, 32);
  if (!key) return { refusal: { ok: false, code: 'bad-public-key', message: 'the public key must be one line asli-ed25519-public: and 32 bytes of base64' } };
  const sig = readSignature(signatureText);
  if (sig.error) return { check: 'unreadable', detail: sig.error };
  let valid;
  try {
    const k = await crypto.subtle.importKey('raw', key, { name: 'Ed25519' }, false, ['verify']);
    valid = await crypto.subtle.verify({ name: 'Ed25519' }, k, sig.signature, bytes);
  } catch (e) {
    return { refusal: { ok: false, code: 'no-ed25519', message: `this browser cannot check the list's Ed25519 signature (${(e && e.name) || e})` } };
  }
  if (valid) return { check: 'valid', detail: '' };
  // Only to say why it failed: nothing unauthenticated is trusted.
  if (sig.declared && !same(sig.declared, key)) return { check: 'wrong-key', detail: `${keyText(sig.declared)}\n${keyText(key)}` };
  return { check: 'mismatch', detail: '' };
}

/**
 * Whether a fetched list may replace the one in force (docs/lists.md,
 * "Accepting an update"): checkSignature, then `checked` (the engine's
 * acceptCheckedUpdate, however the caller reaches it) on what it found
 * (refused unless valid; then the list's size, format and version).
 * {ok, version, name, publisher, entries, expires} or {ok: false, code, message}.
 */
export async function acceptUpdateWith(checked, currentVersion, bytes, signature, publicKey) {
  const found = await checkSignature(bytes, signature, publicKey);
  return found.refusal || checked(currentVersion, bytes, found.check, found.detail);
}
