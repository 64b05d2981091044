// Options page: the lists in force (policy, imported, subscriptions, bundled)
// with their state (out of date, served unchanged or older, refused when put
// in force), subscribe / import / remove, the lists' disagreements, errors in
// the organisation's policy, stored data that had to be repaired, the
// reader's "Hide for this page" exceptions, and the language. Everything goes
// through the background (messages MSG.LISTS_*), which hands back stored data
// already checked; page data is only ever written with textContent.

import { loadI18n, chosenLanguage, el, send, LANGUAGES } from './ui-i18n.js';
import { ext as api } from '../common/browser-api.js';
import { KEY, MSG } from '../common/protocol.js';

let t = (k) => k;
let status = { text: '', ok: true };

const fmtDate = (iso, lang) => {
  if (!iso) return t('options_never');
  try { return new Date(iso).toLocaleString(lang); } catch (_) { return iso; }
};

/** A refusal code in words (list_error_<code>); the engine's English detail is shown beside it. */
function errorWords(err) {
  if (!err) return t('options_none');
  return t(`list_error_${String(err.code).replace(/-/g, '_')}`) || err.code;
}

/** Rows and notes about how fresh a list is (subscriptions.js freshness()). */
function freshnessParts(f, st) {
  if (!f) return { rows: [], notes: [] };
  const rows = f.expires ? [[t('options_expires'), f.expires]] : [];
  const notes = [];
  if (f.expired) notes.push(el('p', { class: 'stale', 'data-stale': 'expired' }, t('options_expired', [f.expires])));
  if (f.sameForDays !== null && f.sameForDays !== undefined) {
    notes.push(el('p', { class: f.frozen ? 'stale' : 'muted', 'data-stale': f.frozen ? 'frozen' : null, 'data-served': 'same' },
      t('options_same_version', [String(st.servedVersion ?? st.version), String(f.sameForDays)]), f.frozen ? ` ${t('options_frozen')}` : ''));
  }
  if (f.servedOlder) notes.push(el('p', { class: 'stale', 'data-stale': 'older', 'data-served': 'older' }, t('options_served_older')));
  return { rows, notes };
}

function listBox({ title, kind, locked, url, rows, error, errorNote, actions, fresh, refused }) {
  return el('section', { class: 'list', 'data-kind': kind, 'data-url': url || null, 'data-stale': fresh && fresh.stale ? 'true' : null },
    el('h3', null, el('bdi', null, title), el('span', { class: 'badge' }, t(`options_kind_${kind}`)),
      locked ? el('span', { class: 'badge locked' }, t('options_locked')) : null,
      fresh && fresh.stale ? el('span', { class: 'badge stale' }, t('options_stale')) : null),
    url ? el('div', { class: 'url' }, url) : null,
    el('dl', null, rows.flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)])),
    refused ? el('p', { class: 'error refused', 'data-refused-code': refused.code },
      t('options_refused_stored', [errorWords(refused)]), el('br'), el('small', { class: 'muted', dir: 'ltr' }, String(refused.message || ''))) : null,
    error ? el('p', { class: 'error', 'data-error-code': error.code },
      `${t('options_last_error')}: ${errorWords(error)} (${fmtDate(error.at)}). ${errorNote || t('options_kept_previous')}`,
      el('br'), el('small', { class: 'muted', dir: 'ltr' }, String(error.message || ''))) : null,
    actions || null);
}

// Renders overlap (a storage change, an action's answer): only the latest
// started is put on the page, or an earlier one, finishing last, would show a
// stale status over the new one.
let renders = 0;
// The import form, kept from one render to the next in the same language: a
// list refreshed in the background must not empty what the reader is filling in.
let impForm = null;

