// Assembles the public site (www/) into dist/www/ (scripts/build runs it after
// the extension): the pages with their shared parts included and their Arabic
// words filled in (the site works in Arabic before any script runs), the
// extension's own modules it reuses copied to ext/ (one place for each rule),
// the release wasm, the bundled list with its signature, the project's
// public key, the pages'
// modules bundled and minified (esbuild), the messages (the extension's _locales, with the site's own
// www/messages for what the extension does not say), reasons.json from
// docs/reasons.md, and the service worker's list of files. Prints the size.
//   node scripts/lib/build-www.mjs <wasm-bindgen output dir> [--compiled-index] [--out DIR]
// (--compiled-index: ship the bundled list's compiled index, below; --out:
// another folder than dist/www, as the e2e test does for that build).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(ROOT, 'www');
const LANGS = ['ar', 'fr', 'en'];
/** The extension's modules the site imports (same relative layout under ext/). */
const SHARED = [
  'ui/banner.js', 'ui/locale-messages.js', 'content/facebook-adapter.js', 'common/report.js', 'common/protocol.js',
  'background/wasm-core.js', 'background/subscriptions.js', 'background/signature-check.js', 'background/avatar-core.js', 'background/decode-picture.js',
];

const args = process.argv.slice(2);
/** Takes option `name` out of args: null when absent, else its value (`valued`) or true. */
const option = (name, valued = false) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const [, value] = args.splice(i, valued ? 2 : 1);
  return valued ? value ?? '' : true;
};
const SHIP_INDEX = option('--compiled-index') === true;
const outArg = option('--out', true);
const OUT = outArg ? path.resolve(outArg) : path.join(ROOT, 'dist/www');
const wasmDir = args[0];
if (!wasmDir || args.length > 1 || outArg === '' || !fs.existsSync(path.join(wasmDir, 'asli_wasm_bg.wasm'))) {
  console.error('usage: build-www.mjs <dir with asli_wasm.js and asli_wasm_bg.wasm> [--compiled-index] [--out DIR]');
  process.exit(2);
}
const fail = (msg) => { console.error(`build-www: ${msg}`); process.exit(1); };
const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const write = (rel, data) => { const p = path.join(OUT, rel); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, data); };
const copy = (from, rel) => write(rel, fs.readFileSync(path.join(ROOT, from)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

// ------------------------------------------------------------ messages
/** The site's words in one language: the extension's messages win a key both have (one set of words). */
function messages(lang) {
  const ext = JSON.parse(read(`extension/_locales/${lang}/messages.json`));
  const site = JSON.parse(read(`www/messages/${lang}.json`));
  const out = {};
  for (const [k, v] of Object.entries({ ...site, ...ext })) {
    out[k] = v.placeholders ? { message: v.message, placeholders: Object.fromEntries(Object.entries(v.placeholders).map(([n, p]) => [n, { content: p.content }])) } : { message: v.message };
  }
  return out;
}
const words = Object.fromEntries(LANGS.map((l) => [l, messages(l)]));
const siteKeys = Object.keys(JSON.parse(read('www/messages/en.json')));
for (const l of LANGS) {
  const missing = siteKeys.filter((k) => !(k in words[l]));
  if (missing.length) fail(`www/messages/${l}.json lacks ${missing.join(', ')}`);
}

// ------------------------------------------------------------ pages
const partials = Object.fromEntries(fs.readdirSync(path.join(SRC, 'partials')).map((f) => [path.basename(f, '.html'), fs.readFileSync(path.join(SRC, 'partials', f), 'utf8').trimEnd()]));
const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function page(html, name) {
  let out = html.replace(/<!-- include:([a-z-]+) -->/g, (_, p) => {
    if (!(p in partials)) fail(`${name}: no partial ${p}`);
    return partials[p];
  });
  out = out.replace(/(<([a-z0-9]+)\b[^>]*\bdata-i18n="([^"]+)"[^>]*>)(<\/\2>)/g, (_, open, tag, key, close) => {
    for (const l of LANGS) if (!(key in words[l])) fail(`${name}: no message ${key} in ${l}`);
    return open + escapeHtml(words.ar[key].message.replace(/\$[A-Z_]+\$/g, '')) + close;
  });
  out = out.replace(/data-i18n-attr="([^"]+)"/g, (m, pairs) => {
    const attrs = pairs.split(',').map((p) => p.split(':').map((s) => s.trim()));
    for (const [, key] of attrs) if (!(key in words.ar)) fail(`${name}: no message ${key}`);
    return `${m} ${attrs.map(([a, k]) => `${a}="${escapeHtml(words.ar[k].message)}"`).join(' ')}`;
  });
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(out) || /\son[a-z]+=/i.test(out) || /\sstyle=/i.test(out)) fail(`${name}: inline script, handler or style`);
  return out;
}

