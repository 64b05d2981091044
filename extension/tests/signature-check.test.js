// The browser's own Ed25519 check of a list's signature
// (extension/background/signature-check.js), run on Node's WebCrypto, with the
// committed test key (tests/keys, which protects nothing): only a signature by
// the pinned key over the exact bytes is `valid`; anything else is named as the
// engine's own check names it (src/list/update.rs), and the engine is asked
// (acceptUpdateWith) only with what was found.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const signing = require('../../tests/e2e/list-signing');

const mod = () => import('../background/signature-check.js');
const bytes = new TextEncoder().encode('{"format":"asli.list.v1","version":1}\n');
const other = `asli-ed25519-public:${Buffer.alloc(32, 9).toString('base64')}`;

test('only the pinned key\'s signature over the exact bytes is valid', async () => {
  const { checkSignature } = await mod();
  const sig = signing.sign(bytes);
  assert.deepEqual(await checkSignature(bytes, sig, signing.PUBLIC), { check: 'valid', detail: '' });
  assert.deepEqual(await checkSignature(bytes, `# a comment\n\n${sig}`, `# the key\n${signing.PUBLIC}\n`), { check: 'valid', detail: '' });
  const altered = bytes.slice();
  altered[5] ^= 1;
  assert.deepEqual(await checkSignature(altered, sig, signing.PUBLIC), { check: 'mismatch', detail: '' });
  // Signed by the test key, which the file declares, where another key is pinned.
  const wrong = await checkSignature(bytes, sig, other);
  assert.equal(wrong.check, 'wrong-key');
  assert.equal(wrong.detail, `${signing.PUBLIC}\n${other}`);
  // The same, the file declaring no key: only a mismatch.
  assert.deepEqual(await checkSignature(bytes, sig.replace(/^asli-ed25519-public:.*\n/m, ''), other), { check: 'mismatch', detail: '' });
});

test('a signature file that does not read, or a key that does not, is named as such', async () => {
  const { checkSignature } = await mod();
  const sig = signing.sign(bytes);
  for (const bad of ['', '# nothing\n', 'asli-ed25519-signature:not base64!', `${sig}${sig}`, `${sig}asli-ed25519-secret:AAAA\n`, 'hello\n' + sig,
    'asli-ed25519-signature:' + Buffer.alloc(63).toString('base64')]) {
    assert.equal((await checkSignature(bytes, bad, signing.PUBLIC)).check, 'unreadable', JSON.stringify(bad));
  }
  for (const key of ['', 'asli-ed25519-public:AAAA', `${signing.PUBLIC}\n${other}`]) {
    assert.equal((await checkSignature(bytes, sig, key)).refusal.code, 'bad-public-key', key);
  }
});

test('the engine is asked with what the check found; a refusal before it is returned as is', async () => {
  const { acceptUpdateWith } = await mod();
  const asked = [];
  const engine = (...args) => { asked.push(args); return { ok: args[2] === 'valid' }; };
  assert.deepEqual(await acceptUpdateWith(engine, 3, bytes, signing.sign(bytes), signing.PUBLIC), { ok: true });
  assert.deepEqual(await acceptUpdateWith(engine, undefined, bytes, signing.sign(new Uint8Array([1])), signing.PUBLIC), { ok: false });
  assert.deepEqual(asked.map(([v, , check]) => [v, check]), [[3, 'valid'], [undefined, 'mismatch']]);
  const refused = await acceptUpdateWith(() => assert.fail('not asked'), 3, bytes, signing.sign(bytes), 'no key');
  assert.equal(refused.code, 'bad-public-key');
});
