import type { BadContentCase } from './case.ts';

/** A valid SVG with some lines of its own inside it, from line 2. */
const svg = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${inside}\n</svg>\n`;

/** A file added to public/, and the problem it must cause (on that file). */
const publicFile = (
  name: string,
  file: string,
  bytes: string | Uint8Array,
  expected: Omit<BadContentCase['expected'], 'file'>,
): BadContentCase => ({
  name,
  change: (files) => {
    files[file] = bytes;
  },
  expected: { file, ...expected },
});

/** What a hostile contributor may put in public/, which Astro copies into the site as it is. */
export const PUBLIC_CASES: BadContentCase[] = [
  publicFile(
    'public/index.html replaces the home page',
    'public/index.html',
    '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    {
      field: 'file name',
      message: /^would replace index\.html, which the build writes \(src\/pages\/index\.astro\): remove it/,
    },
  ),
  publicFile(
    "public/ replaces an article's page",
    'public/articles/ice-or-heat/index.html',
    '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    {
      field: 'file name',
      message:
        /^would replace articles\/ice-or-heat\/index\.html, which the build writes \(src\/pages\/articles\/\[slug\]\.astro\)/,
    },
  ),
  publicFile('public/ replaces a redirect page', 'public/help/index.html', '<p>Hi</p>', {
    field: 'file name',
    message: /would replace help\/index\.html, which the build writes \(src\/pages\/\[\.\.\.from\]\.astro\)/,
  }),
  publicFile('public/robots.txt replaces the generated one', 'public/robots.txt', 'User-agent: *\nDisallow: /\n', {
    field: 'file name',
    message: /^would replace robots\.txt, which the build writes \(src\/pages\/robots\.txt\.ts\)/,
  }),
  publicFile('public/sw.js replaces the service worker', 'public/sw.js', 'self.onfetch = () => {};', {
    field: 'file name',
    message: /would replace sw\.js, which the build writes \(src\/build\/serviceWorker\/integration\.ts\)/,
  }),
  publicFile('public/sitemap-index.xml replaces the sitemap', 'public/sitemap-index.xml', '<sitemapindex/>', {
    field: 'file name',
    message: /would replace sitemap-index\.xml, which the build writes \(@astrojs\/sitemap, in astro\.config\.mjs\)/,
  }),
  publicFile('a file under public/_astro/', 'public/_astro/logo.png', '\x89PNG\r\n\x1a\n', {
    field: 'file name',
    message: /would replace _astro\/logo\.png, which the build writes \(Astro, which puts/,
  }),
  publicFile('an HTML page in public/', 'public/x.html', '<p>Hello</p>', {
    field: 'file name',
    message:
      /is a \.html file, which the build would publish unchecked.*PUBLIC_CODE_ALLOWED \(src\/pipeline\/checks\/findPublicProblems\.ts\)/,
  }),
  publicFile('a script in public/', 'public/x.js', 'alert(1)', {
    field: 'file name',
    message: /is a \.js file, .*PUBLIC_CODE_ALLOWED \(src\/pipeline\/checks\/findPublicProblems\.ts\)/,
  }),
  publicFile('a program in public/', 'public/setup.exe', 'MZ', {
    field: 'file name',
    message: /^public\/ may hold images, fonts and icons only \(\.svg .*\): remove this \.exe file/,
  }),
  publicFile('a PHP file in public/', 'public/shell.php', '<?php system($_GET["c"]);', {
    field: 'file name',
    message: /^public\/ may hold images, fonts and icons only/,
  }),
  publicFile('a 60 MB file in public/', 'public/big.png', new Uint8Array(60 * 1024 * 1024), {
    field: 'file',
    message: /^is 60 MB; a file in public\/ is at most 1 MB: make it smaller/,
  }),
  publicFile('a page saved as .png', 'public/logo.png', '<html><script>alert(1)</script>', {
    field: 'file',
    message: /is not a \.png file \(its first bytes are not a PNG signature\)/,
  }),
  publicFile(
    'an SVG with a script',
    'public/evil.svg',
    svg('<rect width="1" height="1"/>\n<script>alert(1)</script>'),
    {
      line: 3,
      field: 'SVG',
      message: /^has a <script> element, which runs code: remove it/,
    },
  ),
  publicFile(
    'an SVG with onload=',
    'public/evil.svg',
    '<svg xmlns="http://www.w3.org/2000/svg"\n  onload="alert(1)"></svg>',
    {
      line: 2,
      field: 'SVG',
      message: /<svg onload="alert\(1\)"> is an event handler, which runs code/,
    },
  ),
  publicFile('an SVG with <foreignObject>', 'public/evil.svg', svg('<foreignObject><p>x</p></foreignObject>'), {
    line: 2,
    field: 'SVG',
    message: /^has a <foreignObject> element, which can hold HTML and scripts/,
  }),
  publicFile('an SVG with an <iframe>', 'public/evil.svg', svg('<g>\n<iframe src="https://evil.example/"/></g>'), {
    line: 3,
    field: 'SVG',
    message: /^has an <iframe> element, which loads another page/,
  }),
  publicFile('an SVG link to javascript:', 'public/evil.svg', svg('<use xlink:href="javascript:alert(1)"/>'), {
    line: 2,
    field: 'SVG',
    message: /runs code \(javascript:\)/,
  }),
  publicFile(
    'an SVG link hidden in character references',
    'public/evil.svg',
    svg('<use href="&#x6a;avascript:alert(1)"/>'),
    {
      line: 2,
      field: 'SVG',
      message: /runs code \(javascript:\)/,
    },
  ),
  publicFile(
    'an SVG using a data: address',
    'public/evil.svg',
    svg('<use href="data:image/svg+xml;base64,PHN2Zz4="/>'),
    {
      line: 2,
      field: 'SVG',
      message: /points outside the file: an SVG in public\/ may link only inside itself/,
    },
  ),
  publicFile(
    'an SVG loading a file from another site',
    'public/evil.svg',
    svg('<use href="https://evil.example/x.svg#a"/>'),
    {
      line: 2,
      field: 'SVG',
      message: /points outside the file/,
    },
  ),
  publicFile(
    'an SVG with a DOCTYPE and entities (billion laughs)',
    'public/evil.svg',
    '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    { line: 2, field: 'SVG', message: /^has a <!DOCTYPE: entities can read other files/ },
  ),
  publicFile('an SVG the checker cannot read', 'public/odd.svg', svg('< script>alert(1)</script>'), {
    line: 2,
    field: 'SVG',
    message: /^cannot be read as plain SVG/,
  }),
];
