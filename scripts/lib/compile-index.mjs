// The compiled index of a list set (the engine's compiledIndex bytes), made
// by the very wasm that will load it: its build fingerprint and the lists'
// hash are then the ones the site's engine checks, so the site loads the
// bundled list's index instead of building it on the reader's phone
// (build-www.mjs ships it as lists/bundled.idx). The same bytes as
// `asli list compile` from the same sources, without building the native CLI.
//   compileIndex(wasmDir, [{label, text}]) → Uint8Array
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function compileIndex(wasmDir, lists) {
  // wasm-bindgen's --target web glue is an ES module named .js: copied to .mjs for node.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asli-index-'));
  try {
    const glue = path.join(tmp, 'asli_wasm.mjs');
    fs.copyFileSync(path.join(wasmDir, 'asli_wasm.js'), glue);
    const wasm = await import(pathToFileURL(glue).href);
    await wasm.default({ module_or_path: fs.readFileSync(path.join(wasmDir, 'asli_wasm_bg.wasm')) });
    const engine = new wasm.AsliEngine();
    engine.setLists(lists);
    const bytes = engine.compiledIndex();
    // The check the site makes: loaded, not rebuilt, from these bytes.
    const again = new wasm.AsliEngine();
    if (!again.setListsWithIndex(lists, bytes).loaded) throw new Error('the compiled index does not load back');
    return bytes;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
