// The public site's first verdict on a shared link, phase by phase, in the
// real browser (issue 12: "the first verdict ≤ 150 ms after the page is
// interactive"):
//
//   scripts/build && node tools/bench/www-first-verdict.mjs [--runs=N] [--cpu=X] [--all-files] [--trace] [--profile] [--save-traces=DIR] [DIR …]
//
// Debian's Chromium (headless) opens dist/www (served by www-server.js, as
// the e2e test does) at index.html?text=<a Hespress link>, three times in one
// fresh browser profile per run, as tests/e2e/www.test.js does: a first visit,
// then two revisits (service worker, verification memo, kept index). Every
// time below is in ms after the navigation's domInteractive (the HTML parsed;
// negative: before it), as in the test; the verdict is also given after
// DOMContentLoaded (the page's modules ran, its form answers the reader). Per load kind, medians over
// the runs of: the verdict (the checker's data-asli-since-interactive), the
// site's performance marks (asli:*), when the main files finished arriving
// (Resource Timing responseEnd; --all-files: every file), the page's own load
// events, and the main thread's time in long animation frames (style and
// layout, scripts) before the verdict; with --trace, each load is traced and
// the main thread's CPU time (thread time, steadier than wall time on a busy
// machine) from the navigation to the verdict is given too, with the task that
// puts the index in force and the wasm functions compiled lazily on the main
// thread (tracing slows the page somewhat). --cpu=X slows the CPU X times (DevTools
// emulation), as on a slower phone. --profile (implies --trace): where the
// index task's main-thread time goes on a first visit, by function, from V8's
// sampling profiler in the same traces (share of the task's samples, self and
// with callees, over the runs; the samplers' own overhead slows the page);
// --profile-page: the same over the main thread from the navigation to the verdict.
// Wasm functions are named only in a module that keeps its name section
// (scripts/build removes it); measure a site built with one:
//
//   wasm-bindgen --target web --no-typescript --keep-debug --out-dir /tmp/wb \
//       target/wasm32-unknown-unknown/www/asli_wasm.wasm
//   node scripts/lib/build-www.mjs /tmp/wb --out /tmp/www-named
//   node tools/bench/www-first-verdict.mjs --profile --runs=5 /tmp/www-named
//
// Several DIRs (built sites, default
// dist/www) are measured in turn, run after run, so that the machine's load
// weighs on each alike.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { writeFileSync, mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const repo = resolve(new URL('../..', import.meta.url).pathname);
const h = require(join(repo, 'tests/e2e/harness.js'));
const { serveSite } = require(join(repo, 'scripts/lib/www-server.js'));
const { chromium } = require('playwright-core');

const arg = (name, def) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : def;
};
const RUNS = arg('runs', 7);
const CPU = arg('cpu', 1);
const ALL = process.argv.includes('--all-files');
/** --profile-page: as --profile, over the main thread's whole time from the navigation to the verdict. */
const PAGE_PROFILE = process.argv.includes('--profile-page');
const PROFILE = PAGE_PROFILE || process.argv.includes('--profile');
/** --save-traces=DIR: each load's trace kept as DIR/<site>-<run>-<load>.json (for tools/bench/www-tasks.mjs). */
const SAVE = (process.argv.find((x) => x.startsWith('--save-traces=')) || '').slice('--save-traces='.length);
const TRACE = PROFILE || Boolean(SAVE) || process.argv.includes('--trace');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.wasm', 'toplevel']
  .concat(PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []);
/** How many functions --profile prints, by self and by inclusive share. */
const PROFILE_TOP = { self: 25, inclusive: 40 };

/**
 * From a Chromium trace of one load: the renderer main thread's CPU time (ms)
 * in top-level tasks from navigationStart to the asli:verdict mark, in the
 * task that holds the asli:index-* marks, and in wasm.CompileLazy.
 */
