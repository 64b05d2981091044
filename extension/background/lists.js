// The lists in force, in priority order (the first wins a conflict,
// docs/lists.md): lists forced by policy (managed storage), signed lists the
// reader imported by hand, the reader's subscriptions (oldest first), and the
// list bundled with the extension. Each is handed to the engine as
// `{label, text}` (`AsliEngine.setLists`).
//
// Subscriptions ({url, publicKey, label}) are fetched on install, on browser
// start-up, every few hours (chrome.alarms), when the policy changes and when
// the reader asks. A fetched list replaces the one in force only when the
// engine's `acceptUpdate` accepts it (pinned key, format, growing version,
// size); otherwise the refusal is recorded and nothing in force changes.
//
// storage.local:
//   subscriptions       the reader's [{url, publicKey, label, addedAt}]
//   subscriptionState   { "<url>": {text, signature, version, name, publisher,
//                          entries, lastUpdate, lastCheck, lastError} }
//   importedLists       [{id, label, text, signature, publicKey, version, ...}]
//   listConflicts       {at, conflicts: [{code, account, kept, dropped}]}
//   settings            {language: 'auto'|'ar'|'fr'|'en'}
// storage.managed (extension/managed-schema.json): subscriptions,
//   lockSubscriptions, disableReaderExceptions, language.
//
// The options page talks to this module with runtime messages
// {type: 'asli-lists/<what>', ...} (see `handlers` below).

import { AsliEngine } from '../wasm/asli_wasm.js';
import { getEngine, wasmReady } from './engine.js';
import { reapplyLearnedAvatars } from './learned-avatars.js';
import {
  refreshSubscription, checkImport, orderLists, readerOnly, normalizePolicy, normalizeSubscription, keyLine,
} from './subscriptions.js';

// Shipped with the extension, each with its detached signature (path + .sig)
// and checked against the project's public key, also shipped (README, "Maintain
// a list"): a package whose list was altered puts no list of its own in force.
const BUNDLED = [{ label: 'bundled', path: 'lists/bundled.json', key: 'keys/asli-release.pub' }];
const ALARM = 'asli-lists-refresh';
const REFRESH_MINUTES = 6 * 60;
const MAX_IMPORTED = 20;
const MAX_SUBSCRIPTIONS = 50;

// Firefox's `browser` (promises everywhere), else Chrome's `chrome`.
const api = globalThis.browser ?? globalThis.chrome;

async function local(key, fallback) {
  const got = await api.storage.local.get(key);
  return got && got[key] !== undefined ? got[key] : fallback;
}

// Chromium answers the first storage.managed read after the browser starts
// only once its policy service has loaded (about 3 s here), and the first page
// the reader opens must not wait for that: the last policy read is kept in
// storage.local `lastPolicy` and used until the browser reports the current one
// (when that differs, the lists are put in force again).
const POLICY_WAIT_MS = 150;
let managedRead = null;

/** JSON with object keys sorted: storage hands objects back with their keys reordered. */
function canonical(value) {
  return JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
    : v));
}

function readManaged() {
  managedRead ??= (async () => {
    let raw = {};
    try {
      if (api.storage.managed) raw = await api.storage.managed.get(null);
    } catch (_) {
      raw = {}; // Firefox throws when there is no policy
    }
    const current = normalizePolicy(raw);
    const last = await local('lastPolicy', null);
    if (canonical(last) !== canonical(current)) {
      await api.storage.local.set({ lastPolicy: current });
      // Changed (while the browser was off, or just now): fetch what it now forces, drop what it no longer does.
      if (last) refreshAll().then(reapply).catch(() => {});
    }
    return current;
  })();
  managedRead.catch(() => { managedRead = null; });
  return managedRead;
}

/**
 * The organisation's policy (managed storage), normalized; {} when there is
 * none. `current`: wait for the browser's answer (what enforces a lock), not
 * the last policy read.
 */
export async function policy({ current = false } = {}) {
  const last = current ? null : await local('lastPolicy', null);
  if (!last) return readManaged();
  return Promise.race([readManaged(), new Promise((r) => setTimeout(r, POLICY_WAIT_MS, last))]);
}

async function packaged(path) {
  const res = await fetch(api.runtime.getURL(path));
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
  await wasmReady();
  const utf8 = new TextDecoder();
  return Promise.all(BUNDLED.map(async ({ label, path, key }) => {
    const [bytes, signature, publicKey] = await Promise.all([
      packaged(path), packaged(`${path}.sig`).catch(() => new Uint8Array()), packaged(key).catch(() => new Uint8Array()),
    ]);
    const report = AsliEngine.acceptUpdate(undefined, bytes, utf8.decode(signature), keyLine(utf8.decode(publicKey)));
    if (!report.ok) return { label, text: null, error: { code: report.code, message: report.message, at: new Date().toISOString() } };
    return { label, text: utf8.decode(bytes) };
  }));
}

