/**
 * Which emergency number the emergency care card leads with. Pure: the
 * browser's languages and the reader's saved choice in, the numbers out.
 * The page without JavaScript shows all four; src/components/content/CareCard.astro
 * asks this function which one to lead with once its script runs.
 * No imports, so the card's script stays small.
 */

export type EmergencyRegion = 'uk' | 'us-ca' | 'eu' | 'au';

export interface EmergencyNumber {
  region: EmergencyRegion;
  number: string;
  /** Where the number works, as the call button says it. */
  where: string;
}

/** Every number the card offers, in the order shown when the region is unknown. */
export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
  { region: 'uk', number: '999', where: 'UK' },
  { region: 'us-ca', number: '911', where: 'US and Canada' },
  { region: 'eu', number: '112', where: 'EU' },
  { region: 'au', number: '000', where: 'Australia' },
];

/**
 * The numbers in each language: where each works, in that language's words,
 * and the order the card lists them in when the region is unknown. Spanish
 * readers live mostly where 112 (Spain, the EU) or 911 (the US, Mexico and
 * much of Latin America) works, so those come first.
 */
export const NUMBERS_BY_LANGUAGE: Readonly<Record<'en' | 'es', readonly EmergencyNumber[]>> = {
  en: EMERGENCY_NUMBERS,
  es: [
    { region: 'eu', number: '112', where: 'España y la UE' },
    { region: 'us-ca', number: '911', where: 'Estados Unidos, México y gran parte de América' },
    { region: 'uk', number: '999', where: 'Reino Unido' },
    { region: 'au', number: '000', where: 'Australia' },
  ],
};

/** The reader's choice is kept under this key in localStorage, on the device only. */
export const EMERGENCY_REGION_KEY = 'back-spasm-guide:emergency-region';

/** EU member states (ISO 3166-1 alpha-2), where 112 is the emergency number. */
const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/**
 * Countries outside the US and Canada where 911 is the one emergency number
 * for an ambulance too: Mexico, Puerto Rico, Costa Rica, Panama, Honduras, the
 * Dominican Republic, Ecuador, Venezuela, Paraguay and Uruguay. Left out on
 * purpose, so the card shows every number rather than guess: countries where
 * 911 is only the police or only some cities' line, or where the ambulance has
 * its own number (Argentina, Bolivia, Chile, Colombia, Cuba, El Salvador,
 * Guatemala, Nicaragua, Peru).
 */
const NINE_ONE_ONE = new Set('US CA MX PR CR PA HN DO EC VE PY UY'.split(' '));

/** The country part of a language tag: "en-GB" -> "GB", "de" -> null. */
export function regionOfLocale(tag: string): string | null {
  try {
    const region = new Intl.Locale(tag).region;
    return region ? region.toUpperCase() : null;
  } catch {
    return null;
  }
}

/** The emergency region of a country code, or null where the card should show every number. */
export function emergencyRegionOf(country: string | null): EmergencyRegion | null {
  if (!country) return null;
  if (country === 'GB') return 'uk';
  if (NINE_ONE_ONE.has(country)) return 'us-ca';
  if (country === 'AU') return 'au';
  if (EU.has(country)) return 'eu';
  return null;
}

export function isEmergencyRegion(value: unknown): value is EmergencyRegion {
  return EMERGENCY_NUMBERS.some((entry) => entry.region === value);
}

export interface NumberChoice {
  /** The number the card leads with, or null: show every number alike. */
  chosen: EmergencyNumber | null;
  /** Every number, the chosen one first. */
  order: EmergencyNumber[];
  /** Why: the reader's saved choice, the browser's language region, or neither. */
  from: 'saved' | 'language' | 'none';
}

/**
 * The number to lead with: the reader's saved choice wins; otherwise the
 * region of the first browser language that names one ("en-GB": 999); otherwise none.
 * `numbers` is the list in the page's language (NUMBERS_BY_LANGUAGE).
 */
export function chooseEmergencyNumber(
  languages: readonly string[],
  saved: string | null,
  numbers: readonly EmergencyNumber[] = EMERGENCY_NUMBERS,
): NumberChoice {
  let region: EmergencyRegion | null = null;
  let from: NumberChoice['from'] = 'none';
  if (isEmergencyRegion(saved)) {
    region = saved;
    from = 'saved';
  } else {
    const country = languages.map(regionOfLocale).find((r) => r !== null) ?? null;
    region = emergencyRegionOf(country);
    if (region) from = 'language';
  }
  const chosen = numbers.find((entry) => entry.region === region) ?? null;
  const order = chosen ? [chosen, ...numbers.filter((entry) => entry !== chosen)] : [...numbers];
  return { chosen, order, from };
}
