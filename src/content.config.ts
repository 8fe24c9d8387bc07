/**
 * Wires the files in the top-level content/ folder to their schemas, with
 * the one YAML parser (src/pipeline/yaml.ts) for every file. The build's
 * pre-build check (src/build/contentCheck.ts) has already run every
 * file through loadSite() by the time these loaders run, so a file they would
 * refuse never gets this far; references (topic, sources, related) are plain
 * ids, checked there.
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
  translatedArticleSchema,
} from './schemas/index.ts';
import { yamlListLoaderParser, yamlLoaderParser } from './pipeline/yaml.ts';
import { articleCollection } from './pipeline/collections.ts';
import { defaultLocale, locales } from './i18n/locales.ts';

const articles = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

/**
 * Each other language's articles: the words of an English article
 * (content/articles/es/<slug>.mdx), one collection per language of
 * src/i18n/locales.ts, named by articleCollection().
 */
const translatedArticles = Object.fromEntries(
  locales
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => [
      articleCollection(locale),
      defineCollection({
        loader: glob({ pattern: '[^_]*.mdx', base: `./content/articles/${locale}` }),
        schema: translatedArticleSchema,
      }),
    ]),
);

const topics = defineCollection({
  loader: file('content/topics.yaml', { parser: yamlLoaderParser('content/topics.yaml') }),
  schema: topicSchema,
});

const sources = defineCollection({
  loader: file('content/sources.yaml', { parser: yamlLoaderParser('content/sources.yaml') }),
  schema: sourceSchema,
});

const redFlags = defineCollection({
  loader: file('content/red-flags.yaml', { parser: yamlListLoaderParser('content/red-flags.yaml') }),
  schema: redFlagSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml', { parser: yamlListLoaderParser('content/glossary.yaml') }),
  schema: glossaryEntrySchema,
});

/** One entry (id "self-care"): the numbers and steps diagrams are drawn from. */
const selfCare = defineCollection({
  loader: file('content/self-care.yaml', {
    parser: (text) => [{ id: 'self-care', ...(yamlLoaderParser('content/self-care.yaml')(text) as object) }],
  }),
  schema: selfCareSchema,
});

export const collections = { articles, ...translatedArticles, topics, sources, redFlags, glossary, selfCare };
