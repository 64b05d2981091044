// The marks beside post authors (issue 13, content/feed-marks.js), in linkedom
// with a fake background: who gets a mark, once per author, in batches; the
// explanation and its report actions; page text only as text.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { parseHTML } = require('linkedom');
const Feed = require('../content/feed-adapter.js');
const Banner = require('../ui/banner.js');
const Marks = require('../content/feed-marks.js');
const { issueFeed, feedPage, AUTHORS } = require('../../tests/e2e/feed-page.js');
const { translator } = require('./i18n-helper');

const CARD = { id: 'test-akhbar-sahra', kind: 'outlet', names: ['Akhbar Sahra', 'أخبار الصحراء'], country: 'MA', website: 'akhbar-sahra.example', urls: ['https://www.facebook.com/AkhbarSahra.Test'] };
const VERDICTS = {
  'h:akhbar.sahra.officiel': { verdict: 'impersonation', entry: 'test-akhbar-sahra', entry_card: CARD, reasons: [{ code: 'name-identical' }, { code: 'name-decorated' }] },
  'h:recettes.de.maman': { verdict: 'impersonation', entry: 'test-logo-news', entry_card: { ...CARD, id: 'test-logo-news' }, reasons: [{ code: 'avatar-match' }] },
  'h:akhbar.sahra.24': { verdict: 'suspicious', entry: 'test-akhbar-sahra', entry_card: CARD, reasons: [{ code: 'name-identical' }] },
  'h:akhbarsahra.test': { verdict: 'verified', entry: 'test-akhbar-sahra', entry_card: CARD, reasons: [{ code: 'listed-account' }] },
};

function setup(html, { feedVerified = false, fail = 0 } = {}) {
  const { document } = parseHTML(html);
  const sent = [];
  let failures = fail;
  const send = async (msg) => {
    sent.push(msg);
    if (failures-- > 0) throw new Error('background restarting');
    return { results: Object.fromEntries(msg.items.map((i) => [i.key, VERDICTS[i.key] || { verdict: 'unknown', reasons: [] }])), language: null, feedVerified };
  };
  const words = { t: translator('en'), lang: 'en', dir: 'ltr' };
  const marks = Marks.create({ doc: document, Feed, Banner, send, wordsIn: async () => words, base: () => 'https://www.facebook.com/', shadowMode: 'open' });
  return { document, marks, sent };
}

/** Runs every link through the marks as if it had come near the viewport, then lets the batch go. */
async function pass(s) {
  for (const a of Feed.authorLinks(s.document)) s.marks.consider(a);
  s.marks.flush();
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  s.marks.insertNow();
}

const hosts = (doc) => [...doc.querySelectorAll(Marks.MARK_TAG)].map((m) => [m.previousElementSibling.textContent, m.getAttribute('data-asli-verdict'), m.getAttribute('data-asli-entry')]);

test('red and amber marks beside the warned authors only; verified and unknown get nothing', async () => {
  const s = setup(issueFeed());
  await pass(s);
  assert.deepEqual(hosts(s.document), [
    ['Akhbar Sahra Officiel', 'impersonation', 'test-akhbar-sahra'],
    ['Recettes de Maman', 'impersonation', 'test-logo-news'],
    ['أخبار الصحراء', 'suspicious', 'test-akhbar-sahra'],
  ]);
});

test('each author is asked about once per page, all in one batch, with its picture', async () => {
  const A = AUTHORS;
  const posts = [];
  for (let i = 0; i < 30; i++) posts.push({ author: [A.byName, A.person, A.sharer][i % 3], text: `post ${i}` });
  const s = setup(feedPage(posts));
  await pass(s);
  assert.equal(s.sent.length, 1);
  assert.deepEqual(s.sent[0].items.map((i) => i.key).sort(), ['h:akhbar.sahra.officiel', 'h:cafe.atlas.rabat', 'i:100090000000077']);
  assert.match(s.sent[0].items.find((i) => i.key === 'h:akhbar.sahra.officiel').profile.avatar_url, /unrelated-logo\.jpg$/);
  assert.equal(hosts(s.document).length, 10, 'every post of the impersonator is marked');
  // posts loaded later: marked from the cache, no new message
  s.document.querySelector('[role="feed"]').insertAdjacentHTML('beforeend', feedPage([{ author: A.byName, text: 'later' }]).replace(/^[\s\S]*<div role="feed">|<\/div><\/div><\/body><\/html>$/g, ''));
  await pass(s);
  assert.equal(s.sent.length, 1);
  assert.equal(hosts(s.document).length, 11);
});

test('the option shows a quiet mark on verified authors', async () => {
  const s = setup(issueFeed(), { feedVerified: true });
  await pass(s);
  await pass(s); // the option arrives with the first answer
  assert.ok(hosts(s.document).some(([name, verdict]) => name === 'Akhbar Sahra' && verdict === 'verified'));
});

