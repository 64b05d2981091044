// Subscriptions to signed lists: fetching one safely, deciding whether the
// fetched list replaces the one in force, and the priority order of the lists.
// Pure apart from the injected `fetch` and `acceptUpdate`: no chrome.* here, so
// Node's test runner exercises it directly (extension/tests/).
//
// A subscription is {url, publicKey, label, signatureUrl?}. Its state (kept by
// lists.js in storage) is {text, signature, version, name, publisher, entries,
// expires, lastUpdate, lastCheck, lastResult, servedVersion, lastError: {code,
// message, at} | null}. An update replaces `text` only when every check of
// `acceptUpdate` passed; otherwise only the check's fields change, and the
// last good list stays in force. `lastResult` says what the host served last:
// 'updated', 'same' (the version in force again), 'older', 'error'.

/** Same limit as the engine's MAX_LIST_BYTES (src/list/update.rs). */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
/** A signature file is a few lines: anything larger is not one. */
export const MAX_SIG_BYTES = 16 * 1024;
/**
 * Per list (list and signature together): well below the 30 s after which
 * Chrome may stop a service worker busy with one event, so one slow host
 * cannot hold the others' updates back.
 */
export const FETCH_TIMEOUT_MS = 10000;
/** A host that served the same version this many days after it was accepted is shown as possibly frozen. */
export const FROZEN_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;
export const MAX_LABEL = 80;
export const MAX_URL = 2048;
export const MAX_KEY_TEXT = 4096;

/** A fetch refusal the extension records itself (the engine never saw the bytes). */
export class FetchError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * Fetches `url` without cookies or cache and returns its bytes, refusing more
 * than `maxBytes`: by Content-Length before reading, then while reading.
 * Redirects are followed only to https: an answer that ends anywhere else is
 * refused (the browser's fetch shows the address it ended at, `response.url`).
 * Throws FetchError('unreachable' | 'too-large' | 'insecure-redirect').
 * `signal` (optional) aborts it from outside (the per-list deadline).
 */
export async function fetchCapped(url, { fetchImpl = globalThis.fetch, maxBytes = MAX_LIST_BYTES, timeoutMs = FETCH_TIMEOUT_MS, signal } = {}) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  if (signal) {
    if (signal.aborted) abort.abort();
    else signal.addEventListener('abort', () => abort.abort(), { once: true });
  }
  try {
    let res;
    try {
      res = await fetchImpl(url, {
        credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer', signal: abort.signal,
      });
    } catch (e) {
      throw new FetchError('unreachable', `${url}: ${abort.signal.aborted ? `no answer in ${timeoutMs / 1000} s` : (e && e.message) || e}`);
    }
    // The address the answer came from, after any redirect (empty from a test's hand-made Response).
    const landed = typeof res.url === 'string' && res.url ? res.url : '';
    if ((landed && !/^https:/i.test(landed)) || res.type === 'opaqueredirect') {
      if (res.body && res.body.cancel) res.body.cancel().catch(() => {});
      throw new FetchError('insecure-redirect', `${url}: redirected to ${landed.slice(0, 200)}, not https; refused`);
    }
    if (!res.ok) throw new FetchError('unreachable', `${url}: HTTP ${res.status}`);
    const declared = Number(res.headers && res.headers.get && res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      if (res.body && res.body.cancel) res.body.cancel().catch(() => {});
      throw new FetchError('too-large', `${url}: ${declared} bytes, more than the ${maxBytes} allowed`);
    }
    if (!res.body || !res.body.getReader) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length > maxBytes) throw new FetchError('too-large', `${url}: more than the ${maxBytes} bytes allowed`);
      return bytes;
    }
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      let step;
      try {
        step = await reader.read();
      } catch (e) {
        throw new FetchError('unreachable', `${url}: the download broke off (${(e && e.message) || e})`);
      }
      if (step.done) break;
      size += step.value.length;
      if (size > maxBytes) {
        reader.cancel().catch(() => {});
        throw new FetchError('too-large', `${url}: more than the ${maxBytes} bytes allowed`);
      }
      chunks.push(step.value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    return out;
  } finally {
    clearTimeout(timer);
  }
}