async function sources() {
  const [pol, reader, imported, states, bundled] = await Promise.all([
    policy(), local('subscriptions', []), local('importedLists', []), local('subscriptionState', {}), bundledLists(),
  ]);
  return { pol, managed: pol.subscriptions, reader: readerOnly(reader, pol.subscriptions), imported, states, bundled };
}

/** The lists in force as [{label, text}], first wins (what engine.js hands to setLists). */
export async function listsInForce() {
  const s = await sources();
  return orderLists(s).map(({ label, text }) => ({ label, text }));
}

/**
 * Puts the lists in force into `engine` and remembers the merge's conflicts
 * for the options page. A stored list that no longer parses (it was accepted
 * once, so only a newer engine could refuse it) is left out rather than
 * leaving the engine without any list.
 */
export async function applyLists(engine) {
  let lists = await listsInForce();
  let conflicts;
  try {
    conflicts = engine.setLists(lists);
  } catch (_) {
    lists = lists.filter((l) => { try { AsliEngine.parseList(l.text); return true; } catch (e) { return false; } });
    conflicts = engine.setLists(lists);
  }
  await api.storage.local.set({ listConflicts: { at: new Date().toISOString(), conflicts: conflicts || [] } });
  return conflicts || [];
}

async function reapply() {
  const engine = await getEngine();
  const conflicts = await applyLists(engine);
  await reapplyLearnedAvatars(engine).catch(() => {}); // setLists forgets what was learned
  return conflicts;
}

// One refresh or change at a time: two overlapping refreshes must not write
// over each other's state.
let queue = Promise.resolve();
function serial(fn) {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

async function refreshOne(sub, states) {
  await wasmReady();
  states[sub.url] = await refreshSubscription(sub, states[sub.url], {
    fetchImpl: (url, init) => fetch(url, init),
    acceptUpdate: (v, bytes, sig, key) => AsliEngine.acceptUpdate(v, bytes, sig, key),
  });
  return states[sub.url];
}

/** Fetches every subscription (policy and reader), keeps what is accepted, re-applies the lists. */
export function refreshAll() {
  return serial(async () => {
    const s = await sources();
    const states = s.states;
    const before = JSON.stringify(Object.fromEntries(Object.entries(states).map(([u, st]) => [u, st.version])));
    for (const sub of [...s.managed, ...s.reader]) await refreshOne(sub, states);
    // Forget the state of subscriptions nobody has any more.
    const live = new Set([...s.managed, ...s.reader].map((x) => x.url));
    for (const url of Object.keys(states)) if (!live.has(url)) delete states[url];
    await api.storage.local.set({ subscriptionState: states });
    const after = JSON.stringify(Object.fromEntries(Object.entries(states).map(([u, st]) => [u, st.version])));
    if (before !== after) await reapply();
    return states;
  });
}

async function locked() {
  return (await policy({ current: true })).lockSubscriptions;
}

const summary = (st) => (st ? {
  version: st.version ?? null, name: st.name ?? null, publisher: st.publisher ?? null, entries: st.entries ?? null,
  lastUpdate: st.lastUpdate ?? null, lastCheck: st.lastCheck ?? null, lastError: st.lastError ?? null,
} : { version: null, lastUpdate: null, lastCheck: null, lastError: null });

/** Everything the options page shows, without the list texts. */
async function state() {
  const s = await sources();
  const settings = await local('settings', {});
  const conflicts = await local('listConflicts', { at: null, conflicts: [] });
  let bundled = [];
  try {
    await wasmReady();
    bundled = s.bundled.map((b) => (b.text ? { label: b.label, verified: true, ...AsliEngine.parseList(b.text) } : { label: b.label, error: b.error }));
  } catch (_) { /* the page still shows the rest */ }
  return {
    policy: {
      active: s.pol.subscriptions.length > 0 || s.pol.lockSubscriptions || s.pol.disableReaderExceptions || !!s.pol.language,
      lockSubscriptions: s.pol.lockSubscriptions,
      disableReaderExceptions: s.pol.disableReaderExceptions,
      language: s.pol.language || null,
      errors: s.pol.errors,
    },
    subscriptions: [
      ...s.managed.map((sub) => ({ ...sub, kind: 'managed', ...summary(s.states[sub.url]) })),
      ...s.reader.map((sub) => ({ ...sub, kind: 'subscription', ...summary(s.states[sub.url]) })),
    ],
    imported: s.imported.map((r) => ({
      id: r.id, label: r.label, publicKey: r.publicKey, version: r.version, name: r.name, publisher: r.publisher,
      entries: r.entries, importedAt: r.importedAt, lastUpdate: r.lastUpdate,
    })),
    bundled,
    conflicts: conflicts.conflicts || [],
    conflictsAt: conflicts.at,
    language: s.pol.language || settings.language || 'auto',
  };
}

const handlers = {
  state,
  async refresh() {
    await refreshAll();
    return state();
  },
  subscribe(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      const sub = normalizeSubscription(msg);
      const pol = await policy();
      const reader = await local('subscriptions', []);
      if (pol.subscriptions.some((s) => s.url === sub.url) || reader.some((s) => s.url === sub.url)) {
        throw new Error('already subscribed to this address');
      }
      if (reader.length >= MAX_SUBSCRIPTIONS) throw new Error('too many subscriptions');
      reader.push({ ...sub, addedAt: new Date().toISOString() });
      const states = await local('subscriptionState', {});
      delete states[sub.url];
      const st = await refreshOne(sub, states);
      await api.storage.local.set({ subscriptions: reader, subscriptionState: states });
      if (st.text) await reapply();
      return { subscription: { ...sub, kind: 'subscription', ...summary(st) } };
    });
  },
  unsubscribe(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      const reader = (await local('subscriptions', [])).filter((s) => s.url !== msg.url);
      const states = await local('subscriptionState', {});
      const pol = await policy();
      if (!pol.subscriptions.some((s) => s.url === msg.url)) delete states[msg.url];
      await api.storage.local.set({ subscriptions: reader, subscriptionState: states });
      await reapply();
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
      await wasmReady();
      const imported = await local('importedLists', []);
      // A newer version of a list already imported (same key, same name) replaces it; an older one is refused.
      let name = null;
      try { name = AsliEngine.parseList(new TextDecoder().decode(bytes)).name; } catch (_) { /* acceptUpdate says why */ }
      const same = imported.find((r) => keyLine(r.publicKey) === keyLine(publicKey) && r.name === name);
      const got = checkImport({ bytes, signature, publicKey, label: msg.label, current: same ? same.version : undefined }, {
        acceptUpdate: (v, b, s, k) => AsliEngine.acceptUpdate(v, b, s, k),
      });
      if (!got.ok) return got;
      const record = { id: same ? same.id : `imp-${Date.now().toString(36)}`, ...got.record };
      const next = same ? imported.map((r) => (r.id === same.id ? record : r)) : [...imported, record];
      if (next.length > MAX_IMPORTED) throw new Error('too many imported lists');
      await api.storage.local.set({ importedLists: next });
      await reapply();
      return { ok: true, version: record.version, name: record.name, entries: record.entries };
    });
  },
  removeImport(msg) {
    return serial(async () => {
      if (await locked()) throw new Error('locked by your organisation');
      const imported = (await local('importedLists', [])).filter((r) => r.id !== msg.id);
      await api.storage.local.set({ importedLists: imported });
      await reapply();
      return { ok: true };
    });
  },
};

