/**
 * What the search needs to know about a language to read its pages and its
 * queries: one module per language (en.ts, es.ts), listed in index.ts. A
 * language with no module of its own uses PLAIN_RULES: whole words only, no
 * stop words, no plurals, the usual typo rule. Pure, and used in the browser.
 */
export interface SearchRules {
  /** Words too common to help find a page: left out of the index and of queries (as normalise() leaves them). */
  stopWords: ReadonlySet<string>;
  /** A light stem so singular and plural meet ("spasms" -> "spasm"), on a normalised word. */
  stem: (word: string) => string;
  /** Words that start a noun phrase: a one-word synonym right before one is not read as that synonym. */
  determiners: ReadonlySet<string>;
  /** The forms a word can take around one root, so whole words meet whatever their ending. */
  wordForms: (word: string) => Set<string>;
  /** Whether a typed word is one typo away from a keyword word, as this language allows. */
  typoOf: (typed: string, keyword: string, editDistance: (a: string, b: string, max: number) => number) => boolean;
  /** Small words left out of both the keyword and the query when matching a warning sign. */
  signFillers: ReadonlySet<string>;
  /** Everyday phrases that hold a warning-sign word but name something else ("heart condition"). */
  notSigns: readonly string[];
  /** Whether NOT_SIGNS hold for every keyword (true) or only for one-word keywords. */
  notSignsForEveryKeyword: boolean;
}

/** The usual typo rule: a word of 7 or more letters, one edit away after the same first letter. */
export function typoAfterFirstLetter(
  typed: string,
  keyword: string,
  editDistance: (a: string, b: string, max: number) => number,
): boolean {
  return keyword.length >= 7 && typed[0] === keyword[0] && editDistance(typed, keyword, 1) <= 1;
}

/** The rules of a language with no module of its own: whole words, nothing left out. */
export const PLAIN_RULES: SearchRules = {
  stopWords: new Set(),
  stem: (word) => word,
  determiners: new Set(),
  wordForms: (word) => new Set([word]),
  typoOf: typoAfterFirstLetter,
  signFillers: new Set(),
  notSigns: [],
  notSignsForEveryKeyword: false,
};
