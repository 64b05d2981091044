// The public site's demo (scripts/demo, after the extension's): dist/www
// served locally (www-server.js) and opened in headless Chromium; a
// screenshot of every page, in Arabic on a 360 px phone and a few in English
// and French on a desktop (dist/demo-www-*.png); prints where they are, how to
// serve the site, and its gzipped size.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const h = require('../../tests/e2e/harness');
const { serveSite } = require('./www-server');

const DIST = path.join(h.REPO, 'dist');
const SITE = path.join(DIST, 'www');

/** [file, locale, width, page, what to do before the screenshot, full page?] */
const SHOTS = [
  ['demo-www-checker-ar-360.png', 'ar-MA', 360, 'index.html', { name: '𝐇𝐞𝐬𝐩𝐫𝐞𝐬𝐬 الرسمية ✅' }, true],
  ['demo-www-checker-en.png', 'en-US', 1000, 'index.html', { name: 'Hespress Officiel 🇲🇦' }, true],
  ['demo-www-checker-verified-fr.png', 'fr-FR', 1000, 'index.html', { link: 'https://www.facebook.com/Hespress' }, true],
  ['demo-www-list-ar-360.png', 'ar-MA', 360, 'list.html?q=هسبرس', null, false],
  ['demo-www-list-en.png', 'en-US', 1000, 'list.html', null, false],
  ['demo-www-entry-ar-360.png', 'ar-MA', 360, 'entry.html#ma-hespress', null, true],
  ['demo-www-report-ar-360.png', 'ar-MA', 360, 'report.html', null, true],
  ['demo-www-warnings-ar-360.png', 'ar-MA', 360, 'warnings.html', null, false],
  ['demo-www-lists-ar-360.png', 'ar-MA', 360, 'lists.html', null, false],
  ['demo-www-install-ar-360.png', 'ar-MA', 360, 'install.html', null, true],
  ['demo-www-newsrooms-ar-360.png', 'ar-MA', 360, 'newsrooms.html', null, false],
  ['demo-www-privacy-ar-360.png', 'ar-MA', 360, 'privacy.html', null, true],
];

function gzippedSize(dir) {
  let gz = 0;
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    gz += fs.statSync(p).isDirectory() ? gzippedSize(p) : zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length;
  }
  return gz;
}

(async () => {
  if (!fs.existsSync(path.join(SITE, 'index.html'))) throw new Error('dist/www is missing: run scripts/build first');
  const site = await serveSite(SITE);
  const browser = await chromium.launch({ executablePath: h.CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--headless=new'] });
  const lines = [];
  try {
    for (const [file, locale, width, rel, form, fullPage] of SHOTS) {
      const ctx = await browser.newContext({ locale, viewport: { width, height: width < 500 ? 740 : 800 }, deviceScaleFactor: 1 });
      try {
        const page = await ctx.newPage();
        await page.goto(`${site.origin}/${rel}`);
        let note = '';
        if (form) {
          await page.waitForSelector('html[data-asli-ready]', { timeout: 15000 });
          if (form.name) await page.fill('#name', form.name);
          if (form.link) await page.fill('#link', form.link);
          await page.click('#check-form button[type=submit]');
          const el = await page.waitForSelector('#result[data-asli-verdict]');
          note = ` → ${await el.getAttribute('data-asli-verdict')} ${await el.getAttribute('data-asli-entry')}`;
        } else {
          await page.waitForLoadState('networkidle');
        }
        await page.waitForTimeout(150);
        await page.screenshot({ path: path.join(DIST, file), fullPage });
        lines.push(`${path.join('dist', file)}  (${locale}, ${width} px: ${rel}${note})`);
      } finally {
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(`
Asli public site
  built:       ${SITE} (${(gzippedSize(SITE) / 1024).toFixed(0)} KB gzipped, wasm included)
  serve it:    node scripts/lib/www-server.js 8080   → http://127.0.0.1:8080/
               (or copy dist/www to any static host; www/_headers has its security headers)
  screenshots:
    ${lines.join('\n    ')}
`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
