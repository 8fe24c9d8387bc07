import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { SITE, htmlFiles, listFiles, readText, urlPathOf } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/linkCheck.ts';

// The site served from a sub-folder (GitHub Pages project sites): a second
// build with BASE_PATH, whose every internal link, src and #fragment must
// stay under the base and resolve.

const OUT = 'dist-base';
const BASE = '/back-spasm-guide/';

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV...) into process.env; the build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name)),
  );
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT, '--silent'], {
    env: { ...env, BASE_PATH: BASE },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the BASE_PATH build failed:\n${build.stdout}\n${build.stderr}`);
}, 120_000);

test(`with BASE_PATH=${BASE}, every internal link, src and #fragment resolves under the base`, () => {
  const files = listFiles(OUT);
  const pages = new Map(htmlFiles(OUT).map((file) => [urlPathOf(file), readText(file, OUT)]));
  expect(pages.size).toBeGreaterThan(10);
  const others = new Set(files.filter((f) => !f.endsWith('.html')).map((f) => `/${f}`));
  const problems = checkLinks(pages, others, BASE, SITE);
  expect(problems.map((p) => `${p.page}: ${p.url}: ${p.message}`)).toEqual([]);
  // And the links really carry the base (a checker that ignored it would pass a root build too).
  expect(readText('index.html', OUT)).toContain(`href="${BASE}topics/"`);
});

test('the host files of that build carry the base path too', () => {
  expect(readText('_headers', OUT)).toMatch(new RegExp(`^${BASE}_astro/\\*$`, 'm'));
  expect(readText('_redirects', OUT)).toMatch(new RegExp(`^${BASE}help/ ${BASE}articles/when-to-get-help/ 301$`, 'm'));
});
