import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { expectProblem } from '../helpers/badContentCases.ts';
import {
  ARTICLE,
  ES_ARTICLE,
  ES_BODY_END,
  reviewsFor,
  spanishSiteFiles,
  withSpanishBody,
} from '../helpers/siteFiles.ts';
import { REVIEWS_FILE } from '../../src/schemas/review.ts';

type Files = Record<string, string>;
const RED_FLAGS = 'content/es/red-flags.yaml';
const TOOLS = 'content/es/tools.yaml';

/** A change to the Spanish red flags, as data. */
const flags = (files: Files, change: (list: Record<string, unknown>[]) => void) => {
  const list = parse(files[RED_FLAGS]!) as Record<string, unknown>[];
  change(list);
  files[RED_FLAGS] = stringify(list);
};

// What a translator (or a change to the English) can get wrong, and the
// problem each must cause: the file, its line where it has one, the field.
const cases: [string, (files: Files) => void, { file: string; line?: number; field: string; message: RegExp }][] = [
  [
    'a translation of an article that does not exist',
    (f) => {
      f['content/articles/es/nowhere.mdx'] = f[ES_ARTICLE]!.replace('of: ice-or-heat', 'of: nowhere');
    },
    {
      file: 'content/articles/es/nowhere.mdx',
      field: 'translation.of',
      message: /no English article content\/articles\/nowhere\.mdx/,
    },
  ],
  [
    'a translation naming another article than its file name',
    (f) => {
      f[ES_ARTICLE] = f[ES_ARTICLE]!.replace('of: ice-or-heat', 'of: first-48-hours');
    },
    {
      file: ES_ARTICLE,
      line: 9,
      field: 'translation.of',
      message: /a translation has its English article's file name/,
    },
  ],
  [
    'a hash that is not one',
    (f) => {
      f[ES_ARTICLE] = f[ES_ARTICLE]!.replace(/hash: '.*'/, 'hash: later');
    },
    { file: ES_ARTICLE, line: 10, field: 'translation.hash', message: /must be the 16-character hash/ },
  ],
  [
    'a Spanish title over 70 characters',
    (f) => {
      f[ES_ARTICLE] = f[ES_ARTICLE]!.replace(/^title: .*$/m, `title: ${'Hielo o calor '.repeat(6)}`);
    },
    { file: ES_ARTICLE, line: 2, field: 'title', message: /70 characters or fewer/ },
  ],
  [
    'a fact in a translated article',
    (f) => {
      f[ES_ARTICLE] = f[ES_ARTICLE]!.replace('tags:', 'topic: basics\ntags:');
    },
    { file: ES_ARTICLE, line: 1, field: 'file', message: /Unrecognized key: "topic"/ },
  ],
  [
    'a broken link to a Spanish page',
    (f) => {
      f[ES_ARTICLE] = withSpanishBody('Vea [esto](/es/articles/nowhere/).');
    },
    {
      file: ES_ARTICLE,
      line: ES_BODY_END,
      field: 'link',
      message: /no page at this address: \/es\/articles\/nowhere\//,
    },
  ],
  [
    'a link to a Spanish heading that does not exist',
    (f) => {
      f[ES_ARTICLE] = withSpanishBody('Vea [el plan](/es/articles/first-48-hours/#day-one).');
    },
    {
      file: ES_ARTICLE,
      line: ES_BODY_END,
      field: 'link',
      message: /no heading with the id "day-one" on \/es\/articles\/first-48-hours\//,
    },
  ],
  [
    'an import in a Spanish body',
    (f) => {
      f[ES_ARTICLE] = withSpanishBody("import fs from 'node:fs'");
    },
    { file: ES_ARTICLE, line: ES_BODY_END, field: 'import/export', message: /articles cannot import or export code/ },
  ],
  [
    'a Spanish don’t that does not start with "No"',
    (f) => {
      f[ES_ARTICLE] = withSpanishBody('<DoDont do={["muévase"]} dont={["quédese en la cama"]} />');
    },
    { file: ES_ARTICLE, line: ES_BODY_END, field: '<DoDont> dont[0]', message: /must start with "do not"/ },
  ],
  [
    'a Spanish warning sign at another level',
    (f) => flags(f, (list) => (list[0]!.level = 'routine')),
    {
      file: RED_FLAGS,
      line: 7,
      field: '[0].level',
      message: /is a fact shared with the English file: leave it out or keep it as "emergency"/,
    },
  ],
  [
    'a Spanish warning sign with no question',
    (f) => flags(f, (list) => delete list[1]!.question),
    { file: RED_FLAGS, field: '[1].question', message: /has no translation/ },
  ],
  [
    'a warning sign left untranslated',
    (f) => flags(f, (list) => list.splice(1, 1)),
    { file: RED_FLAGS, field: 'file', message: /has no translation of the English entry "fever"/ },
  ],
  [
    'a Spanish question over 20 words (the English rules hold)',
    (f) => flags(f, (list) => (list[0]!.question = `¿${'Tiene usted '.repeat(11)}dolor?`)),
    { file: RED_FLAGS, field: '[0].question', message: /must be 20 words or fewer/ },
  ],
  [
    'an English warning sign changed after its translation',
    (f) => {
      f['content/red-flags.yaml'] = f['content/red-flags.yaml']!.replace(
        'a high temperature',
        'a temperature of 38C or more',
      );
    },
    {
      file: RED_FLAGS,
      line: 7,
      field: '[1]',
      message: /is out of date: the English warning sign "fever" changed.*Warning signs must never drift/,
    },
  ],
  [
    'no Spanish red-flags.yaml',
    (f) => delete f[RED_FLAGS],
    {
      file: RED_FLAGS,
      field: 'file',
      message: /is missing: every text of the English file needs its translation here/,
    },
  ],
  [
    'a Spanish self-check result without the care card’s instruction',
    (f) => {
      f[TOOLS] = f[TOOLS]!.replace(/o vaya a urgencias ahora/, 'o vaya al médico');
    },
    {
      file: TOOLS,
      field: 'selfCheck.results.emergency',
      message: /word for word: "Llame a su número de emergencias o vaya a urgencias ahora\."/,
    },
  ],
  [
    'a Spanish tool text with a gap the tool cannot fill',
    (f) => {
      f[TOOLS] = f[TOOLS]!.replace('{min}', '{mx}');
    },
    { file: TOOLS, field: 'timer.minutesError', message: /uses \{mx\}, which this text cannot fill/ },
  ],
  [
    'a Spanish article whose file name is not a slug',
    (f) => {
      f['content/articles/es/Ice Or Heat.mdx'] = f[ES_ARTICLE]!;
    },
    {
      file: 'content/articles/es/Ice Or Heat.mdx',
      field: 'file name',
      message: /the file name is the English article's slug and /,
    },
  ],
  [
    'a Spanish synonyms file that is not a list of synonyms',
    (f) => {
      f['content/es/synonyms.yaml'] = '- means: 3\n';
    },
    { file: 'content/es/synonyms.yaml', line: 1, field: '[0].means', message: /is required and must be text/ },
  ],
  [
    'a key the English file does not have',
    (f) => {
      f[TOOLS] = `${f[TOOLS]}\nextra: Hola\n`;
    },
    { file: TOOLS, field: 'extra', message: /is not in the English file: remove it/ },
  ],
];

