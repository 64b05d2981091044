// The report guide: where to report (the addresses come from the extension's
// report module, ext/common/report.js: Facebook's impostor form, E-Blagh, the
// public prosecutor), and the facts of the page last checked in this tab with
// a button that copies them.

import { start, i18n } from './layout.js';
import { keptFacts, factsText, wireCopy } from './facts.js';

const R = globalThis.AsliReport;
const pre = document.getElementById('facts-text');
const button = document.getElementById('copy-facts');

document.getElementById('facebook-form').href = R.FACEBOOK_REPORT_FORM;
for (const a of document.querySelectorAll('[data-report-step]')) {
  const step = R.MOROCCO_STEPS.find((s) => s.id === a.getAttribute('data-report-step'));
  if (step) a.href = step.url;
}

wireCopy(button, document.getElementById('copy-status'), () => pre.textContent, i18n);

start(({ t, lang }) => {
  const facts = keptFacts();
  pre.textContent = facts ? factsText(facts, t, lang) : t('facts_none');
  button.disabled = !facts;
});
