import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';

// Medical wording from the clinical read (issue 10): where readers look. The
// wording rules themselves ("practical advice", the untested-tip phrase once a
// section, no absolute claims) run in loadSite() (src/pipeline/qualityRules.ts).
describe('medical wording in the articles', () => {
  const content = loadCheckedSite();

  test('the pregnancy, older-people and scope sections are where readers look', () => {
    const body = (id: string) => content.articles.find((a) => a.id === id)?.body ?? '';
    expect(body('when-to-get-help')).toMatch(/^## What if I am pregnant\?$/m);
    expect(body('when-to-get-help')).toMatch(/^## What if I am older\?$/m);
    expect(body('when-to-get-help')).toContain('aged 16 and over');
    expect(body('pain-relief-medicines')).toMatch(/^## Can I take painkillers when I am pregnant\?$/m);
    expect(body('pain-relief-medicines')).toMatch(/^## What if I am older\?$/m);
  });
});