const ROUTES = {
  'asli-lists/state': handlers.state,
  'asli-lists/refresh': handlers.refresh,
  'asli-lists/subscribe': handlers.subscribe,
  'asli-lists/unsubscribe': handlers.unsubscribe,
  'asli-lists/import': handlers.import,
  'asli-lists/remove-import': handlers.removeImport,
};

// Listeners at the top level: a service worker woken by one of these events
// must find them registered during its first evaluation.
if (api && api.runtime && api.runtime.onMessage) {
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const route = msg && typeof msg.type === 'string' && ROUTES[msg.type];
    if (!route) return false;
    // Only the extension's own pages (options), never a content script.
    if (sender.id !== api.runtime.id || !String(sender.url || '').startsWith(api.runtime.getURL(''))) return false;
    Promise.resolve().then(() => route(msg)).then(sendResponse, (e) => sendResponse({ error: String((e && e.message) || e) }));
    return true;
  });
  const schedule = () => {
    if (api.alarms) api.alarms.create(ALARM, { delayInMinutes: REFRESH_MINUTES, periodInMinutes: REFRESH_MINUTES });
  };
  api.runtime.onInstalled.addListener(() => { schedule(); refreshAll().catch(() => {}); });
  api.runtime.onStartup.addListener(() => { schedule(); refreshAll().catch(() => {}); });
  if (api.alarms) api.alarms.onAlarm.addListener((alarm) => { if (alarm.name === ALARM) refreshAll().catch(() => {}); });
  api.storage.onChanged.addListener((changes, area) => {
    // The organisation changed its policy: fetch what it now forces, drop what it no longer does.
    if (area === 'managed') {
      managedRead = null;
      readManaged().catch(() => {}); // a policy unlike the last one read refreshes and re-applies the lists
    }
  });
}
