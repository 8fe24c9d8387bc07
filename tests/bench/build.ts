// Build benchmark: the whole site through the real build (MDX, pages,
// preview images, the search index, the service worker), at 16, 100 and
// 1,000 articles, with wall time and the build's peak memory.
// The extra articles are copies of ours (real MDX, same components), each
// with its own slug and title, listed in published.yaml like any new article.
// Usage: npm run bench:build            (16, 100 and 1,000 articles)
//        node tests/bench/build.ts 16 100   (only those sizes)
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_SITE_URL } from '../../src/site.ts';
import { tempSite } from '../helpers/tempSite.ts';
import { recordFigures } from './figures.ts';

recordFigures('build');

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const COUNTS = SIZES.length > 0 ? SIZES : [16, 100, 1_000];
/** Issue 15's target for 1,000 articles on the 2-core machine. */
const TARGET_1000_MS = 3 * 60 * 1000;
const TIME = '/usr/bin/time';

/** Adds copies of the real articles until the site has `total` articles. */
function addArticles(dir: string, total: number): void {
  const folder = join(dir, 'content', 'articles');
  const real = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
  const slugs: string[] = [];
  for (let i = 0; real.length + slugs.length < total; i++) {
    const source = real[i % real.length]!;
    const copy = Math.floor(i / real.length) + 1;
    const slug = `${source.replace(/\.mdx$/, '')}-copy-${copy}`;
    const text = readFileSync(join(folder, source), 'utf8')
      // Inside the quotes where the title or description is quoted.
      .replace(/^title: (["']?)(.*)\1$/m, `title: $1$2 (copy ${copy})$1`)
      .replace(/^description: (["']?)(.*)\1$/m, `description: $1$2 Copy ${copy}.$1`);
    writeFileSync(join(folder, `${slug}.mdx`), text);
    slugs.push(slug);
  }
  if (slugs.length > 0) appendFileSync(join(dir, 'content', 'published.yaml'), slugs.map((s) => `- ${s}\n`).join(''));
}

interface Run {
  articles: number;
  pages: number;
  seconds: number;
  peakMb: number;
}

function run(articles: number): Run {
  const site = tempSite();
  try {
    addArticles(site.dir, articles);
    // /usr/bin/time -v reports the child's peak resident memory; the wall time is measured here.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(name)),
    );
    const start = performance.now();
    const build = spawnSync(TIME, ['-v', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: site.dir,
      env: { ...env, SITE_URL: LOCAL_SITE_URL, BASE_PATH: '/', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    if (build.status !== 0)
      throw new Error(`the build of ${articles} articles failed:\n${build.stdout}\n${build.stderr}`);
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr);
    if (!peak) throw new Error(`no peak memory in the output of ${TIME} -v:\n${build.stderr}`);
    const pages = readdirSync(join(site.dir, 'dist', 'articles')).length;
    return { articles, pages, seconds, peakMb: Number(peak[1]) / 1024 };
  } finally {
    site.remove();
  }
}

const runs: Run[] = [];
for (const articles of COUNTS) {
  const result = run(articles);
  runs.push(result);
  console.log(`${articles} articles: ${result.seconds.toFixed(1)} s, peak ${result.peakMb.toFixed(0)} MB`);
}

console.log(`\nBuild benchmark (astro build, Node ${process.version}, preview images included):\n`);
console.log('| articles | article folders in dist | build time | peak memory | per extra article (time, memory) |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
runs.forEach((r, i) => {
  const previous = runs[i - 1];
  const growth = previous
    ? `${(((r.seconds - previous.seconds) / (r.articles - previous.articles)) * 1000).toFixed(0)} ms, ` +
      `${(((r.peakMb - previous.peakMb) / (r.articles - previous.articles)) * 1024).toFixed(0)} KB`
    : '';
  console.log(
    `| ${r.articles.toLocaleString('en-GB')} | ${r.pages.toLocaleString('en-GB')} | ${r.seconds.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${growth} |`,
  );
});
const big = runs.find((r) => r.articles === 1_000);
if (big) {
  const met = big.seconds * 1000 <= TARGET_1000_MS;
  console.log(
    `\nTarget (issue 15): 1,000 articles build in under 3 minutes: ${met ? 'met' : 'NOT MET'} (${big.seconds.toFixed(1)} s).`,
  );
  if (!met) process.exitCode = 1;
}
