import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { findComponentProblems } from '../../src/pipeline/checks/findComponentProblems.ts';
import {
  calloutPropsSchema,
  careCardPropsSchema,
  doDontPropsSchema,
  articleComponents,
  parseProps,
} from '../../src/schemas/components.ts';

const flags = [
  { id: 'bladder-bowel', level: 'emergency' },
  { id: 'fever', level: 'urgent' },
];
const check = (body: string) =>
  findComponentProblems('content/articles/x.mdx', body, flags).map((p) => `${p.line}: ${p.field}: ${p.message}`);

// The bad cases are in the bad-content table (tests/helpers/badContentCases.ts);
// these are the good ones that must stay quiet.
describe('component props in article bodies (content check)', () => {
  test('valid components pass, with props written over several lines and a trailing comma', () => {
    const body = [
      '## Help',
      '<CareCard level="emergency" />',
      '',
      '<CareCard level="urgent" ids={["fever"]} headingLevel={2} />',
      '<DoDont',
      '  do={[',
      '    "keep moving",',
      '  ]}',
      '  dont={["do not stay in bed"]}',
      '/>',
      '<Callout title="Never put ice on bare skin">Wrap it.</Callout>',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  test('a heading between two care cards is fine', () => {
    expect(
      check('<CareCard level="routine" />\n\n## Urgent help\n\nIf it is worse:\n\n<CareCard level="urgent" />'),
    ).toEqual([]);
  });

  test('names the line in the body', () => {
    expect(check('Text\n\n<DoDont\n  do={["rest"]}\n  dont={["stay in bed"]}\n/>')).toEqual([
      '3: <DoDont> dont[0]: must start with "do not", so a screen reader never reads out a risky command',
    ]);
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
      '1: <StepDrawings> ids[0]: must be one of knee-to-chest, pelvic-tilt, back-rotation, into-bed, out-of-bed',
    ]);
    expect(check('<StepDrawings ids={[]} />')).toEqual(['1: <StepDrawings> ids: must list at least 1 movement id']);
  });
});

describe('the components articles may use', () => {
  test('are the components the article page passes to MDX (src/components/mdx.ts)', () => {
    const map = readFileSync('src/components/mdx.ts', 'utf8');
    const inMap = [...map.matchAll(/^ {2}([A-Z]\w*),$/gm)].map((m) => m[1]);
    expect(inMap.sort()).toEqual(Object.keys(articleComponents).sort());
  });
});
