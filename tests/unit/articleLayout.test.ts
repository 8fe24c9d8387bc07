import { describe, expect, it } from 'vitest';
import { leadsWithCareCards } from '../../src/domain/articleLayout.ts';

describe('leadsWithCareCards', () => {
  it('is true when the body opens with a care card, after blank lines', () => {
    expect(leadsWithCareCards('\n\n<CareCard level="emergency" headingLevel={2} />\n\nText.')).toBe(true);
  });
  it('is false when text or a heading comes first', () => {
    expect(leadsWithCareCards('Most back pain is not serious.\n\n<CareCard level="emergency" />')).toBe(false);
    expect(leadsWithCareCards('## When to get help\n\n<CareCard level="urgent" />')).toBe(false);
  });
  it('is false for another component or no body at all', () => {
    expect(leadsWithCareCards('<CareCardList />')).toBe(false);
    expect(leadsWithCareCards('<Callout title="x">y</Callout>')).toBe(false);
    expect(leadsWithCareCards(undefined)).toBe(false);
  });
});
