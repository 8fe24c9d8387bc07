/**
 * The emergency-word rules (src/search/emergencyChecks.ts) over one edition
 * of the site: its emergency signs' keywords, its synonyms, its search checks
 * (content/search-checks/) and the sentences of its articles, each with where
 * it is written, so a problem names the file and line of the word that causes it.
 */
import type { z } from 'zod';
import type { RedFlag } from '../schemas/index.ts';
import { formatPath, type Problem } from '../schemas/problems.ts';
import {
  emergencyQueriesSchema,
  searchQueriesSchema,
  type SearchLanguage,
  type SynonymEntry,
} from '../schemas/search.ts';
import { emergencyWordProblems, type Placed } from '../search/emergencyChecks.ts';
import { normalise } from '../search/text.ts';
import { readableText, sentences } from './readableText.ts';

/** The folder of the queries the search is checked against. */
export const SEARCH_CHECKS_DIR = 'content/search-checks';

/** A language's search checks: its emergency queries and look-alikes, and its everyday queries. */
export function searchCheckFiles(language: SearchLanguage): { emergency: string; queries: string } {
  const suffix = language === 'en' ? '' : `-${language}`;
  return {
    emergency: `${SEARCH_CHECKS_DIR}/emergency-queries${suffix}.yaml`,
    queries: `${SEARCH_CHECKS_DIR}/search-queries${suffix}.yaml`,
  };
}

/** One edition's words, as loadSite() has read them. */
export interface EmergencyWordsSource {
  language: SearchLanguage;
  /** The red-flags file: its raw entries (for each sign's place) and its valid signs. */
  redFlags: { file: string; data: unknown; signs: readonly RedFlag[] };
  synonyms: { file: string; entries: readonly SynonymEntry[] };
  articles: readonly {
    file: string;
    data: { title: string; description: string; summary: readonly string[] };
    body: string;
  }[];
  emergencyQueries: { file: string; data: unknown };
  searchQueries: { file: string; data: unknown };
}

function schemaProblems<T>(file: string, schema: z.ZodType<T>, data: unknown, problems: Problem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(
    ...result.error.issues.map((issue) => ({
      file,
      field: formatPath(issue.path as (string | number)[]),
      message: issue.message,
    })),
  );
  return undefined;
}

/** Every problem of an edition's emergency words; `lineOf` gives the line of a field in a file. */
export function checkEmergencyWords(
  source: EmergencyWordsSource,
  lineOf: (file: string, field: string) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const placed = (text: string, file: string, field: string): Placed => {
    const line = lineOf(file, field);
    return line === undefined ? { text, file, field } : { text, file, field, line };
  };

  const rawSigns = Array.isArray(source.redFlags.data) ? (source.redFlags.data as { id?: unknown }[]) : [];
  const keywords = source.redFlags.signs
    .filter((sign) => sign.level === 'emergency')
    .flatMap((sign) => {
      const index = rawSigns.findIndex((entry) => entry?.id === sign.id);
      return [
        ...sign.keywords.map((keyword, at) => placed(keyword, source.redFlags.file, `[${index}].keywords[${at}]`)),
        ...sign.names.map((name, at) => ({
          ...placed(name, source.redFlags.file, `[${index}].names[${at}]`),
          name: true,
        })),
      ];
    });

  const { emergencyQueries: emergencyFile, searchQueries: queriesFile } = source;
  // A file that is missing or not YAML is reported already.
  const checks =
    emergencyFile.data === undefined
      ? undefined
      : schemaProblems(emergencyFile.file, emergencyQueriesSchema, emergencyFile.data, problems);
  const everyday =
    queriesFile.data === undefined
      ? undefined
      : schemaProblems(queriesFile.file, searchQueriesSchema, queriesFile.data, problems);
  const listed = new Set((checks?.emergency ?? []).map((query) => normalise(query)));
  const list = (name: 'emergency' | 'not emergency') =>
    (checks?.[name] ?? []).map((query, at) => placed(query, emergencyFile.file, `${name}[${at}]`));

  problems.push(
    ...emergencyWordProblems({
      language: source.language,
      keywords,
      synonymsFile: source.synonyms.file,
      synonyms: source.synonyms.entries,
      emergencyQueries: list('emergency'),
      harmlessQueries: [
        ...list('not emergency'),
        ...(everyday ?? []).flatMap(({ query }, at) =>
          listed.has(normalise(query)) ? [] : [placed(query, queriesFile.file, `[${at}].query`)],
        ),
      ],
      sentences: source.articles.flatMap((article) =>
        sentences([
          article.data.title,
          article.data.description,
          ...article.data.summary,
          ...readableText(article.body),
        ]).map((text) => ({ text, file: article.file })),
      ),
    }),
  );
  return problems.map((problem) => {
    const line = problem.line ?? lineOf(problem.file, problem.field);
    return line === undefined ? problem : { ...problem, line };
  });
}
