// Avatars of verified accounts the reader has visited, remembered on this
// device only (storage.local), so that a later copy of that logo is caught even
// where the list carries no hash for the entry. The engine forgets them when
// its lists are set again: reapplyLearnedAvatars puts them back.

import { ext } from '../common/browser-api.js';
import { KEY as KEYS } from '../common/protocol.js';
import { update } from './storage-queue.js';

const KEY = KEYS.LEARNED_AVATARS;
const MAX_ENTRIES = 500;
const MAX_HASHES_PER_ENTRY = 16;
/**
 * One learned picture takes at most this many of an entry's slots (its first,
 * most central hashes): a picture learned by mistake cannot crowd out the
 * others (it once took 15 of 16 and evicted the real logo). Eviction only ever
 * drops older learned pictures: the list's own hashes live in the list and are
 * never stored, replaced or evicted here.
 */
export const MAX_HASHES_PER_PICTURE = 5;
const HEX64 = /^[0-9a-f]{64}$/;

async function load() {
  const got = await ext.storage.local.get(KEY);
  const v = got && got[KEY];
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

/** Remembers `hashes` (64-hex strings) for entry `entryId` and teaches the engine. */
export async function rememberAvatar(engine, entryId, hashes) {
  const good = [...new Set(hashes.filter((h) => typeof h === 'string' && HEX64.test(h)))].slice(0, MAX_HASHES_PER_PICTURE);
  if (!good.length || typeof entryId !== 'string' || !/^[a-z0-9-]{1,100}$/.test(entryId)) return false;
  const learned = engine.learnAvatar(entryId, good.join(','));
  if (!learned) return false; // unknown entry, or nothing new
  // Through the one write queue: two verified pages learned together must not lose one.
  await update('local', KEY, (stored) => {
    const all = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...stored } : {};
    const kept = [...new Set([...good, ...(Array.isArray(all[entryId]) ? all[entryId] : [])])].slice(0, MAX_HASHES_PER_ENTRY);
    delete all[entryId];
    all[entryId] = kept; // most recent last
    const ids = Object.keys(all);
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_ENTRIES))) delete all[id];
    return all;
  });
  return true;
}

/** Teaches a freshly built engine every avatar learned before. */
export async function reapplyLearnedAvatars(engine) {
  const all = await load();
  for (const [entryId, hashes] of Object.entries(all)) {
    if (Array.isArray(hashes)) engine.learnAvatar(entryId, hashes.filter((h) => HEX64.test(h)).join(','));
  }
}
