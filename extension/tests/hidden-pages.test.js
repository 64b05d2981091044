// "Hide for this page" holds for what the reader saw: the same entry at the
// same level or lower (extension/background/hidden-pages.js).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fake = require('./fake-browser');

fake.install();
const mod = () => import('../background/hidden-pages.js');

test('hidden while Asli says the same thing or less about the page', async () => {
  const { hidePage, isHidden } = await mod();
  await hidePage('facebook:handle:fan.page', 'ma-hespress', 'suspicious');
  assert.equal(await isHidden('facebook:handle:fan.page', { verdict: 'suspicious', entry: 'ma-hespress' }), true);
  assert.equal(await isHidden('facebook:handle:fan.page', { verdict: 'verified', entry: 'ma-hespress' }), true);
  assert.equal(await isHidden('facebook:handle:other', { verdict: 'suspicious', entry: 'ma-hespress' }), false);
});

test('a hidden page renamed to resemble another entry is warned about again', async () => {
  const { hidePage, isHidden } = await mod();
  await hidePage('facebook:id:1001', 'ma-hespress', 'suspicious');
  assert.equal(await isHidden('facebook:id:1001', { verdict: 'suspicious', entry: 'ma-dgsn' }), false);
  assert.equal(await isHidden('facebook:id:1001', { verdict: 'impersonation', entry: 'ma-dgsn' }), false);
});

test('a hidden page raised from amber to red is warned about again', async () => {
  const { hidePage, isHidden } = await mod();
  await hidePage('facebook:id:1002', 'ma-hespress', 'suspicious');
  assert.equal(await isHidden('facebook:id:1002', { verdict: 'impersonation', entry: 'ma-hespress' }), false);
  await hidePage('facebook:id:1002', 'ma-hespress', 'impersonation');
  assert.equal(await isHidden('facebook:id:1002', { verdict: 'impersonation', entry: 'ma-hespress' }), true);
});

test('an exception stored without its entry or level hides nothing', async () => {
  const { covers } = await mod();
  assert.equal(covers({ entry: null, verdict: null }, { verdict: 'suspicious', entry: 'x' }), false);
  assert.equal(covers({ entry: 'x', verdict: 'bogus' }, { verdict: 'suspicious', entry: 'x' }), false);
  assert.equal(covers('junk', { verdict: 'suspicious', entry: 'x' }), false);
});
