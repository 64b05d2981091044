// The kept compiled index (extension/background/compiled-index.js): one list
// set's bytes under its hash; anything that goes wrong reads as "nothing
// kept" (the engine then builds), never as an error on the check's path.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const mod = () => import('../background/compiled-index.js');

/** Just enough of IndexedDB for the module: one database, one object store, asynchronous requests. */
function fakeIndexedDB() {
  const stores = new Map();
  const later = (req, fn) => setTimeout(() => {
    try { req.result = fn(); if (req.onsuccess) req.onsuccess(); } catch (e) { req.error = e; if (req.onerror) req.onerror(); }
  }, 1);
  const db = {
    createObjectStore: (name) => { stores.set(name, new Map()); },
    transaction: (name) => {
      const data = stores.get(name);
      const tx = {};
      const done = () => setTimeout(() => tx.oncomplete && tx.oncomplete(), 3);
      tx.objectStore = () => ({
        getAllKeys: () => { const r = {}; later(r, () => [...data.keys()]); return r; },
        get: (k) => { const r = {}; later(r, () => data.get(k)); return r; },
        clear: () => { data.clear(); done(); return {}; },
        put: (v, k) => { data.set(k, v); done(); return {}; },
      });
      return tx;
    },
  };
  let upgraded = false;
  return {
    open: () => {
      const req = {};
      setTimeout(() => {
        req.result = db;
        if (!upgraded) { upgraded = true; req.onupgradeneeded(); }
        req.onsuccess();
      }, 1);
      return req;
    },
  };
}

test('the bytes kept for one list set are read back with their hash; keeping another set replaces them', async () => {
  const { createCompiledStore } = await mod();
  const store = createCompiledStore(fakeIndexedDB());
  assert.equal(await store.latest(), null, 'nothing kept at first');
  assert.equal(await store.keep('aa', new Uint8Array([1, 2, 3])), true);
  assert.deepEqual(await store.latest(), { hash: 'aa', bytes: new Uint8Array([1, 2, 3]) });
  await store.keep('bb', new Uint8Array([4]));
  assert.deepEqual(await store.latest(), { hash: 'bb', bytes: new Uint8Array([4]) });
});

test('without IndexedDB, nothing is kept and nothing is read: the engine builds', async () => {
  const { createCompiledStore } = await mod();
  const store = createCompiledStore(undefined);
  assert.equal(await store.keep('aa', new Uint8Array([1])), false);
  assert.equal(await store.latest(), null);
});

test('a database that never opens is given up within the read timeout', async () => {
  const { createCompiledStore, READ_TIMEOUT_MS } = await mod();
  const store = createCompiledStore({ open: () => ({}) });
  const start = Date.now();
  assert.equal(await store.latest(), null);
  assert.ok(Date.now() - start < READ_TIMEOUT_MS + 500);
});

test('a kept value that is not bytes reads as nothing kept', async () => {
  const { createCompiledStore } = await mod();
  const idb = fakeIndexedDB();
  const store = createCompiledStore(idb);
  await store.keep('aa', 'not bytes');
  assert.equal(await store.latest(), null);
});
