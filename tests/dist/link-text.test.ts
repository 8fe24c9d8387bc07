import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, htmlFiles, readPage } from '../helpers/dist.ts';
import { linkTextProblem } from '../helpers/linkText.ts';

beforeAll(assertBuilt);

// Every link says where it goes (WCAG 2.4.4): no "click here", "read more",
// "here" or bare web addresses as the text of a link, and no empty links.
test.each(htmlFiles())('%s: every link has descriptive text', (file) => {
  const page = readPage(file);
  const problems: string[] = [];
  for (const link of page.querySelectorAll('a[href]')) {
    const labelledBy = link.getAttribute('aria-labelledby');
    const name =
      link.getAttribute('aria-label') ??
      (labelledBy ? labelledBy.split(/\s+/).map((id) => page.getElementById(id)?.text ?? '').join(' ') : undefined) ??
      [link.text, ...link.querySelectorAll('img[alt], svg title').map((img) => img.getAttribute('alt') ?? img.text)].join(' ');
    const problem = linkTextProblem(name);
    if (problem) problems.push(`<a href="${link.getAttribute('href')}"> "${name.trim()}": ${problem}`);
  }
  expect(problems).toEqual([]);
});

test('the pages have links to check', () => {
  expect(readPage('index.html').querySelectorAll('a[href]').length).toBeGreaterThan(0);
});
