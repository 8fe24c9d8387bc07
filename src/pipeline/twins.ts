/**
 * Which languages a page exists in, so a page links (language links,
 * hreflang) only to pages the build makes. Every route under
 * src/pages/[...lang]/ builds its page in every language of
 * src/i18n/locales.ts; an article exists in a language when its translation,
 * content/articles/<locale>/<slug>.mdx, does. Read at build time from the
 * project's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales, localizePath, pathWithoutLocale, type Locale } from '../i18n/locales.ts';
import { headingsOf, parseMdx, type MdxHeading } from './mdx.ts';
import { FRONTMATTER } from './pageRecord.ts';

const ROOT = process.cwd();

/** Whether an article has a translation in a language: content/articles/<locale>/<slug>.mdx (English: always). */
export function translationExists(slug: string, locale: Locale, root: string = ROOT): boolean {
  return locale === defaultLocale || existsSync(join(root, 'content', 'articles', locale, `${slug}.mdx`));
}

/** A route file under src/pages/[...lang]/ that builds this path (a plain page, an index, or a [param] route). */
function localeRouteExists(segments: string[], root: string): boolean {
  const dir = join(root, 'src', 'pages', '[...lang]', ...segments.slice(0, -1));
  const last = segments.at(-1);
  if (last === undefined) return existsSync(join(dir, 'index.astro'));
  if (existsSync(join(dir, `${last}.astro`)) || existsSync(join(dir, last, 'index.astro'))) return true;
  return existsSync(dir) && readdirSync(dir).some((file) => /^\[[^\].]+\]\.astro$/.test(file));
}

/**
 * Whether the page at a site path (/about/, /es/about/) exists in a language:
 * every page in English; in another language, a page with a route under
 * src/pages/[...lang]/, and an article once its translation exists.
 */
export function existsIn(path: string, locale: Locale, root: string = ROOT): boolean {
  if (locale === defaultLocale) return true;
  const segments = pathWithoutLocale(path.replace(/[?#].*$/, ''))
    .split('/')
    .filter(Boolean);
  if (!localeRouteExists(segments, root)) return false;
  return segments[0] === 'articles' && segments.length === 2 ? translationExists(segments[1]!, locale, root) : true;
}

/** The languages a page exists in (English first). */
export function localesOf(path: string, root: string = ROOT): Locale[] {
  return locales.filter((locale) => existsIn(path, locale, root));
}

/** Whether the page at a site path exists in another language too. */
export function hasTwin(path: string, root: string = ROOT): boolean {
  return localesOf(path, root).length > 1;
}

/** The headings of an article's body (frontmatter left out), or none if it cannot be parsed. */
function headingsOfArticle(text: string): MdxHeading[] {
  const match = FRONTMATTER.exec(text);
  const parsed = parseMdx(match ? text.slice(match[0].length) : text);
  return parsed.tree ? headingsOf(parsed.tree) : [];
}

/**
 * The id of a section in a translation, from the id of the same section in
 * English: the heading at the same place. A translation keeps its English
 * article's sections, in order, so the nth heading is the same section; when
 * the two do not have the same headings at the same levels, there is no safe
 * answer, and undefined says to link to the top of the page. Pure.
 */
export function twinSectionId(englishText: string, translatedText: string, id: string): string | undefined {
  const english = headingsOfArticle(englishText);
  const translated = headingsOfArticle(translatedText);
  const at = english.findIndex((heading) => heading.id === id);
  const sameShape =
    english.length === translated.length && english.every((heading, i) => heading.depth === translated[i]!.depth);
  return at >= 0 && sameShape ? translated[at]!.id : undefined;
}

/** The text of an article file, or undefined. */
function readArticle(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Where a link to a site path goes on a page in `locale`: the page in that
 * language when it exists, otherwise the English page. A link to a heading
 * of an article goes to the same section of its translation (whose headings'
 * ids are made from its own words: #what-if-i-am-pregnant becomes
 * #y-si-estoy-embarazada), or to the top of the translation when the section
 * cannot be matched.
 */
export function linkIn(path: string, locale: Locale, root: string = ROOT): string {
  if (!path.startsWith('/')) return path;
  if (locale === defaultLocale || !existsIn(path, locale, root)) return pathWithoutLocale(path);
  const article = /^\/articles\/([^/]+)\/#(.+)$/.exec(pathWithoutLocale(path));
  if (!article) return localizePath(path, locale);
  const [, slug, id] = article as unknown as [string, string, string];
  const english = readArticle(join(root, 'content', 'articles', `${slug}.mdx`));
  const translated = readArticle(join(root, 'content', 'articles', locale, `${slug}.mdx`));
  const section = english && translated ? twinSectionId(english, translated, decodeURIComponent(id)) : undefined;
  return localizePath(`/articles/${slug}/${section ? `#${section}` : ''}`, locale);
}
