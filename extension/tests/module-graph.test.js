// The extension's module graph stays as issue 11 left it: no import cycle,
// no background → ui or ui → background import (both may use common/), one
// module that names the browser API, one that imports the Wasm bindings.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const EXT = path.resolve(__dirname, '..');
const DIRS = ['background', 'ui', 'common', 'content'];

function sources() {
  const out = {};
  for (const d of DIRS) {
    for (const f of fs.readdirSync(path.join(EXT, d))) if (f.endsWith('.js')) out[`${d}/${f}`] = fs.readFileSync(path.join(EXT, d, f), 'utf8');
  }
  return out;
}

function imports(file, text) {
  const out = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] || m[2];
    if (spec.startsWith('.')) out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
  }
  return out;
}

test('no import cycle', () => {
  const src = sources();
  const graph = Object.fromEntries(Object.entries(src).map(([f, t]) => [f, imports(f, t).filter((x) => x in src)]));
  const state = {};
  const cycle = [];
  const visit = (f, stack) => {
    if (state[f] === 'done') return false;
    if (state[f] === 'open') { cycle.push(...stack.slice(stack.indexOf(f)), f); return true; }
    state[f] = 'open';
    for (const g of graph[f]) if (visit(g, [...stack, f])) return true;
    state[f] = 'done';
    return false;
  };
  for (const f of Object.keys(graph)) if (visit(f, [])) break;
  assert.deepEqual(cycle, [], cycle.join(' → '));
});

test('background and ui do not import each other', () => {
  for (const [f, t] of Object.entries(sources())) {
    const top = f.split('/')[0];
    for (const dep of imports(f, t)) {
      const other = dep.split('/')[0];
      if (top === 'background') assert.notEqual(other, 'ui', `${f} imports ${dep}`);
      if (top === 'ui') assert.notEqual(other, 'background', `${f} imports ${dep}`);
      if (top === 'common') assert.equal(other, 'common', `${f} imports ${dep}`);
    }
  }
});

test('one module names the browser API; one imports the Wasm bindings', () => {
  const src = sources();
  const naming = Object.keys(src).filter((f) => !f.startsWith('content/') && /globalThis\.(browser|chrome)\b/.test(src[f]));
  assert.deepEqual(naming, ['common/browser-api.js']);
  const wasm = Object.keys(src).filter((f) => /asli_wasm\.js/.test(imports(f, src[f]).join(' ')) || /from ['"][^'"]*asli_wasm\.js['"]/.test(src[f]));
  assert.deepEqual(wasm, ['background/wasm.js']);
});
