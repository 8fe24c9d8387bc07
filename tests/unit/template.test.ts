import { describe, expect, test } from 'vitest';
import { fill, gapsOf } from '../../src/schemas/template.ts';
import { toolTexts } from '../../src/domain/toolWords.ts';
import { toolWordsSchema } from '../../src/schemas/tools.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

describe('templates with gaps (content/tools.yaml)', () => {
  test('gapsOf lists the gaps in order', () => {
    expect(gapsOf('Take the {name} off at {offAt}.')).toEqual(['name', 'offAt']);
    expect(gapsOf('No gaps here.')).toEqual([]);
  });

  test('fill puts each value in its gap, numbers too, and leaves an unknown gap showing', () => {
    expect(fill('Day {day}: {what}', { day: 3, what: 'walk' })).toBe('Day 3: walk');
    expect(fill('From {min} to {max}', { min: 5 })).toBe('From 5 to {max}');
  });

  test('toolTexts gives every text with its field, gaps filled', () => {
    const words = toolWordsSchema.parse(parse(readFileSync('content/tools.yaml', 'utf8')));
    const texts = toolTexts(words);
    expect(texts.find((t) => t.field === 'timer.minutesError')?.text).toBe(
      'Enter a whole number of minutes from 5 to 15.',
    );
    expect(texts.find((t) => t.field === 'selfCheck.none.text[0]')?.text).toMatch(/^None of the warning signs fit/);
    expect(texts.filter((t) => /\{[a-zA-Z]+\}/.test(t.text))).toEqual([]);
  });
});
