/**
 * The rules that keep the emergency card for emergencies. The words that open
 * it (the keywords of emergency signs, and synonyms that lead to them) are
 * judged by what the search itself does with them (parseQuery, isEmergency),
 * against harmless wordings the site knows: its look-alike queries, its
 * everyday search queries and every sentence of its own articles. Pure:
 * loadSite() gives the words, with where each is written, and reports the
 * problems.
 */
import type { Problem } from '../schemas/problems.ts';
import {
  isEmergency,
  parseQuery,
  signWords,
  wordMeans,
  type CompiledSynonym,
  type ParsedQuery,
  type SynonymSource,
} from './query.ts';
import { normaliseQuery, words, type SearchLanguage } from './text.ts';
import { rulesOf } from './languages/index.ts';

/** A text written in a content file (a keyword, a query), with where it is. */
export interface Placed {
  text: string;
  file: string;
  /** Its field in the file, such as "[2].keywords[4]" or "not emergency[7]". */
  field: string;
  /** A sign's single-word medical name (its `names`): exempt from the rule that keywords are phrases. */
  name?: boolean;
  /** Its line, when known: messages about a query name it. */
  line?: number;
}

/** Everything the rules read, in one language. */
export interface EmergencyWords {
  language: SearchLanguage;
  /** The keywords of the emergency signs. */
  keywords: readonly Placed[];
  /** The synonyms file, and its entries in file order. */
  synonymsFile: string;
  synonyms: readonly SynonymSource[];
  /** Queries that must open the emergency card. */
  emergencyQueries: readonly Placed[];
  /** Queries that must not: look-alikes, and everyday search queries that are not emergency queries. */
  harmlessQueries: readonly Placed[];
  /** The sentences of the site's own articles in this language, each with its article's file. */
  sentences: readonly { text: string; file: string }[];
}

/** isEmergency() over fixed keywords, made fast for checking many texts (see emergencyDetector). */
export interface EmergencyDetector {
  /** The same answer as isEmergency(parsed, keywords). */
  detect: (parsed: ParsedQuery) => boolean;
  /** False when no text made of these words (in any order) can mention a keyword: a quick first test. */
  mayMatch: (words: readonly string[]) => boolean;
}

/**
 * isEmergency() over fixed keywords, made fast: a keyword is tried only when
 * each of its words is meant by some word of the query (wordMeans, remembered
 * word by word). A word can only mean a keyword word with the same first
 * letter, so only those are compared.
 */
export function emergencyDetector(keywords: readonly string[][], language: SearchLanguage = 'en'): EmergencyDetector {
  const signed = keywords.map((keyword) => new Set(signWords(keyword, language)));
  const byLetter = new Map<string, Set<string>>();
  /** Which keywords each keyword word is in. */
  const usedIn = new Map<string, number[]>();
  signed.forEach((list, i) => {
    for (const word of list) {
      byLetter.set(word[0] ?? '', (byLetter.get(word[0] ?? '') ?? new Set()).add(word));
      usedIn.set(word, [...(usedIn.get(word) ?? []), i]);
    }
  });
  const meant = new Map<string, string[]>();
  const meaning = (word: string): string[] => {
    let found = meant.get(word);
    if (!found) {
      found = [...(byLetter.get(word[0] ?? '') ?? [])].filter((keyword) => wordMeans(word, keyword, language));
      meant.set(word, found);
    }
    return found;
  };
  /** The keywords each of whose words is meant by one of `words`. */
  const possible = (words: readonly string[]) => {
    const found = new Map<number, number>();
    for (const word of new Set(words.flatMap(meaning))) {
      for (const i of usedIn.get(word) ?? []) found.set(i, (found.get(i) ?? 0) + 1);
    }
    return [...found].filter(([i, count]) => count === signed[i]!.size).map(([i]) => keywords[i]!);
  };
  return {
    detect: (parsed) => {
      const candidates = possible([...parsed.words, ...parsed.canonical]);
      return candidates.length > 0 && isEmergency(parsed, candidates, language);
    },
    mayMatch: (words) => possible(words).length > 0,
  };
}

