/** The search's rules for Spanish (see rules.ts). Pure, and used in the browser. */
import type { SearchRules } from './rules.ts';

/**
 * Spanish words too common to help find a page, written as normalise() leaves
 * them (no accents: "qué" is "que", "más" is "mas"). "cuándo ir a urgencias"
 * searches for "ir" and "urgencias". "cuánto" and "cada" stay: "cuánto tiempo"
 * and "cada cuánto" are how readers ask how long and how often.
 */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a al algo algun alguna ante como con cual cuales cuando de del desde donde ' +
    'e el ella ellas ello ellos en entre era es esa esas ese eso esos esta estas este esto estos estoy estar fue ' +
    'ha han has hay he la las le les lo los me mi mis mucho muy nada ni no nos o os otra otro para pero poco por ' +
    'porque pues que quien se ser si sin sobre son su sus tambien te ti tan tengo tiene tu tus u un una uno unos ' +
    'unas usted ustedes y ya yo'
  ).split(' '),
);

/** Spanish singular words that end in -és (accents are gone by now): their final -s is not a plural. */
const SPANISH_KEEP_S: ReadonlySet<string> = new Set(['estres', 'interes', 'traves', 'despues', 'ademas', 'jamas']);

/**
 * The Spanish plurals, -s after a vowel and -es after a consonant, back to
 * the singular (on normalised words, so "ciáticas" is "ciaticas" by now):
 * "espasmos" -> "espasmo", "dolores" -> "dolor", "meses" -> "mes",
 * "veces" -> "vez", "calambres" -> "calambre" (no Spanish word ends in -br).
 * Words such as "crisis", "virus" and "estrés" keep their -s.
 */
export function stemSpanish(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || SPANISH_KEEP_S.has(word)) return word;
  if (/(?:is|us)$/.test(word)) return word;
  if (word.endsWith('ces') && word.length > 4) return `${word.slice(0, -3)}z`;
  // -es after a consonant a Spanish word can end in (l, n, r, d, j, s, x, y), itself after a vowel.
  if (/[aeiou][lnrdjsxy]es$/.test(word)) return word.slice(0, -2);
  if (/[aeiou]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words that start a noun phrase in Spanish (normalised and stemmed, as words() gives them). */
export const SPANISH_DETERMINERS: ReadonlySet<string> = new Set(
  'mi mis tu tus su sus el la lo los las un una uno unos unas este esta estos estas ese esa esos esas'.split(' '),
);

/**
 * Spanish endings taken off to find a word's root: nouns made from verbs
 * ("adormecimiento"), past tenses and participles ("desmayé", "dormida"),
 * gerunds, infinitives, and the final vowel of gender and person ("piernas",
 * "dormido", "orino"). A root keeps at least 4 letters, so short words stay
 * whole ("piso" is not "pis", "año" is not "ano").
 */
const SPANISH_ENDINGS = [
  'imiento',
  'amiento',
  'ieron',
  'aron',
  'iendo',
  'ando',
  'ado',
  'ada',
  'ido',
  'ida',
  'aba',
  'ar',
  'er',
  'ir',
  'an',
  'en',
  'o',
  'a',
  'e',
  'i',
];

/** The Spanish forms of a word around its roots (see SPANISH_ENDINGS): "dormida" and "dormido" share "dormid". */
export function spanishWordForms(word: string): Set<string> {
  const forms = new Set([word]);
  for (const ending of SPANISH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) forms.add(word.slice(0, -ending.length));
  }
  return forms;
}

/**
 * Spanish words left out of both the keyword and the query when matching a
 * warning sign: articles, possessives and small prepositions, so "no siento
 * mis piernas" mentions "no siento las piernas". "no" stays: it is the sign.
 */
export const SPANISH_FILLERS: ReadonlySet<string> = new Set(
  'el la lo los las un una unos unas de del al a en mi mis tu tus su sus y e o u con por para que'.split(' '),
);

/**
 * Everyday Spanish phrases that hold a warning-sign word but name something else: "dar el pecho" is breastfeeding, not chest pain; a
 * "corazón" that is a heart condition is not a heart attack.
 */
const NOT_SIGN_PHRASES: readonly string[] = [
  'dar pecho',
  'doy pecho',
  'dando pecho',
  'enfermedad corazon',
  'problema corazon',
  'pastilla corazon',
  'medicina corazon',
  'ritmo cardiaco',
];

/** A typo counts only in a long word and after the same first 3 letters, so "elección" is not "erección" and "séptimo" is not "séptico". */
function spanishTypo(
  typed: string,
  keyword: string,
  editDistance: (a: string, b: string, max: number) => number,
): boolean {
  return keyword.length >= 8 && typed.slice(0, 3) === keyword.slice(0, 3) && editDistance(typed, keyword, 1) <= 1;
}

export const es: SearchRules = {
  stopWords: SPANISH_STOP_WORDS,
  stem: stemSpanish,
  determiners: SPANISH_DETERMINERS,
  wordForms: spanishWordForms,
  typoOf: spanishTypo,
  signFillers: SPANISH_FILLERS,
  notSigns: NOT_SIGN_PHRASES,
  // Spanish reads a keyword without its small words, so its words sit closer: the NOT_SIGNS hold for every keyword.
  notSignsForEveryKeyword: true,
};
