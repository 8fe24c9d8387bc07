import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { BASE, DIST, SITE, htmlFiles, readText, urlPathOf } from './dist.ts';

/** The <loc> addresses of a sitemap file (an index or a url set). */
function locs(file: string): string[] {
  return [...readText(file).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** A sitemap address as a site path without the base: https://site/base/about/ -> /about/. */
function sitePath(url: string): string {
  const { pathname } = new URL(url);
  const prefix = BASE;
  if (!pathname.startsWith(prefix)) throw new Error(`sitemap address ${url} is outside the base path ${prefix}`);
  return `/${pathname.slice(prefix.length)}`;
}

/**
 * Every page a reader can land on, as site paths (/about/): each built HTML
 * page that is not a redirect page, and every page in the sitemap
 * (sitemap-index.xml) when the site has one. Throws if the sitemap lists a
 * page that was not built or points outside the site.
 */
export function sitePages(): string[] {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST}/index.html is missing: run "npm run build" first`);
  const built = htmlFiles().filter((file) => !isRedirectPage(readText(file)));
  const pages = new Set(built.map(urlPathOf));
  if (existsSync(join(DIST, 'sitemap-index.xml'))) {
    const origin = new URL(SITE).origin;
    for (const sitemap of locs('sitemap-index.xml')) {
      const file = sitePath(sitemap).slice(1);
      if (!existsSync(join(DIST, file))) throw new Error(`sitemap-index.xml lists ${sitemap}, which was not built`);
      for (const url of locs(file)) {
        if (new URL(url).origin !== origin) throw new Error(`${file} lists ${url}, which is not on ${origin}`);
        const path = sitePath(url);
        const html = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
        if (!existsSync(join(DIST, html))) throw new Error(`${file} lists ${url}, but ${DIST}/${html} was not built`);
        pages.add(path);
      }
    }
  }
  return [...pages].sort();
}

/**
 * The Spanish pages the browser gates (axe, keyboard, reflow, CSP, first
 * screen) open besides every English page: one of each template, and each
 * article whose body holds a component of its own (the cards-first page,
 * the timer, the step drawings), with the longest Spanish prose page. Every
 * Spanish page shares its template with an English page the gates open, and
 * the checks over dist/ read every Spanish page (tests/dist/spanish.test.ts,
 * signs.test.ts), so a browser run of all 36 twins would add minutes and
 * little else to a suite that must stay fast on a busy machine.
 */
export const SPANISH_GATE_PAGES: readonly string[] = [
  '/es/',
  '/es/articles/when-to-get-help/',
  '/es/articles/ice-and-heat-timing/',
  '/es/articles/gentle-movement-and-stretches/',
  '/es/glossary/',
  '/es/editorial-policy/',
  '/es/topics/basics/',
  '/es/tools/do-i-need-help/',
  '/es/tools/recovery-plan/',
  '/es/search/',
  '/es/404/',
];

/** The pages the browser gates open: every English page and the Spanish ones above (those that are built). */
export function gatePages(): string[] {
  const pages = sitePages();
  const spanish = new Set(pages.filter((path) => path.startsWith('/es/')));
  const missing = SPANISH_GATE_PAGES.filter((path) => !spanish.has(path));
  if (missing.length > 0) throw new Error(`SPANISH_GATE_PAGES lists pages that were not built: ${missing.join(', ')}`);
  return pages.filter((path) => !path.startsWith('/es/') || SPANISH_GATE_PAGES.includes(path));
}