function copyTree(dir, rel = '') {
  for (const f of fs.readdirSync(path.join(dir, rel))) {
    const r = path.join(rel, f);
    if (!rel && (f === 'messages' || f === 'partials')) continue;
    if (fs.statSync(path.join(dir, r)).isDirectory()) copyTree(dir, r);
    else if (f.endsWith('.html')) write(r, page(fs.readFileSync(path.join(dir, r), 'utf8'), r));
    else if (f !== 'sw.js') write(r, fs.readFileSync(path.join(dir, r)));
  }
}
copyTree(SRC);
for (const m of SHARED) copy(`extension/${m}`, `ext/${m}`);

copy('extension/icons/icon-128.png', 'icons/icon-128.png');
write('wasm/asli_wasm.js', fs.readFileSync(path.join(wasmDir, 'asli_wasm.js')));
write('wasm/asli_wasm_bg.wasm', fs.readFileSync(path.join(wasmDir, 'asli_wasm_bg.wasm')));
copy('lists/morocco.json', 'lists/bundled.json');
copy('lists/morocco.json.sig', 'lists/bundled.json.sig');
copy('keys/asli-release.pub', 'keys/asli-release.pub');
// With --compiled-index, the bundled list's compiled index, made by the very
// engine the site ships (its wasm, run here in node: the same bytes as
// `asli list compile`), so that a first visit loads the index instead of
// building it in freshly loaded wasm (the engine checks it before use: this
// build's fingerprint, the lists' hash, its checksum; it builds the index
// when it refuses it). Off by default: the index is some 90 KB gzipped (its
// key table's hashes do not compress), which takes the site past its 350 KB
// budget (docs/www.md, "The first verdict").
const COMPILED_INDEX = 'lists/bundled.idx';
if (SHIP_INDEX) {
  const glue = path.join(OUT, 'wasm/asli_wasm.mjs');
  fs.copyFileSync(path.join(OUT, 'wasm/asli_wasm.js'), glue);
  const wasm = await import(glue);
  fs.rmSync(glue);
  await wasm.default({ module_or_path: fs.readFileSync(path.join(OUT, 'wasm/asli_wasm_bg.wasm')) });
  const engine = new wasm.AsliEngine();
  engine.setListsWithIndex([{ label: 'bundled', text: read('lists/morocco.json') }]);
  write(COMPILED_INDEX, engine.compiledIndex());
  engine.free();
}
{
  // boot.js learns where the index is ('' for none) before it is bundled.
  const boot = path.join(OUT, 'js/boot.js');
  const code = fs.readFileSync(boot, 'utf8');
  if (!code.includes('__ASLI_COMPILED_INDEX__')) fail('boot.js lacks __ASLI_COMPILED_INDEX__');
  fs.writeFileSync(boot, code.replace('__ASLI_COMPILED_INDEX__', SHIP_INDEX ? COMPILED_INDEX : ''));
}

