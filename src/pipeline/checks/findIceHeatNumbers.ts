/**
 * Finds ice and heat times that differ from the numbers in
 * content/self-care.yaml, in English and in Spanish. Pure: text and the
 * allowed numbers come in, a list of problems goes out. Used by the content
 * pipeline over article prose (MDX blocks, with their lines) and the tools'
 * texts (src/pipeline/iceHeatText.ts), and by the check over dist/ (built HTML).
 *
 * Text is cut into blocks (paragraphs, list items, table rows, headings,
 * diagram labels) and each block into clauses. A clause that states
 * "N minutes", "N to M minutes" or "N hours" ("de 10 a 20 minutos",
 * "2 horas") is checked against the kinds it names (ice or heat); a clause
 * that names neither takes the kind of the last block or clause that did (a
 * table row, a list under a heading).
 */
import { Parser } from 'htmlparser2';
import type { Locale } from '../../i18n/locales.ts';

export type IceHeatKind = 'ice' | 'heat';
export type AllowedNumbers = Record<IceHeatKind, { minutes: number[]; hours: number[] }>;
export type TimeUnit = 'minutes' | 'hours';

export interface IceHeatNumberProblem {
  /** The clause, as the reader sees it. */
  text: string;
  kinds: IceHeatKind[];
  number: number;
  unit: TimeUnit;
  /** The block's line, when the block has one (MDX). */
  line?: number | undefined;
}

/** Not a letter on either side: \b for words with accents (frío, Caliente). */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

/**
 * The words of each language, in one place: the words that name ice or heat,
 * the phrases with a time that is not an ice or heat time (an article's
 * title), how a time is written, and the words a clause may start with after
 * a comma ("…, then at least 2 hours off").
 */
export const ICE_HEAT_WORDS: Record<
  Locale,
  { kinds: Record<IceHeatKind, RegExp>; notIceOrHeat: RegExp[]; time: RegExp; connectors: string }
> = {
  en: {
    kinds: { ice: word('ice|cold|frozen'), heat: word('heat|hot') },
    notIceOrHeat: [/(?<!\p{L})first[\s-]48[\s-]hours(?!\p{L})/giu],
    // "5 to 20 minutes", "5-20 min", "a 10-minute go", "2 hours", "1 hr"
    time: /(\d+)(?:\s*(?:to|–|-|or)\s*(\d+))?[\s-]*(minutes?|mins?|hours?|hrs?)(?!\p{L})/giu,
    connectors: 'and|or|but|then',
  },
  es: {
    kinds: {
      ice: word('hielo|hielos|fr[ií]o|fr[ií]a|fr[ií]os|fr[ií]as|congelad[oa]s?'),
      heat: word('calor|caliente|calientes|calentad[oa]s?|calentar'),
    },
    notIceOrHeat: [/(?<!\p{L})(?:las\s+)?primeras[\s-]48[\s-]horas(?!\p{L})/giu],
    // "de 10 a 20 minutos", "entre 10 y 20 minutos", "15 minutos", "10-20 min", "2 horas", "2 h"
    time: /(\d+)(?:\s*(?:a|y|o|–|-)\s*(\d+))?[\s-]*(minutos?|mins?|horas?|hrs?|h)(?!\p{L})/giu,
    connectors: 'y|o|pero|luego',
  },
};

/** Elements whose end ends a block of text: a paragraph, a list item, a table row, a heading, a diagram label… */
const BLOCK_ENDS = new Set(
  'p li tr h1 h2 h3 h4 h5 h6 dt dd figcaption caption label legend text desc title summary button th'.split(' '),
);
/** Elements whose text the reader does not see as prose. */
const UNSEEN = new Set(['head', 'script', 'style', 'template']);

