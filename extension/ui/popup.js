// Popup: what Asli thinks of the current tab and why, from the last verdict
// the background recorded for it (tab-verdicts.js). Text only via textContent.
// On a warning: "Report this page" (Facebook's form, opened by the reader's
// click), "Copy the facts", the Moroccan second step (common/report.js). On
// any Facebook page Asli has read: "Copy as list entry" for list maintainers.

import { loadI18n, chosenLanguage, el, send } from './ui-i18n.js';
import { ext as api } from '../common/browser-api.js';
import { MSG } from '../common/protocol.js';
const ARABIC = /[\u0600-\u06FF]/;

function entityName(card, lang) {
  const names = (card && card.names) || [];
  const pick = names.find((n) => (lang === 'ar' ? ARABIC.test(n) : !ARABIC.test(n)));
  return String(pick || names[0] || (card && card.id) || '').slice(0, 80);
}

const Report = globalThis.AsliReport;

function copy(text, button, t) {
  return navigator.clipboard.writeText(text).then(() => { button.textContent = t('report_copied'); }, () => {});
}

/** Report this page, Copy the facts, and the Moroccan second step; null when the verdict warns of nothing. */
function reportActions(result, rec, t, lang) {
  const actions = Report ? Report.reportActions(result, { locales: navigator.languages }) : [];
  if (!actions.length) return null;
  const page = rec.page || { name: rec.pageName };
  const links = actions.map((a) => el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', 'data-asli-report': a.id, class: a.id === 'facebook' ? 'report-page' : null }, t(a.labelKey)));
  const button = el('button', { type: 'button', id: 'copy-facts' }, t('report_copy_facts'));
  button.addEventListener('click', () => copy(Report.factsText({ result, page, date: new Date(), lang }, t), button, t));
  return el('div', { id: 'report' }, links[0], ' ', button, links.length > 1 ? el('p', { class: 'report-more' }, ...links.slice(1).flatMap((a) => [a, ' '])) : null,
    el('p', { class: 'muted' }, t(Report.REPORT_STEPS_KEY)));
}

/** For list maintainers: the `asli list add` command and the JSON entry of the page in this tab. */
function listEntrySection(rec, t) {
  const page = rec && rec.page;
  if (!Report || !page || !Report.pageAddress(page)) return el('p', { id: 'list-entry-none', class: 'muted' }, t('popup_list_entry_none'));
  const entry = Report.listEntry({ ...page, date: new Date() }, rec.result && rec.result.verdict === 'verified' ? rec.result.entry_card : null);
  const text = `${entry.command}\n\n${entry.jsonText}\n`;
  const out = el('pre', { id: 'list-entry', hidden: true }, text);
  const button = el('button', { type: 'button', id: 'copy-list-entry' }, t('popup_list_entry'));
  button.addEventListener('click', () => { out.hidden = false; copy(text, button, t); });
  return el('details', { id: 'maintainers' }, el('summary', null, t('popup_list_entry')), el('p', { class: 'muted' }, t('popup_list_entry_hint')), button, out);
}

async function main() {
  const { t, lang, dir } = await loadI18n((await chosenLanguage()).language);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  const parts = [el('h1', null, t('popup_title'))];
  // popup.html?tab=N shows tab N (tests open the popup as a page of its own).
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = asked ? [await api.tabs.get(asked)] : await api.tabs.query({ active: true, currentWindow: true });
  let rec = null;
  const onFacebook = tab && /^https:\/\/([a-z]+\.)?facebook\.com\//i.test(tab.url || '');
  if (tab && onFacebook) rec = (await send({ type: MSG.POPUP_VERDICT, tabId: tab.id }).catch(() => ({}))).verdict;
  if (!onFacebook) parts.push(el('p', { id: 'verdict', class: 'muted' }, t('popup_not_facebook')));
  else if (!rec || (rec.url && tab.url && rec.url !== tab.url)) parts.push(el('p', { id: 'verdict', class: 'muted' }, t('popup_no_verdict')));
  else {
    const r = rec.result;
    const name = entityName(r.entry_card, lang);
    // A page Facebook verifies, using a listed entity's name with an account the list does not know:
    // a quiet note, not a warning (the reason's detail names the entity).
    const fbVerified = r.verdict === 'unknown' && (r.reasons || []).some((x) => x && x.code === 'facebook-verified');
    if (fbVerified) {
      const reason = r.reasons.find((x) => x && x.code === 'facebook-verified');
      const who = name || String((reason && reason.detail) || '').slice(0, 80);
      parts.push(el('p', { id: 'verdict', class: 'verdict', 'data-verdict': 'facebook-verified' }, t('popup_facebook_verified', [who])));
    } else {
      parts.push(el('p', { id: 'verdict', class: 'verdict', 'data-verdict': r.verdict }, t(`popup_${r.verdict}`, [name]) || r.verdict));
    }
    if (rec.hidden) parts.push(el('p', { class: 'muted' }, t('popup_hidden')));
    if (r.reasons && r.reasons.length) {
      parts.push(el('ul', { id: 'reasons' }, r.reasons.map((reason) => {
        const words = t(`reason_${String(reason.code).replace(/-/g, '_')}`);
        return el('li', { 'data-code': reason.code }, words || t('reason_other', [String(reason.detail || reason.code)]));
      })));
    }
    parts.push(reportActions(r, rec, t, lang));
  }
  // only the record of the address now in the tab (a record of the page before is not this page's)
  if (onFacebook) parts.push(listEntrySection(rec && !(rec.url && tab.url && rec.url !== tab.url) ? rec : null, t));
  // Lists past their signed expiry date, or served unchanged or older for long (lists.js health).
  const health = await send({ type: MSG.LISTS_HEALTH }).catch(() => null);
  if (health && Array.isArray(health.stale) && health.stale.length) {
    parts.push(el('p', { id: 'stale-lists', class: 'stale' }, t('popup_stale_lists', [health.stale.map(String).join(', ').slice(0, 200)])));
  }
  const link = el('a', { href: '#' }, t('popup_settings'));
  link.addEventListener('click', (e) => { e.preventDefault(); api.runtime.openOptionsPage(); window.close(); });
  parts.push(link);
  document.getElementById('app').replaceChildren(...parts);
}

main().catch((e) => document.getElementById('app').replaceChildren(el('p', null, String(e && e.message))));
