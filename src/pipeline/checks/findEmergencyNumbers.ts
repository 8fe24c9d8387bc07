/**
 * No emergency number is written into prose: numbers differ by country, so a
 * sentence says "your emergency number" and the care card (CareCard) or the
 * page of every number (/emergency-numbers/) gives the number, from
 * content/emergency-numbers.yaml. This rule reads the same free text as the
 * wording rule (articles, content/tools.yaml, the dictionaries) and refuses a
 * number from the table written where a reader would dial it: after a call
 * word ("call 999", "llame al 112"), or in a sentence about the emergency
 * number or an ambulance ("(112 o 911)"). Pure.
 */
import type { Problem } from '../../schemas/problems.ts';
import type { FreeText } from './findWordingProblems.ts';

/** What the rule knows from the table. */
export interface KnownNumbers {
  /** Every ambulance number, digits only (2 to 5 digits). */
  numbers: ReadonlySet<string>;
  /** The names of same-day routes ("NHS 111"): a route's name is not a number to dial in an emergency. */
  routeNames: readonly string[];
}

/** A call word right before a number: "call 999", "dial 112", "llame al 911", "marque el 112". */
const CALL_BEFORE =
  /\b(?:call(?:ing)?|dial(?:ling)?|phon(?:e|ing)|ring(?:ing)?|llam(?:e|ar|a|ando)|marqu(?:e|ar)|marca(?:r)?)\s+(?:al\s+|el\s+|on\s+)?$/i;
/** A sentence about the emergency number or an ambulance. */
const ABOUT_EMERGENCY = /\b(?:emergency|ambulance|emergencias?|ambulancia)\b/i;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findEmergencyNumbers(texts: readonly FreeText[], known: KnownNumbers): Problem[] {
  const problems: Problem[] = [];
  const routes = known.routeNames.length
    ? new RegExp(known.routeNames.map((name) => escape(name)).join('|'), 'g')
    : null;
  for (const text of texts) {
    if (!/\d/.test(text.text)) continue;
    // Same length, so offsets (and lines) stay true.
    const masked = routes ? text.text.replace(routes, (name) => name.replace(/\S/g, '_')) : text.text;
    for (const sentence of masked.split(/(?<=[.!?:;])\s+|\n/)) {
      const start = masked.indexOf(sentence);
      for (const match of sentence.matchAll(/(?<![\d.,:/-])\d{2,5}(?![\d.,:/%-]\d|[\d%])/g)) {
        const number = match[0];
        if (!known.numbers.has(number)) continue;
        const before = sentence.slice(0, match.index);
        // Two digits ("15") only straight after a call word; longer ones in any sentence about an emergency.
        const dialled = CALL_BEFORE.test(before) || (number.length >= 3 && ABOUT_EMERGENCY.test(sentence));
        if (!dialled) continue;
        const at = start + match.index;
        const line =
          text.line === undefined ? undefined : text.line + (text.text.slice(0, at).match(/\n/g)?.length ?? 0);
        problems.push({
          file: text.file,
          ...(line === undefined ? {} : { line }),
          field: text.field,
          message: `names the emergency number ${number} ("${sentence.trim().slice(0, 80)}"): numbers differ by country, so say "your emergency number" and let the care card (<CareCard>) or the page of every number (/emergency-numbers/) give it, from content/emergency-numbers.yaml`,
        });
      }
    }
  }
  return problems;
}
