/**
 * Finds ice and heat times in a built page that differ from the numbers in
 * content/self-care.yaml. Pure: HTML and the allowed numbers come in, a list
 * of problems goes out. Used by the check over dist/.
 *
 * The page's visible text is cut into blocks (paragraphs, list items, table
 * rows, headings, diagram labels) and each block into clauses. A clause that
 * states "N minutes", "N to M minutes" or "N hours" is checked against the
 * kinds it names (ice or heat); a clause that names neither takes the kind of
 * the last block or clause that did (a table row, a list under a heading).
 */

export type IceHeatKind = 'ice' | 'heat';
export type AllowedNumbers = Record<IceHeatKind, { minutes: number[]; hours: number[] }>;

export interface IceHeatNumberProblem {
  /** The clause, as the reader sees it. */
  text: string;
  kinds: IceHeatKind[];
  number: number;
  unit: 'minutes' | 'hours';
}

const KIND_WORDS: Record<IceHeatKind, RegExp> = {
  ice: /\b(ice|cold|frozen)\b/i,
  heat: /\b(heat|hot)\b/i,
};

/** Phrases with a time that is not an ice or heat time (an article's title). */
const NOT_ICE_OR_HEAT = [/\bfirst[\s-]48[\s-]hours\b/gi];

const BLOCK_END =
  /<\/(p|li|tr|h[1-6]|dt|dd|figcaption|caption|label|legend|text|desc|title|summary|button|th)>|<br\s*\/?>/gi;

/** The visible text of a page as blocks: no head, scripts, styles or tags. */
export function textBlocks(html: string): string[] {
  const body = html
    .replace(/<head[\s\S]*?<\/head>/i, ' ')
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_END, '\n');
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function kindsIn(text: string): IceHeatKind[] {
  return (Object.keys(KIND_WORDS) as IceHeatKind[]).filter((kind) => KIND_WORDS[kind].test(text));
}

/** Every "N minutes", "N to M minutes", "N-minute" or "N hours" in a clause. */
export function statedTimes(clause: string): { number: number; unit: 'minutes' | 'hours' }[] {
  let text = clause;
  for (const phrase of NOT_ICE_OR_HEAT) text = text.replace(phrase, ' ');
  const found: { number: number; unit: 'minutes' | 'hours' }[] = [];
  const pattern = /(\d+)(?:\s*(?:to|–|-|or)\s*(\d+))?[\s-]*(minutes?|mins?|hours?|hrs?)\b/gi;
  for (const match of text.matchAll(pattern)) {
    const unit = /^h/i.test(match[3] ?? '') ? 'hours' : 'minutes';
    found.push({ number: Number(match[1]), unit });
    if (match[2] !== undefined) found.push({ number: Number(match[2]), unit });
  }
  return found;
}

export function findIceHeatNumbers(html: string, allowed: AllowedNumbers): IceHeatNumberProblem[] {
  const problems: IceHeatNumberProblem[] = [];
  let context: IceHeatKind[] = [];
  for (const block of textBlocks(html)) {
    for (const clause of block.split(/(?<=[.!?;:])\s+|,\s+(?=and\b|or\b|but\b|then\b)/)) {
      const named = kindsIn(clause);
      if (named.length > 0) context = named;
      const times = statedTimes(clause);
      if (times.length === 0) continue;
      const kinds = named.length > 0 ? named : context;
      // A time with no ice or heat near it is not ours to check.
      if (kinds.length === 0) continue;
      for (const time of times) {
        const ok = kinds.some((kind) => allowed[kind][time.unit].includes(time.number));
        if (!ok) problems.push({ text: clause, kinds, ...time });
      }
    }
  }
  return problems;
}
