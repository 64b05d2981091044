// A fake extension API for unit tests of background modules: storage areas
// (local, session) kept in memory, each call answering after `delayMs` (so
// that overlapping read-modify-writes overlap as in a browser), and the
// onChanged/onMessage hooks as no-ops. Install it before importing a module.
'use strict';

function area(delayMs) {
  const data = {};
  const later = (v) => new Promise((r) => setTimeout(() => r(v), delayMs));
  return {
    data,
    get: (key) => {
      const keys = key === null ? Object.keys(data) : Array.isArray(key) ? key : [key];
      const out = {};
      for (const k of keys) if (k in data) out[k] = structuredClone(data[k]);
      return later(out);
    },
    set: (obj) => { const copy = structuredClone(obj); return later().then(() => Object.assign(data, copy)); },
  };
}

function install({ delayMs = 2 } = {}) {
  const local = area(delayMs);
  const session = area(delayMs);
  globalThis.chrome = {
    storage: { local, session, onChanged: { addListener() {} } },
  };
  return { local: local.data, session: session.data };
}

module.exports = { install };
