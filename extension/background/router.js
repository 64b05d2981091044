// The background's one runtime.onMessage listener. Each module registers the
// message types it answers with `route(type, handler, {from})`; the router
// checks the sender before any handler runs:
//   from: 'page'    only the extension's own pages (options, popup);
//   from: 'content' the content script in a tab on a facebook.com host we run
//                   on, or the extension's own pages (tests, debugging).
// A handler returns a value or a promise; a throw is answered {error}.
// The listener is registered when this module is first evaluated, which is
// during the worker's first, synchronous evaluation (a service worker woken by
// a message must find it).

import { ext } from '../common/browser-api.js';

const routes = new Map();
/**
 * The facebook.com hosts the content script runs on (the manifest's matches):
 * the site adapter's FACEBOOK_HOST without the bare domain.
 * extension/tests/router.test.js checks the two agree.
 */
export const CONTENT_HOST = /^(?:www|web|m|mobile|mbasic|touch|free|d|business|[a-z]{2}-[a-z]{2})\.facebook\.com$/i;

/** Whether `sender` may send a message of kind `from` (pure: unit-tested). */
export function senderAllowed(sender, from, { id, pagesPrefix }) {
  if (!sender || sender.id !== id) return false;
  const url = String(sender.url || '');
  const ownPage = pagesPrefix !== '' && url.startsWith(pagesPrefix);
  if (from === 'page') return ownPage;
  if (from === 'content') {
    if (ownPage) return true;
    if (!sender.tab) return false;
    try {
      const u = new URL(url);
      return u.protocol === 'https:' && CONTENT_HOST.test(u.hostname);
    } catch (_) {
      return false;
    }
  }
  return false;
}

/** Registers `handler(msg, sender)` for messages `{type}`. */
export function route(type, handler, { from }) {
  if (routes.has(type)) throw new Error(`two handlers for ${type}`);
  if (from !== 'page' && from !== 'content') throw new Error(`route ${type}: from must be 'page' or 'content'`);
  routes.set(type, { handler, from });
}

/** Dispatches one message as the listener does; resolves with the answer, or undefined when not ours or refused. */
export function dispatch(msg, sender, who) {
  const r = msg && typeof msg.type === 'string' ? routes.get(msg.type) : undefined;
  if (!r || !senderAllowed(sender, r.from, who)) return undefined;
  return Promise.resolve()
    .then(() => r.handler(msg, sender))
    .catch((e) => ({ error: String((e && e.message) || e) }));
}

if (ext && ext.runtime && ext.runtime.onMessage) {
  ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const answer = dispatch(msg, sender, { id: ext.runtime.id, pagesPrefix: ext.runtime.getURL('') });
    if (!answer) return false;
    answer.then(sendResponse);
    return true;
  });
}
