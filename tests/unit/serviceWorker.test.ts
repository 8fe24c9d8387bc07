import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  assetReferences,
  buildServiceWorker,
  collectPrecache,
  linkedFiles,
  workerVersion,
} from '../../src/build/serviceWorker/files.ts';

describe('what the service worker saves', () => {
  test('finds /_astro/ files in a page, including imports in inline modules', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.1.css"><script type="module" src="/_astro/b.2.js"></script>
      <script type="module">import{x}from"/_astro/c.3.js";</script><a href="/about/">About</a><img src="/favicon.svg">`;
    expect(assetReferences(html, '/', '/')).toEqual(['/_astro/a.1.css', '/_astro/b.2.js', '/_astro/c.3.js']);
  });

  test('follows relative imports in scripts, and honours the base path', () => {
    const js = 'import{a}from"./chunk.9.js";import("./lazy.8.js");const u="/guide/_astro/d.4.css"';
    expect(assetReferences(js, '/guide/_astro/b.2.js', '/guide/')).toEqual([
      '/guide/_astro/d.4.css',
      '/guide/_astro/chunk.9.js',
      '/guide/_astro/lazy.8.js',
    ]);
    expect(assetReferences('<link href="/_astro/x.css">', '/guide/', '/guide/')).toEqual([]);
  });

  test('finds the icons and manifest a page links to, on this site only', () => {
    const html = `<link rel="icon" href="/guide/icons/icon-32.png" type="image/png"><link rel=icon href=/guide/favicon.svg>
      <link rel="apple-touch-icon" href="/guide/icons/touch.png"><link rel="manifest" href="/guide/manifest.webmanifest">
      <link rel="canonical" href="/guide/about/"><link rel="alternate" href="/guide/rss.xml"><link rel="icon" href="https://cdn.example/x.png">`;
    expect(linkedFiles(html, '/guide/')).toEqual([
      '/guide/icons/icon-32.png',
      '/guide/favicon.svg',
      '/guide/icons/touch.png',
      '/guide/manifest.webmanifest',
    ]);
  });

  test('reads link tags as HTML: entities, any attribute order, never a commented-out link', () => {
    const html = `<!-- <link rel="icon" href="/old.png"> --><LINK HREF="/icons/a&amp;b.png" REL="shortcut icon">
      <link title="x > y" rel="manifest" href="/app.webmanifest"><link rel="mask-icon" href="/mask.svg">`;
    expect(linkedFiles(html, '/')).toEqual(['/icons/a&b.png', '/app.webmanifest']);
  });

  test('collects pages, their files and the files those import, once each', () => {
    const files: Record<string, string> = {
      '/guide/': '<link href="/guide/_astro/a.css"><script src="/guide/_astro/b.js"></script>',
      '/guide/tools/': '<script src="/guide/_astro/b.js"></script>',
      '/guide/_astro/a.css': 'body{}',
      '/guide/_astro/b.js': 'import"./c.js"',
      '/guide/_astro/c.js': 'import"./b.js"',
      '/guide/favicon.svg': '<svg/>',
    };
    const result = collectPrecache(['/', '/tools/'], '/guide/', (url) => files[url], ['/favicon.svg']);
    expect(result).toEqual({
      urls: [
        '/guide/',
        '/guide/tools/',
        '/guide/_astro/a.css',
        '/guide/_astro/b.js',
        '/guide/_astro/c.js',
        '/guide/favicon.svg',
      ],
      missingPages: [],
      missingFiles: [],
    });
  });

  test('reports pages and files the build did not make', () => {
    const result = collectPrecache(['/', '/nope/'], '/', (url) =>
      url === '/' ? '<script src="/_astro/gone.js"></script>' : undefined,
    );
    expect(result.missingPages).toEqual(['/nope/']);
    expect(result.missingFiles).toEqual(['/_astro/gone.js']);
  });

  test('fills in the real template, and refuses a precache list without the offline page', () => {
    const template = readFileSync('src/browser/sw.js', 'utf8');
    const config = { version: 'abc123abc123', base: '/', precache: ['/', '/offline/'], offline: '/offline/' };
    const worker = buildServiceWorker(template, config);
    expect(worker).toContain('"version": "abc123abc123"');
    expect(worker).not.toContain('__SW_CONFIG__');
    expect(() => new Function(worker)).not.toThrow();
    expect(() => buildServiceWorker(template, { ...config, precache: ['/'] })).toThrow(
      'the offline page /offline/ is not in the precache list',
    );
    expect(() => buildServiceWorker('const CONFIG = {};', config)).toThrow('no __SW_CONFIG__ placeholder');
  });

  test('the version changes when any saved file or the template changes, and only then', () => {
    const files = [
      ['/', '<h1>Hi</h1>'],
      ['/_astro/a.css', 'body{}'],
    ] as const;
    const version = workerVersion('worker', files);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(workerVersion('worker', files)).toBe(version);
    expect(workerVersion('worker', [files[0], ['/_astro/a.css', 'body{color:red}']])).not.toBe(version);
    expect(workerVersion('worker', [files[0], ['/_astro/b.css', 'body{}']])).not.toBe(version);
    expect(workerVersion('worker 2', files)).not.toBe(version);
  });
});
