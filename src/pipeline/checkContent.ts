import type { z } from 'zod';
import {
  articleSchema,
  careLevels,
  glossaryEntrySchema,
  idSchema,
  publishedListSchema,
  redFlagListSchema,
  redirectListSchema,
  selfCareSchema,
  selfCareSourceIds,
  toolWordsSchema,
  sourceSchema,
  topicSchema,
  type ArticleData,
  type GlossaryEntry,
  type RedFlag,
  type Source,
  type ToolWords,
  type Topic,
} from '../schemas/index.ts';
import { synonymListSchema, type SynonymEntry } from '../schemas/search.ts';
import { CARE_WORDS } from '../domain/careCards.ts';
import type { Locale } from '../i18n/locales.ts';
import { findBrokenLinks } from './checks/findBrokenLinks.ts';
import { findComponentProblems } from './checks/findComponentProblems.ts';
import { findUnsafeMdx } from './checks/findUnsafeMdx.ts';
import { findBrokenReferences } from './checks/findBrokenReferences.ts';
import { checkPublished, checkRedirects } from './redirects.ts';
import { formatPath, type Problem } from '../schemas/problems.ts';

/** Content as read from disk, before any checks. */
export interface RawContent {
  /** Each article's frontmatter and body; bodyLine is the file line the body starts on (1 if not given). */
  articles: { file: string; id: string; data: unknown; body: string; bodyLine?: number }[];
  topics: { file: string; data: unknown };
  sources: { file: string; data: unknown };
  redFlags: { file: string; data: unknown };
  glossary: { file: string; data: unknown };
  selfCare: { file: string; data: unknown };
  /** content/tools.yaml: what the tools say; checked when given. */
  tools?: { file: string; data: unknown };
  /** content/redirects.yaml: old and short addresses. */
  redirects: { file: string; data: unknown };
  /** content/published.yaml: every article slug ever published. */
  published: { file: string; data: unknown };
  /** Search synonyms (content/synonyms.yaml); checked when given. */
  synonyms?: { file: string; data: unknown };
  /** Site pages that are not articles, such as /about/ and /topics/basics/. */
  otherPages?: ReadonlySet<string>;
}

export interface CheckedContent {
  articles: { file: string; id: string; data: ArticleData; body: string }[];
  topics: Topic[];
  sources: Source[];
  redFlags: RedFlag[];
  glossary: GlossaryEntry[];
  synonyms: SynonymEntry[];
}

/**
 * One instruction per level everywhere: each self-check result is its care
 * card's own instruction, word for word, in the file's language (CARE_WORDS).
 */
export function selfCheckInstructionProblems(file: string, tools: ToolWords, locale: Locale): Problem[] {
  return careLevels.flatMap((level) => {
    const instruction = `${CARE_WORDS[locale].instructions[level]}.`;
    return tools.selfCheck.results[level].trim() === instruction
      ? []
      : [
          {
            file,
            field: `selfCheck.results.${level}`,
            message: `must give the ${level} care card's instruction, word for word: "${instruction}"`,
          },
        ];
  });
}

function issuesOf(file: string, prefix: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: formatPath([...(prefix ? [prefix] : []), ...issue.path]).replace(/^\./, ''),
    message: issue.message,
  }));
}

/** A YAML list whose items each have an id: each item is checked on its own. */
function checkList<T extends { id: string }>(
  file: string,
  data: unknown,
  schema: z.ZodType<T>,
  problems: Problem[],
): T[] {
  if (!Array.isArray(data)) {
    problems.push({ file, field: 'file', message: 'must be a YAML list of entries' });
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  data.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      problems.push(
        ...issuesOf(file, '', result.error).map((p) => ({
          ...p,
          field: `[${index}]${p.field === 'file' ? '' : `.${p.field}`}`,
        })),
      );
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ file, field: `[${index}].id`, message: `repeats the id "${result.data.id}"` });
    }
    seen.add(result.data.id);
    items.push(result.data);
  });
  return items;
}

/**
 * Checks all content at once and reports every problem in every file, unlike
 * the build, which stops at the first invalid file.
 */
