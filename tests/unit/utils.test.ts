import { describe, expect, test } from 'vitest';
import { reviewStatus, reviewWarnings } from '../../src/domain/reviewStatus.ts';
import { absoluteUrl, withBase } from '../../src/domain/url.ts';
import { formatDate, isoDate } from '../../src/domain/formatDate.ts';
import { extractHeadings, extractLinks } from '../../src/pipeline/markdown.ts';
import { findBrokenLinks } from '../../src/pipeline/checks/findBrokenLinks.ts';

const NOW = new Date('2026-11-22T00:00:00Z');

describe('reviewStatus', () => {
  test('overdue, due soon and fine, from a fixed now', () => {
    expect(reviewStatus(new Date('2026-11-01'), NOW)).toEqual({ state: 'overdue', days: -21 });
    expect(reviewStatus(new Date('2027-01-10'), NOW)).toEqual({ state: 'due-soon', days: 49 });
    expect(reviewStatus(new Date('2027-06-01'), NOW).state).toBe('ok');
  });

  test('lists only pages that need attention, most urgent first', () => {
    const lines = reviewWarnings(
      [
        { file: 'a.mdx', title: 'A', next: new Date('2027-01-10') },
        { file: 'b.mdx', title: 'B', next: new Date('2028-01-01') },
        { file: 'c.mdx', title: 'C', next: new Date('2026-11-01') },
      ],
      NOW,
    );
    expect(lines).toEqual(['c.mdx: review overdue by 21 day(s) ("C")', 'a.mdx: review due in 49 day(s) ("A")']);
  });
});

describe('urls', () => {
  test('withBase adds a base path to root-relative links only', () => {
    expect(withBase('/articles/x/', '/')).toBe('/articles/x/');
    expect(withBase('/articles/x/', '/guide/')).toBe('/guide/articles/x/');
    expect(withBase('/articles/x/', '/guide')).toBe('/guide/articles/x/');
    expect(withBase('https://nice.org.uk/', '/guide/')).toBe('https://nice.org.uk/');
    expect(withBase('#top', '/guide/')).toBe('#top');
    expect(withBase('//evil.example/', '/guide/')).toBe('//evil.example/');
  });

  test('absoluteUrl joins site, base and path', () => {
    expect(absoluteUrl('/about/', 'https://example.org', '/guide/')).toBe('https://example.org/guide/about/');
    expect(absoluteUrl('/', 'https://example.org/', '/')).toBe('https://example.org/');
  });
});

describe('dates', () => {
  test('formats in UTC so the build machine never shifts a day', () => {
    expect(formatDate(new Date('2026-03-15T00:00:00Z'))).toBe('15 March 2026');
    expect(isoDate(new Date('2026-03-15T00:00:00Z'))).toBe('2026-03-15');
  });
});

describe('markdown helpers', () => {
  test('heading ids follow github-slugger, including repeats, and skip code', () => {
    const body = '## How do I choose?\n\n```\n## not a heading\n```\n### Ice & heat: **timing**\n## How do I choose?\n';
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: 'How do I choose?', id: 'how-do-i-choose' },
      { depth: 3, text: 'Ice & heat: timing', id: 'ice--heat-timing' },
      { depth: 2, text: 'How do I choose?', id: 'how-do-i-choose-1' },
    ]);
  });

  test('finds Markdown and JSX links with their lines', () => {
    expect(extractLinks('See [a](/a/) and [b](https://b.org "t").\n<a href="/c/#x">c</a>')).toEqual([
      { url: '/a/', line: 1 },
      { url: 'https://b.org', line: 1 },
      { url: '/c/#x', line: 2 },
    ]);
  });
});

describe('findBrokenLinks', () => {
  const articles = [
    { id: 'a', file: 'content/articles/a.mdx', draft: false, body: '## Start here\n' },
    { id: 'b', file: 'content/articles/b.mdx', draft: false, body: '' },
  ];
  const check = (body: string) =>
    findBrokenLinks(
      [...articles, { id: 'c', file: 'c.mdx', draft: false, body: `## Own heading\n${body}` }],
      new Set(['/about/']),
    ).map((p) => p.message);

  test('accepts good links', () => {
    expect(
      check(
        '[a](/articles/a/#start-here) [b](/articles/b/) [about](/about/) [own](#own-heading) [x](https://nice.org.uk/x) [m](mailto:a@b.org)',
      ),
    ).toEqual([]);
  });

  test.each([
    ['[x](/articles/zzz/)', 'no page at this address: /articles/zzz/'],
    ['[x](/articles/a/#nope)', 'no heading with the id "nope" on /articles/a/: /articles/a/#nope'],
    ['[x](#nope)', 'no heading with the id "nope" on this page: #nope'],
    ['[x](/articles/a)', 'internal links end with "/": /articles/a'],
    ['[x](../a/)', 'write internal links from the site root, like /articles/ice-or-heat/: ../a/'],
    ['[x](http://nice.org.uk/)', 'external links must be full https addresses: http://nice.org.uk/'],
  ])('rejects %s', (link, message) => {
    expect(check(link)).toEqual([message]);
  });
});

describe('buildToc', async () => {
  const { buildToc } = await import('../../src/domain/buildToc.ts');
  test('nests h3 under the h2 before it, so numbering counts only sections', () => {
    const toc = buildToc([
      { depth: 3, slug: 'early', text: 'Early' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((item) => [item.slug, item.children.map((c) => c.slug)])).toEqual([
      ['early', []],
      ['a', ['a1']],
      ['b', []],
    ]);
  });
});

describe('withFullStop', async () => {
  const { withFullStop } = await import('../../src/pipeline/sentence.ts');
  test('adds a full stop only where one is missing', () => {
    expect(withFullStop('Hartvigsen J, Hancock MJ, et al.')).toBe('Hartvigsen J, Hancock MJ, et al.');
    expect(withFullStop('Pengel LHM, Herbert RD')).toBe('Pengel LHM, Herbert RD.');
  });
});
