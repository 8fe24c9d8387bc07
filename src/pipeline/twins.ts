/**
 * Which languages a page exists in, so a page links (language links,
 * hreflang) only to pages the build makes. Computed once from the loaded
 * site (loadSite: its pages and its translations), never by looking for
 * files: every route under src/pages/[...lang]/ makes its page in every
 * language of src/i18n/locales.ts, and an article exists in a language when
 * its translation is published.
 */
import { defaultLocale, locales, localizePath, pathWithoutLocale, type Locale } from '../i18n/locales.ts';
import { headingsOf, parseMdx, type MdxHeading } from './mdx.ts';
import { FRONTMATTER } from './pageRecord.ts';
import type { SiteContent } from './loadSite.ts';
import { loadCheckedSiteOnce } from './readContent.ts';

/** What the twin rules read of a loaded site (SiteContent has it all). */
export interface TwinSite {
  articles: readonly { id: string; body: string }[];
  otherPages: SiteContent['otherPages'];
  translations: Partial<
    Record<Locale, { articles: readonly { id: string; body: string; data: { draft: boolean } }[] }>
  >;
}

export interface Twins {
  /** Every page the build makes in a language other than the default, such as /es/about/. */
  pages: ReadonlySet<string>;
  /** The body of each article, by language and slug: the sections a link can go to. */
  bodies: ReadonlyMap<string, string>;
}

/** The twins of a loaded site. Pure. */
export function siteTwins(site: TwinSite): Twins {
  const pages = new Set<string>();
  const bodies = new Map<string, string>();
  for (const article of site.articles) bodies.set(`${defaultLocale}/${article.id}`, article.body);
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    // Every page of the language but its articles, which count when their translation is published.
    const articlePage = new RegExp(`^/${locale}/articles/[^/]+/$`);
    for (const page of site.otherPages) {
      if (page.startsWith(`/${locale}/`) && !articlePage.test(page)) pages.add(page);
    }
    for (const article of site.translations[locale]?.articles ?? []) {
      bodies.set(`${locale}/${article.id}`, article.body);
      if (!article.data.draft) pages.add(`/${locale}/articles/${article.id}/`);
    }
  }
  return { pages, bodies };
}

const computed = new WeakMap<object, Twins>();
/** The twins of the site this build loaded (once). */
function builtTwins(): Twins {
  const site = loadCheckedSiteOnce();
  let twins = computed.get(site);
  if (!twins) {
    twins = siteTwins(site);
    computed.set(site, twins);
  }
  return twins;
}

/** Whether an article has a published translation in a language (in English: always). */
export function translationExists(slug: string, locale: Locale, twins: Twins = builtTwins()): boolean {
  return locale === defaultLocale || twins.pages.has(`/${locale}/articles/${slug}/`);
}

/**
 * Whether the page at a site path (/about/, /es/about/) exists in a language:
 * every page in English; in another language, every page its routes make
 * (src/pages/[...lang]/), and an article once its translation is published.
 */
export function existsIn(path: string, locale: Locale, twins: Twins = builtTwins()): boolean {
  if (locale === defaultLocale) return true;
  return twins.pages.has(localizePath(pathWithoutLocale(path.replace(/[?#].*$/, '')), locale));
}

/** The languages a page exists in (English first). */
export function localesOf(path: string, twins: Twins = builtTwins()): Locale[] {
  return locales.filter((locale) => existsIn(path, locale, twins));
}

/** Whether the page at a site path exists in another language too. */
export function hasTwin(path: string, twins: Twins = builtTwins()): boolean {
  return localesOf(path, twins).length > 1;
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

/**
 * Where a link to a site path goes on a page in `locale`: the page in that
 * language when it exists, otherwise the English page. A link to a heading
 * of an article goes to the same section of its translation (whose headings'
 * ids are made from its own words: #what-if-i-am-pregnant becomes
 * #y-si-estoy-embarazada), or to the top of the translation when the section
 * cannot be matched.
 */
export function linkIn(path: string, locale: Locale, twins: Twins = builtTwins()): string {
  if (!path.startsWith('/')) return path;
  if (locale === defaultLocale || !existsIn(path, locale, twins)) return pathWithoutLocale(path);
  const article = /^\/articles\/([^/]+)\/#(.+)$/.exec(pathWithoutLocale(path));
  if (!article) return localizePath(path, locale);
  const [, slug, id] = article as unknown as [string, string, string];
  const english = twins.bodies.get(`${defaultLocale}/${slug}`);
  const translated = twins.bodies.get(`${locale}/${slug}`);
  const section =
    english !== undefined && translated !== undefined
      ? twinSectionId(english, translated, decodeURIComponent(id))
      : undefined;
  return localizePath(`/articles/${slug}/${section ? `#${section}` : ''}`, locale);
}
