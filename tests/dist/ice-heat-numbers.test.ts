import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { selfCareSchema } from '../../src/schemas/selfCare.ts';
import { allowedIceHeatNumbers } from '../../src/domain/iceHeat.ts';
import { findIceHeatNumbers, textBlocks, type AllowedNumbers } from '../../src/pipeline/checks/findIceHeatNumbers.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { assertBuilt, htmlFiles, readPage, readText } from '../helpers/dist.ts';

// The ice and heat numbers live in one place, content/self-care.yaml. Every
// built page (text, the cycle diagram, the timer), in English and in Spanish,
// must state those numbers and no others, and heat at night has one rule
// everywhere. (The content pipeline checks the words writers write; this
// checks what the build made of them, dictionary texts and diagrams included.)

const selfCare = selfCareSchema.parse(parse(readFileSync('content/self-care.yaml', 'utf8')));
const byKind = Object.fromEntries(selfCare.iceHeat.map((item) => [item.id, item]));
const allowed = Object.fromEntries(
  selfCare.iceHeat.map((item) => [item.id, allowedIceHeatNumbers(item)]),
) as AllowedNumbers;

beforeAll(assertBuilt);

/** A built page's language, from its path: es/… is Spanish. */
const localeOfFile = (file: string): Locale => (file.startsWith('es/') ? 'es' : 'en');

/** The page of every emergency number states services' hours ("24 hours"), never an ice or heat time. */
const NOT_ICE_AND_HEAT = /^(es\/)?emergency-numbers\/index\.html$/;

describe('ice and heat numbers on every built page', () => {
  test.each(htmlFiles().filter((file) => !NOT_ICE_AND_HEAT.test(file)))('%s states only the minutes and hours in content/self-care.yaml', (file) => {
    const problems = findIceHeatNumbers(readText(file), allowed, localeOfFile(file)).map(
      (p) => `${p.number} ${p.unit} for ${p.kinds.join('/')}: "${p.text}"`,
    );
    expect(problems).toEqual([]);
  });

  test('the check finds the times it is meant to check (ice, heat, the gap and the diagram)', () => {
    const text = textBlocks(readText('articles/ice-and-heat-timing/index.html')).join('\n');
    const ice = byKind['ice']!;
    const heat = byKind['heat']!;
    expect(text).toContain(`up to ${ice.minutes.max} minutes`);
    expect(text).toContain(`${heat.minutes.min} to ${heat.minutes.max} minutes`);
    expect(text).toContain(`at least ${ice.gapMinutes / 60} hours`);
    expect(text).toContain(`up to ${ice.minutes.max} min`); // the diagram's bar label
  });

  test('Spanish pages are checked in Spanish: the check finds the Spanish times', () => {
    expect(htmlFiles().some((file) => localeOfFile(file) === 'es')).toBe(true);
    const text = textBlocks(readText('es/articles/ice-and-heat-timing/index.html')).join('\n');
    const ice = byKind['ice']!;
    const heat = byKind['heat']!;
    expect(text).toContain(`hasta ${ice.minutes.max} minutos`);
    expect(text).toContain(`de ${heat.minutes.min} a ${heat.minutes.max} minutos`);
    expect(text).toContain(`al menos ${ice.gapMinutes / 60} horas`);
  });

  const timerPages = htmlFiles().filter((file) => readText(file).includes('<bsg-ice-heat-timer'));
  test('there are timers on the site, in both languages', () => {
    expect(timerPages.filter((file) => !file.startsWith('es/')).length).toBeGreaterThanOrEqual(2);
    expect(timerPages.filter((file) => file.startsWith('es/')).length).toBeGreaterThanOrEqual(1);
  });

  test.each(timerPages)('%s: every timer carries the numbers from content/self-care.yaml', (file) => {
    const timers = readPage(file).querySelectorAll('bsg-ice-heat-timer');
    expect(timers.length).toBeGreaterThan(0);
    for (const timer of timers) {
      const config = JSON.parse(timer.getAttribute('data-config') ?? '{}');
      for (const item of selfCare.iceHeat) {
        expect(config[item.id], item.id).toMatchObject({
          min: item.minutes.min,
          max: item.minutes.max,
          defaultMinutes: item.defaultMinutes,
          gapMinutes: item.gapMinutes,
        });
      }
    }
  });

  test.each(['articles/sleeping-with-a-back-spasm/index.html', 'tools/ice-heat-timer/index.html', 'articles/ice-and-heat-timing/index.html'])(
    '%s gives the one rule for heat at night',
    (file) => {
      expect(readPage(file).text.replace(/\s+/g, ' ')).toContain(selfCare.heatAtNight);
    },
  );
});
