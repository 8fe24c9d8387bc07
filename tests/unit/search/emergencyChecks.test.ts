import { describe, expect, test } from 'vitest';
import {
  emergencyDetector,
  emergencyWordProblems,
  namingWords,
  synonymPhrases,
  type EmergencyWords,
  type Placed,
} from '../../../src/search/emergencyChecks.ts';
import { compileKeywords, compileSynonyms, isEmergency, parseQuery } from '../../../src/search/query.ts';

const SYNONYMS = [
  { means: 'pee', words: ['wee', 'urine'], brands: [] },
  { means: 'back spasm', words: ['lumbago', 'threw my back out'], brands: [] },
  { means: 'ibuprofen', words: [], brands: ['Nurofen'] },
];
const keyword = (text: string, at = 0): Placed => ({
  text,
  file: 'content/red-flags.yaml',
  field: `[0].keywords[${at}]`,
});
const query = (text: string, at = 0, list = 'not emergency'): Placed => ({
  text,
  file: 'content/search-checks/emergency-queries.yaml',
  field: `${list}[${at}]`,
  line: 10 + at,
});
/** The rules over a small edition: the keywords "cant pee" and "numb bum" unless given. */
const problemsOf = (input: Partial<EmergencyWords>) =>
  emergencyWordProblems({
    language: 'en',
    keywords: [keyword('cant pee', 0), keyword('numb bum', 1)],
    synonymsFile: 'content/synonyms.yaml',
    synonyms: SYNONYMS,
    emergencyQueries: [],
    harmlessQueries: [],
    sentences: [],
    ...input,
  });

describe('emergencyDetector', () => {
  test('gives the same answer as isEmergency, in both languages', () => {
    const english = compileKeywords(['cant pee', 'numb bum', 'chest pain', 'both legs', 'heart attack']);
    const synonyms = compileSynonyms(SYNONYMS);
    const { detect, mayMatch } = emergencyDetector(english);
    for (const text of [
      'cant wee',
      'my bum feels numb',
      'heartburn',
      'heart condition',
      'numb leg',
      'chst pain',
      'pee',
    ]) {
      const parsed = parseQuery(text, synonyms);
      expect(detect(parsed), text).toBe(isEmergency(parsed, english));
    }
    expect(mayMatch(['bum', 'is', 'numb'])).toBe(true);
    expect(mayMatch(['numb', 'leg'])).toBe(false);
    const spanish = compileKeywords(['no puedo orinar', 'dolor en el pecho'], 'es');
    const detectEs = emergencyDetector(spanish, 'es').detect;
    for (const text of ['no puedo orinar nada', 'me duele el pecho al dar el pecho', 'dolor de pecho', 'orinar']) {
      const parsed = parseQuery(text, [], 'es');
      expect(detectEs(parsed), text).toBe(isEmergency(parsed, spanish, 'es'));
    }
  });
});

describe('namingWords', () => {
  test('small words do not count', () => {
    expect(namingWords('the erection')).toEqual(['erection']);
    expect(namingWords('pee myself')).toEqual(['pee', 'myself']);
    expect(namingWords('de la', 'es')).toEqual([]);
    expect(namingWords('no siento las nalgas', 'es')).toEqual(['no', 'siento', 'nalga']);
  });
});

describe('synonymPhrases', () => {
  test('one synonym a word or brand, named by its field, read as compileSynonyms reads the entries', () => {
    const phrases = synonymPhrases(SYNONYMS);
    expect(phrases.map((p) => p.field)).toEqual([
      '[0].words[0]',
      '[0].words[1]',
      '[1].words[0]',
      '[1].words[1]',
      '[2].brands[0]',
    ]);
    const compiled = compileSynonyms(SYNONYMS);
    for (const text of ['I threw my back out and cant wee', 'nurofen for lumbago']) {
      expect(
        parseQuery(
          text,
          phrases.map((p) => p.compiled),
        ),
      ).toEqual(parseQuery(text, compiled));
    }
  });
});

