// One check in the extension's Wasm engine, under Node's V8 (Chrome's engine),
// beside a naive JavaScript scan in the same run:
//
//   scripts/build && node tools/bench/wasm-check.mjs [dist/chrome/wasm]
//
// Lists: the bundled list, and a generated one of 20,000 entries (two names
// each, Latin and Arabic). The naive way is what one would write without an
// index: NFKC, lower case, letters only, then Levenshtein against every name.
// Prints the module's size (raw and gzipped), the time to load each list
// (setLists: parse + index built; and setListsWithIndex with the index
// compiled before: parse + index loaded, as after a service-worker restart)
// and p50/p90 of one check for both ways. ASLI_BENCH_ENTRIES=N sets the
// generated list's size (default 20,000).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = resolve(new URL('../..', import.meta.url).pathname);
const dir = resolve(process.argv[2] ?? join(repo, 'dist/chrome/wasm'));
const bytes = readFileSync(join(dir, 'asli_wasm_bg.wasm'));
const wasm = await import(pathToFileURL(join(dir, 'asli_wasm.js')).href);
wasm.initSync({ module: bytes });

const QUERIES = [
  { name: 'Hespress officiel 🇲🇦', id: '100099' },
  { name: 'هسبريس - Hespress الرسمية', id: '100098' },
  { name: 'المديرية العامة للأمن الوطني', id: '100097' },
  { name: 'Café Atlas Rabat' },
  { name: 'Ｈｅｓｐｒｅｓｓ ｎｅｗｓ' },
  { name: 'Radio Mars' },
];

function generatedList(n) {
  const syl = ['ka', 'ri', 'mo', 'su', 'la', 'ne', 'to', 'ba', 'di', 'fe', 'go', 'hu', 'zi', 'wa'];
  const ar = ['كا', 'ري', 'مو', 'سو', 'لا', 'ني', 'تو', 'با', 'دي', 'في', 'غو', 'هو', 'زي', 'وا'];
  const word = (i, parts) => [0, 1, 2].map((k) => parts[Math.floor(i / syl.length ** k) % syl.length]).join('');
  const entries = [];
  for (let i = 0; i < n; i++) {
    entries.push({
      id: `gen-${i}`, kind: 'outlet', country: 'MA',
      names: [`${word(i, syl)} ${word(i * 7 + 3, syl)} news`, `${word(i, ar)} ${word(i * 7 + 3, ar)}`],
      accounts: [{ platform: 'facebook', id: String(100000000000 + i) }],
      sources: ['generated for the benchmark'],
    });
  }
  return JSON.stringify({ format: 'asli.list.v1', name: 'generated', publisher: 'bench', version: 1, entries });
}

const fold = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
function levenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function naiveCheck(names, profile) {
  const q = fold(profile.name);
  let best = null;
  for (const n of names) {
    const sim = 1 - levenshtein(q, n.folded) / Math.max(q.length, n.folded.length, 1);
    if (!best || sim > best.sim) best = { entry: n.entry, sim };
  }
  return best;
}

function timeOf(fn, runs) {
  for (let i = 0; i < Math.min(50, runs); i++) fn(i);
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { p50: t[Math.floor(runs / 2)], p90: t[Math.floor(runs * 0.9)] };
}
const ENTRIES = Number(process.env.ASLI_BENCH_ENTRIES) || 20000;
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;

console.log(`node ${process.version}; module ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
const lists = [
  ['bundled list', readFileSync(join(repo, 'lists/morocco.json'), 'utf8')],
  [`generated ${ENTRIES.toLocaleString('en')} entries`, generatedList(ENTRIES)],
];
for (const [label, text] of lists) {
  const engine = new wasm.AsliEngine();
  const t0 = performance.now();
  engine.setLists([{ label, text }]);
  const loadMs = performance.now() - t0;
  // A module built before the compiled index (a baseline) has no compiledIndex.
  let loaded = 'no compiled index in this module';
  if (typeof engine.compiledIndex === 'function') {
    const compiled = engine.compiledIndex();
    const again = new wasm.AsliEngine();
    const t1 = performance.now();
    const set = again.setListsWithIndex([{ label, text }], compiled);
    const ms = performance.now() - t1;
    again.free();
    loaded = `${ms.toFixed(1)} ms with the compiled index (${(compiled.length / 1e6).toFixed(1)} MB, ${set.loaded ? 'loaded' : `refused: ${set.refused}`})`;
  }
  const names = JSON.parse(text).entries.flatMap((e) => e.names.map((n) => ({ entry: e.id, folded: fold(n) })));
  const index = timeOf((i) => engine.check({ platform: 'facebook', ...QUERIES[i % QUERIES.length] }), 2000);
  const naive = timeOf((i) => naiveCheck(names, QUERIES[i % QUERIES.length]), label.startsWith('bundled') ? 2000 : 60);
  console.log(`${label} (${names.length} names): load ${loadMs.toFixed(1)} ms (index built); ${loaded}`);
  console.log(`  engine.check   p50 ${us(index.p50)}  p90 ${us(index.p90)}`);
  console.log(`  naive JS scan  p50 ${us(naive.p50)}  p90 ${us(naive.p90)}  (${(naive.p50 / index.p50).toFixed(0)}× the engine)`);
  engine.free();
}
