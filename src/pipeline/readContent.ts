/**
 * Reads the raw files loadSite() needs from disk: every file under content/
 * and public/ (as bytes, so the pipeline can judge the encoding and the
 * kind), the names of the pages under src/pages (their routes are pages
 * links may point at, and files public/ must not replace), and the text of
 * the interface dictionaries (src/i18n/en.ts, es.ts) and care words
 * (src/domain/careCards.ts), for the wording rule and the advice records.
 * A file that cannot be read, or is not a real file (a symbolic link could
 * bring in a file from outside the repository), becomes a problem, never a crash.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSite, type SiteContent, type SiteFiles } from './loadSite.ts';
import { ContentError, type Problem } from '../schemas/problems.ts';
import { DICTIONARY_FILES } from './checkWording.ts';
import { ADVICE_FILES } from './adviceWords.ts';

const SYMBOLIC_LINK = 'is a symbolic link: content and public files must be real files in the repository';

/** The paths under a folder: its files, and its symbolic links (never followed). */
function walk(root: string, dir: string, out: { files: string[]; links: string[] }): typeof out {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out; // a missing folder is reported by loadSite (content/articles) or simply has no pages
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isSymbolicLink()) out.links.push(path);
    else if (entry.isDirectory()) walk(root, path, out);
    else out.files.push(path);
  }
  return out;
}

/** Whether a path is itself a symbolic link (false when it is missing). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function readSiteFiles(root: string): { files: SiteFiles; problems: Problem[] } {
  const files: Record<string, Uint8Array | string> = {};
  const problems: Problem[] = [];
  for (const dir of ['content', 'public']) {
    if (isLink(join(root, dir))) {
      problems.push({ file: dir, field: 'folder', message: SYMBOLIC_LINK });
      continue;
    }
    const found = walk(root, dir, { files: [], links: [] });
    for (const path of found.links) problems.push({ file: path, field: 'file', message: SYMBOLIC_LINK });
    for (const path of found.files) {
      try {
        if (lstatSync(join(root, path)).isFile()) files[path] = readFileSync(join(root, path));
        else problems.push({ file: path, field: 'file', message: 'is not a regular file: remove it' });
      } catch (error) {
        problems.push({
          file: path,
          field: 'file',
          message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`,
        });
      }
    }
  }
  // The interface dictionaries, as text: the wording rule reads their sentences too.
  for (const path of Object.values(DICTIONARY_FILES)) {
    try {
      files[path] = readFileSync(join(root, path), 'utf8');
    } catch {
      // No dictionary (a test's copy of the site): nothing to read.
    }
  }
  const pages = walk(root, 'src/pages', { files: [], links: [] });
  for (const path of [...pages.files, ...pages.links]) files[path] = '';
  // The dictionaries' text, so their advice is checked against its record (src/pipeline/adviceWords.ts).
  for (const path of ADVICE_FILES) {
    try {
      files[path] = readFileSync(join(root, path), 'utf8');
    } catch {
      // Not there (a copy of the content only): nothing to check.
    }
  }
  return { files, problems };
}

/** What loadSite() gives: the content and every problem. */
export type LoadedSite = ReturnType<typeof loadSite>;

/**
 * The sites this process has loaded, by root, and how many times it read and
 * checked one from disk. Kept on globalThis: Astro loads the config and the
 * pages as separate module graphs, and the build's steps (the config, the
 * pre-build check, the hosting files, the pages) must share one result.
 */
const STORE = Symbol.for('back-spasm-guide:loaded-sites');
interface Store {
  sites: Map<string, LoadedSite>;
  loads: number;
}
const store = (): Store => {
  const shared = globalThis as { [STORE]?: Store };
  return (shared[STORE] ??= { sites: new Map(), loads: 0 });
};

/** loadSite() over the files on disk, with read errors among the problems. Reads and checks every time. */
export function loadSiteFromDisk(root: string = process.cwd()): LoadedSite {
  const { files, problems } = readSiteFiles(root);
  const site = loadSite(files);
  store().loads += 1;
  return { content: site.content, problems: [...problems, ...site.problems] };
}

/** The content of a site that passed every check; otherwise a ContentError listing every problem. */
export function loadCheckedSite(root: string = process.cwd()): SiteContent {
  return checkedContent(loadSiteFromDisk(root));
}

function checkedContent({ content, problems }: LoadedSite): SiteContent {
  if (problems.length > 0) throw new ContentError(problems, 'Content check');
  return content;
}

/**
 * loadSiteFromDisk() once per root in this process: a build reads and checks
 * the site once, and every step reads that result. `astro dev` forgets it when
 * a file changes (forgetLoadedSites).
 */
export function loadSiteOnce(root: string = process.cwd()): LoadedSite {
  const key = resolve(root);
  const { sites } = store();
  let site = sites.get(key);
  if (!site) {
    site = loadSiteFromDisk(key);
    sites.set(key, site);
  }
  return site;
}

/** loadCheckedSite() once per root in this process (see loadSiteOnce). */
export function loadCheckedSiteOnce(root: string = process.cwd()): SiteContent {
  return checkedContent(loadSiteOnce(root));
}

/** Forgets every loaded site: the next loadSiteOnce() reads the files again. */
export function forgetLoadedSites(): void {
  store().sites.clear();
}

/** How many times this process has read and checked a site from disk (a build logs it: once). */
export function siteLoadCount(): number {
  return store().loads;
}
