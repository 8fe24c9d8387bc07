import { describe, expect, test } from 'vitest';
import {
  searchDocSchema,
  searchMetaSchema,
  searchShardSchema,
  searchTypoShardSchema,
  synonymListSchema,
  type SearchRecord,
} from '../../../src/schemas/search.ts';
import { buildIndex, encodePostings, hashOf } from '../../../src/search/buildIndex.ts';
import { matchTerms, SearchEngine, memorySource, shownSections, typoQuality } from '../../../src/search/engine.ts';
import { closeSpellings } from '../../../src/search/spellings.ts';
import { shardFor, shardStart, shardsForPrefix, typoKeys } from '../../../src/search/shards.ts';

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
    for (const table of index.typos) expect(searchTypoShardSchema.parse(table)).toEqual(table);
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

  test('small shards: every term sits in the shard its start points to, and typo keys likewise', () => {
    const small = buildIndex(records, { ...options, shardTargetBytes: 50, typoShardBytes: 50 });
    expect(small.shards.length).toBeGreaterThan(3);
    expect(small.typos.length).toBeGreaterThan(3);
    for (const [n, shard] of small.shards.entries()) {
      for (const term of Object.keys(shard.terms)) expect(shardFor(term, small.meta.shards), term).toBe(n);
    }
    for (const [n, table] of small.typos.entries()) {
      for (const key of Object.keys(table.words)) expect(shardFor(key, small.meta.typos), key).toBe(n);
    }
  });

  test('a heavy prefix is split: no shard grows past the hard cap by more than one term', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      record(`a${i}`, `Spasm ${i}`, `Spasm part ${i}`, `spasmodic spasms spastic spasmx${i} spasmy${i}`),
    );
    const index = buildIndex(many, { ...options, shardTargetBytes: 2_000, shardMaxBytes: 3_000 });
    const spShards = index.shards.filter((s) => Object.keys(s.terms).some((t) => t.startsWith('spa')));
    expect(spShards.length).toBeGreaterThan(3);
    for (const shard of index.shards) {
      const terms = Object.entries(shard.terms);
      const size = terms.reduce((sum, [t, p]) => sum + t.length + 8 + JSON.stringify(p).length, 0);
      const biggest = Math.max(...terms.map(([t, p]) => t.length + 8 + JSON.stringify(p).length));
      expect(size).toBeLessThan(3_000 + biggest);
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

  test('past the article limit, keeps the best-weighted articles in order, and both true counts', () => {
    expect(
      encodePostings(
        [[0, 0, 50]],
        [
          [0, 10],
          [2, 90],
          [3, 40],
        ],
        10,
        2,
      ),
    ).toEqual([[0, 0, 50], [2, 90, 1, 40], 1, 3]);
  });

  test('a word in the titles of too many articles is still rare by its true count, not by what is kept', async () => {
    const many = Array.from({ length: 6 }, (_, i) => record(`a${i}`, `Spasm ${i}`, `Part ${i}`, `Text ${i}.`));
    const full = buildIndex(many, options);
    const cut = buildIndex(many, { ...options, maxArticlePostings: 2 });
    const all = (i: typeof cut) => Object.assign({}, ...i.shards.map((s) => s.terms));
    expect(all(cut).spasm[1]).toHaveLength(4);
    expect(all(cut).spasm[3]).toBe(6);
    // The kept articles score as they would with nothing cut.
    const top = async (i: typeof cut) => (await new SearchEngine(memorySource(i)).search('spasm')).results[0]!.score;
    expect(await top(cut)).toBeCloseTo(await top(full));
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
    expect(shownSections(results)[0]).toMatchObject({ slug: 'rest', anchor: 'how-long-should-i-rest' });
    expect(results[0]!.score).toBeGreaterThan(0);
  });
});

