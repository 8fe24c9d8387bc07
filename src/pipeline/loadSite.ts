/**
 * The one content pipeline: raw files in, the site's content and every
 * problem out. Pure (no file system, no clock), so the build's pre-build
 * check, the data layer pages use, `npm run content:check`, the sitemap, the
 * redirects, the search index and the tests all get content from here, and a
 * rule written once holds everywhere.
 */
import { checkContent, type CheckedContent, type RawContent } from './checkContent.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';
import {
  publishedListSchema,
  redirectListSchema,
  type Redirect,
  type SelfCare,
  selfCareSchema,
  type ToolWords,
  toolWordsSchema,
} from '../schemas/index.ts';
import { formatPath, type Problem } from '../schemas/problems.ts';
import {
  isPageRecord,
  isSignReview,
  RECORDED_DATA_FILES,
  REVIEWED_FIELDS,
  REVIEWS_FILE,
  reviewListSchema,
  type ReviewedFile,
} from '../schemas/review.ts';
import { reviewProblems } from './review.ts';
import {
  articleWordsHash,
  dataWordsHash,
  FRONTMATTER,
  isoDay,
  pageRecordProblems,
  type RecordedPage,
} from './pageRecord.ts';
import { checkTranslation, type RawTranslation, type Translation } from './checkTranslations.ts';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import { findHiddenCharacters } from './checks/findHiddenCharacters.ts';
import { parseMdx } from './mdx.ts';
import { findPublicProblems } from './checks/findPublicProblems.ts';
import { checkEmergencyWords, searchCheckFiles } from './emergencyWords.ts';
import { checkEmergencyNumbers, type EmergencyNumbers } from '../schemas/emergencyNumbers.ts';
import { tableNumbers } from '../domain/emergencyTable.ts';
import { checkWording, DICTIONARY_FILES } from './checkWording.ts';
import { allowedNumbersOf, articleIceHeatProblems, toolIceHeatProblems } from './iceHeatText.ts';
import { adviceNow, RECORDED_DICTIONARIES, staleAdviceMessage } from './adviceWords.ts';
import { checkPages, pagesDir, pageWordsHash, type RawPage } from './checkPages.ts';
import { findBrokenLinks } from './checks/findBrokenLinks.ts';
import { PAGE_FILE, type ProsePage } from '../schemas/page.ts';
import {
  articleQualityProblems,
  pageQualityProblems,
  registryProblems,
  selfCareGroups,
  synonymBrandProblems,
  textGroupProblems,
  textsForbiddenProblems,
  toolGroups,
} from './qualityRules.ts';
import { toolTexts } from '../domain/toolWords.ts';

/** Project-relative path -> bytes (from disk) or text (in tests): content/, public/, and src/pages by name only. */
export type SiteFiles = Readonly<Record<string, Uint8Array | string>>;

/** An article source larger than this is refused: no page needs it, and it slows every check. */
export const MAX_ARTICLE_BYTES = 100 * 1024;

export const ARTICLES_DIR = 'content/articles';
/** The folder of the routes built once per language: src/pages/[...lang]/about.astro is /about/ and /es/about/. */
export const LOCALE_ROUTES = 'src/pages/[...lang]/';
const YAML_FILES = {
  topics: 'content/topics.yaml',
  sources: 'content/sources.yaml',
  redFlags: 'content/red-flags.yaml',
  glossary: 'content/glossary.yaml',
  selfCare: 'content/self-care.yaml',
  redirects: 'content/redirects.yaml',
  published: 'content/published.yaml',
  synonyms: 'content/synonyms.yaml',
  tools: 'content/tools.yaml',
  emergencyNumbers: 'content/emergency-numbers.yaml',
} as const;
/** When a registry cannot be read, the ids pointing into it are not reported as unknown too. */
const DEPENDENTS: Record<string, RegExp> = {
  [YAML_FILES.sources]: /^unknown source id/,
  [YAML_FILES.topics]: /^unknown topic/,
  [YAML_FILES.redFlags]: /^unknown red flag/,
};
/** The data files a translation gives the words of, in content/<locale>/. */
const TRANSLATED_FILES = ['topics', 'redFlags', 'glossary', 'selfCare', 'tools', 'synonyms'] as const;
/** Files that may be left out; a missing one counts as an empty list. */
const OPTIONAL = new Set<string>([YAML_FILES.redirects, YAML_FILES.synonyms]);

