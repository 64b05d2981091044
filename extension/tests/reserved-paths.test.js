// One table of reserved Facebook paths: the site adapter (a plain content
// script) and `asli list validate` (src/list/validate.rs, RESERVED_PATHS) must
// hold exactly the same words, so that a handle the validator accepts is one
// the adapter reads, and the other way round.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const A = require('../content/facebook-adapter.js');

const RUST = path.resolve(__dirname, '../../src/list/validate.rs');

function rustTable() {
  const src = fs.readFileSync(RUST, 'utf8');
  const m = /pub\(crate\) const RESERVED_PATHS: &\[&str\] = &\[([\s\S]*?)\];/.exec(src);
  assert.ok(m, 'RESERVED_PATHS not found in src/list/validate.rs');
  const words = [...m[1].matchAll(/"([^"\\]*)"/g)].map((x) => x[1]);
  assert.ok(words.length > 30, `only ${words.length} words read from validate.rs`);
  return words;
}

test('the adapter and `asli list validate` share one table of reserved paths', () => {
  const rust = rustTable();
  const js = A.RESERVED_PATHS;
  const onlyRust = rust.filter((w) => !js.includes(w));
  const onlyJs = js.filter((w) => !rust.includes(w));
  assert.deepEqual({ onlyRust, onlyJs }, { onlyRust: [], onlyJs: [] });
  assert.equal(new Set(rust).size, rust.length, 'no duplicates in validate.rs');
  assert.equal(new Set(js).size, js.length, 'no duplicates in the adapter');
});

test('the table is lower case (both sides compare case-insensitively)', () => {
  for (const w of A.RESERVED_PATHS) assert.equal(w, w.toLowerCase());
});

test('every reserved word is refused as a handle by the adapter', () => {
  for (const w of A.RESERVED_PATHS) {
    const p = A.parseFacebookUrl(`https://www.facebook.com/${w}/`);
    assert.ok(!p || p.kind !== 'page' || !p.handle, `${w} read as a handle`);
  }
});
