/** How terms are spread over shard files; shared by the index builder and the engine. */

/** Section numbers within an article stay below this, so (article, section) packs into one number. */
export const MAX_SECTIONS = 1024;

/**
 * Which shard holds a term: the last shard whose start is at or before it
 * (binary search). Shards hold runs of terms in sorted order, and each start
 * is a prefix of its shard's first term, so any term, known or not, has one.
 */
export function shardFor(term: string, starts: readonly string[]): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? '') <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The shards that can hold terms starting with `prefix`: the one it falls in and any that follow inside it. */
export function shardsForPrefix(prefix: string, starts: readonly string[], max = 3): number[] {
  const first = shardFor(prefix, starts);
  const last = shardFor(`${prefix}\uffff`, starts);
  return Array.from({ length: Math.min(max, last - first + 1) }, (_, i) => first + i);
}

/** The shortest start for a shard whose first term is `first`, after a shard ending with `previous`. */
export function shardStart(previous: string | undefined, first: string): string {
  if (previous === undefined) return '';
  for (let length = 1; length < first.length; length++) {
    const start = first.slice(0, length);
    if (start > previous) return start;
  }
  return first;
}

/** The letters a typo table groups words by: at most the first 4. */
export const TYPO_HEAD = 4;

/**
 * The keys of a word in the typo table: its first 4 letters with one letter
 * left out (and, for a shorter word, the word itself). Two words one typo
 * apart in their first letters ("psasm", "spasm") share a key, whatever the
 * letter, so a typo is found even where it changes the first two letters.
 */
export function typoKeys(word: string): string[] {
  const head = word.slice(0, TYPO_HEAD);
  if (head.length < 3) return [];
  const keys = new Set<string>(head.length < TYPO_HEAD ? [head] : []);
  for (let i = 0; i < head.length; i++) keys.add(head.slice(0, i) + head.slice(i + 1));
  return [...keys].sort();
}

/** The kinds of index file a search fetches after meta.json. */
export type IndexFileKind = 'terms' | 'typos' | 'docs';

/**
 * Where an index file lives below the index folder. The index's hash is in
 * every name, so a file's name changes whenever the index does: the files can
 * be cached for good, and a page never mixes two versions of the index.
 */
export function indexFile(kind: IndexFileKind, n: number, hash: string): string {
  return `${kind}/${n}.${hash}.json`;
}
