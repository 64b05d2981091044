// Popup: what Asli thinks of the current tab and why, from the last verdict
// the background recorded for it (tab-verdicts.js). Text only via textContent.

import { loadI18n, chosenLanguage, el, send } from './ui-i18n.js';
import { ext as api } from '../common/browser-api.js';
import { MSG } from '../common/protocol.js';
const ARABIC = /[\u0600-\u06FF]/;

function entityName(card, lang) {
  const names = (card && card.names) || [];
  const pick = names.find((n) => (lang === 'ar' ? ARABIC.test(n) : !ARABIC.test(n)));
  return String(pick || names[0] || (card && card.id) || '').slice(0, 80);
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
  }
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
