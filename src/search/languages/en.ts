/** The search's rules for English (see rules.ts). Pure, and used in the browser. */
import { typoAfterFirstLetter, type SearchRules } from './rules.ts';

/**
 * Words too common to help find a page. They are left out of the index and
 * out of queries ("how long should I rest" searches for "long" and "rest").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about am an and are as at be been but by can could did do does doing for from had has have he her his ' +
    'how i if in into is it its me my myself of on or our she should so than that the their them then there ' +
    'these they this those to too up us was we were what when where which who why will with would you your'
  ).split(' '),
);

/**
 * A light stem so singular and plural meet: "spasms" -> "spasm",
 * "bodies" -> "body". Longer endings (-ing, -ed) are left to prefix and fuzzy
 * matching, which cope with them without mangling words.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Words that start a noun phrase: a one-word synonym right before one is not read as that synonym. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'my the your his her their our a an this that these those one someone'.split(' '),
);

/**
 * The forms a word can take around one root, so that whole words meet
 * whatever their ending: "numbness" and "numb", "feeling" and "feel",
 * "wetting" and "wet", "wiping" and "wipe", "peed" and "pee". Only endings
 * are removed, never beginnings, and no root is shorter than 3 letters, so a
 * word never matches a part of another ("heartburn" is not "heart",
 * "accidentally" is not "accident").
 */
export function englishWordForms(word: string): Set<string> {
  const forms = new Set([word]);
  for (const suffix of ['ness', 'ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(suffix)) continue;
    const root = word.slice(0, -suffix.length);
    if (root.length < 3 || (suffix === 'd' && !root.endsWith('e'))) continue;
    forms.add(root);
    forms.add(`${root}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(root)) forms.add(root.slice(0, -1));
  }
  return forms;
}

/**
 * Everyday phrases that hold a warning-sign word but name something else: a
 * one-word keyword found only inside one of these is not a sign ("can I take
 * ibuprofen with a heart condition" is not chest pain).
 */
const NOT_SIGN_PHRASES: readonly string[] = [
  'heart condition',
  'heart disease',
  'heart problem',
  'heart rate',
  'heart medicine',
  'heart medication',
  'heart tablet',
  'heart pill',
];

export const en: SearchRules = {
  stopWords: STOP_WORDS,
  stem: stemEnglish,
  determiners: DETERMINERS,
  wordForms: englishWordForms,
  typoOf: typoAfterFirstLetter,
  signFillers: new Set(),
  notSigns: NOT_SIGN_PHRASES,
  notSignsForEveryKeyword: false,
};
