// The feed marks' cost in the real browser (issue 13), beside the same feed
// with the extension off:
//
//   scripts/build && node tools/bench/feed.mjs [posts=240] [authors=60]
//
// Chromium (Debian's, headless) with the built extension, www.facebook.com and
// fbcdn.net mapped to a local HTTPS server (as the e2e tests do), serving a
// feed built by tests/e2e/feed-page.js: `posts` posts by `authors` accounts,
// one in six of them impersonating an outlet of tests/fixtures/lists/feed.json
// by name or by its logo, some posts shared. The page is scrolled through to
// the bottom (600 px every 100 ms), then through again.
//
// Prints, for the extension on and off: main-thread time (the renderer's
// TaskDuration, DevTools Performance.getMetrics), the extension's own
// main-thread time (the content script's counters, read in its isolated
// world), per 10 posts marked; checks per author (the background's counters);
// JS heap after the first pass and after the second (after a forced GC); the
// cumulative layout shift of the page. Not a test: numbers vary with the
// machine (2 shared cores here): each mode runs --runs=N times (3), in turn, and medians are printed.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const repo = resolve(new URL('../..', import.meta.url).pathname);
const h = require(join(repo, 'tests/e2e/harness.js'));
const { feedPage, AUTHORS } = require(join(repo, 'tests/e2e/feed-page.js'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const PROFILE = process.argv.includes('--profile'); // also print where the content scripts spend their time
const TRACE = process.argv.includes('--trace'); // also print the renderer main thread's events by total time, per mode
const RUNS = Number((process.argv.find((a) => a.startsWith('--runs=')) || '--runs=3').slice(7)); // medians of this many runs
const POSTS = Number(args[0] || 240);
const AUTHOR_COUNT = Number(args[1] || 60);
const CDN = 'scontent.xx.fbcdn.net/v/t39.30808-1/';
const AVATARS = join(repo, 'tests/fixtures/avatar');
const LIST = join(repo, 'tests/fixtures/lists/feed.json');

/** The accounts: every sixth an impersonator (by name, or by the copied logo), the others innocent. */
function accounts(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const pic = `unrelated-logo.jpg?a=${i}`; // one address per account, as Facebook's are
    if (i % 12 === 0) out.push({ name: `Akhbar Sahra Officiel ${i}`.replace(/ 0$/, ''), href: `/akhbar.sahra.fake${i}`, avatar: pic, warn: true });
    else if (i % 12 === 6) out.push({ name: `Page ${i} recettes`, href: `/recettes.page${i}`, avatar: `copied-logo.jpg?a=${i}`, warn: true });
    else if (i % 5 === 1) out.push({ name: `Person ${i}`, href: `/profile.php?id=${100090000001000 + i}`, avatar: pic });
    else out.push({ name: `Café ${i} Rabat`, href: `/cafe.page${i}`, avatar: pic });
  }
  out.push({ ...AUTHORS.realOutlet });
  return out;
}

function posts(n, people) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const author = people[(i * 7) % people.length];
    const p = { author, text: `Post ${i}: ${'lorem ipsum dolor sit amet '.repeat(6)}` };
    if (i % 9 === 4) p.shared = { author: people[(i * 11 + 3) % people.length], text: `Shared in post ${i}.` };
    if (i % 4 === 0) p.comments = [{ ...people[(i + 1) % people.length], text: 'A comment.' }];
    out.push(p);
  }
  return out;
}

async function launch(extDir, port) {
  if (extDir) return h.launch({ extDir, port });
  const dir = mkdtempSync(join(tmpdir(), 'asli-bench-off-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: h.CHROMIUM, headless: false, viewport: { width: 1100, height: 700 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--no-first-run',
      '--ignore-certificate-errors', `--host-resolver-rules=MAP *.facebook.com 127.0.0.1:${port}, MAP *.fbcdn.net 127.0.0.1:${port}`],
  });
  const page = context.pages()[0] || await context.newPage();
  return { context, page, worker: null, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Self time of the extension's functions in a CPU profile, largest first. */
function printProfile(profile) {
  const dt = new Map();
  const { samples, timeDeltas, nodes } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (timeDeltas[i] || 0)));
  const self = new Map();
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const key = f.url.startsWith('chrome-extension://') ? `${f.url.split('/').slice(3).join('/')}:${f.functionName || '(anon)'}:${f.lineNumber + 1}` : f.url ? 'page' : f.functionName || '(native)';
    self.set(key, (self.get(key) || 0) + us);
  }
  const top = [...self].filter(([k]) => k.includes('.js:')).sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log('extension self time (CPU profile, all passes):');
  for (const [k, us] of top) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
  const other = [...self].filter(([k]) => !k.includes('.js:')).sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [k, us] of other) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
}

