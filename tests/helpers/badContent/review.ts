import { parse, stringify } from 'yaml';
import { REVIEWS_FILE } from '../../../src/schemas/review.ts';
import { hashOf } from '../../../src/pipeline/translation.ts';
import { reviewsFor, spanishSiteFiles } from '../siteFiles.ts';
import { lineIn, type BadContentCase } from './case.ts';

const EN = 'content/red-flags.yaml';
const ES = 'content/es/red-flags.yaml';
const ACTION = 'Call an ambulance. Do not go by car.';
const ACCION = 'Llame a una ambulancia. No vaya en coche.';

/**
 * The fixture site with its Spanish edition, where the emergency sign
 * "bladder" has its own instruction (action) in both languages, and every
 * sign is reviewed as it is: the state a careless or hostile change starts from.
 */
export function reviewedSite(): Record<string, string> {
  const files = spanishSiteFiles();
  const english = parse(files[EN]!) as Record<string, unknown>[];
  english[0]!.action = ACTION;
  files[EN] = stringify(english);
  const spanish = parse(files[ES]!) as Record<string, unknown>[];
  spanish[0]!.translates = hashOf(english[0]);
  spanish[0]!.action = ACCION;
  files[ES] = stringify(spanish);
  files[REVIEWS_FILE] = reviewsFor(files);
  return files;
}

const BASE = reviewedSite();

/** The line (1-based) of the first occurrence of `text` after `after` in one of the base files. */
const lineOf = (file: string, text: string, after = '') => lineIn(BASE[file]!, text, after);

/** A case that starts from the reviewed site and changes one file's text. */
const change = (
  name: string,
  file: string,
  edit: (old: string) => string,
  expected: Omit<BadContentCase['expected'], 'file'> & { file?: string },
): BadContentCase => ({
  name,
  change: (files) => {
    Object.assign(files, BASE);
    const next = edit(BASE[file]!);
    if (next === BASE[file]) throw new Error(`${name}: the change to ${file} changed nothing`);
    files[file] = next;
  },
  expected: { file, ...expected },
});

const MARK = (file: string, id: string) => `\`npm run review -- --mark ${file} ${id}\``;
const changedSince = (file: string, id: string) =>
  new RegExp(
    `^changed since its clinical review on 2026-12-01: have the change reviewed, then record it with ${MARK(file, id).replace(/[.]/g, '\\.')}$`,
  );

export const REVIEW_CASES: BadContentCase[] = [
  change(
    'a Spanish warning sign that says the opposite of the English (wait, and go by car)',
    ES,
    (old) => old.replace(ACCION, 'Espere a mañana y vaya en coche a su médico.'),
    { line: lineOf(ES, 'action:'), field: '[0].action', message: changedSince(ES, 'bladder') },
  ),
  change('a Spanish sign’s text changed', ES, (old) => old.replace('text: fiebre alta', 'text: algo de calor'), {
    line: lineOf(ES, 'text: fiebre alta'),
    field: '[1].text',
    message: changedSince(ES, 'fever'),
  }),
  change(
    'a Spanish question changed',
    ES,
    (old) => old.replace('¿Tiene fiebre alta?', '¿Tiene fiebre alta desde hace una semana?'),
    { line: lineOf(ES, '¿Tiene fiebre alta?'), field: '[1].question', message: changedSince(ES, 'fever') },
  ),
  change('a Spanish sign that loses its own instruction', ES, (old) => old.replace(`  action: ${ACCION}\n`, ''), {
    line: lineOf(ES, '- id: bladder'),
    field: '[0].action',
    message: changedSince(ES, 'bladder'),
  }),
  change(
    'an English sign’s text changed',
    EN,
    (old) => old.replace('text: a high temperature', 'text: a slight temperature'),
    { line: lineOf(EN, 'text: a high temperature'), field: '[1].text', message: changedSince(EN, 'fever') },
  ),
  change(
    'a sign with no review record',
    REVIEWS_FILE,
    (old) =>
      stringify((parse(old) as { file: string; id: string }[]).filter((r) => !(r.file === ES && r.id === 'fever'))),
    {
      file: ES,
      line: lineOf(ES, '- id: fever'),
      field: '[1].id',
      message: new RegExp(`^"fever" has no review on record in content/reviews\\.yaml: .*${MARK(ES, 'fever')}$`),
    },
  ),
  change(
    'a repeated Spanish sign id (the second one said something else)',
    ES,
    (old) => `${old}- id: fever\n  text: un poco de calor\n  question: ¿Tiene un poco de calor?\n`,
    {
      line: BASE[ES]!.split('\n').length,
      field: '[2].id',
      message: /^repeats the id "fever" \(already at \[1\]\): translate each entry once, and remove the other$/,
    },
  ),
  change(
    'a review record naming an unknown id',
    REVIEWS_FILE,
    (old) => old.replace(/(file: content\/es\/red-flags\.yaml\n\s+id: )fever/, '$1fevers'),
    {
      line: lineOf(REVIEWS_FILE, 'id: fever', `file: ${ES}`),
      field: '[3].id',
      message: /^names "fevers", but content\/es\/red-flags\.yaml has no entry with this id: remove this review/,
    },
  ),
  change(
    'a review listed twice',
    REVIEWS_FILE,
    (old) => `${old}- file: ${ES}\n  id: fever\n  reviewed: 2026-12-02\n  words: { text: algo, question: ¿Algo? }\n`,
    {
      line: BASE[REVIEWS_FILE]!.split('\n').length + 1,
      field: `[${(parse(BASE[REVIEWS_FILE]!) as unknown[]).length}].id`,
      message: /^repeats the review of "fever" in content\/es\/red-flags\.yaml \(already at \[3\]\): keep one record/,
    },
  ),
];
