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
import { judgeExpression } from './checks/jsExpression.ts';

/** The parts of an mdast node the pipeline reads. */
export interface MdxNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  /** Lists: numbered (1.) or not (-). */
  ordered?: boolean | null;
  identifier?: string;
  /** Code fences: the language name and the rest of the opening line. */
  lang?: string | null;
  meta?: string | null;
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
  | { tree: MdxNode; error?: undefined }
  | { tree?: undefined; error: { line: number; message: string; nesting?: boolean } };

const cache = new Map<string, ParsedMdx>();
const CACHE_SIZE = 200;

/** How deep quotes, lists and tags may nest. Far past any article; a build given thousands crashes. */
export const MAX_NESTING = 16;
/** How deep the parsed tree may go (root > list > item > paragraph > strong > link > text is 7). */
const MAX_TREE_DEPTH = 48;

/**
 * Nesting too deep to parse or build safely, found in the text before any
 * parser sees it: quote and list markers at the start of a line, and open
 * tags (components and HTML). A hostile article of 10,000 nested quotes made
 * the build crash with a segmentation fault that named no file.
 */
export function findDeepNesting(body: string): { line: number; message: string } | undefined {
  const lines = body.split('\n');
  let tags = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))*/.exec(line)![0];
    const markers = lead.match(/>|[-*+]|\d+[.)]/g) ?? [];
    if (markers.length > MAX_NESTING) {
      return { line: i + 1, message: `quotes or lists are nested ${markers.length} deep; at most ${MAX_NESTING}` };
    }
    for (const tag of line.matchAll(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])(?:[^<>]*?(\/))?>/g)) {
      if (tag[1]) tags = Math.max(0, tags - 1);
      else if (!tag[3] && !VOID.has(tag[2]!.toLowerCase())) tags++;
      if (tags > MAX_NESTING) return { line: i + 1, message: `tags are nested over ${MAX_NESTING} deep` };
    }
  }
  return undefined;
}

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'track', 'area', 'col', 'embed']);

/** The first node deeper than MAX_TREE_DEPTH, found without recursion. */
function tooDeep(tree: MdxNode): MdxNode | undefined {
  const stack: [MdxNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) return node;
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Parses an MDX body (cached: the check, search and readability share one parse). Never throws. */
export function parseMdx(body: string): ParsedMdx {
  const hit = cache.get(body);
  if (hit) return hit;
  let parsed: ParsedMdx;
  const deep = findDeepNesting(body);
  try {
    if (deep) return remember(body, { error: { ...deep, nesting: true } });
    const tree = mdxToMdast(body, { features: { frontmatter: false } }) as MdxNode;
    const node = tooDeep(tree);
    if (node) {
      const message = `the text is nested over ${MAX_TREE_DEPTH} levels deep`;
      return remember(body, { error: { line: lineOf(node), message, nesting: true } });
    }
    parsed = { tree };
  } catch (error) {
    const text = (error as Error).message;
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
    parsed = {
      error: { line: match ? Number(match[1]) : 1, message: (match?.[3] ?? text).replace(/ \(\d+:\d+\)$/, '') },
    };
  }
  return remember(body, parsed);
}

function remember(body: string, parsed: ParsedMdx): ParsedMdx {
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
  /** Literal props: strings, and {…} values that are literals (text, numbers, lists and objects of them). */
  props: Record<string, unknown>;
  /** Props that are not literal values, such as {process.env.HOME} or {...rest}. */
  nonLiteral: string[];
}

/**
 * Reads a {…} prop value if it is a literal: a number, true/false/null, a
 * quoted string, or a list or object of them, as a JavaScript parser reads it
 * (jsExpression.ts). Anything else is code.
 */
export function literalValue(source: string): { ok: true; value: unknown } | { ok: false } {
  const judged = judgeExpression(source);
  return judged.kind === 'literal' ? { ok: true, value: judged.value } : { ok: false };
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
