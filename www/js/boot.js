// What a page's first verdict waits for, started before the page's other
// modules have loaded: the engine's wasm compiled while it downloads and
// instantiated, the bundled list, its signature and the project's key
// fetched (and the list's compiled index, where the build ships one), and,
// where the reader added no list of their own, an engine with the bundled
// list put in force (its index loaded if this browser kept it from an earlier
// visit, index-store.js, or shipped, else built). Pages that use the engine
// load this module first, on its own (<script type="module" async>, added by
// build-www.mjs), so it runs as soon as it arrives instead of after the whole
// module graph; site-engine.js imports it and takes what it started (the same
// module instance). It decides nothing: it only starts, as soon as the list's
// files are in, the browser's own checks site-engine.js makes on them (their
// digests, the signature by WebCrypto: the same functions on the same
// bytes); site-engine.js decides, and the engine checks the list, before it
// is used: no check is asked of the early engine before then. The build
// bundles what it imports into it (it then needs no other file; the engine's
// wasm-bindgen glue is only here, and site-engine.js takes it from here).

import { signedBy, digestOf } from './signature.js';
import { keyLine } from '../ext/background/subscriptions.js';
import { readLists } from './stored-lists.js';
import { indexKey, keptIndex, keepIndex, listsHash } from './index-store.js';
import init, * as bindings from '../wasm/asli_wasm.js';

export { init, bindings, listsHash };
performance.mark('asli:boot');
const url = (path) => new URL(`../${path}`, import.meta.url);
// Where the build put the bundled list's index, compiled at build time by
// the engine the site ships, or '' when it ships none (build-www.mjs writes
// it in, with --compiled-index). Handed to the engine with the list: the
// engine loads it only if it was made by this build for exactly the verified
// list's text and is intact, and builds the index otherwise.
const COMPILED_INDEX = '__ASLI_COMPILED_INDEX__';

