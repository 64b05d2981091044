// The list browser: every entry of the lists in force, and a search box that
// asks the engine (site-engine.js search: its check on the typed name, and
// its folding of every name), so a misspelling, another alphabet or styled
// letters find the entry. The query is kept in the address (?q=).

import { ready, search } from './site-engine.js';
import { start, i18n } from './layout.js';
import { renderEntry } from './entry-view.js';

const input = document.getElementById('search');
const count = document.getElementById('list-count');
const listEl = document.getElementById('entries');
let total = 0;
let shown = [];
let ticket = 0;

function draw() {
  const now = i18n();
  if (!now) return;
  listEl.replaceChildren(...shown.map((e) => {
    const li = document.createElement('li');
    li.append(renderEntry(e, now));
    return li;
  }));
  count.textContent = shown.length ? now.t('list_count', [String(shown.length), String(total)]) : now.t('list_none');
}

async function update() {
  const mine = ++ticket;
  const q = input.value;
  const found = await search(q);
  if (mine !== ticket) return; // a newer query is on its way
  shown = found;
  const url = new URL(location.href);
  if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  draw();
  listEl.setAttribute('data-asli-query', q);
}

input.value = new URLSearchParams(location.search).get('q') || '';
input.addEventListener('input', () => { update().catch(() => {}); });

start(() => draw()).then(async () => {
  try {
    const s = await ready();
    total = s.entries.length;
    await update();
  } catch (e) {
    count.textContent = i18n().t('site_list_failed', [String((e && e.message) || e)]);
  }
});