export function checkContent(raw: RawContent): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];

  const articles: CheckedContent['articles'] = [];
  for (const entry of raw.articles) {
    const slug = idSchema.safeParse(entry.id);
    if (!slug.success) {
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `the file name is the URL slug and ${slug.error.issues[0]?.message}`,
      });
    }
    const result = articleSchema.safeParse(entry.data);
    if (result.success) articles.push({ ...entry, data: result.data });
    else problems.push(...issuesOf(entry.file, '', result.error));
  }

  const topics = checkList(raw.topics.file, raw.topics.data, topicSchema, problems);
  const sources = checkList(raw.sources.file, raw.sources.data, sourceSchema, problems);
  const redFlags = checkList(raw.redFlags.file, raw.redFlags.data, redFlagListSchema.element, problems);
  const glossary = checkList(raw.glossary.file, raw.glossary.data, glossaryEntrySchema, problems);
  const listCheck = redFlagListSchema.safeParse(redFlags);
  if (!listCheck.success) problems.push(...issuesOf(raw.redFlags.file, '', listCheck.error));

  problems.push(
    ...findBrokenReferences({
      articles: articles.map(({ id, file, data }) => ({ id, file, ...data })),
      topicIds: topics.map((t) => t.id),
      sourceIds: sources.map((s) => s.id),
      redFlags,
      redFlagsFile: raw.redFlags.file,
    }),
  );

  const sourceIds = new Set(sources.map((s) => s.id));
  glossary.forEach((entry, index) =>
    entry.sources.forEach((id, sourceIndex) => {
      if (!sourceIds.has(id)) {
        problems.push({
          file: raw.glossary.file,
          field: `[${index}].sources[${sourceIndex}]`,
          message: `unknown source id "${id}" in glossary entry "${entry.id}"`,
        });
      }
    }),
  );

  const selfCare = selfCareSchema.safeParse(raw.selfCare.data);
  if (!selfCare.success) problems.push(...issuesOf(raw.selfCare.file, '', selfCare.error));
  else {
    for (const id of selfCareSourceIds(selfCare.data).filter((s) => !sourceIds.has(s))) {
      problems.push({ file: raw.selfCare.file, field: 'sources', message: `unknown source id "${id}"` });
    }
  }

  if (raw.tools) {
    const tools = toolWordsSchema.safeParse(raw.tools.data);
    if (!tools.success) problems.push(...issuesOf(raw.tools.file, '', tools.error));
    else {
      problems.push(...selfCheckInstructionProblems(raw.tools.file, tools.data, 'en'));
    }
  }

  let synonyms: SynonymEntry[] = [];
  if (raw.synonyms) {
    const result = synonymListSchema.safeParse(raw.synonyms.data);
    if (result.success) synonyms = result.data;
    else problems.push(...issuesOf(raw.synonyms.file, '', result.error));
  }

  // Article bodies, from their one parse: problems come with the body's own
  // line, moved here to the line in the file (after the frontmatter).
  const otherPages = raw.otherPages ?? new Set(topics.map((t) => `/topics/${t.id}/`));
  const bodyLine = new Map(raw.articles.map((a) => [a.file, a.bodyLine ?? 1]));
  const inFile = (found: Problem[]) =>
    found.map((p) => (p.line === undefined ? p : { ...p, line: p.line + (bodyLine.get(p.file) ?? 1) - 1 }));
  for (const article of raw.articles) problems.push(...inFile(findUnsafeMdx(article.file, article.body)));
  problems.push(
    ...inFile(
      findBrokenLinks(
        articles.map(({ id, file, data, body }) => ({ id, file, body, draft: data.draft })),
        otherPages,
        new Map([['/glossary/', new Set(glossary.map((g) => g.id))]]),
      ),
    ),
  );
  for (const article of articles) {
    problems.push(...inFile(findComponentProblems(article.file, article.body, redFlags)));
  }

  // Slugs are permanent: redirects land on live pages, and no published address disappears.
  const redirects = redirectListSchema.safeParse(raw.redirects.data ?? []);
  const published = publishedListSchema.safeParse(raw.published.data ?? []);
  if (!redirects.success) problems.push(...issuesOf(raw.redirects.file, '', redirects.error));
  if (!published.success) problems.push(...issuesOf(raw.published.file, '', published.error));
  if (redirects.success) {
    const liveArticles = articles.filter((a) => !a.data.draft);
    problems.push(
      ...checkRedirects(
        redirects.data,
        new Set([...otherPages, ...liveArticles.map((a) => `/articles/${a.id}/`)]),
        raw.redirects.file,
      ),
    );
    if (published.success)
      problems.push(...checkPublished(published.data, liveArticles, redirects.data, raw.published.file));
  }

  return { problems, content: { articles, topics, sources, redFlags, glossary, synonyms } };
}
