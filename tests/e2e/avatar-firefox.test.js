// A stolen logo under an innocent name in real Firefox ESR (issue 4): the
// Firefox build's background (an event page, not a service worker) fetches the
// avatar, decodes it with createImageBitmap + OffscreenCanvas and hashes it in
// Wasm. Same fixtures as avatar.test.js; skipped without /usr/bin/firefox-esr.
// launchFirefox/verdict as in firefox.test.js.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const FIREFOX = process.env.ASLI_FIREFOX || '/usr/bin/firefox-esr';
const why = fs.existsSync(FIREFOX) ? null : `no ${FIREFOX}`;
const FIX = path.join(h.REPO, 'tests/fixtures/avatar');
const LIST = path.join(h.REPO, 'tests/fixtures/lists/avatar.json');
const CDN = 'scontent.xx.fbcdn.net/v/t39.30808-1/';

async function launchFirefox(extDir, proxyPort) {
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: h.tmpdir('asli-ff-profile-'),
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.stricttransportsecurity.preloadlist': false,
      'security.cert_pinning.enforcement_level': 0,
      'intl.locale.requested': 'en-US',
      'services.settings.server': 'data:,',
      'app.normandy.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  const id = await browser.installExtension(extDir);
  const page = await browser.newPage();
  return { browser, page, id };
}

async function verdict(page, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(() => {
      const el = document.querySelector('asli-banner');
      return el && { verdict: el.getAttribute('data-asli-verdict'), entry: el.getAttribute('data-asli-entry'), ms: Number(el.getAttribute('data-asli-ms')) };
    });
    if (v) return v;
    if (Date.now() > end) throw new Error('no verdict on the page');
    await h.sleep(100);
  }
}

describe('Firefox: a copied logo under another name', { skip: why || false }, () => {
  let server, proxy, ff;
  before(async () => {
    server = await h.startServer({
      'www.facebook.com/recettes.de.maman/': { file: path.join(FIX, 'fake-recipes.html') },
      'www.facebook.com/cafe.atlas.rabat/': { file: path.join(FIX, 'unrelated.html') },
      [CDN + 'copied-logo.jpg']: { file: path.join(FIX, 'copied-logo.jpg'), type: 'image/jpeg' },
      [CDN + 'unrelated-logo.jpg']: { file: path.join(FIX, 'unrelated-logo.jpg'), type: 'image/jpeg' },
    });
    proxy = await h.startTunnelProxy(server.port);
    ff = await launchFirefox(h.extensionWithList(LIST, 'firefox'), proxy.port);
  });
  after(async () => { await ff?.browser.close(); await proxy?.close(); await server?.close(); });

  test('the copied logo gets the banner naming the real outlet', async () => {
    await ff.page.goto('https://www.facebook.com/recettes.de.maman/');
    const v = await verdict(ff.page, 15000);
    assert.deepEqual([v.verdict, v.entry], ['impersonation', 'test-logo-news']);
  });

  test('a page with its own logo and an unrelated name shows nothing', async () => {
    await ff.page.goto('https://www.facebook.com/cafe.atlas.rabat/');
    await h.sleep(2000);
    assert.equal(await ff.page.evaluate(() => document.querySelectorAll('asli-banner').length), 0);
  });
});
