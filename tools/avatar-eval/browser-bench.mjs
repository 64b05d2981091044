// PDQ of a 320×320 avatar in the engine's Wasm inside Chromium (Debian's
// /usr/bin/chromium, headless, driven by playwright-core): the in-browser
// figure for issue 4 (target ≤ 2 ms per PDQ). Serves OUT (wasm-bindgen
// --target web output) and this folder on 127.0.0.1 only.
//
//   node tools/avatar-eval/browser-bench.mjs OUT
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? 'target/asli-wasm-bindgen');
const files = {
  '/asli_wasm.js': [join(out, 'asli_wasm.js'), 'text/javascript'],
  '/asli_wasm_bg.wasm': [join(out, 'asli_wasm_bg.wasm'), 'application/wasm'],
  '/bench-core.mjs': [join(here, 'bench-core.mjs'), 'text/javascript'],
};
const page = `<!DOCTYPE html><meta charset="utf-8"><script type="module">
import init, * as wasm from '/asli_wasm.js';
import { run } from '/bench-core.mjs';
await init({ module_or_path: '/asli_wasm_bg.wasm' });
window.benchLines = [navigator.userAgent, ...run(wasm)];
</script>`;
const server = createServer((req, res) => {
  const f = files[req.url];
  if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page); return; }
  if (!f) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': f[1] });
  res.end(readFileSync(f[0]));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: process.env.ASLI_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const lines = await tab.waitForFunction(() => window.benchLines, null, { timeout: 60000 }).then((h) => h.jsonValue());
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  server.close();
}
