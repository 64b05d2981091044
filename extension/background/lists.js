// The lists in force, in priority order (the first wins a conflict,
// docs/lists.md): lists forced by policy (managed storage), signed lists the
// reader imported by hand, the reader's subscriptions (oldest first), and the
// list bundled with the extension. Each is handed to the engine (engine.js)
// as `{label, text}`.
//
// Subscriptions ({url, publicKey, label, signatureUrl?}) are fetched on
// install, on browser start-up, every few hours (alarms), when the policy
// changes and when the reader asks: all at once, each with its own deadline
// (subscriptions.js, FETCH_TIMEOUT_MS), each list's state saved as soon as it
// is known. A fetched list replaces the one in force only when the engine's
// `acceptUpdate` accepts it; otherwise the refusal is recorded.
//
// Storage is not trusted (storage.js repairs wrong types): every stored list
// is verified against its signature and pinned key again when it is put in
// force, and one that does not verify is left out and shown as refused.
//
// storage.local keys: common/protocol.js KEY. storage.managed
// (extension/managed-schema.json): subscriptions, lockSubscriptions,
// disableReaderExceptions, language. The options page talks to this module
// with the messages MSG.LISTS_* (see the routes at the end).

import { ext } from '../common/browser-api.js';
import { KEY, MSG } from '../common/protocol.js';
import { route } from './router.js';
import { read, change, storageNotes, clearNotes } from './storage.js';
import { acceptUpdate, parseList } from './wasm.js';
import {
  refreshSubscription, checkImport, orderLists, readerOnly, normalizePolicy, normalizeSubscription, keyLine, freshness,
} from './subscriptions.js';
import { createPolicyReader } from './policy-read.js';

// Shipped with the extension, each with its detached signature (path + .sig)
// and checked against the project's public key, also shipped (README, "Maintain
// a list"): a package whose list was altered puts no list of its own in force.
const BUNDLED = [{ label: 'bundled', path: 'lists/bundled.json', key: 'keys/asli-release.pub' }];
const ALARM = 'asli-lists-refresh';
const REFRESH_MINUTES = 6 * 60;
const MAX_IMPORTED = 20;
const MAX_SUBSCRIPTIONS = 50;
const utf8 = new TextEncoder();

// ---------------------------------------------------------------- who is told when the lists change

const changeListeners = [];
/** `fn()` (may return a promise) runs after every change of the lists in force; engine.js re-applies them. */
export function onListsChanged(fn) {
  changeListeners.push(fn);
}
function listsChanged() {
  return Promise.all(changeListeners.map((fn) => Promise.resolve().then(fn).catch(() => {})));
}

// ---------------------------------------------------------------- policy

// The policy is read with a short bound (policy-read.js): the first check,
// after install or after a browser restart, does not wait for Chromium's
// policy service; the last policy read is kept in storage.local
// (KEY.LAST_POLICY), and when the browser's answer differs from what was used
// the lists are put in force again.
async function lastPolicy() {
  const got = await ext.storage.local.get(KEY.LAST_POLICY);
  const p = got && got[KEY.LAST_POLICY];
  // Stored by this module, normalized; anything else is not used (and is replaced on the next read).
  return p && typeof p === 'object' && Array.isArray(p.subscriptions) && Array.isArray(p.errors) ? p : null;
}

const policyReader = createPolicyReader({
  readRaw: () => (ext.storage.managed ? ext.storage.managed.get(null) : {}),
  normalize: normalizePolicy,
  loadLast: lastPolicy,
  saveLast: (p) => ext.storage.local.set({ [KEY.LAST_POLICY]: p }),
  // Changed (while the browser was off, or just now): fetch what it now forces, drop what it no longer does.
  changed: () => { refreshAll().then(listsChanged).catch(() => {}); },
});

/**
 * The organisation's policy (managed storage), normalized; {} when there is
 * none. `current`: wait for the browser's answer (what enforces a lock), not
 * the last policy read.
 */
export function policy(options) {
  return policyReader.policy(options);
}

// ---------------------------------------------------------------- the lists, verified

