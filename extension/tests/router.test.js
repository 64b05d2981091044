// Who may send what (extension/background/router.js).
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const WHO = { id: 'ext-id', pagesPrefix: 'chrome-extension://ext-id/' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/ui/options.html', tab: { id: 3 } };
const content = { id: 'ext-id', url: 'https://www.facebook.com/Hespress', tab: { id: 4 } };

test('extension pages may send page messages; content scripts may not', async () => {
  const { senderAllowed } = await import('../background/router.js');
  assert.equal(senderAllowed(page, 'page', WHO), true);
  assert.equal(senderAllowed(content, 'page', WHO), false);
  assert.equal(senderAllowed({ ...page, id: 'other' }, 'page', WHO), false);
});

test('content messages only from our facebook.com hosts over https, or our own pages', async () => {
  const { senderAllowed } = await import('../background/router.js');
  assert.equal(senderAllowed(content, 'content', WHO), true);
  assert.equal(senderAllowed(page, 'content', WHO), true);
  for (const url of ['https://evil.example/', 'http://www.facebook.com/x', 'https://facebook.com.evil.example/', 'https://developers.facebook.com/x']) {
    assert.equal(senderAllowed({ ...content, url }, 'content', WHO), false, url);
  }
  assert.equal(senderAllowed({ id: 'ext-id', url: content.url }, 'content', WHO), false, 'no tab');
  assert.equal(senderAllowed(undefined, 'content', WHO), false);
});

test('content messages come from every host the site adapter reads (one host rule)', async () => {
  const { senderAllowed, CONTENT_HOST } = await import('../background/router.js');
  const { FACEBOOK_HOST } = require('../content/facebook-adapter.js');
  const hosts = ['www', 'web', 'm', 'mobile', 'mbasic', 'touch', 'free', 'd', 'business', 'ar-ar', 'fr-fr', 'developers', 'l', 'lm', 'evil']
    .map((h) => `${h}.facebook.com`);
  for (const host of hosts) {
    assert.equal(CONTENT_HOST.test(host), FACEBOOK_HOST.test(host), host);
    assert.equal(senderAllowed({ ...content, url: `https://${host}/x` }, 'content', WHO), FACEBOOK_HOST.test(host), host);
  }
});

test('dispatch: a throwing handler answers {error}; an unknown type is not answered', async () => {
  const { route, dispatch } = await import('../background/router.js');
  route('t/ok', (m) => ({ echo: m.x }), { from: 'page' });
  route('t/throws', () => { throw new Error('nope'); }, { from: 'page' });
  assert.deepEqual(await dispatch({ type: 't/ok', x: 1 }, page, WHO), { echo: 1 });
  assert.deepEqual(await dispatch({ type: 't/throws' }, page, WHO), { error: 'nope' });
  assert.equal(dispatch({ type: 't/ok' }, content, WHO), undefined);
  assert.equal(dispatch({ type: 't/none' }, page, WHO), undefined);
  assert.throws(() => route('t/ok', () => {}, { from: 'page' }), /two handlers/);
});
