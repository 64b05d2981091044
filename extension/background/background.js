// Asli background (Chrome: module service worker; Firefox: module background
// script). Answers the content script:
//   {type: 'asli/check', profile, pageKey} → {result: verdict + entry_card, hidden, exceptionsAllowed,
//                                             language: 'ar'|'fr'|'en'|null, timing}
//   {type: 'asli/hide', pageKey, entry, verdict} → {ok} (false when the policy forbids exceptions)
//   {type: 'asli/messages', language} → {language, messages} (the banner in a chosen language)
//   {type: 'asli/clear'} → {ok} (the tab's page is no longer one Asli judges: its toolbar badge goes)
//   {type: 'asli/check-batch', items} → the feed's post authors (feed-check.js)
// After each check the tab's toolbar badge says the verdict (toolbar-badge.js).
// Listeners are registered synchronously at the top level (a service worker
// woken by a message must find them); the engine starts on first use.

import { ext } from '../common/browser-api.js';
import { KEY, LANGUAGES, MSG, effectiveLanguage } from '../common/protocol.js';
import { route } from './router.js';
import { getEngine, resetEngine } from './engine.js';
import { avatarHash, learnVerifiedAvatar } from './avatar-hash.js';
import { hidePage, isHidden } from './hidden-pages.js';
import { policy } from './lists.js';
import { recordVerdict } from './tab-verdicts.js';
import { showBadge, clearBadge, clearOnNavigation } from './toolbar-badge.js';
import { cleanProfile } from './clean-profile.js';
import './feed-check.js'; // the feed's batch check (asli/check-batch)

const AVATAR_WAIT_MS = 2500;
const str = (v, max) => (typeof v === 'string' && v.length <= max ? v : undefined);

async function check(msg) {
  if (!msg.profile || typeof msg.profile !== 'object') throw new Error('no profile');
  const t0 = performance.now();
  const engine = await getEngine();
  const t1 = performance.now();
  const profile = cleanProfile(msg.profile);
  const avatarUrl = str(msg.profile.avatar_url, 4096);
  if (avatarUrl) {
    // A slow picture must not hold the verdict back for long: check without it then.
    const hash = await Promise.race([avatarHash(avatarUrl).catch(() => null), new Promise((r) => setTimeout(r, AVATAR_WAIT_MS, null))]);
    if (hash) profile.avatar_pdq = hash;
  }
  const t2 = performance.now();
  let result;
  try {
    result = engine.check(profile);
  } catch (e) {
    resetEngine(e); // after a trap the next check instantiates the module again and builds a new engine
    throw e;
  }
  const t3 = performance.now();
  if (result.verdict === 'verified' && avatarUrl && result.entry && msg.learn === true) {
    // The real page's picture, remembered on this device so later copies are caught. Only what the
    // content script vouches for (`learn`): the header's own picture on the page's root, where the
    // header agrees with the address; never a post's picture, never the previous page's header.
    learnVerifiedAvatar(engine, result.entry, avatarUrl).catch(() => {});
  }
  const [pol, hiddenByReader, settings] = await Promise.all([
    policy(), result.verdict !== 'unknown' && isHidden(msg.pageKey, result), ext.storage.local.get(KEY.SETTINGS),
  ]);
  // An organisation may switch the reader's "hide for this page" off (policy disableReaderExceptions).
  const exceptionsAllowed = !pol.disableReaderExceptions;
  const hidden = exceptionsAllowed && hiddenByReader;
  // The language the policy or the reader chose (null: the browser's), for the banner.
  const language = effectiveLanguage(pol.language, settings[KEY.SETTINGS] && settings[KEY.SETTINGS].language);
  // The picture's PDQ hashes, for the popup's "Copy as list entry" (recorded with the verdict).
  const pdq = typeof profile.avatar_pdq === 'string' ? profile.avatar_pdq.split(',').filter((h) => /^[0-9a-f]{64}$/.test(h)).slice(0, 16) : [];
  return { result, hidden, exceptionsAllowed, language, pdq, timing: { startMs: t1 - t0, avatarMs: t2 - t1, engineMs: t3 - t2 } };
}

const localeMessages = new Map();
/** One locale's messages.json (the content script cannot read extension files itself). */
function messagesOf(language) {
  if (!LANGUAGES.includes(language)) return Promise.reject(new Error('no such language'));
  if (!localeMessages.has(language)) {
    const loading = fetch(ext.runtime.getURL(`_locales/${language}/messages.json`)).then((r) => r.json());
    loading.catch(() => localeMessages.delete(language));
    localeMessages.set(language, loading);
  }
  return localeMessages.get(language);
}

// Only the content script on a facebook.com page (or the extension's own pages) may ask (router.js).
// The content script numbers its checks and clears (`seq`): an answer that arrives after a newer
// question from the same tab does not repaint its badge.
const lastSeq = new Map();
function newest(sender, msg) {
  if (!sender.tab || typeof sender.tab.id !== 'number') return false;
  const seq = Number.isSafeInteger(msg.seq) ? msg.seq : null;
  if (seq == null) return true;
  const key = `${sender.tab.id}:${sender.documentId || sender.frameId || 0}`;
  if (seq < (lastSeq.get(key) ?? -1)) return false;
  lastSeq.set(key, seq);
  if (lastSeq.size > 500) lastSeq.delete(lastSeq.keys().next().value);
  return true;
}
route(MSG.CHECK, async (msg, sender) => {
  newest(sender, msg);
  const res = await check(msg);
  recordVerdict(sender.tab, msg, res); // for the popup; the banner does not wait for it
  if (newest(sender, msg)) showBadge(ext, sender.tab.id, res); // the one sign a page cannot paint over
  return res;
}, { from: 'content' });
route('asli/clear', async (msg, sender) => {
  if (newest(sender, msg)) await clearBadge(ext, sender.tab.id);
  return { ok: true };
}, { from: 'content' });
clearOnNavigation(ext);
if (ext.tabs && ext.tabs.onUpdated) {
  // a new document numbers its checks from 1 again
  ext.tabs.onUpdated.addListener((tabId, change) => {
    if (change && change.status === 'loading') for (const k of [...lastSeq.keys()]) if (k.startsWith(`${tabId}:`)) lastSeq.delete(k);
  });
}
route(MSG.HIDE, async (msg) => {
  if ((await policy({ current: true })).disableReaderExceptions) return { ok: false };
  await hidePage(msg.pageKey, msg.entry, msg.verdict);
  return { ok: true };
}, { from: 'content' });
route(MSG.MESSAGES, async (msg) => ({ language: msg.language, messages: await messagesOf(msg.language) }), { from: 'content' });

ext.runtime.onInstalled.addListener(() => { getEngine().catch(() => {}); });
ext.runtime.onStartup.addListener(() => { getEngine().catch(() => {}); });

// For tests and debugging from the service worker's console: asliCheck({name: 'Hespress'}).
globalThis.asliCheck = (profile) => check({ profile, pageKey: '' });
