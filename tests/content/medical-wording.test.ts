import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';

// Medical wording rules from the clinical read (issue 10), each naming the
// article and what to fix.
describe('medical wording in the articles', () => {
  const content = loadCheckedSite();
  const sections = content.articles.flatMap((article) =>
    article.body.split(/^## /m).map((text, index) => ({ id: article.id, heading: index === 0 ? '(intro)' : text.split('\n')[0], text })),
  );

  test('untested advice is marked in plain words, never as "practical advice"', () => {
    const jargon = content.articles.filter((a) => /practical advice/i.test(a.body)).map((a) => `${a.id}: say "a common tip that has not been tested in studies"`);
    expect(jargon).toEqual([]);
  });

  test('the untested-tip phrase appears at most once per section', () => {
    const repeated = sections
      .filter((s) => (s.text.match(/not been tested in studies/g) ?? []).length > 1)
      .map((s) => `${s.id}, "${s.heading}": mark untested advice once per section`);
    expect(repeated).toEqual([]);
  });

  test('no absolute claims about what a back spasm never does', () => {
    const absolute = content.articles
      .filter((a) => /a (back )?spasm (never|does not do)|never (a|from a) (back )?spasm/i.test(a.body))
      .map((a) => `${a.id}: say "not usual with a back spasm"`);
    expect(absolute).toEqual([]);
  });

  test('the pregnancy, older-people and scope sections are where readers look', () => {
    const body = (id: string) => content.articles.find((a) => a.id === id)?.body ?? '';
    expect(body('when-to-get-help')).toMatch(/^## What if I am pregnant\?$/m);
    expect(body('when-to-get-help')).toMatch(/^## What if I am older\?$/m);
    expect(body('when-to-get-help')).toContain('aged 16 and over');
    expect(body('pain-relief-medicines')).toMatch(/^## Can I take painkillers when I am pregnant\?$/m);
    expect(body('pain-relief-medicines')).toMatch(/^## What if I am older\?$/m);
  });
});
