/**
 * What our pages must never contain: brand or product names, shop and
 * advert words, affiliate or tracking links, and medicine doses. Used by a
 * test over every built page. Matching is case-insensitive and on whole words.
 */
export const DENY_LIST = {
  /** Medicine and product brands readers know; we use generic names only. */
  brands: [
    'nurofen',
    'advil',
    'motrin',
    'brufen',
    'tylenol',
    'panadol',
    'calpol',
    'anadin',
    'excedrin',
    'aleve',
    'naprosyn',
    'voltaren',
    'voltarol',
    'cuprofen',
    'ibuleve',
    'feminax',
    'solpadeine',
    'nuromol',
    'valium',
    'flexeril',
    'robaxin',
    'lyrica',
    'neurontin',
    'deep heat',
    'deep freeze',
    'thermacare',
    'tiger balm',
    'biofreeze',
    'icy hot',
    'salonpas',
    'heal-n-soothe',
    'healthy back institute',
    'amazon',
    'walgreens',
    'cvs',
    // Brands readers type in Spanish-speaking countries (content/es/synonyms.yaml maps them to generic names).
    'gelocatil',
    'termalgin',
    'efferalgan',
    'dolostop',
    'tempra',
    'apiretal',
    'espidifen',
    'dalsy',
    'neobrufen',
    'flanax',
    'antalgin',
  ],
  /** Words of selling and advertising. */
  selling: [
    'buy now',
    'order now',
    'add to cart',
    'add to basket',
    'discount',
    'coupon',
    'promo code',
    'sponsored',
    'free shipping',
    'money-back',
    'money back guarantee',
  ],
} as const;

/** Links that track readers or pay someone per click. */
const TRACKING_URL =
  /[?&](utm_[a-z]+|ref|tag|aff(iliate)?(_id)?|gclid|fbclid|mc_eid)=|amzn\.to|amazon\.|clickbank|shareasale|awin1\.com/i;

const COUNT = '(?:\\d+|one|two|three|four|five|six|eight)';

/** Doses anywhere: an amount with a unit, or a count of tablets or doses. */
const DOSES = [
  /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|g|milligrams?|micrograms?|grams?|millilitres?|milliliters?)\b/i,
  new RegExp(`\\b${COUNT}\\s+(?:tablets?|capsules?|pills?|caplets?|doses?|sachets?)\\b`, 'i'),
  /\b(?:dose|dosage)\s+(?:of|is)\s+\d/i,
];

/** How often to take it, checked only in sentences about medicines (heat "a few times a day" is fine). */
const MEDICINE =
  /\b(?:take|taking|tablets?|pills?|capsules?|doses?|medicines?|painkillers?|ibuprofen|naproxen|paracetamol|acetaminophen|codeine|diazepam|opioids?)\b/i;
const FREQUENCY = [
  new RegExp(`\\bevery\\s+\\d+(?:\\s*(?:to|-|–)\\s*\\d+)?\\s+hours?\\b`, 'i'),
  new RegExp(`\\b(?:once|twice|${COUNT}\\s+times)\\s+(?:a|per|each)\\s+day\\b`, 'i'),
  new RegExp(`\\b(?:once|twice|${COUNT}\\s+times)\\s+daily\\b`, 'i'),
];

export interface ForbiddenMatch {
  kind: 'brand' | 'selling' | 'tracking link' | 'dose';
  match: string;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: readonly string[]) => new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'gi');
const BRAND = wordPattern(DENY_LIST.brands);
const SELLING = wordPattern(DENY_LIST.selling);

/** Everything forbidden in a page's visible text and its link addresses. */
export function findForbidden(text: string, urls: readonly string[] = []): ForbiddenMatch[] {
  const found: ForbiddenMatch[] = [];
  for (const match of text.matchAll(BRAND)) found.push({ kind: 'brand', match: match[0] });
  for (const match of text.matchAll(SELLING)) found.push({ kind: 'selling', match: match[0] });
  for (const pattern of DOSES) {
    const match = pattern.exec(text);
    if (match) found.push({ kind: 'dose', match: match[0] });
  }
  for (const sentence of text.split(/(?<=[.!?])\s+/).filter((s) => MEDICINE.test(s))) {
    for (const pattern of FREQUENCY) {
      const match = pattern.exec(sentence);
      if (match) found.push({ kind: 'dose', match: match[0] });
    }
  }
  for (const url of urls) if (TRACKING_URL.test(url)) found.push({ kind: 'tracking link', match: url });
  return found;
}
