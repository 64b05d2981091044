// After a Wasm trap the module is instantiated again, not only the engine
// object rebuilt (extension/background/wasm-core.js). The real module's trap
// is forced in tests/e2e/robust.test.js.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');

const core = () => import('../background/wasm-core.js');

/** A fake wasm-bindgen module: each instantiation is a new "instance" number. */
function fakeModule() {
  const m = { instances: 0, live: null, forgot: 0 };
  m.bindings = { check: () => { if (m.live === 'trapped') throw new WebAssembly.RuntimeError('unreachable'); return m.live; } };
  m.instantiate = async () => { m.instances += 1; m.live = m.instances; };
  m.forget = () => { m.forgot += 1; };
  return m;
}

test('one instance shared by every user until a trap; the next use after a trap instantiates again', async () => {
  const { createWasm } = await core();
  const m = fakeModule();
  const w = createWasm(m);
  let told = 0;
  w.onRestart(() => { told += 1; });
  assert.deepEqual(await Promise.all([w.use((b) => b.check()), w.use((b) => b.check())]), [1, 1]);
  assert.equal(m.instances, 1);
  m.live = 'trapped';
  await assert.rejects(w.use((b) => b.check()), WebAssembly.RuntimeError);
  assert.equal(m.forgot, 1, 'the instance is forgotten');
  assert.equal(told, 1, 'the engine is told');
  assert.equal(await w.use((b) => b.check()), 2, 'a new instance answers');
  assert.equal(w.generation, 1);
});

test('an error the Rust code returned on purpose is not a trap', async () => {
  const { createWasm, isTrap } = await core();
  const m = fakeModule();
  const w = createWasm(m);
  await assert.rejects(w.use(() => { throw new Error('not a valid list'); }), /valid list/);
  assert.equal(m.forgot, 0);
  assert.equal(isTrap(new Error('x')), false);
  assert.equal(isTrap(new WebAssembly.RuntimeError('x')), true);
});

test('a failed start is retried on the next use', async () => {
  const { createWasm } = await core();
  let tries = 0;
  const w = createWasm({ instantiate: async () => { tries += 1; if (tries === 1) throw new Error('offline'); }, bindings: { ok: true } });
  await assert.rejects(w.ready(), /offline/);
  assert.deepEqual(await w.ready(), { ok: true });
});
