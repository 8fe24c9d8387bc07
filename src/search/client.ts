/**
 * The browser's way to the index: loaded with import() on first use, so
 * neither this code nor any index file is fetched on page load. It brings the
 * search session (session.ts) with it, which the two search elements share.
 */
import type { SearchDoc, SearchMeta, SearchShard, SearchTypoShard } from '../schemas/search.ts';
import { SearchEngine, type SearchResult } from './engine.ts';
import { indexFile } from './shards.ts';

export { SearchSession } from './session.ts';
export { headerOptions, resultItem, unknownWordsText } from './view.ts';

/**
 * Resolves once the browser has drawn what is on the page now (the first
 * result), or after 50 ms at most (a hidden tab draws nothing): the other
 * results' fetches wait for it, so they never hold up the first.
 */
function afterPaint(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestAnimationFrame !== 'function') return done();
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        done();
      }, 0),
    );
  });
}

/** Runs `work` when the browser has nothing better to do (a little later, where it cannot tell); not outside one. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else if (typeof window === 'object') setTimeout(work, 200);
}

/** The index changed on the server (a deploy) after this page read meta.json: load it again. */
export class StaleIndexError extends Error {}

async function getJson<T>(url: URL, request: Promise<Response>): Promise<T> {
  const response = await request;
  // A file named by an old index hash is gone once a new index is deployed.
  if (response.status === 404) throw new StaleIndexError(`search index: ${url.pathname} is gone`);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url.pathname}`);
  return (await response.json()) as T;
}

/**
 * Reads meta.json from the index folder (an absolute path such as /search-index/),
 * from `metaRequest` if the caller already started it (metaRequest.ts), and
 * returns a ready engine.
 */
export async function loadEngine(folder: string, metaRequest?: Promise<Response>): Promise<SearchEngine> {
  const at = (path: string) => new URL(`${folder}${path}`, location.href);
  // As requestMeta() does (metaRequest.ts stays out of this chunk, so the header's script keeps it).
  metaRequest ??= fetch(at('meta.json'), { cache: 'no-cache' });
  // Only meta.json is revalidated; it names the current files, which are cached for good.
  const meta = await getJson<SearchMeta>(at('meta.json'), metaRequest);
  const file =
    <T>(kind: 'terms' | 'typos' | 'docs') =>
    (n: number, signal?: AbortSignal, later = false) => {
      const url = at(indexFile(kind, n, meta.hash));
      return getJson<T>(url, fetch(url, { ...(signal ? { signal } : {}), ...(later ? { priority: 'low' } : {}) }));
    };
  return new SearchEngine({
    meta,
    shard: file<SearchShard>('terms'),
    typos: file<SearchTypoShard>('typos'),
    doc: file<SearchDoc>('docs'),
  });
}

/**
 * Runs searches on the index, loading it on first use. When the index has
 * changed under the page (a deploy: the files meta.json named are gone), it
 * loads meta.json again and runs the search once more, so a page left open
 * never mixes two versions.
 */
export class Searcher {
  #folder: string;
  #engine: Promise<SearchEngine> | undefined;
  /** A meta.json request already under way (requestMeta), used by the first load only. */
  #metaRequest: Promise<Response> | undefined;

  constructor(folder: string, metaRequest?: Promise<Response>) {
    this.#folder = folder;
    this.#metaRequest = metaRequest;
  }

  load(): Promise<SearchEngine> {
    const request = this.#metaRequest;
    this.#metaRequest = undefined;
    this.#engine ??= loadEngine(this.#folder, request);
    this.#engine.catch(() => (this.#engine = undefined));
    return this.#engine;
  }

  /**
   * What the reader has typed so far, before the pause is over: fetches what
   * its words need (SearchEngine.prefetch), and says whether it mentions an
   * emergency sign. Speculative: it fails quietly (undefined), and the search
   * itself tries again.
   */
  async prefetch(query: string): Promise<{ emergency: boolean } | undefined> {
    try {
      return await (await this.load()).prefetch(query);
    } catch {
      // The search will say so, if it fails too.
      return undefined;
    }
  }

  /**
   * Ranks a query and hands each result to `show` as soon as its own doc has
   * arrived, in rank order (result i goes to place i). Without `snippets`,
   * results carry headings only (the header's list).
   */
  async run(
    query: string,
    limit: number,
    start: (found: Awaited<ReturnType<SearchEngine['find']>>) => void,
    show: (result: SearchResult, place: number) => void,
    snippets = true,
  ): Promise<SearchResult[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const engine = await this.load();
        const found = await engine.find(query, limit, { snippets, rest: afterPaint });
        start(found);
        const results = await Promise.all(
          found.results.map(async (pending, place) => {
            const result = await pending;
            if (result) show(result, place);
            return result;
          }),
        );
        // A small index's other shards come once the page is idle, for the next searches.
        whenIdle(() => void engine.warmUp().catch(() => undefined));
        return results.filter((r) => r !== undefined);
      } catch (error) {
        if (!(error instanceof StaleIndexError) || attempt > 0) throw error;
        this.#engine = undefined;
      }
    }
  }
}
