import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, htmlFiles, readPage, readText } from '../helpers/dist.ts';
import { emergencyNumbersSchema } from '../../src/schemas/emergencyNumbers.ts';
import { tableNumbers } from '../../src/domain/emergencyTable.ts';
import type { CountryNumbers } from '../../src/domain/emergencyNumber.ts';

beforeAll(assertBuilt);

// Every phone number a reader can see or tap on the built site comes from
// content/emergency-numbers.yaml: the tel: links, and any "call 999" or
// "llame al 112" in a page's text (or in the words the cards' script uses).

const table = emergencyNumbersSchema.parse(parse(readFileSync('content/emergency-numbers.yaml', 'utf8')));
const { all } = tableNumbers(table);
/** "Call 999", "call 1800 022 222", "Llame al 112", "marque el 911", "dial 000". */
const SAID = /\b(?:call|dial|llame al|marque el)[\s\u00a0]+(\d[\d \u00a0]{1,14}\d|\d\d)(?![\d])/gi;

/**
 * The numbers a text says to call, digits only. Digits in groups ("1800 022 222")
 * may run on into other words' digits, so a number is the longest run of its
 * groups that the table has, or else its first group.
 */
function numbersSaid(text: string): string[] {
  return [...text.matchAll(SAID)].map((m) => {
    const groups = m[1]!.split(/[\s\u00a0]+/);
    const runs = groups.map((_, i) => groups.slice(0, i + 1).join(''));
    return runs.reverse().find((run) => all.has(run)) ?? groups[0]!;
  });
}

describe('every phone number on the built site is one of the table', () => {
  test('the check finds the numbers it looks for', () => {
    expect(numbersSaid('Call\u00a0999 or go to A&E. Llame al 112. dial 1800 022 222, call 15, call 116 117 116.')).toEqual([
      '999',
      '112',
      '1800022222',
      '15',
      '116117',
    ]);
    expect(numbersSaid('call 12345 or call 555 1234')).toEqual(['12345', '555']);
    expect(all.has('999') && !all.has('12345')).toBe(true);
  });

  test.each(htmlFiles())('%s: its tel: links, its "call NNN" and the data its cards carry are known numbers', (file) => {
    const page = readPage(file);
    const found: string[] = [];
    for (const link of page.querySelectorAll('a[href^="tel:"]')) {
      const number = link.getAttribute('href')!.slice('tel:'.length);
      if (!all.has(number)) found.push(`<a href="tel:${number}">`);
    }
    for (const number of numbersSaid(page.text)) if (!all.has(number)) found.push(`says call ${number}`);
    for (const holder of page.querySelectorAll('[data-emergency-page]')) {
      const data = JSON.parse(holder.getAttribute('data-emergency-page')!) as { countries: CountryNumbers[] };
      for (const number of data.countries.flatMap((c) => [...c.numbers, ...(c.sameDay?.number ? [c.sameDay.number] : [])]))
        if (!all.has(number.replace(/ /g, ''))) found.push(`card data gives ${number}`);
    }
    expect(found).toEqual([]);
  });

  test('the emergency numbers page has a call button for every number (the checks above have links to check)', () => {
    expect(readPage('emergency-numbers/index.html').querySelectorAll('a[href^="tel:"]').length).toBeGreaterThan(100);
  });

  test('the full tables the cards fetch, in English and Spanish, give every place and only its numbers', () => {
    for (const file of ['emergency-numbers.json', 'es/emergency-numbers.json']) {
      const places = JSON.parse(readText(file)) as CountryNumbers[];
      expect(places.map((p) => p.code).sort()).toEqual(table.map((e) => e.code).sort());
      for (const place of places) {
        const entry = table.find((e) => e.code === place.code)!;
        expect(place.numbers, place.code).toEqual(entry.ambulance.map((a) => a.number));
      }
    }
  });
});

describe('the page of every number', () => {
  test.each([
    ['emergency-numbers/index.html', 'not yet checked by an editor'],
    ['es/emergency-numbers/index.html', 'todavía sin comprobar por un editor'],
  ])('%s lists every place with a call link for each of its numbers, and marks unread sources', (file, unread) => {
    const page = readPage(file);
    for (const entry of table) {
      const place = page.getElementById(entry.code.toLowerCase());
      expect(place, entry.code).not.toBeNull();
      const tels = place!.querySelectorAll('a[href^="tel:"]').map((a) => a.getAttribute('href'));
      for (const { number } of entry.ambulance) expect(tels, entry.code).toContain(`tel:${number.replace(/ /g, '')}`);
      const unreadSources = entry.sources.filter((s) => s.verified === 'none').length;
      expect(place!.text.split(unread).length - 1, entry.code).toBe(unreadSources);
    }
  });
});
