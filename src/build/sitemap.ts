/**
 * Options for @astrojs/sitemap: every page except redirects and search
 * results, each with its twins in the other languages (the i18n option:
 * hreflang alternates), and each article's last-modified date from its
 * review data (a translation is dated as its English article).
 * Runs in astro.config.mjs, outside Astro's content layer, on the content
 * loadSite() made (the same the pages get).
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { basePrefix } from '../site.ts';
import { lastModifiedOf } from '../domain/lastModified.ts';
import type { SiteContent } from '../pipeline/loadSite.ts';
import { defaultLocale, languageTags, pathWithoutLocale } from '../i18n/locales.ts';

/** Pages that are not worth a search engine's visit, in every language. */
const EXCLUDED = new Set(['/search/', '/404/', '/offline/']);

/** The site path of a full address, without the base path: https://x.org/guide/about/ -> /about/. */
export function sitePath(url: string, base: string): string {
  const path = new URL(url).pathname;
  const prefix = basePrefix(base);
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** Each published article's last-modified date, by slug. */
export function articleDates(content: Pick<SiteContent, 'articles'>): Map<string, Date> {
  return new Map(content.articles.filter((a) => !a.data.draft).map((a) => [a.id, lastModifiedOf(a.data)]));
}

export function sitemapOptions(
  base: string,
  content: Pick<SiteContent, 'articles' | 'redirects'>,
): NonNullable<SitemapOptions> {
  const dates = articleDates(content);
  const redirected = new Set(content.redirects.map((r) => r.from));
  return {
    i18n: { defaultLocale, locales: { ...languageTags } },
    filter: (page) => {
      const path = sitePath(page, base);
      return !EXCLUDED.has(pathWithoutLocale(path)) && !redirected.has(path);
    },
    serialize: (item) => {
      const slug = /^\/articles\/([^/]+)\/$/.exec(pathWithoutLocale(sitePath(item.url, base)))?.[1];
      const date = slug ? dates.get(slug) : undefined;
      return date ? { ...item, lastmod: date.toISOString() } : item;
    },
  };
}
