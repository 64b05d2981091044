// The Firefox build (dist/firefox) in real Firefox ESR (Debian's firefox-esr),
// driven over WebDriver BiDi by puppeteer-core, the add-on installed as a
// temporary add-on. Firefox has no --host-resolver-rules: it is pointed at a
// local proxy that tunnels every https connection to the fixture server. The
// test is skipped without /usr/bin/firefox-esr (scripts/test installs it).
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const FIREFOX = process.env.ASLI_FIREFOX || '/usr/bin/firefox-esr';
const why = fs.existsSync(FIREFOX) ? null : `no ${FIREFOX}`;
const REAL = path.join(h.SHARED, 'fixtures/facebook-real');
const FIX = path.join(h.REPO, 'tests/fixtures/desktop');
const LISTS = path.join(h.REPO, 'tests/fixtures/lists');

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

const hosts = (page) => page.evaluate(() => document.querySelectorAll('asli-banner').length);

describe('Firefox: the Firefox build in real Firefox', { skip: why || false }, () => {
  let server, proxy, ff;
  before(async () => {
    server = await h.startServer({
      'www.facebook.com/DGSN.Test.Officiel/': { file: path.join(FIX, 'dgsn-real.html') },
      'www.facebook.com/dgsn.maroc.info/': { file: path.join(FIX, 'dgsn-fake.html') },
      'www.facebook.com/profile.php': { file: path.join(FIX, 'hostile-name.html') },
      'm.facebook.com/groups/southamericansincomputing/': { file: path.join(REAL, 'm-group-posts.html') },
    });
    proxy = await h.startTunnelProxy(server.port);
    ff = await launchFirefox(h.extensionWithList(path.join(LISTS, 'desktop.json'), 'firefox'), proxy.port);
  });
  after(async () => { await ff?.browser.close(); await proxy?.close(); await server?.close(); });

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
    assert.equal(await hosts(ff.page), 0);
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
    assert.equal(await hosts(ff.page), 0);
  });
});
