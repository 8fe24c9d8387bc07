import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { redFlagSchema, selfCareSchema } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/pipeline/checkContent.ts';
import { formatPath } from '../../src/schemas/problems.ts';
import { rawContent, validRedFlag } from '../helpers/fixtures.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed YAML tree that each test changes at any depth
type Data = Record<string, any>;
/** A fresh copy of the real content/self-care.yaml, to change one thing at a time. */
const selfCare = (): Data => parse(readFileSync('content/self-care.yaml', 'utf8')) as Data;

function errors(value: unknown): string[] {
  const result = selfCareSchema.safeParse(value);
  expect(result.success, 'expected the file to be rejected').toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('self-care data for the tools', () => {
  test('the real file is valid and gives every tool its numbers', () => {
    const data = selfCareSchema.parse(selfCare());
    for (const item of data.iceHeat) {
      expect(item.defaultMinutes).toBeGreaterThanOrEqual(item.minutes.min);
      expect(item.defaultMinutes).toBeLessThanOrEqual(item.minutes.max);
      expect(item.gapMinutes).toBeGreaterThanOrEqual(item.minutes.max);
    }
    expect(data.recoveryPlan.stages.flatMap((s) => s.days.map((d) => d.day))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
  });

  test.each([
    [
      'a default outside the safe range',
      (d: Data) => (d.iceHeat[0].defaultMinutes = 25),
      /^iceHeat\[0\]\.defaultMinutes: must be between minutes\.min \(5\) and minutes\.max \(15\)/,
    ],
    [
      'a gap shorter than a go',
      (d: Data) => (d.iceHeat[1].gapMinutes = 10),
      /^iceHeat\[1\]\.gapMinutes: must be at least minutes\.max \(20\)/,
    ],
    [
      'a gap that is not whole hours',
      (d: Data) => (d.iceHeat[0].gapMinutes = 90),
      /^iceHeat\[0\]\.gapMinutes: must be whole hours/,
    ],
    [
      'a skin check after the go has ended',
      (d: Data) => (d.iceHeat[0].checkSkinMinutes = 15),
      /^iceHeat\[0\]\.checkSkinMinutes: must be less than minutes\.max \(15\)/,
    ],
    ['no rule for heat at night', (d: Data) => delete d.heatAtNight, /^heatAtNight: /],
    [
      'a missing gap',
      (d: Data) => delete d.iceHeat[0].gapMinutes,
      /^iceHeat\[0\]\.gapMinutes: must be a whole number of minutes/,
    ],
    [
      'a day left out',
      (d: Data) => d.recoveryPlan.stages[2].days.splice(1, 1),
      /^recoveryPlan\.stages: must list days 1 to 14, each once and in order \(found 1, 2, 3, 5,/,
    ],
    [
      'a day out of order',
      (d: Data) => d.recoveryPlan.stages[2].days.reverse(),
      /^recoveryPlan\.stages: must list days 1 to 14/,
    ],
    [
      'a stage with an unknown phase',
      (d: Data) => (d.recoveryPlan.stages[0].phase = 'day-zero'),
      /^recoveryPlan\.stages\[0\]\.phase: "day-zero" is not an id in firstDays\.phases/,
    ],
    [
      '"later" with an unknown phase',
      (d: Data) => (d.recoveryPlan.later.phase = 'month-2'),
      /^recoveryPlan\.later\.phase: "month-2" is not an id in firstDays\.phases/,
    ],
    [
      'a day with 4 steps',
      (d: Data) =>
        (d.recoveryPlan.stages[0].days[0].do = ['Walk a little.', 'Rest a little.', 'Sit a little.', 'Lie a little.']),
      /^recoveryPlan\.stages\[0\]\.days\[0\]\.do: /,
    ],
    [
      'a typo in a day',
      (d: Data) => (d.recoveryPlan.stages[0].days[0].hlep = 'Get help now.'),
      /Unrecognized key.*hlep/,
    ],
  ])('rejects %s, naming the field', (_name, change, message) => {
    const data = selfCare();
    change(data);
    const found = errors(data);
    expect(
      found.some((line) => message.test(line)),
      found.join('\n'),
    ).toBe(true);
  });

  test('the content check names the file and field of an unknown plan source', () => {
    const raw = rawContent();
    (raw.selfCare.data as Data).recoveryPlan.sources = ['no-such-source'];
    const { problems } = checkContent(raw);
    expect(problems).toContainEqual({
      file: 'content/self-care.yaml',
      field: 'sources',
      message: 'unknown source id "no-such-source"',
    });
  });
});

describe('red-flag questions', () => {
  test('every sign needs a question ending with "?"', () => {
    const missing = redFlagSchema.safeParse(validRedFlag('a', { question: undefined }));
    expect(missing.error?.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'question: is required and must be text',
    ]);
    const statement = redFlagSchema.safeParse(validRedFlag('a', { question: 'You have new trouble peeing.' }));
    expect(statement.error?.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'question: must be a question ending with "?"',
    ]);
  });
});
