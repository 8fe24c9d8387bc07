import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { RawContent } from './checkContent.ts';
import type { Problem } from '../utils/problems.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('has no frontmatter block between --- lines at the top');
  return { data: parse(match[1] ?? '') ?? {}, body: source.slice(match[0].length) };
}

/** Every page path the site builds from src/pages that is not an article. */
export async function staticPagePaths(root: string, topicIds: readonly string[]): Promise<Set<string>> {
  const pages = new Set(topicIds.map((id) => `/topics/${id}/`));
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(astro|md|mdx)$/.test(entry.name) && !entry.name.includes('[')) {
        const route = relative(join(root, 'src/pages'), path)
          .replace(/\.(astro|mdx?)$/, '')
          .replace(/(^|\/)index$/, '');
        pages.add(route ? `/${route}/` : '/');
      }
    }
  }
  await walk(join(root, 'src/pages'));
  return pages;
}

/**
 * Reads content/ from disk. Files that cannot be parsed become problems, so
 * one broken file never hides the others.
 */
export async function readContent(root: string): Promise<{ raw: RawContent; problems: Problem[] }> {
  const problems: Problem[] = [];
  const readYaml = async (name: string) => {
    const file = `content/${name}`;
    try {
      return { file, data: parse(await readFile(join(root, file), 'utf8')) as unknown };
    } catch (error) {
      problems.push({
        file,
        field: 'file',
        message: `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}`,
      });
      return { file, data: [] };
    }
  };

  const articles: RawContent['articles'] = [];
  const names = (await readdir(join(root, 'content/articles')))
    .filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))
    .sort();
  for (const name of names) {
    const file = `content/articles/${name}`;
    try {
      const { data, body } = splitFrontmatter(await readFile(join(root, file), 'utf8'));
      articles.push({ file, id: name.replace(/\.mdx$/, ''), data, body });
    } catch (error) {
      problems.push({
        file,
        field: 'frontmatter',
        message: (error as Error).message.split('\n')[0] ?? 'cannot be read',
      });
    }
  }

  const topics = await readYaml('topics.yaml');
  const topicIds = Array.isArray(topics.data) ? topics.data.map((t: { id?: unknown }) => String(t?.id)) : [];
  const raw: RawContent = {
    articles,
    topics,
    sources: await readYaml('sources.yaml'),
    redFlags: await readYaml('red-flags.yaml'),
    glossary: await readYaml('glossary.yaml'),
    selfCare: await readYaml('self-care.yaml'),
    redirects: await readYaml('redirects.yaml'),
    published: await readYaml('published.yaml'),
    synonyms: await readYaml('synonyms.yaml'),
    otherPages: await staticPagePaths(root, topicIds),
  };
  return { raw, problems };
}