async function bytes(path) {
  const res = await fetch(url(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The compiled module, compiled as the bytes arrive where the host sends application/wasm. */
async function compile() {
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(fetch(url('wasm/asli_wasm_bg.wasm')));
    } catch (_) { /* another content type, or no network: from the bytes below */ }
  }
  return WebAssembly.compile(await bytes('wasm/asli_wasm_bg.wasm'));
}

/** A promise that is never reported as unhandled: its taker handles it. */
function quiet(p) {
  p.catch(() => {});
  return p;
}

export const wasmModule = quiet(compile());

/** The bundled list's files: {list, signature, key} as promises of bytes (signature and key empty when missing). */
export const bundledFiles = {
  list: quiet(bytes('lists/bundled.json')),
  signature: quiet(bytes('lists/bundled.json.sig').catch(() => new Uint8Array())),
  key: quiet(bytes('keys/asli-release.pub').catch(() => new Uint8Array())),
  /** The bundled list's compiled index, or null (none shipped, or it failed to arrive). */
  index: COMPILED_INDEX ? quiet(bytes(COMPILED_INDEX).catch(() => null)) : Promise.resolve(null),
};

/** The module instantiated (wasm-bindgen's init: site-engine.js's first instance is this one). */
const instance = quiet(wasmModule.then((module) => init({ module_or_path: module })).then(() => performance.mark('asli:wasm-ready')));

// What can wait until the page has given its first answer (the index kept
// for the next visit: its bytes copied out of the engine, base64 and
// localStorage, some 10 ms of the main thread on a first visit): done when
// site-engine.js says the page is idle (afterFirstAnswer), or after a few
// seconds whatever happens.
let waiting = [];
function whenIdle(fn) {
  if (!waiting) { setTimeout(fn, 0); return; }
  waiting.push(fn);
}
/** Runs what waited for the page's first answer (once; later work then runs at once). */
export function afterFirstAnswer() {
  const fns = waiting || [];
  waiting = null;
  for (const fn of fns) { try { fn(); } catch (_) { /* the engine was let go: nothing kept */ } }
}
setTimeout(afterFirstAnswer, 5000);

/**
 * engine.setListsWithIndex(lists, index, hash), with lists that carry the
 * bytes they were fetched as (`bytes`, a Uint8Array: the text's UTF-8) handed
 * over as such (setListBytesWithIndex: one copy into the wasm's memory, where
 * their texts were encoded to UTF-8 again across the boundary, some 7% of a
 * first visit's index task).
 */
function putLists(engine, lists, index, hash) {
  // (The site's wasm has it; a build of the extension's wasm does not: Cargo.toml's feature `small`.)
  if (!engine.setListBytesWithIndex || !lists.length || !lists.every((l) => l.bytes instanceof Uint8Array)) {
    return engine.setListsWithIndex(lists.map(({ label, text }) => ({ label, text })), index, hash);
  }
  const lengths = Uint32Array.from(lists, (l) => l.bytes.length);
  let texts = lists[0].bytes;
  if (lists.length > 1) {
    texts = new Uint8Array(lengths.reduce((n, x) => n + x, 0));
    let at = 0;
    for (const l of lists) { texts.set(l.bytes, at); at += l.bytes.length; }
  }
  return engine.setListBytesWithIndex(lists.map((l) => l.label), texts, lengths, index, hash);
}

/**
 * Puts `lists` ([{label, text, bytes?}]: bytes, where given, the text's exact
 * UTF-8) in force on `engine`: the index kept for
 * them loaded, else the `shipped` one (bytes, or null: the bundled list's,
 * for the bundled list alone), else built and kept. `hash`: their
 * listsHash, when computed.
 */
export function putInForce(engine, lists, hash, shipped = null) {
  const key = indexKey(lists);
  const kept = keptIndex(key);
  if (kept) performance.mark('asli:index-kept');
  else if (shipped) performance.mark('asli:index-shipped');
  const set = putLists(engine, lists, kept || shipped || undefined, hash);
  performance.mark(set.loaded ? 'asli:index-loaded' : 'asli:index-built');
  // Built (none was kept, or the kept one was refused): kept for the next visit,
  // once the page has answered (an engine let go meanwhile keeps nothing).
  if (!set.loaded) whenIdle(() => keepIndex(key, engine.compiledIndex()));
  return set;
}

/**
 * With no list of the reader's, the lists in force will be the bundled list
 * alone: an engine with it in force, started as soon as the wasm and the list
 * are in, for site-engine.js to take once it has verified the list ({engine,
 * set, lists}, or null when there is none or it failed).
 */
const earlyLists = quiet(bundledFiles.list.then((list) => [{ label: 'bundled', text: new TextDecoder().decode(list), bytes: list }]));
const earlyHash = quiet(earlyLists.then(listsHash).catch(() => undefined));
export const earlyEngine = readLists().length ? Promise.resolve(null) : quiet(Promise.all([instance, earlyLists, earlyHash, bundledFiles.index]).then(([, lists, hash, shipped]) => {
  const engine = new bindings.AsliEngine();
  try {
    return { engine, set: putInForce(engine, lists, hash, shipped), lists };
  } catch (_) {
    engine.free();
    return null;
  }
}).catch(() => null));

const decoded = Promise.all([bundledFiles.list, bundledFiles.signature, bundledFiles.key])
  .then(([list, signature, key]) => [list, new TextDecoder().decode(signature), keyLine(new TextDecoder().decode(key))]);
/** site-engine.js's checks of the bundled list, started now: {digest (hex or null), signed (true only when sure)}. */
export const bundledChecks = {
  digest: quiet(decoded.then(([l, s, k]) => digestOf(l, s, k))),
  signed: quiet(decoded.then(([l, s, k]) => signedBy(l, s, k)).catch(() => false)),
};

// The page's words are asked for now too, not once the page's modules have
// run (a round trip after them): a preload of i18n/<language>.json, and of
// English (the fallback every language loads), that i18n.js's fetch then
// takes. The language is chosen by i18n.js's rule (the reader's choice, else
// the browser's, else Arabic), repeated here so that boot.js imports nothing;
// were the two to differ, a preload would only go unused.
function language() {
  const known = ['ar', 'fr', 'en'];
  let stored = null;
  try { stored = localStorage.getItem('asli.lang'); } catch (_) { /* storage off */ }
  if (known.includes(stored)) return stored;
  for (const l of navigator.languages || [navigator.language]) {
    const base = String(l || '').toLowerCase().split('-')[0];
    if (known.includes(base)) return base;
  }
  return 'ar';
}
// A reader of another language is not shown the Arabic words filled in at
// build time first: the page's body is left out of layout (site.css,
// data-asli-words) until layout.js has put the reader's words in, or for
// WORDS_WAIT_MS at most. The page is then laid out once, in the reader's
// words, where it was laid out in Arabic and then again (main-thread CPU to
// the first verdict painted, traced: 306 → 281 ms on a first visit, 248 →
// 219 on a revisit, medians of 9 at a load average of 8).
const WORDS_WAIT_MS = 2000;
const chosen = language();
if (chosen !== 'ar') {
  document.documentElement.setAttribute('data-asli-words', 'pending');
  setTimeout(() => document.documentElement.removeAttribute('data-asli-words'), WORDS_WAIT_MS);
}
for (const lang of new Set([chosen, 'en'])) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url(`i18n/${lang}.json`);
  document.head.append(link);
}