async function packaged(path) {
  const res = await fetch(ext.runtime.getURL(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

let bundled = null;

/**
 * The bundled lists as [{label, text}], or [{label, text: null, error}] for one
 * that does not verify. The package does not change while the worker runs:
 * read and verified once.
 */
export function bundledLists() {
  bundled ??= verifyBundled();
  bundled.catch(() => { bundled = null; });
  return bundled;
}

async function verifyBundled() {
  const text = new TextDecoder();
  return Promise.all(BUNDLED.map(async ({ label, path, key }) => {
    const [bytes, signature, publicKey] = await Promise.all([
      packaged(path), packaged(`${path}.sig`).catch(() => new Uint8Array()), packaged(key).catch(() => new Uint8Array()),
    ]);
    const report = await acceptUpdate(undefined, bytes, text.decode(signature), keyLine(text.decode(publicKey)));
    if (!report.ok) return { label, text: null, error: { code: report.code, message: report.message, at: new Date().toISOString() } };
    return { label, text: text.decode(bytes), expires: report.expires ?? null };
  }));
}

// Stored lists already verified by this worker: "signature\nkey" → the text
// that verified (a string compare is far cheaper than an Ed25519 check of 5 MiB).
const verified = new Map();

/**
 * Whether a stored list still verifies with its pinned key and is the version
 * it claims: {ok: true} or {ok: false, code, message}.
 */
async function stillVerifies(text, signature, publicKey, version) {
  const id = `${signature}\n${keyLine(publicKey)}`;
  if (verified.get(id) === text) return { ok: true };
  const report = await acceptUpdate(undefined, utf8.encode(text), signature, publicKey);
  if (!report.ok) return report;
  if (report.version !== version) return { ok: false, code: 'tampered', message: `stored as version ${version}, signed as ${report.version}` };
  verified.set(id, text);
  return { ok: true };
}

async function sources() {
  const [pol, readerRaw, imported, states, bundledNow] = await Promise.all([
    policy(), read(KEY.SUBSCRIPTIONS), read(KEY.IMPORTED_LISTS), read(KEY.SUBSCRIPTION_STATE), bundledLists(),
  ]);
  return { pol, managed: pol.subscriptions, reader: readerOnly(readerRaw, pol.subscriptions), imported, states, bundled: bundledNow };
}

/**
 * The lists in force as {lists: [{label, text}], refusals}: every stored list
 * verified again; one that does not verify (storage changed behind our back)
 * is left out and named in `refusals` ([{kind, url|id, label, code, message}]).
 */
export async function listsInForce() {
  const s = await sources();
  const refusals = [];
  const states = {};
  for (const sub of [...s.managed, ...s.reader]) {
    const st = s.states[sub.url];
    if (!st || !st.text) continue;
    const r = await stillVerifies(st.text, st.signature, sub.publicKey, st.version);
    if (r.ok) states[sub.url] = st;
    else refusals.push({ kind: 'subscription', url: sub.url, label: sub.label, code: r.code, message: r.message });
  }
  const imported = [];
  for (const rec of s.imported) {
    const r = await stillVerifies(rec.text, rec.signature, rec.publicKey, rec.version);
    if (r.ok) imported.push(rec);
    else refusals.push({ kind: 'imported', id: rec.id, label: rec.label, code: r.code, message: r.message });
  }
  const lists = orderLists({ ...s, states, imported }).map(({ label, text }) => ({ label, text }));
  return { lists, refusals };
}

/** Remembers what the last merge settled and what it refused, for the options page. */
export async function recordApplied(conflicts, refusals) {
  const at = new Date().toISOString();
  await ext.storage.local.set({
    [KEY.LIST_CONFLICTS]: { at, conflicts: conflicts || [] },
    [KEY.LIST_REFUSALS]: refusals.map((r) => ({ ...r, message: String(r.message || '').slice(0, 300), at })),
  });
}

// ---------------------------------------------------------------- refreshing

// One refresh or change of the lists at a time (state writes themselves go
// through storage-queue.js).
let running = Promise.resolve();
function serial(fn) {
  const run = running.then(fn, fn);
  running = run.catch(() => {});
  return run;
}

/**
 * Fetches one subscription and saves its state at once; resolves with that
 * state. A stored list that no longer verifies does not count as the one in
 * force: the version the host serves replaces it.
 */
async function refreshOne(sub, prev) {
  let base = prev;
  if (prev && prev.text && !(await stillVerifies(prev.text, prev.signature, sub.publicKey, prev.version)).ok) {
    base = { ...prev };
    for (const k of ['text', 'signature', 'version', 'name', 'publisher', 'entries', 'expires']) delete base[k];
  }
  const st = await refreshSubscription(sub, base, { fetchImpl: (url, init) => fetch(url, init), acceptUpdate });
  await change(KEY.SUBSCRIPTION_STATE, (states) => ({ ...states, [sub.url]: st }));
  return st;
}

/** Fetches every subscription (policy and reader) at once, keeps what is accepted, re-applies the lists. */
export function refreshAll() {
  return serial(async () => {
    const s = await sources();
    const subs = [...s.managed, ...s.reader];
    const results = await Promise.all(subs.map((sub) => refreshOne(sub, s.states[sub.url]).catch(() => s.states[sub.url])));
    // Forget the state of subscriptions nobody has any more.
    const live = new Set(subs.map((x) => x.url));
    const states = await change(KEY.SUBSCRIPTION_STATE, (all) => Object.fromEntries(Object.entries(all).filter(([u]) => live.has(u))));
    const textOf = (st) => (st && st.text) || null;
    if (subs.some((sub, i) => textOf(results[i]) !== textOf(s.states[sub.url]))) await listsChanged();
    return states;
  });
}

async function locked() {
  return (await policy({ current: true })).lockSubscriptions;
}

const summary = (st) => (st ? {
  version: st.version ?? null, name: st.name ?? null, publisher: st.publisher ?? null, entries: st.entries ?? null,
  lastUpdate: st.lastUpdate ?? null, lastCheck: st.lastCheck ?? null, lastError: st.lastError ?? null,
  lastResult: st.lastResult ?? null, servedVersion: st.servedVersion ?? null, freshness: freshness(st),
} : { version: null, lastUpdate: null, lastCheck: null, lastError: null, freshness: freshness(null) });

async function localValue(key, fallback) {
  const got = await ext.storage.local.get(key);
  return got && got[key] !== undefined ? got[key] : fallback;
}

/** Everything the options page shows, without the list texts. */
async function state() {
  const s = await sources();
  const [settings, conflicts, refusalsRaw, hiddenPages] = await Promise.all([
    read(KEY.SETTINGS), read(KEY.LIST_CONFLICTS), localValue(KEY.LIST_REFUSALS, []), read(KEY.HIDDEN_PAGES),
  ]);
  const notes = await storageNotes(); // after the reads above, which may have repaired something
  const refusals = Array.isArray(refusalsRaw) ? refusalsRaw.filter((r) => r && typeof r.code === 'string') : [];
  const refusalOf = (pred) => refusals.find(pred) || null;
  let bundledState = [];
  try {
    bundledState = await Promise.all(s.bundled.map(async (b) => (b.text
      ? { label: b.label, verified: true, ...(await parseList(b.text)), freshness: freshness({ expires: b.expires }) }
      : { label: b.label, error: b.error })));
  } catch (_) { /* the page still shows the rest */ }
  return {
    policy: {
      active: s.pol.subscriptions.length > 0 || s.pol.lockSubscriptions || s.pol.disableReaderExceptions || !!s.pol.language || s.pol.errors.length > 0,
      lockSubscriptions: s.pol.lockSubscriptions,
      disableReaderExceptions: s.pol.disableReaderExceptions,
      language: s.pol.language || null,
      errors: s.pol.errors,
    },
    subscriptions: [
      ...s.managed.map((sub) => ({ ...sub, kind: 'managed', ...summary(s.states[sub.url]), refused: refusalOf((r) => r.url === sub.url) })),
      ...s.reader.map((sub) => ({ ...sub, kind: 'subscription', ...summary(s.states[sub.url]), refused: refusalOf((r) => r.url === sub.url) })),
    ],
    imported: s.imported.map((r) => ({
      id: r.id, label: r.label, publicKey: r.publicKey, version: r.version, name: r.name, publisher: r.publisher,
      entries: r.entries, importedAt: r.importedAt, lastUpdate: r.lastUpdate, freshness: freshness({ expires: r.expires }),
      refused: refusalOf((x) => x.id === r.id),
    })),
    bundled: bundledState,
    conflicts: conflicts.conflicts,
    conflictsAt: conflicts.at,
    storageNotes: notes,
    hiddenPages,
    language: s.pol.language || settings.language || 'auto',
  };
}

/** What the popup shows about the lists: how many are stale, by label. */
async function health() {
  const s = await state();
  const stale = [
    ...s.subscriptions.filter((x) => x.version !== null && x.freshness.stale),
    ...s.imported.filter((x) => x.freshness.stale),
    ...s.bundled.filter((x) => x.freshness && x.freshness.stale),
  ].map((x) => x.label || x.name);
  return { stale };
}

// ---------------------------------------------------------------- the options page's requests

const handlers = {
  state,
  health,
  async refresh() {
    await refreshAll();
    return state();
  },
  subscribe(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      const sub = normalizeSubscription(msg);
      const pol = await policy();
      const reader = await read(KEY.SUBSCRIPTIONS);
      if (pol.subscriptions.some((x) => x.url === sub.url) || reader.some((x) => x.url === sub.url)) {
        throw new Error('already subscribed to this address');
      }
      if (reader.length >= MAX_SUBSCRIPTIONS) throw new Error('too many subscriptions');
      const st = await refreshOne(sub, undefined);
      await change(KEY.SUBSCRIPTIONS, (all) => [...all, { ...sub, addedAt: new Date().toISOString() }]);
      if (st.text) await listsChanged();
      return { subscription: { ...sub, kind: 'subscription', ...summary(st) } };
    });
  },
  unsubscribe(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      const pol = await policy();
      await change(KEY.SUBSCRIPTIONS, (all) => all.filter((x) => x.url !== msg.url));
      if (!pol.subscriptions.some((x) => x.url === msg.url)) {
        await change(KEY.SUBSCRIPTION_STATE, (all) => { const next = { ...all }; delete next[msg.url]; return next; });
      }
      await listsChanged();
      return { ok: true };
    });
  },
  import(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      if (!Array.isArray(msg.bytes) && typeof msg.bytes !== 'string') throw new Error('no list file');
      const bytes = typeof msg.bytes === 'string'
        ? Uint8Array.from(atob(msg.bytes), (c) => c.charCodeAt(0))
        : Uint8Array.from(msg.bytes);
      const publicKey = String(msg.publicKey || '');
      const signature = String(msg.signature || '');
      const imported = await read(KEY.IMPORTED_LISTS);
      // A newer version of a list already imported (same key, same name) replaces it; an older one is refused.
      let name = null;
      try { name = (await parseList(new TextDecoder().decode(bytes))).name; } catch (_) { /* acceptUpdate says why */ }
      const same = imported.find((r) => keyLine(r.publicKey) === keyLine(publicKey) && r.name === name);
      const got = await checkImport({ bytes, signature, publicKey, label: msg.label, current: same ? same.version : undefined }, { acceptUpdate });
      if (!got.ok) return got;
      const record = { id: same ? same.id : `imp-${Date.now().toString(36)}`, ...got.record };
      const next = same ? imported.map((r) => (r.id === same.id ? record : r)) : [...imported, record];
      if (next.length > MAX_IMPORTED) throw new Error('too many imported lists');
      await change(KEY.IMPORTED_LISTS, () => next);
      await listsChanged();
      return { ok: true, version: record.version, name: record.name, entries: record.entries };
    });
  },
  removeImport(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      await change(KEY.IMPORTED_LISTS, (all) => all.filter((r) => r.id !== msg.id));
      await listsChanged();
      return { ok: true };
    });
  },
};