function mainThreadCpu(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const verdict = events.find((e) => e.name === 'asli:verdict');
  if (!verdict) return {};
  const main = events.filter((e) => e.pid === verdict.pid && e.tid === verdict.tid);
  const start = (main.find((e) => e.name === 'navigationStart') || main[0]).ts;
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const within = (outer) => (e) => e.ts >= outer.ts && e.ts <= outer.ts + outer.dur;
  const all = [];
  let end = -1;
  for (const t of main.filter((e) => e.ph === 'X' && /RunTask$/.test(e.name) && e.ts >= start).sort((a, b) => a.ts - b.ts)) {
    if (t.ts >= end) { all.push(t); end = t.ts + t.dur; }
  }
  const tasks = all.filter((t) => t.ts <= verdict.ts);
  // The verdict on the screen: the first paint after the verdict's task.
  const paint = main.find((e) => e.name === 'Paint' && e.ts > verdict.ts);
  const painted = paint ? all.filter((t) => t.ts <= paint.ts) : [];
  const index = tasks.find((t) => main.some((e) => e.name.startsWith('asli:index-') && within(t)(e)));
  const lazy = main.filter((e) => e.ph === 'X' && e.name === 'wasm.CompileLazy' && e.ts >= start && e.ts <= verdict.ts);
  return {
    'main thread CPU (traced) before the verdict': Math.round(tasks.reduce((a, t) => a + cpu(t), 0)),
    'main thread CPU (traced) to the verdict painted': paint ? Math.round(painted.reduce((a, t) => a + cpu(t), 0)) : NaN,
    'main thread CPU (traced): the index task': index ? Math.round(cpu(index)) : NaN,
    'main thread CPU (traced): wasm compiled lazily': Math.round(lazy.reduce((a, e) => a + cpu(e), 0)),
  };
}
/** The renderer main thread's task that puts the index in force (it holds an asli:index-built or -loaded mark), or null. */
function indexTask(events) {
  const verdict = events.find((e) => e.name === 'asli:verdict');
  if (!verdict) return null;
  const main = events.filter((e) => e.pid === verdict.pid && e.tid === verdict.tid);
  const mark = main.find((e) => e.name === 'asli:index-built' || e.name === 'asli:index-loaded');
  if (!mark) return null;
  const tasks = main.filter((e) => e.ph === 'X' && /RunTask$/.test(e.name) && e.ts <= mark.ts && mark.ts <= e.ts + e.dur);
  return tasks.length ? { pid: verdict.pid, tid: verdict.tid, task: tasks.reduce((a, b) => (b.dur > a.dur ? b : a)) } : null;
}

/**
 * --profile: V8's samples of the main thread within the index task, from one
 * load's trace, added to `into` ({samples, self: Map, inclusive: Map} by
 * function name).
 */
function addIndexProfile(trace, into) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const found = indexTask(events);
  if (!found) return;
  let { task } = found;
  if (PAGE_PROFILE) {
    const main = events.filter((e) => e.pid === found.pid && e.tid === found.tid);
    const start = (main.find((e) => e.name === 'navigationStart') || main[0]).ts;
    const verdict = main.find((e) => e.name === 'asli:verdict');
    task = { ts: start, dur: verdict.ts - start };
  }
  const ids = new Set(events.filter((e) => e.name === 'Profile' && e.pid === found.pid && e.tid === found.tid).map((e) => e.id));
  const frames = new Map();
  const parents = new Map();
  let at = null;
  for (const e of events) {
    if (!ids.has(e.id) || e.pid !== found.pid) continue;
    if (e.name === 'Profile') { at = e.args.data.startTime; continue; }
    if (e.name !== 'ProfileChunk' || at === null) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const n of cpuProfile.nodes || []) {
      frames.set(n.id, n.callFrame.functionName || `(${n.callFrame.url || 'anonymous'})`);
      if (n.parent !== undefined) parents.set(n.id, n.parent);
    }
    (cpuProfile.samples || []).forEach((node, i) => {
      at += timeDeltas[i] || 0;
      if (at < task.ts || at > task.ts + task.dur) return;
      into.samples++;
      const own = frames.get(node);
      into.self.set(own, (into.self.get(own) || 0) + 1);
      const seen = new Set();
      for (let n = node; n !== undefined; n = parents.get(n)) {
        const name = frames.get(n);
        if (!seen.has(name)) { seen.add(name); into.inclusive.set(name, (into.inclusive.get(name) || 0) + 1); }
      }
    });
  }
}

const LOADS = ['first visit', 'revisit 1', 'revisit 2'];
const FILES = ['index.html', 'js/boot.js', 'wasm/asli_wasm_bg.wasm', 'lists/bundled.json', 'lists/bundled.idx', 'js/site-engine.js', 'wasm/asli_wasm.js', 'js/checker-page.js', 'css/site.css', 'i18n/en.json'];

