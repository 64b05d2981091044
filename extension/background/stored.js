// What the background reads back from storage.local, checked and repaired.
// Storage is not trusted to hold what was written: another version of the
// extension, a bug, or (in Chrome before setAccessLevel) a compromised page
// renderer may have put anything there. A value of the wrong type never breaks
// a check or the options page: it is replaced by what can be saved of it, and
// a note says what was repaired (storage.js writes both back). Pure: no
// browser API, unit-tested in node.

import { LANGUAGES } from '../common/protocol.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** A list version: a positive integer JavaScript holds exactly (as `asli list validate` requires). */
export function isVersion(v) {
  return Number.isSafeInteger(v) && v > 0;
}

/** https URL text, or null. */
function httpsUrl(v) {
  if (typeof v !== 'string' || v.length > 2048) return null;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' && !u.username && !u.password ? u.href : null;
  } catch (_) {
    return null;
  }
}

const KEY_LINE = /asli-ed25519-public:[A-Za-z0-9+/=]+/;

/** The reader's subscriptions: [{url, publicKey, label, signatureUrl?, addedAt?}]. */
export function repairSubscriptions(raw) {
  if (raw === undefined) return { value: [], notes: [] };
  if (!Array.isArray(raw)) return { value: [], notes: [`subscriptions: ${kind(raw)} instead of a list; cleared`] };
  const value = [];
  const notes = [];
  const seen = new Set();
  raw.forEach((s, i) => {
    const url = isObject(s) ? httpsUrl(s.url) : null;
    const publicKey = isObject(s) && typeof s.publicKey === 'string' && KEY_LINE.test(s.publicKey) ? s.publicKey : null;
    const sig = isObject(s) && s.signatureUrl !== undefined ? httpsUrl(s.signatureUrl) : undefined;
    if (!url || !publicKey || sig === null || seen.has(url)) {
      notes.push(`subscriptions[${i}]: not a subscription (https url and public key); removed`);
      return;
    }
    seen.add(url);
    const out = { url, publicKey, label: typeof s.label === 'string' && s.label ? s.label.slice(0, 80) : new URL(url).hostname };
    if (sig) out.signatureUrl = sig;
    if (typeof s.addedAt === 'string') out.addedAt = s.addedAt;
    value.push(out);
  });
  return { value, notes };
}

const STRING_OR_NULL = ['name', 'publisher', 'lastUpdate', 'lastCheck', 'lastResult', 'expires'];

function repairError(e) {
  if (e === null || e === undefined) return null;
  if (!isObject(e) || typeof e.code !== 'string') return undefined;
  return { code: e.code.slice(0, 40), message: typeof e.message === 'string' ? e.message.slice(0, 500) : '', at: typeof e.at === 'string' ? e.at : null };
}

/**
 * One list's state ({text, signature, version, ...}): a list (`text`) is kept
 * only with a string signature and a valid version; otherwise the list is
 * dropped (it will be fetched again) and the check history kept.
 */
function repairState(st, where, notes) {
  if (!isObject(st)) {
    notes.push(`${where}: ${kind(st)} instead of a list state; cleared`);
    return null;
  }
  const out = {};
  if (st.text !== undefined) {
    if (typeof st.text === 'string' && typeof st.signature === 'string' && isVersion(st.version)) {
      out.text = st.text;
      out.signature = st.signature;
      out.version = st.version;
    } else {
      const why = typeof st.text !== 'string' ? 'the list is not text'
        : typeof st.signature !== 'string' ? 'no signature' : `version ${JSON.stringify(st.version)} is not a positive integer`;
      notes.push(`${where}: ${why}; the stored list was dropped and will be fetched again`);
    }
  }
  for (const k of STRING_OR_NULL) {
    if (st[k] === undefined || st[k] === null) continue;
    if (typeof st[k] === 'string') out[k] = st[k];
    else notes.push(`${where}.${k}: ${kind(st[k])} instead of text; dropped`);
  }
  if (st.entries !== undefined && st.entries !== null) {
    if (Number.isSafeInteger(st.entries) && st.entries >= 0) out.entries = st.entries;
    else notes.push(`${where}.entries: not a count; dropped`);
  }
  for (const k of ['servedVersion']) {
    if (st[k] === undefined || st[k] === null) continue;
    if (isVersion(st[k])) out[k] = st[k];
    else notes.push(`${where}.${k}: not a positive integer; dropped`);
  }
  const err = repairError(st.lastError);
  if (err === undefined) notes.push(`${where}.lastError: not an error record; dropped`);
  out.lastError = err || null;
  return out;
}

