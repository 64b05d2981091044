// End-to-end harness: the built extension (dist/chrome) in Debian's real
// Chromium, headless, with facebook.com and fbcdn.net mapped to a local HTTPS
// fixture server whose self-signed certificate is made at test time.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const https = require('node:https');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');

const REPO = path.resolve(__dirname, '../..');
const FIXTURES = path.join(REPO, 'tests/fixtures');
const CHROMIUM = process.env.ASLI_CHROMIUM || '/usr/bin/chromium';
const DIST = path.join(REPO, 'dist');

function tmpdir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A self-signed certificate for *.facebook.com and *.fbcdn.net (openssl). */
function makeCert() {
  const dir = tmpdir('asli-cert-');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=facebook.com', '-keyout', key, '-out', cert,
    '-addext', 'subjectAltName=DNS:facebook.com,DNS:*.facebook.com,DNS:*.fbcdn.net'], { stdio: 'ignore' });
  const out = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/**
 * Serves `routes`: { "m.facebook.com/Nintendo/": {file} | {html} | {body, type} }. The key is
 * host + pathname (query ignored). Anything else is a 404.
 */
async function startServer(routes, { port = 0 } = {}) {
  const server = https.createServer(makeCert(), (req, res) => {
    const host = String(req.headers.host || '').replace(/:\d+$/, '');
    const url = new URL(req.url, `https://${host}`);
    const route = routes[host + url.pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (route.handler) return route.handler(req, res); // a test that needs its own status, headers or body
    const body = route.file ? fs.readFileSync(route.file) : route.body || Buffer.from(route.html, 'utf8');
    res.writeHead(200, { 'content-type': route.type || 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

/**
 * An HTTP proxy that answers every CONNECT by tunnelling to the fixture server
 * on `targetPort` (Firefox has no --host-resolver-rules; this maps every https
 * host name to the fixture server without root or port 443).
 */
async function startTunnelProxy(targetPort) {
  const net = require('node:net');
  const http = require('node:http');
  const proxy = http.createServer((req, res) => { res.writeHead(403); res.end(); });
  proxy.on('connect', (req, client, head) => {
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head && head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { port: proxy.address().port, close: () => new Promise((r) => { proxy.closeAllConnections?.(); proxy.close(r); }) };
}

/**
 * A copy of the built extension (dist/chrome or dist/firefox) whose bundled list is `listFile`, signed with
 * the TEST key, and whose shipped public key is the test key's (as a release is
 * signed with the project's key). `{sign: false}` leaves the release signature
 * and key in place: the list then does not verify.
 */
function extensionWithList(listFile, browser = 'chrome', { sign = true } = {}) {
  const built = path.join(DIST, browser);
  if (!fs.existsSync(path.join(built, 'manifest.json'))) {
    throw new Error(`dist/${browser} is missing: run scripts/build first`);
  }
  const dir = tmpdir('asli-ext-');
  fs.cpSync(built, dir, { recursive: true });
  fs.copyFileSync(listFile, path.join(dir, 'lists/bundled.json'));
  if (sign) {
    const signing = require('./list-signing');
    fs.writeFileSync(path.join(dir, 'lists/bundled.json.sig'), signing.sign(fs.readFileSync(listFile)));
    fs.writeFileSync(path.join(dir, 'keys/asli-release.pub'), `# test key (tests/keys/)\n${signing.PUBLIC}\n`);
  }
  return dir;
}

/**
 * Launches Chromium with the extension loaded and facebook.com mapped to the
 * fixture server. Returns {context, page, worker, close}.
 */
/** Chromium with the extension; `profileDir` (kept on close) to start the same browser profile again. */
async function launch({ extDir, port, lang = 'en', hosts = [], profileDir }) {
  const userDataDir = profileDir || tmpdir('asli-profile-');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // '--headless=new' below: the headless mode that runs extensions
    locale: lang,
    viewport: { width: 1100, height: 700 },
    env: { ...process.env, LANGUAGE: lang, LANG: 'C.UTF-8' },
    args: [
      '--headless=new',
      `--load-extension=${extDir}`,
      `--disable-extensions-except=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--lang=${lang}`,
      `--host-resolver-rules=MAP *.facebook.com 127.0.0.1:${port}, MAP *.fbcdn.net 127.0.0.1:${port}${hosts.map((h) => `, MAP ${h} 127.0.0.1:${port}`).join('')}`,
    ],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const page = context.pages()[0] || await context.newPage();
  return {
    context, page, worker,
    close: async () => {
      await context.close();
      if (!profileDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until Asli's host element is on the page; returns its data-* attributes. */
async function waitForVerdict(page, timeout = 10000) {
  const handle = await page.waitForSelector('asli-banner[data-asli-verdict]', { state: 'attached', timeout });
  return handle.evaluate((el) => ({
    verdict: el.getAttribute('data-asli-verdict'),
    entry: el.getAttribute('data-asli-entry'),
    ms: Number(el.getAttribute('data-asli-ms')),
    engineMs: Number(el.getAttribute('data-asli-engine-ms')),
  }));
}

/** How many Asli host elements are on the page now. */
function countHosts(page) {
  return page.evaluate(() => document.querySelectorAll('asli-banner').length);
}

/**
 * What is inside the banner's CLOSED shadow root, read through the DevTools
 * protocol (page scripts cannot see it): {text, tags[], attrs[]} or null.
 */
async function shadowContent(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let host = null;
    const find = (n) => {
      if (host) return;
      if (n.localName === 'asli-banner') { host = n; return; }
      for (const c of n.children || []) find(c);
      for (const c of n.shadowRoots || []) find(c);
    };
    find(root);
    if (!host || !host.shadowRoots || !host.shadowRoots.length) return null;
    const shadow = host.shadowRoots[0];
    const out = { mode: shadow.shadowRootType, text: '', tags: [], attrs: [], attrValues: [] };
    const walk = (n) => {
      if (n.nodeType === 3) out.text += n.nodeValue;
      if (n.nodeType === 1) {
        out.tags.push(n.localName);
        out.attrs.push(...(n.attributes || []).filter((_, i) => i % 2 === 0));
        out.attrValues.push(...(n.attributes || []).filter((_, i) => i % 2 === 1));
        if (n.localName === 'style') return;
      }
      for (const c of n.children || []) walk(c);
    };
    for (const c of shadow.children || []) walk(c);
    return out;
  } finally {
    await cdp.detach();
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the checker shows a verdict, watching from a bare promise
 * evaluated over CDP rather than with page.waitForSelector, whose injected
 * script (several ms of the page's main thread, which a reader's browser
 * never spends) would otherwise run in the very window being timed. The
 * public site's result element; the extension's banner is waitForVerdict.
 */
async function siteVerdictShown(page, timeout = 15000) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        const shown = () => document.querySelector('#result[data-asli-verdict]');
        if (shown()) { resolve(true); return; }
        const watch = new MutationObserver(() => { if (shown()) { watch.disconnect(); resolve(true); } });
        watch.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-asli-verdict'] });
        setTimeout(() => { watch.disconnect(); reject(new Error('no verdict in ${timeout} ms')); }, ${timeout});
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
  } finally { await cdp.detach().catch(() => {}); }
  return page.$('#result[data-asli-verdict]');
}

/** The public site's pages (dist/www), as the e2e tests open them. */
const SITE_PAGES = ['index.html', 'list.html', 'entry.html#ma-hespress', 'lists.html', 'install.html', 'warnings.html', 'report.html', 'newsrooms.html', 'privacy.html'];

/**
 * The public site's checker: fills its form (a name, a link, a picture file),
 * checks, and returns the result element's verdict, entry, time and text.
 */
async function siteCheckForm(page, { name = '', link = '', picture = null }) {
  await page.waitForSelector('html[data-asli-ready]', { timeout: 15000 });
  await page.fill('#name', name);
  await page.fill('#link', link);
  await page.setInputFiles('#picture', picture ? [picture] : []);
  await page.evaluate(() => document.getElementById('result').removeAttribute('data-asli-verdict'));
  await page.click('#check-form button[type=submit]');
  const el = await page.waitForSelector('#result[data-asli-verdict]', { timeout: 10000 });
  return el.evaluate((e) => ({ verdict: e.getAttribute('data-asli-verdict'), entry: e.getAttribute('data-asli-entry'), ms: Number(e.getAttribute('data-asli-ms')), text: e.textContent }));
}

module.exports = { REPO, FIXTURES, CHROMIUM, startServer, startTunnelProxy, extensionWithList, launch, waitForVerdict, siteVerdictShown, siteCheckForm, SITE_PAGES, countHosts, shadowContent, sleep, tmpdir };
