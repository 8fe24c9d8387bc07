/**
 * Builds the search index from content/ on disk (through loadSite), outside
 * Astro, the same way the build does (src/data/search.ts): for the relevance tests and the benchmark.
 * Also reads the synonym file of each language other than English
 * (content/<locale>/synonyms.yaml), which the build uses too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, type IndexOptions, type SearchIndex } from '../search/buildIndex.ts';
import { buildRecords, INTRO_HEADINGS } from '../search/records.ts';
import { synonymListSchema, type SearchLanguage, type SearchRecord, type SynonymEntry } from '../schemas/search.ts';
import { ContentError, formatPath, type Problem } from '../schemas/problems.ts';
import { loadCheckedSite } from './readContent.ts';
import { parseYaml } from './yaml.ts';

export interface SiteSearch {
  records: SearchRecord[];
  /** Synonyms and emergency keywords from content/. */
  options: IndexOptions;
  index: SearchIndex;
}

/** Where a language's synonyms live: content/synonyms.yaml for English, content/<language>/synonyms.yaml otherwise. */
export function synonymsFile(language: SearchLanguage): string {
  return language === 'en' ? 'content/synonyms.yaml' : `content/${language}/synonyms.yaml`;
}

/**
 * The synonyms of a language other than English, checked with the same
 * schema as content/synonyms.yaml. A missing file is an empty list; a bad
 * one is a ContentError naming the file, line and field.
 */
export function parseSynonyms(text: string, file: string): SynonymEntry[] {
  const yaml = parseYaml(text, file);
  if (yaml.problems.length > 0) throw new ContentError(yaml.problems, 'Search synonyms');
  const result = synonymListSchema.safeParse(yaml.data ?? []);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((issue) => {
    const field = formatPath(issue.path);
    const line = yaml.lineOf(field);
    return { file, ...(line === undefined ? {} : { line }), field, message: issue.message };
  });
  throw new ContentError(problems, 'Search synonyms');
}

export function readSynonyms(root: string, language: SearchLanguage): SynonymEntry[] {
  const file = synonymsFile(language);
  const path = join(root, file);
  return existsSync(path) ? parseSynonyms(readFileSync(path, 'utf8'), file) : [];
}

/** Published articles sorted by title, as the site lists them, in a language (English unless given). */
export async function readSiteSearch(root: string, language: SearchLanguage = 'en'): Promise<SiteSearch> {
  const content = loadCheckedSite(root);
  const articles = content.articles
    .filter((a) => !a.data.draft)
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  const records = buildRecords(articles, content.redFlags, INTRO_HEADINGS[language]);
  const options: IndexOptions = {
    synonyms: language === 'en' ? content.synonyms : readSynonyms(root, language),
    emergencyKeywords: content.redFlags.filter((f) => f.level === 'emergency').flatMap((f) => f.keywords),
    ...(language === 'en' ? {} : { language }),
  };
  return { records, options, index: buildIndex(records, options) };
}
