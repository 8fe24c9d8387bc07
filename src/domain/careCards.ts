/**
 * How warning signs become care cards: which cards a level shows, in what
 * order, and the one instruction each sign carries. Pure, and the one place
 * these rules live: CareCard.astro renders from it, and the built-site check
 * (tests/dist/signs.test.ts) reads the pages against it.
 */
import type { CareCardGroup, CareCardId, CareLevel } from '../schemas/redFlag.ts';
import type { Locale } from '../i18n/locales.ts';

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

/**
 * The words of the care cards in each language: the one instruction of each
 * level, its heading, the prefix screen readers hear first, and the titles of
 * the cards. Medical instructions, so they live here, once, beside the rules
 * that use them (never in a page or a dictionary). The Spanish says the same
 * thing as the English. Where the reader's country is known, the words name
 * its number, its emergency department and its same-day route
 * (content/emergency-numbers.yaml); otherwise they name none.
 */
export interface CareWords {
  /**
   * Each level's one instruction, the words cards, tools, dictionaries and
   * prose all give (a heading is it plus "if you have back pain and:").
   */
  instructions: Record<CareLevel, string>;
  /** Before the last of several signs in one sentence. */
  or: string;
  /** Leads a sign with its own action into a sentence: "If you have back pain and chest pain, call an ambulance." */
  ifYouHave: string;
  /**
   * The emergency heading with a number and where to go ("to A&E", made by
   * goTo), and without a number (no JavaScript, or an unknown country).
   */
  emergencyHeading: (number: string | null, go?: string) => string;
  /** Where to go, as the heading says it, from the table's name of the emergency department. */
  goTo: (department: string) => string;
  /** A country's name as a sentence uses it after "in": "the United Kingdom", "el Reino Unido". */
  inCountry: (name: string) => string;
  /** What the emergency department is called in the reader's country. */
  departmentIn: (country: string, department: string) => string;
  /** The urgent card's same-day route in the reader's country (its call button and address follow). */
  sameDayIn: (country: string, route: string) => string;
  /** Each level's heading: the one instruction for every sign on its cards, unless a sign has its own action. */
  headings: Record<CareLevel, string>;
  /** Words that only the level's instruction uses: what the built-site check looks for in a heading. */
  actions: Record<CareLevel, string>;
  /** For screen readers, before the heading (NHS care cards). */
  prefixes: Record<CareLevel, string>;
  /** Each card's title, shown when its level has more than one card. */
  cardTitles: Record<CareCardId, string | null>;
}

const EN_INSTRUCTIONS: Record<CareLevel, string> = {
  emergency: 'Call your emergency number or go to A&E now',
  urgent: 'Get an urgent same-day appointment with a doctor, or call a non-emergency health line',
  routine: 'See a doctor or physiotherapist',
};
const ES_INSTRUCTIONS: Record<CareLevel, string> = {
  emergency: 'Llame a su número de emergencias o vaya a urgencias ahora',
  urgent: 'Pida una cita urgente para hoy con un médico, o llame a una línea de salud que no sea de emergencias',
  routine: 'Vea a un médico o a un fisioterapeuta',
};
const enEmergencyHeading = (number: string | null, go = 'to A&E'): string =>
  number
    ? `Call ${number} or go ${go} now if you have back pain and:`
    : `${EN_INSTRUCTIONS.emergency} if you have back pain and:`;
const esEmergencyHeading = (number: string | null, go = 'a urgencias'): string =>
  number
    ? `Llame al ${number} o vaya ${go} ahora si tiene dolor de espalda y:`
    : `${ES_INSTRUCTIONS.emergency} si tiene dolor de espalda y:`;

/** The table's name of a department, short: without what it adds in brackets or after a comma. */
const shortDepartment = (department: string): string =>
  department
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,.*$/, '')
    .trim();
/** "A&E" as it is; English words with "the"; a local word explained: "to the emergency department (urgences)". */
function enGoTo(department: string): string {
  const short = shortDepartment(department);
  if (/^A&E\b/.test(short)) return `to ${short}`;
  if (/^(emergency|accident|casualty)\b/i.test(short)) return `to the ${short[0]!.toLowerCase()}${short.slice(1)}`;
  return `to the emergency department (${short})`;
}
/** "a urgencias", "a la guardia", "al cuarto de urgencias". */
function esGoTo(department: string): string {
  const short = shortDepartment(department);
  if (/^(sala|guardia|urgencia$)/.test(short)) return `a la ${short}`;
  if (/^(cuarto|cuerpo)\b/.test(short)) return `al ${short}`;
  return `a ${short}`;
}
/** English names that take "the". */
const WITH_THE = /^(United|Netherlands|Philippines|Bahamas|Dominican Republic|Czech Republic)/;

