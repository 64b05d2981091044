// Subscription logic (extension/background/subscriptions.js) without a browser:
// fetch and the engine's acceptUpdate are faked.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const mod = () => import('../background/subscriptions.js');
const KEY = 'asli-ed25519-public:FYUaIUnyM0jsXjCQ0WMZmIbtfR06hWGDQHlWnUxUth8=';
const SUB = { url: 'https://lists.example/n.json', publicKey: KEY, label: 'N' };

/** A fetch answering from `bodies` (url → string | {status} | Error), streaming in small chunks. */
function fakeFetch(bodies, seen = []) {
  return async (url, init) => {
    seen.push({ url, init });
    const b = bodies[url];
    if (b instanceof Error) throw b;
    if (b && b.status) return new Response('x', { status: b.status });
    if (b && b.declare) return new Response('small', { headers: { 'content-length': String(b.declare) } });
    return new Response(b, { status: 200 });
  };
}

const accepting = (version) => (current, bytes, sig, key) => {
  assert.equal(key, KEY);
  if (current !== undefined && version < current) return { ok: false, code: 'downgrade', message: 'older' };
  if (current !== undefined && version === current) return { ok: false, code: 'not-newer', message: 'same' };
  return { ok: true, version, name: 'N', publisher: 'p', entries: 1 };
};

test('a first good fetch is accepted and stored, without cookies or cache', async () => {
  const { refreshSubscription } = await mod();
  const seen = [];
  const st = await refreshSubscription(SUB, undefined, {
    fetchImpl: fakeFetch({ [SUB.url]: '{"v":2}', [`${SUB.url}.sig`]: 'sig' }, seen), acceptUpdate: accepting(2), now: () => 'T1',
  });
  assert.equal(st.text, '{"v":2}');
  assert.equal(st.signature, 'sig');
  assert.equal(st.version, 2);
  assert.equal(st.lastUpdate, 'T1');
  assert.equal(st.lastError, null);
  assert.deepEqual(seen.map((s) => s.url).sort(), [SUB.url, `${SUB.url}.sig`]);
  for (const s of seen) {
    assert.equal(s.init.credentials, 'omit');
    assert.equal(s.init.cache, 'no-store');
  }
});

test('a refusal keeps the list in force and records the error', async () => {
  const { refreshSubscription } = await mod();
  const prev = { text: 'OLD', version: 5, lastUpdate: 'T0', lastError: null };
  const st = await refreshSubscription(SUB, prev, {
    fetchImpl: fakeFetch({ [SUB.url]: 'NEW', [`${SUB.url}.sig`]: 'sig' }), acceptUpdate: accepting(3), now: () => 'T2',
  });
  assert.equal(st.text, 'OLD');
  assert.equal(st.version, 5);
  assert.equal(st.lastUpdate, 'T0');
  assert.equal(st.lastCheck, 'T2');
  assert.deepEqual(st.lastError, { code: 'downgrade', message: 'older', at: 'T2' });
});

test('the same version again is a quiet check, not an error', async () => {
  const { refreshSubscription } = await mod();
  const prev = { text: 'OLD', version: 5, lastError: { code: 'tampered', message: 'x', at: 'T0' } };
  const st = await refreshSubscription(SUB, prev, {
    fetchImpl: fakeFetch({ [SUB.url]: 'OLD', [`${SUB.url}.sig`]: 'sig' }), acceptUpdate: accepting(5), now: () => 'T3',
  });
  assert.equal(st.lastError, null);
  assert.equal(st.text, 'OLD');
});

test('unreachable: network error and HTTP error', async () => {
  const { refreshSubscription } = await mod();
  const prev = { text: 'OLD', version: 5 };
  for (const body of [new TypeError('Failed to fetch'), { status: 404 }]) {
    const st = await refreshSubscription(SUB, prev, {
      fetchImpl: fakeFetch({ [SUB.url]: body, [`${SUB.url}.sig`]: 'sig' }), acceptUpdate: () => assert.fail('not called'),
    });
    assert.equal(st.lastError.code, 'unreachable');
    assert.equal(st.text, 'OLD');
  }
});

