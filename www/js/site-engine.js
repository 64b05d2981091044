// The site's engine: the same Wasm module as the extension (loaded through the
// extension's own wasm-core.js), with the lists in force: the reader's added
// lists (stored-lists.js) first, then the bundled list, each put in force only
// when its signature verifies with its key (the bundled one with the project's
// key, keys/asli-release.pub), as the extension does (background/lists.js;
// verifyOnce below remembers a verification of the exact same bytes).
// Everything happens in this page: nothing is sent anywhere. The wasm and the
// bundled list's files were asked for by boot.js, before the page's modules
// loaded, and boot.js put the bundled list in force on an engine of its own
// (earlyEngine), taken here once the list is verified; other lists are put
// in force here. Either way the lists' index is loaded when this browser kept
// it for exactly these lists (index-store.js), else built, and kept.

import { wasmModule, bundledFiles, bundledChecks, init, bindings, earlyEngine, putInForce, afterFirstAnswer, listsHash } from './boot.js';
import { createWasm, isTrap } from '../ext/background/wasm-core.js';
import { keyLine, orderLists } from '../ext/background/subscriptions.js';
import { readLists } from './stored-lists.js';
import { signedBy, digestOf } from './signature.js';
import { acceptUpdateWith } from '../ext/background/signature-check.js';

performance.mark('asli:engine-module');
export const wasm = createWasm({
  instantiate: async () => {
    // A module boot.js could not compile is fetched again by wasm-bindgen, for its error.
    const module = await wasmModule.catch(() => new URL('../wasm/asli_wasm_bg.wasm', import.meta.url));
    performance.mark('asli:wasm-start');
    return init({ module_or_path: module });
  },
  forget: bindings.__asli_forget_instance,
  bindings,
});

const text = new TextDecoder();
const utf8 = new TextEncoder();

/** The list update's decision, as the extension's (signature-check.js: the browser's Ed25519, then the engine's checks). */
export function acceptUpdate(currentVersion, bytes, signature, publicKey) {
  return acceptUpdateWith((...args) => wasm.use((w) => w.AsliEngine.acceptCheckedUpdate(...args)), currentVersion, bytes, signature, publicKey);
}

// A verification vouches for exact bytes, signature and key: its outcome is
// remembered under their SHA-256 digests (localStorage `asli.verified`), so a
// list that has not changed by one byte is not verified again on every page
// load (the extension keeps the same memo while its worker lives). Changed
// bytes, signature or key give another digest: a full verification.
const VERIFIED = 'asli.verified';
const MEMO_SIZE = 8;

function memo() {
  try {
    const m = JSON.parse(localStorage.getItem(VERIFIED) || '[]');
    return Array.isArray(m) ? m.filter((x) => x && typeof x.digest === 'string') : [];
  } catch (_) {
    return [];
  }
}

/** The list's own {version, name, expires}, read in JS for a list whose signature the browser checked; null if odd. */
function summary(bytes) {
  try {
    const l = JSON.parse(text.decode(bytes));
    if (!l || !Number.isSafeInteger(l.version) || typeof l.name !== 'string') return null;
    return { version: l.version, name: l.name, expires: typeof l.expires === 'string' ? l.expires : null };
  } catch (_) {
    return null;
  }
}

/** Digests of lists put in force on the browser's signature check that the engine then refused. */
const doubted = new Set();
const idle = (fn) => (globalThis.requestIdleCallback ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));

// The engine's own checks of a list put in force on the browser's signature
// check (tens of ms in freshly loaded wasm, on the main thread) wait for
// the page's load and for what the page says it is busy with (busyUntil: the
// checker's first answer), then for an idle moment: run earlier, it held up
// the first answer it was meant to follow.
let busy = Promise.resolve();
const loaded = new Promise((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
});
const later = (fn) => loaded.then(() => busy).catch(() => {}).then(() => idle(fn));
// What boot.js put off until the page has answered (the index kept for the next visit).
later(afterFirstAnswer);

/** The page's first answer is on its way until `p` settles: the engine's deferred verification waits for it. */
export function busyUntil(p) {
  busy = Promise.all([busy, Promise.resolve(p).catch(() => {})]);
}

/**
 * acceptUpdate for a list in force (no version to compare), remembered per
 * exact bytes, signature and key. With `quick` (the bundled list, on a first
 * visit), a signature the browser's own Ed25519 accepts puts the list in force
 * at once, and the engine's acceptUpdate decides once the page has answered
 * and is idle (later): if it refuses, the lists are put in force again without
 * this one.
 */
