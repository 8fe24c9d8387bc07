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

export const collections = { articles, ...translatedArticles };
