// An organisation's policy in real Chromium: the test (as root) writes a
// managed policy file under /etc/chromium/policies/managed/ with a
// `3rdparty.extensions.<pinned id>` subscription, launches Chromium with the
// extension, and checks that the policy's list is in force, locked, and shown
// as the organisation's in the options page. The policy file is removed after.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');
const L = require('./list-signing');

const EXTENSION_ID = 'dflhjbmjdglhgkmdlimfflmmldbbaibh'; // from the manifest `key` (docs/organisations.md)
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'asli-test.json');
const HOST = 'lists.asli.test';
const URL = `https://${HOST}/org.json`;
const BUNDLED = path.join(h.REPO, 'tests/fixtures/lists/nintendo-verified.json');
const LIST = Buffer.from(`${JSON.stringify({
  format: 'asli.list.v1', name: 'e2e organisation', publisher: 'Asli tests', version: 7,
  entries: [{ id: 'org-desk', kind: 'outlet', names: ['Org Desk'], accounts: [{ platform: 'facebook', id: '100064000000042', handle: 'Org.Desk.Test' }], sources: ['tests: made up'] }],
}, null, 2)}\n`);
const SIG = L.sign(LIST);
// A look-alike of the policy list's page, under another id (reconstructed desktop markup, reduced).
const FAKE_ORG_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Org Desk | Facebook</title>
<meta property="og:title" content="Org Desk"><meta property="al:android:url" content="fb://page/?id=100087000000077">
</head><body><div role="main"><h1>Org Desk</h1></div></body></html>`;

const canWrite = (() => {
  try { return process.getuid && process.getuid() === 0; } catch (_) { return false; }
})();

describe('managed policy', { timeout: 120000, skip: canWrite ? false : 'needs root to write /etc/chromium/policies/managed' }, () => {
  let server;
  let b;
  let wrote = false;

  before(async () => {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    if (fs.existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} exists already: not overwriting it`);
    fs.writeFileSync(POLICY_FILE, JSON.stringify({
      '3rdparty': { extensions: { [EXTENSION_ID]: {
        subscriptions: [{ url: URL, publicKey: L.PUBLIC, label: 'Test newsroom IT' }],
        lockSubscriptions: true,
        disableReaderExceptions: true,
        language: 'fr',
      } } },
    }, null, 2));
    wrote = true;
    const handler = (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(req.url.endsWith('.sig') ? SIG : LIST);
    };
    server = await h.startServer({
      [`${HOST}/org.json`]: { handler },
      [`${HOST}/org.json.sig`]: { handler },
      'www.facebook.com/org.desk.fake/': { html: FAKE_ORG_PAGE },
    });
    b = await h.launch({ extDir: h.extensionWithList(BUNDLED), port: server.port, hosts: [HOST] });
  });
  after(async () => {
    try {
      if (b) await b.close();
      if (server) await server.close();
    } finally {
      if (wrote) fs.rmSync(POLICY_FILE, { force: true });
    }
  });

  test('the extension id is the pinned one', () => {
    assert.equal(new globalThis.URL(b.worker.url()).host, EXTENSION_ID);
  });

  test("the policy's subscription is in force and verifies its page", async () => {
    const check = () => b.worker.evaluate(() => globalThis.asliCheck({ name: 'Org Desk', id: '100064000000042' }).then((r) => r.result.verdict));
    let verdict;
    for (let i = 0; i < 40 && verdict !== 'verified'; i++) {
      verdict = await check();
      if (verdict !== 'verified') await h.sleep(250);
    }
    assert.equal(verdict, 'verified');
  });

  test('on a look-alike page the banner speaks the policy\'s language and offers no "hide for this page"', async () => {
    const page = await b.context.newPage();
    await page.goto('https://www.facebook.com/org.desk.fake/');
    const v = await h.waitForVerdict(page, 20000);
    assert.equal(v.verdict, 'impersonation');
    assert.equal(v.entry, 'org-desk');
    const shadow = await h.shadowContent(page);
    assert.ok(shadow.attrValues.includes('fr'), `lang="fr" on the banner: ${shadow.attrValues}`);
    assert.match(shadow.text, /se fait passer pour/); // while the browser runs in English (launch default)
    assert.ok(!shadow.attrValues.some((v) => /\bhide\b/.test(v)), 'no hide button');
    await page.close();
  });

  test('the options page shows it as the organisation\'s, locked, in French', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/ui/options.html`);
    const box = await page.waitForSelector(`section[data-kind="managed"][data-url="${URL}"]`);
    assert.match(await box.textContent(), /Test newsroom IT/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.ok(await page.$('#managed-notice'));
    assert.equal(await page.$eval('#subscribe-form fieldset', (f) => f.disabled), true, 'subscriptions locked');
    assert.equal(await page.$eval('#language', (s) => s.disabled), true, 'language locked');
    assert.equal(await page.$(`section[data-url="${URL}"] button.remove`), null, 'no remove button');
    const st = await page.evaluate(() => new Promise((r) => chrome.runtime.sendMessage({ type: 'asli-lists/state' }, r)));
    assert.equal(st.policy.lockSubscriptions, true);
    assert.equal(st.subscriptions[0].version, 7);
    const refused = await page.evaluate(() => new Promise((r) => chrome.runtime.sendMessage({ type: 'asli-lists/subscribe', url: 'https://example.org/l.json', publicKey: 'asli-ed25519-public:AAAA' }, r)));
    assert.match(refused.error, /locked/);
  });
});

// A policy with mistakes (issue 11): each one is named on the options page,
// what is sound is still applied, and `language: "auto"` locks the browser's language.
describe('managed policy with errors', { timeout: 120000, skip: canWrite ? false : 'needs root to write /etc/chromium/policies/managed' }, () => {
  let server;
  let b;
  let wrote = false;

  before(async () => {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    if (fs.existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} exists already: not overwriting it`);
    fs.writeFileSync(POLICY_FILE, JSON.stringify({
      '3rdparty': { extensions: { [EXTENSION_ID]: {
        subscriptions: [
          { url: URL, publicKey: L.PUBLIC, label: 'Sound one' },
          { url: `http://${HOST}/plain.json`, publicKey: L.PUBLIC, label: 'Not https' },
          { url: `https://${HOST}/nokey.json`, publicKey: 'not a key', label: 'No key' },
        ],
        language: 'auto',
      } } },
    }, null, 2));
    wrote = true;
    const handler = (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(req.url.endsWith('.sig') ? SIG : LIST);
    };
    server = await h.startServer({ [`${HOST}/org.json`]: { handler }, [`${HOST}/org.json.sig`]: { handler } });
    b = await h.launch({ extDir: h.extensionWithList(BUNDLED), port: server.port, hosts: [HOST], lang: 'fr' });
  });
  after(async () => {
    try {
      if (b) await b.close();
      if (server) await server.close();
    } finally {
      if (wrote) fs.rmSync(POLICY_FILE, { force: true });
    }
  });

  test('each mistake is listed on the options page; the sound subscription is in force; "auto" locks the browser\'s language', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/ui/options.html`);
    await page.waitForSelector(`section[data-kind="managed"][data-url="${URL}"]`, { timeout: 20000 });
    const errors = await page.$$eval('#policy-errors li', (lis) => lis.map((li) => li.textContent));
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors[0], /subscriptions\[1\].*https/);
    assert.match(errors[1], /subscriptions\[2\].*public key/);
    assert.equal(await page.$eval('#language', (s) => s.disabled), true, 'language locked');
    assert.equal(await page.$eval('#language', (s) => s.value), 'auto');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr', 'the browser\'s language');
    await page.close();
  });
});
