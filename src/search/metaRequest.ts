/**
 * The request for search-index/meta.json, always revalidated (it names the
 * current index files, which are cached for good). Kept apart from
 * client.ts so the header's element can start it on first focus alongside
 * the search code, instead of one round trip after it.
 */
export function requestMeta(folder: string): Promise<Response> {
  return fetch(new URL(`${folder}meta.json`, location.href), { cache: 'no-cache' });
}
