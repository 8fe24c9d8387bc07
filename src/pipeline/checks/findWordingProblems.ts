/**
 * Safety wording that cannot drift: every sentence of free text that names a
 * warning sign gives that sign's own level and instruction (evidence.md §5).
 * A sentence names a sign when it holds one of the sign's `mentions` (running
 * text phrases, in content/red-flags.yaml and content/es/red-flags.yaml); it
 * then must carry the instruction words of the sign's level from CARE_WORDS
 * (or the sign's own action), or sit in a paragraph with <GetHelp> for that
 * sign or level, which renders the instruction from the data. "Read when to
 * get help" is never the instruction; urgent means today, never "soon"; an
 * emergency sign never gets a routine instruction. Pure: texts in, problems out.
 */
import { careLevels, type CareLevel } from '../../schemas/redFlag.ts';
import type { Problem } from '../../schemas/problems.ts';
import type { Locale } from '../../i18n/locales.ts';
import { CARE_WORDS } from '../../domain/careCards.ts';

/** What the rule needs of a warning sign, in one language. */
export interface WordingSign {
  id: string;
  level: CareLevel;
  action?: string | undefined;
  /** Running-text phrases that name the sign in this language. */
  mentions?: readonly string[] | undefined;
}

/** A <GetHelp> in the text: a sign's id, or a level. */
export interface GetHelpUse {
  sign?: string | undefined;
  level?: string | undefined;
}

/** One piece of free text: a paragraph of an article, a string of a data file or a dictionary. */
export interface FreeText {
  file: string;
  /** The line the text starts on, when known (otherwise the pipeline finds it from the field). */
  line?: number | undefined;
  field: string;
  text: string;
  /** The <GetHelp> elements in the same paragraph. */
  getHelp?: readonly GetHelpUse[] | undefined;
}

/** Lower case, no accents, straight apostrophes and one space: how phrases are compared. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The words of each language that the rule looks for beside CARE_WORDS. */
export const WORDING_RULES: Record<
  Locale,
  {
    /** Urgent means today: one of these must be in the sentence. */
    today: RegExp;
    /** Never for an urgent sign. */
    soon: RegExp;
    /** A pointer to the page, which is not an instruction. */
    readPage: RegExp;
    /** A routine instruction, wrong for an emergency sign. */
    routine: RegExp;
    /** How to show the words in a message. */
    soonWord: string;
    todayWords: string;
  }
> = {
  en: {
    today: /\b(today|same-day|same day)\b/,
    soon: /\bsoon(er)?\b/,
    readPage: /\bwhen to get help\b/,
    routine: /\b(see|speak to|talk to|ask|visit) (a|your) (gp|doctor|physiotherapist|pharmacist)\b/,
    soonWord: 'soon',
    todayWords: '"today" or "same-day"',
  },
  es: {
    today: /\b(hoy|mismo dia)\b/,
    soon: /\bpronto\b/,
    readPage: /\bcuando pedir ayuda\b/,
    routine:
      /\b(vea|vaya|consulte|hable con|pida cita con|pida una cita con) (a |al )?(un |una |su )?(medico|fisioterapeuta|farmaceutico)/,
    soonWord: 'pronto',
    todayWords: '"hoy" or "para hoy"',
  },
};

/** The instruction words that show a sentence gives a level's instruction, in a language. */
export function instructionMarkers(level: CareLevel, locale: Locale, action?: string): string[] {
  const markers = [normalise(CARE_WORDS[locale].actions[level])];
  // A sign's own action ("Call an ambulance. Do not go by car."): its first sentence counts too.
  if (action) markers.push(normalise(action.split('.')[0]!));
  return markers;
}

