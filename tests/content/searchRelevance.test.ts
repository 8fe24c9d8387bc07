import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import { isSearchable, words } from '../../src/search/text.ts';
import { SearchEngine, memorySource, shownSections } from '../../src/search/engine.ts';
import { searchCheckFiles } from '../../src/pipeline/emergencyWords.ts';

// Relevance: everyday queries against the real index built from content/.
// Each must find one of its expected pages in the top 3. The hit rate is printed.
const TOP = 3;
const querySchema = z.array(z.strictObject({ query: z.string().min(1), expect: z.array(z.string().regex(/^[a-z0-9-]+(#[^\s#]+)?$/)).min(1) }));

describe('search relevance', async () => {
  const queries = querySchema.parse(parse(await readFile(searchCheckFiles('en').queries, 'utf8')));
  const { index } = await readSiteSearch(process.cwd());
  const engine = new SearchEngine(memorySource(index));

  test('the query set has at least 40 queries, and every expected page and section exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const known = new Set(index.docs.flatMap((d) => [d.slug, ...d.sections.map((s) => `${d.slug}#${s.anchor}`)]));
    expect(queries.flatMap((q) => q.expect).filter((target) => !known.has(target))).toEqual([]);
  });

  test('queries that mention an emergency sign show the emergency card, and others do not', async () => {
    const cases = z
      .strictObject({ emergency: z.array(z.string()).min(40), 'not emergency': z.array(z.string()).min(40) })
      .parse(parse(await readFile(searchCheckFiles('en').emergency, 'utf8')));
    const wrong: string[] = [];
    for (const [list, wanted] of [[cases.emergency, true], [cases['not emergency'], false]] as const) {
      for (const query of list) {
        const { emergency } = await engine.search(query, TOP);
        if (emergency !== wanted) wrong.push(`"${query}": emergency card ${emergency ? 'shown' : 'not shown'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test(`every query finds an expected page in the top ${TOP}`, async () => {
    const misses: string[] = [];
    for (const { query, expect: targets } of queries) {
      // The first TOP sections a reader sees, each article's sections grouped under it.
      const { results } = await engine.search(query, TOP);
      const found = shownSections(results)
        .slice(0, TOP)
        .map((r) => `${r.slug}#${r.anchor}`);
      const hit = found.some((f) => targets.some((t) => (t.includes('#') ? f === t : f.startsWith(`${t}#`))));
      if (!hit) misses.push(`"${query}": wanted ${targets.join(' or ')}, got ${found.join(', ') || 'nothing'}`);
    }
    const hits = queries.length - misses.length;
    console.log(`search relevance: ${hits}/${queries.length} queries (${((100 * hits) / queries.length).toFixed(1)}%) found an expected page in the top ${TOP}`);
    expect(misses).toEqual([]);
  });
});

describe('content/synonyms.yaml', async () => {
  const { index } = await readSiteSearch(process.cwd());
  const content = loadCheckedSite();
  const indexed = new Set(index.shards.flatMap((s) => Object.keys(s.terms)));

  test('every "means" is made of words our pages use', () => {
    const unknown = content.synonyms.flatMap((entry) => words(entry.means).filter((w) => isSearchable(w) && !indexed.has(w)).map((w) => `${entry.means}: "${w}"`));
    expect(unknown).toEqual([]);
  });
});

// The Spanish edition: its index (built from the Spanish content, with content/es/synonyms.yaml)
// against Spanish everyday queries and the Spanish emergency keywords.
describe('search relevance in Spanish', async () => {
  const queries = querySchema.parse(parse(await readFile(searchCheckFiles('es').queries, 'utf8')));
  const { index } = await readSiteSearch(process.cwd(), 'es');
  const engine = new SearchEngine(memorySource(index));

  test('the index is Spanish; the query set has at least 60 queries, and every expected page and section exists', () => {
    expect(index.meta.language).toBe('es');
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const known = new Set(index.docs.flatMap((d) => [d.slug, ...d.sections.map((s) => `${d.slug}#${s.anchor}`)]));
    expect(queries.flatMap((q) => q.expect).filter((target) => !known.has(target))).toEqual([]);
  });

  test('Spanish queries that mention an emergency sign show the emergency card, and look-alikes do not', async () => {
    const cases = z
      .strictObject({ emergency: z.array(z.string()).min(40), 'not emergency': z.array(z.string()).min(40) })
      .parse(parse(await readFile(searchCheckFiles('es').emergency, 'utf8')));
    const wrong: string[] = [];
    for (const [list, wanted] of [[cases.emergency, true], [cases['not emergency'], false]] as const) {
      for (const query of list) {
        const { emergency } = await engine.search(query, TOP);
        if (emergency !== wanted) wrong.push(`"${query}": emergency card ${emergency ? 'shown' : 'not shown'}`);
      }
    }
    console.log(`search emergency (es): ${cases.emergency.length + cases['not emergency'].length - wrong.length}/${cases.emergency.length + cases['not emergency'].length} queries right (${cases.emergency.length} signs, ${cases['not emergency'].length} look-alikes)`);
    expect(wrong).toEqual([]);
  });

  test(`every Spanish query finds an expected page in the top ${TOP}`, async () => {
    const misses: string[] = [];
    let first = 0;
    for (const { query, expect: targets } of queries) {
      const { results } = await engine.search(query, TOP);
      const found = shownSections(results)
        .slice(0, TOP)
        .map((r) => `${r.slug}#${r.anchor}`);
      const expected = (f: string) => targets.some((t) => (t.includes('#') ? f === t : f.startsWith(`${t}#`)));
      if (found[0] !== undefined && expected(found[0])) first += 1;
      if (!found.some(expected)) misses.push(`"${query}": wanted ${targets.join(' or ')}, got ${found.join(', ') || 'nothing'}`);
    }
    const hits = queries.length - misses.length;
    const rate = (n: number) => `${n}/${queries.length} (${((100 * n) / queries.length).toFixed(1)}%)`;
    console.log(`search relevance (es): ${rate(hits)} found an expected page in the top ${TOP}, ${rate(first)} first`);
    expect(misses).toEqual([]);
  });
});

describe('content/es/synonyms.yaml', async () => {
  const { index } = await readSiteSearch(process.cwd(), 'es');
  const synonyms = loadCheckedSite().translations.es?.synonyms ?? [];
  const indexed = new Set(index.shards.flatMap((s) => Object.keys(s.terms)));

  test('is there, and valid', () => {
    expect(synonyms.length).toBeGreaterThan(20);
  });

  test('every "means" is made of words our Spanish pages use', () => {
    const unknown = synonyms.flatMap((entry) => words(entry.means, 'es').filter((w) => isSearchable(w, 'es') && !indexed.has(w)).map((w) => `${entry.means}: "${w}"`));
    expect(unknown).toEqual([]);
  });
});
