import { describe, expect, test } from 'vitest';
import { checkLinks } from '../helpers/linkCheck.ts';

const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;

describe('checkLinks (the dist link checker)', () => {
  const files = new Set(['/_astro/a.css', '/favicon.svg']);

  test('passes good internal, fragment and external links', () => {
    const pages = new Map([
      [
        '/',
        page(
          '<a href="/about/#team">a</a><a href="about/">b</a><img src="/favicon.svg" alt=""><a href="https://nice.org.uk/g">c</a>',
        ),
      ],
      ['/about/', page('<h2 id="team">Team</h2><a href="../">home</a><a href="#team">t</a>')],
    ]);
    expect(checkLinks(pages, files)).toEqual([]);
  });

  test('finds a missing page, a missing fragment, a missing file and bad external links', () => {
    const pages = new Map([
      [
        '/',
        page(
          '<a href="/nope/">a</a><a href="/#missing">b</a><img src="/gone.png" alt=""><a href="http://x.org/">c</a><a href="javascript:alert(1)">d</a><a href="">e</a>',
        ),
      ],
    ]);
    expect(checkLinks(pages, files).map((p) => p.message)).toEqual([
      'no page or file at /nope/',
      'no element with id "missing" on /',
      'external links must use https',
      'external links must use https',
      'empty link',
      'no page or file at /gone.png',
    ]);
  });

  test('absolute links to the site itself are checked as internal pages', () => {
    const pages = new Map([
      ['/', '<link rel="canonical" href="https://guide.example/"><a href="https://guide.example/gone/">x</a>'],
    ]);
    expect(checkLinks(pages, new Set(), '/', 'https://guide.example').map((p) => p.message)).toEqual([
      'no page or file at /gone/',
    ]);
  });

  test('with a base path, links must carry it', () => {
    const pages = new Map([
      ['/', '<a href="/guide/about/">ok</a><a href="about/">relative</a><a href="/about/">missing base</a>'],
      ['/about/', '<a href="../">home</a>'],
    ]);
    const problems = checkLinks(pages, new Set(), '/guide/');
    expect(problems.map((p) => `${p.page} ${p.url}: ${p.message}`)).toEqual([
      '/ /about/: internal link is outside the base path /guide/',
    ]);
  });
});
