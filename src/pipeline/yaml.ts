/**
 * The one YAML parser for every content file: loadSite() reads every data
 * file and every article's frontmatter through it, for the content check, the
 * build and the pages, so a date, a repeated key or a tab is judged the same
 * everywhere.
 *
 * YAML 1.2 core schema (the `yaml` package): dates stay text, so the schemas
 * can refuse 2026-02-30 instead of a parser rolling it over to 2 March.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { parsePath, type Problem } from '../schemas/problems.ts';

export interface ParsedYaml {
  data: unknown;
  problems: Problem[];
  /** The line (in the file) of a field such as "[2].sources[0]", or of its nearest parent that is there. */
  lineOf: (field: string) => number | undefined;
}

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (2 for
 * frontmatter after its opening ---), so every line reported is the file's own.
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // The first error only: the ones after it are usually its echoes.
  const problems: Problem[] = [...doc.errors, ...doc.warnings].slice(0, 1).map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    field: 'YAML',
    message: `${error.message.split(' at line')[0]}: fix the YAML on this line or just above it (indent with spaces, close every [ and {, quote text that contains ": ")`,
  }));
  // Anchors and aliases (&a, *a) repeat a value elsewhere: no content needs
  // them, and a few nested ones expand into millions of values (a "billion
  // laughs" file that used to crash the build with a stack trace).
  if (problems.length === 0) {
    visit(doc, (_key, node) => {
      if (!node) return undefined;
      const anchor = (node as { anchor?: string }).anchor;
      const alias = isAlias(node);
      if (!anchor && !alias) return undefined;
      const range = (node as Node).range;
      problems.push({
        file,
        line: range ? lineAt(range[0]) : firstLine,
        field: 'YAML',
        message: `uses a YAML ${alias ? 'alias (*name)' : 'anchor (&name)'}: write each value out in full instead`,
      });
      return visit.BREAK;
    });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      problems.push({ file, line: firstLine, field: 'YAML', message: `cannot be read: ${(error as Error).message}` });
    }
  }
  const lineOf = (field: string): number | undefined => {
    let node: unknown = doc.contents;
    // A field that is missing altogether points at the start: the file, or the frontmatter's opening ---.
    let line: number | undefined = Math.max(1, firstLine - 1);
    for (const key of parsePath(field)) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) line = lineAt(keyNode.range[0]);
        next = pair?.value;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
        const range = (next as Node | undefined)?.range;
        if (range) line = lineAt(range[0]);
      }
      if (!next) break;
      node = next;
    }
    return line;
  };
  return { data: problems.length ? undefined : data, problems, lineOf };
}
