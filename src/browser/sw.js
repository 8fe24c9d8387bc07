/*
 * The Back Spasm Guide service worker: it saves the red-flag page, the tools
 * and every page a reader opens, so urgent advice opens with no signal.
 *
 * src/build/serviceWorker/integration.ts fills in CONFIG at build time and writes
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
 *
 * After a deploy, a saved page must still open offline with its styles and
 * scripts, so on activate the new version refreshes every saved page with its
 * /_astro/ files together. A page it cannot refresh keeps its saved copy, and
 * the files that copy uses are kept with it. Only then are the older
 * versions' files dropped, and with them the /_astro/ files no saved page uses.
 */
const CONFIG = __SW_CONFIG__;

const PRECACHE = `bsg-precache-${CONFIG.version}`;
/** Pages and files the reader opened. Kept across versions; trimmed to the newest entries. */
const RUNTIME = 'bsg-runtime';
/** Saved pages and other files; the /_astro/ files they use are kept beside them and not counted. */
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
      const older = (await caches.keys()).filter((key) => key.startsWith('bsg-precache-') && key !== PRECACHE);
      await keepSavedPagesWhole(older);
      for (const key of older) await caches.delete(key);
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

const isAsset = (url) => new URL(url).pathname.startsWith(`${CONFIG.base}_astro/`);
const isPage = (url) => !isAsset(url) && /(\/|\.html)$/.test(new URL(url).pathname);

async function put(request, response) {
  if (!response.ok || response.type !== 'basic') return;
  // Keep a saved page in the cache it came from, so the newest copy is the one found.
  const cacheName = (await (await caches.open(PRECACHE)).match(request, MATCH)) ? PRECACHE : RUNTIME;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  if (cacheName === RUNTIME) {
    // Trim the oldest pages and files; /_astro/ files go when no saved page uses them (on activate).
    const keys = (await cache.keys()).filter((key) => !isAsset(key.url));
    await Promise.all(keys.slice(0, Math.max(0, keys.length - RUNTIME_MAX_ENTRIES)).map((key) => cache.delete(key)));
  }
}

/** The /_astro/ files a page or script refers to (as src/build/serviceWorker/files.ts finds them at build time). */
function assetsIn(text, fileUrl) {
  const astro = `${CONFIG.base}_astro/`;
  const escaped = astro.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new Set();
  for (const match of text.matchAll(new RegExp(`${escaped}[^"'\`\\s)<>?#]+`, 'g'))) found.add(match[0]);
  if (new URL(fileUrl).pathname.endsWith('.js')) {
    for (const match of text.matchAll(/["'](\.{1,2}\/[^"'?#]+\.(?:js|css))["']/g)) {
      found.add(new URL(match[1], fileUrl).pathname);
    }
  }
  return [...found].filter((path) => path.startsWith(astro)).map((path) => new URL(path, self.location.origin).href);
}

/**
 * Every page a reader saved (and any page an older version saved first and
 * this one does not) is refreshed from the network with its /_astro/ files,
 * or, failing that, keeps its saved copy and the files it uses. Runs before
 * the older versions' caches are deleted, so their files can still be copied.
 */
async function keepSavedPagesWhole(olderCaches) {
  const runtime = await caches.open(RUNTIME);
  const precache = await caches.open(PRECACHE);
  for (const name of olderCaches) {
    const older = await caches.open(name);
    for (const request of await older.keys()) {
      if (isPage(request.url) && !(await precache.match(request, MATCH)) && !(await runtime.match(request, MATCH))) {
        await runtime.put(request, await older.match(request));
      }
    }
  }
  const needed = new Set();
  for (const request of await runtime.keys()) {
    if (!isPage(request.url)) continue;
    const html = await refreshPage(runtime, request);
    if (html !== undefined) for (const url of assetsIn(html, request.url)) needed.add(url);
  }
  for (const request of await precache.keys()) needed.delete(request.url);
  // Scripts import other scripts: follow them.
  const queue = [...needed];
  while (queue.length > 0) {
    const url = queue.shift();
    const response = (await caches.match(url, MATCH)) ?? (await fetch(url).catch(() => undefined));
    if (!response || !response.ok) continue;
    if (!(await precache.match(url, MATCH))) await runtime.put(url, response.clone());
    if (url.endsWith('.js')) {
      for (const next of assetsIn(await response.text(), url)) {
        if (!needed.has(next)) {
          needed.add(next);
          queue.push(next);
        }
      }
    }
  }
  for (const request of await runtime.keys()) {
    if (isAsset(request.url) && !needed.has(request.url)) await runtime.delete(request);
  }
}

/** A saved page's newest text: fetched and saved again if the network answers, else its saved copy. */
async function refreshPage(cache, request) {
  try {
    const response = await fetch(new Request(request.url, { cache: 'no-cache' }));
    if (response.ok && response.type === 'basic') {
      await cache.put(request, response.clone());
      return await response.text();
    }
  } catch {
    // No network: the saved copy stays, with its files.
  }
  const saved = await cache.match(request, MATCH);
  return saved ? saved.text() : undefined;
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

/** The offline page in the language of the page asked for: /es/... gets the Spanish one. */
function offlinePageFor(url) {
  const { pathname } = new URL(url);
  return (CONFIG.offlineByFolder ?? []).find((o) => pathname.startsWith(o.folder))?.page ?? CONFIG.offline;
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
    return (await saved()) ?? usable(await caches.match(offlinePageFor(request.url), MATCH)) ?? Response.error();
  }
}
