import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import { SearchEngine, memorySource, shownSections } from '../../src/search/engine.ts';

// The search box's own examples (its hint, src/i18n) must lead to the page they are about:
// first, not merely in the top 3 (tests/content/search-queries*.yaml holds them to that too).
const EXAMPLES = {
  en: { hint: en.search.pageBoxHint, first: { 'threw my back out': 'first-48-hours' } },
  es: { hint: es.search.pageBoxHint, first: { 'me dio un tirón': 'first-48-hours' } },
} as const;

describe.each(Object.entries(EXAMPLES))('the search box\'s example in "%s"', async (language, { hint, first }) => {
  const { index } = await readSiteSearch(process.cwd(), language as 'en' | 'es');
  const engine = new SearchEngine(memorySource(index));

  test.each(Object.entries(first))('"%s" is in the hint, and its first result is %s', async (query, slug) => {
    expect(hint).toContain(query);
    const { results, emergency } = await engine.search(query, 3);
    expect(emergency).toBe(false);
    expect(shownSections(results)[0]?.slug).toBe(slug);
  });
});
