import { describe, expect, test } from 'vitest';
import { loadSiteFromDisk } from '../../src/pipeline/readContent.ts';
import { formatProblem } from '../../src/schemas/problems.ts';

// The content check: every file in content/, every problem reported at once.
describe('content/', async () => {
  const { problems, content } = loadSiteFromDisk(process.cwd());

  test('every file is valid and every reference and link resolves', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('the required topics exist', () => {
    const ids = content.topics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['basics', 'causes', 'ice-and-heat', 'rest-and-activity', 'red-flags', 'treatment', 'prevention']));
  });

  test('every care level has at least one red flag', () => {
    for (const level of ['emergency', 'urgent', 'routine']) {
      expect(content.redFlags.some((f) => f.level === level), level).toBe(true);
    }
  });
});
