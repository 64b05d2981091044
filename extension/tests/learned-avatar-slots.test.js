// Issue 10, problem 7: one learned picture must not fill an entry's slots and
// evict the real logo (extension/background/learned-avatars.js; storage and
// engine faked as in learned-avatars.test.js).
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
    session: {
      get: async (key) => (key in store ? { [key]: structuredClone(store[key]) } : {}),
      set: async (obj) => { Object.assign(store, structuredClone(obj)); },
    },
  },
};
const mod = () => import('../background/learned-avatars.js');

function fakeEngine() {
  const learned = new Set();
  return {
    learned,
    learnAvatar(entryId, hashes) {
      if (entryId !== 'ma-goud') return false;
      const before = learned.size;
      for (const h of hashes.split(',')) learned.add(h);
      return learned.size > before;
    },
  };
}
const picture = (seed, n) => Array.from({ length: n }, (_, i) => (seed * 1000 + i).toString(16).padStart(64, '0'));

beforeEach(() => { for (const k of Object.keys(store)) delete store[k]; });

test('one learned picture takes a few slots, never 15 of 16: the real logo learned before stays', async () => {
  const { rememberAvatar } = await mod();
  const engine = fakeEngine();
  const realLogo = picture(1, 15); // pdqListingHashes gives about 15 hashes for one picture
  const postPicture = picture(2, 15);
  await rememberAvatar(engine, 'ma-goud', realLogo);
  await rememberAvatar(engine, 'ma-goud', postPicture);
  const kept = store['asli.learnedAvatars']['ma-goud'];
  const fromPost = kept.filter((h) => postPicture.includes(h)).length;
  const fromLogo = kept.filter((h) => realLogo.includes(h)).length;
  assert.ok(fromPost <= 5, `the post's picture took ${fromPost} slots`);
  assert.ok(fromLogo >= 1, 'the real logo was evicted');
  assert.equal(realLogo.filter((h) => kept.includes(h)).length, fromLogo);
  // what the engine was taught is capped the same way
  assert.ok(postPicture.filter((h) => engine.learned.has(h)).length <= 5);
});

test('the real logo survives two mistaken pictures', async () => {
  const { rememberAvatar } = await mod();
  const engine = fakeEngine();
  await rememberAvatar(engine, 'ma-goud', picture(1, 15));
  await rememberAvatar(engine, 'ma-goud', picture(2, 15));
  await rememberAvatar(engine, 'ma-goud', picture(3, 15));
  const kept = store['asli.learnedAvatars']['ma-goud'];
  assert.ok(kept.some((h) => picture(1, 15).includes(h)));
});
