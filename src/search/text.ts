/**
 * Turning text into search terms. The index (at build time) and the query (in
 * the browser) go through these same functions, so they always agree.
 */
// normalise lives with the schemas (the bottom layer), which need it too.
import { normalise } from '../schemas/text.ts';
import type { SearchLanguage } from '../schemas/search.ts';
import { rulesOf } from './languages/index.ts';

// Each language's own rules, named as before.
export { STOP_WORDS, stemEnglish } from './languages/en.ts';
export { SPANISH_STOP_WORDS, stemSpanish } from './languages/es.ts';

export { normalise };

/** A query is cut to this many characters before anything else happens. */
export const MAX_QUERY_LENGTH = 200;

/** The languages the search knows; an index names its own (meta.json), English when it names none. */
export type { SearchLanguage } from '../schemas/search.ts';

/** The query as the search sees it: at most MAX_QUERY_LENGTH characters, normalised. */
export function normaliseQuery(query: string): string {
  return normalise(query.slice(0, MAX_QUERY_LENGTH));
}

/** A word's stem in a language (src/search/languages/): "spasms" -> "spasm", "dolores" -> "dolor". */
export function stem(word: string, language: SearchLanguage = 'en'): string {
  return rulesOf(language).stem(word);
}

/** The words of a text, normalised and stemmed, in order (stop words kept). */
export function words(text: string, language: SearchLanguage = 'en'): string[] {
  const normal = normalise(text);
  return normal ? normal.split(' ').map((word) => stem(word, language)) : [];
}

/** The words of a text that can be searched for: no stop words, no single letters. */
export function terms(text: string, language: SearchLanguage = 'en'): string[] {
  return words(text, language).filter((word) => isSearchable(word, language));
}

export function isSearchable(word: string, language: SearchLanguage = 'en'): boolean {
  return (word.length > 1 || /\d/.test(word)) && !rulesOf(language).stopWords.has(word);
}

/** words() of the words met in texts, as snippets meet the same words again and again. */
const tokenWords = new Map<string, readonly string[]>();

function wordsOfToken(token: string, language: SearchLanguage): readonly string[] {
  const key = `${language}:${token}`;
  let found = tokenWords.get(key);
  if (!found) {
    // Kept small: a page searches a few thousand distinct words at most.
    if (tokenWords.size >= 20_000) tokenWords.clear();
    tokenWords.set(key, (found = words(token, language)));
  }
  return found;
}

/** A word in a longer text, with where it sits in that text. */
export interface Token {
  /** Normalised and stemmed. */
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a text with their places in the original text, for
 * highlighting. Apostrophes and "&" stay inside a word, as normalise() joins them.
 */
export function tokenize(text: string, language: SearchLanguage = 'en'): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:(?:['’&][\p{L}\p{N}]+))*/gu)) {
    for (const word of wordsOfToken(match[0], language)) {
      tokens.push({ word, start: match.index, end: match.index + match[0].length });
    }
  }
  return tokens;
}