/** In the page, on the result element: the verdict's time, marks and files, in ms after domInteractive. */
const MEASURE = async (e, [files, all]) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const t0 = nav.domInteractive;
  const at = (x) => Math.round(x - t0);
  const out = { verdict: Number(e.getAttribute('data-asli-since-interactive')) };
  out['nav: response end'] = at(nav.responseEnd);
  for (const m of performance.getEntriesByType('mark')) out[m.name] = at(m.startTime);
  for (const r of performance.getEntriesByType('resource')) {
    const f = new URL(r.name).pathname.slice(1);
    if (all || files.includes(f)) out[`got ${f}`] = at(r.responseEnd);
  }
  out['nav: DOMContentLoaded'] = at(nav.domContentLoadedEventEnd);
  // The verdict after the page is usable (its modules ran, its form answers).
  out['verdict after DOMContentLoaded'] = Math.max(0, Math.round(performance.getEntriesByName('asli:verdict')[0]?.startTime - nav.domContentLoadedEventEnd));
  // Long animation frames (≥ 50 ms) before the verdict: the main thread
  // busy with style and layout (the page's first layout, its words
  // switched) and with scripts.
  const frames = await new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) { resolve([]); return; }
    new PerformanceObserver((l, o) => { o.disconnect(); resolve(l.getEntries()); }).observe({ type: 'long-animation-frame', buffered: true });
    setTimeout(() => resolve([]), 500);
  });
  const end = t0 + out.verdict;
  const before = frames.filter((f) => f.startTime < end);
  out['main thread: style+layout in long frames'] = Math.round(before.reduce((a, f) => a + (f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0), 0));
  out['main thread: scripts in long frames'] = Math.round(before.reduce((a, f) => a + f.scripts.reduce((b, x) => b + x.duration, 0), 0));
  return out;
};

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirs.length) dirs.push(join(repo, 'dist/www'));
const sites = [];
for (const d of dirs) sites.push(await serveSite(resolve(d)));
const browser = await chromium.launch({ executablePath: h.CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--headless=new'] });
if (SAVE) mkdirSync(SAVE, { recursive: true });
const rowsOf = dirs.map(() => LOADS.map(() => []));
const profiles = dirs.map(() => ({ samples: 0, self: new Map(), inclusive: new Map() }));
const la = [];
try {
  for (let run = 0; run < RUNS; run++) {
    for (let d = 0; d < dirs.length; d++) {
      const site = sites[d];
      const rows = rowsOf[d];
      const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 800 } });
      try {
        for (let i = 0; i < LOADS.length; i++) {
          const page = await ctx.newPage();
          if (CPU > 1) {
            const cdp = await ctx.newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
          }
          la.push(loadavg()[0]);
          if (TRACE) await browser.startTracing(page, { categories: CATEGORIES });
          await page.goto(`${site.origin}/index.html?text=${encodeURIComponent('Look at this https://www.facebook.com/Hespress')}`);
          // Watched without Playwright's injected script in the window timed (harness.js).
          const el = await h.siteVerdictShown(page, 20000);
          const got = await el.evaluate(MEASURE, [FILES, ALL]);
          if (TRACE) {
            // A frame after the verdict: its paint is in the trace.
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
            const trace = await browser.stopTracing();
            if (SAVE) writeFileSync(join(SAVE, `${d}-${run}-${i}.json`), trace);
            Object.assign(got, mainThreadCpu(trace));
            if (PROFILE && i === 0) addIndexProfile(trace, profiles[d]);
          }
          rows[i].push(got);
          await page.close();
        }
      } finally { await ctx.close(); }
    }
  }
} finally {
  await browser.close();
  for (const site of sites) await site.close();
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (let d = 0; d < dirs.length; d++) {
  const rows = rowsOf[d];
  const keys = [...new Set(rows.flat().flatMap((r) => Object.keys(r)))];
  const order = (k) => median(rows[0].map((r) => r[k]));
  keys.sort((a, b) => a.startsWith('verdict') - b.startsWith('verdict') || a.startsWith('main') - b.startsWith('main') || order(a) - order(b));
  console.log(`\n${dirs[d]}: www first verdict, ms after domInteractive; medians over ${RUNS} runs (fresh profile each)${CPU > 1 ? `, CPU slowed ${CPU}x` : ''}${TRACE ? ', traced' : ''}; load average ${median(la).toFixed(1)} (${Math.min(...la).toFixed(1)}–${Math.max(...la).toFixed(1)}) on ${cpus().length} cores`);
  console.log(['', ...LOADS].map((x, i) => (i ? x.padStart(12) : x.padEnd(44))).join(''));
  for (const k of keys) console.log([k.padEnd(44), ...rows.map((rs) => String(Math.round(median(rs.map((r) => r[k])))).padStart(12))].join(''));
  console.log(`verdicts, each load: ${rows.map((rs, i) => `${LOADS[i]}: ${rs.map((r) => r.verdict.toFixed(0)).join(' ')}`).join('; ')}`);
  const p = profiles[d];
  if (!PROFILE) continue;
  console.log(`\n${PAGE_PROFILE ? "the main thread to the verdict" : "the index task"} on a first visit, sampled: ${p.samples} samples over ${RUNS} runs; % of them, in the function itself / with what it calls`);
  for (const [what, top] of Object.entries(PROFILE_TOP)) {
    console.log(`by ${what}:`);
    for (const [name, n] of [...p[what]].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(100 * n / Math.max(1, p.samples)).toFixed(1).padStart(6)}  ${name.length > 110 ? `${name.slice(0, 110)}…` : name}`);
    }
  }
}
