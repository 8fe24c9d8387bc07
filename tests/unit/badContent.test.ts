import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { BAD_CONTENT_CASES, expectProblem } from '../helpers/badContentCases.ts';
import { siteFiles, spanishSiteFiles } from '../helpers/siteFiles.ts';

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

// One broken file, one problem: an entry that fails its schema drops out of
// the list, but the pages and checks that use it are not reported as well.
describe('a problem is reported at its cause, not echoed by every file that uses it', () => {
  test('a Spanish sign with a 24-word question: one problem, in content/es/red-flags.yaml only', () => {
    const files: Record<string, string | Uint8Array> = spanishSiteFiles();
    const flags = String(files['content/es/red-flags.yaml']);
    files['content/es/red-flags.yaml'] = flags.replace(/question: .*/, `question: ¿${'Tiene usted '.repeat(12)}dolor?`);
    files['content/articles/es/ice-or-heat.mdx'] =
      `${String(files['content/articles/es/ice-or-heat.mdx'])}\n<CareCard level="emergency" ids={["bladder"]} />\n`;
    const { problems } = loadSite(files);
    expect(problems.filter((p) => /20 words or fewer/.test(p.message)).map((p) => p.file)).toEqual([
      'content/es/red-flags.yaml',
    ]);
    expect(problems.filter((p) => /unknown red flag|does not open/.test(p.message)).map(formatProblem)).toEqual([]);
  });
});
