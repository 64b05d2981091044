// Report in one click (issue 13): where "Report this page" goes, the Moroccan
// second step, the facts copied in the reader's language, the list entry.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const R = require('../common/report.js');
const { translator } = require('./i18n-helper');

const CARD = { id: 'ma-hespress', kind: 'outlet', names: ['هسبريس', 'Hespress'], country: 'MA', website: 'hespress.com', urls: ['https://www.facebook.com/Hespress'] };
const RED = {
  verdict: 'impersonation', entry: 'ma-hespress', entry_card: CARD,
  reasons: [{ code: 'name-decorated', detail: 'added: officiel' }, { code: 'avatar-match', detail: 'hamming 4' }, { code: 'brand-new-code', detail: 'a sign <b>x</b>' }],
};
const PAGE = { name: 'Hespress Officiel', handle: 'hespress.officiel', id: '100000000000042' };
const DATE = new Date('2026-11-30T21:00:00Z');

test('the page address prefers the handle, falls back to the id, refuses anything else', () => {
  assert.equal(R.pageAddress({ handle: 'hespress.officiel', id: '1' }), 'https://www.facebook.com/hespress.officiel');
  assert.equal(R.pageAddress({ id: '100000000000042' }), 'https://www.facebook.com/profile.php?id=100000000000042');
  assert.equal(R.pageAddress({ handle: '../evil', id: 'x' }), null);
  assert.equal(R.pageAddress({ handle: '12345' }), null);
  assert.equal(R.pageAddress({ handle: '.dot' }), null);
  assert.equal(R.pageAddress(null), null);
});

test('Report this page opens Facebook\'s own impostor-report form; nothing for verified or unknown pages', () => {
  const actions = R.reportActions({ ...RED, entry_card: { ...CARD, country: 'FR' } }, { locales: ['en-US'] });
  assert.deepEqual(actions.map((a) => a.id), ['facebook']);
  assert.equal(actions[0].url, 'https://www.facebook.com/help/contact/169486816475808');
  assert.equal(new URL(actions[0].url).hostname, 'www.facebook.com');
  assert.deepEqual(R.reportActions({ verdict: 'verified', entry_card: CARD }, {}), []);
  assert.deepEqual(R.reportActions({ verdict: 'unknown' }, {}), []);
  assert.deepEqual(R.reportActions(null, {}), []);
});

test('a Moroccan entity or a Moroccan reader gets the second step: E-Blagh then the public prosecutor', () => {
  const byEntity = R.reportActions(RED, { locales: ['en-GB'] });
  assert.deepEqual(byEntity.map((a) => a.url), [R.FACEBOOK_REPORT_FORM, 'https://www.e-blagh.ma/', 'https://plaintes.pmp.ma/']);
  const byReader = R.reportActions({ ...RED, entry_card: { ...CARD, country: 'DZ' } }, { locales: ['fr-MA', 'fr'] });
  assert.deepEqual(byReader.map((a) => a.id), ['facebook', 'e-blagh', 'pmp']);
  for (const l of ['ar-MA', 'ary', 'zgh-Tfng-MA', 'fr_MA']) assert.ok(R.moroccanLocale([l]), l);
  for (const l of ['ar', 'fr-FR', 'ar-DZ', 'en-MAX', '']) assert.ok(!R.moroccanLocale([l]), l);
  // the constants cannot be changed by a caller
  byEntity[1].url = 'https://evil.example/';
  assert.equal(R.reportActions(RED, {})[1].url, 'https://www.e-blagh.ma/');
});

