import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/pipeline/listFiles.ts';
import {
  findPublicProblems,
  MAX_PUBLIC_BYTES,
  PUBLIC_CODE_ALLOWED,
} from '../../src/pipeline/checks/findPublicProblems.ts';
import { findSvgProblems } from '../../src/pipeline/checks/findSvgProblems.ts';
import { generatedBy, routePattern } from '../../src/pipeline/checks/generatedFiles.ts';
import { formatProblem } from '../../src/schemas/problems.ts';

const PAGES = listFiles('src/pages').map((page) => `src/pages/${page}`);
const REDIRECTS = ['/help/', '/old/path/'];
const problemsOf = (files: Record<string, string | Uint8Array>) =>
  findPublicProblems(files, PAGES, REDIRECTS).map(formatProblem);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('generatedBy: what the build writes', () => {
  test.each([
    ['index.html', 'src/pages/[...lang]/index.astro'],
    ['es/index.html', 'src/pages/[...lang]/index.astro'],
    ['es/404/index.html', 'src/pages/[...lang]/404.astro'],
    ['404.html', 'src/pages/404.astro'],
    ['about/index.html', 'src/pages/[...lang]/about.astro'],
    ['about.html', 'src/pages/[...lang]/about.astro'],
    ['articles/ice-or-heat/index.html', 'src/pages/[...lang]/articles/[slug].astro'],
    ['articles/anything.html', 'src/pages/[...lang]/articles/[slug].astro'],
    ['es/articles/ice-or-heat/index.html', 'src/pages/[...lang]/articles/[slug].astro'],
    ['topics/index.html', 'src/pages/[...lang]/topics/index.astro'],
    ['es/topics/basics/index.html', 'src/pages/[...lang]/topics/[id].astro'],
    ['help/index.html', 'src/pages/[...from].astro'],
    ['old/path/index.html', 'src/pages/[...from].astro'],
    ['robots.txt', 'src/pages/robots.txt.ts'],
    ['ROBOTS.TXT', 'src/pages/robots.txt.ts'],
    ['rss.xml', 'src/pages/[...lang]/rss.xml.ts'],
    ['es/rss.xml', 'src/pages/[...lang]/rss.xml.ts'],
    ['favicon.ico', 'src/pages/favicon.ico.ts'],
    ['manifest.webmanifest', 'src/pages/manifest.webmanifest.ts'],
    ['og/articles/ice-or-heat.png', 'src/pages/[...lang]/og/articles/[slug].png.ts'],
    ['es/og/articles/ice-or-heat.png', 'src/pages/[...lang]/og/articles/[slug].png.ts'],
    ['search-index/terms/3.json', 'src/pages/[...lang]/search-index/terms/[shard].json.ts'],
    ['_astro/x.js', "Astro, which puts the site's scripts, styles and images in _astro/"],
    ['_headers', 'src/build/hosting/integration.ts'],
    ['_redirects', 'src/build/hosting/redirectsIntegration.ts'],
    ['_build.json', 'src/build/buildInfo.ts'],
    ['sw.js', 'src/build/serviceWorker/integration.ts'],
    ['sitemap-0.xml', '@astrojs/sitemap, in astro.config.mjs'],
    ['sitemap-index.xml', '@astrojs/sitemap, in astro.config.mjs'],
  ])('%s is written by %s', (path, by) => {
    expect(generatedBy(path, PAGES, REDIRECTS)).toBe(path === 'ROBOTS.TXT' ? 'src/pages/robots.txt.ts' : by);
  });

  test.each([
    'favicon.svg',
    'images/logo.png',
    'help/logo.png',
    'articles/x/photo.jpg',
    'og/other.png',
    'xx/about/index.html',
  ])('%s is not written by the build', (path) => {
    expect(generatedBy(path, PAGES, REDIRECTS)).toBeUndefined();
  });

  test('every page of src/pages has a pattern, and the only rest routes are the redirect pages and the language folder', () => {
    expect(PAGES.filter((page) => !routePattern(page, REDIRECTS))).toEqual([]);
    expect(PAGES.filter((page) => page.includes('[...') && !page.startsWith('src/pages/[...lang]/'))).toEqual([
      'src/pages/[...from].astro',
    ]);
  });

  test('without redirects the rest route writes nothing', () => {
    expect(generatedBy('help/index.html', PAGES, [])).toBeUndefined();
  });
});

describe('findPublicProblems', () => {
  test('the real public/ folder is valid', () => {
    const files = Object.fromEntries(
      listFiles('public').map((path) => [`public/${path}`, new Uint8Array(readFileSync(`public/${path}`))]),
    );
    expect(Object.keys(files)).toContain('public/favicon.svg');
    expect(problemsOf(files)).toEqual([]);
  });

  test('no file of code is allowed today', () => {
    expect(PUBLIC_CODE_ALLOWED).toEqual([]);
  });

  test('images and fonts with the right first bytes pass', () => {
    expect(
      problemsOf({
        'public/images/a.png': PNG,
        'public/fonts/a.woff2': new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0]),
        'public/a.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
        'public/a.ico': new Uint8Array([0, 0, 1, 0, 1, 0]),
      }),
    ).toEqual([]);
  });

  test('a file of exactly the limit passes; one byte more is refused', () => {
    const at = new Uint8Array(MAX_PUBLIC_BYTES);
    at.set(PNG);
    expect(problemsOf({ 'public/a.png': at })).toEqual([]);
    const over = new Uint8Array(MAX_PUBLIC_BYTES + 1);
    over.set(PNG);
    expect(problemsOf({ 'public/a.png': over })).toEqual([
      'public/a.png: file: is 1 MB; a file in public/ is at most 1 MB: make it smaller (compress the image, or a smaller size), or leave it out',
    ]);
  });

  test('a folder named like a file the build writes is refused', () => {
    expect(problemsOf({ 'public/robots.txt/a.png': PNG })).toEqual([
      'public/robots.txt/a.png: file name: would replace robots.txt, which the build writes (src/pages/robots.txt.ts): remove it, or give it another name',
    ]);
  });

  test('a file without an extension, and an upper-case .HTML, are refused', () => {
    expect(problemsOf({ 'public/CNAME': 'x', 'public/A.HTML': '<p>' })).toEqual([
      expect.stringMatching(/^public\/A\.HTML: file name: is a \.html file/),
      expect.stringMatching(/^public\/CNAME: file name: public\/ may hold .* remove this file without an extension/),
    ]);
  });

  test('an SVG that is not UTF-8 is refused', () => {
    expect(problemsOf({ 'public/a.svg': new Uint8Array([0x3c, 0xff, 0xfe]) })).toEqual([
      'public/a.svg: SVG: is not valid UTF-8 text: save it with UTF-8 encoding',
    ]);
  });
});

