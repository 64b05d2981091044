// What of a page's profile reaches the engine (extension/background/clean-profile.js):
// the spec's fields and Facebook's own signals, with type and size checks.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const mod = () => import('../background/clean-profile.js');

test('Facebook\'s own signals pass through', async () => {
  const { cleanProfile } = await mod();
  const p = cleanProfile({
    platform: 'facebook', name: 'Hespress', id: '100064591867845', handle: 'Hespress',
    facebook_verified: true, followers: 1200000, created: '2014-03-03', previous_names: ['Hespress News'],
    manager_countries: ['MA', 'ES'], category: 'News & media website', avatar_url: 'https://x.fbcdn.net/a.jpg',
  });
  assert.deepEqual(p, {
    platform: 'facebook', name: 'Hespress', id: '100064591867845', handle: 'Hespress',
    facebook_verified: true, followers: 1200000, created: '2014-03-03', previous_names: ['Hespress News'],
    manager_countries: ['MA', 'ES'], category: 'News & media website',
  });
});

test('wrong types and sizes are dropped, never passed on', async () => {
  const { cleanProfile } = await mod();
  const p = cleanProfile({
    name: 'X', id: '12ab', handle: 'h'.repeat(101), facebook_verified: 'true', followers: -3, created: '2014-02-30',
    previous_names: [42, '', 'n'.repeat(201)], manager_countries: ['ma', 'MAR', 7], category: 'c'.repeat(101),
    reader_id: '100068943456113', __proto__: { polluted: true },
  });
  assert.deepEqual(p, { platform: 'facebook', name: 'X' });
  assert.deepEqual(cleanProfile({ name: 'X', followers: 1.5, created: '03/03/2014' }), { platform: 'facebook', name: 'X' });
  assert.deepEqual(cleanProfile({ name: 'X', followers: '12 k' }), { platform: 'facebook', name: 'X' });
});

test('lists are capped: 10 previous names, 20 countries, no duplicates', async () => {
  const { cleanProfile } = await mod();
  const p = cleanProfile({
    name: 'X', previous_names: Array.from({ length: 30 }, (_, i) => `n${i}`),
    manager_countries: ['MA', 'MA', ...Array.from({ length: 30 }, (_, i) => String.fromCharCode(65 + (i % 26)) + 'Z')],
  });
  assert.equal(p.previous_names.length, 10);
  assert.equal(p.manager_countries.length, 20);
  assert.equal(new Set(p.manager_countries).size, 20);
});

test('a 100 KB name is capped to 1024 characters', async () => {
  const { cleanProfile } = await mod();
  assert.equal(Array.from(cleanProfile({ name: 'ن'.repeat(100000) }).name).length, 1024);
  assert.deepEqual(cleanProfile(null), { platform: 'facebook', name: '' });
});
