/**
 * Wires the files in the top-level content/ folder to their schemas.
 * The schemas live in src/schemas/ so tests and the content check use the very
 * same rules. References (topic, sources, related) are plain ids here; the
 * data layer (src/data/content.ts) fails the build on any id that does not
 * exist, which Astro's own reference() does not do.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  articleSchema,
  glossaryEntrySchema,
  redFlagSchema,
  selfCareSchema,
  sourceSchema,
  topicSchema,
} from './schemas/index.ts';
import { parse } from 'yaml';
import { parseYamlList } from './lib/parseYamlList.ts';

const articles = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const topics = defineCollection({
  loader: file('content/topics.yaml'),
  schema: topicSchema,
});

const sources = defineCollection({
  loader: file('content/sources.yaml'),
  schema: sourceSchema,
});

const redFlags = defineCollection({
  loader: file('content/red-flags.yaml', { parser: parseYamlList }),
  schema: redFlagSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml', { parser: parseYamlList }),
  schema: glossaryEntrySchema,
});

/** One entry (id "self-care"): the numbers and steps diagrams are drawn from. */
const selfCare = defineCollection({
  loader: file('content/self-care.yaml', { parser: (text) => [{ id: 'self-care', ...parse(text) }] }),
  schema: selfCareSchema,
});

export const collections = { articles, topics, sources, redFlags, glossary, selfCare };
