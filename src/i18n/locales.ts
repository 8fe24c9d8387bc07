/**
 * The site's languages: the one list. English is the default and lives at
 * the root (/about/); every other language lives under its own prefix
 * (/es/about/). Astro's i18n routing (astro.config.mjs), the routes of
 * src/pages/[...lang]/, the sitemap, the content pipeline and the search all
 * follow this list.
 *
 * Adding a language: one line here; its dictionary, src/i18n/<code>.ts,
 * listed in src/i18n/index.ts; its content, content/<code>/ and
 * content/articles/<code>/. The type checker then names every table still to
 * fill (each is a Record<Locale, ...>). Search rules (src/search/languages/)
 * are optional: a language without its own uses the plain default rules.
 * Pure: no imports, so browser code may use it.
 */
export const languages = [
  // code: the folder (/es/) and content folders; tag: lang="", hreflang and Intl; name: in itself; og: og:locale.
  { code: 'en', tag: 'en-GB', name: 'English', og: 'en_GB' },
  { code: 'es', tag: 'es', name: 'Español', og: 'es_ES' },
] as const;

export type Locale = (typeof languages)[number]['code'];
export const locales: readonly Locale[] = languages.map((language) => language.code);
export const defaultLocale: Locale = 'en';

const tableOf = (key: 'tag' | 'name' | 'og') =>
  Object.fromEntries(languages.map((language) => [language.code, language[key]])) as Readonly<Record<Locale, string>>;

/** The language tag of each locale, for lang="", hreflang and Intl. */
export const languageTags = tableOf('tag');
/** Each language's name in itself, for the language link. */
export const languageNames = tableOf('name');
/** Open Graph's locale names (language_TERRITORY), for og:locale. */
export const ogLocales = tableOf('og');

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale of Astro.currentLocale (or any value): English unless it is another known locale. */
export function localeOf(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** The locale a site path belongs to: /es/about/ -> es, /about/ -> en. */
export function localeOfPath(path: string): Locale {
  const first = /^\/([^/]+)\//.exec(path)?.[1];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** A site path without its locale prefix: /es/about/ -> /about/. */
export function pathWithoutLocale(path: string): string {
  const locale = localeOfPath(path);
  return locale === defaultLocale ? path : path.slice(locale.length + 1) || '/';
}

/** The same page in another locale: localizePath('/about/', 'es') -> /es/about/ (keeps ?query and #fragment). */
export function localizePath(path: string, locale: Locale): string {
  const bare = pathWithoutLocale(path);
  return locale === defaultLocale ? bare : `/${locale}${bare}`;
}