describe('shardFor, shardStart, shardsForPrefix, typoKeys', () => {
  test('finds the last shard starting at or before a term', () => {
    const starts = ['', 'dr', 'ly', 'sc', 'spas', 'spat'];
    expect(
      ['00', 'ab', 'dr', 'ds', 'ly', 'sa', 'sc', 'spa', 'spasm', 'spatula', 'zz'].map((k) => shardFor(k, starts)),
    ).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5]);
    expect(shardFor('', starts)).toBe(0);
  });

  test('a start is the shortest prefix of the first term after the previous shard', () => {
    expect(shardStart(undefined, 'ache')).toBe('');
    expect(shardStart('spasm', 'spatula')).toBe('spat');
    expect(shardStart('back', 'cold')).toBe('c');
    expect(shardStart('spasm', 'spasms')).toBe('spasms');
  });

  test('a prefix can need more than one shard, up to a limit', () => {
    const starts = ['', 'spa', 'spas', 'spat', 't'];
    expect(shardsForPrefix('spa', starts)).toEqual([1, 2, 3]);
    expect(shardsForPrefix('spasm', starts)).toEqual([2]);
    expect(shardsForPrefix('s', starts, 2)).toEqual([0, 1]);
  });

  test('words one typo apart in their first letters share a typo key', () => {
    const shared = (a: string, b: string) => typoKeys(a).some((k) => typoKeys(b).includes(k));
    expect(shared('psasm', 'spasm')).toBe(true); // swapped
    expect(shared('pasm', 'spasm')).toBe(true); // first letter missed
    expect(shared('sspasm', 'spasm')).toBe(true); // letter added
    expect(shared('tirmeric', 'turmeric')).toBe(true); // wrong letter
    expect(shared('icee', 'ice')).toBe(true);
    expect(shared('covid', 'spasm')).toBe(false);
    expect(typoKeys('ab')).toEqual([]);
  });
});

describe('matchTerms', () => {
  const terms = [
    'ice',
    'iced',
    'police',
    'spasm',
    'space',
    'stretch',
    'stretching',
    'rest',
    'restaurant',
    'chill',
    'cold',
  ].sort();
  const match = (word: string, exact = false) =>
    matchTerms(word, [terms], (t) => terms.includes(t), exact, closeSpellings).map((v) => v.term);

  test('an exact word comes first, with longer words that start with it', () => {
    expect(match('ice')).toEqual(['ice', 'iced']);
    expect(match('rest')[0]).toBe('rest');
  });

  test('a longer form counts less the longer it is', () => {
    const [, stretching] = matchTerms('stretch', [terms], (t) => terms.includes(t));
    expect(stretching).toEqual({ term: 'stretching', quality: 0.9 * Math.sqrt(7 / 10) });
  });

  test('a typo finds the word meant, only when the word itself is unknown', () => {
    expect(match('spazm')[0]).toBe('spasm');
    expect(match('strech')).toContain('stretch');
    expect(match('police')).toEqual(['police']);
  });

  test('an absolute limit: a word with no close term matches nothing', () => {
    expect(match('covid')).toEqual([]);
    expect(match('child')).toEqual([]);
    expect(match('qqqzzzx')).toEqual([]);
  });

  test('the typo limit makes the cut: a swap in four letters is in, "timer" is not "tirmeric"', () => {
    expect(match('rset')).toEqual(['rest']);
    expect(
      matchTerms('tirmeric', [['timer', 'turmeric']], () => false, false, closeSpellings).map((v) => v.term),
    ).toEqual(['turmeric']);
  });

  test('typos are ranked by their cost, and one typo counts less in a longer word', () => {
    // A letter missed costs 1, a wrong letter far from the right key 2: both within the limit of 8 letters.
    const [first, second] = matchTerms('abcdefgh', [['abcdefg', 'abcdefgi']], () => false, false, closeSpellings);
    expect(first).toEqual({ term: 'abcdefg', quality: typoQuality(1, 8) });
    expect(second).toEqual({ term: 'abcdefgi', quality: typoQuality(2, 8) });
    expect(typoQuality(1, 9)).toBeGreaterThan(typoQuality(1, 5));
    expect(typoQuality(2, 9)).toBeLessThan(typoQuality(1, 9));
  });

  test('exact matching finds only the word itself', () => {
    expect(match('stretch', true)).toEqual(['stretch']);
    expect(match('strech', true)).toEqual([]);
  });

  test('no match far inside a word ("ice" is not in "police")', () => {
    expect(match('ice')).not.toContain('police');
  });
});

