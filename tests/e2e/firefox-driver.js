// Real Firefox ESR (Debian's firefox-esr) with the Firefox build installed as a
// temporary add-on, driven over WebDriver BiDi by puppeteer-core. Firefox has
// no --host-resolver-rules: it is pointed at a local proxy that tunnels every
// https connection to the fixture server. Tests skip without the browser
// (scripts/test installs it).
'use strict';
const fs = require('node:fs');
const h = require('./harness');

const FIREFOX = process.env.ASLI_FIREFOX || '/usr/bin/firefox-esr';
/** Why Firefox tests are skipped here, or false. */
const skipReason = fs.existsSync(FIREFOX) ? false : `no ${FIREFOX}`;

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

/**
 * The fixture server with `routes`, the tunnel proxy, and Firefox with the
 * Firefox build whose bundled list is `listFile`: {browser, page, id, close}.
 */
async function openFirefox(routes, listFile) {
  const server = await h.startServer(routes);
  let proxy;
  try {
    proxy = await h.startTunnelProxy(server.port);
    const ff = await launchFirefox(h.extensionWithList(listFile, 'firefox'), proxy.port);
    return { ...ff, close: async () => { await ff.browser.close(); await proxy.close(); await server.close(); } };
  } catch (e) {
    await proxy?.close();
    await server.close();
    throw e;
  }
}

/** The banner's attributes once it is on the page (the page's DOM, read over BiDi). */
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

const countHosts = (page) => page.evaluate(() => document.querySelectorAll('asli-banner').length);

module.exports = { skipReason, openFirefox, verdict, countHosts };
