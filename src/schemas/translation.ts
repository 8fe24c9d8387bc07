import { z } from 'zod';
import { articleSchema } from './article.ts';
import { dateSchema, idSchema } from './fields.ts';

/**
 * Frontmatter of a translated article, content/articles/<locale>/<slug>.mdx.
 * Only the words: every fact (topic, sources, related articles, review dates,
 * publication, changes, draft) is the English article's. `translation` names
 * the English article and the version of it that was translated.
 */
export const translatedArticleSchema = z.strictObject({
  title: articleSchema.shape.title,
  description: articleSchema.shape.description,
  summary: articleSchema.shape.summary,
  tags: articleSchema.shape.tags,
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
