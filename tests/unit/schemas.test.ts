import { describe, expect, test } from 'vitest';
import { articleSchema, redFlagListSchema, sourceSchema, topicSchema } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/pipeline/checkContent.ts';
import { formatPath, formatProblem } from '../../src/schemas/problems.ts';
import { rawContent, validArticle, validRedFlag, validSource } from '../helpers/fixtures.ts';

/** The field paths and messages of a failed parse, as "field: message" lines. */
function errorsOf(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  expect(result.success, 'expected the value to be rejected').toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('article schema', () => {
  test('accepts a valid article and cleans it', () => {
    const data = articleSchema.parse(validArticle());
    expect(data.tags).toEqual(['ice', 'heat']);
    expect(data.reviewed.last).toEqual(new Date('2026-01-10T00:00:00Z'));
    expect(data.draft).toBe(false);
  });

  test('accepts dates already parsed by YAML as Date objects', () => {
    const data = articleSchema.parse(validArticle({ published: new Date('2026-01-10T00:00:00Z') }));
    expect(data.published.toISOString()).toBe('2026-01-10T00:00:00.000Z');
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['missing title', { title: undefined }, /^title: is required/],
    ['title over 70 characters', { title: 'x'.repeat(71) }, /^title: must be 70 characters or fewer/],
    [
      'description over 160 characters',
      { description: 'x'.repeat(161) },
      /^description: must be 160 characters or fewer/,
    ],
    ['description under 50 characters', { description: 'Too short.' }, /^description: must be at least 50/],
    ['a bad date', { published: '2026-02-31' }, /^published: must be a real date/],
    ['a date that is not a date', { published: 'last Tuesday' }, /^published: must be a real date/],
    [
      'next review before last review',
      { reviewed: { last: '2026-05-01', next: '2026-04-01', by: 'Clinical editor' } },
      /^reviewed\.next: must be after reviewed\.last/,
    ],
    [
      'next review over 3 years on',
      { reviewed: { last: '2026-05-01', next: '2029-05-02', by: 'Clinical editor' } },
      /^reviewed\.next: must be at most 3 years/,
    ],
    ['fewer than 2 sources', { sources: ['source-a'] }, /^sources: must cite at least 2 sources/],
    [
      'a source listed twice',
      { sources: ['source-a', 'source-a'] },
      /^sources\[1\]: lists the source "source-a" twice/,
    ],
    ['one summary point', { summary: ['Only one point here.'] }, /^summary: must have at least 2 points/],
    [
      'five summary points',
      { summary: Array(5).fill('A point that is long enough.') },
      /^summary: must have at most 4 points/,
    ],
    ['a topic that is not an id', { topic: 'Ice and Heat' }, /^topic: must be lower-case words/],
    ['a draft flag that is not true or false', { draft: 'yes' }, /^draft: must be true or false/],
    ['an unknown field (a typo)', { sorces: ['a', 'b'] }, /Unrecognized key.*sorces/],
    ['a missing reviewer', { reviewed: { last: '2026-05-01', next: '2027-05-01' } }, /^reviewed\.by: is required/],
  ];

  test.each(bad)('rejects %s, naming the field', (_name, change, message) => {
    const errors = errorsOf(articleSchema, validArticle(change));
    expect(
      errors.some((line) => message.test(line)),
      errors.join('\n'),
    ).toBe(true);
  });
});

describe('source, topic and red-flag schemas', () => {
  test('accept valid entries', () => {
    expect(sourceSchema.parse(validSource('nice-ng59')).url).toBe('https://example.org/nice-ng59');
    expect(
      topicSchema.parse({ id: 'basics', title: 'Basics', description: 'What a back spasm is.', order: 1 }).order,
    ).toBe(1);
    expect(redFlagListSchema.parse([validRedFlag('a'), validRedFlag('b')])).toHaveLength(2);
  });

  test('rejects a javascript: URL that z.url() would accept', () => {
    expect(errorsOf(sourceSchema, validSource('x', { url: 'javascript:alert(1)' }))).toEqual([
      'url: must be a full https:// address (http:// can be changed on the way)',
    ]);
  });

  test('rejects a mailto: URL and a bad kind', () => {
    const errors = errorsOf(sourceSchema, validSource('x', { url: 'mailto:a@b.org', kind: 'blog' }));
    expect(errors.join('\n')).toMatch(/url: must be a full https:\/\/ address/);
    expect(errors.join('\n')).toMatch(/kind: must be one of: guideline/);
  });

  test('rejects a duplicate red-flag id', () => {
    expect(errorsOf(redFlagListSchema, [validRedFlag('a'), validRedFlag('a')])).toEqual(['[1].id: repeats the id "a"']);
  });

  test('rejects a bad care level', () => {
    expect(errorsOf(redFlagListSchema, [validRedFlag('a', { level: 'soon' })]).join('\n')).toMatch(
      /\[0\]\.level: must be one of: emergency, urgent, routine/,
    );
  });

  test('rejects more than 5 signs on one card, naming the field of the sixth', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => validRedFlag(id));
    expect(errorsOf(redFlagListSchema, six)).toEqual([
      '[5].card: card "nerves" has 6 signs; a care card lists at most 5. Move a sign to another emergency card, or add a card in src/schemas/redFlag.ts',
    ]);
  });

  test('6 signs of one level on two cards are fine', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
      validRedFlag(id, i < 3 ? {} : { card: 'other-emergencies' }),
    );
    expect(redFlagListSchema.safeParse(six).success).toBe(true);
  });

  test('rejects a sign on a card of another level, and an unknown card', () => {
    expect(errorsOf(redFlagListSchema, [validRedFlag('a', { card: 'infection' })])).toEqual([
      '[0].card: "infection" is a card for urgent signs, but sign "a" is emergency',
    ]);
    expect(errorsOf(redFlagListSchema, [validRedFlag('a', { card: 'nope' })]).join('\n')).toMatch(
      /\[0\]\.card: must be one of: nerves, other-emergencies/,
    );
  });

  test('a question of more than 20 words, and an action that is not a sentence, are refused', () => {
    const long = `Do ${Array.from({ length: 20 }, () => 'you').join(' ')}?`;
    expect(errorsOf(redFlagListSchema, [validRedFlag('a', { question: long })])).toEqual([
      '[0].question: must be 20 words or fewer',
    ]);
    expect(errorsOf(redFlagListSchema, [validRedFlag('a', { action: 'call an ambulance' })])).toEqual([
      '[0].action: must be a sentence that starts with a capital and ends with "."',
    ]);
  });

  test('the content check names the file and the field of a card over 5 signs', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => validRedFlag(id, { sources: ['source-a'] }));
    const problems = checkContent(rawContent({ redFlags: { file: 'content/red-flags.yaml', data: six } })).problems;
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toContain(
      'content/red-flags.yaml: [5].card: card "nerves" has 6 signs; a care card lists at most 5. Move a sign to another emergency card, or add a card in src/schemas/redFlag.ts',
    );
  });
});

