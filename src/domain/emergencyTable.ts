/**
 * The emergency-number table (content/emergency-numbers.yaml) made small for
 * the care cards, in one language: what src/browser/emergencyCall.ts needs
 * to lead a card with a country's number. The cards carry a few common
 * countries inline; /emergency-numbers.json (and /es/) carries them all.
 */
import type { EmergencyNumbers } from '../schemas/emergencyNumbers.ts';
import type { Locale } from '../i18n/locales.ts';
import { languageTags } from '../i18n/locales.ts';
import { CARE_WORDS } from './careCards.ts';
import { INLINE_COUNTRIES, type CountryNumbers } from './emergencyNumber.ts';

/** Every place in the table, in one language, sorted by its name in that language. */
export function countriesIn(table: EmergencyNumbers, locale: Locale): CountryNumbers[] {
  const care = CARE_WORDS[locale];
  const collator = new Intl.Collator(languageTags[locale]);
  return table
    .map((entry): CountryNumbers => {
      const country: CountryNumbers = {
        code: entry.code,
        name: entry.name[locale],
        numbers: entry.ambulance.map((a) => a.number),
        department: entry.department[locale],
        go: care.goTo(entry.department[locale]),
      };
      const inName = care.inCountry(entry.name[locale]);
      if (inName !== entry.name[locale]) country.in = inName;
      if (entry.sameDay) {
        country.sameDay = { name: entry.sameDay.name[locale] };
        if (entry.sameDay.number) country.sameDay.number = entry.sameDay.number;
        if (entry.sameDay.url) country.sameDay.url = entry.sameDay.url;
      }
      return country;
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The few countries a page in this language carries inline. */
export function inlineCountries(table: EmergencyNumbers, locale: Locale): CountryNumbers[] {
  const codes = INLINE_COUNTRIES[locale];
  return countriesIn(table, locale)
    .filter((c) => codes.includes(c.code))
    .sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code));
}

/** Every number the table gives: ambulance numbers and same-day numbers, digits only. */
export function tableNumbers(table: EmergencyNumbers): { ambulance: Set<string>; all: Set<string> } {
  const ambulance = new Set(table.flatMap((e) => e.ambulance.map((a) => a.number.replace(/ /g, ''))));
  const all = new Set([
    ...ambulance,
    ...table.flatMap((e) => (e.sameDay?.number ? [e.sameDay.number.replace(/ /g, '')] : [])),
  ]);
  return { ambulance, all };
}
