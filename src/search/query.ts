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

/** Words that start a noun phrase: a one-word synonym right before one is not read as that synonym. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'my the your his her their our a an this that these those one someone'.split(' '),
);

/** Splits a query into clauses, replacing synonym phrases (longest first) with what they mean. */
export function parseQuery(query: string, synonyms: readonly CompiledSynonym[]): ParsedQuery {
  const typed = words(normaliseQuery(query));
  const canonical: string[] = [];
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (alternatives: string[][], typedPhrase: string[] = []) => {
    const usable = alternatives.map((alt) => alt.filter(isSearchable)).filter((alt) => alt.length > 0);
    const phrase = typedPhrase.filter(isSearchable);
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
    if (best && best.phrase.length === 1 && DETERMINERS.has(typed[i + 1] ?? '')) best = undefined;
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
 * whatever their ending: "numbness" and "numb", "feeling" and "feel",
 * "wetting" and "wet", "wiping" and "wipe", "peed" and "pee". Only endings
 * are removed, never beginnings, and no root is shorter than 3 letters, so a
 * word never matches a part of another ("heartburn" is not "heart",
 * "accidentally" is not "accident").
 */
export function wordForms(word: string): Set<string> {
  const forms = new Set([word]);
  for (const suffix of ['ness', 'ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(suffix)) continue;
    const root = word.slice(0, -suffix.length);
    if (root.length < 3 || (suffix === 'd' && !root.endsWith('e'))) continue;
    forms.add(root);
    forms.add(`${root}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(root)) forms.add(root.slice(0, -1));
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
export function wordMeans(typed: string, keyword: string): boolean {
  if (typed === keyword) return true;
  const keywordForms = wordForms(keyword);
  for (const form of wordForms(typed)) if (keywordForms.has(form)) return true;
  return keyword.length >= 7 && typed[0] === keyword[0] && editDistance(typed, keyword, 1) <= 1;
}

/** Keywords as lists of words (stop words kept: "pee myself" is not "pee"), ready for isEmergency(). */
export function compileKeywords(keywords: readonly string[]): string[][] {
  const seen = new Set<string>();
  return keywords.map(words).filter((list) => {
    const key = list.join(' ');
    if (list.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Everyday phrases that hold a warning-sign word but name something else: a
 * one-word keyword found only inside one of these is not a sign ("can I take
 * ibuprofen with a heart condition" is not chest pain).
 */
export const NOT_SIGNS: readonly string[][] = [
  'heart condition',
  'heart disease',
  'heart problem',
  'heart rate',
  'heart medicine',
  'heart medication',
  'heart tablet',
  'heart pill',
].map((phrase) => words(phrase));

/** Which of a list of words sit inside one of the NOT_SIGNS phrases. */
function insideNotSigns(list: readonly string[]): Set<number> {
  const inside = new Set<number>();
  list.forEach((_, start) => {
    for (const phrase of NOT_SIGNS) {
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
export function mentions(list: readonly string[], keyword: readonly string[]): boolean {
  const skip = keyword.length === 1 ? insideNotSigns(list) : new Set<number>();
  return list.some((_, start) => {
    const window = list.slice(start, start + keyword.length + 2);
    return keyword.every((word) => window.some((typed, offset) => !skip.has(start + offset) && wordMeans(typed, word)));
  });
}

/**
 * Whether a query mentions an emergency sign anywhere in it: a keyword in
 * what was typed, or in its canonical form (after synonyms: "cant wee" is
 * "cant pee"), at any length of query.
 */
export function isEmergency(query: ParsedQuery, keywords: readonly string[][]): boolean {
  return keywords.some((keyword) => mentions(query.words, keyword) || mentions(query.canonical, keyword));
}
