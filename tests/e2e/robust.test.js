// A background that survives anything (issue 11), in real Chromium:
//   - an expired list and a host serving the same (or an older) version are
//     shown as such in the options page and the popup, not as "no error";
//   - a list stored in storage.local and then altered (as a compromised page
//     renderer could) is refused when it is put in force again;
//   - stored values of the wrong type are repaired with a note; checks and
//     the options page keep working;
//   - a list redirected from https to http is refused; a list address with a
//     ?query is fetched with its signature;
//   - a page hidden by the reader and later renamed to resemble another entry,
//     or raised from amber to red, is warned about again;
//   - a Wasm trap in the middle of a check: the module is instantiated again
//     and the next page is judged.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const h = require('./harness');
const L = require('./list-signing');

const HOST = 'lists.asli.test';
const BASE = `https://${HOST}`;
const BUNDLED = path.join(h.REPO, 'tests/fixtures/lists/nintendo-verified.json');
const entry = (id, names, accounts) => ({ id, kind: 'institution', names, country: 'MA', accounts, sources: ['tests: made up'] });
const listOf = (version, entries, extra = {}) => Buffer.from(`${JSON.stringify({ format: 'asli.list.v1', name: `e2e ${version}`, publisher: 'Asli tests', version, ...extra, entries }, null, 2)}\n`);
const NEWS = { platform: 'facebook', id: '100064000000101', handle: 'Robust.News.Desk' };
const DESK = { platform: 'facebook', id: '100064000000102', handle: 'Atlas.Morning.Desk' };
const NEWS_LIST = listOf(3, [entry('rb-news', ['Robust News Desk'], [NEWS]), entry('rb-desk', ['Atlas Morning Desk'], [DESK])]);

// path → {body, sig} served over https (lists.asli.test); `redirect` answers 302 to that address.
const served = {
  '/expired.json': { body: listOf(5, [entry('rb-old', ['Old Expired Desk'], [{ platform: 'facebook', id: '100064000000103' }])], { expires: '2020-01-31' }) },
  '/frozen.json': { body: listOf(7, [entry('rb-frozen', ['Frozen Desk'], [{ platform: 'facebook', id: '100064000000104' }])]) },
  '/news.json': { body: NEWS_LIST },
  '/q.json': { body: listOf(2, [entry('rb-query', ['Query Desk'], [{ platform: 'facebook', id: '100064000000105' }])]), needQuery: 'token=abc' },
  '/redirect.json': {},
  '/fast.json': { body: listOf(1, [entry('rb-fast', ['Fast Desk'], [{ platform: 'facebook', id: '100064000000106' }])]) },
  '/slow.json': { body: listOf(1, [entry('rb-slow', ['Slow Desk'], [{ platform: 'facebook', id: '100064000000107' }])]) },
};
for (const s of Object.values(served)) if (s.body) s.sig = L.sign(s.body);

