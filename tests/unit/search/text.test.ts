import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, normalise, normaliseQuery, stem, terms, tokenize, words } from '../../../src/search/text.ts';

describe('normalise', () => {
  test.each([
    ['Back SPASM', 'back spasm'],
    ["can't pee", 'cant pee'],
    ['can’t pee', 'cant pee'],
    ['A&E', 'ae'],
    ['a & e', 'a e'],
    ['Café crème', 'cafe creme'],
    ['ice/heat?!  (48 hours)', 'ice heat 48 hours'],
    ['   ', ''],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
  ])('%s -> %s', (input, output) => {
    expect(normalise(input)).toBe(output);
  });

  test(`a query is cut to ${MAX_QUERY_LENGTH} characters before it is searched`, () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery(`${'x '.repeat(100)}spasm`)).not.toContain('spasm');
  });
});

describe('stem', () => {
  test.each([
    ['spasms', 'spasm'],
    ['stretches', 'stretch'],
    ['bodies', 'body'],
    ['legs', 'leg'],
    ['bus', 'bus'],
    ['stress', 'stress'],
    ['diagnosis', 'diagnosis'],
    ['nervous', 'nervous'],
    ['gas', 'gas'],
    ['48s', '48s'],
  ])('%s -> %s', (input, output) => {
    expect(stem(input)).toBe(output);
  });
});

describe('words, terms and tokens', () => {
  test('words keep stop words; terms drop them and single letters', () => {
    expect(words('How long should I rest?')).toEqual(['how', 'long', 'should', 'i', 'rest']);
    expect(terms('How long should I rest?')).toEqual(['long', 'rest']);
    expect(terms('Call 999 or go to A&E')).toEqual(['call', '999', 'go', 'ae']);
  });

  test('tokens keep their place in the original text, with apostrophes and & inside words', () => {
    const text = "Don't wait: go to A&E, spasms.";
    expect(tokenize(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ['dont', "Don't"],
      ['wait', 'wait'],
      ['go', 'go'],
      ['to', 'to'],
      ['ae', 'A&E'],
      ['spasm', 'spasms'],
    ]);
  });
});
