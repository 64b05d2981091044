// Marks in the feed (issue 13) in real Firefox ESR with the Firefox build: the
// same feed as feed.test.js (tests/e2e/feed-page.js). Exactly the two
// impersonators and the shared original get marks with the right entries; a
// click on a mark opens the explanation (its host carries the verdict and the
// entry; its closed shadow root is out of reach of WebDriver too), which puts
// the keyboard on "Report this page": Enter opens Facebook's form.
// Skipped without /usr/bin/firefox-esr.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');
const { skipReason, openFirefox, countHosts } = require('./firefox-driver');
const { issueFeed } = require('./feed-page');

const AVATARS = path.join(h.REPO, 'tests/fixtures/avatar');
const LIST = path.join(h.REPO, 'tests/fixtures/lists/feed.json');
const CDN = 'scontent.xx.fbcdn.net/v/t39.30808-1/';
const REPORT = 'https://www.facebook.com/help/contact/169486816475808';
const jpeg = (name) => ({ file: path.join(AVATARS, name), type: 'image/jpeg' });

const marks = (page) => page.evaluate(() => [...document.querySelectorAll('asli-mark')].map((m) => ({
  name: m.previousElementSibling && m.previousElementSibling.textContent.trim(),
  verdict: m.getAttribute('data-asli-verdict'),
  entry: m.getAttribute('data-asli-entry'),
})));

describe('Firefox: feed marks', { skip: skipReason, timeout: 120000 }, () => {
  let ff;
  before(async () => {
    ff = await openFirefox({
      'www.facebook.com/': { html: issueFeed() },
      'www.facebook.com/help/contact/169486816475808': { html: '<!DOCTYPE html><title>Report an impostor</title><p>form</p>' },
      [CDN + 'real-logo.jpg']: jpeg('real-logo.jpg'),
      [CDN + 'copied-logo.jpg']: jpeg('copied-logo.jpg'),
      [CDN + 'unrelated-logo.jpg']: jpeg('unrelated-logo.jpg'),
    }, LIST);
  });
  after(async () => { await ff?.close(); });

  test('exactly the two impersonators and the shared original get marks, with the right entries', async () => {
    await ff.page.goto('https://www.facebook.com/');
    const end = Date.now() + 20000;
    while ((await marks(ff.page)).length < 3 && Date.now() < end) await h.sleep(150);
    await h.sleep(1500);
    const got = await marks(ff.page);
    assert.deepEqual(Object.fromEntries(got.map((m) => [m.name, [m.verdict, m.entry]])), {
      'Akhbar Sahra Officiel': ['impersonation', 'test-akhbar-sahra'],
      'Recettes de Maman': ['impersonation', 'test-logo-news'],
      'أخبار الصحراء': ['impersonation', 'test-akhbar-sahra'],
    });
    assert.equal(got.length, 3);
    assert.equal(await countHosts(ff.page), 0, 'the feed is no page: no banner');
    assert.equal(await ff.page.evaluate(() => document.querySelector('asli-mark').shadowRoot), null);
  });

  test('clicking a mark opens the explanation; Enter on Report this page opens Facebook\'s form', async () => {
    await ff.page.click('asli-mark');
    const end = Date.now() + 5000;
    let panel = null;
    while (!panel && Date.now() < end) {
      panel = await ff.page.evaluate(() => {
        const p = document.querySelector('asli-feed-panel');
        return p && [p.getAttribute('data-asli-verdict'), p.getAttribute('data-asli-entry')];
      });
      if (!panel) await h.sleep(100);
    }
    assert.deepEqual(panel, ['impersonation', 'test-akhbar-sahra']);
    const opened = ff.browser.waitForTarget((t) => t.url() === REPORT, { timeout: 8000 });
    await ff.page.keyboard.press('Enter');
    const target = await opened;
    assert.equal(target.url(), REPORT);
  });
});
