// Avatars of verified accounts the reader has visited, remembered on this
// device only (storage.local), so that a later copy of that logo is caught even
// where the list carries no hash for the entry. The engine forgets them when
// its lists are set again: reapplyLearnedAvatars puts them back.

// Firefox's `browser` (promises everywhere), else Chrome's `chrome`.
const ext = globalThis.browser ?? globalThis.chrome;

const KEY = 'asli.learnedAvatars';
const MAX_ENTRIES = 500;
const MAX_HASHES_PER_ENTRY = 16;
const HEX64 = /^[0-9a-f]{64}$/;

async function load() {
  const got = await ext.storage.local.get(KEY);
  const v = got && got[KEY];
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

/** Remembers `hashes` (64-hex strings) for entry `entryId` and teaches the engine. */
export async function rememberAvatar(engine, entryId, hashes) {
  const good = hashes.filter((h) => typeof h === 'string' && HEX64.test(h));
  if (!good.length || typeof entryId !== 'string' || !/^[a-z0-9-]{1,100}$/.test(entryId)) return false;
  const learned = engine.learnAvatar(entryId, good.join(','));
  if (!learned) return false; // unknown entry, or nothing new
  const all = await load();
  const kept = [...new Set([...good, ...(all[entryId] ?? [])])].slice(0, MAX_HASHES_PER_ENTRY);
  delete all[entryId];
  all[entryId] = kept; // most recent last
  const ids = Object.keys(all);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_ENTRIES))) delete all[id];
  await ext.storage.local.set({ [KEY]: all });
  return true;
}

/** Teaches a freshly built engine every avatar learned before. */
export async function reapplyLearnedAvatars(engine) {
  const all = await load();
  for (const [entryId, hashes] of Object.entries(all)) {
    if (Array.isArray(hashes)) engine.learnAvatar(entryId, hashes.filter((h) => HEX64.test(h)).join(','));
  }
}
