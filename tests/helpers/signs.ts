import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { careLevels, redFlagListSchema, type CareLevel, type RedFlag } from '../../src/schemas/index.ts';
import { LEVEL_HEADINGS } from '../../src/utils/careCards.ts';

/** The warning signs as the site is built from them. */
export function readSigns(file = 'content/red-flags.yaml'): RedFlag[] {
  return redFlagListSchema.parse(parse(readFileSync(file, 'utf8')));
}

/**
 * Words that tell a reader what to do, by level. A sentence that names a sign
 * and uses another level's words (and none of its own) gives the sign a second
 * instruction.
 */
export const ACTION_WORDS: Record<CareLevel, RegExp> = {
  emergency: /\b(?:999|911|112|000|ambulance|A&E|emergency (?:number|department)|straight away|right away)\b/i,
  urgent: /\b(?:same[- ]day|today|NHS 111|health line|urgent appointment)\b/i,
  routine:
    /\b(?:routine (?:appointment|check)|book an? (?:appointment|GP)|wait (?:a few|\d+) (?:days|weeks)|in a few weeks)\b/i,
};
/** A sign with its own action ("Call an ambulance. Do not go by car."): the words that action uses. */
const OWN_ACTION_WORDS = /\bambulance\b/i;

/** Words for pain that is not getting better. */
const NOT_BETTER = /\b(?:not (?:starting to )?(?:get|getting) better|slow to get better|not improving)\b/i;
/** Words that make a sentence about weeks advice on when to go, not a fact about how pain settles. */
const ADVICE = /\b(?:see|go|advice|wait|book)\b/i;
const a = (level: string) => (/^[aeiou]/.test(level) ? `an ${level}` : `a ${level}`);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phrases that name a sign in running text: its keywords of two or more words (one word is too loose). */
export function mentionsOf(sign: RedFlag): RegExp[] {
  return sign.keywords
    .filter((keyword) => keyword.trim().includes(' '))
    .map((keyword) => new RegExp(`\\b${keyword.split(/\s+/).map(escape).join('\\s+')}\\b`, 'i'));
}

/**
 * Every way one built page disagrees with content/red-flags.yaml: a sign
 * shown at another level, with other words, on another card, under another
 * instruction or with another action; cards out of order (most serious
 * first); and text outside the cards that names a sign with another level's
 * instruction.
 */
export function signProblems(file: string, html: string, signs: readonly RedFlag[]): string[] {
  const page = parseHtml(html);
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
    if (rank(level) >= 0 && instruction !== LEVEL_HEADINGS[level as CareLevel]) {
      problems.push(
        `${file}: ${a(level)} card's heading says "${instruction}", not "${LEVEL_HEADINGS[level as CareLevel]}"`,
      );
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
  const figure = slow && /\b(\d+) weeks\b/.exec(slow.text)?.[1];
  sentences.forEach((sentence, index) => {
    const weeks = /\b(\d+(?: to \d+)?) weeks\b/.exec(sentence)?.[1];
    // The sentence itself, or the one before it, is about pain that is not getting better.
    const about = NOT_BETTER.test(sentence) || NOT_BETTER.test(sentences[index - 1] ?? '');
    if (slow && figure && weeks && weeks !== figure && about && ADVICE.test(sentence)) {
      problems.push(`${file}: "${sentence}" gives "${slow.id}" ${weeks} weeks; content/red-flags.yaml says ${figure}`);
    }
  });
  for (const sentence of sentences) {
    for (const sign of signs) {
      if (!mentionsOf(sign).some((mention) => mention.test(sentence))) continue;
      const own = sign.action ? OWN_ACTION_WORDS : ACTION_WORDS[sign.level];
      if (own.test(sentence)) continue;
      const other = careLevels.find((level) => level !== sign.level && ACTION_WORDS[level].test(sentence));
      if (other) {
        problems.push(`${file}: "${sentence}" gives "${sign.id}" (${sign.level}) ${a(other)} instruction`);
      }
    }
  }
  return problems;
}
