// The picture and the timing loop shared by wasm-bench.mjs (Node's V8) and
// browser-bench.mjs (Chromium): PDQ of a 320×320 avatar in the engine's Wasm.

export const SIDE = 320;

/** Same picture as benches/bench_pdq.rs: rings and bars over a gradient, with noise. */
export function avatar() {
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
      const [r, g, b] = bar ? [20, 20, 20] : ring ? [200, 30, 40] : [Math.floor(x * 255 / SIDE), Math.floor(y * 255 / SIDE), 180];
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
  return `${label.padEnd(34)} p50 ${q(0.5)} ms  p90 ${q(0.9)} ms  min ${q(0)} ms`;
}

/** Runs the benchmark against an initialised wasm-bindgen module; returns report lines. */
export function run(wasm) {
  const px = avatar();
  const whole = wasm.pdqHashWhole(px, SIDE, SIDE);
  const robust = wasm.pdqHash(px, SIDE, SIDE);
  return [
    `hash ${whole.hash} quality ${whole.quality}; robust set: ${robust.hashes.length} hashes`,
    measure('wasm PDQ 320×320 (pdqHashWhole)', () => wasm.pdqHashWhole(px, SIDE, SIDE)),
    measure('wasm robust set (pdqHash)', () => wasm.pdqHash(px, SIDE, SIDE)),
  ];
}
