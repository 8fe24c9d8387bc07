import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { readableBlocks } from './mdx.ts';

/** Flesch-Kincaid grade that every article body must stay at or below. */
export const MAX_GRADE = 8;
/** No sentence may be longer than this many words. */
export const MAX_SENTENCE_WORDS = 30;

/**
 * The reader-facing text of an MDX body, one block a paragraph, heading, list
 * item or table cell (see readableBlocks). Headings and list items count as
 * sentences, as the NHS readability method says.
 */
export function readableText(body: string): string[] {
  return readableBlocks(body);
}

/** Splits blocks into sentences. A block with no end mark is one sentence. */
export function sentences(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    block
      .split(/(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])/)
      .map((s) => s.trim())
      .filter((s) => /[A-Za-z0-9]/.test(s)),
  );
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token));
}

/** Syllables of one word; a number counts as the words a reader says for it, roughly 2. */
function syllablesOf(word: string): number {
  if (/^\d/.test(word)) return 2;
  return Math.max(1, syllable(word));
}

export interface ReadabilityReport {
  grade: number;
  sentenceCount: number;
  wordCount: number;
  /** Sentences over MAX_SENTENCE_WORDS words. */
  longSentences: { words: number; text: string }[];
}

/** Flesch-Kincaid grade and over-long sentences of an MDX body. */
export function readability(body: string): ReadabilityReport {
  const all = sentences(readableText(body));
  let wordCount = 0;
  let syllableCount = 0;
  const longSentences: ReadabilityReport['longSentences'] = [];
  for (const sentence of all) {
    const list = words(sentence);
    wordCount += list.length;
    syllableCount += list.reduce((sum, word) => sum + syllablesOf(word), 0);
    if (list.length > MAX_SENTENCE_WORDS) longSentences.push({ words: list.length, text: sentence });
  }
  const grade =
    all.length === 0 ? 0 : fleschKincaid({ sentence: all.length, word: wordCount, syllable: syllableCount });
  return { grade: Math.round(grade * 10) / 10, sentenceCount: all.length, wordCount, longSentences };
}
