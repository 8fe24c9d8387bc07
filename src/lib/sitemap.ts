/**
 * Options for @astrojs/sitemap: every page except redirects and search
 * results, and each article's last-modified date from its review data.
 * Runs in astro.config.mjs, outside Astro's content layer, on the content
 * loadSite() made (the same the pages get).
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { basePrefix } from '../site.ts';
import { lastModifiedOf } from '../utils/lastModified.ts';
import type { SiteContent } from './loadSite.ts';

/** Pages that are not worth a search engine's visit. */
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
    filter: (page) => {
      const path = sitePath(page, base);
      return !EXCLUDED.has(path) && !redirected.has(path);
    },
    serialize: (item) => {
      const slug = /^\/articles\/([^/]+)\/$/.exec(sitePath(item.url, base))?.[1];
      const date = slug ? dates.get(slug) : undefined;
      return date ? { ...item, lastmod: date.toISOString() } : item;
    },
  };
}
