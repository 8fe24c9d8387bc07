import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/lib/loadSite.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { BAD_CONTENT_CASES, expectProblem } from '../helpers/badContentCases.ts';
import { siteFiles } from '../helpers/siteFiles.ts';

// Every bad-content case goes through the one pipeline the build, the check
// and the pages use, and is reported with its file, real line and field.
describe('bad content is reported with file, line and field', () => {
  test('the fixture site itself is valid', () => {
    expect(loadSite(siteFiles()).problems.map(formatProblem)).toEqual([]);
  });

  test(`there are at least 40 cases (${BAD_CONTENT_CASES.length})`, () => {
    expect(BAD_CONTENT_CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(BAD_CONTENT_CASES.map((c) => [c.name, c] as const))('%s', (_name, { change, expected }) => {
    const files: Record<string, string | Uint8Array> = siteFiles();
    change(files);
    const { problems } = loadSite(files);
    expectProblem(problems, expected);
  });
});
