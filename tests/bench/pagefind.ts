// Our search side by side with Pagefind 1.6.0: the same pages, the same Chromium, one nginx on
// localhost (gzip, as nginx.conf), the same 150 ms typing pause, runs alternating between the two.
// Prints, for the real site and generated corpora of 1,000 and 10,000 articles (tests/bench/corpus.ts):
// the time to the first result on screen, the bytes sent before it, and a new query's time on a
// warm page, with ratios (ours / Pagefind's) against the targets of issue 27.
//
// Usage: npm run bench:pagefind   (builds the site, then runs this file)
//        node tests/bench/pagefind.ts [real] [1000] [10000]   (with dist/ already built)
// Settings: BENCH_RUNS (runs per corpus: 3 on the real site, 2 on the others, unless set),
// BENCH_QUERIES (how many of the query set; 30 unless set), PAGEFIND_DIR (where Pagefind is installed),
// BENCH_VERBOSE=1 (every file counted before each first result).
//
// Pagefind is installed on demand with `npm install --no-save pagefind@1.6.0` into a cache folder of
// its own (PAGEFIND_DIR, under the system's temp folder), never into the project: it is no
// dependency of the site or of `npm test`, and package.json and package-lock.json stay as they are
// (checked after the install).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { parse } from 'yaml';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import type { SearchRecord } from '../../src/schemas/search.ts';
import { buildIndex } from '../../src/search/buildIndex.ts';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.ts';
import { findNginx, startNginx } from '../helpers/nginx.ts';
import { generateCorpus } from './corpus.ts';
import { recordFigures } from './figures.ts';
import { elementScripts, siteWithIndex } from './searchBrowser.ts';

const VERSION = '1.6.0';
const PAGEFIND_DIR = process.env.PAGEFIND_DIR ?? join(tmpdir(), `bsg-bench-pagefind-${VERSION}`);
const DIST = process.env.DIST_DIR ?? 'dist';
/** The typing pause of both searches, from the last keystroke (DEBOUNCE_MS of our elements). */
const PAUSE_MS = 150;
/** The article page whose header box is measured (any page has one). */
const ARTICLE = '/articles/ice-or-heat/';
/** Run before the timed queries on a warm page, so code, index metadata and the query's files are in. */
const WARM_UP = 'sleep';
/** The header shows 5 results; so does the Pagefind page. */
const SHOWN = 5;

const args = process.argv.slice(2);
const CORPORA: (0 | number)[] = (args.length > 0 ? args : ['real', '1000', '10000']).map((arg) =>
  arg === 'real' ? 0 : Number(arg),
);
const runsFor = (articles: number) => Number(process.env.BENCH_RUNS) || (articles === 0 ? 3 : 2);

/** The query set: an even spread of content/search-checks/search-queries.yaml, 30 queries unless BENCH_QUERIES says. */
function querySet(): string[] {
  const all = (parse(readFileSync('content/search-checks/search-queries.yaml', 'utf8')) as { query: string }[]).map(
    (q) => q.query,
  );
  const count = Math.min(all.length, Number(process.env.BENCH_QUERIES) || 30);
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
}

/** The state of the project's package files, to check an install left them alone. */
const packageFiles = () =>
  ['package.json', 'package-lock.json'].map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')).join('\0');

