// Messages for the options page and the popup, in the language the reader
// chose (options: auto/ar/fr/en; a policy may force one) or the browser's.
// chrome.i18n always speaks the browser's language, so for an override the
// locale's messages.json is read and filled by locale-messages.js.

import './locale-messages.js';

const api = globalThis.browser ?? globalThis.chrome;
export const LANGUAGES = ['ar', 'fr', 'en'];

/** {t, lang, dir} for `choice` ('auto' or a language). */
export async function loadI18n(choice) {
  if (LANGUAGES.includes(choice)) {
    try {
      const res = await fetch(api.runtime.getURL(`_locales/${choice}/messages.json`));
      const t = globalThis.AsliLocaleMessages.translator(await res.json(), (key, subs) => api.i18n.getMessage(key, subs));
      return { t, lang: choice, dir: choice === 'ar' ? 'rtl' : 'ltr' };
    } catch (_) { /* fall back to the browser's language */ }
  }
  const lang = (api.i18n.getUILanguage() || 'en').split('-')[0];
  return {
    t: (key, subs) => api.i18n.getMessage(key, subs),
    lang: LANGUAGES.includes(lang) ? lang : 'en',
    dir: lang === 'ar' || api.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
  };
}

/** The language the reader (or the policy) chose: 'auto' unless set. */
export async function chosenLanguage() {
  let managed = {};
  try { managed = (api.storage.managed && await api.storage.managed.get('language')) || {}; } catch (_) { managed = {}; }
  if (LANGUAGES.includes(managed.language)) return { language: managed.language, locked: true };
  const got = await api.storage.local.get('settings');
  const s = (got && got.settings) || {};
  return { language: LANGUAGES.includes(s.language) ? s.language : 'auto', locked: false };
}

/** A DOM element with text (never HTML). */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

export function send(message) {
  if (globalThis.browser) {
    return globalThis.browser.runtime.sendMessage(message).then((res) => {
      if (res && res.error) throw new Error(res.error);
      return res;
    });
  }
  return new Promise((resolve, reject) => {
    api.runtime.sendMessage(message, (res) => {
      const err = api.runtime.lastError;
      if (err) reject(new Error(err.message));
      else if (res && res.error) reject(new Error(res.error));
      else resolve(res);
    });
  });
}
