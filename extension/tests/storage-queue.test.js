// Concurrent checks must not lose each other's writes: tab verdicts, hidden
// pages and learned avatars go through one queue (background/storage-queue.js).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fake = require('./fake-browser');

const stores = fake.install({ delayMs: 5 });
const verdict = (v) => ({ result: { verdict: v, score: 1, entry: 'e', reasons: [] }, hidden: false });

test('ten tabs finishing their checks together: every tab\'s verdict is recorded', async () => {
  const { recordVerdict } = await import('../background/tab-verdicts.js');
  await Promise.all(Array.from({ length: 10 }, (_, i) => recordVerdict({ id: i + 1, url: `https://www.facebook.com/p${i}` }, { pageKey: `k${i}` }, verdict('unknown'))));
  assert.deepEqual(Object.keys(stores.session.tabVerdicts).sort((a, b) => a - b), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
});

test('pages hidden together are all remembered', async () => {
  const { hidePage } = await import('../background/hidden-pages.js');
  await Promise.all(['a', 'b', 'c', 'd'].map((k) => hidePage(`facebook:handle:${k}`, 'e', 'suspicious')));
  assert.deepEqual(Object.keys(stores.local.hiddenPages).sort(), ['facebook:handle:a', 'facebook:handle:b', 'facebook:handle:c', 'facebook:handle:d']);
});

test('avatars learned together on two verified pages are both kept', async () => {
  const { rememberAvatar } = await import('../background/learned-avatars.js');
  const engine = { learnAvatar: () => true };
  await Promise.all([rememberAvatar(engine, 'one', ['a'.repeat(64)]), rememberAvatar(engine, 'two', ['b'.repeat(64)])]);
  assert.deepEqual(Object.keys(stores.local['asli.learnedAvatars']).sort(), ['one', 'two']);
});

test('the queue runs updates in order, and one failing does not stop the next', async () => {
  const { update } = await import('../background/storage-queue.js');
  const bad = update('local', 'n', () => { throw new Error('boom'); });
  const good = Promise.all([1, 2, 3].map(() => update('local', 'n', (n) => (n || 0) + 1)));
  await assert.rejects(bad, /boom/);
  await good;
  assert.equal(stores.local.n, 3);
});
