/**
 * Reads the raw files loadSite() needs from disk: every file under content/
 * (as bytes, so the pipeline can judge the encoding), and the names of the
 * pages under src/pages (their routes are pages links may point at).
 * A file that cannot be read becomes a problem, never a crash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite, type SiteContent, type SiteFiles } from './loadSite.ts';
import { ContentError, type Problem } from '../schemas/problems.ts';

function walk(root: string, dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return; // a missing folder is reported by loadSite (content/articles) or simply has no pages
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(root, path, out);
    else out.push(path);
  }
}

export function readSiteFiles(root: string): { files: SiteFiles; problems: Problem[] } {
  const files: Record<string, Uint8Array | string> = {};
  const problems: Problem[] = [];
  const content: string[] = [];
  walk(root, 'content', content);
  for (const path of content) {
    try {
      if (statSync(join(root, path)).isFile()) files[path] = readFileSync(join(root, path));
    } catch (error) {
      problems.push({
        file: path,
        field: 'file',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`,
      });
    }
  }
  const pages: string[] = [];
  walk(root, 'src/pages', pages);
  for (const path of pages) files[path] = '';
  return { files, problems };
}

/** loadSite() over the files on disk, with read errors among the problems. */
export function loadSiteFromDisk(root: string = process.cwd()): ReturnType<typeof loadSite> {
  const { files, problems } = readSiteFiles(root);
  const site = loadSite(files);
  return { content: site.content, problems: [...problems, ...site.problems] };
}

/** The content of a site that passed every check; otherwise a ContentError listing every problem. */
export function loadCheckedSite(root: string = process.cwd()): SiteContent {
  const { content, problems } = loadSiteFromDisk(root);
  if (problems.length > 0) throw new ContentError(problems, 'Content check');
  return content;
}
