// "Hide for this page": the pages where the reader asked Asli to stay quiet,
// remembered in storage.local under `hiddenPages` as
// { "<pageKey>": { entry, verdict, at } }. The options page (issue 5) lists
// and clears them; pageKey is the site adapter's (facebook:id:N, facebook:handle:h).

// Firefox's `browser` (promises everywhere), else Chrome's `chrome`.
const ext = globalThis.browser ?? globalThis.chrome;

const KEY = 'hiddenPages';

async function all() {
  const got = await ext.storage.local.get(KEY);
  return (got && got[KEY]) || {};
}

export async function isHidden(pageKey) {
  if (typeof pageKey !== 'string' || !pageKey) return false;
  return Object.prototype.hasOwnProperty.call(await all(), pageKey);
}

export async function hidePage(pageKey, entry, verdict) {
  if (typeof pageKey !== 'string' || !pageKey || pageKey.length > 2048) return;
  const pages = await all();
  pages[pageKey] = { entry: typeof entry === 'string' ? entry : null, verdict: typeof verdict === 'string' ? verdict : null, at: new Date().toISOString() };
  await ext.storage.local.set({ [KEY]: pages });
}

export async function unhidePage(pageKey) {
  const pages = await all();
  delete pages[pageKey];
  await ext.storage.local.set({ [KEY]: pages });
}
