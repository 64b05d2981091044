// The lists in force, in priority order (the first wins a disagreement), as
// `[{label, text}]`: where each list comes from and its exact text, which is
// what the engine's `AsliEngine.setLists` takes.
//
// For now: the list bundled with the extension (`lists/bundled.json`, copied
// from the repository's lists/ at build time). Subscriptions, hand-imported
// signed lists and managed-policy lists (issue 5) come in here: keep the
// last good text of each in storage and return them with the bundled one.

// Firefox's `browser` (promises everywhere), else Chrome's `chrome`.
const ext = globalThis.browser ?? globalThis.chrome;

const BUNDLED = [{ label: 'bundled', path: 'lists/bundled.json' }];

export async function bundledLists() {
  return Promise.all(BUNDLED.map(async ({ label, path }) => {
    const res = await fetch(ext.runtime.getURL(path));
    if (!res.ok) throw new Error(`bundled list ${path}: HTTP ${res.status}`);
    return { label, text: await res.text() };
  }));
}

export async function listsInForce() {
  return bundledLists();
}
