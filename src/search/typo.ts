/**
 * How far a typed word is from an index term, as a typist makes mistakes: a
 * letter missed, doubled or swapped with its neighbour costs 1, and so does
 * a wrong letter next to the right one on the keyboard ("spazm") or a wrong
 * vowel ("tirmeric"); any other wrong letter costs 2 ("child" is not "chill").
 * There is an absolute limit by the word's length, so a word with no close
 * term is reported unknown instead of matched to something unrelated.
 * fuse.js finds and ranks the candidates (engine.ts); this is the final cut.
 */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');

/** Pairs of keys next to each other on a QWERTY keyboard, as "ab" strings. */
const NEIGHBOURS: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  const at = (row: number, column: number) => ROWS[row]?.[column];
  ROWS.forEach((keys, row) => {
    [...keys].forEach((key, column) => {
      // Rows are staggered: a key touches the one before and after it, two keys above and two below.
      for (const other of [
        at(row, column - 1),
        at(row, column + 1),
        at(row - 1, column),
        at(row - 1, column + 1),
        at(row + 1, column - 1),
        at(row + 1, column),
      ]) {
        if (other) pairs.add(key + other);
      }
    });
  });
  return pairs;
})();

/** What typing `typed` for `meant` costs: 0 for the same letter, 1 for a near miss, 2 otherwise. */
export function substitutionCost(typed: string, meant: string): number {
  if (typed === meant) return 0;
  if (NEIGHBOURS.has(typed + meant) || (VOWELS.has(typed) && VOWELS.has(meant))) return 1;
  return 2;
}

/** The largest typo cost accepted for a typed word of this length: none up to 3 letters, 1 up to 7, then 2. */
export function maxTypoCost(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

/**
 * The cheapest way to turn `typed` into `term` (weighted Damerau-Levenshtein),
 * or max + 1 as soon as it is certain to cost more than max.
 */
export function typoCost(typed: string, term: string, max: number): number {
  if (Math.abs(typed.length - term.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: term.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= term.length; j++) {
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + substitutionCost(typed[i - 1] ?? '', term[j - 1] ?? ''),
      );
      if (i > 1 && j > 1 && typed[i - 1] === term[j - 2] && typed[i - 2] === term[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[term.length] ?? max + 1;
}

/** Whether `term` is a typo of `typed` within the limit for its length; returns the cost, or undefined. */
export function typoOf(typed: string, term: string): number | undefined {
  const max = maxTypoCost(typed.length);
  if (max === 0 || typed === term) return undefined;
  const cost = typoCost(typed, term, max);
  return cost <= max ? cost : undefined;
}
