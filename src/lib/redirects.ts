import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { redirectListSchema, type Redirect } from '../schemas/redirect.ts';
import { formatPath } from '../utils/problems.ts';

export const REDIRECTS_FILE = 'content/redirects.yaml';

/**
 * Reads and checks content/redirects.yaml, for the build (the redirect pages
 * and the host rules). A mistake stops the build with the file and field.
 */
export function loadRedirects(root: string = process.cwd()): Redirect[] {
  const result = redirectListSchema.safeParse(parse(readFileSync(join(root, REDIRECTS_FILE), 'utf8')) ?? []);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${REDIRECTS_FILE}: ${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(`Invalid redirects:\n${lines.join('\n')}`);
  }
  return result.data;
}
