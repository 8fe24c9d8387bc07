/**
 * From what a reader typed to what the index is asked: synonyms ("threw my
 * back out" -> "back spasm", "nurofen" -> "ibuprofen") and emergency signs.
 */
import { isSearchable, normaliseQuery, words, type SearchLanguage } from './text.ts';
import { rulesOf } from './languages/index.ts';

// Each language's own rules, named as before.
export { DETERMINERS, englishWordForms } from './languages/en.ts';
export { SPANISH_DETERMINERS, SPANISH_FILLERS, spanishWordForms } from './languages/es.ts';

/** A synonym entry ready for matching: phrases are lists of words (normalised, stemmed). */
export interface CompiledSynonym {
  phrases: string[][];
  means: string[];
  /** Brand names: the typed words are dropped, only the generic name is searched. */
  brand: boolean;
}

export interface SynonymSource {
  means: string;
  words: readonly string[];
  brands: readonly string[];
}

export function compileSynonyms(entries: readonly SynonymSource[], language: SearchLanguage = 'en'): CompiledSynonym[] {
  const compiled: CompiledSynonym[] = [];
  for (const entry of entries) {
    const means = words(entry.means, language);
    const phrases = (list: readonly string[]) => list.map((p) => words(p, language)).filter((p) => p.length > 0);
    if (entry.words.length > 0) compiled.push({ phrases: phrases(entry.words), means, brand: false });
    if (entry.brands.length > 0) compiled.push({ phrases: phrases(entry.brands), means, brand: true });
  }
  return compiled;
}

/**
 * One part of a query. It matches a section if any alternative does; an
 * alternative is a list of words that should all be there. A synonym phrase
 * ("threw my back out") is also kept as typed, in `phrase`: its words are
 * matched exactly, never by typo or prefix, so "threw" does not find "through".
 */
export interface Clause {
  alternatives: string[][];
  phrase?: string[];
}

export interface ParsedQuery {
  /** Every word typed, normalised and stemmed, stop words included. */
  words: string[];
  /** The words with each synonym phrase replaced by what it means ("cant wee" -> "cant pee"). */
  canonical: string[];
  clauses: Clause[];
}

function startsWithAt(list: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => list[at + offset] === word);
}

/** Splits a query into clauses, replacing synonym phrases (longest first) with what they mean. */
export function parseQuery(
  query: string,
  synonyms: readonly CompiledSynonym[],
  language: SearchLanguage = 'en',
): ParsedQuery {
  const typed = words(normaliseQuery(query), language);
  const determiners = rulesOf(language).determiners;
  const searchable = (word: string) => isSearchable(word, language);
  const canonical: string[] = [];
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (alternatives: string[][], typedPhrase: string[] = []) => {
    const usable = alternatives.map((alt) => alt.filter(searchable)).filter((alt) => alt.length > 0);
    const phrase = typedPhrase.filter(searchable);
    const key = JSON.stringify([usable, phrase]);
    if (usable.length > 0 && !seen.has(key)) {
      seen.add(key);
      clauses.push(phrase.length > 0 ? { alternatives: usable, phrase } : { alternatives: usable });
    }
  };

  for (let i = 0; i < typed.length;) {
    let best: { synonym: CompiledSynonym; phrase: string[] } | undefined;
    for (const synonym of synonyms) {
      for (const phrase of synonym.phrases) {
        if (phrase.length > (best?.phrase.length ?? 0) && startsWithAt(typed, i, phrase)) best = { synonym, phrase };
      }
    }
    // A one-word synonym followed by "my", "the" and so on is a preposition or a verb, not the
    // thing it stands for: "behind my knee" is about a knee, not a bottom.
    if (best && best.phrase.length === 1 && determiners.has(typed[i + 1] ?? '')) best = undefined;
    if (best) {
      canonical.push(...best.synonym.means);
      add([best.synonym.means], best.synonym.brand ? [] : best.phrase);
      i += best.phrase.length;
    } else {
      const word = typed[i] ?? '';
      canonical.push(word);
      add([[word]]);
      i += 1;
    }
  }
  return { words: typed, canonical, clauses };
}

/**
 * The forms a word can take around one root, so that whole words meet
 * whatever their ending ("numbness" and "numb"; "dormida" and "dormido"):
 * the language's rules (src/search/languages/).
 */
export function wordForms(word: string, language: SearchLanguage = 'en'): Set<string> {
  return rulesOf(language).wordForms(word);
}

/** wordForms(), worked out once per word: every search reads each emergency keyword's forms. */
const knownForms = new Map<string, ReadonlySet<string>>();

function formsOf(word: string, language: SearchLanguage): ReadonlySet<string> {
  const key = `${language}:${word}`;
  let forms = knownForms.get(key);
  if (!forms) {
    if (knownForms.size >= 20_000) knownForms.clear();
    knownForms.set(key, (forms = wordForms(word, language)));
  }
  return forms;
}

/** Damerau-Levenshtein distance (a swap of two letters is one edit), stopping early once it is over max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Whether a typed word stands for a keyword word: the same whole word with
 * any ending (see wordForms), or, for words of 7 or more letters, one typo
 * away after the same first letter ("bladdr", but not "ladder"). Short words
 * must match exactly, so "heat" never counts as "heart".
 */
