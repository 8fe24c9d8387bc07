import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Flesch-Kincaid grade that every article body must stay at or below. */
export const MAX_GRADE = 8;
/** No sentence may be longer than this many words. */
export const MAX_SENTENCE_WORDS = 30;

/**
 * The reader-facing text of an MDX body, one block per line: paragraphs,
 * list items, headings and table cells. Import lines, code and self-closing
 * components (such as <CareCard />, whose text lives in data files) are left
 * out; text inside components (such as <Callout>) and string props of
 * <DoDont> are kept. Headings and list items count as sentences, as the NHS
 * readability method says.
 */
export function readableText(body: string): string[] {
  const blocks: string[] = [];
  const withoutCode = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  // Text in array props, such as do={["keep moving", ...]}.
  for (const match of withoutCode.matchAll(/\b(?:do|dont)=\{\[([\s\S]*?)\]\}/g)) {
    for (const item of (match[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)) blocks.push(item[1] ?? '');
  }
  const stripped = withoutCode
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[A-Z][\w.]*(?:[^>"']|"[^"]*"|'[^']*')*\/>/g, '') // self-closing components
    .replace(/<\/?[A-Za-z][\w.-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g, '\n') // other tags: keep their text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ''); // MDX comments

  for (let line of stripped.split('\n')) {
    line = line
      .replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`~]/g, '')
      .trim();
    if (/^\|?\s*:?-{3,}/.test(line)) continue; // table divider
    if (line.startsWith('|')) {
      blocks.push(
        ...line
          .split('|')
          .map((cell) => cell.trim())
          .filter(Boolean),
      );
      continue;
    }
    if (line) blocks.push(line);
  }
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