test('too large: refused from Content-Length before reading, and while reading', async () => {
  const { fetchCapped, refreshSubscription } = await mod();
  await assert.rejects(fetchCapped('u', { fetchImpl: fakeFetch({ u: { declare: 10 * 1024 * 1024 } }) }), { code: 'too-large' });
  await assert.rejects(fetchCapped('u', { fetchImpl: fakeFetch({ u: 'x'.repeat(2000) }), maxBytes: 1000 }), { code: 'too-large' });
  assert.equal((await fetchCapped('u', { fetchImpl: fakeFetch({ u: 'x'.repeat(1000) }), maxBytes: 1000 })).length, 1000);
  const st = await refreshSubscription(SUB, undefined, {
    fetchImpl: fakeFetch({ [SUB.url]: { declare: 6 * 1024 * 1024 }, [`${SUB.url}.sig`]: 'sig' }), acceptUpdate: () => assert.fail('not called'),
  });
  assert.equal(st.lastError.code, 'too-large');
  assert.equal(st.text, undefined);
});

test('an oversized signature file is an unreadable signature file', async () => {
  const { refreshSubscription } = await mod();
  const st = await refreshSubscription(SUB, undefined, {
    fetchImpl: fakeFetch({ [SUB.url]: '{}', [`${SUB.url}.sig`]: 'x'.repeat(20000) }), acceptUpdate: () => assert.fail('not called'),
  });
  assert.equal(st.lastError.code, 'bad-signature-file');
});

test('subscriptions: https only, a key line, a label', async () => {
  const { normalizeSubscription } = await mod();
  assert.deepEqual(normalizeSubscription({ url: ' https://a.example/l.json ', publicKey: `# c\n${KEY}\n` }),
    { url: 'https://a.example/l.json', publicKey: `# c\n${KEY}`, label: 'a.example' });
  assert.throws(() => normalizeSubscription({ url: 'http://a.example/l.json', publicKey: KEY }), /https/);
  assert.throws(() => normalizeSubscription({ url: 'https://u:p@a.example/l.json', publicKey: KEY }), /password/);
  assert.throws(() => normalizeSubscription({ url: 'https://a.example/l.json', publicKey: 'nope' }), /public key/);
  assert.throws(() => normalizeSubscription({ url: 'not a url', publicKey: KEY }), /address/);
});

test('priority order: managed, imported, reader subscriptions, bundled; labels unique; no text (or a bundled list that did not verify), no list', async () => {
  const { orderLists, readerOnly } = await mod();
  const managed = [{ url: 'https://m/1', label: 'Org' }, { url: 'https://m/2', label: 'Org2' }];
  const reader = readerOnly([{ url: 'https://m/1', label: 'dup' }, { url: 'https://r/1', label: 'Org' }, { url: 'https://r/1', label: 'again' }], managed);
  assert.deepEqual(reader.map((r) => r.url), ['https://r/1']);
  const lists = orderLists({
    managed, reader,
    imported: [{ id: 'i1', label: 'Mine', text: 'I' }],
    bundled: [{ label: 'bundled', text: 'B' }, { label: 'altered', text: null, error: { code: 'tampered' } }],
    states: { 'https://m/1': { text: 'M1' }, 'https://r/1': { text: 'R1' }, 'https://m/2': { lastError: { code: 'unreachable' } } },
  });
  assert.deepEqual(lists.map((l) => [l.label, l.text]), [['Org', 'M1'], ['Mine', 'I'], ['Org (2)', 'R1'], ['bundled', 'B']]);
});

test('policy: malformed parts ignored, booleans strict, language checked', async () => {
  const { normalizePolicy } = await mod();
  const p = normalizePolicy({
    subscriptions: [{ url: 'https://o.example/l.json', publicKey: KEY, label: 'IT' }, { url: 'ftp://x', publicKey: KEY }, 'junk'],
    lockSubscriptions: 'yes', disableReaderExceptions: true, language: 'de',
  });
  assert.equal(p.subscriptions.length, 1);
  assert.equal(p.errors.length, 4); // two subscriptions, lockSubscriptions 'yes', language 'de'
  assert.equal(p.lockSubscriptions, false);
  assert.equal(p.disableReaderExceptions, true);
  assert.equal(p.language, undefined);
  assert.deepEqual(normalizePolicy(undefined).subscriptions, []);
});

