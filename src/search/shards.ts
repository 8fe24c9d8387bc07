/** How terms are spread over shard files; shared by the index builder and the engine. */

/** Section numbers within an article stay below this, so (article, section) packs into one number. */
export const MAX_SECTIONS = 1024;

/** The key a term is sharded by: its first two characters. */
export function shardKey(term: string): string {
  return term.slice(0, 2);
}

/** Which shard holds terms with this key: the last shard starting at or before it (binary search). */
export function shardFor(key: string, starts: readonly string[]): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? '') <= key) low = middle;
    else high = middle - 1;
  }
  return low;
}
