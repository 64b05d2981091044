// The public site's pages checked by axe-core (issue 12: no serious or
// critical violation on any page), in Arabic at 360 px and in English on a
// desktop, and none wider than the screen; dist/www (scripts/build) served
// and opened in Debian's Chromium. A file of its own: its 18 page loads take
// about a minute on a loaded machine, which would take www.test.js past the
// e2e per-file time limit. No page asks for anything beyond the site's
// origin here either.
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const h = require('./harness');
const { serveSite } = require('../../scripts/lib/www-server');

const SITE = path.join(h.REPO, 'dist/www');
const PAGES = h.SITE_PAGES;

let site;
let browser;
const requests = [];
before(async () => {
  assert.ok(fs.existsSync(path.join(SITE, 'index.html')), 'dist/www is missing: run scripts/build first');
  site = await serveSite(SITE);
  browser = await chromium.launch({ executablePath: h.CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--headless=new'] });
});
after(async () => { await browser?.close(); await site?.close(); });

async function context(locale, opts) {
  const ctx = await browser.newContext({ locale, ...opts });
  ctx.on('request', (r) => requests.push(r.url()));
  return ctx;
}

async function open(ctx, rel) {
  const page = await ctx.newPage();
  await page.goto(`${site.origin}/${rel}`);
  return page;
}

describe('www: accessibility (axe-core)', () => {
  test('axe-core reports no serious or critical violation on any page, at 360 px and on a desktop, in Arabic and English', async () => {
    const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const problems = [];
    for (const [locale, width] of [['ar-MA', 360], ['en-US', 1000]]) {
      // bypassCSP: only so the test can inject axe itself (the site's own policy forbids inline script).
      const ctx = await context(locale, { bypassCSP: true, viewport: { width, height: 740 } });
      try {
        for (const rel of PAGES) {
          const page = await open(ctx, rel);
          await page.waitForLoadState('networkidle');
          await page.evaluate(axe);
          const res = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
          for (const v of res.violations) {
            if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${locale} ${width}px ${rel}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 1) problems.push(`${locale} ${width}px ${rel}: ${overflow} px wider than the screen`);
        }
      } finally { await ctx.close(); }
    }
    assert.deepEqual(problems, []);
  });

  test('no page asked for anything beyond the site\'s own origin', () => {
    assert.ok(requests.length > 18, `only ${requests.length} requests recorded`);
    assert.deepEqual(requests.filter((u) => !u.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(u)), []);
  });
});
