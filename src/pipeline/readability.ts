import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import silabea from 'silabea';
import type { Locale } from '../i18n/locales.ts';
import { isJsx, literalValue, parseMdx, textOf, type MdxNode } from './mdx.ts';

/** Flesch-Kincaid grade that every article body must stay at or below. */
export const MAX_GRADE = 8;
/** No sentence may be longer than this many words. */
export const MAX_SENTENCE_WORDS = 30;
/**
 * The Fernández-Huerta index every Spanish article body must reach: 70 and
 * over is "fairly easy" (bastante fácil), 80 and over "easy".
 */
export const MIN_FERNANDEZ_HUERTA = 70;

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'footnoteReference',
]);

/**
 * The reader-facing text of a body, one block a paragraph, heading, list
 * item or table cell, in page order. Left out: code, import/export,
 * expressions, and self-closing components (such as <CareCard />, whose text
 * lives in data files). Kept: text inside components (such as <Callout>), and
 * the do and dont lists of <DoDont>. A body that does not parse has no text.
 */
export function readableText(body: string): string[] {
  const { tree } = parseMdx(body);
  if (!tree) return [];
  const blocks: string[] = [];
  const push = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) blocks.push(clean);
  };
  const visit = (node: MdxNode): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      push(textOf(node));
      return;
    }
    if (
      node.type === 'code' ||
      node.type === 'mdxjsEsm' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'definition'
    )
      return;
    if (isJsx(node)) {
      for (const attribute of node.attributes ?? []) {
        if (
          (attribute.name === 'do' || attribute.name === 'dont') &&
          attribute.value &&
          typeof attribute.value === 'object'
        ) {
          const literal = literalValue(attribute.value.value);
          if (literal.ok && Array.isArray(literal.value)) literal.value.forEach((item) => push(String(item)));
        }
      }
      const children = node.children ?? [];
      if (children.length > 0 && children.every((child) => PHRASING.has(child.type))) {
        push(children.map(textOf).join(''));
        return;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}

/** Splits blocks into sentences. A block with no end mark is one sentence. */
export function sentences(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    block
      .split(/(?<=[.!?])["')\]»]*\s+(?=["'([«¿¡]?[\p{Lu}0-9])/u)
      .map((s) => s.trim())
      .filter((s) => /[\p{L}0-9]/u.test(s)),
  );
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((token) => /[\p{L}0-9]/u.test(token));
}

/** Syllables of one word; a number counts as the words a reader says for it, roughly 2. */
function syllablesOf(word: string): number {
  if (/^\d/.test(word)) return 2;
  return Math.max(1, syllable(word));
}

/**
 * Syllables of one Spanish word, by the rules of Spanish syllable division
 * (silabea: diphthongs, hiatus and accents). A number counts as 2; a token
 * with letters Spanish words do not use (an abbreviation such as "A&E")
 * counts its groups of vowels.
 */
export function spanishSyllables(word: string): number {
  if (/^\d/.test(word)) return 2;
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!letters) return 1;
  if (!/[aeiouáéíóúü]/.test(letters)) return 1;
  const count = silabea.getSilabas(letters).numeroSilaba;
  return Math.max(1, Number.isFinite(count) ? count : (letters.match(/[aeiouáéíóúü]+/g)?.length ?? 1));
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
  /** Sentences over MAX_SENTENCE_WORDS words. */
  longSentences: { words: number; text: string }[];
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
  const all = sentences(readableText(body));
  let wordCount = 0;
  let syllableCount = 0;
  const longSentences: ReadabilityReport['longSentences'] = [];
  for (const sentence of all) {
    const list = words(sentence);
    wordCount += list.length;
    syllableCount += list.reduce((sum, word) => sum + count(word), 0);
    if (list.length > MAX_SENTENCE_WORDS) longSentences.push({ words: list.length, text: sentence });
  }
  const grade =
    all.length === 0 ? 0 : measure.score({ sentences: all.length, words: wordCount, syllables: syllableCount });
  return { grade: Math.round(grade * 10) / 10, sentenceCount: all.length, wordCount, longSentences };
}
