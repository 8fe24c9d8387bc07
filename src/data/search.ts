/**
 * The search index, built once per build from the same content the pages
 * use, and served as static JSON by src/pages/search-index/.
 */
import { buildIndex, type SearchIndex } from '../search/buildIndex.ts';
import { buildRecords } from '../search/records.ts';
import { getContent } from './content.ts';

let built: Promise<SearchIndex> | undefined;

export function getSearchIndex(): Promise<SearchIndex> {
  built ??= build();
  return built;
}

async function build(): Promise<SearchIndex> {
  // Synonyms come checked from the content pipeline, like everything else.
  const { articles, redFlags, synonyms } = await getContent();
  const records = buildRecords(
    articles.map((article) => ({ id: article.id, data: article.data, body: article.body ?? '' })),
    redFlags,
  );
  return buildIndex(records, {
    synonyms,
    emergencyKeywords: redFlags.filter((flag) => flag.level === 'emergency').flatMap((flag) => flag.keywords),
  });
}

export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
