// The demo: the built extension (dist/chrome, with the real bundled list) in
// headless Chromium on a made-up impersonator of Hespress served at
// www.facebook.com; screenshots of the banner in English, Arabic and French,
// and of the quiet mark on the real Hespress handle.
'use strict';
const path = require('node:path');
const h = require('../../tests/e2e/harness');

const DIST = path.join(h.REPO, 'dist');
const page = path.join(h.REPO, 'tests/fixtures/demo/hespress-fake.html');

(async () => {
  const server = await h.startServer({
    'www.facebook.com/hespress.news.officiel/': { file: page },
    'www.facebook.com/Hespress/': { file: page },
    // an institution the list knows by name only (no account yet): amber, careful wording
    'www.facebook.com/dgsn.maroc.info/': { file: path.join(h.REPO, 'tests/fixtures/desktop/dgsn-fake.html') },
    // the avatar: a transparent pixel, so the page's own drawn logo shows through
    'scontent.xx.fbcdn.net/v/t39.30808-1/demo-avatar.jpg': { type: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') },
  });
  const shots = [];
  let timing = null;
  try {
    for (const [lang, file] of [['en', 'demo-banner.png'], ['ar', 'demo-banner-ar.png'], ['fr', 'demo-banner-fr.png']]) {
      const b = await h.launch({ extDir: path.join(DIST, 'chrome'), port: server.port, lang });
      try {
        await b.page.goto('https://www.facebook.com/hespress.news.officiel/');
        const v = await h.waitForVerdict(b.page);
        if (v.verdict !== 'impersonation') throw new Error(`expected a banner, got ${v.verdict}`);
        await h.sleep(300);
        await b.page.screenshot({ path: path.join(DIST, file) });
        shots.push(`${path.join('dist', file)}  (${lang}: ${v.verdict} → ${v.entry})`);
        if (lang === 'en') {
          const ms = [];
          for (let i = 0; i < 5; i++) {
            await b.page.reload();
            ms.push((await h.waitForVerdict(b.page)).ms);
          }
          ms.sort((a, c) => a - c);
          timing = ms[2];
          await b.page.goto('https://www.facebook.com/Hespress/');
          const real = await h.waitForVerdict(b.page);
          await h.sleep(200);
          await b.page.screenshot({ path: path.join(DIST, 'demo-verified.png') });
          shots.push(`${path.join('dist', 'demo-verified.png')}  (en: the same page at the real handle → ${real.verdict} mark)`);
        }
        if (lang !== 'fr') {
          await b.page.goto('https://www.facebook.com/dgsn.maroc.info/');
          const s = await h.waitForVerdict(b.page);
          await h.sleep(200);
          const file = lang === 'en' ? 'demo-suspicious.png' : `demo-suspicious-${lang}.png`;
          await b.page.screenshot({ path: path.join(DIST, file) });
          shots.push(`${path.join('dist', file)}  (${lang}: an institution known by name only → ${s.verdict} → ${s.entry})`);
        }
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`
Asli demo
  screenshots:
    ${shots.join('\n    ')}
  one check in the browser (content script → background → wasm engine → back), median of 5: ${timing} ms

  unpacked extensions: ${path.join(DIST, 'chrome')}   ${path.join(DIST, 'firefox')}
  packages:            ${path.join(DIST, 'asli-chrome.zip')}   ${path.join(DIST, 'asli-firefox.zip')}

  Load it in your browser:
    Chrome / Edge: open chrome://extensions (edge://extensions), switch on "Developer mode",
                   click "Load unpacked" and choose ${path.join(DIST, 'chrome')}
    Firefox:       open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
                   and choose ${path.join(DIST, 'firefox', 'manifest.json')}
                   (then allow it on facebook.com in the add-on's permissions if Firefox asks)
`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
