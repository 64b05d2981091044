/*
 * Asli banner: what the reader sees.
 *
 * - `impersonation`: a red banner at the top of the page; `suspicious`: an amber
 *   one with careful wording; `verified`: a small quiet mark; `unknown`: nothing,
 *   except the quiet note "Facebook verifies this page; Asli's list does not
 *   know it yet" (reason `facebook-verified`: a Meta-verified page using a
 *   listed entity's name with an account the list does not know), shown like
 *   the verified mark (host `data-asli-verdict="facebook-verified"`).
 * - Everything lives inside a CLOSED shadow root on a host element appended to
 *   <html> (outside the page's React root): the page's CSS cannot style it and
 *   its scripts cannot read it. The host carries `data-asli-verdict` and
 *   `data-asli-entry` so tests (and nobody else) can find it.
 * - Text comes from the extension's _locales (the browser's language: ar, fr,
 *   en); reasons are translated by their `code`, with a generic fallback that
 *   shows the engine's `detail` for codes this version does not know.
 * - Page data (names, addresses) is only ever put in the DOM through
 *   textContent and attributes, never innerHTML; names are truncated for
 *   display and bidi-isolated (<bdi dir="auto">) with bidi overrides removed.
 *
 * Plain script (content scripts cannot be ES modules); also loadable from Node
 * for the unit tests (module.exports).
 */
