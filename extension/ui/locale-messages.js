// Messages of one locale's messages.json in a chosen language, filled the way
// chrome.i18n fills them ($NAME$ placeholders whose content is $1, $2, ...).
// chrome.i18n only ever speaks the browser's language; the reader (or the
// organisation's policy) may choose another one in the options page.
//
// A classic script (the content script loads it before content.js) that the
// extension's ES-module pages also import for its side effect:
// globalThis.AsliLocaleMessages = {fill, translator}.
(function (root) {
  'use strict';

  function fill(entry, subs) {
    const args = Array.isArray(subs) ? subs : subs == null ? [] : [subs];
    const named = {};
    for (const [k, v] of Object.entries(entry.placeholders || {})) {
      named[k.toLowerCase()] = String(v.content || '').replace(/\$(\d)/g, (_, n) => String(args[n - 1] ?? ''));
    }
    return String(entry.message).replace(/\$([A-Za-z_]+)\$/g, (m, k) => (k.toLowerCase() in named ? named[k.toLowerCase()] : m));
  }

  /** t(key, subs) over `messages` (a parsed messages.json), `fallback` for keys it lacks. */
  function translator(messages, fallback) {
    return (key, subs) => {
      const entry = messages && Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : null;
      return entry && typeof entry.message === 'string' ? fill(entry, subs) : fallback(key, subs);
    };
  }

  const api = { fill, translator };
  root.AsliLocaleMessages = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
