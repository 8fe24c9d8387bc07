/** One thing wrong with the content, named so a writer can find and fix it. */
export interface Problem {
  /** Project-relative path, such as content/articles/ice-or-heat.mdx. */
  file: string;
  /** The line in that file (1 for the first line of the file, frontmatter included), when known. */
  line?: number;
  /** The column on that line (1 for the first character), when cheap to know. */
  column?: number;
  /** The field, such as reviewed.next or sources[2], or the component, such as <CareCard> ids; "file" for the whole file. */
  field: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/**
 * The one error the content pipeline throws. It carries every problem, and
 * its message is the formatted list, so whoever prints it (the build, the
 * check, a test) shows the same words. It is not a bug in our code, so the
 * build prints it without a stack trace.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], heading = 'Content has problems') {
    super(`${heading}: ${problems.length} problem(s)\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Turns a zod issue path like ['sources', 2] into "sources[2]". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || 'file';
}

/** The reverse of formatPath: "[2].sources[0]" -> [2, 'sources', 0]. */
export function parsePath(field: string): (string | number)[] {
  if (field === 'file') return [];
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : (m[2] ?? '')));
}

/** "content/articles/x.mdx:12: <CareCard> ids: unknown red flag ..." (the line, and column, when known). */
export function formatProblem(problem: Problem): string {
  const column = problem.line && problem.column ? `:${problem.column}` : '';
  const where = problem.line ? `${problem.file}:${problem.line}${column}` : problem.file;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** Every problem, one a line, in file order. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
