/**
 * MDX parsed once, into an mdast tree, with the very parser @astrojs/mdx
 * builds with (satteri, which @astrojs/mdx 8 uses in place of
 * micromark/remark; its trees are the unified mdast shapes). Everything the
 * content pipeline reads from an article body comes from here: headings,
 * every link form, components with their props, and the reader-facing text
 * for search and readability. No regular expressions over MDX.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

/** The parts of an mdast node the pipeline reads. */
export interface MdxNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  identifier?: string;
  /** JSX elements: the tag name (null for a fragment <>). */
  name?: string | null;
  attributes?: MdxAttribute[];
}

export interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  /** A string, an expression ({ value: source }), or null for a bare attribute like `open`. */
  value?: string | { type: string; value: string } | null;
}

export type ParsedMdx =
  { tree: MdxNode; error?: undefined } | { tree?: undefined; error: { line: number; message: string } };

const cache = new Map<string, ParsedMdx>();
const CACHE_SIZE = 200;

/** Parses an MDX body (cached: the check, search and readability share one parse). Never throws. */
export function parseMdx(body: string): ParsedMdx {
  const hit = cache.get(body);
  if (hit) return hit;
  let parsed: ParsedMdx;
  try {
    parsed = { tree: mdxToMdast(body, { features: { frontmatter: false } }) as MdxNode };
  } catch (error) {
    const text = (error as Error).message;
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
    parsed = {
      error: { line: match ? Number(match[1]) : 1, message: (match?.[3] ?? text).replace(/ \(\d+:\d+\)$/, '') },
    };
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(body, parsed);
  return parsed;
}

/** Calls visit on every node, depth first, in document order, with its parent. */
export function walk(
  node: MdxNode,
  visit: (node: MdxNode, parent: MdxNode | undefined) => void,
  parent?: MdxNode,
): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

export const lineOf = (node: MdxNode): number => node.position?.start.line ?? 1;

export const isJsx = (node: MdxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The plain text of a node, as a reader sees it (image alt text included, expressions and code blocks left out). */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return ' ';
  if (node.type === 'code' || node.type.startsWith('mdxjs') || node.type.endsWith('Expression')) return '';
  return (node.children ?? []).map(textOf).join('');
}

export interface MdxHeading {
  depth: number;
  text: string;
  /** The id the page gives it (github-slugger, as Astro does). */
  id: string;
  /** Its line in the parsed text (1-based). */
  line: number;
}

/**
 * A heading's id as the page gives it: github-slugger's (as Astro's), with
 * accents and tildes taken off, so a Spanish section's link stays clean
 * ("¿Cuándo pedir ayuda?" -> cuando-pedir-ayuda). English ids are unchanged.
 * SectionHeading and the contents list apply it to Astro's ids too.
 */
export function plainId(id: string): string {
  return id.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The h2 to h6 headings of the body's top level, in order, with their ids. */
export function headingsOf(tree: MdxNode): MdxHeading[] {
  const slugger = new GithubSlugger();
  return (tree.children ?? [])
    .filter((node) => node.type === 'heading' && (node.depth ?? 1) >= 2)
    .map((node) => {
      const text = textOf(node).trim();
      return { depth: node.depth ?? 2, text, id: plainId(slugger.slug(text)), line: lineOf(node) };
    });
}

export interface MdxLink {
  url: string;
  line: number;
  /** Where it was written: [text](url), a [ref]: url definition, ![image](url), or a JSX attribute. */
  kind: 'link' | 'definition' | 'image' | 'attribute';
  /** For an attribute: the element and attribute, such as <a href>. */
  where?: string;
}

/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'cite',
  'background',
]);

/** Every address in the body: Markdown links, reference definitions, images, and JSX href/src. */
export function linksOf(tree: MdxNode): MdxLink[] {
  const links: MdxLink[] = [];
  walk(tree, (node) => {
    const line = lineOf(node);
    if (node.type === 'link' && node.url !== undefined) links.push({ url: node.url, line, kind: 'link' });
    else if (node.type === 'definition' && node.url !== undefined)
      links.push({ url: node.url, line, kind: 'definition' });
    else if (node.type === 'image' && node.url !== undefined) links.push({ url: node.url, line, kind: 'image' });
    else if (isJsx(node)) {
      for (const attribute of node.attributes ?? []) {
        const name = attribute.name?.toLowerCase() ?? '';
        if (URL_ATTRIBUTES.has(name) && typeof attribute.value === 'string') {
          links.push({ url: attribute.value, line, kind: 'attribute', where: `<${node.name} ${attribute.name}>` });
        }
      }
    }
  });
  return links;
}

/** The scheme of an address as a browser reads it: no spaces, control characters or character references in the way. */
export function schemeOf(url: string): string | undefined {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    // Browsers ignore control characters and spaces inside a scheme (java\tscript:).
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(decoded)?.[1]?.toLowerCase();
}

/** Addresses that run code or smuggle a document in, however they are written. */
export const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file', 'blob']);

export interface MdxElement {
  name: string;
  line: number;
  node: MdxNode;
  parent: MdxNode | undefined;
  /** Literal props: strings, and {…} values that are JSON (a trailing comma allowed). */
  props: Record<string, unknown>;
  /** Props that are not literal values, such as {process.env.HOME} or {...rest}. */
  nonLiteral: string[];
}

/** Reads a {…} prop value if it is a literal: a number, true/false/null, a quoted string, or a list or object of them. */
export function literalValue(source: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(source.replace(/,\s*([\]}])/g, '$1')) };
  } catch {
    return { ok: false };
  }
}

/** Every JSX element in the body (components and HTML), in document order, with its props. */
export function elementsOf(tree: MdxNode): MdxElement[] {
  const elements: MdxElement[] = [];
  walk(tree, (node, parent) => {
    if (!isJsx(node)) return;
    const props: Record<string, unknown> = {};
    const nonLiteral: string[] = [];
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute' || !attribute.name) {
        nonLiteral.push(`{${typeof attribute.value === 'string' ? attribute.value : '…'}}`);
        continue;
      }
      const value = attribute.value;
      if (value === null || value === undefined) props[attribute.name] = true;
      else if (typeof value === 'string') props[attribute.name] = value;
      else {
        const literal = literalValue(value.value);
        if (literal.ok) props[attribute.name] = literal.value;
        else nonLiteral.push(attribute.name);
      }
    }
    elements.push({ name: node.name ?? '', line: lineOf(node), node, parent, props, nonLiteral });
  });
  return elements;
}
