// "Hide for this page": the pages where the reader asked Asli to stay quiet,
// remembered in storage.local (KEY.HIDDEN_PAGES) as
// { "<pageKey>": { entry, verdict, at } }: the entry and the level of the
// warning the reader saw. The page stays hidden only while Asli would say the
// same or less about it: a page later renamed to resemble another entry, or
// raised from amber (suspicious) to red (impersonation), is warned about
// again. The options page lists and clears them (MSG.LISTS_UNHIDE); pageKey is
// the site adapter's (facebook:id:N, facebook:handle:h).

import { KEY, MSG } from '../common/protocol.js';
import { read, change } from './storage.js';
import { route } from './router.js';

const LEVEL = { verified: 0, suspicious: 1, impersonation: 2 };

/** Whether an exception `rec` ({entry, verdict}) covers the verdict `result` ({entry, verdict}) (pure). */
export function covers(rec, result) {
  if (!rec || !result || typeof rec.entry !== 'string' || !rec.entry) return false;
  if (rec.entry !== result.entry) return false;
  const was = LEVEL[rec.verdict];
  const now = LEVEL[result.verdict];
  return was !== undefined && now !== undefined && now <= was;
}

/** Whether the reader hid `pageKey` for what Asli now says about it (`result`: the verdict). */
export async function isHidden(pageKey, result) {
  if (typeof pageKey !== 'string' || !pageKey) return false;
  const pages = await read(KEY.HIDDEN_PAGES);
  if (!Object.prototype.hasOwnProperty.call(pages, pageKey)) return false;
  return result === undefined || covers(pages[pageKey], result); // without a verdict: the old question, "hidden at all?"
}

export async function hidePage(pageKey, entry, verdict) {
  if (typeof pageKey !== 'string' || !pageKey || pageKey.length > 2048) return;
  await change(KEY.HIDDEN_PAGES, (pages) => ({
    ...pages,
    [pageKey]: { entry: typeof entry === 'string' ? entry : null, verdict: typeof verdict === 'string' ? verdict : null, at: new Date().toISOString() },
  }));
}

export async function unhidePage(pageKey) {
  await change(KEY.HIDDEN_PAGES, (pages) => {
    const next = { ...pages };
    delete next[pageKey];
    return next;
  });
}

route(MSG.LISTS_UNHIDE, async (msg) => {
  await unhidePage(String(msg.pageKey || ''));
  return { ok: true };
}, { from: 'page' });
