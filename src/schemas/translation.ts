import { z } from 'zod';
import { articleSchema, changeSchema } from './article.ts';
import { dateSchema, idSchema } from './fields.ts';

/**
 * Frontmatter of a translated article, content/articles/<locale>/<slug>.mdx.
 * Only the words: every fact (topic, sources, related articles, review dates,
 * publication, draft) is the English article's. `translation` names
 * the English article and the version of it that was translated. `changes`
 * are the page's own "What changed" notes in its language: each English note
 * translated (same date), and notes on changes to the translation alone.
 */
export const translatedArticleSchema = z.strictObject({
  title: articleSchema.shape.title,
  description: articleSchema.shape.description,
  summary: articleSchema.shape.summary,
  tags: articleSchema.shape.tags,
  /** "What changed" notes in this language, newest first: the English ones translated, and the translation's own. */
  changes: z.array(changeSchema).default([]),
  translation: z.strictObject({
    /** The English article's slug: the file name, content/articles/<of>.mdx. */
    of: idSchema,
    /** The hash of the English words translated, as `npm run translations` prints it. */
    hash: z
      .string({ error: 'must be the hash npm run translations prints (in quotes)' })
      .regex(/^[0-9a-f]{16}$/, { error: 'must be the 16-character hash npm run translations prints' }),
    /** The day the translation was made or last brought up to date. */
    date: dateSchema,
  }),
});

export type TranslatedArticleData = z.output<typeof translatedArticleSchema>;