/** subscriptionState: {"<url>": state}. */
export function repairStates(raw) {
  if (raw === undefined) return { value: {}, notes: [] };
  if (!isObject(raw)) return { value: {}, notes: [`subscriptionState: ${kind(raw)} instead of an object; cleared (lists will be fetched again)`] };
  const value = {};
  const notes = [];
  for (const [url, st] of Object.entries(raw)) {
    const fixed = repairState(st, `subscriptionState[${JSON.stringify(url.slice(0, 100))}]`, notes);
    if (fixed) value[url] = fixed;
  }
  return { value, notes };
}

/** importedLists: [{id, label, text, signature, publicKey, version, ...}]; a broken record is removed. */
export function repairImported(raw) {
  if (raw === undefined) return { value: [], notes: [] };
  if (!Array.isArray(raw)) return { value: [], notes: [`importedLists: ${kind(raw)} instead of a list; cleared`] };
  const value = [];
  const notes = [];
  raw.forEach((r, i) => {
    const ok = isObject(r) && typeof r.id === 'string' && typeof r.text === 'string' && typeof r.signature === 'string'
      && typeof r.publicKey === 'string' && isVersion(r.version);
    if (!ok) {
      notes.push(`importedLists[${i}]: not a complete imported list (text, signature, key, positive integer version); removed`);
      return;
    }
    const out = { ...r, label: typeof r.label === 'string' && r.label ? r.label.slice(0, 80) : 'imported list' };
    for (const k of ['name', 'publisher', 'importedAt', 'lastUpdate', 'expires']) if (out[k] !== undefined && out[k] !== null && typeof out[k] !== 'string') delete out[k];
    if (out.entries !== undefined && !(Number.isSafeInteger(out.entries) && out.entries >= 0)) delete out.entries;
    value.push(out);
  });
  return { value, notes };
}

/** settings: {language, feedVerified}. */
export function repairSettings(raw) {
  if (raw === undefined) return { value: {}, notes: [] };
  if (!isObject(raw)) return { value: {}, notes: [`settings: ${kind(raw)} instead of an object; reset`] };
  const value = { ...raw };
  const notes = [];
  if (raw.language !== undefined && raw.language !== 'auto' && !LANGUAGES.includes(raw.language)) {
    delete value.language;
    notes.push(`settings.language: ${JSON.stringify(raw.language).slice(0, 40)} is not a language; back to the browser's`);
  }
  if (raw.feedVerified !== undefined && typeof raw.feedVerified !== 'boolean') {
    delete value.feedVerified;
    notes.push(`settings.feedVerified: ${kind(raw.feedVerified)} instead of true or false; off`);
  }
  return { value, notes };
}

/** hiddenPages: {"<pageKey>": {entry, verdict, at}}. */
export function repairHiddenPages(raw) {
  if (raw === undefined) return { value: {}, notes: [] };
  if (!isObject(raw)) return { value: {}, notes: [`hiddenPages: ${kind(raw)} instead of an object; cleared`] };
  const value = {};
  const notes = [];
  for (const [k, v] of Object.entries(raw)) {
    if (isObject(v)) value[k] = v;
    else notes.push(`hiddenPages[${JSON.stringify(k.slice(0, 100))}]: not an exception; removed`);
  }
  return { value, notes };
}

/** listConflicts: {at, conflicts: [...]}. */
export function repairConflicts(raw) {
  if (raw === undefined) return { value: { at: null, conflicts: [] }, notes: [] };
  const ok = isObject(raw) && Array.isArray(raw.conflicts) && raw.conflicts.every((c) => isObject(c) && typeof c.code === 'string'
    && isObject(c.kept) && isObject(c.dropped));
  if (ok) return { value: raw, notes: [] };
  return { value: { at: null, conflicts: [] }, notes: ['listConflicts: not a conflict record; cleared (the next merge writes it again)'] };
}

/** Repairs for each storage key that has one. */
export const REPAIRS = {
  // keys: protocol.js KEY
  subscriptions: repairSubscriptions,
  subscriptionState: repairStates,
  importedLists: repairImported,
  settings: repairSettings,
  hiddenPages: repairHiddenPages,
  listConflicts: repairConflicts,
};
