import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUDGET, fontReport, kb, pageWeight, type PageWeight } from '../helpers/pageWeight.ts';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { BASE, DIST, assertBuilt, htmlFiles, readText } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const articles = htmlFiles().filter((f) => /^(es\/)?articles\/[^/]+\/index\.html$/.test(f) && !isRedirectPage(readText(f)));
const english = articles.filter((file) => !file.startsWith('es/'));
const spanish = articles.filter((file) => file.startsWith('es/'));

/** Each article's weight, measured once for all the budgets below. */
const weights = new Map<string, Promise<PageWeight>>();
const weightOf = (file: string) => weights.get(file) ?? weights.set(file, pageWeight(DIST, file, BASE)).get(file)!;

afterAll(async () => {
  const measured = await Promise.all([...weights.values()]);
  const rows = measured.map((w) => `| ${w.file.replace(/\/index\.html$/, '/')} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.html + w.css)} | ${kb(w.js)} |`);
  console.log(['Article page weight, KB gzip:', '| page | HTML | CSS | HTML+CSS | JS at load |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'));
});

describe('page-weight budgets, article by article', () => {
  test('there are articles to measure, in both languages', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(spanish.length).toBeGreaterThan(0);
  });

  test.each(articles)(`%s: JavaScript at page load is at most ${kb(BUDGET.articleJs)} KB gzip`, async (file) => {
    const w = await weightOf(file);
    expect(w.js, `loads ${w.scripts.join(', ') || 'inline scripts'}`).toBeLessThanOrEqual(BUDGET.articleJs);
  });

  test.each(articles)(`%s: HTML plus CSS is at most ${kb(BUDGET.articleHtmlCss)} KB gzip`, async (file) => {
    const w = await weightOf(file);
    expect(w.html + w.css).toBeLessThanOrEqual(BUDGET.articleHtmlCss);
  });

  test.each(english)(`%s: the HTML alone is at most ${kb(BUDGET.articleHtml)} KB gzip (the first round trip)`, async (file) => {
    expect((await weightOf(file)).html).toBeLessThanOrEqual(BUDGET.articleHtml);
  });

  test.each(spanish)(`%s: a Spanish article's HTML is at most ${kb(BUDGET.articleHtmlEs)} KB gzip`, async (file) => {
    expect((await weightOf(file)).html).toBeLessThanOrEqual(BUDGET.articleHtmlEs);
  });

  test.each(articles)('%s needs no JavaScript to read: its text is in the HTML', (file) => {
    const html = readText(file);
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(html.match(/<p[\s>]/g)?.length ?? 0, 'paragraphs').toBeGreaterThan(3);
  });
});

test(`web fonts total at most ${kb(BUDGET.fonts)} KB, and none come from another site`, () => {
  const fonts = fontReport(DIST);
  expect(fonts.total, fonts.files.map((f) => `${f.file} ${kb(f.bytes)} KB`).join(', ')).toBeLessThanOrEqual(BUDGET.fonts);
  expect(fonts.thirdParty).toEqual([]);
});
