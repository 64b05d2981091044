// Asli background (Chrome: module service worker; Firefox: module background
// script). Answers the content script:
//   {type: 'asli/check', profile, pageKey} → {result: verdict + entry_card, hidden, exceptionsAllowed,
//                                             language: 'ar'|'fr'|'en'|null, timing}
//   {type: 'asli/hide', pageKey, entry, verdict} → {ok} (false when the policy forbids exceptions)
//   {type: 'asli/messages', language} → {language, messages} (the banner in a chosen language)
// Listeners are registered synchronously at the top level (a service worker
// woken by a message must find them); the engine starts on first use.

import { getEngine, resetEngine } from './engine.js';
import { avatarHash, learnVerifiedAvatar } from './avatar-hash.js';
import { hidePage, isHidden } from './hidden-pages.js';
import { policy } from './lists.js';
import { recordVerdict } from './tab-verdicts.js';
import { LANGUAGES } from '../ui/ui-i18n.js';

const MAX_NAME = 1024;
const AVATAR_WAIT_MS = 2500;
const str = (v, max) => (typeof v === 'string' && v.length <= max ? v : undefined);

/** Only the spec's profile fields reach the engine, with sane sizes. */
function cleanProfile(p) {
  const name = typeof p.name === 'string' ? Array.from(p.name).slice(0, MAX_NAME).join('') : '';
  const out = { platform: 'facebook', name };
  const id = str(p.id, 32);
  if (id && /^[0-9]+$/.test(id)) out.id = id;
  const handle = str(p.handle, 100);
  if (handle) out.handle = handle;
  return out;
}

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
    resetEngine(); // the next check builds a new AsliEngine (wasm-bindgen keeps one module instance per worker)
    throw e;
  }
  const t3 = performance.now();
  if (result.verdict === 'verified' && avatarUrl && result.entry) {
    // the real page's picture, remembered on this device so later copies are caught
    learnVerifiedAvatar(engine, result.entry, avatarUrl).catch(() => {});
  }
  const [pol, hiddenByReader, settings] = await Promise.all([
    policy(), result.verdict !== 'unknown' && isHidden(msg.pageKey), chrome.storage.local.get('settings'),
  ]);
  // An organisation may switch the reader's "hide for this page" off (policy disableReaderExceptions).
  const exceptionsAllowed = !pol.disableReaderExceptions;
  const hidden = exceptionsAllowed && hiddenByReader;
  // The language the policy or the reader chose (null: the browser's), for the banner.
  const language = [pol.language, settings.settings && settings.settings.language].find((l) => LANGUAGES.includes(l)) ?? null;
  return { result, hidden, exceptionsAllowed, language, timing: { startMs: t1 - t0, avatarMs: t2 - t1, engineMs: t3 - t2 } };
}

const localeMessages = new Map();
/** One locale's messages.json (the content script cannot read extension files itself). */
function messagesOf(language) {
  if (!LANGUAGES.includes(language)) return Promise.reject(new Error('no such language'));
  if (!localeMessages.has(language)) {
    const loading = fetch(chrome.runtime.getURL(`_locales/${language}/messages.json`)).then((r) => r.json());
    loading.catch(() => localeMessages.delete(language));
    localeMessages.set(language, loading);
  }
  return localeMessages.get(language);
}

async function handle(msg, sender) {
  switch (msg.type) {
    case 'asli/check': {
      const res = await check(msg);
      recordVerdict(sender.tab, msg, res); // for the popup; the banner does not wait for it
      return res;
    }
    case 'asli/hide':
      if ((await policy({ current: true })).disableReaderExceptions) return { ok: false };
      await hidePage(msg.pageKey, msg.entry, msg.verdict);
      return { ok: true };
    case 'asli/messages':
      return { language: msg.language, messages: await messagesOf(msg.language) };
    default:
      throw new Error(`unknown message ${msg.type}`);
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('asli/')) return false;
  if (sender.id !== chrome.runtime.id) return false;
  handle(msg, sender).then(sendResponse, (e) => sendResponse({ error: String((e && e.message) || e) }));
  return true;
});

chrome.runtime.onInstalled.addListener(() => { getEngine().catch(() => {}); });
chrome.runtime.onStartup.addListener(() => { getEngine().catch(() => {}); });

// For tests and debugging from the service worker's console: asliCheck({name: 'Hespress'}).
globalThis.asliCheck = (profile) => check({ profile, pageKey: '' });
