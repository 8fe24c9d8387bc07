/**
 * The text a reader reads in an MDX body, and its sentences and words: what
 * the readability check (readability.ts) scores and the search index
 * (src/search/records.ts) indexes. Pure, with no dependency beyond the MDX parser.
 */
import { isJsx, lineOf, literalValue, parseMdx, textOf, type MdxNode } from './mdx.ts';

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'footnoteReference',
]);

/** A block of reader-facing text and the line of the body it starts on. */
export interface ReadableBlock {
  text: string;
  line: number;
}

/**
 * The reader-facing text of a body, one block a paragraph, heading, list
 * item or table cell, in page order, each with its line. Left out: code,
 * import/export, expressions, and self-closing components (such as
 * <CareCard />, whose text lives in data files). Kept: text inside
 * components (such as <Callout>), and the do and dont lists of <DoDont>. A
 * body that does not parse has no text.
 */
export function readableBlocks(body: string): ReadableBlock[] {
  const { tree } = parseMdx(body);
  if (!tree) return [];
  const blocks: ReadableBlock[] = [];
  const push = (text: string, node: MdxNode) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) blocks.push({ text: clean, line: lineOf(node) });
  };
  const visit = (node: MdxNode): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      push(textOf(node), node);
      return;
    }
    if (
      node.type === 'code' ||
      node.type === 'mdxjsEsm' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'definition'
    )
      return;
    if (isJsx(node)) {
      for (const attribute of node.attributes ?? []) {
        if (
          (attribute.name === 'do' || attribute.name === 'dont') &&
          attribute.value &&
          typeof attribute.value === 'object'
        ) {
          const literal = literalValue(attribute.value.value);
          if (literal.ok && Array.isArray(literal.value)) literal.value.forEach((item) => push(String(item), node));
        }
      }
      const children = node.children ?? [];
      if (children.length > 0 && children.every((child) => PHRASING.has(child.type))) {
        push(children.map(textOf).join(''), node);
        return;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}

/** The reader-facing text of a body, one string a block (readableBlocks without the lines). */
export function readableText(body: string): string[] {
  return readableBlocks(body).map((block) => block.text);
}

/** Splits blocks into sentences. A block with no end mark is one sentence. */
export function sentences(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    block
      .split(/(?<=[.!?])["')\]»]*\s+(?=["'([«¿¡]?[\p{Lu}0-9])/u)
      .map((s) => s.trim())
      .filter((s) => /[\p{L}0-9]/u.test(s)),
  );
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((token) => /[\p{L}0-9]/u.test(token));
}
