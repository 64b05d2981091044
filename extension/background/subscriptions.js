// Subscriptions to signed lists: fetching one safely, deciding whether the
// fetched list replaces the one in force, and the priority order of the lists.
// Pure apart from the injected `fetch` and `acceptUpdate`: no chrome.* here, so
// Node's test runner exercises it directly (extension/tests/).
//
// A subscription is {url, publicKey, label}. Its state (kept by lists.js in
// storage) is {text, signature, version, name, publisher, entries, lastUpdate,
// lastCheck, lastError: {code, message, at} | null}. An update replaces `text`
// only when every check of `acceptUpdate` passed; otherwise only `lastCheck`
// and `lastError` change, and the last good list stays in force.

/** Same limit as the engine's MAX_LIST_BYTES (src/list/update.rs). */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
/** A signature file is a few lines: anything larger is not one. */
export const MAX_SIG_BYTES = 16 * 1024;
export const FETCH_TIMEOUT_MS = 30000;
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
 * Throws FetchError('unreachable' | 'too-large').
 */
export async function fetchCapped(url, { fetchImpl = globalThis.fetch, maxBytes = MAX_LIST_BYTES, timeoutMs = FETCH_TIMEOUT_MS } = {}) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let res;
    try {
      res = await fetchImpl(url, {
        credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer', signal: abort.signal,
      });
    } catch (e) {
      throw new FetchError('unreachable', `${url}: ${abort.signal.aborted ? `no answer in ${timeoutMs / 1000} s` : (e && e.message) || e}`);
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
  return { url: parsed.href, publicKey, label };
}

/** The signature file's address: the list's, plus `.sig`. */
export function signatureUrl(url) {
  return url + '.sig';
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Fetches a subscription's list and signature and returns its next state.
 * `prev` is the state in force (or undefined); `acceptUpdate` is the engine's
 * AsliEngine.acceptUpdate. Never throws: a refusal is recorded in lastError and
 * everything in force is kept.
 */
export async function refreshSubscription(sub, prev, { fetchImpl, acceptUpdate, now = () => new Date().toISOString() }) {
  const at = now();
  const base = { ...(prev || {}), lastCheck: at };
  const fail = (code, message) => ({ ...base, lastError: { code, message: String(message).slice(0, 500), at } });
  let bytes;
  let sigBytes;
  try {
    [bytes, sigBytes] = await Promise.all([
      fetchCapped(sub.url, { fetchImpl }),
      fetchCapped(signatureUrl(sub.url), { fetchImpl, maxBytes: MAX_SIG_BYTES }),
    ]);
  } catch (e) {
    if (e instanceof FetchError) {
      // An oversized signature file is an unreadable one, not an oversized list.
      if (e.code === 'too-large' && e.message.startsWith(signatureUrl(sub.url))) return fail('bad-signature-file', e.message);
      return fail(e.code, e.message);
    }
    return fail('unreachable', (e && e.message) || e);
  }
  const signature = decoder.decode(sigBytes);
  let outcome;
  try {
    outcome = acceptUpdate(prev && prev.text ? prev.version : undefined, bytes, signature, sub.publicKey);
  } catch (e) {
    return fail('invalid', (e && e.message) || e);
  }
  if (!outcome || !outcome.ok) {
    const code = (outcome && outcome.code) || 'invalid';
    // The same version again is a successful check with nothing new, not an alarm.
    if (code === 'not-newer') return { ...base, lastError: null };
    return fail(code, (outcome && outcome.message) || code);
  }
  return {
    ...base,
    text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    signature,
    version: outcome.version,
    name: outcome.name,
    publisher: outcome.publisher,
    entries: outcome.entries,
    lastUpdate: at,
    lastError: null,
  };
}

/**
 * Checks a list file imported by hand (bytes + signature text + public key).
 * `current` is the version in force of the same list (same key and name) if
 * any. Returns {ok: true, record} or {ok: false, code, message}.
 */
export function checkImport({ bytes, signature, publicKey, label, current }, { acceptUpdate, now = () => new Date().toISOString() }) {
  if (bytes.length > MAX_LIST_BYTES) return { ok: false, code: 'too-large', message: `the file is ${bytes.length} bytes, more than the ${MAX_LIST_BYTES} allowed` };
  const outcome = acceptUpdate(current, bytes, signature, publicKey);
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

/** Managed storage as given by policy, made safe: unknown or malformed parts are ignored. */
export function normalizePolicy(raw) {
  const p = raw && typeof raw === 'object' ? raw : {};
  const subscriptions = [];
  const errors = [];
  for (const s of Array.isArray(p.subscriptions) ? p.subscriptions : []) {
    try {
      subscriptions.push(normalizeSubscription(s));
    } catch (e) {
      errors.push(e.message);
    }
  }
  return {
    subscriptions,
    errors,
    lockSubscriptions: p.lockSubscriptions === true,
    disableReaderExceptions: p.disableReaderExceptions === true,
    language: ['auto', 'ar', 'fr', 'en'].includes(p.language) ? p.language : undefined,
  };
}
