/**
 * The article files Astro renders, English and each translation. Only the
 * bodies are rendered from these entries: every fact pages show (the data
 * files, each article's checked frontmatter) comes from loadSite() through
 * src/data/content.ts. The build's pre-build check (src/build/contentCheck.ts)
 * has already run every file through loadSite() by the time these loaders
 * run, so a file they would refuse never gets this far.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, translatedArticleSchema } from './schemas/index.ts';

const articles = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

/** The Spanish articles: the words of an English article (content/articles/es/<slug>.mdx). */
const articlesEs = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/articles/es' }),
  schema: translatedArticleSchema,
});

export const collections = { articles, articlesEs };