export interface SiteContent extends CheckedContent {
  selfCare: SelfCare | undefined;
  /** What the tools say (content/tools.yaml). */
  tools: ToolWords | undefined;
  redirects: Redirect[];
  published: string[];
  /** Every page the site builds that is not an article, such as /about/ and /topics/basics/. */
  otherPages: ReadonlySet<string>;
  /** Each other language's edition: the same facts, its own words (the Spanish edition). */
  translations: Partial<Record<Locale, Translation>>;
  /** What to dial for an ambulance, by country (content/emergency-numbers.yaml). */
  emergencyNumbers: EmergencyNumbers | undefined;
  /** Things to check that do not fail the check, such as numbers no read source gives yet. */
  notes: Problem[];
  /** The prose of the pages that are not articles (home, about, ...), in each language (content/pages/). */
  pages: Partial<Record<Locale, ProsePage[]>>;
}

/** Decodes a file as UTF-8, refusing a byte-order mark, bytes that are not UTF-8 and characters a reader cannot see. */
function decode(file: string, bytes: Uint8Array | string, problems: Problem[]): string | undefined {
  const bom =
    typeof bytes === 'string'
      ? bytes.startsWith('\uFEFF')
      : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) {
    problems.push({
      file,
      line: 1,
      field: 'file',
      message: 'starts with a byte-order mark: save it as UTF-8 without BOM',
    });
    return undefined;
  }
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({ file, field: 'file', message: 'is not valid UTF-8 text: save it with UTF-8 encoding' });
    return undefined;
  }
  problems.push(...findHiddenCharacters(file, text));
  return text;
}

/**
 * The pages under src/pages (by file name) that have a fixed address, one page
 * per topic, and every translated article (/es/articles/<slug>/): in every
 * language, the pages no redirect may hide. A route under src/pages/[...lang]/
 * builds its page in every language (src/i18n/routes.ts).
 */
export function staticPagePaths(files: SiteFiles, topicIds: readonly string[]): Set<string> {
  const pages = new Set<string>();
  const everyLanguage = Object.keys(files).some((path) => path.startsWith(`${LOCALE_ROUTES}topics/`));
  for (const locale of locales) {
    const prefix = locale === defaultLocale ? '' : `/${locale}`;
    if (locale === defaultLocale || everyLanguage) for (const id of topicIds) pages.add(`${prefix}/topics/${id}/`);
    if (locale === defaultLocale) continue;
    for (const path of Object.keys(files)) {
      const slug = new RegExp(`^${ARTICLES_DIR}/${locale}/([^_/][^/]*)\\.mdx$`).exec(path)?.[1];
      if (slug) pages.add(`/${locale}/articles/${slug}/`);
    }
  }
  for (const path of Object.keys(files)) {
    const route = /^src\/pages\/(.*)\.(astro|mdx?)$/.exec(path)?.[1];
    if (route === undefined) continue;
    const inEveryLanguage = route.startsWith('[...lang]/');
    const bare = inEveryLanguage ? route.slice('[...lang]/'.length) : route;
    if (bare.includes('[')) continue;
    const clean = bare.replace(/(^|\/)index$/, '');
    const page = clean ? `/${clean}/` : '/';
    for (const locale of inEveryLanguage ? locales : [defaultLocale]) {
      pages.add(locale === defaultLocale ? page : `/${locale}${page}`);
    }
  }
  return pages;
}

/**
 * Problems that only echo a broken registry: while a warning-sign, source or
 * topic file has a problem of its own (an entry that fails its schema drops
 * out), the ids other files give it are not reported as unknown, nor its
 * emergency queries as not opening the card. They are reported at the cause.
 */
