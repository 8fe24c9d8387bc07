import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Locale } from '../i18n/locales.ts';
import { readableBlocks, sentences, words } from './readableText.ts';
import { spanishSyllables } from './spanishSyllables.ts';

/** Flesch-Kincaid grade that every article body must stay at or below. */
export const MAX_GRADE = 8;
/** No sentence may be longer than this many words. */
export const MAX_SENTENCE_WORDS = 30;
/**
 * The Fernández-Huerta index every Spanish article body must reach: 70 and
 * over is "fairly easy" (bastante fácil), 80 and over "easy".
 */
export const MIN_FERNANDEZ_HUERTA = 70;

/** Syllables of one word; a number counts as the words a reader says for it, roughly 2. */
function syllablesOf(word: string): number {
  if (/^\d/.test(word)) return 2;
  return Math.max(1, syllable(word));
}

/**
 * The Fernández-Huerta reading ease of a Spanish text (Flesch's formula
 * adapted to Spanish): 206.84 - 60 × syllables a word - 1.02 × words a
 * sentence. 100 is very easy; 70 and over is fairly easy.
 */
export function fernandezHuerta(counts: { sentences: number; words: number; syllables: number }): number {
  if (counts.sentences === 0 || counts.words === 0) return 0;
  return 206.84 - 60 * (counts.syllables / counts.words) - 1.02 * (counts.words / counts.sentences);
}

export interface ReadabilityReport {
  /** English: the Flesch-Kincaid grade (lower is easier). Spanish: the Fernández-Huerta index (higher is easier). */
  grade: number;
  sentenceCount: number;
  wordCount: number;
  /** Sentences over MAX_SENTENCE_WORDS words, with the line of the body their block starts on. */
  longSentences: { words: number; text: string; line: number }[];
}

/** How a language's reading ease is measured: its syllable count, its formula and the score its pages must reach. */
export interface ReadingMeasure {
  /** The formula's name, as a report prints it before the score. */
  name: string;
  syllables: (word: string) => number;
  score: (counts: { sentences: number; words: number; syllables: number }) => number;
  /** Whether a score reads easily enough. */
  easy: (score: number) => boolean;
}

/** Each language's reading measure: a new language names its own (the type checker asks for it). */
export const READING_MEASURES: Readonly<Record<Locale, ReadingMeasure>> = {
  en: {
    name: 'grade',
    syllables: syllablesOf,
    score: ({ sentences, words, syllables }) =>
      fleschKincaid({ sentence: sentences, word: words, syllable: syllables }),
    easy: (score) => score <= MAX_GRADE,
  },
  es: {
    name: 'Fernández-Huerta',
    syllables: spanishSyllables,
    score: fernandezHuerta,
    easy: (score) => score >= MIN_FERNANDEZ_HUERTA,
  },
};

/** The reading score of a language (READING_MEASURES: Flesch-Kincaid grade in English, Fernández-Huerta in Spanish), and over-long sentences, of an MDX body. */
export function readability(body: string, locale: Locale = 'en'): ReadabilityReport {
  const measure = READING_MEASURES[locale];
  const count = measure.syllables;
  const all = readableBlocks(body).flatMap((block) =>
    sentences([block.text]).map((text) => ({ text, line: block.line })),
  );
  let wordCount = 0;
  let syllableCount = 0;
  const longSentences: ReadabilityReport['longSentences'] = [];
  for (const sentence of all) {
    const list = words(sentence.text);
    wordCount += list.length;
    syllableCount += list.reduce((sum, word) => sum + count(word), 0);
    if (list.length > MAX_SENTENCE_WORDS) longSentences.push({ words: list.length, ...sentence });
  }
  const grade =
    all.length === 0 ? 0 : measure.score({ sentences: all.length, words: wordCount, syllables: syllableCount });
  return { grade: Math.round(grade * 10) / 10, sentenceCount: all.length, wordCount, longSentences };
}
