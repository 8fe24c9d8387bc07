import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SearchRecord } from '../../../src/schemas/search.ts';
import { buildIndex, type SearchIndex } from '../../../src/search/buildIndex.ts';
import { Searcher, StaleIndexError } from '../../../src/search/client.ts';
import { requestMeta } from '../../../src/search/metaRequest.ts';
import { indexFile } from '../../../src/search/shards.ts';

const record = (slug: string, title: string, heading: string, text: string): SearchRecord => ({
  slug,
  anchor: heading.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  title,
  heading,
  description: `About ${title.toLowerCase()}.`,
  tags: [],
  keywords: [],
  text,
});
const options = { synonyms: [], emergencyKeywords: ['bladder'] };
const before = buildIndex([record('ice', 'Ice or heat', 'Does ice help', 'Ice may ease a spasm.')], options);
const after = buildIndex(
  [
    record('ice', 'Ice or heat, updated', 'Does ice help', 'Ice may ease a spasm a little.'),
    record('rest', 'How long to rest', 'Rest', 'Keep moving gently.'),
  ],
  options,
);

/** A server holding one deployed index at a time, as files named by the index hash; it logs every request. */
function serve(index: () => SearchIndex) {
  const requests: { path: string; cache: RequestCache | undefined }[] = [];
  const files = (i: SearchIndex) =>
    new Map<string, unknown>([
      ['meta.json', i.meta],
      ...i.shards.map((s, n) => [indexFile('terms', n, i.meta.hash), s] as [string, unknown]),
      ...i.typos.map((t, n) => [indexFile('typos', n, i.meta.hash), t] as [string, unknown]),
      ...i.docs.map((d, n) => [indexFile('docs', n, i.meta.hash), d] as [string, unknown]),
    ]);
  const fetch = vi.fn(async (url: URL, init?: RequestInit) => {
    const path = url.pathname.replace(/^\/search-index\//, '');
    requests.push({ path, cache: init?.cache });
    init?.signal?.throwIfAborted();
    const body = files(index()).get(path);
    return body === undefined ? new Response('', { status: 404 }) : Response.json(body);
  });
  return { fetch, requests };
}

describe('Searcher: the browser side of the index', () => {
  beforeEach(() => vi.stubGlobal('location', { href: 'https://example.org/articles/x/' }));
  afterEach(() => vi.unstubAllGlobals());

  test('revalidates only meta.json, then fetches the files it names; the first result arrives by itself', async () => {
    const server = serve(() => before);
    vi.stubGlobal('fetch', server.fetch);
    const shown: [string, number][] = [];
    const results = await new Searcher('/search-index/').run(
      'ice',
      5,
      () => undefined,
      (result, place) => shown.push([result.title, place]),
    );
    expect(results.map((r) => r.title)).toEqual(['Ice or heat']);
    expect(shown).toEqual([['Ice or heat', 0]]);
    expect(server.requests[0]).toEqual({ path: 'meta.json', cache: 'no-cache' });
    for (const { path, cache } of server.requests.slice(1)) {
      expect(path).toContain(`.${before.meta.hash}.json`);
      expect(cache).toBeUndefined();
    }
  });

  test('a meta.json request started ahead (with the code, on focus) is used, not fetched again', async () => {
    const server = serve(() => before);
    vi.stubGlobal('fetch', server.fetch);
    const early = requestMeta('/search-index/');
    expect(server.requests).toEqual([{ path: 'meta.json', cache: 'no-cache' }]);
    const results = await new Searcher('/search-index/', early).run(
      'ice',
      5,
      () => undefined,
      () => undefined,
    );
    expect(results.map((r) => r.title)).toEqual(['Ice or heat']);
    expect(server.requests.filter((r) => r.path === 'meta.json')).toHaveLength(1);
  });

  test('after a deploy, a page holding the old meta.json loads the new one and searches again, never mixing them', async () => {
    let deployed = before;
    const server = serve(() => deployed);
    vi.stubGlobal('fetch', server.fetch);
    const searcher = new Searcher('/search-index/');
    await searcher.load();
    deployed = after;
    const results = await searcher.run(
      'ice',
      5,
      () => undefined,
      () => undefined,
    );
    expect(results.map((r) => r.title)).toEqual(['Ice or heat, updated']);
    expect(server.requests.filter((r) => r.path === 'meta.json')).toHaveLength(2);
    // The file of the old index was asked for once, got a 404, and nothing old was used after that.
    const old = server.requests.findIndex((r) => r.path.includes(before.meta.hash) && !r.path.startsWith('meta'));
    expect(old).toBeGreaterThan(0);
    expect(server.requests.slice(old + 1).every((r) => !r.path.includes(before.meta.hash))).toBe(true);
  });

  test('a server that keeps answering 404 gives up after one reload, with the stale-index error', async () => {
    const server = serve(() => before);
    vi.stubGlobal('fetch', async (url: URL, init?: RequestInit) =>
      url.pathname.endsWith('meta.json') ? server.fetch(url, init) : new Response('', { status: 404 }),
    );
    await expect(
      new Searcher('/search-index/').run(
        'ice',
        5,
        () => undefined,
        () => undefined,
      ),
    ).rejects.toBeInstanceOf(StaleIndexError);
  });

  test('other HTTP errors are reported as they are, and the next search tries meta.json again', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    const searcher = new Searcher('/search-index/');
    await expect(
      searcher.run(
        'ice',
        5,
        () => undefined,
        () => undefined,
      ),
    ).rejects.toThrow('search index: HTTP 503 for /search-index/meta.json');
    const server = serve(() => before);
    vi.stubGlobal('fetch', server.fetch);
    expect(
      (
        await searcher.run(
          'ice',
          5,
          () => undefined,
          () => undefined,
        )
      ).map((r) => r.title),
    ).toEqual(['Ice or heat']);
  });

  test('prefetch fetches the files of the words typed before the search, which then fetches only a doc', async () => {
    const server = serve(() => after);
    vi.stubGlobal('fetch', server.fetch);
    const searcher = new Searcher('/search-index/');
    await searcher.prefetch('rest');
    const prefetched = server.requests.map((r) => r.path);
    expect(prefetched.some((path) => path.startsWith('terms/'))).toBe(true);
    expect(prefetched.some((path) => path.startsWith('docs/'))).toBe(false);
    const results = await searcher.run(
      'rest',
      5,
      () => undefined,
      () => undefined,
    );
    expect(results.map((r) => r.title)).toEqual(['How long to rest']);
    expect(server.requests.slice(prefetched.length).map((r) => r.path.split('/')[0])).toEqual(['docs']);
  });

  test("a prefetch for a newer text aborts a fetch only the older text wanted, and fails quietly if it can't load", async () => {
    const small = buildIndex(
      [
        record('ice', 'Ice or heat', 'Does ice help', 'Ice may ease a spasm.'),
        record('rest', 'How long to rest', 'Rest', 'Keep moving gently.'),
      ],
      { ...options, shardTargetBytes: 30 },
    );
    const server = serve(() => small);
    const signals = new Map<string, AbortSignal>();
    vi.stubGlobal('fetch', async (url: URL, init?: RequestInit) => {
      if (!url.pathname.includes('/terms/')) return server.fetch(url, init);
      signals.set(url.pathname, init!.signal!);
      // Term shards never answer: only an abort ends them.
      return new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    });
    const searcher = new Searcher('/search-index/');
    void searcher.prefetch('ice');
    await vi.waitFor(() => expect(signals.size).toBeGreaterThan(0));
    const iceShards = [...signals.keys()];
    void searcher.prefetch('rest');
    await vi.waitFor(() => expect(iceShards.every((path) => signals.get(path)!.aborted)).toBe(true));
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    await expect(new Searcher('/search-index/').prefetch('ice')).resolves.toBeUndefined();
  });
});
