import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { durationInWords, MINUTE } from '../../src/domain/iceHeatTimer.ts';

// The words of the MDX components and the tools (the components and tools
// sections of src/i18n/en.ts and es.ts): the same facts in both languages.

const ice = { id: 'ice', minutes: { min: 5, max: 15 }, checkSkinMinutes: 5, gapMinutes: 120 };
const heat = { id: 'heat', minutes: { min: 10, max: 20 }, gapMinutes: 120 };

describe('the ice and heat numbers in words', () => {
  // The words themselves, not a comparison with the functions en.ts calls (which would always pass).
  test('English says the numbers in English words', () => {
    const say = ui('en').components.iceHeat;
    expect(say.goLength(ice)).toBe('up to 15 minutes');
    expect(say.goLength(heat)).toBe('10 to 20 minutes');
    expect(say.gapLength(ice)).toBe('at least 2 hours');
    expect(say.gapLength({ ...ice, gapMinutes: 60 })).toBe('at least 1 hour');
    expect(say.skinCheck(ice)).toBe('Check your skin after 5 minutes.');
    expect(say.skinCheck(heat)).toBe('');
    expect(say.cycle(ice)).toBe('up to 15 minutes, then at least 2 hours off');
    expect(say.cycle(heat)).toBe('10 to 20 minutes, then at least 2 hours off');
  });

  test('Spanish says the same numbers in Spanish', () => {
    const say = ui('es').components.iceHeat;
    expect(say.goLength(ice)).toBe('hasta 15 minutos');
    expect(say.goLength(heat)).toBe('de 10 a 20 minutos');
    expect(say.gapLength(ice)).toBe('al menos 2 horas');
    expect(say.gapLength({ ...ice, gapMinutes: 60 })).toBe('al menos 1 hora');
    expect(say.skinCheck(ice)).toBe('Mire cómo está su piel a los 5 minutos.');
    expect(say.skinCheck(heat)).toBe('');
    expect(say.cycle(heat)).toBe('de 10 a 20 minutos, y luego al menos 2 horas de pausa');
  });

  test('the cycle drawing labels its segments in each language', () => {
    expect([ui('en').components.cycle.on(15), ui('en').components.cycle.off(2)]).toEqual([
      'up to 15 min',
      'at least 2 hours off',
    ]);
    expect([
      ui('es').components.cycle.on(15),
      ui('es').components.cycle.off(2),
      ui('es').components.cycle.off(1),
    ]).toEqual(['hasta 15 min', 'al menos 2 horas de pausa', 'al menos 1 hora de pausa']);
  });
});

describe('the timer countdown for screen readers', () => {
  const es = ui('es').components.timer.durations;
  test.each([
    [0, 'now', 'ahora'],
    [30_000, '1 minute', '1 minuto'],
    [15 * MINUTE, '15 minutes', '15 minutos'],
    [60 * MINUTE, '1 hour', '1 hora'],
    [65 * MINUTE, '1 hour 5 minutes', '1 hora 5 minutos'],
    [121 * MINUTE, '2 hours 1 minute', '2 horas 1 minuto'],
  ])('%i ms: "%s", "%s"', (ms, english, spanish) => {
    expect(durationInWords(ms)).toBe(english);
    expect(durationInWords(ms, ui('en').components.timer.durations)).toBe(english);
    expect(durationInWords(ms, es)).toBe(spanish);
  });
});

describe('no English left in the Spanish components and tools', () => {
  /** Every text of a section, with where it is; functions are called with sample values. */
  const texts = (value: unknown, field = ''): [string, string][] => {
    if (typeof value === 'string') return [[field, value]];
    if (typeof value === 'function') return [[field, String((value as (...a: unknown[]) => string)(ice, 'x'))]];
    if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${field}[${index}]`));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, item]) => texts(item, field ? `${field}.${key}` : key));
    }
    return [];
  };
  /** Words that are the same in both languages. */
  const SAME = new Set(['No', 'Australia']);

  test.each(['components', 'tools'] as const)('every Spanish text of %s differs from its English', (section) => {
    const english = new Map(texts(ui('en')[section]));
    const same = texts(ui('es')[section]).filter(
      ([field, text]) => english.get(field) === text && !SAME.has(text) && text !== '',
    );
    expect(same).toEqual([]);
  });
});
