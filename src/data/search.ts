/**
 * The search index, built once per build from the same content the pages
 * use, and served as static JSON by src/pages/search-index/.
 */
import { parse } from 'yaml';
import synonymsText from '../../content/synonyms.yaml?raw';
import { synonymListSchema } from '../schemas/search.ts';
import { buildIndex, type SearchIndex } from '../search/buildIndex.ts';
import { buildRecords } from '../search/records.ts';
import { formatPath } from '../utils/problems.ts';
import { getContent } from './content.ts';

let built: Promise<SearchIndex> | undefined;

export function getSearchIndex(): Promise<SearchIndex> {
  built ??= build();
  return built;
}

async function build(): Promise<SearchIndex> {
  const { articles, redFlags } = await getContent();
  const synonyms = synonymListSchema.safeParse(parse(synonymsText));
  if (!synonyms.success) {
    const lines = synonyms.error.issues.map(
      (issue) => `  content/synonyms.yaml: ${formatPath(issue.path)}: ${issue.message}`,
    );
    throw new Error(`content/synonyms.yaml is invalid:\n${lines.join('\n')}`);
  }
  const records = buildRecords(
    articles.map((article) => ({ id: article.id, data: article.data, body: article.body ?? '' })),
    redFlags,
  );
  return buildIndex(records, {
    synonyms: synonyms.data,
    emergencyKeywords: redFlags.filter((flag) => flag.level === 'emergency').flatMap((flag) => flag.keywords),
  });
}

export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
