// Stored values of the wrong type are repaired with a note, never break the
// background or the options page (extension/background/stored.js, storage.js).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fake = require('./fake-browser');

const stores = fake.install();
const stored = () => import('../background/stored.js');
const KEYLINE = 'asli-ed25519-public:FYUaIUnyM0jsXjCQ0WMZmIbtfR06hWGDQHlWnUxUth8=';

test('a version that is not a positive integer is invalid, not 0', async () => {
  const { isVersion } = await stored();
  for (const v of [1, 2026112301, 2 ** 53 - 1]) assert.equal(isVersion(v), true, String(v));
  for (const v of [0, -1, 1.5, '3', null, undefined, NaN, Infinity, 2 ** 53, true, [3]]) assert.equal(isVersion(v), false, String(v));
});

test('subscriptions of the wrong type: cleared or filtered, with a note', async () => {
  const { repairSubscriptions } = await stored();
  for (const raw of ['https://a.example/l.json', 42, { url: 'x' }, null]) {
    const { value, notes } = repairSubscriptions(raw);
    assert.deepEqual(value, []);
    assert.equal(notes.length, 1, JSON.stringify(raw));
  }
  const { value, notes } = repairSubscriptions([
    { url: 'https://a.example/l.json', publicKey: KEYLINE, label: 'A' },
    { url: 'http://b.example/l.json', publicKey: KEYLINE },
    'junk',
    { url: 'https://c.example/l.json', publicKey: 7 },
    { url: 'https://a.example/l.json', publicKey: KEYLINE, label: 'again' },
  ]);
  assert.deepEqual(value, [{ url: 'https://a.example/l.json', publicKey: KEYLINE, label: 'A' }]);
  assert.equal(notes.length, 4);
  assert.deepEqual(repairSubscriptions(undefined), { value: [], notes: [] });
});

test('list states of the wrong type: the list is dropped (fetched again), the rest kept, with a note', async () => {
  const { repairStates } = await stored();
  assert.equal(repairStates([1, 2]).notes.length, 1);
  assert.deepEqual(repairStates('x').value, {});
  const { value, notes } = repairStates({
    'https://a/1': { text: 'T', signature: 'S', version: 3, lastCheck: 'T1', lastError: null },
    'https://a/2': { text: 'T', signature: 'S', version: '3' },
    'https://a/3': { text: 'T', signature: 'S', version: 0 },
    'https://a/4': { text: 42, signature: 'S', version: 3 },
    'https://a/5': 'broken',
    'https://a/6': { lastCheck: 5, lastError: 'nope', entries: -2 },
  });
  assert.deepEqual(value['https://a/1'], { text: 'T', signature: 'S', version: 3, lastCheck: 'T1', lastError: null });
  for (const u of ['https://a/2', 'https://a/3', 'https://a/4']) assert.equal(value[u].text, undefined, u);
  assert.equal(value['https://a/5'], undefined);
  assert.deepEqual(value['https://a/6'], { lastError: null });
  assert.equal(notes.length, 7);
  assert.match(notes.join('\n'), /version "3" is not a positive integer/);
});

test('imported lists of the wrong type: broken records removed, with a note', async () => {
  const { repairImported } = await stored();
  const good = { id: 'imp-1', label: 'Mine', text: 'T', signature: 'S', publicKey: KEYLINE, version: 4 };
  const { value, notes } = repairImported([good, { ...good, id: 'imp-2', version: 0 }, { ...good, id: 'imp-3', text: null }, 'x']);
  assert.deepEqual(value.map((r) => r.id), ['imp-1']);
  assert.equal(notes.length, 3);
  assert.equal(repairImported({ 0: good }).notes.length, 1);
});

test('settings, hidden pages and conflicts of the wrong type are reset with a note', async () => {
  const { repairSettings, repairHiddenPages, repairConflicts } = await stored();
  assert.deepEqual(repairSettings('fr'), { value: {}, notes: [repairSettings('fr').notes[0]] });
  assert.equal(repairSettings({ language: 'xx' }).value.language, undefined);
  assert.equal(repairSettings({ language: 'ar' }).notes.length, 0);
  // the feed's option (issue 13): a boolean or nothing
  assert.deepEqual(repairSettings({ language: 'ar', feedVerified: true }), { value: { language: 'ar', feedVerified: true }, notes: [] });
  const bad = repairSettings({ feedVerified: 'yes' });
  assert.equal(bad.value.feedVerified, undefined);
  assert.equal(bad.notes.length, 1);
  assert.deepEqual(repairHiddenPages([1]).value, {});
  const h = repairHiddenPages({ 'facebook:id:1': { entry: 'e', verdict: 'suspicious' }, 'facebook:id:2': true });
  assert.deepEqual(Object.keys(h.value), ['facebook:id:1']);
  assert.equal(h.notes.length, 1);
  assert.deepEqual(repairConflicts({ conflicts: 'x' }).value, { at: null, conflicts: [] });
});

test('storage.js writes the repaired value back and leaves a note for the options page', async () => {
  const { read, storageNotes } = await import('../background/storage.js');
  stores.local.subscriptions = 'garbage';
  stores.local.subscriptionState = { 'https://a/1': { text: 'T', signature: 'S', version: -4 } };
  assert.deepEqual(await read('subscriptions'), []);
  assert.deepEqual(await read('subscriptionState'), { 'https://a/1': { lastError: null } });
  assert.deepEqual(stores.local.subscriptions, []);
  assert.deepEqual(stores.local.subscriptionState, { 'https://a/1': { lastError: null } });
  const notes = await storageNotes();
  assert.deepEqual(notes.map((n) => n.key), ['subscriptions', 'subscriptionState']);
  assert.equal((await read('subscriptions')).length, 0);
  assert.equal((await storageNotes()).length, 2, 'a sound value adds no note');
});

test('two readers finding the same broken value repair it, and note it, once', async () => {
  const { read, storageNotes, clearNotes } = await import('../background/storage.js');
  await clearNotes();
  stores.local.settings = 5;
  const [a, b] = await Promise.all([read('settings'), read('settings')]);
  assert.deepEqual([a, b], [{}, {}]);
  assert.deepEqual((await storageNotes()).map((n) => n.key), ['settings']);
  await clearNotes();
  assert.deepEqual(await storageNotes(), []);
});
