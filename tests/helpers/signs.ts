import { existsSync, readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { careLevels, redFlagListSchema, type CareLevel, type RedFlag } from '../../src/schemas/index.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';
import type { Locale } from '../../src/i18n/locales.ts';

/** The warning signs as the site is built from them. */
export function readSigns(file = 'content/red-flags.yaml'): RedFlag[] {
  return redFlagListSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The words a translation may change; every other field is the English file's fact. */
const TRANSLATED = ['text', 'action', 'question', 'keywords'] as const;

/**
 * The warning signs as a language's pages show them: the English facts (id,
 * level, card, order) with the words of content/<locale>/red-flags.yaml where
 * it exists (a sign it leaves out, or a file not there yet, keeps the English
 * words, as the site does until the translation arrives).
 */
export function readSignsFor(locale: Locale, english = 'content/red-flags.yaml'): RedFlag[] {
  const signs = readSigns(english);
  const file = english.replace(/red-flags\.yaml$/, `${locale}/red-flags.yaml`);
  if (locale === 'en' || !existsSync(file)) return signs;
  const entries = parse(readFileSync(file, 'utf8')) as Partial<Record<string, unknown>>[];
  const words = new Map(entries.map((entry) => [entry.id, entry]));
  return signs.map((sign) => {
    const own = words.get(sign.id);
    if (!own) return sign;
    const translated = Object.fromEntries(
      TRANSLATED.filter((key) => own[key] !== undefined).map((key) => [key, own[key]]),
    );
    return { ...sign, ...translated } as RedFlag;
  });
}

/** The words of one language that the check reads running text with. */
export interface SignWords {
  /**
   * Words that tell a reader what to do, by level. A sentence that names a sign
   * and uses another level's words (and none of its own) gives the sign a second
   * instruction.
   */
  actions: Record<CareLevel, RegExp>;
  /** A sign with its own action ("Call an ambulance. Do not go by car."): the words that action uses. */
  ownAction: RegExp;
  /** Words for pain that is not getting better. */
  notBetter: RegExp;
  /** Words that make a sentence about weeks advice on when to go, not a fact about how pain settles. */
  advice: RegExp;
  /** A number of weeks ("2 weeks", "2 to 6 weeks"): group 1 is the figure. */
  weeks: RegExp;
  /** Where a phrase starts and ends: a word boundary that knows accented letters. */
  edge: { before: string; after: string; flags: string };
}

/** Whole words in any script: \b treats "á" as a boundary, so Spanish uses letter look-arounds. */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

export const SIGN_WORDS: Record<Locale, SignWords> = {
  en: {
    actions: {
      emergency: /\b(?:999|911|112|000|ambulance|A&E|emergency (?:number|department)|straight away|right away)\b/i,
      urgent: /\b(?:same[- ]day|today|NHS 111|health line|urgent appointment)\b/i,
      routine:
        /\b(?:routine (?:appointment|check)|book an? (?:appointment|GP)|wait (?:a few|\d+) (?:days|weeks)|in a few weeks)\b/i,
    },
    ownAction: /\bambulance\b/i,
    notBetter: /\b(?:not (?:starting to )?(?:get|getting) better|slow to get better|not improving)\b/i,
    advice: /\b(?:see|go|advice|wait|book)\b/i,
    weeks: /\b(\d+(?: to \d+)?) weeks\b/,
    edge: { before: '\\b', after: '\\b', flags: 'i' },
  },
  es: {
    actions: {
      emergency: words(
        '999|911|112|000|ambulancia|urgencias|n[úu]mero de emergencias|servicio de emergencias|enseguida|de inmediato|ahora mismo',
      ),
      urgent: words('para hoy|hoy mismo|hoy|el mismo d[íi]a|cita urgente|l[íi]nea de salud'),
      routine: words(
        'cita (?:normal|de rutina)|revisi[óo]n de rutina|pida (?:una )?cita|espere (?:unos|unas|\\d+) (?:d[íi]as|semanas)|en unas semanas',
      ),
    },
    ownAction: words('ambulancia'),
    notBetter: words(
      'no (?:empieza a |ha empezado a )?mejora(?:r)?|no est[áa] mejorando|no ha mejorado|tarda en mejorar',
    ),
    advice: words('vea|vaya|consulte|consejo|espere|pida'),
    weeks: /(?<![\p{L}\p{N}])(\d+(?: a \d+)?) semanas(?![\p{L}\p{N}])/u,
    edge: { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])', flags: 'iu' },
  },
};

const a = (level: string) => (/^[aeiou]/.test(level) ? `an ${level}` : `a ${level}`);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phrases that name a sign in running text: its keywords of two or more words (one word is too loose). */
export function mentionsOf(sign: RedFlag, locale: Locale = 'en'): RegExp[] {
  const { before, after, flags } = SIGN_WORDS[locale].edge;
  return sign.keywords
    .filter((keyword) => keyword.trim().includes(' '))
    .map((keyword) => new RegExp(`${before}${keyword.split(/\s+/).map(escape).join('\\s+')}${after}`, flags));
}

/**
 * Every way one built page disagrees with content/red-flags.yaml: a sign
 * shown at another level, with other words, on another card, under another
 * instruction or with another action; cards out of order (most serious
 * first); and text outside the cards that names a sign with another level's
 * instruction.
 */
export function signProblems(file: string, html: string, signs: readonly RedFlag[], locale: Locale = 'en'): string[] {
  const page = parseHtml(html);
  const headings = CARE_WORDS[locale].headings;
  const say = SIGN_WORDS[locale];
  const problems: string[] = [];
  const byId = new Map(signs.map((sign) => [sign.id, sign]));
  const rank = (level: string) => careLevels.indexOf(level as CareLevel);

  const cards = page.querySelectorAll('[data-care-card]');
  cards.forEach((card, index) => {
    const level = card.getAttribute('data-care-card') ?? '';
    const previous = cards[index - 1]?.getAttribute('data-care-card');
    // Cards go most serious first on every page.
    if (previous && rank(previous) > rank(level)) {
      problems.push(`${file}: ${a(level)} card comes after ${a(previous)} card; most serious first`);
    }
    const instruction = clean(card.querySelector('[data-care-instruction]')?.text ?? '');
    if (rank(level) >= 0 && instruction !== headings[level as CareLevel]) {
      problems.push(`${file}: ${a(level)} card's heading says "${instruction}", not "${headings[level as CareLevel]}"`);
    }
    for (const item of card.querySelectorAll('li[data-red-flag]')) {
      const id = item.getAttribute('data-red-flag') ?? '';
      const sign = byId.get(id);
      if (!sign) {
        problems.push(`${file}: shows a sign "${id}" that is not in content/red-flags.yaml`);
        continue;
      }
      if (level !== sign.level || item.getAttribute('data-level') !== sign.level) {
        problems.push(
          `${file}: "${id}" is shown as ${level} (${item.getAttribute('data-level')}); it is ${sign.level}`,
        );
      }
      if (card.getAttribute('data-card-group') !== sign.card) {
        problems.push(
          `${file}: "${id}" is on card "${card.getAttribute('data-card-group')}"; it belongs on "${sign.card}"`,
        );
      }
      const expected = sign.action ? `${sign.text}: ${sign.action}` : sign.text;
      if (clean(item.text) !== clean(expected)) {
        problems.push(`${file}: "${id}" reads "${clean(item.text)}", not "${clean(expected)}"`);
      }
    }
  });

  // Running text outside the cards, sentence by sentence.
  const main = page.querySelector('main');
  if (!main) return problems;
  for (const card of main.querySelectorAll('[data-care-card], legend, script, style')) card.remove();
  const sentences = clean(main.structuredText.replace(/\n+/g, '. '))
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean);
  // A sign with a time in it ("not starting to get better after 2 weeks") has that one figure everywhere.
  const slow = signs.find((sign) => sign.id === 'not-improving');
  const figure = slow && say.weeks.exec(slow.text)?.[1];
  sentences.forEach((sentence, index) => {
    const weeks = say.weeks.exec(sentence)?.[1];
    // The sentence itself, or the one before it, is about pain that is not getting better.
    const about = say.notBetter.test(sentence) || say.notBetter.test(sentences[index - 1] ?? '');
    if (slow && figure && weeks && weeks !== figure && about && say.advice.test(sentence)) {
      problems.push(`${file}: "${sentence}" gives "${slow.id}" ${weeks} weeks; content/red-flags.yaml says ${figure}`);
    }
  });
  for (const sentence of sentences) {
    // A sentence that quotes a sign's own words (<GetHelp>, the search note) is about that sign:
    // a keyword of another sign inside those words ("a leg that is getting worse") is not a mention.
    const quoted = signs.filter((sign) => sentence.includes(clean(sign.text)));
    const rest = quoted.reduce((text, sign) => text.replace(clean(sign.text), ' '), sentence);
    for (const sign of signs) {
      const named = quoted.includes(sign) ? sentence : rest;
      if (!mentionsOf(sign, locale).some((mention) => mention.test(named))) continue;
      const own = sign.action ? say.ownAction : say.actions[sign.level];
      if (own.test(sentence)) continue;
      const other = careLevels.find((level) => level !== sign.level && say.actions[level].test(sentence));
      if (other) {
        problems.push(`${file}: "${sentence}" gives "${sign.id}" (${sign.level}) ${a(other)} instruction`);
      }
    }
  }
  return problems;
}
