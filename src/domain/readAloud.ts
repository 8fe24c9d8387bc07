/**
 * "Listen to this page" (src/browser/listen.ts): what is read aloud, in what
 * order, one sentence at a time. The browser copies the page into plain
 * ReadNode trees (no DOM here, so the rules are unit-tested) and gets back a
 * queue of sentences, each pointing at the node to highlight.
 */

/** An element or a text node of the page, as the reader sees it. */
export interface ReadNode {
  /** Lower-case tag name, or "#text". */
  tag: string;
  /** A text node's text. */
  text?: string;
  /** The attributes the rules look at: class, id, hidden, aria-hidden, open, type, data-*. */
  attrs?: Record<string, string>;
  children?: ReadNode[];
}

/** One thing read aloud, such as a paragraph, a list item or a table row. */
export interface ReadBlock {
  /** The element to highlight and keep in view. */
  node: ReadNode;
  /** What is said. */
  text: string;
  /**
   * The text nodes `text` is made of, with where each starts in it, so a
   * sentence can be highlighted on its own. Absent when `text` is not the
   * block's own words in order (a table row with its headings, a care card).
   */
  parts?: { node: ReadNode; start: number }[];
  /** The id of the section heading (h2) the block is under, if any. */
  section?: string;
}

/** One sentence of the queue: what is said, and where it is on the page. */
export interface Utterance {
  text: string;
  /** Index into the blocks. */
  block: number;
  /** The sentence's place in its block's text, when the block has parts. */
  start?: number;
  end?: number;
  section?: string;
}

/** Never read: code, controls, drawings (their words are in the text beside them). */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'img',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'header',
  'footer',
]);

/**
 * Page chrome by class: words a screen reader needs but a listener does not
 * (visually hidden duplicates), the share and print controls, the contents
 * list, the change log, the sources, the report link, the paper-only address.
 */
const SKIP_CLASSES = [
  'visually-hidden',
  'page-actions',
  'section-link',
  'share',
  'toc',
  'change-log',
  'source-list',
  'report-problem',
  'print-only',
  'listen',
  'related',
  'breadcrumbs',
  'signs-link',
  'skip-link',
];

/** Elements read as one block (their inline content together). */
const BLOCK_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'dt',
  'dd',
  'figcaption',
  'legend',
  'summary',
  'caption',
  'blockquote',
  'label',
]);

/** Elements that start a new block inside a list item (a list in a list). */
const NESTED_BLOCKS = new Set(['ul', 'ol', 'dl', 'table', 'p', 'div', 'section']);

const classes = (node: ReadNode): string[] => (node.attrs?.class ?? '').split(/\s+/).filter(Boolean);
const has = (node: ReadNode, name: string): boolean => node.attrs?.[name] !== undefined;

/** Whether a node and everything in it is left out. */
export function isSkipped(node: ReadNode): boolean {
  if (node.tag === '#text') return false;
  if (SKIP_TAGS.has(node.tag) || has(node, 'hidden') || node.attrs?.['aria-hidden'] === 'true') return true;
  if (has(node, 'data-listen-skip')) return true;
  // A radio button's or tick box's label ("Yes", "No") says nothing on its own.
  if (node.tag === 'label' && node.children?.some((c) => c.tag === 'input')) return true;
  const names = classes(node);
  return SKIP_CLASSES.some((name) => names.includes(name));
}

/** Spaces run together and trimmed. */
export const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A block's own text and its text nodes, leaving out skipped nodes and, in a list item, nested lists. */
function ownText(node: ReadNode, nested: boolean): { text: string; parts: { node: ReadNode; start: number }[] } {
  const parts: { node: ReadNode; start: number }[] = [];
  let text = '';
  const walk = (current: ReadNode) => {
    for (const child of current.children ?? []) {
      if (child.tag === '#text') {
        parts.push({ node: child, start: text.length });
        text += child.text ?? '';
      } else if (isSkipped(child) || (nested && NESTED_BLOCKS.has(child.tag))) {
        // Words either side of a left-out part must not run together.
        text += ' ';
      } else walk(child);
    }
  };
  walk(node);
  return { text, parts };
}

/** All text of a node, skipped parts left out, tidied. */
export function textOf(node: ReadNode): string {
  return tidy(ownText(node, false).text);
}

/** Whether a node holds any element read as a block of its own. */
function holdsBlocks(node: ReadNode): boolean {
  return (node.children ?? []).some(
    (child) =>
      child.tag !== '#text' &&
      !isSkipped(child) &&
      (BLOCK_TAGS.has(child.tag) || child.tag === 'tr' || holdsBlocks(child)),
  );
}

const find = (node: ReadNode, test: (n: ReadNode) => boolean): ReadNode | undefined => {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
};

/** A table row said with its column headings: "Medicine: ibuprofen. How often: ...". */
function rowText(row: ReadNode, headings: string[]): string {
  const cells = (row.children ?? []).filter((c) => c.tag === 'td' || c.tag === 'th');
  return cells
    .map((cell, i) => {
      const text = textOf(cell);
      const heading = cell.tag === 'td' ? (cell.attrs?.['data-label'] ?? headings[i]) : undefined;
      return heading && text ? `${tidy(heading)}: ${text}` : text;
    })
    .filter(Boolean)
    .join('. ');
}

/**
 * The blocks of a page's main content, in reading order. Care cards are read
 * level and instruction first ("Immediate action required: Call ... if you
 * have back pain and:"), then their signs one by one; lists item by item;
 * tables row by row, each cell with its column's heading.
 */
