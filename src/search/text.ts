/**
 * Turning text into search terms. The index (at build time) and the query (in
 * the browser) go through these same functions, so they always agree.
 */
// normalise lives with the schemas (the bottom layer), which need it too.
import { normalise } from '../schemas/text.ts';
import type { SearchLanguage } from '../schemas/search.ts';

export { normalise };

/** A query is cut to this many characters before anything else happens. */
export const MAX_QUERY_LENGTH = 200;

/** The languages the search knows; an index names its own (meta.json), English when it names none. */
export type { SearchLanguage } from '../schemas/search.ts';

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

/**
 * Spanish words too common to help find a page, written as normalise() leaves
 * them (no accents: "qué" is "que", "más" is "mas"). "cuándo ir a urgencias"
 * searches for "ir" and "urgencias". "cuánto" and "cada" stay: "cuánto tiempo"
 * and "cada cuánto" are how readers ask how long and how often.
 */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a al algo algun alguna ante como con cual cuales cuando de del desde donde ' +
    'e el ella ellas ello ellos en entre era es esa esas ese eso esos esta estas este esto estos estoy estar fue ' +
    'ha han has hay he la las le les lo los me mi mis mucho muy nada ni no nos o os otra otro para pero poco por ' +
    'porque pues que quien se ser si sin sobre son su sus tambien te ti tan tengo tiene tu tus u un una uno unos ' +
    'unas usted ustedes y ya yo'
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
export function stem(word: string, language: SearchLanguage = 'en'): string {
  if (language === 'es') return stemSpanish(word);
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Spanish singular words that end in -és (accents are gone by now): their final -s is not a plural. */
const SPANISH_KEEP_S: ReadonlySet<string> = new Set(['estres', 'interes', 'traves', 'despues', 'ademas', 'jamas']);

/**
 * The Spanish plurals, -s after a vowel and -es after a consonant, back to
 * the singular (on normalised words, so "ciáticas" is "ciaticas" by now):
 * "espasmos" -> "espasmo", "dolores" -> "dolor", "meses" -> "mes",
 * "veces" -> "vez", "calambres" -> "calambre" (no Spanish word ends in -br).
 * Words such as "crisis", "virus" and "estrés" keep their -s.
 */
export function stemSpanish(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || SPANISH_KEEP_S.has(word)) return word;
  if (/(?:is|us)$/.test(word)) return word;
  if (word.endsWith('ces') && word.length > 4) return `${word.slice(0, -3)}z`;
  // -es after a consonant a Spanish word can end in (l, n, r, d, j, s, x, y), itself after a vowel.
  if (/[aeiou][lnrdjsxy]es$/.test(word)) return word.slice(0, -2);
  if (/[aeiou]s$/.test(word)) return word.slice(0, -1);
  return word;
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
  return (word.length > 1 || /\d/.test(word)) && !(language === 'es' ? SPANISH_STOP_WORDS : STOP_WORDS).has(word);
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
