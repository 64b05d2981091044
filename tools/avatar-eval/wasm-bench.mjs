// PDQ of a 320×320 avatar in the engine's Wasm, under Node's V8 (Chrome's
// engine). browser-bench.mjs runs the same in Chromium itself.
//
//   cargo build -p asli-wasm --target wasm32-unknown-unknown --release
//   wasm-bindgen --target web --no-typescript --out-dir OUT <target>/wasm32-unknown-unknown/release/asli_wasm.wasm
//   node tools/avatar-eval/wasm-bench.mjs OUT
//
// Prints p50/p90/min over 300 runs after 30 warm-up runs, for one PDQ
// (`pdqHashWhole`) and for the robust set the extension computes per avatar
// (`pdqHash`), on the same picture as benches/bench_pdq.rs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './bench-core.mjs';

const out = resolve(process.argv[2] ?? 'target/asli-wasm-bindgen');
const wasm = await import(pathToFileURL(join(out, 'asli_wasm.js')).href);
wasm.initSync({ module: readFileSync(join(out, 'asli_wasm_bg.wasm')) });
console.log(['node ' + process.version, ...run(wasm)].join('\n'));
