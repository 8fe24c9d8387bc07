import { beforeAll, describe, expect, test } from 'vitest';
import { BUDGET, fontReport, kb, pageWeight, type PageWeight } from '../helpers/pageWeight.ts';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { BASE, DIST, assertBuilt, htmlFiles, readText } from '../helpers/dist.ts';

let articles: PageWeight[] = [];

beforeAll(async () => {
  assertBuilt();
  const files = htmlFiles().filter(
    (f) => /^(es\/)?articles\/[^/]+\/index\.html$/.test(f) && !isRedirectPage(readText(f)),
  );
  articles = await Promise.all(files.map((file) => pageWeight(DIST, file, BASE)));
  const rows = articles.map((w) => `| ${w.file.replace(/\/index\.html$/, '/')} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.html + w.css)} | ${kb(w.js)} |`);
  console.log(
    ['Article page weight, KB gzip:', '| page | HTML | CSS | HTML+CSS | JS at load |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'),
  );
});

describe('page-weight budgets, over every article in dist/', () => {
  test('there are articles to measure', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  test(`JavaScript at page load is at most ${kb(BUDGET.articleJs)} KB gzip`, () => {
    for (const w of articles) expect(w.js, `${w.file} loads ${w.scripts.join(', ') || 'inline scripts'}`).toBeLessThanOrEqual(BUDGET.articleJs);
  });

  test(`HTML plus CSS is at most ${kb(BUDGET.articleHtmlCss)} KB gzip`, () => {
    for (const w of articles) expect(w.html + w.css, w.file).toBeLessThanOrEqual(BUDGET.articleHtmlCss);
  });

  test(`the HTML alone is at most ${kb(BUDGET.articleHtml)} KB gzip (the first round trip)`, () => {
    for (const w of articles.filter((a) => !a.file.startsWith('es/'))) {
      expect(w.html, w.file).toBeLessThanOrEqual(BUDGET.articleHtml);
    }
  });

  test(`a Spanish article's HTML is at most ${kb(BUDGET.articleHtmlEs)} KB gzip`, () => {
    const spanish = articles.filter((a) => a.file.startsWith('es/'));
    expect(spanish.length).toBeGreaterThan(0);
    for (const w of spanish) expect(w.html, w.file).toBeLessThanOrEqual(BUDGET.articleHtmlEs);
  });

  test('an article needs no JavaScript to read: its text is in the HTML', () => {
    for (const w of articles) {
      const html = readText(w.file);
      expect(html, w.file).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(html.match(/<p[\s>]/g)?.length ?? 0, `${w.file} paragraphs`).toBeGreaterThan(3);
    }
  });

  test(`web fonts total at most ${kb(BUDGET.fonts)} KB, and none come from another site`, () => {
    const fonts = fontReport(DIST);
    expect(fonts.total, fonts.files.map((f) => `${f.file} ${kb(f.bytes)} KB`).join(', ')).toBeLessThanOrEqual(BUDGET.fonts);
    expect(fonts.thirdParty).toEqual([]);
  });
});
