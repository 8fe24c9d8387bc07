import { describe, expect, test } from 'vitest';
import {
  EMERGENCY_NUMBERS,
  NUMBERS_BY_LANGUAGE,
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

describe('the emergency number for a Spanish reader', () => {
  const es = NUMBERS_BY_LANGUAGE.es;
  const lead = (languages: string[]) => chooseEmergencyNumber(languages, null, es).chosen?.number ?? null;

  test('the Spanish list offers the same four numbers, 112 and 911 first, each with where it works in Spanish', () => {
    expect(es.map((n) => n.number)).toEqual(['112', '911', '999', '000']);
    expect(es.map((n) => n.where)).toEqual([
      'España y la UE',
      'Estados Unidos, México y gran parte de América',
      'Reino Unido',
      'Australia',
    ]);
    expect([...es].map((n) => n.region).sort()).toEqual([...EMERGENCY_NUMBERS].map((n) => n.region).sort());
  });

  test.each([
    ['es-ES', '112'],
    ['es-MX', '911'],
    ['es-US', '911'],
    ['es-PR', '911'],
    ['es-CR', '911'],
    ['es-PA', '911'],
    ['es-HN', '911'],
    ['es-DO', '911'],
    ['es-EC', '911'],
    ['es-VE', '911'],
    ['es-PY', '911'],
    ['es-UY', '911'],
  ])('%s leads with %s', (language, number) => {
    expect(lead([language])).toBe(number);
  });

  test.each([
    ['es'],
    ['es-419'],
    ['es-AR'],
    ['es-CO'],
    ['es-CL'],
    ['es-PE'],
    ['es-BO'],
    ['es-GT'],
    ['es-SV'],
    ['es-CU'],
  ])(
    '%s: not sure which number works there, so the card shows the choice: every number, 112 and 911 first',
    (language) => {
      const choice = chooseEmergencyNumber([language], null, es);
      expect(choice).toEqual({ chosen: null, order: [...es], from: 'none' });
    },
  );

  test('a saved choice wins, and the Spanish order follows it', () => {
    const choice = chooseEmergencyNumber(['es-ES'], 'us-ca', es);
    expect(choice.from).toBe('saved');
    expect(choice.order.map((n) => n.number)).toEqual(['911', '112', '999', '000']);
  });
});
