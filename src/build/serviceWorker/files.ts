/**
 * Pure helpers for building dist/sw.js: which files to save for offline
 * reading, and the worker's text. Reading files and hashing happen in
 * src/build/serviceWorker/integration.ts; here a `read` function is passed in.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { normaliseBase } from '../../site.ts';
import { withBase } from '../../domain/url.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The /_astro/ files a page or a script loads: absolute references anywhere in
 * the text (links, script sources, imports in inline modules, url() in inline
 * styles) and, in JavaScript, relative imports such as `import "./chunk.js"`.
 * A scan for addresses, not a reading of the HTML: any /_astro/ address a page
 * or script names, wherever it stands, is a file to save.
 */
export function assetReferences(text: string, fileUrl: string, base: string): string[] {
  const astro = `${normaliseBase(base)}_astro/`;
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`${escape(astro)}[^"'\`\\s)<>?#]+`, 'g'))) found.add(match[0]);
  if (fileUrl.endsWith('.js')) {
    for (const match of text.matchAll(/["'](\.{1,2}\/[^"'?#]+\.(?:js|css))["']/g)) {
      found.add(new URL(match[1] ?? '', `http://site${fileUrl}`).pathname);
    }
  }
  return [...found].filter((url) => url.startsWith(astro));
}

const LINKED_TYPES = ['icon', 'apple-touch-icon', 'manifest'];

/** Icons and the web manifest a page links to (<link rel="icon" | "apple-touch-icon" | "manifest">) on this site. */
export function linkedFiles(html: string, base: string): string[] {
  const prefix = normaliseBase(base);
  const found = new Set<string>();
  new Parser({
    onopentag(name, attributes) {
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      const href = attributes.href?.trim();
      if (name === 'link' && href?.startsWith(prefix) && rel.some((type) => LINKED_TYPES.includes(type)))
        found.add(href);
    },
  }).end(html);
  return [...found];
}

export interface Precache {
  /** Every URL to save on install, sorted: the pages, then their files. */
  urls: string[];
  /** Pages (root-relative, without the base) that the build did not produce. */
  missingPages: string[];
  /** Files that pages refer to but the build did not produce. */
  missingFiles: string[];
}

/**
 * The pages to save first, every CSS and JS file they load (following
 * imports between scripts), the icons and manifest they link to, and any
 * extra files. `read` gives a built file's text by its URL, or
 * undefined if there is no such file.
 */
export function collectPrecache(
  pages: readonly string[],
  base: string,
  read: (url: string) => string | undefined,
  extraFiles: readonly string[] = [],
): Precache {
  const pageUrls: string[] = [];
  const missingPages: string[] = [];
  const missingFiles = new Set<string>();
  const files = new Set<string>();
  const queue: string[] = [];
  for (const page of pages) {
    const url = withBase(page, base);
    const html = read(url);
    if (html === undefined) {
      missingPages.push(page);
      continue;
    }
    pageUrls.push(url);
    queue.push(...assetReferences(html, url, base), ...linkedFiles(html, base));
  }
  queue.push(...extraFiles.map((file) => withBase(file, base)));
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (files.has(url) || missingFiles.has(url)) continue;
    const text = read(url);
    if (text === undefined) {
      missingFiles.add(url);
      continue;
    }
    files.add(url);
    if (url.endsWith('.js')) queue.push(...assetReferences(text, url, base));
  }
  return { urls: [...new Set(pageUrls), ...[...files].sort()], missingPages, missingFiles: [...missingFiles].sort() };
}

export interface WorkerConfig {
  /** Changes whenever a saved file changes, so browsers install the new worker. */
  version: string;
  base: string;
  precache: string[];
  /** The page shown for a page that was never saved, when there is no network. */
  offline: string;
  /** Each language's own offline page, for the pages under its folder (such as /es/). */
  offlineByFolder?: { folder: string; page: string }[];
}

/** The worker's text: the template with its CONFIG filled in. */
export function buildServiceWorker(template: string, config: WorkerConfig): string {
  if (!template.includes('__SW_CONFIG__'))
    throw new Error('the service worker template has no __SW_CONFIG__ placeholder');
  for (const page of [config.offline, ...(config.offlineByFolder ?? []).map((o) => o.page)])
    if (!config.precache.includes(page)) throw new Error(`the offline page ${page} is not in the precache list`);
  return template.replace('__SW_CONFIG__', JSON.stringify(config, null, 2));
}

/**
 * A short hash of the worker template and every saved file (address and
 * content). Any change gives a new version, so browsers install the new worker
 * and drop the old files; an unchanged build keeps the same one.
 */
export function workerVersion(
  template: string,
  files: readonly (readonly [url: string, content: string | Uint8Array])[],
): string {
  const hash = createHash('sha256').update(template);
  for (const [url, content] of files) hash.update('\0').update(url).update('\0').update(content);
  return hash.digest('hex').slice(0, 12);
}
