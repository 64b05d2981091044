/*
 * Asli report: where a reader reports an impersonating page, the facts they
 * can paste, and the list entry a maintainer can paste. Pure functions: no
 * DOM, no browser API, nothing fetched or sent. The banner, the feed marks and
 * the popup call these, and open an address only on the reader's own click.
 * The public site (www/) reuses this file as it is.
 *
 * Plain script (content scripts cannot be ES modules): globalThis.AsliReport,
 * also require()-able (module.exports) for the unit tests and the site.
 *
 * Where "Report this page" goes, and why:
 *   Facebook offers no address that opens its in-app report dialog for a given
 *   page (the dialog behind a page's "⋯ → Find support or report" menu needs
 *   tokens minted by the app). Its Help Center article "How do I report a
 *   Facebook account or Page that's pretending to be me or someone else?"
 *   (https://www.facebook.com/help/174210519303259) gives two routes: that
 *   menu, and its public impostor-report contact form
 *   https://www.facebook.com/help/contact/169486816475808, which takes the
 *   impostor's address in a field, works signed in or out, and has been at the
 *   same address for years (quoted by many public tools: the `search` corpus
 *   holds several). "Report this page" opens that form; the banner also says
 *   the in-app route (REPORT_STEPS_KEY) and "Copy the facts" puts the page's
 *   address on the clipboard to paste in the form's field.
 *
 * The Moroccan second step (when the reader's locale is Moroccan, e.g. ar-MA,
 * fr-MA, or the entity is a Moroccan one):
 *   - E-Blagh, the national police (DGSN) platform for reporting illegal
 *     content online: https://www.e-blagh.ma/
 *   - the public prosecutor's online complaints (Présidence du Ministère
 *     public): https://plaintes.pmp.ma/
 */
