import { describe, expect, test } from 'vitest';
import { findComponentProblems, readProps } from '../../src/utils/findComponentProblems.ts';
import {
  calloutPropsSchema,
  careCardPropsSchema,
  doDontPropsSchema,
  parseProps,
} from '../../src/schemas/components.ts';

const flags = [
  { id: 'bladder-bowel', level: 'emergency' },
  { id: 'fever', level: 'urgent' },
];
const check = (body: string) =>
  findComponentProblems('content/articles/x.mdx', body, flags).map((p) => `${p.field}: ${p.message}`);

describe('component props in article bodies (content check)', () => {
  test('reads literal props', () => {
    expect(readProps(' level="urgent" ids={["fever", "kidney"]} headingLevel={2} ')).toEqual({
      level: 'urgent',
      ids: ['fever', 'kidney'],
      headingLevel: 2,
    });
    expect(readProps('\n  do={[\n    "a",\n    "b",\n  ]}\n  dont={["do not c"]}\n')).toEqual({
      do: ['a', 'b'],
      dont: ['do not c'],
    });
  });

  test('valid components pass', () => {
    const body = [
      '## Help',
      '<CareCard level="emergency" />',
      '',
      '<CareCard level="urgent" ids={["fever"]} />',
      '<DoDont do={["keep moving"]} dont={["do not stay in bed"]} />',
      '<Callout title="Never put ice on bare skin">Wrap it.</Callout>',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  test('a do-not item without "do not", named with its line', () => {
    expect(check('Text\n<DoDont\n  do={["rest"]}\n  dont={["stay in bed for days"]}\n/>')).toEqual([
      'body line 2: <DoDont> dont[0]: must start with "do not", so a screen reader never reads out a risky command',
    ]);
  });

  test('a bad care level, an unknown red flag and a flag of another level', () => {
    expect(check('<CareCard level="soon" />\n<CareCard level="urgent" ids={["nope", "bladder-bowel"]} />')).toEqual([
      'body line 1: <CareCard> level: must be one of: emergency, urgent, routine',
      'body line 2: <CareCard> ids: unknown red flag "nope" (not in content/red-flags.yaml)',
      'body line 2: <CareCard> ids: red flag "bladder-bowel" is "emergency", not "urgent"',
    ]);
  });

  test('more than 2 callouts, and a vague callout title', () => {
    const body = [
      '<Callout title="One thing to know">a</Callout>',
      '<Callout title="Two things to know">b</Callout>',
      '<Callout title="Hi">c</Callout>',
    ].join('\n');
    expect(check(body)).toEqual([
      'body line 3: <Callout> title: must be a specific heading of 5 or more characters',
      'body line 3: <Callout>: 3 callouts; a page has at most 2',
    ]);
  });

  test('text between two care cards, unless the second card has its own heading', () => {
    expect(check('<CareCard level="routine" />\nSee also this.\n<CareCard level="urgent" />')).toEqual([
      'body line 3: <CareCard>: text sits between two care cards; readers miss it. Move it, or give the second card its own heading',
    ]);
    expect(
      check('<CareCard level="routine" />\n\n## Urgent help\n\nIf it is worse:\n\n<CareCard level="urgent" />'),
    ).toEqual([]);
  });
});

describe('component prop schemas (the build check)', () => {
  test('parseProps names the component and the field', () => {
    expect(() => parseProps('DoDont', doDontPropsSchema, { do: ['rest'], dont: ['stay in bed'] })).toThrow(
      /<DoDont> has invalid props:\n {2}dont\[0\]: must start with "do not"/,
    );
    expect(() => parseProps('CareCard', careCardPropsSchema, { level: 'urgent', ids: [] })).toThrow(
      /ids: must list at least 1 red-flag id/,
    );
    expect(() => parseProps('Callout', calloutPropsSchema, { title: 'x' })).toThrow(
      /title: must be a specific heading/,
    );
    expect(() => parseProps('CareCard', careCardPropsSchema, { level: 'urgent', colour: 'red' })).toThrow(
      /props: Unrecognized key/,
    );
  });

  test('ignores the scoped-style attributes Astro adds', () => {
    expect(
      parseProps('Callout', calloutPropsSchema, { title: 'Never use ice on bare skin', 'data-astro-cid-abc': '' }),
    ).toEqual({ title: 'Never use ice on bare skin' });
  });

  test('step drawings name known movements, and at least 1', () => {
    expect(check('<StepDrawings ids={["knee-to-chest", "out-of-bed"]} />')).toEqual([]);
    expect(check('<StepDrawings ids={["cartwheel"]} />')).toEqual([
      'body line 1: <StepDrawings> ids[0]: must be one of knee-to-chest, pelvic-tilt, back-rotation, into-bed, out-of-bed',
    ]);
    expect(check('<StepDrawings ids={[]} />')).toEqual([
      'body line 1: <StepDrawings> ids: must list at least 1 movement id',
    ]);
  });
});
