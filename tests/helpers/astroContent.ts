/**
 * Stand-ins for the two places the data layer (src/data/content.ts) gets
 * content from, so components render in Vitest without a build: both read
 * one fixture site, the small valid site of tests/helpers/siteFiles.ts with
 * the test's changes, and the real pipeline (loadSite) checks it.
 *
 * - `src/pipeline/readContent.ts`: loadCheckedSite() and loadSiteFromDisk() run
 *   loadSite() over the fixture files instead of reading content/ from disk.
 * - `astro:content`: getCollection('articles') gives an entry for each of the
 *   fixture's articles, as Astro's loader would (Astro's entries are used only
 *   to render article bodies; every other collection comes from loadSite).
 *
 * Use both in a test file, with the same changes:
 *
 *   const changes = vi.hoisted(() => ({ 'content/red-flags.yaml': [...] }));
 *   vi.mock('../../src/pipeline/readContent.ts', async () =>
 *     (await import('../helpers/astroContent.ts')).mockedReadContent(changes));
 *   vi.mock('astro:content', async () =>
 *     (await import('../helpers/astroContent.ts')).mockedAstroContent(changes));
 */
import { stringify } from 'yaml';
import { loadSite, type SiteFiles } from '../../src/pipeline/loadSite.ts';
import { ContentError } from '../../src/schemas/problems.ts';
import { REVIEWS_FILE } from '../../src/schemas/review.ts';
import { reviewsFor, siteFiles } from './siteFiles.ts';

/**
 * A file's new content: its text, data to write as YAML, or a function of its
 * old text (which must change it, so a fixture that drifted fails loudly).
 */
export type FileChange = string | unknown[] | Record<string, unknown> | ((old: string) => string);
export type SiteChanges = Readonly<Record<string, FileChange>>;

/** The fixture site's files with the changes made. */
export function fixtureSite(changes: SiteChanges = {}): SiteFiles {
  const files: Record<string, string> = siteFiles();
  for (const [file, change] of Object.entries(changes)) {
    if (typeof change === 'function') {
      const old = files[file] ?? '';
      files[file] = change(old);
      if (files[file] === old) throw new Error(`fixture site: the change to ${file} changed nothing`);
    } else {
      files[file] = typeof change === 'string' ? change : stringify(change);
    }
  }
  // The test's signs count as reviewed (pages are under test here, not reviews), unless it changes the reviews.
  if (!(REVIEWS_FILE in changes)) files[REVIEWS_FILE] = reviewsFor(files);
  return files;
}

/** `src/pipeline/readContent.ts` over the fixture site: the same pipeline, and the same refusal of bad content. */
export function mockedReadContent(changes: SiteChanges = {}) {
  const loadSiteFromDisk = () => loadSite(fixtureSite(changes));
  const loadCheckedSite = () => {
    const { content, problems } = loadSiteFromDisk();
    if (problems.length > 0) throw new ContentError(problems, 'Content check (fixture site)');
    return content;
  };
  return {
    readSiteFiles: () => ({ files: fixtureSite(changes), problems: [] }),
    loadSiteFromDisk,
    loadSiteOnce: loadSiteFromDisk,
    loadCheckedSite,
    loadCheckedSiteOnce: loadCheckedSite,
  };
}

/** The part of `astro:content` the data layer calls: the fixture site's articles as collection entries. */
export function mockedAstroContent(changes: SiteChanges = {}) {
  return {
    getCollection: async (name: string) => {
      if (name !== 'articles') {
        throw new Error(`astro:content stand-in: only articles come from astro:content, not "${name}"`);
      }
      return loadSite(fixtureSite(changes)).content.articles.map((article) => ({
        id: article.id,
        collection: 'articles',
        data: article.data,
        body: article.body,
        filePath: article.file,
      }));
    },
  };
}
