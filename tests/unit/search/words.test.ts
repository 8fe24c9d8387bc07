import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import {
  fill,
  HEADER_WORD_KEYS,
  parseWords,
  pickWords,
  SEARCH_WORD_KEYS,
  searchWordsFile,
  wordsAttribute,
  HEADER_PAGE_WORD_KEYS,
} from '../../../src/search/words.ts';

// What the search scripts say comes from the page, in its language (data-words).
describe('search words', () => {
  test('fill puts values in their {gaps} and leaves unknown gaps alone', () => {
    expect(fill('{n} resultados', { n: 3 })).toBe('3 resultados');
    expect(fill('{found}{where}', { found: 'Ningún resultado', where: ' más arriba' })).toBe(
      'Ningún resultado más arriba',
    );
    expect(fill('{n} of {m}', { n: 1 })).toBe('1 of {m}');
  });

  test.each([
    ['en', en.search.client],
    ['es', es.search.client],
  ] as const)('%s: the attribute gives back the same words, for the header and for the search page', (_, words) => {
    expect(parseWords(wordsAttribute(words, SEARCH_WORD_KEYS), SEARCH_WORD_KEYS)).toEqual(words);
    expect(parseWords(wordsAttribute(words, HEADER_WORD_KEYS), HEADER_WORD_KEYS)).toEqual(
      pickWords(words, HEADER_WORD_KEYS),
    );
  });

  test('every text the dictionaries give the scripts is one of the keys, and the header takes only what it uses', () => {
    expect([...SEARCH_WORD_KEYS].sort()).toEqual(Object.keys(en.search.client).sort());
    expect(HEADER_WORD_KEYS.every((key) => (SEARCH_WORD_KEYS as readonly string[]).includes(key))).toBe(true);
    expect(HEADER_WORD_KEYS).not.toContain('pageHint');
    // What the header needs before (or without) the network stays in the page.
    expect(HEADER_PAGE_WORD_KEYS.every((key) => (HEADER_WORD_KEYS as readonly string[]).includes(key))).toBe(true);
    expect(HEADER_PAGE_WORD_KEYS).toContain('headerError');
  });

  test("the header's other words live in its language's folder, under the base path", () => {
    expect(searchWordsFile('/')).toBe('/search-words.json');
    expect(searchWordsFile('/es/')).toBe('/es/search-words.json');
    expect(searchWordsFile('/guide/es')).toBe('/guide/es/search-words.json');
  });

  test('a missing or broken attribute is a clear error, never words from another language', () => {
    expect(() => parseWords(undefined, HEADER_WORD_KEYS)).toThrow(/data-words must list 12 texts/);
    expect(() => parseWords('["only one"]', HEADER_WORD_KEYS)).toThrow(/data-words must list/);
    expect(() => parseWords(JSON.stringify(HEADER_WORD_KEYS.map(() => 1)), HEADER_WORD_KEYS)).toThrow(/data-words/);
  });
});
