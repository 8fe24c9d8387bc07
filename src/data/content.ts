/**
 * The one place pages get content from. The content is what loadSite() made
 * from the files in content/ (the same pipeline as the content check and the
 * build's pre-build check), so what is published is exactly what was
 * checked. Astro's collection entries are used only to render article bodies.
 * The build is also the one place that reads the clock: it warns about reviews
 * that are overdue or due soon.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  careLevels,
  type CareLevel,
  type GlossaryEntry,
  type RedFlag,
  type SelfCare,
  type Source,
  type ToolWords,
  type Topic,
} from '../schemas/index.ts';
import type { Redirect } from '../schemas/redirect.ts';
import type { SynonymEntry } from '../schemas/search.ts';
import type { EmergencyNumbers } from '../schemas/emergencyNumbers.ts';
import type { ProsePage, ProsePageName } from '../schemas/page.ts';
import { loadCheckedSiteOnce } from '../pipeline/readContent.ts';
import { articleCollection } from '../pipeline/collections.ts';
import type { TranslatedArticle } from '../pipeline/checkTranslations.ts';
import { ContentError } from '../schemas/problems.ts';
import { reviewWarnings } from '../domain/reviewStatus.ts';
import { lastModifiedOf } from '../domain/lastModified.ts';
import { defaultLocale, languageTags, type Locale } from '../i18n/locales.ts';

/** An article as pages use it; in a translation, `translation` says what it translates and whether it is out of date. */
export type Article = CollectionEntry<'articles'> & { translation?: TranslatedArticle['translation'] };

export interface SiteContent {
  /** Published articles, sorted by title. */
  articles: Article[];
  topics: Topic[];
  sources: Source[];
  redFlags: RedFlag[];
  /** Glossary entries, A to Z. */
  glossary: GlossaryEntry[];
  selfCare: SelfCare;
  /** What the tools say to readers (content/tools.yaml). */
  tools: ToolWords;
  redirects: Redirect[];
  synonyms: SynonymEntry[];
}

const loaded = new Map<Locale, Promise<SiteContent>>();

/** The site's content in a language: the same facts, with that language's words. */
export function getContent(locale: Locale = defaultLocale): Promise<SiteContent> {
  if (!loaded.has(locale)) loaded.set(locale, load(locale));
  return loaded.get(locale)!;
}

async function load(locale: Locale): Promise<SiteContent> {
  // Read and checked once a build (the pre-build check's result): every language is made from the same check.
  const site = loadCheckedSiteOnce();
  if (locale === defaultLocale) return loadEnglish(site);
  const english = await getContent(defaultLocale);
  const translation = site.translations[locale];
  if (!translation?.selfCare || !translation.tools) {
    throw new ContentError(
      [{ file: `content/${locale}`, field: 'folder', message: `has no ${locale} edition: its files are missing` }],
      'Content check',
    );
  }
  const entries = new Map(
    (await getCollection(articleCollection(locale) as 'articles')).map((entry) => [entry.id, entry] as const),
  );
  const collator = new Intl.Collator(languageTags[locale]);
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const words = {
    topics: byId(translation.topics),
    glossary: byId(translation.glossary),
    flags: byId(translation.redFlags),
  };
  return {
    ...english,
    articles: translation.articles
      .filter((a) => !a.data.draft && entries.has(a.id))
      .map((a) => ({ ...entries.get(a.id)!, data: a.data, translation: a.translation }) as unknown as Article)
      .sort((a, b) => collator.compare(a.data.title, b.data.title)),
    topics: english.topics.map((t) => words.topics.get(t.id) ?? t),
    redFlags: english.redFlags.map((f) => ({ ...(words.flags.get(f.id) ?? f), position: f.position })),
    glossary: english.glossary
      .map((g) => words.glossary.get(g.id) ?? g)
      .sort((a, b) => collator.compare(a.term, b.term)),
    selfCare: translation.selfCare,
    tools: translation.tools,
    synonyms: translation.synonyms,
  };
}

