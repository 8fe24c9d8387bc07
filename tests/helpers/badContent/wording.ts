import { parse, stringify } from 'yaml';
import {
  ARTICLE,
  BODY_END,
  ES_ARTICLE,
  ES_BODY_END,
  spanishSiteFiles,
  withBody,
  withSpanishBody,
} from '../siteFiles.ts';
import { lineMatchingIn, type BadContentCase } from './case.ts';

// Sentences that name a warning sign without its own instruction
// (src/pipeline/checks/findWordingProblems.ts), in the fixture site where the emergency
// sign "bladder" and the urgent sign "fever" have running-text mentions.

const EN = 'content/red-flags.yaml';
const ES = 'content/es/red-flags.yaml';

/** The fixture site with its Spanish edition, and mentions for both signs in both languages. */
function wordingSite(): Record<string, string> {
  const files = spanishSiteFiles();
  const mentions: Record<string, Record<string, string[]>> = {
    [EN]: { bladder: ['trouble peeing'], fever: ['a high temperature'] },
    [ES]: { bladder: ['problemas para orinar'], fever: ['fiebre alta'] },
  };
  for (const file of [EN, ES]) {
    const signs = parse(files[file]!) as { id: string; mentions?: string[] }[];
    for (const sign of signs) sign.mentions = mentions[file]![sign.id]!;
    files[file] = stringify(signs);
  }
  return files;
}

const BASE = wordingSite();

const article = (name: string, sentence: string, message: RegExp): BadContentCase => ({
  name,
  change: (files) => {
    Object.assign(files, BASE);
    files[ARTICLE] = withBody(sentence);
  },
  expected: { file: ARTICLE, line: BODY_END, field: 'body', message },
});

const spanish = (name: string, sentence: string, message: RegExp): BadContentCase => ({
  name,
  change: (files) => {
    Object.assign(files, BASE);
    files[ES_ARTICLE] = withSpanishBody(sentence);
  },
  expected: { file: ES_ARTICLE, line: ES_BODY_END, field: 'body', message },
});

const TOOLS = 'content/tools.yaml';
const DICTIONARY = 'src/i18n/en.ts';

export const WORDING_CASES: BadContentCase[] = [
  article(
    'a sentence naming an emergency sign with a routine instruction',
    'If you have trouble peeing, see a doctor or physiotherapist.',
    /^names the emergency sign "bladder" with a routine instruction \(a doctor or physiotherapist\): it is an emergency\. Give its instruction \("or go to A&E now"\) in the sentence or its paragraph, or use <GetHelp sign="bladder" \/> there$/,
  ),
  article(
    'a sentence naming an urgent sign with "soon"',
    'A high temperature with back pain needs a doctor soon.',
    /^names the urgent sign "fever" and says "soon": urgent means today\. Give its instruction \("urgent same-day appointment"\)/,
  ),
  article(
    'a sentence naming an urgent sign without "today"',
    'If you have a high temperature, call your GP.',
    /^names the urgent sign "fever" without "today" or "same-day": urgent means a check today\. Give its instruction \("urgent same-day appointment"\)/,
  ),
  article(
    '"read when to get help" as the instruction for an emergency sign',
    'If you have trouble peeing, read [when to get help](/articles/first-48-hours/).',
    /^names the emergency sign "bladder", and "read when to get help" is not its instruction: give its instruction \("or go to A&E now"\)/,
  ),
  spanish(
    'a Spanish sentence naming an emergency sign with a routine instruction',
    'Si tiene problemas para orinar, vea a un médico o a un fisioterapeuta.',
    /^names the emergency sign "bladder" with a routine instruction \(a doctor or physiotherapist\): it is an emergency\. Give its instruction \("o vaya a urgencias ahora"\)/,
  ),
  spanish(
    'a Spanish sentence naming an urgent sign with "pronto"',
    'La fiebre alta con dolor de espalda necesita un médico pronto.',
    /^names the urgent sign "fever" and says "pronto": urgent means today\. Give its instruction \("cita urgente para hoy"\)/,
  ),
  spanish(
    'a Spanish sentence naming an urgent sign without "hoy"',
    'Si tiene fiebre alta, llame a su médico.',
    /^names the urgent sign "fever" without "hoy" or "para hoy": urgent means a check today\./,
  ),
  spanish(
    'a Spanish "lea cuándo pedir ayuda" as the instruction',
    'Si tiene problemas para orinar, lea [cuándo pedir ayuda](/es/articles/first-48-hours/).',
    /^names the emergency sign "bladder", and "read when to get help" is not its instruction: give its instruction \("o vaya a urgencias ahora"\)/,
  ),
  {
    name: 'a tools.yaml text naming an emergency sign without its instruction',
    change: (files) => {
      Object.assign(files, BASE);
      files[TOOLS] = BASE[TOOLS]!.replace(
        /^(\s+)hint: 'These are rare.*$/m,
        '$1hint: If you have trouble peeing, a doctor can check you.',
      );
    },
    expected: {
      file: TOOLS,
      line: lineMatchingIn(BASE[TOOLS]!, /^\s+hint: 'These are rare/),
      field: 'selfCheck.groups.emergency.hint',
      message:
        /^names the emergency sign "bladder" without its instruction: give its instruction \("or go to A&E now"\)/,
    },
  },
  {
    name: 'a dictionary string naming an emergency sign without its instruction',
    change: (files) => {
      Object.assign(files, BASE);
      files[DICTIONARY] =
        "export const en = {\n  search: {\n    note: 'If you have trouble peeing, see when to get help.',\n  },\n} as const;\n";
    },
    expected: {
      file: DICTIONARY,
      line: 3,
      field: 'search.note',
      message: /^names the emergency sign "bladder", and "read when to get help" is not its instruction/,
    },
  },
  {
    name: '<GetHelp> with an unknown sign',
    change: (files) => {
      Object.assign(files, BASE);
      files[ARTICLE] = withBody('<GetHelp sign="nope" />');
    },
    expected: {
      file: ARTICLE,
      line: BODY_END,
      field: '<GetHelp> sign',
      message: /^unknown red flag "nope" \(not in content\/red-flags\.yaml\)$/,
    },
  },
  {
    name: '<GetHelp> with both a sign and a level',
    change: (files) => {
      Object.assign(files, BASE);
      files[ARTICLE] = withBody('<GetHelp sign="fever" level="urgent" />');
    },
    expected: {
      file: ARTICLE,
      line: BODY_END,
      field: '<GetHelp> props',
      message: /^must have either sign="<red-flag id>" or level="emergency\|urgent\|routine", not both$/,
    },
  },
  {
    name: 'a dictionary the wording check cannot read',
    change: (files) => {
      Object.assign(files, BASE);
      files[DICTIONARY] = 'export const en = { a: <T,>(x: T): T => x } satisfies Record<string, unknown>;\n';
    },
    expected: { file: DICTIONARY, field: 'file', message: /^cannot be read by the wording check/ },
  },
];
