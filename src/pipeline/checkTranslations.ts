/**
 * The checks of one translation (the Spanish edition): its articles, and the
 * words of the data files in content/<locale>/. A translation shares every
 * fact with English and gives only words, so the English schemas check the
 * result: a Spanish warning sign is held to the same rules as the English
 * one. Each translated entry records the English it translates; when the
 * English changes, the entry is out of date: a warning for articles and most
 * data (the page says so to the reader), a problem for warning signs, which
 * must never say something the English no longer says.
 */
import type { z } from 'zod';
import {
  glossaryEntrySchema,
  idSchema,
  redFlagListSchema,
  selfCareSchema,
  topicSchema,
  toolWordsSchema,
  translatedArticleSchema,
  type ArticleData,
  type GlossaryEntry,
  type RedFlag,
  type SelfCare,
  type ToolWords,
  type Topic,
  type TranslatedArticleData,
} from '../schemas/index.ts';
import { synonymListSchema, type SynonymEntry } from '../schemas/search.ts';
import { formatPath, type Problem } from '../schemas/problems.ts';
import { findBrokenLinks } from './checks/findBrokenLinks.ts';
import { findComponentProblems } from './checks/findComponentProblems.ts';
import { findUnsafeMdx } from './checks/findUnsafeMdx.ts';
import {
  articleHash,
  staleEntries,
  translateList,
  translateMap,
  type OverlayIssue,
  type TranslatedFile,
  type TranslationRules,
} from './translation.ts';
import type { Locale } from '../i18n/locales.ts';
import { selfCheckInstructionProblems, type CheckedContent, type RawContent } from './checkContent.ts';

/** The raw files of one translation. A data file that is not there is undefined. */
export interface RawTranslation {
  locale: Locale;
  articles: { file: string; id: string; data: unknown; body: string; bodyLine?: number }[];
  topics?: { file: string; data: unknown };
  redFlags?: { file: string; data: unknown };
  glossary?: { file: string; data: unknown };
  selfCare?: { file: string; data: unknown };
  tools?: { file: string; data: unknown };
  synonyms?: { file: string; data: unknown };
}

export interface TranslatedArticle {
  file: string;
  id: string;
  /** The English article's facts with this translation's words. */
  data: ArticleData;
  body: string;
  translation: TranslatedArticleData['translation'] & {
    /** The English file it translates. */
    source: string;
    /** True when the English words changed after this translation was made. */
    stale: boolean;
  };
}

export interface Translation {
  locale: Locale;
  articles: TranslatedArticle[];
  topics: Topic[];
  redFlags: RedFlag[];
  glossary: GlossaryEntry[];
  selfCare: SelfCare | undefined;
  tools: ToolWords | undefined;
  synonyms: SynonymEntry[];
  /** Every translated entry that is out of date, and every English article with no translation yet. */
  notes: Problem[];
}

/** What the English side gives a translation's check. */
export interface EnglishSide {
  raw: RawContent;
  checked: CheckedContent;
  /** Pages the site builds that are not articles, in every language (/about/, /es/about/, /es/topics/basics/). */
  otherPages: ReadonlySet<string>;
}

/** What each translated file shares with English (its facts) and which word lists it may add. */
export const TRANSLATION_RULES = {
  topics: { facts: new Set(['id']) },
  redFlags: {
    facts: new Set(['id', 'level', 'card', 'sources']),
    wordLists: new Set(['keywords', 'names', 'mentions']),
    ownWords: new Set(['mentions']),
  },
  glossary: { facts: new Set(['id', 'sources']), wordLists: new Set(['aliases']) },
  selfCare: {
    facts: new Set(['id', 'phase', 'sources', 'sourcesPositions', 'sourcesMovements', 'last', 'next', 'date']),
  },
  tools: { facts: new Set<string>() },
} satisfies Record<string, TranslationRules>;

const fieldOf = (path: readonly (string | number)[]) => formatPath(path);
const overlayProblems = (file: string, issues: readonly OverlayIssue[]): Problem[] =>
  issues.map((issue) => ({ file, field: fieldOf(issue.path), message: issue.message }));

function zodProblems(file: string, prefix: (string | number)[], error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldOf([...prefix, ...(issue.path as (string | number)[])]),
    message: issue.message,
  }));
}

/**
 * A translated list (topics, red flags, glossary): each merged entry checked
 * with the English entry's schema, with problems at the entry's place in the
 * translated file.
 */