describe('SearchEngine', () => {
  const engine = new SearchEngine(memorySource(buildIndex(records, options)));
  const top = async (query: string) =>
    shownSections((await engine.search(query)).results).map((r) => `${r.slug}#${r.anchor}`);

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
    const snippet = results[0]!.sections[0]!.snippet;
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toContain('ibuprofen');
  });

  test('care-card keywords find a section, and flag an emergency', async () => {
    const response = await engine.search("can't pee");
    expect(response.emergency).toBe(true);
    expect(shownSections(response.results)[0]).toMatchObject({ slug: 'rest', anchor: 'when-to-get-help' });
    expect((await engine.search('ice')).emergency).toBe(false);
  });

  test('nothing for an empty query or words found nowhere', async () => {
    expect((await engine.search('   ')).results).toEqual([]);
    expect((await engine.search('the and of')).results).toEqual([]);
    expect((await engine.search('qqqzzzx')).results).toEqual([]);
  });

  test('sections are grouped under their article, at most 2 each, and the limit counts articles', async () => {
    const { results } = await engine.search('help', 10);
    expect(new Set(results.map((r) => r.slug)).size).toBe(results.length);
    expect(Math.max(...results.map((r) => r.sections.length))).toBeLessThanOrEqual(2);
    expect(results.find((r) => r.slug === 'ice-or-heat')?.sections).toHaveLength(2);
    expect((await engine.search('help', 1)).results).toHaveLength(1);
  });

  test('a word no page uses is reported, and the other words still search', async () => {
    const covid = await engine.search('covid');
    expect(covid.unknown).toEqual(['covid']);
    expect(covid.results).toEqual([]);
    const withIce = await engine.search('covid ice');
    expect(withIce.unknown).toEqual(['covid']);
    expect(shownSections(withIce.results)[0]?.slug).toBe('ice-or-heat');
    expect((await engine.search('ice')).unknown).toEqual([]);
  });

  test('words of a synonym phrase are matched exactly, never by typo ("threw" is not "through")', async () => {
    const through = [
      ...records,
      record('walking', 'Walking', 'Walking through it', 'Keep walking through the day.'),
      record('spasm', 'Back spasm', 'What is a back spasm?', 'A back spasm is a sudden tight back.'),
    ];
    const own = new SearchEngine(memorySource(buildIndex(through, options)));
    const { results } = await own.search('threw my back out');
    expect(results[0]?.slug).toBe('spasm');
    expect(results.map((r) => r.slug)).not.toContain('walking');
  });

  test('the first result can show before the others: one promise per result', async () => {
    const index = buildIndex(records, options);
    const source = memorySource(index);
    const first = (await new SearchEngine(source).rank('help')).articles[0]!.article;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = new SearchEngine({
      ...source,
      doc: async (n) => (n === first ? source.doc(n) : held.then(() => source.doc(n))),
    });
    const { results } = await slow.find('help');
    expect(results.length).toBeGreaterThan(1);
    // The first result arrives while every other doc is still held back.
    expect((await results[0])?.slug).toBe(index.docs[first]?.slug);
    release();
    expect((await Promise.all(results)).every(Boolean)).toBe(true);
  });

  test("the other results' docs are asked for only once the first has come and the page says so", async () => {
    const source = memorySource(buildIndex(records, options));
    const asked: number[] = [];
    const watching = new SearchEngine({ ...source, doc: (n) => (asked.push(n), source.doc(n)) });
    let drawn: () => void = () => {};
    const painted = new Promise<void>((resolve) => (drawn = resolve));
    const { results } = await watching.find('help', 10, { rest: () => painted });
    expect(results.length).toBeGreaterThan(1);
    await results[0];
    await new Promise((done) => setTimeout(done, 0));
    expect(asked).toHaveLength(1);
    drawn();
    await Promise.all(results);
    expect(asked).toHaveLength(results.length);
  });

  test('fetches only the shards a query needs, once each', async () => {
    const index = buildIndex(records, { ...options, shardTargetBytes: 50 });
    const fetched: number[] = [];
    const source = memorySource(index);
    const counting = new SearchEngine({ ...source, shard: (n) => (fetched.push(n), source.shard(n)) });
    await counting.search('ice');
    await counting.search('ice ice');
    expect(fetched).toEqual(shardsForPrefix('ice', index.meta.shards));
  });
});
