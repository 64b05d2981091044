// "Copy the facts": the text comes from the extension's own report module
// (ext/common/report.js factsText: page link, real entity, reasons, date, in
// the reader's language); this module keeps the last checked page's facts for
// the report page (sessionStorage: this tab only, gone when it closes) and
// puts the text on the clipboard.

import '../ext/common/report.js';

const KEY = 'asli.facts';

/** Remembers the facts of a warning ({result, page: {name, url, id, handle}, date}) for the report page. */
export function keepFacts(facts) {
  try { sessionStorage.setItem(KEY, JSON.stringify(facts)); } catch (_) { /* storage off: this page only */ }
}

/** The facts kept by the checker in this tab, or null. */
export function keptFacts() {
  try {
    const f = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return f && f.result ? f : null;
  } catch (_) {
    return null;
  }
}

/** The facts as plain text in the language of `t`. */
export function factsText(facts, t, lang) {
  return globalThis.AsliReport.factsText({ ...facts, lang }, t);
}

/** Wires a "copy the facts" button: copies `textOf()` and says so in `status` (a role=status element). */
export function wireCopy(button, status, textOf, t) {
  button.addEventListener('click', async () => {
    const text = textOf();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t().t('report_copied');
    } catch (_) {
      status.textContent = t().t('facts_copy_failed');
    }
  });
}
