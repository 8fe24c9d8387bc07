import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readContent } from '../../src/lib/readContent.ts';
import { redirectListSchema, publishedListSchema } from '../../src/schemas/redirect.ts';
import { checkPublished } from '../../src/utils/redirects.ts';
import { formatProblem } from '../../src/utils/problems.ts';

// Slugs are permanent. This fails when an article file is renamed or removed
// without a redirect from its old address, and when a new article is not
// recorded in content/published.yaml.
test('every published article address is recorded, and every recorded one still works', async () => {
  const { raw } = await readContent(process.cwd());
  const published = publishedListSchema.parse(parse(readFileSync('content/published.yaml', 'utf8')));
  const redirects = redirectListSchema.parse(parse(readFileSync('content/redirects.yaml', 'utf8')));
  const live = raw.articles.filter((a) => !(a.data as { draft?: boolean }).draft);
  expect(live.length).toBeGreaterThan(0);
  expect(checkPublished(published, live, redirects).map(formatProblem)).toEqual([]);
});
