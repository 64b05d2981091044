// One entry at a stable address: entry.html#<entry id> (the id the lists and
// verdicts use, e.g. entry.html#ma-hespress), for the banner's and other sites'
// links. Follows the address when only the fragment changes.

import { ready } from './site-engine.js';
import { start, i18n } from './layout.js';
import { renderEntry, entryTitle } from './entry-view.js';

const box = document.getElementById('entry');

function wanted() {
  let id = location.hash.replace(/^#/, '');
  try { id = decodeURIComponent(id); } catch (_) { /* as typed */ }
  return id || new URLSearchParams(location.search).get('id') || '';
}

async function draw() {
  const now = i18n();
  if (!now) return;
  const s = await ready();
  const id = wanted();
  const found = s.entries.find((e) => e.entry.id === id);
  if (!found) {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = now.t('entry_not_found');
    box.replaceChildren(p);
    box.setAttribute('data-asli-entry', '');
    return;
  }
  box.replaceChildren(renderEntry(found, now, { own: true, headingLevel: 'h1' }));
  box.setAttribute('data-asli-entry', found.entry.id);
  document.title = `${entryTitle(found.entry, now.lang)} — ${now.t('extName')}`;
}

window.addEventListener('hashchange', () => { draw().catch(() => {}); });
start(() => draw().catch((e) => { box.textContent = i18n().t('site_list_failed', [String((e && e.message) || e)]); }));
