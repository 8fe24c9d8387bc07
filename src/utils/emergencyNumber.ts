/**
 * Which emergency number the emergency care card leads with. Pure: the
 * browser's languages and the reader's saved choice in, the numbers out.
 * The page without JavaScript shows all four; src/components/content/CareCard.astro
 * asks this function which one to lead with once its script runs.
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

/** The reader's choice is kept under this key in localStorage, on the device only. */
export const EMERGENCY_REGION_KEY = 'back-spasm-guide:emergency-region';

/** EU member states (ISO 3166-1 alpha-2), where 112 is the emergency number. */
const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

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
  if (country === 'US' || country === 'CA') return 'us-ca';
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
 */
export function chooseEmergencyNumber(languages: readonly string[], saved: string | null): NumberChoice {
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
  const chosen = EMERGENCY_NUMBERS.find((entry) => entry.region === region) ?? null;
  const order = chosen ? [chosen, ...EMERGENCY_NUMBERS.filter((entry) => entry !== chosen)] : [...EMERGENCY_NUMBERS];
  return { chosen, order, from };
}
