import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { languageTags, localeOfPath, localizePath, pathWithoutLocale, ui } from '../../src/i18n/index.ts';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { translationExists } from '../../src/pipeline/twins.ts';
import { absoluteUrl, withBase } from '../../src/domain/url.ts';
import { assertBuilt, BASE, DIST, readPage, readText, SITE } from '../helpers/dist.ts';
import { sitePages } from '../helpers/pages.ts';

// The two languages, as built: every English page has its Spanish twin (an
// article once its translation exists), the two link to each other through
// the language link and hreflang alternates, each page says its language,
// the sitemap lists the alternates, and the Spanish edition has its own feed
// and preview images. Page lists come from tests/helpers/pages.ts.

beforeAll(assertBuilt);

const PAGES = existsSync(join(DIST, 'index.html')) ? sitePages() : [];
const ENGLISH = PAGES.filter((path) => localeOfPath(path) === 'en' && path.endsWith('/'));
const SPANISH = PAGES.filter((path) => localeOfPath(path) === 'es' && path.endsWith('/'));
const full = (path: string) => absoluteUrl(path, SITE, BASE);
/** The built file of a site path. */
const fileOf = (path: string) => (path === '/404/' ? '404.html' : `${path.slice(1)}index.html`);
const pageOf = (path: string) => readPage(fileOf(path));
/** A full address on this site as a site path without the base. */
const sitePathOf = (url: string) => `/${new URL(url).pathname.slice(BASE.length)}`;

/**
 * Pages whose Spanish twins other parts of the work add (the tools, search):
 * while a page is listed here it may lack a twin, and the check fails as soon
 * as it has one, so the list is emptied as they arrive.
 */
const NOT_YET_IN_SPANISH: string[] = [];
/** An article's twin exists when its translation does. */
const expectsTwin = (path: string) => {
  const article = /^\/articles\/([^/]+)\/$/.exec(path);
  return article ? translationExists(article[1]!, 'es') : !NOT_YET_IN_SPANISH.includes(path);
};
const built = (path: string) => existsSync(join(DIST, fileOf(path)));

/** The page's language link: its address (as a site path), hreflang and lang. */
function languageLink(path: string) {
  const link = pageOf(path).querySelector('header a[data-language-link]');
  if (!link) return undefined;
  return {
    path: `/${link.getAttribute('href')!.slice(BASE.length)}`,
    hreflang: link.getAttribute('hreflang'),
    lang: link.getAttribute('lang'),
    text: link.childNodes[0]?.text.trim(),
  };
}

/** The hreflang alternates in a page's <head>, as tag -> site path. */
function alternatesOf(path: string): Record<string, string> {
  return Object.fromEntries(
    pageOf(path)
      .querySelectorAll('head link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang')!, sitePathOf(link.getAttribute('href')!)]),
  );
}

describe('every English page has a Spanish twin, and the two link to each other', () => {
  test('the page list has both languages', () => {
    expect(ENGLISH.length).toBeGreaterThan(20);
    expect(SPANISH.length).toBeGreaterThan(10);
  });

  test.each(ENGLISH)('%s', (path) => {
    const twin = localizePath(path, 'es');
    expect(built(twin), `${twin} is built`).toBe(expectsTwin(path));
    const fromEnglish = languageLink(path);
    if (!expectsTwin(path)) {
      expect(fromEnglish, `${path} has no language link while it has no twin`).toBeUndefined();
      return;
    }
    // The 404 page is served at any wrong address: its language link goes to the other home page.
    const target = path === '/404/' ? '/es/' : twin;
    expect(fromEnglish).toEqual({ path: target, hreflang: 'es', lang: 'es', text: es.layout.languageLink });
    expect(languageLink(twin)).toEqual({
      path: path === '/404/' ? '/' : path,
      hreflang: 'en-GB',
      lang: 'en-GB',
      text: en.layout.languageLink,
    });
  });

  test.each(SPANISH)('%s has an English twin', (path) => {
    expect(built(pathWithoutLocale(path)), `${pathWithoutLocale(path)} is built`).toBe(true);
  });
});

