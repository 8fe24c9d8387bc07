/**
 * The paths a markdown doc names: repository paths in code spans
 * (`src/site.ts`, `content/articles/<slug>.mdx`) and relative links
 * ([Search](docs/search.md#how-it-works-inside)). Used by tests/unit/docs.test.ts.
 */

export interface NamedPath {
  line: number;
  path: string;
  kind: 'path' | 'link';
}

/** Top-level folders and files a code span may name as a path. */
const ROOTS =
  /^(?:src|content|tests|public|docs|\.ci|\.github)\/|^(?:package\.json|astro\.config\.mjs|tsconfig\.json|nginx\.conf|eslint\.config\.js|vitest\.config\.ts|playwright\.config\.ts|\.htmlvalidate\.json)$/;

export function namedPaths(markdown: string): NamedPath[] {
  const found: NamedPath[] = [];
  const lines = markdown.split('\n');
  let inFence = false;
  lines.forEach((text, index) => {
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) return;
    const line = index + 1;
    for (const match of text.matchAll(/`([^`\s]+)`/g)) {
      const path = match[1]!.replace(/[.,:;)]+$/, '');
      if (ROOTS.test(path)) found.push({ line, path, kind: 'path' });
    }
    // Links outside code spans; /site/paths are addresses on the site, not files.
    for (const match of text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = match[1]!;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(link) && !/^[#/]/.test(link)) found.push({ line, path: link, kind: 'link' });
    }
  });
  return found;
}

export interface DocWorld {
  exists(path: string): boolean;
  anchorsOf(path: string): Set<string>;
  /** A link's target as a repository path (links are relative to the doc). */
  resolve(link: string): string;
}

/** What a doc names that is not there, as "line N: what". */
export function docProblems(markdown: string, world: DocWorld): string[] {
  const problems: string[] = [];
  for (const { line, path, kind } of namedPaths(markdown)) {
    if (kind === 'path') {
      // A placeholder (<slug>, *, {…}) stands for many files: the folder before it must exist.
      const placeholder = path.search(/[<*{]/);
      const prefix = placeholder < 0 ? path : path.slice(0, path.lastIndexOf('/', placeholder));
      const target = prefix.replace(/\/$/, '');
      if (!world.exists(target)) problems.push(`line ${line}: ${target} does not exist`);
      continue;
    }
    const [file, anchor] = path.split('#') as [string, string | undefined];
    const target = world.resolve(file);
    if (!world.exists(target)) problems.push(`line ${line}: ${target} does not exist`);
    else if (anchor && target.endsWith('.md') && !world.anchorsOf(target).has(anchor))
      problems.push(`line ${line}: ${target} has no heading #${anchor}`);
  }
  return problems;
}
