// The lists' compiled index kept in this browser (localStorage, INDEX: read
// at once with the page's other settings, where Cache Storage answered 100 ms
// or more later under load), with the SHA-256 of the lists' labels and texts
// in the order they are put in force, so that a revisit loads the index
// instead of building it (130 ms or more in freshly loaded wasm). One list
// set is kept: the last one built. Nothing kept is trusted: the engine loads
// the bytes only if they were made by this engine for exactly the texts in
// force and are intact, and builds the index otherwise (boot.js then keeps the
// index it built in their place).

const INDEX = 'asli.index';

/** What the index of `lists` ([{label, text}]) is kept with: the SHA-256 (hex) of their labels and texts. */
export async function indexKey(lists) {
  const utf8 = new TextEncoder();
  const parts = lists.flatMap(({ label, text }) => [label, text]).map((p) => utf8.encode(p));
  const all = new Uint8Array(parts.reduce((n, p) => n + 4 + p.length, 0));
  const view = new DataView(all.buffer);
  let at = 0;
  for (const p of parts) {
    view.setUint32(at, p.length);
    all.set(p, at + 4);
    at += 4 + p.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The index kept with `key`, or null. Stored as `key:` then one character per byte (Latin-1). */
export function keptIndex(key) {
  let v = null;
  try { v = localStorage.getItem(INDEX); } catch (_) { /* storage off */ }
  if (!v || !v.startsWith(`${key}:`)) return null;
  const bytes = new Uint8Array(v.length - key.length - 1);
  for (let i = 0, at = key.length + 1; i < bytes.length; i++, at++) bytes[i] = v.charCodeAt(at);
  return bytes;
}

/** Keeps an index with `key`, in place of the one kept before (full or refused storage: none kept). */
export function keepIndex(key, bytes) {
  const CHUNK = 8192;
  let s = `${key}:`;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  try {
    localStorage.setItem(INDEX, s);
  } catch (_) {
    try { localStorage.removeItem(INDEX); } catch (_e) { /* storage off */ }
  }
}
