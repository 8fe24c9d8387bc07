/**
 * What our pages must never contain: brand or product names, shop and
 * advert words, affiliate or tracking links, and medicine doses. Used by a
 * test over every built page. Matching is case-insensitive and on whole words.
 */
export const DENY_LIST = {
  /** Medicine and product brands readers know; we use generic names only. */
  brands: [
    'nurofen', 'advil', 'motrin', 'brufen', 'tylenol', 'panadol', 'calpol', 'anadin', 'excedrin', 'aleve', 'naprosyn',
    'voltaren', 'voltarol', 'cuprofen', 'ibuleve', 'feminax', 'solpadeine', 'nuromol', 'valium', 'flexeril',
    'robaxin', 'lyrica', 'neurontin', 'deep heat', 'deep freeze', 'thermacare', 'tiger balm', 'biofreeze',
    'icy hot', 'salonpas', 'heal-n-soothe', 'healthy back institute', 'amazon', 'walgreens', 'cvs',
  ],
  /** Words of selling and advertising. */
  selling: ['buy now', 'order now', 'add to cart', 'add to basket', 'discount', 'coupon', 'promo code', 'sponsored', 'free shipping', 'money-back', 'money back guarantee'],
} as const;

/** Links that track readers or pay someone per click. */
const TRACKING_URL = /[?&](utm_[a-z]+|ref|tag|aff(iliate)?(_id)?|gclid|fbclid|mc_eid)=|amzn\.to|amazon\.|clickbank|shareasale|awin1\.com/i;

/** Doses: an amount with a unit, tablet counts, or how often to take a medicine. */
const DOSES = [
  /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|milligrams?|micrograms?|millilitres?|milliliters?)\b/i,
  /\b\d+\s+(?:tablets?|capsules?|pills?|caplets?)\b/i,
  /\b(?:dose|dosage)\s+(?:of|is)\s+\d/i,
  /\b(?:take|taking)\b[^.]{0,40}\b(?:every\s+\d+\s+hours?|\d+\s+times\s+(?:a|per)\s+day)\b/i,
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
  for (const url of urls) if (TRACKING_URL.test(url)) found.push({ kind: 'tracking link', match: url });
  return found;
}