async function render() {
  const run = ++renders;
  const { language, locked: langLocked } = await chosenLanguage();
  const i18n = await loadI18n(language);
  t = i18n.t;
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  document.title = t('options_title');
  const s = await send({ type: MSG.LISTS_STATE });
  const hidden = s.hiddenPages || {};
  const lockLists = s.policy.lockSubscriptions;
  const app = document.getElementById('app');

  const parts = [el('h1', null, t('options_title'))];
  if (s.policy.active) parts.push(el('p', { class: 'notice', id: 'managed-notice' }, t('options_managed_notice')));
  if (status.text) parts.push(el('p', { class: status.ok ? 'ok' : 'error', id: 'status', role: 'status' }, status.text));
  if (s.policy.errors && s.policy.errors.length) {
    parts.push(el('section', { id: 'policy-errors', class: 'error-box' },
      el('h2', null, t('options_policy_errors_heading')), el('p', null, t('options_policy_errors_intro')),
      el('ul', null, s.policy.errors.map((e) => el('li', { dir: 'ltr' }, String(e))))));
  }
  if (s.storageNotes && s.storageNotes.length) {
    parts.push(el('section', { id: 'storage-notes', class: 'notice' },
      el('h2', null, t('options_storage_notes_heading')), el('p', null, t('options_storage_notes_intro')),
      el('ul', null, s.storageNotes.map((n) => el('li', { dir: 'ltr', 'data-key': n.key }, `${fmtDate(n.at, i18n.lang)}: ${n.message}`))),
      el('button', { type: 'button', id: 'clear-notes', onclick: () => act({ type: MSG.LISTS_CLEAR_NOTES }) }, t('options_notes_dismiss'))));
  }

  // ---- lists in force, in priority order
  parts.push(el('h2', null, t('options_lists_heading')), el('p', { class: 'muted' }, t('options_lists_intro')));
  const subs = el('div', { id: 'lists' });
  for (const sub of s.subscriptions) {
    const removable = sub.kind === 'subscription' && !lockLists;
    const fresh = freshnessParts(sub.freshness, sub);
    subs.append(listBox({
      title: sub.label, kind: sub.kind, locked: sub.kind === 'managed' || lockLists, url: sub.url,
      error: sub.lastError,
      fresh: sub.freshness, refused: sub.refused,
      rows: [
        [t('options_version'), sub.version == null ? '—' : String(sub.version)],
        [t('options_entries'), sub.entries == null ? '—' : String(sub.entries)],
        [t('options_last_update'), fmtDate(sub.lastUpdate, i18n.lang)],
        [t('options_last_check'), fmtDate(sub.lastCheck, i18n.lang)],
        ...fresh.rows,
      ],
      actions: [...fresh.notes,
        removable ? el('button', { type: 'button', class: 'remove', onclick: () => act({ type: MSG.LISTS_UNSUBSCRIBE, url: sub.url }) }, t('options_remove')) : null],
    }));
  }
  for (const imp of s.imported) {
    const fresh = freshnessParts(imp.freshness, imp);
    subs.append(listBox({
      title: imp.label, kind: 'imported', locked: lockLists, fresh: imp.freshness, refused: imp.refused,
      rows: [
        [t('options_version'), String(imp.version)],
        [t('options_entries'), imp.entries == null ? '—' : String(imp.entries)],
        [t('options_last_update'), fmtDate(imp.lastUpdate, i18n.lang)],
        ...fresh.rows,
      ],
      actions: [...fresh.notes,
        lockLists ? null : el('button', { type: 'button', class: 'remove', onclick: () => act({ type: MSG.LISTS_REMOVE_IMPORT, id: imp.id }) }, t('options_remove'))],
    }));
  }
  for (const b of s.bundled) {
    const fresh = freshnessParts(b.freshness, b);
    subs.append(listBox({
      title: b.name || b.label, kind: 'bundled', error: b.error, errorNote: t('options_bundled_refused'), fresh: b.freshness,
      rows: b.error ? [] : [
        [t('options_version'), String(b.version)], [t('options_entries'), String(b.entries)],
        [t('options_signature'), t('options_bundled_verified')],
        ...fresh.rows,
      ],
      actions: fresh.notes,
    }));
  }
  parts.push(subs);
  if (s.subscriptions.length) parts.push(el('button', { type: 'button', id: 'refresh', onclick: () => act({ type: MSG.LISTS_REFRESH }) }, t('options_refresh')));

  // ---- subscribe
  parts.push(el('h2', null, t('options_add_heading')));
  const subForm = el('form', { id: 'subscribe-form' },
    el('fieldset', { disabled: lockLists },
      el('label', null, t('options_url'), el('input', { type: 'url', name: 'url', required: true, placeholder: 'https://', dir: 'ltr' })),
      el('label', null, t('options_public_key'), el('textarea', { name: 'publicKey', required: true })),
      el('label', null, t('options_label'), el('input', { type: 'text', name: 'label', maxlength: 80 })),
      el('button', { type: 'submit' }, t('options_subscribe'))),
    lockLists ? el('p', { class: 'muted' }, t('options_locked')) : null);
  subForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(subForm);
    act({ type: MSG.LISTS_SUBSCRIBE, url: f.get('url'), publicKey: f.get('publicKey'), label: f.get('label') });
  });
  parts.push(subForm);

  // ---- import a signed file
  parts.push(el('h2', null, t('options_import_heading')));
  if (!impForm || impForm.dataset.lang !== i18n.lang) impForm = importForm(i18n.lang);
  impForm.querySelector('fieldset').disabled = !!lockLists;
  parts.push(impForm);

  // ---- conflicts
  parts.push(el('h2', null, t('options_conflicts_heading')));
  const conflicts = el('ul', { id: 'conflicts' });
  // Each name isolated (FSI…PDI): an Arabic list name must not reorder the sentence around it.
  const iso = (v) => `\u2068${v}\u2069`;
  const listName = (l) => iso(l === 'bundled' ? t('options_kind_bundled') : l);
  for (const c of s.conflicts) {
    const text = c.code === 'account-claimed'
      ? t('options_conflict_account', [iso(c.account), iso(c.kept.entry), listName(c.kept.list), iso(c.dropped.entry), listName(c.dropped.list)])
      : t('options_conflict_entry', [iso(c.kept.entry), listName(c.kept.list), listName(c.dropped.list)]);
    conflicts.append(el('li', { 'data-code': c.code }, text));
  }
  parts.push(s.conflicts.length ? conflicts : el('p', { id: 'conflicts-none', class: 'muted' }, t('options_conflicts_none')));

  // ---- exceptions
  parts.push(el('h2', null, t('options_exceptions_heading')));
  if (s.policy.disableReaderExceptions) parts.push(el('p', { class: 'notice' }, t('options_exceptions_disabled')));
  const keys = Object.keys(hidden);
  if (!keys.length) parts.push(el('p', { class: 'muted' }, t('options_exceptions_none')));
  else {
    parts.push(el('ul', { class: 'plain', id: 'exceptions' }, keys.map((k) => el('li', null,
      el('span', { class: 'url' }, k),
      hidden[k] && typeof hidden[k].entry === 'string' ? el('span', { class: 'muted' }, `(${hidden[k].entry})`) : null,
      el('button', { type: 'button', onclick: async () => { await send({ type: MSG.LISTS_UNHIDE, pageKey: k }); render(); } }, t('options_remove'))))));
  }

  // ---- language
  parts.push(el('h2', null, t('options_language_heading')));
  const select = el('select', { id: 'language', disabled: langLocked },
    el('option', { value: 'auto', selected: language === 'auto' }, t('options_language_auto')),
    el('option', { value: 'ar', selected: language === 'ar', lang: 'ar' }, 'العربية'),
    el('option', { value: 'fr', selected: language === 'fr', lang: 'fr' }, 'Français'),
    el('option', { value: 'en', selected: language === 'en', lang: 'en' }, 'English'));
  select.addEventListener('change', async () => {
    const got2 = await api.storage.local.get(KEY.SETTINGS);
    const before = got2 && got2[KEY.SETTINGS];
    const settings = { ...(before && typeof before === 'object' && !Array.isArray(before) ? before : {}), language: LANGUAGES.includes(select.value) ? select.value : 'auto' };
    await api.storage.local.set({ [KEY.SETTINGS]: settings });
    render();
  });
  parts.push(el('label', null, select), langLocked ? el('p', { class: 'muted' }, t('options_locked')) : null);

  // ---- the feed (issue 13): a quiet mark beside verified post authors, off unless the reader asks
  parts.push(el('h2', null, t('options_feed_heading')));
  const settingsNow = (await api.storage.local.get(KEY.SETTINGS))[KEY.SETTINGS];
  const feedVerified = el('input', { type: 'checkbox', id: 'feed-verified', checked: !!(settingsNow && settingsNow.feedVerified === true) });
  feedVerified.addEventListener('change', async () => {
    const got3 = await api.storage.local.get(KEY.SETTINGS);
    const before = got3 && got3[KEY.SETTINGS];
    const settings = { ...(before && typeof before === 'object' && !Array.isArray(before) ? before : {}), feedVerified: feedVerified.checked };
    await api.storage.local.set({ [KEY.SETTINGS]: settings });
  });
  parts.push(el('label', null, feedVerified, ' ', t('options_feed_verified')));

  if (run !== renders) return;
  app.replaceChildren(...parts.filter(Boolean));
  app.setAttribute('aria-busy', 'false');
}