/** The English edition: the checked content, with Astro's entries for rendering the bodies. */
async function loadEnglish(site: ReturnType<typeof loadCheckedSiteOnce>): Promise<SiteContent> {
  const entries = new Map((await getCollection('articles')).map((entry) => [entry.id, entry]));
  const published = site.articles.filter((a) => !a.data.draft);
  const missing = published.filter((a) => !entries.has(a.id));
  if (missing.length > 0 || !site.selfCare || !site.tools) {
    throw new ContentError(
      missing.map((a) => ({
        file: a.file,
        field: 'file',
        message: 'was checked but Astro did not load it: delete node_modules/.astro and build again',
      })),
      'Content check',
    );
  }

  for (const warning of reviewWarnings(
    published.map((a) => ({ file: a.file, title: a.data.title, next: a.data.reviewed.next })),
    new Date(),
  )) {
    console.warn(`[content] ${warning}`);
  }

  return {
    // The checked data, with Astro's entry for rendering the body.
    articles: published
      .map((a) => ({ ...entries.get(a.id)!, data: a.data }) as Article)
      .sort((a, b) => a.data.title.localeCompare(b.data.title)),
    topics: [...site.topics].sort((a, b) => a.order - b.order),
    sources: [...site.sources].sort((a, b) => a.title.localeCompare(b.title)),
    redFlags: [...site.redFlags].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
    glossary: [...site.glossary].sort((a, b) => a.term.localeCompare(b.term)),
    selfCare: site.selfCare,
    tools: site.tools,
    redirects: site.redirects,
    synonyms: site.synonyms,
  };
}

export async function getArticlesByTopic(topicId: string, locale: Locale = defaultLocale): Promise<Article[]> {
  return (await getContent(locale)).articles.filter((a) => a.data.topic === topicId);
}

/** The date a page last changed: its newest change note or its last review. */
export function lastModified(article: Article): Date {
  return lastModifiedOf(article.data);
}

/** Newest or most recently changed first. */
export async function getRecentArticles(limit: number, locale: Locale = defaultLocale): Promise<Article[]> {
  const { articles } = await getContent(locale);
  return [...articles]
    .sort((a, b) => lastModified(b).getTime() - lastModified(a).getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Red flags for a care card: every sign of a level, or the chosen ids in the given order. */
export async function getRedFlags(
  level: CareLevel,
  ids?: readonly string[],
  locale: Locale = defaultLocale,
): Promise<RedFlag[]> {
  const { redFlags } = await getContent(locale);
  if (!ids) return redFlags.filter((f) => f.level === level);
  return ids.map((id) => {
    const flag = redFlags.find((f) => f.id === id);
    if (!flag) throw new Error(`CareCard: unknown red flag id "${id}" (not in content/red-flags.yaml)`);
    if (flag.level !== level) throw new Error(`CareCard: red flag "${id}" is "${flag.level}", not "${level}"`);
    return flag;
  });
}

/** One warning sign by id, in a language: <GetHelp sign="..."> (unknown ids are refused by the content check first). */
export async function getRedFlag(id: string, locale: Locale = defaultLocale): Promise<RedFlag> {
  const { redFlags } = await getContent(locale);
  const flag = redFlags.find((f) => f.id === id);
  if (!flag) throw new Error(`GetHelp: unknown red flag id "${id}" (not in content/red-flags.yaml)`);
  return flag;
}

export async function getSourcesByIds(ids: readonly string[], locale: Locale = defaultLocale): Promise<Source[]> {
  const { sources } = await getContent(locale);
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

/** What to dial for an ambulance, by country (content/emergency-numbers.yaml), as checked. */
export function getEmergencyNumbers(): EmergencyNumbers {
  const table = loadCheckedSiteOnce().emergencyNumbers;
  if (!table) {
    throw new ContentError(
      [{ file: 'content/emergency-numbers.yaml', field: 'file', message: 'could not be read' }],
      'Content check',
    );
  }
  return table;
}

/** A prose page (home, about, ...) in a language, as checked (content/pages/). */
export function getPage(name: ProsePageName, locale: Locale = defaultLocale): ProsePage {
  const page = loadCheckedSiteOnce().pages[locale]?.find((p: ProsePage) => p.name === name);
  if (!page) {
    const file = `content/pages/${locale === defaultLocale ? '' : `${locale}/`}${name}.mdx`;
    throw new ContentError([{ file, field: 'file', message: 'is missing: restore it from git' }], 'Content check');
  }
  return page;
}

export { careLevels };
