import { describe, expect, test } from 'vitest';
import { parseSynonyms, readSynonyms, synonymsFile } from '../../../src/lib/searchIndex.ts';
import { ContentError } from '../../../src/schemas/problems.ts';

// content/<language>/synonyms.yaml: read and checked like content/synonyms.yaml, with the file,
// line and field of each problem.
const FILE = 'content/es/synonyms.yaml';

describe('a language’s synonyms file', () => {
  test('lives in content/<language>/ (English keeps content/synonyms.yaml)', () => {
    expect(synonymsFile('es')).toBe(FILE);
    expect(synonymsFile('en')).toBe('content/synonyms.yaml');
  });

  test('a good file gives its entries, with the defaults filled in', () => {
    expect(parseSynonyms('- means: ciática\n  words: [nervio pinzado]\n', FILE)).toEqual([
      { means: 'ciática', words: ['nervio pinzado'], brands: [] },
    ]);
    expect(parseSynonyms('', FILE)).toEqual([]);
  });

  const problemsOf = (text: string) => {
    try {
      parseSynonyms(text, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems.map((p) => ({ ...p }));
    }
    throw new Error('no problem reported');
  };

  test('a bad entry is named by file, line and field', () => {
    expect(problemsOf('- means: ciática\n  words: [nervio pinzado]\n- words: [lumbalgia]\n')).toEqual([
      expect.objectContaining({ file: FILE, line: 3, field: '[1].means' }),
    ]);
    expect(problemsOf('- means: hielo\n  words: [frío]\n- means: frío\n  words: [frio]\n')).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 4,
        field: '[1].words[0]',
        message: expect.stringMatching(/already listed/),
      }),
    ]);
  });

  test('broken YAML is named by file and line', () => {
    expect(problemsOf('- means: hielo\n  words: [frío\n')).toEqual([
      expect.objectContaining({ file: FILE, field: 'YAML', line: expect.any(Number) }),
    ]);
  });

  test('the real Spanish file is valid, and a language with no file has no synonyms', () => {
    expect(readSynonyms(process.cwd(), 'es').length).toBeGreaterThan(20);
    expect(readSynonyms('/nonexistent', 'es')).toEqual([]);
  });
});
