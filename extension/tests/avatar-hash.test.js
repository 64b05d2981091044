// The avatar hasher's browser-free part (extension/background/avatar-core.js):
// which URLs it fetches, the cache, failures, sizes.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const core = () => import('../background/avatar-core.js');

test('only https fbcdn.net addresses are fetched', async () => {
  const { isAvatarUrl } = await core();
  assert.ok(isAvatarUrl('https://scontent.xx.fbcdn.net/v/t39.30808-1/123_n.jpg?stp=dst-jpg_s320x320'));
  assert.ok(isAvatarUrl('https://static.xx.fbcdn.net/rsrc.php/v3/yo/r/abc.png'));
  for (const bad of ['http://scontent.xx.fbcdn.net/a.jpg', 'https://fbcdn.net.evil.example/a.jpg',
    'https://evilfbcdn.net/a.jpg', 'https://user:pw@scontent.fbcdn.net/a.jpg', 'data:image/png;base64,AAAA',
    'https://www.facebook.com/photo.jpg', 'not a url', null, 42, 'https://a.fbcdn.net/' + 'x'.repeat(5000)]) {
    assert.equal(isAvatarUrl(bad), false, String(bad).slice(0, 60));
  }
});

test('large pictures are drawn within the side limit, aspect kept', async () => {
  const { fitWithin } = await core();
  assert.deepEqual(fitWithin(320, 320), { width: 320, height: 320 });
  assert.deepEqual(fitWithin(4000, 2000, 1000), { width: 1000, height: 500 });
  assert.equal(fitWithin(0, 10), null);
});

function fakes() {
  const calls = [];
  return {
    calls,
    fetchImage: async (url) => { calls.push(url); if (url.includes('broken')) throw new Error('HTTP 404'); return { url }; },
    decodeRgba: async (blob) => ({ rgba: new Uint8Array(4), width: 1, height: 1, url: blob.url }),
    hashRgba: async ({ url }) => url.includes('flat')
      ? { hash: '0'.repeat(64), quality: 2, usable: false, hashes: [] }
      : { hash: 'a'.repeat(64), quality: 100, usable: true, hashes: ['a'.repeat(64), 'b'.repeat(64)] },
  };
}

test('each avatar URL is fetched once, concurrent callers share it', async () => {
  const { createAvatarHasher } = await core();
  const f = fakes();
  const hashesOf = createAvatarHasher(f);
  const url = 'https://scontent.fbcdn.net/a.jpg';
  const [a, b] = await Promise.all([hashesOf(url), hashesOf(url)]);
  assert.equal(a.hash, 'a'.repeat(64));
  assert.equal(a, b);
  await hashesOf(url);
  assert.deepEqual(f.calls, [url]);
});

test('a failed fetch is not cached; a flat picture is, as unusable', async () => {
  const { createAvatarHasher } = await core();
  const f = fakes();
  const hashesOf = createAvatarHasher(f);
  assert.equal(await hashesOf('https://s.fbcdn.net/broken.jpg'), null);
  assert.equal(await hashesOf('https://s.fbcdn.net/broken.jpg'), null);
  assert.equal(f.calls.length, 2);
  const flat = await hashesOf('https://s.fbcdn.net/flat.jpg');
  assert.equal(flat.usable, false);
  assert.deepEqual(flat.hashes, []);
  await hashesOf('https://s.fbcdn.net/flat.jpg');
  assert.equal(f.calls.length, 3);
});

test('a URL outside fbcdn is never fetched', async () => {
  const { createAvatarHasher } = await core();
  const f = fakes();
  const hashesOf = createAvatarHasher(f);
  assert.equal(await hashesOf('https://evil.example/a.jpg'), null);
  assert.deepEqual(f.calls, []);
});

test('the cache keeps the most recently used avatars', async () => {
  const { createAvatarHasher } = await core();
  const f = fakes();
  const hashesOf = createAvatarHasher({ ...f, size: 2 });
  const u = (n) => `https://s.fbcdn.net/${n}.jpg`;
  await hashesOf(u(1)); await hashesOf(u(2)); await hashesOf(u(1)); await hashesOf(u(3));
  await hashesOf(u(1)); // still cached (used recently)
  await hashesOf(u(2)); // evicted: fetched again
  assert.deepEqual(f.calls, [u(1), u(2), u(3), u(2)]);
});
