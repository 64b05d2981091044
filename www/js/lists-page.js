// Adding a list by its address and its publisher's key, as the extension's
// options do: the extension's subscriptions module (ext/background/
// subscriptions.js) checks the address and key, fetches the list and its .sig
// with its caps, and the engine's acceptUpdate decides; an accepted list is
// kept in this browser (stored-lists.js) and put in force (site-engine.js).
// A list on this site's own address may be plain http (a local copy of the
// site); any other must be https.

import { ready, reload, acceptUpdate } from './site-engine.js';
import { start, i18n } from './layout.js';
import { normalizeSubscription, refreshSubscription, keyLine, MAX_LABEL } from '../ext/background/subscriptions.js';
import { readLists, writeLists } from './stored-lists.js';

const $ = (id) => document.getElementById(id);
const status = $('add-status');
const listsEl = $('lists');

const sameSite = (u) => { try { return new URL(u, location.href).origin === location.origin; } catch (_) { return false; } };

/** fetch, with this site's own http answers passed as if secure (subscriptions.js refuses http). */
async function fetchImpl(url, opts) {
  const res = await fetch(url, opts);
  if (location.protocol === 'http:' && sameSite(url) && sameSite(res.url || url)) {
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
  }
  return res;
}

/** {url, publicKey, label} checked; throws a readable Error. */
function subscriptionOf(raw) {
  if (raw.url && sameSite(raw.url) && location.protocol === 'http:') {
    const publicKey = String(raw.publicKey || '').trim();
    if (!keyLine(publicKey)) throw new Error('the public key must contain a line asli-ed25519-public:…');
    const url = new URL(raw.url, location.href).href;
    return { url, publicKey, label: String(raw.label || '').trim().slice(0, MAX_LABEL) || url };
  }
  return normalizeSubscription(raw);
}

function why(t, code, message) {
  const words = t(`list_error_${String(code || 'invalid').replace(/-/g, '_')}`);
  return words.startsWith('list_error_') ? String(message || code) : words;
}

async function add(raw) {
  const { t } = i18n();
  let sub;
  try {
    sub = subscriptionOf(raw);
  } catch (e) {
    status.textContent = t('options_failed', [e.message]);
    return false;
  }
  const state = await refreshSubscription(sub, undefined, { fetchImpl, acceptUpdate });
  if (!state.text) {
    status.textContent = t('options_failed', [why(t, state.lastError && state.lastError.code, state.lastError && state.lastError.message)]);
    return false;
  }
  const lists = readLists().filter((l) => l.url !== sub.url);
  lists.push({ ...sub, state });
  try {
    writeLists(lists);
  } catch (e) {
    status.textContent = t('options_failed', [String((e && e.message) || e)]);
    return false;
  }
  await reload();
  status.textContent = t('options_done');
  await draw();
  return true;
}

async function refreshAll() {
  const lists = readLists();
  for (const l of lists) l.state = await refreshSubscription(l, l.state, { fetchImpl, acceptUpdate });
  writeLists(lists);
  await reload();
  await draw();
}

function remove(url) {
  writeLists(readLists().filter((l) => l.url !== url));
  return reload().then(draw);
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

async function draw() {
  const now = i18n();
  if (!now) return;
  const { t } = now;
  const s = await ready();
  const stored = new Map(readLists().map((l) => [l.url, l]));
  const items = [];
  for (const l of s.lists) {
    const li = el('li', 'card');
    const src = l.source || {};
    li.append(el('h3', null, src.kind === 'bundled' ? t('options_kind_bundled') : l.label));
    let parsed = {};
    try { parsed = JSON.parse(l.text); } catch (_) { /* shown without details */ }
    const dl = el('dl', 'facts');
    const row = (k, v) => { dl.append(el('dt', null, t(k)), el('dd', null, String(v))); };
    if (parsed.name) row('options_label', parsed.name);
    row('options_version', parsed.version ?? '');
    row('options_entries', Array.isArray(parsed.entries) ? parsed.entries.length : 0);
    if (src.kind === 'bundled') row('options_signature', t('options_bundled_verified'));
    const sub = src.url && stored.get(src.url);
    if (sub) {
      row('options_url', sub.url);
      if (sub.state && sub.state.lastUpdate) row('options_last_update', sub.state.lastUpdate);
      if (sub.state && sub.state.lastError) row('options_last_error', why(t, sub.state.lastError.code, sub.state.lastError.message));
    }
    li.append(dl);
    if (sub) {
      const b = el('button', null, t('options_remove'));
      b.type = 'button';
      b.addEventListener('click', () => { remove(sub.url).catch(() => {}); });
      li.append(b);
    }
    items.push(li);
  }
  if (s.bundled.error) items.push(el('li', 'card error', t('options_bundled_refused')));
  for (const r of s.refusals) items.push(el('li', 'card error', `${r.label}: ${t('options_refused_stored', [why(t, r.code, r.message)])}`));
  listsEl.replaceChildren(...items);
}

$('add-form').addEventListener('submit', (e) => {
  e.preventDefault();
  status.textContent = '';
  add({ url: $('list-url').value.trim(), publicKey: $('list-key').value, label: $('list-label').value })
    .catch((err) => { status.textContent = i18n().t('options_failed', [String((err && err.message) || err)]); });
});
$('refresh').addEventListener('click', () => { refreshAll().catch(() => {}); });

start(() => draw().catch(() => {}));
