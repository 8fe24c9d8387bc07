/**
 * The text a reader reads in an MDX body, and its sentences and words: what
 * the readability check (readability.ts) scores and the search index
 * (src/search/records.ts) indexes. Pure, with no dependency beyond the MDX parser.
 */
import { isJsx, literalValue, parseMdx, textOf, type MdxNode } from './mdx.ts';

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

/**
 * The reader-facing text of a body, one block a paragraph, heading, list
 * item or table cell, in page order. Left out: code, import/export,
 * expressions, and self-closing components (such as <CareCard />, whose text
 * lives in data files). Kept: text inside components (such as <Callout>), and
 * the do and dont lists of <DoDont>. A body that does not parse has no text.
 */
export function readableText(body: string): string[] {
  const { tree } = parseMdx(body);
  if (!tree) return [];
  const blocks: string[] = [];
  const push = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) blocks.push(clean);
  };
  const visit = (node: MdxNode): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      push(textOf(node));
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
          if (literal.ok && Array.isArray(literal.value)) literal.value.forEach((item) => push(String(item)));
        }
      }
      const children = node.children ?? [];
      if (children.length > 0 && children.every((child) => PHRASING.has(child.type))) {
        push(children.map(textOf).join(''));
        return;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
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
