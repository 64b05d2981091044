// chrome.i18n.getMessage for one locale, from the extension's own
// _locales/<lang>/messages.json.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const fill = require('../ui/locale-messages.js');

const LOCALES = path.join(__dirname, '..', '_locales');

function messages(lang) {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
}

/** chrome.i18n.getMessage in `lang`, filled by the extension's own locale-messages.js. */
function translator(lang) {
  return fill.translator(messages(lang), () => '');
}

module.exports = { messages, translator, LOCALES };
