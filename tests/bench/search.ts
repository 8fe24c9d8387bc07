// Search benchmark: bytes before the first result, index build time and
// query latency, on the real site and on generated corpora of 100, 1,000
// and 10,000 articles shaped like ours.
// Usage: npm run bench:search   (builds the site, then runs this file)
//        node tests/bench/search.ts [articles ...]   (with dist/ already built)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import type { SearchDoc, SearchRecord, SearchShard, SearchTypoShard } from '../../src/schemas/search.ts';
import { buildIndex, type SearchIndex } from '../../src/search/buildIndex.ts';
import { SearchEngine, memorySource } from '../../src/search/engine.ts';
import { stem } from '../../src/search/text.ts';
import { generateCorpus } from './corpus.ts';
import { SLOW_4G, measureInBrowser, type BrowserQuery } from './searchBrowser.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const CORPORA = SIZES.length > 0 ? SIZES : [100, 1_000, 10_000];
const REPEATS = 5;
/** The corpora also measured in Chromium (the real site is always): BENCH_BROWSER=0 skips the browser. */
const BROWSER_SIZES = process.env.BENCH_BROWSER === '0' ? [] : [0, 1_000];
const LIMIT = 10;

// Level 6, as in the page-weight bench and most servers' default.
const gz = (text: string) => gzipSync(text, { level: 6 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** The JavaScript a search needs: the <bsg-site-search> element and the chunk it imports (the engine, the session and the view). */
function searchScripts(): { files: string[]; bytes: number } {
  const folder = join(DIST, '_astro');
  if (!existsSync(join(DIST, 'search', 'index.html'))) {
    throw new Error(`${DIST}/search/index.html is missing: run "npm run build" first (or "npm run bench:search")`);
  }
  const element = readdirSync(folder).find(
    (f) => f.startsWith('SiteSearch.astro_astro_type_script') && f.endsWith('.js'),
  );
  if (!element) throw new Error(`no <bsg-site-search> script in ${folder}`);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(folder, file), 'utf8');
    for (const match of code.matchAll(/(?:import\(|from)\s*[`'"]\.\/([^`'"]+\.js)[`'"]/g)) visit(match[1]!);
  };
  visit(element);
  const list = [...files];
  return { files: list, bytes: list.reduce((sum, f) => sum + gz(readFileSync(join(folder, f), 'utf8')), 0) };
}

/** The relevance queries; BENCH_QUERIES=n keeps the first n (a quick trial run). */
const queries = (parse(readFileSync('content/search-checks/search-queries.yaml', 'utf8')) as { query: string }[])
  .map((q) => q.query)
  .slice(0, Number(process.env.BENCH_QUERIES) || undefined);

/** Words our pages use, misspelt in their first two letters and later on, for the typo check. */
const TYPO_WORDS = [
  'spasm',
  'stretch',
  'muscle',
  'ibuprofen',
  'physiotherapist',
  'sciatica',
  'paracetamol',
  'bladder',
  'exercise',
  'posture',
  'massage',
  'kidney',
  'turmeric',
  'magnesium',
  'mattress',
];
const NEAR = { s: 'a', t: 'r', m: 'n', i: 'u', p: 'o', b: 'v', e: 'w', k: 'j', a: 's' } as Record<string, string>;
/** One typo at `at`: a swap with the next letter, a wrong key next to the right one, or a missed letter, in turn. */
function typo(word: string, at: number, kind: number): string {
  if (kind === 0) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + (NEAR[word[at]!] ?? 'x') + word.slice(at + 1);
  return word.slice(0, at) + word.slice(at + 1);
}
const EARLY_TYPOS = TYPO_WORDS.map((w, i) => [typo(w, i % 2, i % 3), w] as const);
const LATE_TYPOS = TYPO_WORDS.map((w, i) => [typo(w, w.length - 3, i % 3), w] as const);

/** How many typos find the word meant (among the index terms the query matched). */
async function typoHits(engine: SearchEngine, cases: readonly (readonly [string, string])[]): Promise<string[]> {
  const missed: string[] = [];
  for (const [typed, meant] of cases) {
    const { matched } = await engine.rank(typed, 10);
    if (![...matched].some((term) => term === meant || term === stem(meant))) missed.push(`${typed} (${meant})`);
  }
  return missed;
}

interface Row {
  corpus: string;
  articles: number;
  sections: number;
  terms: number;
  buildMs: number;
  indexTotal: number;
  firstMedian: number;
  firstMax: number;
  p50: number;
  p95: number;
  cpuP95: number;
  coldP95: number;
  earlyMissed: string[];
  lateMissed: string[];
}

async function measure(corpus: string, index: SearchIndex, buildMs: number, scriptBytes: number): Promise<Row> {
  const shardText = index.shards.map((s) => JSON.stringify(s));
  const docText = index.docs.map((d) => JSON.stringify(d));
  const shardGz = shardText.map(gz);
  const docGz = docText.map(gz);
  const metaGz = gz(JSON.stringify(index.meta));

  const typoText = index.typos.map((t) => JSON.stringify(t));
  const typoGz = typoText.map(gz);

  // Bytes before the first result: scripts, meta, then every file the engine asks for
  // (term shards, typo-table shards, docs) until the first result's own doc has arrived.
  const firstBytes: number[] = [];
  for (const query of queries) {
    let bytes = scriptBytes + metaGz;
    let first: number | undefined;
    const base = memorySource(index);
    const counting = new SearchEngine({
      meta: index.meta,
      shard: (n) => ((bytes += shardGz[n] ?? 0), base.shard(n)),
      typos: (n) => ((bytes += typoGz[n] ?? 0), base.typos(n)),
      // The first doc asked for is the first result's; the engine asks for the others once it has arrived.
      doc: (n) => ((first ??= bytes + (docGz[n] ?? 0)), base.doc(n)),
    });
    await Promise.all((await counting.find(query, LIMIT)).results);
    firstBytes.push(first ?? bytes);
  }
  const engine = new SearchEngine(memorySource(index));

  // Warm latency: everything fetched, each query run once to warm up, then timed REPEATS times.
  for (const query of queries) await engine.search(query, LIMIT);
  // Wall time, and CPU time (which a busy shared machine distorts less).
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const query of queries) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      await engine.search(query, LIMIT);
      const used = process.cpuUsage(startCpu);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }

  // Cold latency: a fresh engine per query, so JSON parsing of its shards counts too.
  const cold: number[] = [];
  for (const query of queries) {
    const fresh = new SearchEngine({
      meta: index.meta,
      shard: async (n) => JSON.parse(shardText[n] ?? '{"terms":{}}') as SearchShard,
      typos: async (n) => JSON.parse(typoText[n] ?? '{"words":{}}') as SearchTypoShard,
      doc: async (n) => JSON.parse(docText[n] ?? 'null') as SearchDoc,
    });
    const start = performance.now();
    await fresh.search(query, LIMIT);
    cold.push(performance.now() - start);
  }

  return {
    corpus,
    articles: index.meta.articles,
    sections: index.meta.sections,
    terms: index.shards.reduce((sum, s) => sum + Object.keys(s.terms).length, 0),
    buildMs,
    indexTotal: metaGz + [...shardGz, ...typoGz, ...docGz].reduce((a, b) => a + b, 0),
    firstMedian: percentile(firstBytes, 50),
    firstMax: Math.max(...firstBytes),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpuP95: percentile(cpu, 95),
    coldP95: percentile(cold, 95),
    earlyMissed: await typoHits(engine, EARLY_TYPOS),
    lateMissed: await typoHits(engine, LATE_TYPOS),
  };
}

const scripts = searchScripts();
const site = await readSiteSearch(process.cwd());
const rows: Row[] = [];
// Every corpus searches with the site's own synonyms and emergency keywords.
const corpora: [string, () => SearchRecord[]][] = [
  ['real site', () => site.records],
  ...CORPORA.map((articles): [string, () => SearchRecord[]] => [
    'generated',
    () => generateCorpus(site.records, { articles }),
  ]),
];
const inBrowser: { corpus: string; articles: number; queries: BrowserQuery[] }[] = [];
for (const [name, records] of corpora) {
  const list = records();
  const start = performance.now();
  const index = buildIndex(list, site.options);
  rows.push(await measure(name, index, performance.now() - start, scripts.bytes));
  if (BROWSER_SIZES.includes(name === 'real site' ? 0 : index.meta.articles)) {
    inBrowser.push({
      corpus: name,
      articles: index.meta.articles,
      queries: await measureInBrowser(DIST, index, queries),
    });
  }
}

console.log(
  `Search benchmark: ${queries.length} queries (content/search-checks/search-queries.yaml), Node ${process.version}, ${REPEATS} timed runs each.`,
);
console.log(`Scripts a search needs (gzip): ${kb(scripts.bytes)} (${scripts.files.join(', ')}).`);
console.log(
  '"Before first result" = scripts + meta.json + the term shards the query needs + the first result\'s doc, gzip; median and worst query.\n',
);
const header = [
  'corpus',
  'articles',
  'sections',
  'terms',
  'index build',
  'whole index (gzip)',
  'before first result: median',
  'worst',
  'query p50',
  'p95',
  'p95 (CPU time)',
  'first query p95 (cold)',
  'early typos found',
  'later typos found',
];
const table = rows.map((r) => [
  r.corpus,
  r.articles.toLocaleString('en-GB'),
  r.sections.toLocaleString('en-GB'),
  r.terms.toLocaleString('en-GB'),
  ms(r.buildMs),
  kb(r.indexTotal),
  kb(r.firstMedian),
  kb(r.firstMax),
  ms(r.p50),
  ms(r.p95),
  ms(r.cpuP95),
  ms(r.coldP95),
  `${EARLY_TYPOS.length - r.earlyMissed.length}/${EARLY_TYPOS.length}`,
  `${LATE_TYPOS.length - r.lateMissed.length}/${LATE_TYPOS.length}`,
]);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
for (const row of table) console.log(`| ${row.join(' | ')} |`);

for (const r of rows) {
  if (r.earlyMissed.length + r.lateMissed.length > 0)
    console.log(`${r.corpus} ${r.articles}: typos not found: ${[...r.earlyMissed, ...r.lateMissed].join(', ')}`);
}

if (inBrowser.length > 0) {
  console.log(
    `\nIn Chromium (tests/bench/searchBrowser.ts): the header box on ${'an article page'}, nginx with gzip, a fresh context per query,` +
      ` slow 4G (${SLOW_4G.latency} ms latency, ${SLOW_4G.downloadThroughput / 1000} KB/s down). Bytes: everything fetched from focus` +
      " and typing until the first result is on screen, plus the element's own script; on the wire (headers included) and bodies only.\n",
  );
  const browserHeader = [
    'corpus',
    'articles',
    'requests: median',
    'bytes: median',
    'worst',
    'bodies: median',
    'worst',
    'first result, slow 4G: median',
    'p95',
    'worst',
  ];
  console.log(`| ${browserHeader.join(' | ')} |`);
  console.log(`|${browserHeader.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const { corpus, articles, queries: measured } of inBrowser) {
    const of = (pick: (q: BrowserQuery) => number) => measured.map(pick);
    console.log(
      `| ${[
        corpus,
        articles.toLocaleString('en-GB'),
        percentile(
          of((q) => q.requests),
          50,
        ),
        kb(
          percentile(
            of((q) => q.bytes),
            50,
          ),
        ),
        kb(Math.max(...of((q) => q.bytes))),
        kb(
          percentile(
            of((q) => q.bodyBytes),
            50,
          ),
        ),
        kb(Math.max(...of((q) => q.bodyBytes))),
        ms(
          percentile(
            of((q) => q.ms),
            50,
          ),
        ),
        ms(
          percentile(
            of((q) => q.ms),
            95,
          ),
        ),
        ms(Math.max(...of((q) => q.ms))),
      ].join(' | ')} |`,
    );
    const worst = [...measured].sort((a, b) => b.bytes - a.bytes)[0]!;
    const slowest = [...measured].sort((a, b) => b.ms - a.ms)[0]!;
    const none = measured.filter((q) => !q.found).map((q) => q.query);
    console.log(
      `${corpus} ${articles}: most bytes "${worst.query}" (${kb(worst.bytes)}), slowest "${slowest.query}" (${ms(slowest.ms)})` +
        (none.length > 0 ? `; no result (timed to "No results"): ${none.join(', ')}` : ''),
    );
  }
}

// The targets of issue 15, each checked against its corpus.
const at = (n: number) => rows.find((r) => r.articles === n);
const browserAt = (n: number) => inBrowser.find((b) => b.articles === n && b.corpus === 'generated')?.queries;
const b1000 = browserAt(1_000);
const checks: [string, boolean | undefined][] = [
  ['1,000 articles: worst query before first result <= 100 KB', at(1_000) && at(1_000)!.firstMax <= 100 * 1024],
  ['1,000 articles: median before first result <= 50 KB', at(1_000) && at(1_000)!.firstMedian <= 50 * 1024],
  ['10,000 articles: worst query before first result <= 200 KB', at(10_000) && at(10_000)!.firstMax <= 200 * 1024],
  ['10,000 articles: warm query p95 <= 16 ms (wall time)', at(10_000) && at(10_000)!.p95 <= 16],
  ['10,000 articles: >= 13/15 early typos found', at(10_000) && at(10_000)!.earlyMissed.length <= 2],
  ['10,000 articles: >= 14/15 later typos found', at(10_000) && at(10_000)!.lateMissed.length <= 1],
  [
    'Chromium, 1,000 articles: worst query before first result <= 100 KB',
    b1000 && Math.max(...b1000.map((q) => q.bytes)) <= 100 * 1024,
  ],
  [
    'Chromium, 1,000 articles: median before first result <= 50 KB',
    b1000 &&
      percentile(
        b1000.map((q) => q.bytes),
        50,
      ) <=
        50 * 1024,
  ],
  [
    'Chromium, 1,000 articles, slow 4G: every first result within 1.5 s',
    b1000 && Math.max(...b1000.map((q) => q.ms)) <= 1_500,
  ],
];
console.log('\nTargets (issue 15):');
for (const [name, ok] of checks)
  console.log(`- ${name}: ${ok === undefined ? 'not measured' : ok ? 'met' : 'NOT MET'}`);
console.log(`Early typos: ${EARLY_TYPOS.map(([t]) => t).join(' ')}; later: ${LATE_TYPOS.map(([t]) => t).join(' ')}.`);
if (checks.some(([, ok]) => ok === false)) process.exitCode = 1;