async function verifyOnce(bytes, signature, key, { quick = false, early = null } = {}) {
  // The browser's check starts beside the digests rather than after them (or
  // was started by boot.js, `early`, on the same bytes, as soon as they
  // arrived); its answer is used only if the memo does not know these bytes.
  const browserSays = early ? early.signed : quick && globalThis.crypto && crypto.subtle ? signedBy(bytes, signature, key) : null;
  const digest = await (early ? early.digest : digestOf(bytes, signature, key));
  const known = digest && memo().find((x) => x.digest === digest);
  if (known) return { ok: true, version: known.version, name: known.name, expires: known.expires ?? null };
  if (quick && digest && !doubted.has(digest) && await browserSays) {
    const meta = summary(bytes);
    if (meta) {
      later(() => verifyNow(bytes, signature, key, digest).catch((e) => ({ ok: false, message: String(e) })).then((r) => {
        if (!r.ok) { doubted.add(digest); reload().catch(() => {}); }
      }));
      return { ok: true, ...meta, provisional: digest };
    }
  }
  return verifyNow(bytes, signature, key, digest);
}

/** The engine's acceptUpdate, its yes remembered under `digest`. */
async function verifyNow(bytes, signature, key, digest) {
  const report = await acceptUpdate(undefined, bytes, signature, key);
  if (report.ok && digest) {
    const rest = memo().slice(0, MEMO_SIZE - 1);
    try {
      localStorage.setItem(VERIFIED, JSON.stringify([{ digest, version: report.version, name: report.name, expires: report.expires ?? null }, ...rest]));
    } catch (_) { /* storage off or full: verified again next time */ }
  }
  return report;
}

/** The bundled list, verified: {label, text} or {label, text: null, error}. */
async function bundledList() {
  const [bytes, signature, key] = await Promise.all([bundledFiles.list, bundledFiles.signature, bundledFiles.key]);
  const report = await verifyOnce(bytes, text.decode(signature), keyLine(text.decode(key)), { quick: true, early: bundledChecks });
  if (!report.ok) return { label: 'bundled', text: null, error: { code: report.code, message: report.message } };
  return { label: 'bundled', text: text.decode(bytes), version: report.version, name: report.name, expires: report.expires ?? null, provisional: report.provisional };
}

/** The reader's lists whose stored copy still verifies; the others in `refusals`. */
async function readerLists() {
  const ok = [];
  const refusals = [];
  for (const sub of readLists()) {
    const st = sub.state;
    if (!st || typeof st.text !== 'string') continue;
    const r = await verifyOnce(utf8.encode(st.text), String(st.signature || ''), sub.publicKey);
    if (r.ok && r.version === st.version) ok.push(sub);
    else refusals.push({ url: sub.url, label: sub.label, code: r.code || 'tampered', message: r.message || '' });
  }
  return { ok, refusals };
}

/** Every entry of the lists in force, the first list's entry winning an id both have: [{entry, list}]. */
function entriesOf(lists) {
  const seen = new Set();
  const out = [];
  for (const l of lists) {
    let parsed;
    try { parsed = JSON.parse(l.text); } catch (_) { continue; }
    for (const entry of Array.isArray(parsed.entries) ? parsed.entries : []) {
      if (!entry || typeof entry.id !== 'string' || seen.has(entry.id)) continue;
      seen.add(entry.id);
      out.push({ entry, list: l.label });
    }
  }
  return out;
}

/** boot.js's engine, if it has exactly `lists` in force on the module's first instance; else null (and it is let go). */
let early = earlyEngine;
async function takeEarly(lists) {
  const mine = early;
  early = Promise.resolve(null);
  const e = await mine;
  if (!e) return null;
  const first = wasm.generation === 0;
  if (first && e.lists.length === lists.length && e.lists.every((l, i) => l.label === lists[i].label && l.text === lists[i].text)) return e;
  if (first) e.engine.free();
  else try { e.engine.__destroy_into_raw(); } catch (_) { /* already detached */ }
  return null;
}

