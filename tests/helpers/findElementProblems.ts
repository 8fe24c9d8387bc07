/**
 * The rule for the site's custom elements (issue #25): each is named with the
 * bsg- prefix (src/browser/prefix.ts) and built on BaseElement
 * (src/browser/BaseElement.ts), directly or through another class that is.
 * Read from the source text of src/: customElements.define() calls and
 * `class X extends Y` declarations, in .ts files and .astro scripts alike.
 */
import { PREFIX } from '../../src/browser/prefix.ts';

export interface ElementDefinition {
  file: string;
  line: number;
  /** The tag name, or null when it is not a string literal. */
  tag: string | null;
  className: string;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every customElements.define(...) call in a file's text. */
export function elementDefinitions(file: string, text: string): ElementDefinition[] {
  return [...text.matchAll(/customElements\.define\(\s*([^,]+?)\s*,\s*([\w$]+)/g)].map((match) => ({
    file,
    line: lineAt(text, match.index),
    tag: /^(['"`])([^'"`]+)\1$/.exec(match[1]!)?.[2] ?? null,
    className: match[2]!,
  }));
}

/** Each class declared in the text, with the class it extends. */
export function classParents(text: string): Map<string, string> {
  return new Map([...text.matchAll(/\bclass\s+([\w$]+)\s+extends\s+([\w$.]+)/g)].map((m) => [m[1]!, m[2]!]));
}

/** What is wrong with one definition, given every class's parent in src/; [] when it follows the rule. */
export function elementProblems(definition: ElementDefinition, parents: ReadonlyMap<string, string>): string[] {
  const where = `${definition.file}:${definition.line}`;
  const problems: string[] = [];
  if (definition.tag === null) problems.push(`${where}: define the element with a literal name starting "${PREFIX}"`);
  else if (!definition.tag.startsWith(PREFIX)) {
    problems.push(`${where}: <${definition.tag}> needs the "${PREFIX}" prefix, such as <${PREFIX}${definition.tag}>`);
  }
  const chain = [definition.className];
  while (chain.at(-1) !== 'BaseElement') {
    const parent = parents.get(chain.at(-1)!);
    if (!parent || chain.includes(parent)) {
      problems.push(
        `${where}: ${chain.join(' extends ')}${parent ? ` extends ${parent}` : ''} is not built on BaseElement (src/browser/BaseElement.ts)`,
      );
      break;
    }
    chain.push(parent);
  }
  return problems;
}
