import { describe, expect, test } from 'vitest';
import {
  EMERGENCY_NUMBERS,
  chooseEmergencyNumber,
  emergencyRegionOf,
  regionOfLocale,
} from '../../src/utils/emergencyNumber.ts';

const first = (languages: string[], saved: string | null = null) =>
  chooseEmergencyNumber(languages, saved).order[0]!.number;

describe('the emergency number for the reader', () => {
  test.each([
    ['en-GB', '999'],
    ['en-US', '911'],
    ['en-CA', '911'],
    ['fr-CA', '911'],
    ['en-AU', '000'],
    ['de-DE', '112'],
    ['fr-FR', '112'],
    ['en-IE', '112'],
    ['es-ES', '112'],
  ])('%s leads with %s', (language, number) => {
    const choice = chooseEmergencyNumber([language], null);
    expect(choice.chosen?.number).toBe(number);
    expect(choice.from).toBe('language');
    expect(first([language])).toBe(number);
  });

  test.each([['en'], ['de'], ['en-IN'], ['ja-JP'], ['en-NZ'], ['not a tag']])(
    '%s has no known number: every number, none chosen',
    (language) => {
      const choice = chooseEmergencyNumber([language], null);
      expect(choice).toEqual({ chosen: null, order: [...EMERGENCY_NUMBERS], from: 'none' });
    },
  );

  test('no languages at all: every number', () => {
    expect(chooseEmergencyNumber([], null).chosen).toBeNull();
  });

  test('the first language with a region decides', () => {
    expect(first(['en', 'en-AU', 'en-GB'])).toBe('000');
  });

  test('a saved choice wins over the language, and every number is still offered', () => {
    const choice = chooseEmergencyNumber(['en-GB'], 'us-ca');
    expect(choice.from).toBe('saved');
    expect(choice.order.map((n) => n.number)).toEqual(['911', '999', '112', '000']);
  });

  test('a saved value that is not a region is ignored', () => {
    expect(chooseEmergencyNumber(['en-GB'], 'mars').chosen?.number).toBe('999');
    expect(chooseEmergencyNumber(['en-GB'], '').chosen?.number).toBe('999');
  });

  test('region parts of language tags', () => {
    expect(regionOfLocale('en-gb')).toBe('GB');
    expect(regionOfLocale('zh-Hant-TW')).toBe('TW');
    expect(regionOfLocale('de')).toBeNull();
    expect(regionOfLocale('')).toBeNull();
    expect(emergencyRegionOf('GB')).toBe('uk');
    expect(emergencyRegionOf('NO')).toBeNull();
  });

  test('the four numbers, each once', () => {
    expect(EMERGENCY_NUMBERS.map((n) => n.number)).toEqual(['999', '911', '112', '000']);
  });
});
