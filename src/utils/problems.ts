/** One thing wrong with the content, named so a writer can find and fix it. */
export interface Problem {
  /** Project-relative path, such as content/articles/ice-or-heat.mdx. */
  file: string;
  /** The field, such as reviewed.next or sources[2]; "file" for the whole file. */
  field: string;
  message: string;
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

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** A readable block of every problem, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
