import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';
import { FRONTMATTER } from '../../src/pipeline/pageRecord.ts';
import { parseYaml } from '../../src/pipeline/yaml.ts';
import {
  MAX_GRADE,
  MAX_SENTENCE_WORDS,
  MIN_FERNANDEZ_HUERTA,
  readability,
} from '../../src/pipeline/readability.ts';
import { prosePageNames } from '../../src/schemas/page.ts';

// The prose pages (content/pages/) held to the deny-list and the reading
// limits of articles (docs/style.md), which are not in loadSite() yet. (When
// they move into loadSite(), they should take the pages with the articles,
// and this file can go.)

const ENGLISH = prosePageNames.map((name) => `content/pages/${name}.mdx`);
const SPANISH = prosePageNames.map((name) => `content/pages/es/${name}.mdx`);
const FILES = [...ENGLISH, ...SPANISH];

/** A page file's reader-facing words (title, description, lede) and body. */
function pageText(file: string): { words: string; lede: string; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(text)!;
  const data = parseYaml(match[1]!, file).data as { title: string; description: string; lede: string };
  return {
    words: [data.title, data.description, data.lede].join('\n'),
    lede: data.lede,
    body: text.slice(match[0].length),
  };
}

/** The page's reading level (its lede and body, as a reader sees them), and its sentences over the limit, title and description included. */
function reading(file: string, locale: 'en' | 'es') {
  const { words, lede, body } = pageText(file);
  const long = readability(`${words.split('\n').join('\n\n')}\n\n${body}`, locale).longSentences;
  return { grade: readability(`${lede}\n\n${body}`, locale).grade, long: long.map((s) => `${s.words} words: ${s.text}`) };
}

describe('page prose', () => {
  test.each(FILES)('%s names no brand, sells nothing and gives no dose', (file) => {
    const { words, body } = pageText(file);
    expect(findForbidden(`${words}\n${body}`).map((m) => `${file}: ${m.kind} "${m.match}"`)).toEqual([]);
  });

  test.each(ENGLISH)(
    `%s reads at grade ${MAX_GRADE} or lower, with no sentence over ${MAX_SENTENCE_WORDS} words`,
    (file) => {
      const { grade, long } = reading(file, 'en');
      expect(long).toEqual([]);
      expect(grade, `Flesch-Kincaid grade ${grade}`).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  test.each(SPANISH)(
    `%s reads at Fernández-Huerta ${MIN_FERNANDEZ_HUERTA} or higher, with no sentence over ${MAX_SENTENCE_WORDS} words`,
    (file) => {
      const { grade, long } = reading(file, 'es');
      expect(long).toEqual([]);
      expect(grade, `Fernández-Huerta ${grade}`).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    },
  );

});
