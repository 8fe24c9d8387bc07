import { describe, expect, test } from 'vitest';
import {
  compileKeywords,
  compileSynonyms,
  editDistance,
  isEmergency,
  parseQuery,
  wordMeans,
} from '../../../src/search/query.ts';

const synonyms = compileSynonyms([
  { means: 'back spasm', words: ['threw my back out', 'lumbago', 'back went'], brands: [] },
  { means: 'pee', words: ['urine', 'wee'], brands: [] },
  { means: 'ibuprofen', words: [], brands: ['Nurofen', 'Advil'] },
  { means: 'emergency department', words: ['A&E', 'ER'], brands: [] },
]);

describe('compileSynonyms', () => {
  test('phrases become word lists; brands are kept apart so they can be dropped', () => {
    expect(synonyms[2]).toEqual({ phrases: [['nurofen'], ['advil']], means: ['ibuprofen'], brand: true });
    expect(synonyms[3]?.phrases).toEqual([['ae'], ['er']]);
  });
});

describe('parseQuery', () => {
  test('plain words become one clause each; stop words are dropped', () => {
    expect(parseQuery('How long should I rest?', synonyms).clauses).toEqual([
      { alternatives: [['long']] },
      { alternatives: [['rest']] },
    ]);
  });

  test('a synonym phrase is replaced by what it means, the typed words kept as an alternative', () => {
    const parsed = parseQuery('I threw my back out today', synonyms);
    expect(parsed.clauses).toEqual([
      {
        alternatives: [
          ['back', 'spasm'],
          ['threw', 'back', 'out'],
        ],
      },
      { alternatives: [['today']] },
    ]);
    expect(parsed.canonical).toEqual(['i', 'back', 'spasm', 'today']);
  });

  test('brand names are swapped for the generic name and not searched themselves', () => {
    expect(parseQuery('nurofen dose', synonyms).clauses).toEqual([
      { alternatives: [['ibuprofen']] },
      { alternatives: [['dose']] },
    ]);
  });

  test('matching ignores case and punctuation; repeated words make one clause', () => {
    expect(parseQuery("Can't WEE, wee!", synonyms).clauses).toEqual([
      { alternatives: [['cant']] },
      { alternatives: [['pee'], ['wee']] },
    ]);
    expect(parseQuery('a&e', synonyms).clauses).toEqual([{ alternatives: [['emergency', 'department'], ['ae']] }]);
  });

  test('an empty or stop-word-only query has no clauses', () => {
    expect(parseQuery('', synonyms).clauses).toEqual([]);
    expect(parseQuery('how do I', synonyms).clauses).toEqual([]);
  });
});

describe('emergency signs', () => {
  const keywords = compileKeywords(['bladder', 'cant pee', 'numb bottom', 'legs weak', 'heart']);
  const emergency = (query: string) => isEmergency(parseQuery(query, synonyms), keywords);

  test.each([
    'cant pee',
    "can't wee",
    'CANNOT... cant pee!',
    'weak legs',
    'my legs are weak',
    'numbness in my bottom',
    'bladdr problems',
    'bladder',
  ])('"%s" is an emergency sign', (query) => expect(emergency(query)).toBe(true));

  test.each([
    'ice or heat',
    'heat pack',
    'how long to rest',
    'bottom of my back aches',
    'pee',
    'numbers',
    'fell off a ladder',
  ])('"%s" is not', (query) => expect(emergency(query)).toBe(false));

  test('wordMeans: exact, longer forms, and one typo only in long words', () => {
    expect(wordMeans('numbness', 'numb')).toBe(true);
    expect(wordMeans('numberless', 'numb')).toBe(false);
    expect(wordMeans('heat', 'heart')).toBe(false);
    expect(wordMeans('bladdr', 'bladder')).toBe(true);
    expect(wordMeans('blander', 'bladder')).toBe(true);
    expect(wordMeans('ladder', 'bladder')).toBe(false);
    expect(wordMeans('lad', 'bladder')).toBe(false);
  });

  test('editDistance stops early past the maximum', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});