export const CARE_WORDS: Record<Locale, CareWords> = {
  en: {
    instructions: EN_INSTRUCTIONS,
    ifYouHave: 'If you have back pain and',
    or: 'or',
    emergencyHeading: enEmergencyHeading,
    goTo: enGoTo,
    inCountry: (name) => (WITH_THE.test(name) ? `the ${name}` : name),
    departmentIn: (country, department) => `In ${country}, the emergency department is called ${department}.`,
    sameDayIn: (country, route) => `In ${country}: ${route}.`,
    headings: {
      emergency: enEmergencyHeading(null),
      urgent: `${EN_INSTRUCTIONS.urgent}, if you have back pain and:`,
      routine: `${EN_INSTRUCTIONS.routine} if:`,
    },
    actions: {
      emergency: 'or go to A&E now',
      urgent: 'urgent same-day appointment',
      routine: 'See a doctor or physiotherapist',
    },
    prefixes: {
      emergency: 'Immediate action required: ',
      urgent: 'Urgent advice: ',
      routine: 'Non-urgent advice: ',
    },
    cardTitles: {
      nerves: 'Nerve signs',
      'other-emergencies': 'Other emergencies',
      infection: 'Signs of an infection',
      'bones-and-history': 'Bones, lumps and past illness',
      'pain-pattern': 'How the pain behaves',
      pregnancy: 'If you are pregnant',
      routine: null,
    },
  },
  es: {
    instructions: ES_INSTRUCTIONS,
    ifYouHave: 'Si tiene dolor de espalda y',
    or: 'o',
    emergencyHeading: esEmergencyHeading,
    goTo: esGoTo,
    inCountry: (name) =>
      name === 'Reino Unido' ? 'el Reino Unido' : name === 'Países Bajos' ? 'los Países Bajos' : name,
    departmentIn: (country, department) =>
      `En ${country}, el servicio de urgencias del hospital se llama ${department}.`,
    sameDayIn: (country, route) => `En ${country}: ${route}.`,
    headings: {
      emergency: esEmergencyHeading(null),
      urgent: `${ES_INSTRUCTIONS.urgent}, si tiene dolor de espalda y:`,
      routine: `${ES_INSTRUCTIONS.routine} si:`,
    },
    actions: {
      emergency: 'o vaya a urgencias ahora',
      urgent: 'cita urgente para hoy',
      routine: 'Vea a un médico o a un fisioterapeuta',
    },
    prefixes: {
      emergency: 'Se necesita actuar de inmediato: ',
      urgent: 'Consejo urgente: ',
      routine: 'Consejo no urgente: ',
    },
    cardTitles: {
      nerves: 'Señales de un problema en los nervios',
      'other-emergencies': 'Otras emergencias',
      infection: 'Señales de una infección',
      'bones-and-history': 'Huesos, bultos y enfermedades pasadas',
      'pain-pattern': 'Cómo se comporta el dolor',
      pregnancy: 'Si está embarazada',
      routine: null,
    },
  },
};

/** The English words, as before (the English pages and their checks use these names). */
export const emergencyHeading = CARE_WORDS.en.emergencyHeading;
export const LEVEL_HEADINGS = CARE_WORDS.en.headings;
export const LEVEL_ACTIONS = CARE_WORDS.en.actions;
export const LEVEL_PREFIXES = CARE_WORDS.en.prefixes;

/** A sign's one instruction: its own action where it has one, otherwise its level's. */
export function instructionOf(sign: Pick<CardSign, 'level' | 'action'>, locale: Locale = 'en'): string {
  return sign.action ?? CARE_WORDS[locale].actions[sign.level];
}

/**
 * The sentence <GetHelp> shows, from the data, in the page's language: a
 * sign's words with its level's instruction ("Get an urgent same-day
 * appointment ..., if you have back pain and it is so bad that ..."), a sign
 * with its own action led by its words ("If you have back pain and chest
 * pain, call an ambulance. Do not go by car."), or a level's instruction alone.
 */
export function getHelpSentence(
  what: { sign: Pick<CardSign, 'level' | 'text' | 'action'> } | { level: CareLevel },
  locale: Locale = 'en',
): string {
  const words = CARE_WORDS[locale];
  if ('level' in what) return `${words.instructions[what.level]}.`;
  const { sign } = what;
  const text = sign.text.trim().replace(/[.:]$/, '');
  if (sign.action) return `${words.ifYouHave} ${text}, ${sign.action.charAt(0).toLowerCase()}${sign.action.slice(1)}`;
  return words.headings[sign.level].replace(/:$/, ` ${text}.`);
}

/** One sentence for several signs of one level (none with its own action): the level's heading, then their words. */
export function getHelpForSigns(signs: readonly Pick<CardSign, 'level' | 'text'>[], locale: Locale = 'en'): string {
  const words = CARE_WORDS[locale];
  const texts = signs.map((sign) => sign.text.trim());
  const list = texts.length > 1 ? `${texts.slice(0, -1).join('; ')}; ${words.or} ${texts.at(-1)}` : (texts[0] ?? '');
  return words.headings[signs[0]?.level ?? 'emergency'].replace(/:$/, ` ${list}.`);
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

/** The id of a care card's heading (CareCard.astro): `care-<card>`, or `care-<card>-<ids...>` for chosen signs. */
export function careCardId(card: string, ids?: readonly string[]): string {
  return ids ? `care-${card}-${ids.join('-')}` : `care-${card}`;
}
