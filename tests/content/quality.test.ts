import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { selfCareSourceIds } from '../../src/schemas/index.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, readability } from '../../src/pipeline/readability.ts';
import { reviewWarnings } from '../../src/domain/reviewStatus.ts';

// Quality rules for the article library (issue 3). Each names the file and what to fix.
describe('article quality', async () => {
  const content = loadCheckedSite();
  const published = content.articles.filter((a) => !a.data.draft);

  test('the library has every required article', () => {
    const required = [
      'what-is-a-back-spasm', 'causes-and-triggers', 'first-48-hours', 'ice-or-heat', 'ice-and-heat-timing',
      'how-long-to-rest', 'back-to-work-and-exercise', 'when-to-get-help', 'cauda-equina-syndrome',
      'is-it-something-else', 'pain-relief-medicines', 'gentle-movement-and-stretches',
      'sleeping-with-a-back-spasm', 'treatments-from-professionals', 'supplements-and-gadgets', 'preventing-another-spasm',
    ];
    expect(required.filter((id) => !published.some((a) => a.id === id))).toEqual([]);
  });

  test(`every article body reads at grade ${MAX_GRADE} or lower with no sentence over ${MAX_SENTENCE_WORDS} words, and has 500 to 1,500 words`, () => {
    const failures: string[] = [];
    for (const article of content.articles) {
      const report = readability(article.body);
      if (report.grade > MAX_GRADE) failures.push(`${article.file}: Flesch-Kincaid grade ${report.grade} is over ${MAX_GRADE}`);
      for (const long of report.longSentences) failures.push(`${article.file}: sentence of ${long.words} words: "${long.text}"`);
      if (!article.data.draft && (report.wordCount < 500 || report.wordCount > 1500)) {
        failures.push(`${article.file}: ${report.wordCount} words; articles have 500 to 1,500`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('every source in the registry is cited somewhere (or removed)', () => {
    const cited = new Set([
      ...content.articles.flatMap((a) => a.data.sources),
      ...content.redFlags.flatMap((f) => f.sources),
      ...content.glossary.flatMap((g) => g.sources),
      ...selfCareSourceIds(content.selfCare!),
    ]);
    expect(content.sources.filter((s) => !cited.has(s.id)).map((s) => `content/sources.yaml: "${s.id}" is cited nowhere`)).toEqual([]);
  });

  test('every glossary entry is linked from at least one article', () => {
    const bodies = content.articles.map((a) => a.body).join('\n');
    expect(content.glossary.filter((g) => !bodies.includes(`/glossary/#${g.id}`)).map((g) => `content/glossary.yaml: "${g.id}" is linked from no article`)).toEqual([]);
  });

  test('at most 2 Important callouts per article', () => {
    const over = content.articles
      .map((a) => ({ file: a.file, count: (a.body.match(/<Callout\b/g) ?? []).length }))
      .filter((a) => a.count > 2)
      .map((a) => `${a.file}: ${a.count} callouts`);
    expect(over).toEqual([]);
  });

  test('every article has a care card', () => {
    expect(published.filter((a) => !a.body.includes('<CareCard')).map((a) => `${a.file}: no care card`)).toEqual([]);
  });

  test('review warnings use a fixed date, so this test never starts failing as time passes', () => {
    const items = content.articles.map((a) => ({ file: a.file, title: a.data.title, next: a.data.reviewed.next }));
    const day = 24 * 60 * 60 * 1000;
    const earliest = Math.min(...items.map((i) => i.next.getTime()));
    expect(reviewWarnings(items, new Date(earliest - 61 * day))).toEqual([]);
    expect(reviewWarnings(items, new Date(earliest - 59 * day)).length).toBeGreaterThan(0);
    expect(reviewWarnings(items, new Date(earliest + day))[0]).toMatch(/review overdue by 1 day/);
  });
});
