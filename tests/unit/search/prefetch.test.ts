import { describe, expect, test } from 'vitest';
import type { SearchRecord } from '../../../src/schemas/search.ts';
import { buildIndex, type SearchIndex } from '../../../src/search/buildIndex.ts';
import { SMALL_INDEX_SHARDS, SearchEngine, memorySource, type IndexSource } from '../../../src/search/engine.ts';
import { shardFor } from '../../../src/search/shards.ts';

const record = (slug: string, heading: string, text: string): SearchRecord => ({
  slug,
  anchor: heading.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  title: slug,
  heading,
  description: '',
  tags: [],
  keywords: [],
  text,
});

// Small shards, so that words fall in shards of their own.
const index = buildIndex(
  [
    record('ice', 'Does ice help', 'Ice may ease a spasm.'),
    record('rest', 'How long to rest', 'Rest as little as you can and keep moving.'),
    record('sleep', 'Sleeping', 'Sleep on your side with a pillow between the knees.'),
  ],
  { synonyms: [], emergencyKeywords: ['bladder'], shardTargetBytes: 40, typoShardBytes: 40 },
);

type Kind = 'shard' | 'typos' | 'doc';

/** An index source that logs every file asked for, and can hold files back until released. */
function watched(source: IndexSource, hold: (kind: Kind, n: number) => boolean = () => false) {
  const asked: string[] = [];
  const aborted: string[] = [];
  const held: (() => void)[] = [];
  const wrap =
    <T>(kind: Kind, get: (n: number) => Promise<T>) =>
    (n: number, signal?: AbortSignal): Promise<T> => {
      asked.push(`${kind} ${n}`);
      signal?.addEventListener('abort', () => aborted.push(`${kind} ${n}`));
      if (!hold(kind, n)) return get(n);
      return new Promise<T>((resolve, reject) => {
        held.push(() => void get(n).then(resolve));
        signal?.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')));
      });
    };
  const engine = new SearchEngine({
    meta: source.meta,
    shard: wrap('shard', source.shard),
    typos: wrap('typos', source.typos),
    doc: wrap('doc', source.doc),
  });
  return { engine, asked, aborted, release: () => held.splice(0).forEach((go) => go()) };
}

const shardOf = (term: string) => `shard ${shardFor(term, index.meta.shards)}`;
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('prefetch: what the reader has typed so far', () => {
  test('fetches the shards of every word typed, so the search after the pause fetches only docs', async () => {
    const { engine, asked } = watched(memorySource(index));
    await engine.prefetch('ice rest');
    expect(asked).toEqual(expect.arrayContaining([shardOf('ice'), shardOf('rest')]));
    expect(asked.some((file) => file.startsWith('doc'))).toBe(false);
    const before = asked.length;
    const { results } = await engine.search('ice rest');
    expect(results.length).toBeGreaterThan(0);
    expect(asked.slice(before).every((file) => file.startsWith('doc'))).toBe(true);
  });

  test('a word not in the index brings its typo tables and the shards of its spellings ahead of the search', async () => {
    const { engine, asked } = watched(memorySource(index));
    await engine.prefetch('sleap');
    expect(asked.some((file) => file.startsWith('typos'))).toBe(true);
    expect(asked).toContain(shardOf('sleep'));
    const before = asked.length;
    expect((await engine.search('sleap')).results[0]?.slug).toBe('sleep');
    expect(asked.slice(before).every((file) => file.startsWith('doc'))).toBe(true);
  });

  test('a word still being typed waits for its third letter; a finished word does not', async () => {
    const { engine, asked } = watched(memorySource(index));
    await engine.prefetch('rest sl');
    expect(asked).not.toContain(shardOf('sl'));
    await engine.prefetch('rest sle');
    expect(asked).toContain(shardOf('sle'));
    await engine.prefetch('rest ic ');
    expect(asked).toContain(shardOf('ic'));
  });

  test('a newer prefetch stops the fetches that only words no longer typed were waiting for', async () => {
    expect(shardOf('ice')).not.toBe(shardOf('rest'));
    const { engine, aborted, release } = watched(memorySource(index), (kind) => kind === 'shard');
    const first = engine.prefetch('ice');
    await settle();
    const second = engine.prefetch('rest');
    await settle();
    expect(aborted).toEqual([shardOf('ice')]);
    release();
    await Promise.all([first, second]);
    expect((await engine.search('rest')).results[0]?.slug).toBe('rest');
  });

  test('a shard both texts need is kept, not stopped and fetched again', async () => {
    const { engine, asked, aborted, release } = watched(memorySource(index), (kind) => kind === 'shard');
    const first = engine.prefetch('ice');
    await settle();
    const second = engine.prefetch('ice rest');
    await settle();
    release();
    await Promise.all([first, second]);
    expect(aborted).toEqual([]);
    expect(asked.filter((file) => file === shardOf('ice'))).toHaveLength(1);
  });

  test("a prefetch never stops a search's own fetches", async () => {
    const { engine, aborted, release } = watched(memorySource(index), (kind) => kind === 'shard');
    const searching = engine.search('ice');
    await settle();
    const prefetching = engine.prefetch('rest');
    await settle();
    release();
    await settle();
    release();
    expect(aborted).toEqual([]);
    expect((await searching).results[0]?.slug).toBe('ice');
    await prefetching;
  });

  test('a search right after an interrupted prefetch of its words still finds them', async () => {
    const { engine, release } = watched(memorySource(index), (kind) => kind === 'shard');
    void engine.prefetch('ice');
    await settle();
    void engine.prefetch('rest');
    const searching = engine.search('ice');
    await settle();
    release();
    await settle();
    release();
    expect((await searching).results[0]?.slug).toBe('ice');
  });
});

