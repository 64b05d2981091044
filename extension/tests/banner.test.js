// The banner: its words in ar/fr/en (every key, every reason code, the
// placeholders), safe display of hostile names, and the DOM it builds.
'use strict';
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { parseHTML } = require('linkedom');
const B = require('../ui/banner.js');
const { messages, translator } = require('./i18n-helper.js');

const LANGS = ['en', 'fr', 'ar'];

const card = {
  id: 'ma-hespress', kind: 'outlet', country: 'MA', website: 'hespress.com',
  names: ['هسبريس', 'Hespress', 'hespress.com'],
  urls: ['https://www.facebook.com/Hespress'],
};
const impersonation = {
  verdict: 'impersonation', score: 0.9, entry: 'ma-hespress', entry_card: card,
  reasons: [{ code: 'name-confusable', detail: 'reads as Hespress' }, { code: 'brand-new-code', detail: 'something the engine learnt later' }],
};

describe('translations', () => {
  const en = messages('en');
  for (const lang of LANGS) {
    const msgs = messages(lang);
    test(`${lang}: the same keys as English, each non-empty, same placeholders`, () => {
      assert.deepEqual(Object.keys(msgs).sort(), Object.keys(en).sort());
      for (const [key, m] of Object.entries(msgs)) {
        assert.ok(m.message && m.message.trim(), `${lang}.${key} empty`);
        const used = (m.message.match(/\$[A-Z]+\$/g) || []).map((s) => s.toLowerCase()).sort();
        const enUsed = (en[key].message.match(/\$[A-Z]+\$/g) || []).map((s) => s.toLowerCase()).sort();
        assert.deepEqual([...new Set(used)], [...new Set(enUsed)], `${lang}.${key} placeholders`);
        for (const name of new Set(used)) assert.ok(m.placeholders && m.placeholders[name.slice(1, -1)], `${lang}.${key} defines ${name}`);
      }
    });
    test(`${lang}: every reason code the matcher defines has words`, () => {
      for (const code of B.KNOWN_REASONS) {
        const key = B.reasonKey(code);
        assert.ok(msgs[key] && msgs[key].message.trim(), `${lang}: ${key}`);
      }
    });
  }
  test('direction and language of each translation', () => {
    assert.equal(messages('ar').localeDir.message, 'rtl');
    assert.equal(messages('fr').localeDir.message, 'ltr');
    assert.equal(messages('en').localeCode.message, 'en');
  });
  test('the store description fits Chrome\'s 132 characters', () => {
    for (const lang of LANGS) assert.ok(messages(lang).extDescription.message.length <= 132, lang);
  });
});

describe('what the banner says', () => {
  test('impersonation, in each language, names the real entity (in the reader\'s script)', () => {
    const want = {
      en: ['This page is pretending to be Hespress', 'Its name uses look-alike letters'],
      fr: ['Cette page se fait passer pour Hespress', 'Son nom utilise des lettres'],
      ar: ['هذه الصفحة تنتحل صفة هسبريس', 'يستعمل اسمها حروفًا مشابهة'],
    };
    for (const lang of LANGS) {
      const t = translator(lang);
      const m = B.model(impersonation, { lang, pageName: 'Hespress' }, t);
      assert.equal(B.plain(t, m.title), want[lang][0]);
      assert.ok(m.reasons[0].startsWith(want[lang][1]), m.reasons[0]);
      assert.ok(m.reasons[1].includes('something the engine learnt later'), 'unknown code → its detail');
      assert.equal(m.realPage, 'https://www.facebook.com/Hespress');
      assert.equal(m.website, 'https://hespress.com/');
    }
  });

  test('suspicious: careful wording, and where the real one is', () => {
    const r = { ...impersonation, verdict: 'suspicious' };
    const en = translator('en');
    const m = B.model(r, { lang: 'en' }, en);
    assert.equal(B.plain(en, m.title), 'Asli cannot confirm this page');
    assert.equal(B.plain(en, m.body), 'It resembles Hespress. The real Hespress is at hespress.com.');
    const fr = translator('fr');
    assert.equal(B.plain(fr, B.model(r, { lang: 'fr' }, fr).title), 'Asli ne peut pas confirmer cette page');
    const noSite = B.model({ ...r, entry_card: { ...card, website: null } }, { lang: 'en' }, en);
    assert.match(B.plain(en, noSite.body), /cannot confirm it is theirs/);
  });

  test('verified: a quiet mark; unknown: nothing', () => {
    const en = translator('en');
    const m = B.model({ verdict: 'verified', entry: 'ma-hespress', entry_card: card, reasons: [{ code: 'listed-account', detail: '' }] }, { lang: 'en' }, en);
    assert.equal(B.plain(en, m.title), 'Verified: Hespress');
    assert.equal(B.model({ verdict: 'unknown', entry: null, reasons: [] }, {}, en), null);
    assert.equal(B.model({ verdict: 'error', error: 'x' }, {}, en), null);
  });

  test('placeholders land where each language puts them (right-to-left included)', () => {
    const parts = B.messageParts(translator('ar'), 'impersonationTitle', 1);
    assert.deepEqual(parts, [{ text: 'هذه الصفحة تنتحل صفة ' }, { slot: 0 }]);
  });
});

