import { describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { citationName } from '../../src/pipeline/sentence.ts';

const nhs = { id: 'nhs-back-pain', title: 'Back pain', publisher: 'NHS website', url: 'https://example.org/nhs' };
const healthdirect = {
  id: 'healthdirect-back-pain',
  title: 'Back pain ',
  publisher: 'healthdirect Australia',
  url: 'https://example.org/hd',
};
const nice = {
  id: 'nice-ng59',
  title: 'Low back pain and sciatica',
  publisher: 'NICE',
  url: 'https://example.org/nice',
};

describe('citationName: two sources with one title are told apart by their publisher', () => {
  test('a title another source shares (whatever its case or spaces) gets the publisher; a title of its own stays as it is', () => {
    const all = [nhs, healthdirect, nice];
    expect(all.map((source) => citationName(source, all))).toEqual([
      'Back pain (NHS website)',
      'Back pain (healthdirect Australia)',
      'Low back pain and sciatica',
    ]);
    expect(citationName({ ...nhs, title: 'BACK PAIN' }, [nhs, { ...nhs, title: 'BACK PAIN' }])).toBe(
      'BACK PAIN (NHS website)',
    );
  });

  test('a source alone in the list keeps its title', () => {
    expect(citationName(nhs, [nhs, nice])).toBe('Back pain');
    expect(citationName(nhs, [])).toBe('Back pain');
  });

  test('in the real sources (one registry, in English, for both languages), no two citation names are the same', () => {
    const { sources } = loadCheckedSite();
    const names = sources.map((source) => citationName(source, sources).toLowerCase());
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  }, 30_000); // reads and checks the whole site
});
