/**
 * The language of a route. Every page and file that exists in each language
 * has ONE route file under src/pages/[...lang]/: its optional `lang`
 * parameter is empty for English (the root: /about/) and the language's code
 * for the others (/es/about/). getStaticPaths makes one path per language in
 * src/i18n/locales.ts, so a new language needs no route file.
 */
import { defaultLocale, isLocale, locales, type Locale } from './locales.ts';

/** The [...lang] parameter of a locale: undefined (the root) for English, the code for the others. */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** The locale a [...lang] parameter names: English when there is none. Throws on an unknown one. */
export function localeOfParam(lang: string | undefined): Locale {
  if (lang === undefined || lang === '') return defaultLocale;
  if (!isLocale(lang) || lang === defaultLocale) throw new Error(`no language "${lang}" in src/i18n/locales.ts`);
  return lang;
}

/** getStaticPaths of a page or file that exists once in every language: /about/, /es/about/. */
export function localePaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/**
 * getStaticPaths of a route with more parameters (an article, a topic, a
 * search shard), in every language: each language's own paths, with its
 * `lang` parameter and its locale among the props.
 */
export async function pathsInEveryLocale<P extends Record<string, string>, T extends object>(
  pathsOf: (locale: Locale) => Promise<{ params: P; props: T }[]> | { params: P; props: T }[],
): Promise<{ params: P & { lang: string | undefined }; props: T & { locale: Locale } }[]> {
  const all = await Promise.all(
    locales.map(async (locale) =>
      (await pathsOf(locale)).map(({ params, props }) => ({
        params: { ...params, lang: langParam(locale) },
        props: { ...props, locale },
      })),
    ),
  );
  return all.flat();
}
