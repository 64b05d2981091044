// The list's signature checked by the browser's own Ed25519 (WebCrypto), in
// a fraction of a millisecond, where the engine's check in freshly loaded wasm
// takes a hundred or more on a phone. Only a yes is used, and only to answer
// sooner: site-engine.js still has its acceptUpdate decide (checkSignature
// below, then the engine's checks of format and size) once the first answer
// is shown. Anything unusual
// (no Ed25519 in this browser, a file that does not read, a signature that
// names another key) answers false, and the engine decides at once.
// Also here: checkSignature, the site's full check of a signature (its wasm
// carries no Ed25519; the engine's acceptCheckedUpdate then decides the
// rest), and digestOf, the key under which a verification is remembered.

const SIGNATURE = 'asli-ed25519-signature:';
const PUBLIC = 'asli-ed25519-public:';

/** The base64 value of the line tagged `tag`, as bytes, or null. */
function tagged(text, tag) {
  const lines = String(text).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith(tag));
  if (lines.length !== 1) return null;
  try {
    return Uint8Array.from(atob(lines[0].slice(tag.length)), (c) => c.charCodeAt(0));
  } catch (_) {
    return null;
  }
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** True if `signatureText` is a valid Ed25519 signature of `bytes` by `keyText`'s key; false when unsure. */
export async function signedBy(bytes, signatureText, keyText) {
  try {
    const key = tagged(keyText, PUBLIC);
    const signature = tagged(signatureText, SIGNATURE);
    const declared = tagged(signatureText, PUBLIC);
    if (!key || key.length !== 32 || !signature || signature.length !== 64 || (declared && !same(declared, key))) return false;
    const k = await crypto.subtle.importKey('raw', key, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, k, signature, bytes);
  } catch (_) {
    return false;
  }
}

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
  const key = tagged(keyTextGiven, PUBLIC);
  if (!key || key.length !== 32) return { refusal: { ok: false, code: 'bad-public-key', message: 'the public key must be one line asli-ed25519-public: and 32 bytes of base64' } };
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

const utf8 = new TextEncoder();
const sha256 = async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));

/**
 * What a verification is remembered under (site-engine.js, localStorage
 * `asli.verified`): the SHA-256, hex, of the SHA-256 digests of a list's exact
 * bytes, its signature text and its key text. Null without WebCrypto.
 */
export async function digestOf(bytes, signatureText, keyText) {
  if (!globalThis.crypto || !crypto.subtle) return null;
  const parts = await Promise.all([sha256(bytes), sha256(utf8.encode(signatureText)), sha256(utf8.encode(keyText))]);
  const all = new Uint8Array(96);
  parts.forEach((p, i) => all.set(p, i * 32));
  return Array.from(await sha256(all), (b) => b.toString(16).padStart(2, '0')).join('');
}

