/**
 * A small stand-in for `astro:content`, so components and data functions that
 * read collections render in Vitest without a build (in the spirit of
 * Starlight's mockedAstroContent). Use it in a test file with
 *
 *   vi.mock('astro:content', async () =>
 *     (await import('../helpers/astroContent.ts')).mockedAstroContent(contentCollections()));
 *
 * Each collection's entries go through the real schema first, as Astro's
 * loader would, so a fixture that the site would reject fails here too.
 */
import type { z } from 'zod';
import {
  glossaryEntrySchema,
  redFlagSchema,
  selfCareSchema,
  sourceSchema,
  topicSchema,
} from '../../src/schemas/index.ts';
import { rawContent } from './fixtures.ts';

export interface Entry {
  id: string;
  collection: string;
  data: unknown;
  filePath?: string;
}

/** Entries by collection name, as getCollection returns them. */
export type Collections = Record<string, Entry[]>;

/** The two functions of `astro:content` the site calls, over the given collections. */
export function mockedAstroContent(collections: Collections) {
  const entries = (name: string): Entry[] => {
    const found = collections[name];
    if (!found) throw new Error(`astro:content stand-in: no fixture collection "${name}"`);
    return found;
  };
  return {
    getCollection: async (name: string, filter?: (entry: Entry) => unknown) =>
      filter ? entries(name).filter(filter) : entries(name),
    getEntry: async (name: string, id: string) => entries(name).find((entry) => entry.id === id),
  };
}

function collection<T extends z.ZodType>(name: string, file: string, schema: T, items: unknown[]): Entry[] {
  return items.map((item, index) => {
    const data = schema.parse(item) as { id?: string };
    return { id: data.id ?? String(index), collection: name, data, filePath: file };
  });
}

/**
 * The small valid content set of tests/helpers/fixtures.ts (no articles; two
 * sources, topics and red flags, the self-care file) as collections. Pass
 * `changes` to replace a collection's raw items, e.g. `{ redFlags: [...] }`.
 */
export function contentCollections(changes: Partial<Record<string, unknown[]>> = {}): Collections {
  const raw = rawContent();
  const items = (name: string, fallback: unknown[]) => changes[name] ?? fallback;
  return {
    articles: [],
    topics: collection('topics', raw.topics.file, topicSchema, items('topics', raw.topics.data as unknown[])),
    sources: collection('sources', raw.sources.file, sourceSchema, items('sources', raw.sources.data as unknown[])),
    redFlags: collection(
      'redFlags',
      raw.redFlags.file,
      redFlagSchema,
      items('redFlags', raw.redFlags.data as unknown[]),
    ),
    glossary: collection(
      'glossary',
      raw.glossary.file,
      glossaryEntrySchema,
      items('glossary', raw.glossary.data as unknown[]),
    ),
    selfCare: collection('selfCare', raw.selfCare.file, selfCareSchema, items('selfCare', [raw.selfCare.data])),
  };
}