/** Pagefind's Node API (lib/index.js), installed into PAGEFIND_DIR on first use. */
function ensurePagefind(): string {
  const folder = join(PAGEFIND_DIR, 'node_modules', 'pagefind');
  const installed = () =>
    existsSync(join(folder, 'package.json')) &&
    (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version === VERSION;
  if (!installed()) {
    mkdirSync(PAGEFIND_DIR, { recursive: true });
    const before = packageFiles();
    const command = [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefix',
      PAGEFIND_DIR,
      `pagefind@${VERSION}`,
    ];
    console.log(`Installing Pagefind: npm ${command.join(' ')}`);
    const npm = spawnSync('npm', command, { stdio: 'inherit' });
    if (npm.status !== 0 || !installed()) throw new Error(`could not install pagefind@${VERSION} into ${PAGEFIND_DIR}`);
    if (packageFiles() !== before) throw new Error('installing Pagefind changed package.json or package-lock.json');
  }
  return join(folder, 'lib', 'index.js');
}

interface PagefindApi {
  createIndex(config: Record<string, unknown>): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<unknown>;
}
interface PagefindIndex {
  addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A generated article as a page: what our index holds of it (title, description, tags, sections), in <main>. */
function articleHtml(records: readonly SearchRecord[]): string {
  const [first] = records;
  const sections = records
    .map((r) => `<h2 id="${escape(r.anchor)}">${escape(r.heading)}</h2><p>${escape(r.text)}</p>`)
    .join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(first!.title)}</title></head>` +
    `<body><main><h1>${escape(first!.title)}</h1><p>${escape(first!.description)}</p>` +
    `<p>${escape(first!.tags.join(', '))}</p>${sections}</main></body></html>`
  );
}

/** Pagefind's index of the same articles, written to <site>/pagefind/. */
async function pagefindIndex(api: PagefindApi, site: string, records: readonly SearchRecord[] | undefined) {
  // Only the article's <main>, as our index holds only the articles; English, as both indexes are.
  const { index, errors } = await api.createIndex({ rootSelector: 'main', forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  if (records) {
    const articles = new Map<string, SearchRecord[]>();
    for (const record of records) articles.set(record.slug, [...(articles.get(record.slug) ?? []), record]);
    for (const [slug, list] of articles) {
      const added = await index.addHTMLFile({ url: `/articles/${slug}/`, content: articleHtml(list) });
      if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    }
  } else {
    const added = await index.addDirectory({ path: resolve(DIST), glob: 'articles/**/*.html' });
    if (added.errors.length > 0 || added.page_count === 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await api.close();
}

/**
 * The Pagefind side: a search box that loads Pagefind on focus and, on input, preloads the query's
 * index chunks at once and searches after the pause (timed from the keystroke, as ours), which is what
 * Pagefind's own debouncedSearch does; the first result's title is shown as soon as its fragment
 * arrives, then the next ones. window.searchNow(term) searches at once, for the warm-page figures.
 */
const HARNESS_JS = `const PAUSE = ${PAUSE_MS};
const input = document.querySelector('#q');
const list = document.querySelector('#list');
const status = document.querySelector('#status');
let loaded;
const load = () => (loaded ??= import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.init(); return pagefind; }));
input.addEventListener('focus', () => void load(), { once: true });
let run = 0;
async function show(search, current) {
  if (!search || current !== run) return;
  list.replaceChildren();
  const add = (data) => {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.textContent = data.meta.title;
    item.dataset.href = data.url;
    list.append(item);
  };
  if (search.results.length === 0) { status.textContent = 'No results'; return; }
  add(await search.results[0].data());
  for (const data of await Promise.all(search.results.slice(1, ${SHOWN}).map((r) => r.data()))) add(data);
  status.textContent = search.results.length + ' results';
}
input.addEventListener('input', async () => {
  const at = performance.now();
  const current = ++run;
  const term = input.value;
  const pagefind = await load();
  await show(await pagefind.debouncedSearch(term, {}, Math.max(0, PAUSE - (performance.now() - at))), current);
});
window.searchNow = async (term) => { const current = ++run; await show(await (await load()).search(term), current); };
`;
const HARNESS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><main><input id="q" type="search" aria-label="Search"><p id="status" role="status"></p><ul id="list" role="listbox"></ul></main>
<script type="module" src="/pagefind-bench/harness.js"></script></body></html>`;

/** nginx for the bench: the site's gzip settings, no security headers, each response logged with its bytes. */
function benchConf(root: string, log: string) {
  return (listen: string) => `log_format bsg_bench '$msec $status $bytes_sent $request_uri';
server {
  listen ${listen};
  root ${root};
  index index.html;
  access_log ${log} bsg_bench;
  gzip on;
  gzip_vary on;
  gzip_comp_level 6;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml application/xml text/xml application/rss+xml application/manifest+json;
  location / { try_files $uri $uri/ =404; }
}
`;
}

interface LogLine {
  /** When nginx finished sending it, in ms since the epoch. */
  at: number;
  bytes: number;
  path: string;
}
function readLog(file: string, from: number): LogLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .slice(from)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [msec = '0', , bytes = '0', uri = ''] = line.split(' ');
      return { at: Number(msec) * 1000, bytes: Number(bytes), path: uri.split('?')[0] ?? '' };
    });
}

interface Cold {
  query: string;
  ms: number;
  bytes: number;
  requests: number;
  found: boolean;
}

