// The list's signature checked by the browser's own Ed25519 (WebCrypto), in
// a fraction of a millisecond, where the engine's check in freshly loaded wasm
// takes a hundred or more on a phone. Only a yes is used, and only to answer
// sooner: site-engine.js still has the engine's acceptUpdate decide (format,
// size, the signature again) once the first answer is shown. Anything unusual
// (no Ed25519 in this browser, a file that does not read, a signature that
// names another key) answers false, and the engine decides at once.
// Also here: digestOf, the key under which a verification is remembered.

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

