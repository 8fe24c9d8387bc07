// Lighthouse (mobile settings, simulated slow 4G) on the home page, an
// article and the search page, with the same Chromium as the tests.
// Prints the four scores; exits 1 when one misses its target.
// Run: npm run bench:lighthouse (it makes its own build in dist-bench/).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { nginxConfFor } from '../../src/build/hosting/writeFiles.ts';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.ts';
import { findNginx, freePort, startNginx } from '../helpers/nginx.ts';
import { recordFigures } from './figures.ts';

recordFigures('lighthouse');

const OUT = 'dist-bench';
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;

// A build whose SITE_URL is the address Lighthouse visits, so canonical links match.
rmSync(OUT, { recursive: true, force: true });
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT, '--silent'], {
  env: { ...process.env, SITE_URL: origin, BASE_PATH: '/' },
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Serve it with the real nginx config (headers, gzip) where nginx is installed; otherwise with astro preview.
const nginx = findNginx();
let stopServer: () => Promise<void>;
if (nginx) {
  const server = await startNginx(
    nginx,
    (listen) => nginxConfFor({ dir: resolve(OUT), root: process.cwd(), siteRoot: resolve(OUT), listen }),
    port,
  );
  stopServer = server.stop;
  console.log(`Serving ${OUT}/ with nginx and nginx.conf at ${origin}`);
} else {
  const preview: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--outDir', OUT, '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      env: { ...process.env, SITE_URL: origin },
    },
  );
  stopServer = async () => void preview.kill();
  for (let i = 0; ; i++) {
    try {
      await fetch(origin);
      break;
    } catch {
      if (i > 100) throw new Error('astro preview did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  console.log(`nginx is not installed: serving ${OUT}/ with astro preview (no compression) at ${origin}`);
}

const article = readdirSync(`${OUT}/articles`).sort()[0];
const pages = ['/', `/articles/${article}/`, '/search/'];
const chrome = await chromeLauncher.launch({
  chromePath: await findChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const rows: string[] = [];
let missed = false;
try {
  for (const path of pages) {
    // One retry: a cold Chromium sometimes reports NO_NAVSTART on its first page.
    const run = () =>
      lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(TARGETS),
      });
    let result = await run();
    if (!result || result.lhr.runtimeError) result = await run();
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.message}`);
    const scores = Object.keys(TARGETS).map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    scores.forEach((score, i) => (missed ||= score < Object.values(TARGETS)[i]!));
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    rows.push(
      `| ${path} | ${scores.join(' | ')} | ${metric('first-contentful-paint')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} | ${metric('cumulative-layout-shift')} |`,
    );
    // Name what cost points, so a miss can be fixed.
    for (const id of Object.keys(TARGETS)) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  ${path} ${id}: ${audit.id} scored ${Math.round(audit.score * 100)} (${audit.title})`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await stopServer();
}

console.log(
  [
    '',
    'Lighthouse, mobile (simulated slow 4G, 4x CPU slowdown)',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `targets: performance >= ${TARGETS.performance}, the others ${TARGETS.accessibility}`,
  ].join('\n'),
);
if (missed) {
  console.log('A score is below its target.');
  process.exitCode = 1;
}
