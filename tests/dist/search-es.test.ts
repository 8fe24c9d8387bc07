import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import { searchDocSchema, searchMetaSchema, searchShardSchema, searchTypoShardSchema } from '../../src/schemas/search.ts';
import { indexFile } from '../../src/search/shards.ts';
import {
  HEADER_PAGE_WORD_KEYS,
  HEADER_WORD_KEYS,
  parseWords,
  pickWords,
  SEARCH_WORD_KEYS,
} from '../../src/search/words.ts';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';
import { withBase } from '../../src/domain/url.ts';
import { BASE, DIST, assertBuilt, htmlFiles, readPage } from '../helpers/dist.ts';

// The Spanish search in dist/: its own index under es/search-index/, and every Spanish page's
// search (the header's box, and /es/search/) pointed at it and speaking Spanish.
beforeAll(assertBuilt);

const FOLDER = join(DIST, 'es', 'search-index');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(FOLDER, path), 'utf8'));
const spanishPages = () => htmlFiles().filter((file) => file.startsWith('es/') && readPage(file).querySelector('bsg-header-search'));

describe('the Spanish search index in dist/es/search-index/', () => {
  test('is in Spanish, and meta, every shard, typo table and doc match the index built from content/', async () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    expect(meta.language).toBe('es');
    const { index } = await readSiteSearch(process.cwd(), 'es');
    expect(meta).toEqual(index.meta);
    const file = (kind: 'terms' | 'typos' | 'docs', n: number) => indexFile(kind, n, meta.hash);
    meta.shards.forEach((_, n) => expect(searchShardSchema.parse(readJson(file('terms', n)))).toEqual(index.shards[n]));
    meta.typos.forEach((_, n) => expect(searchTypoShardSchema.parse(readJson(file('typos', n)))).toEqual(index.typos[n]));
    for (let n = 0; n < meta.articles; n++) expect(searchDocSchema.parse(readJson(file('docs', n)))).toEqual(index.docs[n]);
    const listed = (kind: string) => readdirSync(join(FOLDER, kind)).sort();
    const expected = (kind: 'terms' | 'typos' | 'docs', count: number) =>
      Array.from({ length: count }, (_, n) => file(kind, n).slice(kind.length + 1)).sort();
    expect(listed('terms')).toEqual(expected('terms', meta.shards.length));
    expect(listed('typos')).toEqual(expected('typos', meta.typos.length));
    expect(listed('docs')).toEqual(expected('docs', meta.articles));
  });

  test('the English index is still English (it names no language)', () => {
    const meta = searchMetaSchema.parse(JSON.parse(readFileSync(join(DIST, 'search-index', 'meta.json'), 'utf8')));
    expect(meta.language).toBeUndefined();
  });

  test('what results show (docs) holds no brand, selling word or dose', () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    for (let n = 0; n < meta.articles; n++) {
      const file = indexFile('docs', n, meta.hash);
      expect(findForbidden(readFileSync(join(FOLDER, file), 'utf8')), file).toEqual([]);
    }
  });


  test('every result link points at a Spanish page and a heading id that exist', () => {
    const meta = searchMetaSchema.parse(readJson('meta.json'));
    const missing: string[] = [];
    for (let n = 0; n < meta.articles; n++) {
      const doc = searchDocSchema.parse(readJson(indexFile('docs', n, meta.hash)));
      const file = `es/articles/${doc.slug}/index.html`;
      if (!existsSync(join(DIST, file))) {
        missing.push(`/es/articles/${doc.slug}/`);
        continue;
      }
      const page = readPage(file);
      for (const { anchor } of doc.sections) if (!page.getElementById(anchor)) missing.push(`/es/articles/${doc.slug}/#${anchor}`);
    }
    expect(missing).toEqual([]);
  });});

describe('search on Spanish pages', () => {
  test('there are Spanish pages with the header search, /es/search/ among them', () => {
    expect(spanishPages()).toContain('es/search/index.html');
  });

  test.each(spanishPages())('%s: the header box searches the Spanish index, in Spanish', (file) => {
    const page = readPage(file);
    const header = page.querySelector('bsg-header-search')!;
    expect(header.getAttribute('data-index')).toBe(withBase('/es/search-index/', BASE));
    expect(header.getAttribute('data-base')).toBe(withBase('/es/', BASE));
    expect(parseWords(header.getAttribute('data-words'), HEADER_PAGE_WORD_KEYS)).toEqual(
      pickWords(es.search.client, HEADER_PAGE_WORD_KEYS),
    );
    expect(header.querySelector('form')?.getAttribute('action')).toBe(withBase('/es/search/', BASE));
    expect(header.querySelector('form')?.getAttribute('aria-label')).toBe(es.search.headerFormLabel);
    expect(header.querySelector('input')?.getAttribute('placeholder')).toBe(es.search.headerPlaceholder);
    expect(header.querySelector('label')?.text.trim()).toBe(es.search.headerBoxLabel);
    expect(header.querySelector('#header-card-label')?.text.trim()).toBe(es.search.headerCardLabel);
  });

  test('the header’s other words come in each language from its search-words.json', () => {
    for (const [file, words] of [
      ['search-words.json', en.search.client],
      ['es/search-words.json', es.search.client],
    ] as const) {
      expect(parseWords(readFileSync(join(DIST, file), 'utf8'), HEADER_WORD_KEYS), file).toEqual(
        pickWords(words, HEADER_WORD_KEYS),
      );
    }
  });

  test('/es/search/: the form, its states and its links are Spanish, with no English search text', () => {
    const page = readPage('es/search/index.html');
    const search = page.querySelector('bsg-site-search')!;
    expect(search.getAttribute('data-index')).toBe(withBase('/es/search-index/', BASE));
    expect(parseWords(search.getAttribute('data-words'), SEARCH_WORD_KEYS)).toEqual(es.search.client);
    expect(search.querySelector('form')?.getAttribute('action')).toBe(withBase('/es/search/', BASE));
    expect(search.querySelector('label')?.text.trim()).toBe(es.search.pageBoxLabel);
    expect(search.querySelector('[data-search-nojs]')?.text.trim()).toBe(es.search.noScript);
    expect(search.querySelector('[data-search-empty] a')?.getAttribute('href')).toBe(
      withBase('/es/articles/when-to-get-help/', BASE),
    );
    expect(page.querySelector('h1')?.text.trim()).toBe(es.search.pageHeading);
    expect(page.querySelector('#browse-topics')?.text.trim()).toBe(es.search.browseTopics);
    // None of the English search texts, visible or in an attribute, in what search puts on the page
    // (the emergency card inside is the care card's own, checked with the cards).
    for (const card of page.querySelectorAll('[data-search-emergency], bsg-header-search template')) card.remove();
    const ours = [
      page.querySelector('bsg-site-search'),
      page.querySelector('bsg-header-search'),
      page.querySelector('main h1'),
      page.querySelector('main p.prose'),
      page.querySelector('#browse-topics'),
    ]
      .map((element) => element?.outerHTML ?? '')
      .join('\n');
    const english = ([...Object.values(en.search), ...Object.values(en.search.client)] as unknown[]).filter(
      (text): text is string => typeof text === 'string' && text.length > 3 && !/^\{/.test(text),
    );
    const found = (text: string) =>
      [text, text.replace(/'/g, '&#39;')].some((form) =>
        new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(ours),
      );
    expect(english.filter(found)).toEqual([]);
  });
});