const ECHOES: readonly { file: RegExp; echo: RegExp }[] = [
  {
    file: /^content\/(?:[a-z]{2}\/)?red-flags\.yaml$/,
    echo: /^unknown red flag|is listed as an emergency query but does not open/,
  },
  { file: /^content\/sources\.yaml$/, echo: /^unknown source id/ },
  { file: /^content\/(?:[a-z]{2}\/)?topics\.yaml$/, echo: /^unknown topic/ },
];

function withoutEchoes(problems: readonly Problem[]): Problem[] {
  const broken = ECHOES.filter(({ file }) => problems.some((p) => file.test(p.file)));
  return problems.filter((p) => !broken.some(({ file, echo }) => !file.test(p.file) && echo.test(p.message)));
}

/** Turns the raw files into the site's content and a list of every problem, each with file, line and field. */
export function loadSite(files: SiteFiles): { content: SiteContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = new Map<string, ParsedYaml>();
  /** Each article's text as read, frontmatter included: the writing rules read it all. */
  const articleTexts = new Map<string, string>();

  const readYaml = (file: string): { file: string; data: unknown } => {
    const bytes = files[file];
    if (bytes === undefined) {
      if (!OPTIONAL.has(file)) problems.push({ file, field: 'file', message: 'is missing: restore it from git' });
      return { file, data: OPTIONAL.has(file) ? [] : undefined };
    }
    const text = decode(file, bytes, problems);
    if (text === undefined) return { file, data: undefined };
    const yaml = parseYaml(text, file);
    parsed.set(file, yaml);
    problems.push(...yaml.problems);
    if (yaml.data == null && yaml.problems.length === 0) {
      problems.push({ file, line: 1, field: 'file', message: 'is empty: it must list its entries' });
    }
    return { file, data: yaml.data ?? (OPTIONAL.has(file) ? [] : undefined) };
  };

  /** The articles of one folder: content/articles (English) or content/articles/<locale>. */
  const readArticles = (dir: string, unread: Set<string>): RawContent['articles'] => {
    const found: RawContent['articles'] = [];
    const paths = Object.keys(files)
      .filter((path) => path.startsWith(`${dir}/`))
      .sort();
    for (const file of paths) {
      const name = file.slice(dir.length + 1);
      if (name.startsWith('_') || name.includes('/')) continue;
      if (!name.endsWith('.mdx')) {
        problems.push({
          file,
          field: 'file name',
          message: `is not an .mdx article: rename it to <slug>.mdx, or move it out of ${dir}/`,
        });
        continue;
      }
      unread.add(name.replace(/\.mdx$/, ''));
      const bytes = files[file]!;
      const size = typeof bytes === 'string' ? new TextEncoder().encode(bytes).length : bytes.length;
      if (size > MAX_ARTICLE_BYTES) {
        problems.push({
          file,
          field: 'file',
          message: `is ${Math.round(size / 1024)} KB; an article is at most ${MAX_ARTICLE_BYTES / 1024} KB of source: split it into two articles`,
        });
        continue;
      }
      const text = decode(file, bytes, problems);
      if (text === undefined) continue;
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({
          file,
          line: 1,
          field: 'frontmatter',
          message: 'has no frontmatter: start the file with a --- line, the fields, and another --- line',
        });
        continue;
      }
      const yaml = parseYaml(match[1] ?? '', file, 2);
      parsed.set(file, yaml);
      if (yaml.problems.length) {
        problems.push(...yaml.problems);
        continue;
      }
      unread.delete(name.replace(/\.mdx$/, ''));
      articleTexts.set(file, text);
      const bodyLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
      found.push({
        file,
        id: name.replace(/\.mdx$/, ''),
        data: yaml.data ?? {},
        body: text.slice(match[0].length),
        bodyLine,
      });
    }
    return found;
  };

  /** Articles whose file exists but could not be read: links to them are not reported as broken too. */
  const unreadArticles = new Set<string>();
  const articleFiles = Object.keys(files).filter((path) => path.startsWith(`${ARTICLES_DIR}/`));
  const articles = readArticles(ARTICLES_DIR, unreadArticles);
  if (!articleFiles.some((path) => /\/[^_/][^/]*\.mdx$/.test(path))) {
    problems.push({
      file: ARTICLES_DIR,
      field: 'folder',
      message: 'is missing or has no articles: add content/articles/<slug>.mdx (see README, How to add an article)',
    });
  }

  const topics = readYaml(YAML_FILES.topics);
  const topicIds = Array.isArray(topics.data) ? topics.data.map((t: { id?: unknown }) => String(t?.id)) : [];
  const raw: RawContent = {
    articles,
    topics,
    sources: readYaml(YAML_FILES.sources),
    redFlags: readYaml(YAML_FILES.redFlags),
    glossary: readYaml(YAML_FILES.glossary),
    selfCare: readYaml(YAML_FILES.selfCare),
    redirects: readYaml(YAML_FILES.redirects),
    published: readYaml(YAML_FILES.published),
    synonyms: readYaml(YAML_FILES.synonyms),
    tools: readYaml(YAML_FILES.tools),
    otherPages: staticPagePaths(files, topicIds),
  };

  // A file that could not be read is reported once, not again as "must be a list".
  const unreadable = new Set(problems.map((p) => p.file));
  const checked = checkContent(raw);
  // An article whose frontmatter is invalid, or whose body cannot be parsed,
  // is reported once, not again in every page that links to it or its sections.
  const valid = new Set(checked.content.articles.map((a) => a.id));
  for (const article of raw.articles) {
    if (!valid.has(article.id) || parseMdx(article.body).error) unreadArticles.add(article.id);
  }
  /** A problem that only echoes another one: reported once, at its cause. */
  const isKnockOn = (problem: Problem): boolean =>
    (unreadable.has(problem.file) && (problem.field === 'file' || problem.field === 'YAML')) ||
    // Nor as every id that pointed into it, in any language.
    [...unreadable].some((file) => DEPENDENTS[file]?.test(problem.message)) ||
    [...unreadArticles].some(
      (id) => problem.file !== `${ARTICLES_DIR}/${id}.mdx` && problem.message.includes(`/articles/${id}/`),
    );
  for (const problem of checked.problems) {
    if (isKnockOn(problem)) continue;
    const line = problem.line ?? parsed.get(problem.file)?.lineOf(problem.field);
    problems.push(line === undefined ? problem : { ...problem, line });
  }

  const lineOf = (file: string, field: string) => parsed.get(file)?.lineOf(field);
  /** A problem with its line: given, or found from its field in the file's parsed frontmatter or YAML. */
  const withLineOf = (problem: Problem): Problem => {
    const line = problem.line ?? lineOf(problem.file, problem.field);
    return line === undefined ? problem : { ...problem, line };
  };

  // The prose pages (home, about, ...): read like articles, with their own rules (src/pipeline/checkPages.ts).
  const rawPages: Partial<Record<Locale, RawPage[]>> = {
    [defaultLocale]: readArticles(pagesDir(defaultLocale), new Set()),
  };
  const prosePages: SiteContent['pages'] = {};
  {
    const result = checkPages(defaultLocale, rawPages[defaultLocale]!);
    prosePages[defaultLocale] = result.pages;
    problems.push(...result.problems.map(withLineOf));
  }
  /** Links in a language's prose pages: to pages and articles that exist, and sections they have. */
  const pageLinkProblems = (
    pages: readonly RawPage[],
    articles: readonly { id: string; file: string; body: string; data: { draft: boolean } }[],
    articlePath?: (id: string) => string,
  ): Problem[] => {
    const files = new Set(pages.map((p) => p.file));
    const offset = new Map(pages.map((p) => [p.file, (p.bodyLine ?? 1) - 1]));
    const glossaryIds = new Set(checked.content.glossary.map((g) => g.id));
    return findBrokenLinks(
      [
        ...articles.map(({ id, file, body, data }) => ({ id, file, body, draft: data.draft })),
        // Drafts: a page is not a link target by its id, but its links are checked.
        ...pages.map(({ id, file, body }) => ({ id: `page:${id}`, file, body, draft: true })),
      ],
      new Set([
        ...raw.otherPages!,
        ...checked.content.articles.filter((a) => !a.data.draft).map((a) => `/articles/${a.id}/`),
      ]),
      new Map([...locales.map((l) => [`${l === defaultLocale ? '' : `/${l}`}/glossary/`, glossaryIds] as const)]),
      articlePath,
    )
      .filter((p) => files.has(p.file))
      .map((p) => (p.line === undefined ? p : { ...p, line: p.line + (offset.get(p.file) ?? 0) }));
  };
  problems.push(...pageLinkProblems(rawPages[defaultLocale]!, checked.content.articles));
  /** The search checks of a language (content/search-checks/), read like any YAML file. */
  const searchChecks = (locale: Locale) => {
    const names = searchCheckFiles(locale);
    return { emergencyQueries: readYaml(names.emergency), searchQueries: readYaml(names.queries) };
  };
  // The words that open the emergency card, by what search does with them.
  problems.push(
    ...checkEmergencyWords(
      {
        language: defaultLocale,
        redFlags: { ...raw.redFlags, signs: checked.content.redFlags },
        synonyms: { file: YAML_FILES.synonyms, entries: checked.content.synonyms },
        articles: checked.content.articles,
        ...searchChecks(defaultLocale),
      },
      lineOf,
    ),
  );

  /** A problem with its line: given, or found from its field in the parsed file. */
  const withLine = (problem: Problem): Problem => {
    const line = problem.line ?? parsed.get(problem.file)?.lineOf(problem.field);
    return line === undefined ? problem : { ...problem, line };
  };
  /** The dictionary of a language, as text, when the files include it. */
  const dictionary = (locale: Locale) => {
    const file = DICTIONARY_FILES[locale];
    const bytes = files[file];
    if (bytes === undefined) return undefined;
    return { file, source: typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes) };
  };

  // The emergency numbers, read first: no text may hard-code one of them.
  const numbersFile = readYaml(YAML_FILES.emergencyNumbers);
  const numbers =
    numbersFile.data === undefined ? undefined : checkEmergencyNumbers(numbersFile.file, numbersFile.data);
  problems.push(...(numbers?.problems ?? []).map(withLine));
  const knownNumbers = numbers?.table && {
    numbers: tableNumbers(numbers.table).ambulance,
    routeNames: [...new Set(numbers.table.flatMap((e) => (e.sameDay ? Object.values(e.sameDay.name) : [])))],
  };

  // Every sentence that names a warning sign gives its instruction: English text against English signs.
  // And no text hard-codes an emergency number.

  problems.push(
    ...checkWording({
      locale: defaultLocale,
      signs: checked.content.redFlags,
      articles: [...raw.articles, ...rawPages[defaultLocale]!],
      data: raw.tools?.data === undefined ? [] : [raw.tools],
      dictionary: dictionary(defaultLocale),
      numbers: knownNumbers,
    }).map(withLine),
  );
  // The ice and heat numbers every article and tool states: only those of self-care.yaml, in every language.
  const allowed = allowedNumbersOf(selfCareSchema.safeParse(raw.selfCare.data).data);
  const englishTools = toolWordsSchema.safeParse(raw.tools?.data);
  if (allowed) {
    for (const article of [...raw.articles, ...rawPages[defaultLocale]!]) {
      problems.push(...articleIceHeatProblems(article, allowed, defaultLocale));
    }
    if (englishTools.success) {
      problems.push(
        ...toolIceHeatProblems(YAML_FILES.tools, englishTools.data, allowed, defaultLocale, (field) =>
          lineOf(YAML_FILES.tools, field),
        ),
      );
    }
  }

  // The writing rules: no brand, dose or selling word; plain words; an article's length, care card and callouts.
  const draftOf = new Map(checked.content.articles.map((a) => [a.file, a.data.draft]));
  const writingRules = (
    articles: readonly RawContent['articles'][number][],
    draft: ReadonlyMap<string, boolean>,
    locale: Locale,
  ) =>
    articles.flatMap((article) =>
      articleQualityProblems(
        {
          file: article.file,
          text: articleTexts.get(article.file) ?? article.body,
          body: article.body,
          bodyLine: article.bodyLine ?? 1,
          // An article whose frontmatter is not valid is held to the rules of every page, not those of a published one.
          draft: draft.get(article.file) ?? true,
        },
        locale,
      ),
    );
  problems.push(...writingRules(raw.articles, draftOf, defaultLocale));
  /** The same writing rules over a language's prose pages (not an article's length, care card or callouts). */
  const pageWritingRules = (pages: readonly RawPage[], locale: Locale) =>
    pages.flatMap((page) =>
      pageQualityProblems(
        {
          file: page.file,
          text: articleTexts.get(page.file) ?? page.body,
          data: page.data,
          body: page.body,
          bodyLine: page.bodyLine ?? 1,
        },
        locale,
      ),
    );
  problems.push(...pageWritingRules(rawPages[defaultLocale]!, defaultLocale));
  const englishSelfCare = selfCareSchema.safeParse(raw.selfCare.data);
  if (englishTools.success) {
    problems.push(...textsForbiddenProblems(YAML_FILES.tools, toolTexts(englishTools.data), lineOf));
    for (const group of toolGroups(YAML_FILES.tools, englishTools.data, defaultLocale)) {
      problems.push(...textGroupProblems(group, defaultLocale, lineOf));
    }
  }
  if (englishSelfCare.success) {
    for (const group of selfCareGroups(
      YAML_FILES.selfCare,
      englishSelfCare.data,
      YAML_FILES.redFlags,
      checked.content.redFlags,
    )) {
      problems.push(...textGroupProblems(group, defaultLocale, lineOf));
    }
  }
  problems.push(
    ...registryProblems({
      sourcesFile: YAML_FILES.sources,
      sources: checked.content.sources,
      glossaryFile: YAML_FILES.glossary,
      glossary: checked.content.glossary,
      articles: checked.content.articles,
      redFlags: checked.content.redFlags,
      selfCare: englishSelfCare.data,
    }).map(withLine),
    ...synonymBrandProblems(YAML_FILES.synonyms, checked.content.synonyms).map(withLine),
  );

  // Each other language's edition, checked against the English.
  const translations: SiteContent['translations'] = {};
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const folder = `${ARTICLES_DIR}/${locale}`;
    const translatedArticles = readArticles(folder, new Set());
    const given = (key: (typeof TRANSLATED_FILES)[number]) => {
      const file = YAML_FILES[key].replace('content/', `content/${locale}/`);
      return files[file] === undefined ? undefined : readYaml(file);
    };
    const rawTranslation: RawTranslation = { locale, articles: translatedArticles };
    for (const key of TRANSLATED_FILES) {
      const file = given(key);
      if (file) rawTranslation[key] = file;
    }
    // A language with no files at all is not built yet: nothing to check.
    if (translatedArticles.length === 0 && TRANSLATED_FILES.every((key) => !rawTranslation[key])) continue;
    const result = checkTranslation(rawTranslation, { raw, checked: checked.content, otherPages: raw.otherPages! });
    // Its prose pages, each against the English page it translates.
    const ownPages = readArticles(pagesDir(locale), new Set());
    rawPages[locale] = ownPages;
    const pagesResult = checkPages(locale, ownPages, rawPages[defaultLocale], prosePages[defaultLocale]);
    problems.push(...pageWritingRules(ownPages, locale));
    prosePages[locale] = pagesResult.pages;
    problems.push(...pagesResult.problems.map(withLineOf));
    problems.push(
      ...pageLinkProblems(
        ownPages,
        result.translation.articles.map((a) => ({ ...a, data: { draft: a.data.draft } })),
        (id) => `/${locale}/articles/${id}/`,
      ),
    );
    for (const problem of result.problems) {
      if (isKnockOn(problem)) continue;
      const line = problem.line ?? parsed.get(problem.file)?.lineOf(problem.field);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
    if (allowed) {
      for (const article of [...translatedArticles, ...ownPages]) {
        problems.push(...articleIceHeatProblems(article, allowed, locale));
      }
      if (rawTranslation.tools && result.translation.tools) {
        const file = rawTranslation.tools.file;
        problems.push(
          ...toolIceHeatProblems(file, result.translation.tools, allowed, locale, (field) => lineOf(file, field)),
        );
      }
    }
    // The same writing rules, in this language.
    const translatedDraft = new Map(result.translation.articles.map((a) => [a.file, a.data.draft]));
    problems.push(...writingRules(translatedArticles, translatedDraft, locale));
    if (rawTranslation.tools && result.translation.tools) {
      const file = rawTranslation.tools.file;
      problems.push(...textsForbiddenProblems(file, toolTexts(result.translation.tools), lineOf));
      for (const group of toolGroups(file, result.translation.tools, locale)) {
        problems.push(...textGroupProblems(group, locale, lineOf));
      }
    }
    if (rawTranslation.synonyms) {
      problems.push(...synonymBrandProblems(rawTranslation.synonyms.file, result.translation.synonyms).map(withLine));
    }
    if (rawTranslation.redFlags) {
      problems.push(
        ...checkEmergencyWords(
          {
            language: locale,
            redFlags: { ...rawTranslation.redFlags, signs: result.translation.redFlags },
            synonyms: {
              file: YAML_FILES.synonyms.replace('content/', `content/${locale}/`),
              entries: result.translation.synonyms,
            },
            articles: result.translation.articles,
            ...searchChecks(locale),
          },
          lineOf,
        ),
      );
    }
    // Its sentences against its own signs (the English facts, this language's words and mentions).
    problems.push(
      ...checkWording({
        locale,
        signs: result.translation.redFlags.length ? result.translation.redFlags : checked.content.redFlags,
        articles: [...translatedArticles, ...ownPages],
        data: rawTranslation.tools?.data === undefined ? [] : [rawTranslation.tools],
        dictionary: dictionary(locale),
        numbers: knownNumbers,
      }).map(withLine),
    );
    translations[locale] = {
      ...result.translation,
      notes: result.translation.notes.map((note) => {
        const line = note.line ?? parsed.get(note.file)?.lineOf(note.field);
        return line === undefined ? note : { ...note, line };
      }),
    };
  }

  // Every reviewed entry (each warning sign, in each language) against its review,
  // and every article and recorded data file against the record of its words.
  const reviews = readYaml(REVIEWS_FILE);
  if (reviews.data !== undefined) {
    const result = reviewListSchema.safeParse(reviews.data);
    const present = (Object.keys(REVIEWED_FIELDS) as ReviewedFile[])
      .filter((file) => files[file] !== undefined)
      .map((file) => ({ file, data: parsed.get(file)?.data }));
    const found = result.success
      ? reviewProblems(result.data.filter(isSignReview), present)
      : result.error.issues.map((issue) => ({
          file: REVIEWS_FILE,
          field: formatPath(issue.path),
          message: issue.message,
        }));
    if (result.success) {
      const records = result.data.filter(isPageRecord);
      const { pages, present: recorded } = recordedPages(files, parsed, checked.content.articles, translations);
      // The prose pages' words, in every language, recorded like a data file's (the record carries the note).
      for (const page of Object.values(rawPages).flat()) {
        recorded.add(page.file);
        pages.push({ file: page.file, hash: pageWordsHash(page.data, page.body), field: 'title' });
      }
      // The Spanish advice of the dictionaries (their source text, when given), recorded like a data file.
      const advice = adviceNow((file) => {
        const bytes = files[file];
        return bytes === undefined ? undefined : typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
      });
      for (const file of RECORDED_DICTIONARIES) if (files[file] !== undefined) recorded.add(file);
      for (const now of advice) pages.push({ file: now.file, hash: now.hash, field: 'advice' });
      const pageProblems = pageRecordProblems(records, pages, recorded);
      const adviceLine = new Map(advice.map((now) => [now.file, now.line]));
      found.push(
        ...pageProblems.problems.map((p) => {
          const line = adviceLine.get(p.file);
          return line === undefined ? p : { ...p, line };
        }),
      );
      // A change of the English advice makes the Spanish out of date: refused, as interface texts show no notice.
      for (const now of advice) {
        const record = records.find((r) => r.file === now.file);
        if (record?.translates !== undefined && record.translates !== now.english) {
          found.push({
            file: now.file,
            ...(now.line === undefined ? {} : { line: now.line }),
            field: 'translates',
            message: staleAdviceMessage(now, record.translates),
          });
        }
      }
      for (const { index, field, message } of pageProblems.recordProblems) {
        const at = result.data.indexOf(records[index]!);
        found.push({ file: REVIEWS_FILE, field: formatPath([at, field]), message });
      }
    }
    for (const problem of found) {
      const line = parsed.get(problem.file)?.lineOf(problem.field);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
  }

  const selfCare = selfCareSchema.safeParse(raw.selfCare.data);
  const tools = englishTools;
  const redirects = redirectListSchema.safeParse(raw.redirects.data ?? []);
  const published = publishedListSchema.safeParse(raw.published.data ?? []);

  // public/ is published as it is, over the build's own files: checked like content.
  const pages = Object.keys(files).filter((path) => path.startsWith('src/pages/'));
  const froms = redirects.success ? redirects.data.map((r) => r.from) : [];
  problems.push(...findPublicProblems(files, pages, froms));
  return {
    content: {
      ...checked.content,
      selfCare: selfCare.success ? selfCare.data : undefined,
      tools: tools.success ? tools.data : undefined,
      redirects: redirects.success ? redirects.data : [],
      published: published.success ? published.data : [],
      otherPages: raw.otherPages ?? new Set(),
      translations,
      emergencyNumbers: numbers?.table,
      notes: (numbers?.notes ?? []).map(withLine),
      pages: prosePages,
    },
    problems: withoutEchoes(problems),
  };
}

