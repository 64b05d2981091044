// Marks in the feed (issue 13), end to end in real Chromium with the built
// extension: a www.facebook.com news feed (tests/e2e/feed-page.js) with posts
// by two impersonators (one by name, one by a copied logo under another name),
// an innocent page sharing an impersonator's post, a real outlet's post with an
// impersonator's comment, and a person's post. Exactly the two impersonators
// and the shared original get marks, with the right entries; a mark opens the
// explanation with the report actions; "Report this page" opens Facebook's form.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');
const { issueFeed } = require('./feed-page');

const AVATARS = path.join(h.REPO, 'tests/fixtures/avatar');
const LIST = path.join(h.REPO, 'tests/fixtures/lists/feed.json');
const CDN = 'scontent.xx.fbcdn.net/v/t39.30808-1/';
const jpeg = (name) => ({ file: path.join(AVATARS, name), type: 'image/jpeg' });
const EXPECTED = {
  'Akhbar Sahra Officiel': ['impersonation', 'test-akhbar-sahra'],
  'Recettes de Maman': ['impersonation', 'test-logo-news'],
  'أخبار الصحراء': ['impersonation', 'test-akhbar-sahra'],
};
const routes = {
  'www.facebook.com/': { html: issueFeed() },
  'www.facebook.com/help/contact/169486816475808': { html: '<!DOCTYPE html><title>Report an impostor</title><p>form</p>' },
  [CDN + 'real-logo.jpg']: jpeg('real-logo.jpg'),
  [CDN + 'copied-logo.jpg']: jpeg('copied-logo.jpg'),
  [CDN + 'unrelated-logo.jpg']: jpeg('unrelated-logo.jpg'),
};

/** The marks on the page: [{name (the author link just before), verdict, entry}]. */
function marks(page) {
  return page.evaluate(() => [...document.querySelectorAll('asli-mark')].map((m) => ({
    name: m.previousElementSibling && m.previousElementSibling.textContent.trim(),
    verdict: m.getAttribute('data-asli-verdict'),
    entry: m.getAttribute('data-asli-entry'),
  })));
}

/** Waits until `n` marks are on the page, then a little longer to see no more come. */
async function settledMarks(page, n, timeout = 15000) {
  const end = Date.now() + timeout;
  while ((await marks(page)).length < n && Date.now() < end) await h.sleep(100);
  await h.sleep(1500);
  return marks(page);
}

/** A closed shadow root's text and the backend ids of its links, through the DevTools protocol. */
async function closedShadow(page, tag) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  let host = null;
  const find = (n) => {
    if (host) return;
    if (n.localName === tag) { host = n; return; }
    for (const c of [...(n.children || []), ...(n.shadowRoots || [])]) find(c);
  };
  find(root);
  const out = { mode: null, text: '', links: [], cdp };
  if (!host || !host.shadowRoots || !host.shadowRoots.length) return out;
  out.mode = host.shadowRoots[0].shadowRootType;
  const walk = (n) => {
    if (n.nodeType === 3) out.text += n.nodeValue;
    if (n.localName === 'style') return;
    if (n.localName === 'a') {
      const attrs = Object.fromEntries((n.attributes || []).reduce((acc, v, i, arr) => (i % 2 ? acc : [...acc, [v, arr[i + 1]]]), []));
      out.links.push({ nodeId: n.nodeId, backendNodeId: n.backendNodeId, ...attrs });
    }
    for (const c of n.children || []) walk(c);
  };
  walk(host.shadowRoots[0]);
  return out;
}

