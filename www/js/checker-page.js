// The checker: a page's name, its link (handle or id read from the address,
// nothing fetched: link.js) and/or its profile picture (hashed on this device:
// picture.js) → the engine's verdict (site-engine.js) → the answer
// (result-view.js) and the facts to copy (facts.js). A link shared into the
// installed site (Web Share Target: ?url=, ?text=, ?title=) or given as ?link=
// / ?name= is checked as soon as the list is ready.

import { ready, check, busyUntil } from './site-engine.js';
import { start, i18n } from './layout.js';
import { readLink, firstAddress } from './link.js';
import { renderResult } from './result-view.js';
import { keepFacts, factsText, wireCopy } from './facts.js';

const $ = (id) => document.getElementById(id);
const form = $('check-form');
const status = $('list-status');
const error = $('form-error');
const box = $('result');
const body = $('result-body');
const factsBox = $('facts');
const factsPre = $('facts-text');

let last = null; // {result, input, facts}: shown again in a new language
let listState = null; // {count} | {error}

function showListState({ t }) {
  if (!listState) return;
  status.textContent = listState.error ? t('site_list_failed', [listState.error]) : t('site_list_loaded', [String(listState.count)]);
}

function showLast(i18nNow) {
  if (!last) return;
  renderResult(box, body, last.result, last.input, i18nNow);
  if (last.facts) {
    factsPre.textContent = factsText(last.facts, i18nNow.t, i18nNow.lang);
    factsBox.hidden = false;
  } else factsBox.hidden = true;
}

/** Reads the form, checks, shows the answer. Returns the verdict kind, or null when nothing could be checked. */
async function run() {
  const t0 = performance.now();
  const { t } = i18n();
  error.textContent = '';
  const name = $('name').value.trim();
  const rawLink = $('link').value.trim();
  const file = $('picture').files && $('picture').files[0];
  if (!name && !rawLink && !file) {
    error.textContent = t('checker_need_input');
    return null;
  }
  const profile = { name };
  let href = '';
  if (rawLink) {
    const read = readLink(rawLink);
    if (read && read.error) {
      error.textContent = t(read.error === 'not-facebook' ? 'checker_link_not_facebook' : 'checker_link_no_page');
      $('link').focus();
      return null;
    }
    Object.assign(profile, read.page);
    href = read.href;
  }
  let picture = false;
  if (file) {
    try {
      // Loaded when a picture is picked: its three modules are not on the way to a first answer.
      const { avatarPdq } = await import('./picture.js');
      const pdq = await avatarPdq(file);
      if (pdq) { profile.avatar_pdq = pdq; picture = true; } else error.textContent = t('checker_picture_flat');
    } catch (_) {
      error.textContent = t('checker_picture_failed');
      if (!name && !href) return null;
    }
  }
  const result = await check(profile);
  const input = { name, link: href, linkOnly: !!href && !name && !picture, picture };
  const warn = result.verdict === 'impersonation' || result.verdict === 'suspicious';
  const facts = warn ? { result, page: { name, url: href, id: profile.id, handle: profile.handle }, date: new Date().toISOString() } : null;
  if (facts) keepFacts(facts);
  last = { result, input, facts };
  showLast(i18n());
  const ms = performance.now() - t0;
  box.setAttribute('data-asli-ms', ms.toFixed(1));
  performance.mark('asli:verdict');
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav && !box.hasAttribute('data-asli-since-interactive')) box.setAttribute('data-asli-since-interactive', (performance.now() - nav.domInteractive).toFixed(1));
  return result.verdict;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  run().catch((err) => { error.textContent = String((err && err.message) || err); });
});
form.addEventListener('reset', () => {
  last = null;
  error.textContent = '';
  box.hidden = true;
  factsBox.hidden = true;
  box.removeAttribute('data-asli-verdict');
  box.removeAttribute('data-asli-entry');
});
wireCopy($('copy-facts'), $('copy-status'), () => factsPre.textContent, i18n);

/** What was shared into the site (Web Share Target) or linked to it: fills the form; true if anything was. */
function prefill() {
  const q = new URLSearchParams(location.search);
  const shared = [q.get('link'), q.get('url'), q.get('text'), q.get('title')].filter(Boolean);
  const address = shared.map(firstAddress).find((s) => /facebook\.com/i.test(s));
  if (address) $('link').value = address;
  const name = q.get('name') || (q.get('title') && !/^https?:/i.test(q.get('title')) ? q.get('title') : '');
  if (name) $('name').value = name;
  return !!(address || name);
}

const filled = prefill();
const engine = ready(); // started by site-engine.js as it was imported
let settle;
const firstAnswer = new Promise((resolve) => { settle = resolve; });
busyUntil(firstAnswer);
start((i18nNow) => {
  performance.mark('asli:words');
  showListState(i18nNow);
  showLast(i18nNow);
}, firstAnswer).then(async () => {
  let s = null;
  try {
    s = await engine;
    performance.mark('asli:engine-ready');
  } catch (e) {
    listState = { error: String((e && e.message) || e) };
  }
  // A shared link is answered first; the list's count (its entries read) is shown after.
  if (filled && s) await run().catch(() => {});
  if (s) {
    listState = { count: s.entries.length };
    if (s.bundled.error) listState = { error: i18n().t(`list_error_${String(s.bundled.error.code || 'invalid').replace(/-/g, '_')}`) };
  }
  showListState(i18n());
  document.documentElement.setAttribute('data-asli-ready', '');
  if (filled && !s) await run().catch(() => {});
}).finally(settle);
