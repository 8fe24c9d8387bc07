import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';

// The Spanish edition: the same library as the English (issue 16). Its
// articles and tools are held to the same writing rules in Spanish in
// loadSite() (reading ease, sentence length, deny-list: src/pipeline/qualityRules.ts).
const content = loadCheckedSite();
const es = content.translations.es!;

describe('the Spanish edition', () => {
  test('translates every published English article, and each is up to date', () => {
    const published = content.articles.filter((a) => !a.data.draft).map((a) => a.id);
    expect(published.filter((id) => !es.articles.some((a) => a.id === id))).toEqual([]);
    expect(es.notes.map((n) => `${n.file}: ${n.field}: ${n.message}`)).toEqual([]);
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
