// The feed's batch check (issue 13): the content script sends the post authors
// near the viewport in one message, {type: 'asli/check-batch', items: [{key,
// profile}]}, and gets {results: {"<key>": verdict + entry_card}, language,
// feedVerified}. Each profile is cleaned like a page's (clean-profile.js), its
// picture hashed on this device (avatar-hash.js, cached per URL), and judged by
// the one engine. Unlike a page check nothing is learned, no toolbar badge is
// set and nothing is recorded for the popup: the feed is many pages at once.
// Counters for the benchmark and debugging: globalThis.asliFeedStats.

import { ext } from '../common/browser-api.js';
import { KEY, MSG, effectiveLanguage } from '../common/protocol.js';
import { route } from './router.js';
import { getEngine, resetEngine } from './engine.js';
import { avatarHash } from './avatar-hash.js';
import { policy } from './lists.js';
import { cleanProfile } from './clean-profile.js';

export const MAX_BATCH = 40;
const AVATAR_WAIT_MS = 2500;
const KEY_RE = /^[ih]:[A-Za-z0-9._-]{1,100}$/; // feed-adapter.js keyOf: i:<id> or h:<handle, lower case>
const stats = { batches: 0, items: 0, engineMs: 0 };
globalThis.asliFeedStats = stats;

/** The items of a batch message that can be judged: at most MAX_BATCH, each {key, profile} with a name. */
export function batchItems(msg) {
  const items = Array.isArray(msg && msg.items) ? msg.items.slice(0, MAX_BATCH) : [];
  return items.filter((it) => it && typeof it.key === 'string' && KEY_RE.test(it.key) &&
    it.profile && typeof it.profile === 'object' && typeof it.profile.name === 'string' && it.profile.name.trim());
}

async function hashOf(url) {
  if (typeof url !== 'string' || url.length > 4096) return null;
  return Promise.race([avatarHash(url).catch(() => null), new Promise((r) => setTimeout(r, AVATAR_WAIT_MS, null))]);
}

/** Slimmed verdict for the feed: what the mark and its explanation need. */
function slim(r) {
  return {
    verdict: r.verdict, score: r.score, entry: r.entry ?? null,
    reasons: Array.isArray(r.reasons) ? r.reasons.slice(0, 20) : [], entry_card: r.entry_card ?? null,
  };
}

export async function checkBatch(msg) {
  const items = batchItems(msg);
  const engine = await getEngine();
  const profiles = await Promise.all(items.map(async (it) => {
    const profile = cleanProfile(it.profile);
    const hash = await hashOf(it.profile.avatar_url);
    if (hash) profile.avatar_pdq = hash;
    return profile;
  }));
  const results = {};
  const t0 = performance.now();
  items.forEach((it, i) => {
    try {
      results[it.key] = slim(engine.check(profiles[i]));
    } catch (e) {
      resetEngine(e);
      throw e;
    }
  });
  stats.batches += 1;
  stats.items += items.length;
  stats.engineMs += performance.now() - t0;
  const [pol, got] = await Promise.all([policy(), ext.storage.local.get(KEY.SETTINGS)]);
  const settings = (got && got[KEY.SETTINGS]) || {};
  return {
    results,
    language: effectiveLanguage(pol.language, settings.language),
    feedVerified: settings.feedVerified === true,
  };
}

route(MSG.CHECK_BATCH, (msg) => checkBatch(msg), { from: 'content' });