test('import: checked like an update, refused when older than the same list already imported', async () => {
  const { checkImport } = await mod();
  const bytes = new TextEncoder().encode('{"v":4}');
  const ok = await checkImport({ bytes, signature: 's', publicKey: KEY, label: ' Mine ' }, { acceptUpdate: accepting(4), now: () => 'T' });
  assert.equal(ok.ok, true);
  assert.equal(ok.record.label, 'Mine');
  assert.equal(ok.record.text, '{"v":4}');
  const older = await checkImport({ bytes, signature: 's', publicKey: KEY, current: 6 }, { acceptUpdate: accepting(4) });
  assert.deepEqual(older, { ok: false, code: 'downgrade', message: 'older' });
});

// ---------------------------------------------------------------- issue 11: a background that survives anything

/** A fetch answer as the browser gives it after redirects: `url` is where it ended. */
const landedAt = (url, body) => ({ ok: true, status: 200, url, type: 'basic', headers: new Headers(), body: new Response(body).body });

test('a redirect to http is refused, for the list and for its signature; https redirects are followed', async () => {
  const { fetchCapped, refreshSubscription } = await mod();
  await assert.rejects(fetchCapped(SUB.url, { fetchImpl: async () => landedAt('http://lists.example/n.json', '{}') }), { code: 'insecure-redirect' });
  assert.equal((await fetchCapped(SUB.url, { fetchImpl: async () => landedAt('https://mirror.example/n.json', 'abc') })).length, 3);
  for (const bad of [SUB.url, `${SUB.url}.sig`]) {
    const st = await refreshSubscription(SUB, { text: 'OLD', version: 5 }, {
      fetchImpl: async (url, init) => {
        assert.notEqual(init.redirect, 'error');
        return landedAt(url === bad ? url.replace('https:', 'http:') : url, url.endsWith('.sig') ? 'sig' : 'NEW');
      },
      acceptUpdate: () => assert.fail('insecure bytes never reach the engine'),
    });
    assert.equal(st.lastError.code, 'insecure-redirect', bad);
    assert.equal(st.text, 'OLD');
  }
});

test('the signature of a list address with a query or a fragment; an explicit signatureUrl', async () => {
  const { signatureUrl, normalizeSubscription, refreshSubscription } = await mod();
  assert.equal(signatureUrl('https://h.example/l.json'), 'https://h.example/l.json.sig');
  assert.equal(signatureUrl('https://h.example/l.json?token=a&v=2'), 'https://h.example/l.json.sig?token=a&v=2');
  assert.equal(signatureUrl('https://h.example/l.json#top'), 'https://h.example/l.json.sig');
  assert.equal(signatureUrl('https://h.example/get?file=l.json', { signatureUrl: 'https://h.example/get?file=l.json.sig' }), 'https://h.example/get?file=l.json.sig');
  const sub = normalizeSubscription({ url: 'https://h.example/get?file=l.json', publicKey: KEY, signatureUrl: 'https://h.example/get?file=l.json.sig' });
  assert.equal(sub.signatureUrl, 'https://h.example/get?file=l.json.sig');
  assert.throws(() => normalizeSubscription({ url: 'https://h.example/l', publicKey: KEY, signatureUrl: 'http://h.example/l.sig' }), /signatureUrl/);
  const seen = [];
  const q = { url: 'https://h.example/l.json?v=2', publicKey: KEY, label: 'Q' };
  const st = await refreshSubscription(q, undefined, {
    fetchImpl: fakeFetch({ 'https://h.example/l.json?v=2': '{"v":2}', 'https://h.example/l.json.sig?v=2': 'sig' }, seen), acceptUpdate: accepting(2),
  });
  assert.equal(st.lastError, null, JSON.stringify(st.lastError));
  assert.deepEqual(seen.map((s) => s.url).sort(), ['https://h.example/l.json.sig?v=2', 'https://h.example/l.json?v=2']);
});

test('a list carries its signed expires date; an expired list is stale', async () => {
  const { refreshSubscription, freshness } = await mod();
  const st = await refreshSubscription(SUB, undefined, {
    fetchImpl: fakeFetch({ [SUB.url]: '{}', [`${SUB.url}.sig`]: 'sig' }),
    acceptUpdate: async () => ({ ok: true, version: 3, name: 'N', entries: 1, expires: '2026-01-31' }),
    now: () => '2026-01-01T00:00:00.000Z',
  });
  assert.equal(st.expires, '2026-01-31');
  assert.equal(freshness(st, Date.parse('2026-01-31T12:00:00Z')).expired, false, 'valid through its last day');
  const later = freshness(st, Date.parse('2026-02-01T00:00:01Z'));
  assert.equal(later.expired, true);
  assert.equal(later.stale, true);
  assert.equal(freshness({ version: 1 }, Date.now()).stale, false, 'no expires: never expired');
});

