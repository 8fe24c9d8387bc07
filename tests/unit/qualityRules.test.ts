import { describe, expect, test } from 'vitest';
import { findForbiddenInFile } from '../../src/pipeline/checks/findForbiddenInFile.ts';
import {
  articleQualityProblems,
  MAX_ARTICLE_WORDS,
  registryProblems,
  synonymBrandProblems,
  textGroupProblems,
  textsForbiddenProblems,
} from '../../src/pipeline/qualityRules.ts';
import { formatProblem } from '../../src/schemas/problems.ts';

const FILE = 'content/articles/x.mdx';
/** A published article body of `count` plain words (short sentences), ending with a care card. */
const plain = (count: number) =>
  `${'Walk a bit. '.repeat(Math.floor(count / 3)).trim()}\n\n<CareCard level="routine" />\n`;
const article = (body: string, draft = false) => ({ file: FILE, text: `---\n---\n${body}`, body, bodyLine: 3, draft });

describe('findForbiddenInFile (the deny-list at its line and column)', () => {
  test('a brand at its line and column, accents ignored', () => {
    expect(findForbiddenInFile(FILE, 'Fine.\nA bit of Voltarén helps.')).toEqual([
      { file: FILE, line: 2, column: 10, field: 'text', message: expect.stringMatching(/^"Voltaren" names a brand/) },
    ]);
  });

  test('a dose split over two lines, at the line it starts on', () => {
    const [problem] = findForbiddenInFile(FILE, 'Intro.\nTake 2\ntablets now.', 10);
    expect(problem && formatProblem(problem)).toBe(
      `${FILE}:11:6: text: "2 tablets" gives a dose: say "ask a pharmacist" or "follow the leaflet" instead`,
    );
  });

  test('clean text has no problems', () => {
    expect(findForbiddenInFile(FILE, 'Ask a pharmacist about ibuprofen.\nWalk twice a day.')).toEqual([]);
  });

  test('in data files, each text at its field line', () => {
    const texts = [{ field: 'timer.done', text: 'Buy now.' }];
    expect(textsForbiddenProblems('content/tools.yaml', texts, () => 7)).toEqual([
      { file: 'content/tools.yaml', line: 7, field: 'timer.done', message: expect.stringMatching(/selling word/) },
    ]);
    expect(textsForbiddenProblems('content/tools.yaml', texts, () => undefined)[0]).not.toHaveProperty('line');
  });
});

describe('articleQualityProblems', () => {
  const messages = (body: string, locale: 'en' | 'es' = 'en', draft = false) =>
    articleQualityProblems(article(body, draft), locale).map(formatProblem);

  test('a plain published article of the right length passes', () => {
    expect(messages(plain(600))).toEqual([]);
  });

  test('too short or too long, unless a draft', () => {
    expect(messages(plain(60))).toEqual([
      expect.stringMatching(/:3: body: has 60 words; an article has 500 to 1500: say more/),
    ]);
    expect(messages(plain(MAX_ARTICLE_WORDS + 30))).toEqual([expect.stringMatching(/split it into two articles/)]);
    expect(messages(plain(60), 'en', true)).toEqual([]);
  });

  test('a hard body is over the grade, a hard Spanish one under the reading ease', () => {
    const hard =
      'Nonsteroidal anti-inflammatory medications demonstrate statistically significant analgesic efficacy. '.repeat(3);
    expect(messages(hard, 'en', true)).toEqual([
      expect.stringMatching(/:3: body: reads at Flesch-Kincaid grade [\d.]+; the most is 8/),
    ]);
    const difícil = 'Los antiinflamatorios no esteroideos demuestran significativamente eficacia analgésica. '.repeat(
      3,
    );
    expect(messages(difícil, 'es')).toEqual([
      expect.stringMatching(/reads at Fernández-Huerta -?[\d.]+; the least is 70/),
    ]);
  });

  test('a missing care card, a third callout, and the clinical wording (body from file line 3)', () => {
    const callouts =
      '<Callout title="A">a.</Callout>\n\n<Callout title="B">b.</Callout>\n\n<Callout title="C">c.</Callout>';
    const body = `${'Walk a bit. '.repeat(200)}\n\n${callouts}\n\nSome practical advice.\n\nIt has not been tested in studies. It has not been tested in studies.\n\n## Next\n\nIt has not been tested in studies.\n`;
    expect(messages(body)).toEqual([
      expect.stringMatching(/:9: <Callout>: is one callout too many \(3 in the article\)/),
      expect.stringMatching(/:3: <CareCard>: is missing/),
      expect.stringMatching(/:11: body: says "practical advice"/),
      expect.stringMatching(/:13: body: says "not been tested in studies" again in this section/),
    ]);
  });
});

describe('the tools and the registries', () => {
  test('a long sentence in a tool text, at its field; the grade of the group at the group', () => {
    const group = {
      file: 'content/tools.yaml',
      name: 'the timer messages',
      field: 'timer',
      texts: [
        { field: 'timer.a', text: `Keep ${'going '.repeat(32)}now.` },
        {
          field: 'timer.b',
          text: 'Nonsteroidal anti-inflammatory medications demonstrate statistically significant analgesic efficacy.',
        },
      ],
    };
    const lines: Record<string, number> = { 'timer.a': 4, timer: 2 };
    expect(textGroupProblems(group, 'en', (_file, field) => lines[field]).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/tools\.yaml:4: timer\.a: has a sentence of 34 words/),
      expect.stringMatching(/^content\/tools\.yaml:2: timer: \(the timer messages\) reads at Flesch-Kincaid grade/),
    ]);
  });

  test('every source cited, every glossary entry linked, every searched brand denied', () => {
    const source = {
      id: 'unused',
      title: 'T',
      publisher: 'P',
      url: 'https://example.org/',
      kind: 'guideline',
    } as const;
    const problems = registryProblems({
      sourcesFile: 'content/sources.yaml',
      sources: [source as never],
      glossaryFile: 'content/glossary.yaml',
      glossary: [{ id: 'lumbago', term: 'Lumbago', definition: 'Back pain.', sources: [], aliases: [] } as never],
      articles: [{ data: { sources: [] }, body: 'See [sciatica](/glossary/#sciatica).' }],
      redFlags: [],
      selfCare: undefined,
    });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/content\/sources\.yaml: \[0\]: "unused" is cited nowhere/),
      expect.stringMatching(/content\/glossary\.yaml: \[0\]: "lumbago" is linked from no article/),
    ]);
    expect(
      synonymBrandProblems('content/synonyms.yaml', [
        { means: 'ibuprofen', words: [], brands: ['Nurofen', 'Fakeprofen'] },
      ]),
    ).toEqual([
      expect.objectContaining({
        field: '[0].brands[1]',
        message: expect.stringMatching(/"Fakeprofen" is not on the deny-list/),
      }),
    ]);
  });
});
