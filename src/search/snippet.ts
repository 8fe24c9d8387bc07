/**
 * Snippets and highlights as data: text plus [start, end) ranges to mark.
 * The browser turns them into <mark> elements with DOM APIs, never HTML.
 */
import { tokenize, type SearchLanguage } from './text.ts';

/** A range of characters to highlight: [start, end). */
export type Range = [number, number];

export interface Highlighted {
  text: string;
  highlights: Range[];
}

/** The ranges of a text's words that are in the matched set (normalised, stemmed words). */
export function highlight(text: string, matched: ReadonlySet<string>, language: SearchLanguage = 'en'): Range[] {
  const ranges: Range[] = [];
  for (const token of tokenize(text, language)) {
    if (!matched.has(token.word)) continue;
    const last = ranges.at(-1);
    if (!last || last[1] <= token.start) ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** Default snippet length in characters, before the "…" marks. */
export const SNIPPET_LENGTH = 180;

/**
 * The part of a text around its best match: the window of about `length`
 * characters holding the most distinct matched words, cut at word
 * boundaries, with "…" where text was cut. With no match, the text's start.
 */
export function makeSnippet(
  text: string,
  matched: ReadonlySet<string>,
  length = SNIPPET_LENGTH,
  language: SearchLanguage = 'en',
): Highlighted {
  const tokens = tokenize(text, language);
  const hits = tokens.filter((t) => matched.has(t.word));

  let start = 0;
  if (text.length > length && hits.length > 0) {
    let bestCount = 0;
    for (const first of hits) {
      const distinct = new Set(
        hits.filter((h) => h.start >= first.start && h.end <= first.start + length).map((h) => h.word),
      );
      if (distinct.size > bestCount) {
        bestCount = distinct.size;
        start = first.start;
      }
    }
    // Begin at the start of the sentence if it is near, else a little before the match.
    const sentence = Math.max(
      text.lastIndexOf('. ', start),
      text.lastIndexOf('? ', start),
      text.lastIndexOf('! ', start),
    );
    const back = sentence >= 0 && start - (sentence + 2) <= length / 3 ? sentence + 2 : Math.max(0, start - 30);
    start = back <= 0 ? 0 : (tokens.find((t) => t.start >= back)?.start ?? start);
    if (text.length - start < length) start = tokens.find((t) => t.start >= text.length - length)?.start ?? start;
  }

  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const lastWord = tokens.filter((t) => t.end <= end).at(-1);
    if (lastWord && lastWord.end > start) end = lastWord.end;
  }

  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const body = text.slice(start, end);
  const ranges = highlight(body, matched, language).map(([s, e]): Range => [s + prefix.length, e + prefix.length]);
  return { text: `${prefix}${body}${suffix}`, highlights: ranges };
}
