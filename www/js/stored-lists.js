// The lists the reader added on this site ({url, publicKey, label} and the
// last accepted copy, as the extension's subscriptions keep them:
// ext/background/subscriptions.js refreshSubscription), kept in this
// browser's localStorage under one key. Nothing here is trusted when read
// back: site-engine.js verifies every copy against its signature and key again.

const KEY = 'asli.lists';

/** [{url, publicKey, label, state}] as stored; [] when absent or unreadable. */
export function readLists() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(v) ? v.filter((x) => x && typeof x.url === 'string' && typeof x.publicKey === 'string') : [];
  } catch (_) {
    return [];
  }
}

/** Saves the reader's lists; throws a readable error when the browser refuses (storage full or off). */
export function writeLists(lists) {
  localStorage.setItem(KEY, JSON.stringify(lists));
}
