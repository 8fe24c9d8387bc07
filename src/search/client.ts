/**
 * The browser's way to the index: loaded with import() on first use, so
 * neither this code nor any index file is fetched on page load.
 */
import type { SearchDoc, SearchMeta, SearchShard, SearchTypoShard } from '../schemas/search.ts';
import { SearchEngine, type SearchResult } from './engine.ts';
import { indexFile } from './shards.ts';

/** The index changed on the server (a deploy) after this page read meta.json: load it again. */
export class StaleIndexError extends Error {}

async function getJson<T>(url: URL, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  // A file named by an old index hash is gone once a new index is deployed.
  if (response.status === 404) throw new StaleIndexError(`search index: ${url.pathname} is gone`);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url.pathname}`);
  return (await response.json()) as T;
}

/** Fetches meta.json from the index folder (an absolute path such as /search-index/) and returns a ready engine. */
export async function loadEngine(folder: string): Promise<SearchEngine> {
  const at = (path: string) => new URL(`${folder}${path}`, location.href);
  // Only meta.json is revalidated; it names the current files, which are cached for good.
  const meta = await getJson<SearchMeta>(at('meta.json'), { cache: 'no-cache' });
  return new SearchEngine({
    meta,
    shard: (n) => getJson<SearchShard>(at(indexFile('terms', n, meta.hash))),
    typos: (n) => getJson<SearchTypoShard>(at(indexFile('typos', n, meta.hash))),
    doc: (n) => getJson<SearchDoc>(at(indexFile('docs', n, meta.hash))),
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

  constructor(folder: string) {
    this.#folder = folder;
  }

  load(): Promise<SearchEngine> {
    this.#engine ??= loadEngine(this.#folder);
    this.#engine.catch(() => (this.#engine = undefined));
    return this.#engine;
  }

  /**
   * Ranks a query and hands each result to `show` as soon as its own doc has
   * arrived, in rank order (result i goes to place i).
   */
  async run(
    query: string,
    limit: number,
    start: (found: Awaited<ReturnType<SearchEngine['find']>>) => void,
    show: (result: SearchResult, place: number) => void,
  ): Promise<SearchResult[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const engine = await this.load();
        const found = await engine.find(query, limit);
        start(found);
        const results = await Promise.all(
          found.results.map(async (pending, place) => {
            const result = await pending;
            if (result) show(result, place);
            return result;
          }),
        );
        return results.filter((r) => r !== undefined);
      } catch (error) {
        if (!(error instanceof StaleIndexError) || attempt > 0) throw error;
        this.#engine = undefined;
      }
    }
  }
}
