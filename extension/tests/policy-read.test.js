// The policy read (extension/background/policy-read.js): a check never waits
// long for the browser's policy service, and a policy that arrives later
// than the bound puts the lists in force again.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const mod = () => import('../background/policy-read.js');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const normalize = (raw) => ({ subscriptions: Array.isArray(raw.subscriptions) ? raw.subscriptions : [], errors: [] });

/** A policy service that answers `raw` after `delayMs`, and a storage for the last policy read. */
function setup({ raw = {}, delayMs = 0, last = null, waitMs = 50 } = {}) {
  const state = { last, changed: 0, saved: [] };
  return {
    state,
    options: {
      readRaw: () => sleep(delayMs).then(() => raw),
      normalize,
      loadLast: async () => state.last,
      saveLast: async (p) => { state.last = p; state.saved.push(p); },
      changed: () => { state.changed += 1; },
      waitMs,
    },
  };
}

test('right after install, a slow policy service is not waited for: the empty policy is used within the bound', async () => {
  const { createPolicyReader } = await mod();
  const { options } = setup({ delayMs: 3000 });
  const reader = createPolicyReader(options);
  const start = Date.now();
  assert.deepEqual(await reader.policy(), { subscriptions: [], errors: [] });
  assert.ok(Date.now() - start < 1000, `answered in ${Date.now() - start} ms`);
});

test('a policy that arrives after the bound puts the lists in force again, once', async () => {
  const { createPolicyReader } = await mod();
  const sub = { url: 'https://org.example/list.json' };
  const { state, options } = setup({ raw: { subscriptions: [sub] }, delayMs: 150 });
  const reader = createPolicyReader(options);
  assert.deepEqual((await reader.policy()).subscriptions, [], 'the empty policy, within the bound');
  await sleep(250);
  assert.equal(state.changed, 1, 'the lists are put in force again');
  assert.deepEqual(state.last.subscriptions, [sub], 'and the policy is kept');
  assert.deepEqual((await reader.policy()).subscriptions, [sub], 'later reads give it at once');
});

test('no policy at all, answered late: nothing is put in force again', async () => {
  const { createPolicyReader } = await mod();
  const { state, options } = setup({ delayMs: 120 });
  const reader = createPolicyReader(options);
  await reader.policy();
  await sleep(200);
  assert.equal(state.changed, 0);
});

test('after a restart, the last policy read is used within the bound; a different answer re-applies', async () => {
  const { createPolicyReader } = await mod();
  const old = { subscriptions: [{ url: 'https://old.example/l.json' }], errors: [] };
  const { state, options } = setup({ raw: {}, delayMs: 150, last: old });
  const reader = createPolicyReader(options);
  assert.deepEqual(await reader.policy(), old);
  await sleep(250);
  assert.equal(state.changed, 1);
});

test('a lock is read from the browser\'s answer, however long it takes', async () => {
  const { createPolicyReader } = await mod();
  const { options } = setup({ raw: { subscriptions: [{ url: 'https://o.example/l.json' }] }, delayMs: 120 });
  const reader = createPolicyReader(options);
  assert.equal((await reader.policy({ current: true })).subscriptions.length, 1);
});

test('a policy service that throws (Firefox without a policy) reads as no policy', async () => {
  const { createPolicyReader } = await mod();
  const { state, options } = setup();
  const reader = createPolicyReader({ ...options, readRaw: async () => { throw new Error('Managed storage manifest not found'); } });
  assert.deepEqual(await reader.policy({ current: true }), { subscriptions: [], errors: [] });
  assert.equal(state.changed, 0);
});

test('the browser saying the policy changed asks again and re-applies a different one', async () => {
  const { createPolicyReader } = await mod();
  const { state, options } = setup();
  let raw = {};
  const reader = createPolicyReader({ ...options, readRaw: async () => raw });
  await reader.policy({ current: true });
  raw = { subscriptions: [{ url: 'https://new.example/l.json' }] };
  await reader.reread();
  assert.equal(state.changed, 1);
  assert.equal((await reader.policy()).subscriptions.length, 1);
});

test('while the answer is late, only the first read waits for it', async () => {
  const { createPolicyReader } = await mod();
  const { options } = setup({ delayMs: 3000, waitMs: 200 });
  const reader = createPolicyReader(options);
  await reader.policy();
  const start = Date.now();
  await reader.policy();
  await reader.policy();
  assert.ok(Date.now() - start < 100, `later reads took ${Date.now() - start} ms`);
});
