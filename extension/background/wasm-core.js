// The Wasm module's life, without the browser (wasm.js hands in the real
// wasm-bindgen module; unit tests a fake one): instantiated once, on first
// use, shared by the engine, list checks and avatar hashing; after a trap
// (WebAssembly.RuntimeError: a Rust panic, an out-of-bounds access) the
// instance is thrown away whole, memory and allocator included, and the next
// use instantiates the module again. Whoever holds objects of the old
// instance (engine.js: the AsliEngine) is told through onRestart.

/** A Wasm trap, as opposed to an error the Rust code returned on purpose (JsError). */
export function isTrap(e) {
  return typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
}

/**
 * `instantiate()` → promise: instantiates the module (wasm-bindgen's init);
 * `forget()`: makes the next `instantiate()` start a new instance;
 * `bindings`: the module's exports (classes and functions), handed to users.
 */
export function createWasm({ instantiate, forget, bindings }) {
  let loading = null;
  let generation = 0;
  const listeners = [];

  /** Resolves with the bindings once an instance is ready (a failed start is retried on the next call). */
  function ready() {
    if (!loading) {
      const mine = Promise.resolve().then(instantiate).then(() => bindings);
      loading = mine;
      mine.catch(() => { if (loading === mine) loading = null; });
    }
    return loading;
  }

  /** Throws the instance away; the next ready() instantiates the module again. */
  function restart() {
    generation += 1;
    loading = null;
    if (forget) forget();
    for (const f of listeners) {
      try { f(); } catch (_) { /* a listener's trouble is its own */ }
    }
  }

  /** Runs `fn(bindings)` on a ready instance; a trap inside it restarts the module, then rethrows. */
  async function use(fn) {
    const b = await ready();
    try {
      return await fn(b);
    } catch (e) {
      if (isTrap(e)) restart();
      throw e;
    }
  }

  return {
    ready,
    use,
    restart,
    onRestart: (f) => { listeners.push(f); },
    get generation() { return generation; },
  };
}
