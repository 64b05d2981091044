// One list entry as the list browser and the entry page show it: its names in
// every script, kind, country, website, real Facebook pages (addresses by the
// extension's report module, ext/common/report.js pageAddress) and sources.
// Entries come from signed lists, but are still only shown as text.

import '../ext/common/report.js';
import '../ext/ui/banner.js';

const R = globalThis.AsliReport;
const B = globalThis.AsliBanner;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function external(href, text) {
  const a = el('a', null, text);
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.dir = 'ltr';
  return a;
}

/** The entry's Facebook pages: [https address]. */
export function accountAddresses(entry) {
  const out = [];
  for (const a of Array.isArray(entry.accounts) ? entry.accounts : []) {
    if (!a || (a.platform && a.platform !== 'facebook')) continue;
    const href = R.pageAddress({ handle: a.handle, id: a.id });
    if (href && !out.includes(href)) out.push(href);
  }
  return out;
}

/** The entry's name to show first: one in the reader's script when the list has it. */
export function entryTitle(entry, lang) {
  return B.displayText(R.entityName(entry, lang), 120) || entry.id;
}

function row(dl, termKey, t, ...values) {
  const dd = el('dd');
  dd.append(...values);
  dl.append(el('dt', null, t(termKey)), dd);
}

/**
 * The entry as an <article>: a heading (a link to its own address unless
 * `own`), then what the list says. `headingLevel`: 'h1' on the entry page.
 */
export function renderEntry({ entry, list }, { t, lang }, { own = false, headingLevel = 'h2' } = {}) {
  const art = el('article', 'entry');
  art.id = own ? '' : `e-${entry.id}`;
  art.setAttribute('data-asli-entry', entry.id);
  const h = el(headingLevel);
  const title = el('bdi', null, entryTitle(entry, lang));
  title.dir = 'auto';
  if (own) h.append(title);
  else {
    const a = el('a');
    a.href = `entry.html#${encodeURIComponent(entry.id)}`;
    a.append(title);
    h.append(a);
  }
  art.append(h);
  const dl = el('dl', 'facts');
  const names = el('ul', 'names');
  for (const n of Array.isArray(entry.names) ? entry.names : []) {
    const li = el('li', null, B.displayText(n, 120));
    li.dir = 'auto';
    names.append(li);
  }
  row(dl, 'entry_names', t, names);
  row(dl, 'entry_kind', t, t(`kind_${entry.kind}`));
  if (entry.country) row(dl, 'entry_country', t, String(entry.country));
  const site = B.websiteUrl(entry.website);
  if (site) row(dl, 'entry_website', t, external(site, B.displayText(entry.website, 60)));
  const pages = accountAddresses(entry);
  if (pages.length) {
    const ul = el('ul', 'accounts');
    for (const href of pages) { const li = el('li'); li.append(external(href, href.replace(/^https:\/\/www\./, ''))); ul.append(li); }
    row(dl, 'entry_accounts', t, ul);
  } else row(dl, 'entry_accounts', t, el('span', null, t('entry_no_account')));
  const sources = Array.isArray(entry.sources) ? entry.sources : [];
  if (sources.length) {
    const ul = el('ul', 'sources');
    for (const s of sources) {
      const li = el('li'); // its direction stays the page's: the marker stays inside the padding
      const text = B.displayText(s, 300);
      if (/^https:\/\/\S+$/.test(String(s))) li.append(external(String(s), text));
      else { const b = el('bdi', null, text); b.dir = 'auto'; li.append(b); }
      ul.append(li);
    }
    row(dl, 'entry_sources', t, ul);
  }
  if (list) row(dl, 'entry_from_list', t, el('span', null, list === 'bundled' ? t('options_kind_bundled') : list));
  if (own) {
    const href = new URL(`entry.html#${encodeURIComponent(entry.id)}`, location.href).href;
    const a = el('a', null, href);
    a.href = href;
    a.dir = 'ltr';
    row(dl, 'entry_permalink', t, a);
  }
  art.append(dl);
  return art;
}