(function (root) {
  'use strict';

  const FACEBOOK_REPORT_FORM = 'https://www.facebook.com/help/contact/169486816475808';
  const FACEBOOK_REPORT_HELP = 'https://www.facebook.com/help/174210519303259';
  const MOROCCO_STEPS = Object.freeze([
    Object.freeze({ id: 'e-blagh', url: 'https://www.e-blagh.ma/', labelKey: 'report_eblagh' }),
    Object.freeze({ id: 'pmp', url: 'https://plaintes.pmp.ma/', labelKey: 'report_pmp' }),
  ]);
  const REPORT_STEPS_KEY = 'report_steps';

  /** Facebook's handle rule: letters, digits, periods; not all digits; no leading/trailing period. */
  const HANDLE = /^(?!\.)[A-Za-z0-9.]{1,100}(?<!\.)$/;
  const ID = /^[0-9]{1,25}$/;
  const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
  const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

  /** A page string for plain text: no bidi or control characters, one line, at most `max` characters. */
  function clean(s, max) {
    const t = String(s == null ? '' : s).slice(0, 4096).replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
    const chars = Array.from(t);
    return chars.length > (max || 200) ? chars.slice(0, (max || 200) - 1).join('') + '…' : t;
  }

  const validId = (id) => typeof id === 'string' && ID.test(id);
  const validHandle = (h) => typeof h === 'string' && HANDLE.test(h) && !/^[0-9]+$/.test(h);

  /**
   * The page's canonical address on www.facebook.com from its id or handle
   * ({id, handle}); the handle reads better, the id is what lasts. null when
   * neither is usable.
   */
  function pageAddress(page) {
    if (!page) return null;
    if (validHandle(page.handle)) return `https://www.facebook.com/${page.handle}`;
    if (validId(page.id)) return `https://www.facebook.com/profile.php?id=${page.id}`;
    return null;
  }

  /** Whether the reader's locales (e.g. navigator.languages) say Morocco: ar-MA, fr-MA, ary, zgh, ber-MA... */
  function moroccanLocale(locales) {
    const list = Array.isArray(locales) ? locales : locales ? [locales] : [];
    return list.some((l) => /^(?:ary|zgh)(?:[-_]|$)|^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?MA$/i.test(String(l)));
  }

  /**
   * The report actions for a page judged `result` ({verdict, entry_card}):
   * [{id, url, labelKey}], Facebook's first, then the Moroccan second step when
   * the entity's country is MA or the reader's locale is Moroccan. Nothing for
   * a verdict that is not a warning.
   * opts: {locales}
   */
  function reportActions(result, opts) {
    if (!result || !['impersonation', 'suspicious'].includes(result.verdict)) return [];
    const out = [{ id: 'facebook', url: FACEBOOK_REPORT_FORM, labelKey: 'report_page' }];
    const card = result.entry_card || {};
    if (card.country === 'MA' || moroccanLocale(opts && opts.locales)) out.push(...MOROCCO_STEPS.map((s) => ({ ...s })));
    return out;
  }

  /** The entry's name in the reader's script when the list has one. */
  function entityName(card, lang) {
    const names = (card && Array.isArray(card.names) ? card.names : []).filter((n) => typeof n === 'string' && n.trim());
    if (!names.length) return card && card.id ? String(card.id) : '';
    const wantArabic = /^ar/i.test(lang || '');
    return names.find((n) => (wantArabic ? ARABIC.test(n) : !ARABIC.test(n) && !/\.[a-z]{2,}$/i.test(n))) || names[0];
  }

  /** The first https www/web/m.facebook.com address of the entry (its real page). */
  function realPageUrl(card) {
    for (const u of (card && card.urls) || []) {
      try {
        const url = new URL(u);
        if (url.protocol === 'https:' && /^(www|web|m)\.facebook\.com$/i.test(url.hostname)) return url.href;
      } catch (_) { /* skip */ }
    }
    return null;
  }

  function websiteUrl(website) {
    if (typeof website !== 'string' || !website.trim()) return null;
    const w = /^https?:\/\//i.test(website.trim()) ? website.trim() : 'https://' + website.trim();
    try {
      const url = new URL(w);
      const plain = /^https?:$/.test(url.protocol) && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname);
      return plain && !url.username && !url.password ? url.href : null;
    } catch (_) { return null; }
  }

  /** A reason in words: reason_<code> in the locale, else "Another sign: <detail>". */
  function reasonWords(reason, t) {
    const code = String((reason && reason.code) || '');
    const words = /^[a-z-]{1,40}$/.test(code) ? t('reason_' + code.replace(/-/g, '_')) : '';
    return words || t('reason_other', [clean((reason && (reason.detail || reason.code)) || '', 160)]) || clean(code);
  }

  /** YYYY-MM-DD of `date` (a Date, a timestamp or an ISO string), UTC. */
  function isoDate(date) {
    const d = date instanceof Date ? date : new Date(date == null ? Date.now() : date);
    return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
  }

  /**
   * "Copy the facts": plain text for the clipboard, in the reader's language
   * (`t` fills that locale's messages). Lines: what Asli found, the page (name
   * and address), the real entity and its page and website, the reasons, the date.
   * facts: {result, page: {name, url, id, handle}, date, lang}
   */
  function factsText(facts, t) {
    const result = (facts && facts.result) || {};
    const card = result.entry_card || { id: result.entry, names: [] };
    const page = (facts && facts.page) || {};
    const entity = clean(entityName(card, facts && facts.lang), 120);
    const pageUrl = pageAddress(page) || (typeof page.url === 'string' && /^https:\/\/[a-z0-9.-]*facebook\.com\//i.test(page.url) ? page.url : '');
    const lines = [];
    lines.push(t(result.verdict === 'impersonation' ? 'facts_impersonation' : 'facts_suspicious', [entity]));
    lines.push(t('facts_page', [clean(page.name, 120) || '?', pageUrl || '?']));
    const real = realPageUrl(card);
    if (real) lines.push(t('facts_real', [entity, real]));
    const site = websiteUrl(card.website);
    if (site) lines.push(t('facts_website', [site]));
    const reasons = Array.isArray(result.reasons) ? result.reasons.slice(0, 20) : [];
    if (reasons.length) {
      lines.push(t('whyHeading'));
      for (const r of reasons) lines.push('- ' + reasonWords(r, t));
    }
    lines.push(t('facts_date', [isoDate(facts && facts.date)]));
    lines.push(t('facts_by'));
    return lines.filter((l) => typeof l === 'string' && l.trim()).join('\n');
  }

  /** One argument for a POSIX shell, single-quoted unless it is plainly safe. */
  function shellQuote(s) {
    const v = String(s);
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
  }

  /** A list entry id from a name: ASCII letters and digits joined by '-', or '' (the maintainer picks one). */
  function suggestedEntryId(name, country) {
    const ascii = String(name || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
    if (!ascii) return '';
    return /^[A-Z]{2}$/.test(country || '') ? `${country.toLowerCase()}-${ascii}` : ascii;
  }

  /**
   * "Copy as list entry", for list maintainers on any Facebook page: the
   * `asli list add` command line and the JSON entry with the page's address,
   * id, handle, name and picture's PDQ hashes. Nothing is guessed silently:
   * what only the maintainer can say (kind, country, where it was confirmed)
   * is a visible placeholder unless the list already names the entry.
   * page: {id, handle, name, url, pdq: [hex...], date}; card: the entry_card when the list knows the page
   */
  function listEntry(page, card) {
    const p = page || {};
    const address = pageAddress(p) || (typeof p.url === 'string' ? p.url : '');
    const name = clean(p.name, 200);
    const pdq = (Array.isArray(p.pdq) ? p.pdq : []).filter((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
    const uniq = [...new Set(pdq)].slice(0, 16);
    const known = card && typeof card.id === 'string' && /^[a-z0-9-]+$/.test(card.id) ? card : null;
    const country = known && known.country ? known.country : 'MA';
    const entryId = known ? known.id : suggestedEntryId(name, country) || 'ENTRY-ID';
    const kind = known && known.kind ? String(known.kind) : 'outlet';
    const source = `${address} (seen ${isoDate(p.date)}; confirm before signing)`;
    const args = ['asli', 'list', 'add', '--list', 'LIST.json', address, '--entry', entryId];
    if (name && !(known && (known.names || []).includes(name))) args.push('--name', name);
    if (!known) args.push('--kind', kind, '--country', country);
    args.push('--source', source);
    for (const h of uniq) args.push('--avatar-hash', h);
    const account = { platform: 'facebook' };
    if (validId(p.id)) account.id = p.id;
    if (validHandle(p.handle)) account.handle = p.handle;
    account.sources = [source];
    const json = {
      id: entryId,
      kind,
      names: name ? [name] : [],
      country,
      accounts: [account],
      avatars: uniq,
      sources: [source],
    };
    return { command: args.map(shellQuote).join(' '), json, jsonText: JSON.stringify(json, null, 2) };
  }

  const api = {
    FACEBOOK_REPORT_FORM, FACEBOOK_REPORT_HELP, MOROCCO_STEPS, REPORT_STEPS_KEY,
    pageAddress, moroccanLocale, reportActions, factsText, listEntry, shellQuote, suggestedEntryId,
    entityName, realPageUrl, websiteUrl, reasonWords, isoDate, clean,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.AsliReport = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