/** A subscription as given by a reader or a policy, checked and trimmed; throws a readable Error. */
export function normalizeSubscription(raw) {
  if (!raw || typeof raw !== 'object') throw new Error('a subscription is {url, publicKey, label}');
  const url = typeof raw.url === 'string' ? raw.url.trim() : '';
  let parsed;
  try {
    parsed = new URL(url);
  } catch (_) {
    throw new Error(`not an address: ${JSON.stringify(url.slice(0, 100))}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`only https addresses: ${parsed.protocol}`);
  if (parsed.username || parsed.password) throw new Error('no user name or password in the address');
  if (url.length > MAX_URL) throw new Error('the address is too long');
  const publicKey = typeof raw.publicKey === 'string' ? raw.publicKey.trim() : '';
  if (!/asli-ed25519-public:[A-Za-z0-9+/=]+/.test(publicKey) || publicKey.length > MAX_KEY_TEXT) {
    throw new Error('the public key must contain a line asli-ed25519-public:…');
  }
  const label = (typeof raw.label === 'string' ? raw.label : '').replace(/[\u0000-\u001F\u007F]/g, ' ').trim().slice(0, MAX_LABEL)
    || parsed.hostname;
  const out = { url: parsed.href, publicKey, label };
  if (raw.signatureUrl !== undefined && raw.signatureUrl !== null && raw.signatureUrl !== '') {
    let sig;
    try {
      sig = new URL(typeof raw.signatureUrl === 'string' ? raw.signatureUrl.trim() : '');
    } catch (_) {
      throw new Error(`signatureUrl is not an address: ${JSON.stringify(String(raw.signatureUrl).slice(0, 100))}`);
    }
    if (sig.protocol !== 'https:' || sig.username || sig.password || sig.href.length > MAX_URL) throw new Error('signatureUrl: only https addresses, without user name or password');
    out.signatureUrl = sig.href;
  }
  return out;
}

/**
 * The signature file's address: the subscription's `signatureUrl` when it
 * gives one, else the list's path plus `.sig`, keeping its query and dropping
 * its fragment (`https://h/l.json?v=2#x` → `https://h/l.json.sig?v=2`).
 */
export function signatureUrl(url, sub) {
  if (sub && typeof sub.signatureUrl === 'string' && sub.signatureUrl) return sub.signatureUrl;
  try {
    const u = new URL(url);
    u.hash = '';
    u.pathname += '.sig';
    return u.href;
  } catch (_) {
    return `${url}.sig`;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Fetches a subscription's list and signature and returns its next state.
 * `prev` is the state in force (or undefined); `acceptUpdate` is the engine's
 * AsliEngine.acceptUpdate. Never throws: a refusal is recorded in lastError and
 * everything in force is kept.
 */
export async function refreshSubscription(sub, prev, { fetchImpl, acceptUpdate, now = () => new Date().toISOString(), timeoutMs = FETCH_TIMEOUT_MS }) {
  const at = now();
  const base = { ...(prev || {}), lastCheck: at };
  const fail = (code, message, lastResult = 'error') => ({ ...base, lastResult, lastError: { code, message: String(message).slice(0, 500), at } });
  const sigUrl = signatureUrl(sub.url, sub);
  let bytes;
  let sigBytes;
  // One deadline for the list and its signature together.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    [bytes, sigBytes] = await Promise.all([
      fetchCapped(sub.url, { fetchImpl, timeoutMs, signal: deadline.signal }),
      fetchCapped(sigUrl, { fetchImpl, maxBytes: MAX_SIG_BYTES, timeoutMs, signal: deadline.signal }),
    ]);
  } catch (e) {
    deadline.abort(); // the other download is not needed any more
    if (e instanceof FetchError) {
      // An oversized signature file is an unreadable one, not an oversized list.
      if (e.code === 'too-large' && e.message.startsWith(sigUrl)) return fail('bad-signature-file', e.message);
      return fail(e.code, e.message);
    }
    return fail('unreachable', (e && e.message) || e);
  } finally {
    clearTimeout(timer);
  }
  const signature = decoder.decode(sigBytes);
  let outcome;
  try {
    outcome = await acceptUpdate(prev && prev.text ? prev.version : undefined, bytes, signature, sub.publicKey);
  } catch (e) {
    return fail('invalid', (e && e.message) || e);
  }
  if (!outcome || !outcome.ok) {
    const code = (outcome && outcome.code) || 'invalid';
    // The same version again is a successful check with nothing new, not an
    // alarm; but how long the host has served it is kept, and shown.
    if (code === 'not-newer') return { ...base, lastResult: 'same', servedVersion: prev.version, lastError: null };
    return fail(code, (outcome && outcome.message) || code, code === 'downgrade' ? 'older' : 'error');
  }
  const next = {
    ...base,
    text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    signature,
    version: outcome.version,
    name: outcome.name,
    publisher: outcome.publisher,
    entries: outcome.entries,
    lastUpdate: at,
    lastResult: 'updated',
    servedVersion: outcome.version,
    lastError: null,
  };
  if (typeof outcome.expires === 'string') next.expires = outcome.expires;
  else delete next.expires;
  return next;
}

/**
 * How fresh a list is, for the options page and the popup (`now` in ms):
 *   expired      its signed `expires` date has passed (the end of that day, UTC)
 *   expires      that date, or null
 *   sameForDays  the host served the version in force again at the last check:
 *                days since that version was accepted; null otherwise
 *   frozen       sameForDays ≥ FROZEN_DAYS
 *   servedOlder  the host served an older version at the last check
 *   stale        expired, frozen or served older: worth the reader's attention
 */
export function freshness(st, now = Date.now()) {
  const s = st || {};
  const expires = typeof s.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.expires) ? s.expires : null;
  const end = expires ? Date.parse(`${expires}T23:59:59.999Z`) : NaN;
  const expired = Number.isFinite(end) && now > end;
  const since = Date.parse(s.lastUpdate || s.importedAt || '');
  const sameForDays = s.lastResult === 'same' && Number.isFinite(since) ? Math.max(0, Math.floor((now - since) / DAY_MS)) : null;
  const frozen = sameForDays !== null && sameForDays >= FROZEN_DAYS;
  const servedOlder = s.lastResult === 'older';
  return { expired, expires, sameForDays, frozen, servedOlder, stale: expired || frozen || servedOlder };
}

/**
 * Checks a list file imported by hand (bytes + signature text + public key).
 * `current` is the version in force of the same list (same key and name) if
 * any. Returns {ok: true, record} or {ok: false, code, message}.
 */
export async function checkImport({ bytes, signature, publicKey, label, current }, { acceptUpdate, now = () => new Date().toISOString() }) {
  if (bytes.length > MAX_LIST_BYTES) return { ok: false, code: 'too-large', message: `the file is ${bytes.length} bytes, more than the ${MAX_LIST_BYTES} allowed` };
  const outcome = await acceptUpdate(current, bytes, signature, publicKey);
  if (!outcome || !outcome.ok) return { ok: false, code: (outcome && outcome.code) || 'invalid', message: (outcome && outcome.message) || '' };
  const at = now();
  return {
    ok: true,
    record: {
      label: (typeof label === 'string' && label.trim().slice(0, MAX_LABEL)) || outcome.name || 'imported list',
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      signature,
      publicKey: publicKey.trim(),
      version: outcome.version,
      name: outcome.name,
      publisher: outcome.publisher,
      entries: outcome.entries,
      importedAt: at,
      lastUpdate: at,
      ...(typeof outcome.expires === 'string' ? { expires: outcome.expires } : {}),
    },
  };
}

/** The public-key line of a key text (what identifies a publisher). */
export function keyLine(text) {
  const m = /asli-ed25519-public:[A-Za-z0-9+/=]+/.exec(String(text || ''));
  return m ? m[0] : '';
}

/**
 * The lists in force as `[{label, text, source}]`, in priority order (the
 * first wins a conflict, docs/lists.md): managed by policy, imported by hand,
 * reader subscriptions (oldest first), bundled. A source with no accepted text
 * yet is skipped. Labels are made unique so a conflict always names one list.
 */
export function orderLists({ managed = [], imported = [], reader = [], bundled = [], states = {} }) {
  const out = [];
  const used = new Set();
  const add = (label, text, source) => {
    let l = label;
    for (let i = 2; used.has(l); i++) l = `${label} (${i})`;
    used.add(l);
    out.push({ label: l, text, source });
  };
  for (const s of managed) if (states[s.url] && states[s.url].text) add(s.label, states[s.url].text, { kind: 'managed', url: s.url });
  for (const r of imported) if (r.text) add(r.label, r.text, { kind: 'imported', id: r.id });
  for (const s of reader) if (states[s.url] && states[s.url].text) add(s.label, states[s.url].text, { kind: 'subscription', url: s.url });
  for (const b of bundled) if (b.text) add(b.label, b.text, { kind: 'bundled' });
  return out;
}

/**
 * The reader's subscriptions that are not already forced by policy (a policy
 * subscription to the same address wins; duplicates are dropped).
 */
export function readerOnly(reader, managed) {
  const seen = new Set(managed.map((s) => s.url));
  return reader.filter((s) => !seen.has(s.url) && (seen.add(s.url), true));
}

const POLICY_KEYS = ['subscriptions', 'lockSubscriptions', 'disableReaderExceptions', 'language'];
const POLICY_LANGUAGES = ['auto', 'ar', 'fr', 'en'];
const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `the ${typeof v} ${JSON.stringify(v).slice(0, 60)}`);

