/**
 * The free text a reader reads, cut out of each kind of file for the wording
 * rule (findWordingProblems.ts): the paragraphs of an article (list items,
 * callouts and table cells included; never a care card's, which come from the
 * data), its description and summary, every string of a data file such as
 * content/tools.yaml, and every string of an interface dictionary
 * (src/i18n/en.ts), found with a JavaScript parser. Pure.
 */
import { parse, parseExpressionAt, type Node } from 'acorn';
import { formatPath } from '../../schemas/problems.ts';
import { isJsx, lineOf, parseMdx, type MdxNode } from '../mdx.ts';
import type { FreeText, GetHelpUse } from './findWordingProblems.ts';

/** Components whose text comes from the data, not the writer: never free text. */
const FROM_DATA = new Set(['CareCard']);

const attribute = (node: MdxNode, name: string): string | undefined => {
  const value = node.attributes?.find((a) => a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** A paragraph's text as read, with the <GetHelp> elements in it. */
function paragraphText(node: MdxNode, uses: GetHelpUse[]): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if (isJsx(node) && node.name === 'GetHelp') {
    uses.push({ sign: attribute(node, 'sign'), level: attribute(node, 'level') });
    return '';
  }
  if (isJsx(node) && node.name && FROM_DATA.has(node.name)) return '';
  if (node.type === 'code' || node.type.startsWith('mdxjs') || node.type.endsWith('Expression')) return '';
  return (node.children ?? []).map((child) => paragraphText(child, uses)).join('');
}

/** The paragraphs (and table cells) of an article body, at their lines in the file. */
export function articleFreeText(file: string, body: string, bodyLine = 1): FreeText[] {
  const { tree } = parseMdx(body);
  if (!tree) return [];
  const out: FreeText[] = [];
  const visit = (node: MdxNode) => {
    if (isJsx(node) && node.name && FROM_DATA.has(node.name)) return;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const getHelp: GetHelpUse[] = [];
      const text = paragraphText(node, getHelp);
      out.push({ file, line: lineOf(node) + bodyLine - 1, field: 'body', text, getHelp });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** Every string in parsed data (YAML), with its path as the field; the pipeline finds the line. */
export function dataFreeText(file: string, data: unknown, skip: ReadonlySet<string> = new Set()): FreeText[] {
  const out: FreeText[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') out.push({ file, field: formatPath(path), text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (!skip.has(key)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return out;
}

interface AstNode extends Node {
  [key: string]: unknown;
}

/**
 * Every string and template text of a dictionary module, at its line, named
 * by its key path (search.pageDescription); undefined when the file
 * cannot be parsed, so the rule is never skipped unseen.
 */
export function dictionaryFreeText(file: string, source: string): FreeText[] | undefined {
  const key = `${file}\n${source}`;
  if (!dictionaries.has(key)) {
    if (dictionaries.size >= 8) dictionaries.delete(dictionaries.keys().next().value!);
    dictionaries.set(key, readDictionary(file, source));
  }
  return dictionaries.get(key);
}

/** Parsed dictionaries by file and text: a build and the tests read the same two many times. */
const dictionaries = new Map<string, FreeText[] | undefined>();

function readDictionary(file: string, source: string): FreeText[] | undefined {
  let program: Node;
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch {
    // TypeScript syntax (types, `as`, `satisfies`) is not JavaScript: blank it out and try again.
    try {
      program = parse(stripTypes(source), { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    } catch {
      return undefined;
    }
  }
  const out: FreeText[] = [];
  const visit = (node: unknown, keys: string[]) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, keys);
      return;
    }
    const n = node as AstNode;
    if (typeof n.type !== 'string') return;
    const line = n.loc?.start.line;
    const field = keys.join('.') || 'file';
    // The words are read from the file as written: blanking types keeps every offset.
    if (n.type === 'Literal' && typeof n['value'] === 'string') {
      const literal = parseExpressionAt(source.slice(n.start, n.end), 0, { ecmaVersion: 'latest' }) as AstNode;
      out.push({ file, line, field, text: String(literal['value']) });
      return;
    }
    if (n.type === 'TemplateElement') {
      const raw = source.slice(n.start, n.end).replace(/\\([`$\\])/g, '$1');
      if (raw.trim()) out.push({ file, line, field, text: raw });
      return;
    }
    if (n.type === 'Property') {
      const key = n['key'] as AstNode;
      const name = key.type === 'Identifier' ? String(key['name']) : String(key['value']);
      visit(n['value'], [...keys, name]);
      return;
    }
    if (n.type === 'ImportDeclaration') return;
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'loc' && key !== 'type') visit(value, keys);
    }
  };
  visit(program, []);
  return out;
}

/**
 * The dictionaries are TypeScript: type annotations are blanked out (spaces,
 * so every line and column stays) before the JavaScript parser reads them.
 * Only the forms the dictionaries use: `(x: T)`, `): T =>`, `as T`, `satisfies T`, `import type`.
 */
export function stripTypes(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/^import type [^;]*;/gm, blank)
    .replace(/\btype (\w+)(, |\s*})/g, (_m, name: string, end: string) => `     ${name}${end}`)
    .replace(/:\s*[A-Z]\w*(\[\])?(<[^<>()=]*>)?(\s*\|\s*(null|undefined|[A-Z]\w*))*(?=\s*[,)=])/g, blank)
    .replace(/:\s*(string|number|boolean)(\[\])?(\s*\|\s*(null|undefined|string|number))*(?=\s*[,)=])/g, blank)
    .replace(/\)\s*:\s*[\w<>[\]|\s]+?(?==>|\{)/g, (m) => `)${blank(m.slice(1))}`)
    .replace(/\b(as const|as \w+(<[^<>]*>)?(\[\])?|satisfies \w+(<[^<>]*>)?)/g, blank);
}