describe('translations are checked like the English', () => {
  test('the fixture site with its Spanish edition is valid, and up to date', () => {
    const { problems, content } = loadSite(spanishSiteFiles());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.translations.es?.notes).toEqual([]);
    expect(content.translations.es?.articles.map((a) => [a.id, a.translation.stale])).toEqual([
      ['first-48-hours', false],
      ['ice-or-heat', false],
    ]);
  });

  test.each(cases)('%s', (_name, change, expected) => {
    const files = spanishSiteFiles();
    change(files);
    const { problems } = loadSite(files);
    expectProblem(problems, expected);
  });

  test('an English article changed after its translation: the Spanish page is built and marked out of date', () => {
    const files = spanishSiteFiles();
    files[ARTICLE] = files[ARTICLE]!.replace('Heat may ease the pain a little.', 'Heat may ease the pain.');
    files[REVIEWS_FILE] = reviewsFor(files); // its words recorded: the translation is under test here
    const { problems, content } = loadSite(files);
    expect(problems.map(formatProblem)).toEqual([]);
    const article = content.translations.es!.articles.find((a) => a.id === 'ice-or-heat')!;
    expect(article.translation.stale).toBe(true);
    expect(content.translations.es!.notes.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/articles\/es\/ice-or-heat\.mdx:10: translation\.hash: is out of date: content\/articles\/ice-or-heat\.mdx changed after it was translated/,
      ),
    ]);
  });

  test('an English article with no translation yet is noted, not refused', () => {
    const files = spanishSiteFiles();
    delete files['content/articles/es/first-48-hours.mdx'];
    files[ES_ARTICLE] = files[ES_ARTICLE]!.replace(
      '/es/articles/first-48-hours/#el-primer-dia',
      '/articles/first-48-hours/',
    );
    files[REVIEWS_FILE] = reviewsFor(files);
    const { problems, content } = loadSite(files);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.translations.es!.notes.map(formatProblem)).toEqual([
      'content/articles/first-48-hours.mdx:1: translation: has no es translation yet: add content/articles/es/first-48-hours.mdx',
    ]);
  });

  test('Spanish facts come from English: a translation cannot move a sign to another card', () => {
    const { content } = loadSite(spanishSiteFiles());
    const es = content.translations.es!;
    expect(es.redFlags.map((f) => [f.id, f.level, f.card, f.sources])).toEqual(
      content.redFlags.map((f) => [f.id, f.level, f.card, f.sources]),
    );
    expect(es.selfCare?.iceHeat.map((i) => i.minutes)).toEqual(content.selfCare?.iceHeat.map((i) => i.minutes));
  });
});
