/**
 * The interface texts of a language: `ui(locale).layout.skipLink`. In an
 * .astro file, `const t = ui(localeOf(Astro.currentLocale))`.
 */
import { en } from './en.ts';
import { es } from './es.ts';
import type { Shape } from './dictionary.ts';
import type { Locale } from './locales.ts';

export type Dictionary = Shape<typeof en>;

const dictionaries: Record<Locale, Dictionary> = { en, es };

export function ui(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export * from './locales.ts';