/** The form that imports a signed list file by hand (in the page's language `lang`). */
function importForm(lang) {
  const form = el('form', { id: 'import-form', 'data-lang': lang },
    el('fieldset', null,
      el('label', null, t('options_list_file'), el('input', { type: 'file', name: 'list', accept: '.json,application/json', required: true })),
      el('label', null, t('options_sig_file'), el('input', { type: 'file', name: 'sig', accept: '.sig,text/plain', required: true })),
      el('label', null, t('options_public_key'), el('textarea', { name: 'publicKey', required: true })),
      el('label', null, t('options_label'), el('input', { type: 'text', name: 'label', maxlength: 80 })),
      el('button', { type: 'submit' }, t('options_import'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const bytes = new Uint8Array(await f.get('list').arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    act({ type: MSG.LISTS_IMPORT, bytes: btoa(bin), signature: await f.get('sig').text(), publicKey: f.get('publicKey'), label: f.get('label') });
  });
  return form;
}

async function act(message) {
  try {
    const res = await send(message);
    if (res && res.ok === false) status = { ok: false, text: t('options_failed', [`${errorWords(res)} (${res.message || res.code})`]) };
    else if (res && res.subscription && res.subscription.lastError) status = { ok: false, text: t('options_failed', [errorWords(res.subscription.lastError)]) };
    else {
      status = { ok: true, text: t('options_done') };
      if (message.type === MSG.LISTS_IMPORT && impForm) impForm.reset();
    }
  } catch (e) {
    status = { ok: false, text: t('options_failed', [e.message]) };
  }
  await render();
}

const WATCHED = [KEY.SUBSCRIPTION_STATE, KEY.LIST_CONFLICTS, KEY.LIST_REFUSALS, KEY.HIDDEN_PAGES, KEY.STORAGE_NOTES, KEY.IMPORTED_LISTS];
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && WATCHED.some((k) => changes[k]))) render().catch(() => {});
});
render().catch((e) => {
  document.getElementById('app').replaceChildren(el('p', { class: 'error' }, String(e && e.message)));
});