describe('feed marks (Chromium)', { timeout: 120000 }, () => {
  let server, b;
  before(async () => {
    server = await h.startServer(routes);
    b = await h.launch({ extDir: h.extensionWithList(LIST), port: server.port });
  });
  after(async () => { await b?.close(); await server?.close(); });

  test('exactly the two impersonators and the shared original get marks, with the right entries', async () => {
    await b.page.goto('https://www.facebook.com/');
    const got = await settledMarks(b.page, 3);
    assert.deepEqual(Object.fromEntries(got.map((m) => [m.name, [m.verdict, m.entry]])), EXPECTED);
    assert.equal(got.length, 3, JSON.stringify(got));
    // the feed itself is no page: no banner
    assert.equal(await h.countHosts(b.page), 0);
    // each author was asked about once
    const stats = await b.worker.evaluate(() => ({ ...globalThis.asliFeedStats }));
    assert.equal(stats.items, 6, JSON.stringify(stats));
  });

  test('a mark is a closed shadow root that page scripts cannot open', async () => {
    assert.equal(await b.page.evaluate(() => document.querySelector('asli-mark').shadowRoot), null);
  });

  test('clicking a mark shows the explanation and the report actions; Report this page opens Facebook\'s form', async () => {
    await b.page.click('asli-mark >> nth=0');
    const panel = await b.page.waitForSelector('asli-feed-panel', { state: 'attached', timeout: 5000 });
    assert.deepEqual(await panel.evaluate((el) => [el.getAttribute('data-asli-verdict'), el.getAttribute('data-asli-entry')]), ['impersonation', 'test-akhbar-sahra']);
    const shadow = await closedShadow(b.page, 'asli-feed-panel');
    try {
      assert.equal(shadow.mode, 'closed');
      assert.match(shadow.text, /pretending to be Akhbar Sahra/);
      assert.match(shadow.text, /Post author: Akhbar Sahra Officiel/);
      assert.match(shadow.text, /Report this page/);
      assert.match(shadow.text, /Copy the facts/);
      const report = shadow.links.find((l) => l['data-asli-report'] === 'facebook');
      assert.equal(report.href, 'https://www.facebook.com/help/contact/169486816475808');
      assert.ok(shadow.links.find((l) => l['data-asli-report'] === 'e-blagh'), 'a Moroccan outlet: E-Blagh as the second step');
      assert.ok(shadow.links.find((l) => l.href === 'https://www.facebook.com/AkhbarSahra.Test'), 'the real page');
      // a real click on the link, where it is drawn
      const { model } = await shadow.cdp.send('DOM.getBoxModel', { backendNodeId: report.backendNodeId });
      const [x1, y1, x2, , , y3] = model.content;
      const opened = b.context.waitForEvent('page', { timeout: 5000 });
      await b.page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
      const tab = await opened;
      await tab.waitForLoadState('domcontentloaded');
      assert.equal(tab.url(), 'https://www.facebook.com/help/contact/169486816475808');
      await tab.close();
    } finally {
      await shadow.cdp.detach();
    }
  });

  test('Escape closes the explanation; the marks stay', async () => {
    await b.page.keyboard.press('Escape');
    await b.page.waitForSelector('asli-feed-panel', { state: 'detached', timeout: 3000 });
    assert.equal((await marks(b.page)).length, 3);
  });

  test('posts loaded later (infinite scroll) are marked too, from the cache for authors already judged', async () => {
    const before = await b.worker.evaluate(() => globalThis.asliFeedStats.items);
    await b.page.evaluate(() => {
      const feed = document.querySelector('[role="feed"]');
      const first = document.querySelector('[data-pagelet="FeedUnit_1"]').cloneNode(true);
      for (const m of first.querySelectorAll('asli-mark')) m.remove();
      feed.appendChild(first);
    });
    await settledMarks(b.page, 4, 5000);
    const got = await marks(b.page);
    assert.equal(got.length, 4);
    assert.equal(await b.worker.evaluate(() => globalThis.asliFeedStats.items), before, 'no new check for a known author');
  });

  test('the reader\'s option shows a quiet mark beside the verified outlet, and only there', async () => {
    await b.worker.evaluate(() => chrome.storage.local.set({ settings: { feedVerified: true } }));
    await b.page.goto('https://www.facebook.com/');
    const got = await settledMarks(b.page, 4);
    assert.deepEqual(got.filter((m) => m.verdict === 'verified').map((m) => [m.name, m.entry]), [['Akhbar Sahra', 'test-akhbar-sahra']]);
    assert.equal(got.length, 4);
    await b.worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
  });
});
