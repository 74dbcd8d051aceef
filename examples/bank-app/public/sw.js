// Jade Bank's app shell, offline: the page and its scripts are kept as they are fetched, and served from
// the cache when the network is gone. The rights API, the session and the sandbox's pages always go to the
// network; what the cardholder can still see offline (a voucher they opened) the SDK keeps itself.
const CACHE = 'jade-bank-shell-v1';
const NETWORK_ONLY = ['/v1/', '/bank/', '/sandbox/'];

// The page that registers this worker was loaded before it ran: keep the whole shell (the page and every
// script, style and lazily loaded chunk the build made, as its manifest lists them) now, so the very next
// load works offline, whichever screen it opens on.
self.addEventListener('install', (event) => event.waitUntil(keepShell().then(() => self.skipWaiting())));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || NETWORK_ONLY.some((path) => url.pathname.startsWith(path))) return;
  event.respondWith(networkFirst(event.request));
});

async function keepShell() {
  const cache = await caches.open(CACHE);
  const manifest = await (await fetch('/asset-manifest.json')).json();
  const files = Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]);
  await cache.addAll(['/', '/favicon.svg', ...new Set(files.map((file) => `/${file}`))]);
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    // Any state of the app is one page: a reload with other search parameters is still the shell.
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    throw error;
  }
}