describe('a background that survives anything', { timeout: 240000 }, () => {
  let server;
  let plain;
  let b;
  let options;
  let seen = [];

  const send = (msg) => options.evaluate((m) => new Promise((resolve) => chrome.runtime.sendMessage(m, resolve)), msg);
  const state = () => send({ type: 'asli-lists/state' });
  const sub = async (url) => (await state()).subscriptions.find((s) => s.url === url);
  const check = (profile, pageKey = '') => send({ type: 'asli/check', profile, pageKey }).then((r) => ({ verdict: r.result.verdict, entry: r.result.entry, hidden: r.hidden }));
  const subscribe = (url, extra = {}) => send({ type: 'asli-lists/subscribe', url, publicKey: L.PUBLIC, label: url.split('/').pop(), ...extra });
  const local = (fn, arg) => options.evaluate(fn, arg);

  before(async () => {
    // A plain http server the https one redirects to (the same list, correctly signed: only the hop is wrong).
    plain = http.createServer((req, res) => {
      const body = req.url.endsWith('.sig') ? served['/news.json'].sig : served['/news.json'].body;
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(body);
    });
    await new Promise((r) => plain.listen(0, '127.0.0.1', r));
    const handler = (req, res) => {
      const u = new URL(req.url, BASE);
      seen.push(req.url);
      const isSig = u.pathname.endsWith('.sig');
      const key = isSig ? u.pathname.slice(0, -4) : u.pathname;
      if (key === '/redirect.json') {
        res.writeHead(302, { location: `http://127.0.0.1:${plain.address().port}/news.json${isSig ? '.sig' : ''}`, 'access-control-allow-origin': '*' });
        res.end();
        return;
      }
      const got = served[key];
      if (got && got.hang) return; // never answers (the socket stays open until the server closes)
      if (!got || (got.needQuery && u.search !== `?${got.needQuery}`)) { res.writeHead(404, { 'access-control-allow-origin': '*' }); res.end('no'); return; }
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      res.end(isSig ? got.sig : got.body);
    };
    const routes = {};
    for (const p of Object.keys(served)) { routes[`${HOST}${p}`] = { handler }; routes[`${HOST}${p}.sig`] = { handler }; }
    routes['www.facebook.com/robust.page/'] = { html: '<!DOCTYPE html><html><head><title>Robust | Facebook</title></head><body><div role="main"><h1>Robust</h1></div></body></html>' };
    server = await h.startServer(routes);
    b = await h.launch({ extDir: h.extensionWithList(BUNDLED), port: server.port, hosts: [HOST] });
    options = await b.context.newPage();
    await options.goto(`chrome-extension://${new URL(b.worker.url()).host}/ui/options.html`);
    await options.waitForSelector('#lists');
  });
  after(async () => {
    if (b) await b.close();
    if (server) await server.close();
    if (plain) await new Promise((r) => plain.close(r));
  });

  test('an expired list is accepted, used, and shown as out of date in the options page and the popup', async () => {
    const res = await subscribe(`${BASE}/expired.json`);
    assert.equal(res.subscription.version, 5, JSON.stringify(res));
    assert.equal(res.subscription.freshness.expired, true);
    assert.deepEqual((await check({ name: 'Old Expired Desk', id: '100064000000103' })).verdict, 'verified');
    await options.reload();
    const box = await options.waitForSelector(`section[data-url="${BASE}/expired.json"][data-stale="true"]`);
    assert.ok(await box.$('[data-stale="expired"]'));
    assert.match(await box.textContent(), /2020-01-31/);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${new URL(b.worker.url()).host}/ui/popup.html`);
    const note = await popup.waitForSelector('#stale-lists');
    assert.match(await note.textContent(), /expired\.json/);
    await popup.close();
  });

  test('a host that keeps serving the version in force: "the same version for N days", frozen after 30', async () => {
    const url = `${BASE}/frozen.json`;
    assert.equal((await subscribe(url)).subscription.version, 7);
    // As if that version had been accepted 45 days ago.
    await local((u) => chrome.storage.local.get('subscriptionState').then(({ subscriptionState: s }) => {
      s[u].lastUpdate = new Date(Date.now() - 45 * 86400000).toISOString();
      return chrome.storage.local.set({ subscriptionState: s });
    }), url);
    await send({ type: 'asli-lists/refresh' });
    const st = await sub(url);
    assert.equal(st.lastError, null);
    assert.equal(st.lastResult, 'same');
    assert.equal(st.freshness.sameForDays, 45);
    assert.equal(st.freshness.frozen, true);
    await options.reload();
    const note = await options.waitForSelector(`section[data-url="${url}"] [data-stale="frozen"]`);
    assert.match(await note.textContent(), /45/);
    // An older version served next: shown as such too.
    const older = listOf(6, [entry('rb-frozen', ['Frozen Desk'], [{ platform: 'facebook', id: '100064000000104' }])]);
    served['/frozen.json'] = { body: older, sig: L.sign(older) };
    await send({ type: 'asli-lists/refresh' });
    assert.equal((await sub(url)).freshness.servedOlder, true);
    await options.reload();
    await options.waitForSelector(`section[data-url="${url}"] [data-served="older"]`);
  });

  test('a list address with a ?query: the list and its signature are fetched with the query', async () => {
    seen = [];
    const res = await subscribe(`${BASE}/q.json?token=abc`);
    assert.equal(res.subscription.lastError, null, JSON.stringify(res.subscription.lastError));
    assert.equal(res.subscription.version, 2);
    assert.ok(seen.includes('/q.json.sig?token=abc'), seen.join(' '));
  });

  test('a list redirected from https to http is refused', async () => {
    const res = await subscribe(`${BASE}/redirect.json`);
    assert.equal(res.subscription.version, null);
    assert.equal(res.subscription.lastError.code, 'insecure-redirect', JSON.stringify(res.subscription.lastError));
    assert.equal((await check({ name: 'Robust News Desk', id: NEWS.id })).verdict, 'unknown', 'nothing from the http hop is in force');
  });

  test('a page hidden by the reader, then renamed to resemble another entry or raised to red, is warned about again', async () => {
    const res = await subscribe(`${BASE}/news.json`);
    assert.equal(res.subscription.version, 3);
    const key = 'facebook:id:100064999999901';
    const asNews = { name: 'Robust News Desk', id: '100064999999901' };
    const first = await check(asNews, key);
    assert.equal(first.entry, 'rb-news');
    assert.ok(['impersonation', 'suspicious'].includes(first.verdict), first.verdict);
    assert.equal(first.hidden, false);
    assert.deepEqual(await send({ type: 'asli/hide', pageKey: key, entry: first.entry, verdict: first.verdict }), { ok: true });
    assert.equal((await check(asNews, key)).hidden, true, 'hidden for what the reader saw');
    const renamed = await check({ name: 'Atlas Morning Desk', id: '100064999999901' }, key);
    assert.equal(renamed.entry, 'rb-desk');
    assert.equal(renamed.hidden, false, 'renamed to resemble another entry: warned again');
    // Hidden at amber, now red: warned again.
    await send({ type: 'asli/hide', pageKey: key, entry: 'rb-news', verdict: 'suspicious' });
    const red = await check(asNews, key);
    if (red.verdict === 'impersonation') assert.equal(red.hidden, false, 'raised from amber to red: warned again');
  });

  test('one host that never answers: the others\' updates are saved at once; it gives up within 10 s', async () => {
    const fast = `${BASE}/fast.json`;
    const slow = `${BASE}/slow.json`;
    assert.equal((await subscribe(fast)).subscription.version, 1);
    assert.equal((await subscribe(slow)).subscription.version, 1);
    const v2 = listOf(2, [entry('rb-fast', ['Fast Desk'], [{ platform: 'facebook', id: '100064000000106' }])]);
    served['/fast.json'] = { body: v2, sig: L.sign(v2) };
    served['/slow.json'].hang = true;
    const t0 = Date.now();
    const refreshing = send({ type: 'asli-lists/refresh' });
    // The fast list's new version is stored while the slow host still keeps the refresh waiting.
    const stored = () => local((u) => chrome.storage.local.get('subscriptionState').then(({ subscriptionState: s }) => s[u].version), fast);
    let version;
    for (let i = 0; i < 50 && version !== 2; i++) { version = await stored(); if (version !== 2) await h.sleep(100); }
    assert.equal(version, 2, 'saved as soon as known');
    assert.ok(Date.now() - t0 < 8000, `${Date.now() - t0} ms`);
    await refreshing;
    const elapsed = Date.now() - t0;
    assert.ok(elapsed < 15000, `the refresh ended after ${elapsed} ms`);
    const st = await sub(slow);
    assert.equal(st.lastError.code, 'unreachable');
    assert.match(st.lastError.message, /no answer in 10 s/);
    assert.equal(st.version, 1, 'the slow list in force stays');
    assert.equal((await check({ name: 'Fast Desk', id: '100064000000106' })).verdict, 'verified');
    delete served['/slow.json'].hang;
  });

  test('a stored list altered in storage.local is refused when put in force again, and the options page says so', async () => {
    const url = `${BASE}/news.json`;
    assert.equal((await check({ name: 'Robust News Desk', id: NEWS.id })).verdict, 'verified');
    // What a compromised renderer could write: the same list with the account id changed, under the old signature.
    await local((u) => chrome.storage.local.get('subscriptionState').then(({ subscriptionState: s }) => {
      s[u].text = s[u].text.replace('100064000000101', '100064000000999');
      return chrome.storage.local.set({ subscriptionState: s });
    }), url);
    let verdict;
    for (let i = 0; i < 50; i++) {
      verdict = (await check({ name: 'Robust News Desk', id: NEWS.id })).verdict;
      if (verdict !== 'verified') break;
      await h.sleep(100);
    }
    assert.notEqual(verdict, 'verified', 'nothing of the altered list is in force');
    assert.notEqual((await check({ name: 'Robust News Desk', id: '100064000000999' })).verdict, 'verified', 'the altered account is never verified');
    await options.reload();
    await options.waitForSelector(`section[data-url="${url}"] .refused[data-refused-code="tampered"]`);
    // The next refresh puts the signed list back in force.
    await send({ type: 'asli-lists/refresh' });
    assert.equal((await check({ name: 'Robust News Desk', id: NEWS.id })).verdict, 'verified');
    await options.reload();
    await options.waitForSelector('#lists');
    assert.equal(await options.$(`section[data-url="${url}"] .refused`), null);
  });

  test('stored values of the wrong type are repaired with a note; checks and the options page keep working', async () => {
    await local(() => chrome.storage.local.set({
      subscriptions: 'garbage', settings: 7, hiddenPages: ['x'], importedLists: { a: 1 },
      subscriptionState: { 'https://lists.asli.test/x.json': { text: '{}', signature: 's', version: '3' } },
    }));
    assert.ok(['verified', 'unknown', 'impersonation', 'suspicious'].includes((await check({ name: 'Nintendo', id: '119240841493711' })).verdict));
    await options.reload();
    await options.waitForSelector('#lists');
    const notes = await options.$$eval('#storage-notes li', (lis) => lis.map((li) => li.getAttribute('data-key')));
    for (const k of ['subscriptions', 'settings', 'hiddenPages', 'importedLists', 'subscriptionState']) assert.ok(notes.includes(k), `${k}: ${notes}`);
    const stored = await local(() => chrome.storage.local.get(['subscriptions', 'settings', 'hiddenPages', 'importedLists']));
    assert.deepEqual(stored, { subscriptions: [], settings: {}, hiddenPages: {}, importedLists: [] });
    assert.equal(new Set(notes).size, notes.length, `each repair noted once: ${notes}`);
    await options.click('#clear-notes');
    await options.waitForFunction(() => !document.querySelector('#storage-notes'));
  });

  test('the content script (a page renderer) can neither read nor write the extension\'s storage.local', async () => {
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    await page.goto('https://www.facebook.com/robust.page/');
    await h.sleep(500); // the content script has run (document_idle)
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', (e) => {
      // The content script's world has the extension's origin; Playwright adds worlds of its own.
      if (e.context.auxData && e.context.auxData.type === 'isolated' && e.context.origin.startsWith('chrome-extension://')) worlds.push(e.context.id);
    });
    await cdp.send('Runtime.enable'); // reports the contexts that exist now
    for (let i = 0; i < 50 && !worlds.length; i++) await h.sleep(100);
    assert.ok(worlds.length, 'the content script\'s world');
    const world = worlds[worlds.length - 1];
    const tryIt = async (expression) => (await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true })).result.value;
    assert.equal(await tryIt('typeof chrome.runtime.sendMessage'), 'function', 'this is the extension\'s world');
    const read = await tryIt('Promise.resolve().then(() => chrome.storage.local.get(null)).then(() => "read", (e) => "refused: " + e.message)');
    assert.match(String(read), /^refused/, read);
    const write = await tryIt('Promise.resolve().then(() => chrome.storage.local.set({subscriptions: []})).then(() => "written", (e) => "refused: " + e.message)');
    assert.match(String(write), /^refused/, write);
    await cdp.detach();
    await page.close();
  });

  test('the engine refuses a version in force that is not a positive integer, instead of reading it as 0', async () => {
    const codes = await b.worker.evaluate(() => Promise.all([0, 0.5, -3, Number.NaN, 2 ** 60].map((v) => globalThis.asliWasm
      .use((w) => w.AsliEngine.acceptCheckedUpdate(v, new TextEncoder().encode('{}'), 'valid', '')).then((r) => r.code))));
    assert.deepEqual(codes, Array(5).fill('bad-current-version'));
  });

  test('a Wasm trap during a check: the module is instantiated again and the next page is judged', async () => {
    const before = await b.worker.evaluate(() => globalThis.asliWasm.generation);
    // A real trap of the real module: the engine's pointer made to point outside the Wasm memory.
    await b.worker.evaluate(async () => { (await globalThis.asliEngine()).__wbg_ptr = 0x7ffffff0; });
    const failed = await b.worker.evaluate(() => globalThis.asliCheck({ name: 'Nintendo', id: '119240841493711' }).then(() => 'answered', (e) => `${e.name}: ${e.message}`));
    assert.match(failed, /RuntimeError/);
    assert.equal(await b.worker.evaluate(() => globalThis.asliWasm.generation), before + 1, 'the module was instantiated again');
    const next = await b.worker.evaluate(() => globalThis.asliCheck({ name: 'Nintendo', id: '119240841493711' }).then((r) => r.result.verdict));
    assert.equal(next, 'verified');
  });
});