/** Total duration of the renderer main thread's complete events, by name (nested events counted in each). */
function printTrace(label, events) {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const total = new Map();
  const count = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`) || !e.dur) continue;
    total.set(e.name, (total.get(e.name) || 0) + e.dur);
    count.set(e.name, (count.get(e.name) || 0) + 1);
  }
  const per = (k) => `${k} ${count.get(k) || 0}× ${((total.get(k) || 0) / 1000).toFixed(0)} ms (${((total.get(k) || 0) / 1000 / (count.get(k) || 1)).toFixed(2)} ms each)`;
  console.log(`  (${label}) ${['Layout', 'PrePaint', 'UpdateLayoutTree', 'Paint'].map(per).join('; ')}`);
  const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 18);
  console.log(`trace (${label}): ${top.map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(', ')}`);
  const some = [...total].filter(([k]) => /Intersection|PrePaint|ParseHTML|Style|Compile|EvaluateScript|RunMicrotasks|GC/i.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log(`  (${label}) ${some.map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(', ')}`);
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function scrollThrough(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await h.sleep(100);
  }
  await h.sleep(2500); // the last batches and marks
}

/** The content script's counters, read in its isolated world (the page cannot see them). */
async function contentStats(cdp, contexts) {
  for (const ctx of contexts) {
    if (!ctx.auxData || ctx.auxData.type !== 'isolated') continue;
    const r = await cdp.send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__asliFeedStats || null)', contextId: ctx.id, returnByValue: true }).catch(() => null);
    if (r && r.result && r.result.value && r.result.value !== 'null') return JSON.parse(r.result.value);
  }
  return null;
}

/** The built extension with the bench list; `marks: false` switches the feed marks off (the single page's machinery stays). */
function extension(marks) {
  const dir = h.extensionWithList(LIST);
  if (!marks) {
    const file = join(dir, 'content/feed-marks.js');
    writeFileSync(file, readFileSync(file, 'utf8').replace('function start({ send, wordsIn }) {', 'function start({ send, wordsIn }) { if (send) return null;'));
  }
  return dir;
}

async function run(withExtension, html, server, { withMarks = true } = {}) {
  const b = await launch(withExtension ? extension(withMarks) : null, server.port);
  try {
    const cdp = await b.context.newCDPSession(b.page);
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');
    await b.page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    });
    if (PROFILE && withExtension) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
    const events = [];
    if (TRACE) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
    }
    await b.page.goto('https://www.facebook.com/');
    await h.sleep(1500);
    const m0 = await metrics(cdp);
    await scrollThrough(b.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const m1 = await metrics(cdp);
    await scrollThrough(b.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const m2 = await metrics(cdp);
    if (PROFILE && withExtension) printProfile((await cdp.send('Profiler.stop')).profile);
    if (TRACE) {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      printTrace(withExtension ? (withMarks ? 'on' : 'no marks') : 'off', events);
    }
    const marks = await b.page.evaluate(() => document.querySelectorAll('asli-mark').length);
    const markedPosts = await b.page.evaluate(() => new Set([...document.querySelectorAll('asli-mark')].map((m) => m.closest('[aria-posinset]'))).size);
    const cls = await b.page.evaluate(() => window.__cls);
    const mine = withExtension ? await contentStats(cdp, contexts) : null;
    const bg = withExtension && b.worker ? await b.worker.evaluate(() => ({ ...globalThis.asliFeedStats })) : null;
    return {
      taskMs: (m2.TaskDuration - m0.TaskDuration) * 1000,
      firstPassTaskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
      scriptMs: (m2.ScriptDuration - m0.ScriptDuration) * 1000,
      heapFirstMB: m1.JSHeapUsedSize / 2 ** 20,
      heapSecondMB: m2.JSHeapUsedSize / 2 ** 20,
      nodes: m2.Nodes,
      marks, markedPosts, cls, mine, bg,
    };
  } finally {
    await b.close();
  }
}

const people = accounts(AUTHOR_COUNT);
const html = feedPage(posts(POSTS, people));
const routes = {
  'www.facebook.com/': { html },
  [CDN + 'copied-logo.jpg']: { file: join(AVATARS, 'copied-logo.jpg'), type: 'image/jpeg' },
  [CDN + 'unrelated-logo.jpg']: { file: join(AVATARS, 'unrelated-logo.jpg'), type: 'image/jpeg' },
  [CDN + 'real-logo.jpg']: { file: join(AVATARS, 'real-logo.jpg'), type: 'image/jpeg' },
};
const server = await h.startServer(routes);
try {
  // The three modes in turn, RUNS times (a shared machine's load drifts): medians.
  const all = { off: [], noMarks: [], on: [] };
  for (let i = 0; i < RUNS; i++) {
    all.off.push(await run(false, html, server));
    all.noMarks.push(await run(true, html, server, { withMarks: false }));
    all.on.push(await run(true, html, server));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const med = (list) => {
    const out = { ...list[0] };
    for (const k of ['taskMs', 'firstPassTaskMs', 'scriptMs', 'heapFirstMB', 'heapSecondMB', 'cls']) out[k] = median(list.map((r) => r[k]));
    if (list[0].mine) out.mine = Object.fromEntries(Object.keys(list[0].mine).map((k) => [k, median(list.map((r) => r.mine[k] || 0))]));
    if (list[0].bg) out.bg = Object.fromEntries(Object.keys(list[0].bg).map((k) => [k, median(list.map((r) => r.bg[k] || 0))]));
    return out;
  };
  const off = med(all.off);
  const noMarks = med(all.noMarks);
  const on = med(all.on);
  console.log(`medians of ${RUNS} runs; renderer TaskDuration per run (ms): off ${all.off.map((r) => Math.round(r.taskMs)).join(' ')}; ` +
    `no marks ${all.noMarks.map((r) => Math.round(r.taskMs)).join(' ')}; on ${all.on.map((r) => Math.round(r.taskMs)).join(' ')}`);
  const f = (x, d = 1) => Number(x).toFixed(d);
  const distinct = new Set(people.map((p) => p.href)).size;
  console.log(`feed: ${POSTS} posts by ${distinct} accounts (${people.filter((p) => p.warn).length} impersonators), ${Math.round(html.length / 1024)} KB`);
  console.log(`marks: ${on.marks} marks on ${on.markedPosts} posts (extension off: ${off.marks})`);
  console.log(`main thread (renderer TaskDuration, load + two passes): on ${f(on.taskMs)} ms, off ${f(off.taskMs)} ms, difference ${f(on.taskMs - off.taskMs)} ms`);
  console.log(`  first pass only: on ${f(on.firstPassTaskMs)} ms, off ${f(off.firstPassTaskMs)} ms`);
  console.log(`  the extension without its feed marks (the single page's banner machinery only): ${f(noMarks.taskMs)} ms; the marks' share: ${f(on.taskMs - noMarks.taskMs)} ms`);
  if (on.mine) {
    console.log(`extension's own main-thread time (content script counters): ${f(on.mine.mainMs)} ms in all, ` +
      `${f(on.mine.mainMs / (on.markedPosts / 10), 2)} ms per 10 posts marked, ${f(on.mine.mainMs / (POSTS / 10), 2)} ms per 10 posts seen; ` +
      `${on.mine.linksSeen} author links seen, ${on.mine.checksSent} authors sent in ${on.mine.batches} batches, ${on.mine.scans} scans`);
    const phases = ['firstScanMs', 'mutationMs', 'scanMs', 'ioMs', 'answerMs', 'renderMs', 'insertMs'].filter((k) => on.mine[k]).map((k) => `${k.replace(/Ms$/, '')} ${f(on.mine[k])}`);
    console.log(`  by phase (ms): ${phases.join(', ')}`);
    console.log(`  difference on − off per 10 posts marked: ${f((on.taskMs - off.taskMs) / (on.markedPosts / 10), 2)} ms (includes the background's messages and the noise of a shared machine)`);
  }
  if (on.bg) console.log(`checks per author: ${f(on.bg.items / distinct, 2)} (${on.bg.items} checks in ${on.bg.batches} batches for ${distinct} accounts; engine ${f(on.bg.engineMs, 1)} ms in the background)`);
  console.log(`JS heap after GC: on ${f(on.heapFirstMB, 2)} MB after the first pass, ${f(on.heapSecondMB, 2)} MB after the second; off ${f(off.heapFirstMB, 2)} → ${f(off.heapSecondMB, 2)} MB`);
  console.log(`DOM nodes: on ${on.nodes}, off ${off.nodes}; cumulative layout shift: on ${f(on.cls, 4)}, off ${f(off.cls, 4)}`);
} finally {
  await server.close();
}