test('a mark opens the banner\'s explanation with the report actions', async () => {
  const s = setup(issueFeed());
  await pass(s);
  const host = s.document.querySelector(Marks.MARK_TAG);
  const panel = s.marks.openPanel(host, { name: 'Akhbar Sahra Officiel', who: { handle: 'akhbar.sahra.officiel' } }, VERDICTS['h:akhbar.sahra.officiel'], { t: translator('en'), lang: 'en', dir: 'ltr' });
  assert.equal(panel.getAttribute('data-asli-verdict'), 'impersonation');
  const root = panel.shadowRoot;
  assert.match(root.querySelector('.title').textContent, /pretending to be Akhbar Sahra/);
  assert.match(root.querySelector('.page').textContent, /Post author: Akhbar Sahra Officiel/);
  assert.equal(root.querySelector('a.report-page').getAttribute('href'), 'https://www.facebook.com/help/contact/169486816475808');
  assert.equal(root.querySelector('a[data-asli-report="e-blagh"]').getAttribute('href'), 'https://www.e-blagh.ma/');
  assert.ok(root.querySelector('button.copy-facts'));
  assert.equal([...root.querySelectorAll('a')].find((a) => a.textContent === 'Go to the real page').getAttribute('href'), 'https://www.facebook.com/AkhbarSahra.Test');
  // one explanation at a time
  s.marks.openPanel(host, { name: 'x', who: { handle: 'x' } }, VERDICTS['h:akhbar.sahra.24'], { t: translator('en'), lang: 'en', dir: 'ltr' });
  assert.equal(s.document.querySelectorAll(Marks.PANEL_TAG).length, 1);
  s.marks.closePanel();
  assert.equal(s.document.querySelectorAll(Marks.PANEL_TAG).length, 0);
});

test('a hostile author name is shown as text in the explanation, never as markup', async () => {
  const s = setup(issueFeed());
  const evil = '<img src=x onerror="window.__pwned=1">Akhbar';
  const panel = s.marks.openPanel(s.document.body, { name: evil, who: { handle: 'evil' } }, VERDICTS['h:akhbar.sahra.officiel'], { t: translator('en'), lang: 'en', dir: 'ltr' });
  assert.equal(panel.shadowRoot.querySelector('img'), null);
  assert.match(panel.shadowRoot.querySelector('.page').textContent, /<img src=x onerror="window.__pwned=1">Akhbar/);
});

test('a batch the background could not answer is asked again at the next sighting', async () => {
  const s = setup(issueFeed(), { fail: 1 });
  await pass(s);
  assert.equal(hosts(s.document).length, 0);
  const fresh = Feed.authorLinks(s.document);
  for (const a of fresh) s.marks.consider(a);
  s.marks.flush();
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  s.marks.insertNow();
  assert.equal(s.sent.length, 2);
  assert.equal(hosts(s.document).length, 3);
});

test('an author first seen without its picture is asked again with it, and a copied logo found then is marked', async () => {
  const A = AUTHORS;
  // the logo impersonator first appears as a shared original without its picture, then posts with it
  const html = feedPage([
    { author: A.sharer, text: 'look', shared: { author: { ...A.byLogo, avatar: 'copied-logo.jpg' }, text: 'x' } },
    { author: A.byLogo, text: 'a post with the copied logo' },
  ]).replace(/<a aria-hidden="true" href="\/recettes\.de\.maman"[^]*?<\/a>/, ''); // the share shows no picture of the original
  const { document } = parseHTML(html);
  const sent = [];
  const answers = [];
  const send = (msg) => {
    sent.push(msg);
    return new Promise((resolve) => answers.push(() => resolve({
      results: Object.fromEntries(msg.items.map((i) => [i.key, i.key === 'h:recettes.de.maman' && i.profile.avatar_url ? VERDICTS[i.key] : { verdict: 'unknown', reasons: [] }])),
      language: null, feedVerified: false,
    })));
  };
  const words = { t: translator('en'), lang: 'en', dir: 'ltr' };
  const marks = Marks.create({ doc: document, Feed, Banner, send, wordsIn: async () => words, base: () => 'https://www.facebook.com/', shadowMode: 'open' });
  const links = Feed.authorLinks(document);
  const original = links.find((a) => a.textContent === 'Recettes de Maman');
  marks.consider(original); // seen first, without its picture
  marks.flush();
  for (const a of links.filter((l) => l !== original)) marks.consider(a); // then its own post, with the picture
  marks.flush();
  assert.equal(sent.length, 2);
  assert.equal(sent[0].items.find((i) => i.key === 'h:recettes.de.maman').profile.avatar_url, undefined);
  assert.match(sent[1].items.find((i) => i.key === 'h:recettes.de.maman').profile.avatar_url, /copied-logo\.jpg$/);
  answers[0](); // the answer without the picture comes first: unknown
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  answers[1]();
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  marks.insertNow();
  assert.deepEqual(hosts(document).map(([name, verdict]) => [name, verdict]), [['Recettes de Maman', 'impersonation'], ['Recettes de Maman', 'impersonation']]);
});
