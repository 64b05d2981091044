// Typed reads of storage.local for the background: each value goes through
// its repair (stored.js); a value that had to be repaired is written back
// repaired, with a note (KEY.STORAGE_NOTES) the options page shows. Writes go
// through the one queue (storage-queue.js).

import { ext } from '../common/browser-api.js';
import { KEY } from '../common/protocol.js';
import { REPAIRS } from './stored.js';
import { update, queued } from './storage-queue.js';

const MAX_NOTES = 20;

/** Adds notes ({key, message, at}) for the options page; the oldest go first. */
export function addNotes(key, messages) {
  if (!messages.length) return Promise.resolve();
  const at = new Date().toISOString();
  return update('local', KEY.STORAGE_NOTES, (notes) => [
    ...(Array.isArray(notes) ? notes.filter((n) => n && typeof n.message === 'string') : []),
    ...messages.map((message) => ({ key, message: String(message).slice(0, 300), at })),
  ].slice(-MAX_NOTES));
}

/** The notes of repairs so far. */
export async function storageNotes() {
  const got = await ext.storage.local.get(KEY.STORAGE_NOTES);
  const notes = got && got[KEY.STORAGE_NOTES];
  return Array.isArray(notes) ? notes.filter((n) => n && typeof n.message === 'string') : [];
}

/**
 * The value of `key`, repaired when it was broken (and then written back,
 * with a note). The repair is done again inside the write queue, so that two
 * readers finding the same broken value repair it, and note it, once.
 */
export async function read(key) {
  const got = await ext.storage.local.get(key);
  const raw = got ? got[key] : undefined;
  const repair = REPAIRS[key];
  if (!repair) return raw;
  const first = repair(raw);
  if (!first.notes.length) return first.value;
  return queued(async () => {
    const now = await ext.storage.local.get([key, KEY.STORAGE_NOTES]);
    const { value, notes } = repair(now ? now[key] : undefined);
    if (!notes.length) return value; // another reader repaired it meanwhile
    const at = new Date().toISOString();
    const old = now && Array.isArray(now[KEY.STORAGE_NOTES]) ? now[KEY.STORAGE_NOTES].filter((n) => n && typeof n.message === 'string') : [];
    await ext.storage.local.set({
      [key]: value,
      [KEY.STORAGE_NOTES]: [...old, ...notes.map((message) => ({ key, message: String(message).slice(0, 300), at }))].slice(-MAX_NOTES),
    });
    return value;
  });
}

/** Forgets the notes (the reader read them). */
export function clearNotes() {
  return update('local', KEY.STORAGE_NOTES, () => []);
}

/** Read-modify-write of `key` through the queue, starting from the repaired value. */
export function change(key, fn) {
  const repair = REPAIRS[key];
  return update('local', key, (raw) => fn(repair ? repair(raw).value : raw));
}