type Engine = 'ours' | 'pagefind';

/** What the page runs: focus the box, type the query in one go, and wait for the first result on screen. */
async function typeAndWait(args: { box: string; list: string; option: string; status: string; query: string }) {
  const box = document.querySelector<HTMLInputElement>(args.box)!;
  const list = document.querySelector(args.list)!;
  const status = document.querySelector(args.status)!;
  let found = true;
  const shown = new Promise<number>((done) => {
    const check = () => {
      const result = list.querySelector(args.option);
      if (!result && status.textContent !== 'No results') return;
      found = Boolean(result);
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now()));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const epoch = Date.now();
  const start = performance.now();
  box.focus();
  box.value = args.query;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  const end = await Promise.race([shown, new Promise<number>((done) => setTimeout(() => done(-1), 20_000))]);
  return { found, ms: end < 0 ? -1 : end - start, from: epoch, to: epoch + (end - start) };
}

const PAGES: Record<Engine, { path: string; box: string; list: string; option: string; status: string }> = {
  ours: {
    path: ARTICLE,
    box: 'bsg-header-search input',
    list: '#header-search-list',
    option: '[role="option"]:not(.header-search__all)',
    status: 'bsg-header-search [role="status"]',
  },
  pagefind: { path: '/pagefind-bench/', box: '#q', list: '#list', option: '[role="option"]', status: '#status' },
};

async function cold(
  browser: Browser,
  url: string,
  log: string,
  engine: Engine,
  query: string,
  scripts: string[],
): Promise<Cold> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const offset = existsSync(log) ? statSync(log).size : 0;
    const { path, ...selectors } = PAGES[engine];
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    const measured = await page.evaluate(typeAndWait, { ...selectors, query });
    if (measured.ms < 0) throw new Error(`${engine}: no result on screen within 20 s for "${query}"`);
    // The request that brought the first result ends before it shows; allow nginx's clock its rounding.
    // The browser asks for the favicon when it likes: not the search's.
    const lines = readLog(log, offset).filter((l) => !l.path.startsWith('/favicon.'));
    const during = lines.filter((l) => l.at >= measured.from - 1 && l.at <= measured.to + 1);
    // The search's own script, loaded with the page: counted too.
    const own = lines.filter((l) => l.at < measured.from - 1 && scripts.some((s) => l.path.endsWith(s)));
    if (process.env.BENCH_VERBOSE) {
      console.log(`  ${engine} "${query}": ${Math.round(measured.ms)} ms`);
      for (const l of [...own, ...during]) console.log(`    ${l.bytes} ${l.path}`);
    }
    return {
      query,
      ms: measured.ms,
      found: measured.found,
      bytes: [...during, ...own].reduce((sum, l) => sum + l.bytes, 0),
      requests: during.length,
    };
  } finally {
    await context.close();
  }
}

