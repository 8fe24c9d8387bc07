/**
 * From what a reader typed to what the index is asked: synonyms ("threw my
 * back out" -> "back spasm", "nurofen" -> "ibuprofen") and emergency signs.
 */
import { isSearchable, normaliseQuery, words, type SearchLanguage } from './text.ts';

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

/** Words that start a noun phrase: a one-word synonym right before one is not read as that synonym. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'my the your his her their our a an this that these those one someone'.split(' '),
);
/** The same in Spanish (normalised and stemmed, as words() gives them). */
export const SPANISH_DETERMINERS: ReadonlySet<string> = new Set(
  'mi mis tu tus su sus el la lo los las un una uno unos unas este esta estos estas ese esa esos esas'.split(' '),
);

/** Splits a query into clauses, replacing synonym phrases (longest first) with what they mean. */
export function parseQuery(
  query: string,
  synonyms: readonly CompiledSynonym[],
  language: SearchLanguage = 'en',
): ParsedQuery {
  const typed = words(normaliseQuery(query), language);
  const determiners = language === 'es' ? SPANISH_DETERMINERS : DETERMINERS;
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
 * whatever their ending: "numbness" and "numb", "feeling" and "feel",
 * "wetting" and "wet", "wiping" and "wipe", "peed" and "pee". Only endings
 * are removed, never beginnings, and no root is shorter than 3 letters, so a
 * word never matches a part of another ("heartburn" is not "heart",
 * "accidentally" is not "accident").
 */
export function wordForms(word: string, language: SearchLanguage = 'en'): Set<string> {
  if (language === 'es') return spanishWordForms(word);
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

/**
 * Spanish endings taken off to find a word's root: nouns made from verbs
 * ("adormecimiento"), past tenses and participles ("desmayé", "dormida"),
 * gerunds, infinitives, and the final vowel of gender and person ("piernas",
 * "dormido", "orino"). A root keeps at least 4 letters, so short words stay
 * whole ("piso" is not "pis", "año" is not "ano").
 */
const SPANISH_ENDINGS = [
  'imiento',
  'amiento',
  'ieron',
  'aron',
  'iendo',
  'ando',
  'ado',
  'ada',
  'ido',
  'ida',
  'aba',
  'ar',
  'er',
  'ir',
  'an',
  'en',
  'o',
  'a',
  'e',
  'i',
];

/** The Spanish forms of a word around its roots (see SPANISH_ENDINGS): "dormida" and "dormido" share "dormid". */
export function spanishWordForms(word: string): Set<string> {
  const forms = new Set([word]);
  for (const ending of SPANISH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) forms.add(word.slice(0, -ending.length));
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
  // Spanish: a typo counts only in a long word and after the same first 3 letters, so "elección"
  // is not "erección" and "séptimo" is not "séptico".
  if (language === 'es') {
    return keyword.length >= 8 && typed.slice(0, 3) === keyword.slice(0, 3) && editDistance(typed, keyword, 1) <= 1;
  }
  return keyword.length >= 7 && typed[0] === keyword[0] && editDistance(typed, keyword, 1) <= 1;
}

/**
 * Spanish words left out of both the keyword and the query when matching a
 * warning sign: articles, possessives and small prepositions, so "no siento
 * mis piernas" mentions "no siento las piernas". "no" stays: it is the sign.
 */
export const SPANISH_FILLERS: ReadonlySet<string> = new Set(
  'el la lo los las un una unos unas de del al a en mi mis tu tus su sus y e o u con por para que'.split(' '),
);

/** A list of words as sign matching reads it: in Spanish without SPANISH_FILLERS. */
export function signWords(list: readonly string[], language: SearchLanguage): readonly string[] {
  return language === 'es' ? list.filter((word) => !SPANISH_FILLERS.has(word)) : list;
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

/**
 * The same in Spanish: "dar el pecho" is breastfeeding, not chest pain; a
 * "corazón" that is a heart condition is not a heart attack.
 */
export const SPANISH_NOT_SIGNS: readonly string[][] = [
  'dar pecho',
  'doy pecho',
  'dando pecho',
  'enfermedad corazon',
  'problema corazon',
  'pastilla corazon',
  'medicina corazon',
  'ritmo cardiaco',
].map((phrase) => words(phrase, 'es'));

/** Which of a list of words sit inside one of the NOT_SIGNS phrases. */
function insideNotSigns(list: readonly string[], language: SearchLanguage): Set<number> {
  const inside = new Set<number>();
  const notSigns = language === 'es' ? SPANISH_NOT_SIGNS : NOT_SIGNS;
  list.forEach((_, start) => {
    for (const phrase of notSigns) {
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
  // Spanish reads a keyword without its small words, so its words sit closer: the NOT_SIGNS hold for every keyword.
  const skip = keyword.length === 1 || language === 'es' ? insideNotSigns(list, language) : new Set<number>();
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
