import { describe, expect, test } from 'vitest';
import { spanishSyllables } from '../../src/pipeline/spanishSyllables.ts';

/** Words with their syllables, as the RAE divides them. */
const divided = (words: readonly string[]) => words.map((word) => [word.replaceAll('-', ''), word.split('-').length]);

describe('spanishSyllables', () => {
  test.each(divided(['ca-sa', 'es-pal-da', 'mús-cu-lo', 'do-lor', 'mo-vi-mien-to', 'ur-gen-cias']))(
    'one syllable a vowel: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['cau-sa', 'bien', 'cui-da-do', 'ciu-dad', 'sie-te', 'pien-sa', 'ai-re', 'náu-se-a']))(
    'a diphthong is one syllable: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['buey', 'a-ve-ri-guáis', 'es-tu-diáis', 'U-ru-guay']))(
    'a triphthong is one syllable: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['le-er', 'ca-er', 'pe-or', 'a-é-re-o', 'ca-os', 'po-e-ma', 'chi-i-ta']))(
    'two strong vowels (or the same weak one twice) are two: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['dí-a', 're-ú-ne', 'ma-íz', 'ba-úl', 'rí-o', 'o-í-do', 'frí-o', 'ca-í-da']))(
    'an accented i or u beside a vowel is a hiatus: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['que-so', 'quie-to', 'gue-rra', 'guí-a', 'a-gu-do', 'pin-güi-no', 'ver-güen-za']))(
    'the u of que, qui, gue, gui is silent; ü is said: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['y', 'hoy', 'muy', 'ley', 'ma-yo', 'ya', 'a-yu-da', 'le-yes']))(
    'y is a vowel with no vowel after it, else a consonant: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test.each(divided(['prohi-bir', 'ahu-mar', 'a-ho-ra', 'al-co-hol', 'bú-ho']))(
    'an h between vowels does not part them: %s has %i',
    (word, count) => expect(spanishSyllables(word as string)).toBe(count),
  );

  test('capitals and punctuation do not change the count', () => {
    expect(spanishSyllables('¿Cuándo?')).toBe(2);
    expect(spanishSyllables('ESPALDA,')).toBe(3);
  });

  test('a number counts as 2; a token with no vowel as 1', () => {
    expect(spanishSyllables('112')).toBe(2);
    expect(spanishSyllables('TC')).toBe(1);
  });
});