describe('warmUp: a small index after its first search', () => {
  test('fetches every term shard not fetched yet, once, and no doc', async () => {
    expect(index.meta.shards.length).toBeLessThanOrEqual(SMALL_INDEX_SHARDS);
    const { engine, asked } = watched(memorySource(index));
    await engine.search('ice');
    await engine.warmUp();
    const shards = asked.filter((file) => file.startsWith('shard'));
    expect(new Set(shards).size).toBe(index.meta.shards.length);
    expect(shards).toHaveLength(index.meta.shards.length);
    const before = asked.length;
    await engine.search('rest sleep');
    expect(asked.slice(before).every((file) => file.startsWith('doc'))).toBe(true);
  });

  test('leaves a larger index alone', async () => {
    const big = {
      ...index,
      meta: {
        ...index.meta,
        shards: [...index.meta.shards, ...Array.from({ length: SMALL_INDEX_SHARDS }, (_, i) => `zz${i}`)],
      },
    };
    const { engine, asked } = watched(memorySource(big));
    await engine.warmUp();
    expect(asked).toEqual([]);
  });
});

describe('the short-word typo rule', () => {
  const short: SearchIndex = buildIndex(
    [
      record('ice', 'Ice', 'Ice on the back helps.'),
      record('back', 'Back', 'Your back, and ice for it.'),
      record('ice-pack', 'Ice pack', 'An ice pack, or frozen peas.'),
      record('other', 'Other', 'An axe, an ace card and an ox.'),
    ],
    // Only the 8 commonest terms, as the site takes the 500 commonest.
    { synonyms: [], emergencyKeywords: ['bladder'], commonTerms: 8 },
  );
  const engine = new SearchEngine(memorySource(short));

  test('the index lists its commonest short words, commonest first', () => {
    expect(short.meta.shortTerms?.slice(0, 2)).toEqual(['ice', 'back']);
  });

  test('a word of 2 or 3 letters finds the common word meant: "ocy" is "ice", "bak" is "back"', async () => {
    const ocy = await engine.search('ocy');
    expect(ocy.unknown).toEqual([]);
    expect(ocy.results[0]?.slug).toMatch(/^ice/);
    expect((await engine.search('bak')).results[0]?.slug).toBe('back');
  });

  test('only the cheapest spellings count, at most two, the commoner first', async () => {
    // "ice", "ace" and "axe" are each two near misses from "ocy"; "ice" is the commonest.
    const { matched } = await engine.rank('ocy');
    expect([...matched]).toEqual(['ice', 'ace']);
    // "ox" is in the text, but not among the commonest terms: no short typo means it.
    expect((await engine.rank('ix')).matched).toEqual(new Set());
  });

  test('a short word far from every common word stays unknown', async () => {
    expect((await engine.search('zzq')).unknown).toEqual(['zzq']);
  });
});
