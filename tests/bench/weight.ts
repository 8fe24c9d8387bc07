// Prints what every built page costs at load, in KB gzip, and checks the
// article budgets. Run after a build: npm run bench:weight
import { BUDGET, fontReport, kb, pageWeight } from '../helpers/pageWeight.ts';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { BASE, DIST, assertBuilt, htmlFiles, readText } from '../helpers/dist.ts';
import { recordFigures } from './figures.ts';

recordFigures('weight');

assertBuilt();
const pages = htmlFiles().filter((file) => !isRedirectPage(readText(file)));
const weights = await Promise.all(pages.map((file) => pageWeight(DIST, file, BASE)));
const articles = weights.filter((w) => w.file.startsWith('articles/'));
const others = weights.filter((w) => !w.file.startsWith('articles/'));
const max = (values: number[]) => Math.max(0, ...values);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};

const row = (name: string, html: number, css: number, js: number, lazy: number) =>
  `| ${name} | ${kb(html)} | ${kb(css)} | ${kb(html + css)} | ${kb(js)} | ${kb(lazy)} |`;
const lines = [
  `Page weight over ${DIST}/, KB gzip (zlib level 6; 1 KB = 1,024 bytes)`,
  '',
  '| page | HTML | CSS | HTML+CSS | JS at load | JS on demand |',
  '| --- | --- | --- | --- | --- | --- |',
  ...others.map((w) => row(`/${w.file.replace(/index\.html$/, '')}`, w.html, w.css, w.js, w.lazyJs)),
  row(
    `articles (${articles.length}), median`,
    median(articles.map((w) => w.html)),
    median(articles.map((w) => w.css)),
    median(articles.map((w) => w.js)),
    median(articles.map((w) => w.lazyJs)),
  ),
  row(
    'articles, largest',
    max(articles.map((w) => w.html)),
    max(articles.map((w) => w.css)),
    max(articles.map((w) => w.js)),
    max(articles.map((w) => w.lazyJs)),
  ),
];
const fonts = fontReport(DIST);
const checks: [string, number, number][] = [
  ['article JS at load', max(articles.map((w) => w.js)), BUDGET.articleJs],
  ['article HTML+CSS', max(articles.map((w) => w.html + w.css)), BUDGET.articleHtmlCss],
  ['article HTML', max(articles.map((w) => w.html)), BUDGET.articleHtml],
  ['web fonts, total', fonts.total, BUDGET.fonts],
];
lines.push('', '| budget | largest | limit | |', '| --- | --- | --- | --- |');
for (const [name, value, limit] of checks)
  lines.push(`| ${name} | ${kb(value)} KB | ${kb(limit)} KB | ${value <= limit ? 'ok' : 'OVER'} |`);
if (fonts.thirdParty.length) lines.push('', `Fonts or styles from other sites: ${fonts.thirdParty.join(', ')}`);
console.log(lines.join('\n'));
if (checks.some(([, value, limit]) => value > limit) || fonts.thirdParty.length) process.exitCode = 1;
