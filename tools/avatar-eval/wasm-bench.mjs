// PDQ of a 320×320 avatar in the engine's Wasm, under Node's V8 (Chrome's
// engine): the in-browser figure for issue 4 (target ≤ 2 ms per PDQ).
//
//   cargo build -p asli-wasm --target wasm32-unknown-unknown --release
//   wasm-bindgen --target web --no-typescript --out-dir OUT <target>/wasm32-unknown-unknown/release/asli_wasm.wasm
//   node tools/avatar-eval/wasm-bench.mjs OUT
//
// Prints p50/p90 over 300 runs after 30 warm-up runs, for one PDQ
// (`pdqHashWhole`) and for the robust set the extension computes per avatar
// (`pdqHash`), on the same picture as benches/bench_pdq.rs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = resolve(process.argv[2] ?? 'target/asli-wasm-bindgen');
const wasm = await import(pathToFileURL(join(out, 'asli_wasm.js')).href);
wasm.initSync({ module: readFileSync(join(out, 'asli_wasm_bg.wasm')) });

const SIDE = 320;
function avatar() {
  // Same picture as benches/bench_pdq.rs: rings and bars over a gradient, with noise.
  let seed = 0x2545f4914f6cdd1dn;
  const mask = (1n << 64n) - 1n;
  const px = new Uint8Array(SIDE * SIDE * 4);
  let k = 0;
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      seed ^= (seed << 13n) & mask;
      seed ^= seed >> 7n;
      seed ^= (seed << 17n) & mask;
      const dx = x - 160, dy = y - 150;
      const ring = Math.floor(Math.sqrt(dx * dx + dy * dy) / 24) % 2 === 0;
      const bar = y >= 250 && y < 280 && x % 40 < 28;
      const noise = Number(seed % 16n);
      let [r, g, b] = bar ? [20, 20, 20] : ring ? [200, 30, 40] : [Math.floor(x * 255 / SIDE), Math.floor(y * 255 / SIDE), 180];
      px[k++] = Math.min(255, r + noise); px[k++] = Math.min(255, g + noise); px[k++] = b; px[k++] = 255;
    }
  }
  return px;
}

function measure(label, f) {
  for (let i = 0; i < 30; i++) f();
  const times = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor((times.length - 1) * p)].toFixed(3);
  console.log(`${label.padEnd(34)} p50 ${q(0.5)} ms  p90 ${q(0.9)} ms  min ${q(0)} ms`);
}

const px = avatar();
const whole = wasm.pdqHashWhole(px, SIDE, SIDE);
const robust = wasm.pdqHash(px, SIDE, SIDE);
console.log(`hash ${whole.hash} quality ${whole.quality}; robust set: ${robust.hashes.length} hashes`);
measure('wasm PDQ 320×320 (pdqHashWhole)', () => wasm.pdqHashWhole(px, SIDE, SIDE));
measure('wasm robust set (pdqHash)', () => wasm.pdqHash(px, SIDE, SIDE));
