import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { hashOf } from '../../src/pipeline/translation.ts';
import { wordDiff } from '../../src/pipeline/review.ts';
import {
  entryChanges,
  entryIds,
  markEntry,
  recordedHashOf,
  recordedVersion,
  sideBySide,
} from '../../src/pipeline/translationMark.ts';

// `npm run translations -- --mark <file> <id>`: one entry at a time, after
// seeing what changed in its English since the version it translates.

const oldSign = { id: 'fever', level: 'urgent', text: 'a high temperature', question: 'Do you have a fever?' };
const newSign = { ...oldSign, text: 'a high temperature or shivering', question: 'Do you have a fever?' };
const other = { id: 'bladder', level: 'emergency', text: 'new trouble peeing', question: 'Any trouble peeing?' };
const SPANISH = `# Señales
- id: fever
  translates: '${hashOf(oldSign)}'
  text: fiebre alta
  question: ¿Tiene fiebre?
- id: bladder
  translates: 'deadbeef'
  text: problemas nuevos para orinar
  question: ¿Tiene problemas para orinar?
`;

describe('the word diff', () => {
  test('marks words taken out and put in, as git --word-diff does', () => {
    expect(wordDiff('Take it off sooner if it hurts.', 'Take it off at once if it hurts or stings.')).toBe(
      'Take it off [-sooner-] {+at once+} if it [-hurts.-] {+hurts or stings.+}',
    );
    expect(wordDiff('de 10 a 20 minutos', 'de 10 a 20 minutos')).toBe('de 10 a 20 minutos');
    expect(wordDiff('', 'new words')).toBe('{+new words+}');
    expect(wordDiff('old words', '')).toBe('[-old words-]');
  });

  test('an entry’s changes, field by field, with fields added and taken out', () => {
    expect(entryChanges(oldSign, newSign)).toEqual(['text: a high temperature {+or shivering+}']);
    expect(entryChanges({ text: 'a' }, { text: 'a', action: 'Call 999' })).toEqual(['action: {+Call 999+}']);
    expect(entryChanges({ text: 'a', keywords: ['x'] }, { text: 'a' })).toEqual(['keywords[0]: [-x-]']);
  });
});

describe('finding the English a translation recorded', () => {
  test('the version of the entry whose hash was recorded, from older versions of the file, newest first', () => {
    const versions = [[newSign, other], [oldSign, other], []];
    expect(recordedVersion(versions, 'fever', hashOf(oldSign))).toEqual(oldSign);
    expect(recordedVersion(versions, 'fever', 'ffffffff')).toBeUndefined();
    // Map files: a top-level key.
    expect(recordedVersion([{ timer: { a: 'new' } }, { timer: { a: 'old' } }], 'timer', hashOf({ a: 'old' }))).toEqual({
      a: 'old',
    });
  });

  test('when it is not found: the current English beside the translation', () => {
    expect(sideBySide(newSign, { id: 'fever', text: 'fiebre alta' })).toContain('  translation: fiebre alta');
    expect(sideBySide(newSign, { id: 'fever', text: 'fiebre alta' })).toContain(
      '  English now: a high temperature or shivering',
    );
    expect(sideBySide({ question: 'Q?' }, {})).toEqual(['question:', '  English now: Q?', '  translation: (none)']);
  });

  test('the hash each entry records, and the ids entries go by', () => {
    const translated = parse(SPANISH);
    expect(recordedHashOf(translated, 'fever')).toBe(hashOf(oldSign));
    expect(recordedHashOf({ translates: { timer: 1234 }, timer: {} }, 'timer')).toBe('00001234');
    expect(entryIds([newSign, other])).toEqual(['fever', 'bladder']);
    expect(entryIds({ timer: {}, plan: {} })).toEqual(['timer', 'plan']);
  });
});

describe('marking one entry', () => {
  test('stamps only the named entry of a list file, leaving every other entry and comment as it was', () => {
    const result = markEntry(SPANISH, [newSign, other], 'fever');
    expect('text' in result).toBe(true);
    const text = (result as { text: string }).text;
    expect(text).toContain(`translates: '${hashOf(newSign)}'`);
    expect(text).toContain("translates: 'deadbeef'");
    expect(text).toContain('# Señales');
    expect(recordedHashOf(parse(text), 'bladder')).toBe('deadbeef');
  });

  test('stamps one top-level key of a map file', () => {
    const english = { timer: { a: 'new' }, plan: { b: 'plan' } };
    const spanish = "translates: { timer: '00000000', plan: '11111111' }\ntimer:\n  a: nuevo\nplan:\n  b: plan\n";
    const text = (markEntry(spanish, english, 'timer') as { text: string }).text;
    expect(parse(text).translates).toEqual({ timer: hashOf({ a: 'new' }), plan: '11111111' });
  });

  test('refuses an id English does not have, or an entry not translated yet', () => {
    expect(markEntry(SPANISH, [newSign, other], 'nope')).toEqual({
      refused: 'the English file has no entry "nope": use one of fever, bladder',
    });
    expect(markEntry('- id: bladder\n  text: x\n', [newSign, other], 'fever')).toEqual({
      refused: 'has no entry with id "fever" to mark: translate it first',
    });
  });
});
