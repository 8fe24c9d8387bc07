/**
 * How warning signs become care cards: which cards a level shows, in what
 * order, and the one instruction each sign carries. Pure, and the one place
 * these rules live: CareCard.astro renders from it, and the built-site check
 * (tests/dist/signs.test.ts) reads the pages against it.
 */
import type { CareCardGroup, CareLevel } from '../schemas/redFlag.ts';

/** Most serious first: the order cards appear in on every page. */
export const CARD_LEVELS: readonly CareLevel[] = ['emergency', 'urgent', 'routine'];

export interface CardSign {
  id: string;
  level: CareLevel;
  card: string;
  text: string;
  action?: string | undefined;
  position?: number | undefined;
}

/** The emergency heading with a number, and without one (no JavaScript, or an unknown region). */
export function emergencyHeading(number: string | null): string {
  return number
    ? `Call ${number} or go to A&E now if you have back pain and:`
    : 'Call your emergency number or go to A&E now if you have back pain and:';
}

/** Each level's heading: the one instruction for every sign on its cards, unless a sign has its own action. */
export const LEVEL_HEADINGS: Record<CareLevel, string> = {
  emergency: emergencyHeading(null),
  urgent:
    'Get an urgent same-day appointment with a doctor, or call a non-emergency health line (such as NHS 111 in the UK), if you have back pain and:',
  routine: 'See a doctor or physiotherapist if:',
};

/** Words that only the level's instruction uses: what the built-site check looks for in a heading. */
export const LEVEL_ACTIONS: Record<CareLevel, string> = {
  emergency: 'or go to A&E now',
  urgent: 'urgent same-day appointment',
  routine: 'See a doctor or physiotherapist',
};

/** For screen readers, before the heading (NHS care cards). */
export const LEVEL_PREFIXES: Record<CareLevel, string> = {
  emergency: 'Immediate action required: ',
  urgent: 'Urgent advice: ',
  routine: 'Non-urgent advice: ',
};

/** A sign's one instruction: its own action where it has one, otherwise its level's. */
export function instructionOf(sign: Pick<CardSign, 'level' | 'action'>): string {
  return sign.action ?? LEVEL_ACTIONS[sign.level];
}

export interface ShownCard<T extends CardSign> {
  card: CareCardGroup;
  /** Shown above the instruction when the level has more than one card. */
  title: string | null;
  signs: T[];
}

/**
 * The cards that show a level's signs (all of them, or the chosen ids), in the
 * order of careCards, each card's signs in file order. A card with no sign
 * to show is left out.
 */
export function cardsFor<T extends CardSign>(
  cards: readonly CareCardGroup[],
  signs: readonly T[],
  level: CareLevel,
  ids?: readonly string[],
): ShownCard<T>[] {
  const chosen = ids ? signs.filter((sign) => ids.includes(sign.id)) : signs.filter((sign) => sign.level === level);
  const ofLevel = cards.filter((card) => card.level === level);
  return ofLevel
    .map((card) => ({
      card,
      title: ofLevel.length > 1 ? card.title : null,
      signs: chosen.filter((sign) => sign.card === card.id).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
    }))
    .filter((shown) => shown.signs.length > 0);
}
