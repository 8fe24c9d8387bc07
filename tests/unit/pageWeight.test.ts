import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fontReport, gzipSize, pageWeight } from '../helpers/pageWeight.ts';

// A tiny built site: a page with a module script that imports one chunk
// statically and another with import(), a classic script, a stylesheet and
// a JSON-LD block; a font; a stylesheet that pulls a font from another site.
// The site is built for the base path /base/.
let dist: string;
const files: Record<string, string> = {
  'articles/a/index.html':
    '<!DOCTYPE html><link rel="stylesheet" href="/base/_astro/a.css"><script type="module" src="/base/_astro/entry.js"></script>' +
    '<script src="../../_astro/classic.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">import "/base/_astro/inline-dep.js";</script><h1>A</h1>',
  '_astro/a.css': 'body{color:red}',
  '_astro/entry.js': 'import{x}from"./shared.js";document.addEventListener("focus",()=>import("./lazy.js"));x();',
  '_astro/shared.js': 'export const x=()=>1;',
  '_astro/lazy.js': 'import"./lazy-dep.js";export default 1;',
  '_astro/lazy-dep.js': 'console.log("big lazy dependency");',
  '_astro/classic.js': 'var c=1;',
  '_astro/inline-dep.js': 'var d=1;',
  '_astro/font.woff2': 'x'.repeat(2000),
  '_astro/remote.css': '@font-face{font-family:X;src:url(https://fonts.example.org/x.woff2)}',
};

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'weight-'));
  for (const [file, text] of Object.entries(files)) {
    const path = join(dist, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageWeight', () => {
  test('counts HTML, stylesheets, and the JavaScript that runs at load, following static imports only', async () => {
    const w = await pageWeight(dist, 'articles/a/index.html', '/base/');
    expect(w.stylesheets).toEqual(['_astro/a.css']);
    expect(w.scripts.sort()).toEqual([
      '_astro/classic.js',
      '_astro/entry.js',
      '_astro/inline-dep.js',
      '_astro/shared.js',
    ]);
    expect(w.html).toBe(gzipSize(files['articles/a/index.html']!));
    expect(w.css).toBe(gzipSize(files['_astro/a.css']!));
    const atLoad = ['_astro/classic.js', '_astro/entry.js', '_astro/inline-dep.js', '_astro/shared.js'].reduce(
      (n, f) => n + gzipSize(files[f]!),
      0,
    );
    expect(w.js).toBe(atLoad + gzipSize('import "/base/_astro/inline-dep.js";'));
    expect(w.lazyJs).toBe(gzipSize(files['_astro/lazy.js']!) + gzipSize(files['_astro/lazy-dep.js']!));
  });

  test('fails clearly when a page loads a file that is not there', async () => {
    writeFileSync(join(dist, 'broken.html'), '<script type="module" src="/base/_astro/missing.js"></script>');
    await expect(pageWeight(dist, 'broken.html', '/base/')).rejects.toThrow(/_astro\/missing\.js, which is not in/);
  });
});

test('fontReport adds up font files and finds fonts from other sites', () => {
  const report = fontReport(dist);
  expect(report.total).toBe(2000);
  expect(report.thirdParty).toEqual(['_astro/remote.css: https://fonts.example.org/x.woff2']);
});
