import {
  ARTICLE,
  BODY_END,
  ES_ARTICLE,
  ES_BODY_END,
  spanishSiteFiles,
  withBody,
  withSpanishBody,
} from '../siteFiles.ts';
import type { BadContentCase } from './case.ts';

/**
 * The Spanish edition held to the same facts as the English: the fixture site
 * with its Spanish edition, changed the way a writer or translator would.
 */
const BASE = spanishSiteFiles();
const ES_TOOLS = 'content/es/tools.yaml';

/** The line (1-based) of the first occurrence of `text` in one of the base files. */
function lineOf(file: string, text: string): number {
  const source = BASE[file]!;
  const at = source.indexOf(text);
  if (at < 0) throw new Error(`${file} has no "${text}"`);
  return source.slice(0, at).split('\n').length;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case that starts from the Spanish fixture site and changes files. */
const change = (
  name: string,
  edit: (files: Record<string, string>) => void,
  expected: BadContentCase['expected'],
): BadContentCase => ({
  name,
  change: (files) => {
    for (const key of Object.keys(files)) delete files[key];
    const next = { ...BASE };
    edit(next);
    Object.assign(files, next);
  },
  expected,
});

/** The message for a time that self-care.yaml does not give: the number, the kind and the clause. */
const iceHeat = (number: number, unit: string, kinds: string, clause: string) =>
  new RegExp(
    `^says ${number} ${unit} for ${kinds} in "${escape(clause)}", but content/self-care\\.yaml gives other numbers ` +
      `\\(.*\\): say the numbers of content/self-care\\.yaml, or change them there$`,
  );

const HINT_END = 'hintEnd: Quítesela antes si le duele.';

export const SPANISH_CASES: BadContentCase[] = [
  change(
    'a Spanish article gives ice another time ("de 10 a 25 minutos" of hielo)',
    (files) => {
      files[ES_ARTICLE] = withSpanishBody('Use hielo de 10 a 25 minutos cada vez.');
    },
    {
      file: ES_ARTICLE,
      line: ES_BODY_END,
      field: 'body',
      message: iceHeat(25, 'minutes', 'ice', 'Use hielo de 10 a 25 minutos cada vez.'),
    },
  ),
  change(
    'an English article gives ice another time ("ice for 30 minutes")',
    (files) => {
      files[ARTICLE] = withBody('- Use ice for 30 minutes at a time.');
    },
    {
      file: ARTICLE,
      line: BODY_END,
      field: 'body',
      message: iceHeat(30, 'minutes', 'ice', 'Use ice for 30 minutes at a time.'),
    },
  ),
  change(
    'a Spanish tools.yaml text gives another time',
    (files) => {
      files[ES_TOOLS] = files[ES_TOOLS]!.replace(
        HINT_END,
        'hintEnd: Quítese el hielo a los 30 minutos, o antes si le duele.',
      );
    },
    {
      file: ES_TOOLS,
      line: lineOf(ES_TOOLS, HINT_END),
      field: 'timer.hintEnd',
      message: iceHeat(30, 'minutes', 'ice', 'Quítese el hielo a los 30 minutos'),
    },
  ),
];
