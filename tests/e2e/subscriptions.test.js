// Signed list subscriptions in real Chromium: a list served over local HTTPS
// (lists.asli.test → loopback) and signed with the test key (tests/keys) is
// accepted and verifies its page; then every bad update (tampered, truncated,
// downgraded, too large, malformed, unreachable) is refused, the options page
// says so, and the previous list stays in force. Two lists that disagree show
// the disagreement in the options page.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');
const L = require('./list-signing');

const HOST = 'lists.asli.test';
const URL_A = `https://${HOST}/newsroom.json`;
const URL_B = `https://${HOST}/other.json`;
const BUNDLED = path.join(h.REPO, 'tests/fixtures/lists/nintendo-verified.json');
const ACCOUNT = { platform: 'facebook', id: '100064000000001', handle: 'DGSN.Test.Officiel' };
const DGSN = { name: 'DGSN Test Officiel', id: ACCOUNT.id };

const entry = (id, names, accounts) => ({ id, kind: 'institution', names, country: 'MA', accounts, sources: ['tests: made up'] });
const listOf = (version, entries, name = 'e2e newsroom') => `${JSON.stringify({ format: 'asli.list.v1', name, publisher: 'Asli tests', version, entries }, null, 2)}\n`;

// What the server answers for each path, changed by each step.
const served = {};
function serve(pathname, body, sig) {
  served[pathname] = { body: Buffer.from(body), sig };
}
function handler(req, res) {
  const u = new URL(req.url, `https://${HOST}`);
  const isSig = u.pathname.endsWith('.sig');
  const got = served[isSig ? u.pathname.slice(0, -4) : u.pathname];
  if (!got || got.down) { res.writeHead(503, { 'access-control-allow-origin': '*' }); res.end('down'); return; }
  const body = isSig ? Buffer.from(got.sig) : got.body;
  res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  res.end(body);
}

