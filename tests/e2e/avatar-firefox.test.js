// A stolen logo under an innocent name in real Firefox ESR (issue 4): the
// Firefox build's background (an event page, not a service worker) fetches the
// avatar, decodes it with createImageBitmap + OffscreenCanvas and hashes it in
// Wasm. Same fixtures as avatar.test.js; skipped without /usr/bin/firefox-esr.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');
const { skipReason, openFirefox, verdict, countHosts } = require('./firefox-driver');

const FIX = path.join(h.REPO, 'tests/fixtures/avatar');
const LIST = path.join(h.REPO, 'tests/fixtures/lists/avatar.json');
const CDN = 'scontent.xx.fbcdn.net/v/t39.30808-1/';

describe('Firefox: a copied logo under another name', { skip: skipReason }, () => {
  let ff;
  before(async () => {
    ff = await openFirefox({
      'www.facebook.com/recettes.de.maman/': { file: path.join(FIX, 'fake-recipes.html') },
      'www.facebook.com/cafe.atlas.rabat/': { file: path.join(FIX, 'unrelated.html') },
      [CDN + 'copied-logo.jpg']: { file: path.join(FIX, 'copied-logo.jpg'), type: 'image/jpeg' },
      [CDN + 'unrelated-logo.jpg']: { file: path.join(FIX, 'unrelated-logo.jpg'), type: 'image/jpeg' },
    }, LIST);
  });
  after(async () => { await ff?.close(); });

  test('the copied logo gets the banner naming the real outlet', async () => {
    await ff.page.goto('https://www.facebook.com/recettes.de.maman/');
    const v = await verdict(ff.page, 15000);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-logo-news']);
  });

  test('a page with its own logo and an unrelated name shows nothing', async () => {
    await ff.page.goto('https://www.facebook.com/cafe.atlas.rabat/');
    await h.sleep(2000);
    assert.equal(await countHosts(ff.page), 0);
  });
});