/**
 * The pages whose words are recorded, as they are now: every article that
 * could be read (English, and each translation), and each recorded data file
 * that could be read. `present` also names the files that are there but could
 * not be read, so their records are not called strays.
 */
function recordedPages(
  files: SiteFiles,
  parsed: ReadonlyMap<string, ParsedYaml>,
  articles: CheckedContent['articles'],
  translations: SiteContent['translations'],
): { pages: RecordedPage[]; present: Set<string> } {
  const present = new Set(
    Object.keys(files).filter(
      (path) =>
        (path.startsWith(`${ARTICLES_DIR}/`) && /\/[^_/][^/]*\.mdx$/.test(path)) ||
        PAGE_FILE.test(path) ||
        (RECORDED_DATA_FILES as readonly string[]).includes(path),
    ),
  );
  const pages: RecordedPage[] = [];
  const bodyOf = (file: string, data: unknown): string | undefined => {
    const bytes = files[file];
    const text = typeof bytes === 'string' ? bytes : bytes && new TextDecoder().decode(bytes);
    const match = text === undefined ? null : FRONTMATTER.exec(text);
    return match && data !== undefined ? text!.slice(match[0].length) : undefined;
  };
  const article = (file: string, reviewed: Date, changes: readonly { date: Date }[], field: string) => {
    const data = parsed.get(file)?.data;
    const body = bodyOf(file, data);
    if (body === undefined) return;
    pages.push({
      file,
      hash: articleWordsHash(data, body),
      dates: { reviewed: isoDay(reviewed), changes: changes.map((c) => isoDay(c.date)!) },
      field,
    });
  };
  for (const a of articles) article(a.file, a.data.reviewed.last, a.data.changes, 'reviewed.last');
  for (const translation of Object.values(translations)) {
    for (const a of translation?.articles ?? []) {
      const own = parsed.get(a.file)?.data as { changes?: unknown } | undefined;
      article(a.file, a.data.reviewed.last, a.data.changes, own?.changes !== undefined ? 'changes' : 'translation');
    }
  }
  for (const file of RECORDED_DATA_FILES) {
    const data = parsed.get(file)?.data;
    if (data !== undefined) pages.push({ file, hash: dataWordsHash(data), field: 'file' });
  }
  return { pages, present };
}
