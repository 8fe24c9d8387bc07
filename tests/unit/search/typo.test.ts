import { describe, expect, test } from 'vitest';
import { maxTypoCost, shortTypos, substitutionCost, typoCost, typoOf } from '../../../src/search/typo.ts';
import { unknownWordsText } from '../../../src/search/view.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';

describe('typo cost', () => {
  test('a wrong letter next to the right key, or a wrong vowel, costs 1; any other costs 2', () => {
    expect(substitutionCost('z', 's')).toBe(1);
    expect(substitutionCost('u', 'i')).toBe(1);
    expect(substitutionCost('e', 'o')).toBe(1);
    expect(substitutionCost('d', 'l')).toBe(2);
    expect(substitutionCost('a', 'a')).toBe(0);
  });

  test('a missed, added or swapped letter costs 1', () => {
    expect(typoCost('sciatia', 'sciatica', 2)).toBe(1);
    expect(typoCost('psasm', 'spasm', 2)).toBe(1);
    expect(typoCost('spassm', 'spasm', 2)).toBe(1);
  });

  test('the limit grows with the word: none up to 3 letters, 1 up to 7, then 2', () => {
    expect([3, 4, 7, 8, 12].map(maxTypoCost)).toEqual([0, 1, 1, 2, 2]);
  });

  test('the typos the issue names: found, or refused', () => {
    expect(typoOf('spazm', 'spasm')).toBe(1);
    expect(typoOf('psasm', 'spasm')).toBe(1);
    expect(typoOf('tirmeric', 'turmeric')).toBe(1);
    expect(typoOf('ibuprofin', 'ibuprofen')).toBeDefined();
    expect(typoOf('chiropracter', 'chiropractor')).toBeDefined();
    expect(typoOf('tirmeric', 'timer')).toBeUndefined();
    expect(typoOf('child', 'chill')).toBeUndefined();
    expect(typoOf('child', 'chilli')).toBeUndefined();
    expect(typoOf('covid', 'cold')).toBeUndefined();
    expect(typoOf('covid', 'codeine')).toBeUndefined();
    expect(typoOf('psasm', 'pharmacist')).toBeUndefined();
    expect(typoOf('ice', 'icy')).toBeUndefined();
  });
});

describe('short words (2 or 3 letters)', () => {
  const common = ['back', 'pain', 'ice', 'leg', 'bed', 'use', 'heat', 'gp', 'arm'];

  test('find the common word meant, by up to two near misses in 3 letters and one in 2', () => {
    expect(shortTypos('ocy', common)).toEqual([{ term: 'ice', cost: 2 }]);
    expect(shortTypos('bak', common)).toEqual([{ term: 'back', cost: 1 }]);
    expect(shortTypos('lrg', common)).toEqual([{ term: 'leg', cost: 1 }]);
    expect(shortTypos('gl', common)).toEqual([{ term: 'gp', cost: 1 }]);
  });

  test('only the cheapest, at most two, in the order given (commonest first)', () => {
    // "ice" is a wrong letter away (2), "use" a wrong vowel (1).
    expect(shortTypos('ise', common)).toEqual([{ term: 'use', cost: 1 }]);
    expect(shortTypos('bae', ['bad', 'bag', 'bay', 'bat'])).toHaveLength(2);
    expect(shortTypos('bae', ['bad', 'bag', 'bay', 'bat'])[0]?.term).toBe('bad');
  });

  test('a typo of a stop word stands for nothing ("hte" is "the")', () => {
    expect(shortTypos('hte', ['get', 'hit'])).toHaveLength(2);
    expect(shortTypos('hte', ['get', 'hit'], ['the', 'and'])).toEqual([]);
  });

  test('nothing for a word far from all of them, a longer word, or a word that is one of them', () => {
    expect(shortTypos('zzq', common)).toEqual([]);
    expect(shortTypos('spazm', common)).toEqual([]);
    expect(shortTypos('ice', common)).toEqual([]);
  });
});

describe('unknownWordsText', () => {
  test('names the words left out, or says nothing', () => {
    expect(unknownWordsText([], en.search.client)).toBe('');
    expect(unknownWordsText(['covid'], en.search.client)).toBe('No pages use the word “covid”, so it was left out.');
    expect(unknownWordsText(['covid', 'zzz', 'qq'], en.search.client)).toBe(
      'No pages use the words “covid”, “zzz” or “qq”, so they were left out.',
    );
  });

  test('in Spanish, with Spanish quotes and "o"', () => {
    expect(unknownWordsText(['covid'], es.search.client)).toBe(
      'Ninguna página usa la palabra «covid», así que se ha dejado fuera.',
    );
    expect(unknownWordsText(['covid', 'zzz', 'qq'], es.search.client)).toBe(
      'Ninguna página usa las palabras «covid», «zzz» o «qq», así que se han dejado fuera.',
    );
  });
});
