import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { adviceHash, adviceNow, adviceTexts, sourceTexts, TRACKED_ADVICE } from '../../src/pipeline/adviceWords.ts';
import { decideMark } from '../../src/pipeline/pageRecord.ts';
import { reviewListSchema } from '../../src/schemas/review.ts';
import { es } from '../../src/i18n/es.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';

// The Spanish advice of the dictionaries is read from their source text and
// recorded like an article's words, with the English it translates.

const SOURCE = `/** A comment with 'quotes' */
const horas = (minutes: number): string => (minutes === 60 ? '1 hora' : \`\${minutes / 60} horas\`);
// 'not a text'
export const es: Shape<typeof en> = {
  layout: { skip: 'Saltar', 'odd-key': "Doble", fn: (role: string) => \`Revisado por \${role === 'x' ? 'a' : \`\${role}\`}\` },
  pages: {
    home: {
      steps: [[{ strong: 'Siga' }, ' moviéndose'], ['Pruebe']],
      goLength,
    },
  },
};
const other = { x: 'y' };
`;

describe('reading the texts of a dictionary source', () => {
  test('each string and template with its key path and line; comments and keys are not texts', () => {
    expect(sourceTexts(SOURCE).map((t) => `${t.line} ${t.path}: ${t.text}`)).toEqual([
      '2 horas: 1 hora',
      '2 horas: ${minutes / 60} horas',
      '5 es.layout.skip: Saltar',
      '5 es.layout.odd-key: Doble',
      "5 es.layout.fn: Revisado por ${role === 'x' ? 'a' : `${role}`}",
      '8 es.pages.home.steps.0.0.strong: Siga',
      '8 es.pages.home.steps.0.1:  moviéndose',
      '8 es.pages.home.steps.1.0: Pruebe',
      '13 other.x: y',
    ]);
  });

  test('a section and everything under it; the hash changes with a word, not with a comment', () => {
    expect(adviceTexts(SOURCE, ['es.pages.home.steps', 'horas']).map((t) => t.text)).toEqual([
      '1 hora',
      '${minutes / 60} horas',
      'Siga',
      ' moviéndose',
      'Pruebe',
    ]);
    const hash = adviceHash(SOURCE, ['es.pages']);
    expect(adviceHash(SOURCE.replace('// ', '// a comment '), ['es.pages'])).toBe(hash);
    expect(adviceHash(SOURCE.replace("'Pruebe'", "'Pruebe hoy'"), ['es.pages'])).not.toBe(hash);
  });

  test('the real dictionaries: every tracked section is read, in both languages', () => {
    const text = (file: string) => readFileSync(file, 'utf8');
    for (const source of TRACKED_ADVICE) {
      const spanish = adviceTexts(text(source.file), source.sections).map((t) => t.text);
      expect(spanish.length, source.file).toBeGreaterThan(10);
      expect(adviceTexts(text(source.english.file), source.english.sections).length).toBeGreaterThan(10);
    }
    const dictionary = adviceTexts(text('src/i18n/es.ts'), TRACKED_ADVICE[0]!.sections).map((t) => t.text);
    expect(dictionary).toContain(es.components.careCard.afterCalls);
    expect(dictionary).toContain(es.tools.timer.fallback);
    const care = adviceTexts(text('src/domain/careCards.ts'), TRACKED_ADVICE[1]!.sections).map((t) => t.text);
    expect(care).toContain(CARE_WORDS.es.actions.urgent);
    expect(care).not.toContain(CARE_WORDS.en.actions.urgent);
    expect(adviceNow(text).map((a) => a.file)).toEqual(['src/i18n/es.ts', 'src/domain/careCards.ts']);
  });
});

describe('the record of a dictionary’s advice', () => {
  const record = { file: 'src/i18n/es.ts', hash: '0123456789abcdef', recorded: '2026-12-07', kind: 'first' };

  test('names the English it translates', () => {
    expect(reviewListSchema.safeParse([{ ...record, translates: 'fedcba9876543210' }]).success).toBe(true);
    expect(reviewListSchema.safeParse([record]).error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '0.translates: must name the hash of the English advice the Spanish translates (npm run review -- --mark records it)',
    ]);
  });

  test('--mark records a new English (translates) even when the Spanish words are the same, with a note', () => {
    const old = { ...record, translates: 'fedcba9876543210', kind: 'first' as const };
    const base = { file: record.file, hash: record.hash, record: old, today: '2026-12-08', wordingOnly: false };
    expect(decideMark({ ...base, translates: old.translates })).toMatchObject({ unchanged: true });
    expect(decideMark({ ...base, translates: '1111111111111111' })).toMatchObject({
      refused: expect.stringContaining('say what changed'),
    });
    expect(decideMark({ ...base, translates: '1111111111111111', note: 'Checked against the new English.' })).toEqual({
      record: {
        file: record.file,
        hash: record.hash,
        recorded: '2026-12-08',
        kind: 'change',
        note: 'Checked against the new English.',
        translates: '1111111111111111',
      },
    });
  });
});

test('the files with an advice record are the files the advice is read from', async () => {
  const { TRACKED_ADVICE } = await import('../../src/pipeline/adviceWords.ts');
  const { RECORDED_DICTIONARIES } = await import('../../src/schemas/review.ts');
  expect([...RECORDED_DICTIONARIES].sort()).toEqual(TRACKED_ADVICE.map((source) => source.file).sort());
});
