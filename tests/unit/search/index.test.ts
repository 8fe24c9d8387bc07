import Fuse from 'fuse.js/basic';
import { describe, expect, test } from 'vitest';
import {
  searchDocSchema,
  searchMetaSchema,
  searchShardSchema,
  synonymListSchema,
  type SearchRecord,
} from '../../../src/schemas/search.ts';
import { buildIndex, encodePostings, hashOf } from '../../../src/search/buildIndex.ts';
import { FUSE_OPTIONS, matchTerms, SearchEngine, memorySource } from '../../../src/search/engine.ts';
import { shardFor, shardKey } from '../../../src/search/shards.ts';

const record = (
  slug: string,
  title: string,
  heading: string,
  text: string,
  extra: Partial<SearchRecord> = {},
): SearchRecord => ({
  slug,
  anchor: heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, ''),
  title,
  heading,
  description: `About ${title.toLowerCase()}.`,
  tags: [],
  keywords: [],
  text,
  ...extra,
});

const records: SearchRecord[] = [
  record('ice-or-heat', 'Ice or heat', 'Does heat help?', 'Heat may ease a back spasm a little.', {
    tags: ['hot water bottle'],
  }),
  record('ice-or-heat', 'Ice or heat', 'Does ice help?', 'There is little research on ice.'),
  record('rest', 'How long to rest', 'How long should I rest?', 'Rest as little as you can and keep moving.'),
  record('rest', 'How long to rest', 'When to get help', 'Get help if it does not settle.', {
    keywords: ['new trouble peeing', 'cant pee'],
  }),
  record(
    'medicines',
    'Pain relief medicines',
    'Which painkiller first?',
    'Anti-inflammatory painkillers such as ibuprofen help a little.',
  ),
];
const options = {
  synonyms: synonymListSchema.parse([
    { means: 'ibuprofen', brands: ['nurofen'] },
    { means: 'back spasm', words: ['threw my back out'] },
  ]),
  emergencyKeywords: ['cant pee', 'bladder'],
};

describe('buildIndex', () => {
  const index = buildIndex(records, options);

  test('meta, shards and docs match their schemas', () => {
    expect(searchMetaSchema.parse(index.meta)).toEqual(index.meta);
    for (const shard of index.shards) expect(searchShardSchema.parse(shard)).toEqual(shard);
    for (const doc of index.docs) expect(searchDocSchema.parse(doc)).toEqual(doc);
    expect(index.meta).toMatchObject({ articles: 3, sections: 5, emergency: [['cant', 'pee'], ['bladder']] });
  });

  test('one doc per article, with each section in page order', () => {
    expect(index.docs.map((d) => [d.slug, d.sections.map((s) => s.anchor)])).toEqual([
      ['ice-or-heat', ['does-heat-help', 'does-ice-help']],
      ['rest', ['how-long-should-i-rest', 'when-to-get-help']],
      ['medicines', ['which-painkiller-first']],
    ]);
  });

  test('postings hold [article delta, section, weight] and [article delta, weight]', () => {
    const all = Object.assign({}, ...index.shards.map((s) => s.terms));
    const [sections, articles] = all.help;
    // "help" is in sections 0 of article 0, 1 of article 0, 1 of article 1 and 0 of article 2.
    expect(sections.filter((_: number, i: number) => i % 3 !== 2)).toEqual([0, 0, 0, 1, 1, 1, 1, 0]);
    expect(articles).toEqual([]);
    expect(all.ice[1]).toEqual([0, expect.any(Number)]);
    for (const weight of sections.filter((_: number, i: number) => i % 3 === 2))
      expect(weight).toBeGreaterThanOrEqual(1);
    expect(all.pee[0]).toEqual([1, 1, expect.any(Number)]);
  });

  test('small shards: every term sits in the shard its two-letter key points to', () => {
    const small = buildIndex(records, { ...options, shardTargetBytes: 50 });
    expect(small.shards.length).toBeGreaterThan(3);
    for (const [n, shard] of small.shards.entries()) {
      for (const term of Object.keys(shard.terms)) expect(shardFor(shardKey(term), small.meta.shards), term).toBe(n);
    }
  });

  test('the hash changes with the content and not otherwise', () => {
    expect(buildIndex(records, options).meta.hash).toBe(index.meta.hash);
    expect(buildIndex(records.slice(1), options).meta.hash).not.toBe(index.meta.hash);
    expect(hashOf('a')).not.toBe(hashOf('b'));
  });

  test('records of one article must be together', () => {
    expect(() => buildIndex([records[0]!, records[2]!, records[1]!], options)).toThrow(
      /"ice-or-heat" are not together/,
    );
  });
});

