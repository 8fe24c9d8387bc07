import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import { searchDocSchema, searchMetaSchema, searchShardSchema, searchTypoShardSchema } from '../../src/schemas/search.ts';
import { indexFile } from '../../src/search/shards.ts';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';
import { DIST, assertBuilt, readPage, readText } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(DIST, 'search-index', path), 'utf8'));

describe('search index in dist/', () => {
  test('meta, every shard, typo table and doc are valid, named by the index hash, and match content/', async () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    const { index } = await readSiteSearch(process.cwd());
    expect(meta).toEqual(index.meta);
    const file = (kind: 'terms' | 'typos' | 'docs', n: number) => indexFile(kind, n, meta.hash);
    meta.shards.forEach((_, n) => expect(searchShardSchema.parse(readJson(file('terms', n)))).toEqual(index.shards[n]));
    meta.typos.forEach((_, n) => expect(searchTypoShardSchema.parse(readJson(file('typos', n)))).toEqual(index.typos[n]));
    for (let n = 0; n < meta.articles; n++) expect(searchDocSchema.parse(readJson(file('docs', n)))).toEqual(index.docs[n]);
    // Nothing else: no file of another version, no unnamed file.
    const listed = (kind: string) => readdirSync(join(DIST, 'search-index', kind)).sort();
    const expected = (kind: 'terms' | 'typos' | 'docs', count: number) =>
      Array.from({ length: count }, (_, n) => file(kind, n).slice(kind.length + 1)).sort();
    expect(listed('terms')).toEqual(expected('terms', meta.shards.length));
    expect(listed('typos')).toEqual(expected('typos', meta.typos.length));
    expect(listed('docs')).toEqual(expected('docs', meta.articles));
  });

  test('every result link points at a page and a heading id that exist', () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    const missing: string[] = [];
    for (let n = 0; n < meta.articles; n++) {
      const doc = searchDocSchema.parse(readJson(indexFile('docs', n, meta.hash)));
      const file = `articles/${doc.slug}/index.html`;
      if (!existsSync(join(DIST, file))) {
        missing.push(`/articles/${doc.slug}/`);
        continue;
      }
      const page = readPage(file);
      for (const { anchor } of doc.sections) if (!page.getElementById(anchor)) missing.push(`/articles/${doc.slug}/#${anchor}`);
    }
    expect(missing).toEqual([]);
  });

  test('what results show (docs) holds no brand, selling word or dose', () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    for (let n = 0; n < meta.articles; n++) {
      const file = indexFile('docs', n, meta.hash);
      expect(findForbidden(readFileSync(join(DIST, 'search-index', file), 'utf8')), file).toEqual([]);
    }
  });
});

describe('the search page', () => {
  const html = () => readText('search/index.html');

  test('has the form, a results list, a live region and the emergency card, hidden until needed', () => {
    const page = readPage('search/index.html');
    const form = page.querySelector('bsg-site-search form[role="search"]');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toMatch(/\/search\/$/);
    expect(page.querySelector('bsg-site-search input[type="search"][name="q"]')?.getAttribute('maxlength')).toBe('200');
    expect(page.querySelector('[data-search-results] ol')).not.toBeNull();
    expect(page.querySelector('[role="status"][data-search-status]')).not.toBeNull();
    const emergency = page.querySelector('[data-search-emergency]');
    expect(emergency?.hasAttribute('hidden')).toBe(true);
    expect(emergency?.querySelector('[data-care-card="emergency"] li')).not.toBeNull();
    expect(page.querySelector('[data-search-empty]')?.hasAttribute('hidden')).toBe(true);
  });

  test('without JavaScript it still offers the topics and the red-flag page', () => {
    const page = readPage('search/index.html');
    expect(page.querySelectorAll('.topic-list a').length).toBeGreaterThan(0);
    expect(page.querySelector('main a[href$="/articles/when-to-get-help/"]')).not.toBeNull();
  });

  test('loads no index file and no search engine code up front', () => {
    expect(html()).not.toMatch(/search-index\/(meta|terms|docs)/);
    // The engine's own messages mark its chunk, which is built (and loaded on demand).
    const engine = /search: superseded|search index: HTTP/;
    const chunks = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    expect(chunks.some((file) => engine.test(readFileSync(join(DIST, '_astro', file), 'utf8')))).toBe(true);
    const scripts = readPage('search/index.html').querySelectorAll('script[src], link[rel="modulepreload"]');
    for (const script of scripts) {
      const src = script.getAttribute('src') ?? script.getAttribute('href') ?? '';
      expect(readFileSync(join(DIST, src.replace(/^.*?\/_astro\//, '_astro/')), 'utf8'), src).not.toMatch(engine);
    }
  });
});
