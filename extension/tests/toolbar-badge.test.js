// The toolbar badge per tab (extension/background/toolbar-badge.js), with the
// browser's action API faked.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const mod = () => import('../background/toolbar-badge.js');

function fakeApi() {
  const state = {};
  const listeners = [];
  return {
    state,
    listeners,
    action: {
      setBadgeText: async ({ tabId, text }) => { (state[tabId] ??= {}).text = text; },
      setBadgeBackgroundColor: async ({ tabId, color }) => { (state[tabId] ??= {}).color = color; },
    },
    tabs: { onUpdated: { addListener: (f) => listeners.push(f) } },
  };
}

test('red for impersonation, amber for suspicious, green for verified, none otherwise', async () => {
  const { badgeFor } = await mod();
  assert.equal(badgeFor({ result: { verdict: 'impersonation' } }).color, '#b3261e');
  assert.equal(badgeFor({ result: { verdict: 'suspicious' } }).color, '#e0a100');
  assert.equal(badgeFor({ result: { verdict: 'verified' } }).color, '#1e7b3c');
  assert.equal(badgeFor({ result: { verdict: 'unknown', reasons: [{ code: 'facebook-verified' }] } }), null);
  assert.equal(badgeFor({ result: { verdict: 'impersonation' }, hidden: true }), null, 'hidden by the reader');
  assert.equal(badgeFor({ error: 'x' }), null);
  assert.equal(badgeFor(null), null);
});

test('set per tab, and cleared for that tab only', async () => {
  const { showBadge, clearBadge } = await mod();
  const api = fakeApi();
  await showBadge(api, 7, { result: { verdict: 'impersonation' } });
  await showBadge(api, 8, { result: { verdict: 'verified' } });
  assert.deepEqual(api.state[7], { text: '!', color: '#b3261e' });
  assert.equal(api.state[8].text, '✓');
  await clearBadge(api, 7);
  assert.equal(api.state[7].text, '');
  assert.equal(api.state[8].text, '✓');
});

test('a tab that starts loading another document loses its badge', async () => {
  const { showBadge, clearOnNavigation } = await mod();
  const api = fakeApi();
  clearOnNavigation(api);
  await showBadge(api, 3, { result: { verdict: 'suspicious' } });
  for (const f of api.listeners) f(3, { status: 'complete' });
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(api.state[3].text, '?');
  for (const f of api.listeners) f(3, { status: 'loading' });
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(api.state[3].text, '');
});
