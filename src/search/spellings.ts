/**
 * Close spellings of a word the index does not have, found with fuse.js
 * (Bitap anywhere in a term, so a score is errors per typed letter) among a
 * list of terms; typo.ts's absolute limit then decides and ranks them (see
 * matchTerms in engine.ts). A module of its own, so the browser loads
 * fuse.js only for a word that needs it: most queries' words are in the
 * index, or start a word that is.
 */
import Fuse from 'fuse.js/basic';

/**
 * The threshold lets through every typo typo.ts accepts (a unit of typo cost
 * is at most 2 Bitap errors, and the limit is at most one unit per 4 letters).
 */
export const FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreFieldNorm: true,
  ignoreLocation: true,
  threshold: 0.5,
} as const;

/** fuse.js over each list of terms, made the first time a word is looked for in it. */
const fuses = new WeakMap<readonly string[], Fuse<string>>();

/** The terms of `list` fuse.js finds close to `typed`, best first. */
export function closeSpellings(typed: string, list: readonly string[]): string[] {
  let fuse = fuses.get(list);
  if (!fuse) {
    fuse = new Fuse(list, FUSE_OPTIONS);
    fuses.set(list, fuse);
  }
  return fuse.search(typed).map(({ item }) => item);
}
