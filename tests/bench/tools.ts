// Tools size benchmark: what each tool page sends (gzip), and what the service
// worker saves on a reader's first visit for offline reading.
// Usage: npm run bench:tools   (builds the site, then runs this file)
//        node tests/bench/tools.ts   (with dist/ already built)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TOOLS } from '../../src/data/tools.ts';
import { BASE, DIST } from '../helpers/dist.ts';
import { recordFigures } from './figures.ts';

recordFigures('tools');

const gz = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A built file by its URL: /x/ is x/index.html. */
const fileOf = (url: string) => {
  const path = url.slice(BASE.length);
  return join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path);
};

const pages = ['/tools/', ...TOOLS.map((tool) => tool.path), '/articles/ice-and-heat-timing/'];
console.log('| page | HTML | JS (inline + files) | CSS (files) |');
console.log('| --- | ---: | ---: | ---: |');
for (const page of pages) {
  const html = readFileSync(fileOf(`${BASE}${page.slice(1)}`), 'utf8');
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => readFileSync(fileOf(m[1]!)));
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(fileOf(m[1]!)));
  const js = (inline ? gz(inline) : 0) + scripts.reduce((sum, file) => sum + gz(file), 0);
  const css = styles.reduce((sum, file) => sum + gz(file), 0);
  console.log(`| ${page} | ${kb(gz(html))} | ${kb(js)} | ${kb(css)} (${styles.length} files) |`);
}

const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const config = JSON.parse(/const CONFIG = (\{[\s\S]*?\n\});/.exec(worker)![1]!) as {
  version: string;
  precache: string[];
};
const saved = config.precache.map((url) => readFileSync(fileOf(url)));
console.log(
  `\nsw.js ${kb(gz(worker))} gzip, version ${config.version}; saved on the first visit: ${config.precache.length} files, ` +
    `${kb(saved.reduce((sum, file) => sum + file.length, 0))} raw, ${kb(saved.reduce((sum, file) => sum + gz(file), 0))} gzip`,
);
