// The quiet note for a page Facebook verifies that uses a listed entity's name
// with an account the list does not know (engine verdict `unknown`, reason
// `facebook-verified`): shown like the verified mark, never as a warning.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { parseHTML } = require('linkedom');
const B = require('../ui/banner.js');
const { messages, translator } = require('./i18n-helper.js');

const result = {
  verdict: 'unknown', score: 0, entry: null, entry_card: null,
  reasons: [{ code: 'facebook-verified', detail: 'Hespress' }],
};
const WORDS = {
  en: 'Facebook verifies this page; Asli\'s list does not know it yet',
  fr: 'Facebook vérifie cette page ; la liste d\'Asli ne la connaît pas encore',
  ar: 'فيسبوك يوثّق هذه الصفحة؛ قائمة أصلي لا تعرفها بعد',
};

for (const lang of Object.keys(WORDS)) {
  test(`${lang}: the note says Facebook verifies the page and the list does not know it`, () => {
    const t = translator(lang);
    const m = B.model(result, { lang }, t);
    assert.equal(m.kind, 'facebook-verified');
    assert.equal(B.plain(t, m.title), WORDS[lang]);
    assert.ok(B.plain(t, m.tooltip).includes('Hespress'), 'the tooltip names the entity from the reason\'s detail');
    assert.ok(messages(lang).popup_facebook_verified.message.includes('$ENTITY$'));
  });
}

test('shown like the verified mark (a quiet status), not a warning', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const host = B.show(result, { t: translator('en'), lang: 'en', dir: 'ltr', doc: document, shadowMode: 'open' });
  assert.ok(host);
  assert.equal(host.getAttribute('data-asli-verdict'), 'facebook-verified');
  const root = host.shadowRoot;
  assert.ok(root.querySelector('.mark[role="status"]'), 'a mark, like the verified one');
  assert.equal(root.querySelector('[role="alert"]'), null, 'no alert');
  assert.equal(root.querySelector('.banner'), null, 'no banner');
  assert.match(root.querySelector('.mark').textContent, /Facebook verifies this page/);
  B.remove();
});

test('an unknown verdict without that reason still shows nothing', () => {
  const t = translator('en');
  assert.equal(B.model({ verdict: 'unknown', reasons: [{ code: 'name-similar' }] }, {}, t), null);
  assert.equal(B.model({ verdict: 'unknown', reasons: [] }, {}, t), null);
});

test('a hostile entity name in the reason\'s detail is shown as text', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const hostile = { ...result, reasons: [{ code: 'facebook-verified', detail: '<img src=x onerror=alert(1)>\u202EHespress' }] };
  const host = B.show(hostile, { t: translator('en'), lang: 'en', dir: 'ltr', doc: document, shadowMode: 'open' });
  const root = host.shadowRoot;
  assert.equal(root.querySelector('img'), null);
  assert.ok(!root.querySelector('.mark').getAttribute('title').includes('\u202E'));
  B.remove();
});
