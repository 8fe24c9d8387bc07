/**
 * The prose pages (content/pages/<page>.mdx and content/pages/<locale>/<page>.mdx):
 * their frontmatter, what their bodies may hold, and, for a translation, the
 * English version it translates. A translated page shows no "may be out of
 * date" notice, so a translation of English words that have changed since is
 * refused, as the dictionaries' Spanish advice was. Pure: loadSite gives the
 * files' frontmatter and bodies, and runs the rules every text shares
 * (hidden characters, wording, links, ice and heat numbers, word records).
 */
import type { z } from 'zod';
import {
  PAGES_DIR,
  PAGE_SECTIONS,
  pageComponents,
  pageSchema,
  prosePageNames,
  isProsePageName,
  translatedPageSchema,
  type PageBlock,
  type PageData,
  type ProsePage,
  type ProsePageName,
} from '../schemas/page.ts';
import { formatPath, type Problem } from '../schemas/problems.ts';
import { findUnsafeMdx } from './checks/findUnsafeMdx.ts';
import { elementsOf, parseMdx } from './mdx.ts';
import { pageBlocks } from './pageProse.ts';
import { hashOf } from './translation.ts';
import { HOME_SHAPE, homeParts } from '../domain/homeParts.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';

/** A prose page as read from its file: frontmatter (unchecked) and body. */
export interface RawPage {
  file: string;
  /** The file name without .mdx: the page's name. */
  id: string;
  data: unknown;
  body: string;
  bodyLine?: number | undefined;
}

/** The length of a page's words hash (its record, and the translation's `translation.hash`). */
export const PAGE_WORDS_HASH_LENGTH = 16;

/** The hash of a prose page's reader-facing words: its title, description, lede and body. */
export function pageWordsHash(data: unknown, body: string): string {
  const fields = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const { title, description, lede } = fields;
  return hashOf({ title, description, lede, body: body.trim() }, PAGE_WORDS_HASH_LENGTH);
}

/** The folder of a language's prose pages. */
export const pagesDir = (locale: Locale): string => (locale === defaultLocale ? PAGES_DIR : `${PAGES_DIR}/${locale}`);

const zodProblems = (file: string, error: z.ZodError): Problem[] =>
  error.issues.map((issue) => ({ file, field: formatPath(issue.path as (string | number)[]), message: issue.message }));

const headingIds = (blocks: readonly PageBlock[]) => blocks.flatMap((b) => ('h2' in b ? [b.id] : []));

/** The body's problems (at the body's lines) and its blocks. */
function checkBody(page: RawPage): { blocks: PageBlock[]; problems: Problem[] } {
  const problems = findUnsafeMdx(page.file, page.body, pageComponents);
  const { tree } = parseMdx(page.body);
  for (const element of tree ? elementsOf(tree) : []) {
    const schema = pageComponents[element.name];
    const result = schema?.safeParse(element.props);
    for (const issue of result && !result.success ? result.error.issues : []) {
      problems.push({
        file: page.file,
        line: element.line,
        field: `<${element.name}>${issue.path.length ? ` ${formatPath(issue.path as (string | number)[])}` : ''}`,
        message: issue.message,
      });
    }
  }
  const found = pageBlocks(page.file, page.body);
  problems.push(...found.problems);
  return { blocks: found.blocks, problems };
}

/** The line of the body's first text, in the file. */
const firstLine = (page: RawPage) => (page.bodyLine ?? 1) + (/^\s*/.exec(page.body)![0].match(/\n/g)?.length ?? 0);

/**
 * A page that places its prose's sections around its own parts (PAGE_SECTIONS)
 * shows only those sections: its body is their headings, in order, and
 * nothing before the first (which the page would not show).
 */
function sectionProblems(page: RawPage, name: ProsePageName, blocks: readonly PageBlock[]): Problem[] {
  const wanted = PAGE_SECTIONS[name];
  if (!wanted) return [];
  const own = headingIds(blocks);
  const shape =
    wanted.length === 0
      ? 'no body: the page shows only its title and lede (write the words in them)'
      : `only the sections the page places, in this order: ${wanted.map((id) => `<Heading id="${id}">`).join(', ')}, with nothing before the first`;
  if (own.join(' ') === wanted.join(' ') && (blocks.length === 0 || 'h2' in blocks[0]!)) return [];
  return [{ file: page.file, line: firstLine(page), field: 'body', message: `must have ${shape}` }];
}

