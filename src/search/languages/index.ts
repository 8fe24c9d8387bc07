/**
 * Each language's search rules, by locale. A language of src/i18n/locales.ts
 * with no module here uses PLAIN_RULES (whole words, nothing left out), so a
 * new language searches from the day it is added; give it a module of its own
 * (stop words, plurals, word forms) to search it well.
 */
import type { Locale } from '../../i18n/locales.ts';
import { PLAIN_RULES, type SearchRules } from './rules.ts';
import { en } from './en.ts';
import { es } from './es.ts';

const RULES: Partial<Record<Locale, SearchRules>> = { en, es };

/** The search rules of a language: its own, or the plain ones. */
export function rulesOf(language: string): SearchRules {
  return RULES[language as Locale] ?? PLAIN_RULES;
}

export type { SearchRules } from './rules.ts';
export { PLAIN_RULES } from './rules.ts';
