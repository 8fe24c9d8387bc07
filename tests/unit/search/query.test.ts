import { describe, expect, test } from 'vitest';
import {
  compileKeywords,
  compileSynonyms,
  editDistance,
  isEmergency,
  parseQuery,
  wordForms,
  wordMeans,
} from '../../../src/search/query.ts';

const synonyms = compileSynonyms([
  { means: 'back spasm', words: ['threw my back out', 'lumbago', 'back went'], brands: [] },
  { means: 'pee', words: ['urine', 'wee'], brands: [] },
  { means: 'ibuprofen', words: [], brands: ['Nurofen', 'Advil'] },
  { means: 'emergency department', words: ['A&E', 'ER'], brands: [] },
  { means: 'bottom', words: ['behind', 'bum'], brands: [] },
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

  test('a synonym phrase is replaced by what it means, the typed words kept as a phrase to match exactly', () => {
    const parsed = parseQuery('I threw my back out today', synonyms);
    expect(parsed.clauses).toEqual([
      { alternatives: [['back', 'spasm']], phrase: ['threw', 'back', 'out'] },
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
      { alternatives: [['pee']], phrase: ['wee'] },
    ]);
    expect(parseQuery('a&e', synonyms).clauses).toEqual([
      { alternatives: [['emergency', 'department']], phrase: ['ae'] },
    ]);
  });

  test('a one-word synonym before "my", "the" and so on is not applied ("behind my knee")', () => {
    expect(parseQuery('numb behind my knee', synonyms).canonical).toEqual(['numb', 'behind', 'my', 'knee']);
    expect(parseQuery('my behind is numb', synonyms).canonical).toEqual(['my', 'bottom', 'is', 'numb']);
  });

  test('an empty or stop-word-only query has no clauses', () => {
    expect(parseQuery('', synonyms).clauses).toEqual([]);
    expect(parseQuery('how do I', synonyms).clauses).toEqual([]);
  });
});

describe('emergency signs', () => {
  const keywords = compileKeywords([
    'bladder',
    'cant pee',
    'pee myself',
    'numb bottom',
    'legs weak',
    'heart',
    'accident',
    'feel my legs',
  ]);
  const emergency = (query: string) => isEmergency(parseQuery(query, synonyms), keywords);

  test.each([
    'cant pee',
    "can't wee",
    'CANNOT... cant pee!',
    'weak legs',
    'my legs are weak',
    'numbness in my bottom',
    'my bum feels numb',
    'my behind is numb',
    'bladdr problems',
    'bladder',
    'peed myself',
    'back pain after an accident',
    'heart pain',
    'i cant feel my legs',
    // The whole query is read, however long (up to the 200-character cut).
    `${'my back went while lifting the shopping and now '.repeat(3)}my bum feels numb`,
  ])('"%s" is an emergency sign', (query) => expect(emergency(query)).toBe(true));

  test.each([
    'ice or heat',
    'heat pack',
    'how long to rest',
    'bottom of my back aches',
    'pee',
    'numbers',
    'fell off a ladder',
    // Parts of words are not words: the prefix rule used to fire on these.
    'heartburn',
    'accidentally slept on the floor',
    'numbskull',
    // A one-word keyword inside an everyday phrase that names something else.
    'can i take ibuprofen with a heart condition',
    // "behind" means bottom only as a noun: "behind my knee" is a knee.
    'numb behind my knee',
    'numb knee',
    'my knees feel weak',
  ])('"%s" is not', (query) => expect(emergency(query)).toBe(false));

  test('wordMeans: whole words with any ending, and one typo only in long words', () => {
    expect(wordMeans('numbness', 'numb')).toBe(true);
    expect(wordMeans('feeling', 'feel')).toBe(true);
    expect(wordMeans('wetting', 'wet')).toBe(true);
    expect(wordMeans('peeing', 'pee')).toBe(true);
    expect(wordMeans('wiping', 'wipe')).toBe(true);
    expect(wordMeans('numberless', 'numb')).toBe(false);
    expect(wordMeans('heartburn', 'heart')).toBe(false);
    expect(wordMeans('accidentally', 'accident')).toBe(false);
    expect(wordMeans('heat', 'heart')).toBe(false);
    expect(wordMeans('bladdr', 'bladder')).toBe(true);
    expect(wordMeans('blaedder', 'bladder')).toBe(true);
    expect(wordMeans('ladder', 'bladder')).toBe(false);
    expect(wordMeans('lad', 'bladder')).toBe(false);
  });

  test('wordForms strips endings only, never to fewer than 3 letters', () => {
    expect([...wordForms('numbness')]).toContain('numb');
    expect([...wordForms('wetting')]).toContain('wet');
    expect([...wordForms('sing')]).toEqual(['sing']);
  });

  test('compileKeywords keeps stop words ("pee myself" is not "pee") and drops repeats', () => {
    expect(compileKeywords(['pee myself', 'Pee myself', "can't pee", 'cant pee'])).toEqual([
      ['pee', 'myself'],
      ['cant', 'pee'],
    ]);
  });

  test('editDistance counts a swap of two letters as one edit, and stops early past the maximum', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('psasm', 'spasm', 2)).toBe(1);
  });
});
