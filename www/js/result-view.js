// The checker's answer, built from the engine's verdict with the extension's
// own banner model (ext/ui/banner.js model: title, body, reasons in words, the
// real page and website) and report module (ext/common/report.js: where to
// report). The result element carries data-asli-verdict and data-asli-entry,
// as the banner's host does. Page data only ever enters through textContent.

import '../ext/common/report.js';
import '../ext/ui/banner.js';

const B = globalThis.AsliBanner;
const R = globalThis.AsliReport;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** A message whose values (names, addresses) sit in their own <bdi dir="auto">. */
function message(tag, cls, t, msg) {
  const e = el(tag, cls);
  for (const p of B.messageParts(t, msg.key, msg.values.length)) {
    if (p.text != null) e.append(p.text);
    else {
      const b = el('bdi', null, msg.values[p.slot]);
      b.dir = 'auto';
      e.append(b);
    }
  }
  return e;
}

function link(href, text, external = true) {
  const a = el('a', null, text);
  a.href = href;
  if (external) a.rel = 'noopener noreferrer';
  return a;
}

const NEXT = {
  impersonation: ['next_impersonation_1', 'next_impersonation_2', 'next_impersonation_3'],
  suspicious: ['next_suspicious_1', 'next_suspicious_2'],
  verified: ['next_verified_1'],
  'facebook-verified': ['next_unknown_1'],
  unknown: ['next_unknown_1'],
};

/**
 * Fills `box` (the result element) with the answer to one check.
 * input: {name, link, linkOnly, picture}; i18n: {t, lang}
 */
export function renderResult(box, body, result, input, { t, lang }) {
  const m = B.model(result, { lang, pageName: input.name }, t);
  const kind = m ? m.kind : 'unknown';
  box.setAttribute('data-asli-verdict', kind);
  box.setAttribute('data-asli-entry', (m && m.entryId) || '');
  box.className = `result ${kind}`;
  body.replaceChildren();

  if (m) {
    body.append(message('p', 'title', t, m.title));
    if (m.body) body.append(message('p', 'body', t, m.body));
    else if (m.tooltip) body.append(message('p', 'body', t, m.tooltip));
  } else {
    body.append(el('p', 'title', t('result_unknown_title')), el('p', 'body', t('result_unknown_body')));
    if (input.linkOnly) body.append(el('p', 'hint', t('result_link_only')));
  }
  if (m && m.pageName) body.append(message('p', 'page', t, { key: 'thisPage', values: [m.pageName] }));
  if (input.link) body.append(message('p', 'page', t, { key: 'result_this_link', values: [B.displayText(input.link, 120)] }));
  if (input.picture) body.append(el('p', 'page', t('result_this_picture')));

  if (m && m.reasons.length) {
    body.append(el('p', 'why', t('whyHeading')));
    const ul = el('ul', 'reasons');
    for (const r of m.reasons) ul.append(el('li', null, r));
    body.append(ul);
  }

  const links = el('p', 'links');
  if (m && m.realPage) links.append(link(m.realPage, t('realPageLink')));
  if (m && m.website) {
    const a = link(m.website, `${t('websiteLink')} `);
    const b = el('bdi', null, m.websiteText);
    b.dir = 'ltr';
    a.append(b);
    links.append(a);
  }
  if (m && m.entryId && kind !== 'facebook-verified') {
    const a = message('a', null, t, { key: 'result_entry_link', values: [m.entity] });
    a.href = `entry.html#${encodeURIComponent(m.entryId)}`;
    links.append(a);
  }
  if (links.childNodes.length) body.append(links);

  body.append(el('h3', null, t('next_heading')));
  const next = el('ul', 'next');
  for (const key of NEXT[kind] || NEXT.unknown) next.append(el('li', null, t(key, [m ? m.entity : ''])));
  body.append(next);

  const actions = R.reportActions(result, { locales: navigator.languages || [] });
  if (actions.length) {
    const p = el('p', 'links report');
    for (const a of actions) p.append(link(a.url, t(a.labelKey)));
    p.append(link('report.html', t('next_report'), false));
    body.append(p, el('p', 'hint', t('report_steps')));
  }
  box.hidden = false;
  return kind;
}
