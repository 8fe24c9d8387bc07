/**
 * The wording rule over the whole site (src/pipeline/checks/findWordingProblems.ts): the
 * free text of the English and Spanish articles, of content/tools.yaml and
 * its Spanish twin, and of the interface dictionaries, each against the
 * warning signs of its own language. Pure: loadSite gives it the raw text.
 */
import type { Problem } from '../schemas/problems.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { findWordingProblems, type FreeText, type WordingSign } from './checks/findWordingProblems.ts';
import { articleFreeText, dataFreeText, dictionaryFreeText } from './checks/freeText.ts';
import { findEmergencyNumbers, type KnownNumbers } from './checks/findEmergencyNumbers.ts';

/** The interface dictionaries, by language: read by the rule as text (readSiteFiles adds them). */
export const DICTIONARY_FILES: Record<Locale, string> = Object.fromEntries(
  locales.map((locale) => [locale, `src/i18n/${locale}.ts`]),
) as Record<Locale, string>;

/** One language's texts and signs. */
export interface WordingInput {
  locale: Locale;
  signs: readonly WordingSign[];
  articles: readonly { file: string; data: unknown; body: string; bodyLine?: number | undefined }[];
  /** Parsed data files whose every string is free text (content/tools.yaml). */
  data: readonly { file: string; data: unknown }[];
  /** A dictionary module's source, when given. */
  dictionary?: { file: string; source: string } | undefined;
  /** The table's emergency numbers, when it could be read: none may be written into the text. */
  numbers?: KnownNumbers | undefined;
}

/** Frontmatter fields a reader reads. */
const READ_FIELDS = ['description', 'summary', 'lede'] as const;

/** Data keys that are not words for the reader (hashes, ids). */
const NOT_TEXT = new Set(['translates', 'id']);

export function checkWording(input: WordingInput): Problem[] {
  const texts: FreeText[] = [];
  for (const article of input.articles) {
    const data = (article.data ?? {}) as Record<string, unknown>;
    const read = Object.fromEntries(READ_FIELDS.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));
    texts.push(...dataFreeText(article.file, read));
    texts.push(...articleFreeText(article.file, article.body, article.bodyLine ?? 1));
  }
  for (const file of input.data) texts.push(...dataFreeText(file.file, file.data, NOT_TEXT));
  if (input.dictionary) {
    const found = dictionaryFreeText(input.dictionary.file, input.dictionary.source);
    if (found === undefined) {
      return [
        ...findWordingProblems(texts, input.signs, input.locale),
        {
          file: input.dictionary.file,
          field: 'file',
          message:
            'cannot be read by the wording check (TypeScript it does not know): keep to plain (name: Type) annotations, or teach stripTypes in src/pipeline/checks/freeText.ts',
        },
      ];
    }
    texts.push(...found);
  }
  return [
    ...findWordingProblems(texts, input.signs, input.locale),
    ...(input.numbers ? findEmergencyNumbers(texts, input.numbers) : []),
  ];
}