describe('checkContent: references and every problem at once', () => {
  const messages = (changes: Parameters<typeof rawContent>[0]) =>
    checkContent(rawContent(changes)).problems.map(formatProblem);

  test('valid content has no problems', () => {
    expect(messages({})).toEqual([]);
  });

  test('an unknown topic names the file, the field and the id', () => {
    const base = rawContent();
    base.articles[1]!.data = validArticle({ topic: 'no-such-topic' });
    expect(messages({ articles: base.articles })).toContain(
      'content/articles/first-48-hours.mdx: topic: unknown topic "no-such-topic" (not in content/topics.yaml)',
    );
  });

  test('an unknown source id names the file, the field and the id', () => {
    const base = rawContent();
    base.articles[1]!.data = validArticle({ sources: ['source-a', 'no-such-source'] });
    expect(messages({ articles: base.articles })).toContain(
      'content/articles/first-48-hours.mdx: sources[1]: unknown source id "no-such-source" (not in content/sources.yaml)',
    );
  });

  test('an unknown related article names the file, the field and the id', () => {
    const base = rawContent();
    base.articles[1]!.data = validArticle({ related: ['no-such-article'] });
    expect(messages({ articles: base.articles })).toContain(
      'content/articles/first-48-hours.mdx: related[0]: unknown article "no-such-article" (no content/articles/no-such-article.mdx)',
    );
  });

  test('drafts: a published article may not link to a draft', () => {
    const base = rawContent();
    base.articles[1]!.data = validArticle({ title: 'The first 48 hours', draft: true });
    expect(messages({ articles: base.articles })).toEqual([
      'content/articles/ice-or-heat.mdx: related[0]: "first-48-hours" is a draft, so it has no page to link to',
      'content/articles/ice-or-heat.mdx:3: link: no page at this address: /articles/first-48-hours/#day-one',
    ]);
  });

  test('drafts: a draft may list another draft as related', () => {
    const base = rawContent();
    base.articles[0]!.data = validArticle({ draft: true, related: ['first-48-hours'] });
    base.articles[0]!.body = '## Text\n';
    base.articles[1]!.data = validArticle({ title: 'The first 48 hours', draft: true });
    expect(messages({ articles: base.articles })).toEqual([]);
  });

  test('drafts: a draft is still checked', () => {
    const base = rawContent();
    base.articles[1]!.data = validArticle({ title: 'x', draft: true });
    expect(messages({ articles: base.articles })).toContain(
      'content/articles/first-48-hours.mdx: title: must be at least 5 characters',
    );
  });

  test('an unknown source in a red flag is reported', () => {
    const base = rawContent();
    expect(
      messages({ redFlags: { file: base.redFlags.file, data: [validRedFlag('a', { sources: ['nope'] })] } }),
    ).toContain('content/red-flags.yaml: [0].sources[0]: unknown source id "nope" in red flag "a"');
  });

  test('a broken internal link in a body is reported with its line', () => {
    const base = rawContent();
    base.articles[0]!.body = '## Heading\n\nGo to [nowhere](/articles/nowhere/).\n';
    expect(messages({ articles: base.articles })).toContain(
      'content/articles/ice-or-heat.mdx:3: link: no page at this address: /articles/nowhere/',
    );
  });

  test('reports every invalid file in one run, not just the first', () => {
    const base = rawContent();
    base.articles[0]!.data = validArticle({ title: undefined });
    base.articles[1]!.data = validArticle({ description: 'short' });
    const found = messages({
      articles: base.articles,
      sources: {
        file: 'content/sources.yaml',
        data: [validSource('source-a'), validSource('source-b', { url: 'javascript:alert(1)' })],
      },
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'content/articles/ice-or-heat.mdx: title: is required and must be text',
        'content/articles/first-48-hours.mdx: description: must be at least 50 characters (it is used for link previews)',
        'content/sources.yaml: [1].url: must be a full https:// address (http:// can be changed on the way)',
      ]),
    );
  });

  test('a file name that is not a clean slug is reported', () => {
    const base = rawContent();
    base.articles[0]!.id = 'Ice_Or_Heat';
    expect(messages({ articles: base.articles }).join('\n')).toMatch(
      /ice-or-heat\.mdx: file name: the file name is the URL slug/,
    );
  });
});
