// The site's service worker: on install it stores every file of the site
// (the list below is written by scripts/lib/build-www.mjs), then answers from
// that store first, so the site works offline once visited. A new build has a
// new VERSION: its files replace the old ones. Only this site's own files are
// ever stored or answered; every other request goes to the network untouched.
const VERSION = '__ASLI_VERSION__';
const FILES = ['__ASLI_FILES__'];
const CACHE = `asli-www-${VERSION}`;
/** Opened once per start of the worker: a page's first load asks for some thirty files at once. */
let opened = null;
const store = () => (opened ??= caches.open(CACHE).catch((e) => { opened = null; throw e; }));

// The site's own files other than its pages are answered by the browser
// straight from this version's store (the Service Worker Static Routing API,
// where the browser has it), without starting this worker or running its
// fetch handler for each: on a return visit the engine's wasm, the list and
// the modules arrive sooner. What the store lacks comes from the network.
// Pages still go through the fetch handler below (a shared link's query is
// ignored there; the static routes match exact addresses).
const ROUTED = ['js/*', 'wasm/*', 'lists/*', 'keys/*', 'i18n/*', 'css/*', 'icons/*', 'icon.svg', 'reasons.json'];

self.addEventListener('install', (event) => {
  const routed = (async () => {
    if (!event.addRoutes || typeof URLPattern !== 'function') return;
    const base = self.registration.scope;
    await event.addRoutes(ROUTED.map((pathname) => ({
      condition: { urlPattern: new URLPattern({ pathname, baseURL: base }), requestMethod: 'GET' },
      source: { cacheName: CACHE },
    })));
  })().catch(() => { /* the fetch handler answers instead */ });
  event.waitUntil(Promise.all([routed, caches.open(CACHE).then((c) => c.addAll(FILES))]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('asli-www-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await store();
    // Pages are looked up without their query (?q=, shared links) and fragment.
    const hit = await cache.match(event.request, { ignoreSearch: event.request.mode === 'navigate' });
    if (hit) return hit;
    if (event.request.mode === 'navigate' && url.pathname.endsWith('/')) {
      const index = await cache.match(new URL('index.html', self.registration.scope).href);
      if (index) return index;
    }
    return fetch(event.request);
  })());
});