describe('findSvgProblems', () => {
  test('the real favicon, and a rich but safe drawing, pass', () => {
    expect(findSvgProblems(readFileSync('public/favicon.svg', 'utf8'))).toEqual([]);
    const safe = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by hand -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" xml:space="preserve">
  <title>Back &amp; neck &#x2014; a &quot;drawing&quot;</title>
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset='1' stop-color="#000"/></linearGradient>
    <filter id="f"><feGaussianBlur stdDeviation="1"/></filter>
    <symbol id="s"><circle r="1"/></symbol>
  </defs>
  <rect width="10" height="10" fill="url(#g)" style="filter: url('#f')"/>
  <use xlink:href="#s"/><use href="#s" />
  <text x="1" y="5">1 &lt; 2 > 0</text>
</svg>
`;
    expect(findSvgProblems(safe)).toEqual([]);
  });

  const svg = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg">\n${inside}\n</svg>`;
  test.each([
    ['a script', svg('<script>alert(1)</script>'), 2, /<script> element, which runs code/],
    ['a script from HTML', svg('<html:script xmlns:html="http://www.w3.org/1999/xhtml"/>'), 2, /<html:script> element/],
    ['an event handler', svg('<rect ONCLICK="alert(1)"/>'), 2, /ONCLICK.* is an event handler/],
    ['a link to code', svg('<a href="javascript:alert(1)"><rect/></a>'), 2, /<a> element, which is a link/],
    ['code in an animation', svg('<set attributeName="href" to="javascript:alert(1)"/>'), 2, /<set> element/],
    ['an animation', svg('<animateTransform attributeName="x"/>'), 2, /<animateTransform> element, which is not one/],
    ['an outside image', svg('<image href="https://evil.example/a.png"/>'), 2, /<image> element, which loads/],
    ['an outside style', svg('<rect style="fill: url(https://evil.example/t)"/>'), 2, /may use only url\(#id\)/],
    ['a style element', svg('<style>@import url(https://evil.example/a.css);</style>'), 2, /<style> element/],
    ['an <object>', svg('<object data="x"/>'), 2, /<object> element, which loads another file/],
    ['an <embed>', svg('<embed src="x"/>'), 2, /<embed> element, which loads another file/],
    ['another namespace', '<svg xmlns="http://www.w3.org/1999/xhtml"/>', 1, /is not the SVG namespace/],
    ['an attribute of another namespace', svg('<rect xml:base="https://evil.example/"/>'), 2, /another namespace/],
    ['a relative link', svg('<use href="other.svg#a"/>'), 2, /may link only inside itself/],
    ['a style sheet instruction', `<?xml-stylesheet href="https://evil.example/a.css"?>\n${svg('')}`, 1, /instruction/],
    ['another encoding', `<?xml version="1.0" encoding="UTF-7"?>\n${svg('')}`, 1, /encoding other than UTF-8/],
    ['an unknown entity', svg('<text>&nbsp;</text>'), 2, /has an entity other than/],
    ['an entity in an attribute', svg('<rect id="&x;"/>'), 2, /has an entity other than/],
    ['an entity declaration', '<!ENTITY x "y">\n<svg/>', 1, /<!ENTITY/],
    ['a CDATA section', svg('<text><![CDATA[x]]></text>'), 2, /cannot be read as plain SVG \(a CDATA section\)/],
    ['a tag it cannot read', svg('<rect width=1/>'), 2, /cannot be read as plain SVG/],
    ['attributes run together', svg('<rect x="1"y="2"/>'), 2, /cannot be read as plain SVG/],
    ['a wrong closing tag', svg('<g></rect>'), 2, /<\/rect> does not close <g>/],
    ['a tag never closed', '<svg xmlns="http://www.w3.org/2000/svg">\n<g>', 2, /<g> is never closed/],
    ['a comment never closed', svg('<!-- x'), 2, /comment that is never closed/],
    ['text outside the drawing', `${svg('')}\nhello`, 3, /text outside the <svg> element/],
    ['a second root', `${svg('')}<svg/>`, 3, /after the closing <\/svg>/],
    ['another root', '<html><script>alert(1)</script></html>', 1, /starts with <html>, not <svg>/],
    ['nothing at all', '', 1, /has no <svg> element/],
  ])('%s is refused', (_name, text, line, message) => {
    const problems = findSvgProblems(text);
    expect(
      problems.find((p) => message.test(p.message)),
      JSON.stringify(problems),
    ).toMatchObject({ line });
  });
});
