// The compiled index of the lists in force (the engine's bytes: AsliEngine
// compiledIndex / setListsWithIndex), kept in IndexedDB under the lists' hash,
// so that a restarted service worker loads the index instead of building it
// again. Only the latest list set is kept. The engine never trusts these
// bytes (it refuses stale, foreign or damaged ones and builds instead), so
// whatever goes wrong here (no IndexedDB, a full disk, a slow open) only
// costs a rebuild: every failure reads as "nothing kept".

const DB_NAME = 'asli-compiled-index';
const DB_VERSION = 1;
const STORE = 'index';
/** A read that takes longer than this is given up: building is then faster. */
export const READ_TIMEOUT_MS = 1000;

const request = (req) => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

/** `idb`: an IDBFactory (globalThis.indexedDB in the worker; a fake in unit tests). */
export function createCompiledStore(idb = globalThis.indexedDB) {
  let opening = null;

  function open() {
    if (!idb) return Promise.reject(new Error('no IndexedDB'));
    opening ??= new Promise((resolve, reject) => {
      const req = idb.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => { req.result.createObjectStore(STORE); };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    opening.catch(() => { opening = null; });
    return opening;
  }

  /** The kept index: {hash, bytes} (bytes a Uint8Array), or null. */
  async function latest() {
    const read = (async () => {
      const db = await open();
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const keys = await request(store.getAllKeys());
      if (!keys.length) return null;
      const bytes = await request(store.get(keys[0]));
      return bytes instanceof Uint8Array ? { hash: String(keys[0]), bytes } : null;
    })();
    const late = new Promise((resolve) => setTimeout(resolve, READ_TIMEOUT_MS, null));
    return Promise.race([read, late]).catch(() => null);
  }

  /** Keeps `bytes` as the index of the lists whose hash is `hash`, in place of any other. */
  async function keep(hash, bytes) {
    try {
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      store.clear();
      store.put(bytes, hash);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return true;
    } catch (_) {
      return false;
    }
  }

  return { latest, keep };
}

export const compiledStore = createCompiledStore();
