/**
 * The site's languages. English is the default and lives at the root
 * (/about/); every other language lives under its own prefix (/es/about/).
 * Astro's i18n routing (astro.config.mjs) and the sitemap use this list.
 * Pure: no imports, so browser code may use it.
 */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The language tag of each locale, for lang="", hreflang, Intl and og:locale. */
export const languageTags: Record<Locale, string> = { en: 'en-GB', es: 'es' };
/** Each language's name in itself, for the language link. */
export const languageNames: Record<Locale, string> = { en: 'English', es: 'Español' };

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