/** Every prose page of a language, checked; a translation against its English page. */
export function checkPages(
  locale: Locale,
  raw: readonly RawPage[],
  /** The English pages as read, for a translation: what it translates. */
  english: readonly RawPage[] = [],
  /** The English pages as checked, for a translation: their ids and review dates. */
  englishChecked: readonly ProsePage[] = [],
): { pages: ProsePage[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pages: ProsePage[] = [];
  const dir = pagesDir(locale);
  const inFile = (page: RawPage, found: Problem[]) =>
    found.map((p) => (p.line === undefined ? p : { ...p, line: p.line + (page.bodyLine ?? 1) - 1 }));

  for (const page of raw) {
    if (!isProsePageName(page.id)) {
      problems.push({
        file: page.file,
        field: 'file name',
        message: `is not one of the site's prose pages (${prosePageNames.join(', ')}): rename it, or move it out of ${dir}/`,
      });
      continue;
    }
    const body = checkBody(page);
    problems.push(...inFile(page, body.problems));
    let data: PageData;
    if (locale === defaultLocale) {
      const result = pageSchema.safeParse(page.data);
      if (!result.success) {
        problems.push(...zodProblems(page.file, result.error));
        continue;
      }
      data = result.data;
    } else {
      const result = translatedPageSchema.safeParse(page.data);
      if (!result.success) {
        problems.push(...zodProblems(page.file, result.error));
        continue;
      }
      const { translation, ...words } = result.data;
      const source = english.find((e) => e.id === page.id);
      const checked = englishChecked.find((e) => e.name === page.id);
      if (translation.of !== page.id) {
        problems.push({
          file: page.file,
          field: 'translation.of',
          message: `names "${translation.of}", but the file is ${page.id}.mdx: a translation has its English page's file name`,
        });
        continue;
      }
      if (!source) continue; // the English page's own problem says it is missing
      const current = pageWordsHash(source.data, source.body);
      if (translation.hash !== current) {
        problems.push({
          file: page.file,
          field: 'translation.hash',
          message:
            `is out of date: ${source.file} changed after it was translated, and a page shows no notice of it. ` +
            `Update the translation to say what the English says now, then record the new hash "${current}" ` +
            `(npm run translations -- --mark ${page.file})`,
        });
      }
      if (checked) {
        const own = headingIds(body.blocks);
        const theirs = headingIds(checked.blocks);
        if (own.join(' ') !== theirs.join(' ')) {
          problems.push({
            file: page.file,
            field: 'body',
            message: `its headings' ids (${own.join(', ') || 'none'}) must be the English page's, in the same order (${theirs.join(', ') || 'none'}): a link to a section works in every language`,
          });
        }
      }
      data = { ...words, reviewed: checked?.reviewed };
    }
    if (page.id === 'home' && !homeParts(body.blocks)) {
      problems.push({
        file: page.file,
        // The body's first line of text.
        line: firstLine(page),
        field: 'body',
        message: `the home page's prose must be ${HOME_SHAPE}, as the page lays them out around the emergency card`,
      });
    }
    problems.push(...sectionProblems(page, page.id, body.blocks));
    if (data.reviewed === undefined && JSON.stringify(body.blocks).includes('"lastReviewed"')) {
      problems.push({
        file: page.file,
        field: locale === defaultLocale ? 'title' : 'translation.of',
        message: 'uses <LastReviewed /> but has no date to show: add `reviewed: YYYY-MM-DD` to the English page',
      });
    }
    pages.push({ file: page.file, name: page.id, ...data, blocks: body.blocks });
  }
  for (const name of prosePageNames) {
    if (!raw.some((page) => page.id === name)) {
      problems.push({
        file: `${dir}/${name}.mdx`,
        field: 'file',
        message: `is missing: the page ${name} needs its prose in every language (restore it from git)`,
      });
    }
  }
  return { pages, problems };
}
