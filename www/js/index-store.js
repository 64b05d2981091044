// The lists' compiled index kept in this browser (localStorage, INDEX: read
// at once with the page's other settings, where Cache Storage answered 100 ms
// or more later under load), with the labels and lengths of the lists it was
// made for, in the order they are put in force, so that a revisit loads the
// index instead of building it (130 ms or more in freshly loaded wasm). One
// list set is kept: the last one built. Nothing kept is trusted: the engine
// loads the bytes only if they were made by this engine for exactly the texts
// in force (their SHA-256 is inside) and are intact, and builds the index
// otherwise (boot.js then keeps the index it built in its place); the labels
// and lengths only spare it bytes that are plainly another set of lists'.

const INDEX = 'asli.index';

/**
 * The lists' hash as the engine computes it (asli::matcher::lists_hash:
 * SHA-256 of "asli.lists.v1", then each text's UTF-8 length as a
 * little-endian u64 and its bytes), by the browser's own SHA-256, off the
 * main thread and before the wasm is ready, for setListsWithIndex: in
 * freshly loaded wasm the hash was the largest part of loading a kept index.
 * Undefined where the browser has no WebCrypto (the engine computes it).
 * `lists`: [{text, bytes?}], bytes (where given) the text's exact UTF-8.
 */
export async function listsHash(lists) {
  if (!globalThis.crypto || !crypto.subtle) return undefined;
  const utf8 = new TextEncoder();
  const parts = [utf8.encode('asli.lists.v1')];
  for (const { text, bytes: given } of lists) {
    // The bytes the text was decoded from, where the caller has them.
    const bytes = given instanceof Uint8Array ? given : utf8.encode(text);
    const length = new Uint8Array(8);
    new DataView(length.buffer).setBigUint64(0, BigInt(bytes.length), true);
    parts.push(length, bytes);
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
}

/** What the index of `lists` ([{label, text}]) is kept with: their labels and lengths. */
export function indexKey(lists) {
  return JSON.stringify(lists.map(({ label, text }) => [label, text.length]));
}

/** The index kept with `key`, or null (none, another set of lists', or unreadable). */
export function keptIndex(key) {
  try {
    const [k, b64] = JSON.parse(localStorage.getItem(INDEX) || '[]');
    return k === key && typeof b64 === 'string' ? fromBase64(b64) : null;
  } catch (_) {
    return null; // storage off, not JSON, not base64
  }
}

/** Keeps an index with `key`, in place of the one kept before (full or refused storage: none kept). */
export function keepIndex(key, bytes) {
  try {
    localStorage.setItem(INDEX, JSON.stringify([key, toBase64(bytes)]));
  } catch (_) {
    try { localStorage.removeItem(INDEX); } catch (_e) { /* storage off */ }
  }
}

// Base64 by the browser's own Uint8Array methods where it has them (a byte at
// a time in script took 12 ms for the bundled list's index in a fresh page),
// else through atob/btoa.
function fromBase64(s) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(s);
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function toBase64(bytes) {
  if (bytes.toBase64) return bytes.toBase64();
  let bin = '';
  for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(bin);
}
