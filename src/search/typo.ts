/**
 * How far a typed word is from an index term, as a typist makes mistakes: a
 * letter missed, doubled or swapped with its neighbour costs 1, and so does
 * a wrong letter next to the right one on the keyboard ("spazm") or a wrong
 * vowel ("tirmeric"); any other wrong letter costs 2 ("child" is not "chill").
 * There is an absolute limit by the word's length, so a word with no close
 * term is reported unknown instead of matched to something unrelated.
 * The engine (engine.ts) ranks the spellings it finds by this cost.
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

/**
 * The largest typo cost accepted for a typed word of this length against any
 * index term: none up to 3 letters (a short word's typos are looked for only
 * among a few common words: shortTypos), 1 up to 7, then 2.
 */
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

/** The typo allowance of a word of 2 or 3 letters, against a short list of words only (see shortTypos). */
export const SHORT_TYPO_COST: Readonly<Record<number, number>> = { 2: 1, 3: 2 };
/** A short word's typo stands for at most this many words: the cheapest. */
export const MAX_SHORT_TYPOS = 2;

/**
 * The words a word of 2 or 3 letters may be a typo of ("ocy" for "ice",
 * "bak" for "back"), looked for only among `candidates`: the index's
 * commonest short words and the synonyms' words, in that order. Only the
 * cheapest spellings count, at most MAX_SHORT_TYPOS of them (the commoner
 * first), so a short word never floods the results with every short word
 * close to it. A word of the same length one typo from a stop word ("hte",
 * "teh") is taken for that word, and stands for nothing.
 */
export function shortTypos(
  typed: string,
  candidates: readonly string[],
  stopWords: Iterable<string> = [],
): { term: string; cost: number }[] {
  const max = SHORT_TYPO_COST[typed.length];
  if (max === undefined) return [];
  for (const stop of stopWords) {
    if (stop.length === typed.length && typoCost(typed, stop, 1) <= 1) return [];
  }
  const found: { term: string; cost: number }[] = [];
  for (const term of new Set(candidates)) {
    if (term === typed || Math.abs(term.length - typed.length) > 1) continue;
    const cost = typoCost(typed, term, max);
    if (cost <= max) found.push({ term, cost });
  }
  const cheapest = Math.min(...found.map(({ cost }) => cost));
  return found.filter(({ cost }) => cost === cheapest).slice(0, MAX_SHORT_TYPOS);
}