// ------------------------------------------------------------ modules: bundled
// The pages' modules (www/js and the extension's modules copied to ext/ above,
// unchanged) are bundled and minified by esbuild into js/: one file per page
// and shared chunks, so that one module instance is shared as before
// (js/boot.js and js/site-engine.js stay files of their own: the pages load
// them early, and tests import site-engine.js; boot.js is minified on its own
// and left out of the bundles, which import it, so that it needs no other file
// and runs as soon as it arrives). Fewer files: a page's
// first answer no longer waits for twenty-odd requests six at a time, and the
// scripts are half their gzipped size. The sources stay in www/js and
// extension/; ext/ and the unbundled files are not shipped.
/** What boot.js fetches (its bytes('…') and url('…') calls): one list, in boot.js. */
const bootFiles = [...new Set([...fs.readFileSync(path.join(OUT, 'js/boot.js'), 'utf8').matchAll(/\b(?:bytes|url)\('([^'$]+)'\)/g)].map((m) => m[1]).concat(SHIP_INDEX ? [COMPILED_INDEX] : []))];
for (const b of bootFiles) if (!fs.existsSync(path.join(OUT, b))) fail(`boot.js fetches ${b}, which the site lacks`);
const pages = fs.readdirSync(OUT).filter((x) => x.endsWith('.html'));
const ENTRY = /<script type="module" src="([^"]+)"><\/script>/;
const pageEntries = [...new Set(pages.map((f) => ENTRY.exec(fs.readFileSync(path.join(OUT, f), 'utf8'))?.[1]).filter(Boolean))];
const EARLY = ['js/boot.js', 'js/site-engine.js'];
const STAGE = path.join(path.dirname(OUT), `.${path.basename(OUT)}-js`);
fs.rmSync(STAGE, { recursive: true, force: true });
const minified = { format: 'esm', minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning' };
await esbuild.build({ ...minified, absWorkingDir: OUT, entryPoints: [path.join(OUT, 'js/boot.js')], bundle: true, outfile: path.join(STAGE, 'boot.js') });
if (/\bimport\b/.test(fs.readFileSync(path.join(STAGE, 'boot.js'), 'utf8').replace(/import\.meta/g, ''))) fail('boot.js must import nothing');
const bundled = await esbuild.build({
  ...minified,
  absWorkingDir: OUT,
  entryPoints: [...EARLY.slice(1), ...pageEntries].map((e) => path.join(OUT, e)),
  external: ['./boot.js'],
  bundle: true,
  splitting: true,
  outdir: STAGE,
  chunkNames: 'c-[hash]',
  metafile: true,
  // The extension's plain scripts (banner.js, report.js …) set their global
  // (globalThis.AsliBanner …) unless a CommonJS `module` exists (their unit
  // tests): in the page there is none, and in the bundle neither (esbuild
  // would otherwise make one up for them), so they run as they do unbundled.
  plugins: [{
    name: 'plain-scripts',
    setup(b) {
      b.onLoad({ filter: /[\\/]ext[\\/].*\.js$/ }, (args) => {
        const code = fs.readFileSync(args.path, 'utf8');
        return { contents: /\bmodule\.exports\b/.test(code) ? `let module;\n${code}` : code, loader: 'js' };
      });
    },
  }],
});
for (const d of ['js', 'ext']) fs.rmSync(path.join(OUT, d), { recursive: true, force: true });
fs.rmSync(path.join(OUT, 'wasm/asli_wasm.js'));
fs.renameSync(STAGE, path.join(OUT, 'js'));
/** Each output's static imports, as paths under dist/www. */
const outputs = Object.fromEntries(Object.entries(bundled.metafile.outputs).map(([o, meta]) => {
  const rel = (p) => path.relative(STAGE, path.resolve(OUT, p));
  return [`js/${rel(o)}`, meta.imports.filter((i) => i.kind === 'import-statement').map((i) => (i.external ? path.posix.join('js', i.path) : `js/${rel(i.path)}`))];
}));
outputs['js/boot.js'] = [];
/** The source modules in each output. */
const inputs = Object.fromEntries(Object.entries(bundled.metafile.outputs).map(([o, meta]) => [`js/${path.relative(STAGE, path.resolve(OUT, o))}`, Object.keys(meta.inputs)]));
inputs['js/boot.js'] = ['js/boot.js'];
for (const e of [...EARLY, ...pageEntries]) if (!(e in outputs)) fail(`esbuild wrote no ${e}`);

// ------------------------------------------------------------ preloads
// Each page's modules (its entry's chunks) are announced in its <head>
// (modulepreload), so that the browser fetches them at once instead of one
// import level after another. Where the engine is used, boot.js runs on its
// own as soon as it arrives (async), to start the wasm's compilation and the
// bundled list's fetches before the page's modules are in.
function graph(rel, seen = new Set()) {
  if (seen.has(rel)) return seen;
  seen.add(rel);
  for (const dep of outputs[rel] || []) graph(dep, seen);
  return seen;
}
for (const f of pages) {
  const html = fs.readFileSync(path.join(OUT, f), 'utf8');
  const entry = ENTRY.exec(html);
  if (!entry) continue;
  const engine = [...graph(entry[1])].some((o) => inputs[o].includes('js/site-engine.js'));
  const chunks = (rel) => [...graph(rel)].slice(1).map((m) => `<link rel="modulepreload" href="${m}">`);
  const early = engine ? new Set([...graph('js/boot.js'), ...graph('js/site-engine.js')]) : new Set();
  const mods = [...graph(entry[1])].slice(1).filter((m) => !early.has(m));
  // boot.js and the files it fetches first, before the style sheet: boot.js
  // then runs before the page's first layout (tens of milliseconds on a slow
  // phone) rather than after it, and nothing it fetches waits behind the
  // modules (six connections per host on HTTP/1.1).
  // site-engine.js runs on its own as well, as soon as its chunks are in:
  // the engine is then built while the rest of the page's modules arrive.
  const boot = engine ? [
    '<script type="module" async fetchpriority="high" src="js/boot.js"></script>',
    ...bootFiles.map((b) => `<link rel="preload" href="${b}" as="fetch" crossorigin>`),
    '<script type="module" async fetchpriority="high" src="js/site-engine.js"></script>',
    ...chunks('js/site-engine.js').filter((l) => !l.includes('"js/boot.js"')), '',
  ] : [];
  const links = mods.map((m) => `<link rel="modulepreload" href="${m}">`);
  const sheet = '<link rel="stylesheet"';
  if (!html.includes(sheet)) fail(`${f}: no style sheet to put boot.js before`);
  fs.writeFileSync(path.join(OUT, f), html.replace(sheet, boot.join('\n') + sheet).replace(entry[0], [entry[0], ...links].join('\n')));
}

// ------------------------------------------------------------ reasons.json from docs/reasons.md
const doc = read('docs/reasons.md');
const reasons = [...doc.matchAll(/^\| `([a-z-]+)` \| (.+?) \|$/gm)].map(([, code, meaning]) => ({ code, meaning: meaning.replace(/`/g, '') }));
const levels = [...doc.matchAll(/^- `(verified|impersonation|suspicious|unknown)`: (.+)$/gm)].map(([, verdict, text]) => ({ verdict, text: text.replace(/`/g, '') }));
if (reasons.length < 10 || levels.length !== 4) fail(`docs/reasons.md: found ${reasons.length} reasons and ${levels.length} levels`);
const banner = read('extension/ui/banner.js');
for (const { code } of reasons) if (!banner.includes(`'${code}'`)) fail(`docs/reasons.md names ${code}, which the banner does not know`);
write('reasons.json', JSON.stringify({ levels, reasons }));

// ------------------------------------------------------------ the messages the site can show
// The extension's own screens (options_, popup_, feed_) are left out of the
// site's copy unless a file of the site names the key; every other key is kept
// (the banner and the pages build some names at run time: reason_<code>).
const EXTENSION_ONLY = /^(options|popup|feed)_/;
function shipped(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel)).flatMap((f) => {
    const r = path.join(rel, f);
    if (fs.statSync(path.join(dir, r)).isDirectory()) return shipped(dir, r);
    return /\.(js|html|json|webmanifest)$/.test(f) ? [fs.readFileSync(path.join(dir, r), 'utf8')] : [];
  });
}
const named = shipped(OUT).join('\n');
for (const l of LANGS) {
  const kept = Object.entries(words[l]).filter(([k]) => !EXTENSION_ONLY.test(k) || named.includes(k));
  write(`i18n/${l}.json`, JSON.stringify(Object.fromEntries(kept)));
}

// ------------------------------------------------------------ service worker
function files(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel)).flatMap((f) => {
    const r = rel ? `${rel}/${f}` : f;
    return fs.statSync(path.join(dir, r)).isDirectory() ? files(dir, r) : [r];
  }).sort();
}
const all = files(OUT).filter((f) => f !== '_headers');
const hash = crypto.createHash('sha256');
for (const f of all) hash.update(f).update(fs.readFileSync(path.join(OUT, f)));
const version = hash.digest('hex').slice(0, 16);
const sw = fs.readFileSync(path.join(SRC, 'sw.js'), 'utf8')
  .replace('__ASLI_VERSION__', version)
  .replace(`'__ASLI_FILES__'`, all.map((f) => `'./${f}'`).join(', '));
write('sw.js', sw);

// ------------------------------------------------------------ size
let raw = 0;
let gz = 0;
for (const f of files(OUT)) {
  const b = fs.readFileSync(path.join(OUT, f));
  raw += b.length;
  gz += zlib.gzipSync(b, { level: 9 }).length;
}
console.log(`www: ${files(OUT).length} files, ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped (each file gzipped, wasm included${SHIP_INDEX ? ', compiled index included' : ''}): ${path.relative(process.cwd(), OUT) || '.'}/`);
