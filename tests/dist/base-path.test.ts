import { beforeAll, expect, test } from 'vitest';
import { htmlFiles, listFiles, readText, urlPathOf } from '../helpers/dist.ts';
import { BASE_BUILD_BASE as BASE, BASE_BUILD_DIR as OUT, baseBuild } from '../helpers/baseBuild.ts';
import { checkLinks } from '../helpers/linkCheck.ts';

// The site served from a sub-folder (GitHub Pages project sites): a second
// build with BASE_PATH, whose every internal link, src and #fragment must
// stay under the base and resolve.

let SITE = '';
beforeAll(() => {
  SITE = baseBuild().site;
}, 200_000);

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