export function readingBlocks(root: ReadNode): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  let section: string | undefined;
  const add = (block: Omit<ReadBlock, 'section'>) => {
    if (tidy(block.text)) blocks.push(section ? { ...block, section } : block);
  };

  const visit = (node: ReadNode, headings: string[]) => {
    if (node.tag === '#text' || isSkipped(node)) return;
    if (node.tag === 'h2' && node.attrs?.id) section = node.attrs.id;
    if (has(node, 'data-care-card')) return card(node);
    if (node.tag === 'table') return table(node);
    if (node.tag === 'tr') return add({ node, text: rowText(node, headings) });
    if (BLOCK_TAGS.has(node.tag) || !holdsBlocks(node)) {
      // A list item's own words, then any list inside it.
      const nested = node.tag === 'li';
      add({ node, ...ownText(node, nested) });
      if (nested || !BLOCK_TAGS.has(node.tag)) {
        for (const child of node.children ?? [])
          if (NESTED_BLOCKS.has(child.tag) && holdsBlocks(child)) visit(child, headings);
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, headings);
  };

  const table = (node: ReadNode) => {
    const head = find(node, (n) => n.tag === 'thead');
    const headRow = head && find(head, (n) => n.tag === 'tr');
    const headings = (headRow?.children ?? []).filter((c) => c.tag === 'th' || c.tag === 'td').map(textOf);
    const caption = find(node, (n) => n.tag === 'caption');
    if (caption) visit(caption, headings);
    if (headRow) add({ node: headRow, text: headings.join(', ') });
    for (const part of node.children ?? []) {
      if (part.tag === 'tbody' || part.tag === 'tfoot') for (const row of part.children ?? []) visit(row, headings);
      else if (part.tag === 'tr') visit(part, headings);
    }
  };

  const card = (node: ReadNode) => {
    const heading = find(node, (n) => /^h[2-6]$/.test(n.tag));
    if (heading?.tag === 'h2' && heading.attrs?.id) section = heading.attrs.id;
    const level = heading && find(heading, (n) => classes(n).includes('visually-hidden'));
    const instruction = heading && find(heading, (n) => has(n, 'data-care-instruction'));
    if (heading && instruction) {
      // The level (kept for screen readers in visually hidden text) and the instruction, then the signs.
      const levelText = level ? tidy(level.children?.map((c) => c.text ?? '').join('') ?? '') : '';
      add({ node: instruction, text: tidy(`${levelText} ${textOf(instruction)}`) });
    } else if (heading) visit(heading, []);
    for (const child of node.children ?? []) if (!find(child, (n) => n === heading)) visit(child, []);
  };

  visit(root, []);
  return blocks;
}

/** Sentence boundaries of `text` in a language, as [start, end) pairs with no space at either end. */
export function sentences(text: string, lang: string): [number, number][] {
  const result: [number, number][] = [];
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body) result.push([index + lead, index + lead + body.length]);
  }
  return result;
}

/** The blocks as a queue of sentences to speak one by one. */
export function readingQueue(blocks: ReadBlock[], lang: string): Utterance[] {
  const queue: Utterance[] = [];
  blocks.forEach((block, index) => {
    const base = block.section ? { section: block.section } : {};
    if (!block.parts) {
      for (const [start, end] of sentences(block.text, lang))
        queue.push({ text: tidy(block.text.slice(start, end)), block: index, ...base });
      return;
    }
    for (const [start, end] of sentences(block.text, lang))
      queue.push({ text: tidy(block.text.slice(start, end)), block: index, start, end, ...base });
  });
  return queue;
}

/** Where reading starts for "Listen from here" on a section: its heading's first sentence. */
export function sectionStart(queue: Utterance[], section: string): number {
  return queue.findIndex((item) => item.section === section);
}

/** The speeds offered, slowest first; 1 is the voice's own. */
export const RATES = [0.6, 0.8, 1, 1.2, 1.4] as const;
export type Rate = (typeof RATES)[number];

/** One step slower (-1) or faster (+1) than `rate`, staying within RATES. */
export function stepRate(rate: number, step: -1 | 1): Rate {
  const nearest = RATES.reduce((best, r) => (Math.abs(r - rate) < Math.abs(best - rate) ? r : best), RATES[2]);
  const index = Math.min(RATES.length - 1, Math.max(0, RATES.indexOf(nearest) + step));
  return RATES[index]!;
}

/** A stored speed, or the voice's own when none is stored or it is not one of RATES. */
export function parseRate(value: string | null): Rate {
  const rate = Number(value);
  return (RATES as readonly number[]).includes(rate) ? (rate as Rate) : 1;
}

/** Whether a voice speaks the page's language: "en-GB" takes any English voice, "es" any Spanish one. */
export function voiceFits(voiceLang: string, pageLang: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return primary(voiceLang) === primary(pageLang);
}

/** The best voice for a page: its exact language and region first, then local voices, then any of the language. */
export function pickVoice<V extends { lang: string; localService?: boolean; default?: boolean }>(
  voices: readonly V[],
  pageLang: string,
): V | undefined {
  const fitting = voices.filter((v) => voiceFits(v.lang, pageLang));
  const exact = (v: V) => v.lang.replace('_', '-').toLowerCase() === pageLang.toLowerCase();
  const score = (v: V) => (exact(v) ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  return fitting.reduce<V | undefined>((best, v) => (!best || score(v) > score(best) ? v : best), undefined);
}
