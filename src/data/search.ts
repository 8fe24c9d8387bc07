/**
 * The search index of each language, built once per build from the same
 * content the pages use, and served as static JSON by src/pages/search-index/
 * (English) and src/pages/es/search-index/ (Spanish).
 */
import { buildIndex, type SearchIndex } from '../search/buildIndex.ts';
import { buildRecords, INTRO_HEADINGS } from '../search/records.ts';
import type { SearchLanguage } from '../schemas/search.ts';
import { readSynonyms } from '../lib/searchIndex.ts';
import { getContent } from './content.ts';

const built = new Map<SearchLanguage, Promise<SearchIndex>>();

export function getSearchIndex(language: SearchLanguage = 'en'): Promise<SearchIndex> {
  if (!built.has(language)) built.set(language, build(language));
  return built.get(language)!;
}

async function build(language: SearchLanguage): Promise<SearchIndex> {
  // English synonyms come checked from the content pipeline, like everything else; another
  // language's from content/<language>/synonyms.yaml, checked with the same schema.
  const { articles, redFlags, synonyms } = await getContent(language);
  const records = buildRecords(
    articles.map((article) => ({ id: article.id, data: article.data, body: article.body ?? '' })),
    redFlags,
    INTRO_HEADINGS[language],
  );
  return buildIndex(records, {
    synonyms: language === 'en' ? synonyms : readSynonyms(process.cwd(), language),
    emergencyKeywords: redFlags.filter((flag) => flag.level === 'emergency').flatMap((flag) => flag.keywords),
    ...(language === 'en' ? {} : { language }),
  });
}

export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
