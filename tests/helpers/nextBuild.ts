import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../../src/pipeline/listFiles.ts';

/** Files of a build that can name the stylesheet: pages, scripts, the worker, data. */
const TEXT = /\.(html|js|css|json|xml|webmanifest|txt)$|^_headers$|^_redirects$/;

/**
 * The next deploy, as a reader's browser meets it: the built site (dist/)
 * with one change to the global stylesheet, so the CSS file gets a new name,
 * every page and the worker's list of files name the new one, and the worker
 * gets a new version, as a build of that change would give. Made from a copy
 * of dist/ rather than by a second build: what the test needs is the worker
 * dist/ has, meeting a deploy that renames a file it saved. Returns the new
 * build folder (in a temp folder the caller removes with `dispose`).
 */
export function buildNextDeploy(from = 'dist'): { dir: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'bsg-next-deploy-'));
  const dir = join(root, 'dist');
  cpSync(from, dir, { recursive: true });
  const stylesheets = readdirSync(join(dir, '_astro')).filter((name) => /^global\.[\w-]+\.css$/.test(name));
  if (stylesheets.length === 0) throw new Error(`${from}/_astro/ has no global.*.css to change`);
  const renames = stylesheets.map((name) => [name, name.replace(/\.css$/, 'next.css')] as const);
  for (const [name, next] of renames) {
    renameSync(join(dir, '_astro', name), join(dir, '_astro', next));
    appendFileSync(join(dir, '_astro', next), '\n.next-deploy-mark{outline:0}\n');
  }
  for (const file of listFiles(dir).filter((path) => TEXT.test(path.split('/').pop()!))) {
    const text = readFileSync(join(dir, file), 'utf8');
    let next = text;
    for (const [name, renamed] of renames) next = next.replaceAll(name, renamed);
    if (file === 'sw.js') {
      const version = /"version": "([0-9a-f]{12})"/.exec(next)?.[1];
      if (!version) throw new Error(`${from}/sw.js: no version to change`);
      const changed = createHash('sha256').update(`${version} next deploy`).digest('hex').slice(0, 12);
      next = next.replace(`"version": "${version}"`, `"version": "${changed}"`);
    }
    if (next !== text) writeFileSync(join(dir, file), next);
  }
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