test('a host serving the same version again, or an older one, is shown as such, not as a quiet success', async () => {
  const { refreshSubscription, freshness, FROZEN_DAYS } = await mod();
  const prev = { text: 'OLD', version: 5, lastUpdate: '2026-01-01T00:00:00.000Z', lastResult: 'updated', lastError: null };
  const same = await refreshSubscription(SUB, prev, {
    fetchImpl: fakeFetch({ [SUB.url]: 'OLD', [`${SUB.url}.sig`]: 'sig' }), acceptUpdate: accepting(5), now: () => '2026-03-01T00:00:00.000Z',
  });
  assert.equal(same.lastResult, 'same');
  assert.equal(same.servedVersion, 5);
  const f = freshness(same, Date.parse('2026-03-01T00:00:00Z'));
  assert.equal(f.sameForDays, 59);
  assert.ok(f.sameForDays >= FROZEN_DAYS);
  assert.equal(f.frozen, true);
  assert.equal(f.stale, true);
  const older = await refreshSubscription(SUB, prev, {
    fetchImpl: fakeFetch({ [SUB.url]: 'OLDER', [`${SUB.url}.sig`]: 'sig' }), acceptUpdate: accepting(4), now: () => '2026-01-02T00:00:00.000Z',
  });
  assert.equal(older.lastResult, 'older');
  assert.equal(freshness(older).servedOlder, true);
});

test('one slow host gives up within the per-list deadline, well below 30 s', async () => {
  const { refreshSubscription, FETCH_TIMEOUT_MS } = await mod();
  assert.ok(FETCH_TIMEOUT_MS <= 15000, `${FETCH_TIMEOUT_MS} ms`);
  const hanging = (url, init) => new Promise((_, reject) => {
    init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
  const t0 = Date.now();
  const st = await refreshSubscription(SUB, { text: 'OLD', version: 5 }, { fetchImpl: hanging, acceptUpdate: () => assert.fail('no'), timeoutMs: 200 });
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(st.lastError.code, 'unreachable');
  assert.equal(st.text, 'OLD');
});

test('policy: wrong types and bad subscriptions are reported, not silently dropped; "auto" is a language', async () => {
  const { normalizePolicy } = await mod();
  const p = normalizePolicy({
    subscriptions: [{ url: 'https://o.example/l.json', publicKey: KEY }, { url: 'http://o.example/x.json', publicKey: KEY }, 42],
    lockSubscriptions: 'true', disableReaderExceptions: 1, language: 'auto', colour: 'red',
  });
  assert.equal(p.subscriptions.length, 1);
  assert.equal(p.lockSubscriptions, false);
  assert.equal(p.disableReaderExceptions, false);
  assert.equal(p.language, 'auto');
  const joined = p.errors.join('\n');
  for (const what of ['subscriptions[1]', 'subscriptions[2]', 'lockSubscriptions', 'disableReaderExceptions', 'colour']) assert.match(joined, new RegExp(what.replace(/[[\]]/g, '\\$&')));
  assert.match(normalizePolicy({ subscriptions: 'https://o.example/l.json' }).errors[0], /subscriptions: .*not a list/);
  assert.match(normalizePolicy({ language: 'de' }).errors[0], /language/);
  assert.match(normalizePolicy('junk').errors[0], /not an object/);
  assert.deepEqual(normalizePolicy({}).errors, []);
});

test('the language in force: the policy\'s (auto = the browser\'s, whatever the reader chose), else the reader\'s', async () => {
  const { effectiveLanguage } = await import('../common/protocol.js');
  assert.equal(effectiveLanguage('auto', 'ar'), null);
  assert.equal(effectiveLanguage('fr', 'ar'), 'fr');
  assert.equal(effectiveLanguage(undefined, 'ar'), 'ar');
  assert.equal(effectiveLanguage(undefined, 'auto'), null);
  assert.equal(effectiveLanguage(undefined, 42), null);
});