/** A new query on a warm page: searched at once (no pause), timed to its first result on screen. */
async function warm(browser: Browser, url: string, engine: Engine, queries: readonly string[]): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}${engine === 'ours' ? '/search/' : '/pagefind-bench/'}`, { waitUntil: 'load' });
    const times: number[] = [];
    for (const query of [WARM_UP, ...queries]) {
      const took = await page.evaluate(
        async ({ engine, query }) => {
          const list = document.querySelector(engine === 'ours' ? '[data-search-results] ol' : '#list')!;
          const option = engine === 'ours' ? 'li.search-result' : 'li[role="option"]';
          const status = document.querySelector(engine === 'ours' ? '[data-search-status]' : '#status')!;
          const shown = new Promise<number>((done) => {
            const observer = new MutationObserver((mutations) => {
              const added = mutations.some((m) =>
                [...m.addedNodes].some((n) => n instanceof Element && n.matches(option)),
              );
              if (!added && status.textContent !== 'No results') return;
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now()));
            });
            observer.observe(list, { childList: true, subtree: true });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
          });
          status.textContent = '';
          const start = performance.now();
          if (engine === 'ours') {
            const box = document.querySelector<HTMLInputElement>('bsg-site-search input[type="search"]')!;
            box.value = query;
            box.form!.requestSubmit();
          } else {
            void (window as unknown as { searchNow: (term: string) => Promise<void> }).searchNow(query);
          }
          const end = await shown;
          // Let this query finish (every result in) before the next one starts.
          const results = document.querySelector('[data-search-results]');
          for (let i = 0; i < 500; i++) {
            if (status.textContent && results?.getAttribute('aria-busy') !== 'true') break;
            await new Promise((r) => requestAnimationFrame(r));
          }
          return end - start;
        },
        { engine, query },
      );
      times.push(took);
      if (process.env.BENCH_VERBOSE) console.log(`  ${engine} warm "${query}": ${took.toFixed(1)} ms`);
    }
    // The warm-up query is not counted.
    return times.slice(1);
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]) => percentile(values, 50);
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

interface Result {
  name: string;
  articles: number;
  runs: number;
  cold: Record<Engine, Cold[]>;
  warm: Record<Engine, number[]>;
}

async function measureCorpus(
  browser: Browser,
  api: PagefindApi,
  articles: number,
  queries: readonly string[],
): Promise<Result> {
  const site = await readSiteSearch(process.cwd());
  const dir = mkdtempSync(join(tmpdir(), 'bench-pagefind-site-'));
  const root = join(dir, 'site');
  const log = join(dir, 'access.log');
  const name = articles === 0 ? 'real site' : 'generated';
  let server: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    const started = performance.now();
    let records: SearchRecord[] | undefined;
    if (articles === 0) cpSync(DIST, root, { recursive: true });
    else {
      records = generateCorpus(site.records, { articles });
      siteWithIndex(DIST, buildIndex(records, site.options), root);
    }
    await pagefindIndex(api, root, records);
    mkdirSync(join(root, 'pagefind-bench'), { recursive: true });
    writeFileSync(join(root, 'pagefind-bench', 'index.html'), HARNESS_HTML);
    writeFileSync(join(root, 'pagefind-bench', 'harness.js'), HARNESS_JS);
    const count = articles || new Set(site.records.map((r) => r.slug)).size;
    console.log(`${name} (${count} articles): both indexes built in ${(performance.now() - started) / 1000} s`);

    const nginx = findNginx();
    if (!nginx) throw new Error('the Pagefind benchmark needs nginx (apt-get install nginx, or set NGINX_PATH)');
    server = await startNginx(nginx, benchConf(root, log));
    const scripts: Record<Engine, string[]> = { ours: elementScripts(root), pagefind: ['/pagefind-bench/harness.js'] };
    const runs = runsFor(articles);
    const result: Result = {
      name,
      articles: count,
      runs,
      cold: { ours: [], pagefind: [] },
      warm: { ours: [], pagefind: [] },
    };
    for (let run = 0; run < runs; run++) {
      for (const [i, query] of queries.entries()) {
        const order: Engine[] = (i + run) % 2 === 0 ? ['ours', 'pagefind'] : ['pagefind', 'ours'];
        for (const engine of order)
          result.cold[engine].push(await cold(browser, server.url, log, engine, query, scripts[engine]));
      }
      const order: Engine[] = run % 2 === 0 ? ['ours', 'pagefind'] : ['pagefind', 'ours'];
      for (const engine of order) result.warm[engine].push(...(await warm(browser, server.url, engine, queries)));
      console.log(`  run ${run + 1}/${runs} done`);
    }
    return result;
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The whole comparison has a section of its own in docs/benchmarks.md; a part of it (npm run bench: the real site), another.
recordFigures(
  args.length === 0 ? 'pagefind' : `pagefind ${args.join(' ')}`,
  args.length === 0 ? 'npm run bench:pagefind' : `node tests/bench/pagefind.ts ${args.join(' ')}`,
);

if (!existsSync(join(DIST, 'search', 'index.html'))) {
  throw new Error(`${DIST}/ is not built: run "npm run build:local" first (or "npm run bench:pagefind")`);
}
const queries = querySet();
const api = (await import(ensurePagefind())) as PagefindApi;
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const results: Result[] = [];
try {
  for (const articles of CORPORA) results.push(await measureCorpus(browser, api, articles, queries));
} finally {
  await browser.close();
}

console.log(
  `\nOurs and Pagefind ${VERSION}, ${queries.length} queries (an even spread of content/search-checks/search-queries.yaml), ` +
    `Chromium, nginx on localhost with gzip, no throttling, a ${PAUSE_MS} ms pause after typing for both.\n` +
    '"First result": a fresh page (nothing cached), the box focused and the query typed in one go, until the first ' +
    'result is on screen. "Bytes": everything sent from that moment until then (headers included), plus the ' +
    'search\'s own script that came with the page. "Warm": a page that has searched before, a new query searched ' +
    'at once, until its first result is on screen.\n',
);
const header = [
  'corpus',
  'articles',
  'runs',
  'first result: ours',
  'Pagefind',
  'ratio',
  'ours faster',
  'bytes: ours',
  'Pagefind',
  'ratio',
  'worst: ours',
  'Pagefind',
  'requests: ours',
  'Pagefind',
  'warm p50: ours',
  'Pagefind',
  'warm p95: ours',
  'Pagefind',
  'ratio',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
for (const r of results) {
  const first = (e: Engine) => median(r.cold[e].map((c) => c.ms));
  const bytes = (e: Engine) => median(r.cold[e].map((c) => c.bytes));
  const worst = (e: Engine) => Math.max(...r.cold[e].map((c) => c.bytes));
  const faster = r.cold.ours.filter((c, i) => c.ms < (r.cold.pagefind[i]?.ms ?? 0)).length;
  console.log(
    `| ${[
      r.name,
      r.articles.toLocaleString('en-GB'),
      r.runs,
      ms(first('ours')),
      ms(first('pagefind')),
      ratio(first('ours'), first('pagefind')),
      `${faster}/${r.cold.ours.length}`,
      kb(bytes('ours')),
      kb(bytes('pagefind')),
      ratio(bytes('ours'), bytes('pagefind')),
      kb(worst('ours')),
      kb(worst('pagefind')),
      median(r.cold.ours.map((c) => c.requests)),
      median(r.cold.pagefind.map((c) => c.requests)),
      ms(median(r.warm.ours)),
      ms(median(r.warm.pagefind)),
      ms(percentile(r.warm.ours, 95)),
      ms(percentile(r.warm.pagefind, 95)),
      ratio(percentile(r.warm.ours, 95), percentile(r.warm.pagefind, 95)),
    ].join(' | ')} |`,
  );
}
for (const r of results) {
  const worst = [...r.cold.ours].sort((a, b) => b.bytes - a.bytes)[0];
  const none = [...new Set(r.cold.pagefind.filter((c) => !c.found).map((c) => c.query))];
  console.log(
    `${r.name} ${r.articles}: our most bytes "${worst?.query}" (${kb(worst?.bytes ?? 0)})` +
      (none.length > 0 ? `; Pagefind found nothing for ${none.map((q) => `"${q}"`).join(', ')}` : ''),
  );
}

// The targets of issue 27.
const at = (n: number) => results.find((r) => (n === 0 ? r.name === 'real site' : r.articles === n));
const firstRatio = (r: Result | undefined) =>
  r && median(r.cold.ours.map((c) => c.ms)) / median(r.cold.pagefind.map((c) => c.ms));
const bytesRatio = (r: Result) => median(r.cold.ours.map((c) => c.bytes)) / median(r.cold.pagefind.map((c) => c.bytes));
const checks: [string, boolean | undefined][] = [
  ['real site: first result <= 0.8× Pagefind (median)', at(0) && firstRatio(at(0))! <= 0.8],
  ['1,000 articles: first result no slower than Pagefind (median)', at(1_000) && firstRatio(at(1_000))! <= 1],
  ['10,000 articles: first result no slower than Pagefind (median)', at(10_000) && firstRatio(at(10_000))! <= 1],
  [
    'real site: warm p95 <= Pagefind',
    at(0) && percentile(at(0)!.warm.ours, 95) <= percentile(at(0)!.warm.pagefind, 95),
  ],
  ['10,000 articles: warm p95 <= 40 ms', at(10_000) && percentile(at(10_000)!.warm.ours, 95) <= 40],
  ['bytes before first result <= 0.25× Pagefind at every size (median)', results.every((r) => bytesRatio(r) <= 0.25)],
  [
    '10,000 articles: worst query before first result <= 110 KB',
    at(10_000) && Math.max(...at(10_000)!.cold.ours.map((c) => c.bytes)) <= 110 * 1024,
  ],
];
console.log('\nTargets (issue 27):');
for (const [name, ok] of checks)
  console.log(`- ${name}: ${ok === undefined ? 'not measured' : ok ? 'met' : 'NOT MET'}`);
console.log(`Queries: ${queries.map((q) => `"${q}"`).join(', ')}.`);