describe('page data shown safely', () => {
  test('a 100 KB name is truncated for display', () => {
    const s = B.displayText('x'.repeat(100 * 1024));
    assert.ok(Array.from(s).length <= 80);
    assert.ok(s.endsWith('…'));
  });
  test('bidi overrides and isolates are removed, Arabic kept', () => {
    assert.equal(B.displayText('\u202Eسبريس\u202C Hes\u2066press\u2069\u200F'), 'سبريس Hespress');
  });
  test('controls and newlines collapse', () => {
    assert.equal(B.displayText('Hes\u0000press\n\n News'), 'Hes press News');
  });
  test('links: only https Facebook pages, only plain websites', () => {
    assert.equal(B.realPageUrl({ urls: ['javascript:alert(1)', 'https://evil.example/x', 'https://www.facebook.com/Hespress'] }), 'https://www.facebook.com/Hespress');
    assert.equal(B.realPageUrl({ urls: ['http://www.facebook.com/x'] }), null);
    assert.equal(B.websiteUrl('bbc.com/arabic'), 'https://bbc.com/arabic');
    assert.equal(B.websiteUrl('javascript:alert(1)'), null);
    assert.equal(B.websiteUrl('https://user:pw@hespress.com'), null);
    assert.equal(B.websiteUrl(''), null);
  });
  test('the entity\'s name in the reader\'s script', () => {
    assert.equal(B.entityName(card, 'ar'), 'هسبريس');
    assert.equal(B.entityName(card, 'fr'), 'Hespress');
    assert.equal(B.entityName({ names: ['هسبريس'] }, 'en'), 'هسبريس');
  });
});

describe('the DOM it builds', () => {
  function render(result, opts) {
    const { document } = parseHTML('<!DOCTYPE html><html><head></head><body><p>page</p></body></html>');
    // open here only so the test can look inside; the extension's is closed
    const host = B.show(result, { t: translator(opts.lang || 'en'), lang: opts.lang || 'en', doc: document, shadowMode: 'open', ...opts });
    return { document, host };
  }

  test('host attributes, hostile page name as text inside <bdi dir=auto>, no markup from page data', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202E News';
    const { document, host } = render(impersonation, { pageName: hostile, onHide: () => {} });
    assert.equal(host.getAttribute('data-asli-verdict'), 'impersonation');
    assert.equal(host.getAttribute('data-asli-entry'), 'ma-hespress');
    assert.equal(host.parentNode, document.documentElement);
    const root = host.shadowRoot;
    assert.equal(root.querySelectorAll('script').length, 0);
    assert.equal(root.querySelectorAll('img').length, 0);
    const bdis = [...root.querySelectorAll('bdi')].map((b) => [b.getAttribute('dir'), b.textContent]);
    assert.ok(bdis.some(([d, t]) => d === 'auto' && t === '<img src=x onerror="alert(1)"><script>alert(2)</script> News'), JSON.stringify(bdis));
    assert.ok(root.querySelector('button.hide'));
    assert.equal(root.querySelector('a').getAttribute('href'), 'https://www.facebook.com/Hespress');
    assert.equal(root.querySelector('a').getAttribute('rel'), 'noopener noreferrer');
  });

  test('no "hide for this page" when the organisation forbids reader exceptions (no onHide)', () => {
    const { host } = render(impersonation, { onHide: null });
    assert.equal(host.shadowRoot.querySelector('button.hide'), null);
    assert.ok(host.shadowRoot.querySelector('button.x'), 'the banner can still be closed for now');
  });

  test('Arabic: right-to-left', () => {
    const { host } = render(impersonation, { lang: 'ar', dir: 'rtl' });
    const wrap = host.shadowRoot.querySelector('.wrap');
    assert.equal(wrap.getAttribute('dir'), 'rtl');
    assert.equal(wrap.getAttribute('lang'), 'ar');
    assert.match(host.shadowRoot.querySelector('.title').textContent, /هسبريس/);
  });

  test('a warning offers Report this page (Facebook\'s form, a plain link) and Copy the facts, which copies the page\'s facts', async () => {
    let copied = null;
    const { host } = render(impersonation, { page: { name: 'Hespress Officiel', handle: 'hespress.officiel' }, pageName: 'Hespress Officiel', copy: (text) => { copied = text; } });
    const root = host.shadowRoot;
    const report = root.querySelector('a.report-page');
    assert.equal(report.getAttribute('href'), 'https://www.facebook.com/help/contact/169486816475808');
    assert.equal(report.getAttribute('target'), '_blank');
    assert.equal(report.textContent, 'Report this page');
    root.querySelector('button.copy-facts').dispatchEvent(new root.ownerDocument.defaultView.Event('click'));
    await new Promise((r) => setImmediate(r));
    assert.match(copied, /Page: Hespress Officiel \(https:\/\/www\.facebook\.com\/hespress\.officiel\)/);
    assert.equal(root.querySelector('button.copy-facts').textContent, 'Copied');
  });

  test('the verified mark offers no report', () => {
    const { host } = render({ ...impersonation, verdict: 'verified', reasons: [{ code: 'listed-account' }] }, {});
    assert.equal(host.shadowRoot.querySelector('a.report-page'), null);
  });

  test('one banner at a time; remove() takes it away; unknown shows nothing', () => {
    const { document } = render(impersonation, {});
    assert.equal(document.querySelectorAll('asli-banner').length, 1);
    B.show({ ...impersonation, verdict: 'suspicious' }, { t: translator('en'), doc: document, shadowMode: 'open' });
    assert.equal(document.querySelectorAll('asli-banner').length, 1);
    assert.equal(document.querySelector('asli-banner').getAttribute('data-asli-verdict'), 'suspicious');
    assert.equal(B.show({ verdict: 'unknown', reasons: [] }, { t: translator('en'), doc: document }), null);
    assert.equal(document.querySelectorAll('asli-banner').length, 0);
  });
});
