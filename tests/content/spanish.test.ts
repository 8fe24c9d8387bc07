import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { MAX_SENTENCE_WORDS, MIN_FERNANDEZ_HUERTA, readability } from '../../src/pipeline/readability.ts';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';
import { toolTexts } from '../../src/domain/toolWords.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';

// The Spanish edition: the same library as the English, held to the same
// gates in Spanish (see docs/style.md and issue 16).
const content = loadCheckedSite();
const es = content.translations.es!;

describe('the Spanish edition', () => {
  test('translates every published English article, and each is up to date', () => {
    const published = content.articles.filter((a) => !a.data.draft).map((a) => a.id);
    expect(published.filter((id) => !es.articles.some((a) => a.id === id))).toEqual([]);
    expect(es.notes.map((n) => `${n.file}: ${n.field}: ${n.message}`)).toEqual([]);
  });

  test.each(es.articles.map((a) => [a.file, a] as const))(
    `%s reads at Fernández-Huerta ${MIN_FERNANDEZ_HUERTA} or higher, with no sentence over ${MAX_SENTENCE_WORDS} words`,
    (_file, article) => {
      const report = readability(article.body, 'es');
      expect(report.longSentences.map((s) => `${s.words} words: ${s.text}`)).toEqual([]);
      expect(report.grade, `Fernández-Huerta ${report.grade}`).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    },
  );

  test.each(es.articles.map((a) => [a.file, a] as const))('%s names no brand, sells nothing and gives no dose', (_file, article) => {
    const text = [article.data.title, article.data.description, ...article.data.summary, article.body].join('\n');
    expect(findForbidden(text).map((m) => `${m.kind} "${m.match}"`)).toEqual([]);
  });

  test('the tools speak Spanish plainly, and name no brand or dose', () => {
    const lines = toolTexts(es.tools!).map((t) => t.text);
    const report = readability(lines.join('\n\n'), 'es');
    expect(report.longSentences).toEqual([]);
    expect(report.grade, `Fernández-Huerta ${report.grade}`).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    expect(toolTexts(es.tools!).flatMap(({ field, text }) => findForbidden(text).map((m) => `${field}: "${m.match}"`))).toEqual([]);
  });

  test('every warning sign has its Spanish words, question and keywords, at the English level', () => {
    expect(es.redFlags.map((f) => [f.id, f.level, f.card])).toEqual(content.redFlags.map((f) => [f.id, f.level, f.card]));
    for (const flag of es.redFlags) {
      expect(flag.question, flag.id).toMatch(/^¿.+\?$/);
      expect(flag.keywords.length, `${flag.id} has no Spanish keywords`).toBeGreaterThan(0);
    }
    const english = new Map(content.redFlags.map((f) => [f.id, f]));
    // No sign is left in English.
    expect(es.redFlags.filter((f) => f.text === english.get(f.id)?.text).map((f) => f.id)).toEqual([]);
  });

  test('the self-check results give the Spanish care cards’ instructions', () => {
    for (const level of ['emergency', 'urgent', 'routine'] as const) {
      expect(es.tools!.selfCheck.results[level]).toContain(CARE_WORDS.es.actions[level]);
    }
  });
});
