/**
 * The search as a reader meets it, in real Chromium: the header's search box
 * on an article page, served by the project's own nginx config (gzip, the
 * cache rules). For each query, a fresh browser context (nothing cached)
 * opens the page, then the network is slowed to slow 4G and the box is
 * focused and given the whole query at once. Counted from that moment until
 * the first result is on screen: every file fetched (Resource Timing, bytes
 * on the wire with their headers), plus the element's own script, which the
 * page loaded before. The service worker is blocked, as in the e2e tests, so
 * its offline saving is not counted.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { nginxConfFor } from '../../src/build/hosting/writeFiles.ts';
import type { SearchIndex } from '../../src/search/buildIndex.ts';
import { indexFile } from '../../src/search/shards.ts';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.ts';
import { findNginx, startNginx } from '../helpers/nginx.ts';

/** Slow 4G as the issue gives it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
/** The page the header search is measured on (any page has the box). */
const PAGE = '/articles/ice-or-heat/';

export interface BrowserQuery {
  query: string;
  /** Bytes on the wire (headers included) from the first keystroke to the first result, the element's script too. */
  bytes: number;
  /** The same, response bodies only (gzip as sent). */
  bodyBytes: number;
  requests: number;
  /** Whether the query found anything (else the figures run to "No results"). */
  found: boolean;
  /** From focus and typing to the first result on screen, under slow 4G. */
  ms: number;
}

/** The header element's script and the modules it imports statically (it loads with the page). */
export function elementScripts(dist: string): string[] {
  const folder = join(dist, '_astro');
  const element = readdirSync(folder).find(
    (f) => f.startsWith('HeaderSearch.astro_astro_type_script') && f.endsWith('.js'),
  );
  if (!element) throw new Error(`no <bsg-header-search> script in ${folder}: run "npm run build" first`);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(folder, file), 'utf8');
    // Static imports only: import{a}from"./x.js" or import"./x.js" (not import("./x.js"), which loads on focus).
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(match[1]!);
  };
  visit(element);
  return [...files];
}

/** A copy of the built site with `index` as its search index, in a temp folder (or in `dir`). */
export function siteWithIndex(
  dist: string,
  index: SearchIndex,
  dir = mkdtempSync(join(tmpdir(), 'bench-search-site-')),
): string {
  cpSync(dist, dir, { recursive: true });
  const folder = join(dir, 'search-index');
  rmSync(folder, { recursive: true, force: true });
  const write = (path: string, data: unknown) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), JSON.stringify(data));
  };
  write('meta.json', index.meta);
  index.shards.forEach((shard, n) => write(indexFile('terms', n, index.meta.hash), shard));
  index.typos.forEach((typos, n) => write(indexFile('typos', n, index.meta.hash), typos));
  index.docs.forEach((doc, n) => write(indexFile('docs', n, index.meta.hash), doc));
  return dir;
}

/** Runs every query in the browser against the built site carrying `index`. */
export async function measureInBrowser(
  dist: string,
  index: SearchIndex,
  queries: readonly string[],
): Promise<BrowserQuery[]> {
  const nginx = findNginx();
  if (!nginx) throw new Error('the browser search benchmark needs nginx (apt-get install nginx, or set NGINX_PATH)');
  const site = siteWithIndex(dist, index);
  const scripts = elementScripts(site);
  const server = await startNginx(nginx, (listen) =>
    nginxConfFor({ dir: resolve(site), root: process.cwd(), siteRoot: resolve(site), listen }),
  );
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  const results: BrowserQuery[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
      const measured = await page.evaluate(
        async ({ query, scripts }) => {
          const element = document.querySelector('bsg-header-search')!;
          const list = element.querySelector('#header-search-list')!;
          const status = element.querySelector('[data-header-status]')!;
          const input = element.querySelector<HTMLInputElement>('#site-search-q')!;
          let found = true;
          const shown = new Promise<number>((done) => {
            const check = () => {
              const result = list.querySelector('[role="option"]:not(.header-search__all)');
              // A search that ends with no result at all says so in the status.
              if (!result && status.textContent !== 'No results') return;
              found = Boolean(result);
              observer.disconnect();
              // On screen: the frame after the option went in.
              requestAnimationFrame(() => done(performance.now()));
            };
            const observer = new MutationObserver(check);
            observer.observe(element, { childList: true, subtree: true, characterData: true });
          });
          const start = performance.now();
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const end = await Promise.race([shown, new Promise<number>((done) => setTimeout(() => done(-1), 20_000))]);
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const counted = entries.filter(
            (e) =>
              (e.startTime >= start && e.responseEnd <= end) ||
              scripts.some((file) => new URL(e.name).pathname.endsWith(`/_astro/${file}`)),
          );
          return {
            found,
            ms: end < 0 ? -1 : end - start,
            bytes: counted.reduce((sum, e) => sum + e.transferSize, 0),
            bodyBytes: counted.reduce((sum, e) => sum + e.encodedBodySize, 0),
            requests: counted.length,
          };
        },
        { query, scripts },
      );
      if (measured.ms < 0) throw new Error(`no result on screen within 20 s for "${query}"`);
      results.push({ query, ...measured });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
  return results;
}
