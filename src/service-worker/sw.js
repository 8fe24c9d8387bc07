/*
 * The Back Spasm Guide service worker: it saves the red-flag page, the tools
 * and every page a reader opens, so urgent advice opens with no signal.
 *
 * src/integrations/serviceWorker.ts fills in CONFIG at build time and writes
 * this file to dist/sw.js: the version (a hash of every saved file, so a new
 * build installs a new worker), the base path, and the files to save first.
 *
 * - Pages: network first, so readers get the newest advice; if there is no
 *   network (or it takes over 4 seconds), the saved copy; failing that, the
 *   offline page.
 * - /_astro/ files: their names change when their content does, so a saved
 *   copy is always right: cache first.
 * - Everything else on this site: network first, then the saved copy.
 * A new version takes over at once (skipWaiting) and is used from the next
 * page the reader opens; it never swaps a page that is already showing.
 */
const CONFIG = __SW_CONFIG__;

const PRECACHE = `bsg-precache-${CONFIG.version}`;
/** Pages and files the reader opened. Kept across versions; trimmed to the newest entries. */
const RUNTIME = 'bsg-runtime';
const RUNTIME_MAX_ENTRIES = 80;
const NETWORK_TIMEOUT_MS = 4000;
/**
 * Hosts often send "Vary: Origin" or "Vary: Accept-Encoding"; a script asked
 * for as a module (with an Origin header) must still find its saved copy.
 */
const MATCH = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      await cache.addAll(CONFIG.precache.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('bsg-precache-') && key !== PRECACHE) await caches.delete(key);
      }
      // The page that registered this worker was loaded before it existed: save it too.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const inScope = windows.filter((client) => new URL(client.url).pathname.startsWith(CONFIG.base));
      await Promise.all(inScope.map((client) => saveCopy(new Request(client.url)).catch(() => undefined)));
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  if (url.pathname.startsWith(`${CONFIG.base}_astro/`)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(event));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/** A tap on a timer notification brings the page that set it to the front. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? CONFIG.base, self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => client.url === target) ?? windows[0];
      if (open) return open.focus();
      return self.clients.openWindow(target);
    })(),
  );
});

/** A cached response that can answer a navigation (a redirected one cannot). */
function usable(response) {
  if (!response || !response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function put(request, response) {
  if (!response.ok || response.type !== 'basic') return;
  // Keep a saved page in the cache it came from, so the newest copy is the one found.
  const cacheName = (await (await caches.open(PRECACHE)).match(request, MATCH)) ? PRECACHE : RUNTIME;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  if (cacheName === RUNTIME) {
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - RUNTIME_MAX_ENTRIES)).map((key) => cache.delete(key)));
  }
}

async function saveCopy(request) {
  const response = await fetch(request);
  await put(request, response.clone());
  return response;
}

async function cacheFirst(request) {
  const cached = await caches.match(request, MATCH);
  if (cached) return cached;
  return saveCopy(request);
}

async function networkFirst(request) {
  try {
    return await saveCopy(request);
  } catch (error) {
    const cached = await caches.match(request, MATCH);
    if (cached) return cached;
    throw error;
  }
}

async function page(event) {
  const { request } = event;
  const network = saveCopy(request);
  event.waitUntil(network.catch(() => undefined));
  const saved = async () => usable(await caches.match(request, { ...MATCH, ignoreSearch: true }));
  try {
    const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS)).then(
      async () => (await saved()) ?? network,
    );
    return await Promise.race([network, slow]);
  } catch {
    return (await saved()) ?? usable(await caches.match(CONFIG.offline, MATCH)) ?? Response.error();
  }
}
