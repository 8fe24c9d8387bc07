import {
  ARTICLE,
  BODY_END,
  ES_ARTICLE,
  ES_BODY_END,
  REVIEWED_ON,
  spanishSiteFiles,
  withBody,
  withSpanishBody,
} from '../siteFiles.ts';
import { escapeRegExp, lineIn, type BadContentCase } from './case.ts';

/**
 * The Spanish edition held to the same facts as the English: the fixture site
 * with its Spanish edition, changed the way a writer or translator would.
 */
const BASE = spanishSiteFiles();
const ES_TOOLS = 'content/es/tools.yaml';

/** The line (1-based) of the first occurrence of `text` in one of the base files. */
const lineOf = (file: string, text: string) => lineIn(BASE[file]!, text);
const escape = escapeRegExp;

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
const ES_TS = 'src/i18n/es.ts';
const EN_TS = 'src/i18n/en.ts';
const CARE = 'src/domain/careCards.ts';
/** The first advice text of each file (src/pipeline/adviceWords.ts), where its problems are reported. */
const ES_ADVICE_LINE = lineOf(ES_TS, "'1 hora'");
/** The text with `from` replaced; a test that changes nothing would prove nothing. */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`no "${from}" to change`);
  return text.replace(from, to);
}

const CARE_ADVICE_LINE = lineOf(CARE, "emergency: 'Llame a su número de emergencias o vaya a urgencias ahora'");

/** The message for words changed with no record (a data file's, with --note). */
const unrecorded = (file: string) =>
  new RegExp(
    `^its words changed since they were recorded on ${REVIEWED_ON}: say what changed and record the new words with ` +
      escape(`\`npm run review -- --mark ${file} --note "<what changed>"\``),
  );
/** The message for Spanish advice whose English changed after it was recorded. */
const staleAdvice = (what: string, english: string, file: string) =>
  new RegExp(
    `^is out of date: ${escape(what)} translates English advice \\(${escape(english)}\\) that changed after it was recorded ` +
      `\\(recorded [0-9a-f]{16}, now [0-9a-f]{16}\\)\\. Update the Spanish to say what the English says now, then record it with ` +
      escape(`\`npm run review -- --mark ${file} --note "<what changed>"\``) +
      '$',
  );

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
  change(
    'the Spanish dictionary’s advice changed ("No espere mucho") with no record',
    (files) => {
      files[ES_TS] = replaced(files[ES_TS]!, 'No espere a ver si mejora.', 'No espere mucho.');
    },
    { file: ES_TS, line: ES_ADVICE_LINE, field: 'advice', message: unrecorded(ES_TS) },
  ),
  change(
    'the English dictionary’s advice changed: the Spanish that translates it is out of date',
    (files) => {
      files[EN_TS] = replaced(files[EN_TS]!, 'Do not wait to see if it gets better.', 'Do not wait.');
    },
    {
      file: ES_TS,
      line: ES_ADVICE_LINE,
      field: 'translates',
      message: staleAdvice('the Spanish dictionary’s advice', EN_TS, ES_TS),
    },
  ),
  change(
    'the English care words changed: the Spanish care words are out of date',
    (files) => {
      files[CARE] = replaced(
        files[CARE]!,
        "prefixes: {\n      emergency: 'Immediate action required: '",
        "prefixes: {\n      emergency: 'Act now: '",
      );
    },
    {
      file: CARE,
      line: CARE_ADVICE_LINE,
      field: 'translates',
      message: staleAdvice('the Spanish care words (CARE_WORDS.es)', CARE, CARE),
    },
  ),
  change(
    'the Spanish care words changed with no record',
    (files) => {
      files[CARE] = replaced(files[CARE]!, "routine: 'Consejo no urgente: '", "routine: 'Consejo: '");
    },
    { file: CARE, line: CARE_ADVICE_LINE, field: 'advice', message: unrecorded(CARE) },
  ),
];
