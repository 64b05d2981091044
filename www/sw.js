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

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
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
