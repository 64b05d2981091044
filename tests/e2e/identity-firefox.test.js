// Issue 10 in Firefox ESR (the Firefox build, firefox-driver.js): a shared
// photo carrying an outlet's id is judged by its author; an embedded pageID of
// the real page is not the impersonator's id; an in-app navigation never
// judges a page with the previous page's header.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');
const { skipReason, openFirefox, verdict, countHosts } = require('./firefox-driver');

const FIX = path.join(h.REPO, 'tests/fixtures/desktop');
const LISTS = path.join(h.REPO, 'tests/fixtures/lists');

describe('Firefox: never vouch for what a page does not own', { skip: skipReason }, () => {
  let ff;
  before(async () => {
    ff = await openFirefox({
      'www.facebook.com/DGSN.Test.Officiel/': { file: path.join(FIX, 'dgsn-real.html') },
      'www.facebook.com/photo.php': { file: path.join(FIX, 'shared-photo-of-fake.html') },
      'www.facebook.com/goud.news.officiel/': { file: path.join(FIX, 'goud-impostor.html') },
    }, path.join(LISTS, 'desktop.json'));
  });
  after(async () => { await ff?.close(); });

  test('6: an impersonator\'s photo shared as photo.php?…&id=<outlet> is judged by its author', async () => {
    await ff.page.goto('https://www.facebook.com/photo.php?fbid=900000000000001&set=a.1&id=100064000000001');
    const v = await verdict(ff.page);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-dgsn']);
  });

  test('9: the real page\'s pageID embedded in an impersonator\'s page is not its id', async () => {
    await ff.page.goto('https://www.facebook.com/goud.news.officiel/');
    const v = await verdict(ff.page);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-dgsn']);
  });

  test('8: real page → impersonator (same name) in-app: nothing from the stale header, then judged by its own picture', async () => {
    await ff.page.goto('https://www.facebook.com/DGSN.Test.Officiel/');
    assert.equal((await verdict(ff.page)).verdict, 'verified');
    await ff.page.evaluate(() => history.pushState({}, '', '/dgsn.maroc.info/'));
    await h.sleep(1200);
    assert.equal(await countHosts(ff.page), 0);
    await ff.page.evaluate(() => {
      document.querySelector('[role=main] svg image').setAttribute('xlink:href', 'https://scontent.xx.fbcdn.net/v/t39.30808-1/copied-avatar.jpg');
    });
    const v = await verdict(ff.page, 5000);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-dgsn']);
  });
});
