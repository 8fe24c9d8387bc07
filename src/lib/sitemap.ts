/**
 * Options for @astrojs/sitemap: every page except redirects and search
 * results, and each article's last-modified date from its review data.
 * Runs in astro.config.mjs, outside Astro's content layer, so it reads the
 * article files itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { articleSchema } from '../schemas/index.ts';
import { basePrefix } from '../site.ts';
import { lastModifiedOf } from '../utils/lastModified.ts';
import { splitFrontmatter } from './readContent.ts';
import { loadRedirects } from './redirects.ts';

/** Pages that are not worth a search engine's visit. */
const EXCLUDED = new Set(['/search/', '/404/', '/offline/']);

/** The site path of a full address, without the base path: https://x.org/guide/about/ -> /about/. */
export function sitePath(url: string, base: string): string {
  const path = new URL(url).pathname;
  const prefix = basePrefix(base);
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** Each article's last-modified date, by slug, from content/articles/*.mdx. */
export function articleDates(root: string = process.cwd()): Map<string, Date> {
  const dir = join(root, 'content/articles');
  const dates = new Map<string, Date>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))) {
    const result = articleSchema.safeParse(splitFrontmatter(readFileSync(join(dir, name), 'utf8')).data);
    // An invalid file fails the build elsewhere with a full message; here it just has no date.
    if (result.success) dates.set(name.replace(/\.mdx$/, ''), lastModifiedOf(result.data));
  }
  return dates;
}

export function sitemapOptions(base: string, root: string = process.cwd()): NonNullable<SitemapOptions> {
  const dates = articleDates(root);
  const redirected = new Set(loadRedirects(root).map((r) => r.from));
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