describe('subscriptions', { timeout: 180000 }, () => {
  let server;
  let b;
  let options;

  const check = (profile) => b.worker.evaluate((p) => globalThis.asliCheck(p).then((r) => ({ verdict: r.result.verdict, entry: r.result.entry })), profile);
  const send = (msg) => options.evaluate((m) => new Promise((resolve) => chrome.runtime.sendMessage(m, resolve)), msg);
  const subA = async () => (await send({ type: 'asli-lists/state' })).subscriptions.find((s) => s.url === URL_A);

  before(async () => {
    serve('/newsroom.json', listOf(2, [entry('news-dgsn', ['DGSN Test Officiel'], [ACCOUNT])]), null);
    served['/newsroom.json'].sig = L.sign(served['/newsroom.json'].body);
    server = await h.startServer({ [`${HOST}/newsroom.json`]: { handler }, [`${HOST}/newsroom.json.sig`]: { handler },
      [`${HOST}/other.json`]: { handler }, [`${HOST}/other.json.sig`]: { handler } });
    b = await h.launch({ extDir: h.extensionWithList(BUNDLED), port: server.port, hosts: [HOST] });
    options = await b.context.newPage();
    const id = new URL(b.worker.url()).host;
    await options.goto(`chrome-extension://${id}/ui/options.html`);
  });
  after(async () => {
    if (b) await b.close();
    if (server) await server.close();
  });

  test('the bundled list alone does not know the newsroom page', async () => {
    assert.equal((await check(DGSN)).verdict, 'unknown');
  });

  test('subscribe: the signed list is accepted and its page is verified', async () => {
    await options.fill('#subscribe-form [name=url]', URL_A);
    await options.fill('#subscribe-form [name=publicKey]', L.PUBLIC);
    await options.fill('#subscribe-form [name=label]', 'Newsroom');
    await options.click('#subscribe-form button[type=submit]');
    await options.waitForSelector(`section[data-url="${URL_A}"]`);
    const st = await subA();
    assert.equal(st.version, 2);
    assert.equal(st.lastError, null);
    assert.deepEqual(await check(DGSN), { verdict: 'verified', entry: 'news-dgsn' });
  });

  const v3 = () => Buffer.from(listOf(3, [entry('news-dgsn', ['DGSN Test Officiel', 'DGSN v3'], [ACCOUNT])]));
  const bad = {
    tampered: () => { const body = v3(); const sig = L.sign(body); return { body: Buffer.from(body.toString().replace('DGSN v3', 'DGSN v4')), sig }; },
    truncated: () => { const body = v3(); return { body: body.subarray(0, body.length - 40), sig: L.sign(body) }; },
    downgrade: () => { const body = Buffer.from(listOf(1, [entry('news-dgsn', ['DGSN Test Officiel'], [ACCOUNT])])); return { body, sig: L.sign(body) }; },
    'too-large': () => { const body = Buffer.alloc(5 * 1024 * 1024 + 10, 0x20); return { body, sig: L.sign(body) }; },
    malformed: () => { const body = Buffer.from('{"format": "asli.list.v1", "version": 3, '); return { body, sig: L.sign(body) }; },
    unreachable: () => ({ down: true }),
  };
  for (const [code, make] of Object.entries(bad)) {
    test(`a ${code} update is refused, shown, and the previous list stays in force`, async () => {
      const next = make();
      served['/newsroom.json'] = { ...served['/newsroom.json'], ...next };
      if (next.down) served['/newsroom.json'].down = true;
      await options.click('#refresh');
      await options.waitForSelector(`section[data-url="${URL_A}"] .error[data-error-code="${code}"]`, { timeout: 15000 });
      const st = await subA();
      assert.equal(st.version, 2, 'the accepted version stays');
      assert.equal(st.lastError.code, code, JSON.stringify(st.lastError));
      assert.deepEqual(await check(DGSN), { verdict: 'verified', entry: 'news-dgsn' });
      delete served['/newsroom.json'].down;
    });
  }

  test('a good update after the refusals is accepted and clears the error', async () => {
    const body = v3();
    serve('/newsroom.json', body, L.sign(body));
    await options.click('#refresh');
    await options.waitForFunction((u) => !document.querySelector(`section[data-url="${u}"] .error`), URL_A, { timeout: 15000 });
    assert.equal((await subA()).version, 3);
  });

  test('import a signed list file by hand: a tampered file is refused, a good one verifies its page', async () => {
    const fsx = require('node:fs');
    const dir = h.tmpdir('asli-import-');
    const acc = { platform: 'facebook', id: '100064000000077', handle: 'Imported.Desk' };
    const body = Buffer.from(listOf(5, [entry('imp-desk', ['Imported Desk'], [acc])], 'e2e imported'));
    fsx.writeFileSync(path.join(dir, 'imp.json'), body);
    fsx.writeFileSync(path.join(dir, 'imp.json.sig'), L.sign(body));
    fsx.writeFileSync(path.join(dir, 'bad.json'), Buffer.from(body.toString().replace('Imported Desk', 'Imported Desk!')));
    const fill = async (file) => {
      await options.setInputFiles('#import-form [name=list]', path.join(dir, file));
      await options.setInputFiles('#import-form [name=sig]', path.join(dir, 'imp.json.sig'));
      await options.fill('#import-form [name=publicKey]', L.PUBLIC);
      await options.click('#import-form button[type=submit]');
    };
    await fill('bad.json');
    await options.waitForSelector('#status.error');
    assert.equal((await send({ type: 'asli-lists/state' })).imported.length, 0);
    await fill('imp.json');
    await options.waitForSelector('section[data-kind="imported"]');
    const st = await send({ type: 'asli-lists/state' });
    assert.deepEqual(st.imported.map((i) => [i.name, i.version]), [['e2e imported', 5]]);
    assert.deepEqual(await check({ name: 'Imported Desk', id: acc.id }), { verdict: 'verified', entry: 'imp-desk' });
    fsx.rmSync(dir, { recursive: true, force: true });
  });

  test('the reader\'s exceptions are listed and can be removed', async () => {
    await options.evaluate(() => chrome.storage.local.set({ hiddenPages: { 'facebook:handle:some.page': { entry: 'x', verdict: 'suspicious', at: 'T' } } }));
    const li = await options.waitForSelector('#exceptions li');
    assert.match(await li.textContent(), /some\.page/);
    await options.click('#exceptions li button');
    await options.waitForFunction(() => !document.querySelector('#exceptions'));
    assert.deepEqual(await options.evaluate(() => chrome.storage.local.get('hiddenPages')), { hiddenPages: {} });
  });

  test('two lists that disagree about an account: the first wins, the options page shows it', async () => {
    const body = Buffer.from(listOf(1, [entry('other-dgsn', ['Other DGSN'], [ACCOUNT])], 'e2e other'));
    serve('/other.json', body, L.sign(body));
    const res = await send({ type: 'asli-lists/subscribe', url: URL_B, publicKey: L.PUBLIC, label: 'Other' });
    assert.equal(res.subscription.version, 1);
    await options.reload();
    const li = await options.waitForSelector('#conflicts li[data-code="account-claimed"]');
    const text = await li.textContent();
    assert.match(text, /news-dgsn/);
    assert.match(text, /other-dgsn/);
    assert.deepEqual(await check(DGSN), { verdict: 'verified', entry: 'news-dgsn' }, 'the older subscription wins');
  });
});
