import { z } from 'zod';
import { idSchema } from './fields.ts';

/**
 * The one record of reviewed words: which version of each reader-facing text
 * was last reviewed, and when. Each record names a file and an entry of it,
 * the day, and the words as reviewed. Warning signs are recorded now; an
 * article or another data file joins by adding its file here (an article as
 * one entry, its words the title, description, summary and body, or their
 * hash where the text is too long to keep), and its true review date is then
 * the `reviewed` of its record.
 */
export const REVIEWS_FILE = 'content/reviews.yaml';

/**
 * The files whose entries must each answer to a review, and the reader-facing
 * fields of an entry that the review covers (the words a reader sees; ids,
 * levels, cards, sources and search keywords are checked elsewhere).
 */
export const REVIEWED_FIELDS = {
  'content/red-flags.yaml': ['text', 'action', 'question'],
  'content/es/red-flags.yaml': ['text', 'action', 'question'],
} as const satisfies Record<string, readonly string[]>;
export type ReviewedFile = keyof typeof REVIEWED_FIELDS;

const reviewedFiles = Object.keys(REVIEWED_FIELDS) as [ReviewedFile, ...ReviewedFile[]];

/**
 * One review: the words of one entry (a sign, by id) as they were reviewed,
 * field by field, and the day. `reviewed` stays text (YYYY-MM-DD), as
 * `npm run review -- --mark` writes it.
 */
export const reviewSchema = z.strictObject({
  file: z.enum(reviewedFiles, { error: `must be one of the reviewed files: ${reviewedFiles.join(', ')}` }),
  id: idSchema,
  reviewed: z.iso.date({ error: 'must be a real date written as YYYY-MM-DD' }),
  words: z.record(
    z.string(),
    z.string({ error: 'must be the reviewed text' }).min(1, { error: 'must be the reviewed text' }),
    { error: 'must map each reviewed field (text, question, ...) to its reviewed words' },
  ),
});

/** The whole file: at most one review per entry (file and id). */
export const reviewListSchema = z
  .array(reviewSchema, { error: 'must be a YAML list of reviews, each starting with "- file:"' })
  .superRefine((reviews, ctx) => {
    const seen = new Map<string, number>();
    reviews.forEach((review, index) => {
      const key = `${review.file} ${review.id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `repeats the review of "${review.id}" in ${review.file} (already at [${first}]): keep one record per entry`,
        });
      } else seen.set(key, index);
    });
  });

export type Review = z.output<typeof reviewSchema>;
/** An entry's reviewed words, by field: { text: '...', question: '...' }. */
export type ReviewedWords = Review['words'];
