// The Wasm façade: the one module that imports the wasm-bindgen output. Every
// user (engine, lists, avatar hashing) goes through `wasm.use(fn)` or the
// helpers below, which wait for the instance themselves; nobody calls init().
// After a trap the module is instantiated again (wasm-core.js): scripts/build
// adds `__asli_forget_instance` to the generated JS for that, because
// wasm-bindgen's init() otherwise returns the first instance forever.

import init, * as bindings from '../wasm/asli_wasm.js';
import { ext } from '../common/browser-api.js';
import { createWasm } from './wasm-core.js';
import { acceptUpdateWith } from './signature-check.js';

export { isTrap } from './wasm-core.js';

export const wasm = createWasm({
  instantiate: () => init({ module_or_path: ext.runtime.getURL('wasm/asli_wasm_bg.wasm') }),
  forget: bindings.__asli_forget_instance,
  bindings,
});

/** The list update's decision (signature-check.js: the browser's Ed25519, then the engine's checks). */
export function acceptUpdate(currentVersion, bytes, signature, publicKey) {
  return acceptUpdateWith((...args) => wasm.use((w) => w.AsliEngine.acceptCheckedUpdate(...args)), currentVersion, bytes, signature, publicKey);
}

/** {name, publisher, version, entries, expires} of a list text; rejects when it does not parse. */
export function parseList(text) {
  return wasm.use((w) => w.AsliEngine.parseList(text));
}

/** PDQ hashes of an RGBA picture ({hash, quality, usable, hashes}). */
export function pdqHash(rgba, width, height) {
  return wasm.use((w) => w.pdqHash(rgba, width, height));
}

/** The hashes a list entry keeps of an avatar (RGBA), usable ones only. */
export function pdqListingHashes(rgba, width, height) {
  return wasm.use((w) => w.pdqListingHashes(rgba, width, height));
}

// For tests and debugging from the worker's console: asliWasm.generation counts re-instantiations.
globalThis.asliWasm = wasm;
