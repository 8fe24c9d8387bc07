import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { emergencyNumbersSchema } from '../../src/schemas/emergencyNumbers.ts';
import {
  COMMON_NUMBERS,
  INLINE_COUNTRIES,
  chooseCountry,
  regionOfLocale,
  savedCountry,
} from '../../src/domain/emergencyNumber.ts';
import { countriesIn, inlineCountries, tableNumbers } from '../../src/domain/emergencyTable.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';

// Which country the care cards lead with, and the table as the cards get it.

const table = emergencyNumbersSchema.parse(parse(readFileSync('content/emergency-numbers.yaml', 'utf8')));
const codes = new Set(table.map((entry) => entry.code));
const known = (code: string) => codes.has(code);
const country = (languages: string[], saved: string | null = null) => chooseCountry(languages, saved, known);

describe('the reader’s country', () => {
  test.each(table.map((entry) => [entry.code]))('%s, the region of a browser language, resolves to itself', (code) => {
    expect(country([`en-${code}`])).toEqual({ code, from: 'language' });
    expect(country([`es-${code}`])).toEqual({ code, from: 'language' });
  });

  test.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['es-MX', 'MX'],
    ['es-AR', 'AR'],
    ['es-ES', 'ES'],
    ['fr-CA', 'CA'],
    ['de-DE', 'DE'],
  ])('%s leads with %s', (language, code) => {
    expect(country([language]).code).toBe(code);
  });

  test.each([['en'], ['es'], ['es-419'], ['de'], ['ja-JP'], ['not a tag'], ['']])(
    '%s names no country the table has: unknown',
    (language) => {
      expect(country([language])).toEqual({ code: null, from: 'none' });
    },
  );

  test('no languages at all: unknown', () => {
    expect(country([])).toEqual({ code: null, from: 'none' });
  });

  test('the first language with a region decides, even one the table lacks (then unknown, not the next)', () => {
    expect(country(['en', 'en-AU', 'en-GB']).code).toBe('AU');
    expect(regionOfLocale('es-419')).toBeNull();
    expect(regionOfLocale('en-gb')).toBe('GB');
  });

  test('a saved country wins over the language', () => {
    expect(country(['en-GB'], 'MX')).toEqual({ code: 'MX', from: 'saved' });
  });

  test('a saved country the table does not have falls back to the language', () => {
    expect(country(['en-GB'], 'ZZ')).toEqual({ code: 'GB', from: 'language' });
    expect(country(['en-GB'], 'nonsense')).toEqual({ code: 'GB', from: 'language' });
  });

  test('the old picker’s saved regions still work', () => {
    expect(country(['es-ES'], 'uk')).toEqual({ code: 'GB', from: 'saved' });
    expect(country(['en-GB'], 'au')).toEqual({ code: 'AU', from: 'saved' });
    expect(country(['en-GB'], 'us-ca')).toEqual({ code: 'US', from: 'saved' });
    expect(country(['fr-CA'], 'us-ca')).toEqual({ code: 'CA', from: 'saved' });
    // 112 works in every EU country: the browser says which one.
    expect(country(['de-DE'], 'eu')).toEqual({ code: 'DE', from: 'saved' });
    expect(country(['en'], 'eu')).toEqual({ code: null, from: 'none' });
    expect(savedCountry(null, 'GB')).toBeNull();
  });
});

describe('the table as the cards get it', () => {
  test('every place, in each language, with its numbers, department and where to go', () => {
    for (const locale of ['en', 'es'] as const) {
      const places = countriesIn(table, locale);
      expect(places).toHaveLength(table.length);
      for (const place of places) {
        const entry = table.find((e) => e.code === place.code)!;
        expect(place.name).toBe(entry.name[locale]);
        expect(place.numbers).toEqual(entry.ambulance.map((a) => a.number));
        expect(place.department).toBe(entry.department[locale]);
        expect(place.go).toBe(CARE_WORDS[locale].goTo(entry.department[locale]));
      }
      // Sorted for the language: Alemania before Argentina in Spanish.
      const names = places.map((p) => p.name);
      expect(names).toEqual([...names].sort(new Intl.Collator(locale === 'en' ? 'en-GB' : 'es').compare));
    }
  });

  test('the inline few are in the table, in each language’s order', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(inlineCountries(table, locale).map((c) => c.code)).toEqual(INLINE_COUNTRIES[locale]);
    }
  });

  test('the common numbers shown to an unknown reader are numbers of the table', () => {
    const { ambulance } = tableNumbers(table);
    for (const locale of ['en', 'es'] as const) {
      expect(COMMON_NUMBERS[locale].map((n) => n.number).sort()).toEqual(['112', '911', '999']);
      for (const { number } of COMMON_NUMBERS[locale]) expect(ambulance.has(number)).toBe(true);
    }
  });

  test('where to go, as the heading says it', () => {
    const en = CARE_WORDS.en;
    const es = CARE_WORDS.es;
    const go = (locale: 'en' | 'es', code: string) => countriesIn(table, locale).find((c) => c.code === code)!.go;
    expect(en.emergencyHeading('999', go('en', 'GB'))).toBe('Call 999 or go to A&E now if you have back pain and:');
    expect(en.emergencyHeading('911', go('en', 'US'))).toBe(
      'Call 911 or go to the emergency room now if you have back pain and:',
    );
    expect(go('en', 'FR')).toBe('to the emergency department (urgences)');
    expect(es.emergencyHeading('107', go('es', 'AR'))).toBe(
      'Llame al 107 o vaya a la guardia ahora si tiene dolor de espalda y:',
    );
    expect(es.emergencyHeading('112', go('es', 'ES'))).toBe(
      'Llame al 112 o vaya a urgencias ahora si tiene dolor de espalda y:',
    );
    expect(go('es', 'PA')).toBe('al cuarto de urgencias');
    expect(en.inCountry('United Kingdom')).toBe('the United Kingdom');
    expect(es.inCountry('Reino Unido')).toBe('el Reino Unido');
    // The heading without a number names none.
    expect(en.emergencyHeading(null)).not.toMatch(/\d/);
    expect(es.emergencyHeading(null)).not.toMatch(/\d/);
  });

  test('the urgent card’s words name no country’s line when the country is unknown', () => {
    expect(CARE_WORDS.en.headings.urgent).not.toMatch(/NHS|111|UK/);
    expect(CARE_WORDS.es.headings.urgent).not.toMatch(/NHS|111|Reino Unido/);
  });
});
