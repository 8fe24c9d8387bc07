import { parse, stringify } from 'yaml';
import { REVIEWS_FILE } from '../../../src/schemas/review.ts';
import { ARTICLE, ES_ARTICLE, REVIEWED_ON, spanishSiteFiles, wordsHashOf } from '../siteFiles.ts';
import { escapeRegExp, lineIn, type BadContentCase } from './case.ts';

/**
 * Review dates that stay true: the fixture site with its Spanish edition,
 * every article's and data file's words recorded on REVIEWED_ON. Each case
 * changes words the way a writer would, and must be refused until the change
 * is dated and recorded.
 */
const BASE = spanishSiteFiles();
const TOOLS = 'content/tools.yaml';
/** A day on or after the records (REVIEWED_ON), as a writer's change note gives it. */
const TODAY = '2026-12-07';

/** The line (1-based) of the first occurrence of `text` in one of the base files. */
const lineOf = (file: string, text: string) => lineIn(BASE[file]!, text);
const escape = escapeRegExp;
const mark = (file: string, extra = '') => escape(`\`npm run review -- --mark ${file}${extra}\``);
const WORDING = (file: string) => mark(file, ' --wording-only "<what was corrected>"');

/** The message when an article's words changed and nothing dated says so. */
const twoSteps = (file: string) =>
  new RegExp(
    `^its words changed since they were recorded on ${REVIEWED_ON}, and no change note or review is dated on or after that day\\. ` +
      `Two steps: \\(1\\) add a \`changes:\` entry at the top of the list, dated today, saying in plain words what changed ` +
      `\\(or, after a full review, a new reviewed\\.last\\); \\(2\\) record the new words with ${mark(file)}\\. ` +
      `Spelling or layout only: ${WORDING(file)}$`,
  );

/** A case that starts from the recorded site and changes files. */
const change = (name: string, edit: (files: Record<string, string>) => void, expected: BadContentCase['expected']) => ({
  name,
  change: (files: Record<string, string | Uint8Array>) => {
    for (const key of Object.keys(files)) delete files[key];
    const next = { ...BASE };
    edit(next);
    Object.assign(files, next);
  },
  expected,
});

const ADDED = '\nHeat is always better than ice.\n';
/** The first article with a "What changed" note of `date` (frontmatter lines stay where they were above it). */
const withNote = (text: string, date: string) =>
  text.replace(
    'published: 2026-01-10\n',
    `published: 2026-01-10\nchanges:\n  - date: ${date}\n    note: Heat now said to be better.\n`,
  );

export const DATES_CASES: BadContentCase[] = [
  change(
    'an article’s words changed with no new review date or change note',
    (files) => {
      files[ARTICLE] = `${files[ARTICLE]!}${ADDED}`;
    },
    { file: ARTICLE, line: lineOf(ARTICLE, 'last: 2026-01-10'), field: 'reviewed.last', message: twoSteps(ARTICLE) },
  ),
  change(
    'an article’s words changed, with a change note dated before its words were recorded (backdated)',
    (files) => {
      files[ARTICLE] = withNote(`${files[ARTICLE]!}${ADDED}`, '2026-11-30');
    },
    { file: ARTICLE, line: lineOf(ARTICLE, 'last: 2026-01-10'), field: 'reviewed.last', message: twoSteps(ARTICLE) },
  ),
  change(
    'an article’s words changed with a change note dated today, not recorded yet: only the record is asked',
    (files) => {
      files[ARTICLE] = withNote(`${files[ARTICLE]!}${ADDED}`, TODAY);
    },
    {
      file: ARTICLE,
      line: lineOf(ARTICLE, 'last: 2026-01-10'),
      field: 'reviewed.last',
      message: new RegExp(
        `^its words changed since they were recorded on ${REVIEWED_ON}; the change note or review dated ${TODAY} covers it: ` +
          `now record the new words with ${mark(ARTICLE)}$`,
      ),
    },
  ),
  change(
    'a Spanish article’s body changed with no change note',
    (files) => {
      files[ES_ARTICLE] = files[ES_ARTICLE]!.replace('Vea [el plan]', 'Use siempre calor. Vea [el plan]');
    },
    {
      file: ES_ARTICLE,
      line: lineOf(ES_ARTICLE, 'translation:'),
      field: 'translation',
      message: twoSteps(ES_ARTICLE),
    },
  ),
  change(
    'a text in content/tools.yaml changed',
    (files) => {
      const tools = parse(files[TOOLS]!) as Record<string, Record<string, unknown>>;
      const [section, words] = Object.entries(tools).find(([, v]) => v && typeof v === 'object')!;
      const [key] = Object.entries(words).find(([, v]) => typeof v === 'string')!;
      tools[section]![key] = `${String(words[key])} Or keep going.`;
      files[TOOLS] = stringify(tools);
    },
    {
      file: TOOLS,
      line: 1,
      field: 'file',
      message: new RegExp(
        `^its words changed since they were recorded on ${REVIEWED_ON}: say what changed and record the new words with ` +
          `${mark(TOOLS, ' --note "<what changed>"')} \\(spelling or layout only: ${WORDING(TOOLS)}\\)$`,
      ),
    },
  ),
  change(
    'a wording-only record written by hand with no note of what was corrected',
    (files) => {
      files[ARTICLE] = files[ARTICLE]!.replace('## How do I choose?', '## How do I chose?');
      const records = parse(files[REVIEWS_FILE]!) as Record<string, unknown>[];
      const record = records.find((r) => r.file === ARTICLE)!;
      record.hash = wordsHashOf(files, ARTICLE);
      record.kind = 'wording';
      files[REVIEWS_FILE] = stringify(records);
    },
    {
      file: REVIEWS_FILE,
      field: `[${(parse(BASE[REVIEWS_FILE]!) as { file: string }[]).findIndex((r) => r.file === ARTICLE)}].note`,
      message: /^must say what was corrected: a wording-only record keeps its note$/,
    },
  ),
  change(
    'an article with no record of its words',
    (files) => {
      const records = parse(files[REVIEWS_FILE]!) as { file: string }[];
      files[REVIEWS_FILE] = stringify(records.filter((r) => r.file !== ARTICLE));
    },
    {
      file: ARTICLE,
      line: lineOf(ARTICLE, 'last: 2026-01-10'),
      field: 'reviewed.last',
      message: new RegExp(`^has no record of its words in content/reviews\\.yaml: record them with ${mark(ARTICLE)}$`),
    },
  ),
  change(
    'a record of an article that is not there',
    (files) => {
      files[REVIEWS_FILE] +=
        `- file: content/articles/gone.mdx\n  hash: '0123456789abcdef'\n  recorded: ${REVIEWED_ON}\n  kind: first\n`;
    },
    {
      file: REVIEWS_FILE,
      line: BASE[REVIEWS_FILE]!.split('\n').length,
      field: `[${(parse(BASE[REVIEWS_FILE]!) as unknown[]).length}].file`,
      message: /^names content\/articles\/gone\.mdx, which is not there: remove this record$/,
    },
  ),
];
