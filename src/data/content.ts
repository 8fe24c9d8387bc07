/**
 * The one place pages get content from. It loads every collection once,
 * fails the build on any id that points nowhere (Astro only logs those), and
 * warns about reviews that are overdue or due soon.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  careLevels,
  type CareLevel,
  type GlossaryEntry,
  type RedFlag,
  redFlagListSchema,
  RED_FLAGS_FILE,
  type SelfCare,
  selfCareSourceIds,
  type Source,
  type Topic,
} from '../schemas/index.ts';
import { findBrokenReferences } from '../utils/findBrokenReferences.ts';
import { formatPath, formatProblems } from '../utils/problems.ts';
import { reviewWarnings } from '../utils/reviewStatus.ts';
import { lastModifiedOf } from '../utils/lastModified.ts';

export type Article = CollectionEntry<'articles'>;

export interface SiteContent {
  /** Published articles, sorted by title. */
  articles: Article[];
  topics: Topic[];
  sources: Source[];
  redFlags: RedFlag[];
  /** Glossary entries, A to Z. */
  glossary: GlossaryEntry[];
  selfCare: SelfCare;
}

let loaded: Promise<SiteContent> | undefined;

export function getContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [allArticles, topics, sources, redFlags, glossary, selfCareEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('topics'),
    getCollection('sources'),
    getCollection('redFlags'),
    getCollection('glossary'),
    getCollection('selfCare'),
  ]);
  const selfCare = selfCareEntries[0]?.data;
  if (!selfCare) throw new Error('content/self-care.yaml is missing or empty');

  const problems = findBrokenReferences({
    articles: allArticles.map((a) => ({ id: a.id, file: a.filePath ?? `content/articles/${a.id}.mdx`, ...a.data })),
    topicIds: topics.map((t) => t.id),
    sourceIds: sources.map((s) => s.id),
    redFlags: redFlags.map((f) => f.data),
    redFlagsFile: 'content/red-flags.yaml',
  });
  // Astro checks each sign alone; the rules across signs (one card of 5 at most, cards of the
  // sign's own level, unique ids) run here, so the build fails as the content check does.
  const flagList = redFlagListSchema.safeParse(
    redFlags.map((f) => f.data).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  );
  if (!flagList.success) {
    for (const issue of flagList.error.issues) {
      problems.push({ file: RED_FLAGS_FILE, field: formatPath(issue.path), message: issue.message });
    }
  }
  const known = new Set(sources.map((s) => s.id));
  for (const entry of glossary) {
    for (const id of entry.data.sources.filter((s) => !known.has(s))) {
      problems.push({
        file: 'content/glossary.yaml',
        field: `${entry.id}.sources`,
        message: `unknown source id "${id}"`,
      });
    }
  }
  for (const id of selfCareSourceIds(selfCare).filter((s) => !known.has(s))) {
    problems.push({ file: 'content/self-care.yaml', field: 'sources', message: `unknown source id "${id}"` });
  }
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }

  // The build is the one place allowed to read the clock; the check itself is pure.
  for (const warning of reviewWarnings(
    allArticles.map((a) => ({ file: a.filePath ?? a.id, title: a.data.title, next: a.data.reviewed.next })),
    new Date(),
  )) {
    console.warn(`[content] ${warning}`);
  }

  return {
    articles: allArticles.filter((a) => !a.data.draft).sort((a, b) => a.data.title.localeCompare(b.data.title)),
    topics: topics.map((t) => t.data).sort((a, b) => a.order - b.order),
    sources: sources.map((s) => s.data).sort((a, b) => a.title.localeCompare(b.title)),
    redFlags: redFlags.map((f) => f.data).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
    glossary: glossary.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term)),
    selfCare,
  };
}

export async function getArticle(id: string): Promise<Article | undefined> {
  return (await getContent()).articles.find((a) => a.id === id);
}

export async function getArticlesByTopic(topicId: string): Promise<Article[]> {
  return (await getContent()).articles.filter((a) => a.data.topic === topicId);
}

/** The date a page last changed: its newest change note or its last review. */
export function lastModified(article: Article): Date {
  return lastModifiedOf(article.data);
}

/** Newest or most recently changed first. */
export async function getRecentArticles(limit: number): Promise<Article[]> {
  const { articles } = await getContent();
  return [...articles]
    .sort((a, b) => lastModified(b).getTime() - lastModified(a).getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Red flags for a care card: every sign of a level, or the chosen ids in the given order. */
export async function getRedFlags(level: CareLevel, ids?: readonly string[]): Promise<RedFlag[]> {
  const { redFlags } = await getContent();
  if (!ids) return redFlags.filter((f) => f.level === level);
  return ids.map((id) => {
    const flag = redFlags.find((f) => f.id === id);
    if (!flag) throw new Error(`CareCard: unknown red flag id "${id}" (not in content/red-flags.yaml)`);
    if (flag.level !== level) throw new Error(`CareCard: red flag "${id}" is "${flag.level}", not "${level}"`);
    return flag;
  });
}

export async function getSourcesByIds(ids: readonly string[]): Promise<Source[]> {
  const { sources } = await getContent();
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

export { careLevels };
