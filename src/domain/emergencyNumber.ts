/**
 * Which country's emergency number the care cards lead with. Pure: the
 * browser's languages and the reader's saved choice in, a country code out.
 * The numbers themselves come from content/emergency-numbers.yaml, made
 * small for the page (src/domain/emergencyTable.ts): a few common countries
 * inline in the page, every country in /emergency-numbers.json, fetched only
 * when needed (src/browser/emergencyCall.ts).
 * Only the list of languages imported, so the card's script stays small.
 */
import type { Locale } from '../i18n/locales.ts';

/** One place, in the page's language, as the card needs it. */
export interface CountryNumbers {
  /** ISO 3166-1 alpha-2, like GB. */
  code: string;
  /** The country's name in the page's language. */
  name: string;
  /** The name as a sentence says it after "in", where it differs: "the United Kingdom". */
  in?: string;
  /** The numbers to call for an ambulance, most useful first. */
  numbers: string[];
  /** What the emergency department is called there (the table's words). */
  department: string;
  /** Where to go, as the heading says it: "to A&E", "a la guardia" (CARE_WORDS.goTo). */
  go: string;
  /** The same-day route, where there is one: its name, number and address. */
  sameDay?: { name: string; number?: string; url?: string };
}

/** A number the card offers when the country is unknown, and where it works, as its call button says. */
export interface CommonNumber {
  number: string;
  where: string;
}

/**
 * The numbers an unknown reader sees, in each language's order: the most
 * common numbers for readers of that language. Spanish readers live mostly
 * where 112 (Spain, the EU) or 911 (the US, Mexico and much of Latin America)
 * works, so those come first. Every one is in the table (a dist check says so).
 */
export const COMMON_NUMBERS: Readonly<Record<Locale, readonly CommonNumber[]>> = {
  en: [
    { number: '999', where: 'UK' },
    { number: '911', where: 'US and Canada' },
    { number: '112', where: 'EU' },
  ],
  es: [
    { number: '112', where: 'España y la UE' },
    { number: '911', where: 'Estados Unidos, México y gran parte de América' },
    { number: '999', where: 'Reino Unido' },
  ],
};

/**
 * The countries each language's pages carry inline (the rest is fetched):
 * where most readers of that language live.
 */
export const INLINE_COUNTRIES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['GB', 'US', 'CA', 'AU', 'IE', 'NZ', 'IN'],
  es: ['ES', 'MX', 'US', 'AR', 'CO', 'CL', 'PE'],
};

/** The country part of a language tag: "en-GB" -> "GB", "es-419" and "de" -> null. */
export function regionOfLocale(tag: string): string | null {
  try {
    const region = new Intl.Locale(tag).region;
    // "419" (Latin America) and other UN M.49 areas are not one country.
    return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : null;
  } catch {
    return null;
  }
}

/**
 * A saved choice as a country code. The old picker saved a region ("uk",
 * "us-ca", "eu", "au"): those still work, read with the browser's country
 * where the region was more than one country.
 */
export function savedCountry(saved: string | null, languageCountry: string | null): string | null {
  if (!saved) return null;
  if (/^[A-Z]{2}$/.test(saved)) return saved;
  if (saved === 'uk') return 'GB';
  if (saved === 'au') return 'AU';
  if (saved === 'us-ca') return languageCountry === 'CA' ? 'CA' : 'US';
  // 112 works in every EU country: the country itself is the browser's, if it gives one.
  if (saved === 'eu') return languageCountry;
  return null;
}

export interface CountryChoice {
  /** The country the card leads with, or null: unknown, show the common numbers. */
  code: string | null;
  /** Why: the reader's saved choice, the browser's language region, or neither. */
  from: 'saved' | 'language' | 'none';
}

/**
 * The country to lead with: the reader's saved choice wins; otherwise the
 * region of the first browser language that names one ("en-GB": GB);
 * otherwise none. `known` says which codes the table has: a country it does
 * not list is unknown (the card then shows the common numbers).
 */
export function chooseCountry(
  languages: readonly string[],
  saved: string | null,
  known: (code: string) => boolean,
): CountryChoice {
  const languageCountry = languages.map(regionOfLocale).find((r) => r !== null) ?? null;
  const chosen = savedCountry(saved, languageCountry);
  if (chosen && known(chosen)) return { code: chosen, from: 'saved' };
  if (languageCountry && known(languageCountry)) return { code: languageCountry, from: 'language' };
  return { code: null, from: 'none' };
}
