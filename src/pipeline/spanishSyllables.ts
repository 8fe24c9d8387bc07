/**
 * How many syllables a Spanish word has, by the rules of Spanish syllable
 * division (Ortografía de la lengua española, RAE 2010, 4.1): every syllable
 * has one vowel nucleus, so the count is the number of vowel groups, where
 * two vowels side by side stay in one syllable (a diphthong) unless they form
 * a hiatus. Pure, for the Fernández-Huerta index in readability.ts.
 *
 * - Strong vowels: a, e, o. Weak: i, u (and ü, y at a word's end).
 * - Strong + weak, weak + strong and two different weak vowels are one
 *   syllable (cau-sa, bien, cui-da-do); three in a row too (buey, a-ve-ri-guáis).
 * - Two strong vowels are two (le-er, ca-er, pe-or), and so is a weak vowel
 *   with an accent beside another vowel (dí-a, re-ú-ne, ma-íz).
 * - The u of que, qui, gue and gui is not said, so it is no vowel (que-so,
 *   guí-a); with a diaeresis it is (pin-güi-no).
 * - y with no vowel after it is the vowel i ("y", hoy, muy); before a vowel
 *   it is a consonant (ma-yo, ya). An h between vowels does not part them
 *   (prohi-bir, ahu-mar; but a-ho-ra, bú-ho by the rules above).
 */
const STRONG = new Set('aeoáéóíú');

/** Vowel groups of a word already in lower case: each is one run of vowels. */
function vowelGroups(word: string): string[] {
  const spoken = word
    // The u of que, qui, gue, gui is silent: drop it so it is no vowel.
    .replace(/([qg])u(?=[eéií])/g, '$1')
    // A y with no vowel after it is said as i (y, hoy, muy, Mayte); before a vowel it is a consonant (ya, mayo).
    .replace(/y(?![aeiouáéíóúü])/g, 'i')
    // An h between vowels does not part them (prohi-bir, ahu-mar; a-ho-ra parts as a and o always do).
    .replace(/(?<=[aeiouáéíóúü])h(?=[aeiouáéíóúü])/g, '');
  return spoken.match(/[aeiouáéíóúü]+/g) ?? [];
}

/** Syllables in one run of vowels: a new one starts at each hiatus. */
function syllablesInGroup(group: string): number {
  let count = 1;
  for (let i = 1; i < group.length; i++) {
    const before = group[i - 1]!;
    const after = group[i]!;
    // Two strong vowels, an accented i or u, or the same weak vowel twice (chi-i-ta) part.
    if ((STRONG.has(before) && STRONG.has(after)) || before === after) count++;
  }
  return count;
}

/**
 * Syllables of one Spanish word. A number counts as 2 (the words a reader
 * says for it, roughly); a token with no Spanish vowel (an abbreviation,
 * "TC") counts as 1. Letters Spanish does not use are ignored.
 */
export function spanishSyllables(word: string): number {
  if (/^\d/.test(word)) return 2;
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '');
  return Math.max(
    1,
    vowelGroups(letters).reduce((sum, group) => sum + syllablesInGroup(group), 0),
  );
}
