// chrome.i18n.getMessage for one locale, from the extension's own
// _locales/<lang>/messages.json, with the same placeholder rules
// ($NAME$ → the placeholder's content "$1" → the first substitution).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const LOCALES = path.join(__dirname, '..', '_locales');

function messages(lang) {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
}

function translator(lang) {
  const msgs = messages(lang);
  return (key, subs) => {
    const m = msgs[key];
    if (!m) return '';
    const values = subs == null ? [] : Array.isArray(subs) ? subs : [subs];
    return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name) => {
      const ph = m.placeholders && m.placeholders[name.toLowerCase()];
      if (!ph) return all;
      return ph.content.replace(/\$(\d)/g, (_, i) => (values[Number(i) - 1] != null ? String(values[Number(i) - 1]) : ''));
    });
  };
}

module.exports = { messages, translator, LOCALES };