(function (root) {
  'use strict';

  const HOST_TAG = 'asli-banner';
  const MAX_DISPLAY = 80;
  /** Bidi embeddings, overrides, isolates and marks: a name must not reorder the text around it. */
  const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

  /** Reason codes the banner explains in words (message key = reason_<code with _>). */
  const KNOWN_REASONS = [
    'listed-account', 'name-identical', 'name-confusable', 'name-decorated', 'name-similar', 'name-contains', 'name-transliterated',
    'avatar-match', 'created-after-original', 'renamed-to-resemble', 'managers-abroad',
    'few-followers', 'fake-verified-badge', 'official-account-unknown', 'facebook-verified',
    'name-abbreviated', 'name-reordered', 'name-partial', 'kind-word', 'possible-namesake',
  ];

  /** An `unknown` verdict that still deserves a quiet note: Facebook verifies the page. */
  function facebookVerified(result) {
    return !!(result && result.verdict === 'unknown' && Array.isArray(result.reasons) &&
      result.reasons.some((r) => r && r.code === 'facebook-verified'));
  }

  /** A page-supplied string made safe to show: controls removed, whitespace collapsed, truncated. */
  function displayText(s, max) {
    max = max || MAX_DISPLAY;
    // Only the start is ever shown: cap the work on hostile 100 KB names.
    const raw = String(s == null ? '' : s);
    const capped = raw.length > 4096;
    let t = (capped ? raw.slice(0, 4096) : raw).replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
    if (!capped && t.length <= max) return t; // no more graphemes than UTF-16 units: nothing to cut, no segmenting
    const chars = graphemes(t);
    if (capped || chars.length > max) t = chars.slice(0, max - 1).join('').trimEnd() + '…';
    return t;
  }

  let segmenter = null; // one for all: making a Segmenter costs about a millisecond (the feed's marks show many names)
  function graphemes(s) {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      if (!segmenter) segmenter = new Intl.Segmenter();
      return Array.from(segmenter.segment(s), (g) => g.segment);
    }
    return Array.from(s);
  }

  const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  const LATIN = /[A-Za-z\u00C0-\u024F]/;

  /** The entry's name to show: one in the reader's script when the list has it. */
  function entityName(card, lang) {
    const names = (card && Array.isArray(card.names) ? card.names : []).filter((n) => typeof n === 'string' && n.trim());
    if (!names.length) return card && card.id ? String(card.id) : '';
    const wantArabic = /^ar/i.test(lang || '');
    const pick = names.find((n) => (wantArabic ? ARABIC.test(n) : LATIN.test(n) && !ARABIC.test(n) && !/\.[a-z]{2,}$/i.test(n)));
    return pick || names[0];
  }

  /** common/report.js, loaded before this file (content scripts, popup, the site). */
  const report = () => root.AsliReport || (typeof require === 'function' ? require('../common/report.js') : null);

  // The real page's and the website's addresses: one rule, common/report.js's.
  const realPageUrl = (card) => report().realPageUrl(card);
  const websiteUrl = (website) => report().websiteUrl(website);

  function reasonKey(code) {
    return 'reason_' + String(code).replace(/-/g, '_');
  }

  /** A reason in the reader's words; unknown codes fall back to the engine's detail. */
  function reasonText(reason, t) {
    const code = reason && reason.code;
    if (KNOWN_REASONS.includes(code)) {
      const m = t(reasonKey(code));
      if (m) return m;
    }
    const detail = displayText((reason && (reason.detail || reason.code)) || '', 160);
    return t('reason_other', [detail]) || detail;
  }

  const MARKS = ['\uE000', '\uE001', '\uE002'];

  /**
   * A message with its placeholders as separate parts, so that page and list
   * strings can be put in their own isolated elements wherever the language
   * puts them: [{text}|{slot: i}].
   */
  function messageParts(t, key, count) {
    const msg = t(key, MARKS.slice(0, count)) || '';
    const parts = [];
    let buf = '';
    for (const ch of msg) {
      const slot = MARKS.indexOf(ch);
      if (slot >= 0) {
        if (buf) parts.push({ text: buf });
        buf = '';
        parts.push({ slot });
      } else buf += ch;
    }
    if (buf) parts.push({ text: buf });
    return parts;
  }

  /**
   * What the banner says, independent of the DOM (the unit tests read this):
   * {kind, title, body, pageName, reasons[], realPage, website, websiteText, entity}
   * or null when nothing is to be shown.
   */
  function model(result, opts, t) {
    if (!result || !result.verdict) return null;
    const verdict = facebookVerified(result) ? 'facebook-verified' : result.verdict;
    if (!['impersonation', 'suspicious', 'verified', 'facebook-verified'].includes(verdict)) return null;
    const card = result.entry_card || { id: result.entry, names: [] };
    const lang = opts.lang || '';
    const entity = displayText(entityName(card, lang));
    const website = websiteUrl(card.website);
    const websiteText = website ? displayText(card.website, 60) : null;
    const m = {
      kind: verdict,
      entryId: result.entry || card.id || '',
      entity,
      realPage: realPageUrl(card),
      website,
      websiteText,
      pageName: opts.pageName ? displayText(opts.pageName) : '',
      reasons: (result.reasons || []).map((r) => reasonText(r, t)),
    };
    if (verdict === 'verified') {
      m.title = { key: 'verifiedMark', values: [entity] };
      m.tooltip = { key: 'verifiedTitle', values: [entity] };
    } else if (verdict === 'facebook-verified') {
      // the reason's detail names the entity; the list's card when there is one
      const reason = result.reasons.find((r) => r && r.code === 'facebook-verified');
      const named = entity || displayText((reason && reason.detail) || '');
      m.entity = named;
      m.title = { key: 'facebookVerifiedMark', values: [] };
      m.tooltip = { key: 'facebookVerifiedTitle', values: [named] };
    } else if (verdict === 'impersonation') {
      m.title = { key: 'impersonationTitle', values: [entity] };
      m.body = { key: 'impersonationBody', values: [entity] };
    } else {
      m.title = { key: 'suspiciousTitle', values: [] };
      m.body = website ? { key: 'suspiciousBodyWebsite', values: [entity, websiteText] } : { key: 'suspiciousBody', values: [entity] };
    }
    return m;
  }

  /** Flattens a {key, values} message to plain text (tests, tooltips, aria labels). */
  function plain(t, msg) {
    if (!msg) return '';
    return messageParts(t, msg.key, msg.values.length).map((p) => (p.text != null ? p.text : msg.values[p.slot])).join('');
  }

  // ------------------------------------------------------------------ DOM

  const STYLE = `
.wrap { display: block; box-sizing: border-box; font: 15px/1.45 system-ui, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, "DejaVu Sans", Arial, sans-serif; }
.banner { box-sizing: border-box; width: 100%; padding: 12px 18px; display: flex; gap: 14px; align-items: flex-start; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.impersonation { background: #b3261e; color: #fff; }
.suspicious { background: #fff4d6; color: #4d3300; border-bottom: 3px solid #e0a100; }
.icon { flex: none; width: 28px; height: 28px; margin-top: 1px; }
.text { flex: 1 1 auto; min-width: 0; }
.title { font-weight: 700; font-size: 17px; margin: 0 0 2px; }
.body, .page, .why { margin: 2px 0; }
.why ul { margin: 2px 0 0; padding-inline-start: 20px; }
.links { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 8px 16px; }
a { color: inherit; font-weight: 600; text-decoration: underline; }
bdi { unicode-bidi: isolate; }
.actions { flex: none; display: flex; gap: 8px; align-items: center; }
button { font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 4px 10px; border: 1px solid currentColor; background: transparent; color: inherit; }
button.x { border: none; font-size: 20px; line-height: 1; padding: 2px 6px; }
.mark { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 999px; background: #e8f5ec; color: #1d5e35; border: 1px solid #9fd2b0; font-size: 13px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.mark .tick { font-weight: 700; }
.mark.fb { background: #eef3fb; color: #1d3f73; border-color: #a9c1e6; }
.report { margin-top: 8px; }
.report-row, .report-more { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
.report-more { margin-top: 4px; font-size: 14px; }
a.report-page { display: inline-block; padding: 3px 10px; border: 1px solid currentColor; border-radius: 6px; text-decoration: none; }
.report-steps { margin-top: 4px; font-size: 12.5px; opacity: .85; }
`;

  let current = null;

  function remove() {
    if (current && current.host && current.host.parentNode) current.host.parentNode.removeChild(current.host);
    current = null;
  }

  function el(doc, tag, cls, text) {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /** Appends a translated message to `parent`, each value in its own <bdi dir="auto">. */
  function appendMessage(doc, parent, t, msg) {
    for (const p of messageParts(t, msg.key, msg.values.length)) {
      if (p.text != null) parent.appendChild(doc.createTextNode(p.text));
      else {
        const b = el(doc, 'bdi', null, msg.values[p.slot]);
        b.setAttribute('dir', 'auto');
        parent.appendChild(b);
      }
    }
  }

  /** A font-independent warning sign: a circle (red) or triangle (amber) with "!". */
  function icon(doc, kind) {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = doc.createElementNS(NS, 'svg');
    svg.setAttribute('class', 'icon');
    svg.setAttribute('viewBox', '0 0 28 28');
    svg.setAttribute('aria-hidden', 'true');
    const shape = doc.createElementNS(NS, kind === 'impersonation' ? 'circle' : 'path');
    if (kind === 'impersonation') {
      shape.setAttribute('cx', '14'); shape.setAttribute('cy', '14'); shape.setAttribute('r', '13');
      shape.setAttribute('fill', '#fff');
    } else {
      shape.setAttribute('d', 'M14 2 L27 25 H1 Z');
      shape.setAttribute('fill', '#e0a100');
    }
    svg.appendChild(shape);
    const bar = doc.createElementNS(NS, 'rect');
    bar.setAttribute('x', '12.5'); bar.setAttribute('y', kind === 'impersonation' ? '6' : '9');
    bar.setAttribute('width', '3'); bar.setAttribute('height', '10'); bar.setAttribute('rx', '1.5');
    const dot = doc.createElementNS(NS, 'circle');
    dot.setAttribute('cx', '14'); dot.setAttribute('cy', kind === 'impersonation' ? '20.5' : '21.5'); dot.setAttribute('r', '1.8');
    const ink = kind === 'impersonation' ? '#b3261e' : '#3d2900';
    bar.setAttribute('fill', ink); dot.setAttribute('fill', ink);
    svg.appendChild(bar);
    svg.appendChild(dot);
    return svg;
  }

  function link(doc, href, text) {
    const a = el(doc, 'a', null, text);
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    return a;
  }

  /**
   * The explanation of a warning, as the banner and a feed mark's panel show
   * it: title, body, the page's name, the reasons, the real page and website,
   * then the report actions (common/report.js): "Report this page" (Facebook's
   * own form, opened by the reader's click: a plain link), "Copy the facts",
   * and the Moroccan second step. Nothing is sent by Asli.
   * opts: {pageName, page: {name, id, handle}, locales, copy(text) → Promise, date, authorLabel}
   */
  function explanation(doc, t, m, result, opts) {
    const text = el(doc, 'div', 'text');
    const title = el(doc, 'div', 'title');
    appendMessage(doc, title, t, m.title);
    text.appendChild(title);
    const body = el(doc, 'div', 'body');
    appendMessage(doc, body, t, m.body);
    text.appendChild(body);
    if (m.pageName) {
      const page = el(doc, 'div', 'page');
      appendMessage(doc, page, t, { key: opts.authorLabel ? 'feed_author' : 'thisPage', values: [m.pageName] });
      text.appendChild(page);
    }
    if (m.reasons.length) {
      const why = el(doc, 'div', 'why', t('whyHeading') || '');
      const ul = el(doc, 'ul');
      for (const r of m.reasons) ul.appendChild(el(doc, 'li', null, r));
      why.appendChild(ul);
      text.appendChild(why);
    }
    const links = el(doc, 'div', 'links');
    if (m.realPage) links.appendChild(link(doc, m.realPage, t('realPageLink')));
    if (m.website) {
      const a = link(doc, m.website, '');
      a.appendChild(doc.createTextNode(t('websiteLink') + ' '));
      const b = el(doc, 'bdi', null, m.websiteText);
      b.setAttribute('dir', 'ltr');
      a.appendChild(b);
      links.appendChild(a);
    }
    if (links.childNodes.length) text.appendChild(links);
    const report = reportSection(doc, t, result, opts);
    if (report) text.appendChild(report);
    return text;
  }


  /** "Report this page", "Copy the facts", the Moroccan second step; null without common/report.js. */
  function reportSection(doc, t, result, opts) {
    const Report = report();
    if (!Report) return null;
    const actions = Report.reportActions(result, { locales: opts.locales });
    if (!actions.length) return null;
    const box = el(doc, 'div', 'report');
    const row = el(doc, 'div', 'report-row');
    const [facebook, ...second] = actions;
    const fb = link(doc, facebook.url, t(facebook.labelKey));
    fb.className = 'report-page';
    fb.setAttribute('data-asli-report', facebook.id);
    row.appendChild(fb);
    if (opts.copy) {
      const copy = el(doc, 'button', 'copy-facts', t('report_copy_facts'));
      copy.setAttribute('type', 'button');
      copy.addEventListener('click', () => {
        const facts = Report.factsText({ result, page: opts.page || { name: opts.pageName }, date: opts.date || new Date(), lang: opts.lang }, t);
        Promise.resolve(opts.copy(facts)).then(() => { copy.textContent = t('report_copied'); }, () => {});
      });
      row.appendChild(copy);
    }
    box.appendChild(row);
    if (second.length) {
      const more = el(doc, 'div', 'report-more');
      for (const s of second) {
        const a = link(doc, s.url, t(s.labelKey));
        a.setAttribute('data-asli-report', s.id);
        more.appendChild(a);
      }
      box.appendChild(more);
    }
    box.appendChild(el(doc, 'div', 'report-steps', t(Report.REPORT_STEPS_KEY)));
    return box;
  }

  /**
   * Puts `text` on the clipboard on the reader's click: the async clipboard
   * API, else a hidden textarea in `scope` (a shadow root) and execCommand.
   */
  function copyText(doc, scope, text) {
    const nav = doc.defaultView && doc.defaultView.navigator;
    const viaTextarea = () => {
      const area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.setAttribute('style', 'position: fixed; top: -1000px; opacity: 0');
      scope.appendChild(area);
      area.select();
      const ok = doc.execCommand && doc.execCommand('copy');
      area.remove();
      if (!ok) throw new Error('copy refused');
    };
    if (nav && nav.clipboard && nav.clipboard.writeText) return nav.clipboard.writeText(text).catch(viaTextarea);
    return Promise.resolve().then(viaTextarea);
  }

  /**
   * Shows the verdict on the page (replacing any earlier banner) and returns
   * the host element, or null when nothing is to be shown.
   * opts: {t, lang, dir, pageName, onHide, shadowMode, doc}
   */
  function show(result, opts) {
    remove();
    const doc = opts.doc || root.document;
    const t = opts.t;
    const m = model(result, opts, t);
    if (!m) return null;

    const host = doc.createElement(HOST_TAG);
    host.setAttribute('data-asli-verdict', m.kind);
    host.setAttribute('data-asli-entry', m.entryId);
    const verified = m.kind === 'verified' || m.kind === 'facebook-verified';
    host.setAttribute('style', [
      'all: initial', 'display: block', 'position: fixed', 'z-index: 2147483647', 'margin: 0', 'padding: 0',
      verified ? 'top: 64px' : 'top: 0', verified ? 'inset-inline-end: 16px' : 'left: 0',
      verified ? '' : 'right: 0', verified ? 'max-width: 60vw' : 'width: 100%',
    ].filter(Boolean).map((d) => d + ' !important').join('; '));
    const shadow = host.attachShadow({ mode: opts.shadowMode || 'closed' });
    const style = el(doc, 'style', null, STYLE);
    shadow.appendChild(style);

    const wrap = el(doc, 'div', 'wrap');
    wrap.setAttribute('dir', opts.dir === 'rtl' ? 'rtl' : 'ltr');
    if (opts.lang) wrap.setAttribute('lang', String(opts.lang).replace('_', '-'));
    shadow.appendChild(wrap);

    if (verified) {
      const mark = el(doc, 'div', m.kind === 'verified' ? 'mark' : 'mark fb');
      mark.setAttribute('role', 'status');
      mark.setAttribute('title', plain(t, m.tooltip));
      mark.appendChild(el(doc, 'span', 'tick', m.kind === 'verified' ? '✓' : 'ⓘ'));
      const label = el(doc, 'span');
      appendMessage(doc, label, t, m.title);
      mark.appendChild(label);
      wrap.appendChild(mark);
    } else {
      const banner = el(doc, 'div', 'banner ' + m.kind);
      banner.setAttribute('role', 'alert');
      banner.setAttribute('aria-label', t('bannerLabel') || 'Asli');
      banner.appendChild(icon(doc, m.kind));
      const text = explanation(doc, t, m, result, { ...opts, copy: opts.copy || ((facts) => copyText(doc, shadow, facts)) });
      banner.appendChild(text);

      const actions = el(doc, 'div', 'actions');
      if (opts.onHide) { // absent when the organisation's policy forbids reader exceptions
        const hide = el(doc, 'button', 'hide', t('hideForPage'));
        hide.setAttribute('type', 'button');
        hide.addEventListener('click', () => { remove(); opts.onHide(); });
        actions.appendChild(hide);
      }
      const close = el(doc, 'button', 'x', '×');
      close.setAttribute('type', 'button');
      close.setAttribute('aria-label', t('close'));
      close.setAttribute('title', t('close'));
      close.addEventListener('click', () => remove());
      actions.appendChild(close);
      banner.appendChild(actions);
      wrap.appendChild(banner);
    }

    (doc.documentElement || doc.body).appendChild(host);
    current = { host, shadow };
    return host;
  }

  const api = { show, remove, model, explanation, copyText, STYLE, plain, facebookVerified, messageParts, displayText, entityName, realPageUrl, websiteUrl, reasonText, reasonKey, KNOWN_REASONS, HOST_TAG };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.AsliBanner = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
