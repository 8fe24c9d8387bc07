/**
 * The one YAML parser for every content file: the content check, the build's
 * pre-build check and Astro's file() loaders all read YAML through it, so a
 * date, a repeated key or a tab is judged the same everywhere.
 *
 * YAML 1.2 core schema (the `yaml` package): dates stay text, so the schemas
 * can refuse 2026-02-30 instead of a parser rolling it over to 2 March.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { ContentError, parsePath, type Problem } from '../schemas/problems.ts';

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

/** For Astro's file() loaders: the same parser, failing with the file and line. */
export function yamlLoaderParser(file: string) {
  return (text: string): Record<string, Record<string, unknown>> | Record<string, unknown>[] => {
    const { data, problems } = parseYaml(text, file);
    if (problems.length) throw new ContentError(problems, `${file} cannot be read`);
    if (!data || typeof data !== 'object') {
      throw new ContentError([{ file, field: 'file', message: 'must be a YAML list or map of entries' }]);
    }
    return data as Record<string, Record<string, unknown>> | Record<string, unknown>[];
  };
}

/**
 * A YAML list whose items keep their place in the file as `position`, because
 * a collection's entries come back in no fixed order and some lists (red
 * flags, by seriousness) must keep the order they are written in.
 */
export function yamlListLoaderParser(file: string) {
  const parse = yamlLoaderParser(file);
  return (text: string): Record<string, unknown>[] => {
    const data = parse(text);
    if (!Array.isArray(data)) {
      throw new ContentError([
        { file, field: 'file', message: 'must be a YAML list of entries, each starting with "- id:"' },
      ]);
    }
    return data.map((item: unknown, position) =>
      item && typeof item === 'object' && !Array.isArray(item) ? { ...item, position } : { value: item, position },
    );
  };
}
