// Messages for the options page and the popup, in the language the reader
// chose (options: auto/ar/fr/en; a policy may force one) or the browser's.
// chrome.i18n always speaks the browser's language, so for an override the
// locale's messages.json is read and filled by locale-messages.js.

import './locale-messages.js';
import { ext as api, sendMessage } from '../common/browser-api.js';
import { KEY, LANGUAGES } from '../common/protocol.js';

export { LANGUAGES };

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

/**
 * The language the reader (or the policy) chose: 'auto' unless set. A policy
 * that sets one, 'auto' included (the browser's), locks it.
 */
export async function chosenLanguage() {
  let managed = {};
  try { managed = (api.storage.managed && await api.storage.managed.get('language')) || {}; } catch (_) { managed = {}; }
  if (managed.language === 'auto' || LANGUAGES.includes(managed.language)) return { language: managed.language, locked: true };
  let s = {};
  try {
    const got = await api.storage.local.get(KEY.SETTINGS);
    s = (got && got[KEY.SETTINGS]) || {};
  } catch (_) { s = {}; }
  return { language: s && LANGUAGES.includes(s.language) ? s.language : 'auto', locked: false };
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

/** A runtime message to the background; rejects with its {error}. */
export const send = sendMessage;
