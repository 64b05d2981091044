// Avatars of verified accounts remembered on this device
// (extension/background/learned-avatars.js), with storage and engine faked.
'use strict';
const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');

const store = {};
globalThis.chrome = {
  storage: {
    local: {
      get: async (key) => (key in store ? { [key]: structuredClone(store[key]) } : {}),
      set: async (obj) => { Object.assign(store, structuredClone(obj)); },
    },
  },
};
const mod = () => import('../background/learned-avatars.js');

/** An engine that knows `entries` and records what it learns. */
function fakeEngine(entries = ['ma-hespress']) {
  const learned = {};
  return {
    learned,
    learnAvatar(entryId, hashes) {
      if (!entries.includes(entryId)) return false;
      const before = (learned[entryId] ??= new Set()).size;
      for (const h of hashes.split(',')) learned[entryId].add(h);
      return learned[entryId].size > before;
    },
  };
}

const H = (c) => c.repeat(64);

beforeEach(() => { for (const k of Object.keys(store)) delete store[k]; });

test('a verified account\'s avatar is taught to the engine and kept on the device', async () => {
  const { rememberAvatar } = await mod();
  const engine = fakeEngine();
  assert.equal(await rememberAvatar(engine, 'ma-hespress', [H('a'), H('b')]), true);
  assert.deepEqual([...engine.learned['ma-hespress']], [H('a'), H('b')]);
  assert.deepEqual(store['asli.learnedAvatars'], { 'ma-hespress': [H('a'), H('b')] });
});

test('a fresh engine (lists set again) gets every learned avatar back', async () => {
  const { rememberAvatar, reapplyLearnedAvatars } = await mod();
  await rememberAvatar(fakeEngine(), 'ma-hespress', [H('c')]);
  const fresh = fakeEngine();
  await reapplyLearnedAvatars(fresh);
  assert.deepEqual([...fresh.learned['ma-hespress']], [H('c')]);
});

test('nothing is stored for an unknown entry, a bad id or malformed hashes', async () => {
  const { rememberAvatar } = await mod();
  const engine = fakeEngine();
  assert.equal(await rememberAvatar(engine, 'not-listed', [H('a')]), false);
  assert.equal(await rememberAvatar(engine, 'Bad Id!', [H('a')]), false);
  assert.equal(await rememberAvatar(engine, 'ma-hespress', ['xyz', H('A'), 42]), false);
  assert.equal(store['asli.learnedAvatars'], undefined);
});

test('an entry keeps at most 16 hashes, the newest picture first', async () => {
  const { rememberAvatar, MAX_HASHES_PER_PICTURE } = await mod();
  const engine = fakeEngine();
  const many = Array.from({ length: 20 }, (_, i) => i.toString(16).padStart(64, '0'));
  for (let i = 0; i < 20; i += 4) await rememberAvatar(engine, 'ma-hespress', many.slice(i, i + 4));
  const kept = store['asli.learnedAvatars']['ma-hespress'];
  assert.equal(kept.length, 16);
  assert.deepEqual(kept.slice(0, 4), many.slice(16, 20));
  assert.ok(MAX_HASHES_PER_PICTURE >= 4);
});
