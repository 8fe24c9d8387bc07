import { describe, expect, test } from 'vitest';
import { highlight, makeSnippet } from '../../../src/search/snippet.ts';

const marked = ({ text, highlights }: { text: string; highlights: [number, number][] }) =>
  highlights.map(([s, e]) => text.slice(s, e));

describe('highlight', () => {
  test('marks whole words whose stem was matched, keeping the original spelling', () => {
    const text = 'Back spasms ease; a SPASM passes.';
    expect(highlight(text, new Set(['spasm'])).map(([s, e]) => text.slice(s, e))).toEqual(['spasms', 'SPASM']);
    expect(highlight(text, new Set(['nothing']))).toEqual([]);
  });
});

describe('makeSnippet', () => {
  test('a short text is returned whole with its highlights', () => {
    const snippet = makeSnippet('Use ice for 5 to 20 minutes.', new Set(['ice']));
    expect(snippet.text).toBe('Use ice for 5 to 20 minutes.');
    expect(marked(snippet)).toEqual(['ice']);
  });

  test('a long text is cut around the window with the most matched words, with … marks', () => {
    const text = `${'Filler words here. '.repeat(20)}Heat helps a spasm ease. ${'More filler at the end. '.repeat(20)}`;
    const snippet = makeSnippet(text, new Set(['heat', 'spasm']), 80);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(snippet.text).toContain('Heat helps a spasm ease.');
    expect(snippet.text.length).toBeLessThanOrEqual(80 + 4);
    expect(marked(snippet)).toEqual(['Heat', 'spasm']);
  });

  test('with no match, the start of the text, cut at a word', () => {
    const snippet = makeSnippet('one two three four five six seven', new Set(['zzz']), 12);
    expect(snippet).toEqual({ text: 'one two …', highlights: [] });
  });

  test('highlights stay within the snippet text whatever the query', () => {
    const text = 'a '.repeat(300) + 'ice '.repeat(5) + 'b '.repeat(300);
    const snippet = makeSnippet(text, new Set(['ice', 'a', 'b']), 60);
    for (const [start, end] of snippet.highlights) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(snippet.text.length);
      expect(start).toBeLessThan(end);
    }
  });
});