/** A text cut into sentences, each with where it starts in the text. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A sentence ends at . ! ? or : followed by a space and a capital (or an opening mark); "e.g." does not end one.
  const end = /(?<!\b(?:e\.g|i\.e|etc|eg|ie|p\.ej|Dr|Sr|Sra))[.!?](?=["'”’)]?\s+["'“‘(¿¡]?[\p{Lu}\d])|\n\s*\n/gu;
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    const piece = text.slice(start, stop);
    if (piece.trim()) out.push({ text: piece, start });
    start = stop;
  }
  if (text.slice(start).trim()) out.push({ text: text.slice(start), start });
  return out;
}

interface Matcher {
  pattern: RegExp;
  byPhrase: Map<string, WordingSign>;
}

const matchers = new WeakMap<readonly WordingSign[], Matcher>();

/** One regular expression over every sign's mentions, longest phrase first, on whole words. */
function matcherOf(signs: readonly WordingSign[]): Matcher {
  const known = matchers.get(signs);
  if (known) return known;
  const byPhrase = new Map<string, WordingSign>();
  for (const sign of signs) {
    for (const mention of sign.mentions ?? []) {
      const phrase = normalise(mention).trim();
      if (phrase && !byPhrase.has(phrase)) byPhrase.set(phrase, sign);
    }
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = phrases.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : /(?!)/g;
  const matcher = { pattern, byPhrase };
  matchers.set(signs, matcher);
  return matcher;
}

/** The signs a sentence names, in the order it names them, one each. */
export function signsNamed(sentence: string, signs: readonly WordingSign[]): WordingSign[] {
  const { pattern, byPhrase } = matcherOf(signs);
  const found: WordingSign[] = [];
  pattern.lastIndex = 0; // matchAll starts where the last search stopped
  for (const match of normalise(sentence).matchAll(pattern)) {
    const sign = byPhrase.get(match[0])!;
    if (!found.includes(sign)) found.push(sign);
  }
  return found;
}

/** The words a writer can use, for the message: the instruction, or <GetHelp>. */
function fix(sign: WordingSign, locale: Locale): string {
  const words = sign.action ?? CARE_WORDS[locale].actions[sign.level];
  return `give its instruction ("${words}") in the sentence or its paragraph, or use <GetHelp sign="${sign.id}" /> there`;
}

/**
 * What is wrong with one sentence that names a sign of a level, or undefined
 * when it, or its paragraph, gives the instruction. The first sign of the
 * level named stands for them all. "Soon" in the sentence itself is refused
 * whatever the paragraph says.
 */
export function judgeSentence(
  sentence: string,
  sign: WordingSign,
  locale: Locale,
  paragraph: string = sentence,
): string | undefined {
  const rules = WORDING_RULES[locale];
  const plain = normalise(sentence);
  const named = `names the ${sign.level} sign "${sign.id}"`;
  const around = normalise(paragraph);
  const given = instructionMarkers(sign.level, locale, sign.action).some((marker) => around.includes(marker));
  if (sign.level === 'urgent' && rules.soon.test(plain)) {
    return `${named} and says "${rules.soonWord}": urgent means today. ${capitalise(fix(sign, locale))}`;
  }
  if (given) return undefined;
  if (rules.readPage.test(plain)) {
    return `${named}, and "read when to get help" is not its instruction: ${fix(sign, locale)}`;
  }
  if (sign.level === 'emergency' && rules.routine.test(plain)) {
    return `${named} with a routine instruction (a doctor or physiotherapist): it is an emergency. ${capitalise(fix(sign, locale))}`;
  }
  if (sign.level === 'urgent' && !rules.today.test(plain)) {
    return `${named} without ${rules.todayWords}: urgent means a check today. ${capitalise(fix(sign, locale))}`;
  }
  return `${named} without its instruction: ${fix(sign, locale)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Every sentence of the texts that names a warning sign without giving its
 * level's instruction: one problem per sentence and level, at the sentence's line.
 */
export function findWordingProblems(
  texts: readonly FreeText[],
  signs: readonly WordingSign[],
  locale: Locale,
): Problem[] {
  const problems: Problem[] = [];
  const { pattern } = matcherOf(signs);
  const levelOf = new Map(signs.map((s) => [s.id, s.level]));
  for (const text of texts) {
    // Most texts name no sign: one quick look before cutting them into sentences.
    pattern.lastIndex = 0;
    const names = pattern.test(normalise(text.text));
    pattern.lastIndex = 0;
    if (!names) continue;
    const covered = new Set<string>();
    for (const use of text.getHelp ?? []) {
      const level = use.sign ? levelOf.get(use.sign) : use.level;
      if (level) covered.add(level);
    }
    for (const sentence of sentencesOf(text.text)) {
      const named = signsNamed(sentence.text, signs);
      for (const level of careLevels) {
        const sign = named.find((s) => s.level === level);
        if (!sign || covered.has(level)) continue;
        const message = judgeSentence(sentence.text, sign, locale, text.text);
        if (!message) continue;
        const before = text.text.slice(0, sentence.start + (sentence.text.length - sentence.text.trimStart().length));
        const line = text.line === undefined ? undefined : text.line + (before.match(/\n/g)?.length ?? 0);
        problems.push({ file: text.file, ...(line === undefined ? {} : { line }), field: text.field, message });
      }
    }
  }
  return problems;
}
