import { expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { checkPublished } from '../../src/pipeline/redirects.ts';
import { formatProblem } from '../../src/schemas/problems.ts';

// Slugs are permanent. This fails when an article file is renamed or removed
// without a redirect from its old address, and when a new article is not
// recorded in content/published.yaml.
test('every published article address is recorded, and every recorded one still works', async () => {
  const { articles, published, redirects } = loadCheckedSite();
  const live = articles.filter((a) => !a.data.draft);
  expect(live.length).toBeGreaterThan(0);
  expect(checkPublished(published, live, redirects).map(formatProblem)).toEqual([]);
}, 30_000); // reads and checks the whole site
