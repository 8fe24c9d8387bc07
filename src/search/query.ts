/**
 * From what a reader typed to what the index is asked: synonyms ("threw my
 * back out" -> "back spasm", "nurofen" -> "ibuprofen") and emergency signs.
 */
import { isSearchable, normaliseQuery, words } from './text.ts';

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

export function compileSynonyms(entries: readonly SynonymSource[]): CompiledSynonym[] {
  const compiled: CompiledSynonym[] = [];
  for (const entry of entries) {
    const means = words(entry.means);
    const phrases = (list: readonly string[]) => list.map(words).filter((p) => p.length > 0);
    if (entry.words.length > 0) compiled.push({ phrases: phrases(entry.words), means, brand: false });
    if (entry.brands.length > 0) compiled.push({ phrases: phrases(entry.brands), means, brand: true });
  }
  return compiled;
}

/**
 * One part of a query. It matches a section if any alternative does; an
 * alternative is a list of words that should all be there.
 */
export interface Clause {
  alternatives: string[][];
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
export function parseQuery(query: string, synonyms: readonly CompiledSynonym[]): ParsedQuery {
  const typed = words(normaliseQuery(query));
  const canonical: string[] = [];
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (alternatives: string[][]) => {
    const usable = alternatives.map((alt) => alt.filter(isSearchable)).filter((alt) => alt.length > 0);
    const key = JSON.stringify(usable);
    if (usable.length > 0 && !seen.has(key)) {
      seen.add(key);
      clauses.push({ alternatives: usable });
    }
  };

  for (let i = 0; i < typed.length;) {
    let best: { synonym: CompiledSynonym; phrase: string[] } | undefined;
    for (const synonym of synonyms) {
      for (const phrase of synonym.phrases) {
        if (phrase.length > (best?.phrase.length ?? 0) && startsWithAt(typed, i, phrase)) best = { synonym, phrase };
      }
    }
    if (best) {
      canonical.push(...best.synonym.means);
      add(best.synonym.brand ? [best.synonym.means] : [best.synonym.means, best.phrase]);
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

/** Levenshtein distance, stopping early once it is over max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Whether a typed word stands for a keyword word: the same, a longer form of
 * it ("numbness" for "numb", at most 4 letters more), or, for words of 7 or
 * more letters, one typo away after the same first letter ("bladdr", but not
 * "ladder"). Short words must match exactly, so "heat" never counts as "heart".
 */
export function wordMeans(typed: string, keyword: string): boolean {
  if (typed === keyword) return true;
  if (keyword.length >= 4 && typed.startsWith(keyword) && typed.length - keyword.length <= 4) return true;
  return keyword.length >= 7 && typed[0] === keyword[0] && editDistance(typed, keyword, 1) <= 1;
}

/** Keywords as lists of words, ready for isEmergency(). */
export function compileKeywords(keywords: readonly string[]): string[][] {
  return keywords.map(words).filter((list) => list.length > 0);
}

/**
 * Whether a query mentions an emergency sign: every word of a keyword appears,
 * close together (in any order), in what was typed or in its canonical form.
 */
export function isEmergency(query: ParsedQuery, keywords: readonly string[][]): boolean {
  const mentions = (list: readonly string[], keyword: readonly string[]) =>
    list.some((_, start) => {
      const window = list.slice(start, start + keyword.length + 2);
      return keyword.every((word) => window.some((typed) => wordMeans(typed, word)));
    });
  return keywords.some((keyword) => mentions(query.words, keyword) || mentions(query.canonical, keyword));
}
