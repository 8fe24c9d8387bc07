import { beforeAll, expect, test } from 'vitest';
import { listFiles } from '../../src/pipeline/listFiles.ts';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { generatedBy } from '../../src/pipeline/checks/generatedFiles.ts';
import { assertBuilt, listFiles as distFiles } from '../helpers/dist.ts';

beforeAll(assertBuilt);

// A file in public/ is refused where the build writes one of its own
// (src/pipeline/checks/generatedFiles.ts); this proves that list covers every file a
// real build writes, so a new page or build step cannot leave a gap.
test('every file the build writes is one generatedBy() knows, and none comes from public/', () => {
  const pages = listFiles('src/pages').map((page) => `src/pages/${page}`);
  const redirects = loadCheckedSite().redirects.map((r) => r.from);
  const fromPublic = new Set(listFiles('public'));
  const built = distFiles().filter((file) => !fromPublic.has(file));
  expect(built.length).toBeGreaterThan(50);
  expect(built.filter((file) => !generatedBy(file, pages, redirects))).toEqual([]);
  expect([...fromPublic].filter((file) => generatedBy(file, pages, redirects))).toEqual([]);
});
