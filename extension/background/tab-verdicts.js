// The last verdict of each tab, for the popup ("what does Asli think of this
// page, and why"). Kept in storage.session (a Chrome service worker forgets its
// variables when idle; session storage lasts as long as the browser and never
// reaches the disk), under `tabVerdicts`: { "<tabId>": {url, pageKey, pageName, page: {name, id, handle, pdq}, result, at} }.
//
// background.js records each check's result with recordVerdict(sender.tab, msg, res);
// the popup asks {type: 'asli-popup/verdict', tabId} and gets the record or null.

import { ext as api } from '../common/browser-api.js';
import { KEY as KEYS, MSG } from '../common/protocol.js';
import { update } from './storage-queue.js';
import { route } from './router.js';

const KEY = KEYS.TAB_VERDICTS;
const MAX_TABS = 200;
const area = () => (api.storage.session || api.storage.local);

async function all() {
  const got = await area().get(KEY);
  return (got && got[KEY]) || {};
}

/**
 * Remembers the verdict `res` ({result, hidden}) of a check the content script
 * of `tab` asked for (`msg`: {pageKey, profile}). Returns `res` unchanged, so it
 * can sit in a promise chain. Never throws.
 */
export async function recordVerdict(tab, msg, res) {
  try {
    if (!tab || typeof tab.id !== 'number' || !res || !res.result) return res;
    const r = res.result;
    const record = {
      url: typeof tab.url === 'string' ? tab.url : null,
      pageKey: msg && typeof msg.pageKey === 'string' ? msg.pageKey : null,
      pageName: msg && msg.profile && typeof msg.profile.name === 'string' ? msg.profile.name.slice(0, 200) : null,
      // who the page is, for the popup's report actions and "Copy as list entry"
      page: pageOf(msg && msg.profile, res.pdq),
      hidden: !!res.hidden,
      result: {
        verdict: r.verdict, score: r.score, entry: r.entry ?? null,
        reasons: Array.isArray(r.reasons) ? r.reasons.slice(0, 20) : [],
        entry_card: r.entry_card ?? null,
      },
      at: new Date().toISOString(),
    };
    // Through the one write queue: two tabs' checks finishing together must not lose one record.
    await update('session', KEY, (stored) => {
      const tabs = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...stored } : {};
      tabs[tab.id] = record;
      const ids = Object.keys(tabs);
      if (ids.length > MAX_TABS) for (const id of ids.slice(0, ids.length - MAX_TABS)) delete tabs[id];
      return tabs;
    });
  } catch (_) { /* the popup then says it has no verdict */ }
  return res;
}

const str = (v, max) => (typeof v === 'string' && v.length <= max ? v : null);
function pageOf(profile, pdq) {
  if (!profile || typeof profile !== 'object') return null;
  return {
    name: str(profile.name, 1024), id: str(profile.id, 25), handle: str(profile.handle, 100),
    pdq: Array.isArray(pdq) ? pdq.filter((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h)).slice(0, 16) : [],
  };
}

export async function verdictOf(tabId) {
  const tabs = await all();
  return tabs[tabId] || null;
}

if (api && api.runtime && api.runtime.onMessage) {
  route(MSG.POPUP_VERDICT, async (msg) => ({ verdict: await verdictOf(Number(msg.tabId)) }), { from: 'page' });
  if (api.tabs && api.tabs.onRemoved) {
    api.tabs.onRemoved.addListener((tabId) => {
      update('session', KEY, (tabs) => {
        if (!tabs || typeof tabs !== 'object' || !(tabId in tabs)) return undefined;
        const next = { ...tabs };
        delete next[tabId];
        return next;
      }).catch(() => {});
    });
  }
}
