import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSiteSearch } from '../../src/lib/searchIndex.ts';
import { searchDocSchema, searchMetaSchema, searchShardSchema } from '../../src/schemas/search.ts';
import { findForbidden } from '../../src/utils/findForbidden.ts';
import { DIST, assertBuilt, readPage, readText } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(DIST, 'search-index', path), 'utf8'));

describe('search index in dist/', () => {
  test('meta, every shard and every doc are valid, and match the index built from content/', async () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    const { index } = await readSiteSearch(process.cwd());
    expect(meta).toEqual(index.meta);
    meta.shards.forEach((_, n) => expect(searchShardSchema.parse(readJson(`terms/${n}.json`))).toEqual(index.shards[n]));
    for (let n = 0; n < meta.articles; n++) expect(searchDocSchema.parse(readJson(`docs/${n}.json`))).toEqual(index.docs[n]);
    expect(existsSync(join(DIST, 'search-index', `docs/${meta.articles}.json`))).toBe(false);
  });

  test('every result link points at a page and a heading id that exist', () => {
    const { articles } = searchMetaSchema.parse(readJson('meta.json'));
    const missing: string[] = [];
    for (let n = 0; n < articles; n++) {
      const doc = searchDocSchema.parse(readJson(`docs/${n}.json`));
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
    const { articles } = searchMetaSchema.parse(readJson('meta.json'));
    for (let n = 0; n < articles; n++) {
      expect(findForbidden(readFileSync(join(DIST, 'search-index', `docs/${n}.json`), 'utf8')), `docs/${n}.json`).toEqual([]);
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
    const scripts = readPage('search/index.html').querySelectorAll('script[src], link[rel="modulepreload"]');
    for (const script of scripts) {
      const src = script.getAttribute('src') ?? script.getAttribute('href') ?? '';
      expect(readFileSync(join(DIST, src.replace(/^.*?\/_astro\//, '_astro/')), 'utf8'), src).not.toMatch(/Bitap|ignoreLocation/);
    }
  });
});
