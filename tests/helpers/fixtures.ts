import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RawContent } from '../../src/pipeline/checkContent.ts';

/** A valid article frontmatter; tests change one field at a time. */
export function validArticle(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Ice or heat for a back spasm?',
    description: 'Whether ice or heat helps a back spasm more, what the research says, and how to choose.',
    summary: ['Heat may ease the pain a little.', 'Use whichever feels better to you.'],
    topic: 'ice-and-heat',
    tags: ['Ice', 'heat', 'ice'],
    sources: ['source-a', 'source-b'],
    related: [],
    reviewed: { last: '2026-01-10', next: '2028-01-10', by: 'Clinical editor' },
    published: '2026-01-10',
    changes: [{ date: '2026-02-01', note: 'Added a table of timings.' }],
    ...overrides,
  };
}

export function validSource(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Source ${id}`,
    publisher: 'A publisher',
    year: 2020,
    url: `https://example.org/${id}`,
    kind: 'guideline',
    ...overrides,
  };
}

export function validRedFlag(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  // The first card of the sign's level (src/schemas/redFlag.ts: careCards).
  const card = { emergency: 'nerves', urgent: 'infection', routine: 'routine' }[
    String(overrides['level'] ?? 'emergency')
  ];
  return {
    id,
    level: 'emergency',
    card: card ?? 'nerves',
    text: 'new trouble peeing or pooing',
    question: 'Do you have new trouble peeing or pooing?',
    sources: ['source-a'],
    ...overrides,
  };
}

/** The real self-care file, with every source id swapped for a fixture one. */
function selfCareFixture(): unknown {
  return JSON.parse(JSON.stringify(parse(readFileSync('content/self-care.yaml', 'utf8'))), (key, value: unknown) =>
    /^sources/.test(key) ? ['source-a'] : value,
  );
}

/** A small, valid set of content: two articles, topics, sources and red flags. */
export function rawContent(changes: Partial<RawContent> = {}): RawContent {
  const raw: RawContent = {
    articles: [
      {
        file: 'content/articles/ice-or-heat.mdx',
        id: 'ice-or-heat',
        data: validArticle({ related: ['first-48-hours'] }),
        body: '## How do I choose?\n\nSee [the plan](/articles/first-48-hours/#day-one).\n',
      },
      {
        file: 'content/articles/first-48-hours.mdx',
        id: 'first-48-hours',
        data: validArticle({ title: 'The first 48 hours', topic: 'basics' }),
        body: '## Day one\n\nText.\n',
      },
    ],
    topics: {
      file: 'content/topics.yaml',
      data: [
        { id: 'basics', title: 'Basics', description: 'What a back spasm is and how it goes.', order: 1 },
        { id: 'ice-and-heat', title: 'Ice and heat', description: 'Ice or heat, and for how long.', order: 2 },
      ],
    },
    sources: { file: 'content/sources.yaml', data: [validSource('source-a'), validSource('source-b')] },
    redFlags: {
      file: 'content/red-flags.yaml',
      data: [validRedFlag('bladder'), validRedFlag('fever', { level: 'urgent' })],
    },
    glossary: {
      file: 'content/glossary.yaml',
      data: [
        {
          id: 'sciatica',
          term: 'Sciatica',
          definition: 'Pain that spreads from the lower back down one leg.',
          sources: ['source-a'],
        },
      ],
    },
    selfCare: { file: 'content/self-care.yaml', data: selfCareFixture() },
    redirects: { file: 'content/redirects.yaml', data: [{ from: '/help/', to: '/about/' }] },
    published: { file: 'content/published.yaml', data: [] },
    otherPages: new Set(['/', '/about/', '/topics/basics/', '/glossary/']),
    ...changes,
  };
  // Unless a test says otherwise, every article that is not a draft is recorded as published.
  if (!changes.published) {
    raw.published.data = raw.articles.filter((a) => !(a.data as { draft?: boolean }).draft).map((a) => a.id);
  }
  return raw;
}
