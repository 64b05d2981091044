// The toolbar badge of each tab: the one sign of Asli's verdict that a page
// cannot paint into its own cover picture. Red "!" for an impersonation, amber
// "?" for a suspicious page, green "✓" for a verified one, nothing otherwise;
// set per tab (chrome.action.setBadgeText/setBadgeBackgroundColor {tabId}) by
// background.js after each check, cleared when the tab's page is no longer one
// Asli judged (the content script says so with {type: 'asli/clear'}, and a
// tab that starts loading a new document is cleared at once).

const BADGES = Object.freeze({
  impersonation: { text: '!', color: '#b3261e' },
  suspicious: { text: '?', color: '#e0a100' },
  verified: { text: '✓', color: '#1e7b3c' },
});

/** The badge for a check's answer ({result, hidden}) or null: none for unknown, hidden or failed checks. */
export function badgeFor(res) {
  if (!res || res.hidden || !res.result) return null;
  return BADGES[res.result.verdict] || null;
}

function action(api) {
  return api && (api.action || api.browserAction);
}

/** Shows `res`'s badge on tab `tabId` (or clears it). Never throws. */
export async function showBadge(api, tabId, res) {
  const act = action(api);
  if (!act || typeof tabId !== 'number') return;
  const badge = badgeFor(res);
  try {
    if (badge) {
      await act.setBadgeBackgroundColor({ tabId, color: badge.color });
      if (act.setBadgeTextColor) await act.setBadgeTextColor({ tabId, color: '#ffffff' });
      await act.setBadgeText({ tabId, text: badge.text });
    } else {
      await act.setBadgeText({ tabId, text: '' });
    }
  } catch (_) { /* the tab is gone */ }
}

export function clearBadge(api, tabId) {
  return showBadge(api, tabId, null);
}

/** Clears a tab's badge as soon as it starts loading another document. */
export function clearOnNavigation(api) {
  if (!api || !api.tabs || !api.tabs.onUpdated) return;
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change && change.status === 'loading') clearBadge(api, tabId);
  });
}