/** The visible text of a page as blocks: no head, scripts, styles or tags. */
export function textBlocks(html: string): string[] {
  let text = '';
  let unseen = 0;
  const parser = new Parser({
    onopentag(name) {
      if (UNSEEN.has(name)) unseen++;
      // A tag parts words; a line break parts blocks.
      text += name === 'br' ? '\n' : ' ';
    },
    ontext(data) {
      if (unseen === 0) text += data;
    },
    onclosetag(name) {
      if (UNSEEN.has(name)) unseen--;
      // The end of a block parts blocks.
      if (name !== 'br') text += BLOCK_ENDS.has(name) ? '\n' : ' ';
    },
  });
  parser.end(html);
  return text
    .split('\n')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The kinds (ice, heat) a clause names. */
export function kindsIn(text: string, locale: Locale = 'en'): IceHeatKind[] {
  const { kinds } = ICE_HEAT_WORDS[locale];
  return (Object.keys(kinds) as IceHeatKind[]).filter((kind) => kinds[kind].test(text));
}

/** Every "N minutes", "N to M minutes", "N-minute" or "N hours" in a clause ("de N a M minutos", "N horas"). */
export function statedTimes(clause: string, locale: Locale = 'en'): { number: number; unit: TimeUnit }[] {
  const words = ICE_HEAT_WORDS[locale];
  let text = clause;
  for (const phrase of words.notIceOrHeat) text = text.replace(phrase, ' ');
  const found: { number: number; unit: TimeUnit }[] = [];
  for (const match of text.matchAll(words.time)) {
    const unit = /^h/i.test(match[3] ?? '') ? 'hours' : 'minutes';
    found.push({ number: Number(match[1]), unit });
    if (match[2] !== undefined) found.push({ number: Number(match[2]), unit });
  }
  return found;
}

/** A block of one language's clauses: at a sentence end, or a comma before a connector ("…, then"). */
export function clausesOf(block: string, locale: Locale = 'en'): string[] {
  const { connectors } = ICE_HEAT_WORDS[locale];
  return block.split(new RegExp(`(?<=[.!?;:])\\s+|,\\s+(?=(?:${connectors})(?!\\p{L}))`, 'iu'));
}

/**
 * The times in blocks of text that self-care.yaml does not give for the kind
 * they are about. `keepContext` carries the last named kind from one block to
 * the next (a page's prose); without it each block stands alone (a tool's texts).
 */
export function findIceHeatNumbersInBlocks(
  blocks: readonly { text: string; line?: number | undefined }[],
  allowed: AllowedNumbers,
  locale: Locale = 'en',
  keepContext = true,
): IceHeatNumberProblem[] {
  const problems: IceHeatNumberProblem[] = [];
  let context: IceHeatKind[] = [];
  for (const block of blocks) {
    if (!keepContext) context = [];
    for (const clause of clausesOf(block.text, locale)) {
      const named = kindsIn(clause, locale);
      if (named.length > 0) context = named;
      const times = statedTimes(clause, locale);
      if (times.length === 0) continue;
      const kinds = named.length > 0 ? named : context;
      // A time with no ice or heat near it is not ours to check.
      if (kinds.length === 0) continue;
      for (const time of times) {
        const ok = kinds.some((kind) => allowed[kind][time.unit].includes(time.number));
        if (!ok) problems.push({ text: clause.trim(), kinds, ...time, line: block.line });
      }
    }
  }
  return problems;
}

/** The times in a built page (its language from its path: es/… is Spanish). */
export function findIceHeatNumbers(
  html: string,
  allowed: AllowedNumbers,
  locale: Locale = 'en',
): IceHeatNumberProblem[] {
  return findIceHeatNumbersInBlocks(
    textBlocks(html).map((text) => ({ text })),
    allowed,
    locale,
  );
}

/** A writer's message for one problem: the number, the kinds, the numbers allowed and the clause. */
export function iceHeatMessage(problem: IceHeatNumberProblem, allowed: AllowedNumbers): string {
  const kinds = problem.kinds.join(' or ');
  const may = problem.kinds
    .map((kind) => `${kind}: ${allowed[kind].minutes.join(', ')} minutes, ${allowed[kind].hours.join(', ')} hours`)
    .join('; ');
  return (
    `says ${problem.number} ${problem.unit} for ${kinds} in "${problem.text}", but content/self-care.yaml gives ` +
    `other numbers (${may}): say the numbers of content/self-care.yaml, or change them there`
  );
}
