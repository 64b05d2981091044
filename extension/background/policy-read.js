// Reading the organisation's policy (managed storage) without making a check
// wait for the browser's policy service. Chromium answers the first
// storage.managed read after it starts only once that service has loaded
// (seconds), and the first page the reader opens must not wait for it: a
// read gives up after POLICY_WAIT_MS and hands out the last policy read
// (kept by the caller), or, right after install when there is none, the empty
// policy (most readers have none); reads after that one do not wait at all
// until the answer comes. When the browser's answer comes and is not what
// was handed out, `changed()` runs: the lists are put in force again.

/** How long the first read waits for the browser's answer before using what it has. */
export const POLICY_WAIT_MS = 50;

/** JSON with object keys sorted: storage hands objects back with their keys reordered. */
export function canonical(value) {
  return JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
    : v));
}

/**
 * `readRaw()`: the browser's managed storage (may be slow, may throw: Firefox
 * throws when there is no policy); `normalize(raw)`: the policy made safe;
 * `loadLast()` / `saveLast(p)`: the last policy read, kept in storage;
 * `changed()`: the policy in force is not the one handed out before.
 */
export function createPolicyReader({ readRaw, normalize, loadLast, saveLast, changed, waitMs = POLICY_WAIT_MS }) {
  let answer = null; // the browser's answer, once asked (asked again when the policy changes)
  let answered = false;
  let waited = null; // resolves POLICY_WAIT_MS after the first read that found no answer
  let handedEmpty = false; // the empty policy was handed out for lack of both an answer and a last policy

  function ask() {
    answer ??= (async () => {
      answered = false;
      let raw = {};
      try {
        raw = (await readRaw()) || {};
      } catch (_) {
        raw = {};
      }
      const current = normalize(raw);
      const last = await loadLast();
      const now = canonical(current);
      if (canonical(last) !== now) await saveLast(current);
      // What was handed out (the last policy, or the empty one) is not the policy: put the lists in force again.
      const stale = last ? canonical(last) !== now : handedEmpty && canonical(normalize({})) !== now;
      handedEmpty = false;
      answered = true;
      waited = null;
      if (stale) changed();
      return current;
    })();
    answer.catch(() => { answer = null; waited = null; });
    return answer;
  }

  /** The policy; `current`: wait for the browser's answer (what enforces a lock). */
  async function policy({ current = false } = {}) {
    if (current) return ask();
    const last = await loadLast();
    const asked = ask();
    if (answered) return asked;
    waited ??= new Promise((resolve) => setTimeout(resolve, waitMs));
    const late = waited.then(() => {
      if (!answered && !last) handedEmpty = true;
      return last || normalize({});
    });
    return Promise.race([asked, late]);
  }

  /** The browser says the policy changed: ask again (a different one calls `changed()`). */
  function reread() {
    answer = null;
    return ask();
  }

  return { policy, reread };
}
