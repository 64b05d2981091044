// The list shipped with the extension is put in force only when its detached
// signature verifies with the project's public key, both shipped beside it
// (lists/bundled.json.sig, keys/asli-release.pub). The extension exactly as
// built (signed with the release key) and a copy whose list was altered.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const FAKE_HESPRESS = { name: 'Hespress Officiel 🇲🇦', id: '100099000000001' };

async function optionsBundledBox(b) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${new URL(b.worker.url()).host}/ui/options.html`);
  const box = await page.waitForSelector('section[data-kind="bundled"]');
  const out = { text: await box.textContent(), errorCode: await box.$eval('.error', (e) => e.dataset.errorCode).catch(() => null) };
  await page.close();
  return out;
}

describe('the bundled list, as built (release key)', () => {
  let server, b;
  before(async () => {
    server = await h.startServer({});
    b = await h.launch({ extDir: path.join(h.REPO, 'dist/chrome'), port: server.port });
  });
  after(async () => { await b?.close(); await server?.close(); });

  test('verifies and is in force', async () => {
    const res = await b.worker.evaluate((p) => globalThis.asliCheck(p), FAKE_HESPRESS);
    assert.equal(res.result.verdict, 'impersonation');
    assert.equal(res.result.entry, 'ma-hespress');
    const box = await optionsBundledBox(b);
    assert.equal(box.errorCode, null);
    assert.match(box.text, /verified with the Asli project's public key/);
  });
});

describe('a bundled list altered after signing', () => {
  let server, b;
  before(async () => {
    const altered = path.join(h.tmpdir('asli-list-'), 'bundled.json');
    const text = fs.readFileSync(path.join(h.REPO, 'lists/morocco.json'), 'utf8');
    assert.ok(text.includes('"Hespress"'));
    fs.writeFileSync(altered, text.replace('"Hespress"', '"Hespresz"'));
    server = await h.startServer({});
    b = await h.launch({ extDir: h.extensionWithList(altered, 'chrome', { sign: false }), port: server.port });
  });
  after(async () => { await b?.close(); await server?.close(); });

  test('is not put in force, and the options page says why', async () => {
    const res = await b.worker.evaluate((p) => globalThis.asliCheck(p), FAKE_HESPRESS);
    assert.equal(res.result.verdict, 'unknown', 'no list in force');
    const box = await optionsBundledBox(b);
    assert.equal(box.errorCode, 'tampered');
    assert.match(box.text, /does not match the project's signature/);
  });
});