describe('emergencyWordProblems', () => {
  test('a valid edition has no problems', () => {
    expect(
      problemsOf({
        emergencyQueries: [query('cant wee', 0, 'emergency'), query('my bum feels numb', 1, 'emergency')],
        harmlessQueries: [query('wee a lot at night'), query('numb leg', 1)],
        sentences: [{ text: 'If you cant pee, call 999.', file: 'a.mdx' }],
      }),
    ).toEqual([]);
  });

  test('1: a single word (small words aside) is refused', () => {
    expect(problemsOf({ keywords: [keyword('heat'), keyword('the stretch', 1)] })).toEqual([
      expect.objectContaining({
        field: '[0].keywords[0]',
        message: expect.stringMatching(/^"heat" is not a phrase of at least two words/),
      }),
      expect.objectContaining({
        field: '[0].keywords[1]',
        message: expect.stringMatching(/^"the stretch" is not a phrase/),
      }),
    ]);
  });

  test('2: a keyword search cannot find as typed is refused', () => {
    expect(problemsOf({ keywords: [keyword('?!')] })).toEqual([
      {
        file: 'content/red-flags.yaml',
        field: '[0].keywords[0]',
        message: expect.stringMatching(/^"\?!" does not open the emergency card even when typed as it is/),
      },
    ]);
    expect(
      emergencyWordProblems({
        language: 'es',
        keywords: [keyword('de la'), keyword('dar el pecho', 1), keyword('no puedo orinar', 2)],
        synonymsFile: 'content/es/synonyms.yaml',
        synonyms: [],
        emergencyQueries: [],
        harmlessQueries: [],
        sentences: [],
      }).map((p) => p.field),
    ).toEqual(['[0].keywords[0]', '[0].keywords[1]']);
  });

  test('3: an emergency query that does not open the card is named', () => {
    expect(problemsOf({ emergencyQueries: [query('cant walk', 0, 'emergency')] })).toEqual([
      {
        file: 'content/search-checks/emergency-queries.yaml',
        field: 'emergency[0]',
        message: expect.stringMatching(
          /^"cant walk" is listed as an emergency query but does not open the emergency card/,
        ),
      },
    ]);
  });

  test('3: a harmless query that opens the card names the keyword, with the query and its line', () => {
    const problems = problemsOf({
      keywords: [keyword('cant pee'), keyword('heat pack', 1)],
      harmlessQueries: [query('heat pack for back', 2)],
    });
    expect(problems).toEqual([
      {
        file: 'content/red-flags.yaml',
        field: '[0].keywords[1]',
        message: expect.stringMatching(
          /^"heat pack" opens the emergency card for the harmless query "heat pack for back" \(content\/search-checks\/emergency-queries\.yaml:12\)/,
        ),
      },
    ]);
  });

  test('3: ... or the synonym that leads it to a sign', () => {
    const synonyms = [...SYNONYMS, { means: 'cant pee', words: ['hot water bottle'], brands: [] }];
    const problems = problemsOf({ synonyms, harmlessQueries: [query('hot water bottle leaking')] });
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/synonyms.yaml', '[3].words[0]']]);
  });

  test('4: a synonym whose own words become a sign is refused', () => {
    const synonyms = [...SYNONYMS, { means: 'heart attack', words: ['hot water bottle'], brands: [] }];
    expect(problemsOf({ keywords: [keyword('heart attack')], synonyms })).toEqual([
      {
        file: 'content/synonyms.yaml',
        field: '[3].words[0]',
        message: expect.stringMatching(
          /^"hot water bottle" -> "heart attack" turns words that are not a warning sign into one/,
        ),
      },
    ]);
  });

  test('4: a synonym that turns a harmless sentence of an article into a sign is refused; a sentence that names a sign is not held against it', () => {
    const synonyms = [...SYNONYMS, { means: 'pee', words: ['bottle'], brands: [] }];
    const sentences = [
      { text: "Never use a bottle you can't close.", file: 'content/articles/ice-or-heat.mdx' },
      { text: "If you can't pee, call 999.", file: 'content/articles/when-to-get-help.mdx' },
    ];
    expect(problemsOf({ synonyms, sentences })).toEqual([
      {
        file: 'content/synonyms.yaml',
        field: '[3].words[0]',
        message: expect.stringMatching(
          /^"bottle" -> "pee" opens the emergency card for a harmless sentence of content\/articles\/ice-or-heat\.mdx: "Never use a bottle you can't close\."/,
        ),
      },
    ]);
  });

  test('one problem for each keyword: a refused keyword is not judged again by the queries', () => {
    const problems = problemsOf({ keywords: [keyword('heat')], harmlessQueries: [query('heat')] });
    expect(problems.map((p) => p.field)).toEqual(['[0].keywords[0]']);
  });
});