export function wordMeans(typed: string, keyword: string, language: SearchLanguage = 'en'): boolean {
  if (typed === keyword) return true;
  const keywordForms = formsOf(keyword, language);
  for (const form of formsOf(typed, language)) if (keywordForms.has(form)) return true;
  return rulesOf(language).typoOf(typed, keyword, editDistance);
}

/** A list of words as sign matching reads it: without the language's small filler words (Spanish "mis", "de"). */
export function signWords(list: readonly string[], language: SearchLanguage): readonly string[] {
  const fillers = rulesOf(language).signFillers;
  return fillers.size > 0 ? list.filter((word) => !fillers.has(word)) : list;
}

/** Keywords as lists of words (stop words kept: "pee myself" is not "pee"), ready for isEmergency(). */
export function compileKeywords(keywords: readonly string[], language: SearchLanguage = 'en'): string[][] {
  return compileSignKeywords(keywords, undefined, language).keywords;
}

/**
 * Keywords as compileKeywords() gives them, each with the id of its sign
 * (`signs[i]` is the sign of `keywords[i]`), for mentionedSigns(). A keyword
 * is dropped only when the same words are already there for the same sign.
 */
export function compileSignKeywords(
  keywords: readonly string[],
  signs: readonly string[] | undefined,
  language: SearchLanguage = 'en',
): { keywords: string[][]; signs: string[] } {
  const seen = new Set<string>();
  const kept: { keywords: string[][]; signs: string[] } = { keywords: [], signs: [] };
  keywords.forEach((keyword, i) => {
    const list = words(keyword, language);
    const sign = signs?.[i] ?? '';
    const key = `${sign} ${list.join(' ')}`;
    if (list.length === 0 || seen.has(key)) return;
    seen.add(key);
    kept.keywords.push(list);
    kept.signs.push(sign);
  });
  return kept;
}

const notSignsByLanguage = new Map<SearchLanguage, readonly string[][]>();
/** A language's NOT_SIGNS phrases (src/search/languages/), as words() reads them. */
export function notSigns(language: SearchLanguage): readonly string[][] {
  if (!notSignsByLanguage.has(language)) {
    notSignsByLanguage.set(
      language,
      rulesOf(language).notSigns.map((phrase) => words(phrase, language)),
    );
  }
  return notSignsByLanguage.get(language)!;
}
/** English NOT_SIGNS, as words. */
export const NOT_SIGNS: readonly string[][] = notSigns('en');
/** Spanish NOT_SIGNS, as words. */
export const SPANISH_NOT_SIGNS: readonly string[][] = notSigns('es');

/** Which of a list of words sit inside one of the NOT_SIGNS phrases. */
function insideNotSigns(list: readonly string[], language: SearchLanguage): Set<number> {
  const inside = new Set<number>();
  const phrases = notSigns(language);
  list.forEach((_, start) => {
    for (const phrase of phrases) {
      if (phrase.every((word, offset) => list[start + offset] === word)) {
        phrase.forEach((_, offset) => inside.add(start + offset));
      }
    }
  });
  return inside;
}

/**
 * Whether a list of words mentions a keyword: every word of the keyword is
 * there as a whole word, close together (within two words more than the
 * keyword has, in any order: "bum feels numb" mentions "numb bum").
 */
export function mentions(
  typedWords: readonly string[],
  keywordWords: readonly string[],
  language: SearchLanguage = 'en',
): boolean {
  const list = signWords(typedWords, language);
  const keyword = signWords(keywordWords, language);
  if (keyword.length === 0) return false;
  // A language that reads a keyword without its small words (Spanish) has its words sit closer: its NOT_SIGNS hold for every keyword.
  const skip =
    keyword.length === 1 || rulesOf(language).notSignsForEveryKeyword
      ? insideNotSigns(list, language)
      : new Set<number>();
  return list.some((_, start) => {
    const window = list.slice(start, start + keyword.length + 2);
    return keyword.every((word) =>
      window.some((typed, offset) => !skip.has(start + offset) && wordMeans(typed, word, language)),
    );
  });
}

/**
 * Whether a query mentions an emergency sign anywhere in it: a keyword in
 * what was typed, or in its canonical form (after synonyms: "cant wee" is
 * "cant pee"), at any length of query.
 */
export function isEmergency(
  query: ParsedQuery,
  keywords: readonly string[][],
  language: SearchLanguage = 'en',
): boolean {
  return keywords.some(
    (keyword) => mentions(query.words, keyword, language) || mentions(query.canonical, keyword, language),
  );
}

/**
 * The warning signs a query mentions, as isEmergency() reads it: the sign of
 * each keyword mentioned (`signs[i]` is the sign of `keywords[i]`), each
 * once, in the order of the keywords (the signs' order in red-flags.yaml).
 */
export function mentionedSigns(
  query: ParsedQuery,
  keywords: readonly string[][],
  signs: readonly string[],
  language: SearchLanguage = 'en',
): string[] {
  const found = new Set<string>();
  keywords.forEach((keyword, i) => {
    const sign = signs[i];
    if (sign && !found.has(sign) && isEmergency(query, [keyword], language)) found.add(sign);
  });
  return [...found];
}
