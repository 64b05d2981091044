// What a pasted Facebook link says about the page, read from the address
// alone by the extension's own reader of Facebook addresses
// (ext/content/facebook-adapter.js parseFacebookUrl): nothing is fetched.

import '../ext/content/facebook-adapter.js';

/** The first http(s) address in shared text ("Look at this https://…"), or the text itself. */
export function firstAddress(s) {
  const m = /\bhttps?:\/\/[^\s<>"']+/i.exec(String(s || ''));
  return m ? m[0] : String(s || '').trim();
}

/**
 * {page: {id?, handle?}, href} for a page's link; {error: 'not-facebook' | 'no-page'}
 * for anything else; null for an empty field.
 */
export function readLink(raw) {
  let s = firstAddress(raw);
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s.replace(/^\/+/, '')}`;
  const parsed = globalThis.AsliFacebookAdapter.parseFacebookUrl(s);
  if (!parsed) return { error: 'not-facebook' };
  const who = parsed.kind === 'page' ? parsed : parsed.kind === 'content' ? parsed.owner : null;
  if (!who || (!who.id && !who.handle)) return { error: 'no-page' };
  const page = {};
  if (who.id) page.id = who.id;
  if (who.handle) page.handle = who.handle;
  return { page, href: s };
}
