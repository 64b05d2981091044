// The popup says what Asli thinks of the tab and why, in ar/fr/en, from the
// verdict the background recorded for that tab (extension/background/tab-verdicts.js,
// fed by background.js's recordVerdict hook).
'use strict';
const { test, before, after, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness');

const FIX = path.join(h.REPO, 'tests/fixtures/desktop');
const LIST = path.join(h.REPO, 'tests/fixtures/lists/desktop.json');
const WORDS = { ar: /انتحال/, fr: /Usurpation/, en: /Impersonation/ };

describe('popup', { timeout: 120000 }, () => {
  let server;
  before(async () => {
    server = await h.startServer({ 'www.facebook.com/dgsn.maroc.info/': { file: path.join(FIX, 'dgsn-fake.html') } });
  });
  after(async () => { if (server) await server.close(); });

  for (const lang of Object.keys(WORDS)) {
    test(`the impersonation and its reasons, in ${lang}`, async () => {
      const b = await h.launch({ extDir: h.extensionWithList(LIST), port: server.port, lang });
      try {
        await b.page.goto('https://www.facebook.com/dgsn.maroc.info/');
        assert.equal((await h.waitForVerdict(b.page)).verdict, 'impersonation');
        const tabId = await b.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.facebook.com/*' }))[0].id);
        const p = await b.context.newPage();
        await p.goto(`chrome-extension://${new URL(b.worker.url()).host}/ui/popup.html?tab=${tabId}`);
        const v = await p.waitForSelector('#verdict[data-verdict="impersonation"]');
        assert.match(await v.textContent(), WORDS[lang]);
        assert.ok((await p.$$('#reasons li')).length >= 1);
        assert.equal(await p.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        // issue 13: report in one click; a Moroccan entity adds E-Blagh and the public prosecutor
        assert.equal(await p.getAttribute('a[data-asli-report="facebook"]', 'href'), 'https://www.facebook.com/help/contact/169486816475808');
        assert.equal(await p.getAttribute('a[data-asli-report="e-blagh"]', 'href'), 'https://www.e-blagh.ma/');
        assert.equal(await p.getAttribute('a[data-asli-report="pmp"]', 'href'), 'https://plaintes.pmp.ma/');
        assert.ok(await p.$('#copy-facts'));
        // for list maintainers: the page's asli list add command and JSON entry
        await p.click('#maintainers summary');
        await p.click('#copy-list-entry');
        const entry = await p.textContent('#list-entry');
        assert.match(entry, /^asli list add --list LIST\.json https:\/\/www\.facebook\.com\/dgsn\.maroc\.info /);
        assert.match(entry, /"handle": "dgsn\.maroc\.info"/);
      } finally {
        await b.close();
      }
    });
  }
});
