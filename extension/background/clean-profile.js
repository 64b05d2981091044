// What of a page's profile reaches the engine: the spec's fields (docs/spec.md §2)
// with sane types and sizes, and nothing else. No browser API: unit-tested in node.

const MAX_NAME = 1024;
const str = (v, max) => (typeof v === 'string' && v.length <= max ? v : undefined);
const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** `YYYY-MM-DD`, a real calendar date. */
function isIsoDate(s) {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Only the spec's profile fields reach the engine, with sane types and sizes:
 * name, id, handle, and Facebook's own signals where the page showed them
 * (facebook_verified, followers, created, previous_names, manager_countries,
 * category). Anything else is dropped.
 */
export function cleanProfile(p) {
  if (!p || typeof p !== 'object') return { platform: 'facebook', name: '' };
  const name = typeof p.name === 'string' ? Array.from(p.name).slice(0, MAX_NAME).join('') : '';
  const out = { platform: 'facebook', name };
  const id = str(p.id, 32);
  if (id && /^[0-9]+$/.test(id)) out.id = id;
  const handle = str(p.handle, 100);
  if (handle) out.handle = handle;
  if (p.facebook_verified === true) out.facebook_verified = true;
  if (Number.isSafeInteger(p.followers) && p.followers >= 0 && p.followers < 1e10) out.followers = p.followers;
  const created = str(p.created, 10);
  if (created && isIsoDate(created)) out.created = created;
  if (Array.isArray(p.previous_names)) {
    const names = p.previous_names.filter((n) => typeof n === 'string' && n.trim() && n.length <= 200).slice(0, 10)
      .map((n) => Array.from(n).slice(0, MAX_NAME).join(''));
    if (names.length) out.previous_names = names;
  }
  if (Array.isArray(p.manager_countries)) {
    const codes = [...new Set(p.manager_countries.filter((c) => typeof c === 'string' && COUNTRY.test(c)))].slice(0, 20);
    if (codes.length) out.manager_countries = codes;
  }
  const category = str(p.category, 100);
  if (category && category.trim()) out.category = category;
  return out;
}
