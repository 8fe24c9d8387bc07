import { describe, expect, test } from 'vitest';
import { searchRecordSchema } from '../../../src/schemas/search.ts';
import { articleRecords, clip, expandCareCards, INTRO_ANCHOR, MAX_SECTION_TEXT } from '../../../src/search/records.ts';

const flags = [
  { id: 'bladder-bowel', level: 'emergency', text: 'new trouble peeing', keywords: ['cant pee', 'bladder'] },
  { id: 'both-legs', level: 'emergency', text: 'weakness in both legs', keywords: ['legs weak'] },
  { id: 'fever', level: 'urgent', text: 'a high temperature (fever)', keywords: ['fever'] },
];

const article = {
  id: 'ice-or-heat',
  data: {
    title: 'Ice or heat?',
    description: 'Whether ice or heat helps more.',
    tags: ['ice', 'heat'],
    summary: ['Heat may ease the pain.', 'Use whichever feels better.'],
  },
  body: [
    '',
    'Most people can choose.',
    '',
    '## Does heat help?',
    '',
    'Heat may help a **little**. See [timing](/articles/ice-and-heat-timing/).',
    '',
    '### What can I use for heat?',
    '',
    '- a hot water bottle',
    '',
    '#### A deeper heading',
    '',
    'Still part of the h3 section.',
    '',
    '```',
    '## not a heading',
    '```',
    '',
    '## When to get help',
    '',
    'Get help if it does not settle.',
    '',
    '<CareCard level="emergency" />',
    '',
    '<CareCard level="urgent" ids={["fever"]} />',
  ].join('\n'),
};

describe('articleRecords', () => {
  const records = articleRecords(article, flags);

  test('one record for the summary and intro, then one per h2 and h3, with github-slugger ids', () => {
    expect(records.map((r) => [r.heading, r.anchor])).toEqual([
      ['In short', INTRO_ANCHOR],
      ['Does heat help?', 'does-heat-help'],
      ['What can I use for heat?', 'what-can-i-use-for-heat'],
      ['When to get help', 'when-to-get-help'],
    ]);
    for (const record of records) expect(searchRecordSchema.parse(record)).toEqual(record);
  });

  test('text is plain: no Markdown, links keep their words, h4 stays in its section', () => {
    expect(records[0]?.text).toBe('Heat may ease the pain. Use whichever feels better. Most people can choose.');
    expect(records[1]?.text).toBe('Heat may help a little. See timing.');
    expect(records[2]?.text).toBe('a hot water bottle A deeper heading Still part of the h3 section.');
  });

  test('care cards give their signs as keywords, not as section text', () => {
    expect(records[3]?.text).toBe('Get help if it does not settle.');
    expect(records[3]?.keywords).toEqual([
      'new trouble peeing',
      'cant pee',
      'bladder',
      'weakness in both legs',
      'legs weak',
      'a high temperature (fever)',
      'fever',
    ]);
    expect(records[1]?.keywords).toEqual([]);
  });

  test('every record carries the article title, description and tags', () => {
    for (const record of records) {
      expect(record).toMatchObject({
        slug: 'ice-or-heat',
        title: 'Ice or heat?',
        description: 'Whether ice or heat helps more.',
        tags: ['ice', 'heat'],
      });
    }
  });

  test(`section text is cut to ${MAX_SECTION_TEXT} characters at a word boundary`, () => {
    const long = articleRecords({ ...article, body: `## Long\n\n${'word '.repeat(400)}` }, flags)[1]!;
    expect(long.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(long.text.endsWith('word')).toBe(true);
  });
});

describe('helpers', () => {
  test('clip cuts at a space, or mid-word when there is no space near', () => {
    expect(clip('one two three', 9)).toBe('one two');
    expect(clip('abcdefghij', 4)).toBe('abcd');
    expect(clip('short', 10)).toBe('short');
  });

  test('expandCareCards picks signs by level, or by ids', () => {
    expect(expandCareCards('<CareCard level="urgent" />', flags).keywords).toEqual([
      'a high temperature (fever)',
      'fever',
    ]);
    expect(expandCareCards("<CareCard level='emergency' ids={['both-legs']} />", flags).keywords).toEqual([
      'weakness in both legs',
      'legs weak',
    ]);
    expect(expandCareCards('no cards', flags)).toEqual({ text: 'no cards', keywords: [] });
  });
});