describe('each page says its language', () => {
  test.each(PAGES.filter((path) => path.endsWith('/')))('%s: <html lang>, og:locale and the feed link', (path) => {
    const locale = localeOfPath(path);
    const doc = pageOf(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(languageTags[locale]);
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(
      locale === 'es' ? 'es_ES' : 'en_GB',
    );
    const feed = doc.querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(feed?.getAttribute('href')).toBe(withBase(localizePath('/rss.xml', locale), BASE));
    expect(feed?.getAttribute('title')).toBe(ui(locale).layout.rssTitle);
    // The preview image is drawn in the page's language.
    const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(localeOfPath(sitePathOf(image)), image).toBe(locale);
    expect(existsSync(join(DIST, sitePathOf(image).slice(1))), image).toBe(true);
  });
});

describe('hreflang alternates', () => {
  const listed = PAGES.filter((path) => path.endsWith('/') && pageOf(path).querySelector('link[rel="canonical"]'));

  test.each(listed)('%s: symmetric pairs that point at built pages', (path) => {
    const alternates = alternatesOf(path);
    if (!expectsTwin(pathWithoutLocale(path))) {
      expect(alternates).toEqual({});
      return;
    }
    const english = pathWithoutLocale(path);
    expect(alternates).toEqual({ 'en-GB': english, es: localizePath(english, 'es'), 'x-default': english });
    for (const target of Object.values(alternates)) {
      expect(built(target), `${target} is built`).toBe(true);
      expect(alternatesOf(target), `${target} links back`).toEqual(alternates);
    }
    // og:locale:alternate names the other language.
    const other = pageOf(path).querySelector('meta[property="og:locale:alternate"]')?.getAttribute('content');
    expect(other).toBe(localeOfPath(path) === 'es' ? 'en_GB' : 'es_ES');
  });
});

describe('the sitemap', () => {
  const text = () => readText('sitemap-0.xml');
  const entries = () =>
    [...text().matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      path: sitePathOf(/<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!),
      alternates: Object.fromEntries(
        [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [
          a[1]!,
          sitePathOf(a[2]!),
        ]),
      ),
    }));

  test('lists every page with its twin as alternates, in both languages', () => {
    const all = entries();
    expect(all.some((entry) => entry.path === '/es/')).toBe(true);
    for (const entry of all) {
      const english = pathWithoutLocale(entry.path);
      if (built(localizePath(english, 'es')) && built(english)) {
        expect(entry.alternates, entry.path).toEqual({ 'en-GB': english, es: localizePath(english, 'es') });
      } else {
        expect(entry.alternates, entry.path).toEqual({});
      }
    }
  });

  test('leaves out search, 404 and offline in Spanish as in English', () => {
    const paths = entries().map((entry) => entry.path);
    for (const path of ['/search/', '/404/', '/offline/', '/es/search/', '/es/404/', '/es/offline/'])
      expect(paths).not.toContain(path);
  });
});

describe('the Spanish feed and previews', () => {
  test('/es/rss.xml is in Spanish and lists only Spanish articles that are built', () => {
    const xml = readText('es/rss.xml');
    expect(xml).toContain('<language>es</language>');
    expect(xml).toContain(`<title>${es.layout.siteName}</title>`);
    expect(xml).toContain(`<link>${full('/es/')}</link>`);
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => sitePathOf(m[1]!));
    for (const link of links) {
      expect(link).toMatch(/^\/es\/articles\/[^/]+\/$/);
      expect(built(link), link).toBe(true);
    }
    const spanishArticles = ENGLISH.filter((path) => /^\/articles\/[^/]+\/$/.test(path) && expectsTwin(path));
    expect(links.length).toBe(spanishArticles.length);
  });

  test('the Spanish preview image is drawn apart from the English one', () => {
    const png = (file: string) => readFileSync(join(DIST, file));
    expect(png('es/og/site.png').equals(png('og/site.png'))).toBe(false);
  });
});

describe('no English interface words on the Spanish pages', () => {
  /** Every English text of the chrome and the pages (both sections), long enough to be telling. */
  function texts(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function' || value === null || typeof value !== 'object') return [];
    if ('href' in value && 'text' in value) return [String(value.text)];
    if ('strong' in value) return [String(value.strong)];
    return Object.values(value).flatMap(texts);
  }
  const spanishWords = new Set([...texts(es.layout), ...texts(es.pages)].map((t) => t.trim()));
  // Content in English (article titles, until their translations arrive) is not interface text.
  const site = loadCheckedSite();
  const content = new Set([
    ...site.articles.flatMap((a) => [a.data.title, a.data.description]),
    ...site.topics.flatMap((t) => [t.title, t.description]),
    ...site.glossary.flatMap((g) => [g.term, g.definition, ...g.aliases]),
  ]);
  const english = [...new Set([...texts(en.layout), ...texts(en.pages)].map((t) => t.trim()))].filter(
    (t) => t.length >= 5 && !spanishWords.has(t) && !content.has(t),
  );

  test.each(SPANISH)('%s', (path) => {
    const doc = pageOf(path);
    // The text of each element, and the attributes readers meet.
    const found = new Set<string>();
    for (const el of doc.querySelectorAll('body *, title, meta[name="description"], meta[property^="og:"]')) {
      if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
      // The header's search box has its own words (src/components/search/, checked with search).
      if (el.closest('bsg-header-search')) continue;
      // Words marked as another language's (the link to the English page, in English) are not left-over English.
      if (el.closest('[lang]')?.getAttribute('lang') !== 'es') continue;
      for (const node of el.childNodes) if (node.nodeType === 3) found.add(node.text.trim());
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content'])
        if (el.getAttribute(name)) found.add(el.getAttribute(name)!.trim());
    }
    expect(english.filter((t) => found.has(t))).toEqual([]);
  });
});
