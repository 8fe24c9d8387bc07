import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse } from 'node-html-parser';
import { normaliseBase } from '../../src/site.ts';
import { listFiles } from '../../src/pipeline/listFiles.ts';

/**
 * What a page costs a reader at page load, in gzip bytes (zlib level 6, as
 * nginx's gzip_comp_level 6): its HTML, its stylesheets, and the JavaScript
 * that runs at load (module and classic scripts plus everything they import
 * statically; dynamic import() loads later, on demand, and is not counted).
 */
export interface PageWeight {
  /** The built file, such as articles/ice-or-heat/index.html. */
  file: string;
  html: number;
  css: number;
  js: number;
  /** JavaScript a page can load later, on demand (dynamic import()), not counted in `js`. */
  lazyJs: number;
  /** dist/ files counted as JavaScript at load. */
  scripts: string[];
  stylesheets: string[];
}

/** Page-weight budgets, in gzip bytes, checked over dist/ by tests/dist/budgets.test.ts. */
export const BUDGET = {
  /** JavaScript that runs when an article loads (dynamic imports excluded). */
  articleJs: 10 * 1024,
  /** An article's HTML plus its stylesheets. */
  articleHtmlCss: 30 * 1024,
  /** An article's HTML alone: it should arrive in the first round trip (about 14 KB). */
  articleHtml: 14 * 1024,
  /**
   * A Spanish article's HTML. Spanish says the same thing in about 15% more
   * text, and the longest Spanish article (the first 48 hours, 16 KB) takes a
   * second round trip; this ceiling stops any Spanish page growing further.
   */
  articleHtmlEs: 16.5 * 1024,
  /** All web fonts together (today the site uses system fonts only). */
  fonts: 40 * 1024,
};

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 6 }).length;

/** A URL path in the built site to its file in dist/, or undefined for other origins. */
function fileFor(url: string, from: string, base: string): string | undefined {
  const resolved = new URL(url, `http://site.invalid${base}${from}`);
  if (resolved.origin !== 'http://site.invalid') return undefined;
  const prefix = normaliseBase(base);
  if (!resolved.pathname.startsWith(prefix)) return undefined;
  return decodeURIComponent(resolved.pathname.slice(prefix.length));
}

/**
 * A module and every module it imports statically, as dist/ files, into
 * `seen`; the targets of its dynamic import()s with a plain string go into `lazy`.
 */
function staticImports(dist: string, file: string, base: string, seen: Set<string>, lazy: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`a page loads ${file}, which is not in ${dist}/`);
  followImports(dist, readFileSync(path, 'utf8'), file, base, seen, lazy);
}

function followImports(
  dist: string,
  code: string,
  from: string,
  base: string,
  seen: Set<string>,
  lazy: Set<string>,
): void {
  const [imports] = parseModule(code);
  for (const entry of imports) {
    if (!entry.n) continue;
    const target = fileFor(entry.n, from, base);
    if (!target) continue;
    // d === -1: a static import or export-from, loaded with the page; d >= 0: import(), loaded later.
    if (entry.d === -1) staticImports(dist, target, base, seen, lazy);
    else lazy.add(target);
  }
}

/** Measures one built page. `file` is relative to `dist`, such as about/index.html. */
export async function pageWeight(dist: string, file: string, base = '/'): Promise<PageWeight> {
  await init;
  const html = readFileSync(join(dist, file), 'utf8');
  const doc = parse(html);
  const pagePath = file.replace(/(^|\/)index\.html$/, '$1');

  const stylesheets = doc
    .querySelectorAll('link[rel~="stylesheet"][href]')
    .map((link) => fileFor(link.getAttribute('href')!, pagePath, base))
    .filter((f): f is string => f !== undefined);

  const scripts = new Set<string>();
  const lazy = new Set<string>();
  let inlineJs = '';
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && !type.includes('javascript')) continue; // data blocks such as JSON-LD
    const src = script.getAttribute('src');
    if (src) {
      const target = fileFor(src, pagePath, base);
      if (target) staticImports(dist, target, base, scripts, lazy);
      continue;
    }
    inlineJs += script.textContent;
    if (type === 'module') followImports(dist, script.textContent, pagePath, base, scripts, lazy);
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"][href]')) {
    const target = fileFor(link.getAttribute('href')!, pagePath, base);
    if (target) staticImports(dist, target, base, scripts, lazy);
  }
  // Everything the dynamic imports bring in that the page has not loaded already.
  const later = new Set<string>();
  for (const file of lazy) staticImports(dist, file, base, later, lazy);
  for (const file of scripts) later.delete(file);

  const read = (f: string) => readFileSync(join(dist, f));
  return {
    file,
    html: gzipSize(html),
    css: stylesheets.reduce((sum, f) => sum + gzipSize(read(f)), 0),
    js: (inlineJs ? gzipSize(inlineJs) : 0) + [...scripts].reduce((sum, f) => sum + gzipSize(read(f)), 0),
    lazyJs: [...later].reduce((sum, f) => sum + gzipSize(read(f)), 0),
    scripts: [...scripts],
    stylesheets,
  };
}

const FONT = /\.(woff2?|ttf|otf|eot)$/i;

/** The web fonts a build ships, and any font or stylesheet it loads from another origin. */
export function fontReport(dist: string): {
  files: { file: string; bytes: number }[];
  total: number;
  thirdParty: string[];
} {
  const all = listFiles(dist);
  const files = all.filter((f) => FONT.test(f)).map((file) => ({ file, bytes: statSync(join(dist, file)).size }));
  const thirdParty: string[] = [];
  for (const file of all.filter((f) => f.endsWith('.css'))) {
    for (const [, url] of readFileSync(join(dist, file), 'utf8').matchAll(
      /(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi,
    )) {
      thirdParty.push(`${file}: ${url}`);
    }
  }
  for (const file of all.filter((f) => f.endsWith('.html'))) {
    const doc = parse(readFileSync(join(dist, file), 'utf8'));
    for (const link of doc.querySelectorAll('link[href]')) {
      const rel = link.getAttribute('rel') ?? '';
      const href = link.getAttribute('href') ?? '';
      if (/stylesheet|preload|preconnect|dns-prefetch/.test(rel) && /^(https?:)?\/\//i.test(href))
        thirdParty.push(`${file}: ${href}`);
    }
  }
  return { files, total: files.reduce((sum, f) => sum + f.bytes, 0), thirdParty };
}

/** Bytes as KB with one decimal (1 KB = 1,024 bytes). */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
