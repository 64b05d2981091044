// Scoring the site adapter against the real saved pages of
// tests/fixtures/facebook-real/ and their hand-read values (expected.json).
// Used by real-pages.test.js and by `node extension/tests/real-pages.js` (a table of results).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parseHTML } = require('linkedom');
const A = require('../content/facebook-adapter.js');

const REAL = path.resolve(__dirname, '../../tests/fixtures/facebook-real');
const EXPECTED = path.join(REAL, 'expected.json');
const PROFILE_KINDS = new Set(['page', 'profile']);
const CONTENT_KINDS = new Set(['post', 'photo', 'video']);

function entries() {
  if (!fs.existsSync(EXPECTED)) return [];
  return JSON.parse(fs.readFileSync(EXPECTED, 'utf8')).filter((e) => fs.existsSync(path.join(REAL, e.file)));
}

function readEntry(e) {
  const { document } = parseHTML(fs.readFileSync(path.join(REAL, e.file), 'utf8'));
  return { r: A.readProfile(document, e.url, e.url), document };
}

function meta(doc, key) {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el ? (el.getAttribute('content') || '').trim() : '';
}

/**
 * {score: 'right'|'incomplete'|'wrong'|'nothing', problems: [...]} for one entry.
 * right: every expected value read; incomplete: some missing, none wrong;
 * wrong: a value that is not the page's (or anything on a page that has none, or the reader);
 * nothing: null where a profile was expected.
 */
function score(e, r, doc) {
  const problems = [];
  const x = e.expect;
  const all = r ? JSON.stringify(r) : '';
  if (r && e.reader) {
    if (e.reader.id && e.reader.id !== '0' && all.includes(e.reader.id)) problems.push(`the reader's id ${e.reader.id}`);
    if (e.reader.name && (r.profile.name === e.reader.name)) problems.push(`the reader's name ${e.reader.name}`);
  }
  if (!x) {
    if (r) problems.push(`expected nothing, got ${JSON.stringify(r.profile).slice(0, 200)}`);
    return { score: r ? 'wrong' : 'right', problems };
  }
  if (!r) return { score: 'nothing', problems: ['nothing read'] };
  const p = r.profile;
  let missing = 0;
  const cmp = (field, want, got, eq = (a, b) => a === b) => {
    if (want == null) {
      if (got != null) problems.push(`${field}: expected none, got ${got}`);
      return;
    }
    if (got == null || got === '') { missing++; return; }
    if (!eq(want, got)) problems.push(`${field}: expected ${want}, got ${String(got).slice(0, 120)}`);
  };
  cmp('name', x.name, p.name);
  cmp('id', x.id, p.id);
  cmp('handle', x.handle, p.handle, (a, b) => a.toLowerCase() === b.toLowerCase());
  cmp('avatar', x.avatar, p.avatar_url, (a, b) => b.includes(a));
  if (CONTENT_KINDS.has(e.kind) && doc) {
    const ogImage = meta(doc, 'og:image');
    if (p.avatar_url && ogImage && p.avatar_url === ogImage && !(x.avatar && ogImage.includes(x.avatar))) problems.push('avatar is the post\'s og:image');
    const ogTitle = meta(doc, 'og:title');
    if (ogTitle && p.name === ogTitle && ogTitle !== x.name) problems.push('name is the post\'s og:title');
  }
  if (problems.length) return { score: 'wrong', problems };
  return { score: missing ? 'incomplete' : 'right', problems: missing ? ['some values not read'] : [] };
}

function kindGroup(kind) {
  if (PROFILE_KINDS.has(kind)) return 'page/profile';
  if (CONTENT_KINDS.has(kind)) return 'post/photo/video';
  return 'not a profile';
}

module.exports = { entries, readEntry, score, kindGroup, REAL, PROFILE_KINDS, CONTENT_KINDS };

if (require.main === module) {
  const counts = {};
  for (const e of entries()) {
    const { r, document } = readEntry(e);
    const s = score(e, r, document);
    const g = kindGroup(e.kind);
    counts[g] = counts[g] || { right: 0, incomplete: 0, wrong: 0, nothing: 0 };
    counts[g][s.score]++;
    console.log(`${s.score.padEnd(10)} ${e.kind.padEnd(6)} ${e.file}  ${s.problems.join('; ')}${r ? '  → ' + JSON.stringify({ ...r.profile, avatar_url: r.profile.avatar_url && r.profile.avatar_url.slice(-70) }).slice(0, 300) : ''}`);
  }
  console.log(JSON.stringify(counts));
}
