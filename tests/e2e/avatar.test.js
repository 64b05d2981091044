// A stolen logo under an innocent name, end to end (issue 4): real Chromium,
// the built extension, fbcdn.net mapped to the fixture server. The background
// fetches the avatar the site adapter found, hashes it in Wasm, and the engine
// matches it against the list's avatar hashes (tests/fixtures/avatar, list
// tests/fixtures/lists/avatar.json).
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');

const FIX = path.join(h.REPO, 'tests/fixtures/avatar');
const LIST = path.join(h.REPO, 'tests/fixtures/lists/avatar.json');
const CDN = 'scontent.xx.fbcdn.net/v/t39.30808-1/';
const jpeg = (name) => ({ file: path.join(FIX, name), type: 'image/jpeg' });
const routes = {
  'www.facebook.com/recettes.de.maman/': { file: path.join(FIX, 'fake-recipes.html') },
  'www.facebook.com/koora.live.ma/': { file: path.join(FIX, 'fake-koora.html') },
  'www.facebook.com/cafe.atlas.rabat/': { file: path.join(FIX, 'unrelated.html') },
  'www.facebook.com/Akhbar.Test.Officiel/': { file: path.join(FIX, 'real.html') },
  [CDN + 'real-logo.jpg']: jpeg('real-logo.jpg'),
  [CDN + 'copied-logo.jpg']: jpeg('copied-logo.jpg'),
  [CDN + 'copied-logo-framed-circle.jpg']: jpeg('copied-logo-framed-circle.jpg'),
  [CDN + 'unrelated-logo.jpg']: jpeg('unrelated-logo.jpg'),
};

describe('avatar: a copied logo under another name', () => {
  let server, browser;
  before(async () => {
    server = await h.startServer(routes);
    browser = await h.launch({ extDir: h.extensionWithList(LIST), port: server.port });
  });
  after(async () => { await browser?.close(); await server?.close(); });

  test('the copied logo gets a red banner naming the real outlet and its logo', async () => {
    await browser.page.goto('https://www.facebook.com/recettes.de.maman/');
    const v = await h.waitForVerdict(browser.page, 15000);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-logo-news']);
    const shadow = await h.shadowContent(browser.page);
    assert.match(shadow.text, /Akhbar Test Maghrib|أخبار المغرب التجريبية/);
    assert.match(shadow.text, /logo or profile picture/);
  });

  test('a page with its own logo and an unrelated name shows nothing', async () => {
    await browser.page.goto('https://www.facebook.com/cafe.atlas.rabat/');
    await h.sleep(2000);
    assert.equal(await h.countHosts(browser.page), 0);
  });

  test('a framed, circle-cut copy is caught too (the page travels as all its robust hashes)', async () => {
    await browser.page.goto('https://www.facebook.com/koora.live.ma/');
    const v = await h.waitForVerdict(browser.page, 8000);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-logo-news']);
  });
});

describe('avatar: learned from the verified page when the list has no hash', () => {
  let server, browser;
  before(async () => {
    server = await h.startServer(routes);
    browser = await h.launch({ extDir: h.extensionWithList(path.join(h.REPO, 'tests/fixtures/lists/avatar-learn.json')), port: server.port });
  });
  after(async () => { await browser?.close(); await server?.close(); });

  test('before the reader has seen the real page, the copy passes unnoticed', async () => {
    await browser.page.goto('https://www.facebook.com/recettes.de.maman/');
    await h.sleep(2500);
    assert.equal(await h.countHosts(browser.page), 0);
  });

  test('after a visit to the verified page, the copy of its logo is caught', async () => {
    await browser.page.goto('https://www.facebook.com/Akhbar.Test.Officiel/');
    const real = await h.waitForVerdict(browser.page, 15000);
    assert.deepEqual([real.verdict, real.entry], ['verified', 'test-logo-news']);
    await h.sleep(1500); // learning runs after the verdict
    await browser.page.goto('https://www.facebook.com/recettes.de.maman/');
    const v = await h.waitForVerdict(browser.page, 15000);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-logo-news']);
  });
});