test('the facts are in the reader\'s language: page link, the real entity and its link, reasons in words, the date', () => {
  const en = R.factsText({ result: RED, page: PAGE, date: DATE, lang: 'en' }, translator('en'));
  assert.match(en, /^Asli: this Facebook page pretends to be Hespress\./);
  assert.match(en, /Page: Hespress Officiel \(https:\/\/www\.facebook\.com\/hespress\.officiel\)/);
  assert.match(en, /The real Hespress: https:\/\/www\.facebook\.com\/Hespress/);
  assert.match(en, /Official website: https:\/\/hespress\.com\//);
  assert.match(en, /- It uses the real page's logo/);
  assert.match(en, /- Another sign: a sign <b>x<\/b>/); // plain text: the clipboard is not HTML
  assert.match(en, /Date: 2026-11-30/);

  const ar = R.factsText({ result: RED, page: PAGE, date: DATE, lang: 'ar' }, translator('ar'));
  assert.match(ar, /^أصلي: صفحة فيسبوك هذه تنتحل صفة هسبريس\./);
  assert.match(ar, /التاريخ: 2026-11-30/);
  const fr = R.factsText({ result: { ...RED, verdict: 'suspicious' }, page: PAGE, date: DATE, lang: 'fr' }, translator('fr'));
  assert.match(fr, /^Asli : cette page Facebook ressemble à Hespress/);
  assert.match(fr, /Site officiel : https:\/\/hespress\.com\//);
});

test('the facts carry no bidi controls or line breaks from the page\'s name', () => {
  const hostile = { ...PAGE, name: 'Hes\u202Epress\nOfficiel\u2066' };
  const text = R.factsText({ result: RED, page: hostile, date: DATE, lang: 'en' }, translator('en'));
  assert.doesNotMatch(text, /[\u202A-\u202E\u2066-\u2069]/);
  assert.match(text, /Page: Hespress Officiel \(/);
});

test('the list entry: an asli list add command and a JSON entry with address, id, name and the picture\'s PDQ hashes', () => {
  const hash = 'a'.repeat(64);
  const e = R.listEntry({ name: "L'Opinion Maroc", handle: 'lopinion.ma', id: '123456789', pdq: [hash, hash, 'not-a-hash'], date: DATE });
  assert.equal(e.command, "asli list add --list LIST.json https://www.facebook.com/lopinion.ma --entry ma-l-opinion-maroc --name 'L'\\''Opinion Maroc' --kind outlet --country MA --source 'https://www.facebook.com/lopinion.ma (seen 2026-11-30; confirm before signing)' --avatar-hash " + hash);
  assert.deepEqual(e.json.accounts[0], { platform: 'facebook', id: '123456789', handle: 'lopinion.ma', sources: ['https://www.facebook.com/lopinion.ma (seen 2026-11-30; confirm before signing)'] });
  assert.deepEqual(e.json.avatars, [hash]);
  assert.deepEqual(e.json.names, ["L'Opinion Maroc"]);
  assert.deepEqual(JSON.parse(e.jsonText), e.json);
});

test('a page the list already knows adds to its entry, without kind or country', () => {
  const e = R.listEntry({ name: 'Hespress', handle: 'Hespress', pdq: [] , date: DATE }, CARD);
  assert.equal(e.command, "asli list add --list LIST.json https://www.facebook.com/Hespress --entry ma-hespress --source 'https://www.facebook.com/Hespress (seen 2026-11-30; confirm before signing)'");
  assert.equal(e.json.id, 'ma-hespress');
});

test('shell quoting keeps hostile names one inert argument', () => {
  assert.equal(R.shellQuote("a'b $(rm -rf /) `x`"), "'a'\\''b $(rm -rf /) `x`'");
  assert.equal(R.shellQuote('plain-1.0'), 'plain-1.0');
  const e = R.listEntry({ name: '$(touch /tmp/pwned)', id: '42', date: DATE });
  assert.match(e.command, / 'https:\/\/www\.facebook\.com\/profile\.php\?id=42' /);
  assert.match(e.command, / --name '\$\(touch \/tmp\/pwned\)' /);
  assert.match(R.listEntry({ name: 'هسبريس', id: '42' }).command, /--entry ENTRY-ID /); // nothing to make an id from: a visible placeholder
});
