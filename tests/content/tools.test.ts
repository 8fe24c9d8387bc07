import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { redFlagListSchema, selfCareSchema, toolWordsSchema } from '../../src/schemas/index.ts';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';
import { toolTexts } from '../../src/domain/toolWords.ts';
import { MAX_GRADE, readability } from '../../src/pipeline/readability.ts';

// The words the tools show come from content/, so they follow the same
// plain-English rules as the articles (see docs/style.md).
const selfCare = selfCareSchema.parse(parse(readFileSync('content/self-care.yaml', 'utf8')));
const redFlags = redFlagListSchema.parse(parse(readFileSync('content/red-flags.yaml', 'utf8')));
const tools = toolTexts(toolWordsSchema.parse(parse(readFileSync('content/tools.yaml', 'utf8'))));
const toolLines = (part: string) => tools.filter((t) => t.field.startsWith(`${part}.`)).map((t) => t.text);

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
    ['the timer messages (content/tools.yaml)', toolLines('timer')],
    ['the self-check results (content/tools.yaml)', toolLines('selfCheck')],
    ['the plan messages (content/tools.yaml)', toolLines('plan')],
  ])(`%s reads at grade ${MAX_GRADE} or lower, with no over-long sentence`, (_name, lines) => {
    const report = readability(lines.join('\n\n')); // one paragraph a line
    expect(report.longSentences).toEqual([]);
    expect(report.grade, `grade ${report.grade}`).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('content/tools.yaml', () => {
  test('every text exists, and none names a brand, sells, or gives a dose', () => {
    expect(tools.length).toBeGreaterThan(40);
    const found = tools.flatMap(({ field, text }) => findForbidden(text).map((m) => `${field}: ${m.kind} "${m.match}"`));
    expect(found).toEqual([]);
  });
});
