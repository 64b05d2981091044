// What the parts of the extension say to each other: every runtime message
// type and every storage key, in one place. No browser API here (unit tests
// import it as is). The wire strings are kept as they were first shipped
// (content scripts, tests and stored data use them); the constant names are
// what the code uses.
//
// Messages (request → answer; router.js checks who may send each):
//   from the content script on a facebook.com page:
//     CHECK     {type, profile, pageKey} → {result, hidden, exceptionsAllowed, language, timing}
//     HIDE      {type, pageKey, entry, verdict} → {ok}
//     MESSAGES  {type, language} → {language, messages}
//     CHECK_BATCH {type, items: [{key, profile}] (≤ 40)} → {results: {key: verdict}, language, feedVerified}
//               the feed's post authors near the viewport (background/feed-check.js)
//   from the extension's own pages (options, popup):
//     POPUP_VERDICT {type, tabId} → {verdict}
//     LISTS_*   see lists.js

export const MSG = Object.freeze({
  CHECK: 'asli/check',
  HIDE: 'asli/hide',
  MESSAGES: 'asli/messages',
  CHECK_BATCH: 'asli/check-batch',
  POPUP_VERDICT: 'asli-popup/verdict',
  LISTS_STATE: 'asli-lists/state',
  LISTS_REFRESH: 'asli-lists/refresh',
  LISTS_SUBSCRIBE: 'asli-lists/subscribe',
  LISTS_UNSUBSCRIBE: 'asli-lists/unsubscribe',
  LISTS_IMPORT: 'asli-lists/import',
  LISTS_REMOVE_IMPORT: 'asli-lists/remove-import',
  LISTS_UNHIDE: 'asli-lists/unhide',
  LISTS_HEALTH: 'asli-lists/health',
  LISTS_CLEAR_NOTES: 'asli-lists/clear-notes',
});

/** storage.local keys (storage.session for TAB_VERDICTS). */
export const KEY = Object.freeze({
  SUBSCRIPTIONS: 'subscriptions', //         the reader's [{url, publicKey, label, signatureUrl?, addedAt}]
  SUBSCRIPTION_STATE: 'subscriptionState', // {"<url>": {text, signature, version, ...}}
  IMPORTED_LISTS: 'importedLists', //       [{id, label, text, signature, publicKey, version, ...}]
  LIST_CONFLICTS: 'listConflicts', //       {at, conflicts}
  LIST_REFUSALS: 'listRefusals', //         stored lists refused when put in force: [{source, code, message, at}]
  SETTINGS: 'settings', //                  {language: 'auto'|'ar'|'fr'|'en', feedVerified: boolean}
  LAST_POLICY: 'lastPolicy', //             the last managed policy read, normalized
  HIDDEN_PAGES: 'hiddenPages', //           {"<pageKey>": {entry, verdict, at}}
  LEARNED_AVATARS: 'asli.learnedAvatars', // {"<entry id>": [hex, ...]} (name kept from its first release)
  STORAGE_NOTES: 'storageNotes', //         [{key, message, at}]: stored values found broken and repaired
  TAB_VERDICTS: 'tabVerdicts', //           storage.session: {"<tabId>": {url, pageKey, result, at}}
});

export const LANGUAGES = Object.freeze(['ar', 'fr', 'en']);

/**
 * The language the banner and pages speak: the policy's when it sets one
 * ('auto' included: the browser's language, whatever the reader chose), else
 * the reader's, else the browser's (null).
 */
export function effectiveLanguage(policyLanguage, readerLanguage) {
  if (policyLanguage === 'auto') return null;
  if (LANGUAGES.includes(policyLanguage)) return policyLanguage;
  return LANGUAGES.includes(readerLanguage) ? readerLanguage : null;
}
