/**
 * What our pages must never contain: brand or product names, shop and
 * advert words, affiliate or tracking links, and medicine doses. Used by the
 * content pipeline over every text a writer writes (findForbiddenInFile.ts)
 * and by a test over every built page, in English and in Spanish. Matching is
 * case-insensitive, ignores accents ("Voltarén" = "voltaren", "envío" = "envio")
 * and is on whole words.
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
    // Spanish-speaking readers' brands (Spain, Mexico, the US, Latin America).
    'nolotil',
    'metalgial',
    'neo-melubrina',
    'espidifen',
    'neobrufen',
    'dalsy',
    'dolalgial',
    'enantyum',
    'gelocatil',
    'termalgin',
    'apiretal',
    'efferalgan',
    'adiro',
    'adolonta',
    'zaldiar',
    'voltadol',
    'fastum',
    'feldene',
    'yurelax',
    'myolastan',
    'radio salil',
    'dolex',
    'winadol',
    'tempra',
    'mejoral',
    'flanax',
    'dolostop',
    'antalgin',
    'dolo-neurobion',
    'neurobion',
    'actron',
    'ibupirac',
    'tafirol',
    'kitadol',
    'bengue',
    'mercado libre',
    'mercadolibre',
    'farmacias del ahorro',
    'farmacias similares',
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
    // Spanish (never words our Spanish articles use: "compre" alone is in
    // "No compre plantillas", so only the advert phrases are listed).
    'compre ya',
    'compre ahora',
    'comprelo ya',
    'comprelo ahora',
    'compra ya',
    'compra ahora',
    'comprar ahora',
    'oferta',
    'ofertas',
    'descuento',
    'descuentos',
    'cupon',
    'cupones',
    'codigo promocional',
    'codigo de descuento',
    'promocion',
    'rebajas',
    'envio gratis',
    'envio gratuito',
    'anadir al carrito',
    'agregar al carrito',
    'anadir a la cesta',
    'patrocinado',
    'patrocinada',
    'garantizado',
    'garantizada',
    'garantizados',
    'garantizadas',
    'milagroso',
    'milagrosa',
    'milagrosos',
    'milagrosas',
    'devolucion del dinero',
    'reembolso garantizado',
    'precio especial',
    'solo por hoy',
  ],
} as const;

/** Links that track readers or pay someone per click. */
const TRACKING_URL =
  /[?&](utm_[a-z]+|ref|tag|aff(iliate)?(_id)?|gclid|fbclid|mc_eid)=|amzn\.to|amazon\.|clickbank|shareasale|awin1\.com/i;

const COUNT = '(?:\\d+|one|two|three|four|five|six|eight)';
/**
 * Spanish counts, accents already removed ("dos capsulas"). Not "un"/"una": like English "a", it is also the
 * article ("una pastilla sin medicina", a placebo).
 */
const COUNT_ES = '(?:\\d+|dos|tres|cuatro|cinco|seis|ocho)';

/** Doses anywhere: an amount with a unit, or a count of tablets or doses. */
const DOSES = [
  /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|g|milligrams?|micrograms?|grams?|millilitres?|milliliters?)\b/i,
  new RegExp(`\\b${COUNT}\\s+(?:tablets?|capsules?|pills?|caplets?|doses?|sachets?)\\b`, 'i'),
  /\b(?:dose|dosage)\s+(?:of|is)\s+\d/i,
  /\b\d+(?:[.,]\d+)?\s?(?:miligramos?|microgramos?|gramos?|mililitros?)\b/i,
  new RegExp(
    `\\b${COUNT_ES}\\s+(?:comprimidos?|pastillas?|tabletas?|capsulas?|grageas?|sobres?|dosis|gotas?|ampollas?|parches?)\\b`,
    'i',
  ),
  /\bdosis\s+(?:(?:diaria|maxima|habitual|recomendada)\s+)?(?:de|es(?: de)?)\s+\d/i,
];

/** How often to take it, checked only in sentences about medicines (heat "a few times a day" is fine). */
const MEDICINE =
  /\b(?:take|taking|tablets?|pills?|capsules?|doses?|medicines?|painkillers?|ibuprofen|naproxen|paracetamol|acetaminophen|codeine|diazepam|opioids?|tome|tomar|tomarlo|tomela|tomelo|comprimidos?|pastillas?|tabletas?|capsulas?|dosis|medicinas?|medicamentos?|analgesicos?|antiinflamatorios?|ibuprofeno|naproxeno|acetaminofen|codeina|diazepam|opioides?)\b/i;
const FREQUENCY = [
  new RegExp(`\\bevery\\s+\\d+(?:\\s*(?:to|-|–)\\s*\\d+)?\\s+hours?\\b`, 'i'),
  new RegExp(`\\b(?:once|twice|${COUNT}\\s+times)\\s+(?:a|per|each)\\s+day\\b`, 'i'),
  new RegExp(`\\b(?:once|twice|${COUNT}\\s+times)\\s+daily\\b`, 'i'),
  /\bcada\s+\d+(?:\s*(?:a|o|-|–)\s*\d+)?\s+horas?\b/i,
  new RegExp(`\\b${COUNT_ES}\\s+ve(?:z|ces)\\s+(?:al|por|cada)\\s+dia\\b`, 'i'),
  new RegExp(`\\b${COUNT_ES}\\s+ve(?:z|ces)\\s+diarias?\\b`, 'i'),
];

export interface ForbiddenMatch {
  kind: 'brand' | 'selling' | 'tracking link' | 'dose';
  match: string;
}

/** The text without accents or tildes, so that "Voltarén" matches "voltaren" and "cápsulas" matches "capsulas". */
export const foldAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');
const fold = foldAccents;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: readonly string[]) =>
  new RegExp(`\\b(?:${words.map((w) => escape(fold(w))).join('|')})\\b`, 'gi');
const BRAND = wordPattern(DENY_LIST.brands);
const SELLING = wordPattern(DENY_LIST.selling);

/** Everything forbidden in a page's visible text and its link addresses (matches are reported without accents). */
export function findForbidden(original: string, urls: readonly string[] = []): ForbiddenMatch[] {
  const text = fold(original);
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
