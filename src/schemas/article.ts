import { z } from 'zod';
import { dateSchema, idSchema, text, uniqueIds } from './fields.ts';

/** The longest gap allowed between two full reviews of a page. */
export const MAX_REVIEW_YEARS = 3;

export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

/** When the page was last checked in full, when it is next due, and by whom (a role). */
const reviewFields = {
  last: dateSchema,
  next: dateSchema,
  by: text(3, 80, ' (a role, such as "Clinical editor")'),
};

function checkReviewDates(review: { last: Date; next: Date }, ctx: z.RefinementCtx): void {
  if (review.next <= review.last) {
    ctx.addIssue({ code: 'custom', path: ['next'], message: 'must be after reviewed.last' });
  } else if (review.next > addYears(review.last, MAX_REVIEW_YEARS)) {
    ctx.addIssue({
      code: 'custom',
      path: ['next'],
      message: `must be at most ${MAX_REVIEW_YEARS} years after reviewed.last`,
    });
  }
}

export const reviewSchema = z.strictObject(reviewFields).superRefine(checkReviewDates);

/** One note in the "What changed" list. */
export const changeSchema = z.strictObject({
  date: dateSchema,
  note: text(5, 200),
});

/** A tool page's review, with its own "What changed" notes (the tools' words change between reviews too). */
export const toolReviewSchema = z
  .strictObject({ ...reviewFields, changes: z.array(changeSchema).default([]) })
  .superRefine(checkReviewDates);

/**
 * Frontmatter of an article in content/articles/<slug>.mdx.
 * The file name is the slug: /articles/<slug>/.
 */
export const articleSchema = z.strictObject({
  /** The page heading and link text. Short enough for search results and previews. */
  title: text(5, 70),
  /** One or two sentences for previews and search engines. */
  description: text(50, 160, ' (it is used for link previews)'),
  /** 2 to 4 short points, shown first as "In short". */
  summary: z
    .array(text(10, 200), { error: 'must be a list of 2 to 4 short points' })
    .min(2, { error: 'must have at least 2 points' })
    .max(4, { error: 'must have at most 4 points' }),
  /** The id of a topic in content/topics.yaml. */
  topic: idSchema,
  /** Everyday words a reader might search for. Lower-cased, no repeats. */
  tags: z
    .array(text(2, 40))
    .default([])
    .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]),
  /** Ids from content/sources.yaml. At least 2. */
  sources: uniqueIds('source').min(2, { error: 'must cite at least 2 sources from content/sources.yaml' }),
  /** Slugs of other articles a reader may want next. */
  related: uniqueIds('article').default([]),
  reviewed: reviewSchema,
  /** The date the page first went live. */
  published: dateSchema,
  /** Notes on what changed between full reviews, newest first. */
  changes: z.array(changeSchema).default([]),
  /** A draft is checked but never published. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
