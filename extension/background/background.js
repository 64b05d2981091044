// Asli background (Chrome: module service worker; Firefox: module background
// script). Answers the content script:
//   {type: 'asli/check', profile, pageKey} → {result: verdict + entry_card, hidden, timing}
//   {type: 'asli/hide', pageKey, entry, verdict} → {ok: true}
// Listeners are registered synchronously at the top level (a service worker
// woken by a message must find them); the engine starts on first use.

import { getEngine, resetEngine } from './engine.js';
import { avatarHash, learnVerifiedAvatar } from './avatar-hash.js';
import { hidePage, isHidden } from './hidden-pages.js';

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
  const hidden = result.verdict !== 'unknown' && await isHidden(msg.pageKey);
  return { result, hidden, timing: { startMs: t1 - t0, avatarMs: t2 - t1, engineMs: t3 - t2 } };
}

async function handle(msg) {
  switch (msg.type) {
    case 'asli/check':
      return check(msg);
    case 'asli/hide':
      await hidePage(msg.pageKey, msg.entry, msg.verdict);
      return { ok: true };
    default:
      throw new Error(`unknown message ${msg.type}`);
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('asli/')) return false;
  if (sender.id !== chrome.runtime.id) return false;
  handle(msg).then(sendResponse, (e) => sendResponse({ error: String((e && e.message) || e) }));
  return true;
});

chrome.runtime.onInstalled.addListener(() => { getEngine().catch(() => {}); });
chrome.runtime.onStartup.addListener(() => { getEngine().catch(() => {}); });

// For tests and debugging from the service worker's console: asliCheck({name: 'Hespress'}).
globalThis.asliCheck = (profile) => check({ profile, pageKey: '' });
