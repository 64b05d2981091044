// The Firefox build (dist/firefox) in real Firefox ESR (firefox-driver.js):
// verified mark, banner, single-page navigation, a hostile name, a group page.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');
const { skipReason, openFirefox, verdict, countHosts } = require('./firefox-driver');

const REAL = path.join(h.FIXTURES, 'facebook-real');
const FIX = path.join(h.REPO, 'tests/fixtures/desktop');
const LISTS = path.join(h.REPO, 'tests/fixtures/lists');

describe('Firefox: the Firefox build in real Firefox', { skip: skipReason }, () => {
  let ff;
  before(async () => {
    ff = await openFirefox({
      'www.facebook.com/DGSN.Test.Officiel/': { file: path.join(FIX, 'dgsn-real.html') },
      'www.facebook.com/dgsn.maroc.info/': { file: path.join(FIX, 'dgsn-fake.html') },
      'www.facebook.com/profile.php': { file: path.join(FIX, 'hostile-name.html') },
      'm.facebook.com/groups/southamericansincomputing/': { file: path.join(REAL, 'm-group-posts.html') },
    }, path.join(LISTS, 'desktop.json'));
  });
  after(async () => { await ff?.close(); });

  test('installs under its pinned id', () => {
    assert.equal(ff.id, 'asli@asli-project');
  });

  test('real page → verified mark; fake → banner naming the real one', async () => {
    await ff.page.goto('https://www.facebook.com/DGSN.Test.Officiel/');
    assert.deepEqual(Object.values(await verdict(ff.page)).slice(0, 2), ['verified', 'test-dgsn']);
    await ff.page.goto('https://www.facebook.com/dgsn.maroc.info/');
    const v = await verdict(ff.page);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-dgsn']);
    console.log(`TIMING Firefox: first check on this page ${v.ms} ms (message round trip + wasm)`);
    assert.equal(await ff.page.evaluate(() => document.querySelector('asli-banner').shadowRoot), null, 'closed shadow root');
  });

  test('single-page navigation to another page removes the banner', async () => {
    await ff.page.goto('https://www.facebook.com/dgsn.maroc.info/');
    await verdict(ff.page);
    await ff.page.evaluate(() => {
      document.querySelector('[role=main] h1').textContent = 'Café Atlas Rabat';
      history.pushState({}, '', '/cafe.atlas.rabat/');
    });
    await ff.page.waitForFunction(() => document.querySelectorAll('asli-banner').length === 0, { timeout: 2000 });
    await h.sleep(1000);
    assert.equal(await countHosts(ff.page), 0);
  });

  test('a hostile name: banner, and nothing runs', async () => {
    await ff.page.goto('https://www.facebook.com/profile.php?id=100089000000004');
    const v = await verdict(ff.page);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-hostile-name']);
    assert.equal(await ff.page.evaluate(() => window.__asliPwned), undefined);
  });

  test('the real group markup → nothing', async () => {
    await ff.page.goto('https://m.facebook.com/groups/southamericansincomputing/');
    await h.sleep(1500);
    assert.equal(await countHosts(ff.page), 0);
  });
});
