/**
 * The browser's way to the index: loaded with import() on first use, so
 * neither this code, fuse.js nor any index file is fetched on page load.
 */
import type { SearchDoc, SearchMeta, SearchShard } from '../schemas/search.ts';
import { SearchEngine } from './engine.ts';

async function getJson<T>(url: URL, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url.pathname}`);
  return (await response.json()) as T;
}

/** Fetches meta.json from the index folder (an absolute path such as /search-index/) and returns a ready engine. */
export async function loadEngine(folder: string): Promise<SearchEngine> {
  const at = (path: string) => new URL(`${folder}${path}`, location.href);
  // meta.json names the current version; shard and doc addresses carry it, so caches never mix versions.
  const meta = await getJson<SearchMeta>(at('meta.json'), { cache: 'no-cache' });
  return new SearchEngine({
    meta,
    shard: (n) => getJson<SearchShard>(at(`terms/${n}.json?v=${meta.hash}`)),
    doc: (n) => getJson<SearchDoc>(at(`docs/${n}.json?v=${meta.hash}`)),
  });
}
