import { describe, expect, test } from 'vitest';
import { checkContent, type RawContent } from '../../../src/pipeline/checkContent.ts';
import { synonymListSchema } from '../../../src/schemas/search.ts';
import { formatPath } from '../../../src/schemas/problems.ts';

const problems = (data: unknown) => {
  const result = synonymListSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
};

describe('content/synonyms.yaml schema', () => {
  test('accepts words, brands or both; defaults the missing list', () => {
    expect(synonymListSchema.parse([{ means: 'ibuprofen', brands: ['nurofen'] }])).toEqual([
      { means: 'ibuprofen', words: [], brands: ['nurofen'] },
    ]);
    expect(problems([{ means: 'pee', words: ['wee', 'urine'] }])).toEqual([]);
  });

  test('names the entry and field of each mistake', () => {
    expect(problems([{ means: 'pee' }])).toEqual(['[0].words: must list at least 1 word or brand']);
    expect(problems([{ means: 'pee', words: ['???'] }])).toEqual(['[0].words[0]: must contain letters or digits']);
    expect(problems([{ means: 'pee', words: ['wee'], colour: 'red' }])[0]).toMatch(/^\[0\]: .*colour/);
    expect(problems([{ words: ['wee'] }])).toEqual(['[0].means: is required and must be text']);
  });

  test('a phrase may appear in one entry only, however it is written', () => {
    expect(
      problems([
        { means: 'pee', words: ['wee'] },
        { means: 'bladder', words: ['Wee!'] },
      ]),
    ).toEqual(['[1].words[0]: "Wee!" is already listed in entry 0 (means "pee")']);
  });

  test('the content check reports synonym problems with the file name', () => {
    const empty = { file: 'x.yaml', data: [] };
    const raw: RawContent = {
      articles: [],
      topics: empty,
      sources: empty,
      redFlags: empty,
      glossary: empty,
      selfCare: { file: 'content/self-care.yaml', data: {} },
      redirects: empty,
      published: empty,
      synonyms: { file: 'content/synonyms.yaml', data: [{ means: 'pee' }] },
    };
    const found = checkContent(raw).problems.filter((p) => p.file === 'content/synonyms.yaml');
    expect(found).toEqual([
      { file: 'content/synonyms.yaml', field: '[0].words', message: 'must list at least 1 word or brand' },
    ]);
  });
});
