import { z } from 'zod';
import { idSchema, text } from './fields.ts';
import { PAGE_FILE } from './page.ts';

/**
 * The one record of reviewed words: which version of each reader-facing text
 * was last reviewed or recorded, and when. A warning sign's record names its
 * file and id, the day of its review, and its words as reviewed, field by
 * field. An article (in each language) and each recorded data file (tools,
 * self-care, glossary) has one record with no id: the hash of its words, the
 * day they were recorded and what vouches for them (pageRecordSchema); the
 * page's own dates (reviewed.last, `changes:` notes) say when it changed.
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

/**
 * The data files (besides the warning signs) whose reader-facing words are
 * recorded as a whole, by hash: a change anywhere in one needs a record.
 */
export const RECORDED_DATA_FILES = [
  'content/tools.yaml',
  'content/self-care.yaml',
  'content/glossary.yaml',
  'content/es/tools.yaml',
  'content/es/self-care.yaml',
  'content/es/glossary.yaml',
] as const;
export type RecordedDataFile = (typeof RECORDED_DATA_FILES)[number];

/** An article, in English (content/articles/<slug>.mdx) or translated (content/articles/<locale>/<slug>.mdx). */
export const ARTICLE_FILE = /^content\/articles\/(?:[a-z]{2}\/)?[a-z0-9][a-z0-9-]*\.mdx$/;

/**
 * The source files whose Spanish advice is recorded (src/i18n/es.ts, the care
 * words in src/domain/careCards.ts): their record also names the hash of the
 * English advice they translate (`translates`), so a change of either is seen.
 */
/** The source files whose Spanish advice has a record (src/pipeline/adviceWords.ts reads their advice). */
export const RECORDED_DICTIONARIES: readonly string[] = ['src/i18n/es.ts', 'src/domain/careCards.ts'];
export const isRecordedDictionary = (file: string): boolean => RECORDED_DICTIONARIES.includes(file);

/** Whether a file's words are recorded as a whole (an article, a prose page, a recorded data file or a dictionary's advice). */
export const isRecordedFile = (file: string): boolean =>
  ARTICLE_FILE.test(file) ||
  PAGE_FILE.test(file) ||
  (RECORDED_DATA_FILES as readonly string[]).includes(file) ||
  isRecordedDictionary(file);

/**
 * What vouches for the words a page record holds:
 * - `review`: the page's reviewed.last (a full review);
 * - `change`: a dated "What changed" note (an article's `changes:`; for a data
 *   file, the record's own note);
 * - `wording`: spelling or layout only, no change of meaning, said in the note;
 *   the page's dates stay as they were, and this record says so;
 * - `first`: the words as they stood when their record began (data files).
 */
export const RECORD_KINDS = ['review', 'change', 'wording', 'first'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The record of a whole page or data file: the hash of its reader-facing
 * words (an article's title, description, summary and body; a data file's
 * whole content), the day they were recorded, and what vouches for them.
 * `npm run review -- --mark <file>` writes it.
 */
export const pageRecordSchema = z
  .strictObject({
    file: z.string({ error: 'must be the path of an article or a recorded data file' }).refine(isRecordedFile, {
      error: `must be an article (content/articles/...mdx), a prose page (content/pages/...mdx) or one of ${[...RECORDED_DATA_FILES, ...RECORDED_DICTIONARIES].join(', ')}`,
    }),
    hash: z
      .string({ error: 'must be the hash npm run review -- --mark records (in quotes)' })
      .regex(/^[0-9a-f]{16}$/, { error: 'must be the 16-character hash npm run review -- --mark records' }),
    recorded: z.iso.date({ error: 'must be a real date written as YYYY-MM-DD' }),
    kind: z.enum(RECORD_KINDS, { error: `must be one of ${RECORD_KINDS.join(', ')}` }),
    note: text(5, 200).optional(),
    /** A dictionary's record: the hash of the English advice its Spanish translates. */
    translates: z
      .string({ error: 'must be the hash of the English advice, as npm run review -- --mark records it (in quotes)' })
      .regex(/^[0-9a-f]{16}$/, { error: 'must be the 16-character hash npm run review -- --mark records' })
      .optional(),
  })
  .superRefine((record, ctx) => {
    if (record.kind === 'wording' && !record.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'must say what was corrected: a wording-only record keeps its note',
      });
    }
    if (isRecordedDictionary(record.file) && !record.translates) {
      ctx.addIssue({
        code: 'custom',
        path: ['translates'],
        message:
          'must name the hash of the English advice the Spanish translates (npm run review -- --mark records it)',
      });
    }
  });

export type PageRecord = z.output<typeof pageRecordSchema>;
export type Review = z.output<typeof reviewSchema>;
export type ReviewRecord = Review | PageRecord;

/** A page record has a hash; a sign's review has an id and its words. */
export const isPageRecord = (record: ReviewRecord): record is PageRecord => 'hash' in record;
export const isSignReview = (record: ReviewRecord): record is Review => !('hash' in record);

/**
 * The whole file: sign reviews and page records, at most one per entry (file
 * and id) and one per page (file). Each record is checked by its own schema:
 * one with a hash, or with no id, is a page record.
 */
export const reviewListSchema = z
  .array(z.unknown(), { error: 'must be a YAML list of reviews, each starting with "- file:"' })
  .transform((items, ctx) => {
    const records: ReviewRecord[] = [];
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const page = item !== null && typeof item === 'object' && ('hash' in item || !('id' in item));
      const result = (page ? pageRecordSchema : reviewSchema).safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues)
          ctx.addIssue({ code: 'custom', path: [index, ...issue.path], message: issue.message });
        return;
      }
      const record: ReviewRecord = result.data;
      records.push(record);
      const key = isPageRecord(record) ? record.file : `${record.file} ${record.id}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else if (isPageRecord(record)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'file'],
          message: `repeats the record of ${record.file} (already at [${first}]): keep one record per page`,
        });
      } else {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `repeats the review of "${record.id}" in ${record.file} (already at [${first}]): keep one record per entry`,
        });
      }
    });
    return records;
  });
/** An entry's reviewed words, by field: { text: '...', question: '...' }. */
export type ReviewedWords = Review['words'];
