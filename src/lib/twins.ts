/**
 * Which pages have a twin in the other language, so a page links (language
 * link, hreflang) only to a page the build makes. Every page with a Spanish
 * wrapper under src/pages/es/ has one; an article has one when its Spanish
 * translation, content/articles/es/<slug>.mdx, exists. Read at build time
 * from the project's files (the lead's content pipeline may replace this with
 * the list of Spanish articles it loads).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, localizePath, pathWithoutLocale, type Locale } from '../i18n/locales.ts';

const ROOT = process.cwd();

/** The slugs of the articles that have a Spanish translation. */
export function spanishArticleExists(slug: string, root: string = ROOT): boolean {
  return existsSync(join(root, 'content', 'articles', 'es', `${slug}.mdx`));
}

/** A route file under src/pages/es/ that builds this path (a plain page, an index, or a [param] route). */
function spanishRouteExists(segments: string[], root: string): boolean {
  const dir = join(root, 'src', 'pages', 'es', ...segments.slice(0, -1));
  const last = segments.at(-1);
  if (last === undefined) return existsSync(join(dir, 'index.astro'));
  if (existsSync(join(dir, `${last}.astro`)) || existsSync(join(dir, last, 'index.astro'))) return true;
  return existsSync(dir) && readdirSync(dir).some((file) => /^\[[^\].]+\]\.astro$/.test(file));
}

/**
 * Whether the page at a site path (/about/, /es/about/) exists in both
 * languages: true for every page with a Spanish route, and for an article
 * with a Spanish translation.
 */
export function hasTwin(path: string, root: string = ROOT): boolean {
  const bare = pathWithoutLocale(path.replace(/[?#].*$/, ''));
  const segments = bare.split('/').filter(Boolean);
  if (segments[0] === 'articles' && segments.length === 2)
    return spanishArticleExists(segments[1]!, root) && spanishRouteExists(segments, root);
  return spanishRouteExists(segments, root);
}

/**
 * Where a link to a site path goes on a page in `locale`: the page in that
 * language when it exists, otherwise the English page. A link to a heading
 * of a Spanish article goes to the article itself, since its headings' ids
 * are made from its own (Spanish) words.
 */
export function linkIn(path: string, locale: Locale, root: string = ROOT): string {
  if (!path.startsWith('/')) return path;
  if (locale === defaultLocale || !hasTwin(path, root)) return pathWithoutLocale(path);
  const article = /^\/articles\/[^/]+\/(?=#)/.exec(pathWithoutLocale(path));
  return localizePath(article ? article[0] : path, locale);
}
