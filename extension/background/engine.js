// The one Asli engine of this extension: an AsliEngine (Rust → Wasm, through
// the façade wasm.js) with the lists in force (lists.js). Built lazily: a
// Chrome service worker is stopped when idle and starts again on the next
// message, so every use goes through getEngine(). When the lists change,
// lists.js tells this module, which puts them in force again.
//
// After a Wasm trap the module is instantiated again (wasm-core.js) and the
// engine rebuilt on the new instance: resetEngine(error) after a failed check.
//
// Building the index of a long list takes long; the index built for the lists
// in force is kept as bytes (compiled-index.js) and loaded on the next start
// instead: the engine refuses bytes made for other lists or damaged, and
// builds then.

import { wasm, isTrap } from './wasm.js';
import { listsInForce, recordApplied, onListsChanged } from './lists.js';
import { reapplyLearnedAvatars } from './learned-avatars.js';
import { compiledStore } from './compiled-index.js';

let ready = null;
let built = null; // the AsliEngine of the current instance, once built
let applied = null; // [[label, text]...] last put in force

/** The Wasm module, ready (kept for callers of the first version; new code uses wasm.js). */
export function wasmReady() {
  return wasm.ready();
}

/** A newly built index is kept this long after it is put in force: after the checks that waited for it. */
const KEEP_DELAY_MS = 0;
let inForceHash = null; // listsHash of the lists last put in force
let indexStatus = null; // how the index in force came to be: {loaded, refused, kept}

/**
 * engine.setLists with the index kept for these lists, when there is one (a
 * stale or damaged one is refused by the engine, which builds instead); a
 * built index is kept for the next start. Returns the merge's conflicts.
 */
async function putInForce(engine, lists) {
  const kept = await compiledStore.latest();
  const result = engine.setListsWithIndex(lists, kept ? kept.bytes : undefined);
  inForceHash = result.listsHash;
  indexStatus = { loaded: result.loaded, refused: result.refused || null, kept: !!kept };
  if (!result.loaded) {
    const hash = result.listsHash;
    const generation = wasm.generation;
    setTimeout(() => {
      if (inForceHash !== hash || wasm.generation !== generation) return; // other lists, or another instance, since
      let bytes;
      try { bytes = engine.compiledIndex(); } catch (e) { if (isTrap(e)) resetEngine(e); return; }
      compiledStore.keep(hash, bytes);
    }, KEEP_DELAY_MS);
  }
  return result.conflicts;
}

const sameLists = (a, b) => !!a && !!b && a.length === b.length && a.every((x, i) => x[0] === b[i][0] && x[1] === b[i][1]);

/**
 * Puts the lists in force into `engine` (skipped when nothing changed since
 * the last time, unless `force`). A stored list that no longer parses (it was
 * accepted once, so only a newer engine could refuse it) is left out rather
 * than leaving the engine without any list. Returns the merge's conflicts.
 */
async function apply(engine, { force = false } = {}) {
  const { lists, refusals } = await listsInForce();
  const pairs = lists.map((l) => [l.label, l.text]);
  if (!force && sameLists(pairs, applied)) return null;
  let usable = lists;
  let conflicts;
  try {
    conflicts = await putInForce(engine, usable);
  } catch (e) {
    if (isTrap(e)) throw e;
    const left = [];
    for (const l of lists) {
      try { await wasm.use((w) => w.AsliEngine.parseList(l.text)); left.push(l); } catch (err) {
        if (isTrap(err)) throw err;
        refusals.push({ kind: 'list', label: l.label, code: 'malformed', message: String((err && err.message) || err) });
      }
    }
    usable = left;
    conflicts = await putInForce(engine, usable);
  }
  applied = pairs;
  await recordApplied(conflicts, refusals);
  await reapplyLearnedAvatars(engine).catch(() => {}); // setLists forgets what was learned
  return conflicts || [];
}

export function getEngine() {
  if (!ready) {
    const mine = (async () => {
      const w = await wasm.ready();
      const engine = new w.AsliEngine();
      try {
        await apply(engine, { force: true });
      } catch (e) {
        if (isTrap(e)) wasm.restart();
        throw e;
      }
      built = engine;
      return engine;
    })();
    ready = mine;
    mine.catch(() => { if (ready === mine) ready = null; }); // a failed start is retried on the next check
  }
  return ready;
}

/**
 * Forgets the engine after a check failed. A trap (or an unknown failure:
 * `error` omitted) throws the Wasm instance away too; the next getEngine()
 * instantiates the module again and builds a new engine on it.
 */
export function resetEngine(error) {
  if (error === undefined || isTrap(error)) wasm.restart(); // → onRestart below
  else ready = null;
}

wasm.onRestart(() => {
  // The old instance's engine must never reach the new instance: its
  // finalizer would free its pointer in the new memory. Detach it without a call into Wasm.
  if (built && typeof built.__destroy_into_raw === 'function') {
    try { built.__destroy_into_raw(); } catch (_) { /* already detached */ }
  }
  built = null;
  ready = null;
  applied = null;
});

onListsChanged(async () => {
  if (!ready) return; // the next getEngine() applies them
  const engine = await ready.catch(() => null);
  if (!engine) return;
  try {
    await apply(engine);
  } catch (e) {
    resetEngine(e);
  }
});

// For tests and debugging from the worker's console: the engine in use, and
// whether its index was loaded from the kept bytes or built.
globalThis.asliEngine = () => getEngine();
globalThis.asliIndexStatus = () => indexStatus;
