import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { redFlagListSchema, selfCareSchema } from '../../src/schemas/index.ts';
import { MAX_GRADE, readability } from '../../src/utils/readability.ts';

// The words the tools show come from content/, so they follow the same
// plain-English rules as the articles (see ../shared/content/style.md).
const selfCare = selfCareSchema.parse(parse(readFileSync('content/self-care.yaml', 'utf8')));
const redFlags = redFlagListSchema.parse(parse(readFileSync('content/red-flags.yaml', 'utf8')));

function planLines(): string[] {
  const { stages, later } = selfCare.recoveryPlan;
  return [
    ...stages.flatMap((stage) => [stage.expect, ...stage.days.flatMap((day) => [day.aim, ...day.do, ...(day.help ? [day.help] : [])])]),
    later.expect,
    ...later.do,
    later.help,
  ];
}

describe('words in the tools', () => {
  test.each([
    ['the recovery plan', planLines()],
    ['the self-check questions', redFlags.map((flag) => flag.question)],
    ['the ice and heat timer', selfCare.iceHeat.flatMap((item) => [item.what, item.gap])],
  ])(`%s reads at grade ${MAX_GRADE} or lower, with no over-long sentence`, (_name, lines) => {
    const report = readability(lines.join('\n\n')); // one paragraph a line
    expect(report.longSentences).toEqual([]);
    expect(report.grade, `grade ${report.grade}`).toBeLessThanOrEqual(MAX_GRADE);
  });
});