function checkTranslatedList<T>(file: string, merged: TranslatedFile, schema: z.ZodType<T>, problems: Problem[]): T[] {
  problems.push(...overlayProblems(file, merged.issues));
  const items: T[] = [];
  const data = Array.isArray(merged.data) ? merged.data : [];
  data.forEach((item, index) => {
    const result = schema.safeParse(item);
    const at = merged.entries.find((e) => e.entry === (item as { id?: string })?.id)?.path[0] ?? index;
    if (result.success) items.push(result.data);
    else problems.push(...zodProblems(file, [at], result.error));
  });
  return items;
}

function staleNotes(file: string, merged: TranslatedFile, what: string): Problem[] {
  return staleEntries(merged.entries).map((entry) => ({
    file,
    field: fieldOf(entry.path),
    message:
      `is out of date: the English ${what} "${entry.entry}" changed after it was translated. ` +
      `Update the translation, then record the new hash ${entry.current} (npm run translations)`,
  }));
}

export function checkTranslation(
  raw: RawTranslation,
  english: EnglishSide,
): { problems: Problem[]; translation: Translation } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const { locale } = raw;
  const prefix = `/${locale}`;

  // Articles: the words from the translation, the facts from English.
  const englishArticles = new Map(english.checked.articles.map((a) => [a.id, a]));
  const englishRaw = new Map(english.raw.articles.map((a) => [a.id, a]));
  const articles: TranslatedArticle[] = [];
  for (const entry of raw.articles) {
    const slug = idSchema.safeParse(entry.id);
    if (!slug.success) {
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `the file name is the English article's slug and ${slug.error.issues[0]?.message}`,
      });
      continue;
    }
    const result = translatedArticleSchema.safeParse(entry.data);
    if (!result.success) {
      problems.push(...zodProblems(entry.file, [], result.error));
      continue;
    }
    const { translation, ...words } = result.data;
    const source = englishArticles.get(entry.id);
    if (translation.of !== entry.id) {
      problems.push({
        file: entry.file,
        field: 'translation.of',
        message: `names "${translation.of}", but the file is ${entry.id}.mdx: a translation has its English article's file name`,
      });
      continue;
    }
    if (!source) {
      if (!englishRaw.has(entry.id)) {
        problems.push({
          file: entry.file,
          field: 'translation.of',
          message: `there is no English article content/articles/${entry.id}.mdx to translate`,
        });
      }
      continue;
    }
    const current = articleHash(source);
    const stale = translation.hash !== current;
    if (stale) {
      notes.push({
        file: entry.file,
        field: 'translation.hash',
        message:
          `is out of date: ${source.file} changed after it was translated, so the page tells readers so. ` +
          `Update the translation, then record the new hash "${current}" (npm run translations)`,
      });
    }
    // "What changed": the page's own notes; an English note not translated yet is shown in English, and noted.
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const translatedDays = new Set(words.changes.map((c) => day(c.date)));
    const untranslated = source.data.changes.filter((c) => !translatedDays.has(day(c.date)));
    for (const change of untranslated) {
      notes.push({
        file: entry.file,
        field: 'changes',
        message: `has no ${locale} note for the English change of ${day(change.date)} ("${change.note}"): translate it into the list, with the same date`,
      });
    }
    const changes = [...words.changes, ...untranslated].sort((a, b) => b.date.getTime() - a.date.getTime());
    articles.push({
      file: entry.file,
      id: entry.id,
      data: { ...source.data, ...words, changes },
      body: entry.body,
      translation: { ...translation, source: source.file, stale },
    });
  }
  const translated = new Set(articles.map((a) => a.id));
  for (const article of english.checked.articles) {
    if (!article.data.draft && !translated.has(article.id) && !raw.articles.some((a) => a.id === article.id)) {
      notes.push({
        file: article.file,
        field: 'translation',
        message: `has no ${locale} translation yet: add content/articles/${locale}/${article.id}.mdx`,
      });
    }
  }

  // Data files: every English entry needs its translation.
  const requireFile = (file: string) =>
    problems.push({
      file,
      field: 'file',
      message: 'is missing: every text of the English file needs its translation here',
    });
  const list = <T>(
    given: { file: string; data: unknown } | undefined,
    englishFile: { file: string; data: unknown },
    schema: z.ZodType<T>,
    what: string,
    rules: TranslationRules,
  ): { items: T[]; merged: TranslatedFile | undefined } => {
    if (!given) {
      requireFile(englishFile.file.replace('content/', `content/${locale}/`));
      return { items: [], merged: undefined };
    }
    const merged = translateList(englishFile.data, given.data, rules);
    const items = checkTranslatedList(given.file, merged, schema, problems);
    notes.push(...staleNotes(given.file, merged, what));
    return { items, merged };
  };

  const topics = list(raw.topics, english.raw.topics, topicSchema, 'topic', TRANSLATION_RULES.topics).items;
  const glossary = list(
    raw.glossary,
    english.raw.glossary,
    glossaryEntrySchema,
    'glossary entry',
    TRANSLATION_RULES.glossary,
  ).items;
  const flags = list(
    raw.redFlags,
    english.raw.redFlags,
    redFlagListSchema.element,
    'warning sign',
    TRANSLATION_RULES.redFlags,
  );
  const redFlags = flags.items;
  if (raw.redFlags && flags.merged) {
    // A warning sign that no longer says what the English says is a problem, not a note.
    const stale = staleNotes(raw.redFlags.file, flags.merged, 'warning sign');
    problems.push(...stale.map((p) => ({ ...p, message: `${p.message}. Warning signs must never drift` })));
    notes.splice(0, notes.length, ...notes.filter((n) => n.file !== raw.redFlags!.file));
  }

  const map = <T>(
    given: { file: string; data: unknown } | undefined,
    englishFile: { file: string; data: unknown } | undefined,
    schema: z.ZodType<T>,
    what: string,
    rules: TranslationRules,
  ): T | undefined => {
    if (!englishFile) return undefined;
    if (!given) {
      requireFile(englishFile.file.replace('content/', `content/${locale}/`));
      return undefined;
    }
    const merged = translateMap(englishFile.data, given.data, rules);
    problems.push(...overlayProblems(given.file, merged.issues));
    notes.push(...staleNotes(given.file, merged, what));
    const result = schema.safeParse(merged.data);
    if (!result.success) {
      problems.push(...zodProblems(given.file, [], result.error));
      return undefined;
    }
    return result.data;
  };
  const selfCare = map(raw.selfCare, english.raw.selfCare, selfCareSchema, 'section', TRANSLATION_RULES.selfCare);
  const tools = map(raw.tools, english.raw.tools, toolWordsSchema, 'section', TRANSLATION_RULES.tools);
  if (tools && raw.tools) problems.push(...selfCheckInstructionProblems(raw.tools.file, tools, locale));

  let synonyms: SynonymEntry[] = [];
  if (raw.synonyms) {
    const result = synonymListSchema.safeParse(raw.synonyms.data);
    if (result.success) synonyms = result.data;
    else problems.push(...zodProblems(raw.synonyms.file, [], result.error));
  }

  // Bodies: the same rules as English bodies, with links checked against this language's pages.
  const bodyLine = new Map(raw.articles.map((a) => [a.file, a.bodyLine ?? 1]));
  const inFile = (found: Problem[]) =>
    found.map((p) => (p.line === undefined ? p : { ...p, line: p.line + (bodyLine.get(p.file) ?? 1) - 1 }));
  for (const article of raw.articles) problems.push(...inFile(findUnsafeMdx(article.file, article.body)));
  const glossaryIds = new Set(english.checked.glossary.map((g) => g.id));
  problems.push(
    ...inFile(
      findBrokenLinks(
        articles.map(({ id, file, data, body }) => ({ id, file, body, draft: data.draft })),
        // A translation may link to English pages too.
        new Set([
          ...english.otherPages,
          ...english.checked.articles.filter((a) => !a.data.draft).map((a) => `/articles/${a.id}/`),
        ]),
        new Map([
          ['/glossary/', glossaryIds],
          [`${prefix}/glossary/`, glossaryIds],
        ]),
        (id) => `${prefix}/articles/${id}/`,
      ),
    ),
  );
  for (const article of articles) {
    problems.push(
      ...inFile(
        findComponentProblems(article.file, article.body, redFlags.length ? redFlags : english.checked.redFlags),
      ),
    );
  }

  return {
    problems,
    translation: { locale, articles, topics, redFlags, glossary, selfCare, tools, synonyms, notes },
  };
}
