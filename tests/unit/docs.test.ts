import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { docProblems, namedPaths } from '../helpers/docPaths.ts';

// Every path the docs name exists, and every link between them lands on a
// heading that is there: docs that point at moved or deleted files are wrong.
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync('docs').map((file) => `docs/${file}`)].filter((file) =>
  file.endsWith('.md'),
);

function headingIds(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const match of readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)) ids.add(slugger.slug(match[1]!));
  return ids;
}

describe('the docs name only what exists', () => {
  test.each(DOCS)('%s', (doc) => {
    const text = readFileSync(doc, 'utf8');
    const problems = docProblems(text, {
      exists: (path) => existsSync(path),
      anchorsOf: (path) => headingIds(path),
      resolve: (link) => normalize(join(dirname(doc), link)),
    });
    expect(problems).toEqual([]);
  });
});

describe('docPaths', () => {
  test('finds repository paths in code spans, and links, with their line', () => {
    const text = 'See `src/site.ts` and `npm run build`.\nThen [the guide](docs/a.md#b) and [web](https://x.org).';
    expect(namedPaths(text)).toEqual([
      { line: 1, path: 'src/site.ts', kind: 'path' },
      { line: 2, path: 'docs/a.md#b', kind: 'link' },
    ]);
  });

  test('reports a missing file, a missing folder before a placeholder, and a missing heading', () => {
    const files = new Set(['docs/a.md', 'content/articles']);
    const problems = docProblems(
      'One `src/gone.ts`.\nTwo `content/articles/<slug>.mdx` and `content/nope/<slug>.mdx`.\n[x](docs/a.md#missing)',
      {
        exists: (path) => files.has(path),
        anchorsOf: () => new Set(['there']),
        resolve: (link) => link,
      },
    );
    expect(problems).toEqual([
      'line 1: src/gone.ts does not exist',
      'line 2: content/nope does not exist',
      'line 3: docs/a.md has no heading #missing',
    ]);
  });
});
