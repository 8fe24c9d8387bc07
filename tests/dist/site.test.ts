import { beforeAll, describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { BASE, SITE, assertBuilt, htmlFiles, listFiles, readPage, readText, urlPathOf } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/linkCheck.ts';

beforeAll(assertBuilt);

const articlePages = htmlFiles().filter((f) => f.startsWith('articles/'));

describe('built site', () => {
  test('every published article has its page, and no draft has one', async () => {
    const { articles } = loadCheckedSite();
    const built = new Set(htmlFiles().map(urlPathOf));
    expect(articles.filter((a) => !a.data.draft).length).toBeGreaterThan(0);
    for (const article of articles) {
      const isDraft = article.data.draft;
      expect(built.has(`/articles/${article.id}/`), `${article.file} ${isDraft ? 'is a draft but has' : 'has no'} page`).toBe(!isDraft);
    }
  });

  test('every internal link, src and #fragment resolves; external links are https', () => {
    const files = listFiles();
    const pages = new Map(htmlFiles().map((file) => [urlPathOf(file), readText(file)]));
    const others = new Set(files.filter((f) => !f.endsWith('.html')).map((f) => `/${f}`));
    const problems = checkLinks(pages, others, BASE, SITE);
    expect(problems.map((p) => `${p.page}: ${p.url}: ${p.message}`)).toEqual([]);
  });

  test('there are article pages', () => {
    expect(articlePages.length).toBeGreaterThan(0);
  });

  test.each(articlePages)('%s shows review dates, sources, contents and a disclaimer', (file) => {
    const page = readPage(file);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('[data-review-dates]')?.text).toMatch(/Page last reviewed:.*Next review due:.*Checked by:/s);
    expect(page.querySelectorAll('.source-list li').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelector('.in-short li')).not.toBeNull();
    expect(page.querySelector('.disclaimer')?.text).toMatch(/not a diagnosis/);
  });

  test.each(articlePages)('%s: every h2 and h3 in the article body has an id', (file) => {
    const missing = readPage(file)
      .querySelectorAll('.article__body h2, .article__body h3')
      .filter((h) => !h.closest('.do-dont, .care-card, .callout') && !h.getAttribute('id'))
      .map((h) => h.text);
    expect(missing, 'headings without id').toEqual([]);
  });
});
