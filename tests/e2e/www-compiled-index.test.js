// The public site built with the bundled list's compiled index
// (scripts/lib/build-www.mjs --compiled-index, off by default for the size
// budget: docs/www.md), in a folder of its own, served and opened in Debian's
// Chromium: a first visit loads the shipped index instead of building it,
// and a damaged or stale one is refused, the index built, the verdicts the
// same. A file of its own: www.test.js already runs close to the e2e
// per-file time limit.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');
const h = require('./harness');
const { serveSite } = require('../../scripts/lib/www-server');

const SITE = path.join(h.REPO, 'dist/www');
let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: h.CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--headless=new'] });
});
after(async () => { await browser?.close(); });

describe('www: the bundled list\'s compiled index shipped with the site', () => {
  // A build of the site that ships the index (off by default: the size
  // budget), in a folder of its own, with the engine's wasm scripts/build made.
  const WASM = path.join(process.env.CARGO_TARGET_DIR || path.join(h.REPO, 'target'), 'asli-wasm-bindgen-www');
  let dir;
  let shipping;
  let good;
  before(async () => {
    assert.ok(fs.existsSync(path.join(WASM, 'asli_wasm_bg.wasm')), `${WASM} is missing: run scripts/build first`);
    dir = path.join(h.tmpdir('asli-www-idx-'), 'www');
    execFileSync(process.execPath, [path.join(h.REPO, 'scripts/lib/build-www.mjs'), WASM, '--compiled-index', '--out', dir], { stdio: 'pipe' });
    good = fs.readFileSync(path.join(dir, 'lists/bundled.idx'));
    shipping = await serveSite(dir);
  });
  after(async () => { await shipping?.close(); if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true }); });

  /**
   * A first visit (fresh profile, no service worker) to the checker on a
   * shared link and a name, the index served as `index` when given: the
   * verdicts, how the index was put in force, and the index kept afterwards.
   */
  async function firstVisit(index = null) {
    const ctx = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const foreign = [];
    ctx.on('request', (r) => { if (!r.url().startsWith(`${shipping.origin}/`)) foreign.push(r.url()); });
    try {
      if (index) await ctx.route('**/lists/bundled.idx', (route) => route.fulfill({ body: index, contentType: 'application/octet-stream' }));
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${shipping.origin}/index.html?link=${encodeURIComponent('https://www.facebook.com/Hespress')}`);
      const el = await page.waitForSelector('#result[data-asli-verdict]', { timeout: 15000 });
      const link = await el.getAttribute('data-asli-verdict');
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name.replace('asli:', '')).filter((m) => m.startsWith('index-')));
      const name = (await h.siteCheckForm(page, { name: 'Hespress Officiel' })).verdict;
      const kept = await page.evaluate(async () => {
        // What waits for the page to be idle (keeping a built index) done now.
        (await import('./js/boot.js')).afterFirstAnswer();
        const k = localStorage.getItem('asli.index');
        return k && JSON.parse(k)[1];
      });
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      return { link, name, marks, kept: kept && Buffer.from(kept, 'base64') };
    } finally { await ctx.close(); }
  }

  test('the build ships the index the engine would build, and the service worker stores it', () => {
    assert.ok(!fs.existsSync(path.join(SITE, 'lists/bundled.idx')), 'the default build ships no index (size budget)');
    assert.match(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'), /'\.\/lists\/bundled\.idx'/);
    assert.match(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), /<link rel="preload" href="lists\/bundled\.idx" as="fetch" crossorigin>/);
    assert.equal(good.subarray(0, 8).toString('latin1'), 'ASLI.IDX');
  });

  test('a first visit loads the shipped index instead of building it, and keeps none of its own', async () => {
    const v = await firstVisit();
    assert.deepEqual([v.link, v.name, v.marks], ['verified', 'impersonation', ['index-shipped', 'index-loaded']]);
    assert.equal(v.kept, null);
  });

  test('a damaged or stale shipped index is refused: the index is built, the verdicts are the same, and the built one is kept', async () => {
    const changed = (at) => { const b = Buffer.from(good); b[at] ^= 0x01; return b; };
    const cases = {
      'a byte of the body changed': changed(Math.floor(good.length / 2)),
      'cut short': good.subarray(0, good.length - 100),
      'made for another list (its lists hash)': changed(8 + 4 + 16),
      'made by another build of the engine (its fingerprint)': changed(8 + 4),
      'not an index': Buffer.from('not an index'),
    };
    for (const [what, bytes] of Object.entries(cases)) {
      const v = await firstVisit(bytes);
      assert.deepEqual([v.link, v.name, v.marks], ['verified', 'impersonation', ['index-shipped', 'index-built']], what);
      // The index built in its place is byte for byte the one the build shipped.
      assert.ok(v.kept && v.kept.equals(good), `${what}: the index built and kept differs from the shipped one`);
    }
  });
});
