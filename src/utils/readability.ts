import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { isJsx, literalValue, parseMdx, textOf, type MdxNode } from './mdx.ts';

/** Flesch-Kincaid grade that every article body must stay at or below. */
export const MAX_GRADE = 8;
/** No sentence may be longer than this many words. */
export const MAX_SENTENCE_WORDS = 30;

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
      .split(/(?<=[.!?])["')\]]*\s+(?=["'([]?[A-Z0-9])/)
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
