// The main thread's work before the site's first verdict, task by task, from
// traces that tools/bench/www-first-verdict.mjs kept (--save-traces=DIR):
// each top-level task from the navigation to the asli:verdict mark, its CPU
// (thread) time, and what takes most of it (the task's largest direct
// events: a script evaluated, a layout, a wasm compilation …), and a total by
// kind over the traces given (their medians per trace):
//
//   node tools/bench/www-first-verdict.mjs --runs=3 --save-traces=/tmp/traces DIR
//   node tools/bench/www-tasks.mjs [--list] /tmp/traces/0-*-0.json
//
// --list prints each trace's tasks (at least MIN_TASK_MS); else only the totals.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Tasks shorter than this (ms of CPU) are not listed one by one (they still count). */
const MIN_TASK_MS = 2;
const LIST = process.argv.includes('--list');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: www-tasks.mjs [--list] TRACE.json …');
  process.exit(2);
}

/** Events that only hold others (the scheduler's): looked through. */
const WRAPPER = /RunTask$|PerformMicrotaskCheckpoint|RunMicrotasks|ThreadController|SequenceManager/;
const cpu = (e) => (e.tdur ?? e.dur ?? 0) / 1000;

/** A short name for what an event inside a task is (its kind, and the script's file where known). */
function kind(e) {
  const d = e.args?.data || {};
  const file = (u) => (u ? basename(String(u).split('?')[0]) : '');
  if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') return `evaluate ${file(d.url)}`;
  if (e.name === 'FunctionCall') return `call ${file(d.url)}${d.functionName ? ` ${d.functionName}` : ''}`;
  if (e.name === 'EventDispatch') return `event ${d.type || ''}`;
  if (e.name === 'TimerFire') return 'timer';
  if (e.name === 'FireAnimationFrame') return 'animation frame';
  if (e.name === 'v8.run' || e.name === 'v8.callFunction') return e.name;
  return e.name;
}

const totals = new Map();
for (const f of files) {
  const events = JSON.parse(readFileSync(f, 'utf8')).traceEvents;
  const verdict = events.find((e) => e.name === 'asli:verdict');
  if (!verdict) { console.log(`${f}: no verdict`); continue; }
  const main = events.filter((e) => e.pid === verdict.pid && e.tid === verdict.tid);
  const start = (main.find((e) => e.name === 'navigationStart') || main[0]).ts;
  const complete = main.filter((e) => e.ph === 'X' && e.ts >= start && e.ts <= verdict.ts).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -1;
  for (const t of complete) if (/RunTask$/.test(t.name) && t.ts >= end) { tasks.push(t); end = t.ts + t.dur; }
  const marks = main.filter((e) => e.name.startsWith('asli:') && e.ts >= start);
  const perTrace = new Map();
  if (LIST) console.log(`\n${f}: ${tasks.length} tasks, ${tasks.reduce((a, t) => a + cpu(t), 0).toFixed(0)} ms CPU before the verdict`);
  for (const t of tasks) {
    const inside = complete.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    // The task's direct events: those inside no other event of the task but
    // a scheduler's wrapper (a nested task, a microtask checkpoint).
    const direct = [];
    let until = -1;
    for (const e of inside) if (!WRAPPER.test(e.name) && e.ts >= until) { direct.push(e); until = e.ts + e.dur; }
    const parts = new Map();
    for (const e of direct) parts.set(kind(e), (parts.get(kind(e)) || 0) + cpu(e));
    const rest = cpu(t) - [...parts.values()].reduce((a, b) => a + b, 0);
    if (rest > 0.05) parts.set('(task itself)', rest);
    const lazy = inside.filter((e) => e.name === 'wasm.CompileLazy').reduce((a, e) => a + cpu(e), 0);
    if (lazy) parts.set('  of which wasm compiled lazily', lazy);
    for (const [k, ms] of parts) perTrace.set(k, (perTrace.get(k) || 0) + ms);
    if (LIST && cpu(t) >= MIN_TASK_MS) {
      const m = marks.filter((x) => x.ts >= t.ts && x.ts <= t.ts + t.dur).map((x) => x.name).join(' ');
      const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join('; ');
      console.log(`${((t.ts - start) / 1000).toFixed(0).padStart(6)} ms  ${cpu(t).toFixed(1).padStart(6)} ms CPU  ${top}${m ? `  [${m}]` : ''}`);
    }
  }
  for (const [k, ms] of perTrace) { if (!totals.has(k)) totals.set(k, []); totals.get(k).push(ms); }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
console.log(`\nmain-thread CPU before the verdict by kind, ms, median over ${files.length} traces (a kind missing from a trace counts 0):`);
for (const [k, xs] of [...totals].map(([k, xs]) => [k, xs.concat(Array(files.length - xs.length).fill(0))]).sort((a, b) => median(b[1]) - median(a[1])).slice(0, 30)) {
  console.log(`${median(xs).toFixed(1).padStart(8)}  ${k}`);
}
