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

// Installing the worker downloads every file of the site: not while the page
// is still busy with its first answer (`after`), which it would slow down.
function registerServiceWorker(after) {
  if (!('serviceWorker' in navigator)) return;
  Promise.resolve(after).catch(() => {})
    .then(() => navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: './' }))
    .catch(() => { /* offline use is a bonus */ });
}

const loaded = () => new Promise((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
});

/**
 * Applies the language, then runs `render(i18n)` (and again after every
 * language switch). Resolves with the first render's result. The service
 * worker is registered once `settled` resolves (by default, the page's load).
 */
export async function start(render = () => {}, settled = loaded()) {
  const doc = document;
  markCurrentPage(doc);
  const show = async (lang) => {
    let i18n;
    try {
      i18n = await loadI18n(lang);
      current = i18n;
      applyI18n(doc, i18n);
      markLanguage(doc, lang);
    } finally {
      // The reader's words are in (or will not come): the page is laid out (boot.js).
      doc.documentElement.removeAttribute('data-asli-words');
    }
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
  registerServiceWorker(settled);
  return show(chosenLanguage());
}

/** The words in force ({t, lang, dir}), once start() has run. */
export function i18n() {
  return current;
}
