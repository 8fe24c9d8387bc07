/**
 * Turning text into search terms. The index (at build time) and the query (in
 * the browser) go through these same functions, so they always agree.
 */
// normalise lives with the schemas (the bottom layer), which need it too.
import { normalise } from '../schemas/text.ts';

export { normalise };

/** A query is cut to this many characters before anything else happens. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Words too common to help find a page. They are left out of the index and
 * out of queries ("how long should I rest" searches for "long" and "rest").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about am an and are as at be been but by can could did do does doing for from had has have he her his ' +
    'how i if in into is it its me my myself of on or our she should so than that the their them then there ' +
    'these they this those to too up us was we were what when where which who why will with would you your'
  ).split(' '),
);

/** The query as the search sees it: at most MAX_QUERY_LENGTH characters, normalised. */
export function normaliseQuery(query: string): string {
  return normalise(query.slice(0, MAX_QUERY_LENGTH));
}

/**
 * A light stem so singular and plural meet: "spasms" -> "spasm",
 * "bodies" -> "body". Longer endings (-ing, -ed) are left to prefix and fuzzy
 * matching, which cope with them without mangling words.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The words of a text, normalised and stemmed, in order (stop words kept). */
export function words(text: string): string[] {
  const normal = normalise(text);
  return normal ? normal.split(' ').map(stem) : [];
}

/** The words of a text that can be searched for: no stop words, no single letters. */
export function terms(text: string): string[] {
  return words(text).filter(isSearchable);
}

export function isSearchable(word: string): boolean {
  return (word.length > 1 || /\d/.test(word)) && !STOP_WORDS.has(word);
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
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:(?:['’&][\p{L}\p{N}]+))*/gu)) {
    for (const word of words(match[0])) {
      tokens.push({ word, start: match.index, end: match.index + match[0].length });
    }
  }
  return tokens;
}
