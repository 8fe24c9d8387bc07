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

// An emergency number from content/emergency-numbers.yaml written into prose
// (src/pipeline/checks/findEmergencyNumbers.ts): numbers differ by country, so the text
// says "your emergency number" and the card or /emergency-numbers/ gives it.

const BASE = spanishSiteFiles();
const TOOLS = 'content/tools.yaml';
const ES_TOOLS = 'content/es/tools.yaml';
const DICTIONARY = 'src/i18n/es.ts';
const MESSAGE = (number: string) =>
  new RegExp(
    `^names the emergency number ${number} \\(".*"\\): numbers differ by country, so say "your emergency number"`,
  );

/** The first line of `file` that matches `pattern`, 1-based. */
const lineMatching = (file: string, pattern: RegExp) => lineMatchingIn(BASE[file]!, pattern);

export const NUMBER_CASES: BadContentCase[] = [
  {
    name: 'an English article that says "call 999"',
    change: (files) => {
      Object.assign(files, BASE);
      files[ARTICLE] = withBody('If the pain spreads to your chest, call 999.');
    },
    expected: { file: ARTICLE, line: BODY_END, field: 'body', message: MESSAGE('999') },
  },
  {
    name: 'a Spanish article that gives the numbers in brackets: "(112 o 911)"',
    change: (files) => {
      Object.assign(files, BASE);
      files[ES_ARTICLE] = withSpanishBody('Vaya a urgencias o llame al número de emergencias (112 o 911).');
    },
    expected: { file: ES_ARTICLE, line: ES_BODY_END, field: 'body', message: MESSAGE('112') },
  },
  {
    name: 'a two-digit number straight after a call word ("appelez le 15" in English words: "call 15")',
    change: (files) => {
      Object.assign(files, BASE);
      files[ARTICLE] = withBody('In France you can also call 15.');
    },
    expected: { file: ARTICLE, line: BODY_END, field: 'body', message: MESSAGE('15') },
  },
  {
    name: 'a tools.yaml text that names 911',
    change: (files) => {
      Object.assign(files, BASE);
      files[TOOLS] = BASE[TOOLS]!.replace(
        /^(\s+)hint: 'These are rare.*$/m,
        "$1hint: 'These are rare. If you have one, dial 911.'",
      );
    },
    expected: {
      file: TOOLS,
      line: lineMatching(TOOLS, /^\s+hint: 'These are rare/),
      field: 'selfCheck.groups.emergency.hint',
      message: MESSAGE('911'),
    },
  },
  {
    name: 'a Spanish tools.yaml text that names 112',
    change: (files) => {
      Object.assign(files, BASE);
      files[ES_TOOLS] = BASE[ES_TOOLS]!.replace(
        /^(\s+)emergency: (.*)$/m,
        '$1emergency: Llame al 112 o vaya a urgencias ahora.',
      );
    },
    expected: {
      file: ES_TOOLS,
      line: lineMatching(ES_TOOLS, /^\s+emergency: /),
      field: 'selfCheck.results.emergency',
      message: MESSAGE('112'),
    },
  },
  {
    name: 'a dictionary string that lists the emergency numbers',
    change: (files) => {
      Object.assign(files, BASE);
      files[DICTIONARY] =
        "export const es = {\n  layout: {\n    footerEmergency: 'En una emergencia, llame al número de emergencias de su país (112 en España y la UE).',\n  },\n} as const;\n";
    },
    expected: { file: DICTIONARY, line: 3, field: 'layout.footerEmergency', message: MESSAGE('112') },
  },
];