// Routes and listeners at the top level: a service worker woken by one of
// these events must find them registered during its first evaluation.
route(MSG.LISTS_STATE, handlers.state, { from: 'page' });
route(MSG.LISTS_HEALTH, handlers.health, { from: 'page' });
route(MSG.LISTS_CLEAR_NOTES, async () => { await clearNotes(); return { ok: true }; }, { from: 'page' });
route(MSG.LISTS_REFRESH, handlers.refresh, { from: 'page' });
route(MSG.LISTS_SUBSCRIBE, handlers.subscribe, { from: 'page' });
route(MSG.LISTS_UNSUBSCRIBE, handlers.unsubscribe, { from: 'page' });
route(MSG.LISTS_IMPORT, handlers.import, { from: 'page' });
route(MSG.LISTS_REMOVE_IMPORT, handlers.removeImport, { from: 'page' });

if (ext && ext.runtime && ext.runtime.onInstalled) {
  // Chrome: content scripts (a compromised page renderer) may not read or write storage.local.
  try {
    const done = ext.storage.local.setAccessLevel && ext.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    if (done && done.catch) done.catch(() => {});
  } catch (_) { /* Firefox: content scripts there cannot be kept out of storage.local */ }
  const schedule = () => {
    if (ext.alarms) ext.alarms.create(ALARM, { delayInMinutes: REFRESH_MINUTES, periodInMinutes: REFRESH_MINUTES });
  };
  ext.runtime.onInstalled.addListener(() => { schedule(); refreshAll().catch(() => {}); });
  ext.runtime.onStartup.addListener(() => { schedule(); refreshAll().catch(() => {}); });
  if (ext.alarms) ext.alarms.onAlarm.addListener((alarm) => { if (alarm.name === ALARM) refreshAll().catch(() => {}); });
  ext.storage.onChanged.addListener((changes, area) => {
    // The organisation changed its policy: fetch what it now forces, drop what it no longer does.
    if (area === 'managed') {
      policyReader.reread().catch(() => {}); // a policy unlike the one in use refreshes and re-applies the lists
    }
    // A list changed in storage by someone else than this module (it tells its own changes itself):
    // put the lists in force again, verified again.
    if (area === 'local' && (changes[KEY.SUBSCRIPTION_STATE] || changes[KEY.IMPORTED_LISTS] || changes[KEY.SUBSCRIPTIONS])) {
      scheduleReapply();
    }
  });
}

// Coalesces bursts of storage changes (each list's state is saved on its own) into one re-apply.
let reapplyTimer = null;
function scheduleReapply() {
  clearTimeout(reapplyTimer);
  reapplyTimer = setTimeout(() => { listsChanged().catch(() => {}); }, 300);
}
