// The banner, popup and options in a language the reader chose, filled like chrome.i18n.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { fill, translator } = require('../ui/locale-messages.js');
const { messages } = require('./i18n-helper');

test('placeholders are filled from the substitutions, in order', () => {
  const entry = { message: '$PAGE$ looks like $ENTITY$', placeholders: { page: { content: '$1' }, entity: { content: '$2' } } };
  assert.equal(fill(entry, ['Hes press', 'Hespress']), 'Hes press looks like Hespress');
  assert.equal(fill(entry, 'only one'), 'only one looks like ');
});

test('a substitution carrying $ signs or markup stays as it is', () => {
  const entry = { message: 'Page: $PAGE$', placeholders: { page: { content: '$1' } } };
  assert.equal(fill(entry, ['$ENTITY$ <b>$1</b>']), 'Page: $ENTITY$ <b>$1</b>');
});

test('a key the chosen language lacks falls back to the browser language', () => {
  const t = translator({ hello: { message: 'مرحبا' } }, (key) => `browser:${key}`);
  assert.equal(t('hello'), 'مرحبا');
  assert.equal(t('missing'), 'browser:missing');
  assert.equal(t('__proto__'), 'browser:__proto__');
});

test('every locale speaks the banner words in its own language and direction', () => {
  for (const [lang, dir] of [['ar', 'rtl'], ['fr', 'ltr'], ['en', 'ltr']]) {
    const t = translator(messages(lang), () => '');
    assert.equal(t('localeCode'), lang);
    assert.equal(t('localeDir'), dir);
    assert.ok(t('hideForPage').length > 0);
  }
});
