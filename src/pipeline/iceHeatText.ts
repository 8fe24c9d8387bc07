/**
 * The ice and heat numbers in the words writers write, checked in the content
 * pipeline: every article's prose (English and each translation) and the
 * tools' texts (content/tools.yaml, content/<locale>/tools.yaml) may state only
 * the minutes and hours of content/self-care.yaml. A page that states another
 * number is refused with its file, its line and the clause. Pure.
 */
import type { Problem } from '../schemas/problems.ts';
import type { SelfCare, ToolWords } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { allowedIceHeatNumbers } from '../domain/iceHeat.ts';
import {
  findIceHeatNumbersInBlocks,
  iceHeatMessage,
  type AllowedNumbers,
  type IceHeatKind,
} from './checks/findIceHeatNumbers.ts';
import { lineOf, parseMdx, textOf, walk, type MdxNode } from './mdx.ts';

/** The numbers self-care.yaml gives ice and heat, or undefined if it does not give both. */
export function allowedNumbersOf(selfCare: SelfCare | undefined): AllowedNumbers | undefined {
  const of = (kind: IceHeatKind) => selfCare?.iceHeat.find((item) => item.id === kind);
  const ice = of('ice');
  const heat = of('heat');
  return ice && heat ? { ice: allowedIceHeatNumbers(ice), heat: allowedIceHeatNumbers(heat) } : undefined;
}

/** The blocks of an article body a reader reads, in order, with their lines: headings, paragraphs (in lists and callouts too) and table rows. */
export function proseBlocks(body: string): { text: string; line: number }[] {
  const parsed = parseMdx(body);
  if (!parsed.tree) return [];
  const blocks: { text: string; line: number }[] = [];
  walk(parsed.tree, (node: MdxNode) => {
    if (node.type === 'heading' || node.type === 'paragraph') {
      blocks.push({ text: textOf(node).replace(/\s+/g, ' ').trim(), line: lineOf(node) });
    } else if (node.type === 'tableRow') {
      const cells = (node.children ?? []).map((cell) => textOf(cell).trim());
      blocks.push({ text: cells.join(' '), line: lineOf(node) });
    }
  });
  return blocks.filter((block) => block.text.length > 0);
}

/** The ice and heat numbers of one article's prose; lines are the file's (bodyLine is where the body starts). */
export function articleIceHeatProblems(
  article: { file: string; body: string; bodyLine?: number | undefined },
  allowed: AllowedNumbers,
  locale: Locale,
): Problem[] {
  const offset = (article.bodyLine ?? 1) - 1;
  return findIceHeatNumbersInBlocks(proseBlocks(article.body), allowed, locale).map((problem) => ({
    file: article.file,
    line: (problem.line ?? 1) + offset,
    field: 'body',
    message: iceHeatMessage(problem, allowed),
  }));
}

/** Every text of the tools with its field (timer.gap.message), as written: gaps such as {gapLength} are left empty. */
function toolStrings(words: ToolWords): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const visit = (value: unknown, field: string): void => {
    if (typeof value === 'string') out.push({ field, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${field}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, field ? `${field}.${key}` : key);
    }
  };
  visit(words, '');
  return out;
}

/** The ice and heat numbers of the tools' texts (each text stands alone); lineOf finds a field's line. */
export function toolIceHeatProblems(
  file: string,
  words: ToolWords,
  allowed: AllowedNumbers,
  locale: Locale,
  lineOf: (field: string) => number | undefined,
): Problem[] {
  return toolStrings(words).flatMap(({ field, text }) =>
    findIceHeatNumbersInBlocks([{ text }], allowed, locale, false).map((problem) => {
      const line = lineOf(field);
      return {
        file,
        ...(line === undefined ? {} : { line }),
        field,
        message: iceHeatMessage(problem, allowed),
      };
    }),
  );
}
