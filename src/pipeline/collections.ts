import { defaultLocale, type Locale } from '../i18n/locales.ts';

/** The Astro collection a language's article bodies are rendered from: articles, articles-es (src/content.config.ts). */
export function articleCollection(locale: Locale): string {
  return locale === defaultLocale ? 'articles' : `articles-${locale}`;
}
