/**
 * Builds the search index from content/ on disk (through loadSite), outside
 * Astro, the same way the build does (src/data/search.ts): for the relevance
 * tests and the benchmark. Each language's index is built from its own
 * edition: the Spanish articles, warning signs and content/es/synonyms.yaml.
 */
import { buildIndex, type IndexOptions, type SearchIndex } from './buildIndex.ts';
import { buildRecords, type ArticleInput } from './records.ts';
import { ui } from '../i18n/index.ts';
import type { SearchLanguage, SearchRecord, SynonymEntry } from '../schemas/search.ts';
import type { RedFlag } from '../schemas/index.ts';
import { ContentError } from '../schemas/problems.ts';
import { loadCheckedSiteOnce } from '../pipeline/readContent.ts';

export interface SiteSearch {
  records: SearchRecord[];
  /** Synonyms and emergency keywords from content/. */
  options: IndexOptions;
  index: SearchIndex;
}

/** What an index is made of, in one language: the same for the build and for the tests. */
export interface SearchContent {
  /** Published articles, in the order the site lists them. */
  articles: readonly ArticleInput[];
  redFlags: readonly RedFlag[];
  synonyms: readonly SynonymEntry[];
}

/** The index of a language's content. */
export function searchIndexOf(content: SearchContent, language: SearchLanguage): SiteSearch {
  const records = buildRecords(content.articles, content.redFlags, ui(language).layout.inShort);
  const emergency = content.redFlags.filter((f) => f.level === 'emergency');
  const options: IndexOptions = {
    synonyms: content.synonyms,
    emergencyKeywords: emergency.flatMap((f) => [...f.keywords, ...f.names]),
    emergencySigns: emergency.flatMap((f) => [...f.keywords, ...f.names].map(() => f.id)),
    ...(language === 'en' ? {} : { language }),
  };
  return { records, options, index: buildIndex(records, options) };
}

/** Published articles sorted by title, as the site lists them, in a language (English unless given). */
export async function readSiteSearch(root: string, language: SearchLanguage = 'en'): Promise<SiteSearch> {
  const content = loadCheckedSiteOnce(root);
  const edition = language === 'en' ? content : content.translations[language];
  if (!edition) {
    throw new ContentError(
      [{ file: `content/${language}`, field: 'folder', message: `has no ${language} edition to search` }],
      'Search index',
    );
  }
  const collator = new Intl.Collator(language);
  const articles = edition.articles
    .filter((a) => !a.data.draft)
    .sort((a, b) =>
      language === 'en' ? a.data.title.localeCompare(b.data.title) : collator.compare(a.data.title, b.data.title),
    );
  // A translated sign keeps its English facts (level, card): the pipeline checks them.
  return searchIndexOf({ articles, redFlags: edition.redFlags, synonyms: edition.synonyms }, language);
}
