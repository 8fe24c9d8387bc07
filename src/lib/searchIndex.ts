/**
 * Builds the search index from content/ on disk (through loadSite), outside
 * Astro, the same way the build does (src/data/search.ts): for the relevance tests and the benchmark.
 */
import { buildIndex, type IndexOptions, type SearchIndex } from '../search/buildIndex.ts';
import { buildRecords } from '../search/records.ts';
import type { SearchRecord } from '../schemas/search.ts';
import { loadCheckedSite } from './readContent.ts';

export interface SiteSearch {
  records: SearchRecord[];
  /** Synonyms and emergency keywords from content/. */
  options: IndexOptions;
  index: SearchIndex;
}

/** Published articles sorted by title, as the site lists them. */
export async function readSiteSearch(root: string): Promise<SiteSearch> {
  const content = loadCheckedSite(root);
  const articles = content.articles
    .filter((a) => !a.data.draft)
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  const records = buildRecords(articles, content.redFlags);
  const options: IndexOptions = {
    synonyms: content.synonyms,
    emergencyKeywords: content.redFlags.filter((f) => f.level === 'emergency').flatMap((f) => f.keywords),
  };
  return { records, options, index: buildIndex(records, options) };
}
