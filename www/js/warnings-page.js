// What each warning means: the four answers and every reason code, generated
// at build time from docs/reasons.md (scripts/lib/build-www.mjs → reasons.json:
// one source for the documentation and the site), each reason headed by the
// words the banner uses for it in the reader's language (ext/ui/banner.js).

import { start } from './layout.js';
import '../ext/ui/banner.js';

const B = globalThis.AsliBanner;
const data = fetch('reasons.json').then((r) => r.json());

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function english(text) {
  const dd = el('dd', null, text);
  dd.lang = 'en';
  dd.dir = 'ltr';
  return dd;
}

start(async ({ t, lang }) => {
  const { levels, reasons } = await data;
  const levelsEl = document.getElementById('levels');
  levelsEl.replaceChildren(...levels.flatMap((l) => {
    const dt = el('dt', `verdict ${l.verdict}`, t(`verdict_${l.verdict}`));
    dt.id = `verdict-${l.verdict}`;
    return lang === 'en' ? [dt, english(l.text)] : [dt, el('dd', null, t(`warnings_level_${l.verdict}`)), english(l.text)];
  }));
  const reasonsEl = document.getElementById('reasons');
  reasonsEl.replaceChildren(...reasons.flatMap((r) => {
    const dt = el('dt');
    dt.id = r.code;
    dt.append(el('span', null, B.reasonText({ code: r.code, detail: r.code }, t)), ' ', el('code', null, r.code));
    return [dt, english(r.meaning)];
  }));
  document.documentElement.setAttribute('data-asli-ready', '');
});
