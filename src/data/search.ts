/**
 * The search index of each language, built once per build from the same
 * content the pages use (getContent: the Spanish articles, warning signs and
 * content/es/synonyms.yaml for Spanish), and served as static JSON by
 * src/pages/[...lang]/search-index/, one index per language.
 */
import type { SearchIndex } from '../search/buildIndex.ts';
import type { SearchLanguage } from '../schemas/search.ts';
import { searchIndexOf } from '../search/siteIndex.ts';
import { getContent } from './content.ts';

const built = new Map<SearchLanguage, Promise<SearchIndex>>();

export function getSearchIndex(language: SearchLanguage = 'en'): Promise<SearchIndex> {
  if (!built.has(language)) built.set(language, build(language));
  return built.get(language)!;
}

async function build(language: SearchLanguage): Promise<SearchIndex> {
  // Synonyms come checked from the content pipeline, like everything else.
  const { articles, redFlags, synonyms } = await getContent(language);
  const content = {
    articles: articles.map((article) => ({ id: article.id, data: article.data, body: article.body ?? '' })),
    redFlags,
    synonyms,
  };
  return searchIndexOf(content, language).index;
}

export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