/** The words of a keyword that name something: small words ("my", "the", "de la") do not count. */
export function namingWords(keyword: string, language: SearchLanguage = 'en'): string[] {
  const small = rulesOf(language).determiners;
  return signWords(words(keyword, language), language).filter((word) => !small.has(word));
}

/** One word or brand of a synonym entry, compiled on its own, so a problem can name it. */
export interface SynonymPhrase {
  /** Its field in the synonyms file: "[3].words[1]". */
  field: string;
  text: string;
  means: string;
  compiled: CompiledSynonym;
}

/**
 * Every word and brand of the synonym entries, each as a synonym of its own,
 * in the order compileSynonyms() gives them: parseQuery() reads a query the
 * same way with these as with the compiled entries.
 */
export function synonymPhrases(entries: readonly SynonymSource[], language: SearchLanguage = 'en'): SynonymPhrase[] {
  return entries.flatMap((entry, index) =>
    (['words', 'brands'] as const).flatMap((kind) =>
      entry[kind].flatMap((text, at) => {
        const phrase = words(text, language);
        if (phrase.length === 0) return [];
        const compiled = { phrases: [phrase], means: words(entry.means, language), brand: kind === 'brands' };
        return [{ field: `[${index}].${kind}[${at}]`, text, means: entry.means, compiled }];
      }),
    ),
  );
}

/** A text for a message: quoted, and cut short when long. */
const quote = (text: string, max = 100) => `"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}"`;
const where = (placed: Placed) => (placed.line ? `${placed.file}:${placed.line}` : placed.file);

/**
 * The problems of one language's emergency words, each at the keyword,
 * synonym word or query that causes it, one problem for each:
 * 1. an emergency keyword is a phrase of at least two naming words;
 * 2. search finds each emergency keyword when it is typed as it is;
 * 3. every emergency query opens the emergency card, and no harmless query
 *    does (the keyword or synonym that opens it is named);
 * 4. no synonym leads harmless words to an emergency sign: its own words
 *    open the card only if they do without synonyms, and no sentence of the
 *    site's articles that names no sign opens the card once synonyms apply.
 */
