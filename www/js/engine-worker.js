// The first engine of a page, in a worker (boot.js starts it): the bundled
// list put in force and the first checks answered off the page's main thread,
// so that the index's build (tens of milliseconds of freshly compiled wasm)
// runs beside the page's own work (its modules, its words, its layout)
// rather than before it. The same wasm module as the page's (compiled once,
// by boot.js, and handed over), the same engine calls (AsliEngine), the same
// bytes: it decides nothing the page's own engine would decide otherwise.
// The build bundles the wasm-bindgen glue into it (it needs no other file).
//
// Messages in: {op: 'set', module, lists, index, hash} (once, first), then
// {id, op: 'check', profile}. Out: {op: 'set', set} or {op: 'set', error},
// then, for an index built here, {op: 'index', bytes} (kept by the page for
// the next visit); {id, result} or {id, error, trap} for each check.

import init, { AsliEngine } from '../wasm/asli_wasm.js';

let engine = null;

/** What the page needs to know of an error: its words, and whether the wasm trapped (its memory is then suspect). */
function failure(e) {
  return { error: String((e && e.message) || e), trap: e instanceof WebAssembly.RuntimeError };
}

async function set({ module, lists, index, hash }) {
  try {
    await init({ module_or_path: module });
    engine = new AsliEngine();
    const put = engine.setListsWithIndex(lists, index || undefined, hash || undefined);
    postMessage({ op: 'set', set: put });
    // Built here: its bytes for the page to keep, after the page has its answer (a message of its own).
    if (!put.loaded) {
      const bytes = engine.compiledIndex();
      postMessage({ op: 'index', bytes }, [bytes.buffer]);
    }
  } catch (e) {
    engine = null;
    postMessage({ op: 'set', ...failure(e) });
  }
}

self.addEventListener('message', ({ data }) => {
  if (data.op === 'set') { set(data); return; }
  if (data.op !== 'check') return;
  try {
    if (!engine) throw new Error('no engine');
    postMessage({ id: data.id, result: engine.check(data.profile) });
  } catch (e) {
    postMessage({ id: data.id, ...failure(e) });
  }
});
