// The one Asli engine of this extension: the Rust engine compiled to Wasm
// (wasm-bindgen output in ../wasm/), with the lists in force. Loaded lazily:
// a Chrome service worker is stopped when idle and starts again on the next
// message, so every use goes through getEngine().

import init, { AsliEngine } from '../wasm/asli_wasm.js';
import { applyLists } from './lists.js';
import { reapplyLearnedAvatars } from './learned-avatars.js';

// Firefox's `browser` (promises everywhere), else Chrome's `chrome`.
const ext = globalThis.browser ?? globalThis.chrome;

let loading = null;
let ready = null;

/** The Wasm module, instantiated once per worker: the engine, list checks and avatar hashing share it. */
export function wasmReady() {
  loading ??= init({ module_or_path: ext.runtime.getURL('wasm/asli_wasm_bg.wasm') });
  loading.catch(() => { loading = null; }); // a failed start is retried on the next use
  return loading;
}

export function getEngine() {
  if (!ready) {
    ready = (async () => {
      await wasmReady();
      const engine = new AsliEngine();
      await applyLists(engine); // leaves out a stored list that no longer parses
      await reapplyLearnedAvatars(engine).catch(() => {});
      return engine;
    })();
    ready.catch(() => { ready = null; }); // a failed start is retried on the next check
  }
  return ready;
}

/** Forgets the engine (after it failed); the next getEngine() starts a new one. */
export function resetEngine() {
  ready = null;
}
