// Options page: the lists in force (policy, imported, subscriptions, bundled)
// with their state, subscribe / import / remove, the lists' disagreements, the
// reader's "Hide for this page" exceptions, and the language. Everything that
// touches a list goes through the background (lists.js, messages
// 'asli-lists/*'); page data is only ever written with textContent.

import { loadI18n, chosenLanguage, el, send, LANGUAGES } from './ui-i18n.js';
import { unhidePage } from '../background/hidden-pages.js';

const api = globalThis.browser ?? globalThis.chrome;
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

function listBox({ title, kind, locked, url, rows, error, errorNote, actions }) {
  return el('section', { class: 'list', 'data-kind': kind, 'data-url': url || null },
    el('h3', null, el('bdi', null, title), el('span', { class: 'badge' }, t(`options_kind_${kind}`)),
      locked ? el('span', { class: 'badge locked' }, t('options_locked')) : null),
    url ? el('div', { class: 'url' }, url) : null,
    el('dl', null, rows.flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)])),
    error ? el('p', { class: 'error', 'data-error-code': error.code },
      `${t('options_last_error')}: ${errorWords(error)} (${fmtDate(error.at)}). ${errorNote || t('options_kept_previous')}`,
      el('br'), el('small', { class: 'muted', dir: 'ltr' }, String(error.message || ''))) : null,
    actions || null);
}

async function render() {
  const { language, locked: langLocked } = await chosenLanguage();
  const i18n = await loadI18n(language);
  t = i18n.t;
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  document.title = t('options_title');
  const s = await send({ type: 'asli-lists/state' });
  const got = await api.storage.local.get('hiddenPages');
  const hidden = (got && got.hiddenPages) || {};
  const lockLists = s.policy.lockSubscriptions;
  const app = document.getElementById('app');

  const parts = [el('h1', null, t('options_title'))];
  if (s.policy.active) parts.push(el('p', { class: 'notice', id: 'managed-notice' }, t('options_managed_notice')));
  if (status.text) parts.push(el('p', { class: status.ok ? 'ok' : 'error', id: 'status', role: 'status' }, status.text));

  // ---- lists in force, in priority order
  parts.push(el('h2', null, t('options_lists_heading')), el('p', { class: 'muted' }, t('options_lists_intro')));
  const subs = el('div', { id: 'lists' });
  for (const sub of s.subscriptions) {
    const removable = sub.kind === 'subscription' && !lockLists;
    subs.append(listBox({
      title: sub.label, kind: sub.kind, locked: sub.kind === 'managed' || lockLists, url: sub.url, error: sub.lastError,
      rows: [
        [t('options_version'), sub.version == null ? '—' : String(sub.version)],
        [t('options_entries'), sub.entries == null ? '—' : String(sub.entries)],
        [t('options_last_update'), fmtDate(sub.lastUpdate, i18n.lang)],
        [t('options_last_check'), fmtDate(sub.lastCheck, i18n.lang)],
      ],
      actions: removable ? el('button', { type: 'button', class: 'remove', onclick: () => act({ type: 'asli-lists/unsubscribe', url: sub.url }) }, t('options_remove')) : null,
    }));
  }
  for (const imp of s.imported) {
    subs.append(listBox({
      title: imp.label, kind: 'imported', locked: lockLists,
      rows: [
        [t('options_version'), String(imp.version)],
        [t('options_entries'), String(imp.entries)],
        [t('options_last_update'), fmtDate(imp.lastUpdate, i18n.lang)],
      ],
      actions: lockLists ? null : el('button', { type: 'button', class: 'remove', onclick: () => act({ type: 'asli-lists/remove-import', id: imp.id }) }, t('options_remove')),
    }));
  }
  for (const b of s.bundled) {
    subs.append(listBox({
      title: b.name || b.label, kind: 'bundled', error: b.error, errorNote: t('options_bundled_refused'),
      rows: b.error ? [] : [
        [t('options_version'), String(b.version)], [t('options_entries'), String(b.entries)],
        [t('options_signature'), t('options_bundled_verified')],
      ],
    }));
  }
  parts.push(subs);
  if (s.subscriptions.length) parts.push(el('button', { type: 'button', id: 'refresh', onclick: () => act({ type: 'asli-lists/refresh' }) }, t('options_refresh')));

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
    act({ type: 'asli-lists/subscribe', url: f.get('url'), publicKey: f.get('publicKey'), label: f.get('label') });
  });
  parts.push(subForm);

  // ---- import a signed file
  parts.push(el('h2', null, t('options_import_heading')));
  const impForm = el('form', { id: 'import-form' },
    el('fieldset', { disabled: lockLists },
      el('label', null, t('options_list_file'), el('input', { type: 'file', name: 'list', accept: '.json,application/json', required: true })),
      el('label', null, t('options_sig_file'), el('input', { type: 'file', name: 'sig', accept: '.sig,text/plain', required: true })),
      el('label', null, t('options_public_key'), el('textarea', { name: 'publicKey', required: true })),
      el('label', null, t('options_label'), el('input', { type: 'text', name: 'label', maxlength: 80 })),
      el('button', { type: 'submit' }, t('options_import'))));
  impForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(impForm);
    const bytes = new Uint8Array(await f.get('list').arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    act({ type: 'asli-lists/import', bytes: btoa(bin), signature: await f.get('sig').text(), publicKey: f.get('publicKey'), label: f.get('label') });
  });
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
      hidden[k].entry ? el('span', { class: 'muted' }, `(${hidden[k].entry})`) : null,
      el('button', { type: 'button', onclick: async () => { await unhidePage(k); render(); } }, t('options_remove'))))));
  }

  // ---- language
  parts.push(el('h2', null, t('options_language_heading')));
  const select = el('select', { id: 'language', disabled: langLocked },
    el('option', { value: 'auto', selected: language === 'auto' }, t('options_language_auto')),
    el('option', { value: 'ar', selected: language === 'ar', lang: 'ar' }, 'العربية'),
    el('option', { value: 'fr', selected: language === 'fr', lang: 'fr' }, 'Français'),
    el('option', { value: 'en', selected: language === 'en', lang: 'en' }, 'English'));
  select.addEventListener('change', async () => {
    const got2 = await api.storage.local.get('settings');
    const settings = { ...((got2 && got2.settings) || {}), language: LANGUAGES.includes(select.value) ? select.value : 'auto' };
    await api.storage.local.set({ settings });
    render();
  });
  parts.push(el('label', null, select), langLocked ? el('p', { class: 'muted' }, t('options_locked')) : null);

  app.replaceChildren(...parts.filter(Boolean));
  app.setAttribute('aria-busy', 'false');
}

async function act(message) {
  try {
    const res = await send(message);
    if (res && res.ok === false) status = { ok: false, text: t('options_failed', [`${errorWords(res)} (${res.message || res.code})`]) };
    else if (res && res.subscription && res.subscription.lastError) status = { ok: false, text: t('options_failed', [errorWords(res.subscription.lastError)]) };
    else status = { ok: true, text: t('options_done') };
  } catch (e) {
    status = { ok: false, text: t('options_failed', [e.message]) };
  }
  await render();
}

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && (changes.subscriptionState || changes.listConflicts || changes.hiddenPages))) render();
});
render().catch((e) => {
  document.getElementById('app').replaceChildren(el('p', { class: 'error' }, String(e && e.message)));
});