export function emergencyWordProblems(input: EmergencyWords): Problem[] {
  const { language } = input;
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (file: string, field: string, message: string) => {
    if (reported.has(`${file}\n${field}`)) return;
    reported.add(`${file}\n${field}`);
    problems.push({ file, field, message });
  };

  const parsePlain = (text: string) => parseQuery(text, [], language);

  // 1 and 2: each keyword on its own. The rules after these judge only the keywords that pass them.
  const keywords: (Placed & { words: string[] })[] = [];
  for (const keyword of input.keywords) {
    const list = words(keyword.text, language);
    if (list.length === 0 || !isEmergency(parsePlain(keyword.text), [list], language)) {
      report(
        keyword.file,
        keyword.field,
        `${quote(keyword.text)} does not open the emergency card even when typed as it is: search reads no words of a sign in it (only punctuation, or only small words such as "de la"). Write the words a reader types for this sign`,
      );
    } else if (!keyword.name && namingWords(keyword.text, language).length < 2) {
      report(
        keyword.file,
        keyword.field,
        `${quote(keyword.text)} is not a phrase of at least two words ("my", "the" and other small words do not count): a single word opens the emergency card for every harmless question that uses it. Write the phrase a reader types for this sign, such as "cant get an erection" rather than "erection"`,
      );
    } else keywords.push({ ...keyword, words: list });
  }
  const { detect, mayMatch } = emergencyDetector(
    keywords.map((k) => k.words),
    language,
  );

  const phrases = synonymPhrases(input.synonyms, language);
  const byFirstWord = new Map<string, SynonymPhrase[]>();
  for (const phrase of phrases) {
    const first = phrase.compiled.phrases[0]![0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
  }
  /** The synonym words a text holds, in file order. */
  const phrasesIn = (typed: readonly string[]) =>
    [...new Set(typed.flatMap((word) => byFirstWord.get(word) ?? []))]
      .filter(({ compiled }) => {
        const phrase = compiled.phrases[0]!;
        return typed.some((_, at) => phrase.every((word, offset) => typed[at + offset] === word));
      })
      .sort((a, b) => phrases.indexOf(a) - phrases.indexOf(b));
  /**
   * A text as the search reads it, with every synonym but `leaveOut`. Only the synonyms
   * the text holds are handed to parseQuery(): the others cannot match, and it is much faster.
   */
  const parse = (text: string, leaveOut?: SynonymPhrase) =>
    parseQuery(
      text,
      phrasesIn(words(normaliseQuery(text), language))
        .filter((phrase) => phrase !== leaveOut)
        .map((phrase) => phrase.compiled),
      language,
    );
  /** The synonym words that make a text open the card: without any one of them, it does not. */
  const synonymCulprits = (text: string, typed: readonly string[]) =>
    phrasesIn(typed).filter((phrase) => !detect(parse(text, phrase)));

  // 4, first part: a synonym's own words.
  for (const phrase of phrases) {
    if (detect(parse(phrase.text)) && !detect(parsePlain(phrase.text))) {
      report(
        input.synonymsFile,
        phrase.field,
        `${quote(phrase.text)} -> ${quote(phrase.means)} turns words that are not a warning sign into one: search would show the emergency card for ${quote(phrase.text)}. Remove it; if it truly names an emergency sign, add it to that sign's keywords instead`,
      );
    }
  }

  // 3: the queries.
  for (const query of input.emergencyQueries) {
    if (!detect(parse(query.text))) {
      report(
        query.file,
        query.field,
        `${quote(query.text)} is listed as an emergency query but does not open the emergency card: add a keyword for it to its sign, or list it under "not emergency" if it names no warning sign`,
      );
    }
  }
  for (const query of input.harmlessQueries) {
    const parsed = parse(query.text);
    if (!detect(parsed)) continue;
    const opens = `opens the emergency card for the harmless query ${quote(query.text)} (${where(query)})`;
    const culprits = detect(parsePlain(query.text))
      ? keywords.filter((k) => k.words.length > 0 && isEmergency(parsed, [k.words], language))
      : [];
    for (const keyword of culprits) {
      report(
        keyword.file,
        keyword.field,
        `${quote(keyword.text)} ${opens}: make the keyword a phrase that only a reader describing this sign types (if the query does name a warning sign, list it under "emergency" instead)`,
      );
    }
    const synonyms = culprits.length === 0 ? synonymCulprits(query.text, parsed.words) : [];
    for (const phrase of synonyms) {
      report(
        input.synonymsFile,
        phrase.field,
        `${quote(phrase.text)} -> ${quote(phrase.means)} ${opens}: a synonym must not lead harmless words to an emergency sign. Remove it, or point it at words that are not a warning sign`,
      );
    }
    if (culprits.length === 0 && synonyms.length === 0) {
      report(
        query.file,
        query.field,
        `${quote(query.text)} opens the emergency card: make the keywords and synonyms it matches more specific, or list it under "emergency" if it names a warning sign`,
      );
    }
  }

  // 4, second part: the site's own sentences that name no sign must not name one through a synonym.
  for (const sentence of input.sentences) {
    // Most sentences hold no synonym, or none that could bring a keyword's words together.
    const typed = words(normaliseQuery(sentence.text), language);
    const held = phrasesIn(typed);
    if (held.length === 0 || !mayMatch([...typed, ...held.flatMap((phrase) => phrase.compiled.means)])) continue;
    if (detect(parsePlain(sentence.text)) || !detect(parse(sentence.text))) continue;
    for (const phrase of synonymCulprits(sentence.text, typed)) {
      report(
        input.synonymsFile,
        phrase.field,
        `${quote(phrase.text)} -> ${quote(phrase.means)} opens the emergency card for a harmless sentence of ${sentence.file}: ${quote(sentence.text)}. A synonym must not turn everyday words into an emergency sign: remove it, or point it at words that are not a warning sign`,
      );
    }
  }
  return problems;
}