/**
 * Managed storage as given by policy (Chrome's, checked against
 * managed-schema.json; Firefox's policies.json, not checked by Firefox), made
 * safe: what is malformed is left out, and `errors` says what and why, for the
 * options page. A lock that is not `true` does not lock.
 */
export function normalizePolicy(raw) {
  const errors = [];
  const isObj = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  if (raw !== undefined && raw !== null && !isObj) errors.push(`the policy is ${typeOf(raw)}, not an object: ignored`);
  const p = isObj ? raw : {};
  const subscriptions = [];
  if (p.subscriptions !== undefined && !Array.isArray(p.subscriptions)) {
    errors.push(`subscriptions: ${typeOf(p.subscriptions)}, not a list of {url, publicKey, label}: ignored`);
  }
  const seen = new Set();
  (Array.isArray(p.subscriptions) ? p.subscriptions : []).forEach((s, i) => {
    try {
      const sub = normalizeSubscription(s);
      if (seen.has(sub.url)) throw new Error(`${sub.url} is given twice`);
      seen.add(sub.url);
      subscriptions.push(sub);
    } catch (e) {
      errors.push(`subscriptions[${i}]: ${e.message}`);
    }
  });
  for (const key of ['lockSubscriptions', 'disableReaderExceptions']) {
    if (p[key] !== undefined && typeof p[key] !== 'boolean') errors.push(`${key}: ${typeOf(p[key])}, not true or false: ignored`);
  }
  if (p.language !== undefined && !POLICY_LANGUAGES.includes(p.language)) {
    errors.push(`language: ${typeOf(p.language)}, not one of ${POLICY_LANGUAGES.join(', ')}: ignored`);
  }
  for (const key of Object.keys(p)) if (!POLICY_KEYS.includes(key)) errors.push(`${key}: not a setting of Asli: ignored`);
  return {
    subscriptions,
    errors,
    lockSubscriptions: p.lockSubscriptions === true,
    disableReaderExceptions: p.disableReaderExceptions === true,
    language: POLICY_LANGUAGES.includes(p.language) ? p.language : undefined,
  };
}
