import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { reviewWarnings } from '../../src/domain/reviewStatus.ts';

// The article library as a whole (issue 3). The rules each article is held to
// (reading grade, sentence length, length, care card, callouts, cited sources,
// linked glossary entries) run in loadSite(), so the content check and the
// build refuse what breaks them (src/pipeline/qualityRules.ts; bad-content
// cases in tests/helpers/badContent/writing.ts; tests/content/content.test.ts
// holds the real content to every rule).
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

  test('review warnings use a fixed date, so this test never starts failing as time passes', () => {
    const items = content.articles.map((a) => ({ file: a.file, title: a.data.title, next: a.data.reviewed.next }));
    const day = 24 * 60 * 60 * 1000;
    const earliest = Math.min(...items.map((i) => i.next.getTime()));
    expect(reviewWarnings(items, new Date(earliest - 61 * day))).toEqual([]);
    expect(reviewWarnings(items, new Date(earliest - 59 * day)).length).toBeGreaterThan(0);
    expect(reviewWarnings(items, new Date(earliest + day))[0]).toMatch(/review overdue by 1 day/);
  });
});