async function build() {
  // A list verified before (verifyOnce's memo) needs no wasm: both go on at once.
  const verified = Promise.all([bundledList(), readerLists()]);
  verified.catch(() => {});
  const w = await wasm.ready();
  const [bundled, reader] = await verified;
  performance.mark('asli:lists-verified');
  const states = Object.fromEntries(reader.ok.map((s) => [s.url, s.state]));
  const lists = orderLists({ reader: reader.ok, bundled: [bundled], states }).map(({ label, text: t, source }) => ({ label, text: t, source }));
  const labelled = lists.map(({ label, text: t }) => ({ label, text: t }));
  let { engine, set } = (await takeEarly(labelled)) || {};
  if (!engine) {
    const hash = await listsHash(labelled).catch(() => undefined);
    const bundledAlone = labelled.length === 1 && labelled[0].label === 'bundled';
    const shipped = bundledAlone ? await bundledFiles.index : null;
    engine = new w.AsliEngine();
    try {
      set = putInForce(engine, labelled, hash, shipped);
    } catch (e) {
      engine.free();
      // A list in force on the browser's signature check alone that does not even parse: the engine decides now.
      if (!bundled.provisional || doubted.has(bundled.provisional)) throw e;
      doubted.add(bundled.provisional);
      return build();
    }
  }
  performance.mark('asli:lists-in-force');
  // The entries, read in JS from the lists' text when first asked for (the
  // list page, a search, the count shown), not before the first verdict.
  let entries = null;
  return {
    engine, lists, bundled, refusals: reader.refusals, conflicts: set.conflicts, folded: null,
    get entries() { return (entries ??= entriesOf(lists)); },
  };
}

let site = null;

/** The engine with the lists in force, built once per page (again after reload()). */
export function ready() {
  if (!site) {
    const mine = build();
    site = mine;
    mine.catch(() => { if (site === mine) site = null; });
  }
  return site;
}

/** Puts the lists in force again (after the reader added or removed one). */
export function reload() {
  site = null;
  return ready();
}

// After a trap the module is instantiated again (wasm-core.js) and the engine
// rebuilt on the new instance; the old instance's engine is detached without a
// call into Wasm, so that its finalizer never frees a pointer in the new memory
// (as extension/background/engine.js does).
wasm.onRestart(() => {
  const old = site;
  site = null;
  if (old) old.then((s) => { try { s.engine.__destroy_into_raw(); } catch (_) { /* already detached */ } }, () => {});
});

/** The engine's verdict on a profile ({name, id?, handle?, avatar_pdq?}), with `entry_card`. */
export async function check(profile) {
  const s = await ready();
  try {
    return s.engine.check({ platform: 'facebook', ...profile });
  } catch (e) {
    if (isTrap(e)) wasm.restart();
    throw e;
  }
}

/** PDQ hashes of an RGBA picture: {hash, quality, usable, hashes}. */
export function pdqHash(rgba, width, height) {
  return wasm.use((w) => w.pdqHash(rgba, width, height));
}

/** A name as the engine folds it, separators removed. */
export function foldName(s) {
  return wasm.use((w) => w.foldName(String(s)));
}

/**
 * The entries a search finds, best first: the entry the engine itself relates
 * the typed name to (its check on that name: a misspelling, another alphabet,
 * styled letters), then every entry one of whose folded names, id or website
 * contains the folded query. An empty query finds every entry.
 */
export async function search(query) {
  const s = await ready();
  const q = String(query || '').trim();
  if (!q) return s.entries;
  const key = await foldName(q);
  // The engine's own folding of every name, once, on the first search: what the search compares.
  s.folded ??= await wasm.use((w) => s.entries.map(({ entry }) => (Array.isArray(entry.names) ? entry.names : []).map((n) => w.foldName(String(n))).filter(Boolean)));
  const hits = new Set();
  const out = [];
  const add = (i) => { if (!hits.has(i)) { hits.add(i); out.push(s.entries[i]); } };
  try {
    const v = s.engine.check({ platform: 'facebook', name: q });
    if (v && v.entry && v.verdict !== 'unknown') {
      const i = s.entries.findIndex((x) => x.entry.id === v.entry);
      if (i >= 0) add(i);
    }
  } catch (_) { /* the folded search below still answers */ }
  const lower = q.toLowerCase();
  s.entries.forEach(({ entry }, i) => {
    if ((key && s.folded[i].some((f) => f.includes(key))) || entry.id.includes(lower) ||
      (typeof entry.website === 'string' && entry.website.toLowerCase().includes(lower))) add(i);
  });
  return out;
}

ready().catch(() => { /* the page asks again, and shows the error */ });
