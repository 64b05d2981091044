// One queue for the background's read-modify-write of stored values: two
// checks finishing together (two tabs, a page and its avatar) must not each
// read the same old value and write over the other's change. Every update of
// tab verdicts, hidden pages, learned avatars and list states goes through
// `update`; updates run one after another, in the order they were asked.

import { ext } from '../common/browser-api.js';

let tail = Promise.resolve();

/** Runs `fn` after every update queued before it; resolves or rejects with its outcome. */
export function queued(fn) {
  const run = tail.then(fn, fn);
  tail = run.catch(() => {});
  return run;
}

/**
 * Reads `key` from storage `area` ('local' or 'session'; 'session' falls back
 * to 'local' where there is none), hands it to `change(current)` (undefined
 * when absent), writes what it returns (nothing when it returns undefined), and
 * resolves with that value. Serialised with every other update.
 */
export function update(area, key, change, { storage = ext && ext.storage } = {}) {
  return queued(async () => {
    const store = (area === 'session' && storage.session) || storage.local;
    const got = await store.get(key);
    const next = await change(got ? got[key] : undefined);
    if (next !== undefined) await store.set({ [key]: next });
    return next;
  });
}
