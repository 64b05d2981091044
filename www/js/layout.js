// What every page of the site shares: the language (i18n.js) applied to the
// page and switched by the header's buttons, the current page marked in the
// navigation, and the service worker (sw.js) registered so the site works
// offline once visited. A page hands its own rendering to start(); it runs
// again, with the new words, whenever the reader switches language.

import { chosenLanguage, rememberLanguage, loadI18n, applyI18n, LANGUAGES } from './i18n.js';

let current = null;

function markCurrentPage(doc) {
  const here = (location.pathname.split('/').pop() || 'index.html').toLowerCase();
  for (const a of doc.querySelectorAll('header nav a')) {
    if ((a.getAttribute('href') || '').toLowerCase() === here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function markLanguage(doc, lang) {
  for (const b of doc.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: './' }).catch(() => { /* offline use is a bonus */ });
}

/**
 * Applies the language, then runs `render(i18n)` (and again after every
 * language switch). Resolves with the first render's result.
 */
export async function start(render = () => {}) {
  const doc = document;
  markCurrentPage(doc);
  const show = async (lang) => {
    const i18n = await loadI18n(lang);
    current = i18n;
    applyI18n(doc, i18n);
    markLanguage(doc, lang);
    return render(i18n);
  };
  for (const b of doc.querySelectorAll('[data-lang]')) {
    b.addEventListener('click', () => {
      const lang = b.getAttribute('data-lang');
      if (!LANGUAGES.includes(lang) || (current && current.lang === lang)) return;
      rememberLanguage(lang);
      show(lang);
    });
  }
  registerServiceWorker();
  return show(chosenLanguage());
}

/** The words in force ({t, lang, dir}), once start() has run. */
export function i18n() {
  return current;
}
