// The site's language: ar (right to left), fr or en. The reader's choice
// (localStorage) wins; otherwise the first of the browser's languages the site
// speaks; otherwise Arabic. Messages are the extension's _locales with the
// site's own (www/messages) beside them, merged by scripts/lib/build-www.mjs
// into i18n/<lang>.json and filled like chrome.i18n (ext/ui/locale-messages.js).
// Static text is marked in the HTML: data-i18n="key" (textContent) and
// data-i18n-attr="attr:key,attr:key".

import '../ext/ui/locale-messages.js';
import { LANGUAGES } from '../ext/common/protocol.js';

export { LANGUAGES };
const STORE = 'asli.lang';

/** The language to speak: the reader's choice, else the browser's, else Arabic. */
export function chosenLanguage(navigatorLanguages = navigator.languages || [navigator.language]) {
  let stored = null;
  try { stored = localStorage.getItem(STORE); } catch (_) { /* storage off */ }
  if (LANGUAGES.includes(stored)) return stored;
  for (const l of navigatorLanguages) {
    const base = String(l || '').toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'ar';
}

export function rememberLanguage(lang) {
  try { localStorage.setItem(STORE, lang); } catch (_) { /* storage off: this visit only */ }
}

const cache = new Map();
async function messagesOf(lang) {
  if (!cache.has(lang)) {
    const p = fetch(new URL(`../i18n/${lang}.json`, import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`i18n/${lang}.json: HTTP ${r.status}`);
      return r.json();
    });
    cache.set(lang, p);
    p.catch(() => cache.delete(lang));
  }
  return cache.get(lang);
}

/** {t, lang, dir} for `lang`; keys it lacks fall back to English, then to the key itself. */
export async function loadI18n(lang) {
  const [own, en] = await Promise.all([messagesOf(lang), lang === 'en' ? null : messagesOf('en').catch(() => ({}))]);
  const english = globalThis.AsliLocaleMessages.translator(en || own, (key) => key);
  const t = globalThis.AsliLocaleMessages.translator(own, english);
  return { t, lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
}

/** Puts the language's words into the document's marked elements, and its direction on <html>. */
export function applyI18n(doc, { t, lang, dir }) {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  for (const e of doc.querySelectorAll('[data-i18n]')) e.textContent = t(e.getAttribute('data-i18n'));
  for (const e of doc.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of e.getAttribute('data-i18n-attr').split(',')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) e.setAttribute(attr, t(key));
    }
  }
}