describe('encodePostings', () => {
  test('delta-encodes article numbers', () => {
    expect(
      encodePostings(
        [
          [0, 0, 50],
          [0, 2, 10],
          [3, 1, 70],
        ],
        [
          [1, 40],
          [4, 9],
        ],
        10,
      ),
    ).toEqual([
      [0, 0, 50, 0, 2, 10, 3, 1, 70],
      [1, 40, 3, 9],
    ]);
  });

  test('past the limit, keeps the best-weighted postings in order, and the true count', () => {
    expect(
      encodePostings(
        [
          [0, 0, 50],
          [0, 2, 10],
          [3, 1, 70],
          [5, 0, 60],
        ],
        [],
        2,
      ),
    ).toEqual([[3, 1, 70, 2, 0, 60], [], 4]);
  });

  test('a common word missing from a section does not count against it', async () => {
    const common = records.map((r) => ({ ...r, text: `${r.text} common` }));
    const index = buildIndex(common, { ...options, maxPostings: 2 });
    const all = Object.assign({}, ...index.shards.map((s) => s.terms));
    expect(all.common).toHaveLength(3);
    expect(all.common[2]).toBe(5);
    const engine = new SearchEngine(memorySource(index));
    // "rest" sections lack a kept "common" posting, yet rank as fully matching.
    const { results } = await engine.search('common rest');
    expect(results[0]).toMatchObject({ slug: 'rest', anchor: 'how-long-should-i-rest' });
    expect(results[0]!.score).toBeGreaterThan(0);
  });
});

describe('shardFor', () => {
  test('finds the last shard starting at or before a key', () => {
    const starts = ['0', 'dr', 'ly', 'sc'];
    expect(['00', 'ab', 'dr', 'ds', 'ly', 'sa', 'sc', 'zz'].map((k) => shardFor(k, starts))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
    expect(shardFor('', starts)).toBe(0);
  });
});

describe('matchTerms', () => {
  const terms = ['ice', 'iced', 'police', 'spasm', 'space', 'stretch', 'stretching', 'rest', 'restaurant'];
  const fuse = new Fuse(terms, FUSE_OPTIONS);
  const match = (word: string) => matchTerms(word, (t) => terms.includes(t), fuse).map((v) => v.term);

  test('an exact word comes first, with longer words that start with it', () => {
    expect(match('ice')).toEqual(['ice', 'iced']);
    expect(match('rest')[0]).toBe('rest');
  });

  test('a typo finds the word meant, only when the word itself is unknown', () => {
    expect(match('spazm')[0]).toBe('spasm');
    expect(match('strech')).toContain('stretch');
    expect(match('police')).toEqual(['police']);
  });

  test('no match far inside a word ("ice" is not in "police")', () => {
    expect(match('ice')).not.toContain('police');
  });
});

describe('SearchEngine', () => {
  const engine = new SearchEngine(memorySource(buildIndex(records, options)));
  const top = async (query: string) => (await engine.search(query)).results.map((r) => `${r.slug}#${r.anchor}`);

  test('ranks the section that matches best', async () => {
    expect((await top('does ice help'))[0]).toBe('ice-or-heat#does-ice-help');
    expect((await top('how long to rest'))[0]).toBe('rest#how-long-should-i-rest');
  });

  test('finds words by typo, by brand and by article-level tags', async () => {
    expect((await top('painkilers'))[0]).toBe('medicines#which-painkiller-first');
    expect((await top('nurofen'))[0]).toBe('medicines#which-painkiller-first');
    expect((await top('hot water bottle'))[0]).toMatch(/^ice-or-heat#/);
  });

  test('brand names are never in a result, and snippets mark the generic name', async () => {
    const { results } = await engine.search('nurofen');
    expect(JSON.stringify(results)).not.toMatch(/nurofen/i);
    const snippet = results[0]!.snippet;
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toContain('ibuprofen');
  });

  test('care-card keywords find a section, and flag an emergency', async () => {
    const response = await engine.search("can't pee");
    expect(response.emergency).toBe(true);
    expect(response.results[0]).toMatchObject({ slug: 'rest', anchor: 'when-to-get-help' });
    expect((await engine.search('ice')).emergency).toBe(false);
  });

  test('nothing for an empty query or words found nowhere', async () => {
    expect((await engine.search('   ')).results).toEqual([]);
    expect((await engine.search('the and of')).results).toEqual([]);
    expect((await engine.search('qqqzzzx')).results).toEqual([]);
  });

  test('at most 2 sections of one article, and the limit holds', async () => {
    const { results } = await engine.search('help', 10);
    const perArticle = new Map<string, number>();
    for (const r of results) perArticle.set(r.slug, (perArticle.get(r.slug) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(2);
    expect((await engine.search('help', 1)).results).toHaveLength(1);
  });

  test('fetches only the shards a query needs, once each', async () => {
    const index = buildIndex(records, { ...options, shardTargetBytes: 50 });
    const fetched: number[] = [];
    const source = memorySource(index);
    const counting = new SearchEngine({ ...source, shard: (n) => (fetched.push(n), source.shard(n)) });
    await counting.search('ice');
    await counting.search('ice ice');
    expect(fetched).toEqual([shardFor('ic', index.meta.shards)]);
  });
});
