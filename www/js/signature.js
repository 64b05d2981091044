// What boot.js starts on the bundled list's files as soon as they arrive, for
// site-engine.js: signedBy, the list's signature checked by the browser's own
// Ed25519 (the extension's checkSignature, shared: background/signature-check.js),
// whose yes puts the list in force at once on a first visit, the engine's
// checks of its format and size (acceptUpdate in site-engine.js) following
// once the first answer is shown (anything unusual, such as no Ed25519 in this
// browser or a file that does not read, answers false, and acceptUpdate
// decides at once); and digestOf, the key under which a verification is
// remembered.

import { checkSignature } from '../ext/background/signature-check.js';

/** True if `signatureText` is a valid Ed25519 signature of `bytes` by `keyText`'s key; false when unsure. */
export async function signedBy(bytes, signatureText, keyText) {
  try {
    return (await checkSignature(bytes, signatureText, keyText)).check === 'valid';
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

